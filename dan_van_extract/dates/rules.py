"""Rules of the dates extractor: the publication date, every date, periods, the event date.

``run(ctx)`` fills ``ctx.doc.published``, ``ctx.doc.dates`` and ``ctx.doc.periods``, and
leaves for later stages:

* ``ctx.event_date``: the main event's :class:`~dan_van_extract.models.EventDate` (or
  None); the event stage puts it into ``doc.event.date``;
* ``ctx.publication_date``: the resolved reference date (``ctx.reference_date`` or the
  published date), a :class:`datetime.date` or None.

Dates are read from the content parts only (title, body, captions: ``ctx.content``), so the
site header's visit date and the dates of related-news lists never come out; the
publication date is read from ``meta`` lines only. Every date, period, clock time and the
publication line are claimed, so the statistics stage does not read ``23/11`` or
``2017-2022`` as numbers.

Matching finds numbers (:mod:`.patterns`); :mod:`.resolve` alone applies the reference
date. A year-less date takes its year from the reference date; without one, the event's
date takes it from the article itself (an anniversary count with its founding date, a
period ending that year, a year named in the same sentence) with ``year_inferred=True``,
and otherwise stays ``--MM-DD``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from typing import cast

import regex

from .._match import finditer, match, scan_at, search
from .._rules import Rule
from ..analysis import Analysis, in_quotation, lower_same_length
from ..context import Context
from ..layout import Part
from ..models import DateMention, DateRole, EventDate, Period, Published, TimeOfDay
from . import resolve
from .patterns import (
    AGENCY_DATELINE_RE,
    ANNIVERSARY_RE,
    ASSESS_RE,
    BACKGROUND_OPENING_RE,
    COMMEMORATION_RE,
    CONTINUATION_RE,
    CUE_BEFORE_RE,
    DATE_RE,
    DOCUMENT_BEFORE_RE,
    DOCUMENT_NAMED_BEFORE_RE,
    DOCUMENT_YEAR_BEFORE_RE,
    EDITION_YEAR_RE,
    EVENT_NOUN_RE,
    EVENT_WORD_RE,
    FOUNDING_RE,
    FUTURE_RE,
    HISTORY_RE,
    HM_RE,
    HONOUR_RE,
    IMPLEMENTED_FOR_RE,
    MONTH_YEAR_RE,
    NOT_CURRENT_BEFORE_RE,
    NOT_NAMES_BEFORE_YEAR,
    OCCASION_BEFORE_RE,
    ORDINAL_RE,
    PERIOD_CUE_BEFORE_RE,
    PERIOD_FROM_RE,
    PERIOD_MONTHS_RE,
    PERIOD_PART_RE,
    PERIOD_QUARTER_RE,
    PERIOD_RES,
    PERIOD_TO_MONTH_RE,
    PERIOD_YEARS_RE,
    PLAN_ONLY_RE,
    PLAN_RE,
    PRESENT_RE,
    PREVIOUS_TERM_BEFORE_RE,
    PUBLICATION_RE,
    QUARTERS,
    RANGE_END_RE,
    RELATIVE_DAYS,
    RELATIVE_LEFT_RE,
    RELATIVE_RES,
    RELATIVE_TOD_RE,
    REVIEW_RE,
    ROUND_BEFORE_RE,
    SCHOOL_AHEAD_RE,
    SINCE_TERM_AFTER_RE,
    SINCE_TERM_BEFORE_RE,
    TERM_END_RE,
    TERM_START_RE,
    TIME_CUE_AFTER_RE,
    TIME_CUE_BEFORE_RE,
    TIME_OF_DAY,
    TIME_RE,
    UNIT_AFTER_RE,
    YEAR_NAMED_RE,
    YEAR_PART_RE,
    YEAR_PARTS,
    YEAR_TOKEN_RE,
)

__all__ = ["FoundDate", "FoundPeriod", "run"]

_UPDATED_LABELS = ("cập nhật", "ngày cập nhật")
_GLUED = frozenset("0123456789.,/:")
_MIN_YEAR, _MAX_YEAR = 1800, 2099
"""Years a written date may have (``20-8-1888`` is a birth date in an anniversary)."""
_REVIEW_MARGIN = dt.timedelta(days=45)
"""A review of a year or of months (``tổng kết năm 2018``) is held at its end or after it:
no earlier than this before the last day."""
_ASSESS_MARGIN = dt.timedelta(days=122)
"""A year is weighed up or reported on no earlier than this before its last day: from
September (the Government's yearly reports on crime, corruption, complaints ``năm 2019``
go to the National Assembly's committees in September and to its autumn session)."""


@dataclass
class FoundDate:
    """One date found in the text, before its year is resolved (normal-form offsets)."""

    start: int
    end: int
    month: int
    day: int | None = None
    year: int | None = None
    time_of_day: str | None = None
    cued: bool = False
    """Introduced by a time of day or ``ngày``/``hôm``: it may be the event's date."""
    offset: int | None = None
    """Days from the publication date (``hôm qua`` = -1), for relative dates."""
    weak: bool = False
    """Introduced only by a preposition (``trước 28/4``, ``từ 1/7``): never the event's."""
    document: bool = False
    """A document's date (``Quyết định số 265/QĐ-TTg ngày 31/12/2021``): never the event's."""
    in_pair: bool = False
    """One end of a ``(31/3/1975 - 31/3/2025)`` pair: an anniversary's, not the event's."""
    rule: Rule | None = None
    """The rule that read it."""

    def moved(self, by: int) -> FoundDate:
        """A copy of this date ``by`` characters further on: its fields copied, not passed
        through ``__init__`` again as :func:`dataclasses.replace` does (a quarter of its
        cost; :func:`_from_match_memo` places thousands of copies in a long text)."""
        copy = object.__new__(FoundDate)
        copy.__dict__.update(self.__dict__)
        copy.start += by
        copy.end += by
        return copy


@dataclass
class FoundPeriod:
    """One period found in the text (normal-form offsets); years may come from context."""

    start: int
    end: int
    kind: str | None
    first: str | None
    last: str | None
    year_from_context: tuple[str, int] | None = None
    """``("months", n)``, ``("last_months", n)`` or ``("quarter", q)`` awaiting a year."""
    cue_words: str = ""
    rule: Rule | None = None


# -- the rules --------------------------------------------------------------------------------
PUBLICATION_LINE = Rule(
    "dates.publication-line",
    "The first date line among the meta lines (one not labelled Cập nhật first): "
    "Thứ 4, 30/09/2020 | 15:06:38.",
    PUBLICATION_RE,
)
AGENCY_DATELINE = Rule(
    "dates.agency-dateline",
    "With no publication line, a news agency's dateline opening the lead with its filing "
    "day: Hà Nội (TTXVN 11/3/2022) Tại hội nghị ...",
    AGENCY_DATELINE_RE,
)
PUBLICATION_STAMP = Rule(
    "dates.publication-stamp",
    "A short line right after the title opening with a weekday or a clock and a date.",
)
DATE_NUMBERS = Rule(
    "dates.numbers",
    "A date in numbers with its cue: Sáng 30/9, ngày 16-11-2017, 9 và 10-2.",
    DATE_RE,
)
DATE_WRITTEN = Rule("dates.written-out", "ngày 1 tháng 3 năm 2017: a date in words and numbers.")
MONTH_OF_YEAR = Rule("dates.month-of-year", "tháng 5/2025, tháng 3 năm 2017.", MONTH_YEAR_RE)
RELATIVE_DAY = Rule(
    "dates.relative-day",
    "hôm qua, ngày mai, chiều nay: a day counted from the publication date.",
)
LISTED_DATE = Rule("dates.listed", "A second date right after a first: 30/4 - 1/5, 9/2 và 10/2.")
GLUED_NUMBER = Rule("dates.glued-number", "Part of a bigger number (1.036, 35/71): no date.")
NOT_A_DATE = Rule("dates.out-of-range", "Numbers that make no calendar date (31/4, 1888-13).")
NEEDS_CUE = Rule(
    "dates.needs-cue",
    "A day and month without a year need a cue before them (Sáng, ngày, từ); a dash or a "
    "dot between them, a strong one (Sáng, ngày).",
)
RANGE_OF_NUMBERS = Rule(
    "dates.range-of-numbers", "8-12 người: a range of numbers before a unit, not a date."
)
PERIOD_YEARS = Rule(
    "periods.years",
    "Two years with a cue or a dash: giai đoạn 2016-2021, nhiệm kỳ 2020 – 2025, từ 2010 đến 2020.",
    PERIOD_YEARS_RE,
)
PERIOD_FROM_TO = Rule(
    "periods.from-to",
    "từ tháng 8/2011 đến tháng 4/2016, từ ngày 1/7/2020 đến ngày 30/6/2021, từ năm 2016 "
    "đến tháng 9-2018.",
    PERIOD_FROM_RE,
)
PERIOD_MONTHS = Rule("periods.months", "tháng 9-10/2016: months of one year.", PERIOD_MONTHS_RE)
PERIOD_PART_OF_YEAR = Rule(
    "periods.part-of-year",
    "9 tháng đầu năm 2020, 3 tháng cuối năm, nửa đầu năm nay.",
    PERIOD_PART_RE,
)
PERIOD_QUARTER = Rule("periods.quarter", "quý I/2025, quý IV năm 2017.", PERIOD_QUARTER_RE)
PERIOD_NOT_ONE = Rule(
    "periods.not-a-period",
    "Two years joined by đến without từ, years too far apart, months that do not follow.",
)
PERIOD_NO_YEAR = Rule(
    "periods.no-year", "6 tháng đầu năm with no year in the text or the publication date."
)
EVENT_IN_LEAD = Rule(
    "dates.event-in-lead",
    "The event's date: in the lead's first two sentences a date with a time of day or "
    "ngày first, else the first date of its first sentence.",
)
EVENT_IN_TITLE = Rule("dates.event-in-title", "The event's date: a cued date in the title.")
EVENT_IN_SECOND_PARAGRAPH = Rule(
    "dates.event-in-second-paragraph",
    "The event's date: a cued date in the first sentence of the second paragraph.",
)
EVENT_IN_CAPTION = Rule(
    "dates.event-in-caption",
    "The event's date when the body gives none: a date with a time of day in a caption (or "
    "a sentence ending on a photo credit) that names an event (bế mạc sáng 12-5 - Ảnh: VGP).",
)
EVENT_IN_EVENT_SENTENCE = Rule(
    "dates.event-in-event-sentence",
    "The event's date: a later cued date of the lead in a sentence that names an event "
    "(hội nghị, lễ, tổ chức, diễn ra) over a first one in a sentence that names none.",
    EVENT_WORD_RE,
)
EVENT_LATER_IN_LEAD = Rule(
    "dates.event-later-in-lead",
    "The event's date: when the lead's first sentences have none (a caption repeated "
    "before it), the first cued date of the lead in a sentence naming or holding an event "
    "(hội nghị, tổ chức, dâng hương) and no plan.",
    EVENT_WORD_RE,
)
EVENT_NOT_BACKGROUND = Rule(
    "dates.event-not-background",
    "A date in a sentence opening with background or a plan (Được biết, Trước đó, Trước "
    "đây, Theo kế hoạch, Dự kiến) is not the reported event's date.",
    BACKGROUND_OPENING_RE,
)
EVENT_BEFORE_LEAD = Rule(
    "dates.event-before-lead",
    "The event's date: a cued date opening a line between the title and the lead (a lead "
    "set out as short lines) when the lead and the title have none.",
)
YEAR_ANNIVERSARY = Rule(
    "dates.year-anniversary",
    "kỷ niệm N năm in the event's sentence or the title, with the founding date (on the "
    "event's day, or in its month in a sentence saying thành lập, đầu tiên ...), the pair "
    "(31/3/1975 - 31/3/2025) or (1989-2019): the founding year + N.",
    ANNIVERSARY_RE,
)
YEAR_ANNIVERSARY_PAIR = Rule(
    "dates.year-anniversary-pair",
    "An anniversary pair anywhere in the article, (19-5-1890 - 19-5-2018), whose end falls "
    "within 60 days of the event's day: its end year.",
)
YEAR_SAME_DAY = Rule(
    "dates.year-same-day",
    "The event's day and month written elsewhere with a year (tức ngày 6/2/2017): that "
    "year; not a document's date, a pair's, a birth's or a founding's.",
)
YEAR_DOCUMENT_COUNT = Rule(
    "dates.year-years-of-a-document",
    "N năm thực hiện Luật Hợp tác xã năm 2012 in the event's sentence: 2012 + N.",
    IMPLEMENTED_FOR_RE,
)
YEAR_TERM_START = Rule(
    "dates.year-term-start",
    "Đại hội ... nhiệm kỳ 2019 – 2024 in the event's sentence: the term's first year; a "
    "term the congress closes (Nhiệm kỳ IV beside Đại hội lần thứ V, nhiệm kỳ qua) or a "
    "closing session closes (kỳ họp cuối cùng của nhiệm kỳ 2011-2016): its last year.",
    TERM_START_RE,
)
YEAR_REVIEWED = Rule(
    "dates.year-reviewed",
    "tổng kết, sơ kết (or đánh giá, về tình hình ...) a year or months in the event's "
    "sentence: the year that puts the event at or after their end (less 45 days); a span "
    "of years after tổng kết, sơ kết: its last year. A year naming a document (Luật ... năm "
    "2012) is not reviewed.",
    REVIEW_RE,
)
YEAR_HONOURED = Rule(
    "dates.year-honoured",
    "tuyên dương, trao giải, vinh danh ... năm 2017 in the event's sentence: the year named.",
    HONOUR_RE,
)
YEAR_EDITION = Rule(
    "dates.year-edition",
    "An edition or a named event with its year in the event's sentence or the title "
    "(lần thứ 10 năm 2016, Intel ISEF 2017), or a school year (năm học 2019-2020: the "
    "first year from July, else the second).",
    EDITION_YEAR_RE,
)
YEAR_PART = Rule(
    "dates.year-part-of-year",
    "đầu năm 2017 with the event in January to April (cuối năm: October to December).",
    YEAR_PART_RE,
)
YEAR_PLAN = Rule(
    "dates.year-plan",
    "triển khai kế hoạch ... năm 2018 with no reviewed year: the plan's year, or the year "
    "before when the event falls in the 45 days before the plan starts.",
    PLAN_ONLY_RE,
)
YEAR_NEAR_DATES = Rule(
    "dates.year-near-dates",
    "Dates with years within 45 days of the event's day and month, all putting it in one "
    "year, in sentences tying them to the present (vừa qua, đang, kể từ), or months of a "
    "year as near in the event's sentence or the title; not documents', pairs' or the "
    "past's; a deadline in a sentence about the future (sẽ hoàn thành trước 10-10-2019) "
    "comes after the event.",
)
YEAR_SAME_MONTH = Rule(
    "dates.year-same-month",
    "The event's own month written with a year anywhere in the body (đầu tháng 11/2018 for "
    "an event on 27/11), all such months agreeing; not documents', pairs' or the past's.",
)
YEAR_MONTHS_REVIEWED = Rule(
    "dates.year-months-reviewed",
    "The year of the one review of a year's first months the article reports (9 tháng đầu "
    "năm 2017) when the event falls in the month those months end or the next (a meeting "
    "on 25/9 reviewing them); nothing when two years compete.",
)
YEAR_AFTER_LATEST_DATE = Rule(
    "dates.year-after-latest-date",
    "The year of the latest date the article tells of as it stands (not a document's, a "
    "pair's, a deadline's or a start pointed to with vào/đến/từ, not history or plans), "
    "when the event falls on it or within two months after it and no later year is named "
    "(a month alone that is the event's own is left to dates.year-same-month), unless the "
    "event commemorates (tưởng niệm, dâng hương): Ngày 24/4/2019 ... then Sáng 14/6 gives "
    "2019.",
)
YEAR_CURRENT = Rule(
    "dates.year-current",
    "The one year that every current year named in the title, the lead, the captions and "
    "the event's sentence gives the event (a reviewed year the next once over, a plan's "
    "the year before in its last weeks); nothing when two compete. Periods, documents, "
    "births, targets, comparisons and history do not count.",
)
_PERIOD_RULES = {
    PERIOD_YEARS_RE: PERIOD_YEARS,
    PERIOD_FROM_RE: PERIOD_FROM_TO,
    PERIOD_TO_MONTH_RE: PERIOD_FROM_TO,
    PERIOD_MONTHS_RE: PERIOD_MONTHS,
    PERIOD_PART_RE: PERIOD_PART_OF_YEAR,
    PERIOD_QUARTER_RE: PERIOD_QUARTER,
}


# -- the publication date -----------------------------------------------------------------
def _clock(text: str | None) -> tuple[int, int, int] | None:
    if not text:
        return None
    m = HM_RE.search(text)
    if m is None:
        return None
    hour, minute = int(m["h"]), int(m["mi"])
    second = int(m["s"]) if m["s"] else 0
    ampm = (m["ap"] or "").upper()
    if ampm in ("PM", "CH") and hour < 12:
        hour += 12
    elif ampm in ("AM", "SA") and hour == 12:
        hour = 0
    return hour, minute, second


def parse_publication(line: str) -> tuple[str, dt.date, regex.Match[str]] | None:
    """The ISO value and date of a publication line, or None when it shows no date.

    >>> parse_publication("Thứ 4, 30/09/2020 | 15:06:38")[0]
    '2020-09-30T15:06:38+07:00'
    >>> parse_publication("Thứ Tư, 30/11/2022")[0]
    '2022-11-30'
    """
    m = search(PUBLICATION_RE, line)
    if m is None:
        return None
    if m["iy"]:
        year, month, day = int(m["iy"]), int(m["im"]), int(m["id"])
    else:
        year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
    if not resolve.valid_day(day, month, year):
        return None
    date = dt.date(year, month, day)
    clock = _clock(m["t2"]) or _clock(m["t1"]) or _clock(m["t0"])
    if clock is None:
        return date.isoformat(), date, m
    sign, hours = (m["sign"] or "+"), int(m["oh"] or 7)
    minutes = int(m["om"] or 0)
    tz = f"{sign}{hours:02d}:{minutes:02d}"
    h, mi, s = clock
    return f"{date.isoformat()}T{h:02d}:{mi:02d}:{s:02d}{tz}", date, m


def _publication(ctx: Context) -> tuple[Published, dt.date, tuple[int, int]] | None:
    """The first publication line among the meta parts (one not labelled ``Cập nhật``
    first), or a date-time stamp opening the line right after the title."""
    text = ctx.text
    found: list[tuple[str, dt.date, Part, bool]] = []
    for part in ctx.layout.of("meta"):
        parsed = parse_publication(text[part.start : part.end])
        if parsed is not None:
            value, date, m = parsed
            label = (m["label"] or "").strip(" \t:,").lower()
            found.append((value, date, part, label.startswith(_UPDATED_LABELS)))
    if not found:
        stamp = _stamp_after_title(ctx)
        if stamp is None:
            return _agency_dateline(ctx)
        found.append((*stamp, False))
    value, date, part, _ = next((f for f in found if not f[3]), found[0])
    line, span = ctx.item(part.start, part.end)
    ctx.accepted(
        PUBLICATION_LINE if part.kind == "meta" else PUBLICATION_STAMP,
        "published",
        part.start,
        part.end,
    )
    return Published(value=value, text=line, span=span), date, (part.start, part.end)


_DATELINE_PARTS = 2
"""How many content parts from the top may open with an agency's dateline: the lead's, or
the one under a headline the layout did not see (as the metadata's lead credit reads)."""


def _agency_dateline(ctx: Context) -> tuple[Published, dt.date, tuple[int, int]] | None:
    """The filing day in a news agency's dateline opening the lead (``Hà Nội (TTXVN
    11/3/2022) Tại ...``), read only when the page prints no publication line: the day the
    agency sent the story is the day it was published."""
    content = [p for p in ctx.layout.parts if p.kind in ("body", "caption")]
    for part in content[:_DATELINE_PARTS]:
        if ctx.text.find("(", part.start, part.end) < 0:
            continue  # the agency's credit is in brackets
        m = match(AGENCY_DATELINE_RE, ctx.text, part.start, part.end)
        if m is None:
            continue
        day, month, year = int(m["d"]), int(m["m"]), int(m["y"])
        if not resolve.valid_day(day, month, year):
            return None
        date = dt.date(year, month, day)
        text, span = ctx.item(*m.span("date"))
        ctx.accepted(AGENCY_DATELINE, "published", *m.span("date"))
        return Published(value=date.isoformat(), text=text, span=span), date, m.span("date")
    return None


def _stamp_after_title(ctx: Context) -> tuple[str, dt.date, Part] | None:
    """A short line right after the title that opens with a weekday or clock and a date
    (``Thứ Hai, 12/03/2018 - 10:15 | Lượt xem: 12``): the layout calls it a caption."""
    title = ctx.layout.title
    if title is None:
        return None
    parts = ctx.layout.parts
    i = parts.index(title)
    if i + 1 >= len(parts) or parts[i + 1].kind not in ("caption", "body"):
        return None
    part = parts[i + 1]
    line = ctx.text[part.start : part.end]
    if len(line) > 120:
        return None
    parsed = parse_publication(line)
    if parsed is None:
        return None
    value, date, m = parsed
    if m.start() != 0 or not (m["wd"] or m["t0"] or m["t1"] or m["t2"] or m["label"]):
        return None
    return value, date, part


# -- where the scanning patterns may match ---------------------------------------------------
_DIGIT_RUN_RE = regex.compile(r"\d+")
"""A run of digits, ``\\d`` as the scanning patterns read it (the same engine and flags)."""
_BLANKS = " \t"


def _maybe_digit(c: str) -> bool:
    """Whether ``c`` may be a digit as ``\\d`` reads it: an ASCII digit, or any character
    outside ASCII (the digits of other scripts: the pattern tried there decides)."""
    return "0" <= c <= "9" or c > "\x7f"


def _next_word(content: str, pos: int) -> str:
    """The text from ``pos`` after the blanks there, as far as the patterns read after a
    number (``_SP``/``_OSP``, at most three blanks, before a link word and again before
    ``ngày`` or a number). More blanks are skipped too: that only adds a place to try."""
    return content[pos : pos + 20].lstrip(_BLANKS)


class _Places:
    """Where the content's scanning patterns may start, found once per document.

    A pattern opening with a look-behind or a class of characters (``DATE_RE``, the
    periods, ``TIME_RE``) makes the engine try it at every character of the content, and
    ``regex`` spends a tenth of a microsecond there each time: half the stage. Its matches
    open instead with numbers (a run of digits, found in one scan, followed by what the
    pattern wants after them: a separator, a link word, ``tháng``, ``giờ``) or with a
    fixed word (``từ``, ``tháng``, ``nửa``, ``quý``, a bracket), found with ``str.find``;
    each pattern is tried only there (:func:`dan_van_extract._match.scan_at`). A test
    here may let through a place where the pattern fails (the pattern decides), never
    hold back one where it matches: every method names what its pattern needs."""

    def __init__(self, content: str, low: str | None = None) -> None:
        self.content = content
        self.low = lower_same_length(content) if low is None else low
        """The content in lower case, offsets unchanged (the analysis' own, when given)."""
        self.runs: list[tuple[int, int, str]] = [
            (m.start(), m.end(), _next_word(content, m.end()))
            for m in finditer(_DIGIT_RUN_RE, content)
        ]
        """Each run of digits: its start, its end and what follows it (:func:`_next_word`)."""

    def literals(self, *words: str) -> list[int]:
        """Every offset where one of ``words`` (in lower case) stands in any case, in
        order: the patterns spell the case of their opening letter (``[Tt]ừ``) and decide
        it; a word in capitals is one more place tried."""
        low = self.low
        out: list[int] = []
        for word in words:
            i = low.find(word)
            while i >= 0:
                out.append(i)
                i = low.find(word, i + 1)
        out.sort()
        return out

    def dates(self) -> list[int]:
        """:data:`DATE_RE`: every form opens with the one or two digits ending a run,
        before a separator (``/.-``), a comma, a link (``-``, ``–``, ``và``, ``đến``,
        ``tới``) or ``tháng`` (blanks between), then a number or ``ngày``; or with the four
        of an ISO year before ``-``. Of a run's last two digits only the first is tried:
        where the last alone would match, both do (``\\d{1,2}``; the forms with a
        look-behind want no digit before)."""
        content = self.content
        out: list[int] = []
        for s, e, word in self.runs:
            if _DATE_NEXT_RE.match(word) is None:
                continue
            if e - s >= 4 and content[e : e + 1] == "-":
                out.append(e - 4)
            out.append(e - 2 if e - s >= 2 else e - 1)
        return out

    def times(self) -> list[int]:
        """:data:`TIME_RE`: an hour is a whole run of one or two digits (the pattern wants
        no digit before it) followed by ``:``, ``h`` or ``giờ`` (a blank between)."""
        return [s for s, e, word in self.runs if e - s <= 2 and word.startswith((":", "h", "giờ"))]

    def periods(self) -> dict[regex.Pattern[str], list[int]]:
        """Where each of :data:`PERIOD_RES` may start."""
        content = self.content
        years: list[int] = []  # PERIOD_YEARS_RE: "(2013 – 2019)", "2017 đến năm 2020"
        parts: list[int] = []  # PERIOD_PART_RE: "9 tháng đầu năm" (one or two digits)
        for s, e, word in self.runs:
            if (
                e - s >= 4
                and content[e - 4 : e - 2] in ("19", "20")
                and word.startswith(("-", "–", "—", "đến", "tới"))
            ):
                if content[e - 5 : e - 4] == "(":
                    years.append(e - 5)
                years.append(e - 4)
            # (its look-behind wants no digit before: a whole run of one or two digits)
            if e - s <= 2 and content[e : e + 1] in (" ", "\t") and word.startswith("tháng"):
                parts.append(s)
        # PERIOD_FROM_RE: "từ" and a blank before "tháng", "ngày" or a number;
        # PERIOD_TO_MONTH_RE: before "năm", "ngày" or a number
        from_month: list[int] = []
        from_year: list[int] = []
        for pos in self.literals("từ"):
            if content[pos + 2 : pos + 3] not in (" ", "\t"):
                continue
            word = _next_word(content, pos + 2)
            number = _maybe_digit(word[:1]) or word.startswith("ngày")
            if number or word.startswith("tháng"):
                from_month.append(pos)
            if number or word.startswith("năm"):
                from_year.append(pos)
        # PERIOD_MONTHS_RE: "tháng" or a bracket before a number: "tháng 9-10/2016",
        # "(1/2004 - 5/2010)"
        months = [
            pos
            for pos in self.literals("tháng", "(")
            if _maybe_digit(_next_word(content, pos + (1 if content[pos] == "(" else 5))[:1])
        ]
        return {
            PERIOD_YEARS_RE: years,
            PERIOD_FROM_RE: from_month,
            PERIOD_TO_MONTH_RE: from_year,
            PERIOD_MONTHS_RE: months,
            PERIOD_PART_RE: sorted(parts + self.literals("nửa")),
            PERIOD_QUARTER_RE: self.literals("quý", "quí"),
        }


_DATE_NEXT_RE = re.compile(r"(?:[/.,\-–]|và|đến|tới|tháng)[ \t]*(?:ngày|[0-9]|[^\x00-\x7f])")
"""What may follow the first number of a :data:`DATE_RE` match (its blanks stripped): a
separator, a comma, a link or ``tháng``, then ``ngày`` or a number (:func:`_maybe_digit`:
any character outside ASCII may be one)."""


def _year_tokens(content: str, lo: int, hi: int) -> list[regex.Match[str]]:
    """What ``finditer(YEAR_TOKEN_RE, content, lo, hi)`` gives, the pattern tried only
    where ``19`` or ``20`` (how its years open) stands after no ASCII digit (it wants no
    digit before the year): a sentence holds a few, and a scan of it costs more than
    trying them."""
    starts: list[int] = []
    for head in ("19", "20"):
        i = content.find(head, lo, hi)
        while i >= 0:
            if not "0" <= content[i - 1 : i] <= "9":
                starts.append(i)
            i = content.find(head, i + 1, hi)
    if not starts:
        return []
    starts.sort()
    return scan_at(YEAR_TOKEN_RE, content, starts, hi)


# -- dates in the content -----------------------------------------------------------------
def _int(s: str | None) -> int | None:
    return int(s) if s else None


def _tod(word: str | None) -> str | None:
    if not word:
        return None
    return TIME_OF_DAY.get(" ".join(word.lower().split()))


_CUE_SLICE = 40
"""How many characters before a date's numbers are read for its cue."""


def _at(
    pattern: regex.Pattern[str], text: str, pos: int, width: int = 48
) -> regex.Match[str] | None:
    """A ``\\G``-anchored pattern tried at ``pos`` only (the window is kept short): what a
    search from ``pos`` finds (``\\G`` holds there only), with one anchored try."""
    return match(pattern, text, pos, min(len(text), pos + width))


_SHORT_WINDOW = 1000
"""Windows up to this long are read by :func:`_closing` with one try."""


def _closing(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> regex.Match[str] | None:
    """What ``search(pattern, text, pos, endpos)`` finds for a pattern read backwards
    (``REVERSE``) that closes with ``\\Z``: it can only match from ``endpos``, where
    ``match`` tries it once, instead of ``search`` trying every other place too."""
    if endpos is None:
        endpos = len(text)
    if endpos - pos > _SHORT_WINDOW:
        return search(pattern, text, pos, endpos)
    return match(pattern, text, pos, endpos)


def _slice_before(content: str, pos: int, width: int = _CUE_SLICE) -> tuple[str, int]:
    """The text of the same line before ``pos`` (at most ``width`` characters)."""
    lo = max(0, pos - width)
    nl = content.rfind("\n", lo, pos)
    if nl >= 0:
        lo = nl + 1
    return content[lo:pos], lo


def _relative(m: regex.Match[str], content: str) -> FoundDate | None:
    """``hôm qua``, ``ngày mai``, ``chiều nay,``: a day counted from the publication date."""
    g = m.groupdict()
    start, end = m.span()
    if g.get("lead") is not None:
        start = m.start("lead")
    before, lo = _slice_before(content, start)
    tod_m = search(RELATIVE_TOD_RE, before)
    tod = _tod(tod_m["tod"]) if tod_m else None
    word = content[start:end].lower()
    if g.get("lead") is None:  # "nay", "qua" alone: only after a time of day
        if tod_m is None:
            return None
        offset = -1 if word == "qua" else 0
    else:
        offset = RELATIVE_DAYS[" ".join(word.split())]
        if tod_m is None and not search(RELATIVE_LEFT_RE, before):
            return None
    if tod_m is not None:
        start = lo + tod_m.start()
    return FoundDate(
        start, end, month=0, time_of_day=tod, cued=True, offset=offset, rule=RELATIVE_DAY
    )


_NAMED_DOCUMENT_REACH = 110
"""How far before a date's cue a document named without its number may start."""
_DOCUMENT_NAME_VERBS = regex.compile(
    r"(?<![\p{L}])(?:tổ[ \t]chức|diễn[ \t]ra|khai[ \t]mạc|tiến[ \t]hành|họp|trao|ra[ \t]mắt|đến"
    r"|được|vừa|đã|sẽ|thông[ \t]qua|ban[ \t]hành|ký|cho|của|tại|với|về)(?![\p{L}])"
)
"""Lower-case words that no document's name holds: a verb or a preposition makes the words
before the date a clause, not a title."""


def _named_document(content: str, start: int) -> bool:
    """A document named right before the date's cue ``ngày``, without a number
    (:data:`DOCUMENT_NAMED_BEFORE_RE`)."""
    if content[start : start + 4].lower() != "ngày":
        return False
    m = _closing(DOCUMENT_NAMED_BEFORE_RE, content, max(0, start - _NAMED_DOCUMENT_REACH), start)
    return m is not None and search(_DOCUMENT_NAME_VERBS, m["name"]) is None


_BATCH_BEFORE_RE = regex.compile(r"(?<![\p{L}])đợt[ \t]+\Z", regex.IGNORECASE)
"""``đợt`` right before a date: the date names a batch (``trao Huy hiệu Đảng đợt
2/9/2023``, the holiday it is given for), not the day it is given."""


_OCCASION_READ = 24
"""How far before a date's cue its occasion word is looked for."""


def _at_end(pattern: regex.Pattern[str], content: str, pos: int) -> bool:
    """Whether ``pattern`` (anchored with ``\\Z``) ends right at ``pos``."""
    return search(pattern, content, max(0, pos - 12), pos) is not None


def _from_match(m: regex.Match[str], content: str) -> FoundDate | Rule:
    """A :class:`FoundDate` from a :data:`DATE_RE` match, or the rule that says it is no
    date (numbers out of range, no cue where one is needed)."""
    start, end = m.span()
    if content[start - 1 : start] in _GLUED and start > 0:
        return GLUED_NUMBER  # part of a bigger number: "1.036", "35/71"
    if m.re is MONTH_YEAR_RE:
        start = m.start("lead")
        month, month_year = int(m["mm"]), int(m["yy"])
        if not (1 <= month <= 12 and _MIN_YEAR <= month_year <= _MAX_YEAR):
            return NOT_A_DATE
        return FoundDate(start, end, month, None, month_year, rule=MONTH_OF_YEAR)
    if m["iy"]:
        iso_year, month, day = int(m["iy"]), int(m["im"]), int(m["id"])
        if not (_MIN_YEAR <= iso_year <= _MAX_YEAR and resolve.valid_day(day, month, iso_year)):
            return NOT_A_DATE
        return FoundDate(start, end, month, day, iso_year, rule=DATE_NUMBERS)
    day, month = int(m["d"]), int(m["m"])
    year = _int(m["y"])
    if year is not None and not _MIN_YEAR <= year <= _MAX_YEAR:
        return NOT_A_DATE
    if not resolve.valid_day(day, month, year):
        return NOT_A_DATE
    before, lo = _slice_before(content, start)
    cue = _closing(CUE_BEFORE_RE, before)
    tod = _tod(cue["tod"]) if cue else None
    # "từ ngày 11/11 đến ngày 15/11": the first day of a range opens the event
    ranged = m["d1"] is not None or (
        cue is not None
        and cue["fromday"] is not None
        and _at(RANGE_END_RE, content, end) is not None
    )
    strong = bool(
        cue
        and (
            cue["tod"]
            or cue["strong"]
            or cue["pcue"]
            or cue["relcue"]
            or cue["relcomma"]
            or (cue["fromday"] and ranged)
        )
    )
    weak = bool(cue and (cue["weak"] or cue["fromday"])) and not strong
    sep = m["sep"]
    if m["gap"] and not (cue and (cue["tod"] or cue["strong"])):
        return NEEDS_CUE  # "26/ 2" only after "Sáng ngày", "ngày"
    if cue is not None and (cue["pcue"] or cue["relcue"] or cue["relcomma"]):
        if cue["pcue"] and content[end : end + 4].lstrip(" \t")[:1] != ")":
            return NEEDS_CUE
        if cue["relcomma"] and content[end : end + 4].lstrip(" \t")[:1] not in (",", ")"):
            return NEEDS_CUE  # "Hôm nay, 4/5, ..." but not "Hôm nay, 4/5 người"
        words = (cue["pcue"] or cue["relcue"] or cue["relcomma"]).lower().split()
        tod = _tod(" ".join(words[:2])) or _tod(words[0])
        if cue["pcue"]:
            end = content.index(")", end) + 1
    if sep is None and not ((cue and (cue["strong"] or cue["tday"])) or year):
        return NEEDS_CUE  # written out ("ngày 1 tháng 3"): needs "ngày" or a year
    if year is None and sep is not None:
        if not (strong or weak):
            return NEEDS_CUE
        if sep in "-." and not strong:
            return NEEDS_CUE
        if sep in "-." and _at(UNIT_AFTER_RE, content, end) is not None:
            return RANGE_OF_NUMBERS
    first_day = day
    if m["d1"] is not None:
        first_day = int(m["d1"])
        if not (strong or weak) or not 1 <= first_day < day:
            return NEEDS_CUE
        if sep == "-" and not strong:
            return NEEDS_CUE
    if cue is not None:
        start = lo + cue.start()
    # A document's number or name, an occasion word and "đợt" all end with blanks right
    # before the cue (their patterns close with "[ \t]{1,3}\Z", "[ \t]+\Z").
    blank_before = content[start - 1 : start] in (" ", "\t")
    document = (
        blank_before and search(DOCUMENT_BEFORE_RE, content, max(0, start - 48), start) is not None
    )
    if not document and blank_before:
        document = _named_document(content, start)
    if (
        blank_before
        and cue is not None
        and cue["strong"]
        and not cue["tod"]
        and cue["strong"].lower() == "ngày"
        and search(OCCASION_BEFORE_RE, content, max(0, start - _OCCASION_READ), start) is not None
    ):
        strong, weak = False, True  # "tri ân ... nhân ngày 27/7": the occasion, not the day
    if cue is None and blank_before and _at_end(_BATCH_BEFORE_RE, content, start):
        weak = True  # "Huy hiệu Đảng đợt 2/9/2023": a batch named by a holiday
    rule = DATE_WRITTEN if sep is None else DATE_NUMBERS
    return FoundDate(
        start,
        end,
        month,
        first_day,
        year,
        tod,
        cued=strong,
        weak=weak,
        document=document,
        rule=rule,
    )


_READ_BEFORE = 160
_READ_AFTER = 56
"""A date's reading depends on at most this many characters before it (its cue, and a
document's number before the cue) and after it (a unit that makes it a range, a bracket)."""


def _from_match_memo(
    m: regex.Match[str], content: str, memo: dict[tuple[int, str, str, str], FoundDate | Rule]
) -> FoundDate | Rule:
    """:func:`_from_match`, read once for each distinct window (the reading depends on the
    window alone), then placed where the match stands."""
    a, b = m.span()
    key = (id(m.re), content[max(0, a - _READ_BEFORE) : a], m.group(), content[b : b + _READ_AFTER])
    cached = memo.get(key)
    if cached is not None:
        if isinstance(cached, Rule):
            return cached
        return cached.moved(a)
    found = _from_match(m, content)
    if isinstance(found, Rule):
        memo[key] = found
    else:
        memo[key] = found.moved(-a)
    return found


def _continuations(content: str, first: FoundDate) -> list[FoundDate]:
    """Dates listed right after ``first`` (``ngày 30/4 - 1/5``, ``9/2 và 10/2``)."""
    out: list[FoundDate] = []
    pos = first.end
    prev = first
    for _ in range(4):
        # CONTINUATION_RE opens with its link after at most three blanks (matched
        # case-insensitively: lower case tells it, by the letters before any "i")
        if not content[pos : pos + 8].lstrip(_BLANKS).lower().startswith(_LINKS):
            break
        m = _at(CONTINUATION_RE, content, pos)
        if m is None:
            break
        day, month, year = int(m["d"]), int(m["m"]), _int(m["y"])
        if not resolve.valid_day(day, month, year):
            break
        if m["sep"] == "-" and year is None and _at(UNIT_AFTER_RE, content, m.end()) is not None:
            break
        cue = content[m.end("link") : m.start("d")].split()
        if m["link"] == "," and cue and _tod(cue[0]):
            break  # "3/2/1930 - 3/2/2012, sáng ngày 30/1/2012": a new date, with its own cue
        found = FoundDate(m.start("d"), m.end(), month, day, year, cued=False, rule=LISTED_DATE)
        out.append(found)
        if year is not None and prev.year is None and prev.day is not None:
            prev.year = year - 1 if (prev.month, prev.day) > (month, day) else year
        prev, pos = found, m.end()
    return out


_LINKS = (",", "-", "–", "và", "đế", "tớ", "ho")
"""How the links of :data:`CONTINUATION_RE` open (``,``, ``-``, ``–``, ``và``, ``đến``,
``tới``, ``hoặc``), in lower case."""

_PAIR_SEPARATORS = ("-", "–", "—", "/")
"""What stands between the two dates of a pair (``(19-5-1890/ 19-5-2017)``)."""


def _mark_pairs(content: str, found: list[FoundDate]) -> None:
    """Mark ``(D/M/Y - D/M/Y)`` pairs: two dates of an anniversary, not a period. Without
    brackets, the same day and month in two years (``Ngày thành lập Đảng 3/2/1930 -
    3/2/2020``) are a pair too."""
    for a, b in itertools.pairwise(found):
        between = content[a.end : b.start].strip()
        if between not in _PAIR_SEPARATORS:
            continue
        before = content[max(0, a.start - 2) : a.start].strip()
        after = content[b.end : b.end + 2].strip()
        bracketed = before.endswith("(") and after.startswith(")")
        same_day = (
            a.year is not None
            and b.year is not None
            and a.year < b.year
            and a.day is not None
            and (a.day, a.month) == (b.day, b.month)
        )
        if bracketed or same_day:
            a.in_pair = b.in_pair = True


def find_dates(
    ctx: Context,
    skip: tuple[int, int] | None = None,
    *,
    relative_days: bool = True,
    places: _Places | None = None,
) -> list[FoundDate]:
    """Every date in the content (the normal-form text with non-content blanked), in order.
    ``relative_days=False`` skips ``hôm qua`` and the like (no reference date to count from).
    """
    content = ctx.content
    if places is None:
        places = _Places(content)
    matches = scan_at(DATE_RE, content, places.dates())
    matches += finditer(MONTH_YEAR_RE, content)
    relative = (
        [m for pattern in RELATIVE_RES for m in finditer(pattern, content)] if relative_days else []
    )
    candidates: list[FoundDate] = []
    memo: dict[tuple[int, str, str, str], FoundDate | Rule] = {}
    for m in matches:
        found = _from_match_memo(m, content, memo)
        if isinstance(found, Rule):
            ctx.rejected(found, "date", *m.span())
        else:
            candidates.append(found)
    for m in relative:
        day = _relative(m, content)
        if day is not None:
            candidates.append(day)
    candidates.sort(key=lambda f: (f.start, -f.end))
    out: list[FoundDate] = []
    taken_to = -1
    for found in candidates:
        if found.start < taken_to or (skip and skip[0] <= found.start < skip[1]):
            continue
        out.append(found)
        taken_to = found.end
        if found.day is not None and found.offset is None:
            more = _continuations(content, found)
            out.extend(more)
            if more:
                taken_to = more[-1].end
    _mark_pairs(content, out)
    return out


# -- periods ------------------------------------------------------------------------------
def _period_from_match(m: regex.Match[str], content: str) -> FoundPeriod | None:
    """A :class:`FoundPeriod` from a match of one of :data:`PERIOD_RES`, or None
    (:data:`PERIOD_NOT_ONE`)."""
    start, end = m.span()
    g = m.groupdict()
    if g.get("link"):  # two years: read the cue before them
        before, lo = _slice_before(content, start)
        cue = search(PERIOD_CUE_BEFORE_RE, before)
        if m["link"] in ("đến", "tới") and not (cue and cue["from"]):
            return None
        if m["op"]:
            close = content[end : end + 4].lstrip(" \t")[:1]
            if close != ")":
                start += 1  # "(2021-2025 ..." without its closing parenthesis
            else:
                end = content.index(")", end) + 1
        elif content[start - 1 : start] in _GLUED and start > 0:
            return None
        first_year, last_year = int(m["y1"]), int(m["y2"])
        if not 0 < last_year - first_year <= 150:
            return None
        kind: str | None = None
        if cue is not None:
            start = lo + cue.start()
            kind = "từ ... đến" if cue["from"] else " ".join(cue["cue"].lower().split())
        first, last = resolve.year_span(first_year, last_year)
        return FoundPeriod(start, end, kind, first, last)
    y1, y2 = _int(g.get("y1")), _int(g.get("y2"))
    if g.get("qcue"):
        q = QUARTERS[m["q"].lower()]
        kind = f"quý {m['q']}".lower()
        if y2 is None:
            return FoundPeriod(start, end, kind, None, None, ("quarter", q))
        first, last = resolve.quarter_span(y2, q)
        return FoundPeriod(start, end, kind, first, last)
    if g.get("bare"):  # "9 tháng năm 2017": the year's first months
        if not m["n"] or not 1 <= int(m["n"]) <= 11:
            return None
        n = int(m["n"])
        first, last = resolve.months_of_year(int(m["y3"]), n, from_end=False)
        return FoundPeriod(start, end, f"{n} tháng năm", first, last)
    if g.get("side"):
        n = int(m["n"]) if m["n"] else 6
        if not 1 <= n <= 11:
            return None
        from_end = m["side"].lower() == "cuối"
        kind = " ".join(f"{m['ncue']} {m['side']} năm".lower().split())
        if y2 is None:
            return FoundPeriod(
                start, end, kind, None, None, ("last_months" if from_end else "months", n)
            )
        first, last = resolve.months_of_year(y2, n, from_end=from_end)
        return FoundPeriod(start, end, kind, first, last)
    if g.get("mcue"):
        m1, m2 = int(m["m1"]), int(m["m2"])
        if y2 is None or not (1 <= m1 <= 12 and 1 <= m2 <= 12):
            return None
        if m["mcue"] == "(":  # "(1/2004 - 5/2010)": a bracket holding the months alone
            if not content[end : end + 3].lstrip(" \t").startswith(")"):
                return None
            start = m.start("m1")
        if y1 is not None:  # "Tháng 3/2006 đến 5/2006": each end with its year
            if not (y1, m1) < (y2, m2):
                return None
            first = resolve.month_span(y1, m1, m1)[0]
            return FoundPeriod(start, end, "tháng", first, resolve.month_span(y2, m2, m2)[1])
        if not m1 < m2:
            return None
        first, last = resolve.month_span(y2, m1, m2)
        return FoundPeriod(start, end, "tháng", first, last)
    if g.get("tm2"):  # "từ năm 2016 đến tháng 9-2018", "từ 1/1/2010 đến tháng 6/2017"
        ty1, tm2, ty2 = int(m["ty1"]), int(m["tm2"]), int(m["ty2"])
        tm1 = int(m["tm1"]) if m["tm1"] else 1
        td1 = int(m["td1"]) if m["td1"] else 1
        if not (1 <= tm1 <= 12 and 1 <= tm2 <= 12 and resolve.valid_day(td1, tm1, ty1)):
            return None
        if (ty1, tm1) >= (ty2, tm2):
            return None
        last = resolve.month_span(ty2, tm2, tm2)[1]
        return FoundPeriod(start, end, "từ ... đến", dt.date(ty1, tm1, td1).isoformat(), last)
    if g.get("d1"):
        d1, m1, d2, m2 = int(m["d1"]), int(m["m1"]), int(m["d2"]), int(m["m2"])
        assert y2 is not None
        if not (1 <= m1 <= 12 and 1 <= m2 <= 12):
            return None
        if y1 is None:
            y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
        if not (resolve.valid_day(d1, m1, y1) and resolve.valid_day(d2, m2, y2)):
            return None
        a, b = dt.date(y1, m1, d1), dt.date(y2, m2, d2)
        if a >= b:
            return None
        return FoundPeriod(start, end, "từ ... đến", a.isoformat(), b.isoformat())
    if g.get("m1"):
        m1 = int(m["m1"])
        m2 = int(m["m2"]) if m["m2"] else 12
        if not (1 <= m1 <= 12 and 1 <= m2 <= 12):
            return None
        if y1 is None and y2 is None:
            kind_ctx = ("month_range", m1 * 100 + m2)
            return FoundPeriod(start, end, "từ ... đến", None, None, kind_ctx)
        if y1 is None:
            assert y2 is not None
            y1 = y2 if m1 <= m2 else y2 - 1
        if y2 is None:
            y2 = y1 if m2 >= m1 else y1 + 1
        if (y1, m1) >= (y2, m2):
            return None
        first, last = resolve.month_span(y1, m1, m2, y2)
        return FoundPeriod(start, end, "từ ... đến", first, last)
    return None


def find_periods(ctx: Context, places: _Places | None = None) -> list[FoundPeriod]:
    """Every period in the content, in order; some may wait for a year from context."""
    content = ctx.content
    starts = (_Places(content) if places is None else places).periods()
    out = []
    for pattern in PERIOD_RES:
        for m in scan_at(pattern, content, starts[pattern]):
            found = _period_from_match(m, content)
            if found is not None:
                found.rule = _PERIOD_RULES[pattern]
                out.append(found)
            else:
                ctx.rejected(PERIOD_NOT_ONE, "period", *m.span())
    out.sort(key=lambda p: (p.start, -p.end))
    kept: list[FoundPeriod] = []
    for p in out:
        if kept and p.start < kept[-1].end:
            continue
        kept.append(p)
    return kept


def _fill_period_year(period: FoundPeriod, year: int | None) -> bool:
    """Give a period like ``6 tháng đầu năm`` the year of its context; False if none."""
    if period.year_from_context is None:
        return True
    if year is None:
        return False
    what, n = period.year_from_context
    if what == "quarter":
        period.first, period.last = resolve.quarter_span(year, n)
    elif what in ("months", "last_months"):
        period.first, period.last = resolve.months_of_year(year, n, from_end=what == "last_months")
    else:  # month_range: "từ tháng 4 đến tháng 6"
        m1, m2 = divmod(n, 100)
        if m1 >= m2:
            return False
        period.first, period.last = resolve.month_span(year, m1, m2)
    return True


# -- the event's date ---------------------------------------------------------------------
_LATER_EVENT_DAYS = 62
"""A later date of the lead replaces the first one only when it falls this near after it."""


def _pick(found: list[FoundDate], lo: int, hi: int, *, cued_only: bool) -> FoundDate | None:
    inside = [
        f
        for f in found
        if lo <= f.start < hi and not f.in_pair and not f.document and f.day is not None
    ]
    inside += [f for f in found if lo <= f.start < hi and f.offset is not None]
    inside.sort(key=lambda f: f.start)
    with_tod = [f for f in inside if f.time_of_day and f.cued]
    if with_tod:
        return with_tod[0]
    cued = [f for f in inside if f.cued]
    if cued:
        return cued[0]
    plain = [f for f in inside if not f.weak]
    if cued_only or not plain:
        return None
    return plain[0]


def _days_after(first: FoundDate, later: FoundDate) -> int | None:
    """How many days ``later``'s day and month fall after ``first``'s (across a new year
    when that is nearer), or None when either has no day."""
    if first.day is None or later.day is None:
        return None
    a = dt.date(2000, first.month, first.day)
    b = dt.date(2000, later.month, later.day)
    days = (b - a).days
    return days + 366 if days < -183 else days


def _event_sentence_pick(
    ctx: Context, found: list[FoundDate], pick: FoundDate, hi: int
) -> FoundDate | None:
    """A later cued date of the lead (before ``hi``), on the same day as ``pick`` or up to
    :data:`_LATER_EVENT_DAYS` after it, in a sentence naming an event
    (:data:`EVENT_NOUN_RE`), when ``pick``'s sentence names no event and no holding of one
    (:data:`EVENT_WORD_RE`): ``Ngày 10/2, Ban ban hành kế hoạch. Hội nghị sơ kết diễn ra
    chiều 19-2``. A date read after ``hôm`` is a past one, a date in a sentence in the
    future (:data:`FUTURE_RE`) a plan: neither is taken."""
    analysis, content = ctx.analysis, ctx.content
    lo, end = analysis.sentence(pick.start)
    if analysis.keyed_search(EVENT_WORD_RE, lo, end) is not None:
        return None
    for f in found:
        if f.start >= hi:
            break
        if f.start <= pick.start or not f.cued or f.document or f.in_pair:
            continue
        days = _days_after(pick, f)
        if days is None or not 0 <= days <= _LATER_EVENT_DAYS:
            continue
        if content[f.start : f.start + 3].lower() == "hôm":
            continue
        lo, end = analysis.sentence(f.start)
        if analysis.keyed_search(EVENT_NOUN_RE, lo, end) and not analysis.keyed_search(
            FUTURE_RE, lo, end
        ):
            return f
    return None


def _later_in_lead_pick(ctx: Context, found: list[FoundDate], lo: int, hi: int) -> FoundDate | None:
    """The first cued date in ``[lo, hi)`` (the lead after its first sentences), when its
    sentence names or holds an event (:data:`EVENT_WORD_RE`) and no plan
    (:data:`FUTURE_RE`) and it stands in nobody's quoted words: ``Ông X nhấn mạnh: ... Đại
    hội Đảng. Sáng 27/1, Ban Tổ chức tổ chức hội nghị ...``."""
    analysis, content = ctx.analysis, ctx.content
    f = next(
        (
            f
            for f in found
            if f.start >= lo and f.cued and not f.document and not f.in_pair and f.day is not None
        ),
        None,
    )
    if f is None or f.start >= hi or content[f.start : f.start + 3].lower() == "hôm":
        return None
    s_lo, s_hi = analysis.sentence(f.start)
    if (
        analysis.keyed_search(EVENT_WORD_RE, s_lo, s_hi)
        and not analysis.keyed_search(FUTURE_RE, s_lo, s_hi)
        and not in_quotation(content, f.start)
    ):
        return f
    return None


def _before_lead_pick(ctx: Context, found: list[FoundDate]) -> FoundDate | None:
    """A part between the title and the lead (a lead the layout took for captions) that
    opens with a cued date: ``Ngày 27/10/2017, Chi hội ... tổ chức Đại hội``."""
    lead = ctx.analysis.lead
    title = ctx.layout.title
    lo = title.end if title is not None else 0
    hi = lead[0] if lead is not None else len(ctx.content)
    starts = {p.start for p in ctx.layout.parts if p.kind in ("caption", "body")}
    for f in found:
        if f.start >= hi:
            break
        usable = f.cued and f.day is not None and not (f.document or f.in_pair)
        if f.start >= lo and f.start in starts and usable:
            return f
    return None


def _not_background(ctx: Context, found: list[FoundDate]) -> list[FoundDate]:
    """The dates that may be the event's: not those of a sentence opening with background or
    a plan (:data:`BACKGROUND_OPENING_RE`: ``Được biết, Đại hội ... diễn ra từ ngày 25-27/12``
    after a lead reporting a visit)."""
    analysis, content = ctx.analysis, ctx.content
    keep = []
    for f in found:
        lo, _ = analysis.sentence(f.start)
        if match(BACKGROUND_OPENING_RE, content, lo, f.start) is not None:
            ctx.rejected(EVENT_NOT_BACKGROUND, "event.date", f.start, f.end)
        else:
            keep.append(f)
    return keep


def choose_event(ctx: Context, found: list[FoundDate]) -> tuple[FoundDate, Rule] | None:
    """The main event's date: in the lead (a time-of-day or ``Ngày`` cue first, else the
    first date of its first sentence; a later cued date of the lead in a sentence naming
    an event before one in a sentence naming none), else a cued date in the title, at the
    start of a part before the lead, or in the first sentence of the second paragraph."""
    analysis = ctx.analysis
    body = analysis.body
    lead = analysis.lead
    found = _not_background(ctx, found)
    if lead is not None:
        lo, hi = analysis.first_sentences(*lead, 2)
        first_sentence_end = analysis.first_sentences(*lead, 1)[1]
        pick = _pick(found, lo, hi, cued_only=True) or _pick(
            found, lo, first_sentence_end, cued_only=False
        )
        if pick is not None:
            if pick.cued:
                better = _event_sentence_pick(ctx, found, pick, lead[1])
                if better is not None:
                    return better, EVENT_IN_EVENT_SENTENCE
            return pick, EVENT_IN_LEAD
        later = _later_in_lead_pick(ctx, found, hi, lead[1])
        if later is not None:
            return later, EVENT_LATER_IN_LEAD
    title = ctx.layout.title
    if title is not None:
        pick = _pick(found, title.start, title.end, cued_only=True)
        if pick is not None:
            return pick, EVENT_IN_TITLE
    pick = _before_lead_pick(ctx, found)
    if pick is not None:
        return pick, EVENT_BEFORE_LEAD
    if len(body) > 1:
        lo, hi = analysis.first_sentences(body[1].start, body[1].end, 1)
        pick = _pick(found, lo, hi, cued_only=True)
        if pick is not None:
            return pick, EVENT_IN_SECOND_PARAGRAPH
    pick = _caption_pick(ctx, found)
    if pick is not None:
        return pick, EVENT_IN_CAPTION
    return None


def _caption_pick(ctx: Context, found: list[FoundDate]) -> FoundDate | None:
    """A date with a time of day in a caption (a caption part, or a sentence holding a
    photo credit) that names an event (:data:`EVENT_WORD_RE`: ``hội nghị``, ``tiếp xúc``):
    ``Hội nghị Trung ương 7 bế mạc sáng 12-5 - Ảnh: VGP``, when the body dates nothing."""
    analysis = ctx.analysis
    for f in found:
        if not (f.cued and f.time_of_day) or f.document or f.in_pair or f.day is None:
            continue
        lo, hi = analysis.sentence(f.start)
        if not (analysis.in_caption(f.start) or analysis.photo_credit_between(lo, hi + 12)):
            continue
        if analysis.keyed_search(EVENT_WORD_RE, lo, hi) is not None:
            return f
    return None


# -- the event's year ---------------------------------------------------------------------
_PAIR_REACH = dt.timedelta(days=60)
"""An anniversary pair anywhere in the article dates the event when the pair's end falls
this near the event's day."""
_PAIR_GAP = 5
"""The two dates of a pair stand at most this far apart (``19-5-1890 - 19-5-2018``)."""
_AFTER_LATEST = dt.timedelta(days=60)
"""An event this soon after the latest date the article tells of takes its year (a news
story's time line moves on by weeks, not seasons)."""
_NEAR_DATES = dt.timedelta(days=45)
"""Dates with years this near the event's day and month date it, when they all agree."""
_PLAN_LEAD = dt.timedelta(days=45)
"""A plan for a year or for months is laid out at most this long before it starts."""
_PLAN_SPAN = dt.timedelta(days=90)
"""... and opened at most this long after it starts (a year's plan: by the end of March;
from April to mid-November a plan for a year may be this year's or next year's)."""
_SCHOOL_YEAR_MONTH = 7
"""A school year ``Y-Y+1`` named at an event from July is the one starting: Y; before, Y+1."""
_CAPTION_CHARS = 3000
"""The captions read for the article's current year: at most this many characters."""
_PARAGRAPH_CHARS = 1500
"""The first two paragraphs are read for the current year up to this many characters each."""
_NAME_BEFORE_YEAR = 24
"""How far back the word before a bare year is read (``Intel ISEF 2017``)."""


def _on(event: FoundDate, year: int) -> dt.date | None:
    """The event's day and month in ``year`` (None if that day does not exist then)."""
    if event.day is None or not resolve.valid_day(event.day, event.month, year):
        return None
    return dt.date(year, event.month, event.day)


def _historic(ctx: Context, pos: int) -> bool:
    """Whether the sentence holding ``pos`` is about the past (a birth, a founding)."""
    lo, hi = ctx.analysis.sentence(pos)
    return bool(ctx.analysis.hits(HISTORY_RE, lo, hi))


def _document_year(content: str, pos: int) -> bool:
    """Whether the year at ``pos`` (or its ``năm``) ends a document's name (``Luật Hợp tác
    xã năm 2012``)."""
    return _closing(DOCUMENT_YEAR_BEFORE_RE, content, max(0, pos - 120), pos) is not None


def _not_current(content: str, pos: int) -> bool:
    """Whether the word before the year at ``pos`` makes it past, compared or a target."""
    before, _ = _slice_before(content, pos, 72)
    return _closing(NOT_CURRENT_BEFORE_RE, before) is not None


def _in_period(periods: list[FoundPeriod], pos: int) -> bool:
    """Whether ``pos`` lies in one of ``periods`` (in order and apart, as
    :func:`find_periods` leaves them: a binary search)."""
    i = bisect_right(periods, pos, key=lambda p: p.start) - 1
    return i >= 0 and pos < periods[i].end


def _name_year(content: str, pos: int) -> bool:
    """Whether the bare year at ``pos`` ends an event's name (``Intel ISEF 2017``,
    ``Hội xuân Yên Tử 2017``): the word before it has a capital and is no date word."""
    before, _ = _slice_before(content, pos, _NAME_BEFORE_YEAR)
    if not before.endswith((" ", "\t")):
        return False
    words = before.split()
    if not words:
        return False
    word = words[-1]
    if not word.isalnum() or word.isdigit() or not any(c.isupper() for c in word):
        return False
    if any(w.lower() == "tết" for w in words[-3:]):
        return False  # "Tết Mậu Tuất 2018" told in December: a plan, see plan_cues.txt
    if word.lower() in NOT_NAMES_BEFORE_YEAR:
        return False
    return not _document_year(content, pos)


def _anniversary_year(
    ctx: Context,
    event: FoundDate,
    found: list[FoundDate],
    periods: list[FoundPeriod],
    scopes: list[tuple[int, int]],
) -> int | None:
    """``kỷ niệm N năm`` with the event and the founding date in the article: year + N."""
    content = ctx.content
    count = None
    for lo, hi in scopes:
        m = search(ANNIVERSARY_RE, content, lo, hi)
        if m is not None:
            count = int(m["n"])
            break
    if not count:
        return None
    # "(31/3/1975 - 31/3/2025)": the pair itself says the year.
    pairs = [f for f in found if f.in_pair and f.year is not None]
    for a, b in pairwise(pairs):
        if a.year is not None and b.year is not None and b.year - a.year == count:
            return b.year
    # "(1989-2019)" beside the anniversary, or anywhere in parentheses.
    for p in periods:
        if p.first and p.last and int(p.last[:4]) - int(p.first[:4]) == count:
            beside = any(lo <= p.start < hi for lo, hi in scopes)
            if beside or "(" in content[p.start : p.end]:
                return int(p.last[:4])
    best: tuple[int, int] | None = None
    years = {f.year for f in found if f.year is not None}
    lower = ctx.analysis.keyed_matches(YEAR_NAMED_RE, lower=True)
    years.update(int(m["y"]) for m in lower)
    latest = max(years, default=None)
    for f in found:
        if f.year is None or f is event:
            continue
        if f.day is None and f.year == latest and len(years) > 1:
            continue  # "ban hành đầu tháng 12/2018": a month of now, not the founding
        score = 0
        if f.day is not None and (f.day, f.month) == (event.day, event.month):
            score += 3
        elif f.month == event.month:  # a day or a month ("tháng 5/1959") in the same month
            score += 1
        s, e = ctx.analysis.sentence(f.start)
        if ctx.analysis.keyed_search(FOUNDING_RE, s, e) is not None:
            score += 2
        if score >= 3 and (best is None or score > best[0]):
            best = (score, f.year + count)
    if best is not None:
        return best[1]
    for lo, hi in scopes:
        for m in ctx.analysis.keyed_matches(FOUNDING_RE, lo, hi):
            y = ctx.analysis.keyed_search(YEAR_NAMED_RE, m.end(), min(hi, m.end() + 30))
            if y is not None:
                return int(y["y"]) + count
    return None


def _plain_years(ctx: Context, lo: int, hi: int) -> set[int]:
    """The years ``[lo, hi)`` (the event's sentence) names plainly (``năm 2023``), outside
    brackets and documents' names: an anniversary's year that is none of them loses
    (``Vinh danh ... năm 2023 và ... kỷ niệm 70 năm ... (10/10/1954 - 10/10/2024)``: the
    pair tells when the anniversary falls, often after the event). An edition's year is
    not plain: ``Lễ trao giải ... lần thứ XI năm 2016`` is held on the anniversary of 2017;
    nor is a year in quotation marks, a campaign's or a programme's name (``phát động phong
    trào “Tết vì người nghèo - năm 2019”`` at an anniversary of November 2018)."""
    content = ctx.content
    years: set[int] = set()
    editions = {m.start("y") for m in ctx.analysis.keyed_matches(EDITION_YEAR_RE, lo, hi)}
    for m in ctx.analysis.keyed_matches(YEAR_NAMED_RE, lo, hi):
        if _document_year(content, m.start("y")) or m.start("y") in editions:
            continue
        if content.rfind("(", lo, m.start()) > content.rfind(")", lo, m.start()):
            continue
        if in_quotation(content, m.start()):
            continue  # "phát động phong trào “Tết vì người nghèo - năm 2019”": a name's year
        years.add(int(m["y"]))
    return years


def _pair_year(event: FoundDate, found: list[FoundDate]) -> int | None:
    """An anniversary pair anywhere in the article (``(19-5-1890 - 19-5-2018)``) whose end
    falls near the event's day: its end year (every such pair agreeing)."""
    years: set[int] = set()
    for a, b in pairwise(found):
        if not (a.in_pair and b.in_pair) or a.year is None or b.year is None or b.day is None:
            continue
        if b.year <= a.year or b.start - a.end > _PAIR_GAP:
            continue  # the end of one pair and the start of the next
        on = _on(event, b.year)
        if on is not None and abs(on - dt.date(b.year, b.month, b.day)) <= _PAIR_REACH:
            years.add(b.year)
    return years.pop() if len(years) == 1 else None


def _latest_year(ctx: Context, found: list[FoundDate]) -> int | None:
    """The latest year the article names as a point in time (a date or ``năm Y``; not a
    document's, a target's, a pair's): years two or more before it are history."""
    content = ctx.content
    dated = [
        f.year for f in found if f.year is not None and not (f.document or f.in_pair or f.weak)
    ]
    best = max(dated, default=None)
    named: dict[int, list[regex.Match[str]]] = {}
    for m in ctx.analysis.keyed_matches(YEAR_NAMED_RE):
        if best is None or int(m["y"]) > best:
            named.setdefault(int(m["y"]), []).append(m)
    for year in sorted(named, reverse=True):  # the latest year with one mention that counts
        if any(
            not (_document_year(content, m.start("y")) or _not_current(content, m.start()))
            for m in named[year]
        ):
            return year
    return best


def _usable(ctx: Context, f: FoundDate, event: FoundDate, latest: int | None) -> bool:
    """Whether a date with a year may date the event: not the event, a document's, a pair's,
    in a sentence about the past, or two years or more before the latest."""
    if f is event or f.year is None or f.document or f.in_pair:
        return False
    if latest is not None and f.year < latest - 1:
        return False
    return not _historic(ctx, f.start)


def _same_day_year(
    ctx: Context, event: FoundDate, found: list[FoundDate], latest: int | None
) -> int | None:
    """The event's day and month written elsewhere with its year (``tức ngày 6/2/2017``)."""
    years = {
        f.year
        for f in found
        if f.day == event.day and f.month == event.month and _usable(ctx, f, event, latest)
    }
    return cast("int", years.pop()) if len(years) == 1 else None


_DEADLINE_RE = regex.compile(r"(?i:trước|chậm[ \t]+nhất|muộn[ \t]+nhất)[ \t]")
"""A date's own words making it a deadline (``trước 10-10-2019``)."""


def _near_dates_year(
    ctx: Context, event: FoundDate, found: list[FoundDate], latest: int | None
) -> int | None:
    """Dates with years within :data:`_NEAR_DATES` of the event's day and month, in
    sentences that tie them to the present (``vừa qua``, ``đang``, ``kể từ``:
    :data:`PRESENT_RE`; not ``tức``, which turns a lunar date of the past into a solar
    one), or months of a year within as much of it in the event's sentence or the title
    (``phiên họp Chính phủ thường kỳ tháng 4/2019`` on 4/5), all putting it in one year."""
    analysis = ctx.analysis
    own = [analysis.sentence(event.start)]
    title = ctx.layout.title
    if title is not None:
        own.append((title.start, title.end))
    years: set[int] = set()
    for f in found:
        if f.year is None or not _usable(ctx, f, event, latest):
            continue
        ahead = False  # a date the sentence puts in the future: the event comes before it
        if f.day is None:  # a month: only one named with the event, not "từ tháng 6.2012"
            if not any(lo <= f.start < hi for lo, hi in own) or _not_current(ctx.content, f.start):
                continue
            first_s, last_s = resolve.month_span(f.year, f.month, f.month)
            first, last = dt.date.fromisoformat(first_s), dt.date.fromisoformat(last_s)
        else:
            lo, hi = analysis.sentence(f.start)
            if not analysis.hits(PRESENT_RE, lo, hi):
                continue
            first = last = dt.date(f.year, f.month, f.day)
            # "Dự án sẽ hoàn thành trước 10-10-2019" told on 14-11: not in 2019
            ahead = _DEADLINE_RE.match(ctx.content, f.start) is not None and bool(
                analysis.hits(FUTURE_RE, lo, hi)
            )
        for year in (f.year - 1, f.year, f.year + 1):
            on = _on(event, year)
            if on is None or (ahead and on > last):
                continue
            if first - _NEAR_DATES <= on <= last + _NEAR_DATES:
                years.add(year)
    return years.pop() if len(years) == 1 else None


def _same_month_year(
    ctx: Context, event: FoundDate, found: list[FoundDate], latest: int | None
) -> int | None:
    """The year of the event's own month named with one anywhere in the article (``đầu
    tháng 11/2018`` for ``ngày 27/11``), when every such month gives the same year."""
    years = {
        f.year
        for f in found
        if f.day is None
        and f.month == event.month
        and _usable(ctx, f, event, latest)
        and not _not_current(ctx.content, f.start)
    }
    if len(years) != 1:
        return None
    year = cast("int", years.pop())
    # A month of the past falls on the event's month every year (sessions in November):
    # the year must be named once more as a point in time, not by the month alone.
    dated = [
        (f.start, f.end)
        for f in found
        if f.year == year and not (f.document or f.in_pair or f.weak)
    ]
    named = [
        m
        for m in ctx.analysis.keyed_matches(YEAR_NAMED_RE)
        if int(m["y"]) == year and not any(a <= m.start("y") < b for a, b in dated)
    ]
    return year if len(dated) + len(named) >= 2 else None


def _plan_year(first: dt.date, event: FoundDate) -> int | None:
    """The year of an event that opens a plan starting on ``first``: the year before when
    the event falls in the last :data:`_PLAN_LEAD` before it (``triển khai nhiệm vụ năm
    2019`` on 28 December), the plan's year in its first :data:`_PLAN_SPAN`; None
    otherwise (in June a plan for the year may be this year's or next year's)."""
    before = _on(event, first.year - 1)
    if before is not None and first - _PLAN_LEAD <= before < first:
        return first.year - 1
    on = _on(event, first.year)
    if on is not None and first - _PLAN_LEAD <= on <= first + _PLAN_SPAN:
        return first.year
    return None


def _cue_before(analysis: Analysis, lo: int, pos: int) -> str | None:
    """``"review"``, ``"assess"``, ``"plan"`` or ``"honour"``: the nearest cue before ``pos``
    in ``[lo, pos)`` (:data:`REVIEW_RE`, :data:`ASSESS_RE`, :data:`PLAN_RE`,
    :data:`HONOUR_RE`), or None. An honour nearer than a plan word makes the year the one
    honoured: ``chương trình kỷ niệm ... và trao giải thưởng X năm 2019`` is held in 2019."""
    last: tuple[int, str] | None = None
    for pattern, kind in (
        (REVIEW_RE, "review"),
        (ASSESS_RE, "assess"),
        (PLAN_RE, "plan"),
        (HONOUR_RE, "honour"),
    ):
        for m in analysis.keyed_matches(pattern, lo, pos):
            if last is None or m.end() > last[0]:
                last = (m.end(), kind)
    return last[1] if last is not None else None


_MONTH_BEFORE_YEAR_RE = regex.compile(r"(?<![\p{L}])tháng[ \t]+(?P<m>\d{1,2})[ \t]+$")
"""``tháng 05`` right before ``năm 2023``: one month of the year is named."""


def _round_before(content: str, lo: int, pos: int) -> bool:
    """``đợt 1`` right before ``pos`` (``sơ kết ... đợt 1 năm 2020``): a round inside the
    year that follows, so the year is not reviewed after its end. ``lần thứ XIII năm 2018``
    (an edition, :data:`YEAR_EDITION`) is not a round."""
    m = search(ROUND_BEFORE_RE, content, lo, pos)
    return m is not None and m.group().lower().startswith("đợt")


def _reviewed_year(
    analysis: Analysis,
    event: FoundDate,
    periods: list[FoundPeriod],
    lo: int,
    hi: int,
    *,
    margin: bool = True,
    assess: bool = False,
) -> int | None:
    """The year of an event that reviews a period or year named in its sentence.

    A span of years (``giai đoạn 2017-2022``) gives its last year, as the annotators read
    it. A year or months (``năm 2018``, ``6 tháng đầu năm 2019``) give the year that puts
    the event at or after their end (less :data:`_REVIEW_MARGIN`): ``tổng kết năm 2018``
    on ``12-1`` is in 2019. When only a plan is named (``triển khai nhiệm vụ năm 2019``),
    the reviewed year is the one before it. Without ``margin`` (an honour: ``lễ tuyên dương
    ... năm 2017``) the year named is the event's. A year that dates a document (``Luật
    Hợp tác xã năm 2012``) is neither reviewed nor planned; a plan for several years
    (``triển khai dự án ... giai đoạn 2017 - 2020``) puts no year before it. For an
    ``assess``-ment (``đánh giá``, ``báo cáo``: :data:`ASSESS_RE`) only what follows such a
    word counts, from :data:`_ASSESS_MARGIN` before its end (a year is reported on from
    October), and a span of years gives nothing (``đánh giá ... giai đoạn 2013-2020``, maybe
    half way). An edition's year under a review keeps the margin: ``tổng kết
    và trao giải Báo chí Quốc gia lần thứ XIII - năm 2018`` is held in June 2019.
    """
    content = analysis.content
    ends: list[tuple[dt.date, bool]] = []  # (last day, is a span of whole years)
    plans: list[dt.date] = []
    inside = [p for p in periods if lo <= p.start < hi]
    for p in inside:
        before = content[max(lo, p.start - 24) : p.start]
        if p.first and p.last and search(ROUND_BEFORE_RE, before) is None:
            last = dt.date.fromisoformat(p.last)
            several_years = p.first[:4] != p.last[:4]
            whole_years = p.first.endswith("-01-01") and p.last.endswith("-12-31")
            cue = _cue_before(analysis, lo, p.start)
            if cue == "plan":
                if not several_years:
                    plans.append(dt.date.fromisoformat(p.first))
            elif not assess or (cue == "assess" and not several_years):
                ends.append((last, whole_years and several_years))
    for m in analysis.keyed_matches(YEAR_NAMED_RE, lo, hi):
        if _in_period(inside, m.start()) or _document_year(content, m.start("y")):
            continue
        year = int(m["y"])
        cue = _cue_before(analysis, lo, m.start())
        month = search(_MONTH_BEFORE_YEAR_RE, content, max(lo, m.start() - 12), m.start())
        if month is not None and 1 <= int(month["m"]) <= 12:
            # "nhiệm vụ tháng 05 năm 2023": that month of the year, not the whole year
            first = dt.date(year, int(month["m"]), 1)
            last = (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
        else:
            first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        if _round_before(content, max(lo, m.start() - 24), m.start()):
            # "sơ kết ... đợt 1 năm 2020" on 30/7: a round inside that year, reviewed in it
            last = first
        if cue == "plan":
            plans.append(first)
        elif not assess or cue == "assess":
            ends.append((last, False))
    if not ends and plans:
        ends.append((min(plans) - dt.timedelta(days=1), False))
    if not ends or event.day is None:
        return None
    last, span_of_years = min(ends)
    if span_of_years or not margin:
        return last.year
    before_end = _ASSESS_MARGIN if assess else _REVIEW_MARGIN
    for year in (last.year, last.year + 1):
        if (
            resolve.valid_day(event.day, event.month, year)
            and dt.date(year, event.month, event.day) >= last - before_end
        ):
            return year
    return None


def _roman(n: str) -> int:
    """``IV`` -> 4, ``12`` -> 12."""
    if n.isdigit():
        return int(n)
    values = {"I": 1, "V": 5, "X": 10, "L": 50}
    total = 0
    for a, b in itertools.zip_longest(n, n[1:]):
        v = values[a]
        total += -v if b is not None and values[b] > v else v
    return total


def _term_year(
    content: str, periods: list[FoundPeriod], lo: int, hi: int, *, ends: bool = False
) -> int | None:
    """The first year of the term a congress in ``[lo, hi)`` opens (``Đại hội ... nhiệm kỳ
    2019 – 2024``); a term it closes (``Nhiệm kỳ IV (2014 - 2019)`` beside ``Đại hội lần
    thứ V``, ``nhiệm kỳ qua``, or any term with ``ends``: ``kỳ họp cuối cùng``) gives its
    last year instead."""
    terms = [p for p in periods if lo <= p.start < hi and p.first and p.last]
    if not terms:
        return None
    numbers = [(m.start(), _roman(m["n"])) for m in finditer(ORDINAL_RE, content, lo, hi)]
    for p in terms:
        assert p.first is not None and p.last is not None
        own = [n for at, n in numbers if p.start <= at < p.end]
        others = [n for at, n in numbers if not p.start <= at < p.end]
        if (
            search(SINCE_TERM_BEFORE_RE, content, max(lo, p.start - 80), p.start) is not None
            or match(SINCE_TERM_AFTER_RE, content, p.end, min(hi, p.end + 16)) is not None
        ):
            continue  # "từ sau Đại hội ..., nhiệm kỳ 2015-2020 đến nay": the time since
        before = content[max(lo, p.start - 30) : p.start]
        closed = ends or search(PREVIOUS_TERM_BEFORE_RE, before) is not None
        if own and others and own[0] < max(others):
            if own[0] != max(others) - 1:
                continue
            closed = True
        return int(p.last[:4]) if closed else int(p.first[:4])
    return None


def _years_in(content: str, found: list[FoundDate], lo: int, hi: int) -> set[int]:
    """Every year written in ``[lo, hi)``: alone (``năm 2017``, ``ISEF 2017``) or in a date."""
    years = {int(m["y"]) for m in _year_tokens(content, lo, hi)}
    years.update(f.year for f in found if lo <= f.start < hi and f.year is not None)
    return years


def _edition_year(
    ctx: Context,
    event: FoundDate,
    found: list[FoundDate],
    periods: list[FoundPeriod],
    lo: int,
    hi: int,
) -> int | None:
    """An edition or a named event with its year in ``[lo, hi)``: ``lần thứ 10 năm 2016``,
    ``Intel ISEF 2017`` (the only year written there, in no sentence about the past or the
    future: ``sẽ ... trước Thế vận hội Olympic 2020``); a
    school year (``năm học 2019-2020``): its first year when it is the coming one
    (:data:`SCHOOL_AHEAD_RE` before it); beside an event noun, its first year from July,
    else its second; otherwise (``tiền ... năm học 2014-2015 chưa đến tay``) nothing."""
    content = ctx.content
    m = ctx.analysis.keyed_search(EDITION_YEAR_RE, lo, hi)
    if m is not None:
        return int(m["y"])
    inside = [p for p in periods if lo <= p.start < hi]
    names = {
        int(m["y"])
        for m in _year_tokens(content, lo, hi)
        if not _in_period(inside, m.start())
        and _name_year(content, m.start())
        and not ctx.analysis.hits(FUTURE_RE, *ctx.analysis.sentence(m.start()))
    }
    alone = len(names) == 1 and _years_in(content, found, lo, hi) == names
    if alone and not ctx.analysis.hits(HISTORY_RE, lo, hi):
        return names.pop()
    for p in inside:
        if p.first and p.last and "năm học" in content[max(0, p.start - 16) : p.end].lower():
            first, last = int(p.first[:4]), int(p.last[:4])
            if last == first + 1:
                if ctx.analysis.keyed_search(SCHOOL_AHEAD_RE, lo, p.end) is not None:
                    return first
                if ctx.analysis.hits(EVENT_NOUN_RE, lo, hi):
                    return first if event.month >= _SCHOOL_YEAR_MONTH else last
    return None


def _part_year(content: str, event: FoundDate, lo: int, hi: int) -> int | None:
    """``đầu năm 2017`` with the event in January to April: 2017 (``cuối năm``: October to
    December)."""
    for m in finditer(YEAR_PART_RE, content, lo, hi):
        first, last = YEAR_PARTS[" ".join(m["part"].lower().split())]
        if first <= event.month <= last:
            return int(m["y"])
    return None


REVIEW_MONTHS_AFTER = 2
"""How many months after the last month reviewed a review's meeting may fall."""


def _months_reviewed_year(event: FoundDate, periods: list[FoundPeriod]) -> int | None:
    """The year of the first months of a year the article reviews (``9 tháng đầu năm
    2017``: 2017-01 to 2017-09) when the event falls in their last month or one of the
    :data:`REVIEW_MONTHS_AFTER` after it (a review of six months is held in July or August);
    None unless every such review agrees."""
    years = set()
    for p in periods:
        if not (p.first and p.last and p.first[4:7] == "-01" and len(p.last) >= 7):
            continue
        if p.first[:4] != p.last[:4] or p.first[7:] not in ("", "-01"):
            continue
        last_month = int(p.last[5:7])
        if 3 <= last_month <= 11 and 0 <= event.month - last_month <= REVIEW_MONTHS_AFTER:
            years.add(int(p.first[:4]))
    return years.pop() if len(years) == 1 else None


def _plan_only_year(
    analysis: Analysis, event: FoundDate, periods: list[FoundPeriod], lo: int, hi: int
) -> int | None:
    """The year of an event opening a plan named in ``[lo, hi)`` (``triển khai kế hoạch ...
    năm 2018``), by :func:`_plan_year` from the plan's first day."""
    content = analysis.content
    cue = analysis.keyed_search(PLAN_ONLY_RE, lo, hi)
    if cue is None:
        return None
    starts = [  # a plan for a year or for months of one, not for several years
        dt.date.fromisoformat(p.first)
        for p in periods
        if cue.start() <= p.start < hi and p.first and p.last and p.first[:4] == p.last[:4]
    ]
    inside = [p for p in periods if lo <= p.start < hi]
    for m in analysis.keyed_matches(YEAR_NAMED_RE, cue.end(), hi):
        if not _in_period(inside, m.start()) and not _document_year(content, m.start("y")):
            starts.append(dt.date(int(m["y"]), 1, 1))
    return _plan_year(min(starts), event) if starts else None


def _frame_year(
    ctx: Context,
    event: FoundDate,
    found: list[FoundDate],
    periods: list[FoundPeriod],
    lo: int,
    hi: int,
) -> tuple[int, Rule] | None:
    """The event's year from the frames named in ``[lo, hi)`` (its sentence, or the
    title): a count of years since a document, a term it opens, a period or year it
    reviews or honours, an edition, a part of a year, a plan it opens."""
    content = ctx.content
    m = search(IMPLEMENTED_FOR_RE, content, lo, hi)
    if m is not None:
        return int(m["y"]) + int(m["n"]), YEAR_DOCUMENT_COUNT
    year: int | None = None
    analysis = ctx.analysis
    ends = analysis.keyed_search(TERM_END_RE, lo, hi) is not None
    if ends or analysis.keyed_search(TERM_START_RE, lo, hi) is not None:
        year = _term_year(content, periods, lo, hi, ends=ends)
        if year is not None:
            return year, YEAR_TERM_START
    if analysis.keyed_search(REVIEW_RE, lo, hi) is not None:
        year = _reviewed_year(analysis, event, periods, lo, hi)
        if year is not None:
            return year, YEAR_REVIEWED
    if analysis.keyed_search(ASSESS_RE, lo, hi) is not None and not analysis.hits(
        HISTORY_RE, lo, hi
    ):  # "lễ báo cáo hoàn thành đài tưởng niệm ... năm 1968": no year weighed up
        year = _reviewed_year(analysis, event, periods, lo, hi, assess=True)
        if year is not None:
            return year, YEAR_REVIEWED
    if analysis.keyed_search(HONOUR_RE, lo, hi) is not None:
        year = _reviewed_year(analysis, event, periods, lo, hi, margin=False)
        if year is not None:
            return year, YEAR_HONOURED
    year = _edition_year(ctx, event, found, periods, lo, hi)
    if year is not None:
        return year, YEAR_EDITION
    year = _part_year(content, event, lo, hi)
    if year is not None:
        return year, YEAR_PART
    year = _plan_only_year(analysis, event, periods, lo, hi)
    if year is not None:
        return year, YEAR_PLAN
    return None


def _current_regions(ctx: Context, event: FoundDate) -> list[tuple[int, int]]:
    """Where the article names its current year: the event's sentence, the title, the lead,
    the first two paragraphs (:data:`_PARAGRAPH_CHARS` of each) and the captions (the
    first :data:`_CAPTION_CHARS` of them)."""
    regions = [ctx.analysis.sentence(event.start)]
    title = ctx.layout.title
    if title is not None:
        regions.append((title.start, title.end))
    if ctx.analysis.lead is not None:
        regions.append(ctx.analysis.lead)
    for part in ctx.analysis.body[:2]:
        regions.append((part.start, min(part.end, part.start + _PARAGRAPH_CHARS)))
    budget = _CAPTION_CHARS
    for lo, hi in ctx.analysis.captions:
        if budget <= 0:
            break
        regions.append((lo, min(hi, lo + budget)))
        budget -= hi - lo
    return regions


def _latest_dated(ctx: Context, found: list[FoundDate]) -> int | None:
    """The latest year of a date or a month the article tells of as it stands (not a
    document's, a pair's, a deadline's, one in a sentence about the past or the future):
    an event the article reports is not before it."""
    analysis = ctx.analysis
    years = []
    for f in found:
        if f.year is None or f.document or f.in_pair or f.weak or _historic(ctx, f.start):
            continue
        lo, hi = analysis.sentence(f.start)
        if not analysis.hits(FUTURE_RE, lo, hi):
            years.append(f.year)
    return max(years) if years else None


_POINTED_BEFORE_RE = regex.compile(
    r"(?<![\p{L}])(?i:vào|tới|đến|trước|sau|từ|hạn|khoảng|hồi)(?:[ \t]+(?i:ngày|tháng|năm))?"
    r"[ \t]+$"
)
"""A date pointed to (``vào tháng 5/2020``, ``đến ngày 11-11-2027``, ``từ tháng 7/2014``) or
told of loosely (``khoảng tháng 5/2014``, ``hồi tháng 1``): a deadline, a plan, the start
or the back story of what is reported, not a step of the article's own time line."""


def _latest_dated_before(
    ctx: Context, event: FoundDate, found: list[FoundDate], latest: int | None
) -> int | None:
    """The year of the latest date the article tells of as it stands (:func:`_usable`, not
    in a sentence about the future), when the event falls on it or in the
    :data:`_AFTER_LATEST` after it: ``Đến tháng 4/2015, dự án ...`` then ``Ngày 25/6, ông
    Khương thông báo ...``. None when the article names a later year as a point in time,
    or when the event commemorates (:data:`COMMEMORATION_RE`: what it commemorates falls
    near its day by design)."""
    analysis = ctx.analysis
    title = ctx.layout.title
    for lo, hi in [analysis.sentence(event.start)] + ([(title.start, title.end)] if title else []):
        if analysis.keyed_search(COMMEMORATION_RE, lo, hi) is not None:
            return None  # a commemoration: the dates it tells of fall near its day by design
    dated = []
    for f in found:
        if f.day is None and f.month == event.month:
            continue  # the event's own month of some year: YEAR_SAME_MONTH's to weigh
        if not _usable(ctx, f, event, latest) or search(
            _POINTED_BEFORE_RE, ctx.content, max(0, f.start - 16), f.start
        ):
            continue
        lo, hi = analysis.sentence(f.start)
        if not analysis.hits(FUTURE_RE, lo, hi):
            dated.append(f)
    if not dated:
        return None
    year = max(cast("int", f.year) for f in dated)
    if latest is not None and latest > year:
        return None
    last = max(
        resolve.month_span(year, f.month, f.month)[0]
        if f.day is None
        else f"{year}-{f.month:02}-{f.day:02}"
        for f in dated
        if f.year == year
    )
    on = _on(event, year)
    if on is None:
        return None
    start = dt.date.fromisoformat(last)
    return year if start <= on <= start + _AFTER_LATEST else None


def _current_year(
    ctx: Context, event: FoundDate, periods: list[FoundPeriod], latest: int | None
) -> int | None:
    """The one year that every current year named in the event's sentence, the title, the
    lead and the captions gives the event; None when two compete, or when none is an
    edition's or stands in the event's sentence, the title or a sentence naming an event
    (:data:`EVENT_NOUN_RE`).

    A year counts when it is ``năm Y``, an edition's (``lần thứ nhất năm 2017``) or stands
    alone (``Brexit 2016``); not inside a period (``giai đoạn 2015-2020`` is a frame), not a
    document's, a birth's, a target's or a comparison's (``so với năm 2016``), not in a
    sentence about the past, not two or more years before the latest year of the article.
    A reviewed year gives the year after it once it is over (less
    :data:`_REVIEW_MARGIN`, or :data:`_ASSESS_MARGIN`), a planned year (or one in a
    sentence about the future) what :func:`_plan_year` says. Dates near the event are left
    to :func:`_near_dates_year`."""
    content = ctx.content
    analysis = ctx.analysis
    title = ctx.layout.title
    mentions: dict[int, int] = {}  # position of the year -> year
    editions: set[int] = set()  # positions of editions' years: the year of the edition
    for lo, hi in _current_regions(ctx, event):
        for m in analysis.keyed_matches(YEAR_NAMED_RE, lo, hi):
            if not _not_current(content, m.start()):
                mentions[m.start("y")] = int(m["y"])
        for m in analysis.keyed_matches(EDITION_YEAR_RE, lo, hi):
            mentions[m.start("y")] = int(m["y"])
            editions.add(m.start("y"))
        for m in _year_tokens(content, lo, hi):
            after_nam = content[max(0, m.start() - 4) : m.start()].lower() == "năm "
            if not (m.start() in mentions or after_nam or _not_current(content, m.start())):
                mentions[m.start()] = int(m["y"])
    anchored = False
    implied: set[int | None] = set()
    for pos, year in sorted(mentions.items()):
        if _in_period(periods, pos) or _document_year(content, pos) or _historic(ctx, pos):
            continue
        if latest is not None and year < latest - 1:
            continue
        lo, hi = analysis.sentence(pos)
        in_title = title is not None and title.start <= pos < title.end
        names_event = bool(analysis.hits(EVENT_NOUN_RE, lo, hi))
        if lo <= event.start < hi or in_title or pos in editions or names_event:
            anchored = True
        cue = None if pos in editions else _cue_before(analysis, lo, pos)
        if analysis.hits(FUTURE_RE, lo, hi):
            cue = "plan"  # "lệnh sẽ có hiệu lực ... trước Thế vận hội Olympic 2020"
        if cue == "plan":
            planned = _plan_year(dt.date(year, 1, 1), event)
            if planned is not None:  # (a plan that cannot tell leaves it to the others)
                implied.add(planned)
        elif cue in ("review", "assess"):
            on = _on(event, year)
            end = dt.date(year, 12, 31) - (_REVIEW_MARGIN if cue == "review" else _ASSESS_MARGIN)
            implied.add(year if on is not None and on >= end else year + 1)
        else:
            implied.add(year)
    if not anchored or len(implied) != 1:
        return None
    return implied.pop()


def infer_year(
    ctx: Context, event: FoundDate, found: list[FoundDate], periods: list[FoundPeriod]
) -> tuple[int, Rule] | None:
    """The event's year from the article itself and the rule that found it, or None (then
    it stays ``--MM-DD``).

    In order: an anniversary's count added to its founding year (``kỷ niệm 10 năm thành
    lập`` and ``Ngày 15/6/2007 ... thành lập``; or the pair ``(1948 - 2018)``); an
    anniversary pair anywhere ending near the event's day; the event's day written with a
    year elsewhere; the frames of the event's sentence, then of the title
    (:func:`_frame_year`); dates with years near the event's day; the article's one
    current year (:func:`_current_year`); the event's own month named with a year; the
    review of a year's first months; the latest date the article tells of, shortly
    before the event (:func:`_latest_dated_before`). A year from the last six rules (the
    article as a whole) must not be before a date the article tells of
    (:func:`_latest_dated`).
    """
    if event.day is None:
        return None
    lo, hi = ctx.analysis.sentence(event.start)
    scopes = [(lo, hi)]
    title = ctx.layout.title
    if title is not None:
        scopes.append((title.start, title.end))
    found_year: tuple[int | None, Rule] | None = None
    year = _anniversary_year(ctx, event, found, periods, scopes)
    rule = YEAR_ANNIVERSARY
    if year is None:
        year, rule = _pair_year(event, found), YEAR_ANNIVERSARY_PAIR
    if year is not None:
        plain = _plain_years(ctx, lo, hi)
        if not plain or year in plain:
            found_year = (year, rule)
    latest = _latest_year(ctx, found)
    if found_year is None:
        year = _same_day_year(ctx, event, found, latest)
        if year is not None:
            found_year = (year, YEAR_SAME_DAY)
    for a, b in scopes:
        if found_year is None:
            found_year = _frame_year(ctx, event, found, periods, a, b)
    if found_year is not None and found_year[1] is YEAR_EDITION:
        edition_year = found_year[0]
        if latest is not None and edition_year is not None and edition_year < latest - 1:
            found_year = None  # "Tết Mậu Thân 1968", "Brexit 2016" in a later article
    # The article as a whole, in order: each read only when the ones before found nothing.
    whole_article: tuple[tuple[Rule, Callable[[], int | None]], ...] = (
        (YEAR_NEAR_DATES, lambda: _near_dates_year(ctx, event, found, latest)),
        (YEAR_CURRENT, lambda: _current_year(ctx, event, periods, latest)),
        (YEAR_SAME_MONTH, lambda: _same_month_year(ctx, event, found, latest)),
        (YEAR_MONTHS_REVIEWED, lambda: _months_reviewed_year(event, periods)),
        (YEAR_AFTER_LATEST_DATE, lambda: _latest_dated_before(ctx, event, found, latest)),
    )
    for whole_rule, read_year in whole_article:
        if found_year is not None:
            break
        year = read_year()
        if year is not None:
            found_year = (year, whole_rule)
    if found_year is None:
        return None
    year, rule = found_year
    if year is None or not _MIN_YEAR <= year <= _MAX_YEAR or _on(event, year) is None:
        return None
    if rule is YEAR_SAME_DAY or any(rule is r for r, _read in whole_article):
        dated = _latest_dated(ctx, found)
        if dated is not None and year < dated:
            return None  # the article tells of a later date ("hồi tháng 1.2017")
    return year, rule


# -- assembling ---------------------------------------------------------------------------
def _value(f: FoundDate, reference: dt.date | None) -> str | None:
    """The ISO value of a found date, its year from the reference date when it has none."""
    if f.offset is not None:
        if reference is None:
            return None
        return (reference + dt.timedelta(days=f.offset)).isoformat()
    if f.day is None:
        return resolve.iso_partial(f.year, f.month)
    year = f.year
    if year is None and reference is not None:
        year = resolve.nearest_year(f.day, f.month, reference)
    return resolve.iso_partial(year, f.month, f.day)


def _event_date(
    ctx: Context,
    event: FoundDate | None,
    found: list[FoundDate],
    periods: list[FoundPeriod],
    reference: dt.date | None,
) -> EventDate | None:
    """The event's :class:`EventDate`, its year from the reference date, else from the
    article (``year_inferred``), else left unresolved (``--MM-DD``)."""
    if event is None:
        return None
    inferred = False
    value = _value(event, reference)
    if value is None:
        return None
    if value.startswith("--") and event.day is not None:
        inferred_year = infer_year(ctx, event, found, periods)
        if inferred_year is not None:
            year, rule = inferred_year
            value = resolve.iso_partial(year, event.month, event.day)
            inferred = True
            ctx.accepted(rule, "event.year", event.start, event.end)
    text, span = ctx.item(event.start, event.end)
    return EventDate(
        value=value,
        year_inferred=inferred,
        time_of_day=cast("TimeOfDay | None", event.time_of_day),
        text=text,
        span=span,
    )


def _mentions(
    ctx: Context,
    found: list[FoundDate],
    event: FoundDate | None,
    event_date: EventDate | None,
    reference: dt.date | None,
) -> list[DateMention]:
    """Every date mention: the publication date first, then the content's, in order. A
    year-less date on the event's day takes the event's year."""
    out: list[DateMention] = []
    published = ctx.doc.published
    if published is not None:
        out.append(
            DateMention(
                value=published.value[:10],
                text=published.text,
                span=published.span,
                role="published",
            )
        )
    event_day = (event.month, event.day) if event is not None else None
    for f in found:
        ctx.claim("dates", f.start, f.end)
        role: DateRole = "other"
        if f is event and event_date is not None:
            value: str | None = event_date.value
            role = "event"
        else:
            value = _value(f, reference)
            if (
                event_date is not None
                and value is not None
                and value.startswith("--")
                and (f.month, f.day) == event_day
            ):
                value = event_date.value
        if value is None:
            continue
        text, span = ctx.item(f.start, f.end)
        out.append(DateMention(value=value, text=text, span=span, role=role))
        if f.rule is not None:
            ctx.accepted(f.rule, "date", f.start, f.end)
    return out


SIBLING_GAP = 80
"""How far after a yearless period (``6 tháng đầu năm``) the next one may stand and still
lend it its year (``..., phương hướng, nhiệm vụ 6 tháng cuối năm 2019``)."""


def _sibling_year(analysis: Analysis, periods: list[FoundPeriod], i: int) -> int | None:
    """The year of the next period of the same clause, written with one year, when
    ``periods[i]`` has none: ``6 tháng đầu năm, phương hướng 6 tháng cuối năm 2019``."""
    p = periods[i]
    if p.year_from_context is None or i + 1 >= len(periods):
        return None
    q = periods[i + 1]
    if q.year_from_context is not None or not q.first or not q.last or q.first[:4] != q.last[:4]:
        return None
    if q.start - p.end > SIBLING_GAP or analysis.clause(q.start) != analysis.clause(p.start):
        return None
    return int(q.first[:4])


def _periods(ctx: Context, periods: list[FoundPeriod], reference: dt.date | None) -> list[Period]:
    """The periods with their years filled in, each span once (the first mention)."""
    out: list[Period] = []
    seen: set[tuple[str, str]] = set()
    reference_year = reference.year if reference else None
    explicit_years = {
        p.kind: int(p.last[:4]) for p in periods if p.year_from_context is None and p.last
    }
    for i, p in enumerate(periods):
        ctx.claim("dates", p.start, p.end)
        sibling = _sibling_year(ctx.analysis, periods, i)
        if not _fill_period_year(p, sibling or reference_year or explicit_years.get(p.kind)):
            ctx.rejected(PERIOD_NO_YEAR, "period", p.start, p.end)
            continue
        if p.first is None or p.last is None or (p.first, p.last) in seen:
            continue
        seen.add((p.first, p.last))
        text, span = ctx.item(p.start, p.end)
        out.append(Period(start=p.first, end=p.last, kind=p.kind, text=text, span=span))
        if p.rule is not None:
            ctx.accepted(p.rule, "period", p.start, p.end)
    return out


def run(ctx: Context) -> None:
    """Fill ``published``, ``dates`` and ``periods``; leave the event's date and the
    publication date in the context (see the module docstring)."""
    content = ctx.content
    pub = _publication(ctx)
    published_date: dt.date | None = None
    skip: tuple[int, int] | None = None
    if pub is not None:
        published, published_date, skip = pub
        ctx.doc.published = published
        ctx.claim("dates", *skip)
    reference = ctx.reference_date or published_date
    ctx.publication_date = reference

    places = _Places(content, ctx.analysis.lower)
    found = find_dates(ctx, skip, relative_days=reference is not None, places=places)
    periods = find_periods(ctx, places)
    chosen = choose_event(ctx, found)
    event = chosen[0] if chosen is not None else None
    event_date = _event_date(ctx, event, found, periods, reference)
    if chosen is not None and event_date is not None:
        ctx.accepted(chosen[1], "event.date", chosen[0].start, chosen[0].end)
    ctx.event_date = event_date
    ctx.doc.dates = _mentions(ctx, found, event, event_date, reference)
    ctx.doc.periods = _periods(ctx, periods, reference)
    for start, end in find_times(content, places):
        ctx.claim("dates", start, end)


def find_times(content: str, places: _Places | None = None) -> list[tuple[int, int]]:
    """Clock times (``8h30``, ``15 giờ 30``, ``lúc 15 giờ``, ``20 giờ ngày 31``): claimed so
    statistics do not count them; an hour without minutes needs a cue around it."""
    if places is None:
        places = _Places(content)
    out = []
    for m in scan_at(TIME_RE, content, places.times()):
        if int(m["h"]) > 23:
            continue
        start, end = m.span()
        if m["mi"] is None:
            before, _ = _slice_before(content, start, 12)
            after = content[end : end + 12]
            if (
                search(TIME_CUE_BEFORE_RE, before) is None
                and search(TIME_CUE_AFTER_RE, after) is None
            ):
                continue
        out.append((start, end))
    return out
