"""The command line: files, folders, stdin, JSONL, schema, errors that name the file."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES
from dan_van_extract.cli import main

ONE = FIXTURES / "004_893ddebd528b08a1.txt"


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_one_file_prints_one_json_document(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run([str(ONE), "--pretty"], capsys)
    assert code == 0
    doc = json.loads(out)
    assert doc["title"] == "Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Tu Mơ Rông"
    assert out.startswith("{\n")


def test_folder_prints_json_lines(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run([str(FIXTURES)], capsys)
    lines = [json.loads(x) for x in out.splitlines()]
    assert code == 0
    assert len(lines) == len(list(FIXTURES.glob("*.txt")))
    assert all(set(r) == {"id", "document", "error"} for r in lines)


def test_bad_files_are_named_and_the_rest_still_processed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfeabc")
    missing = tmp_path / "missing.txt"
    code, out, err = run([str(bad), str(missing), str(ONE)], capsys)
    assert code == 1
    assert f"{bad}: not UTF-8" in err
    assert f"{missing}: cannot read" in err
    assert len(err.strip().splitlines()) == 2
    (record,) = [json.loads(x) for x in out.splitlines()]
    assert record["id"] == str(ONE)


def test_jsonl_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    rows = [{"id": "a", "text": ONE.read_text(encoding="utf-8")}, {"id": "b", "text": ""}]
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    code, out, _ = run([str(src)], capsys)
    got = [json.loads(x) for x in out.splitlines()]
    assert code == 0
    assert [g["id"] for g in got] == ["a", "b"]
    assert got[1]["document"]["title"] is None


def test_stdin_and_schema_through_a_real_process() -> None:
    text = ONE.read_text(encoding="utf-8")
    res = subprocess.run(
        [sys.executable, "-m", "dan_van_extract", "-"],
        input=text.encode(),
        capture_output=True,
        check=True,
    )
    assert json.loads(res.stdout)["title"].startswith("Ban Dân vận")
    res = subprocess.run(
        [sys.executable, "-m", "dan_van_extract", "schema"], capture_output=True, check=True
    )
    assert json.loads(res.stdout)["title"] == "Document"


def test_stdin_in_process(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = io.TextIOWrapper(io.BytesIO("Tiêu đề bài\n\nNội dung.".encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    code, out, _ = run(["-"], capsys)
    assert code == 0
    assert json.loads(out)["title"] == "Tiêu đề bài"
