"""Many articles at once: streaming in, streaming out, order kept, errors recorded.

>>> from dan_van_extract import extract_many
>>> [r.ok for r in extract_many(["Tiêu đề một\\n\\nNội dung.", 42])]
[True, False]

With ``workers > 1`` the articles go to that many processes in chunks; the results come
back in input order. A document that fails (bad type, bad bytes, too large, a bug) gets
its error in its :class:`BatchResult`; the batch goes on.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any

from .models import Document
from .pipeline import extract

__all__ = ["BatchResult", "extract_many"]

DEFAULT_CHUNK = 64


class BatchResult:
    """One article's outcome: its id, its document, or the error that stopped it.

    A document computed in a worker process arrives as JSON and is parsed on first access
    to :attr:`document`, so a caller that only needs :attr:`document_json` (to write it
    out) or :attr:`error` pays nothing for it.
    """

    __slots__ = ("_document", "_json", "error", "id")

    def __init__(
        self,
        id: str | None,
        document: Document | None = None,
        error: str | None = None,
        *,
        document_json: str | None = None,
    ) -> None:
        self.id = id
        self.error = error
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
        """``{"id", "document", "error"}`` with the document as JSON-ready data."""
        doc = self.document
        return {
            "id": self.id,
            "document": None if doc is None else doc.model_dump(mode="json"),
            "error": self.error,
        }

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BatchResult):
            return NotImplemented
        return (self.id, self.error, self.document) == (other.id, other.error, other.document)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        state = "ok" if self.ok else f"error={self.error!r}"
        return f"BatchResult(id={self.id!r}, {state})"


def _split(item: object) -> tuple[str | None, object]:
    """An input item as ``(id, text)``: a text, an ``(id, text)`` pair or a dict."""
    if isinstance(item, dict):
        ident = item.get("id")
        return (None if ident is None else str(ident)), item.get("text")
    if isinstance(item, tuple) and len(item) == 2:
        return (None if item[0] is None else str(item[0])), item[1]
    return None, item


def _one(item: object, kwargs: dict[str, Any]) -> tuple[str | None, str | None, str | None]:
    """Extract one item; the document as JSON text, or the error as text."""
    ident, text = _split(item)
    try:
        doc = extract(text, **kwargs)  # type: ignore[arg-type]
    except Exception as exc:  # noqa: BLE001 - recorded per document, by design
        return ident, None, f"{type(exc).__name__}: {exc}"
    return ident, doc.model_dump_json(), None


def _chunk(
    items: list[object], kwargs: dict[str, Any]
) -> list[tuple[str | None, str | None, str | None]]:
    return [_one(it, kwargs) for it in items]


def _results_json(
    items: Iterable[object], workers: int | None, chunk_size: int, kwargs: dict[str, Any]
) -> Iterator[tuple[str | None, str | None, str | None]]:
    """``(id, document JSON, error)`` for each item, in order."""
    if workers is None:
        workers = 1
    if workers == 0:
        workers = os.cpu_count() or 1
    if workers < 0:
        raise ValueError(f"workers must be >= 0 (0: one per core), not {workers}")
    it = iter(items)
    if workers == 1:
        for item in it:
            yield _one(item, kwargs)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[Future[list[tuple[str | None, str | None, str | None]]]] = deque()
        in_flight = workers * 3
        while True:
            while len(pending) < in_flight:
                chunk = list(islice(it, chunk_size))
                if not chunk:
                    break
                pending.append(pool.submit(_chunk, chunk, kwargs))
            if not pending:
                return
            yield from pending.popleft().result()


def extract_many(
    texts: Iterable[object],
    *,
    workers: int | None = None,
    chunk_size: int = DEFAULT_CHUNK,
    **kwargs: Any,
) -> Iterator[BatchResult]:
    """Extract every article of ``texts``, yielding one :class:`BatchResult` each, in order.

    Args:
        texts: article texts, ``(id, text)`` pairs, or dicts with ``id`` and ``text``;
            any iterable, consumed lazily (at most a few chunks ahead).
        workers: ``None`` or 1 runs in this process; ``N > 1`` uses N processes;
            0 uses one process per core.
        chunk_size: articles sent to a worker at a time.
        **kwargs: passed to :func:`~dan_van_extract.extract` (``reference_date``,
            ``max_chars``, ``timeout``).
    """
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be >= 1, not {chunk_size}")
    if workers is None or workers == 1:
        for item in texts:
            ident, text = _split(item)
            try:
                yield BatchResult(ident, extract(text, **kwargs))  # type: ignore[arg-type]
            except Exception as exc:  # noqa: BLE001 - recorded per document, by design
                yield BatchResult(ident, None, f"{type(exc).__name__}: {exc}")
        return
    for ident, doc_json, error in _results_json(texts, workers, chunk_size, kwargs):
        yield BatchResult(ident, error=error, document_json=doc_json)
