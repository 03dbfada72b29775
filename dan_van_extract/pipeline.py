"""The pipeline: normalise, segment, run each extractor in order, assemble the Document.

Each extractor is a sub-package (``metadata``, ``dates``, ``officials``, ``awards``,
``statistics``, ``places``, ``event``) whose ``STAGE`` declares a ``run(ctx)`` function
and what it reads and writes of the :class:`~dan_van_extract.context.Context`. The order
is declared once, in :func:`stages`: later stages read what earlier ones found (statistics
skip the spans that dates and awards claimed; the event links the chair to an official),
and a test checks that the order satisfies every declaration.
"""

from __future__ import annotations

import datetime as dt
import warnings
from functools import cache
from typing import Any

from . import _match
from ._rules import Trace
from .context import Context, Stage
from .errors import InputTooLarge, MarkupWarning, RepetitiveInput
from .layout import segment
from .models import Document, Span
from .text import NormText

__all__ = [
    "DEFAULT_MAX_CHARS",
    "DEFAULT_TIMEOUT",
    "check_repetition",
    "check_size",
    "coerce_date",
    "coerce_text",
    "extract",
    "extract_html",
    "run_stages",
    "stages",
]

DEFAULT_MAX_CHARS = 2_000_000
"""Inputs longer than this many characters are refused with :class:`InputTooLarge`."""
REPETITION_MIN_CHARS = 100_000
"""Inputs at least this long are tested for pathological repetition (shorter ones are
cheap whatever they hold)."""
REPETITION_MAX_RATIO = 100.0
"""An input whose UTF-8 bytes compress (zlib, level 1) more than this many to one is
refused with :class:`RepetitiveInput`. Articles compress about 3:1, a site dump with its
menus repeated on every page about 5:1, one article copied 200 times about 43:1; a
phrase repeated over a megabyte, 150:1 to 230:1."""
DEFAULT_TIMEOUT = 30.0
"""Seconds one extraction may take before :class:`ExtractionTimeout` (a backstop)."""


@cache
def stages() -> tuple[Stage, ...]:
    """The extractors in the order they run, each a :class:`~dan_van_extract.context.Stage`
    declaring what it reads and writes. Imported on first use, to keep the import cheap;
    the tuple is built whole before it is returned, so two threads never see half of it."""
    from . import awards, dates, event, metadata, officials, places, statistics

    return (
        metadata.STAGE,
        dates.STAGE,
        officials.STAGE,
        awards.STAGE,
        statistics.STAGE,
        places.STAGE,
        event.STAGE,
    )


def coerce_text(text: object, what: str = "extract() takes the article text") -> str:
    """The input as a str: bytes are decoded as UTF-8; anything else is a TypeError."""
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
    raise TypeError(f"{what} as a str, not {type(text).__name__}")


def coerce_date(value: object) -> dt.date | None:
    """A reference date from a date, a datetime or an ISO string (None stays None)."""
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

    Warns:
        MarkupWarning: ``text`` is clearly HTML (several tags, or tags and entities):
            :func:`extract_html` reads it properly.

    >>> doc = extract("Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Tu Mơ Rông\\n\\nNội dung.")
    >>> doc.title
    'Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Tu Mơ Rông'
    """
    raw = coerce_text(text)
    ref = coerce_date(reference_date)
    check_size(raw, max_chars)
    check_repetition(raw)
    if not raw.strip():
        return Document()
    if "<" in raw:
        from .markup import looks_like_html

        if looks_like_html(raw):
            warnings.warn(
                "extract() was given HTML: its tags and entities are read as words; "
                "use extract_html() for a web page or a CMS export",
                MarkupWarning,
                stacklevel=2,
            )
    return run_stages(raw, ref, timeout).doc


def extract_html(
    html: str | bytes,
    *,
    url: str | None = None,
    reference_date: dt.date | str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> Document:
    """Extract a :class:`~dan_van_extract.models.Document` from an HTML page, a CMS body
    fragment, or a CMS export with a JSON or YAML front matter.

    The page's furniture (menus, scripts, share buttons, boxes of other news) is left
    out, the article's blocks become lines, and the page's metadata (``<title>``,
    ``og:title``, ``article:published_time``, JSON-LD, the front matter's ``title``,
    ``date`` and ``description``) gives the title, date and lead lines when the body has
    none; UTC times are read in Vietnam's time zone. The plain text read is returned as
    ``Document.text``: every item's ``span`` indexes it, and its ``html_span`` indexes
    ``html`` (None for words of a line made from metadata).

    Args:
        html: the page or fragment; ``bytes`` are decoded as UTF-8.
        url: where the page was found; its host names the ``source`` when the text
            names none.
        reference_date, max_chars, timeout: as for :func:`extract` (``max_chars``
            counts the HTML).

    >>> doc = extract_html("<h1>Hội nghị giao ban</h1><p>Ngày 3/4/2024, hội nghị.</p>")
    >>> d = doc.dates[0]
    >>> doc.title, d.text, d.span, d.html_span
    ('Hội nghị giao ban', 'Ngày 3/4/2024', (19, 32), (29, 42))
    """
    raw = coerce_text(html, "extract_html() takes the page")
    ref = coerce_date(reference_date)
    check_size(raw, max_chars)
    if not raw.strip():
        return Document(text="")
    from .markup import convert

    page = convert(raw)
    check_repetition(page.text)
    if not page.text.strip():
        return Document(text=page.text)
    doc = run_stages(page.text, ref, timeout).doc
    doc.text = page.text
    if doc.author is None and page.author:
        doc.author = page.author
    if doc.source is None and url:
        from urllib.parse import urlsplit

        host = (urlsplit(url if "//" in url else "//" + url).hostname or "").removeprefix("www.")
        doc.source = host or None
    _set_html_spans(doc, page.html_span)
    return doc


def _set_html_spans(node: Any, to_html: Any) -> None:
    """Give every item with a ``span`` its ``html_span`` (``to_html(span)``)."""
    from pydantic import BaseModel

    todo = [node]
    while todo:
        item = todo.pop()
        if isinstance(item, list):
            todo.extend(item)
        elif isinstance(item, BaseModel):
            span: Span | None = getattr(item, "span", None)
            if span is not None and "html_span" in type(item).model_fields:
                item.html_span = to_html(tuple(span))  # type: ignore[attr-defined]
            todo.extend(getattr(item, name) for name in type(item).model_fields)


def check_size(raw: str, max_chars: int) -> None:
    """Refuse an input longer than ``max_chars`` with :class:`InputTooLarge`."""
    if len(raw) > max_chars:
        raise InputTooLarge(
            f"input has {len(raw):,} characters, more than max_chars={max_chars:,}; "
            "split it or raise max_chars"
        )


def check_repetition(raw: str) -> None:
    """Refuse a long text that is pathological repetition with :class:`RepetitiveInput`.

    >>> check_repetition("Chủ tịch Nguyễn Văn An " * 10_000)
    Traceback (most recent call last):
    ...
    dan_van_extract.errors.RepetitiveInput: input of 230,000 characters repeats itself ...
    """
    if len(raw) >= REPETITION_MIN_CHARS:
        import zlib

        data = raw.encode("utf-8", "surrogatepass")
        ratio = len(data) / len(zlib.compress(data, 1))
        if ratio > REPETITION_MAX_RATIO:
            raise RepetitiveInput(
                f"input of {len(raw):,} characters repeats itself "
                f"(it compresses {ratio:.0f}:1, articles about 3:1)"
            )


def run_stages(
    raw: str, reference_date: dt.date | None, timeout: float | None, trace: Trace | None = None
) -> Context:
    """Normalise and segment ``raw``, run every stage under the time budget, and return the
    context (its ``doc`` is the result; ``trace``, when given, records the rules' decisions)."""
    with _match.budget(timeout):
        norm = NormText(raw)
        ctx = Context(norm=norm, layout=segment(norm.text), reference_date=reference_date)
        ctx.trace = trace
        for stage in stages():
            stage.run(ctx)
    return ctx
