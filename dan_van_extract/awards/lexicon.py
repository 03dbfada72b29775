"""The awards extractor's lexicons and the patterns built from them, compiled once.

Data files (``data/`` beside this module): the form heads and their kinds (``forms.tsv``),
order names, emulation titles, verbs that grant (``verbs.txt``), that receive, that hand
over only (``present_verbs.txt``) and that are the award itself (``award_verbs.txt``),
recipients and what they count (``recipients.tsv``), issuer heads and the words that end
an issuer, negative cues (proposals, promises, revocations), the connectives before an
issuer, places that look like names, and substrings that say an article may hold awards.
"""

from __future__ import annotations

import regex

from .. import vocab
from .._lexicon import alternation, load_lines, load_table
from .._scan import keyed

__all__ = [
    "AFTER_ISSUER_RE",
    "ANY_VERB",
    "AWARD_VERB",
    "COUNTS_RE",
    "COUNT_ITEM_RE",
    "CUES",
    "CUE_RE",
    "FIRST_PREDICATE_RE",
    "FORM_RE",
    "GRADE_COUNT",
    "HEADS",
    "HINTS",
    "ISSUER_ABBREVIATIONS",
    "ISSUER_BAD",
    "ISSUER_CONNECTIVES",
    "ISSUER_STOPS",
    "NOT_TITLES_RE",
    "NUMBER",
    "PLACES",
    "PRESENT_VERBS",
    "RECIPIENTS",
    "SURNAMES",
    "VERB",
]

_PKG = __package__ or "dan_van_extract.awards"

_FORM_KINDS: dict[str, str] = {row[0]: row[1] for row in load_table(_PKG, "data/forms.tsv")}
_ORDER_NAMES = load_lines(_PKG, "data/order_names.txt")
_EMULATION_TITLES = load_lines(_PKG, "data/emulation_titles.txt")
_GRANT_VERBS = load_lines(_PKG, "data/verbs.txt")
_RECEIVE_VERBS = load_lines(_PKG, "data/receive_verbs.txt")
_AWARD_VERBS = load_lines(_PKG, "data/award_verbs.txt")
PRESENT_VERBS = frozenset(v.lower() for v in load_lines(_PKG, "data/present_verbs.txt"))
"""Verbs that only hand an award over (``trao``): a title as their subject is the presenter."""
CUES: dict[str, str] = {row[0]: row[1] for row in load_table(_PKG, "data/negative_cues.tsv")}
"""Negative cue -> its effect (``drop``, ``keep``, ``ignore``)."""
RECIPIENTS: dict[str, str] = {row[0]: row[1] for row in load_table(_PKG, "data/recipients.tsv")}
"""Recipient noun -> ``collectives`` or ``individuals``."""
HEADS: dict[str, str] = {
    row[0].lower(): row[1] for row in load_table(_PKG, "data/issuer_heads.tsv")
}
"""Issuer head (lower case) -> ``org`` or ``position``."""
SURNAMES = vocab.name_anchors()
PLACES = tuple(load_lines(_PKG, "data/places_not_names.txt"))
ISSUER_STOPS = frozenset(load_lines(_PKG, "data/issuer_stops.txt"))
ISSUER_BAD = frozenset(load_lines(_PKG, "data/issuer_bad_words.txt"))
ISSUER_CONNECTIVES = tuple(
    sorted(load_lines(_PKG, "data/issuer_connectives.txt"), key=len, reverse=True)
)
HINTS = tuple(load_lines(_PKG, "data/hints.txt"))
FIRST_PREDICATE_RE = regex.compile(
    rf"(?<![\p{{L}}])(?:{alternation(load_lines(_PKG, 'data/first_predicates.txt'))})(?![\p{{L}}])"
)
"""The verb opening a body's first predicate (``tổng kết``, ``tổ chức``): see
:data:`~dan_van_extract.awards.rules.ISSUER_COORDINATED`."""
ISSUER_ABBREVIATIONS: tuple[tuple[str, str], ...] = tuple(
    sorted(
        (
            (row[0].lower(), row[1].lower())
            for row in load_table(_PKG, "data/issuer_abbreviations.tsv")
        ),
        key=lambda row: len(row[0]),
        reverse=True,
    )
)
"""An issuer's words in full -> their abbreviation (``liên đoàn lao động`` -> ``lđlđ``), the
longest first: issuers compared for one award are read in their short forms."""


def _ci(entries: list[str] | tuple[str, ...]) -> str:
    """A case-insensitive, longest-first alternation of literal entries."""
    return f"(?i:{alternation(list(entries), fold_case=True)})"


NOT_TITLES_RE = regex.compile(
    rf"(?<![\p{{L}}]){_ci(load_lines(_PKG, 'data/not_titles.txt'))}(?![\p{{L}}])"
)
"""Words that make a ``danh hiệu`` a rating (``văn hóa``, ``trong sạch vững mạnh``)."""


def _heads(kind: str) -> str:
    return _ci([head for head, k in _FORM_KINDS.items() if k == kind])


_NAME_STOP = (
    r"(?:cho|của|do|và|vì|về|tại|trong|năm|khi|từ|với|sau|trước|lần|đã|được|đến|tới|nhằm"
    r"|cùng|kèm|là|có|ngày|sáng|chiều|tối|không|nhưng|thì|mà|này|đó|vào)(?![\p{L}])"
)
_NAME_WORD = r"[\p{L}\p{N}][\p{L}\p{N}-]*"
_FREE_WORD = rf"(?:[ \t]+(?!{_NAME_STOP}){_NAME_WORD})"
_QUOTED = r"[“\"‘'][^”\"’'\n]{1,80}[”\"’']"
_RANK = r"(?i:hạng)[ \t]+(?:Nhất|Nhì|Ba|nhất|nhì|ba|NHẤT|NHÌ|BA|III|II|I|hai|Hai)(?![\p{L}])"
_DIGIT_RANK = r"(?(order_name)(?i:hạng)[ \t]+[1-3](?![\p{L}\p{N}])|(?!))"
"""An order's class written as a digit (``Huân chương Lao động hạng 3``): only after the
order's name (a bare ``Huy chương hạng 3`` is as likely a contest's)."""
_CAP_RUN = r"(?!(?i:vàng|bạc|đồng)(?![\p{L}]))\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*){0,3}"
"""An order's name not in the lexicon: capitalised words (not a sports medal's metal)."""
_NOT_A_REASON = (
    r"(?![ \t]+(?:đã[ \t]+)?(?:có[ \t]+)?(?:thành[ \t]+tích|đóng[ \t]+góp|công[ \t]+lao"
    r"|hoàn[ \t]+thành|dũng[ \t]+cảm|xuất[ \t]+sắc|những|nhiều))"
)
_VI_STOP = _NAME_STOP.replace("(?:cho|của|do|và|", "(?:cho|của|do|")
_VI_WORD = (
    rf"(?:[ \t]+(?!{_VI_STOP}|cấp(?![\p{{L}}])"
    rf"|và[ \t]+(?i:bằng|giấy|cờ|huân|huy|kỷ|danh)(?![\p{{L}}])){_NAME_WORD})"
)
"""A word of an award's name: ``và`` may stand inside it (``... nông nghiệp và nông thôn``)."""
_VI_NAME = rf"[“\"][ \t]*[Vv][ìí][^”\"\n]{{1,80}}[”\"]|[Vv][ìí]{_NOT_A_REASON}{_VI_WORD}{{1,12}}"
"""An award's own name: ``"Vì sự nghiệp Dân vận"``, ``Vì an ninh Tổ quốc`` (``ví``: a typo)."""
_GRADES = (
    r"\d{2}(?:[ \t,]+(?:năm|tuổi|và|\d{2})|[ \t]+tuổi[ \t]+[Đđ]ảng(?=[ \t]*(?:,|và)[ \t]*\d)){0,12}"
    r"[ \t]+tuổi[ \t]+[Đđ]ảng"
)
"""A badge's grades: ``45 năm tuổi đảng``, ``45 năm và 50 năm tuổi Đảng``, ``65 năm, 55 năm tuổi
và 50 năm tuổi Đảng``, ``50 năm tuổi Đảng, 45 năm tuổi Đảng và 30 năm tuổi Đảng``."""
_GRADE_RANGE = r"từ[ \t]+\d{2}[ \t]+năm[ \t]+(?:đến|tới)[ \t]+\d{2}[ \t]+năm[ \t]+tuổi[ \t]+[Đđ]ảng"
"""Badges of a range of grades (``huy hiệu từ 30 năm đến 60 năm tuổi đảng``): the Party
badge, given to members of several grades."""
_BADGE_WORDS = r"[Hh]uy[ \t]+hiệu"
"""A badge's word written bare, with no grade or name after it."""
_MEMBERS = r"(?:[Đđ]ảng[ \t]+viên|(?:đồng[ \t]+chí|đ/c)(?:[ \t]+[Đđ]ảng[ \t]+viên)?)"
"""Party members counted as a badge's recipients: a bare ``huy hiệu`` given to them (``14
đồng chí Đảng viên được trao tặng huy hiệu``, ``trao huy hiệu cho 11 đảng viên``) is the
Party badge."""
_PRIZE_NAME = (
    r"\d{1,2}/\d{1,2}(?![\d/])|\p{Lu}\p{L}*(?:[ \t]+\p{Lu}\p{L}*){0,3}"
    r"|[“\"][ \t]*\d{1,2}(?:/\d{1,2}|[ \t]+tháng[ \t]+\d{1,2})[ \t]*[”\"]"
)
"""A prize's own name: capitalised words (``Lý Tự Trọng``) or a day (``26/3``, ``“15 tháng
10”``)."""
_LATE_GRADE = (
    r"(?i:đảng[ \t]+viên|đồng[ \t]+chí|đ/c)[ \t]+(?P<late_grade>\d{2})[ \t]+năm"
    r"[ \t]+tuổi[ \t]+[Đđ]ảng"
)
"""A badge's grade written after its recipient (``trao Huy hiệu cho đảng viên 60 năm tuổi
Đảng``): the badge of that grade."""
_COUNTED_AFTER = r"[ \t]+cho[ \t]+(?:các[ \t]+)?\d"
"""Recipients counted right after a name (``... cho 4 đồng chí``)."""
_ONE_AWARD_VERB = _ci(_AWARD_VERBS)
_AWARD_VERB = rf"{_ONE_AWARD_VERB}(?:(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+|[ \t]+)(?:{_ONE_AWARD_VERB}))?"

FORM_RE = regex.compile(
    r"(?<![\p{L}])(?:"
    rf"(?P<plain>{_heads('plain')})(?:[ \t]+(?P<plain_name>{_VI_NAME}))?"
    rf"|(?P<order>{_heads('order')})(?:[ \t]+(?P<order_name>{_ci(_ORDER_NAMES)}|{_CAP_RUN}))?"
    rf"(?:[ \t]+(?P<rank>{_RANK}|{_DIGIT_RANK}))?"
    rf"|(?P<medal>{_heads('medal')})(?:[ \t]*:?[ \t]*(?P<medal_name>{_VI_NAME}))?"
    rf"|(?P<badge>{_heads('badge')})[ \t]+(?P<badge_name>{_GRADES}|(?P<grade_range>{_GRADE_RANGE})"
    r"|\d{2}[ \t]+năm(?=[ \t]+cho[ \t]|[ \t]*(?:[;.]|và[ \t]|$))"
    rf"|[Đđ]ảng(?:[ \t]+(?P<grade_after>\d{{2}}[ \t]+năm))?"
    rf"|{_QUOTED}|Tuổi[ \t]+trẻ(?:[ \t]+(?!{_NAME_STOP})\p{{Ll}}+){{1,2}}"
    rf"|(?:\p{{Lu}}[\p{{L}}\p{{N}}-]*{_FREE_WORD}{{0,5}}(?={_COUNTED_AFTER})))"
    rf"|(?:(?<={_MEMBERS}[ \t]+được[ \t]+(?:trao[ \t]+tặng|trao|tặng|nhận)[ \t]+)"
    rf"|(?={_BADGE_WORDS}[ \t]+cho[ \t]+\d{{1,4}}[ \t]+{_MEMBERS}))"
    rf"(?P<badge>{_BADGE_WORDS})(?P<members_badge>)"
    rf"|(?={_BADGE_WORDS}[ \t]+cho[ \t]+(?:các[ \t]+)?{_LATE_GRADE})(?P<badge>{_BADGE_WORDS})"
    rf"|(?P<title>{_heads('title')})(?:[ \t]+vinh[ \t]+dự[ \t]+Nhà[ \t]+nước)?[ \t]*:?[ \t]+"
    rf"(?P<title_name>{_QUOTED}|\p{{Lu}}[\p{{L}}\p{{N}}-]*{_FREE_WORD}{{0,7}}"
    rf"|{_ci(_EMULATION_TITLES)}"
    rf"|\p{{Ll}}[\p{{L}}\p{{N}}-]*{_FREE_WORD}{{0,5}}(?={_COUNTED_AFTER}))"
    rf"|(?P<praise>{_heads('praise')})"
    rf"|(?P<prize>{_heads('prize')})[ \t]+(?P<prize_name>{_PRIZE_NAME})"
    rf"|(?P<emulation>{_ci(_EMULATION_TITLES)})"
    rf"|(?P<verb>{_AWARD_VERB})"
    r")(?![\p{L}])"
)
"""An award form with its name (order, medal, badge, title) when the text gives one; an
emulation title; a verb that is the award."""
keyed(FORM_RE, [*_FORM_KINDS, *_EMULATION_TITLES, *_AWARD_VERBS])
# Every form opens with a head of forms.tsv, an emulation title or an award verb: the shared
# word index (:class:`dan_van_extract._scan.WordIndex`) tells where one may start.

NUMBER = r"\d{1,3}(?:\.\d{3})+|\d{1,5}"
_RECIPIENT = alternation(list(RECIPIENTS))
_YEAR = r"(?:19[4-9]\d|20\d\d)(?!\d)"
_PRAISED = r"(?:[ \t]+(?:xuất[ \t]+sắc|tiêu[ \t]+biểu|tiên[ \t]+tiến|điển[ \t]+hình))?"
"""What the recipients of a count are praised as (``20 tập thể xuất sắc, 3 cá nhân``)."""
_ATTACHED = r"(?:[ \t]+trực[ \t]+thuộc(?:[ \t]+\p{Ll}{1,12}){1,4}(?=[ \t]*(?:,|và[ \t])))?"
"""Where the recipients belong, inside a list of counts (``10 chi bộ trực thuộc đảng ủy cơ
sở, 170 đảng viên``)."""
_COUNT_ITEM = rf"(?!{_YEAR})(?:{NUMBER})[ \t]+{_RECIPIENT}(?![\p{{L}}]){_PRAISED}{_ATTACHED}"
_WRAP = r"(?:[ \t]*\n)?[ \t]*"
"""Spaces, and at most one line break: a hard-wrapped line (``01 tập thể và\\n05 cá nhân``)."""
COUNTS_RE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}.,/–-])(?:{_COUNT_ITEM})"
    rf"(?:{_WRAP}(?:,|;|và|cùng(?:[ \t]+với)?|&){_WRAP}(?:{_COUNT_ITEM})){{0,3}}"
    rf"(?:{_WRAP}(?:,|và|&){_WRAP}(?P<other>{_RECIPIENT})(?![\p{{L}}])(?![ \t]*\d)"
    rf"(?![ \t]+(?i:lao[ \t]+động|tiên[ \t]+tiến|xuất[ \t]+sắc))"
    rf"|[ \t]+(?P<mixed>{_RECIPIENT})[ \t]*(?:,|và|&)[ \t]*{_RECIPIENT}(?![\p{{L}}]))?"
)
"""Award counts: ``12 tập thể và 13 cá nhân``; one total for both: ``71 tập thể, cá nhân``,
``397 gương tập thể và cá nhân``, but not ``1.780 cá nhân và tập thể lao động tiên tiến``
(the next award's title). A year is no count (``2030 tập thể``). A line break may stand
beside the joining word (a hard-wrapped line: ``01 tập thể và\\n05 cá nhân``)."""
COUNT_ITEM_RE = regex.compile(rf"(?P<n>{NUMBER})[ \t]+(?P<noun>{_RECIPIENT})")
GRADE_COUNT = rf"[ \t]+(?:(?:có|gồm)[ \t]+)?(?:{NUMBER})[ \t]+{_MEMBERS}(?![\p{{L}}])"
"""Party members counted right after a badge's grade (``Huy hiệu 65 năm tuổi Đảng có 02 đồng
chí``, ``45 năm tuổi Đảng 02 đồng chí``): an item of a breakdown by grade."""

VERB = _ci(list(_GRANT_VERBS))
"""A verb that grants an award (``tặng``, ``trao tặng``, ``khen thưởng``)."""
ANY_VERB = _ci([*_GRANT_VERBS, *_RECEIVE_VERBS, "đạt", "phong", "được"])
"""Any verb that grants or receives an award."""
AWARD_VERB = _AWARD_VERB
ONE_AWARD_VERB_RE = regex.compile(_ONE_AWARD_VERB)
"""One award verb (``biểu dương``), to read the verbs of ``biểu dương, khen thưởng``."""
CUE_RE = keyed(
    regex.compile(
        rf"(?<![\p{{L}}])(?P<cue>(?i:{alternation(list(CUES), fold_case=True)}))(?![\p{{L}}])"
    ),
    CUES,
)
AFTER_ISSUER_RE = regex.compile(
    r"\G[ \t]*(?:(?:lần[ \t]+\d{1,2}|năm[ \t]+\d{4})[ \t]+)?(?P<prep>của|do)[ \t]+"
)
"""``FORM (lần 2) của|do ISSUER``."""
