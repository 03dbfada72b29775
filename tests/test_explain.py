"""explain(): every extracted item names the rule behind it; turned-down candidates name
the rule that turned them down; every name leads to a rule defined in the package."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys

import pytest

import dan_van_extract
from conftest import FIXTURES, read
from dan_van_extract import explain, extract
from dan_van_extract._rules import Rule


def _all_rules() -> dict[str, Rule]:
    """Every Rule defined at module level anywhere in the package, by name."""
    rules: dict[str, Rule] = {}
    for info in pkgutil.walk_packages(dan_van_extract.__path__, "dan_van_extract."):
        if info.name.endswith(("spark", "examples", "__main__")):
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, Rule):
                rules[value.name] = value
            elif isinstance(value, dict):
                rules.update({v.name: v for v in value.values() if isinstance(v, Rule)})
    return rules


RULES = _all_rules()


def test_rule_names_are_unique_and_readable() -> None:
    for name, rule in RULES.items():
        stage, _, what = name.partition(".")
        assert stage and what and what == what.lower() and " " not in name, name
        assert rule.description.strip(), name


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.txt")), ids=lambda p: p.stem)
def test_explain_works_on_every_fixture(path: object) -> None:
    text = read(path)  # type: ignore[arg-type]
    lines = explain(text)
    doc = extract(text)
    items = [line for line in lines if line.accepted]
    assert items, "nothing extracted"
    for line in lines:
        assert line.rule in RULES, line  # every decision names a real rule
        if line.span is not None:
            start, end = line.span
            assert text[start:end] == line.text, line
    # One line per extracted item, the same items extract() gives.
    kinds = [line.kind for line in items]
    assert kinds.count("official") == len(doc.officials)
    assert kinds.count("statistic") == len(doc.statistics)
    assert kinds.count("award") == len(doc.awards)
    assert kinds.count("location") == len(doc.locations)
    assert kinds.count("period") == len(doc.periods)
    assert ("event" in kinds) == (doc.event is not None)
    rejected = [line for line in lines if not line.accepted]
    assert all(str(line).startswith("rejected ") for line in rejected)


def test_a_rejected_candidate_names_its_rule() -> None:
    text = "Tiêu đề\n\nNăm 2020, tỉnh có 35/71 xã đạt chuẩn và 15 năm qua đã có 120 hộ thoát nghèo."
    lines = explain(text)
    found = {(line.text, line.rule) for line in lines if line.accepted}
    assert ("35/71 xã", "statistics.part-of-whole") in found
    assert ("120 hộ thoát nghèo", "statistics.number-and-unit") in found
    turned_down = {(line.text, line.rule) for line in lines if not line.accepted}
    assert ("15", "statistics.duration-age-or-award") in turned_down


def test_explain_of_blank_text_is_empty() -> None:
    assert explain("  \n ") == []


def test_explain_checks_its_input_like_extract() -> None:
    with pytest.raises(TypeError):
        explain(42)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_chars"):
        explain("x" * 20, max_chars=10)


def test_cli_explain_prints_a_line_per_item() -> None:
    path = FIXTURES / "004_893ddebd528b08a1.txt"
    out = subprocess.run(
        [sys.executable, "-m", "dan_van_extract.cli", "explain", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert any(line.startswith("official ") and "officials." in line for line in out)
    assert any(line.startswith("rejected ") for line in out)
    quiet = subprocess.run(
        [sys.executable, "-m", "dan_van_extract.cli", "explain", str(path), "--no-rejected"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert quiet and not any(line.startswith("rejected ") for line in quiet)


@pytest.mark.parametrize("path", sorted((FIXTURES / "html").glob("*.html")), ids=lambda p: p.stem)
def test_explain_command_reads_a_page_as_its_text(
    path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    """``explain page.html`` explains the text read from the page, not its markup."""
    from dan_van_extract.cli import main

    assert main(["explain", str(path), "--no-rejected"]) == 0
    out = capsys.readouterr().out
    assert "HTML read as" in out.splitlines()[0]
    titles = [line for line in out.splitlines() if line.startswith("title ")]
    assert titles and "<" not in titles[0]
