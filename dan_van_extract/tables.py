"""From records to tables: :func:`to_frames` turns documents into pandas DataFrames.

One table per kind of thing, every row keyed by the document's ``id``::

    from dan_van_extract import extract_many, to_frames

    tables = to_frames(extract_many(corpus_items, workers=2))   # or documents, or JSONL records
    tables.documents                      # one row per article
    tables.statistics.query("unit == 'hộ'")
    tables.to_parquet("out/")             # out/documents.parquet, out/officials.parquet, ...

``dan-van-extract table OUT.jsonl --to parquet DIR`` does the same from the ``batch``
command's output. The tables are (see :data:`TABLES` and ``docs/tables.md``):

- ``documents``: one row per input record: ``error``, title, source, author, views,
  published, the event's type, span, date, organiser and chair, the province, and how
  many items of each kind were found;
- ``officials`` (one row per person), ``titles`` (one per person and title), ``mentions``
  (one per place a person is named or referred to);
- ``awards``, ``statistics``, ``dates``, ``periods``, ``locations``: one row per item.

Every item row has ``id``, its position ``item`` in the document's list, and ``text``,
``start`` and ``end`` (its span: ``text == input[start:end]``). Columns are typed: dates
are ``date32[pyarrow]`` (null when the year or the day is unknown, with the parts in
``year``/``month``/``day``), counts and offsets are nullable ``Int64``, numbers ``Float64``,
texts ``string``. pandas and pyarrow come with the ``tables`` extra
(``pip install 'dan_van_extract[tables]'``) and are imported only when a table is made.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from pandas import DataFrame

    from .batch import BatchResult
    from .models import Document

__all__ = [
    "TABLES",
    "RecordError",
    "Tables",
    "iter_records",
    "read_jsonl",
    "table_command",
    "to_frames",
    "write_tables",
]

Format = Literal["parquet", "csv"]

_EXTRA_HINT = "pip install 'dan_van_extract[tables]'"

# Each table's columns and their kind: the kinds map to pandas dtypes in _frame().
_ITEM = {"id": "str", "item": "int", "text": "str", "start": "Int", "end": "Int"}
_SCHEMA: dict[str, dict[str, str]] = {
    "documents": {
        "id": "str",
        "error": "str",
        "title": "str",
        "source": "str",
        "author": "str",
        "views": "Int",
        "published": "date",
        "published_at": "timestamp",
        "published_text": "str",
        "event_type": "str",
        "event_text": "str",
        "event_start": "Int",
        "event_end": "Int",
        "event_date": "date",
        "event_date_value": "str",
        "event_date_text": "str",
        "event_year_inferred": "bool",
        "event_time_of_day": "str",
        "event_organizer": "str",
        "event_chair": "str",
        "province": "str",
        "n_officials": "Int",
        "n_titles": "Int",
        "n_awards": "Int",
        "n_statistics": "Int",
        "n_dates": "Int",
        "n_periods": "Int",
        "n_locations": "Int",
        "schema_version": "str",
    },
    "officials": {
        "id": "str",
        "item": "int",
        "name": "str",
        "titles": "str",
        "roles": "str",
        "n_titles": "Int",
        "n_mentions": "Int",
        "text": "str",
        "start": "Int",
        "end": "Int",
    },
    "titles": {"id": "str", "official": "int", "name": "str", "item": "int", "title": "str"},
    "mentions": {
        "id": "str",
        "official": "int",
        "name": "str",
        "item": "int",
        "kind": "str",
        "text": "str",
        "start": "Int",
        "end": "Int",
    },
    "awards": {
        **_ITEM,
        "form": "str",
        "name": "str",
        "issuer": "str",
        "collectives": "Int",
        "individuals": "Int",
        "total": "Int",
        "reason": "str",
        "n_mentions": "Int",
    },
    "statistics": {
        **_ITEM,
        "value": "float",
        "unit": "str",
        "qualifier": "str",
        "total": "float",
        "value_max": "float",
        "multiplier": "float",
        "scaled_value": "float",
        "base_unit": "str",
    },
    "dates": {
        **_ITEM,
        "value": "str",
        "date": "date",
        "year": "Int",
        "month": "Int",
        "day": "Int",
        "role": "str",
    },
    "periods": {
        **_ITEM,
        "kind": "str",
        "first_day": "date",
        "last_day": "date",
    },
    "locations": {**_ITEM, "name": "str", "level": "str", "province": "str"},
}

TABLES: tuple[str, ...] = tuple(_SCHEMA)
"""The names of the tables, in the order :func:`to_frames` makes them."""

JOIN = "; "
"""How an official's titles and roles are joined in the ``officials`` table."""


class RecordError(ValueError):
    """A record that is neither a document nor a ``{"id", "document", "error"}`` record."""


@dataclass(frozen=True)
class Tables:
    """The tables of :func:`to_frames`: pandas DataFrames, one attribute each.

    ``tables["awards"]`` works too, and ``tables.items()`` gives ``(name, frame)`` pairs
    in the order of :data:`TABLES`.
    """

    documents: DataFrame
    officials: DataFrame
    titles: DataFrame
    mentions: DataFrame
    awards: DataFrame
    statistics: DataFrame
    dates: DataFrame
    periods: DataFrame
    locations: DataFrame

    def __getitem__(self, name: str) -> DataFrame:
        if name not in TABLES:
            raise KeyError(name)
        return getattr(self, name)

    def items(self) -> list[tuple[str, DataFrame]]:
        """``(name, frame)`` for every table, in the order of :data:`TABLES`."""
        return [(f.name, getattr(self, f.name)) for f in fields(self)]

    def to_parquet(self, directory: str | os.PathLike[str]) -> list[Path]:
        """Write ``NAME.parquet`` for every table into ``directory``; the paths written."""
        return write_tables(self, directory, "parquet")

    def to_csv(self, directory: str | os.PathLike[str]) -> list[Path]:
        """Write ``NAME.csv`` (UTF-8, a header line) for every table; the paths written."""
        return write_tables(self, directory, "csv")


# --- input: documents, BatchResults, records ------------------------------------------


def _error_text(error: object) -> str | None:
    if error is None or error == "":
        return None
    if isinstance(error, str):
        return error
    if isinstance(error, Mapping):
        kind, msg = error.get("type"), error.get("message")
        if kind is not None or msg is not None:
            return ": ".join(str(x) for x in (kind, msg) if x is not None)
    return json.dumps(error, ensure_ascii=False, default=str)


_DOC_KEYS = frozenset(
    {"schema_version", "title", "officials", "awards", "statistics", "dates", "periods"}
)


def _from_mapping(rec: Mapping[str, Any], n: int) -> tuple[str, dict[str, Any] | None, str | None]:
    """``(id, document dict, error)`` from a batch record or a document's own JSON."""
    if "document" in rec or "doc" in rec or "error" in rec:
        doc = rec.get("document", rec.get("doc"))
        ident = rec.get("id")
        if doc is not None and not isinstance(doc, Mapping):
            raise RecordError(f"record {n}: 'document' is not an object")
        return (
            str(n) if ident is None else str(ident),
            None if doc is None else dict(doc),
            _error_text(rec.get("error")),
        )
    if _DOC_KEYS & rec.keys():
        return str(n), dict(rec), None
    raise RecordError(
        f'record {n}: expected {{"id", "document", "error"}} or a document, '
        f"got keys {sorted(rec)[:6]}"
    )


def _normalise(item: object, n: int) -> tuple[str, dict[str, Any] | None, str | None]:
    """One input item as ``(id, document as a dict, error)``."""
    from pydantic import BaseModel

    if isinstance(item, BaseModel):
        return str(n), item.model_dump(), None
    if isinstance(item, Mapping):
        return _from_mapping(item, n)
    if hasattr(item, "document") and hasattr(item, "error") and hasattr(item, "id"):
        # A BatchResult (duck-typed, so importing this module does not load the rules).
        ident = item.id
        doc = item.document
        return (
            str(n) if ident is None else str(ident),
            None if doc is None else doc.model_dump(),
            _error_text(item.error),
        )
    if isinstance(item, tuple) and len(item) == 2:
        ident, doc_part = item
        _, doc, err = _normalise(doc_part, n)
        return (str(n) if ident is None else str(ident)), doc, err
    raise RecordError(
        f"record {n}: expected a Document, a BatchResult, a record dict or an (id, document) "
        f"pair, not {type(item).__name__}"
    )


def iter_records(
    results: Document | BatchResult | Iterable[object] | Mapping[str, Any],
) -> Iterator[tuple[str, dict[str, Any] | None, str | None]]:
    """``(id, document as a dict, error)`` for each of ``results``.

    Accepts what :func:`to_frames` accepts. An item without an id gets its position
    (``"0"``, ``"1"``, ...) as its id.
    """
    from pydantic import BaseModel

    if isinstance(results, (BaseModel, Mapping)) or (
        hasattr(results, "document") and hasattr(results, "error")
    ):
        yield _normalise(results, 0)
        return
    if isinstance(results, (str, bytes)):
        raise TypeError("to_frames() takes documents or records, not a string; see read_jsonl()")
    for n, item in enumerate(results):
        yield _normalise(item, n)


def read_jsonl(
    path: str | os.PathLike[str], *, errors: list[str] | None = None
) -> Iterator[dict[str, Any]]:
    """The records of a JSON Lines file (``batch``'s output), one dict a line, streamed.

    Blank lines are skipped, and so is a last line cut short by an interrupted run (the
    ``batch`` command's ``--resume`` redoes it). A record without an ``id`` gets
    ``FILE:LINE``. A line that is not a JSON object raises :class:`RecordError` naming the
    file and the line; with ``errors`` given, its message is appended there instead and
    the line is skipped.
    """
    p = Path(path)
    with p.open(encoding="utf-8") as fh:
        line = fh.readline()
        n = 0
        while line:
            n += 1
            following = fh.readline()
            if line.strip():
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    if not following and not line.endswith("\n"):
                        return  # an interrupted run's last line
                    msg = f"{p}:{n}: not JSON: {exc.msg}"
                    rec = None
                else:
                    msg = f"{p}:{n}: expected a JSON object, not {type(rec).__name__}"
                if isinstance(rec, dict):
                    rec.setdefault("id", f"{p.name}:{n}")
                    yield rec
                elif errors is None:
                    raise RecordError(msg)
                else:
                    errors.append(msg)
            line = following


# --- rows ------------------------------------------------------------------------------


def _iso_date(value: object) -> dt.date | None:
    """A full ``YYYY-MM-DD`` (or the date of an ISO timestamp) as a date, else None."""
    if not isinstance(value, str) or len(value) < 10 or value.startswith("-"):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _date_parts(value: object) -> tuple[int | None, int | None, int | None]:
    """``(year, month, day)`` of ``'YYYY-MM-DD'``, ``'YYYY-MM'`` or ``'--MM-DD'``."""
    if not isinstance(value, str):
        return None, None, None
    parts = value.split("-")
    try:
        if value.startswith("--") and len(parts) == 4:  # '--MM-DD'
            return None, int(parts[2]), int(parts[3])
        if len(parts) == 2:
            return int(parts[0]), int(parts[1]), None
        if len(parts) >= 3:
            return int(parts[0]), int(parts[1]), int(parts[2][:2])
        if len(parts) == 1 and parts[0].isdigit():
            return int(parts[0]), None, None
    except ValueError:
        pass
    return None, None, None


def _span(item: Mapping[str, Any] | None) -> tuple[int | None, int | None]:
    span = None if item is None else item.get("span")
    if not span or len(span) != 2:
        return None, None
    return span[0], span[1]


class _Rows:
    """Column lists for every table, appended to row by row."""

    def __init__(self) -> None:
        self.cols: dict[str, dict[str, list[Any]]] = {
            name: {col: [] for col in schema} for name, schema in _SCHEMA.items()
        }

    def add(self, table: str, row: dict[str, Any]) -> None:
        for col, values in self.cols[table].items():
            values.append(row.get(col))

    def items(
        self,
        table: str,
        ident: str,
        items: list[Any],
        extra: Mapping[str, str | Callable[[dict[str, Any]], Any]],
    ) -> None:
        """One row per item of a list: id, item, text, start, end, then ``extra`` fields
        (column name -> key in the item, or a function of the item)."""
        cols = self.cols[table]
        for n, it in enumerate(items):
            start, end = _span(it)
            cols["id"].append(ident)
            cols["item"].append(n)
            cols["text"].append(it.get("text"))
            cols["start"].append(start)
            cols["end"].append(end)
            for col, key in extra.items():
                cols[col].append(key(it) if callable(key) else it.get(key))

    def document(self, ident: str, doc: dict[str, Any] | None, error: str | None) -> None:
        if doc is None:
            self.add("documents", {"id": ident, "error": error or "no document"})
            return
        officials = doc.get("officials") or []
        pub = doc.get("published") or {}
        event = doc.get("event") or {}
        edate = event.get("date") or {}
        ev_start, ev_end = _span(event or None)
        self.add(
            "documents",
            {
                "id": ident,
                "error": error,
                "title": doc.get("title"),
                "source": doc.get("source"),
                "author": doc.get("author"),
                "views": doc.get("views"),
                "published": _iso_date(pub.get("value")),
                "published_at": pub.get("value") if "T" in (pub.get("value") or "") else None,
                "published_text": pub.get("text"),
                "event_type": event.get("type"),
                "event_text": event.get("text"),
                "event_start": ev_start,
                "event_end": ev_end,
                "event_date": _iso_date(edate.get("value")),
                "event_date_value": edate.get("value"),
                "event_date_text": edate.get("text"),
                "event_year_inferred": edate.get("year_inferred") if edate else None,
                "event_time_of_day": edate.get("time_of_day"),
                "event_organizer": event.get("organizer"),
                "event_chair": event.get("chair"),
                "province": doc.get("province"),
                "n_officials": len(officials),
                "n_titles": sum(len(o.get("titles") or ()) for o in officials),
                "n_awards": len(doc.get("awards") or ()),
                "n_statistics": len(doc.get("statistics") or ()),
                "n_dates": len(doc.get("dates") or ()),
                "n_periods": len(doc.get("periods") or ()),
                "n_locations": len(doc.get("locations") or ()),
                "schema_version": doc.get("schema_version"),
            },
        )
        for n, off in enumerate(officials):
            name = off.get("name")
            titles = off.get("titles") or []
            mentions = off.get("mentions") or []
            first = mentions[0] if mentions else None
            start, end = _span(first)
            self.add(
                "officials",
                {
                    "id": ident,
                    "item": n,
                    "name": name,
                    "titles": JOIN.join(titles),
                    "roles": JOIN.join(off.get("roles") or ()),
                    "n_titles": len(titles),
                    "n_mentions": len(mentions),
                    "text": None if first is None else first.get("text"),
                    "start": start,
                    "end": end,
                },
            )
            for k, title in enumerate(titles):
                self.add(
                    "titles", {"id": ident, "official": n, "name": name, "item": k, "title": title}
                )
            for k, men in enumerate(mentions):
                m_start, m_end = _span(men)
                self.add(
                    "mentions",
                    {
                        "id": ident,
                        "official": n,
                        "name": name,
                        "item": k,
                        "kind": men.get("kind"),
                        "text": men.get("text"),
                        "start": m_start,
                        "end": m_end,
                    },
                )
        awards = doc.get("awards") or []
        self.items(
            "awards",
            ident,
            awards,
            {
                "form": "form",
                "name": "name",
                "issuer": "issuer",
                "collectives": "collectives",
                "individuals": "individuals",
                "total": "total",
                "reason": "reason",
                "n_mentions": lambda a: len(a.get("mentions") or ()),
            },
        )
        self.items(
            "statistics",
            ident,
            doc.get("statistics") or [],
            {
                k: k
                for k in (
                    "value",
                    "unit",
                    "qualifier",
                    "total",
                    "value_max",
                    "multiplier",
                    "scaled_value",
                    "base_unit",
                )
            },
        )
        dates = doc.get("dates") or []
        self.items("dates", ident, dates, {"value": "value", "role": "role"})
        cols = self.cols["dates"]
        for d in dates:
            year, month, day = _date_parts(d.get("value"))
            cols["date"].append(_iso_date(d.get("value")))
            cols["year"].append(year)
            cols["month"].append(month)
            cols["day"].append(day)
        periods = doc.get("periods") or []
        self.items("periods", ident, periods, {"kind": "kind"})
        cols = self.cols["periods"]
        for p in periods:
            cols["first_day"].append(_iso_date(p.get("start")))
            cols["last_day"].append(_iso_date(p.get("end")))
        self.items(
            "locations",
            ident,
            doc.get("locations") or [],
            {"name": "name", "level": "level", "province": "province"},
        )


def _pandas() -> Any:
    try:
        import pandas as pd
        import pyarrow  # noqa: F401  (the date columns are Arrow dates)
    except ImportError as exc:
        raise ImportError(
            f"tables need pandas and pyarrow ({exc.name} is missing): {_EXTRA_HINT}"
        ) from None
    return pd


def _frame(pd: Any, name: str, cols: dict[str, list[Any]]) -> DataFrame:
    import pyarrow as pa

    kinds = _SCHEMA[name]
    data: dict[str, Any] = {}
    for col, values in cols.items():
        kind = kinds[col]
        if kind == "str":
            data[col] = pd.array(values, dtype="string")
        elif kind == "int":
            data[col] = pd.array(values, dtype="int64")
        elif kind == "Int":
            data[col] = pd.array(values, dtype="Int64")
        elif kind == "float":
            data[col] = pd.array(values, dtype="Float64")
        elif kind == "bool":
            data[col] = pd.array(values, dtype="boolean")
        elif kind == "date":
            data[col] = pd.array(values, dtype=pd.ArrowDtype(pa.date32()))
        elif kind == "timestamp":
            data[col] = pd.to_datetime(
                pd.Series(values, dtype=object), utc=True, errors="coerce", format="ISO8601"
            )
        else:  # pragma: no cover - a schema typo
            raise AssertionError(f"{name}.{col}: unknown kind {kind!r}")
    return pd.DataFrame(data, columns=list(kinds))


def to_frames(
    results: Document | BatchResult | Iterable[object] | Mapping[str, Any],
) -> Tables:
    """The records as pandas DataFrames, one per kind of thing, keyed by document id.

    Args:
        results: a :class:`~dan_van_extract.models.Document`, a
            :class:`~dan_van_extract.batch.BatchResult`, or an iterable of either, of
            ``(id, document)`` pairs, of the ``batch`` command's records
            (``{"id", "document", "error"}`` dicts, e.g. from :func:`read_jsonl`) or of
            documents as JSON dicts. Items without an id are numbered from ``"0"``.

    Returns:
        :class:`Tables` with ``documents`` (one row per record, failed ones with their
        ``error``), ``officials``, ``titles``, ``mentions``, ``awards``, ``statistics``,
        ``dates``, ``periods`` and ``locations`` (one row per item, with ``id``, ``item``,
        ``text``, ``start`` and ``end``). Row counts equal item counts.

    Raises:
        ImportError: pandas or pyarrow is missing (the ``tables`` extra).
        RecordError: an item is neither a document nor a record.
    """
    pd = _pandas()
    rows = _Rows()
    for ident, doc, error in iter_records(results):
        try:
            rows.document(ident, doc, error)
        except (AttributeError, TypeError, ValueError, IndexError) as exc:
            raise RecordError(
                f"record {ident!r}: not a document of dan_van_extract's schema ({exc})"
            ) from None
    return Tables(**{name: _frame(pd, name, cols) for name, cols in rows.cols.items()})


def write_tables(
    tables: Tables, directory: str | os.PathLike[str], fmt: Format = "parquet"
) -> list[Path]:
    """Write every table as ``directory/NAME.parquet`` or ``NAME.csv``; the paths written.

    The directory is created when missing. CSV files are UTF-8 with a header line; dates
    are written ``YYYY-MM-DD`` and missing values as empty fields.
    """
    if fmt not in ("parquet", "csv"):
        raise ValueError(f"format must be 'parquet' or 'csv', not {fmt!r}")
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in tables.items():
        path = out / f"{name}.{fmt}"
        if fmt == "parquet":
            frame.to_parquet(path, index=False)
        else:
            frame.to_csv(path, index=False, encoding="utf-8")
        written.append(path)
    return written


# --- the `table` command -----------------------------------------------------------------

PROG = "dan-van-extract"


def add_table_arguments(ap: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The ``table`` command's arguments, added to ``ap`` (a parser or a subparser)."""
    ap.description = (
        "Turn the batch command's JSONL output ({id, document, error} a line) into tables, "
        "one file per table in DIR: " + ", ".join(TABLES) + ". Needs the 'tables' extra."
    )
    ap.add_argument("inputs", nargs="+", metavar="FILE", help="JSONL output of the batch command")
    ap.add_argument(
        "--to",
        nargs=2,
        required=True,
        metavar=("FORMAT", "DIR"),
        help="'parquet' or 'csv', and the folder to write NAME.parquet or NAME.csv into",
    )
    ap.add_argument("--force", action="store_true", help="overwrite tables already in DIR")
    return ap


def table_command(args: argparse.Namespace) -> int:
    """Run ``dan-van-extract table``; the exit status (1 when a line was bad, 2 when
    nothing could be written)."""

    def err(msg: str) -> None:
        print(f"{PROG}: error: {msg}", file=sys.stderr)

    fmt, directory = args.to
    if fmt not in ("parquet", "csv"):
        err(f"--to: format must be 'parquet' or 'csv', not {fmt!r}")
        return 2
    try:
        _pandas()
    except ImportError as exc:
        err(f"the 'table' subcommand needs pandas and pyarrow: {_EXTRA_HINT} ({exc})")
        return 2
    for path in args.inputs:
        if not Path(path).is_file():
            err(f"{path}: no such file")
            return 2
    out = Path(directory)
    existing = [out / f"{name}.{fmt}" for name in TABLES if (out / f"{name}.{fmt}").exists()]
    if existing and not args.force:
        err(f"{existing[0]}: exists; use --force to overwrite the tables in {out}")
        return 2
    problems: list[str] = []

    def records() -> Iterator[dict[str, Any]]:
        for path in args.inputs:
            yield from read_jsonl(path, errors=problems)

    try:
        tables = to_frames(records())
    except (RecordError, UnicodeDecodeError, OSError) as exc:
        err(str(exc))
        return 2
    for msg in problems:
        err(msg)
    try:
        write_tables(tables, out, fmt)
    except OSError as exc:
        err(f"{out}: cannot write: {exc.strerror or exc}")
        return 2
    docs = tables.documents
    failed = int(docs["error"].notna().sum())
    counts = ", ".join(f"{name} {len(frame):,}" for name, frame in tables.items()[1:])
    print(
        f"{PROG}: {len(docs):,} documents ({failed:,} failed) -> {out}/*.{fmt}: {counts}",
        file=sys.stderr,
    )
    return 1 if problems else 0


def table_main(argv: Sequence[str]) -> int:
    """``dan-van-extract table ARGS``: parse ``argv`` and run the command."""
    ap = add_table_arguments(argparse.ArgumentParser(prog=f"{PROG} table"))
    return table_command(ap.parse_args(list(argv)))
