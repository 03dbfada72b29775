"""Patterns of the dates extractor, compiled once at import.

The scanning patterns (:data:`DATE_RE`, :data:`PERIOD_RE`, :data:`TIME_RE`) start with a
digit or a fixed letter, so the ``regex`` engine jumps straight to the few places worth a
try (the content is mostly words, and blanked furniture is long runs of spaces); the cue
words before a match (``Sáng``, ``ngày``, ``giai đoạn``) are read afterwards from a short
slice ending at the match (:data:`CUE_BEFORE_RE`, :data:`PERIOD_CUE_BEFORE_RE`).

Every pattern is linear: quantifiers are bounded (``[ \\t]{1,3}``, never ``\\s*`` over a
run of blanked spaces) and no group that repeats can match the same text two ways. They
run on the normal form through :mod:`dan_van_extract._match`.

The words come from the data files beside this module (``data/*.txt``, ``data/*.tsv``):
weekday names, time-of-day words, date cues, period cues, quarter numbers, relative days,
founding words for anniversaries.
"""

from __future__ import annotations

import regex

from .. import vocab
from .._lexicon import load_lines, load_table
from .._scan import keyed

__all__ = [
    "ANNIVERSARY_RE",
    "ASSESS_RE",
    "BACKGROUND_OPENING_RE",
    "COMMEMORATION_RE",
    "CONTINUATION_RE",
    "CUE_BEFORE_RE",
    "DATE_RE",
    "DOCUMENT_BEFORE_RE",
    "DOCUMENT_NAMED_BEFORE_RE",
    "DOCUMENT_YEAR_BEFORE_RE",
    "EDITION_YEAR_RE",
    "EVENT_NOUN_RE",
    "EVENT_WORD_RE",
    "FOUNDING_RE",
    "FUTURE_RE",
    "HISTORY_RE",
    "HM_RE",
    "HONOUR_RE",
    "IMPLEMENTED_FOR_RE",
    "MONTH_YEAR_RE",
    "NOT_CURRENT_BEFORE_RE",
    "NOT_NAMES_BEFORE_YEAR",
    "ORDINAL_RE",
    "PERIOD_CUE_BEFORE_RE",
    "PERIOD_RES",
    "PERIOD_TO_MONTH_RE",
    "PLAN_ONLY_RE",
    "PLAN_RE",
    "PRESENT_RE",
    "PREVIOUS_TERM_BEFORE_RE",
    "PUBLICATION_RE",
    "QUARTERS",
    "RANGE_END_RE",
    "RELATIVE_DAYS",
    "RELATIVE_LEFT_RE",
    "RELATIVE_RES",
    "RELATIVE_TOD_RE",
    "REVIEW_RE",
    "ROUND_BEFORE_RE",
    "SCHOOL_AHEAD_RE",
    "TERM_START_RE",
    "TIME_CUE_AFTER_RE",
    "TIME_CUE_BEFORE_RE",
    "TIME_OF_DAY",
    "TIME_RE",
    "UNIT_AFTER_RE",
    "YEAR_NAMED_RE",
    "YEAR_PARTS",
    "YEAR_PART_RE",
    "YEAR_TOKEN_RE",
]

_PKG = __package__ or "dan_van_extract.dates"

TIME_OF_DAY: dict[str, str] = {
    row[0].lower(): row[1] for row in load_table(_PKG, "data/time_of_day.tsv")
}
"""Time-of-day word (lower case) -> canonical value (``sáng``, ``trưa``, ``chiều``, ...)."""
WEEKDAYS: dict[str, int] = {
    row[0].lower(): int(row[1]) for row in load_table(_PKG, "data/weekdays.tsv")
}
"""Weekday name (lower case) -> ISO weekday."""
QUARTERS: dict[str, int] = {
    row[0].lower(): int(row[1]) for row in load_table(_PKG, "data/quarters.tsv")
}
"""Quarter as written after ``quý`` (lower case) -> 1..4."""
RELATIVE_DAYS: dict[str, int] = {
    row[0].lower(): int(row[1]) for row in load_table(_PKG, "data/relative_days.tsv")
}
"""``hôm qua`` -> -1: days from the publication date."""
_STRONG_CUES = load_lines(_PKG, "data/date_cues.txt")
_WEAK_CUES = load_lines(_PKG, "data/weak_date_cues.txt")
_PERIOD_CUES = load_lines(_PKG, "data/period_cues.txt")
_FOUNDING = load_lines(_PKG, "data/founding_cues.txt")
_REVIEW = load_lines(_PKG, "data/review_cues.txt")
_ASSESS = load_lines(_PKG, "data/assessment_cues.txt")
_TERM_START = load_lines(_PKG, "data/term_start_cues.txt")
_TERM_END = load_lines(_PKG, "data/term_end_cues.txt")
_PLAN = load_lines(_PKG, "data/plan_cues.txt")
_PLAN_ONLY = load_lines(_PKG, "data/plan_only_cues.txt")
_HONOUR = load_lines(_PKG, "data/honour_cues.txt")
_OCCASION = load_lines(_PKG, "data/occasion_cues.txt")
_COMMEMORATION = load_lines(_PKG, "data/commemoration_cues.txt")
_DOCUMENT_HEADS = load_lines(_PKG, "data/document_heads.txt")
_IMPLEMENTING = load_lines(_PKG, "data/implementation_cues.txt")
_HISTORY = load_lines(_PKG, "data/history_cues.txt")
_NOT_CURRENT = load_lines(_PKG, "data/not_current_before.txt")
_EDITION = load_lines(_PKG, "data/edition_cues.txt")
_EVENT_NOUNS = load_lines(_PKG, "data/event_nouns.txt")
_EVENT_VERBS = load_lines(_PKG, "data/event_verbs.txt")
_PRESENT = load_lines(_PKG, "data/present_cues.txt")
_FUTURE = load_lines(_PKG, "data/future_cues.txt")
_BACKGROUND = load_lines(_PKG, "data/background_cues.txt")
_SCHOOL_AHEAD = load_lines(_PKG, "data/school_year_ahead.txt")
NOT_NAMES_BEFORE_YEAR: frozenset[str] = frozenset(
    w.lower() for w in load_lines(_PKG, "data/not_names_before_year.txt")
)
"""Capitalised words (lower case here) that do not make the bare year after them part of a
name (``Năm 2017``)."""
YEAR_PARTS: dict[str, tuple[int, int]] = {
    row[0].lower(): (int(row[1]), int(row[2])) for row in load_table(_PKG, "data/year_parts.tsv")
}
"""``đầu năm`` -> (1, 4): the months a named part of a year covers."""


def _words(entries: tuple[str, ...] | list[str]) -> str:
    """A longest-first alternation whose spaces match one to three blanks (bounded)."""
    parts = [
        r"[ \t]{1,3}".join(regex.escape(w) for w in e.split())
        for e in sorted(set(entries), key=lambda s: (-len(s), s))
    ]
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def _word_list(entries: tuple[str, ...]) -> regex.Pattern[str]:
    """A pattern for any of ``entries`` as whole words, case-insensitively, keyed by them
    (tried only where one may start: :func:`dan_van_extract._scan.keyed`)."""
    return keyed(
        regex.compile(rf"(?<![\p{{L}}]){_words(entries)}(?![\p{{L}}])", regex.IGNORECASE),
        entries,
    )


_TOD = _words(tuple(TIME_OF_DAY))
_WEEKDAY = _words(tuple(WEEKDAYS))
_STRONG = _words(_STRONG_CUES)
_WEAK = _words(_WEAK_CUES)
_SP = r"[ \t]{1,3}"
_OSP = r"[ \t]{0,3}"
_CHRISTMAS = r"(?<!(?i:giáng)[ \t])"
"""Before ``sinh``: not ``Giáng sinh`` (Christmas), which names no birth."""
_Y = r"(?:19|20)\d\d"
_DAYS_CUE = rf"trong{_SP}(?:hai|ba|2|3){_SP}ngày"
"""``Trong hai ngày``: a strong cue before the days of one event (``Trong hai ngày 9 và
10-2``, ``Trong hai ngày, 17-18/11``, ``Trong 2 ngày (27-28/4)``)."""

# -- dates ----------------------------------------------------------------------------------
DATE_RE = regex.compile(
    # ISO in the text: "2025-04-01".
    r"(?P<iy>\d{4})-(?P<im>\d\d)-(?P<id>\d\d)(?![\d\p{L}])"
    # A day range before one month: "9 và 10-2", "11-15/5", "12 đến 14/11".
    rf"|(?P<d1>\d{{1,2}}){_OSP}(?:-|–|và|đến|tới){_OSP}(?:ngày{_SP})?"
    r"(?P<d>\d{1,2})(?P<sep>[/-])(?P<m>\d{1,2})(?:(?P=sep)(?P<y>\d{4}))?(?![\d\p{L}])"
    # Two days and a comma before one month: "06, 07/6" (not "số 12, ngày 5/1").
    r"|(?<![\d.,/-])(?P<d1>\d{1,2}),[ \t]{0,3}(?P<d>\d{1,2})(?P<sep>/)(?P<m>\d{1,2})"
    r"(?:/(?P<y>\d{4}))?(?![\d\p{L}])"
    # A slash and a space, after a strong cue only (the rules check it): "Sáng ngày 26/ 2".
    r"|(?P<d>\d{1,2})(?P<sep>/)(?P<gap>[ ])(?P<m>\d{1,2})(?![\d\p{L}]|[ \t]{0,3}/[ \t]{0,3}\d)"
    # Numbers: "30/9", "16-11-2017", "30.9.2020".
    r"|(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?:(?P=sep)(?P<y>\d{4}))?(?![\d\p{L}])"
    # Written out: "1 tháng 3 năm 2017", "6 tháng 2"; after a first day of the same month
    # ("12 và 13 tháng 11", "05 đến ngày 08 tháng 01 năm 2021", "12, 13 tháng 11").
    rf"|(?:(?<![\d.,/-])(?P<d1>\d{{1,2}}){_OSP}(?:,|-|–|và|đến|tới){_OSP}(?:ngày{_SP})?)?"
    rf"(?P<d>\d{{1,2}}){_SP}tháng{_SP}(?P<m>\d{{1,2}})(?![\d\p{{L}}])"
    rf"(?:{_OSP},?{_OSP}năm{_SP}(?P<y>\d{{4}})(?![\d\p{{L}}]))?"
)
"""A date written with numbers; which form matched is told by the named groups. The
numbers' ranges and the cue before them are checked by the rules."""

MONTH_YEAR_RE = regex.compile(
    rf"háng(?<=(?<![\p{{L}}\d])(?P<lead>[Tt])háng){_SP}(?P<mm>\d{{1,2}})"
    rf"(?:{_OSP}(?:/|-|năm|,{_OSP}năm){_OSP}|\.)(?P<yy>\d{{4}})(?![\d\p{{L}}])"
)
"""A month of a year: ``tháng 5/2025``, ``tháng 3 năm 2017``, ``tháng 7-2023``,
``tháng 1.2017``."""

RELATIVE_RES = (
    regex.compile(
        rf"ôm(?<=(?<![\p{{L}}\d])(?P<lead>[Hh])ôm){_SP}(?P<rel>nay|qua|kia)(?![\p{{L}}\d])"
    ),
    regex.compile(rf"mai(?<=(?<![\p{{L}}\d])(?P<lead>[Nn])gày{_SP}mai)(?![\p{{L}}\d])"),
    regex.compile(rf"nay(?<=[ \t]nay)(?![\p{{L}}\d])(?={_OSP}[,(])"),
    regex.compile(rf"qua(?<=[ \t]qua)(?![\p{{L}}\d])(?={_OSP}[,(])"),
)
"""Days named relative to the publication date: ``hôm qua``, ``ngày mai``; ``nay`` and
``qua`` after a time of day (``chiều qua,``), which the rules check. Each pattern opens
with a fixed string, so the engine finds its places fast."""

CUE_BEFORE_RE = regex.compile(
    rf"(?<![\p{{L}}\d])(?:(?:(?P<tod>{_TOD}){_SP}(?P<tday>ngày|hôm)"
    rf"|(?P<strong>{_DAYS_CUE}(?:{_OSP},)?)"
    rf"|(?P<fromday>từ{_SP}ngày)"
    rf"|(?P<strong>{_STRONG})"
    rf"|(?P<relcue>(?:{_TOD}|hôm){_SP}(?:nay|qua))"
    rf"|(?P<tod>{_TOD})"
    rf"|(?P<weak>{_WEAK}|từ)){_SP}"
    rf"|(?P<pcue>{_DAYS_CUE}|(?:{_TOD}(?:{_SP}ngày)?|hôm|{_WEEKDAY})(?:{_SP}(?:nay|qua))?)"
    rf"{_OSP}\({_OSP}"
    rf"|(?P<relcomma>(?:{_TOD}|hôm){_SP}(?:nay|qua)){_OSP},{_OSP})\Z",
    regex.IGNORECASE | regex.REVERSE,
)
"""The cue that ends right before a date's numbers: a time of day (with ``ngày``/``hôm``),
``ngày``/``hôm``, ``trong hai ngày`` (with a comma or not), ``từ ngày``, ``sáng nay``, a
preposition (weak: enough for ``D/M`` only), a time word or ``trong hai ngày`` and an
opening parenthesis (``Sáng nay (27/4)``, ``Sáng ngày (10/8)``, ``Trong 2 ngày (27-28/4)``), or
``hôm nay`` and a comma (``Hôm nay, 4/5,``: the rules want a comma after the date too).
Searched backwards from the end of a short slice (``REVERSE``): the longer cues come first."""

OCCASION_BEFORE_RE = regex.compile(
    rf"(?<![\p{{L}}])(?<!(?i:cá)[ \t])(?i:{_words(_OCCASION)})[ \t]+\Z"
)
"""An occasion word right before ``ngày D/M`` (``data/occasion_cues.txt``): the day is what
the act is done for (``nhân ngày 27/7``), not the day it is done (``cá nhân`` is none)."""

DOCUMENT_BEFORE_RE = regex.compile(
    r"(?:\d{1,6}[/-][\p{L}\d/.&-]{0,30}\p{Lu}[\p{L}\d/.&-]{0,30}"
    r"|(?<![\p{L}])(?:[Qq]uyết[ \t]định|[Nn]ghị[ \t](?:quyết|định)|[Tt]hông[ \t]tư"
    r"|[Cc]ông[ \t]văn|[Cc]hỉ[ \t]thị|[Kk]ết[ \t]luận|[Vv]ăn[ \t]bản)(?:[ \t]{1,3}số)?"
    r"(?:[ \t]{1,3}\d{1,6})?)[ \t]{1,3}(?:ký[ \t]{1,3})?\Z",
    regex.REVERSE,
)
"""A document's number or name right before a date (``Quyết định số 265/QĐ-TTg ngày
31/12/2021``, ``Kết luận số 24-KL/TW ngày 5.6.2012``): the document's date, never the
event's."""

DOCUMENT_NAMED_BEFORE_RE = regex.compile(
    r"(?<![\p{L}])(?P<head>Bộ[ \t]luật|Luật|Nghị[ \t](?:quyết|định)|Chỉ[ \t]thị|Kết[ \t]luận"
    r"|Quyết[ \t]định)[ \t]{1,3}(?P<name>\p{Lu}[\p{L}\d]*(?:[ \t]{1,3}[\p{L}\d]+){0,10})"
    r"[ \t]{1,3}\Z",
    regex.REVERSE,
)
"""A document named without its number right before a date (``Luật Tổ chức Chính quyền địa
phương ngày 19 tháng 6 năm 2015``, ``Nghị quyết Đại hội Đảng bộ tỉnh ngày 12/10/2020``): the
document's date, when the date's cue is ``ngày`` (a document is dated by its day, not
``chiều 21/2``). The rules reject a name holding a verb (``Luật ... vừa được Quốc hội thông
qua ngày``: the day of an act, not a document's title)."""

RELATIVE_TOD_RE = regex.compile(
    rf"(?<![\p{{L}}\d])(?P<tod>{_TOD}){_SP}\Z", regex.IGNORECASE | regex.REVERSE
)
"""The time of day before ``nay``/``qua`` (``chiều qua``) or ``hôm qua`` (``sáng hôm qua``)."""

CONTINUATION_RE = regex.compile(
    rf"\G{_OSP}(?P<link>,|và|-|–|đến|tới|hoặc){_OSP}(?:(?:sáng|trưa|chiều|tối){_SP})?"
    rf"(?:ngày{_SP})?(?P<d>\d{{1,2}})(?P<sep>[/-])(?P<m>\d{{1,2}})"
    r"(?:(?P=sep)(?P<y>\d{4}))?(?![\d\p{L}])",
    regex.IGNORECASE,
)
"""A second date right after a first one (``30/4 - 1/5``, ``ngày 9/2 và 10/2``); searched
from the first one's end (``\\G``)."""

RANGE_END_RE = regex.compile(
    rf"\G{_OSP}(?:đến|tới){_SP}(?:hết{_SP})?(?:ngày{_SP})?\d{{1,2}}[/.-]\d{{1,2}}(?![\d\p{{L}}])",
    regex.IGNORECASE,
)
"""The last day of a range right after its first (``từ ngày 11/11 đến ngày 15/11``): the
first day, after ``từ ngày``, is when the event opens."""

UNIT_AFTER_RE = regex.compile(
    rf"\G{_OSP}(?:ngày|người|tuổi|lần|giờ|phút|năm|tháng|%|km|m2|ha|{_words(tuple(vocab.multipliers()))}"
    r"|đồng|hộ|xã|học sinh|em|cháu|trường|điểm|bàn|độ)(?![\p{L}])",
    regex.IGNORECASE,
)
"""A counted thing after ``8-12``: then it is a range of numbers, not a day and month."""

RELATIVE_LEFT_RE = regex.compile(
    r"(?:^|[,.;:!?(“\"–-]|(?<![\p{L}])(?:vào|ngay|trong|từ|đến|ra|chức|diễn|biết|nói))"
    r"[ \t]{0,3}\Z",
    regex.IGNORECASE | regex.REVERSE,
)
"""What may stand before ``hôm nay``/``hôm qua`` for it to be a day ("thế hệ hôm nay" is not)."""

# -- periods --------------------------------------------------------------------------------
PERIOD_YEARS_RE = regex.compile(
    rf"(?P<op>\()?(?P<y1>{_Y}){_OSP}(?P<link>-|–|—|đến|tới){_OSP}(?:năm{_SP})?"
    r"(?P<y2>(?:19|20)\d\d)(?![\d\p{L}]|[/.-]\d)"
)
"""Two years: ``2017-2022``, ``(2013 – 2019)``, ``2010 đến năm 2020``; the cue before them
(``giai đoạn``, ``từ năm``) is read by the rules."""

_MONTH_YEAR_SEP = rf"(?:{_OSP}(?:/|-|năm){_OSP}|\.)"
"""Between a period's month and its year: ``3/2013``, ``3-2013``, ``3 năm 2013``,
``3.2013`` (a dot only when nothing stands around it, as in :data:`MONTH_YEAR_RE`)."""

_TO_MONTH_END = rf"(?:(?:hết|cuối){_SP})?"
"""``hết`` or ``cuối`` before the last month of a period: to its end (``đến hết tháng 6``)."""

PERIOD_FROM_RE = regex.compile(
    rf"(?<![\p{{L}}\d])(?P<from>[Tt]ừ){_SP}(?:"
    rf"tháng{_SP}(?P<m1>\d{{1,2}})(?:{_MONTH_YEAR_SEP}(?P<y1>{_Y}))?{_SP}(?:đến|tới){_SP}"
    rf"{_TO_MONTH_END}(?:tháng{_SP}(?P<m2>\d{{1,2}})(?:{_MONTH_YEAR_SEP}(?P<y2>{_Y}))?"
    rf"|(?P<m2>\d{{1,2}}){_OSP}/{_OSP}(?P<y2>{_Y})|năm{_SP}(?P<y2>{_Y})|(?P<y2>{_Y}))"
    rf"|(?:ngày{_SP})?(?P<d1>\d{{1,2}})(?P<s1>[/.-])(?P<m1>\d{{1,2}})(?:(?P=s1)(?P<y1>{_Y}))?"
    rf"{_SP}(?:đến|tới){_SP}(?:hết{_SP})?(?:ngày{_SP})?(?P<d2>\d{{1,2}})(?P<s2>[/.-])"
    rf"(?P<m2>\d{{1,2}})(?P=s2)(?P<y2>{_Y}))(?![\d\p{{L}}]|[/.-]\d)"
)
"""``từ tháng 8/2011 đến tháng 4/2016``, ``từ tháng 3.2013 đến tháng 2.2016``, ``từ tháng 4
đến tháng 6``, ``từ tháng 8/2007 đến năm 2011``, ``từ ngày 1/7/2020 đến ngày 30/6/2021``."""

PERIOD_TO_MONTH_RE = regex.compile(
    rf"(?<![\p{{L}}\d])[Tt]ừ{_SP}(?:năm{_SP}(?P<ty1>{_Y})"
    rf"|(?:ngày{_SP})?(?P<td1>\d{{1,2}})(?P<ts>[/.-])(?P<tm1>\d{{1,2}})(?P=ts)(?P<ty1>{_Y}))"
    rf"{_SP}(?:đến|tới){_SP}{_TO_MONTH_END}tháng{_SP}(?P<tm2>\d{{1,2}}){_MONTH_YEAR_SEP}"
    rf"(?P<ty2>{_Y})(?![\d\p{{L}}]|[/.-]\d)"
)
"""``từ năm 2016 đến tháng 9-2018``, ``từ 1/1/2010 đến (hết, cuối) tháng 6/2017``: from a year
or a day to the end of a month."""

PERIOD_MONTHS_RE = regex.compile(
    rf"(?<![\p{{L}}\d])(?:(?P<mcue>[Tt]háng){_SP}(?P<m1>\d{{1,2}})(?:/(?P<y1>{_Y}))?"
    rf"|(?P<mcue>\()[ \t]{{0,2}}(?P<m1>\d{{1,2}})/(?P<y1>{_Y})){_OSP}"
    rf"(?:-|–|đến){_OSP}"
    rf"(?:tháng{_SP})?(?P<m2>\d{{1,2}}){_OSP}(?:/|-|năm){_OSP}(?P<y2>{_Y})(?![\d\p{{L}}])"
)
"""Months of one year: ``tháng 9-10/2016``, ``tháng 4 - 12/2017``; or of two, each written
with its year (``Tháng 3/2006 đến 5/2006``, ``tháng 11/2019 - 2/2020``), also bare in
brackets (a term of office: ``(1/2004 - 5/2010)``)."""

PERIOD_PART_RE = regex.compile(
    rf"(?P<ncue>(?<![\d.,])(?<![Nn]gày[ \t])(?P<n>\d{{1,2}}){_SP}tháng|(?<![\p{{L}}\d])[Nn]ửa)"
    rf"{_SP}(?:(?P<side>đầu|cuối){_SP}năm(?![\p{{L}}\d])(?!{_SP}học)"
    rf"(?:{_SP}(?:(?P<y2>{_Y})(?![\d\p{{L}}])|(?P<nay>nay)(?![\p{{L}}])))?"
    rf"|(?P<bare>năm){_SP}(?P<y3>{_Y})(?![\d\p{{L}}]))"
)
"""Months at one end of a year: ``9 tháng đầu năm 2020``, ``3 tháng cuối năm``, ``6 tháng
đầu năm nay``, ``nửa đầu năm``; with its year, ``đầu`` may be left out: ``9 tháng năm 2017``
is the year's first nine months (not after ``ngày``: a date missing its month)."""

PERIOD_QUARTER_RE = regex.compile(
    rf"(?<![\p{{L}}\d])(?P<qcue>[Qq]u[ýí]){_SP}(?P<q>IV|I{{1,3}}|[1-4])(?![\p{{L}}\d]|[.,]\d)"
    rf"(?:{_OSP}(?:/|-|năm|,{_OSP}năm){_OSP}(?P<y2>{_Y})(?![\d\p{{L}}]))?"
)
"""A quarter: ``quý I/2025``, ``quý 2-2018``, ``quý IV năm 2017``, ``quý I`` (year from the
context); ``quí``, the older spelling, too (``quí 1 năm 2023``)."""

PERIOD_RES = (
    PERIOD_YEARS_RE,
    PERIOD_FROM_RE,
    PERIOD_TO_MONTH_RE,
    PERIOD_MONTHS_RE,
    PERIOD_PART_RE,
    PERIOD_QUARTER_RE,
)
"""Every period form, each scanned on its own (one pass each is faster than one pattern
with all of them)."""

PERIOD_CUE_BEFORE_RE = regex.compile(
    rf"(?<![\p{{L}}\d])(?:(?P<from>từ)(?:{_SP}năm)?|(?P<cue>{_words(_PERIOD_CUES)})"
    rf"(?:{_SP}(?:[IVX]{{1,5}}|thứ{_SP}[\p{{L}}\d]{{1,5}})(?![\p{{L}}\d]))?{_OSP},?){_OSP}\Z",
    regex.IGNORECASE | regex.REVERSE,
)
"""The cue right before two years: ``giai đoạn``, ``Nhiệm kỳ IV``, ``từ năm``; searched
backwards from the end of a short slice (``REVERSE``)."""

# -- publication lines and clock times -------------------------------------------------------
_HM = r"(?:[01]?\d|2[0-3])[:hg][0-5]\d(?::[0-5]\d)?(?:[ \t]{0,3}(?:AM|PM|SA|CH)\b)?"
HM_RE = regex.compile(
    r"(?P<h>[01]?\d|2[0-3])[:hg](?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?"
    r"(?:[ \t]{0,3}(?P<ap>AM|PM|SA|CH)\b)?",
    regex.IGNORECASE,
)
"""One clock time of a publication line: ``15:06:38``, ``07:30 PM``, ``15h24``."""

PUBLICATION_RE = regex.compile(
    rf"(?P<label>{vocab.publication_labels_pattern()}{_OSP}(?:lúc{_OSP})?[:,]?{_OSP})?"
    rf"(?:(?P<t0>{_HM}){_OSP}[,|-]{_OSP}(?={_WEEKDAY}))?"
    rf"(?:(?P<wd>{_WEEKDAY}){_OSP}[,|-]?{_OSP})?"
    rf"(?:(?P<t1>{_HM}){_OSP}(?:[,|-]{_OSP})?)?"
    rf"(?:ngày{_SP})?"
    r"(?<![\d.,/-]|\d:)(?:(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})"
    r"|(?P<iy>\d{4})-(?P<im>\d\d)-(?P<id>\d\d)"
    rf"|(?P<d>\d{{1,2}}){_SP}tháng{_SP}(?P<m>\d{{1,2}}){_SP}năm{_SP}(?P<y>\d{{4}}))(?![\d/])"
    rf"(?:{_OSP}(?:[,|-]|T)?{_OSP}(?:lúc{_SP})?(?P<t2>{_HM}))?"
    rf"(?:{_OSP}(?P<tz>[(\[]?{_OSP}GMT{_OSP}(?P<sign>[+-]){_OSP}(?P<oh>\d{{1,2}})"
    rf"(?::?(?P<om>\d{{2}}))?{_OSP}[)\]]?))?",
    regex.IGNORECASE,
)
"""A publication date line: ``Thứ 4, 30/09/2020 | 15:06:38``, ``2025-04-01 15:24:00``,
``15:24 | 23/02/2024``, ``Cập nhật: 10:05 ngày 23/02/2024``, ``... (GMT+7)``, the clock before
the weekday after a label's comma (``Cập nhật, 16:36, Thứ Sáu, 12/01/2018 (GMT+7)``), ``Ngày 15
tháng 3 năm 2021``, a label's colon with no space (``Cập nhật:08/10/2015``; a colon after a
digit is a clock's).
Only run on short meta lines."""

AGENCY_DATELINE_RE = regex.compile(
    r"\G[ \t]*(?:\p{Lu}[\p{L}\p{M}]{1,20}(?:[ \t]\p{Lu}[\p{L}\p{M}]{1,12}){0,2}[ \t]*)?"
    r"\([ \t]*\p{Lu}{2,8}(?:/\p{Lu}{2,8})?[ \t]+"
    r"(?P<date>(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4}))[ \t]*\)[ \t]*(?=\p{Lu}|\d)"
)
"""A news agency's dateline opening the lead, the day it filed the story inside its credit:
``Hà Nội (TTXVN 11/3/2022) Tại hội nghị ...``, ``Huế (VNA 2/9/2021) Sáng nay ...``. Only a
date with its year: a dateline's bare day (``(TTXVN 8/10)``) gives no publication date."""

TIME_RE = regex.compile(
    r"(?<![\d.,:/])(?P<h>\d{1,2})(?:[:h](?P<mi>[0-5]\d)(?:[ \t]?(?:'|phút))?"
    r"|[ \t]?giờ(?:[ \t]?(?P<mi>[0-5]\d)(?:[ \t]?phút)?)?|h)(?![\p{L}\d])"
)
"""A clock time in the text (claimed, not reported): ``15 giờ``, ``8h30``, ``lúc 9 giờ``.
Hours without minutes need a cue around them; the rules check it."""

TIME_CUE_BEFORE_RE = regex.compile(
    r"(?<![\p{L}])(?:lúc|vào|từ|đến|khoảng|tới)[ \t]{1,3}\Z", regex.IGNORECASE | regex.REVERSE
)
"""Before an hour without minutes (``lúc 15 giờ``): a clock time."""
TIME_CUE_AFTER_RE = regex.compile(
    r"\A[ \t]{1,3}(?:ngày|sáng|trưa|chiều|tối|đêm|hôm|cùng)(?![\p{L}])", regex.IGNORECASE
)
"""After an hour without minutes (``20 giờ ngày 31``): a clock time."""

# -- anniversaries and named years ---------------------------------------------------
ANNIVERSARY_RE = regex.compile(
    rf"(?<![\p{{L}}])[Kk]ỷ{_SP}niệm{_SP}(?P<n>\d{{1,3}}){_SP}năm(?![\p{{L}}])"
)
"""``kỷ niệm 10 năm thành lập``: the count of years of an anniversary."""

FOUNDING_RE = _word_list(_FOUNDING)
"""A word naming what an anniversary counts from (``thành lập``, ``tái lập``)."""

REVIEW_RE = _word_list(_REVIEW)
"""``tổng kết``, ``sơ kết``: the event looks back on a period or year named with it."""

ASSESS_RE = _word_list(_ASSESS)
"""``đánh giá``, ``về tình hình``: the event weighs up a year or months named with it."""

HONOUR_RE = _word_list(_HONOUR)
"""``tuyên dương``, ``biểu dương``: the event honours the period or year named with it."""

COMMEMORATION_RE = _word_list(_COMMEMORATION)
"""``tưởng niệm``, ``dâng hương``: the event commemorates dates its article tells of."""

PLAN_RE = _word_list(_PLAN)
"""``triển khai nhiệm vụ``, ``phương hướng``: what follows is planned, not reviewed."""

PLAN_ONLY_RE = _word_list(_PLAN_ONLY)
"""``triển khai kế hoạch``, ``ra quân``: the event opens the plan named after it."""

TERM_START_RE = _word_list(_TERM_START)
"""``Đại hội``, ``kỳ họp thứ nhất``: the event opens the term named with it."""

TERM_END_RE = _word_list(_TERM_END)
"""``kỳ họp cuối cùng``: the event closes the term named with it."""

YEAR_NAMED_RE = keyed(
    regex.compile(
        rf"(?<![\p{{L}}])năm{_SP}(?P<y>{_Y})(?![\d\p{{L}}]|[/.-]\d)"
        rf"(?<!(?:đến|tới|từ|trước|sau|vào|cuối|đầu|{_CHRISTMAS}sinh|học|tài[ \t]chính)"
        rf"{_SP}năm{_SP}\d{{4}})"
    ),
    ["năm"],
)
"""A year named in a sentence (``năm 2018``), not a target (``đến năm 2030``), a birth
year (``sinh năm 1996``, but ``Giáng sinh năm 2018`` is Christmas) or a school year."""

# -- the event's year from the article ------------------------------------------------
YEAR_TOKEN_RE = regex.compile(rf"(?<![\p{{L}}\d/.,-])(?P<y>{_Y})(?![\d\p{{L}}]|[/.,-]\d)")
"""A year standing alone (``Intel ISEF 2017``, ``năm 2017``), not part of a number, a date
or a document's number (``22/2013/QĐ-TTg``)."""

_DOC_HEADS = (
    "(?:"
    + "|".join(
        r"[ \t]{1,3}".join(regex.escape(w) for w in e.split())
        for e in sorted(_DOCUMENT_HEADS, key=lambda e: (-len(e), e))
    )
    + ")"
)

DOCUMENT_YEAR_BEFORE_RE = regex.compile(
    rf"(?<![\p{{L}}]){_DOC_HEADS}(?:{_SP}[\p{{L}}\d/&-]{{1,20}}){{0,6}}?{_SP}(?:năm{_SP})?\Z",
    regex.REVERSE,
)
"""A document's name right before a year (``Luật Hợp tác xã năm 2012``, ``Hiến pháp
2013``): the year dates the document. Searched backwards from the year's start; the name
has a capital and at most six words."""

IMPLEMENTED_FOR_RE = regex.compile(
    rf"(?<![\p{{L}}\d])(?P<n>\d{{1,2}}){_SP}năm{_SP}{_words(_IMPLEMENTING)}{_SP}{_DOC_HEADS}"
    rf"(?:{_SP}[\p{{L}}\d&.-]{{1,20}}){{0,8}}?"
    rf"(?:{_SP}năm{_SP}(?P<y>{_Y})(?![\d\p{{L}}])|{_SP}(?:số{_SP})?\d{{1,4}}/(?P<y>{_Y})/)"
)
"""``5 năm thực hiện Luật Hợp tác xã năm 2012``, ``10 năm thi hành Nghị định
193/2013/NĐ-CP``: a count of years since a document's year (2017, 2023)."""

NOT_CURRENT_BEFORE_RE = regex.compile(
    rf"(?<![\p{{L}}]){_CHRISTMAS}(?i:{_words(_NOT_CURRENT)})(?:{_SP}(?i:năm))?"
    rf"(?:{_SP}\p{{Lu}}[\p{{L}}\d]{{0,15}}){{0,3}}{_OSP}\Z",
    regex.REVERSE,
)
"""A word before a year that makes it a past, compared or target year: ``so với năm
2016``, ``từ năm 2008``, ``đến 2030``, ``sinh năm 1996``, ``hồi Tết Mậu Thân 1968`` (up to
three capitalised words between)."""

HISTORY_RE = keyed(
    regex.compile(rf"(?<![\p{{L}}]){_CHRISTMAS}{_words(_HISTORY)}(?![\p{{L}}])", regex.IGNORECASE),
    _HISTORY,
)
"""A sentence about the past: a birth, a death, a founding (``thành lập``, ``giải
phóng``): its dates and years are not the article's current year."""

EDITION_YEAR_RE = keyed(
    regex.compile(
        rf"(?<![\p{{L}}]){_words(_EDITION)}{_SP}(?:thứ{_SP})?(?:\d{{1,3}}|[IVXL]{{1,6}}"
        r"|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)(?![\p{L}\d])"
        rf"(?:{_OSP}[,–-]{_OSP}|{_SP})(?:(?:trong{_SP})?năm{_SP})?(?P<y>{_Y})(?![\d\p{{L}}]|[/.-]\d)",
        regex.IGNORECASE,
    ),
    _EDITION,
)
"""An edition of an event with its year: ``lần thứ 10 năm 2016``, ``lần thứ V, năm 2018``,
``lần 10 – 2016``, ``đợt quy tập lần thứ nhất trong năm 2017``."""

YEAR_PART_RE = regex.compile(
    rf"(?<![\p{{L}}])(?<!(?:tháng|nửa){_SP})(?P<part>{_words(tuple(YEAR_PARTS))}){_SP}"
    rf"(?P<y>{_Y})(?![\d\p{{L}}]|[/.-]\d)",
    regex.IGNORECASE,
)
"""A part of a year with its year: ``đầu năm 2017``, ``cuối năm 2018`` (not ``6 tháng
đầu năm 2017``, a period)."""

PREVIOUS_TERM_BEFORE_RE = regex.compile(
    rf"(?<![\p{{L}}])nhiệm{_SP}kỳ{_SP}(?:qua|trước|cũ|vừa{_SP}qua){_OSP}[,(]?{_OSP}\Z",
    regex.IGNORECASE | regex.REVERSE,
)
"""``nhiệm kỳ qua (2014 - 2019)``: the term that ends at a congress, not the one it opens."""

SINCE_TERM_BEFORE_RE = regex.compile(
    rf"(?<![\p{{L}}])(?:kể{_SP})?từ{_SP}(?:sau{_SP})?[^.;:!?\n]{{0,60}}\Z",
    regex.IGNORECASE | regex.REVERSE,
)
"""``từ sau Đại hội ... , nhiệm kỳ 2015-2020``: the time since a term began, not a term the
event opens."""
SINCE_TERM_AFTER_RE = regex.compile(rf"[ \t]*,?[ \t]*(?:đến|tới){_SP}nay(?![\p{{L}}])")
"""``nhiệm kỳ 2015-2020 đến nay``: the time since a term began."""

EVENT_NOUN_RE = _word_list(_EVENT_NOUNS)
"""A noun naming an event (``hội nghị``, ``lễ``, ``hội thi``)."""

EVENT_WORD_RE = keyed(
    regex.compile(
        rf"(?<![\p{{L}}]){_words(_EVENT_NOUNS + _EVENT_VERBS)}(?![\p{{L}}])", regex.IGNORECASE
    ),
    _EVENT_NOUNS + _EVENT_VERBS,
)
"""A word naming an event or holding one (``hội nghị``, ``lễ``, ``tổ chức``, ``diễn ra``)."""

ROUND_BEFORE_RE = regex.compile(
    rf"(?<![\p{{L}}]){_words(_EDITION)}{_SP}(?:thứ{_SP})?(?:\d{{1,2}}|[IVX]{{1,5}}"
    rf"|nhất|hai|ba|tư|năm)(?![\p{{L}}\d]){_OSP},?{_OSP}\Z",
    regex.IGNORECASE | regex.REVERSE,
)
"""``đợt 1`` right before a span of years (``đợt 1 giai đoạn 2015-2020``): a round inside
it, so the span does not give the event's year."""

ORDINAL_RE = regex.compile(
    rf"(?<![\p{{L}}])(?i:lần{_SP}thứ|khóa|nhiệm{_SP}kỳ)(?:{_SP}(?i:thứ))?{_SP}"
    r"(?P<n>[IVXL]{1,6}|\d{1,2})(?![\p{L}\d])"
)
"""The number of a congress or a term: ``lần thứ V``, ``khóa IX``, ``Nhiệm kỳ IV``."""

PRESENT_RE = keyed(
    regex.compile(rf"(?<![\p{{L}}]){_words(_PRESENT)}(?![\p{{L}}])", regex.IGNORECASE), _PRESENT
)
"""A word tying a date to the article's present: ``vừa qua``, ``đang``, ``kể từ``."""

BACKGROUND_OPENING_RE = regex.compile(
    rf"[ \t\n\"“‘'(]{{0,4}}{_words(_BACKGROUND)}(?![\p{{L}}])", regex.IGNORECASE
)
"""A sentence's opening word telling background or a plan, not the reported event (matched
at the sentence's start): ``Được biết,``, ``Trước đó,``, ``Theo kế hoạch,``, ``Dự kiến``."""

SCHOOL_AHEAD_RE = _word_list(_SCHOOL_AHEAD)
"""Before a school year, a word making it the coming one: ``tuyển sinh``, ``năm học mới``."""

FUTURE_RE = keyed(
    regex.compile(rf"(?<![\p{{L}}]){_words(_FUTURE)}(?![\p{{L}}])", regex.IGNORECASE), _FUTURE
)
"""A word putting a sentence in the future: ``sẽ``, ``dự kiến``, ``sáng mai``."""
