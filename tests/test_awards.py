"""The awards extractor: its example corpus, the seed articles, and its invariants."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import FIXTURES, assert_spans_true, example_params, new_context, read
from dan_van_extract import awards, statistics
from dan_van_extract.awards.examples import NEGATIVE, POSITIVE
from dan_van_extract.context import Context
from dan_van_extract.models import Award, Document


def extract_awards(text: str) -> tuple[Document, Context]:
    """Run the awards stage (and statistics after it) alone."""
    ctx = new_context(text)
    awards.run(ctx)
    statistics.run(ctx)
    assert_spans_true(text, ctx.doc)
    return ctx.doc, ctx


def _fields(item: Award, expect: dict[str, Any]) -> dict[str, Any]:
    out = {k: getattr(item, k) for k in ("form", "issuer", "collectives", "individuals", "total")}
    if "mentions" in expect:
        out["mentions"] = len(item.mentions)
    if "reason" in expect:
        out["reason"] = item.reason
    if "name" in expect:
        out["name"] = item.name
    return out


@pytest.mark.parametrize("example", example_params(POSITIVE))
def test_positive_example(example: Any) -> None:
    doc, _ = extract_awards(example.text)
    assert len(doc.awards) == len(example.expect)
    got = [_fields(a, e) for a, e in zip(doc.awards, example.expect, strict=True)]
    assert got == example.expect


@pytest.mark.parametrize("example", example_params(NEGATIVE))
def test_negative_example(example: Any) -> None:
    doc, _ = extract_awards(example.text)
    assert doc.awards == []


def test_example_corpus_is_large_enough() -> None:
    assert len(POSITIVE) >= 25
    assert len(NEGATIVE) >= 5


SEEDS: dict[str, list[tuple[str, str | None, int | None, int | None]]] = {
    "000_a9fb934fb6383248": [("Giấy khen", "Ban Dân vận Tỉnh ủy Đắk Nông", 5, 15)],
    "001_b0fcba9bdf345ef0": [],
    "002_05d560c1b6d1a30b": [("Giấy khen", "Ban Dân vận Tỉnh ủy", 12, 24)],
    "003_2e1fe8a065c3bd76": [("Bằng khen", "Ban Thường vụ Tỉnh ủy", 12, 13)],
    "004_893ddebd528b08a1": [],
}


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seed_articles(name: str) -> None:
    doc, _ = extract_awards(read(FIXTURES / f"{name}.txt"))
    got = [(a.form, a.issuer, a.collectives, a.individuals) for a in doc.awards]
    assert got == SEEDS[name]


def test_seed_captions_are_mentions_of_one_award() -> None:
    doc, _ = extract_awards(read(FIXTURES / "003_2e1fe8a065c3bd76.txt"))
    (item,) = doc.awards
    assert item.text == "Ban Thường vụ Tỉnh ủy đã tặng Bằng khen cho 12 tập thể và 13 cá nhân"
    assert [m.text for m in item.mentions] == [
        "Bằng khen cho 12 tập thể",
        "Bằng khen cho 13 cá nhân",
    ]
    assert item.reason is not None and item.reason.startswith("có thành tích xuất sắc")


def test_award_counts_are_claimed() -> None:
    text = "Ban Dân vận Tỉnh ủy Đắk Nông tặng Giấy khen cho 5 tập thể, 15 cá nhận."
    doc, ctx = extract_awards(text)
    start = text.index("5 tập thể")
    assert ctx.is_claimed(start, start + 1)
    assert doc.statistics == []


def test_unattached_counts_are_not_claimed() -> None:
    text = "Hội đã phát triển mới 384 hội viên. Ban Thường vụ tặng Bằng khen cho 3 tập thể."
    doc, _ = extract_awards(text)
    assert [(s.value, s.unit) for s in doc.statistics] == [(384, "hội viên")]


def test_full_pipeline_on_seeds() -> None:
    from dan_van_extract import extract

    for name, expected in SEEDS.items():
        text = read(FIXTURES / f"{name}.txt")
        doc = extract(text)
        assert_spans_true(text, doc)
        assert [(a.form, a.issuer, a.collectives, a.individuals) for a in doc.awards] == expected
