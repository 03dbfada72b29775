"""Batches: extract_many and the `batch` command (errors mid-batch, --resume, progress,
input fields and dates carried through, outputs that are never lost)."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from conftest import ARTICLES, FIXTURES, PAGES, read
from dan_van_extract import batch, extract, extract_many
from dan_van_extract.batch import BatchResult, parse_record_date
from dan_van_extract.cli import main

# A dated article whose date line gives no year: the year comes from the reference date.
UNDATED = (
    "Ban Dân vận Tỉnh ủy tổng kết công tác dân vận\n\n"
    "Ngày 23/11, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận."
)


def years(result: BatchResult) -> list[str]:
    assert result.document is not None, result.error
    return [d.value for d in result.document.dates]


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


def test_bad_arguments_are_refused_before_any_work() -> None:
    with pytest.raises(ValueError, match="chunk_size"):
        extract_many(["x"], chunk_size=0)
    with pytest.raises(ValueError, match="workers"):
        extract_many(["x"], workers=-1)


# --------------------------------------------------------------------------------------
# Input fields and per-record dates


def test_records_carry_their_fields_and_their_own_dates() -> None:
    records = [
        {"id": "a", "text": UNDATED, "title": "T", "url": "https://x.vn/a", "meta": {"n": 1}},
        {"id": "b", "text": UNDATED, "reference_date": "2019-12-01"},
        {"id": "c", "text": UNDATED, "reference_date": "Thứ Hai, 02/12/2019 - 10:15"},
        {"id": "d", "text": UNDATED, "reference_date": "hôm qua"},
        {"id": "e", "text": None, "url": "https://x.vn/e"},
    ]
    for workers in (1, 2):
        a, b, c, d, e = extract_many(records, workers=workers, chunk_size=2)
        assert a.fields == {"title": "T", "url": "https://x.vn/a", "meta": {"n": 1}}
        assert years(a) == ["--11-23"]  # no date anywhere: the year stays unknown
        assert years(b) == ["2019-11-23"]
        assert b.fields == {"reference_date": "2019-12-01"}  # kept, like any field
        assert years(c) == ["2019-11-23"]  # day/month/year, as Vietnamese sites write it
        assert d.document is None and d.error is not None
        assert "reference_date" in d.error and "'hôm qua' is not a date" in d.error
        assert e.fields == {"url": "https://x.vn/e"} and e.error is not None
        assert "None" in e.error and "NoneType" not in e.error


def test_a_date_field_inside_the_record_and_the_batch_default() -> None:
    records = [
        {"id": "a", "text": UNDATED, "meta": {"date": "2020-12-05T08:00:00+07:00"}},
        {"id": "b", "text": UNDATED, "meta": {}},
    ]
    a, b = extract_many(records, date_field="meta.date", reference_date="2018-12-31")
    assert years(a) == ["2020-11-23"]
    assert years(b) == ["2018-11-23"]  # no date of its own: the batch's


def test_output_records_put_input_fields_next_to_the_document() -> None:
    rec = {"id": 7, "text": UNDATED, "url": "u", "document": "mine", "error": "theirs"}
    (result,) = extract_many([rec])
    line = json.loads(result.to_json())
    assert list(line) == ["id", "url", "input_document", "input_error", "document", "error"]
    assert line["id"] == "7" and line["input_document"] == "mine" and line["error"] is None
    assert line == result.to_json_dict()


def test_parse_record_date() -> None:
    assert parse_record_date("2024-02-23") == dt.date(2024, 2, 23)
    assert parse_record_date("23/02/2024") == dt.date(2024, 2, 23)
    assert parse_record_date("3-2-2024") == dt.date(2024, 2, 3)
    assert parse_record_date("2024/2/3 10:00") == dt.date(2024, 2, 3)
    assert parse_record_date(dt.datetime(2024, 2, 23, 9)) == dt.date(2024, 2, 23)
    assert parse_record_date(None) is None and parse_record_date("") is None
    for bad in ("31/02/2024", "hôm qua", "2024"):
        with pytest.raises(ValueError, match="not a date"):
            parse_record_date(bad)
    with pytest.raises(TypeError):
        parse_record_date(20240223)


# --------------------------------------------------------------------------------------
# The batch command


def _write_jsonl(path: Path, rows: list[object]) -> None:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _read_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def _fixture_rows() -> list[dict[str, object]]:
    return [{"id": p.stem, "text": read(p)} for p in ARTICLES]


@pytest.fixture
def earlier(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path, bytes]:
    """An input and the output of an earlier, successful run: ``(input, output, bytes)``."""
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write_jsonl(src, list(_fixture_rows()))
    assert main(["batch", str(src), "-o", str(out), "--no-progress"]) == 0
    capsys.readouterr()
    return src, out, out.read_bytes()


def _no_leftovers(folder: Path) -> None:
    assert not [p.name for p in folder.iterdir() if p.name.endswith(".partial")]


def test_batch_command_with_a_failure_in_the_middle_and_resume(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows: list[object] = list(_fixture_rows())
    rows.insert(2, "{not json")
    rows.insert(3, {"id": "null-text", "text": None})
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write_jsonl(src, rows)
    code = main(["batch", str(src), "-o", str(out), "--no-progress"])
    err = capsys.readouterr().err
    assert code == 1  # some documents failed
    got = _read_jsonl(out)
    assert len(got) == len(rows)
    failed = {str(g["id"]): str(g["error"]) for g in got if g["error"]}
    assert set(failed) == {f"{src}:3", "null-text"}
    assert failed[f"{src}:3"].startswith(f"{src}:3: not JSON")
    assert failed["null-text"] == (
        f"{src}:4 (id 'null-text'): \"text\" is null; it must be the article text, a string"
    )
    assert all(g["document"] is None for g in got if g["error"])
    assert sum(1 for g in got if g["document"]) == len(ARTICLES)
    assert "7 documents (5 ok, 2 failed" in err
    assert f"{src}:3: not JSON" in err  # failures are named on stderr too

    # Re-running without --resume refuses to overwrite.
    assert main(["batch", str(src), "-o", str(out)]) == 2
    capsys.readouterr()

    # An interrupted run: keep the first two lines and half of the third.
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(lines[:2]) + lines[2][:20], encoding="utf-8")
    code = main(["batch", str(src), "-o", str(out), "--resume", "--no-progress"])
    err = capsys.readouterr().err
    again = _read_jsonl(out)
    assert sorted(str(g["id"]) for g in again) == sorted(str(g["id"]) for g in got)
    assert "2 skipped as already done" in err


def test_batch_of_a_folder_with_two_workers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    code = main(["batch", str(FIXTURES), "-o", str(out), "--workers", "2", "--no-progress"])
    assert code == 0
    got = _read_jsonl(out)
    pages = [f"html/{p.name}" for p in PAGES]
    assert [g["id"] for g in got] == [p.name for p in ARTICLES] + pages
    assert got[4]["document"] == extract(read(ARTICLES[4])).model_dump(mode="json")
    captured = capsys.readouterr()
    assert captured.out == ""  # nothing on stdout; the summary is on stderr
    assert "skipped" in captured.err and "expected" in captured.err  # the snapshots folder


def test_progress_bar_with_an_eta_for_folders_and_jsonl(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    main(["batch", str(FIXTURES), "-o", str(out)])  # stderr is not a terminal here
    assert "ETA" not in capsys.readouterr().err
    main(["batch", str(FIXTURES), "-o", str(out), "--force", "--progress"])
    err = capsys.readouterr().err
    n = len(ARTICLES) + len(PAGES)
    assert "ETA" in err and f"{n}/{n}" in err
    src = tmp_path / "in.jsonl"
    _write_jsonl(src, [*_fixture_rows(), "", {"id": "x", "text": "Tiêu đề\n\nNội dung."}])
    main(["batch", str(src), "-o", str(out), "--force", "--progress"])
    err = capsys.readouterr().err
    assert "ETA" in err and "6/6" in err


@pytest.mark.parametrize(
    "options",
    [
        ["--chunk-size", "0", "--workers", "2"],
        ["--workers", "-1"],
        ["--workers", "two"],
        ["--reference-date", "2024/13/45"],
        ["--max-chars", "0"],
        ["--timeout", "-1"],
        ["--date-field", "meta."],
        ["--resume", "--force"],
        ["--format", "xml"],
    ],
)
def test_bad_options_are_refused_before_the_output_is_touched(
    options: list[str],
    earlier: tuple[Path, Path, bytes],
    capsys: pytest.CaptureFixture[str],
) -> None:
    src, out, before = earlier
    code = main(["batch", str(src), "-o", str(out), "--force", *options])
    err = capsys.readouterr().err
    assert code == 2
    assert out.read_bytes() == before
    assert len(err.strip().splitlines()) == 1 and "--help" in err
    _no_leftovers(out.parent)


def test_bad_outputs_are_refused_with_one_line(
    earlier: tuple[Path, Path, bytes], capsys: pytest.CaptureFixture[str]
) -> None:
    src, out, before = earlier
    folder = out.parent
    cases = {
        str(folder / "missing" / "out.jsonl"): "does not exist; create it first",
        str(folder): "is a folder",
        str(src): "is the input",
        str(folder / "out.jsonl.gz"): "compressed output",
        "-": "batch writes a file",
    }
    src_bytes = src.read_bytes()
    for target, message in cases.items():
        assert main(["batch", str(src), "-o", target, "--force"]) == 2, target
        err = capsys.readouterr().err
        assert message in err and len(err.strip().splitlines()) == 1, err
    assert src.read_bytes() == src_bytes and out.read_bytes() == before
    assert not (folder / "missing").exists()
    assert main(["batch", str(folder / "nothing.jsonl"), "-o", str(folder / "o.jsonl")]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    assert not (folder / "o.jsonl").exists()


def test_a_failed_or_interrupted_forced_run_leaves_the_earlier_output(
    earlier: tuple[Path, Path, bytes],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    src, out, before = earlier
    calls = 0
    stop: BaseException = RuntimeError()
    real = batch._run

    def breaks_on_the_third(*args: object, **kwargs: object) -> object:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise stop
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "_run", breaks_on_the_third)
    for error, status in ((RuntimeError("a bug"), 3), (KeyboardInterrupt(), 130)):
        calls, stop = 0, error
        code = main(["batch", str(src), "-o", str(out), "--force", "--no-progress"])
        err = capsys.readouterr().err
        assert code == status
        assert out.read_bytes() == before
        assert f"{out} left as it was" in err
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1
        _no_leftovers(out.parent)


def test_an_interrupted_new_run_keeps_its_work_for_resume(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    rows = _fixture_rows()
    _write_jsonl(src, list(rows))
    real = batch._run
    calls = 0

    def interrupted(*args: object, **kwargs: object) -> object:
        nonlocal calls
        calls += 1
        if calls == 4:
            raise KeyboardInterrupt
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "_run", interrupted)
    assert main(["batch", str(src), "-o", str(out), "--no-progress"]) == 130
    assert "3 records written" in capsys.readouterr().err
    assert len(_read_jsonl(out)) == 3
    monkeypatch.setattr(batch, "_run", real)
    assert main(["batch", str(src), "-o", str(out), "--resume", "--no-progress"]) == 0
    assert [g["id"] for g in _read_jsonl(out)] == [r["id"] for r in rows]
    assert "3 skipped as already done" in capsys.readouterr().err


def test_resume_refuses_a_file_that_is_not_an_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src, other = tmp_path / "in.jsonl", tmp_path / "notes.jsonl"
    _write_jsonl(src, list(_fixture_rows()))
    _write_jsonl(other, [{"name": "mine"}])
    before = other.read_bytes()
    assert main(["batch", str(src), "-o", str(other), "--resume"]) == 2
    assert "not a record of dan-van-extract batch" in capsys.readouterr().err
    assert other.read_bytes() == before


def test_non_utf8_jsonl_lines_are_records_with_errors(
    earlier: tuple[Path, Path, bytes], capsys: pytest.CaptureFixture[str]
) -> None:
    src, out, _ = earlier
    good = json.dumps({"id": "ok", "text": UNDATED}, ensure_ascii=False).encode()
    src.write_bytes(good + b"\n" + b'{"id": "bad", "text": "\xff\xfe"}\n' + good[:-1] + b"}\n")
    assert main(["batch", str(src), "-o", str(out), "--force", "--no-progress"]) == 1
    err = capsys.readouterr().err
    assert f"{src}:2: not UTF-8" in err and "Traceback" not in err
    got = _read_jsonl(out)
    assert [g["error"] is None for g in got] == [True, False, True]


def test_duplicate_ids_are_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    rows = [{"id": "a", "text": UNDATED}, {"id": "b", "text": UNDATED}, {"id": "a", "text": "x"}]
    _write_jsonl(src, list(rows))
    assert main(["batch", str(src), "-o", str(out), "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert f"{src}:3: duplicate id 'a' (first at {src}:1); both kept" in err
    assert "1 duplicate ids" in err
    assert [g["id"] for g in _read_jsonl(out)] == ["a", "b", "a"]


def test_fields_and_dates_through_the_batch_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src, out = tmp_path / "crawl.jsonl", tmp_path / "out.jsonl"
    rows = [
        {"id": "a", "title": "T", "url": "https://x.vn/a", "meta": {"date": "05/12/2020"},
         "text": UNDATED},
        {"id": "b", "url": "https://x.vn/b", "meta": {}, "text": UNDATED},
    ]  # fmt: skip
    _write_jsonl(src, list(rows))
    args = ["batch", str(src), "-o", str(out), "--no-progress", "--workers", "2"]
    assert main([*args, "--date-field", "meta.date", "--reference-date", "2017-12-01"]) == 0
    a, b = _read_jsonl(out)
    assert list(a) == ["id", "title", "url", "meta", "document", "error"]
    assert (a["title"], a["url"], a["meta"]) == ("T", "https://x.vn/a", {"date": "05/12/2020"})
    assert [d["value"] for d in a["document"]["dates"]] == ["2020-11-23"]  # type: ignore[index]
    assert [d["value"] for d in b["document"]["dates"]] == ["2017-11-23"]  # type: ignore[index]
    capsys.readouterr()


def test_max_chars_and_timeout_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write_jsonl(src, [{"id": "a", "text": UNDATED}])
    assert main(["batch", str(src), "-o", str(out), "--max-chars", "20", "--no-progress"]) == 1
    (rec,) = _read_jsonl(out)
    assert "more than --max-chars 20; split the article or raise --max-chars" in str(rec["error"])
    assert "raise --max-chars" in capsys.readouterr().err
    assert main(["batch", str(src), "-o", str(out), "--force", "--max-chars", "1000"]) == 0
    capsys.readouterr()


def test_an_empty_input_does_not_replace_an_output(
    earlier: tuple[Path, Path, bytes], capsys: pytest.CaptureFixture[str]
) -> None:
    src, out, before = earlier
    src.write_text("\n\n", encoding="utf-8")
    assert main(["batch", str(src), "-o", str(out), "--force"]) == 1
    assert "no records" in capsys.readouterr().err
    assert out.read_bytes() == before
    fresh = out.parent / "fresh.jsonl"
    assert main(["batch", str(src), "-o", str(fresh)]) == 1
    assert not fresh.exists()
    empty = out.parent / "empty"
    empty.mkdir()
    assert main(["batch", str(empty), "-o", str(fresh)]) == 2
    assert "has no .txt, .html, .htm, .md, .jsonl or .ndjson files" in capsys.readouterr().err
    _no_leftovers(out.parent)


def test_the_output_inside_the_input_folder_is_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for p in ARTICLES[:2]:
        (folder / p.name).write_text(read(p), encoding="utf-8")
    out = folder / "out.jsonl"
    assert main(["batch", str(folder), "-o", str(out), "--no-progress"]) == 0
    capsys.readouterr()
    assert main(["batch", str(folder), "-o", str(out), "--resume", "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert "the output being written" in err and "2 skipped as already done" in err
    assert len(_read_jsonl(out)) == 2


def test_ctrl_c_in_a_real_run_with_workers(tmp_path: Path) -> None:
    """SIGINT mid-run, as Ctrl-C sends it: exit 130, one line, no worker's traceback; a
    new output keeps what was done, a forced one leaves the earlier output untouched."""
    import signal
    import subprocess
    import sys
    import time

    from conftest import ROOT

    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write_jsonl(src, [{**r, "id": f"{r['id']}-{i}"} for i in range(300) for r in _fixture_rows()])
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "dan_van_extract", "batch", str(src), "-o", str(out)]

    def interrupt(extra: list[str], started: Callable[[], bool]) -> tuple[int, str]:
        proc = subprocess.Popen(
            [*command, "--workers", "2", "--chunk-size", "8", "--no-progress", *extra],
            stderr=subprocess.PIPE,
            env=env,
            # As a shell starts a foreground command: Ctrl-C not ignored, whatever this
            # test process inherited (an ignored SIGINT is inherited by the child).
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        deadline = time.monotonic() + 120
        while not started() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=120)
        return proc.returncode, err.decode()

    code, err = interrupt([], lambda: out.exists() and out.stat().st_size > 0)
    assert code == 130, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "run again with --resume to finish it" in err
    done = _read_jsonl(out)
    assert 0 < len(done) < 1500

    before = out.read_bytes()

    def partial_written() -> bool:
        return any(p.stat().st_size > 0 for p in tmp_path.glob(".out.jsonl.*.partial"))

    code, err = interrupt(["--force"], partial_written)
    assert code == 130, err
    assert "Traceback" not in err and f"{out} left as it was" in err
    assert out.read_bytes() == before
    _no_leftovers(tmp_path)
