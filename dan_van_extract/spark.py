"""Apache Spark: the extraction as typed columns of a DataFrame, one partition at a time.

The entry point is :func:`extract_dataframe`::

    from dan_van_extract.spark import extract_dataframe

    out = extract_dataframe(spark.read.parquet("articles.parquet"), text_col="text")
    out.select("id", "officials.name", "awards.collectives", "error").show()
    out.write.parquet("extracted.parquet")

It keeps the input's columns (``id``, ``url``, ...; one named like an output column, such
as ``title``, is kept as ``input_title``) and adds one column per field of
:class:`~dan_van_extract.models.Document` (``title``, ``published``, ``officials``,
``awards``, ``statistics``, ...), typed by :func:`document_schema`, plus an ``error``
string column: ``null`` when the article was extracted, else the error (``"TypeError:
..."``, ``"InputTooLarge: ..."``) with every document column ``null``. A bad row never
fails the job; the per-document error handling is :func:`~dan_van_extract.extract_many`'s.
Rows keep their partition; Spark writes partitions in no particular order.

:func:`run_job` is the job behind ``dan-van-extract spark INPUT OUTPUT``: JSONL or Parquet
in, Parquet out, optionally in input order. See ``docs/scale.md``.

The module imports without pyspark (``import dan_van_extract`` never needs it): pyspark
and pyarrow are imported inside the functions that use them. Install them with
``pip install 'dan_van_extract[spark]'``.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import sys
import time
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pyarrow as pa
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql.types import DataType, StructType

    from .batch import Job

__all__ = [
    "ERROR_COL",
    "ROWS_PER_BATCH",
    "document_schema",
    "extract_dataframe",
    "input_renames",
    "one_line",
    "output_schema",
    "run_job",
    "worker_python",
]

ERROR_COL = "error"
"""The column holding each row's error (``null`` when the article was extracted)."""

ROWS_PER_BATCH = 256
"""Articles extracted per Arrow batch handed back to Spark (bounds a worker's memory)."""

_JSON_SUFFIXES = (".jsonl", ".json", ".ndjson")
_CORRUPT_COL = "_corrupt_record"  # Spark's column for a JSON line it cannot read
_DATE_COL = "__dan_van_extract_date"  # the rows' dates, as strings, on their way to the workers
_FILE_COL = "__dan_van_extract_file"  # input position, for --keep-order
_ROW_COL = "__dan_van_extract_row"
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
    a row whose extraction failed has ``null`` in each of them. ``Document.text`` (the
    plain text :func:`~dan_van_extract.extract_html` read) is left out: it would take
    the name of the usual input column ``text``, and the row keeps its input.
    """
    from pyspark.sql.types import StructField, StructType

    from .models import Document

    root = Document.model_json_schema(mode="serialization")
    dtype, _ = _spark_type(root, root.get("$defs", {}))
    if not isinstance(dtype, StructType):  # pragma: no cover - Document is an object
        raise TypeError("Document's JSON Schema is not an object")
    return StructType(
        [StructField(f.name, f.dataType, nullable=True) for f in dtype.fields if f.name != "text"]
    )


def input_renames(names: Iterable[str]) -> dict[str, str]:
    """The input columns that :func:`extract_dataframe` renames, old name to new.

    An input column named like an output column (a document field such as ``title``, or
    ``error``; compared case-insensitively, as Spark does by default) is kept as
    ``input_<name>``.

    Raises:
        ValueError: that new name is taken too.
    """
    names = list(names)
    taken = {n.lower() for n in [*document_schema().names, ERROR_COL]}
    renames = {n: f"input_{n}" for n in names if n.lower() in taken}
    present = {n.lower() for n in names}
    for old, new in renames.items():
        if new.lower() in present or new.lower() in taken:
            raise ValueError(
                f"input column {old!r} clashes with the output column of that name, and "
                f"{new!r} is taken too; rename one of them first (df.withColumnRenamed)"
            )
    return renames


def output_schema(input_schema: StructType) -> StructType:
    """The schema :func:`extract_dataframe` returns for an input of ``input_schema``.

    The input's columns (renamed by :func:`input_renames` where they clash with an output
    column), then the document's (:func:`document_schema`), then ``error``.
    """
    from pyspark.sql.types import StringType, StructField, StructType

    renames = input_renames(input_schema.names)
    fields = [
        StructField(renames.get(f.name, f.name), f.dataType, f.nullable, f.metadata)
        for f in input_schema.fields
    ]
    return StructType(
        [*fields, *document_schema().fields, StructField(ERROR_COL, StringType(), nullable=True)]
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
def _worker_ready() -> bool:
    """Import and compile the rules (once per worker process).

    Spark reuses its Python workers across tasks (``spark.python.worker.reuse``, on by
    default), so this module's state, and the compiled patterns, outlive one partition.
    """
    from .batch import extract_many

    # Compile every stage's patterns now; a failure here would be recorded per row anyway.
    for _ in extract_many(["Tiêu đề\n\nNgày 1/1/2024, ông Nguyễn Văn A, Bí thư Tỉnh ủy, dự."]):
        pass
    return True


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


def _jobs(
    texts: list[object], dates: list[object] | None, text_col: str, kind: str = "text"
) -> list[Job]:
    """One :class:`~dan_van_extract.batch.Job` per row: its text (or HTML, ``kind``
    ``"html"``), its own date if any."""
    from .batch import Job, parse_record_date

    jobs: list[Job] = []
    for i, text in enumerate(texts):
        if text is None:
            jobs.append(Job(None, "text", None, None, {}, f"TypeError: {text_col!r} is null"))
            continue
        try:
            ref = None if dates is None else parse_record_date(dates[i])
        except (TypeError, ValueError) as exc:
            jobs.append(Job(None, "text", None, None, {}, f"ValueError: the row's date: {exc}"))
            continue
        jobs.append(Job(None, kind, (text, None) if kind == "html" else text, ref, {}))
    return jobs


def _extract_batches(
    batches: Iterable[pa.RecordBatch],
    *,
    text_col: str,
    date_col: str | None = None,
    kind: str = "text",
    kwargs: ExtractKwargs,
    driver_schema: str,
) -> Iterator[pa.RecordBatch]:
    """The ``mapInArrow`` function: each input batch with the extraction's columns added.

    Runs on the executors. Each row's text goes through the batch machinery of
    :func:`~dan_van_extract.extract_many` (one process, its per-document error handling),
    with the row's date from ``date_col`` (a column added for the purpose and dropped
    here) when given; the document becomes the typed columns, an error the ``error``
    column. Batches are cut to :data:`ROWS_PER_BATCH` rows.
    """
    import pyarrow as pa

    from .batch import run_jobs

    _worker_ready()
    _, doc_fields, error_field = _worker_fields(driver_schema)
    for batch in batches:
        keep = [i for i, name in enumerate(batch.schema.names) if name != date_col]
        schema = pa.schema([*(batch.schema.field(i) for i in keep), *doc_fields, error_field])
        for start in range(0, batch.num_rows, ROWS_PER_BATCH):
            part = batch.slice(start, ROWS_PER_BATCH)
            texts = part.column(text_col).to_pylist()
            dates = None if date_col is None else part.column(date_col).to_pylist()
            docs: list[dict[str, Any] | None] = []
            errors: list[str | None] = []
            jobs = _jobs(texts, dates, text_col, kind)
            for _, doc, _, error in run_jobs(jobs, 1, 1, kwargs):
                docs.append(None if doc is None else doc.model_dump())
                errors.append(error)
            yield pa.RecordBatch.from_arrays(
                [*(part.column(i) for i in keep), *_columns(docs, errors, driver_schema)],
                schema=schema,
            )


# --------------------------------------------------------------------------------------
# The driver side.


def worker_python(
    master: str, env_python: str | None, conf_python: str | None, current: str
) -> str | None:
    """The Python the executors' workers should run, when it must be changed; else None.

    PySpark starts its workers with ``PYSPARK_PYTHON``, else ``python3`` from the PATH:
    in local mode that is often another Python than the driver's (a virtual environment
    not activated), without this library or pyarrow. So, unless the user chose one
    (``PYSPARK_PYTHON``, or ``spark.pyspark.python``, which PySpark does not read by
    itself outside ``spark-submit``), local mode uses the driver's own interpreter.

    Args:
        master: the SparkContext's master (``local[2]``, ``yarn``, ...).
        env_python: ``PYSPARK_PYTHON`` from the environment, if set.
        conf_python: the ``spark.pyspark.python`` setting, if set.
        current: the Python the context would start workers with now.
    """
    if env_python:
        return None
    if conf_python:
        return None if conf_python == current else conf_python
    if master.startswith("local") and current == "python3":
        return sys.executable
    return None


def _use_driver_python(df: DataFrame) -> None:
    """Point a local session's workers at the driver's interpreter (see :func:`worker_python`)."""
    try:
        sc = df.sparkSession.sparkContext
        conf_python = sc.getConf().get("spark.pyspark.python")
        master = sc.master or ""
        current = sc.pythonExec
    except Exception:  # noqa: BLE001 - Spark Connect has no SparkContext: nothing to do
        return
    chosen = worker_python(master, os.environ.get("PYSPARK_PYTHON"), conf_python, current)
    if chosen is not None:
        sc.pythonExec = chosen


def extract_dataframe(
    df: DataFrame,
    text_col: str = "text",
    *,
    html_col: str | None = None,
    date_col: str | None = None,
    reference_date: str | None = None,
    max_chars: int | None = None,
    timeout: float | None = None,
) -> DataFrame:
    """``df`` with the extraction of ``text_col`` added as typed columns, and ``error``.

    Lazy, like any transformation: nothing runs until the result is written or collected.
    Each partition is extracted in one go on an executor (``mapInArrow``), with the rules
    compiled once per Python worker process. The partitioning is kept, and with it the
    order of the rows within each partition: repartition a DataFrame read from a few large
    files first (``df.repartition(n)``) so every core gets work.

    Args:
        df: any DataFrame with a string (or binary, UTF-8) column of article texts; its
            other columns (``id``, ``url``, ...) are kept, those named like an output
            column (``title``, ``error``, ...) as ``input_<name>`` (:func:`input_renames`).
        text_col: the column of article texts.
        html_col: read this column instead, as web pages or CMS exports
            (:func:`~dan_van_extract.extract_html`); ``text_col`` is then not used.
        date_col: a column (``"published"``, or nested, ``"meta.date"``) holding each
            row's publication date (a date, a timestamp, an ISO string or ``23/02/2024``),
            to resolve the years of its dates; a row without one uses ``reference_date``.
        reference_date, max_chars, timeout: passed to :func:`~dan_van_extract.extract`
            for every row (``None``: the default).

    Returns:
        The input's columns, then one column per field of
        :class:`~dan_van_extract.models.Document` (schema :func:`document_schema`), then
        ``error``: ``null`` when the row was extracted, else ``"TypeError: ..."`` and the
        like, with the document's columns ``null`` (a ``null`` text, a text over
        ``max_chars``, a date that is not one, a timeout: the row records it, the job
        goes on).

    Raises:
        ValueError: ``text_col`` or ``date_col`` is not a column of ``df``.

    In local mode the Python workers run the driver's interpreter unless you chose one
    (:func:`worker_python`).
    """
    from pyspark.errors import AnalysisException
    from pyspark.sql import functions as F

    kind = "text"
    if html_col is not None:
        text_col, kind = html_col, "html"
    if text_col not in df.columns:
        raise ValueError(f"no column {text_col!r} in the DataFrame (columns: {df.columns})")
    schema = output_schema(df.schema)
    renames = input_renames(df.columns)
    if renames:
        df = df.withColumnsRenamed(renames)
        text_col = renames.get(text_col, text_col)
    if date_col is not None:
        try:
            df = df.withColumn(_DATE_COL, F.col(date_col).cast("string"))
        except AnalysisException:
            raise ValueError(
                f"no column {date_col!r} in the DataFrame (columns: {df.columns})"
            ) from None
    kwargs: dict[str, Any] = {}
    if reference_date is not None:
        kwargs["reference_date"] = reference_date
    if max_chars is not None:
        kwargs["max_chars"] = max_chars
    if timeout is not None:
        kwargs["timeout"] = timeout
    func = functools.partial(
        _extract_batches,
        text_col=text_col,
        date_col=None if date_col is None else _DATE_COL,
        kind=kind,
        kwargs=kwargs,
        driver_schema=document_schema().json(),
    )
    _use_driver_python(df)
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
    """The input as a DataFrame, all its columns; JSON Lines with the text as a string
    and ``_corrupt_record`` holding a line that is not a JSON object."""
    from pyspark.sql import functions as F
    from pyspark.sql.types import StringType

    if _input_format(path) == "json":
        df = (
            spark.read.option("mode", "PERMISSIVE")
            .option("columnNameOfCorruptRecord", _CORRUPT_COL)
            .json(path)
        )
        fields = [c for c in df.columns if c != _CORRUPT_COL]
        if text_col not in fields:
            keys = ", ".join(fields) or "none: no line is a JSON object"
            raise ValueError(
                f"{path}: no record has a {text_col!r} field (fields: {keys}); "
                "name the text's field with --text-col"
            )
        if not isinstance(df.schema[text_col].dataType, StringType):
            df = df.withColumn(text_col, F.col(text_col).cast("string"))
        return df
    df = spark.read.parquet(path)
    if text_col not in df.columns:
        raise ValueError(f"{path}: no column {text_col!r} (columns: {df.columns})")
    return df


def _err(msg: str) -> None:
    print(f"dan-van-extract spark: error: {msg}", file=sys.stderr)


_PYTHON_ERROR = re.compile(r"^[A-Za-z_]\w*(?:Error|Exception|Timeout|Large)(?::\s|$)")
_TASK_FAILURE = re.compile(r"most recent failure: .*?\(.*?executor.*?\): (?:[\w.$]+: )?(.*)")


def one_line(message: str, limit: int = 300) -> str:
    """The gist of a Spark error on one line: the last Python error of a worker's
    traceback, else the cause of a failed task, else the first line.

    >>> one_line("An exception was thrown.\\nTraceback (most recent call last):\\n"
    ...          "  File x\\nModuleNotFoundError: No module named 'pyarrow'")
    "ModuleNotFoundError: No module named 'pyarrow'"
    """
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    python = [line for line in lines if _PYTHON_ERROR.match(line)]
    if python:
        found = python[-1]
    else:
        task = next((m.group(1) for m in map(_TASK_FAILURE.search, lines) if m), None)
        found = task or (lines[0] if lines else "")
    return found if len(found) <= limit else found[: limit - 1] + "…"


def _replace(old: Path, new: Path) -> None:
    """Put the folder ``new`` in the place of ``old``, then delete the old one."""
    aside = old.parent / f".{old.name}.old-{os.getpid()}"
    os.rename(old, aside)
    os.rename(new, old)
    if aside.is_dir():
        shutil.rmtree(aside)
    else:
        aside.unlink()


def run_job(
    input: str,
    output: str,
    *,
    master: str | None = None,
    text_col: str = "text",
    date_col: str | None = None,
    overwrite: bool = False,
    keep_order: bool = False,
    reference_date: str | None = None,
    max_chars: int | None = None,
    timeout: float | None = None,
    debug: bool = False,
) -> int:
    """Extract a JSONL or Parquet file of ``id``/``text`` into Parquet; the exit status.

    JSON Lines (``.jsonl``, ``.json``, ``.ndjson``, possibly compressed, or a folder of
    them) is read with all its fields (Spark infers their types in a first pass), the
    text as a string; a line that is not a JSON object gets an ``error`` row. Parquet
    keeps all its columns. The output is a Parquet folder of :func:`extract_dataframe`'s
    columns. A summary goes to stderr.

    Args:
        input: input path (local, ``hdfs://``, ``s3a://``, ...).
        output: output folder; it must not exist unless ``overwrite``.
        master: Spark master (``local[2]``, ``yarn``, ``spark://host:7077``); ``None``:
            the one ``spark-submit`` set, else ``local[*]``. Ignored when a SparkSession
            is already active in this process (it is used, and left running).
        text_col: the column (JSON key) of the article texts.
        date_col: the column of each row's publication date (``meta.date``); default:
            a ``reference_date`` column when there is one.
        overwrite: replace an existing output (a local one once the job has succeeded).
        keep_order: write the rows in input order (files by name, then rows in order)
            as one Parquet file. Otherwise rows come out in Spark's order: each task
            writes its part, and the parts are not in input order.
        reference_date, max_chars, timeout: passed to :func:`extract_dataframe`.
        debug: keep Spark's own log (its errors come with Java stack traces); otherwise
            a session started here logs only fatal errors, and a failure is one line.

    Returns:
        0 when every article was extracted, 1 when some rows have an ``error``, 2 when the
        job could not run or failed (missing input, existing output, no such column, no
        Java, executors without the library); then no output is written, and an output
        replaced with ``overwrite`` (a local one) is left as it was.
    """
    from pyspark.errors import AnalysisException, PySparkException
    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F

    from .batch import DATE_FIELD

    if _is_local_path(input) and not Path(input).exists():
        _err(f"{input}: no such file or folder")
        return 2
    if _is_local_path(output):
        if Path(output).exists() and not overwrite:
            _err(f"{output}: exists; use --overwrite to replace it")
            return 2
        parent = Path(output).absolute().parent
        if not parent.is_dir():
            _err(f"{output}: the folder {parent} does not exist; create it first")
            return 2
        if _is_local_path(input) and Path(input).absolute() == Path(output).absolute():
            _err(f"{output}: is the input; choose another output")
            return 2

    active = SparkSession.getActiveSession()
    builder = SparkSession.builder.appName("dan-van-extract")
    if active is None:
        submitted = "PYSPARK_GATEWAY_PORT" in os.environ  # launched by spark-submit
        if master is None and not submitted:
            master = "local[*]"
        if master is not None:
            builder = builder.master(master)
    try:
        spark = builder.getOrCreate()
    except PySparkException as exc:  # no Java, a bad master URL: Spark's error, on one line
        _err(f"cannot start Spark: {one_line(str(exc))}")
        return 2
    if active is None and not debug:
        spark.sparkContext.setLogLevel("FATAL")
    try:
        t0 = time.monotonic()
        try:
            df = _read_input(spark, input, text_col)
            if date_col is None and DATE_FIELD in df.columns:
                date_col = DATE_FIELD
            if keep_order:
                df = df.withColumn(_FILE_COL, F.input_file_name()).withColumn(
                    _ROW_COL, F.monotonically_increasing_id()
                )
            cores = spark.sparkContext.defaultParallelism
            if df.rdd.getNumPartitions() < cores:
                df = df.repartition(cores * 2)
            out = extract_dataframe(
                df,
                text_col,
                date_col=date_col,
                reference_date=reference_date,
                max_chars=max_chars,
                timeout=timeout,
            )
        except (ValueError, AnalysisException) as exc:
            _err(one_line(str(exc)))
            return 2
        if _CORRUPT_COL in out.columns:
            not_json = F.concat(
                F.lit("ValueError: not a JSON object: "), F.substring(_CORRUPT_COL, 1, 60)
            )
            out = out.withColumn(
                ERROR_COL,
                F.when(F.col(_CORRUPT_COL).isNotNull(), not_json).otherwise(F.col(ERROR_COL)),
            ).drop(_CORRUPT_COL)
        if keep_order:
            out = out.repartition(1).sortWithinPartitions(_FILE_COL, _ROW_COL)
            out = out.drop(_FILE_COL, _ROW_COL)
        # A local output is replaced only once the new one is complete: written next to
        # it, then renamed. (Spark's own "overwrite", for other file systems, deletes the
        # old output when the job starts.)
        swap = overwrite and _is_local_path(output) and Path(output).exists()
        target = output
        if swap:
            here = Path(output).absolute()
            target = str(here.parent / f".{here.name}.partial-{os.getpid()}")
        try:
            out.write.mode("overwrite" if overwrite else "errorifexists").parquet(target)
        except BaseException as exc:
            if swap:
                shutil.rmtree(target, ignore_errors=True)
            if not isinstance(exc, Exception):
                raise
            kept = f"; {output} left as it was" if swap else ""
            _err(f"the Spark job failed: {one_line(str(exc))}{kept}")
            return 2
        if swap:
            _replace(Path(output), Path(target))
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
