"""Tables: to_frames from documents, BatchResults and batch records; the table command.

Needs the ``tables`` extra (pandas, pyarrow); skipped without it.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ARTICLES, ROOT, read
from dan_van_extract import extract, extract_many
from dan_van_extract.cli import main
from dan_van_extract.models import Document

pd = pytest.importorskip("pandas", reason="needs the 'tables' extra: pip install -e '.[tables]'")
pa = pytest.importorskip("pyarrow", reason="needs the 'tables' extra: pip install -e '.[tables]'")

from dan_van_extract.tables import (  # noqa: E402
    TABLES,
    RecordError,
    Tables,
    read_jsonl,
    to_frames,
)

TEXTS = {p.stem: read(p) for p in ARTICLES}
DOCS = {name: extract(text) for name, text in TEXTS.items()}


def _item_counts(docs: list[Document]) -> dict[str, int]:
    return {
        "documents": len(docs),
        "officials": sum(len(d.officials) for d in docs),
        "titles": sum(len(o.titles) for d in docs for o in d.officials),
        "mentions": sum(len(o.mentions) for d in docs for o in d.officials),
        "awards": sum(len(d.awards) for d in docs),
        "statistics": sum(len(d.statistics) for d in docs),
        "dates": sum(len(d.dates) for d in docs),
        "periods": sum(len(d.periods) for d in docs),
        "locations": sum(len(d.locations) for d in docs),
    }


@pytest.fixture(scope="module")
def tables() -> Tables:
    return to_frames(list(DOCS.items()))


def test_one_row_per_item_in_every_table(tables: Tables) -> None:
    assert [name for name, _ in tables.items()] == list(TABLES)
    assert {name: len(frame) for name, frame in tables.items()} == _item_counts(list(DOCS.values()))
    # the fixtures have something in every table, so the counts above say something
    assert all(len(frame) > 0 for _, frame in tables.items())


def test_every_item_row_points_back_into_its_article(tables: Tables) -> None:
    for name in ("mentions", "awards", "statistics", "dates", "periods", "locations"):
        frame = tables[name]
        for ident, text, start, end in frame[["id", "text", "start", "end"]].itertuples(
            index=False
        ):
            assert TEXTS[ident][start:end] == text, (name, ident)
    officials = tables.officials
    for row in officials.itertuples(index=False):
        assert TEXTS[row.id][row.start : row.end] == row.text  # the first mention


def test_columns_are_typed(tables: Tables) -> None:
    date32 = pd.ArrowDtype(pa.date32())
    docs = tables.documents
    assert docs["views"].dtype == "Int64"
    assert docs["n_officials"].dtype == "Int64"
    assert docs["event_date"].dtype == date32
    assert docs["published"].dtype == date32
    assert tables.dates["date"].dtype == date32
    assert tables.periods["first_day"].dtype == date32
    for name in ("awards", "statistics", "dates", "periods", "locations"):
        assert tables[name]["start"].dtype == "Int64" and tables[name]["end"].dtype == "Int64"
    assert tables.awards["collectives"].dtype == "Int64"
    assert tables.statistics["value"].dtype == "Float64"
    assert str(tables.locations["name"].dtype) == "string"


def test_values_match_the_documents(tables: Tables) -> None:
    for ident, doc in DOCS.items():
        row = tables.documents.set_index("id").loc[ident]
        assert (None if pd.isna(row["title"]) else row["title"]) == doc.title
        assert row["n_statistics"] == len(doc.statistics)
        if doc.event is not None and doc.event.date is not None:
            assert str(row["event_date"]) == doc.event.date.value
        stats = tables.statistics[tables.statistics["id"] == ident]
        assert stats["value"].tolist() == [s.value for s in doc.statistics]
        assert stats["scaled_value"].tolist() == [s.scaled_value for s in doc.statistics]
        titles = tables.titles[tables.titles["id"] == ident]
        assert titles["title"].tolist() == [t for o in doc.officials for t in o.titles]
        periods = tables.periods[tables.periods["id"] == ident]
        assert [str(d) for d in periods["first_day"]] == [p.start for p in doc.periods]


def test_partial_dates_keep_their_known_parts() -> None:
    text = "Ngày 23/11 và tháng 3/2020 họp."
    doc = Document.model_validate(
        {
            "dates": [
                {"text": "Ngày 23/11", "span": [0, 10], "value": "--11-23"},
                {"text": "tháng 3/2020", "span": [14, 26], "value": "2020-03"},
            ]
        }
    )
    dates = to_frames(doc).dates
    assert text[0:10] == "Ngày 23/11"
    assert dates["date"].isna().all()
    assert dates["year"].tolist() == [pd.NA, 2020]
    assert dates["month"].tolist() == [11, 3]
    assert dates["day"].tolist() == [23, pd.NA]


def test_the_same_tables_from_documents_batch_results_and_records(
    tables: Tables, tmp_path: Path
) -> None:
    items = [{"id": name, "text": text} for name, text in TEXTS.items()]
    in_process = to_frames(extract_many(items))
    in_workers = to_frames(extract_many(items, workers=2, chunk_size=2))  # documents as JSON
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in items), encoding="utf-8")
    assert main(["batch", str(src), "-o", str(out), "--no-progress"]) == 0
    from_records = to_frames(read_jsonl(out))
    for name, frame in tables.items():
        for other in (in_process, in_workers, from_records):
            pd.testing.assert_frame_equal(other[name], frame, obj=name)


def test_failed_records_are_rows_with_their_error() -> None:
    results = list(extract_many([("ok", TEXTS[ARTICLES[0].stem]), ("bad", None)]))
    records = [
        *[r.to_json_dict() for r in results],
        {"id": 7, "doc": None, "error": {"type": "InputTooLarge", "message": "too long"}},
    ]
    t = to_frames(records)
    docs = t.documents.set_index("id")
    assert list(docs.index) == ["ok", "bad", "7"]
    assert pd.isna(docs.loc["ok", "error"])
    assert docs.loc["bad", "error"].startswith("TypeError")
    assert docs.loc["7", "error"] == "InputTooLarge: too long"
    assert pd.isna(docs.loc["bad", "n_statistics"])
    assert set(t.statistics["id"]) == {"ok"}


def test_ids_default_to_positions_and_bad_items_are_refused() -> None:
    docs = list(DOCS.values())[:2]
    assert to_frames(docs).documents["id"].tolist() == ["0", "1"]
    assert to_frames(docs[0]).documents["id"].tolist() == ["0"]
    with pytest.raises(RecordError, match="record 1"):
        to_frames([docs[0], 42])
    with pytest.raises(RecordError, match="expected"):
        to_frames([{"hello": "world"}])
    with pytest.raises(TypeError, match="read_jsonl"):
        to_frames("out.jsonl")
    with pytest.raises(RecordError, match="'x': not a document"):
        to_frames([{"id": "x", "document": {"statistics": [42]}, "error": None}])


def test_many_documents_in_seconds() -> None:
    docs = list(DOCS.values())
    many = [(str(n), docs[n % len(docs)]) for n in range(3000)]
    t0 = time.perf_counter()
    t = to_frames(many)
    secs = time.perf_counter() - t0
    assert len(t.documents) == 3000
    assert len(t.statistics) == 600 * sum(len(d.statistics) for d in docs)
    assert secs < 15, secs  # about half a second on a 2-core machine


def test_importing_the_package_does_not_import_pandas() -> None:
    code = (
        "import sys, dan_van_extract; dan_van_extract.to_frames; dan_van_extract.to_html; "
        "print('pandas' in sys.modules, 'pyarrow' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert out.stdout.split() == ["False", "False"]


def test_a_clear_error_without_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"dan_van_extract\[tables\]"):
        to_frames(list(DOCS.values()))


# --- the table command -----------------------------------------------------------------


@pytest.fixture()
def batch_out(tmp_path: Path) -> Path:
    rows = [{"id": name, "text": text} for name, text in TEXTS.items()]
    rows.insert(1, {"id": "no-text", "text": None})
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    main(["batch", str(src), "-o", str(out), "--no-progress"])
    return out


def test_table_command_writes_parquet(
    batch_out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "tables"
    assert main(["table", str(batch_out), "--to", "parquet", str(out)]) == 0
    counts = _item_counts(list(DOCS.values()))
    counts["documents"] += 1  # the failed one
    for name in TABLES:
        frame = pd.read_parquet(out / f"{name}.parquet")
        assert len(frame) == counts[name], name
    docs = pd.read_parquet(out / "documents.parquet")
    assert docs["event_date"].dtype == pd.ArrowDtype(pa.date32())
    assert docs["views"].dtype == "Int64"
    # The failed record's error travels into the table, naming what was wrong.
    assert '"text" is null' in docs.set_index("id").loc["no-text", "error"]
    assert "6 documents (1 failed)" in capsys.readouterr().err


def test_table_command_writes_csv(batch_out: Path, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    assert main(["table", str(batch_out), "--to", "csv", str(out)]) == 0
    with (out / "statistics.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == sum(len(d.statistics) for d in DOCS.values())
    for row in rows:
        assert TEXTS[row["id"]][int(row["start"]) : int(row["end"])] == row["text"]
    with (out / "dates.csv").open(encoding="utf-8", newline="") as fh:
        dates = list(csv.DictReader(fh))
    assert all(r["date"] == r["value"] for r in dates if len(r["value"]) == 10)


def test_table_command_errors(
    batch_out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "t"
    assert main(["table", str(tmp_path / "missing.jsonl"), "--to", "csv", str(out)]) == 2
    assert "missing.jsonl: no such file" in capsys.readouterr().err
    assert main(["table", str(batch_out), "--to", "xlsx", str(out)]) == 2
    assert "'parquet' or 'csv'" in capsys.readouterr().err
    assert main(["table", str(batch_out), "--to", "csv", str(out)]) == 0
    assert main(["table", str(batch_out), "--to", "csv", str(out)]) == 2  # would overwrite
    assert "--force" in capsys.readouterr().err
    # a damaged line in the middle is named and skipped; the rest is written
    lines = batch_out.read_text(encoding="utf-8").splitlines()
    damaged = tmp_path / "damaged.jsonl"
    damaged.write_text("\n".join([lines[0], "{oops", *lines[2:]]) + "\n", encoding="utf-8")
    assert main(["table", str(damaged), "--to", "csv", str(out), "--force"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[0].startswith(f"dan-van-extract: error: {damaged}:2: not JSON: Expecting")
    assert len(pd.read_csv(out / "documents.csv")) == len(lines) - 1


def test_a_line_cut_short_at_the_end_is_skipped(batch_out: Path, tmp_path: Path) -> None:
    data = batch_out.read_text(encoding="utf-8")
    cut = tmp_path / "cut.jsonl"
    cut.write_text(data + data.splitlines()[0][:50], encoding="utf-8")  # no newline
    assert len(list(read_jsonl(cut))) == len(data.splitlines())
    with pytest.raises(RecordError, match=r"cut\.jsonl:1: not JSON"):
        cut.write_text("{oops\n" + data, encoding="utf-8")
        list(read_jsonl(cut))


def test_the_documentation_lists_every_column() -> None:
    from dan_van_extract.tables import _SCHEMA

    page = (ROOT / "docs" / "tables.md").read_text(encoding="utf-8")
    for name, columns in _SCHEMA.items():
        assert f"## {name}" in page, name
        for col in columns:
            assert f"`{col}`" in page, (name, col)
