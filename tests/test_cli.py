"""The command line: files, folders, stdin, JSONL (plain, .ndjson, gzipped), schema, errors
that name the file or record, options checked up front, exit codes, no tracebacks."""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ARTICLES, FIXTURES, PAGES, ROOT, read
from dan_van_extract import __version__, extract
from dan_van_extract.cli import EXIT_CODES, main

ONE = FIXTURES / "004_893ddebd528b08a1.txt"
UNDATED = (
    "Ban Dân vận Tỉnh ủy tổng kết công tác dân vận\n\n"
    "Ngày 23/11, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận."
)


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def lines(out: str) -> list[dict[str, object]]:
    return [json.loads(x) for x in out.splitlines()]


def jsonl(rows: list[dict[str, object]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def fixture_rows() -> list[dict[str, object]]:
    return [{"id": p.stem, "text": read(p)} for p in ARTICLES]


def fake_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_one_file_prints_one_json_document(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run([str(ONE), "--pretty"], capsys)
    assert code == 0
    doc = json.loads(out)
    assert doc["title"] == "Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Tu Mơ Rông"
    assert out.startswith("{\n")


def test_folder_prints_json_lines(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run([str(FIXTURES)], capsys)
    got = lines(out)
    assert code == 0
    assert len(got) == len(ARTICLES) + len(PAGES)  # fixtures/html/ has pages
    assert all(list(r) == ["id", "document", "error"] for r in got)


def test_bad_files_are_named_and_the_rest_still_processed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfeabc")
    missing = tmp_path / "missing.txt"
    code, out, err = run([str(bad), str(missing), str(ONE)], capsys)
    assert code == 1
    assert f"{bad}: not UTF-8" in err
    assert f"{missing}: no such file or folder" in err
    assert len(err.strip().splitlines()) == 2
    got = lines(out)  # the failures are records too, with their error
    assert [r["id"] for r in got] == [str(bad), str(missing), str(ONE)]
    assert [r["error"] is None for r in got] == [False, False, True]
    assert str(got[0]["error"]).startswith(f"{bad}: not UTF-8")


def test_jsonl_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(jsonl([{"id": "a", "text": read(ONE)}, {"id": "b", "text": ""}]))
    code, out, _ = run([str(src)], capsys)
    got = lines(out)
    assert code == 0
    assert [g["id"] for g in got] == ["a", "b"]
    assert got[1]["document"]["title"] is None  # type: ignore[index]


@pytest.mark.parametrize("name", ["in.ndjson", "in.jsonl.gz", "in.ndjson.gz", "records"])
def test_ndjson_gzip_and_unnamed_jsonl_files_are_records(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = fixture_rows()
    src = tmp_path / name
    data = jsonl(rows).encode()
    src.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    code, out, err = run([str(src)], capsys)
    assert code == 0, err
    got = lines(out)
    assert [g["id"] for g in got] == [r["id"] for r in rows]
    assert got[0]["document"] == extract(str(rows[0]["text"])).model_dump(mode="json")


def test_a_truncated_gzip_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl.gz"
    src.write_bytes(gzip.compress(jsonl(fixture_rows()).encode())[:300])
    code, _, err = run([str(src)], capsys)
    assert code == 1
    assert f"{src}: cannot read" in err and "Traceback" not in err


def test_stdin_and_schema_through_a_real_process() -> None:
    text = read(ONE)
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
    fake_stdin(monkeypatch, "Tiêu đề bài\n\nNội dung.".encode())
    code, out, _ = run(["-"], capsys)
    assert code == 0
    assert json.loads(out)["title"] == "Tiêu đề bài"


def test_jsonl_on_stdin_is_records_not_one_article(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = jsonl(fixture_rows()).encode()
    for options in ([], ["--format", "jsonl"]):
        fake_stdin(monkeypatch, data)
        code, out, _ = run(["-", *options], capsys)
        assert code == 0
        assert [g["id"] for g in lines(out)] == [p.stem for p in ARTICLES]
    fake_stdin(monkeypatch, data)  # asked for: the whole input is one article
    code, out, _ = run(["-", "--format", "text"], capsys)
    assert code == 0 and "document" not in json.loads(out)


def test_sniffing_sees_past_blank_lines_and_a_long_first_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    long = {"id": "long", "text": "Tiêu đề\n\n" + "Nội dung. " * 150_000}  # 1.5 MB
    data = ("\n\n" + jsonl([long, {"id": "b", "text": UNDATED}])).encode()
    (tmp_path / "records").write_bytes(data)
    for source in ("-", str(tmp_path / "records")):
        fake_stdin(monkeypatch, data)
        code, out, err = run([source, "--max-chars", "1000"], capsys)
        got = lines(out)
        assert code == 1 and [g["id"] for g in got] == ["long", "b"], source
        assert "more than --max-chars 1,000" in str(got[0]["error"])
        assert f"{'<stdin>' if source == '-' else source}:3 (id 'long')" in err


def test_record_errors_are_in_the_output_and_name_the_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        jsonl([{"id": "a", "text": UNDATED}, {"id": "n", "text": None}, {"id": "b"}])
        + "[1, 2]\n"
        + jsonl([{"id": {"x": 1}, "text": "t"}, {"id": "c", "body": UNDATED}]),
        encoding="utf-8",
    )
    code, out, err = run([str(src)], capsys)
    assert code == 1
    got = lines(out)
    assert [g["error"] is None for g in got] == [True, False, False, False, False, False]
    errors = [str(g["error"]) for g in got[1:]]
    assert errors[0] == f"{src}:2 (id 'n'): \"text\" is null; it must be the article text, a string"
    assert errors[1].startswith(f"{src}:3 (id 'b'): no \"text\" field (fields: id)")
    assert errors[2].startswith(f"{src}:4: a list, not a JSON object")
    assert errors[3].startswith(f'{src}:5: "id" is a dict')
    assert "--text-field" in errors[4]
    assert err.count("error:") == 5 and "NoneType" not in err
    code, out, _ = run([str(src), "--text-field", "body"], capsys)
    assert lines(out)[-1]["error"] is None  # the record named its text's field


def test_duplicate_ids_are_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(jsonl([{"id": 1, "text": UNDATED}, {"id": "1", "text": UNDATED}]))
    code, out, err = run([str(src)], capsys)
    assert code == 0
    assert f"{src}:2: duplicate id '1' (first at {src}:1); both kept" in err
    assert len(lines(out)) == 2


def test_folders_say_what_they_skip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "site"
    (folder / "sub").mkdir(parents=True)
    (folder / ".git").mkdir()
    (folder / "a.txt").write_text(UNDATED, encoding="utf-8")
    (folder / "sub" / "b.jsonl").write_text(jsonl([{"id": "b1", "text": UNDATED}]))
    (folder / "page.html").write_text(PAGE, encoding="utf-8")
    (folder / "post.md").write_text(POST, encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8")
    (folder / ".DS_Store").write_bytes(b"")
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    code, out, err = run([str(folder)], capsys)
    assert code == 1  # the dangling link is a file that cannot be read
    got = lines(out)
    assert [g["id"] for g in got] == [
        str(folder / "a.txt"),
        str(folder / "gone.txt"),
        str(folder / "page.html"),
        str(folder / "post.md"),
        "b1",
    ]
    assert f"{folder / 'gone.txt'}: a link to {tmp_path / 'nowhere.txt'}, which does not" in err
    assert got[2]["document"]["officials"][0]["name"] == "Lò Văn Sáu"  # type: ignore[index]
    assert got[3]["document"]["title"] == "Hội nghị giao ban"  # type: ignore[index]
    assert "HTML" not in err
    known = ".txt, .html, .htm, .md, .jsonl or .ndjson"
    assert f"skipped 1 file (not {known}): " + str(folder / "photo.jpg") in err
    assert "(a hidden folder)" in err and "(a hidden file)" in err


PAGE = (
    "<html><body><nav><a href='/'>Trang chủ</a></nav><h1>Giao ban dân vận</h1>"
    "<p>Ông Lò Văn Sáu &ndash; Phó Bí thư Huyện ủy chủ trì.</p></body></html>"
)
POST = (
    '---json\n{"title": "Hội nghị giao ban", "date": "2024-02-23T01:00:00Z"}\n---\n<p>Nội dung.</p>'
)


def test_an_html_file_named_on_the_command_line_is_one_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    code, out, err = run([str(page)], capsys)
    assert (code, err) == (0, "")
    doc = json.loads(out)
    assert doc["title"] == "Giao ban dân vận"
    (official,) = doc["officials"]
    hs = official["mentions"][0]["html_span"]
    assert PAGE[hs[0] : hs[1]] == "Lò Văn Sáu"
    assert "Trang chủ" not in doc["text"]


def test_html_from_stdin_and_in_json_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_stdin(monkeypatch, PAGE.encode())
    code, out, _ = run(["-", "--format", "html"], capsys)
    assert code == 0 and json.loads(out)["officials"][0]["name"] == "Lò Văn Sáu"
    src = tmp_path / "pages.jsonl"
    rows = [
        {"id": "p1", "html": PAGE, "url": "https://www.huyen.example.vn/a"},
        {"id": "p2", "text": "Tiêu đề\n\nÔng Lò Văn Sáu – Phó Bí thư Huyện ủy chủ trì."},
        {"id": "p3", "html": None},
    ]
    src.write_text(jsonl(rows), encoding="utf-8")
    code, out, err = run([str(src)], capsys)
    assert code == 1
    got = {g["id"]: g for g in lines(out)}
    assert got["p1"]["url"] == "https://www.huyen.example.vn/a" and "html" not in got["p1"]
    assert got["p1"]["document"]["source"] == "huyen.example.vn"  # type: ignore[index]
    assert got["p2"]["document"]["text"] is None  # type: ignore[index]
    assert f"{src}:3 (id 'p3'): \"html\" is null; it must be the page's HTML, a string" in err


def test_max_chars_names_the_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "a.txt"
    src.write_text(UNDATED, encoding="utf-8")
    code, out, err = run([str(src), "--max-chars", "100"], capsys)
    assert (code, out) == (1, "")
    assert err.strip().endswith(
        f"{src}: {len(UNDATED)} characters, more than --max-chars 100; "
        "split the article or raise --max-chars"
    )
    code, out, err = run([str(src), "--max-chars", "10"], capsys)  # refused unread
    assert (code, out) == (1, "")
    assert err.strip().endswith("longer than --max-chars 10; split the file or raise --max-chars")
    code, out, _ = run([str(src), "--max-chars", str(len(UNDATED))], capsys)
    assert code == 0 and json.loads(out)["title"]


def test_repetition_is_one_line_and_the_rest_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "a.txt"
    bad.write_text("Phó Chủ tịch Lê Thị Hoa, " * 6000, encoding="utf-8")
    good = tmp_path / "b.txt"
    good.write_text(UNDATED, encoding="utf-8")
    code, out, err = run([str(bad), str(good)], capsys)
    assert code == 1
    assert err.count("\n") == 1 and "RepetitiveInput" in err and "not an article" in err
    docs = {g["id"]: g for g in lines(out)}
    assert docs[str(bad)]["document"] is None and docs[str(good)]["document"]


def test_timeout_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run([str(ONE), "--timeout", "0.000001"], capsys)
    assert (code, out) == (1, "")
    assert "ExtractionTimeout" in err and "raise --timeout" in err
    code, _, _ = run([str(ONE), "--timeout", "0"], capsys)  # 0: no limit
    assert code == 0


def test_reference_date_is_checked_once_up_front(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run([str(FIXTURES), "--reference-date", "hôm qua"], capsys)
    assert (code, out) == (2, "")
    assert len(err.strip().splitlines()) == 1 and "--reference-date" in err
    src = tmp_path / "a.txt"
    src.write_text(UNDATED, encoding="utf-8")
    code, out, _ = run([str(src), "--reference-date", "01/12/2019"], capsys)
    assert [d["value"] for d in json.loads(out)["dates"]] == ["2019-11-23"]


def test_date_field_and_input_fields_on_stdout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(jsonl([{"id": "a", "url": "u", "meta": {"d": "2020-12-01"}, "text": UNDATED}]))
    code, out, _ = run([str(src), "--date-field", "meta.d"], capsys)
    (rec,) = lines(out)
    assert code == 0 and list(rec) == ["id", "url", "meta", "document", "error"]
    assert [d["value"] for d in rec["document"]["dates"]] == ["2020-11-23"]  # type: ignore[index]


def test_schema_help_version_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["schema", "--help"])
    out = capsys.readouterr().out
    assert done.value.code == 0
    assert out.startswith("usage: dan-van-extract schema") and "$defs" not in out
    assert "exit status:" in out
    assert main(["schema", "extra"]) == 2
    assert "unrecognized arguments: extra" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip() == f"dan-van-extract {__version__}"
    for command in ([], ["batch"], ["spark"], ["explain"]):
        with pytest.raises(SystemExit):
            main([*command, "--help"])
        assert EXIT_CODES in capsys.readouterr().out


def test_readme_documents_the_exit_codes() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for code in re.findall(r"^  (\d+) ", EXIT_CODES, flags=re.MULTILINE):
        assert re.search(rf"^\| `{code}` \|", readme, flags=re.MULTILINE), code


def test_usage_errors_are_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--nope", str(ONE)], [], ["batch", str(ONE)], ["explain"]):
        code, out, err = run(argv, capsys)
        assert (code, out) == (2, "")
        assert len(err.strip().splitlines()) == 1 and err.startswith("dan-van-extract")


def test_an_internal_error_is_one_line_unless_debug(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from dan_van_extract import batch

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("a bug")

    monkeypatch.setattr(batch, "_run", broken)
    code, _, err = run([str(ONE)], capsys)
    assert code == 3
    assert err.strip().splitlines() == [
        "dan-van-extract: error: internal error: RuntimeError: a bug; please report it with "
        "the output of the same command with --debug"
    ]
    with pytest.raises(RuntimeError, match="a bug"):
        main([str(ONE), "--debug"])


def test_no_traceback_reaches_the_user(tmp_path: Path) -> None:
    """The cases of the issue, in a real process: one line each, a clear exit status."""
    src = tmp_path / "in.jsonl"
    src.write_text(jsonl(fixture_rows()), encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b'{"id": "x", "text": "\xff"}\n')
    out = tmp_path / "out.jsonl"
    cases: list[tuple[list[str], int]] = [
        (["batch", str(src), "-o", str(tmp_path / "no" / "o.jsonl")], 2),
        (["batch", str(bad), "-o", str(out)], 1),
        (["batch", str(src), "-o", str(out), "--force", "--workers", "-1"], 2),
        (["batch", str(src), "-o", str(out), "--force", "--chunk-size", "0"], 2),
        ([str(tmp_path / "nothing.txt")], 1),
        (["explain", str(bad)], 1),
        (["spark", str(src), str(out), "--timeout", "x"], 2),
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for argv, status in cases:
        res = subprocess.run(
            [sys.executable, "-m", "dan_van_extract", *argv], capture_output=True, env=env
        )
        err = res.stderr.decode()
        assert res.returncode == status, (argv, err)
        assert "Traceback" not in err, argv
        assert err.startswith("dan-van-extract"), (argv, err)
