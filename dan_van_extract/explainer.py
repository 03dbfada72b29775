"""Why was this found, and why was that missed: every item with the rule behind it.

:func:`explain` runs the extraction with a trace attached and returns one
:class:`Explanation` per extracted item (its kind, text, span and the name of the rule
that produced it) followed by one per candidate a rule turned down (with that rule's
name). ``dan-van-extract explain FILE`` prints them a line each. A rule's name leads to
its definition: ``grep -rn 'officials.title-after-name' dan_van_extract``.

>>> from dan_van_extract import explain
>>> text = ("Ban Dân vận Tỉnh ủy Kon Tum làm việc với Huyện ủy\\n\\n"
...         "Sáng 12/3, đồng chí Nguyễn Văn A, Trưởng Ban Dân vận Tỉnh ủy, chủ trì "
...         "buổi làm việc với 35/71 xã.")
>>> for line in explain(text):
...     print(line)
title      'Ban Dân vận Tỉnh ủy Kon Tum làm việc với Huyện ủy' [0, 49]  metadata.headline
date       'Sáng 12/3' [51, 60]  dates.numbers  (--03-12)
official   'Nguyễn Văn A' [71, 83]  officials.title-after-name  (Trưởng Ban Dân vận Tỉnh ủy)
statistic  '35/71 xã' [139, 147]  statistics.part-of-whole  (35 xã)
location   'Kon Tum' [20, 27]  places.named-with-type-word  (province, Kon Tum)
province   'Kon Tum'  places.province-vote
event      'làm việc' [126, 134]  event.cued-in-title-or-lead
event.date 'Sáng 12/3' [51, 60]  dates.event-in-lead  (--03-12)
rejected statistic  '12/3' [56, 60]  statistics.claimed
rejected date       '35/71' [139, 144]  dates.out-of-range
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ._rules import Trace
from .models import Document, TextSpan

__all__ = ["Explanation", "explain"]

_PROVINCE_RULE = "places.province-vote"


@dataclass(frozen=True)
class Explanation:
    """One extracted item, or one candidate a rule turned down."""

    kind: str
    """``title``, ``date``, ``official``, ``award``, ``statistic``, ``event`` ..."""
    text: str
    span: tuple[int, int] | None
    """Offsets into the input (None for the province, which names no one place)."""
    rule: str | None
    """The name of the rule that produced it (or turned it down)."""
    accepted: bool = True
    note: str = ""
    """A short addition: an official's titles, an award's counts, a statistic's value."""

    def __str__(self) -> str:
        head = "" if self.accepted else "rejected "
        where = f" [{self.span[0]}, {self.span[1]}]" if self.span is not None else ""
        note = f"  ({self.note})" if self.note else ""
        return f"{head}{self.kind:<10} {self.text!r}{where}  {self.rule or '?'}{note}"


def explain(
    text: str | bytes,
    *,
    reference_date: dt.date | str | None = None,
    max_chars: int | None = None,
    timeout: float | None = None,
) -> list[Explanation]:
    """Extract ``text`` as :func:`~dan_van_extract.extract` does and explain every item:
    the extracted ones first (in the order of the document's fields), then every
    candidate a rule turned down, in the order of the text.

    Takes the same arguments as :func:`~dan_van_extract.extract` and raises the same errors.
    """
    from . import pipeline

    raw = pipeline.coerce_text(text)
    ref = pipeline.coerce_date(reference_date)
    pipeline.check_size(raw, pipeline.DEFAULT_MAX_CHARS if max_chars is None else max_chars)
    pipeline.check_repetition(raw)
    if not raw.strip():
        return []
    trace = Trace()
    budget = pipeline.DEFAULT_TIMEOUT if timeout is None else timeout
    doc = pipeline.run_stages(raw, ref, budget, trace=trace).doc
    return _items(raw, doc, trace) + _rejections(raw, trace)


def _items(raw: str, doc: Document, trace: Trace) -> list[Explanation]:
    index = {(r.kind, r.span): r.rule for r in trace.records if r.accepted}
    out: list[Explanation] = []

    def add(kind: str, item: TextSpan | None, note: str = "", key: str | None = None) -> None:
        if item is not None:
            rule = index.get((key or kind, item.span))
            out.append(Explanation(kind, item.text, item.span, rule, True, note))

    prov = doc.provenance
    for field in ("title", "source", "author", "views"):
        add(field, getattr(prov, field))
    if doc.published is not None:
        add("published", doc.published, doc.published.value)
    for date in doc.dates:
        if date.role != "published":
            add("date", date, date.value)
    for period in doc.periods:
        add("period", period, f"{period.start} .. {period.end}")
    for official in doc.officials:
        found = next(
            (m for m in official.mentions if ("official", m.span) in index), official.mentions[0]
        )
        add("official", found, "; ".join(official.titles))
    for award in doc.awards:
        counts = f"{award.form}: {award.collectives} tập thể, {award.individuals} cá nhân"
        add("award", award, counts if award.issuer is None else f"{counts}; {award.issuer}")
    for stat in doc.statistics:
        add("statistic", stat, f"{stat.value:g} {stat.unit}")
    for loc in doc.locations:
        add("location", loc, f"{loc.level}, {loc.province}")
    if doc.province is not None:
        out.append(Explanation("province", doc.province, None, _PROVINCE_RULE))
    if doc.event is not None:
        ev = doc.event
        out.append(Explanation("event", ev.text, ev.span, index.get(("event", ev.span))))
        add("event.date", ev.date, ev.date.value if ev.date else "")
    return out


def _rejections(raw: str, trace: Trace) -> list[Explanation]:
    seen: set[tuple[str, str, tuple[int, int]]] = set()
    out: list[Explanation] = []
    for rec in sorted((r for r in trace.records if not r.accepted), key=lambda r: r.span):
        key = (rec.rule, rec.kind, rec.span)
        if key in seen:
            continue
        seen.add(key)
        start, end = rec.span
        out.append(Explanation(rec.kind, raw[start:end], rec.span, rec.rule, False))
    return out
