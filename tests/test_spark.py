"""Apache Spark, local mode: typed columns equal to ``extract()``'s, errors per row, the CLI.

The tests that run Spark are skipped when pyspark (the ``spark`` extra) or a Java runtime
is missing; the pure parts (which Python the workers run) are tested either way. One
small ``local[2]`` session serves the whole module; it is started without
``PYSPARK_PYTHON``, as a user's would be, so the workers' interpreter is the library's
choice.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import pytest

from conftest import ARTICLES, PAGES, ROOT, read
from dan_van_extract import extract_many
from dan_van_extract.cli import main
from dan_van_extract.models import Document

HAVE_PYSPARK = find_spec("pyspark") is not None and find_spec("pyarrow") is not None
HAVE_JAVA = shutil.which("java") is not None or bool(os.environ.get("JAVA_HOME"))
needs_pyspark = pytest.mark.skipif(
    not HAVE_PYSPARK, reason="needs the 'spark' extra: pip install -e '.[spark]'"
)
needs_java = pytest.mark.skipif(
    not HAVE_JAVA, reason="needs a Java runtime (java on PATH or JAVA_HOME)"
)


def spark_test(func: Any) -> Any:
    """A test that runs Spark: marker ``spark``, skipped without pyspark or Java."""
    return pytest.mark.spark(needs_pyspark(needs_java(func)))


if HAVE_PYSPARK:
    from pyspark.sql import Row, SparkSession
    from pyspark.sql.types import ArrayType, LongType, StructType

    from dan_van_extract.spark import (
        ERROR_COL,
        document_schema,
        extract_dataframe,
        input_renames,
        output_schema,
        run_job,
    )
else:  # the pure tests below still run
    ERROR_COL = "error"

DOC_FIELDS = [name for name in Document().model_dump() if name != "text"]  # the input's


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    """A small ``local[2]`` session: two shuffle partitions, no UI, quiet logs; no
    ``PYSPARK_PYTHON``, so PySpark alone would start ``python3`` from the PATH."""
    saved = os.environ.pop("PYSPARK_PYTHON", None)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("dan_van_extract-tests")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.memory", "1g")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    try:
        yield session
    finally:
        session.stop()
        if saved is not None:
            os.environ["PYSPARK_PYTHON"] = saved


def plain(value: Any) -> Any:
    """Spark rows and model dumps as comparable plain data: dicts, lists (spans too)."""
    if isinstance(value, Row):
        value = value.asDict(recursive=True)
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def document_part(row: Row) -> dict[str, Any]:
    """The document's columns of an output row, as plain data."""
    data: dict[str, Any] = plain(row)
    return {name: data[name] for name in DOC_FIELDS}


def expected(text: str | None) -> tuple[dict[str, Any], str | None]:
    """``extract(text)`` in this process, as a Spark row should hold it: the document
    columns as plain JSON data, and the error (as ``extract_many`` records it, with every
    document column ``None``). The extractors change; this comparison does not."""
    (result,) = extract_many([(None, text)])
    if result.document is None:
        return dict.fromkeys(DOC_FIELDS), result.error
    data: dict[str, Any] = plain(result.document.model_dump(mode="json"))
    return {name: data[name] for name in DOC_FIELDS}, None


def outcome(row: Row) -> tuple[dict[str, Any], str | None]:
    """The document columns and the error of an output row."""
    return document_part(row), row[ERROR_COL]


def fixture_rows() -> list[tuple[str, str]]:
    """``(id, text)`` of each fixture article."""
    return [(p.stem, read(p)) for p in ARTICLES]


@needs_pyspark
def test_importing_the_module_does_not_import_pyspark() -> None:
    code = (
        "import sys, dan_van_extract, dan_van_extract.spark; "
        "bad = [m for m in ('pyspark', 'pyarrow', 'pandas') if m in sys.modules]; "
        "sys.exit(str(bad) if bad else 0)"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


@needs_pyspark
def test_schema_has_every_field_of_model_dump() -> None:
    schema = document_schema()
    assert schema.names == DOC_FIELDS
    assert all(f.nullable for f in schema.fields)  # a failed row has null everywhere
    statistics = schema["statistics"].dataType
    assert isinstance(statistics, ArrayType)
    statistic = statistics.elementType
    assert isinstance(statistic, StructType)
    for computed in ("multiplier", "scaled_value", "base_unit"):
        assert computed in statistic.names
    assert statistic["span"].dataType == ArrayType(LongType(), containsNull=False)
    assert not statistic["value"].nullable
    assert statistic["qualifier"].nullable


def test_docs_map_every_column() -> None:
    text = (ROOT / "docs" / "scale.md").read_text(encoding="utf-8")
    missing = [name for name in [*DOC_FIELDS, ERROR_COL] if f"`{name}`" not in text]
    assert not missing, f"docs/scale.md: add {missing} to the output schema table"


@spark_test
def test_output_equals_extract_for_every_fixture(spark: SparkSession) -> None:
    rows = fixture_rows()
    df = spark.createDataFrame(rows, "id string, text string").repartition(2)
    out = extract_dataframe(df)
    assert out.columns == ["id", "text", *DOC_FIELDS, ERROR_COL]
    assert out.schema == output_schema(df.schema)
    got = {r["id"]: r for r in out.collect()}
    assert sorted(got) == sorted(ident for ident, _ in rows)
    for ident, text in rows:
        row = got[ident]
        assert row["text"] == text
        assert outcome(row) == expected(text), ident


@spark_test
def test_a_column_of_html_pages(spark: SparkSession) -> None:
    from dan_van_extract import extract_html

    rows = [(p.name, read(p)) for p in PAGES] + [("none", None)]
    df = spark.createDataFrame(rows, "id string, page string")
    got = {r["id"]: r for r in extract_dataframe(df, html_col="page").collect()}
    for name, html in rows[:-1]:
        want = extract_html(html).model_dump(mode="json")
        assert document_part(got[name]) == {k: plain(want)[k] for k in DOC_FIELDS}, name
    assert got["none"][ERROR_COL].startswith("TypeError")


@spark_test
def test_bad_rows_get_an_error_not_a_failed_job(spark: SparkSession) -> None:
    good_id, good_text = fixture_rows()[0]
    huge = "Tiêu đề\n\n" + "a" * 2_000_001  # over the default max_chars
    df = spark.createDataFrame(
        [("none", None), ("huge", huge), (good_id, good_text), ("blank", "   ")],
        "id string, text string",
    )
    got = {r["id"]: r for r in extract_dataframe(df).collect()}
    assert got["none"][ERROR_COL].startswith("TypeError: ")
    assert got["huge"][ERROR_COL].startswith("InputTooLarge: ")
    for bad in ("none", "huge"):
        assert all(got[bad][name] is None for name in DOC_FIELDS)
    assert outcome(got[good_id]) == expected(good_text)
    assert outcome(got["blank"]) == expected("   ")


@needs_pyspark
def test_a_value_that_does_not_fit_its_column_becomes_that_rows_error() -> None:
    from dan_van_extract.spark import _columns

    good = Document(title="a").model_dump()
    huge = Document(title="b", views=2**70).model_dump()  # past bigint
    arrays = _columns([good, huge, None], [None, None, "TypeError: x"], document_schema().json())
    assert len(arrays) == len(DOC_FIELDS) + 1
    errors = arrays[-1].to_pylist()
    assert errors[0] is None
    assert errors[1].startswith("OverflowError: field 'views'")
    assert errors[2] == "TypeError: x"
    assert arrays[DOC_FIELDS.index("title")].to_pylist() == ["a", None, None]


@needs_pyspark
def test_executors_with_other_models_are_refused() -> None:
    from dan_van_extract.spark import _worker_fields

    with pytest.raises(RuntimeError, match="same version"):
        _worker_fields('{"type": "struct", "fields": []}')


@spark_test
def test_extract_options_reach_the_executors(spark: SparkSession) -> None:
    ident, text = fixture_rows()[0]
    df = spark.createDataFrame([(ident, text)], "id string, text string")
    (row,) = extract_dataframe(df, max_chars=10).collect()
    assert row[ERROR_COL].startswith("InputTooLarge: ")


@spark_test
def test_nested_columns_query_and_parquet(spark: SparkSession, tmp_path: Path) -> None:
    rows = fixture_rows()
    df = spark.createDataFrame(rows, "id string, text string")
    path = str(tmp_path / "out.parquet")
    extract_dataframe(df).write.parquet(path)
    back = spark.read.parquet(path)
    picked = back.select("id", "officials.name", "awards.collectives", "statistics.value")
    by_id = {r["id"]: r for r in picked.collect()}
    for ident, text in rows:
        doc, _ = expected(text)
        for column, field, key in [
            ("name", "officials", "name"),
            ("collectives", "awards", "collectives"),
            ("value", "statistics", "value"),
        ]:
            items = doc[field]
            assert by_id[ident][column] == (None if items is None else [i[key] for i in items])


@spark_test
def test_input_columns_named_like_output_columns_are_kept_renamed(spark: SparkSession) -> None:
    ident, text = fixture_rows()[0]
    df = spark.createDataFrame(
        [(ident, text, "Tiêu đề của trang", "https://x.vn/a", "e")],
        "id string, text string, title string, url string, Error string",
    )
    out = extract_dataframe(df)
    assert out.columns[:5] == ["id", "text", "input_title", "url", "input_Error"]
    assert out.schema == output_schema(df.schema)
    (row,) = out.collect()
    assert (row["input_title"], row["url"], row["input_Error"]) == (
        "Tiêu đề của trang",
        "https://x.vn/a",
        "e",
    )
    assert outcome(row) == expected(text)
    with pytest.raises(ValueError, match="body"):
        extract_dataframe(df.drop("title"), text_col="body")
    with pytest.raises(ValueError, match="input_title"):
        input_renames(["title", "input_title"])


@spark_test
def test_local_workers_run_the_drivers_python(spark: SparkSession) -> None:
    import pyarrow as pa

    assert "PYSPARK_PYTHON" not in os.environ
    df = spark.createDataFrame([("a", "Tiêu đề\n\nNội dung.")], "id string, text string")
    extract_dataframe(df)  # a local session: the workers get this interpreter
    assert spark.sparkContext.pythonExec == sys.executable

    def executable(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for _ in batches:
            yield pa.RecordBatch.from_pylist([{"python": sys.executable}])

    (row,) = df.mapInArrow(executable, "python string").distinct().collect()
    assert row["python"] == sys.executable


def test_which_python_the_workers_run() -> None:
    from dan_van_extract.spark import worker_python

    assert worker_python("local[2]", None, None, "python3") == sys.executable
    assert worker_python("local[*]", "/opt/py/bin/python", None, "/opt/py/bin/python") is None
    assert worker_python("local[2]", None, "/opt/py/bin/python", "python3") == "/opt/py/bin/python"
    assert worker_python("yarn", None, None, "python3") is None  # executors: their own
    assert worker_python("local[2]", None, None, "/my/python") is None  # chosen before


def test_spark_errors_on_one_line() -> None:
    from dan_van_extract.spark import one_line

    task = (
        "An error occurred while calling o92.parquet.\n"
        ": org.apache.spark.SparkException: Job aborted due to stage failure: Task 0 in stage "
        "0.0 failed 1 times, most recent failure: Lost task 0.0 in stage 0.0 (TID 0) (10.0.0.2 "
        'executor driver): java.io.IOException: Cannot run program "/opt/py": error=2, No '
        "such file or directory\n\tat java.base/java.lang.ProcessBuilder.start(Unknown)\n"
        "Caused by: java.io.IOException: error=2, No such file or directory\n"
    )
    assert one_line(task) == 'Cannot run program "/opt/py": error=2, No such file or directory'
    worker = (
        "An exception was thrown from the Python worker. Please see the stack trace below.\n"
        'Traceback (most recent call last):\n  File "w.py", line 1, in f\n'
        "    import pyarrow\nModuleNotFoundError: No module named 'pyarrow'\n"
    )
    assert one_line(worker) == "ModuleNotFoundError: No module named 'pyarrow'"
    assert one_line("Path does not exist: x\nmore") == "Path does not exist: x"
    assert len(one_line("x" * 1000)) == 300


@spark_test
def test_overwrite_replaces_an_output_only_when_the_job_succeeds(
    spark: SparkSession, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.parquet"
    rows = fixture_rows()[:2]
    src.write_text(
        "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in rows),
        encoding="utf-8",
    )
    assert run_job(str(src), str(out)) in (0, 1)
    capsys.readouterr()
    before = sorted((p.name, p.read_bytes()) for p in out.iterdir())
    sc = spark.sparkContext
    saved = sc.pythonExec
    sc.pythonExec = str(tmp_path / "no-python")  # the workers cannot start: the job fails
    try:
        assert run_job(str(src), str(out), overwrite=True) == 2
    finally:
        sc.pythonExec = saved
    err = capsys.readouterr().err
    assert "the Spark job failed: Cannot run program" in err and f"{out} left as it was" in err
    assert len(err.strip().splitlines()) == 1
    assert sorted((p.name, p.read_bytes()) for p in out.iterdir()) == before
    src.write_text(json.dumps({"id": "new", "text": "Tin mới\n\nNội dung."}) + "\n")
    assert run_job(str(src), str(out), overwrite=True) == 0
    assert [r["id"] for r in spark.read.parquet(str(out)).collect()] == ["new"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.parquet"]


@spark_test
def test_jsonl_fields_dates_and_bad_lines_through_the_command(
    spark: SparkSession, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import pyarrow.parquet as pq

    text = (
        "Ban Dân vận Tỉnh ủy tổng kết công tác dân vận\n\n"
        "Ngày 23/11, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận."
    )
    rows = [
        {"id": "a", "title": "T", "url": "u", "meta": {"date": "05/12/2020"}, "text": text},
        {"id": "b", "url": "v", "meta": {"date": "hôm qua"}, "text": text},
        {"id": "c", "text": None},
    ]
    src = tmp_path / "crawl.jsonl"
    src.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows) + "{cut short\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.parquet"
    assert main(["spark", str(src), str(out), "--date-field", "meta.date", "--keep-order"]) == 1
    assert "4 documents (1 ok, 3 failed)" in capsys.readouterr().err
    got = pq.read_table(out).to_pylist()
    assert [r["id"] for r in got] == ["a", "b", "c", None]  # --keep-order: input order
    a, b, c, cut = got
    assert (a["input_title"], a["url"], a["meta"]) == ("T", "u", {"date": "05/12/2020"})
    assert [d["value"] for d in a["dates"]] == ["2020-11-23"] and a[ERROR_COL] is None
    assert b[ERROR_COL].startswith("ValueError: the row's date: 'hôm qua' is not a date")
    assert c[ERROR_COL] == "TypeError: 'text' is null"
    assert cut[ERROR_COL] == "ValueError: not a JSON object: {cut short"
    assert "_corrupt_record" not in a


@spark_test
def test_keep_order_writes_the_input_order(spark: SparkSession, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    src = tmp_path / "in.jsonl"
    ids = [f"{(i * 7919) % 1000:03d}" for i in range(300)]  # not sorted in any way
    src.write_text(
        "".join(json.dumps({"id": i, "text": f"Tin số {i}\n\nNội dung."}) + "\n" for i in ids),
        encoding="utf-8",
    )
    out = tmp_path / "out.parquet"
    assert run_job(str(src), str(out), keep_order=True) == 0
    assert pq.read_table(out, columns=["id"]).column("id").to_pylist() == ids
    assert [r["id"] for r in spark.read.parquet(str(out)).select("id").collect()] == ids


@spark_test
def test_cli_spark_jsonl_to_parquet(
    spark: SparkSession, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import pyarrow.parquet as pq

    rows = fixture_rows()[:2]
    src = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": i, "text": t}, ensure_ascii=False) for i, t in rows]
    lines.append(json.dumps({"id": "no-text"}))
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.parquet"

    code = main(["spark", str(src), str(out), "--master", "local[2]"])
    err = capsys.readouterr().err
    failed = 1 + sum(expected(t)[1] is not None for _, t in rows)
    assert code == 1, err  # at least the row without text has an error
    assert f"3 documents ({3 - failed} ok, {failed} failed)" in err

    table = pq.read_table(out)  # plain Parquet, readable without Spark
    by_id = {r["id"]: r for r in table.to_pylist()}
    assert sorted(by_id) == sorted([*(i for i, _ in rows), "no-text"])
    assert by_id["no-text"][ERROR_COL].startswith("TypeError: ")
    for ident, text in rows:
        rec = by_id[ident]
        assert ({n: plain(rec[n]) for n in DOC_FIELDS}, rec[ERROR_COL]) == expected(text)

    assert main(["spark", str(src), str(out)]) == 2
    assert "exists" in capsys.readouterr().err


@spark_test
def test_run_job_parquet_keeps_columns(spark: SparkSession, tmp_path: Path) -> None:
    rows = fixture_rows()[:2]
    src = str(tmp_path / "in.parquet")
    spark.createDataFrame(
        [(i, t, n) for n, (i, t) in enumerate(rows)], "id string, body string, n long"
    ).write.parquet(src)
    out = str(tmp_path / "out.parquet")
    all_ok = all(expected(t)[1] is None for _, t in rows)
    assert run_job(src, out, text_col="body") == (0 if all_ok else 1)
    back = {r["id"]: r for r in spark.read.parquet(out).collect()}
    assert [back[i]["n"] for i, _ in rows] == [0, 1]
    for ident, text in rows:
        assert outcome(back[ident]) == expected(text)
    assert run_job(src, str(tmp_path / "other"), text_col="nope") == 2
    assert run_job(str(tmp_path / "missing.jsonl"), str(tmp_path / "o2")) == 2
