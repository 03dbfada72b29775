"""Rules of the statistics extractor: every reported quantity, its unit and qualifier.

One pattern (:data:`NUMBER_BLOCK_RE`) finds number blocks in ``ctx.content`` (the text with
furniture blanked): a number, optionally a denominator (``35/71``) or the upper end of a
range (``8-12``, ``21.000 đến 23.000``). For each block the rules then read, in order:

1. the unit right after it (:func:`read_unit`): ``%``; multiplier words (``triệu``,
   ``nghìn tỷ``); a unit or counted noun from ``data/units.tsv`` (longest first, the
   classifier ``lượt`` taking the noun after it; only measures, money and ``%`` may be
   glued to the digits: ``612.500m2``; a measure keeps a ``/x`` when ``measure/x`` is a
   lexicon unit: ``km/h``, ``m3/s``); else a fallback noun of one lowercase word and
   at most two more syllables, stopped by ``data/stopwords.txt``. A block with no unit is
   not a statistic; neither is one whose unit is a duration, an age or an award count
   (``năm``, ``tuổi``, ``tập thể``), nor a compound that only starts like a unit
   (``đồng ý``);
2. the words before it (``data/before_number.tsv``): dates and times (``năm 2020``,
   ``ngày 23``) and ordinals (``số 1034``, ``lần thứ 10``) whatever follows; names
   (``Nghị quyết 35``, ``quận 1``) before a counted noun; a capitalised word in
   mid-sentence (``Sư đoàn 3``, ``Quân khu 5``) also marks a name before a counted noun;
3. local date guards, so the module is right without the dates stage: day/month pairs
   (``23/11``, ``9-6``), years (``2017-2022``, ``5/2025``), numbers glued to codes
   (``1034/QĐ-UBND``, ``Quốc lộ 1A``, ``7h30``);
4. the qualifier before it (``data/qualifiers.tsv``): ``hơn 1.036 tỷ đồng`` -> over.

A bare number followed by ``trong (tổng) số N <unit>`` is a part of a whole, read like
``35/71 xã``: ``314 trong tổng số 650 ghế`` is value 314, total 650, unit ``ghế``.

Spans claimed by earlier stages (dates, award counts) are skipped. A quantity repeated
for the same fact (a caption repeating the body) is reported once.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import NamedTuple, TypeVar

import regex

from .. import _match, gazetteer, vocab
from .._lexicon import alternation, load_lines, load_table
from .._rules import Rule
from ..context import Context
from ..models import Qualifier, Statistic
from .numbers import NUMBER_PATTERN, parse_number

__all__ = ["NUMBER_BLOCK_RE", "UNIT_KINDS", "find_statistics", "read_unit", "run"]

_PKG = __package__ or "dan_van_extract.statistics"

UNIT_KINDS: dict[str, str] = {row[0]: row[1] for row in load_table(_PKG, "data/units.tsv")}
"""Every unit of ``data/units.tsv`` with its kind (``count``, ``measure``, ``duration``...)."""
_NOT_STATISTICS = frozenset({"duration", "age", "award", "word"})
_RECIPIENT_UNITS = frozenset({"tập thể", "cá nhân", "cá nhận"})
"""Award units that count recipients: an award's count only in a sentence that gives one
(:data:`_AWARD_CUE_RE`); else a statistic (``xử lý kỷ luật 14 cá nhân``)."""
_AWARD_CUE_RE = regex.compile(
    rf"(?<![\p{{L}}])(?i:{alternation(load_lines(_PKG, 'data/award_cues.txt'), fold_case=True)})"
)
_GLUED_OK = frozenset({"measure", "currency", "percent"})
_NAME_SENSITIVE = frozenset({"count", "classifier", "fallback", "multiplier"})
_QUALIFIER_VALUES: dict[str, Qualifier] = {"over": "over", "under": "under", "approx": "approx"}
_QUALIFIERS: dict[str, Qualifier] = {
    row[0]: _QUALIFIER_VALUES[row[1]] for row in load_table(_PKG, "data/qualifiers.tsv")
}
_BEFORE: dict[str, str] = {row[0]: row[1] for row in load_table(_PKG, "data/before_number.tsv")}
_STOP = frozenset(load_lines(_PKG, "data/stopwords.txt"))
_NOT_ABBREVIATION_UNITS = frozenset(load_lines(_PKG, "data/not_abbreviation_units.txt"))
_CAPITALISED_UNITS = frozenset(load_lines(_PKG, "data/capitalised_units.txt"))
_CAPITALISED_WORDS = max(len(u.split()) for u in _CAPITALISED_UNITS)
_ABBREVIATION_RE = regex.compile(r"[A-ZĐ]{2,6}")
"""An upper-case abbreviation counted after a number: ``1.000 ĐVTN``, ``16 TCCS``."""
_ABBREVIATION_FIRSTS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZĐ")


def _abbreviation(word: str) -> bool:
    """Whether ``word`` is an upper-case abbreviation (:data:`_ABBREVIATION_RE`); the
    first letter is tested before the pattern is run."""
    return word[:1] in _ABBREVIATION_FIRSTS and bool(_match.fullmatch(_ABBREVIATION_RE, word))


_ADMIN_UNITS = frozenset({"xã", "phường", "thị trấn", "huyện", "quận", "tỉnh", "thôn"})
_CAMPAIGN_RE = regex.compile(
    rf"(?:{alternation(load_lines(_PKG, 'data/campaign_words.txt'), fold_case=True)})"
    r"[ \t]*[\"“][^\"“”\n]{0,80}$"
)
"""``cuộc vận động “... 5 không, 3 sạch``: inside a campaign's quoted name."""
_SLOGAN_RE = regex.compile(
    rf"(?:{alternation(load_lines(_PKG, 'data/slogan_words.txt'))})(?![\p{{L}}\p{{M}}])"
)
"""A slogan word (``data/slogan_words.txt``) after a number: ``3 sạch``, ``4 an toàn``."""
_TY_THEN_MILLIONS_RE = regex.compile(r"\G[ \t]*(?P<m>\d{1,3})(?=[ \t]*triệu(?![\p{L}]))")
"""``2 tỷ 992 triệu đồng``: billions and millions written apart."""

NUMBER_BLOCK_RE = regex.compile(
    r"(?<![\p{L}\p{N}_/:#@])(?<![\p{L}\p{N}][-–.])(?<!\p{N},)"
    rf"(?P<num>{NUMBER_PATTERN})"
    rf"(?:[ \t]?/[ \t]?(?P<den>{NUMBER_PATTERN}))?"
    rf"(?:[ \t]{{0,2}}(?:[-–—~]|đến|tới)[ \t]{{0,2}}(?P<num2>{NUMBER_PATTERN}))?"
    r"(?![\p{N}]|[-/.,:]\d|[-–/]\p{L})"
)
"""A number, optionally with a denominator (``35/71``) or a range end (``8-12``)."""

# -- the rules --------------------------------------------------------------------------------
NUMBER_BLOCK = Rule(
    "statistics.number-block",
    "A number, optionally with a denominator (35/71) or a range end (8-12): a candidate.",
    NUMBER_BLOCK_RE,
)
NUMBER_UNIT = Rule(
    "statistics.number-and-unit",
    "A number and the unit or counted noun after it (units.tsv, else a short noun): "
    "239.841 lượt người, hơn 1.036 tỷ đồng, 612.500m2.",
)
PART_OF_WHOLE = Rule(
    "statistics.part-of-whole",
    "35/71 xã, 314 trong tổng số 650 ghế, 0,94 triệu m3/2,874 triệu m3: a value and its total.",
)
RANGE = Rule("statistics.range", "8-12 ngày, từ 21.000 đến 23.000 tỷ đồng: a range of values.")
RANGE_END = Rule("statistics.range-upper-end", "7 - 7,2%: the upper end is a quantity too.")
CHANGE_FROM = Rule(
    "statistics.change-from",
    "từ 401 xuống còn 208 đơn vị: the number a change starts from counts the unit written "
    "after the number it ends at.",
    regex.compile(
        r"\G[ \t]+(?:xuống[ \t]+còn|xuống|lên[ \t]+(?:đến|tới|thành)|lên)[ \t]+(?:mức[ \t]+)?"
        rf"(?P<to>{NUMBER_PATTERN})(?![\p{{N}}]|[-/.,:]\d)"
    ),
)
_FROM_BEFORE_RE = regex.compile(r"(?<![\p{L}])[Tt]ừ[ \t]+(?:mức[ \t]+)?$")
"""``từ`` (``từ mức``) right before the number a change starts from."""
NO_UNIT = Rule("statistics.no-unit", "A number with no unit or counted noun after it.")
UNIT_EXPONENT = Rule(
    "statistics.unit-exponent",
    "The 2 or 3 of a square or cubic metre written apart (26.500m 2 đất, 1 triệu m 3 bùn): "
    "part of the unit before it, no statistic.",
)
_EXPONENT_BEFORE_RE = regex.compile(r"\d[ \t]*(?:[\p{L}]+[ \t]+)?k?m[ \t]\Z")
"""A number and a metre (``26.500m``, ``1 triệu m``) right before a lone 2 or 3."""
NOT_COUNTED = Rule(
    "statistics.duration-age-or-award",
    "A duration, an age or an award count (năm, tuổi, tập thể): not a statistic.",
)
SLOGAN = Rule(
    "statistics.slogan",
    "A number before a slogan word (gia đình 5 không, 3 sạch; 4 an toàn; 3 sẵn sàng; 2 "
    "giỏi; data/slogan_words.txt): part of a movement's name, no count.",
    _SLOGAN_RE,
)
DATE_OR_ORDINAL = Rule(
    "statistics.date-or-ordinal-before",
    "A date or an ordinal word before the number (năm 2020, ngày 23, số 1034, lần thứ 10).",
)
NAME_BEFORE = Rule(
    "statistics.name-before",
    "A name before a counted noun's number (Nghị quyết 35, quận 1, Sư đoàn 3).",
)
_RANKING_RE = regex.compile(r"(?<![\p{L}\p{N}])(?:1|một|Một)[ \t]+trong[ \t]+$")
RANKING = Rule(
    "statistics.ranking",
    "The whole of a ranking (1 trong 50 điểm đến hấp dẫn nhất thế giới): a name, no count.",
    _RANKING_RE,
)
RANKING_REACH = 60
"""How far after the whole of a ranking its superlative (``nhất``) is looked for."""
_SUPERLATIVE_RE = regex.compile(r"[^,.;:!?()\n]*?(?<![\p{L}])nhất(?![\p{L}])")
LISTED_AFTER_NAME = Rule(
    "statistics.listed-after-name",
    "The last number of a list that a name word opens (các khối lớp 1, 2, 3 uống sữa; "
    "tổ 42, 52 phường): names, like the first one.",
    regex.compile(
        r"(?<![\p{L}\p{M}])(?P<cue>[\p{L}\p{M}]+)[ \t]+\d{1,3}(?:,[ \t]+\d{1,3})*"
        r"(?:,[ \t]+|[ \t]+và[ \t]+)\Z",
        regex.REVERSE,
    ),
)
LIST_REACH = 40
"""How far before a number the list a name word opens is looked for."""
YEAR = Rule("statistics.year", "A year (2017-2022, năm 2020 tỉnh): not a quantity.")
MALFORMED = Rule(
    "statistics.malformed-number",
    "Digits grouped as no quantity is (0912.345.678, 15.10.1930, km 150+400).",
)
DATE_LIKE = Rule("statistics.date-like", "23/11, 5/2025, 9-6: a date written as numbers.")
CLAIMED = Rule(
    "statistics.claimed", "A number inside a date, a period, a clock time or an award count."
)
REPEATED = Rule(
    "statistics.repeated",
    "The same fact again in another sentence (a caption repeating the body): reported once; "
    "one sentence naming a value twice (5 người bị khai trừ, 5 người bị cách chức) gives two.",
)

_WORD_CHARS = r"[^\s,.;:!?()\[\]{}“”\"'‘’/…]"
_UNIT_WORDS_RE = regex.compile(
    rf"\G(?P<sp>[ \t]{{0,2}})(?:[\"“](?=\p{{L}}))?"
    rf"(?P<words>{_WORD_CHARS}{{1,24}}(?:[ \t]{_WORD_CHARS}{{1,24}}){{0,5}})"
)
"""Up to six words after a number, stopping at punctuation (the clause ends there); the
counted noun may stand in quotation marks (``17 "điểm đen"``)."""
_NO_WORDS_AT = frozenset(",.;:!?()[]{}”'‘’/…\n")
"""Marks :data:`_UNIT_WORDS_RE` cannot start at: no blank, no opening quotation mark and
no word character (a quarter of the numbers end a clause: ``12 xã,``, ``(2020)``)."""
_MULTIPLIERS = frozenset(vocab.multipliers())


def _multiplier_spellings() -> dict[str, str]:
    """Each multiplier word -> the first word of ``multipliers.tsv`` with its factor (``tỉ``
    -> ``tỷ``, ``ngàn`` -> ``nghìn``): one fact written both ways is one fact."""
    first: dict[float, str] = {}
    for word, factor in vocab.multipliers().items():
        first.setdefault(factor, word)
    return {word: first[factor] for word, factor in vocab.multipliers().items()}


_MULTIPLIER_SPELLING = _multiplier_spellings()
_UNIT_KIND_BY_WORDS: dict[tuple[str, ...], str] = {
    tuple(unit.split(" ")): kind for unit, kind in UNIT_KINDS.items()
}
"""Each unit as the tuple of its words -> its kind: a slice of the words after a number
is looked up whole, with no string joined for each entry that starts like it."""
_lengths_by_first: dict[str, set[int]] = {}
for _words in _UNIT_KIND_BY_WORDS:
    _lengths_by_first.setdefault(_words[0], set()).add(len(_words))
_UNIT_LENGTHS: dict[str, tuple[int, ...]] = {
    first: tuple(sorted(ns, reverse=True)) for first, ns in _lengths_by_first.items()
}
"""The word counts of the units each first word opens, longest first."""
_LISTED_UNIT_RE = regex.compile(
    r"\G,[ \t]*(?P<a>\p{Ll}[\p{L}\p{M}]*)(?:[ \t](?P<b>\p{Ll}[\p{L}\p{M}]*))?"
    r"(?:[ \t](?P<c>\p{Ll}[\p{L}\p{M}]*))?"
)
"""``, phòng`` after ``32 khoa``: one more counted noun of a list (one or two words)."""
_LISTED_UNITS = frozenset(load_lines(_PKG, "data/listed_units.txt"))
_LEGAL_TEXT_RE = regex.compile(
    rf"(?:{alternation(load_lines(_PKG, 'data/legal_texts.txt'), fold_case=True)})"
    r"(?![\p{L}\p{M}])",
    regex.IGNORECASE,
)
"""A law or a legal text (``data/legal_texts.txt``): after ``điều 229``, the number is the
article's (``điều 229 bộ luật Hình sự``)."""
_MARK_AFTER_RE = regex.compile(r"\G[ \t]*(?:[,.;:)]|$)")
MAX_LISTED_UNITS = 4
_SLASH_TAIL_RE = regex.compile(r"\G/[\p{L}\p{N}]{1,4}(?![\p{L}\p{N}])")
"""The ``/h`` of ``km/h``: read when the whole ``measure/x`` is a lexicon unit."""
_SAME_TOTAL_RE = regex.compile(rf"\G[ \t]?/[ \t]?(?P<den>{NUMBER_PATTERN})")
_AMONG_RE = regex.compile(
    rf"\G[ \t]+trong[ \t]+(?P<so>(?:tổng[ \t]+)?số[ \t]+)?(?P<den>{NUMBER_PATTERN})"
    r"(?![\p{N}]|[-/.,:]\d)"
)
"""``314 trong tổng số 650 ghế``, ``6 trong 7 phương án``: the part and the whole, as
``35/71 xã``."""
_YEAR_RE = regex.compile(r"(?:19|20)\d\d\Z")
_SENTENCE_OPENERS = frozenset(".!?:;\n\"“'‘(-–")
_TRAILING_PUNCT = ",.;:!?)”\"'’…-–"
_LEADING_PUNCT = "(“\"'‘[-–"
_V = TypeVar("_V")


class UnitMatch(NamedTuple):
    """The unit read after a number: its text (normal form), kind and end offset (a named
    tuple: one is made for nearly every number, and a tuple is the cheapest to make)."""

    text: str
    kind: str
    start: int
    end: int


def _fallback_words(words: list[str], start: int, limit: int) -> int:
    """How many of ``words[start:]`` make an unknown counted noun (stop words end it)."""
    i = start
    while i < len(words) and i - start < limit:
        word = words[i]
        pair = f"{word} {words[i + 1]}" if i + 1 < len(words) else ""
        if not (word.isalpha() and word.islower()) or word in _STOP or pair in _STOP:
            break
        if word in UNIT_KINDS and i == start + 1:
            i += 1  # "văn phòng", "toa xe": a unit word closing a two-syllable compound
            break
        if word in UNIT_KINDS or (i == start and len(word) < 2):
            break
        i += 1
    return i - start


def _lexicon_unit(words: list[str], start: int) -> tuple[str, int] | None:
    """The longest unit of the lexicon starting at ``words[start]``: ``(kind, end index)``."""
    if start >= len(words):
        return None
    left = len(words) - start
    for n in _UNIT_LENGTHS.get(words[start], ()):
        if n > left:
            continue  # (a shorter slice could be another, shorter unit)
        kind = _UNIT_KIND_BY_WORDS.get(tuple(words[start : start + n]))
        if kind is not None:
            return kind, start + n
    return None


def _capitalised_unit(lowered: list[str], i: int) -> tuple[str, int] | None:
    """A counted noun of ``data/capitalised_units.txt`` written capitalised at ``lowered[i]``
    (the words lower-cased): its kind and where it ends, the longest entry first."""
    for n in range(_CAPITALISED_WORDS, 0, -1):
        phrase = " ".join(lowered[i : i + n])
        if phrase in _CAPITALISED_UNITS:
            known = _lexicon_unit(lowered, i)
            return known if known is not None and known[1] == i + n else ("count", i + n)
    return None


def read_unit(text: str, pos: int) -> UnitMatch | None:
    """The unit that follows a number ending at ``pos``, or None.

    >>> read_unit("7.135 lượt người tham gia", 5).text
    'lượt người'
    >>> read_unit("612.500m2 đất", 7).text, read_unit("1.036 tỷ đồng", 5).text
    ('m2', 'tỷ đồng')
    >>> read_unit("371 thẻ hội viên mới", 3).text, read_unit("40 triệu.", 2).text
    ('thẻ hội viên', 'triệu')
    >>> read_unit("60 km/h.", 2).text, read_unit("6 đ/c được trao", 1).text
    ('km/h', 'đ/c')
    >>> read_unit("Quốc lộ 1A", 9) is None, read_unit("lúc 7h30", 5) is None
    (True, True)
    """
    if text[pos : pos + 1] in _NO_WORDS_AT:
        return None  # (nor a "%": it would have to be at pos, after blanks only)
    pct = text.find("%", pos, pos + 3)
    if pct != -1 and not text[pos:pct].strip(" \t"):
        return UnitMatch("%", "percent", pct, pct + 1)  # "100,41%NQ": glued to what follows
    m = _match.match(_UNIT_WORDS_RE, text, pos, min(len(text), pos + 160))
    if m is None:
        return None
    words = m.group("words").split(" ")
    spaced = bool(m.group("sp"))
    i = 0
    while i < len(words) and i < 2 and words[i] in _MULTIPLIERS:
        i += 1
    found = _lexicon_unit(words, i)
    if i and found is not None and found[0] == "word" and UNIT_KINDS.get(words[i]) == "currency":
        found = ("currency", i + 1)  # "412 tỷ đồng phục vụ": after a magnitude, money
    if found is None and i < len(words) and words[i][:1].isupper():
        lowered = [*words[:i], *(w.lower() for w in words[i : i + _CAPITALISED_WORDS])]
        capital = _capitalised_unit(lowered, i)  # "2.384 Đảng viên", "22 Sở": capitalised
        if capital is not None:
            found = capital
        elif i + 1 == len(words) and spaced:  # "15 Đ/c": a unit with a slash, capitalised
            tail = _match.match(_SLASH_TAIL_RE, text, m.end("words"), m.end("words") + 6)
            slashed = f"{words[i]}{tail.group()}" if tail is not None else ""
            if slashed.lower() in UNIT_KINDS:
                unit = " ".join([*words[:i], slashed])
                start = m.start("words")
                return UnitMatch(unit, UNIT_KINDS[slashed.lower()], start, start + len(unit))
        abbreviated = _abbreviation(words[i]) and words[i] not in _NOT_ABBREVIATION_UNITS
        if found is None and spaced and abbreviated:
            start = m.start("words") + len(" ".join(words[:i])) + (1 if i else 0)
            unit = " ".join(words[: i + 1])
            return UnitMatch(unit, "count", m.start("words"), start + len(words[i]))
    if found is not None:
        kind, j = found
        if not (spaced or i or kind in _GLUED_OK):
            return None  # 7h30: a glued letter that is not a measure
        if kind == "classifier":  # lượt + the noun it counts
            noun = _lexicon_unit(words, j)
            if noun is not None and noun[0] == "count":
                j = noun[1]
            else:
                j += _fallback_words(words, j, 2)
            kind = "count"
    elif not (spaced or i):
        return None  # 1A, 5G: glued letters
    else:
        n = _fallback_words(words, i, 3)
        kind, j = ("fallback", i + n) if n else ("multiplier", i)
        if not j:
            return None
    unit = " ".join(words[:j])
    start = m.start("words")
    if kind in ("count", "fallback") and j == len(words):
        # "32 khoa, phòng, ban": a list of counted nouns, the unit as written
        end = start + len(unit)
        for _ in range(MAX_LISTED_UNITS):
            nxt = _listed_unit_end(text, end)
            if nxt is None:
                break
            end = nxt
        if end > start + len(unit):
            return UnitMatch(text[start:end], kind, start, end)
    if j == len(words) and text.startswith("/", start + len(unit)):
        # km/h, m3/s, đ/c (đồng chí): the word stopped at "/"
        tail = _match.match(_SLASH_TAIL_RE, text, start + len(unit), start + len(unit) + 6)
        if tail is not None and f"{words[-1]}{tail.group()}" in UNIT_KINDS:
            unit += tail.group()
            kind = UNIT_KINDS[words[-1] + tail.group()]
    return UnitMatch(unit, kind, start, start + len(unit))


def _listed_unit_end(text: str, pos: int) -> int | None:
    """Where one more counted noun of a list after ``pos`` ends (``, phòng``, ``, thị
    trấn``), or None: a noun of the lexicon, or a word alone before a mark."""
    if not text.startswith(",", pos):
        return None  # (_LISTED_UNIT_RE opens with the comma)
    m = _match.match(_LISTED_UNIT_RE, text, pos, pos + 40)
    if m is None or m.group("a") in _STOP:
        return None
    candidates = [(m.group("a"), m.end("a"))]
    if m.group("b") is not None:
        pair = f"{m.group('a')} {m.group('b')}"
        if pair in UNIT_KINDS and pair not in _LISTED_UNITS:
            return None  # "tờ rơi, tổ chức 2.465 ca": "tổ chức", another word
        candidates.insert(0, (pair, m.end("b")))
        if m.group("c") is not None:
            candidates.insert(0, (f"{pair} {m.group('c')}", m.end("c")))
    for words, end in candidates:
        if words in _LISTED_UNITS or (
            " " not in words and _match.match(_MARK_AFTER_RE, text, end, end + 4)
        ):
            return end
    return None


def _listed_after_name(text: str, pos: int) -> bool:
    """Whether the number at ``pos`` ends a list of small numbers that a name word of
    ``data/before_number.tsv`` opens (``lớp 1, 2, 3``, ``quận 1, 3 và 10``)."""
    before = text[pos - 1 : pos]
    if before not in (" ", "\t"):
        return False
    # (the pattern ends with a comma or "và" and blanks: looked for first)
    if not text[max(0, pos - LIST_REACH) : pos].rstrip(" \t").endswith((",", "và")):
        return False
    found = LISTED_AFTER_NAME.search(text, max(0, pos - LIST_REACH), pos)
    # Only a name word: after a date ("tháng 8, 18 người") the comma ends a clause.
    return found is not None and _BEFORE.get(found.group("cue").lower()) == "name"


def _previous_words(text: str, pos: int) -> list[tuple[str, int]]:
    """Up to three words right before ``pos`` in the same clause, as ``(word, start)``.

    Punctuation ends the clause: a word ending with a comma is not taken, a word opening
    with a bracket or a quotation mark is the last one taken (without the mark).
    """
    if pos >= 2 and text[pos - 1] in "-–" and text[pos - 2] == " ":
        pos -= 1  # "Covid -19": the dash is glued to the number, the name stands before
    if pos == 0 or not text[pos - 1].isspace():
        return []
    window_start = max(0, pos - 48)
    window = text[window_start:pos]
    tokens = window.rsplit(None, 3)  # the last three words (and the rest, if any, first)
    if len(tokens) == 4:
        parts = tokens[1:]
    else:
        cut = window_start > 0 and not window[0].isspace() and not text[window_start - 1].isspace()
        parts = tokens[1:] if tokens and cut else tokens  # the first one was cut by the window
    kept: list[tuple[str, int]] = []
    end = len(window)
    for word in reversed(parts):
        at = window.rfind(word, 0, end)
        end = at
        if word[-1] in _TRAILING_PUNCT:
            break
        stripped = word.lstrip(_LEADING_PUNCT)
        if stripped:
            kept.append((stripped, window_start + at + len(word) - len(stripped)))
        if stripped != word:
            break
    kept.reverse()
    return kept


def _sentence_initial(text: str, pos: int) -> bool:
    """Whether the word starting at ``pos`` opens a sentence or a quotation."""
    before = text[max(0, pos - 4) : pos].rstrip(" \t")
    return not before or before[-1] in _SENTENCE_OPENERS


def _last_words(table: Mapping[str, object]) -> frozenset[str]:
    """The last word of every entry of ``table``."""
    return frozenset(key.rsplit(" ", 1)[-1] for key in table)


_QUALIFIER_ENDS = _last_words(_QUALIFIERS)
_BEFORE_ENDS = _last_words(_BEFORE)


def _lookup(
    lowered: list[str], table: Mapping[str, _V], longest: int, ends: frozenset[str]
) -> tuple[_V, int] | None:
    """The entry of ``table`` matching the last 1..``longest`` words (lower case), longest
    first, and how many words it takes. ``ends`` holds the last words of the entries
    (:func:`_last_words`): a last word outside it (most words before a number) ends no
    entry, and no key is built."""
    if not lowered or lowered[-1] not in ends:
        return None
    for n in range(min(longest, len(lowered)), 0, -1):
        key = " ".join(lowered[-n:])
        if key in table:
            return table[key], n
    return None


def _slogan(text: str, unit: UnitMatch) -> bool:
    """Whether the unknown word read after a number is a slogan word, all of an entry or
    its start: ``3 sạch``, ``4 an`` of ``4 an toàn`` (``toàn`` is a stop word); not ``4 an
    ninh``, whose unit runs past the entry."""
    m = SLOGAN.match(text, unit.start, min(len(text), unit.start + 40))
    if m is None:
        return False
    entry = m.group()
    return entry == unit.text or entry.startswith(unit.text + " ")


SHOUT_REACH = 32
"""How far around a number the words of an upper-case line are read (:func:`_shouted`)."""
SHOUT_WORDS = 2
_SHOUT_MIN_LETTERS = 6


def _shouted(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` stands in words written in capitals (a portal's
    headline: ``Ủy ban MTTQ huyện : KHÁNH THÀNH 02 NHÀ ĐẠI ĐOÀN KẾT``): the
    :data:`SHOUT_WORDS` words on each side, on its line, have no lower-case letter and
    one of them on each side two letters or more. Its unit is then read in lower case, and
    its capitalised words mark no name."""
    if start < 3 or not text[start - 1].isspace() or text[start - 2].islower():
        return False  # (tested first: no lower-case letter right before the number)
    lo, hi = max(0, start - SHOUT_REACH), min(len(text), end + SHOUT_REACH)
    before = text[lo:start].split("\n")[-1].split()[-SHOUT_WORDS:]
    after = text[end:hi].split("\n")[0].split()[:SHOUT_WORDS]
    if len(before) < SHOUT_WORDS or len(after) < SHOUT_WORDS:
        return False
    words = [w.strip(_TRAILING_PUNCT + _LEADING_PUNCT) for w in (*before, *after)]
    letters = "".join(words)
    return (
        len(letters) >= _SHOUT_MIN_LETTERS
        and letters.isalpha()
        and letters.isupper()
        and any(len(w) >= 2 for w in words[:SHOUT_WORDS])
        and any(len(w) >= 2 for w in words[SHOUT_WORDS:])
    )


_CAMPAIGN_REACH = 120
"""How far before a number a campaign's quoted name may open."""


def _in_campaign_name(text: str, pos: int) -> bool:
    """Whether the number at ``pos`` stands inside a campaign's quoted name (``cuộc vận
    động “... 5 không, 3 sạch``); the pattern is only run when a quotation mark is near."""
    start = max(0, pos - _CAMPAIGN_REACH)
    if text.find('"', start, pos) == -1 and text.find("“", start, pos) == -1:
        return False
    return _match.search(_CAMPAIGN_RE, text, start, pos) is not None


def _plain_year(token: str | None) -> bool:
    """Whether ``token`` is a year, 19xx or 20xx (four characters, tested first)."""
    return token is not None and len(token) == 4 and bool(_YEAR_RE.match(token))


def _is_name(text: str, words: list[tuple[str, int]]) -> bool:
    """A capitalised word right before the number, in mid-sentence: ``Quân khu 5``; not
    the end of a person's full name (``ông Huỳnh Văn Hùng 30 phiếu``: a count of his)."""
    word, start = words[-1]
    return word[:1].isupper() and not _sentence_initial(text, start) and not _person_before(words)


_PLACE_TYPE_ENDS = frozenset({"huyện", "xã", "tỉnh", "phường", "quận", "TP", "trấn", "phố"})
"""The last word of a place's type word (``thị xã``, ``thành phố``), written before its name."""


def _place_before(words: list[tuple[str, int]]) -> bool:
    """The words before the number end with a district's or province's name written after
    its type word (``huyện Ea Súp``) or of two words or more (``Buôn Ma Thuột``): with a
    unit of the lexicon after it, the number counts something of the place's (``Quảng Điền
    232 hộ``), while a name of a thing after a place takes a code and a free word
    (``giàn khoan Hải Dương 981 trái phép``, ``nhà máy Ninh Thuận 1 đặt tại``)."""
    names = [w for w, _ in words]
    for i in range(len(names)):
        n = len(names) - i
        if gazetteer.starts_with_place(names[i:]) == n and (
            n >= 2 or (i > 0 and names[i - 1] in _PLACE_TYPE_ENDS)
        ):
            return True
    return False


def _person_before(words: list[tuple[str, int]]) -> bool:
    """Three capitalised words opening with a surname right before the number: a person's
    full name (``Huỳnh Văn Hùng``), not a body's (``Quân khu``)."""
    return (
        len(words) == 3
        and words[0][0] in vocab.surnames()
        and all(w[:1].isupper() and w[1:].islower() for w, _ in words)
        and gazetteer.starts_with_place([w for w, _ in words]) == 0  # "Hà Nội Landmark 51"
    )


def _same_unit_total(text: str, unit: UnitMatch) -> tuple[float, int] | None:
    """``0,94 triệu m3/2,874 triệu m3``: the denominator and the end of its unit."""
    if text.find("/", unit.end, unit.end + 3) == -1:
        return None  # (_SAME_TOTAL_RE opens with a slash, at most one blank away)
    m = _match.match(_SAME_TOTAL_RE, text, unit.end, min(len(text), unit.end + 40))
    if m is None:
        return None
    after = m.end() + (1 if text[m.end() : m.end() + 1] == " " else 0)
    if not text.startswith(unit.text, after):
        return None
    try:
        return parse_number(m.group("den"), unit_hint=unit.text), after + len(unit.text)
    except ValueError:
        return None


class _Found(NamedTuple):
    """A statistic read from a number block (normal-form offsets), before its model (a
    named tuple, the cheapest to make)."""

    value: float
    unit: str
    qualifier: Qualifier | None
    total: float | None
    value_max: float | None
    start: int
    end: int
    rule: Rule
    context: str = ""
    """The words around it, lower case: two mentions are one fact only if they agree."""

    @property
    def key(self) -> tuple[float, str, str | None, float | None, float | None, str]:
        """What makes two mentions the same fact: the same quantity in the same words
        (a caption repeating the body), not two facts that share a value (``100% đảng
        viên``, ``100% cán bộ``)."""
        return (
            self.value,
            _unit_key(self.unit),
            self.qualifier,
            self.total,
            self.value_max,
            self.context,
        )


@lru_cache(maxsize=1024)
def _unit_key(unit: str) -> str:
    """A unit in lower case with each multiplier word spelt one way (``tỉ`` -> ``tỷ``),
    as :attr:`_Found.key` compares units (kept for the few hundred units seen most)."""
    return " ".join(_MULTIPLIER_SPELLING.get(w, w) for w in unit.lower().split())


def _read_block(ctx: Context, m: regex.Match[str]) -> _Found | Rule:
    """The statistic a number block stands for, or the rule that says it is not one."""
    content = ctx.content
    m_start, m_end = m.span()
    num, den, num2 = m.group("num"), m.group("den"), m.group("num2")
    if num in ("2", "3") and _match.search(
        _EXPONENT_BEFORE_RE, content, max(0, m_start - 16), m_start
    ):
        return UNIT_EXPONENT
    if m_start >= 2 and content[m_start - 1] == "+" and content[m_start - 2].isdigit():
        return MALFORMED  # "km 150+400 cao tốc": a road's kilometre marker
    unit = read_unit(content, m_end)
    # (whether the number is shouted, _shouted, is read only where a rule asks)
    if unit is None and _shouted(content, m_start, m_end):
        unit = read_unit(ctx.analysis.lower, m_end)  # BÀN GIAO 02 NHÀ ĐẠI ĐOÀN KẾT
    among = False
    if unit is None and den is None and num2 is None and "trong" in content[m_end : m_end + 40]:
        # (_AMONG_RE reads "trong" within its 40 characters: looked for first)
        part = _match.match(_AMONG_RE, content, m_end, min(len(content), m_end + 40))
        if part is not None and (num != "1" or part.group("so") is not None):
            # "6 trong 7 phương án", "1 trong số 465": a part and its whole ("1 trong 3 xã",
            # one of three, names the three: read from the 3)
            den, among = part.group("den"), True
            unit = read_unit(content, part.end())
    if unit is None and den is None and num2 is None:
        unit, changed = _change_unit(content, m), True
    else:
        changed = False
    if unit is None:
        return NO_UNIT
    if unit.kind in _NOT_STATISTICS and unit.text not in _RECIPIENT_UNITS:
        return NOT_COUNTED  # (recipients are judged by their sentence: find_statistics)
    if unit.kind == "fallback" and _slogan(content, unit):
        return SLOGAN  # gia đình “5 không, 3 sạch”, “4 an toàn”: a movement's name
    if (
        not among
        # (_RANKING_RE ends with "trong" right before the number: looked for first)
        and content.find("trong", max(0, m_start - 14), m_start) != -1
        and _match.search(_RANKING_RE, content, max(0, m_start - 14), m_start)
        and _match.match(_SUPERLATIVE_RE, content, unit.end, unit.end + RANKING_REACH)
    ):
        return RANKING  # "1 trong 50 điểm đến hấp dẫn nhất": a ranking's name
    words = _previous_words(content, m_start)
    if (
        unit.kind in _NAME_SENSITIVE
        # not a unit opening with a multiplier: "vào lớp 1, 91 nghìn học sinh" is a count
        and unit.text.split(" ", 1)[0] not in _MULTIPLIERS
        and _listed_after_name(content, m_start)
    ):
        return LISTED_AFTER_NAME
    lowered = [word.lower() for word, _ in words]
    qualified = _lookup(lowered, _QUALIFIERS, 2, _QUALIFIER_ENDS)
    qualifier, taken = qualified if qualified is not None else (None, 0)
    if qualified is None:
        cue = _lookup(lowered, _BEFORE, 3, _BEFORE_ENDS)
        effect = cue[0] if cue is not None else None
        if effect == "always":
            return DATE_OR_ORDINAL  # năm 2020, ngày 23, số 1034, lần thứ 10
        if effect == "article":
            if _match.match(_LEGAL_TEXT_RE, content, unit.start):
                return NAME_BEFORE  # điều 229 bộ luật Hình sự (but "điều 40 xe": 40 vehicles)
            effect = None  # read as any other word before a number ("Điều 4 Quyết định")
        if unit.kind in _NAME_SENSITIVE and (
            effect == "name"
            or (
                effect is None
                and words
                and _is_name(content, words)
                and not _shouted(content, m_start, m_end)  # every word of an upper-case
                # line is capitalised
                and not _counts_units(words, unit)
                and not (unit.kind != "fallback" and _place_before(words))
            )
        ):
            return NAME_BEFORE  # lần thứ 10, Nghị quyết 35, Sư đoàn 3, Chương trình 135
    if _abbreviation(unit.text) and words and _abbreviation(words[-1][0]):
        return NAME_BEFORE  # "tàu cá NA 95899 TS": a registration, letters on both sides
    if _in_campaign_name(content, m_start):
        return NAME_BEFORE  # cuộc vận động “... 5 không, 3 sạch”: part of a name
    lexical = unit.kind not in ("fallback", "multiplier")
    if _plain_year(num) and not (
        lexical
        and den is None
        and num2 is None
        and not unit.text[:1].isupper()
        and not _shouted(content, m_start, m_end)
    ):
        return YEAR  # years: 2017-2022, năm 2020 tỉnh, "Hi vọng 2019 UBND điều hành ..."
    if unit.text == "tỷ" and den is None and num2 is None:
        millions = _match.match(_TY_THEN_MILLIONS_RE, content, unit.end, unit.end + 24)
        rest = read_unit(content, millions.end()) if millions is not None else None
        if millions is not None and rest is not None and rest.text.startswith("triệu"):
            # "2 tỷ 992 triệu đồng" is 2.992 triệu đồng
            try:
                value = parse_number(num) * 1000 + int(millions.group("m"))
            except ValueError:
                return MALFORMED
            start = words[-taken][1] if taken else m_start
            return _Found(
                value,
                rest.text,
                qualifier,
                None,
                None,
                start,
                rest.end,
                NUMBER_UNIT,
                _context(content, rest.end),
            )
    try:
        value = parse_number(num, unit_hint=unit.text)
        total = parse_number(den, unit_hint=unit.text) if den else None
        value_max = parse_number(num2, unit_hint=unit.text) if num2 else None
    except ValueError:
        return MALFORMED  # 0912.345.678, 15.10.1930
    if total is not None:
        if _plain_year(den) or value > total:
            return DATE_LIKE  # 5/2025, 23/11: dates
        if len(num) <= 2 and total <= 12 and not (lexical or among):
            return DATE_LIKE  # 3/5 with no counted noun: a date
    if value_max is not None and (value_max <= value or _plain_year(num2)):
        return DATE_LIKE  # 9-6, 11-6: dates
    start, end = m_start, unit.end
    if taken:
        start = words[-taken][1]
    elif value_max is not None and words and words[-1][0].lower() == "từ":
        start = words[-1][1]  # từ 21.000 đến 23.000 tỷ đồng
    rule = PART_OF_WHOLE if total is not None else RANGE if value_max is not None else NUMBER_UNIT
    if changed:
        rule = CHANGE_FROM
    if total is None and value_max is None:
        same = _same_unit_total(content, unit)
        if same is not None:
            total, end = same
            rule = PART_OF_WHOLE
    return _Found(
        value,
        unit.text,
        qualifier,
        total,
        value_max,
        start,
        end,
        rule,
        _context(content, end),
    )


_CONTEXT_WORDS_RE = regex.compile(r"[\p{L}\p{M}\p{N}]+")
CONTEXT_WORDS = 3
"""How many words after a quantity tell one fact from another."""


def _context(text: str, end: int) -> str:
    """For a percentage ending at ``end``, the words after it, lower case (``đảng viên
    đăng ký`` after ``100%``): what it is a share of. A title or a caption restating the
    body writes them again; another fact (``100% cán bộ``) does not. A counted noun names
    its thing itself (``2 nhà đầu tư``): the same value of it is the same fact."""
    if not text.startswith("%", end - 1):
        return ""
    return " ".join(_match.findall(_CONTEXT_WORDS_RE, text[end : end + 60])[:CONTEXT_WORDS]).lower()


def _counts_units(words: list[tuple[str, int]], unit: UnitMatch) -> bool:
    """``chủ tịch UBND 08 xã``, ``Ủy ban MTTQ Việt Nam 06 huyện``: a body (upper-case, or
    ending in ``Việt Nam``) before a number of communes counts them (it names none)."""
    if unit.text.split(",")[0] not in _ADMIN_UNITS:
        return False
    word = words[-1][0]
    if word.isupper() and len(word) >= 2:
        return True
    return len(words) >= 2 and word == "Nam" and words[-2][0] == "Việt"


def _change_unit(content: str, m: regex.Match[str]) -> UnitMatch | None:
    """For a number with no unit after ``từ`` that a change starts from (``từ 401 xuống
    còn 208 đơn vị``, ``từ 82 lên 101 triệu đồng``), the unit of the number it ends at."""
    lo = max(0, m.start() - 10)
    # (_FROM_BEFORE_RE reads the "ừ" of "từ" in the window: looked for first)
    if content.find("ừ", lo, m.start()) == -1:
        return None
    if not _match.search(_FROM_BEFORE_RE, content, lo, m.start()):
        return None
    to = CHANGE_FROM.match(content, m.end(), min(len(content), m.end() + 40))
    return read_unit(content, to.end()) if to is not None else None


def _upper_end(ctx: Context, m: regex.Match[str], stat: _Found) -> _Found | None:
    """The upper end of a range as a quantity of its own: ``7 - 7,2%`` also reports
    ``7,2%`` (the range itself stays one item, with ``value_max``)."""
    if stat.value_max is None or m.group("num2") is None:
        return None
    unit = read_unit(ctx.content, m.end())
    if unit is None:
        return None
    return _Found(stat.value_max, stat.unit, None, None, None, m.start("num2"), unit.end, RANGE_END)


_READ_BEFORE = 56
_READ_AFTER = 420
"""A block's reading depends on at most this many characters before it (the words before
the number) and after it (the unit, ``trong tổng số N``, a total in the same unit)."""
_MEMO_FROM = 32
"""Blocks read before the memo is used: an article has a dozen, where keying each costs
more than reading it; a list or a table repeating one block has thousands."""


def _read_block_memo(
    ctx: Context, m: regex.Match[str], memo: dict[tuple[str, str, str], tuple[int, _Found | Rule]]
) -> _Found | Rule:
    """:func:`_read_block`, read once for each distinct window: the reading depends on the
    window alone (every rule looks a bounded way), so a block repeated a thousand times
    in a list or a table is read once."""
    content = ctx.content
    a, b = m.span()
    key = (content[max(0, a - _READ_BEFORE) : a], m.group(), content[b : b + _READ_AFTER])
    seen = memo.get(key)
    if seen is None:
        found = _read_block(ctx, m)
        memo[key] = (a, found)
        return found
    first, found = seen
    if isinstance(found, _Found) and first != a:
        return found._replace(start=found.start - first + a, end=found.end - first + a)
    return found


def find_statistics(ctx: Context) -> list[Statistic]:
    """Every statistic in the content parts of the document, repeats dropped, in order."""
    found: list[Statistic] = []
    # each fact's key -> the sentences it was read in
    seen: dict[tuple[float, str, str | None, float | None, float | None, str], set[int]] = {}
    memo: dict[tuple[str, str, str], tuple[int, _Found | Rule]] = {}
    taken_to = 0
    read = 0
    content = ctx.content
    analysis = ctx.analysis
    claims = list(ctx.claims.values())  # (as ctx.is_claimed asks them; none is added here)
    for m in NUMBER_BLOCK.finditer(content):
        a, b = m.span()
        if a < taken_to:
            continue  # inside the last quantity read ("2 tỷ 992 triệu đồng")
        claimed = False
        for index in claims:  # (a loop, not any() over a generator: a claim or two)
            if index.overlaps(a, b):
                claimed = True
                break
        if claimed:
            ctx.rejected(CLAIMED, "statistic", a, b)
            continue
        stat = _read_block(ctx, m) if read < _MEMO_FROM else _read_block_memo(ctx, m, memo)
        read += 1
        if isinstance(stat, Rule):
            ctx.rejected(stat, "statistic", a, b)
            continue
        # (a range's upper end is a quantity too: _upper_end, only for a range)
        items = (stat,) if stat.value_max is None else (stat, _upper_end(ctx, m, stat))
        for item in items:
            if item is None:
                continue
            key = item.key
            sentence, sentence_end = analysis.sentence(item.start)
            if item.unit in _RECIPIENT_UNITS and _match.search(
                _AWARD_CUE_RE, content, sentence, sentence_end
            ):
                ctx.rejected(NOT_COUNTED, "statistic", item.start, item.end)
                continue  # "tặng Bằng khen cho 12 tập thể": an award's recipients
            sentences = seen.setdefault(key, set())
            if sentences and sentence not in sentences:
                ctx.rejected(REPEATED, "statistic", item.start, item.end)
                continue  # the same fact again (a caption repeating the body)
            # (one sentence listing it twice gives two facts that share a value: "5 người
            # bị khai trừ, 5 người bị cách chức", "huyện A có 2 đơn vị; huyện B có 2 đơn vị")
            sentences.add(sentence)
            if item.rule is not RANGE_END and item.rule is not CHANGE_FROM:
                taken_to = max(taken_to, item.end)  # (their unit is the next number's)
            text, span = ctx.item(item.start, item.end)
            found.append(
                Statistic(
                    value=item.value,
                    unit=item.unit,
                    qualifier=item.qualifier,
                    total=item.total,
                    value_max=item.value_max,
                    text=text,
                    span=span,
                )
            )
            ctx.accepted(item.rule, "statistic", item.start, item.end)
    return found


def run(ctx: Context) -> None:
    """Fill ``ctx.doc.statistics``."""
    ctx.doc.statistics = find_statistics(ctx)
