"""The awards extractor: forms, their counts and issuers, one entry per award decision.

The rules are named and described in :mod:`.rules`; issuers are read in :mod:`.issuers`;
:func:`run` composes the steps.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Literal

import regex

from .. import _match
from .._rules import Rule
from ..analysis import Analysis
from ..context import Context
from ..models import Award, TextSpan
from .issuers import Issuer, VerbIssuers, after_issuer, elided_subject, split_issuer
from .lexicon import (
    ANY_VERB,
    COUNT_ITEM_RE,
    COUNTS_RE,
    CUE_RE,
    CUES,
    FORM_RE,
    GRADE_COUNT,
    HINTS,
    ISSUER_ABBREVIATIONS,
    NOT_TITLES_RE,
    NUMBER,
    ONE_AWARD_VERB_RE,
    RECIPIENTS,
    VERB,
)
from .rules import (
    COUNTS,
    DESCRIBES_RECIPIENTS,
    FORM_RULES,
    FORMS_OF_AWARD,
    HEADLINE_TOTAL,
    HOUSEHOLDS_TITLE,
    ISSUER_SHORT_NAME,
    NEEDS_CONTEXT,
    NOT_GIVEN,
    PARTY_BADGE_BREAKDOWN,
    PARTY_BADGE_GRADES,
    PARTY_BADGE_UMBRELLA,
    PASSIVE_SUMMARY,
    PRIZE,
    RATING,
    SPORTS_MEDAL,
    UMBRELLA,
    UNCOUNTED_ACTIVE,
    UNCOUNTED_PASSIVE,
    VERB_WITHOUT_COUNT,
)

__all__ = ["find_awards", "run"]

CUE_WINDOW = 60
"""How far before a form a negative cue counts (characters)."""
CONTEXT_WINDOW = 48
"""How far before a form its award verb is looked for."""
CHO_GAP = 120
"""How far after a form ``cho N ...`` may stand."""
BEFORE_GAP = 200
"""How far before a form a count joined to it by a verb may stand."""
VERB_OPENS_GAP = 60
"""``khen thưởng 20 cá nhân ... Kỷ niệm chương``: how far the form may follow the count."""
REASON_WINDOW = 60
REASON_CHARS = 300

_QUANTITY = r"(?:nhiều|các|những|một|\d{1,5})"
_CONTEXT_BEFORE_RE = regex.compile(rf"(?<![\p{{L}}]){ANY_VERB}(?:[ \t]+{_QUANTITY})?[ \t]+\Z")
_GRANT_VERB_END_RE = regex.compile(rf"(?<![\p{{L}}]){VERB}[ \t]+\Z")
_HAS_VERB_RE = regex.compile(rf"(?<![\p{{L}}]){ANY_VERB}(?![\p{{L}}])")
_NUMBER_BEFORE_RE = regex.compile(rf"(?<![\p{{L}}\p{{N}}.,/])(?P<n>{NUMBER})[ \t]+\Z")
_CHO_END_RE = regex.compile(
    r"(?<![\p{L}])cho[ \t]+(?:(?:các|mỗi|gồm)[ \t]+)?\Z"
    r"|(?<![\p{L}])cho[ \t]+\p{Lu}[^.;:\n]{0,60}?(?:,|[ \t]và)[ \t]+\Z"
)
"""``FORM ... cho N``; ``cho Ban Chính trị, Ban CHQS huyện và 01 cá nhân``."""
_BARE_GAP_RE = regex.compile(
    r"\A[ \t]*(?:cấp[ \t]+(?:(?i:nhà[ \t]+nước|trung[ \t]+ương|bộ|ngành|tỉnh|thành[ \t]+phố"
    r"|huyện|quận|thị[ \t]+xã|xã|phường|cơ[ \t]+sở))[ \t]+)?"
    r"(?:(?:cho|đến|tới|đối[ \t]+với)[ \t]+)?(?:(?:các|những)[ \t]+)?\Z"
)
"""What may stand between a form and its counted recipients: ``khen thưởng cho 5 tập
thể``, ``khen thưởng cấp Nhà nước đến 1 tập thể``, ``biểu dương khen thưởng đối với 4 tập
thể``, ``Bằng khen 12 cá nhân``."""
_COLON_GAP_RE = regex.compile(
    r"\A(?:[ \t]+(?!của|do)\p{Ll}[\p{L}\p{M}]*){0,3}"
    r"(?:[ \t]+(?:của|do)[ \t]+[^.;:!?\n]{1,60}?)?[ \t]*:[ \t]*(?:cho[ \t]+)?\Z"
)
"""``Cờ thi đua của UBND tỉnh: 54 tập thể; danh hiệu Tập thể Lao động xuất sắc: 280 tập
thể; Bằng khen phong trào: 202 tập thể``: a list of awards, each form (with a qualifier
and its issuer) with its count after a colon."""
_FORMS_OF_AWARD_RE = regex.compile(r"(?<![\p{L}])(?i:hình)[ \t]+thức[ \t]+\Z")
"""``các hình thức khen thưởng``: the verb names the awards given, as a noun would (see
:data:`FORMS_OF_AWARD`)."""
_FORMS_OF_GAP_RE = regex.compile(
    r"\A[ \t]+(?:của|do)[ \t]+[^.;:!?\n\d]{1,80}?[ \t]cho[ \t]+(?:(?:các|những)[ \t]+)?\Z"
)
"""``các hình thức khen thưởng của Trung ương Đoàn cho 3 tập thể``: the issuer between the
award and its counted recipients."""
_PRAISE_BEFORE_RE = regex.compile(
    r"(?<![\p{L}])(?i:công[ \t]+nhận|tuyên[ \t]+dương|biểu[ \t]+dương)"
    r"(?:[ \t]+(?:là|\d{1,5}))?[ \t]+\Z"
)
_PASSIVE_BETWEEN_RE = regex.compile(r"(?<![\p{L}])(?:được|đã[ \t]+được)(?![\p{L}])")
_AFTER_OF_RE = regex.compile(
    r"\G[ \t]*(?:(?:lần[ \t]+\d{1,2}|năm[ \t]+\d{4})[ \t]+)?(?:của|do)[ \t]"
    r"|\G[ \t]+(?:đã[ \t]+)?được[ \t]+(?:trao|tặng|truy[ \t]+tặng)(?![\p{L}])"
)
"""``FORM (lần 2) của|do ISSUER``, or the form given in the passive (``Huy hiệu 45 năm tuổi
đảng được trao cho đảng viên A``): context enough for a form that needs some."""
_NGOI_AFTER_RE = regex.compile(r"\G[ \t]+ngợi(?![\p{L}])")
"""``thư khen ngợi``: ``khen ngợi`` (to compliment) read across a form's end (only a form
ending in ``khen`` can run on into it, so only those are read on)."""
_ITEM_RECIPIENT_RE = regex.compile(r"\G[ \t]+(?:là|cho)[ \t]+\S")
"""``...; huy hiệu 50 năm tuổi Đảng là đồng chí X``, ``...; Huy hiệu 40 năm tuổi Đảng cho
đồng chí Y``: the next item of a list of awards, with its recipient, needs no verb of its
own."""
_HOUSEHOLDS_REACH_RE = regex.compile(
    r"(?<![\p{L}\p{N}.,])\d[\d.,]{0,12}(?:[ \t]*%)?[ \t]+(?:số[ \t]+)?hộ(?![\p{L}])"
    r"[^\d.;:!?\n]{0,50}?[ \t](?:đã[ \t]+|đều[ \t]+)?đạt[ \t]+(?:được[ \t]+)?\Z"
)
"""``gần 54.500 hộ nông dân đạt danh hiệu``, ``60 - 62% số hộ ... đạt danh hiệu``: households
(counted, or a share of them) reaching a title: see :data:`HOUSEHOLDS_TITLE`."""
HOUSEHOLDS_WINDOW = 90
"""How far before a title :data:`_HOUSEHOLDS_REACH_RE` reads."""
_SPORT_MEDAL_RE = regex.compile(r"\G[ \t]+(?:vàng|bạc|đồng)(?![\p{L}])")
_OUTSIDE_RE = regex.compile(r"(?<![\p{L}])(?i:ngoài)[ \t]+\Z")
_COUNTED_VERB_BEFORE_RE = regex.compile(
    rf"(?<![\p{{L}}]){VERB}[ \t]+(?:{COUNTS_RE.pattern})[^.;:!?()\n\d]{{0,60}}[ \t]\Z"
)
"""``phong tặng 19 đơn vị, cá nhân thuộc lực lượng vũ trang tỉnh danh hiệu ...``: the verb
and its counted recipients, then (after what they are) the title given them."""
COUNTED_VERB_WINDOW = 120
"""How far before a title :data:`_COUNTED_VERB_BEFORE_RE` reads."""
_DESCRIBES_RE = regex.compile(r"\A[ \t]+(?:đạt|được[ \t]+công[ \t]+nhận|là)[ \t]+\Z")
_REASON_RE = regex.compile(
    r"(?<![\p{L}])(?:vì[ \t]+(?:đã[ \t]+)?(?:có[ \t]+)?|(?:đã[ \t]+)?có[ \t]+|đạt[ \t]+)"
    r"(?:nhiều[ \t]+|những[ \t]+)?"
    r"(?:thành[ \t]+tích|thành[ \t]+xuất[ \t]+sắc|đóng[ \t]+góp|công[ \t]+lao)"
    r"|(?<![\p{L}])vì[ \t]+(?:đã[ \t]+)?(?:dũng[ \t]+cảm|hoàn[ \t]+thành|xuất[ \t]+sắc)"
)
_BRACKET_RE = regex.compile(r"[ \t]+\(")
"""A reason ends before a bracket (``(Ảnh: ...)``, ``(thứ hai từ trái)``)."""
_LIST_BETWEEN_RE = regex.compile(
    r"\A[ \t]*(?:,|;|và|cùng|,[ \t]*và|;[ \t]*và)[ \t]*(?:(?:nhiều|các)[ \t]+)?\Z"
)
_GRADE_RE = regex.compile(r"\d{2}")
_LISTED_WITH_RE = regex.compile(r"[ \t\n]*(?:,|và|,[ \t\n]*và)[ \t\n]*")
"""Between two forms listed together (``cờ thi đua xuất sắc\nvà bằng khen``)."""
_LIST_ITEM_BEFORE_RE = regex.compile(r"(?:[;,]|[ \t]và)[ \t]*\Z")
LIST_GAP = 200
"""How far after the previous form the next item of a list may start."""
_CLAUSE_OPENING = r"(?:(?:và|đồng[ \t]+thời|cùng)[ \t]+)?(?:(?:đã|cũng)[ \t]+)?"
"""The words opening a clause with no subject of its own, before its verb."""
_ELIDED_SUBJECT_RE = regex.compile(rf"{_CLAUSE_OPENING}(?:{VERB})?")
"""A clause opening with its verb, or with the form: its subject is the previous one's."""
_ELIDED_VERB_RE = regex.compile(rf"{_CLAUSE_OPENING}(?:{VERB})")
"""A clause opening with its granting verb (:data:`_ELIDED_SUBJECT_RE` with the verb)."""
_RECIPIENTS_AFTER_RE = regex.compile(
    r"\G(?:[ \t]*,)?[ \t]+(?:cho|đối[ \t]+với)[ \t]+(?:các|những)[ \t]+"
    r"(?i:tập[ \t]+thể|cá[ \t]+nhân|tổ[ \t]+chức|đơn[ \t]+vị|hội[ \t]+viên|đảng[ \t]+viên"
    r"|đoàn[ \t]+viên|gương|cán[ \t]+bộ)(?![\p{L}])"
)
"""``khen thưởng cho các tập thể và cá nhân``: recipients named without a count."""
_BOTH_KINDS = (
    r"(?:tập[ \t]+thể[ \t]*(?:,|và|,[ \t]*và)[ \t]*cá[ \t]+nhân"
    r"|cá[ \t]+nhân[ \t]*(?:,|và|,[ \t]*và)[ \t]*tập[ \t]+thể)"
)
_UNCOUNTED_PASSIVE_RE = regex.compile(
    rf"(?<![\p{{L}}])(?i:nhiều|các)[ \t]+{_BOTH_KINDS}(?![\p{{L}}])"
    r"[^.;:!?\n]{0,160}?[ \t](?:đã[ \t]+)?được[ \t]+\Z"
)
"""``nhiều tập thể và cá nhân có thành tích ... đã được khen thưởng``: collectives and
individuals, not counted, the passive subject of the award verb (see
:data:`UNCOUNTED_PASSIVE`)."""
_UNCOUNTED_ACTIVE_BEFORE_RE = regex.compile(r"(?<![\p{L}])(?:đã|vừa)[ \t]+\Z")
_UNCOUNTED_ACTIVE_AFTER_RE = regex.compile(
    r"\G[ \t]+(?:các|những)[ \t]+(?i:tập[ \t]+thể|cá[ \t]+nhân|đơn[ \t]+vị)(?![\p{L}])"
)
"""``Đảng ủy phường đã khen thưởng các tập thể, cá nhân ...``: the completed act, its
recipients named right after the verb with no ``cho`` and not counted (see
:data:`UNCOUNTED_ACTIVE`)."""
UNCOUNTED_PASSIVE_WINDOW = 220
"""How far before a verb-award :data:`_UNCOUNTED_PASSIVE_RE` reads (within its sentence)."""
_PRIZE_RE = regex.compile(r"(?<![\p{L}])(?i:giải|đoạt[ \t]+giải|trao[ \t]+giải)(?![\p{L}])")
_OTHER_RECIPIENTS_RE = regex.compile(
    r"(?<![\p{L}])(?:và|,)[ \t]+(?:nhiều|các|những|một[ \t]+số)[ \t]+\p{L}"
)
"""``04 đồng chí được kết nạp Đảng và nhiều đồng chí nhận danh hiệu``: the count's
recipients are not those of the award."""
_AND_BETWEEN_RE = regex.compile(r"\A[ \t]*(?:,|và|,[ \t]*và)[ \t]*\Z")
_BATCH = r"(?:[ \t]+(?:đợt|dịp|nhân[ \t]+dịp)(?![\p{L}])[^.;:!?\n\p{Lu}]{1,40}?)?"
"""The batch a badge is given in, between the badge and its recipients (``Huy hiệu ... đợt
2/9, 7/11/2021 cho 11 đồng chí``)."""
_COUNT_AFTER_RE = regex.compile(
    rf"\G{_BATCH}(?:[ \t]+cho[ \t]+(?:(?:các|những)[ \t]+)?|[ \t]*:[ \t]*)(?:{NUMBER})[ \t]"
)
COUNT_AFTER_WINDOW = 90
"""How far after a form :data:`_COUNT_AFTER_RE` reads (a batch, ``cho``, the count)."""
_GRADE_COUNT_RE = regex.compile(rf"\G{GRADE_COUNT}")
"""Party members counted right after a badge's grade: see :data:`PARTY_BADGE_BREAKDOWN`."""
_ELIDED_GRADE_RE = regex.compile(
    r"\G[ \t]*(?:[;,]|[;,]?[ \t]+và)[ \t]*"
    r"(?P<item>(?P<grade>\d{2})[ \t]+năm[ \t]+tuổi[ \t]+[Đđ]ảng)"
    rf"(?P<count>{GRADE_COUNT})"
)
"""``...; 45 năm tuổi Đảng 02 đồng chí``: the next item of a breakdown by grade, the badge's
word left out, its count after it."""
_GRADE_HAS_RE = regex.compile(r"\A[ \t]+(?:có|gồm)[ \t]+\Z")
"""``Huy hiệu 65 năm tuổi Đảng có 02 đồng chí``: between a badge's grade and its count."""
_RECIPIENTS_BEFORE_RE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}]){COUNT_ITEM_RE.pattern}(?:[ \t]+(?:đạt|được))?[ \t]+\Z"
)
_RECEIVED_BY_COUNT_RE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}]){NUMBER}[ \t]+[^\d.;:!?\n]{{1,60}}?[ \t](?:đã[ \t]+)?được[ \t]+"
    rf"(?:nhận|trao|tặng|trao[ \t]+tặng)[ \t]+\Z"
)
"""``2 cán bộ đoàn được nhận giải thưởng ...``: counted recipients before the verb."""
_COUNTED_RECEIVER_RE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}]){COUNT_ITEM_RE.pattern}[ \t]+(?:đã[ \t]+)?(?:được[ \t]+)?"
    r"(?:nhận|trao[ \t]+tặng|trao|tặng|truy[ \t]+tặng)[ \t]+\Z"
)
"""``311 đảng viên được trao tặng`` right before a badge: its recipients, counted."""
_RECEIVED_BY_COUNT_WINDOW = 90
"""How far before a prize :data:`_RECEIVED_BY_COUNT_RE` reads (a count, its recipients'
description of up to 60 characters, the passive verb)."""
_RANK_WORDS = {"nhất": "1", "i": "1", "nhì": "2", "hai": "2", "ii": "2", "ba": "3", "iii": "3"}
_NOUN_KIND_ORDER = ("plain", "order", "medal", "badge", "title", "praise", "prize", "emulation")
"""The kinds of noun forms, as :data:`FORM_RE` names their groups (a match of none is a verb)."""
_NOUN_KINDS = frozenset(_NOUN_KIND_ORDER)
_NAMED_KINDS = frozenset({"order", "medal", "badge", "title", "prize"})
"""Kinds of forms that carry the award's own name (not a plain Bằng khen)."""


@dataclass
class _Form:
    """One form mention and what was read around it."""

    start: int
    end: int
    form: str
    kind: str
    name: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    count_spans: list[tuple[int, int]] = field(default_factory=list)
    count_strength: int = 0
    """How the counts were read: 2 after the form, 1 before it."""
    count_before: int | None = None
    issuer: str | None = None
    strength: int = -1
    issuer_span: tuple[int, int] | None = None
    presented: bool = False
    """The issuer is an organisation handing the award over (:attr:`Issuer.presented`)."""
    reason: str | None = None
    aside: bool = False
    """In a caption or the title: a restatement of an award the body reports."""
    listed: bool = False
    """One of the grades of a badge listed together (``Huy hiệu 40 năm và 45 năm tuổi Đảng``)."""
    sentence: int = -1
    """Where its sentence starts."""
    rule: Rule | None = None
    """The rule that read it, when not its kind's (:data:`FORM_RULES`)."""

    @property
    def key(self) -> str:
        """The form compared for one award: lower case, straight quotes dropped (``huy hiệu
        'Tuổi trẻ dũng cảm'`` and ``huy hiệu "Tuổi trẻ dũng cảm"`` name one badge)."""
        return " ".join(self.form.lower().replace("'", " ").split())

    def fullness(self) -> int:
        fields = (self.issuer, self.reason, *self.counts.values())
        return sum(value is not None for value in fields)

    def take_counts(self, counts: dict[str, int], span: tuple[int, int], strength: int) -> None:
        """Counts read for this form: a stronger reading replaces a weaker one, and so does a
        count before the form nearer to it than one of the same recipients read before it
        (``1 đồng chí 45 năm, 5 đồng chí 40 năm và 5 đồng chí được nhận huy hiệu 30 năm``:
        the form's own count is the last)."""
        if (strength > self.count_strength and self.count_strength > 0) or (
            strength == self.count_strength == 1
            and self.count_spans
            and span[0] > self.count_spans[-1][1]
            and self.counts.keys() & counts.keys()
        ):
            self.counts, self.count_spans = {}, []
        if strength >= self.count_strength:
            for kind, n in counts.items():
                self.counts.setdefault(kind, n)
            self.count_spans.append(span)
            self.count_strength = strength


@dataclass
class _Count:
    start: int
    end: int
    counts: dict[str, int]
    taken: bool = False


def _clean(text: str) -> str:
    for mark in '“”"‘’:':
        text = text.replace(mark, " ")
    return " ".join(text.split())


def _forms_of(
    m: regex.Match[str], counted: bool = False, counted_before: bool = False
) -> list[tuple[str, str | None]]:
    """The forms a match names, as written (quotation marks and colons dropped), each with
    the award's own name when it stands in quotation marks: ``Kỷ niệm chương "Vì sự nghiệp
    ..."`` is the form ``Kỷ niệm chương`` named ``Vì sự nghiệp ...``, while an unquoted name
    is part of the form (``Kỷ niệm chương Vì sự nghiệp giáo dục``); ``Huy hiệu 45 năm và 50
    năm tuổi Đảng`` is two forms, but one Party badge when ``counted`` (recipients counted
    right after the list: ``... cho 4 đảng viên`` is one total for all its grades), and one
    award named by the list as written when ``counted_before`` (``311 đảng viên được trao
    Huy hiệu 45 năm, 40 năm và 30 năm tuổi Đảng``: one item of a breakdown by grade)."""
    for head, name_group in (("medal", "medal_name"), ("plain", "plain_name")):
        name = m.group(name_group) if m.group(head) else None
        if name:
            clean_name = _clean(name.strip("“”\"' "))
            if name[0] in '“"':  # a quoted name is the award's own, beside its form
                return [(" ".join(m.group(head).split()), clean_name)]
            return [(f"{' '.join(m.group(head).split())} {clean_name}", None)]
    if m.group("title"):
        return [(_clean(m.group("title") + " " + m.group("title_name").strip("“”\"‘’' ")), None)]
    if m.group("badge") and m.group("late_grade"):
        head = " ".join(m.group("badge").split())
        return [(f"{head} {m.group('late_grade')} năm tuổi Đảng", None)]
    if m.group("badge") and (m.group("grade_range") or m.group("members_badge") is not None):
        return [(f"{' '.join(m.group('badge').split())} Đảng", None)]  # one Party badge
    if m.group("badge") and m.group("badge_name"):
        grades = _match.findall(_GRADE_RE, m.group("badge_name"))
        if len(grades) > 1 and "tuổi" in m.group("badge_name"):
            head = " ".join(m.group("badge").split())
            if counted:
                return [(f"{head} Đảng", None)]
            if counted_before:
                return [(_clean(m.group()), None)]
            return [(f"{head} {g} năm tuổi Đảng", None) for g in grades]
    if m.group("verb"):
        return [(_verb_form(m.group("verb")), None)]
    return [(_clean(m.group()), None)]


def _verb_form(written: str) -> str:
    """The form of an award given by verbs: ``biểu dương, khen thưởng`` names one award
    twice, reported as ``khen thưởng`` (else as its first verb)."""
    verbs = [" ".join(v.split()) for v in _match.findall(ONE_AWARD_VERB_RE, written)]
    if len(verbs) < 2:
        return _clean(written)
    lowered = [v.lower() for v in verbs]
    return verbs[lowered.index("khen thưởng")] if "khen thưởng" in lowered else verbs[0]


def _window(text: str, end: int, width: int) -> str:
    return text[max(0, end - width) : end]


def _kind(m: regex.Match[str]) -> str:
    for kind in _NOUN_KIND_ORDER:
        if m.group(kind):
            return kind
    return "verb"


_AFTER_OF_WINDOW = 24
"""How far after a form :data:`_AFTER_OF_RE` reads (``lần 2 của``)."""


def _context_around(
    before: str, after: str, memo: dict[tuple[str, str], tuple[bool, bool, bool]]
) -> tuple[bool, bool, bool]:
    """Whether an award verb ends ``before`` (the :data:`CONTEXT_WINDOW` characters before
    a form), a number ends it, and ``của``/``do`` opens ``after`` (the characters after
    it): read once for each distinct pair of windows (a list repeating one phrase)."""
    key = (before, after)
    found = memo.get(key)
    if found is None:
        found = memo[key] = (
            _match.search(_CONTEXT_BEFORE_RE, before) is not None,
            _match.search(_NUMBER_BEFORE_RE, before[-12:]) is not None,
            _match.search(_AFTER_OF_RE, after) is not None,
        )
    return found


def _find_forms(ctx: Context, text: str) -> list[_Form]:
    """Every award form mention, with the context checks of :mod:`.rules`."""
    forms: list[_Form] = []
    memo: dict[tuple[str, str], tuple[bool, bool, bool]] = {}
    for m in ctx.analysis.keyed_matches(FORM_RE):  # FORM's pattern, at its word starts
        start, end = m.span()
        before = _window(text, start, CONTEXT_WINDOW)
        after = text[end : end + _AFTER_OF_WINDOW]
        verb_before, number_before, of_after = _context_around(before, after, memo)
        has_context = verb_before or number_before or of_after
        kind = _kind(m)
        reject: Rule | None = None
        # (counted recipients right after a badge or a prize: read once, used twice below)
        counted = kind in ("badge", "prize") and _counted_after(text, end)
        grade_count = (
            _match.match(_GRADE_COUNT_RE, text, end)
            if kind == "badge" and m.group("badge_name") and "tuổi" in m.group("badge_name")
            else None
        )
        counted = counted or grade_count is not None
        if (
            kind == "plain"
            and m.group().lower().endswith("khen")
            and _match.match(_NGOI_AFTER_RE, text, end)
        ):
            reject = NEEDS_CONTEXT  # "gửi thư khen ngợi": a letter of compliments, no award
        elif kind == "order" and not (m.group("order_name") or m.group("rank")):
            if _match.search(_SPORT_MEDAL_RE, text, end, min(len(text), end + 8)):
                reject = SPORTS_MEDAL  # huy chương vàng: a sports medal
            elif not has_context:
                reject = NEEDS_CONTEXT
        elif kind == "medal" and not (m.group("medal_name") or has_context):
            reject = NEEDS_CONTEXT
        elif (
            kind == "badge"
            and not has_context
            and not counted
            and not (
                _listed_after(text, start, forms) and _match.match(_ITEM_RECIPIENT_RE, text, end)
            )
        ):
            reject = NEEDS_CONTEXT  # "..., 70 năm tuổi Đảng, Huy hiệu ...": a description
        elif kind == "prize" and not (
            counted
            or _match.search(_RECIPIENTS_BEFORE_RE, before)
            or _match.search(
                _RECEIVED_BY_COUNT_RE, text, max(0, start - _RECEIVED_BY_COUNT_WINDOW), start
            )
        ):
            reject = NEEDS_CONTEXT  # "Lễ trao Giải thưởng Hồ Chí Minh diễn ra": no recipients
        elif kind in ("title", "emulation") and _match.search(NOT_TITLES_RE, m.group()):
            reject = RATING  # "khu dân cư đạt danh hiệu văn hóa": a rating
        elif kind in ("title", "emulation") and _match.search(
            _HOUSEHOLDS_REACH_RE, text, max(0, start - HOUSEHOLDS_WINDOW), start
        ):
            reject = HOUSEHOLDS_TITLE  # "54.500 hộ nông dân đạt danh hiệu ...": a statistic
        elif (
            (
                kind == "title"
                and not (
                    verb_before
                    or _listed_after(text, start, forms)
                    or _match.search(
                        _COUNTED_VERB_BEFORE_RE, text, max(0, start - COUNTED_VERB_WINDOW), start
                    )
                )
            )
            or (kind == "praise" and not _match.search(_PRAISE_BEFORE_RE, before))
            or (
                kind == "emulation"
                and not (
                    verb_before
                    or _recipients_before(text, start)
                    or (_listed_after(text, start, forms) and _counted_after(text, end))
                )
            )
        ):
            reject = NEEDS_CONTEXT
        if reject is not None:
            ctx.rejected(reject, "award", start, end)
            continue
        counted_before = (
            kind == "badge"
            and _match.search(_COUNTED_RECEIVER_RE, text, max(0, start - 60), start) is not None
        )
        named = _forms_of(m, kind == "badge" and counted, counted_before)
        for form, name in named:
            forms.append(_Form(start, end, form, kind, name=name, listed=len(named) > 1))
        if grade_count is not None and len(named) == 1:
            forms.extend(_elided_grades(text, " ".join(m.group("badge").split()), grade_count))
    return forms


def _elided_grades(text: str, head: str, first: regex.Match[str]) -> list[_Form]:
    """The items after ``first`` (a grade's count) of a breakdown by grade, the badge's word
    left out (see :data:`PARTY_BADGE_BREAKDOWN`): ``...; 45 năm tuổi Đảng 02 đồng chí``."""
    items: list[_Form] = []
    pos = first.end()
    while (e := _match.match(_ELIDED_GRADE_RE, text, pos)) is not None:
        start, end = e.span("item")
        form = f"{head} {e.group('grade')} năm tuổi Đảng"
        items.append(_Form(start, end, form, "badge", rule=PARTY_BADGE_BREAKDOWN))
        pos = e.end()
    return items


def _listed_after(text: str, start: int, forms: list[_Form]) -> bool:
    """``...; danh hiệu Chiến sỹ thi đua cấp cơ sở cho 14 cá nhân``: a form opening the next
    item of a list (after ``;``, ``,`` or ``và``) of an award just found."""
    if not forms or start - forms[-1].end > LIST_GAP:
        return False
    return _match.search(_LIST_ITEM_BEFORE_RE, text, max(0, start - 4), start) is not None


def _counted_after(text: str, end: int) -> bool:
    """``Huy hiệu ... cho 21 đảng viên``: recipients counted right after the form."""
    window_end = min(len(text), end + COUNT_AFTER_WINDOW)
    return _match.search(_COUNT_AFTER_RE, text, end, window_end) is not None


def _recipients_before(text: str, start: int) -> bool:
    """``50 cán bộ chiến sỹ tiên tiến``: a count of recipients right before the title."""
    m = _match.search(_RECIPIENTS_BEFORE_RE, text, max(0, start - 40), start)
    return m is not None


def _given_forms(ctx: Context, analysis: Analysis, forms: list[_Form]) -> list[_Form]:
    """Drop forms in a proposal, a procedure, a revocation, a promise or a hope
    (``data/negative_cues.tsv``): a drop cue at most :data:`CUE_WINDOW` characters before
    the form in its clause, and no completed act (a keep cue) anywhere in that clause."""
    drops: list[tuple[int, int]] = []
    wide: list[int] = []
    keeps: list[int] = []
    for c in analysis.keyed_matches(CUE_RE):
        effect = CUES.get(" ".join(c.group("cue").lower().split()), "ignore")
        if effect == "drop":
            drops.append(c.span())
        elif effect == "drop-clause":
            wide.append(c.start())
        elif effect == "keep":
            keeps.append(c.start())
    if not drops and not wide:
        return forms
    drop_starts = [a for a, _ in drops]
    kept: list[_Form] = []
    dropped_end = -1
    for form in forms:
        if 0 <= form.start - dropped_end <= LIST_GAP and _match.fullmatch(
            _LISTED_WITH_RE, analysis.content, dropped_end, form.start
        ):
            # "đề nghị ... tặng cờ thi đua xuất sắc\nvà bằng khen": the next item of a
            # proposed list, though a line break stands before it, is proposed too
            ctx.rejected(NOT_GIVEN, "award", form.start, form.end)
            dropped_end = form.end
            continue
        lo, hi = analysis.clause(form.start)
        i = bisect_right(drop_starts, form.start) - 1
        cued = False
        while i >= 0 and drops[i][0] >= max(lo, form.start - CUE_WINDOW):
            if drops[i][0] < form.start:  # before the form, or holding it: "kinh phí khen thưởng"
                cued = True
                break
            i -= 1
        w = bisect_left(wide, lo)
        cued = cued or (w < len(wide) and wide[w] < form.start)
        k = bisect_left(keeps, lo)
        if cued and not (k < len(keeps) and keeps[k] < hi):
            ctx.rejected(NOT_GIVEN, "award", form.start, form.end)
            dropped_end = form.end
            continue
        kept.append(form)
    return kept


def _read_counts(text: str, start: int, end: int, has_other: bool) -> dict[str, int]:
    """``{'collectives': 12, 'individuals': 13}`` or ``{'total': 71}`` from a count phrase."""
    counts: dict[str, int] = {}
    items = list(_match.finditer(COUNT_ITEM_RE, text, start, end))
    if has_other:
        return {"total": int(items[0].group("n").replace(".", ""))}
    for item in items:
        kind = RECIPIENTS[item.group("noun")]
        counts[kind] = counts.get(kind, 0) + int(item.group("n").replace(".", ""))
    return counts


def _same_kind(text: str, start: int, end: int, other: str) -> bool:
    """``27 già làng, cá nhân tiêu biểu``: the noun after the count's counts the same kind of
    recipient, so the number is theirs, not one total of collectives and individuals."""
    items = list(_match.finditer(COUNT_ITEM_RE, text, start, end))
    return len(items) == 1 and RECIPIENTS[items[0].group("noun")] == RECIPIENTS[other]


def _counts_of(m: regex.Match[str], memo: dict[tuple[str, bool], dict[str, int]]) -> dict[str, int]:
    """:func:`_read_counts` of a :data:`COUNTS` match, read once for each distinct phrase
    (:data:`COUNT_ITEM_RE` looks neither before nor after it: the phrase alone decides)."""
    other = m.group("other")
    has_other = bool(m.group("mixed")) or (
        other is not None and not _same_kind(m.string, m.start(), m.end(), other)
    )
    key = (m.group(), has_other)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _read_counts(m.string, m.start(), m.end(), has_other)
    return dict(found)


def _attach_counts(analysis: Analysis, forms: list[_Form], counts: list[_Count]) -> None:
    """Give each count phrase to the noun form of its clause it belongs to: the form before
    it (``FORM ... cho N``, or the count right after the form), else the form after it
    joined by a verb (``6 đơn vị nhận Cờ thi đua``, ``khen thưởng 20 cá nhân ... Kỷ niệm
    chương``). Then counts not taken go to verb-awards."""
    text = analysis.content
    nouns = [f for f in forms if f.kind in _NOUN_KINDS]
    starts = [f.start for f in nouns]
    verbs = [f for f in forms if f.kind == "verb"]
    verb_ends = [f.end for f in verbs]
    for c in counts:
        lo, hi = analysis.clause(c.start)
        i = bisect_right(starts, c.start)
        prev = (
            nouns[i - 1] if i and nouns[i - 1].end <= c.start and nouns[i - 1].start >= lo else None
        )
        nxt = nouns[i] if i < len(nouns) and nouns[i].start < hi else None
        if (
            prev is not None
            and c.start - prev.end <= CHO_GAP
            and _match.search(_CHO_END_RE, text, prev.end, c.start)
        ):
            prev.take_counts(c.counts, (c.start, c.end), 2)
            c.taken = True
            continue
        if nxt is not None:
            between = text[c.end : nxt.start]
            verb_opens = _match.search(_GRANT_VERB_END_RE, _window(text, c.start, 24))
            if (
                verb_opens
                and len(between) <= VERB_OPENS_GAP
                and not _match.search(_HAS_VERB_RE, between)
            ):
                nxt.take_counts(c.counts, (c.start, c.end), 1)
                nxt.count_before = c.start
                c.taken = True
                continue
        if nxt is not None and nxt.kind == "emulation" and not text[c.end : nxt.start].strip():
            nxt.take_counts(c.counts, (c.start, c.end), 1)  # 50 cán bộ chiến sỹ tiên tiến
            c.taken = True
            continue
        if prev is not None and (
            _match.search(_BARE_GAP_RE, text[prev.end : c.start])
            or (prev.kind == "badge" and _match.search(_GRADE_HAS_RE, text[prev.end : c.start]))
            or (
                c.start - prev.end <= CHO_GAP
                and _match.search(_COLON_GAP_RE, text[prev.end : c.start])
            )
        ):
            prev.take_counts(c.counts, (c.start, c.end), 2)
            c.taken = True
            continue
        if nxt is not None:
            between = text[c.end : nxt.start]
            if (
                len(between) <= BEFORE_GAP
                and _match.search(_HAS_VERB_RE, between)
                and not _match.search(_OTHER_RECIPIENTS_RE, between)
                and not (
                    _counted_after(text, nxt.end)
                    and _after_verb_award(text, verbs, verb_ends, c, lo)
                )
            ):
                nxt.take_counts(c.counts, (c.start, c.end), 1)
                c.taken = True
    for form, nxt in pairwise(nouns):
        # "tặng cờ thi đua và bằng khen cho 5 tập thể": forms listed before one count.
        if (
            not form.counts
            and nxt.count_strength == 2
            and _match.search(_AND_BETWEEN_RE, text[form.end : nxt.start])
        ):
            form.counts = dict(nxt.counts)
            form.count_spans = list(nxt.count_spans)
            form.count_strength = 2
    _attach_verb_counts(analysis, forms, counts)
    _attach_outside_counts(analysis, forms, counts)


def _after_verb_award(
    text: str, verbs: list[_Form], verb_ends: list[int], c: _Count, lo: int
) -> bool:
    """``trao các hình thức khen thưởng của X cho 3 tập thể, 6 cá nhân, trao huy hiệu ... cho
    4 đồng chí``: a count right after a verb-award of its clause is that award's, not that of
    the next form, which has its own (a form with none takes it: ``tôn vinh 45 hội viên
    trong Lễ trao danh hiệu ...``)."""
    i = bisect_right(verb_ends, c.start) - 1
    if i < 0 or verbs[i].start < lo:
        return False
    return _verb_count_gap(text, verbs[i], text[verbs[i].end : c.start]) is not None


def _verb_count_gap(text: str, verb: _Form, gap: str) -> Literal["bare", "issuer"] | None:
    """How a verb-award reaches the count after ``gap``: across a bare gap (``khen thưởng
    cho``, ``"bare"``), or across its issuer when it names the awards given (``các hình thức
    khen thưởng của X cho``, ``"issuer"``: :data:`FORMS_OF_AWARD`); None when the gap holds
    anything else."""
    if _match.search(_BARE_GAP_RE, gap):
        return "bare"
    if _forms_of_award(text, verb) and _match.search(_FORMS_OF_GAP_RE, gap):
        return "issuer"
    return None


def _attach_verb_counts(analysis: Analysis, forms: list[_Form], counts: list[_Count]) -> None:
    """A verb-award's counts: right after it (``khen thưởng cho 5 tập thể``), or before it
    with ``được`` between (``9 tập thể và 17 cá nhân được Ban Thường vụ biểu dương``)."""
    text = analysis.content
    free = [c for c in counts if not c.taken]
    if not free:
        return
    starts = [c.start for c in free]
    for form in forms:
        if form.kind != "verb":
            continue
        lo, hi = analysis.clause(form.start)
        i = bisect_left(starts, form.end)
        if i < len(free) and free[i].start < hi and not free[i].taken:
            c = free[i]
            reach = _verb_count_gap(text, form, text[form.end : c.start])
            if reach is not None:
                form.take_counts(c.counts, (c.start, c.end), 2)
                form.rule = FORMS_OF_AWARD if reach == "issuer" else form.rule
                c.taken = True
                continue
        j = bisect_left(starts, form.start) - 1
        if j >= 0 and free[j].start >= lo and not free[j].taken:
            c = free[j]
            between = text[c.end : form.start]
            if len(between) <= BEFORE_GAP and _match.search(_PASSIVE_BETWEEN_RE, between):
                form.take_counts(c.counts, (c.start, c.end), 1)
                form.count_before = c.start
                c.taken = True


def _forms_of_award(text: str, form: _Form) -> bool:
    """A verb-award naming the awards given (``các hình thức khen thưởng``): it takes its
    issuer after ``của``/``do`` and its counts after ``cho``, as a noun form would."""
    return form.kind == "verb" and (
        _match.search(_FORMS_OF_AWARD_RE, _window(text, form.start, 12)) is not None
    )


def _attach_outside_counts(analysis: Analysis, forms: list[_Form], counts: list[_Count]) -> None:
    """``Ngoài 3 tập thể ...; ... trao giấy khen cho 4 cá nhân``: a count opened by
    ``Ngoài`` fills the other count of the next award in its sentence."""
    text = analysis.content
    for c in counts:
        if c.taken or not _match.search(_OUTSIDE_RE, _window(text, c.start, 12)):
            continue
        _lo, hi = analysis.sentence(c.start)
        for form in forms:
            if c.end <= form.start < hi and form.counts:
                if all(kind not in form.counts for kind in c.counts):
                    form.counts.update(c.counts)
                    form.count_spans.append((c.start, c.end))
                    c.taken = True
                break


def _reason(analysis: Analysis, end: int, hi: int) -> str | None:
    """``vì đã có thành tích xuất sắc ...`` starting soon after ``end``, to the clause end
    (or a photo credit, or a bracket)."""
    text = analysis.content
    m = _match.search(_REASON_RE, text, end, min(hi, end + REASON_WINDOW))
    if m is None:
        return None
    limit = min(hi, m.start() + REASON_CHARS)
    credit = analysis.photo_credit_between(m.end(), limit)
    limit = credit if credit is not None else limit
    bracket = _match.search(_BRACKET_RE, text, m.end(), limit)
    limit = bracket.start() if bracket else limit
    reason = " ".join(text[m.start() : limit].split()).rstrip(",.;:!?( -–")
    if reason.count("“") < reason.count("”") or reason.count('"') % 2:
        reason = reason.rstrip('”"')
    return reason or None


def _norm_issuer(issuer: str) -> str:
    """``issuer`` in lower case with its words abbreviated (:data:`ISSUER_ABBREVIATIONS`):
    ``LĐLĐ huyện`` and ``Liên đoàn lao động huyện`` read alike."""
    key = f" {' '.join(issuer.lower().replace('.', ' ').split())} "
    for full, short in ISSUER_ABBREVIATIONS:
        if f" {full} " in key:
            key = key.replace(f" {full} ", f" {short} ")
    return key.strip()


def _rank(key: str) -> str | None:
    words = key.split()
    if "hạng" in words:
        i = words.index("hạng")
        if i + 1 < len(words):
            return _RANK_WORDS.get(words[i + 1], words[i + 1])
    return None


def _ranked_words(key: str) -> list[str]:
    """The words of ``key`` with its class as a digit (``hạng ba`` and ``hạng 3`` alike)."""
    words = key.split()
    rank = _rank(key)
    if rank is not None:
        words[words.index("hạng") + 1] = rank
    return words


def _same_award(a: str, b: str) -> bool:
    """Two keys naming one award: equal, one extending the other (``Cờ thi đua`` / ``Cờ thi
    đua xuất sắc``), or one's words all within the other's with the same head and rank
    (``Huân chương hạng nhất`` / ``Huân chương Quân công hạng nhất``)."""
    if a == b or a.startswith(b + " ") or b.startswith(a + " "):
        return True
    short, long = (a, b) if len(a) < len(b) else (b, a)
    sw, lw = _ranked_words(short), _ranked_words(long)
    if sw[:2] != lw[:2] or _rank(short) is None or _rank(short) != _rank(long):
        return False
    it = iter(lw)
    return all(word in it for word in sw)


@dataclass
class _Group:
    items: list[_Form]
    form: str
    key: str
    kind: str
    issuer: str | None
    strength: int
    counts: dict[str, int]
    reason: str | None
    name: str | None = None
    presented: bool = False

    @classmethod
    def of(cls, item: _Form) -> _Group:
        return cls(
            [item],
            item.form,
            item.key,
            item.kind,
            item.issuer,
            item.strength,
            dict(item.counts),
            item.reason,
            item.name,
            item.presented,
        )

    def accepts(self, item: _Form) -> bool:
        verbs = (self.items[0].kind == "verb", item.kind == "verb")
        if verbs[0] != verbs[1]:
            # One award named two ways: "biểu dương 153 tập thể, 244 cá nhân" and "trao bằng
            # khen cho các tập thể, cá nhân"; "Khen thưởng cho các tập thể" over "... đã tặng
            # Giấy khen cho ...". A counted verb takes a plain noun with no counts nor issuer
            # of its own; a verb with no counts restates any noun award.
            noun = item if verbs[0] else self.items[0]
            noun_counts = item.counts if verbs[0] else self.counts
            verb_counts = self.counts if verbs[0] else item.counts
            if verb_counts and noun_counts:
                pass  # the same counts merge below, different ones do not
            elif verb_counts and (noun.kind != "plain" or noun.strength >= 3):
                return False
        elif all(verbs):
            # "biểu dương 153 tập thể, 244 cá nhân" ... "153 tập thể và 244 cá nhân được
            # tuyên dương": verbs with the same counts praise the same recipients.
            if not (
                _same_award(self.key, item.key) or (item.counts and item.counts == self.counts)
            ):
                return False
        elif not _same_award(self.key, item.key):
            return False
        for kind, n in item.counts.items():
            if self.counts.get(kind, n) != n:
                return False
        if self.issuer and item.issuer and self.strength >= 3 and item.strength >= 3:
            x, y = _norm_issuer(self.issuer), _norm_issuer(item.issuer)
            if x not in y and y not in x and not _short_name(x, y) and not self._presents(item):
                return False
        return True

    def shortened(self, item: _Form) -> bool:
        """``item`` joins this group only because one issuer is the other's short name (see
        :data:`ISSUER_SHORT_NAME`)."""
        if not (self.issuer and item.issuer):
            return False
        x, y = _norm_issuer(self.issuer), _norm_issuer(item.issuer)
        return x not in y and y not in x and _short_name(x, y)

    def _presents(self, item: _Form) -> bool:
        """One named award (``huy hiệu "Tuổi trẻ dũng cảm"``) said to be granted by one body
        (``được T.Ư Đoàn trao tặng``, ``của``/``do``) and handed over by another (``Tỉnh đoàn
        Quảng Trị trao tặng ... cho 2 đoàn viên``): one award, the granting body its issuer."""
        named = (self.name and self.name == item.name) or self.key.count(" ") >= 2
        if self.kind not in _NAMED_KINDS or not named or self.key != item.key:
            return False
        return (self.presented and self.strength == 3 and item.strength == 4) or (
            item.presented and item.strength == 3 and self.strength == 4
        )

    def add(self, item: _Form) -> None:
        self.items.append(item)
        if item.kind != "verb" and (self.kind == "verb" or len(item.form) > len(self.form)):
            self.form, self.key, self.kind = item.form, item.key, item.kind
        for kind, n in item.counts.items():
            self.counts.setdefault(kind, n)
        if item.issuer and (
            item.strength > self.strength
            or (item.strength == self.strength and len(item.issuer) > len(self.issuer or ""))
        ):
            self.issuer, self.strength = item.issuer, item.strength
            self.presented = item.presented
        self.reason = self.reason or item.reason
        self.name = self.name or item.name


def _short_name(x: str, y: str) -> bool:
    """One issuer (normalised) the other's short name: its words but the last open the other,
    and both end in the same word (``ban chỉ đạo tỉnh`` / ``ban chỉ đạo vận động hiến máu tình
    nguyện tỉnh``): the body's purpose left out, its level kept."""
    short, long = (x.split(), y.split()) if len(x) < len(y) else (y.split(), x.split())
    return (
        len(short) >= 3
        and len(long) > len(short)
        and long[: len(short) - 1] == short[:-1]
        and long[-1] == short[-1]
    )


def _span_of(item: _Form) -> tuple[int, int]:
    starts = [item.start] + [s for s, _ in item.count_spans]
    ends = [item.end] + [e for _, e in item.count_spans]
    if item.issuer_span is not None:
        starts.append(item.issuer_span[0])
        ends.append(item.issuer_span[1])
    return min(starts), max(ends)


def _may_have_awards(text: str) -> bool:
    """A quick test (plain substring search) before the form pattern runs at all."""
    lowered = text.lower()
    if "  " in lowered:
        lowered = " ".join(lowered.split())
    return any(map(lowered.__contains__, HINTS))


def _read_issuers(ctx: Context, analysis: Analysis, forms: list[_Form]) -> list[_Form]:
    """Each form's issuer (and reason); a form granted by two bodies becomes two forms."""
    text = analysis.content
    verb_issuers = VerbIssuers(text)
    out: list[_Form] = []
    previous: _Form | None = None
    for form in forms:
        lo, hi = analysis.clause(form.start)
        number = _match.search(_NUMBER_BEFORE_RE, _window(text, form.start, 12))
        if number is not None and not form.counts and form.kind != "verb":
            form.counts["total"] = int(number.group("n").replace(".", ""))
            n_start = form.start - len(number.group())
            form.count_spans.append((n_start, n_start + len(number.group("n"))))
        issuer: Issuer | None = (
            after_issuer(text, form.end)
            if form.kind != "verb" or _forms_of_award(text, form)
            else None
        )
        if issuer is None:
            anchor = form.count_before if form.count_before is not None else form.start
            if form.kind == "verb":  # the agent stands between a passive count and the verb
                anchor = form.start
            issuer = verb_issuers(anchor, lo, is_verb=form.kind == "verb")
        if (
            issuer is None
            and previous is not None
            and previous.issuer is not None
            and previous.start >= analysis.sentence(form.start)[0]
            and (
                _match.search(_LIST_BETWEEN_RE, text[_list_end(previous, form) : form.start])
                or _match.fullmatch(_ELIDED_SUBJECT_RE, text[lo : form.start].strip())
            )
        ):
            # "Cờ thi đua cho 4 tập thể; Bằng khen cho 19 tập thể", "...; tặng Bằng khen
            # cho 5 tập thể": the next item of a list shares the first one's issuer.
            issuer = Issuer(previous.issuer, previous.strength)
        if issuer is None and lo > analysis.sentence(form.start)[0]:
            opening = text[lo : form.start].strip()
            if opening and _match.fullmatch(_ELIDED_VERB_RE, opening):
                # "Hội X trao 20 con bò cho hội viên nghèo; đồng thời tặng giấy khen ...":
                # a clause opening with its verb has the previous clause's subject.
                plo = max(analysis.clause(lo - 1)[0], analysis.sentence(form.start)[0])
                found = elided_subject(text, plo, lo)
                # (its span stays out of the item's: it stands in another clause)
                issuer = None if found is None else Issuer(found.text, found.strength)
        form.reason = _reason(analysis, _span_of(form)[1], hi)
        previous = form
        if issuer is None:
            out.append(form)
            continue
        for one in split_issuer(issuer):
            out.append(
                replace(
                    form,
                    issuer=one.text,
                    strength=one.strength,
                    issuer_span=one.span,
                    presented=one.presented,
                )
            )
        previous = out[-1]
    return out


def _list_end(previous: _Form, form: _Form) -> int:
    """Where the previous item of a list ends: after its counts, unless they are shared
    with ``form`` (``cờ thi đua và bằng khen cho 5 tập thể``)."""
    end = _span_of(previous)[1]
    return end if end <= form.start else previous.end


def _describes_recipients(text: str, form: _Form, forms: list[_Form]) -> bool:
    """``cho 5 tập thể đạt danh hiệu lao động xuất sắc``: a title right after recipients
    counted for another award describes them."""
    if form.kind not in ("title", "emulation") or form.counts:
        return False
    for other in forms:
        if other is form or not other.count_spans:
            continue
        for _s, e in other.count_spans:
            if e <= form.start and _match.search(_DESCRIBES_RE, text[e : form.start]):
                return True
    return False


def find_awards(ctx: Context) -> list[Award]:
    """Every award decision in the content parts, one entry each; claims their counts."""
    if not _may_have_awards(ctx.text):
        return []
    text = ctx.content
    forms = _find_forms(ctx, text)
    if not forms:
        return []
    analysis = ctx.analysis
    forms = _given_forms(ctx, analysis, forms)
    if not forms:
        return []
    read: dict[tuple[str, bool], dict[str, int]] = {}
    counts = [_Count(m.start(), m.end(), _counts_of(m, read)) for m in COUNTS.finditer(text)]
    _attach_counts(analysis, forms, counts)
    for form in forms:
        form.aside = analysis.kind_at(form.start) in ("caption", "title")
        form.sentence = analysis.sentence(form.start)[0]
    kept = []
    for form in forms:
        if (
            form.kind == "verb"
            and not form.counts
            and not _match.search(_RECIPIENTS_AFTER_RE, text, form.end, form.end + 40)
        ):
            if _uncounted_passive(analysis, form):
                form.rule = UNCOUNTED_PASSIVE
                kept.append(form)
            elif _uncounted_active(text, form):
                form.rule = UNCOUNTED_ACTIVE
                kept.append(form)
            else:
                ctx.rejected(VERB_WITHOUT_COUNT, "award", form.start, form.end)
        elif form.kind == "verb" and _match.search(_PRIZE_RE, text, *analysis.clause(form.start)):
            ctx.rejected(PRIZE, "award", form.start, form.end)
        elif _describes_recipients(text, form, forms):
            ctx.rejected(DESCRIBES_RECIPIENTS, "award", form.start, form.end)
        else:
            kept.append(form)
    forms = _read_issuers(ctx, analysis, kept)
    forms = _drop_umbrellas(ctx, analysis, forms)
    forms = _drop_passive_summaries(ctx, forms)
    return _merge(ctx, analysis, forms)


def _uncounted_passive(analysis: Analysis, form: _Form) -> bool:
    """``nhiều tập thể và cá nhân ... đã được khen thưởng`` (see :data:`UNCOUNTED_PASSIVE`)."""
    lo = max(analysis.sentence(form.start)[0], form.start - UNCOUNTED_PASSIVE_WINDOW)
    found = _match.search(_UNCOUNTED_PASSIVE_RE, analysis.content, lo, form.start)
    return found is not None


def _uncounted_active(text: str, form: _Form) -> bool:
    """``... đã khen thưởng các tập thể, cá nhân ...`` (see :data:`UNCOUNTED_ACTIVE`)."""
    return (
        form.form.lower() == "khen thưởng"
        and _match.search(_UNCOUNTED_ACTIVE_BEFORE_RE, _window(text, form.start, 8)) is not None
        and _match.match(_UNCOUNTED_ACTIVE_AFTER_RE, text, form.end) is not None
    )


_UNCOUNTED = (UNCOUNTED_PASSIVE, UNCOUNTED_ACTIVE)


def _drop_passive_summaries(ctx: Context, forms: list[_Form]) -> list[_Form]:
    """Drop the uncounted passive awards when the text reports other awards: they sum them
    up (see :data:`PASSIVE_SUMMARY`)."""
    if all(f.rule in _UNCOUNTED for f in forms):
        return forms
    kept = []
    for form in forms:
        if form.rule in _UNCOUNTED:
            ctx.rejected(PASSIVE_SUMMARY, "award", form.start, form.end)
        else:
            kept.append(form)
    return kept


UMBRELLA_REACH = 400
"""How far after a count-less verb-award the award items it sums up may stand (at most to
the end of the next sentence)."""


UMBRELLA_STRENGTH = 2
"""The strength of an issuer an award item takes from the umbrella summing it up."""


def _is_graded_badge(form: _Form) -> bool:
    return form.kind == "badge" and any(ch.isdigit() for ch in form.form)


def _drop_umbrellas(ctx: Context, analysis: Analysis, forms: list[_Form]) -> list[_Form]:
    """Drop the mentions that sum up the awards reported rather than give one (see
    :data:`UMBRELLA` and :data:`PARTY_BADGE_UMBRELLA`)."""
    badges = [f for f in forms if f.kind == "badge"]
    counted_party = any(f.counts and not _is_graded_badge(f) for f in badges)
    # (a counted Party badge named with no grade takes its count-less mentions as restatements)
    graded = any(map(_is_graded_badge, badges)) and not counted_party
    kept: list[_Form] = []
    for i, form in enumerate(forms):
        if graded and form.kind == "badge" and not form.counts and not _is_graded_badge(form):
            ctx.rejected(PARTY_BADGE_UMBRELLA, "award", form.start, form.end)
            continue
        if counted_party and form.listed and not form.counts:
            ctx.rejected(PARTY_BADGE_GRADES, "award", form.start, form.end)
            continue
        if form.kind == "verb" and not form.counts:
            end = analysis.sentence(form.start)[1]
            hi = analysis.sentence_end_after(end + 1, end + UMBRELLA_REACH) or (
                end + UMBRELLA_REACH
            )
            items = [f for f in forms[i + 1 :] if f.kind in _NOUN_KINDS and f.start < hi]
            if items:
                for item in items:
                    if item.issuer is None and form.issuer is not None:
                        # a weak reading: an item's own issuer elsewhere wins when they merge
                        item.issuer = form.issuer
                        item.strength = min(form.strength, UMBRELLA_STRENGTH)
                ctx.rejected(UMBRELLA, "award", form.start, form.end)
                continue
        kept.append(form)
    return kept


def _merge(ctx: Context, analysis: Analysis, forms: list[_Form]) -> list[Award]:
    """One award per decision: mentions grouped (see :class:`_Group`), the fullest first."""
    order = sorted(
        forms,
        key=lambda f: (-f.fullness(), analysis.kind_at(f.start) != "body", f.start),
    )
    groups: list[_Group] = []
    for item in order:
        for group in groups:
            if group.accepts(item):
                if group.shortened(item):
                    ctx.rejected(ISSUER_SHORT_NAME, "award", item.start, item.end)
                group.add(item)
                break
        else:
            groups.append(_Group.of(item))

    groups = _drop_headline_totals(ctx, analysis, groups)
    awards: list[Award] = []
    for group in sorted(groups, key=lambda g: min(i.start for i in g.items)):
        head = max(
            group.items,
            key=lambda f: (
                f.fullness(),
                f.strength,
                analysis.kind_at(f.start) == "body",
                -f.start,
            ),
        )
        extends = len(group.form) > len(head.form) and group.key.startswith(head.key)
        if head.kind != "verb" and not extends:
            group.form = head.form
        start, end = _span_of(head)
        item_text, span = ctx.item(start, end)
        mentions: list[TextSpan] = []
        seen = {span}
        for other in sorted(group.items, key=lambda f: f.start):
            if other is head:
                continue
            m_text, m_span = ctx.item(*_span_of(other))
            if m_span not in seen:
                seen.add(m_span)
                mentions.append(TextSpan(text=m_text, span=m_span))
        total = group.counts.get("total")
        collectives = group.counts.get("collectives")
        individuals = group.counts.get("individuals")
        if collectives is not None or individuals is not None:
            total = None
        awards.append(
            Award(
                form=group.form,
                name=group.name,
                issuer=group.issuer,
                collectives=collectives,
                individuals=individuals,
                total=total,
                reason=group.reason,
                text=item_text,
                span=span,
                mentions=mentions,
            )
        )
        ctx.accepted(head.rule or FORM_RULES[head.kind], "award", start, end)
        for item in group.items:
            ctx.claim("awards", item.start, item.end)
            for c_start, c_end in item.count_spans:
                ctx.claim("awards", c_start, c_end)
    return awards


def _drop_headline_totals(ctx: Context, analysis: Analysis, groups: list[_Group]) -> list[_Group]:
    """Drop an award named in the headline whose count is the sum of the counts of every
    other award counted (see :data:`HEADLINE_TOTAL`): ``Tôn vinh 125 cá nhân`` over ``33 cá
    nhân ... Bằng khen`` and ``92 cá nhân nhận Giấy khen``."""
    sums = [sum(group.counts.values()) for group in groups]
    counted = sum(1 for n in sums if n)
    kept: list[_Group] = []
    for group, n in zip(groups, sums, strict=True):
        if (
            n
            and counted > 1
            and group.issuer is None
            and n == sum(sums) - n
            and any(analysis.kind_at(item.start) == "title" for item in group.items)
        ):
            for item in group.items:
                ctx.rejected(HEADLINE_TOTAL, "award", item.start, item.end)
            continue
        kept.append(group)
    return kept


def run(ctx: Context) -> None:
    """Fill ``ctx.doc.awards`` and claim the award counts."""
    ctx.doc.awards = find_awards(ctx)
