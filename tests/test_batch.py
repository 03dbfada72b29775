"""Batches: extract_many and the `batch` command (errors mid-batch, --resume, progress)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import ARTICLES, FIXTURES, read
from dan_van_extract import extract, extract_many
from dan_van_extract.cli import main


def test_order_is_kept_and_errors_are_recorded_per_document() -> None:
    texts: list[object] = [read(p) for p in ARTICLES]
    texts.insert(2, None)
    texts.insert(4, b"\xff\xfe")
    results = list(extract_many(texts))
    assert [r.ok for r in results] == [True, True, False, True, False, True, True]
    assert results[2].error is not None and results[2].error.startswith("TypeError")
    assert results[4].error is not None and "UTF-8" in results[4].error
    good = [r.document for r in results if r.ok]
    assert good == [extract(read(p)) for p in ARTICLES]


def test_processes_give_the_same_results_in_order() -> None:
    items = [{"id": p.stem, "text": read(p)} for p in ARTICLES] * 3 + [{"id": "bad", "text": 7}]
    serial = list(extract_many(items, workers=1))
    parallel = list(extract_many(items, workers=2, chunk_size=2))
    assert [r.id for r in parallel] == [r.id for r in serial]
    assert [r.document for r in parallel] == [r.document for r in serial]
    assert parallel[-1].error == serial[-1].error and parallel[-1].error is not None


def test_input_is_consumed_lazily() -> None:
    pulled = []

    def gen() -> Iterator[str]:
        for i in range(1000):
            pulled.append(i)
            yield f"Tiêu đề số {i}\n\nNội dung."

    first = next(extract_many(gen()))
    assert first.ok and len(pulled) == 1


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="chunk_size"):
        list(extract_many(["x"], chunk_size=0))
    with pytest.raises(ValueError, match="workers"):
        list(extract_many(["x"], workers=-1))


def _write_jsonl(path: Path, rows: list[object]) -> None:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_batch_command_with_a_failure_in_the_middle_and_resume(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows: list[object] = [{"id": p.stem, "text": read(p)} for p in ARTICLES]
    rows.insert(2, "{not json")
    rows.insert(3, {"id": "null-text", "text": None})
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write_jsonl(src, rows)
    code = main(["batch", str(src), "-o", str(out), "--no-progress"])
    err = capsys.readouterr().err
    assert code == 1  # some documents failed
    got = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(got) == len(rows)
    failed = [g for g in got if g["error"]]
    assert {g["id"] for g in failed} == {f"{src}:3", "null-text"}
    assert all(g["document"] is None for g in failed)
    assert sum(1 for g in got if g["document"]) == len(ARTICLES)
    assert "7 documents (5 ok, 2 failed" in err

    # Re-running without --resume refuses to overwrite.
    assert main(["batch", str(src), "-o", str(out)]) == 2
    capsys.readouterr()

    # An interrupted run: keep the first two lines and half of the third.
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(lines[:2]) + lines[2][:20], encoding="utf-8")
    code = main(["batch", str(src), "-o", str(out), "--resume", "--no-progress"])
    err = capsys.readouterr().err
    again = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(g["id"] for g in again) == sorted(g["id"] for g in got)
    assert "2 skipped as already done" in err


def test_batch_of_a_folder_with_two_workers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    code = main(["batch", str(FIXTURES), "-o", str(out), "--workers", "2", "--no-progress"])
    assert code == 0
    got = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [g["id"] for g in got] == [p.name for p in ARTICLES]
    assert got[4]["document"] == extract(read(ARTICLES[4])).model_dump(mode="json")
    assert capsys.readouterr().out == ""  # nothing on stdout; the summary is on stderr


def test_progress_bar_only_when_asked_or_on_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    main(["batch", str(FIXTURES), "-o", str(out)])  # stderr is not a terminal here
    assert "docs/s ETA" not in capsys.readouterr().err
    main(["batch", str(FIXTURES), "-o", str(out), "--force", "--progress"])
    err = capsys.readouterr().err
    assert "ETA" in err and "5/5" in err
