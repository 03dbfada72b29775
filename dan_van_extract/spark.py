"""Apache Spark: the extraction as typed columns of a DataFrame, one partition at a time.

The entry point is :func:`extract_dataframe`::

    from dan_van_extract.spark import extract_dataframe

    out = extract_dataframe(spark.read.parquet("articles.parquet"), text_col="text")
    out.select("id", "officials.name", "awards.collectives", "error").show()
    out.write.parquet("extracted.parquet")

It keeps the input's columns (``id``, ...) and adds one column per field of
:class:`~dan_van_extract.models.Document` (``title``, ``published``, ``officials``,
``awards``, ``statistics``, ...), typed by :func:`document_schema`, plus an ``error``
string column: ``null`` when the article was extracted, else the error (``"TypeError:
..."``, ``"InputTooLarge: ..."``) with every document column ``null``. A bad row never
fails the job; the per-document error handling is :func:`~dan_van_extract.extract_many`'s.

:func:`run_job` is the job behind ``dan-van-extract spark INPUT OUTPUT``: JSONL or Parquet
in, Parquet out. See ``docs/scale.md``.

The module imports without pyspark (``import dan_van_extract`` never needs it): pyspark
and pyarrow are imported inside the functions that use them. Install them with
``pip install 'dan_van_extract[spark]'``.
"""

from __future__ import annotations

import functools
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pyarrow as pa
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql.types import DataType, StructType

    from .batch import BatchResult

__all__ = [
    "ERROR_COL",
    "ROWS_PER_BATCH",
    "document_schema",
    "extract_dataframe",
    "output_schema",
    "run_job",
]

ERROR_COL = "error"
"""The column holding each row's error (``null`` when the article was extracted)."""

ROWS_PER_BATCH = 256
"""Articles extracted per Arrow batch handed back to Spark (bounds a worker's memory)."""

_JSON_SUFFIXES = (".jsonl", ".json", ".ndjson")
_COMPRESSION_SUFFIXES = ("", ".gz", ".bz2", ".zst", ".lz4", ".snappy", ".deflate")

ExtractKwargs = Mapping[str, Any]


# --------------------------------------------------------------------------------------
# Schema: the Spark StructType of Document, generated from its JSON Schema.


def _resolve(node: Mapping[str, Any], defs: Mapping[str, Any]) -> Mapping[str, Any]:
    """Follow a ``{"$ref": "#/$defs/Name"}`` to its definition."""
    ref = node.get("$ref")
    if ref is None:
        return node
    prefix = "#/$defs/"
    if not isinstance(ref, str) or not ref.startswith(prefix):
        raise TypeError(f"unsupported JSON Schema reference {ref!r}")
    return _resolve(defs[ref[len(prefix) :]], defs)


def _spark_type(node: Mapping[str, Any], defs: Mapping[str, Any]) -> tuple[DataType, bool]:
    """The Spark type of one JSON Schema node and whether it may be null.

    ``string`` and ``enum`` (a ``Literal``) → StringType, ``integer`` → LongType,
    ``number`` → DoubleType, ``boolean`` → BooleanType, ``array`` → ArrayType (a
    ``tuple[int, int]`` span, written with ``prefixItems``, → ArrayType(LongType)),
    ``object`` → StructType with the properties in the schema's order, and
    ``anyOf [X, null]`` (an ``Optional``) → X, nullable.
    """
    from pyspark.sql.types import (
        ArrayType,
        BooleanType,
        DoubleType,
        LongType,
        StringType,
        StructField,
        StructType,
    )

    node = _resolve(node, defs)
    if "anyOf" in node:
        options = [_resolve(o, defs) for o in node["anyOf"]]
        real = [o for o in options if o.get("type") != "null"]
        if len(real) != 1:
            raise TypeError(f"unsupported union in the JSON Schema: {node['anyOf']!r}")
        dtype, _ = _spark_type(real[0], defs)
        return dtype, len(real) < len(options)
    if "enum" in node or "const" in node:
        values = node.get("enum", [node.get("const")])
        if not all(isinstance(v, str) for v in values):
            raise TypeError(f"unsupported non-string enum in the JSON Schema: {values!r}")
        return StringType(), False
    kind = node.get("type")
    scalars: dict[str, DataType] = {
        "string": StringType(),
        "integer": LongType(),
        "number": DoubleType(),
        "boolean": BooleanType(),
    }
    if isinstance(kind, str) and kind in scalars:
        return scalars[kind], False
    if kind == "array":
        if "prefixItems" in node:  # a fixed-length tuple such as a span
            items = [_spark_type(i, defs) for i in node["prefixItems"]]
            if len({repr(t) for t, _ in items}) != 1:
                raise TypeError(f"unsupported mixed tuple in the JSON Schema: {node!r}")
            return ArrayType(items[0][0], containsNull=any(n for _, n in items)), False
        element, element_null = _spark_type(node.get("items", {}), defs)
        return ArrayType(element, containsNull=element_null), False
    if kind == "object":
        fields = [
            StructField(name, *_spark_type(prop, defs))
            for name, prop in node.get("properties", {}).items()
        ]
        return StructType(fields), False
    raise TypeError(f"unsupported JSON Schema node: {dict(node)!r}")


def document_schema() -> StructType:
    """The Spark ``StructType`` of a :class:`~dan_van_extract.models.Document`.

    Generated from ``Document.model_json_schema(mode="serialization")``: every field
    ``model_dump`` returns, computed fields included (a statistic's ``multiplier``,
    ``scaled_value``, ``base_unit``), in the same order. Nullability inside follows the
    models (``Optional`` fields are nullable); the top-level fields are all nullable, since
    a row whose extraction failed has ``null`` in each of them.
    """
    from pyspark.sql.types import StructField, StructType

    from .models import Document

    root = Document.model_json_schema(mode="serialization")
    dtype, _ = _spark_type(root, root.get("$defs", {}))
    if not isinstance(dtype, StructType):  # pragma: no cover - Document is an object
        raise TypeError("Document's JSON Schema is not an object")
    return StructType([StructField(f.name, f.dataType, nullable=True) for f in dtype.fields])


def output_schema(input_schema: StructType) -> StructType:
    """The schema :func:`extract_dataframe` returns for an input of ``input_schema``.

    The input's columns, then the document's (:func:`document_schema`), then ``error``.

    Raises:
        ValueError: an input column has the name of a document field or ``error``
            (compared case-insensitively, as Spark does by default).
    """
    from pyspark.sql.types import StringType, StructField, StructType

    doc = document_schema()
    taken = {name.lower() for name in input_schema.names}
    clash = [n for n in [*doc.names, ERROR_COL] if n.lower() in taken]
    if clash:
        raise ValueError(
            f"input columns {clash} would be overwritten by the extraction's columns; "
            "rename or drop them first (df.withColumnRenamed(...))"
        )
    return StructType(
        [*input_schema.fields, *doc.fields, StructField(ERROR_COL, StringType(), nullable=True)]
    )


# --------------------------------------------------------------------------------------
# The worker side: module-level state, built once per Python worker process.


def _arrow_type(dtype: DataType) -> pa.DataType:
    """The Arrow type Spark expects for one of the Spark types of :func:`document_schema`."""
    import pyarrow as pa
    from pyspark.sql.types import (
        ArrayType,
        BooleanType,
        DoubleType,
        LongType,
        StringType,
        StructType,
    )

    if isinstance(dtype, StringType):
        return pa.string()
    if isinstance(dtype, LongType):
        return pa.int64()
    if isinstance(dtype, DoubleType):
        return pa.float64()
    if isinstance(dtype, BooleanType):
        return pa.bool_()
    if isinstance(dtype, ArrayType):
        element = pa.field("element", _arrow_type(dtype.elementType), dtype.containsNull)
        return pa.list_(element)
    if isinstance(dtype, StructType):
        return pa.struct([pa.field(f.name, _arrow_type(f.dataType), f.nullable) for f in dtype])
    raise TypeError(f"no Arrow type for {dtype!r}")


@functools.cache
def _worker_fields(driver_schema: str) -> tuple[list[str], list[pa.Field], pa.Field]:
    """The document's column names and Arrow fields, and the error field (once per worker).

    Args:
        driver_schema: :func:`document_schema` as the driver built it (JSON); the worker's
            own must be the same, or the executors run another version of the library.

    Raises:
        RuntimeError: the executors' models differ from the driver's.
    """
    import pyarrow as pa

    from . import __version__

    doc = document_schema()
    if doc.json() != driver_schema:
        raise RuntimeError(
            f"dan_van_extract {__version__} on this executor ({sys.executable}) has other "
            "models than the driver's; install the same version on the driver and the "
            "executors (see docs/scale.md)"
        )
    fields = [pa.field(f.name, _arrow_type(f.dataType), nullable=True) for f in doc.fields]
    return doc.names, fields, pa.field(ERROR_COL, pa.string(), nullable=True)


@functools.cache
def _worker_extract_many() -> Callable[..., Iterator[BatchResult]]:
    """:func:`extract_many`, with the rules imported and compiled (once per worker process).

    Spark reuses its Python workers across tasks (``spark.python.worker.reuse``, on by
    default), so this module's state, and the compiled patterns, outlive one partition.
    """
    from .batch import extract_many

    # Compile every stage's patterns now; a failure here would be recorded per row anyway.
    for _ in extract_many(["Tiêu đề\n\nNgày 1/1/2024, ông Nguyễn Văn A, Bí thư Tỉnh ủy, dự."]):
        pass
    return extract_many


def _columns(
    docs: list[dict[str, Any] | None], errors: list[str | None], driver_schema: str
) -> list[pa.Array]:
    """The document columns and the error column of a batch of dumped documents.

    A document whose values do not fit its column (an integer past 64 bits, say) would
    fail the whole batch; then the rows are converted one by one and such a row gets an
    ``error`` instead, like any other document that cannot be extracted.
    """
    import pyarrow as pa

    names, fields, _ = _worker_fields(driver_schema)
    bad = (pa.ArrowException, OverflowError, TypeError, ValueError)
    try:
        arrays = [
            pa.array([None if d is None else d[n] for d in docs], type=f.type)
            for n, f in zip(names, fields, strict=True)
        ]
    except bad:
        docs, errors = list(docs), list(errors)
        for i, doc in enumerate(docs):
            if doc is None:
                continue
            try:
                for n, f in zip(names, fields, strict=True):
                    pa.array([doc[n]], type=f.type)
            except bad as exc:
                docs[i] = None
                errors[i] = f"{type(exc).__name__}: field {n!r}: {exc}"
        return _columns(docs, errors, driver_schema)
    return [*arrays, pa.array(errors, type=pa.string())]


def _extract_batches(
    batches: Iterable[pa.RecordBatch],
    *,
    text_col: str,
    kwargs: ExtractKwargs,
    driver_schema: str,
) -> Iterator[pa.RecordBatch]:
    """The ``mapInArrow`` function: each input batch with the extraction's columns added.

    Runs on the executors. Each row's text goes through :func:`extract_many` (one process,
    its per-document error handling); the document becomes the typed columns, an error the
    ``error`` column. Batches are cut to :data:`ROWS_PER_BATCH` rows.
    """
    import pyarrow as pa

    extract_many = _worker_extract_many()
    _, doc_fields, error_field = _worker_fields(driver_schema)
    for batch in batches:
        schema = pa.schema([*batch.schema, *doc_fields, error_field])
        for start in range(0, batch.num_rows, ROWS_PER_BATCH):
            part = batch.slice(start, ROWS_PER_BATCH)
            docs: list[dict[str, Any] | None] = []
            errors: list[str | None] = []
            # (None, text) pairs: a text is never mistaken for an (id, text) pair or a dict.
            pairs = [(None, text) for text in part.column(text_col).to_pylist()]
            for result in extract_many(pairs, **kwargs):
                docs.append(None if result.document is None else result.document.model_dump())
                errors.append(result.error)
            yield pa.RecordBatch.from_arrays(
                [*part.columns, *_columns(docs, errors, driver_schema)], schema=schema
            )


# --------------------------------------------------------------------------------------
# The driver side.


def extract_dataframe(
    df: DataFrame,
    text_col: str = "text",
    *,
    reference_date: str | None = None,
    max_chars: int | None = None,
    timeout: float | None = None,
) -> DataFrame:
    """``df`` with the extraction of ``text_col`` added as typed columns, and ``error``.

    Lazy, like any transformation: nothing runs until the result is written or collected.
    Each partition is extracted in one go on an executor (``mapInArrow``), with the rules
    compiled once per Python worker process. The partitioning is kept: repartition a
    DataFrame read from a few large files first (``df.repartition(n)``) so every core
    gets work.

    Args:
        df: any DataFrame with a string (or binary, UTF-8) column of article texts; its
            other columns (``id``, ...) are kept.
        text_col: the column of article texts.
        reference_date, max_chars, timeout: passed to :func:`~dan_van_extract.extract`
            for every row (the same publication date for all; ``None``: the default).

    Returns:
        The input's columns, then one column per field of
        :class:`~dan_van_extract.models.Document` (schema :func:`document_schema`), then
        ``error``: ``null`` when the row was extracted, else ``"TypeError: ..."`` and the
        like, with the document's columns ``null`` (a ``null`` text, a text over
        ``max_chars``, a timeout: the row records it, the job goes on).

    Raises:
        ValueError: ``text_col`` is not a column of ``df``, or an input column has the
            name of an output column (see :func:`output_schema`).
    """
    if text_col not in df.columns:
        raise ValueError(f"no column {text_col!r} in the DataFrame (columns: {df.columns})")
    schema = output_schema(df.schema)
    kwargs: dict[str, Any] = {}
    if reference_date is not None:
        kwargs["reference_date"] = reference_date
    if max_chars is not None:
        kwargs["max_chars"] = max_chars
    if timeout is not None:
        kwargs["timeout"] = timeout
    func = functools.partial(
        _extract_batches, text_col=text_col, kwargs=kwargs, driver_schema=document_schema().json()
    )
    return df.mapInArrow(func, schema)


def _is_local_path(path: str) -> bool:
    return "://" not in path and not path.startswith("file:")


def _input_format(path: str) -> str:
    """``"json"`` for JSON Lines (by suffix, or a folder of them), else ``"parquet"``."""
    name = path.rstrip("/").lower()
    for suffix in _JSON_SUFFIXES:
        if any(name.endswith(suffix + comp) for comp in _COMPRESSION_SUFFIXES):
            return "json"
    if _is_local_path(path) and Path(path).is_dir():
        files = [p.name.lower() for p in Path(path).iterdir() if p.is_file()]
        if any(any(s in f for s in _JSON_SUFFIXES) for f in files) and not any(
            f.endswith(".parquet") for f in files
        ):
            return "json"
    return "parquet"


def _read_input(spark: SparkSession, path: str, text_col: str) -> DataFrame:
    """The input as a DataFrame: JSONL read as ``id`` and ``text_col`` strings, Parquet whole."""
    from pyspark.sql.types import StringType, StructField, StructType

    if _input_format(path) == "json":
        names = ["id", text_col] if text_col != "id" else ["id"]
        schema = StructType([StructField(n, StringType(), nullable=True) for n in names])
        return spark.read.schema(schema).json(path)
    df = spark.read.parquet(path)
    if text_col not in df.columns:
        raise ValueError(f"{path}: no column {text_col!r} (columns: {df.columns})")
    return df


def _err(msg: str) -> None:
    print(f"dan-van-extract spark: error: {msg}", file=sys.stderr)


def run_job(
    input: str,
    output: str,
    *,
    master: str | None = None,
    text_col: str = "text",
    overwrite: bool = False,
) -> int:
    """Extract a JSONL or Parquet file of ``id``/``text`` into Parquet; the exit status.

    JSON Lines (``.jsonl``, ``.json``, ``.ndjson``, possibly compressed, or a folder of
    them) is read as two string columns, ``id`` and ``text_col`` (a line that is not
    JSON gets ``null`` there, hence an ``error`` row); Parquet keeps all its columns.
    The output is a Parquet folder of :func:`extract_dataframe`'s columns. A summary goes
    to stderr.

    Args:
        input: input path (local, ``hdfs://``, ``s3a://``, ...).
        output: output folder; it must not exist unless ``overwrite``.
        master: Spark master (``local[2]``, ``yarn``, ``spark://host:7077``); ``None``:
            the one ``spark-submit`` set, else ``local[*]``. Ignored when a SparkSession
            is already active in this process (it is used, and left running).
        text_col: the column (JSON key) of the article texts.
        overwrite: replace an existing output.

    Returns:
        0 when every article was extracted, 1 when some rows have an ``error``, 2 when the
        job could not run (missing input, existing output, no such column).
    """
    from pyspark.errors import AnalysisException, PySparkException
    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F

    if _is_local_path(input) and not Path(input).exists():
        _err(f"{input}: no such file or folder")
        return 2
    if _is_local_path(output) and Path(output).exists() and not overwrite:
        _err(f"{output}: exists; use --overwrite to replace it")
        return 2

    active = SparkSession.getActiveSession()
    builder = SparkSession.builder.appName("dan-van-extract")
    if active is None:
        submitted = "PYSPARK_GATEWAY_PORT" in os.environ  # launched by spark-submit
        if master is None and not submitted:
            master = "local[*]"
        if master is not None:
            builder = builder.master(master)
            if master.startswith("local"):
                # Local workers run this interpreter, where the library is installed.
                os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    try:
        spark = builder.getOrCreate()
    except PySparkException as exc:  # no Java, a bad master URL: Spark's error, on one line
        _err(f"cannot start Spark: {' '.join(str(exc).split())}")
        return 2
    try:
        t0 = time.monotonic()
        try:
            df = _read_input(spark, input, text_col)
            cores = spark.sparkContext.defaultParallelism
            if df.rdd.getNumPartitions() < cores:
                df = df.repartition(cores * 2)
            out = extract_dataframe(df, text_col)
        except (ValueError, AnalysisException) as exc:
            _err(" ".join(str(exc).split()))
            return 2
        out.write.mode("overwrite" if overwrite else "errorifexists").parquet(output)
        secs = time.monotonic() - t0
        row = (
            spark.read.parquet(output)
            .agg(F.count(F.lit(1)).alias("n"), F.count(ERROR_COL).alias("failed"))
            .first()
        )
        total, failed = (0, 0) if row is None else (int(row["n"]), int(row["failed"]))
        rate = total / secs if secs > 0 else 0.0
        print(
            f"dan-van-extract spark: {total} documents ({total - failed} ok, {failed} failed) "
            f"in {secs:.1f} s, {rate:,.1f} docs/s -> {output}",
            file=sys.stderr,
        )
        return 1 if failed else 0
    finally:
        if active is None:
            spark.stop()
