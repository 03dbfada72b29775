"""The pipeline: normalise, segment, run each extractor in order, assemble the Document.

Each extractor is a sub-package (``metadata``, ``dates``, ``officials``, ``awards``,
``statistics``, ``places``, ``event``) with a ``run(ctx)`` function that reads the
:class:`Context` and fills its part of ``ctx.doc``. The order matters and is declared
once, in :data:`STAGES`: later stages read what earlier ones found (statistics skip the
spans that dates and awards claimed; the event links the chair to an official).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import _match
from ._spans import SpanIndex
from .errors import InputTooLarge
from .layout import Layout, segment
from .models import Document
from .text import NormText

__all__ = ["DEFAULT_MAX_CHARS", "DEFAULT_TIMEOUT", "Context", "extract"]

DEFAULT_MAX_CHARS = 2_000_000
"""Inputs longer than this many characters are refused with :class:`InputTooLarge`."""
DEFAULT_TIMEOUT = 30.0
"""Seconds one extraction may take before :class:`ExtractionTimeout` (a backstop)."""


@dataclass
class Context:
    """What the extractors of one document share."""

    norm: NormText
    layout: Layout
    reference_date: dt.date | None = None
    doc: Document = field(default_factory=Document)
    claimed: list[tuple[int, int]] = field(default_factory=list)
    """Normal-form spans taken by dates, periods and award counts (not statistics)."""
    scratch: dict[str, Any] = field(default_factory=dict)
    """Intermediate results one stage leaves for a later one (documented where set)."""
    _claims: SpanIndex = field(default_factory=SpanIndex, repr=False)

    @property
    def text(self) -> str:
        """The whole normal-form text."""
        return self.norm.text

    @property
    def content(self) -> str:
        """The normal-form text with header, meta, byline and furniture blanked out."""
        return self.layout.content

    def item(self, start: int, end: int) -> tuple[str, tuple[int, int]]:
        """``(text, span)`` in the caller's original input for a normal-form span."""
        return self.norm.item(start, end)

    def claim(self, start: int, end: int) -> None:
        """Mark a normal-form span as taken (statistics will not report numbers in it)."""
        self.claimed.append((start, end))
        self._claims.add(start, end)

    def is_claimed(self, start: int, end: int) -> bool:
        """Whether a normal-form span overlaps a claimed one (logarithmic time)."""
        return self._claims.overlaps(start, end)


def _stages() -> list[tuple[str, Callable[[Context], None]]]:
    from . import awards, dates, event, metadata, officials, places, statistics

    return [
        ("metadata", metadata.run),
        ("dates", dates.run),
        ("officials", officials.run),
        ("awards", awards.run),
        ("statistics", statistics.run),
        ("places", places.run),
        ("event", event.run),
    ]


STAGES: list[tuple[str, Callable[[Context], None]]] = []
"""The extractors in the order they run; filled on first use to keep the import cheap."""


def _coerce(text: object) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        try:
            return bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValueError(
                f"input bytes are not valid UTF-8 (byte {exc.start}: {exc.reason}); "
                "decode them yourself and pass a str"
            ) from None
    raise TypeError(f"extract() takes the article text as a str, not {type(text).__name__}")


def _coerce_date(value: object) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            raise ValueError(
                f"reference_date must be an ISO date like '2024-02-23', not {value!r}"
            ) from None
    raise TypeError(
        f"reference_date must be a datetime.date or an ISO string, not {type(value).__name__}"
    )


def extract(
    text: str | bytes,
    *,
    reference_date: dt.date | str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> Document:
    """Extract a :class:`~dan_van_extract.models.Document` from the raw text of one article.

    Args:
        text: the article as scraped (title, date lines, body, captions, furniture).
            ``bytes`` are decoded as UTF-8.
        reference_date: the publication date when the caller knows it; resolves the year
            of dates like ``Ngày 23/11``. Otherwise the article's own date line is used.
        max_chars: refuse longer inputs with :class:`~dan_van_extract.errors.InputTooLarge`.
        timeout: seconds before :class:`~dan_van_extract.errors.ExtractionTimeout`
            (a backstop; real articles take about a millisecond). ``None``: no limit.

    Raises:
        TypeError: ``text`` is not a str or bytes.
        ValueError: bytes that are not UTF-8, or a bad ``reference_date``;
            :class:`InputTooLarge` (a ValueError) past ``max_chars``.

    >>> doc = extract("Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Tu Mơ Rông\\n\\nNội dung.")
    >>> doc.title
    'Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Tu Mơ Rông'
    """
    raw = _coerce(text)
    ref = _coerce_date(reference_date)
    if len(raw) > max_chars:
        raise InputTooLarge(
            f"input has {len(raw):,} characters, more than max_chars={max_chars:,}; "
            "split it or raise max_chars"
        )
    if not raw.strip():
        return Document()
    if not STAGES:
        STAGES.extend(_stages())
    with _match.budget(timeout):
        norm = NormText(raw)
        ctx = Context(norm=norm, layout=segment(norm.text), reference_date=ref)
        for _name, run in STAGES:
            run(ctx)
    return ctx.doc
