"""Many articles at once: streaming in, streaming out, order kept, errors recorded.

>>> from dan_van_extract import extract_many
>>> [r.ok for r in extract_many(["Tiêu đề một\\n\\nNội dung.", 42])]
[True, False]

With ``workers > 1`` the articles go to that many processes in chunks; the results come
back in input order. A document that fails (bad type, bad bytes, too large, a bug) gets
its error in its :class:`BatchResult`; the batch goes on.

Records (dicts) carry their other fields through: ``{"id", "text", "url", "meta"}`` in
gives a result whose :attr:`BatchResult.fields` is ``{"url", "meta"}``, and whose
:meth:`BatchResult.to_json_dict` puts them next to the document. A record's own
publication date (a ``reference_date`` field, or any field named by ``date_field``,
e.g. ``"meta.date"``) resolves the years of its dates:

>>> rec = {"id": "a", "text": "Tiêu đề\\n\\nNgày 23/11, hội nghị.", "meta": {"date": "2019-12-01"}}
>>> (r,) = extract_many([rec], date_field="meta.date")
>>> r.fields["meta"], r.document.dates[0].value
({'date': '2019-12-01'}, '2019-11-23')
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any, NamedTuple

from .models import Document
from .pipeline import coerce_date, extract

__all__ = ["DATE_FIELD", "BatchResult", "extract_many", "json_line", "output_fields"]

DEFAULT_CHUNK = 64
HTML_FIELD = "html"
"""The record field of a page's HTML, read when a record has no text field."""
DATE_FIELD = "reference_date"
"""The record field read as the record's publication date when no ``date_field`` is given."""

RESERVED = ("id", "document", "error")
"""Keys of an output record; an input field with one of these names is kept as
``input_<name>``."""


class BatchResult:
    """One article's outcome: its id, its document, or the error that stopped it.

    A document computed in a worker process arrives as JSON and is parsed on first access
    to :attr:`document`, so a caller that only needs :attr:`document_json` (to write it
    out) or :attr:`error` pays nothing for it. :attr:`fields` holds the record's other
    input fields (``title``, ``url``, ``meta``, ...; not ``id`` or the text), as given.
    """

    __slots__ = ("_document", "_json", "error", "fields", "id")

    def __init__(
        self,
        id: str | None,
        document: Document | None = None,
        error: str | None = None,
        *,
        document_json: str | None = None,
        fields: Mapping[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.error = error
        self.fields: dict[str, Any] = dict(fields or {})
        self._document = document
        self._json = document_json

    @property
    def document(self) -> Document | None:
        """The extracted document (None when the article failed)."""
        if self._document is None and self._json is not None:
            self._document = Document.model_validate_json(self._json)
        return self._document

    @property
    def document_json(self) -> str | None:
        """The document as JSON text (None when the article failed)."""
        if self._json is None and self._document is not None:
            self._json = self._document.model_dump_json()
        return self._json

    @property
    def ok(self) -> bool:
        """Whether the article was extracted."""
        return self.error is None

    def to_json_dict(self) -> dict[str, Any]:
        """``{"id", <input fields>, "document", "error"}``, JSON-ready (the input fields
        as :func:`output_fields` names them)."""
        doc = self.document
        return {
            "id": self.id,
            **output_fields(self.fields),
            "document": None if doc is None else doc.model_dump(mode="json"),
            "error": self.error,
        }

    def to_json(self) -> str:
        """:meth:`to_json_dict` as one line of JSON (the ``batch`` command's output line)."""
        return json_line(self.id, self.fields, self.document_json, self.error)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BatchResult):
            return NotImplemented
        mine = (self.id, self.error, self.fields, self.document)
        return mine == (other.id, other.error, other.fields, other.document)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        state = "ok" if self.ok else f"error={self.error!r}"
        return f"BatchResult(id={self.id!r}, {state})"


def output_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    """A record's input fields as they go into an output record: ``id``, ``document`` and
    ``error`` are the output's own keys, so such an input field becomes ``input_<name>``."""
    return {(f"input_{k}" if k in RESERVED else k): v for k, v in fields.items()}


def json_line(
    ident: str | None, fields: Mapping[str, Any], document_json: str | None, error: str | None
) -> str:
    """One output line, ``{"id", <input fields>, "document", "error"}``, built around the
    document's JSON text without parsing it again."""
    import json

    parts = [f'"id": {json.dumps(ident, ensure_ascii=False)}']
    parts += [
        f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False, default=str)}"
        for k, v in output_fields(fields).items()
    ]
    parts.append(f'"document": {"null" if document_json is None else document_json}')
    parts.append(f'"error": {json.dumps(error, ensure_ascii=False)}')
    return "{" + ", ".join(parts) + "}"


# --------------------------------------------------------------------------------------
# Records: what one input item is, prepared in the calling process.


class Job(NamedTuple):
    """One input item, ready to extract: its id, what to extract and how, its other fields,
    or the error that stops it before extraction (a bad record date, a reader's error)."""

    id: str | None
    kind: str  # "text" or "html" (content: (html, url)); each has its entry in _EXTRACTORS
    content: object
    reference_date: dt.date | None
    fields: dict[str, Any]
    error: str | None = None
    where: str | None = None  # names the record in messages ("in.jsonl:3"), when known


_DMY = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)")
_YMD = re.compile(r"(?<!\d)(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?!\d)")


def parse_record_date(value: object) -> dt.date | None:
    """A record's publication date: a ``date``/``datetime``, an ISO string
    (``2024-02-23``, ``2024-02-23T10:15:00+07:00``), or day/month/year as Vietnamese sites
    write it (``23/02/2024``, ``Thứ Sáu, 23/2/2024 - 10:15``); ``None`` or ``""``: none.

    Raises:
        ValueError: a string that holds no such date, or an impossible day.
        TypeError: a value of another type.
    """
    if value is None or value == "":
        return None
    if isinstance(value, str):
        text = value.strip()
        try:
            return coerce_date(text)
        except ValueError:
            pass
        for pattern, order in ((_DMY, (2, 1, 0)), (_YMD, (0, 1, 2))):
            m = pattern.search(text)
            if m:
                parts = [int(g) for g in m.groups()]
                try:
                    return dt.date(*(parts[i] for i in order))
                except ValueError:
                    break
        raise ValueError(f"{value!r} is not a date; write it as 2024-02-23 or 23/02/2024")
    return coerce_date(value)


def lookup(record: Mapping[str, Any], path: str) -> object:
    """The value at a dotted ``path`` (``"meta.date"``) of a record; None when absent."""
    node: object = record
    for key in path.split("."):
        if not isinstance(node, Mapping) or key not in node:
            return None
        node = node[key]
    return node


def make_job(
    item: object,
    *,
    date_field: str | None = None,
    text_field: str = "text",
    where: str | None = None,
) -> Job:
    """An input item (a text, an ``(id, text)`` pair or a record dict) as a :class:`Job`.

    A dict's ``text_field`` is the text and ``id`` the id; every other field is carried
    to the output. A dict without ``text_field`` but with an ``html`` field is a page,
    read by :func:`~dan_van_extract.extract_html` (with its ``url`` field, if any).
    Its reference date is at ``date_field`` (dotted), else in a
    ``reference_date`` field; when it has none, the batch's ``reference_date`` applies.
    ``where`` (``"in.jsonl:3"``) is kept to name the record in messages.
    """
    if isinstance(item, Mapping):
        ident = item.get("id")
        ident = None if ident is None else str(ident)
        fields = {k: v for k, v in item.items() if k not in ("id", text_field)}
        path = date_field or DATE_FIELD
        try:
            ref = parse_record_date(lookup(item, path))
        except (TypeError, ValueError) as exc:
            msg = f"ValueError: the record's date ({path}): {exc}"
            return Job(ident, "text", None, None, fields, msg, where)
        if text_field not in item and HTML_FIELD in item:
            fields.pop(HTML_FIELD, None)
            url = item.get("url")
            page = (item[HTML_FIELD], url if isinstance(url, str) else None)
            return Job(ident, "html", page, ref, fields, None, where)
        if text_field not in item:
            keys = ", ".join(map(str, item)) or "none"
            msg = f"TypeError: the record has no {text_field!r} field (fields: {keys})"
            return Job(ident, "text", None, ref, fields, msg, where)
        return Job(ident, "text", item[text_field], ref, fields, None, where)
    if isinstance(item, tuple) and len(item) == 2:
        return Job(None if item[0] is None else str(item[0]), "text", item[1], None, {})
    return Job(None, "text", item, None, {})


def _extract_text(content: object, kwargs: Mapping[str, Any]) -> Document:
    if content is None:
        raise TypeError("the text is None (null or missing); pass the article as a str")
    return extract(content, **kwargs)  # type: ignore[arg-type]


def _extract_html(content: object, kwargs: Mapping[str, Any]) -> Document:
    from .pipeline import extract_html

    html, url = content if isinstance(content, tuple) else (content, None)
    if html is None:
        raise TypeError("the html is None (null or missing); pass the page as a str")
    return extract_html(html, url=url, **kwargs)


_EXTRACTORS: dict[str, Callable[[object, Mapping[str, Any]], Document]] = {
    "text": _extract_text,
    "html": _extract_html,
}
"""The extraction for each kind of input."""


def _run(
    kind: str, content: object, ref: dt.date | None, error: str | None, kwargs: Mapping[str, Any]
) -> Document | str:
    """Extract one prepared item: its document, or its error as ``"Type: message"``."""
    if error is not None:
        return error
    args = dict(kwargs)
    if ref is not None:
        args["reference_date"] = ref
    try:
        return _EXTRACTORS[kind](content, args)
    except Exception as exc:  # noqa: BLE001 - recorded per document, by design
        return f"{type(exc).__name__}: {exc}"


_Payload = tuple[str, object, dt.date | None, str | None]


def _chunk(items: list[_Payload], kwargs: Mapping[str, Any]) -> list[tuple[str | None, str | None]]:
    """Run in a worker process: ``(document JSON, error)`` for each item of a chunk."""
    out: list[tuple[str | None, str | None]] = []
    for kind, content, ref, error in items:
        if _stop_event is not None and _stop_event.is_set():
            out.append((None, "Cancelled: the batch was stopped"))
            continue
        got = _run(kind, content, ref, error, kwargs)
        out.append((None, got) if isinstance(got, str) else (got.model_dump_json(), None))
    return out


def check_options(workers: int | None, chunk_size: int) -> int:
    """The number of processes for ``workers`` (``None``: 1; 0: one per core).

    Raises:
        ValueError: ``workers < 0`` or ``chunk_size < 1``.
    """
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be >= 1, not {chunk_size}")
    if workers is None:
        return 1
    if workers < 0:
        raise ValueError(f"workers must be >= 0 (0: one per core), not {workers}")
    return workers or (os.cpu_count() or 1)


def run_jobs(
    jobs: Iterable[Job], workers: int | None, chunk_size: int, kwargs: Mapping[str, Any]
) -> Iterator[tuple[Job, Document | None, str | None, str | None]]:
    """``(job, document, document JSON, error)`` for each job, in order.

    One process: the document (its JSON left to the caller); several: the JSON only, as
    the workers send it (parsed by whoever needs it). Consumes ``jobs`` lazily, at most
    a few chunks ahead of the results.
    """
    n = check_options(workers, chunk_size)
    it = iter(jobs)
    if n == 1:
        for job in it:
            got = _run(job.kind, job.content, job.reference_date, job.error, kwargs)
            if isinstance(got, str):
                yield job, None, None, got
            else:
                yield job, got, None, None
        return
    ctx = multiprocessing.get_context()
    stop = ctx.Event()
    pool = ProcessPoolExecutor(
        max_workers=n, mp_context=ctx, initializer=_worker_init, initargs=(stop,)
    )
    try:
        pending: deque[tuple[list[Job], Future[list[tuple[str | None, str | None]]]]] = deque()
        in_flight = n * 3
        while True:
            while len(pending) < in_flight:
                chunk = list(islice(it, chunk_size))
                if not chunk:
                    break
                payload = [(j.kind, j.content, j.reference_date, j.error) for j in chunk]
                pending.append((chunk, pool.submit(_chunk, payload, dict(kwargs))))
            if not pending:
                return
            chunk, future = pending.popleft()
            for job, (doc_json, error) in zip(chunk, future.result(), strict=True):
                yield job, None, doc_json, error
    except BaseException:
        # Interrupted, failed, or abandoned by the caller: the rest is not wanted, so the
        # workers skip what is left of their chunks instead of extracting it.
        stop.set()
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


_stop_event: Any = None
"""In a worker process: set by the parent when the rest of the work is not wanted."""


def _worker_init(stop: Any) -> None:
    """In a worker process: leave Ctrl-C to the parent (no worker prints a traceback of
    its own), and watch for the parent's signal to stop."""
    import signal

    global _stop_event
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _stop_event = stop


def extract_many(
    texts: Iterable[object],
    *,
    workers: int | None = None,
    chunk_size: int = DEFAULT_CHUNK,
    date_field: str | None = None,
    **kwargs: Any,
) -> Iterator[BatchResult]:
    """Extract every article of ``texts``, yielding one :class:`BatchResult` each, in order.

    Args:
        texts: article texts, ``(id, text)`` pairs, or records: dicts with ``id``,
            ``text`` and any other fields (``title``, ``url``, ``meta``, ...), which are
            carried into :attr:`BatchResult.fields`; any iterable, consumed lazily (at
            most a few chunks ahead). A record with ``html`` instead of ``text`` is a
            web page or CMS export, read by :func:`~dan_van_extract.extract_html` (its
            ``url`` names the source when the page does not).
        workers: ``None`` or 1 runs in this process; ``N > 1`` uses N processes;
            0 uses one process per core.
        chunk_size: articles sent to a worker at a time.
        date_field: where a record keeps its publication date, as a dotted path
            (``"meta.date"``); default: a ``reference_date`` field. ISO dates and
            ``23/02/2024`` are understood; a record without one uses ``reference_date``.
            A record whose date cannot be read gets an error, not a guessed year.
        **kwargs: passed to :func:`~dan_van_extract.extract` (``reference_date``,
            ``max_chars``, ``timeout``).

    Raises:
        ValueError: ``workers < 0`` or ``chunk_size < 1`` (before any work is done).
    """
    check_options(workers, chunk_size)
    return _extract_many(texts, workers, chunk_size, date_field, kwargs)


def _extract_many(
    texts: Iterable[object],
    workers: int | None,
    chunk_size: int,
    date_field: str | None,
    kwargs: dict[str, Any],
) -> Iterator[BatchResult]:
    jobs = (make_job(item, date_field=date_field) for item in texts)
    for job, doc, doc_json, error in run_jobs(jobs, workers, chunk_size, kwargs):
        yield BatchResult(job.id, doc, error, document_json=doc_json, fields=job.fields)
