"""Step 1 of the officials extractor: personal names in the text.

One scan finds runs of two or more capitalised words. A run is cut where a known place
or organisation starts it (``Hà Nội Đinh Tiến Dũng`` is the place ``Hà Nội`` and the name
``Đinh Tiến Dũng``), and a name must start with a Vietnamese surname or an
ethnic-minority name initial (:mod:`dan_van_extract.vocab`). A run with no surname right
after ``ông``, ``bà`` or ``đồng chí`` may be a foreign name (``bà Yoonhee Kim``), and a
run right after a foreign title may be a foreign leader (``Tổng thống Nga Vladimir
Putin``); either counts only if it gets a title.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache

import regex

from .. import _match, gazetteer, vocab
from .._lexicon import load_lines
from .._spans import SpanIndex
from ..context import Context
from .lexicon import HONORIFIC_BEFORE_RE, HONORIFIC_WINDOW, Lexicons
from .rules import (
    FOREIGN_AFTER_HONORIFIC,
    FOREIGN_LEADER,
    LOWERCASE_NAME,
    NAME_RUN,
    NAMED_ORGANISATION,
    ORGANISATION_NOT_NAME,
    PLACE_AFTER_COMMUNE_WORD,
)
from .words import position_ends_at

__all__ = ["Name", "find_names", "honorific_before"]

_PKG = __package__ or "dan_van_extract.officials"

MAX_NAME_WORDS = 5
"""Words kept of a name (a place glued after it is cut off)."""
MAX_FOREIGN_WORDS = 4
"""A foreign name has at most this many words."""
PLACE_WORD_WINDOW = 16
"""How far before a two-word run a commune or village word is looked for."""
ORG_TAIL_WINDOW = 30
"""How far before a run an organisation's head is looked for (``Tập đoàn Sao Mai``)."""
NAMED_AFTER_WINDOW = 30
"""How far before a run the words naming a school or a street are looked for."""

_PLACE_WORDS = (
    "xã",
    "phường",
    "thị trấn",
    "thôn",
    "xóm",
    "ấp",
    "bản",
    "khóm",
    "buôn",
    "bon",
    "làng",
    "tổ dân phố",
)
"""Commune and village words (case as written; a space inside one is any whitespace)."""
_PLACE_WORD_BEFORE_RE = regex.compile(
    r"(?:(?<![\p{L}])(?:" + "|".join(w.replace(" ", r"\s+") for w in _PLACE_WORDS) + r")[ \t]+)$"
)
"""A commune or village word right before a two-word run makes the run a place name
(``UBND xã Châu Pha``); provinces and districts are all in the gazetteer."""
_HEAD_OF_BEFORE_RE = regex.compile(r"(?:(?<![\p{L}])(?i:trưởng|phó)[ \t]+)$")
"""``Trưởng``/``Phó`` right before ``Đoàn``: the head of a delegation or a troupe
(``Trưởng Đoàn Văn công``), not someone named Đoàn."""
HEAD_OF_WINDOW = 10
_UNION_LEVEL_BEFORE_RE = regex.compile(
    r"(?:(?<![\p{L}])(?i:trung[ \t]+ương|tỉnh|thành|huyện|quận)[ \t]+)$"
)
"""``Trung ương``/``Tỉnh``/``Thành`` right before ``Đoàn``: the Youth Union's committee at
that level (``Bí thư Trung ương Đoàn Lê Quốc Phong``); the name (three words or more, with
a surname) starts after ``Đoàn``."""
PLACE_TYPE_BEFORE_RE = regex.compile(
    r"(?:(?<![\p{L}])(?i:huyện|quận|thị[ \t]+xã|thị[ \t]+trấn|thành[ \t]+phố|tỉnh|xã|phường|tp\.?)"
    r"[ \t]+)$"
)
"""A place's type word right before a run: ``huyện Vũ Quang`` is the district."""
_HOUSE_NUMBER_BEFORE_RE = regex.compile(
    r"(?:(?<![\p{L}\p{N}/])\d{1,4}(?:/\d{1,4})?\p{Lu}[ \t]+"
    r"|(?<![\p{L}])(?i:số[ \t]+nhà|nhà|ngõ|ngách|hẻm|kiệt)[ \t]+\d{1,4}\p{Lu}?[ \t]+)$"
)
"""A house number right before a run (``8B Lê Trực``, ``12/3A Nguyễn Trãi``, ``số nhà 25 Lý
Thường Kiệt``; not a bare ``12/3``, a date, nor ``số 3``: ``Đội CSGT số 3 Hà Văn Hưng``):
the run names the street, not a person."""
HOUSE_NUMBER_WINDOW = 16
"""How far before a run a house number is looked for."""
UNION_LEVEL_WINDOW = 12
"""How far before ``Đoàn`` the level of the union is looked for."""
_NOT_BEFORE_THI = frozenset({"Đô", "Siêu", "Thành", "Khu", "Đại", "Tiếp", "Thị"})
"""Words before ``Thị`` that make no name: ``Đô Thị``, ``Siêu Thị``, ``Thành Thị``."""
_VIETNAMESE_LETTERS = "đĐăĂâÂêÊôÔơƠưƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
_VIETNAMESE_LETTER_RE = regex.compile(f"[{_VIETNAMESE_LETTERS}]")
"""Letters only Vietnamese words have: a run with one is not a foreign name."""
_VIETNAMESE_LETTER_SET = frozenset(_VIETNAMESE_LETTERS)
"""The same letters, for a set test on a run's words."""
_BLANKS_RE = regex.compile(r"[ \t]+")
_COMMA_RE = regex.compile(r",[ \t]*")
_HYPHENATED_NEXT_RE = regex.compile(r"[ \t]*[-–][ \t]*\p{Lu}")
_NAME_FOLLOWS_RE = regex.compile(r"[ \t]*,[ \t]*(?:[Đđ]ồng[ \t]+chí|[Ôô]ng|[Bb]à)[ \t]")


@dataclass
class Name:
    """A personal name found in the text (normal-form offsets)."""

    start: int
    end: int
    tokens: list[str]
    foreign: bool = False


# The patterns searched backwards from a run's start (a form of address, a commune word,
# the head of a school's or a street's name) each end with one of a few words and then
# blanks. Most runs have none of those words before them, so the word there is read
# first, with no pattern, and the pattern runs only when that word may end one of them.


def _last_letters(entry: str) -> str:
    """The letters ending an entry, lower-cased: ``đồng chí`` -> ``chí``, ``Đ/c`` -> ``c``,
    ``trường THCS&THPT`` -> ``thpt`` (empty when it ends with no letter)."""
    word = entry.lower()
    k = len(word)
    while k > 0 and word[k - 1].isalpha():
        k -= 1
    return word[k:]


def _last_letter_keys(entries: Iterable[str]) -> frozenset[str]:
    """The :func:`_last_letters` of every entry."""
    return frozenset(_last_letters(e) for e in entries)


@cache
def _honorific_keys() -> frozenset[str]:
    return _last_letter_keys(vocab.forms_of_address())


@cache
def _named_after_keys() -> frozenset[str]:
    return _last_letter_keys(load_lines(_PKG, "data/named_after.txt"))


_PLACE_WORD_KEYS = _last_letter_keys(_PLACE_WORDS)


_BLANKS = " \t"
"""The blanks of ``[ \t]``."""
_WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
    "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
"""Every character ``str.isspace`` accepts (a test checks it): all of ``\\s`` and a few
more, which can only make :func:`_may_end_before` say True more often."""


def _may_end_before(text: str, pos: int, lo: int, keys: frozenset[str], blanks: str) -> bool:
    """Whether an entry whose :func:`_last_letters` are in ``keys``, then characters of
    ``blanks``, can end at ``pos`` inside ``text[lo:pos]``: False is sure, True means the
    pattern must tell.

    Such a match ends with those letters right before the blanks (a letter before them
    would break the entry's word boundary), so the letters before the blanks, lower-cased,
    must be a key. ``str.lower`` agrees with the patterns' case folding on every letter
    but the long s, which folds to ``s``. The patterns' ``$`` also matches before a line
    break ending the window, so the blanks may end there too.
    """
    ends = (pos, pos - 1) if pos > lo and text[pos - 1] == "\n" else (pos,)
    for end in ends:
        j = end
        while j > lo and text[j - 1] in blanks:
            j -= 1
        if j == end:
            continue  # no blank right before the end
        k = j
        while k > lo and text[k - 1].isalpha():
            k -= 1
        word = text[k:j].lower()
        if word in keys or "ſ" in word:
            return True
    return False


def honorific_before(text: str, pos: int) -> regex.Match[str] | None:
    """A form of address (``đồng chí``, ``ông``) ending right before ``pos``."""
    lo = max(0, pos - HONORIFIC_WINDOW)
    if not _may_end_before(text, pos, lo, _honorific_keys(), _WHITESPACE):
        return None
    return _match.search(HONORIFIC_BEFORE_RE, text, lo, pos)


_BEFORE_VIEN = frozenset({"Thượng", "Hạ", "Học", "Bệnh", "Nghị", "Vụ"})
"""Words before a capitalised ``Viện`` making it a chamber or another body (``Thượng
Viện``, ``Quốc Vụ Viện``), not an institute named after a person."""
NAMED_BODY_WINDOW = 20
"""How far before a run the body's word (``khu kinh tế mở``) is looked for."""


def _named_body_before(text: str, pos: int, lex: Lexicons) -> bool:
    """Whether the words right before ``pos`` name a body whose own name follows
    (``báo``, ``khu kinh tế``: ``data/named_bodies.txt``)."""
    lo = max(0, pos - NAMED_BODY_WINDOW)
    return _match.search(lex.named_body_re, text, lo, pos) is not None


def _named_after_before(text: str, pos: int, lex: Lexicons) -> bool:
    """Whether the words naming a school, a street or a prize (``Trường THPT``,
    ``đường``) end right before ``pos``."""
    lo = max(0, pos - NAMED_AFTER_WINDOW)
    if not _may_end_before(text, pos, lo, _named_after_keys(), _BLANKS):
        return False
    return _match.search(lex.named_after_re, text, lo, pos) is not None


def _commune_words(words: list[str]) -> int:
    """How many of the run's first words (four or three) are a commune's or a ward's name
    in the gazetteer (``Lê Hồng Phong``, ``Ninh Thạnh Lợi A``: many are named after a
    person), 0 when none."""
    communes = gazetteer.communes_by_key()
    for n in (4, 3):
        if len(words) >= n and gazetteer.name_key(" ".join(words[:n])) in communes:
            return n
    return 0


def _place_word_before(text: str, pos: int) -> bool:
    """Whether a commune or village word (``xã``, ``thôn``) ends right before ``pos``."""
    lo = max(0, pos - PLACE_WORD_WINDOW)
    if not _may_end_before(text, pos, lo, _PLACE_WORD_KEYS, _BLANKS):
        return False
    return _match.search(_PLACE_WORD_BEFORE_RE, text, lo, pos) is not None


def _phrase_words(text: str, pos: int, end: int, lex: Lexicons) -> int:
    """How many words of a position or organisation phrase start at ``pos`` (only
    phrases of two words or more: ``Ủy Viên Bộ Chính trị``, ``Đoàn Đại biểu``)."""
    j = pos
    while j < end and (text[j].isalpha() or text[j] == "'"):
        j += 1
    if text[pos:j].lower() not in lex.phrase_first_words:
        return 0
    best = 0
    for rx in (lex.prefix_position_re, lex.not_name_re):
        m = _match.match(rx, text, pos)
        if m:
            n = len(text[pos : min(m.end(), end)].split())
            best = max(best, n if n >= 2 else 0)
    return best


def _glued_initial(word: str, lex: Lexicons) -> bool:
    """A word opening with a name initial and its apostrophe: ``H’Luyên``, ``K'Mai``."""
    i = word.find("'") if "'" in word else word.find("’")
    return 0 < i < len(word) - 1 and (word[: i + 1],) in lex.initials_by_first.get(
        word[: i + 1], ()
    )


def _any_glued_initial(words: list[str], lex: Lexicons) -> bool:
    """Whether a word of ``words`` opens with a glued name initial (:func:`_glued_initial`);
    only words with an apostrophe are looked at."""
    return any(("'" in w or "’" in w) and _glued_initial(w, lex) for w in words)


def _word_starts(start: int, words: list[str]) -> list[int]:
    """Where each of ``words`` starts, the first at ``start`` and each one space after the
    one before."""
    offsets = []
    pos = start
    for w in words:
        offsets.append(pos)
        pos += len(w) + 1
    return offsets


def _country_words(words: list[str], i: int, lex: Lexicons) -> int:
    """How many words of a country name start at ``words[i]`` (``Thái Lan``: 2)."""
    if words[i].lower() not in lex.country_first_words:
        return 0
    m = _match.match(lex.country_re, " ".join(words[i : i + 4]))
    return len(m.group().split()) if m else 0


def _name_start(
    words: list[str],
    lex: Lexicons,
    phrase_at: Callable[[int], int] | None = None,
    after_honorific: bool = False,
    typed: bool = True,
) -> tuple[int, int] | None:
    """``(index, ethnic_initial_length)`` of where the personal name starts in a run;
    ``typed``: a place's type word (``huyện``, ``tỉnh``) may stand before the run."""
    i = 0
    if (
        after_honorific
        and len(words) >= 4
        and words[0] in _ADDRESS_WORDS
        and words[1] in lex.surnames
        and words[1] not in _ADDRESS_WORDS
    ):
        return 1, 1  # "ông Ông Lê Minh Tâm": the form of address typed twice, not a surname
    if after_honorific and len(words) >= 2 and words[0] in lex.surnames:
        return 0, 1  # "ông Vũ Quang Hùng": a person, though "Vũ Quang" is also a district
    while i < len(words) - 1:
        if words[i] in ("Ông", "Bà"):  # an honorific opening a sentence, not the surname
            if len(words) - i >= 3 and words[i + 1] in lex.surnames:
                return i + 1, 1  # "Ông Vũ Quang Hùng": a person, whatever else Vũ Quang is
            i += 1
            continue
        skip = gazetteer.starts_with_place(words[i:])
        if skip >= 2 and len(words) - i - skip == 1 and words[i] in lex.surnames and not typed:
            return i, 1  # "Vũ Quang Hùng": a name that opens like a district, no "huyện" before
        if skip >= 2:
            i += skip
            continue
        country = _country_words(words, i, lex)
        if country:
            i += country
            continue
        covered = phrase_at(i) if phrase_at is not None else 0
        if covered:
            i += covered
            continue
        for initial in lex.initials_by_first.get(words[i], ()):
            if tuple(words[i : i + len(initial)]) == initial and i + len(initial) < len(words):
                return i, len(initial)
        if _glued_initial(words[i], lex) and i + 1 < len(words):
            return i, 1  # "H’Luyên Niê": the initial glued to the given name
        if words[i] in lex.surnames and (words[i] != "Văn" or len(words) - i >= 3):
            return i, 1  # (Văn, a middle name as often as a surname, opens three words)
        if i + 2 < len(words) and words[i + 1] == "Thị" and words[i] not in _NOT_BEFORE_THI:
            return i, 1  # "Văn Thị Bạch Tuyết": Thị, a woman's middle name, after a surname
        i += max(skip, 1)
    return None


_ADDRESS_WORDS = frozenset({"Ông", "Bà"})


def _runs(text: str) -> Iterator[tuple[int, list[str]]]:
    """``(start, words)`` of every run of capitalised words (:data:`NAME_RUN`), split
    before ``Ông``/``Bà`` inside it: ``... ông Đặng Việt Dũng Ông Đoàn Xuân Hiếu cho biết``
    (a caption glued to the next sentence) is two people. Parts of one word are no run."""
    for m in NAME_RUN.finditer(text):
        run = m.group(1)
        if "Ông" not in run and "Bà" not in run:
            yield m.start(1), run.split(" ")  # nothing to split at (most runs)
            continue
        words = run.split(" ")
        cuts = [0] + [i for i in range(1, len(words)) if words[i] in _ADDRESS_WORDS]
        start = m.start(1)
        for a, b in zip(cuts, [*cuts[1:], len(words)], strict=True):
            part = words[a:b]
            if len(part) >= 2:
                yield start, part
            start += len(" ".join(part)) + 1


GLUED_PROVINCE_FROM = 3
"""A province glued after a name is cut off only after this many words of the name."""


OPENER_CUT_FROM = 4
"""A sentence opener glued after a name is cut off only from a name of this many words."""


@cache
def sentence_openers() -> frozenset[str]:
    """The words of ``data/sentence_openers.txt``, capitalised as written."""
    return frozenset(load_lines(_PKG, "data/sentence_openers.txt"))


def _before_sentence_opener(tokens: list[str]) -> int:
    """How many words of ``tokens`` come before a sentence opener glued after the name
    (``Nguyễn Văn Hiến Sau`` -> 3; all of them when none is)."""
    if len(tokens) >= OPENER_CUT_FROM and tokens[-1] in sentence_openers():
        return len(tokens) - 1
    return len(tokens)


def _before_glued_province(tokens: list[str]) -> int:
    """How many words of ``tokens`` come before a province's name that ends them (all of
    them when none does): ``Lê Đình Sơn Hà Tĩnh`` -> 3."""
    for j in range(GLUED_PROVINCE_FROM, len(tokens) - 1):
        if gazetteer.name_key(" ".join(tokens[j:])) in gazetteer.province_by_key():
            return j
    return len(tokens)


NAMED_THEN_PERSON = 4
"""A run after a school's or a company's words holds a body's name and a person's only
from this many words."""
_MIDDLE_NAMES = frozenset({"Văn", "Thị"})


def _later_surname(words: list[str], lex: Lexicons) -> int | None:
    """Where a person's name of three words or more starts after the first word of a run
    (a surname, not a middle name, nor the end of a place's name: ``Nha Trang``), if
    anywhere."""
    for k in range(1, len(words) - 2):
        if (
            words[k] in lex.surnames
            and words[k] not in _MIDDLE_NAMES
            and gazetteer.starts_with_place(words[k - 1 : k + 1]) < 2
        ):
            return k
    return None


def _holds_no_name(text: str, run_start: int, words: list[str], lex: Lexicons) -> bool:
    """Whether the run can give no name at all: it holds no surname nor name initial (no
    Vietnamese name: the cuts at a commune's or a body's name need a surname too), a
    Vietnamese letter after its leading ``Ông``/``Bà`` (no foreign name after a form of
    address) and no country opens it (:func:`_foreign_names` drops it: no foreign
    leader). :func:`find_names` turns such a run down whatever its tests say."""
    if not lex.name_anchors.isdisjoint(words) or _any_glued_initial(words, lex):
        return False
    rest = words[1:] if words[0] in _ADDRESS_WORDS and len(words) > 2 else words
    if all(_VIETNAMESE_LETTER_SET.isdisjoint(w) for w in rest):
        return False
    run_end = run_start + sum(map(len, words)) + len(words) - 1  # one space apart
    return _country_at(text, run_start, run_end, lex) is None


def find_names(ctx: Context, lex: Lexicons) -> list[Name]:
    """Every personal name in the content, in order (foreign ones marked)."""
    text = ctx.content
    names: list[Name] = []
    unnamed: list[tuple[int, int]] = []
    tracing = ctx.trace is not None
    for run_start, words in _runs(text):
        if not tracing and _holds_no_name(text, run_start, words, lex):
            # Most runs ("Hội nghị", "Ban Dân vận"): the tests below would only record
            # why they turned it down, which no one reads without a trace.
            continue
        commune = (
            _commune_words(words) if len(words) >= 3 and _place_word_before(text, run_start) else 0
        )
        if commune:
            # "phường Lê Hồng Phong": a ward named after a person; a name after it
            # ("Chủ tịch UBND phường Lý Thái Tổ Nguyễn Trung Thủy") is the official's
            place_end = run_start + len(" ".join(words[:commune]))
            ctx.rejected(PLACE_AFTER_COMMUNE_WORD, "official", run_start, place_end)
            if len(words) - commune < 2 or words[commune] not in lex.surnames:
                continue
            run_start, words = place_end + 1, words[commune:]
        if len(words) >= NAMED_THEN_PERSON and _named_after_before(text, run_start, lex):
            # "Giám đốc Công ty TNHH Đồi Xanh Lê Thị Tú": a body named after a person, or
            # not, then its head's own name in the same run (a surname three words from
            # the end or earlier)
            j = _later_surname(words, lex)
            if j is not None:
                named_end = run_start + len(" ".join(words[:j]))
                ctx.rejected(NAMED_ORGANISATION, "official", run_start, named_end)
                run_start, words = named_end + 1, words[j:]
        run_end = run_start + sum(map(len, words)) + len(words) - 1  # one space apart
        run = (run_start, run_end)
        honorific = honorific_before(text, run_start)
        offsets: list[int] = []
        # Most runs open a sentence ("Hội nghị", "Ban Dân vận"): without a surname or a
        # name initial in them, no Vietnamese name can start there.
        if lex.name_anchors.isdisjoint(words) and not _any_glued_initial(words, lex):
            found = None
        else:
            offsets = _word_starts(run_start, words)
            found = _name_start(
                words,
                lex,
                lambda i, offs=offsets, e=run_end: _phrase_words(text, offs[i], e, lex),  # type: ignore[misc]
                honorific is not None,
                typed=len(words) != 3
                or _match.search(
                    PLACE_TYPE_BEFORE_RE, text, max(0, run_start - PLACE_WORD_WINDOW), run_start
                )
                is not None,
            )
        if _named_after_before(text, run_start, lex) or _match.search(
            _HOUSE_NUMBER_BEFORE_RE, text, max(0, run_start - HOUSE_NUMBER_WINDOW), run_start
        ):
            # "Hiệu trưởng Trường THPT Nguyễn Du": a school named after a person; "nhà 8B
            # Lê Trực": a street
            ctx.rejected(NAMED_ORGANISATION, "official", *run)
            continue
        if (
            len(words) == 2
            or (
                len(words) > 2
                and _match.match(
                    lex.prefix_position_re, text, _word_starts(run_start, words[:3])[2]
                )
            )
        ) and _place_word_before(text, run_start):
            # "UBND xã Châu Pha": two words after "xã" name a place, not a person, also
            # before a title ("tại xã Kim Long Trưởng khối thi đua ...")
            ctx.rejected(PLACE_AFTER_COMMUNE_WORD, "official", *run)
            continue
        if found is None:
            # "Ông Miguel Diaz-Canel": a form of address opening the run is the honorific.
            lead = 1 if words[0] in ("Ông", "Bà") and len(words) > 2 else 0
            rest = words[lead:]
            rest_start = run_start + len(words[0]) + 1 if lead else run_start
            foreign = (
                (honorific is not None or lead == 1)
                and 2 <= len(rest) <= MAX_FOREIGN_WORDS
                and not _match.search(_VIETNAMESE_LETTER_RE, text, rest_start, run_end)
                and gazetteer.starts_with_place(rest) == 0
                and rest[0].lower() not in lex.first_words
                and not any(w in lex.org_tokens for w in rest)
            )
            if foreign:
                names.append(Name(rest_start, run_end, rest, foreign=True))
                ctx.accepted(FOREIGN_AFTER_HONORIFIC, "name", rest_start, run_end)
            else:
                unnamed.append(run)
            continue
        i, _n = found
        if i > 0 and (
            _named_after_before(text, offsets[i], lex)
            or (words[i - 1] == "Viện" and (i < 2 or words[i - 2] not in _BEFORE_VIEN))
        ):
            # "Chủ tịch Viện Phan Chu Trinh", "Trường Lê Quý Đôn": a body named after a
            # person, inside the run (not "Thượng Viện": a chamber, whose head follows)
            ctx.rejected(NAMED_ORGANISATION, "official", offsets[i], run_end)
            continue
        if i > 0 and words[0] == "Báo" and len(words) - i == 2:
            # "phóng viên Báo Đại Đoàn Kết": two words ending a run that opens with the
            # newspaper's word are its name (a reporter's name after it is longer)
            ctx.rejected(NAMED_ORGANISATION, "official", offsets[i], run_end)
            continue
        has_honorific = honorific is not None or (i > 0 and words[i - 1] in ("Ông", "Bà"))
        tokens = words[i:]
        # A title inside the run ends the name: "... Nguyễn Xuân Phúc Tiến sĩ Terry" (but
        # "Võ Tiến Sỹ" is a name: a title written with every word capitalised in a run of
        # capitalised words is part of it).
        for j in range(1, len(tokens)):
            if tokens[j].lower() not in lex.first_words:
                continue
            pm = _match.match(lex.prefix_position_re, text, offsets[i + j])
            if pm is not None and (
                " " not in pm.group() or any(w[:1].islower() for w in pm.group().split())
            ):
                tokens = tokens[:j]
                break
        # Drop a province glued after the name (a caption run into the next sentence: "Bí
        # thư Tỉnh ủy Hà Tĩnh Lê Đình Sơn Hà Tĩnh cũng đã ..."), cap what is left, and drop
        # a sentence opener glued after it (an inline heading without its full stop).
        tokens = tokens[: _before_glued_province(tokens)][:MAX_NAME_WORDS]
        tokens = tokens[: _before_sentence_opener(tokens)]  # "... Nguyễn Văn Hiến Sau khi ..."
        start = offsets[i]
        end = start + len(" ".join(tokens))
        if len(tokens) < 2:
            continue
        if len(tokens) == 2 and end == run_end and _named_body_before(text, run_start, lex):
            # "báo Khăn Quàng Đỏ", "khu kinh tế Chu Lai": the body's own name
            ctx.rejected(NAMED_ORGANISATION, "official", start, end)
            continue
        if (
            tokens[0] == "Đoàn"
            and len(tokens) >= 4
            and tokens[1] in lex.surnames
            and _match.search(
                _UNION_LEVEL_BEFORE_RE, text, max(0, start - UNION_LEVEL_WINDOW), start
            )
        ):
            # "Bí thư Trung ương Đoàn Lê Quốc Phong": the union, then the person
            ctx.rejected(ORGANISATION_NOT_NAME, "official", start, start + len(tokens[0]))
            start += len(tokens[0]) + 1
            tokens = tokens[1:]
        if tokens[0] == "Đoàn" and _match.search(
            _HEAD_OF_BEFORE_RE, text, max(0, start - HEAD_OF_WINDOW), start
        ):
            # "Phó trưởng Đoàn Văn công Quân khu 7": the troupe the deputy heads
            ctx.rejected(ORGANISATION_NOT_NAME, "official", start, end)
            continue
        if not has_honorific and _phrase_words(text, start, len(text), lex):
            # "Đoàn Đại biểu Quốc hội", "Hội Nông dân": organisations
            ctx.rejected(ORGANISATION_NOT_NAME, "official", start, end)
            continue
        names.append(Name(start, end, tokens))
        ctx.accepted(NAME_RUN, "name", start, end)
    starts = {n.start for n in names}
    names.extend(_foreign_names(ctx, text, unnamed, starts, lex))
    names.extend(_one_word_leaders(ctx, text, names, lex))
    names.extend(_lowercase_names(ctx, text, lex))
    names.sort(key=lambda n: n.start)
    return names


def _foreign_names(
    ctx: Context, text: str, runs: list[tuple[int, int]], name_starts: set[int], lex: Lexicons
) -> list[Name]:
    """Foreign leaders in runs with no Vietnamese name: titled with their country
    (``Tổng thống Nga Vladimir Putin``) or right after a position (``Ngoại trưởng Rex
    Tillerson``)."""
    out: list[Name] = []
    for a, b in runs:
        # The tests are independent filters, cheapest and most selective first: three runs
        # in four are Vietnamese words, and few stand right after a position.
        country = _country_at(text, a, b, lex)
        if country and gazetteer.starts_with_place(text[a:b].split()) >= 2:
            continue  # "huyện Đức Cơ": a district, not Germany and a name
        if not country and _match.search(_VIETNAMESE_LETTER_RE, text, a, b):
            continue  # Vietnamese words ("Quỹ Tiền tệ"), not a foreign name
        dash = _match.match(_HYPHENATED_NEXT_RE, text, b)
        if dash and not _match.match(lex.prefix_position_re, text, dash.end() - 1):
            continue  # "Phong Nha - Kẻ Bàng": one place written with a dash, not a title
        follows = _match.match(_NAME_FOLLOWS_RE, text, b) or _match.match(_COMMA_RE, text, b)
        if follows and (follows.re is _NAME_FOLLOWS_RE or follows.end() in name_starts):
            continue  # "trưởng Đặc khu Hong Kong, bà Lâm ...": the place in the title
        if not position_ends_at(ctx.analysis, a, lex):
            continue
        if _match.search(lex.org_tail_re, text, max(0, a - ORG_TAIL_WINDOW), a):
            continue  # "Tập đoàn Sao Mai": an organisation's name
        if country:
            rest = _match.match(_BLANKS_RE, text, country.end(), b)
            if not rest:
                continue
            start = rest.end()
            words = text[start:b].split()
            if 1 <= len(words) <= MAX_FOREIGN_WORDS:
                out.append(Name(start, b, words, foreign=True))
                ctx.accepted(FOREIGN_LEADER, "name", start, b)
            continue
        words = text[a:b].split()
        if len(words) > MAX_FOREIGN_WORDS or any(
            w.lower() in lex.org_heads or w in lex.org_tokens for w in words
        ):
            continue
        if _match.match(lex.not_name_re, text, a) or gazetteer.starts_with_place(words):
            continue
        if words[0] in lex.surnames or _match.search(_VIETNAMESE_LETTER_RE, text, a, b):
            continue  # Vietnamese words ("Quỹ Tiền tệ"), not a foreign name
        out.append(Name(a, b, words, foreign=True))
        ctx.accepted(FOREIGN_LEADER, "name", a, b)
    return out


_ONE_WORD_LEADER_RE = regex.compile(
    r"(?<![\p{L}])(?:Phó[ \t]+)?(?:Tổng[ \t]+thống|Thủ[ \t]+tướng|Ngoại[ \t]+trưởng|Quốc[ \t]+vương"
    r"|Nữ[ \t]+hoàng)[ \t]+(?P<name>\p{Lu}[a-z]{2,})(?![\p{L}\p{M}\d-])"
    r"(?![ \t]+\p{Lu})"
)
"""A head of state or government named by one foreign word (no Vietnamese letter) after
the post: ``Tổng thống Obama``, ``Thủ tướng Abe``."""


def _one_word_leaders(ctx: Context, text: str, names: list[Name], lex: Lexicons) -> list[Name]:
    """Foreign leaders named by one word after their post (:data:`_ONE_WORD_LEADER_RE`),
    not a country (``Thủ tướng Nga``) and not inside a name already found."""
    if "Tổng thống" not in text and "Thủ tướng" not in text and "trưởng" not in text:
        return []
    spans: SpanIndex | None = None  # built at the first match (most texts have none)
    out: list[Name] = []
    for m in _match.finditer(_ONE_WORD_LEADER_RE, text):
        start, end = m.span("name")
        if spans is None:
            spans = SpanIndex([(n.start, n.end) for n in names])
        word = m.group("name")
        if spans.overlaps(start, end) or word.lower() in lex.country_first_words:
            continue
        out.append(Name(start, end, [word], foreign=True))
        ctx.accepted(FOREIGN_LEADER, "name", start, end)
    return out


def _country_at(text: str, a: int, b: int, lex: Lexicons) -> regex.Match[str] | None:
    """A country's name opening the run ``text[a:b]`` (``Nga`` of ``Nga Vladimir Putin``);
    its first word is looked up before the pattern runs."""
    first = text.find(" ", a, b)  # a run's words are joined by single spaces
    if text[a : b if first < 0 else first].lower() not in lex.country_first_words:
        return None
    return _match.match(lex.country_re, text, a, b)


def _lowercase_names(ctx: Context, text: str, lex: Lexicons) -> list[Name]:
    """Names typed all in lower case, only where nothing else can be meant: ``đồng chí
    nguyễn xuân thanh - Phó Bí thư Huyện ủy`` (a form of address, a surname, a dash or a
    comma, then a position)."""
    assert LOWERCASE_NAME.pattern is not None
    out: list[Name] = []
    for m in ctx.analysis.keyed_matches(LOWERCASE_NAME.pattern):
        words = m.group(1).split()
        if words[0].capitalize() not in lex.surnames or _match.search(
            lex.position_re, text, m.start(1), m.end(1)
        ):
            continue
        if not _match.match(lex.prefix_position_re, text, m.end()):
            continue
        out.append(Name(m.start(1), m.end(1), [w.capitalize() for w in words]))
        ctx.accepted(LOWERCASE_NAME, "name", m.start(1), m.end(1))
    return out
