"""Apache Spark, local mode: typed columns equal to ``extract()``'s, errors per row, the CLI.

Skipped when pyspark (the ``spark`` extra) or a Java runtime is missing. One small
``local[2]`` session serves the whole module.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import ARTICLES, ROOT, read
from dan_van_extract import extract_many
from dan_van_extract.cli import main

pytestmark = pytest.mark.spark

pytest.importorskip("pyspark", reason="needs the 'spark' extra: pip install -e '.[spark]'")
pytest.importorskip("pyarrow", reason="needs the 'spark' extra: pip install -e '.[spark]'")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("needs a Java runtime (java on PATH or JAVA_HOME)", allow_module_level=True)

from pyspark.sql import Row, SparkSession  # noqa: E402
from pyspark.sql.types import ArrayType, LongType, StructType  # noqa: E402

from dan_van_extract.models import Document  # noqa: E402
from dan_van_extract.spark import (  # noqa: E402
    ERROR_COL,
    document_schema,
    extract_dataframe,
    output_schema,
    run_job,
)

DOC_FIELDS = list(Document().model_dump())


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    """A small ``local[2]`` session: two shuffle partitions, no UI, quiet logs."""
    saved = os.environ.get("PYSPARK_PYTHON")
    os.environ["PYSPARK_PYTHON"] = sys.executable  # workers need this venv's packages
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
        if saved is None:
            os.environ.pop("PYSPARK_PYTHON", None)
        else:
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
    return data, None


def outcome(row: Row) -> tuple[dict[str, Any], str | None]:
    """The document columns and the error of an output row."""
    return document_part(row), row[ERROR_COL]


def fixture_rows() -> list[tuple[str, str]]:
    """``(id, text)`` of each fixture article."""
    return [(p.stem, read(p)) for p in ARTICLES]


def test_importing_the_module_does_not_import_pyspark() -> None:
    code = (
        "import sys, dan_van_extract, dan_van_extract.spark; "
        "bad = [m for m in ('pyspark', 'pyarrow', 'pandas') if m in sys.modules]; "
        "sys.exit(str(bad) if bad else 0)"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


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


def test_executors_with_other_models_are_refused() -> None:
    from dan_van_extract.spark import _worker_fields

    with pytest.raises(RuntimeError, match="same version"):
        _worker_fields('{"type": "struct", "fields": []}')


def test_extract_options_reach_the_executors(spark: SparkSession) -> None:
    ident, text = fixture_rows()[0]
    df = spark.createDataFrame([(ident, text)], "id string, text string")
    (row,) = extract_dataframe(df, max_chars=10).collect()
    assert row[ERROR_COL].startswith("InputTooLarge: ")


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


def test_bad_input_columns_are_refused(spark: SparkSession) -> None:
    df = spark.createDataFrame([("a", "x", "t")], "id string, text string, title string")
    with pytest.raises(ValueError, match="title"):
        extract_dataframe(df)
    with pytest.raises(ValueError, match="body"):
        extract_dataframe(df.drop("title"), text_col="body")


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
