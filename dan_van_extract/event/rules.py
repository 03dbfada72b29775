"""Rules of the event extractor: the main event the article reports.

The event phrases are data (``data/event_types.tsv``): nouns (``hội nghị tổng kết``,
``lễ kỷ niệm``, ``đại hội``) and verbs (``làm việc``, ``thăm``, ``khai bút``) that name an
event only after a counter word (``buổi làm việc``, ``chuyến thăm``) or as the predicate
of the title or the lead (``Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Tu Mơ Rông``).

The main event is the first found, in this order of evidence:

1. an event phrase heading the title (``Gặp mặt Quân - Dân - Chính ...``);
2. an event phrase after a cue (``tổ chức``, ``khai mạc``, ``diễn ra``, ``dự``, ``tại``)
   in the title, then in the lead (the first body paragraph, with the next one when the
   first is a short summary);
3. a verb predicate in the title, then in the lead (``X làm việc với Y``);
4. an event noun in the lead without a cue;
5. the event phrase most often named after a cue in the rest of the body
   (``Tại hội nghị, ...``), captions left out, when its family is named twice, its
   sentence gives a date or a time of day, or it is referred back to (``Tại hội nghị,``,
   ``buổi gặp mặt này``); a phrase named once in passing is no event.

A phrase whose sentence opens on a past, planned or hypothetical cue before it (``Trước
đó, tại Đại hội ...``, ``sẽ tổ chức hội thảo``, ``nếu``, ``trước thềm``; not in the
title) or that runs on into a photo credit (``... tại hội nghị (Ảnh: X)``) is no event.

The phrases are found in the lower-cased text with one trie-shaped pattern; a title or a
lead that names the event spares the scan of the rest of the body. Words before or after
a phrase can unmake it: ``báo cáo tổng kết`` (a report), ``cuộc thăm dò`` (a poll),
``trực tiếp``, ``Quốc hội thảo luận``, a capitalised verb inside a name (``Ủy ban Kiểm
tra``); ``cuộc họp báo`` is a press conference (``họp báo``), not a meeting.

A verb is upgraded to the ceremony the text names with it (``khai bút`` -> ``lễ khai bút``
when the body says ``dự lễ khai bút``). The organiser is the subject of ``tổ chức``
(``Ban Dân vận Tỉnh ủy Đắk Nông tổ chức hội nghị tổng kết``) or the agent of ``do X tổ
chức``; the date is the dates extractor's (``ctx.event_date``); the chair is
the official whose roles include ``chủ trì``. The organiser is given in the caller's
own characters.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import regex

from .. import _match, vocab
from .._lexicon import alternation, load_lines, load_table
from .._rules import Rule
from .._scan import SAFE_LETTERS, keyed
from .._trie import trie_pattern
from ..analysis import Analysis, in_quotation
from ..context import Context
from ..models import Event

__all__ = ["EventMention", "find_event_phrases", "run"]

_PACKAGE = __package__ or "dan_van_extract.event"
_AFTER = r"(?![\p{L}\p{M}\d])"
_BEFORE = r"(?<![\p{L}\p{M}\d])"

# A verb predicate needs what follows it to look like an event, not a common use.
_VERB_FOLLOW = {
    "làm việc": regex.compile(r"\G[ \t]+(?:với|tại)" + _AFTER),
    "tiếp": regex.compile(r"\G[ \t]+(?:\p{Lu}|đoàn|xã[ \t]+giao|công[ \t]+dân|đại[ \t]+sứ)"),
    "họp": regex.compile(
        r"\G(?:[ \t]*,|[ \t]+(?:với|bàn|nghe|xem[ \t]+xét|cho[ \t]+ý[ \t]+kiến|thường[ \t]+kỳ"
        r"|định[ \t]+kỳ|phiên|trực[ \t]+tuyến|kỳ[ \t]+(?:thứ[ \t]+)?\d+)"
        + _AFTER
        + r"|[ \t]+\p{Lu})"
    ),
}
_HOUSE_COUNT = (
    r"(?:(?i:thêm)[ \t]+)?(?:\d{1,4}[ \t]+|(?i:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)[ \t]+)?"
    r"(?:(?i:căn|ngôi)[ \t]+)?"
)
"""What may stand between ``bàn giao`` and ``nhà``: ``thêm``, a count, ``căn``, ``ngôi``."""


@cache
def _verb_follow() -> dict[str, regex.Pattern[str]]:
    """:data:`_VERB_FOLLOW` and ``bàn giao`` followed by a house of charity
    (``data/charity_houses.txt``): ``bàn giao 04 nhà Đại đoàn kết``, not ``bàn giao đối
    tượng``."""
    houses = alternation(load_lines(_PACKAGE, "data/charity_houses.txt"), fold_case=True)
    handover = regex.compile(rf"\G[ \t]+{_HOUSE_COUNT}(?i:nhà)[ \t]+[\"“]?(?i:{houses}){_AFTER}")
    return {**_VERB_FOLLOW, "bàn giao": handover}


# After a verb, words that make it something else wherever it stands ("cuộc thăm dò" is a
# poll, "thăm khám" a medical examination).
_VERB_NEVER_FOLLOW = {
    "thăm": regex.compile(r"\G[ \t]+(?:dò|khám|quan|hỏi[ \t]+ý)" + _AFTER),
}
# Before a verb, what it needs to name an event (when no counter word stands there): "tặng
# quà" after a visit or an organiser ("đã đến tặng quà cho Mẹ Việt Nam anh hùng", "tổ chức
# tặng quà"), not a gift in passing ("tặng quà lưu niệm cho đoàn").
_VERB_NEEDS_BEFORE = {
    "tặng quà": regex.compile(r"(?<![\p{L}\p{M}])(?:đến|đi|tổ[ \t]+chức)[ \t]+$"),
}
_TITLE_ONLY_VERBS = frozenset({"kiểm tra", "giám sát", "khảo sát", "tổng kết", "sơ kết"})
_REVIEW_VERBS = frozenset({"tổng kết", "sơ kết"})
# "Quốc hội thảo luận" is the National Assembly discussing, not a workshop ("hội thảo").
_QUOC_BEFORE_RE = regex.compile(r"(?<![\p{L}\p{M}])quốc[ \t]+$")

_DAY_MONTH = r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?"
"""A day and a month written with numbers, perhaps with a year: ``14/3``, ``28-5-2019``."""
_TOD_OR_DAY = r"(?i:sáng|chiều|tối|trưa|ngày|hôm)"
"""A time of day, ``ngày`` or ``hôm`` before a date."""
_TIME_PHRASE_RE = regex.compile(
    r"(?i:sáng|chiều|tối|trưa|đêm|ngày|hôm)(?:[ \t]+(?i:nay|qua|ngày))?"
    rf"[ \t]*{_DAY_MONTH}[^,\n]{{0,40}},[ \t]*"
)
# A date or a time of day in a sentence: a body-only event phrase needs one (or a second
# naming of its family) to be the event reported rather than a side mention.
_DATED_RE = regex.compile(
    r"(?<![\p{L}\p{M}])(?i:sáng|chiều|tối|trưa|đêm|ngày|hôm)(?:[ \t]+(?i:nay|qua|ngày))?"
    r"(?:[ \t]*\d{1,2}[/.-]\d{1,2}|[ \t]+(?i:nay|qua)(?![\p{L}\p{M}]))"
)
# A title opening with a place or a topic and a colon: "Đắk Nông: Hội nghị ...".
_TITLE_HEAD_RE = regex.compile(r"\G[^:\n]{0,40}:[ \t]*")
_ORGANISER_WORDS = 15
_ORGANISER_CHARS = 300  # how far back from "tổ chức" its subject is looked for
# "Ban tổ chức" is the organising committee: its "tổ chức" is no verb.
_COMMITTEE_RE = regex.compile(r"(?<![\p{L}\p{M}])[Bb]an[ \t]+$")
# An outlet's dateline before the lead: "NDO - ", "(binhdinh.gov.vn) - ".
_DATELINE_RE = regex.compile(r"^[ \t]*(?:\([^()\n]{2,30}\)|[\p{Lu}\d.]{2,12})[ \t]*[-–][ \t]+")
_VENUE_RE = regex.compile(r"\G(?i:tại|ở)" + _AFTER)
_BLANKS_RE = regex.compile(r"[ \t]+")
_PLACE_WORD_RE = regex.compile(
    r"\G(?:[Tt]ỉnh|[Hh]uyện|[Xx]ã|[Pp]hường|[Qq]uận|[Tt]hị[ \t]+xã|[Tt]hị[ \t]+trấn"
    r"|[Tt]hành[ \t]+phố|TP\.?|[Tt]hôn|[Bb]uôn)[ \t]+\p{Lu}"
)
_PASSIVE_ORGANISER_RE = regex.compile(
    r"\G[^.;\n]{0,120}?[ \t]do[ \t]+(?P<org>[^.;,\n]{2,100}?)[ \t]+"
    r"(?:phối[ \t]+hợp[ \t]+)?(?:tổ[ \t]+chức|chủ[ \t]+trì[ \t]+tổ[ \t]+chức)" + _AFTER
)


# -- the rules --------------------------------------------------------------------------------
TITLE_HEAD = Rule("event.title-head", "An event phrase opening the title (or after 'Đắk Nông: ').")
CUED = Rule(
    "event.cued-in-title-or-lead",
    "An event phrase after a cue (tổ chức, khai mạc, diễn ra, dự, tại) in the title, then "
    "the lead.",
)
PREDICATE = Rule(
    "event.verb-predicate", "A verb standing as the predicate: X làm việc với Y, X thăm Y."
)
NOUN_IN_LEAD = Rule("event.noun-in-lead", "An event noun in the lead, without a cue.")
BODY_MOST_NAMED = Rule(
    "event.most-named-in-body",
    "The event family named most after a cue in the body, when named twice, dated or "
    "referred back to (Tại hội nghị, ...).",
)
CEREMONY = Rule(
    "event.ceremony",
    "A verb the text also names as a ceremony or more fully: khai bút -> lễ khai bút, "
    "tiếp xúc -> tiếp xúc cử tri.",
)
CONFERENCE_VERB = Rule(
    "event.conference-verb",
    "A verb naming a conference after tổ chức, in the title or the lead: tổ chức tổng kết "
    "công tác năm 2018 -> hội nghị tổng kết.",
)
NOT_EVENT_AFTER = Rule(
    "event.unmade-by-neighbour",
    "Words before or after the phrase unmake it: báo cáo tổng kết, cuộc thăm dò, Quốc hội "
    "thảo luận (context_words.tsv).",
)
NOT_EVENT_SENTENCE = Rule(
    "event.past-planned-or-hypothetical",
    "Its sentence opens on a past, planned or hypothetical cue (Trước đó, sẽ, nếu).",
)
VENUE_NAME = Rule(
    "event.venue-name",
    "An event noun inside a building's name: Trung tâm Hội nghị tỉnh, Cung Hội nghị.",
)
IN_PHOTO_CAPTION = Rule(
    "event.in-photo-caption", "A caption glued into a line, ending with its photo credit."
)
INSIDE_NAME = Rule(
    "event.inside-a-name", "A capitalised verb inside a body's name: Ủy ban Kiểm tra."
)
DATED_UNNAMED = Rule(
    "event.dated-without-a-noun",
    "No event phrase is found, but the dates name the event's date (Ngày 9/11, Ban Thường "
    "vụ ... ký quyết định ...): the event is reported with that date and no type.",
)
SESSION_OF = Rule(
    "event.session-of",
    "A sitting cued in the title or lead (khai mạc phiên họp chính thức) whose sentence names a "
    "đại hội, hội nghị or kỳ họp: that event is reported, not its sitting.",
)
GIFT_IN_PASSING = Rule(
    "event.gift-in-passing",
    "tặng quà names the event only after đến, đi or tổ chức (đã đến tặng quà cho ...), or a "
    "counter word: a gift in passing (tặng quà lưu niệm cho đoàn) is none.",
)
IN_QUOTATION = Rule(
    "event.in-quotation",
    "Inside someone's quoted words (“... dịp bầu cử, đại hội là ...”): no event reported.",
)


@dataclass(frozen=True)
class EventMention:
    """An event phrase in the text (normal-form offsets), with how it was found."""

    start: int
    end: int
    type: str
    kind: str
    """``noun`` or ``verb`` (see ``data/event_types.tsv``)."""
    counter: bool
    """Preceded by a counter word (``buổi``, ``cuộc``, ``chuyến``)."""
    cue: str | None
    """The cue before it, lower case (``tổ chức``, ``tại``), if any."""
    cue_start: int = -1
    """Where the cue starts (normal-form offset), -1 without one."""


@dataclass(frozen=True)
class _Context:
    """Patterns built from ``data/context_words.tsv`` (see its header)."""

    cue: regex.Pattern[str]
    """A cue (and its adverb) ending the text before a phrase; group ``cue``."""
    counter: regex.Pattern[str]
    counters: frozenset[str]
    not_event_after: regex.Pattern[str]
    not_event_sentence: regex.Pattern[str]
    """A past, future or hypothetical cue between the sentence start and a phrase."""
    future_after: regex.Pattern[str]
    """A phrase's own verb in the future, at most two words after it (``lễ kỷ niệm sẽ``);
    the title is left alone (it announces the event)."""
    future_letters: frozenset[str] | None
    """One Vietnamese letter of each ``future_after`` word, in lower case (:func:`_marks`):
    text after a phrase (in lower case) with none of them holds no future cue."""
    not_event_headline: regex.Pattern[str]
    """A proposal or a refusal before a phrase of the title (``đề xuất``, ``từ chối``)."""
    not_verb_after: regex.Pattern[str]
    organiser_adverbs: regex.Pattern[str]
    intro: regex.Pattern[str]
    not_organiser: regex.Pattern[str]
    subject: regex.Pattern[str]
    """A subject before a verb that overrides ``not_verb_after`` (``đoàn công tác``)."""
    conference_verbs: frozenset[str]
    """Verbs that name a conference after ``tổ chức`` (``tổng kết``)."""
    sessions: frozenset[str]
    """Phrases naming a sitting of an event (``phiên họp``): a đại hội, hội nghị or kỳ họp
    named in their sentence is the event reported."""
    parts: frozenset[str]
    """Phrases naming a part of an event (``phiên khai mạc``): an event noun right after
    them is the event reported (``phiên bế mạc Đại hội`` -> ``đại hội``)."""
    dated_past: regex.Pattern[str]
    """``not_verb_after`` words that mark the event reported in a dated sentence (``đã``)."""
    venue: regex.Pattern[str]
    """A building's word right before a phrase: ``Trung tâm Hội nghị`` is a place."""


def _marks(entries: list[str]) -> frozenset[str] | None:
    """One non-ASCII Vietnamese letter of each entry, in lower case (``sẽ`` -> ``ẽ``): a
    case-insensitive match of an entry holds it, in lower case, since the lower case of
    these letters decides their case-insensitive equality (:data:`SAFE_LETTERS`; the
    letters of other alphabets that fold to a letter, ``ſ``, the Kelvin sign, fold to
    ASCII ones). None when an entry has none."""
    out = set()
    for entry in entries:
        mark = next((c for c in entry.lower() if c in SAFE_LETTERS and not c.isascii()), None)
        if mark is None:
            return None
        out.add(mark)
    return frozenset(out)


@cache
def _context() -> _Context:
    words: dict[str, list[str]] = {}
    for phrase, role in load_table(_PACKAGE, "data/context_words.tsv"):
        words.setdefault(role, []).append(phrase)

    def alt(role: str, fold_case: bool = True) -> str:
        return alternation(words[role], fold_case=fold_case)

    return _Context(
        cue=regex.compile(rf"(?i:(?P<cue>{alt('cue')}))(?:[ \t]+(?i:{alt('cue-adverb')}))?[ \t]+$"),
        counter=regex.compile(rf"{_BEFORE}(?:{alt('counter', fold_case=False)})[ \t]+$"),
        counters=frozenset(words["counter"]),
        not_event_after=regex.compile(
            rf"{_BEFORE}(?i:{alt('not-event-after')})[ \t]+(?:(?i:tổ[ \t]+chức)[ \t]+)?[\"“]?$"
        ),
        # (keyed: a sentence is searched only where one of its words stands)
        not_event_sentence=keyed(
            regex.compile(rf"{_BEFORE}(?i:{alt('not-event-sentence')}){_AFTER}"),
            words["not-event-sentence"],
        ),
        future_after=regex.compile(
            rf"(?:[ \t]+[\p{{L}}\p{{M}}\d]+){{0,2}}?[ \t]+(?i:{alt('future-after')}){_AFTER}"
        ),
        future_letters=_marks(words["future-after"]),
        not_event_headline=keyed(
            regex.compile(rf"{_BEFORE}(?i:{alt('not-event-headline')}){_AFTER}"),
            words["not-event-headline"],
        ),
        not_verb_after=regex.compile(rf"{_BEFORE}(?i:{alt('not-verb-after')})[ \t]+$"),
        organiser_adverbs=regex.compile(rf"(?:[ \t]+(?i:{alt('organiser-adverb')}))+[ \t]*$"),
        intro=regex.compile(rf"^(?i:{alt('intro')}){_AFTER}"),
        not_organiser=regex.compile(
            rf"[\"“”'‘’?!]|{_BEFORE}(?i:{alt('not-organiser')})(?![\p{{L}}\p{{M}}])"
        ),
        subject=regex.compile(rf"{_BEFORE}(?i:{alt('subject')})[ \t]+$"),
        conference_verbs=frozenset(words["conference-verb"]),
        sessions=frozenset(words["session"]),
        parts=frozenset(words["part-of"]),
        dated_past=regex.compile(rf"{_BEFORE}(?i:{alt('dated-past')})[ \t]+$"),
        venue=regex.compile(rf"{_BEFORE}(?i:{alt('venue')})[ \t]+$"),
    )


@cache
def _lexicon() -> dict[str, str]:
    return {row[0]: row[1] for row in load_table(_PACKAGE, "data/event_types.tsv")}


@cache
def _reported() -> dict[str, str]:
    """Phrases written another way than the type they report (``txct``)."""
    return {row[0]: row[2] for row in load_table(_PACKAGE, "data/event_types.tsv") if len(row) > 2}


@cache
def _event_re() -> regex.Pattern[str]:
    """The event phrases as a trie, matched against the lower-cased text (tried only
    where their first words stand: :func:`dan_van_extract._scan.keyed`)."""
    return keyed(regex.compile(rf"\b{trie_pattern(list(_lexicon()))}\b"), list(_lexicon()))


@cache
def _event_at_re() -> regex.Pattern[str]:
    """:func:`_event_re` anchored where the search starts."""
    return regex.compile(rf"\G{trie_pattern(list(_lexicon()))}\b")


@cache
def _from_the_end(pattern: regex.Pattern[str]) -> regex.Pattern[str]:
    """An end-anchored ``pattern`` (``...[ \\t]+$``) compiled to be tried from the end
    (``REVERSE``): it matches in the same texts, but a search tries it where it can end
    first and fails at once elsewhere, instead of trying the alternation at every
    character of the window."""
    return regex.compile(pattern.pattern, pattern.flags | regex.REVERSE)


def _ends_with(pattern: regex.Pattern[str], before: str) -> bool:
    """Whether the end-anchored ``pattern`` matches in ``before`` (:func:`_from_the_end`)."""
    return _match.search(_from_the_end(pattern), before) is not None


def _named_after_cue(before: str) -> bool:
    """Whether the event phrase opens a quoted name right after a cue (``tổ chức “Lễ tôn
    vinh ...”``): the event's own name, not someone's quoted words."""
    return before.endswith(("“", '"')) and _match.search(_context().cue, before[:-1]) is not None


def find_event_phrases(
    analysis: Analysis,
    start: int = 0,
    end: int | None = None,
    *,
    headline: bool = False,
    reject: Callable[[Rule, int, int], None] | None = None,
) -> list[EventMention]:
    """Every event phrase in ``analysis.content[start:end]``, with its cue and counter word.

    In a ``headline`` a future cue does not unmake a phrase ("Thủ tướng sẽ dự Hội nghị ..."
    announces the event reported). ``reject(rule, start, end)`` hears of every phrase a
    rule turns down.

    >>> from dan_van_extract.layout import segment
    >>> found = find_event_phrases(Analysis(segment("Tỉnh ủy tổ chức Hội nghị tổng kết")))
    >>> [(m.type, m.cue) for m in found]
    [('hội nghị tổng kết', 'tổ chức')]
    """
    text, low = analysis.content, analysis.lower
    if end is None:
        end = len(text)
    lexicon = _lexicon()
    context = _context()
    out = []

    def rejected(rule: Rule, m: regex.Match[str]) -> None:
        if reject is not None:
            reject(rule, *m.span())

    for m in analysis.keyed_matches(_event_re(), start, end, lower=True):
        window = max(0, m.start() - 40)
        before = low[window : m.start()]
        if _ends_with(context.not_event_after, before):
            rejected(NOT_EVENT_AFTER, m)
            continue
        if _ends_with(context.venue, before):
            rejected(VENUE_NAME, m)
            continue  # "tại Trung tâm Hội nghị tỉnh": a building
        sentence = max(start, analysis.sentence(m.start())[0])
        if not headline and analysis.keyed_search(context.not_event_sentence, sentence, m.start()):
            rejected(NOT_EVENT_SENTENCE, m)
            continue  # "Trước đó, tại Đại hội ...", "thành phố sẽ tổ chức hội thảo"
        if headline and analysis.keyed_search(context.not_event_headline, sentence, m.start()):
            rejected(NOT_EVENT_SENTENCE, m)
            continue  # "... đề xuất Indonesia cùng tổ chức diễn đàn", "từ chối tiếp đoàn"
        if (
            not headline
            # (a letter of every future cue, "ẽ" of "sẽ", "ự" of "dự kiến", looked for first)
            and (
                context.future_letters is None
                or not context.future_letters.isdisjoint(low[m.end() : m.end() + 40])
            )
            and _match.match(context.future_after, low, m.end(), m.end() + 40)
        ):
            rejected(NOT_EVENT_SENTENCE, m)
            continue  # "Các khối tham gia lễ kỷ niệm sẽ đứng ...": one still to come
        if not headline and in_quotation(text, m.start()) and not _named_after_cue(before):
            rejected(IN_QUOTATION, m)
            continue
        if _in_photo_caption(analysis, m.end(), end):
            rejected(IN_PHOTO_CAPTION, m)
            continue  # "Ông X phát biểu tại hội nghị (Ảnh: Y)"
        counter_m = _match.search(context.counter, before)
        if counter_m is not None:
            before = before[: counter_m.start()]
        ev_start, ev_end, event_type = m.start(), m.end(), " ".join(m.group().split())
        head, _sp, tail = event_type.partition(" ")
        if head in context.counters and tail:
            # "cuộc họp báo" is a press conference ("họp báo"), not a meeting ("cuộc họp").
            inner_start = low.index(tail.split()[0], ev_start + len(head))
            inner = _match.search(_event_at_re(), low, inner_start, min(end, inner_start + 80))
            if inner is not None and inner.end() > ev_end:
                ev_start, ev_end = inner.span()
                event_type = " ".join(inner.group().split())
                counter_m = m
        if event_type in context.parts:
            # "phiên bế mạc Đại hội MTTQ": the session of an event; the event is reported
            gap = _match.match(_BLANKS_RE, low, ev_end)
            inner = _match.match(_event_at_re(), low, gap.end()) if gap is not None else None
            if inner is not None:
                ev_start, ev_end = inner.span()
                event_type = " ".join(inner.group().split())
        kind = lexicon[event_type]
        if (
            kind == "verb"
            and counter_m is None
            and _ends_with(context.not_verb_after, before)
            and not _match.search(context.subject, before)
            and not _dated_past(analysis, context, before, sentence, ev_start)
        ):
            rejected(NOT_EVENT_AFTER, m)
            continue
        if event_type.startswith("hội ") and _match.search(_QUOC_BEFORE_RE, before):
            # "Quốc hội thảo luận tại tổ": the Assembly, then what it does, if an event
            inner = _match.search(_event_at_re(), low, ev_start + 4, end)
            if inner is None:
                rejected(NOT_EVENT_AFTER, m)
                continue
            ev_start, ev_end, event_type = (
                inner.start(),
                inner.end(),
                " ".join(inner.group().split()),
            )
            kind = lexicon[event_type]
        needs = _VERB_NEEDS_BEFORE.get(event_type)
        if needs is not None and counter_m is None and not _match.search(needs, before):
            rejected(GIFT_IN_PASSING, m)
            continue  # "tặng quà lưu niệm cho đoàn": a gift in passing
        if kind == "verb" and _inside_name(text, ev_start):
            rejected(INSIDE_NAME, m)
            continue  # "Ủy ban Kiểm tra Tỉnh ủy" names a body
        never = _VERB_NEVER_FOLLOW.get(event_type)
        if never is not None and _match.search(never, low, ev_end, ev_end + 30) is not None:
            rejected(NOT_EVENT_AFTER, m)
            continue
        # (a cue before the opening quote of a named event: tổ chức “Lễ tôn vinh ...”)
        cue_m = _match.search(context.cue, before[:-1] if _named_after_cue(before) else before)
        cue = " ".join(cue_m.group("cue").split()) if cue_m else None
        cue_start = window + cue_m.start() if cue_m else -1
        counter = counter_m is not None
        event_type = _reported().get(event_type, event_type)
        out.append(EventMention(ev_start, ev_end, event_type, kind, counter, cue, cue_start))
    return out


def _dated_past(
    analysis: Analysis, context: _Context, before: str, sentence: int, pos: int
) -> bool:
    """``Sáng 27/6, Huyện ủy đã làm việc với ...``: a verb after ``đã`` in a sentence that
    gives a date or a time of day before it is the event reported, not a past activity."""
    if not _match.search(context.dated_past, before):
        return False
    return _match.search(_DATED_RE, analysis.content, sentence, pos) is not None


_CREDIT_GAP = 3
"""A bracketed credit this close after a sentence's end is that sentence's: ``... tại Hà
Nội. (Ảnh: X)``."""


@cache
def _credit_openers() -> tuple[str, ...]:
    """What a photo credit (:data:`dan_van_extract.punctuation.PHOTO_CREDIT_RE`) opens
    with: a bracket, ``ẢNH``, or the first word of a cue (``Ảnh``, ``Nguồn``), as written."""
    return ("(", "ẢNH", *sorted({cue.split()[0] for cue in vocab.photo_credit_cues()}))


def _in_photo_caption(analysis: Analysis, pos: int, end: int) -> bool:
    """The sentence holding ``pos`` runs on into a photo credit, or a bracketed one follows
    it: a caption glued into a line (``... tại hội nghị (Ảnh: X)``, ``... hội nghị. (Ảnh:
    X)``)."""
    sentence_end = min(end, analysis.sentence(pos)[1])
    limit = min(end, sentence_end + _CREDIT_GAP)
    text = analysis.content
    if not any(text.find(w, pos, limit + len(w) - 1) != -1 for w in _credit_openers()):
        return False  # no credit opens in [pos, limit) (the text's credits go unlisted)
    credit = analysis.photo_credit_between(pos, limit)
    return credit is not None and (credit < sentence_end or analysis.content[credit] == "(")


def _inside_name(text: str, start: int) -> bool:
    """A capitalised word in mid-sentence: part of a proper name (``Ủy ban Kiểm tra``)."""
    if not text[start].isupper():
        return False
    before = text[max(0, start - 3) : start].rstrip(" \t")
    return bool(before) and (before[-1].isalpha() or before[-1] == ",")


def _follows_well(text: str, event_type: str, end: int) -> bool:
    """What follows a verb is compatible with an event (``làm việc với``, not ``thăm dò``)."""
    follow = _verb_follow().get(event_type)
    return follow is None or _match.search(follow, text, end, end + 30) is not None


def _dated_review(analysis: Analysis, men: EventMention) -> bool:
    """A ``sơ kết``/``tổng kết`` done (``đã``) in a sentence opening on its date: the act
    reported (``Chiều ngày 30.7, xã X đã sơ kết công tác dân vận đợt 1``)."""
    if men.type not in _REVIEW_VERBS:
        return False
    low = analysis.lower
    if not _match.search(_context().dated_past, low[max(0, men.start - 12) : men.start]):
        return False
    lo = analysis.sentence(men.start)[0]
    return _match.match(_DATED_RE, analysis.content, lo, men.start) is not None


def _is_predicate(analysis: Analysis, men: EventMention, in_title: bool) -> bool:
    """A verb standing as the predicate of its clause: ``X làm việc với Y``."""
    text = analysis.content
    if men.type in _TITLE_ONLY_VERBS and not in_title and not _dated_review(analysis, men):
        return False
    if not _follows_well(text, men.type, men.end):
        return False
    if _match.search(_NEGATED_RE, text, max(0, men.start - NEGATION_CHARS), men.start):
        return False  # "... không bị chất vấn trước Quốc hội": what does not happen
    # A subject before it: a capitalised word or the title's start; a date may stand
    # between them ("Đoàn giám sát HĐND thành phố chiều 24/4 làm việc với ...").
    before = text[max(0, men.start - 30) : men.start].rstrip()
    if before and before[-1].isdigit():
        dated = _match.search(_DATE_BEFORE_VERB_RE, before)
        before = before[: dated.start()].rstrip() if dated is not None else before
    if in_title or (bool(before) and (before[-1].isalpha() or before[-1] in ")")):
        return True
    if men.type not in _verb_follow():
        return False  # ("Ngày 1/8, kỷ niệm 88 năm ..., X làm việc": the occasion, no act)
    # "Làm việc với Quận ủy sáng 14/3, Bí thư Thành ủy X cho biết": a clause fronted with
    # the verb (one that takes its object: làm việc với, tiếp, họp) and its date, its
    # subject after the comma
    if (
        (not before or before[-1] in ".!?:\n")
        and text[men.start : men.start + 1].isupper()
        and _match.match(_DATED_FRONT_RE, text, men.end, men.end + FRONT_CLAUSE_CHARS) is not None
    ):
        return True
    # "Chiều 12/4, làm việc với Thủ tướng ..., Bộ trưởng X cho biết": the date first
    return (
        _match.search(_OPENING_DATE_RE, text, max(0, men.start - 30), men.start) is not None
        and _match.match(_FRONT_REST_RE, text, men.end, men.end + FRONT_CLAUSE_CHARS) is not None
    )


NEGATION_CHARS = 16
"""How far before a verb its negation (``không bị``) is looked for."""
_NEGATED_RE = regex.compile(
    r"(?<![\p{L}\p{M}])(?i:không|chưa|chẳng)(?:[ \t]+(?i:bị|được|phải|hề|cần))?[ \t]+\Z"
)
"""A negation right before a verb: ``không bị``, ``chưa được``, ``không``."""
FRONT_CLAUSE_CHARS = 80
"""How long a clause fronted with a verb may run to its date and comma."""
_DAY = rf"{_TOD_OR_DAY}[ \t]*(?:nay[ \t]*)?\(?{_DAY_MONTH}\)?[ \t]*,"
"""A time of day (or ``ngày``) and a date, then a comma: ``sáng 14/3,``, ``Chiều nay (12/4),``."""
_DATED_FRONT_RE = regex.compile(rf"[^,.;:!?\n]*?(?<![\p{{L}}\p{{M}}]){_DAY}")
"""The rest of a clause fronted with a verb: words, a date, then the comma before its
subject (``Làm việc với Quận ủy Bắc Từ Liêm sáng 14/3,``)."""
_OPENING_DATE_RE = regex.compile(rf"(?:\A|[.!?\n])[ \t]*{_DAY}[ \t]*\Z")
"""A sentence opening with its date and a comma, right before a verb."""
_FRONT_REST_RE = regex.compile(r"[^.;:!?\n]*?,[ \t]*\p{Lu}")
"""The rest of a fronted clause: its comma before a capitalised subject."""


_DATE_BEFORE_VERB_RE = regex.compile(
    rf"(?<![\p{{L}}]){_TOD_OR_DAY}(?:[ \t]+(?i:nay|qua))?[ \t]+{_DAY_MONTH}$"
)
"""A time of day and a date right before a verb: what stands before them is its subject."""


def _family(event_type: str) -> str:
    """The head of an event type: ``hội nghị sơ kết`` -> ``hội nghị``, ``lễ trao`` -> ``lễ``."""
    for head in ("hội nghị", "lễ"):
        if event_type.startswith(head):
            return head
    return event_type


def _counts(men: EventMention) -> bool:
    """Whether a phrase names an event wherever it stands after a cue."""
    return men.kind == "noun" or men.counter


def _conference(men: EventMention) -> EventMention | None:
    """``tổ chức tổng kết công tác năm 2018``: the conference a verb names after ``tổ
    chức``, reported as ``hội nghị tổng kết``."""
    if men.kind != "verb" or men.counter or men.cue != "tổ chức":
        return None
    if men.type not in _context().conference_verbs:
        return None
    return EventMention(
        men.start, men.end, f"hội nghị {men.type}", "noun", False, men.cue, men.cue_start
    )


class _Found:
    """The event phrases of one article: of the title and the lead at once, of the rest of
    the body only when asked (most articles name their event in the title or the lead)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.analysis = ctx.analysis
        self.text = ctx.content
        self.low = ctx.analysis.lower
        title = ctx.layout.title
        self.title_zone = (title.start, title.end) if title else None
        self.lead_zone = ctx.analysis.lead
        self.captions = ctx.analysis.captions
        self.zones = (self.title_zone, self.lead_zone)
        self.in_title = self._scan(self.title_zone, headline=True)
        self.in_lead = self._scan(self.lead_zone)
        self._rest: list[EventMention] | None = None

    def _scan(self, zone: tuple[int, int] | None, headline: bool = False) -> list[EventMention]:
        if zone is None:
            return []
        return find_event_phrases(
            self.analysis, zone[0], zone[1], headline=headline, reject=self._reject
        )

    def _reject(self, rule: Rule, start: int, end: int) -> None:
        self.ctx.rejected(rule, "event", start, end)

    @property
    def rest(self) -> list[EventMention]:
        """The phrases outside the title, the lead and the captions."""
        if self._rest is None:
            zones = sorted(
                z for z in (self.title_zone, self.lead_zone, *self.captions) if z is not None
            )
            gaps, pos = [], 0
            for a, b in zones:
                gaps.append((pos, a))
                pos = max(pos, b)
            gaps.append((pos, len(self.text)))
            self._rest = [m for gap in gaps if gap[0] < gap[1] for m in self._scan(gap)]
        return self._rest


def _pick(found: _Found) -> tuple[EventMention, Rule] | None:
    text = found.text
    if found.title_zone is not None:
        t_start, t_end = found.title_zone
        head = _match.search(_TITLE_HEAD_RE, text, t_start, t_end)
        head_end = head.end() if head else t_start
        for men in found.in_title:
            if men.start in (t_start, head_end) and (
                _counts(men) or _follows_well(text, men.type, men.end)
            ):
                return men, TITLE_HEAD
    for group in (found.in_title, found.in_lead):
        for men in group:
            if men.cue and _counts(men):
                parent = _session_of(found, group, men)
                if parent is not None:
                    return parent, SESSION_OF
                return men, CUED
            conference = _conference(men)
            if conference is not None:
                return conference, CONFERENCE_VERB
    # A verb predicate: in the title, or in the lead's first two sentences (later ones
    # tell what happened around it: "khi lực lượng chức năng ra quân, ...").
    lead_end = found.analysis.first_sentences(*found.lead_zone, 2)[1] if found.lead_zone else 0
    for group, is_title in ((found.in_title, True), (found.in_lead, False)):
        for men in group:
            if not is_title and men.start >= lead_end:
                break
            if (
                men.kind == "verb"
                and not men.counter
                and _is_predicate(found.analysis, men, is_title)
            ):
                subject = _noun_subject(found, group, men)
                return (subject, NOUN_IN_LEAD) if subject is not None else (men, PREDICATE)
    for men in found.in_lead:
        if _counts(men):
            return men, NOUN_IN_LEAD
    # Deep in the body, a phrase named once and in an undated sentence is mostly a side
    # mention (background, a plan): keep it only with a second naming of its family, a
    # date or a time of day in its sentence, or as "Tại hội nghị, ..." (the one reported).
    families = Counter(_family(m.type) for m in [*found.in_title, *found.in_lead, *found.rest])
    cued = [
        m
        for m in found.rest
        if m.cue
        and _counts(m)
        and (
            families[_family(m.type)] > 1
            or _dated(found.analysis, m)
            or _anaphoric(found.analysis, m)
        )
    ]
    if cued:
        # Count by family ("hội nghị sơ kết" is a "hội nghị"); report its first naming,
        # which is usually the fullest.
        freq = Counter(_family(m.type) for m in cued)
        best = max(freq.values())
        return next(m for m in cued if freq[_family(m.type)] == best), BODY_MOST_NAMED
    return None


_SESSION_PARENTS = ("đại hội", "hội nghị", "kỳ họp")
"""The events whose sittings (:attr:`_Context.sessions`) are reported as the event."""


def _session_of(found: _Found, group: list[EventMention], men: EventMention) -> EventMention | None:
    """``Đại hội ... lần thứ XI khai mạc phiên họp chính thức``: the đại hội, hội nghị or kỳ
    họp named in the sentence of a sitting (``phiên họp``), which it is a sitting of."""
    if men.type not in _context().sessions:
        return None
    lo, hi = found.analysis.sentence(men.start)
    lo, hi = max(lo, men.start - _SESSION_REACH), min(hi, men.end + _SESSION_REACH)
    for other in group:
        if (
            other is not men
            and lo <= other.start < hi
            and other.kind == "noun"
            and other.type.startswith(_SESSION_PARENTS)
            and _match.match(_ASSEMBLY_RE, found.low, other.end) is None
        ):
            return other
    return None


_SESSION_REACH = 120
"""How far from a sitting its event is named (``Đại hội ... lần thứ XI, nhiệm kỳ 2024-2029
khai mạc phiên họp``), not a conference cited later in a long sentence."""
_ASSEMBLY_RE = regex.compile(r"\G[ \t]+đồng(?![\p{L}\p{M}])")
"""``Đại hội đồng`` (a general assembly) is a body, not a congress."""


def _noun_subject(
    found: _Found, group: list[EventMention], verb: EventMention
) -> EventMention | None:
    """``Hội nghị Ban Chấp hành ... đã công bố quyết định ...``: an event noun earlier in the
    verb's sentence is its subject, and the event reported."""
    sentence_start = found.analysis.sentence(verb.start)[0]
    for men in group:
        if (
            men.kind == "noun"
            and sentence_start <= men.start < verb.start
            and _counts(men)
            and not _match.search(_PREPOSITION_END_RE, found.low, max(0, men.start - 12), men.start)
        ):
            return men
    return None


_PREPOSITION_END_RE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:sau|trước|tại|trong|của|cho|với|từ|đến|về|qua|và|dự|chuẩn[ \t]+bị)"
    r"[ \t]+$"
)
"""A word that makes the noun after it no subject: ``tiếp xúc cử tri sau kỳ họp``."""


_ANAPHORIC_HEAD_RE = regex.compile(r"\G(?:[\p{L}\p{M}]+[ \t]+){0,2}$")
_THIS_RE = regex.compile(r"\G[ \t]+(?i:này)" + _AFTER)


def _anaphoric(analysis: Analysis, men: EventMention) -> bool:
    """``Tại hội nghị, ...``, ``Phát biểu tại buổi làm việc, ...`` opening a sentence, or
    ``buổi gặp mặt này``: the event the article is about."""
    text = analysis.content
    if _match.search(_THIS_RE, text, men.end, men.end + 10) is not None:
        return True
    if men.cue != "tại" or not text.startswith(",", men.end):
        return False
    start = analysis.sentence(men.cue_start)[0]
    return _match.search(_ANAPHORIC_HEAD_RE, analysis.content, start, men.cue_start) is not None


def _dated(analysis: Analysis, men: EventMention) -> bool:
    """The sentence naming ``men`` gives a date or a time of day (``Sáng 12/10``)."""
    start, end = analysis.sentence(men.start)
    return _match.search(_DATED_RE, analysis.content, start, max(end, men.end)) is not None


@cache
def _ceremonies() -> dict[str, tuple[str, ...]]:
    """Verb -> the phrases naming its ceremony or naming it more fully (``khai bút`` ->
    ``lễ khai bút``, ``tiếp xúc`` -> ``tiếp xúc cử tri``)."""
    out: dict[str, list[str]] = {}
    phrases = list(_lexicon())
    for verb, kind in _lexicon().items():
        if kind == "verb":
            out[verb] = [
                n
                for n in phrases
                if n.endswith(" " + verb)
                or (n.startswith(verb + " ") and n not in _reported() and _lexicon()[n] == "verb")
            ]
    return {k: tuple(v) for k, v in out.items() if v}


def _upgrade(men: EventMention, found: _Found) -> EventMention:
    """A verb the text also names as a ceremony or conference: ``khai bút`` -> ``lễ khai bút``."""
    if men.kind != "verb":
        return men
    for noun in _ceremonies().get(men.type, ()):
        pos = found.low.find(noun)
        while pos != -1:
            end = pos + len(noun)
            if (pos == 0 or not found.low[pos - 1].isalnum()) and (
                end == len(found.low) or not found.low[end].isalnum()
            ):
                return EventMention(pos, end, _reported().get(noun, noun), "noun", False, None)
            pos = found.low.find(noun, pos + 1)
    return men


def _organiser_before(analysis: Analysis, pos: int) -> str | None:
    """The subject of ``tổ chức`` standing just before ``pos``, in its sentence."""
    text = analysis.content
    sentence_start = analysis.sentence(max(0, pos - 1))[0]
    fragment = text[max(sentence_start, pos - _ORGANISER_CHARS) : pos]
    times = list(_match.finditer(_TIME_PHRASE_RE, fragment))
    if times:
        fragment = fragment[times[-1].end() :]
    dateline = _match.search(_DATELINE_RE, fragment)
    if dateline is not None:
        fragment = fragment[dateline.end() :]
    fragment = fragment.rstrip()
    context = _context()
    adverbs = _match.search(context.organiser_adverbs, fragment)
    if adverbs is not None:
        fragment = fragment[: adverbs.start()]
    chunks = [c.strip() for c in fragment.split(",")]
    venue = False
    while chunks and (
        not chunks[0]
        or _match.search(context.intro, chunks[0])
        or any(ch.isdigit() for ch in chunks[0])
        or (venue and (chunks[0][0].islower() or _match.search(_PLACE_WORD_RE, chunks[0])))
    ):
        # "tại Nghĩa trang Nầm, huyện Hương Sơn, UBND tỉnh ...": the venue's address
        # runs on over commas until the subject.
        venue = venue or _match.search(_VENUE_RE, chunks[0]) is not None
        chunks.pop(0)
    organiser = ", ".join(chunks).strip(" -–")
    words = organiser.split()
    if (
        not 1 <= len(words) <= _ORGANISER_WORDS
        or not organiser[0].isupper()
        or _match.search(context.not_organiser, organiser)
    ):
        return None
    return organiser


_WITH_RE = regex.compile(r"[ \t]+với[ \t]")


def _organiser(ctx: Context, chosen: EventMention, found: _Found) -> str | None:
    # Only the title and the lead: later sentences name organisers in too many ways.
    head = [*found.in_title, *found.in_lead]
    if not any(z is not None and z[0] <= chosen.start < z[1] for z in found.zones):
        return None
    same = [m for m in head if m.type == chosen.type]
    # Then any event the title or the lead says someone organised ("UBND tỉnh tổ chức
    # lễ truy điệu và an táng" under the title "Tổ chức lễ an táng ...").
    organised = [m for m in head if m.cue == "tổ chức"]
    for men in [chosen, *same, *organised]:
        if men.cue == "tổ chức" and not _match.search(
            _COMMITTEE_RE, ctx.content, max(0, men.cue_start - 8), men.cue_start
        ):
            organiser = _organiser_before(ctx.analysis, men.cue_start)
            if organiser:
                return _as_written(ctx, organiser, men.cue_start)
        passive = _match.search(_PASSIVE_ORGANISER_RE, ctx.content, men.end, men.end + 260)
        if passive is not None:
            return ctx.item(*passive.span("org"))[0]
    # "Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Tu Mơ Rông": the subject of a verb event
    # followed by "với" hosts it.
    if (
        chosen.kind == "verb"
        and _WITH_RE.match(ctx.content, chosen.end)
        and ctx.analysis.sentence(chosen.start)[0] < chosen.start  # (a verb opening its
        # sentence, "Làm việc với X sáng 14/3, ...", has its subject after it)
    ):
        organiser = _organiser_before(ctx.analysis, chosen.start)
        if organiser:
            return _as_written(ctx, organiser, chosen.start)
    return None


def _as_written(ctx: Context, organiser: str, before: int) -> str:
    """The organiser in the caller's own characters (``Thành uỷ``, not ``Thành ủy``)."""
    start = ctx.content.rfind(organiser, 0, before)
    return ctx.item(start, start + len(organiser))[0] if start >= 0 else organiser


def _chair(ctx: Context) -> str | None:
    for official in ctx.doc.officials:
        if any(role.lower() == "chủ trì" for role in official.roles):
            return official.name
    return None


def run(ctx: Context) -> None:
    """Set ``ctx.doc.event``: the main event; one with no ``type`` when no phrase names
    it but its date is known; None when neither is found."""
    found = _Found(ctx)
    picked = _pick(found)
    if picked is None:
        date = ctx.event_date
        if date is None:
            ctx.doc.event = None
            return
        # "Ngày 9/11, Ban Thường vụ Thành ủy ký quyết định ...": the article reports a dated
        # act that no event noun names; its date is still the event's.
        if ctx.trace is not None:  # the date's span is already the caller's
            ctx.trace.add(DATED_UNNAMED, "event", date.span, accepted=True)
        ctx.doc.event = Event(type=None, text=date.text, span=date.span, date=date)
        return
    chosen, rule = picked
    upgraded = _upgrade(chosen, found)
    if upgraded is not chosen:
        chosen, rule = upgraded, CEREMONY
    ctx.accepted(rule, "event", chosen.start, chosen.end)
    text, span = ctx.item(chosen.start, chosen.end)
    date = ctx.event_date
    ctx.doc.event = Event(
        type=chosen.type,
        text=text,
        span=span,
        date=date,
        organizer=_organiser(ctx, chosen, found),
        chair=_chair(ctx),
    )
