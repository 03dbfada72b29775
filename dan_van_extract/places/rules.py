"""Rules of the places extractor: every place named, and the province the article is about.

Every place name is capitalised, so one scan of ``ctx.content`` (furniture blanked) finds
the runs of capitalised words; the few that can hold a place (a province's first words, a
capitalised type word, or a type word just before the run) are looked up in the gazetteer
with dict lookups, longest word prefix first. A place is

* a name after its type word: ``tỉnh Đắk Nông``, ``Tỉnh ủy Đắk Nông``, ``huyện Tu Mơ
  Rông``, ``Huyện ủy Tu Mơ Rông``, ``thành phố Gia Nghĩa``, ``TP. HCM``, ``Q. Bình
  Thạnh``, ``xã Đắk Ha``, ``thôn 3``. A commune name, often a common word, is only ever
  taken after ``xã``/``phường``/``thị trấn``; a district only after its type word or its
  committee (``Huyện ủy``, ``Thị ủy``), or bare after ``ở``/``tại`` or in brackets when
  the name belongs to one province (``ở Đồ Sơn``, ``chùa Cầu (Hội An)``);
* a bare province name (``Đắk Nông``, ``Đăk Nông``, ``Bình Định``), unless it is part of a
  personal name (``Trương Hòa Bình``, ``Nguyễn Thị Hà Giang``, ``bà Huế``), a street
  (``đường Hà Nội``), a rig (``Hải Dương 981``), the end of an organisation's name
  opened by a word of ``data/org_words.txt`` up to three words before (``Đại học Bách khoa
  Hà Nội``, ``Nhà máy Đạm Ninh Bình``, ``CLB Hà Nội``) or one of the phrases of
  ``data/not_places.txt`` (``Thái Bình Dương``). ``Hồ Chí Minh`` and ``HCM`` need their
  type word (``Chủ tịch Hồ Chí Minh`` is the man);
* not abroad: a name followed by a country of ``dan_van_extract/data/countries.txt`` (``tỉnh Hà Nam,
  Trung Quốc``) is dropped.

A list after a plural type word is read on (``các xã A, B và C``). Ambiguous districts and
communes (``Châu Thành``) take the province the article is about or the district named
beside them, else no province.

The province of the article is then voted: each mention with a known province counts,
weighted by where it stands (title 4, lead 2, other body 1, caption 0.5), by whether a
type word or organisation names it explicitly (x1.5) and by its level (commune x0.75, a
village not at all). A title opening with the province (``Đắk Nông: ...``) adds 4; an
outlet's domain naming a province (``baokontum.com.vn``) adds 3, enough alone but less
than the title. The best province wins if its score reaches 3, and, when only the body
names it, if it has more than 1.5 times the next one's score (in an article whose title
or lead names central bodies, ``Thủ tướng``, ``Quốc hội``, ``Trung ương``, ``toàn
quốc``: at least 4.5 and twice the next); otherwise the article has no province of its
own (a national article naming Hà Nội and TP. HCM in passing) and ``province`` is null.
``tại Hà Nội`` as the venue of such a national event counts as body. Provinces named in
a list of three or more (``các địa phương như Hà Nội, TP HCM, Đà Nẵng``) give no vote. A
digest (a title cue of ``data/digest_cues.txt``: ``Điểm tin``, ``Không thể bỏ lỡ``) and an
article whose title and opening name a foreign country and no place of Vietnam have no
province.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise
from operator import attrgetter
from typing import NamedTuple

import regex

from .. import _match, gazetteer, vocab
from .._lexicon import alternation, load_lines, load_table
from .._rules import Rule
from ..analysis import Analysis
from ..context import Context
from ..gazetteer import Commune, District, name_key
from ..models import Location, PlaceLevel

__all__ = ["PlaceMention", "find_mentions", "run"]

_PACKAGE = __package__ or "dan_van_extract.places"

# -- the type words ----------------------------------------------------------------------
# gazetteer.type_words() (data/gazetteer/type_words.tsv): each type word as written
# (compared in lower case), the kind of unit that may follow it and the unit type it names.


@dataclass(frozen=True)
class _Types:
    index: dict[str, tuple[str, str]]
    """Written type word -> ``(kind, unit)``."""
    last_words: frozenset[str]
    """Last words of the type words, in lower case, capitalised and upper case."""
    last_pairs: frozenset[str]
    """The last two characters of ``last_words`` (a one-letter word with each character
    that may stand before it: a blank, a line break, an opening bracket)."""
    last_chars: frozenset[str]
    """The last characters of ``last_words``."""
    longest_last: int
    """The length of the longest of ``last_words`` (``phường``)."""
    first_words: frozenset[str]
    """First words of the type words, as written (lower case)."""


@cache
def _types() -> _Types:
    index = gazetteer.type_words()
    last = {written.split()[-1] for written in index}
    forms = {f for w in last for f in (w, w.capitalize(), w.upper())}
    firsts = frozenset(written.split(" ")[0] for written in index)
    pairs = {w[-2:] for w in forms if len(w) > 1}
    pairs.update(before + w for w in forms if len(w) == 1 for before in " \t\n(")
    last_chars = frozenset(w[-1] for w in forms)
    longest = max(len(w) for w in forms)
    return _Types(index, frozenset(forms), frozenset(pairs), last_chars, longest, firsts)


_TYPE_WINDOW = 16  # characters before a name where its type word is looked for
_HEAD_MEMO = 1 << 12
"""How many distinct windows before a name :func:`_type_in_head` remembers."""

# A run of capitalised words (joined by spaces or a dash): where every place name stands.
_WORD = r"(?:\p{Lu}[\p{L}\p{M}'’]*)"
_NAME_SEP = r"(?:[ \t]+|[ \t]*[-–][ \t]*)"
_RUN_RE = regex.compile(rf"(?<![\p{{L}}\p{{M}}\d]){_WORD}(?:{_NAME_SEP}{_WORD}){{0,5}}")
_LOWER_DAK_RUN_RE = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\d])(?:đắk|đăk|đak)(?:{_NAME_SEP}{_WORD}){{1,5}}"
)
"""A Central Highlands name whose ``đăk`` is typed in lower case (``huyện đăk Song``):
looked for apart, only in texts that hold one, so the common scan stays simple."""
_NAME = rf"(?:\d{{1,3}}(?![\p{{L}}\d])|{_WORD}(?:{_NAME_SEP}{_WORD}){{0,4}})"
_WORD_RE = regex.compile(rf"\d+|{_WORD}|(?:đắk|đăk|đak)(?=[ \t])")
# A number after a type word: "quận 1", "phường 12", "thôn 3", "tổ dân phố 5". Only a
# number after a blank can follow one (``(5)`` follows a bracket, which opens a venue, not a
# type word of a numbered unit).
_NUMBER_RE = regex.compile(r"(?<=[ \t])\d{1,3}(?![\p{L}\p{M}\d]|[.,]\d)")
_NUMBER_HINTS = ("uận", "hường", "Q.", "P.", "hôn", "dân phố", "ấp ", "Ấp ", "uôn", "on ")

# "các xã", "3 huyện", "hai phường" before a type word: a list of names may follow.
_PLURAL_RE = regex.compile(
    r"(?<![\p{L}\p{M}])(?i:các|những|\d{1,3}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
    r"[ \t]+$"
)
_LIST_NEXT_RE = regex.compile(
    rf"\G(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+|[ \t]*,[ \t]*và[ \t]+)(?=(?P<name>{_NAME}))"
)
_MAX_LISTED = 12
_LIST_LOOKAHEAD = 160  # characters: the separator and a name of up to five words
_CODE_AFTER_RE = regex.compile(r"\G[ \t]+\d{3,}(?![\p{L}\d])")
# Province names that are never a place without their type word.
_NEEDS_TYPE_WORD = frozenset({"Hồ Chí Minh", "HCM"})
_LONGEST_NAME = 5  # words

_WEIGHT_TITLE = 4.0
_WEIGHT_LEAD = 2.0
_WEIGHT_BODY = 1.0
_WEIGHT_CAPTION = 0.5
_WEIGHT_EXPLICIT = 1.5
_WEIGHT_LEVEL = {"province": 1.0, "district": 1.0, "commune": 0.75, "village": 0.0}
_BONUS_TITLE_PREFIX = 4.0
_BONUS_DOMAIN = 3.0
_THRESHOLD = 3.0
_DOMINANCE = 1.5
_NATIONAL_THRESHOLD = 4.5
_SINGLE_THRESHOLD = 0.75
"""One district or commune named with its type word, even in a caption (``huyện Đắk
Song``), is enough when no other province is named at all."""
_CAPITAL = "Hà Nội"
_VENUE_WORDS = frozenset({"tại", "Tại", "ở", "Ở"})
_FORMER_POST_BEFORE_RE = regex.compile(
    r"(?:(?<![\p{L}])(?i:từng)[ \t]+(?i:giữ|làm|là|đảm[ \t]+nhiệm|kinh[ \t]+qua)"
    r"|(?<![\p{L}])(?i:nguyên|cựu)[ \t]+\p{Lu}"
    r"|(?<![\p{L}])(?i:quê)(?![ \t]+(?i:hương|nhà))|(?<![\p{L}])sinh[ \t]+ra[ \t]+(?:tại|ở))"
    r"[^.;:!?\n]{0,60}\Z",
    regex.REVERSE,
)
"""A former post or a birthplace before a place (``Từng giữ vị trí Bí thư Tỉnh uỷ Quảng
Ninh``, ``nguyên Chủ tịch UBND tỉnh Hà Tĩnh``, ``quê ở Quảng Nam``, ``sinh ra tại Nghệ
An``): where someone once served or comes from, not what the article is about."""
FORMER_POST_CHARS = 90
"""How far before a place its former post is looked for."""
_FORMER_POST_WORDS = ("từng", "nguyên", "cựu", "quê", "sinh")
"""The words one of which a former post or a birthplace holds (a cheap test before the
pattern)."""


def _former_post_before(ctx: Context, pos: int) -> bool:
    """Whether a former post (:data:`_FORMER_POST_BEFORE_RE`) stands before the place at
    ``pos``."""
    lo = max(0, pos - FORMER_POST_CHARS)
    window = ctx.analysis.lower[lo:pos]
    if not any(word in window for word in _FORMER_POST_WORDS):
        return False
    return _match.search(_FORMER_POST_BEFORE_RE, ctx.content, lo, pos) is not None


_MERGER_DAY = dt.date(2025, 7, 1)
_HUE_CITY_DAY = dt.date(2025, 1, 1)


@dataclass(frozen=True)
class PlaceMention:
    """One place named in the text, in normal-form offsets."""

    start: int
    end: int
    level: PlaceLevel
    name: str
    provinces: tuple[str, ...]
    """Every province it may lie in (one when unambiguous, empty for a village)."""
    explicit: bool
    """Named with its type word or inside an organisation (``tỉnh X``, ``Huyện ủy X``)."""
    districts: tuple[str, ...] = ()
    """Districts a commune may lie in (parallel to ``provinces`` for communes)."""
    eras: tuple[str, ...] = ()
    """Gazetteer eras of a commune's candidates (parallel to ``provinces``)."""
    bare_district: bool = False
    """A district named bare where a place opens a clause (:data:`BARE_DISTRICT`)."""


@dataclass(frozen=True)
class _TypeWord:
    """A type word standing before a name."""

    start: int
    kind: str
    unit: str


class _Word(NamedTuple):
    """One word of a name (a match of ``_WORD_RE``), in normal-form offsets."""

    start: int
    end: int
    text: str


_word_text = attrgetter("text")


# -- lexicons, built on first use ------------------------------------------------------------
@cache
def _bare_provinces() -> dict[str, str | None]:
    """Keys of province names usable without a type word -> canonical name; the phrases of
    ``data/not_places.txt`` -> None."""
    out: dict[str, str | None] = {
        key: prov.name
        for key, prov in gazetteer.province_by_key().items()
        if key not in _NEEDS_TYPE_WORD
    }
    for phrase in load_lines(_PACKAGE, "data/not_places.txt"):
        out[name_key(phrase)] = None
    return out


@cache
def _first_words() -> frozenset[str]:
    """The first word of every bare province name and not-a-place phrase."""
    return frozenset(key.split()[0] for key in _bare_provinces())


@dataclass(frozen=True)
class _Starters:
    """What a run of capitalised words must hold to be worth a closer look."""

    singles: frozenset[str]
    """One-word province names (``Huế``, ``TPHCM``)."""
    types: frozenset[str]
    """Capitalised one-word type words (``Huyện``, ``TP``): a name must follow in the run."""
    pairs: frozenset[str]
    """The first two words of longer names and type words (``Đắk Nông``, ``Thị Xã``)."""
    pair_firsts: frozenset[str]
    """The first words of ``pairs``."""

    def admit(self, run: str) -> bool:
        if "-" in run or "–" in run:
            run = run.replace("-", " ").replace("–", " ")
        words = name_key(run).split()  # ("Đăk Nông" is "Đắk Nông")
        if not self.singles.isdisjoint(words):
            return True
        if len(words) < 2:
            return False
        if not self.types.isdisjoint(words[:-1]):
            return True
        if self.pair_firsts.isdisjoint(words[:-1]):
            return False
        return any(f"{a} {b}" in self.pairs for a, b in pairwise(words))


@cache
def _starters() -> _Starters:
    singles = frozenset(key for key in _bare_provinces() if " " not in key)
    pairs = {" ".join(key.split()[:2]) for key in _bare_provinces() if " " in key}
    types = {"TP"}
    for written in _types().index:
        words = [w.capitalize() for w in written.rstrip(".").split()]
        if len(words) == 1:
            types.add(words[0])
        else:
            pairs.add(" ".join(words[:2]))
    firsts = frozenset(pair.split()[0] for pair in pairs)
    return _Starters(singles, frozenset(types), frozenset(pairs), firsts)


_RUN_MEMO = 1 << 14
"""How many distinct runs of capitalised words the per-run tests remember: the same runs
(``UBND``, ``Đảng``, ``Nguyễn Văn A``, ``Đắk Nông``) come back article after article."""


class _RunTests(NamedTuple):
    """What the words of a run tell, wherever it stands."""

    admitted: bool
    """:meth:`_Starters.admit`: it may hold a province or a capitalised type word."""
    bare_district: str | None
    """The key of the bare district (:func:`_bare_districts`) the whole run names, when it
    opens with the first word of one (:func:`_bare_district`); else None."""


@lru_cache(maxsize=_RUN_MEMO)
def _run_tests(run: str) -> _RunTests:
    """The tests of a run as written, remembered."""
    first = run.split(None, 1)[0]
    bare = None
    if name_key(first) in _bare_district_firsts():
        key = name_key(run)
        bare = key if key in _bare_districts() else None
    return _RunTests(_starters().admit(run), bare)


@cache
def _national_re() -> regex.Pattern[str]:
    cues = alternation(load_lines(_PACKAGE, "data/national_cues.txt"))
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}]){cues}(?![\p{{L}}\p{{M}}])")


@cache
def _national_hints() -> tuple[str, ...]:
    """The last word of each national cue: a cheap test before the pattern."""
    return tuple({cue.split()[-1] for cue in load_lines(_PACKAGE, "data/national_cues.txt")})


@cache
def _abroad_re() -> regex.Pattern[str]:
    """A foreign country right after a place name: "(tỉnh Hà Nam), Trung Quốc"."""
    countries = alternation(list(vocab.countries()))
    return regex.compile(rf"\G[ \t]*[,(][ \t]*{countries}(?![\p{{L}}\p{{M}}])")


@cache
def _country_re() -> regex.Pattern[str]:
    """A foreign country or an international body named anywhere."""
    countries = alternation(list(vocab.countries()))
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}]){countries}(?![\p{{L}}\p{{M}}])")


@cache
def _digest_re() -> regex.Pattern[str]:
    """A digest's title cue: ``Không thể bỏ lỡ``, ``Điểm tin``."""
    cues = alternation(load_lines(_PACKAGE, "data/digest_cues.txt"), fold_case=True)
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?i:{cues})(?![\p{{L}}\p{{M}}])")


# Between two names of an enumeration: "Hà Nội, TP HCM và Đà Nẵng".
_ENUM_GAP_RE = regex.compile(
    r"[ \t]*(?:,|;|và|hoặc)[ \t]*(?:(?:các[ \t]+)?(?:tỉnh|thành[ \t]+phố|TP\.?)[ \t]+)?"
)
_CAPITAL_NEXT_RE = regex.compile(r"\G \p{Lu}")
_IN_VIETNAM_RE = regex.compile(r"(?<![\p{L}\p{M}])(?i:tại|ở|về|vào|đến)[ \t]+Việt[ \t]+Nam")
_ENUM_MIN = 3  # provinces named in one list: none of them is what the article is about


def _enumerated(text: str, mentions: list[PlaceMention]) -> set[int]:
    """Indexes of the mentions standing in a list of ``_ENUM_MIN`` or more provinces."""
    out: set[int] = set()
    run = [0] if mentions else []
    for i in range(1, len(mentions) + 1):
        if i < len(mentions):
            prev, cur = mentions[i - 1], mentions[i]
            gap = (
                _ENUM_GAP_RE.fullmatch(text, prev.end, cur.start) if prev.end <= cur.start else None
            )
            if gap is not None:
                run.append(i)
                continue
        provinces = {p for j in run for p in mentions[j].provinces[:1]}
        if len(provinces) >= _ENUM_MIN:
            out.update(run)
        run = [i]
    return out


@cache
def _name_words() -> frozenset[str]:
    return frozenset(load_lines(_PACKAGE, "data/name_words.txt"))


@cache
def _street_words() -> frozenset[str]:
    return frozenset(load_lines(_PACKAGE, "data/street_words.txt"))


@cache
def _org_words() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(line.split()) for line in load_lines(_PACKAGE, "data/org_words.txt"))


# Words that may not stand between an organisation's head word and a province of its name:
# "Trường học ở Hà Nội" is a school in Hà Nội.
_ORG_GAP_STOPS = frozenset(
    {"tại", "ở", "của", "và", "với", "trên", "thuộc", "cho", "từ", "đến", "về", "trong"}
    | {"tỉnh", "thành", "phố", "huyện", "khu", "vực", "miền"}
)
_ORG_GAP = 3  # words allowed between the head word and the province
_ORG_WINDOW_RE = regex.compile(r"[^,.;:!?()\[\]\"“”'‘’\n–-]{0,80}$")


@cache
def _org_vocabulary() -> frozenset[str]:
    """Every word of ``data/org_words.txt``."""
    return frozenset(word for words in _org_words() for word in words)


def _in_org_name(text: str, start: int) -> bool:
    """A province at ``start`` closing an organisation's name: ``Đại học Bách khoa Hà Nội``,
    ``Nhà máy Đạm Ninh Bình``, ``CLB Hà Nội``."""
    window = _match.search(_ORG_WINDOW_RE, text, max(0, start - 80), start)
    if window is None:
        return False
    tokens = window.group().split()
    if _org_vocabulary().isdisjoint(tokens[-(_ORG_GAP + 3) :]):
        return False  # no word of an organisation's head within reach
    orgs = _org_words()
    for gap in range(_ORG_GAP + 1):
        for size in (1, 2, 3):
            head_end = len(tokens) - gap
            if head_end - size < 0:
                break
            if tuple(tokens[head_end - size : head_end]) in orgs:
                return True
        if gap < len(tokens) and tokens[len(tokens) - 1 - gap].lower() in _ORG_GAP_STOPS:
            return False
    return False


@cache
def _centrally_run() -> frozenset[str]:
    return frozenset(p.name for p in gazetteer.provinces() if p.kind == "thành phố")


# -- finding mentions ---------------------------------------------------------------------
def _previous_word(text: str, start: int) -> str:
    """The word just before ``start`` when only one space separates them, else ''."""
    if start < 2 or text[start - 1] != " " or not text[start - 2].isalpha():
        return ""
    i = start - 2
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    return text[i : start - 1]


def _may_follow_type_word(text: str, start: int) -> bool:
    """A quick test: the word before ``start`` could end a type word ("ủy", "xã", "TP.")."""
    if start == 0:
        return False
    before = text[start - 1]
    if before == "." or before == "(":
        return True
    if before != " " and before != "\t":
        return False
    types = _types()
    if start < 2 or text[start - 2] not in types.last_chars:
        return False  # most words before a name: the last letter tells
    if start > 2 and text[start - 3 : start - 1] not in types.last_pairs:
        return False  # or the last two ("ông", "anh" end as "phường", "tỉnh" do)
    # As far back as a separator and the longest last word (a chunk without a separator
    # that does not open the text is no last word).
    chunk = text[max(0, start - types.longest_last - 2) : start - 1]
    # the word before: after the last blank, line break or opening bracket ("...\nTP. Hồ
    # Chí Minh ...": a line opening with the type word under a page's header; "ông Hồ Sáu
    # (huyện Trảng Bom)")
    cut = max(chunk.rfind(" "), chunk.rfind("\t"), chunk.rfind("\n"), chunk.rfind("("))
    return chunk[cut + 1 :] in types.last_words


def _type_before(text: str, start: int) -> _TypeWord | None:
    """The type word written just before ``start`` (``huyện ``, ``TP.``), if any."""
    if not _may_follow_type_word(text, start):
        return None
    if text[start - 1] == "(":  # "chùa Cầu (Hội An)": a place in brackets, like after "ở"
        return _TypeWord(start - 1, "venue", "")
    window_start = max(0, start - _TYPE_WINDOW)
    found = _type_in_head(text[window_start:start])
    if found is None:
        return None
    pos, kind, unit = found
    type_start = window_start + pos
    if type_start > 0 and (text[type_start - 1].isalpha() or text[type_start - 1] == "."):
        return None  # the end of a longer word
    return _TypeWord(type_start, kind, unit)


@lru_cache(maxsize=_HEAD_MEMO)
def _type_in_head(head: str) -> tuple[int, str, str] | None:
    """``(offset, kind, unit)`` of the type word ending ``head``, the characters before a
    name (:data:`_TYPE_WINDOW`), if any (remembered: the same few type words and the words
    before them come back)."""
    if not head or head[-1] not in " \t.":
        return None
    tokens = head.replace("(", " ").split()  # "(huyện Trảng Bom)": the bracket is no part
    for n in (3, 2, 1):
        if len(tokens) < n:
            continue
        entry = _types().index.get(" ".join(tokens[-n:]).lower())
        if entry is None:
            continue
        pos = len(head)
        for token in reversed(tokens[-n:]):
            pos = head.rfind(token, 0, pos)
        if entry[1] == "thôn" and len(tokens) > n and tokens[-n - 1].lower() == "nông":
            return None  # nông thôn (the countryside)
        return pos, *entry
    return None


def _bare(text: str, words: list[_Word], i: int) -> tuple[PlaceMention | None, int]:
    """A province named bare by ``words[i:]``; and how many words it (or a not-a-place
    phrase) takes, 0 when none."""
    table = _bare_provinces()
    for key, n in _word_prefixes(words, i):
        if key not in table:
            continue
        name = table[key]
        start, end = words[i].start, words[i + n - 1].end
        prev = words[i - 1].text if i > 0 else _previous_word(text, start)
        if (
            name is None
            or prev in _name_words()
            or prev in _street_words()
            or _in_org_name(text, start)
            or _match.search(
                _CODE_AFTER_RE, text, end, end + 16
            )  # a rig: "giàn khoan Hải Dương 981"
        ):
            return None, n
        # "TPHCM", "TP HCM": an alias that carries its type word is the typed name
        typed = _match.match(_TYPE_IN_ALIAS_RE, text, start, end) is not None
        return PlaceMention(start, end, "province", name, (name,), typed), n
    return None, 0


_TYPE_IN_ALIAS_RE = regex.compile(r"(?:TP|Tp|Thành[ \t]+phố)(?=[ \t.]*\p{Lu})")
"""A province's alias written with its type word glued or spaced (``TPHCM``, ``TP HCM``)."""


_BARE_DISTRICT_BEFORE_RE = regex.compile(
    r"(?:^|[\n.!?:;\"“(]|(?<![\p{L}\p{M}])(?i:quê[ \t]+hương|địa[ \t]+bàn|nhân[ \t]+dân"
    r"|bà[ \t]+con|đồng[ \t]+bào|lãnh[ \t]+đạo|của))[ \t]*$"
)
"""Where a district may be named bare: opening the title, a sentence or a line (``Đăk
Song tổ chức ...``), or after ``quê hương``, ``địa bàn``, ``nhân dân``, ``của``."""


@cache
def _bare_district_prefixes() -> frozenset[str]:
    return frozenset(load_lines(_PACKAGE, "data/bare_district_prefixes.txt"))


@cache
def _bare_districts() -> dict[str, str]:
    """Keys of district names (two words or more) that belong to one province, are no
    province's and are no common word (``data/not_bare_districts.txt``) -> the district."""
    provinces = gazetteer.province_by_key()
    blocked = {name_key(n) for n in load_lines(_PACKAGE, "data/not_bare_districts.txt")}
    out = {}
    for key, found in gazetteer.districts_by_key().items():
        if (
            len(key.split()) >= 2
            and len({d.province for d in found}) == 1
            and key not in provinces
            and key not in blocked
            and not key[0].isdigit()
            and not key.startswith(("Quận", "Thị xã", "Thành phố", "TP"))
        ):
            out[key] = found[0].name
    return out


@cache
def _bare_district_firsts() -> frozenset[str]:
    return frozenset(key.split()[0] for key in _bare_districts())


def _bare_district(text: str, run: regex.Match[str]) -> PlaceMention | None:
    """A whole run that is a district of one province, named bare where a place opens a
    clause (:data:`_BARE_DISTRICT_BEFORE_RE`): ``Đăk Song tổ chức hội nghị ...``."""
    key = _run_tests(run.group()).bare_district
    if key is None:
        return None  # most runs: no bare district's name (a test on the first word)
    name = _bare_districts()[key]
    start = run.start()
    if not _match.search(_BARE_DISTRICT_BEFORE_RE, text, max(0, start - 24), start):
        return None
    province = gazetteer.districts_by_key()[key][0].province
    return PlaceMention(start, run.end(), "district", name, (province,), False, bare_district=True)


@lru_cache(maxsize=_RUN_MEMO)
def _word_offsets(written: str) -> tuple[tuple[int, int, str], ...]:
    """``(start, end, text)`` of the words of a name as written, offsets into it
    (remembered: the same names come back)."""
    return tuple((m.start(), m.end(), m.group()) for m in _match.finditer(_WORD_RE, written))


def _words(text: str, start: int, end: int) -> list[_Word]:
    """The words of ``text[start:end]`` (``_WORD_RE`` reads no further than ``end``)."""
    return [
        _Word(start + a, start + b, written) for a, b, written in _word_offsets(text[start:end])
    ]


@lru_cache(maxsize=_RUN_MEMO)
def _prefix_keys(texts: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    """``(key, count)`` of each word prefix of ``texts`` (at most ``_LONGEST_NAME``
    words), longest first (remembered)."""
    return tuple(
        (name_key(" ".join(texts[:n])), n) for n in range(min(_LONGEST_NAME, len(texts)), 0, -1)
    )


def _word_prefixes(words: list[_Word], i: int) -> tuple[tuple[str, int], ...]:
    """``(key, count)`` of each word prefix of ``words[i:]``, longest first."""
    return _prefix_keys(tuple(map(_word_text, words[i : i + _LONGEST_NAME])))


def _prefixes(words: list[_Word], i: int) -> list[tuple[str, int, int]]:
    """``(key, end, count)`` of each word prefix of ``words[i:]``, longest first."""
    return [(key, words[i + n - 1].end, n) for key, n in _word_prefixes(words, i)]


def _district_mention(start: int, end: int, found: tuple[District, ...], kind: str) -> PlaceMention:
    same_kind = tuple(d for d in found if d.kind == kind) or found
    provinces = tuple(dict.fromkeys(d.province for d in same_kind))
    return PlaceMention(start, end, "district", same_kind[0].name, provinces, True)


def _commune_mention(start: int, end: int, found: tuple[Commune, ...], kind: str) -> PlaceMention:
    same_kind = tuple(c for c in found if c.kind == kind) or found
    return PlaceMention(
        start,
        end,
        "commune",
        same_kind[0].name,
        tuple(c.province for c in same_kind),
        True,
        districts=tuple(c.district for c in same_kind),
        eras=tuple(c.era for c in same_kind),
    )


def _is_named_place(key: str) -> bool:
    return (
        key in gazetteer.province_by_key()
        or key in gazetteer.districts_by_key()
        or key in gazetteer.communes_by_key()
    )


def _typed(
    text: str, type_word: _TypeWord, words: list[_Word], i: int
) -> tuple[PlaceMention | None, int]:
    """The place named by ``words[i:]`` after ``type_word``, and how many words it takes."""
    kind, unit = type_word.kind, type_word.unit
    start = words[i].start
    prefixes = _prefixes(words, i)
    if kind == "village":
        if any(_is_named_place(name_key(text[type_word.start : end])) for _k, end, _n in prefixes):
            return None, 0  # "Buôn Ma Thuột" is a city, not the village "Ma Thuột"
        key, end, n = prefixes[-min(3, len(prefixes))]
        return PlaceMention(start, end, "village", key, (), True), n
    provinces = gazetteer.province_by_key()
    districts = gazetteer.districts_by_key()
    if kind == "venue":
        key, end, n = prefixes[0]  # the whole name: "ở Tân Sơn Nhất" is not "Tân Sơn"
        found = districts.get(key)
        if (
            key in provinces
            or key in _bare_provinces()  # not a place: "ở Hoàng Sa"
            or not found
            or len({d.province for d in found}) != 1
        ):
            return None, 0
        return PlaceMention(start, end, "district", found[0].name, (found[0].province,), False), n
    for key, end, n in prefixes:
        if kind == "province" and key in provinces:
            return _province_mention(text, type_word, start, end, provinces[key].name), n
        if kind == "city":
            prov = provinces.get(key)
            if prov is not None and (prov.name in _centrally_run() or key not in districts):
                return _province_mention(text, type_word, start, end, prov.name), n
            if key in districts:
                return _district_mention(start, end, districts[key], unit), n
        if kind in ("huyện", "quận", "thị xã") and key in districts:
            return _district_mention(start, end, districts[key], unit), n
        if kind == "commune":
            found_communes = gazetteer.communes_by_key().get(key)
            if found_communes:
                return _commune_mention(start, end, found_communes, unit), n
    # No name spelt so: one spelt so but for tone and vowel marks ("xã Đăk Mol").
    for key, end, n in prefixes:
        if kind in ("huyện", "quận", "thị xã") and (found := gazetteer.find_districts(key)):
            return _district_mention(start, end, found, unit), n
        if kind == "commune" and (found_communes := gazetteer.find_communes(key)):
            return _commune_mention(start, end, found_communes, unit), n
    return None, 0


def _province_mention(
    text: str, type_word: _TypeWord, start: int, end: int, name: str
) -> PlaceMention:
    """A province after its type word; ``TP. HCM`` keeps the ``TP.`` it is written with."""
    with_type = name_key(text[type_word.start : end])
    if with_type in gazetteer.province_by_key() and with_type.split()[0] == "TP":
        start = type_word.start
    return PlaceMention(start, end, "province", name, (name,), True)


def _inner_type(words: list[_Word], i: int) -> tuple[_TypeWord, int] | None:
    """A capitalised type word inside a run of capitalised words (``UBND Tỉnh Đắk Nông``)."""
    starters = _starters()
    first = words[i].text
    if first not in starters.types and first not in starters.pair_firsts:
        return None
    types = _types()
    if first.lower() not in types.first_words:
        return None  # the first word of a province's name (Bình Định), not of a type word
    for n in (2, 1):
        if i + n < len(words):
            entry = types.index.get(" ".join(w.text for w in words[i : i + n]).lower())
            if entry is not None:
                return _TypeWord(words[i].start, *entry), n
    return None


def _run_mentions(text: str, run: regex.Match[str]) -> list[PlaceMention]:
    """The places named in one run of capitalised words."""
    type_word = _type_before(text, run.start())
    words = _words(text, run.start(), run.end())
    out: list[PlaceMention] = []
    i = 0
    while i < len(words):
        found: PlaceMention | None = None
        taken = 0
        if i == 0 and type_word is not None:
            found, taken = _typed(text, type_word, words, 0)
            if found is not None and _match.search(
                _PLURAL_RE, text, max(0, type_word.start - 12), type_word.start
            ):
                out.append(found)
                out.extend(_listed(text, found, type_word.unit))
                return out
        if found is None and (inner := _inner_type(words, i)) is not None:
            inner_type, n = inner
            found, taken = _typed(text, inner_type, words, i + n)
            taken += n if found is not None else 0
        if found is None and name_key(words[i].text) in _first_words():
            found, taken = _bare(text, words, i)
        if found is not None:
            out.append(found)
        i += max(taken, 1)
    return out


def _number_mentions(text: str) -> list[PlaceMention]:
    """Places with a number for a name: ``quận 1``, ``phường 12``, ``thôn 3``."""
    if not any(hint in text for hint in _NUMBER_HINTS):
        return []
    out = []
    for m in _match.finditer(_NUMBER_RE, text):
        type_word = _type_before(text, m.start())
        if type_word is None or type_word.kind in ("province", "city", "venue"):
            continue
        name = f"{type_word.unit.capitalize()} {m.group()}"
        start, end = m.span()
        if type_word.kind == "village":
            out.append(PlaceMention(start, end, "village", name, (), True))
        elif type_word.kind == "commune" and (found := gazetteer.communes_by_key().get(name)):
            out.append(_commune_mention(start, end, found, type_word.unit))
        elif (districts := gazetteer.districts_by_key().get(name)) is not None:
            out.append(_district_mention(start, end, districts, type_word.unit))
    return out


def find_mentions(text: str) -> list[PlaceMention]:
    """Every place named in ``text`` (normal form), unresolved, in order.

    >>> [(m.name, m.level, m.provinces) for m in find_mentions("Huyện ủy Tu Mơ Rông họp.")]
    [('Tu Mơ Rông', 'district', ('Kon Tum',))]
    """
    out: list[PlaceMention] = []
    last_end = 0
    runs = list(_match.finditer(_RUN_RE, text))
    if "đăk " in text or "đak " in text or "đắk " in text:
        runs = sorted(
            runs + list(_match.finditer(_LOWER_DAK_RUN_RE, text)), key=lambda r: r.start()
        )
    for run in runs:
        start = run.start()
        if start < last_end:
            continue  # the rest of a list already read
        tests = _run_tests(run.group())
        if not tests.admitted and not _may_follow_type_word(text, start):
            if tests.bare_district is not None and (bare := _bare_district(text, run)):
                out.append(bare)
                last_end = bare.end
            continue  # most runs: names of people and organisations, sentence starts
        found = _run_mentions(text, run)
        if not found and (bare := _bare_district(text, run)) is not None:
            found = [bare]
        if found:
            out.extend(found)
            last_end = found[-1].end
    typed = {m.name for m in out if m.level == "district" and m.explicit}
    prefixes = _bare_district_prefixes()
    out = [
        m for m in out if not m.bare_district or m.name in typed or m.name.split()[0] in prefixes
    ]
    numbers = _number_mentions(text)
    if numbers:
        out = sorted(out + numbers, key=lambda men: men.start)
    return [men for men in out if not _abroad(text, men.end)]


def _abroad(text: str, end: int) -> bool:
    """A foreign country right after a place name (``tỉnh Hà Nam, Trung Quốc``)."""
    after = text[end : end + 2]
    if not after or (after[0] not in ",(" and after != " ("):
        return False
    return _match.search(_abroad_re(), text, end, end + 24) is not None


def _listed(text: str, first: PlaceMention, unit: str) -> list[PlaceMention]:
    """The other names of a list after a plural type word: ``các xã A, B và C``."""
    out: list[PlaceMention] = []
    end = first.end
    for _ in range(_MAX_LISTED):
        nxt = _match.search(_LIST_NEXT_RE, text, end, end + _LIST_LOOKAHEAD)
        if nxt is None:
            break
        words = _words(text, *nxt.span("name"))
        found: PlaceMention | None = None
        for key, key_end, _n in _prefixes(words, 0):
            if first.level == "district" and key in gazetteer.districts_by_key():
                districts = gazetteer.districts_by_key()[key]
                found = _district_mention(words[0].start, key_end, districts, unit)
                break
            communes = gazetteer.communes_by_key().get(key)
            if first.level == "commune" and communes:
                found = _commune_mention(words[0].start, key_end, communes, unit)
                break
        if found is None:
            break
        out.append(found)
        end = found.end
    return out


# -- resolving and voting -------------------------------------------------------------------
@dataclass(frozen=True)
class _Zones:
    title: tuple[int, int] | None
    lead: tuple[int, int] | None
    analysis: Analysis

    def weight(self, pos: int) -> float:
        if self.title and self.title[0] <= pos < self.title[1]:
            return _WEIGHT_TITLE
        if self.lead and self.lead[0] <= pos < self.lead[1]:
            return _WEIGHT_LEAD
        if self.analysis.in_caption(pos):
            return _WEIGHT_CAPTION
        return _WEIGHT_BODY


def _zones(ctx: Context) -> _Zones:
    title = ctx.layout.title
    return _Zones(
        (title.start, title.end) if title else None, ctx.analysis.first_paragraph, ctx.analysis
    )


def _ascii(s: str) -> str:
    s = s.replace("Đ", "D").replace("đ", "d")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return "".join(ch for ch in s.lower() if ch.isascii() and ch.isalnum())


@cache
def _outlets() -> tuple[tuple[str, str], ...]:
    """``(label prefix, province)`` pairs, longest prefix first."""
    pairs: dict[str, str] = {}
    for label, province in load_table(_PACKAGE, "data/outlets.tsv"):
        pairs[label.lower()] = province
    for name, prov in gazetteer.province_by_name().items():
        pairs.setdefault(_ascii(name), prov.name)
    return tuple(sorted(pairs.items(), key=lambda kv: -len(kv[0])))


_DOMAIN_RE = regex.compile(
    r"(?<![\w.@-])(?:https?://)?(?:www\.)?(?P<label>[a-z0-9-]+)(?:\.[a-z0-9-]+)*"
    rf"\.{vocab.tld_pattern()}(?![\w-])",
    regex.I,
)
_DOMAIN_HINTS = tuple(f".{t}" for t in vocab.tlds()) + tuple(f".{t.upper()}" for t in vocab.tlds())


def province_of_domain(domain: str) -> str | None:
    """The province an outlet's domain names, if any.

    >>> province_of_domain("baokontum.com.vn"), province_of_domain("nhandan.vn")
    ('Kon Tum', None)
    """
    m = _match.search(_DOMAIN_RE, domain)
    if m is None:
        return None
    label = m.group("label").lower()
    label = label.removeprefix("bao") if len(label) > 5 else label
    for prefix, province in _outlets():
        if label.startswith(prefix) and prefix:
            return province
    return None


def _domain_province(ctx: Context) -> str | None:
    texts = [ctx.doc.source or ""]
    for part in ctx.layout.parts:
        if part.kind in ("meta", "header", "furniture", "byline"):
            texts.append(ctx.text[part.start : part.end])
    body = ctx.layout.of("body")
    if body:  # a credit opening the lead: "(binhdinh.gov.vn) - Sáng 18/4, ..."
        texts.append(ctx.text[body[0].start : body[0].start + 40])
    for chunk in texts:
        if not any(tld in chunk for tld in _DOMAIN_HINTS):
            continue
        for m in _match.finditer(_DOMAIN_RE, chunk):
            found = province_of_domain(m.group())
            if found:
                return found
    return None


def _published(ctx: Context) -> dt.date | None:
    pub = ctx.doc.published
    if pub is not None:
        try:
            return dt.date.fromisoformat(pub.value[:10])
        except ValueError:
            return ctx.reference_date
    return ctx.reference_date


_TITLE_PREFIX_CHARS = 16
"""The most that may stand before a place opening the title (``Thành phố ``)."""


def _title_prefix(ctx: Context, mention: PlaceMention) -> bool:
    """A title opening with the place and a colon or a dash: ``Đắk Nông: ...``."""
    title = ctx.layout.title
    if title is None or mention.level == "village":
        return False
    if not title.start <= mention.start <= title.start + _TITLE_PREFIX_CHARS:
        return False
    head = ctx.text[title.start : mention.start]
    if head.strip() and head.strip().lower() not in ("tỉnh", "thành phố", "tp.", "tp"):
        return False
    tail = ctx.text[mention.end : mention.end + 3].lstrip()
    return tail[:1] in (":", "-", "–")


@dataclass
class _Votes:
    """Each province's score, where it is first named, and whether the title or the lead
    (or the outlet) names it, not just the body."""

    scores: dict[str, float]
    first: dict[str, int]
    prominent: set[str]
    national: bool
    """The title or the lead is about central bodies or the whole country."""
    explicit: set[str] = field(default_factory=set)
    """Provinces one of whose districts or communes some mention names with its type word
    or committee (``huyện Đắk Song``, ``xã Thuận Hà``)."""

    def add(
        self, province: str, weight: float, pos: int, prominent: bool, explicit: bool = False
    ) -> None:
        self.scores[province] = self.scores.get(province, 0.0) + weight
        self.first.setdefault(province, pos)
        if prominent:
            self.prominent.add(province)
        if explicit:
            self.explicit.add(province)

    def winner(self) -> str | None:
        """The best province if it is clearly the article's own, else None."""
        if not self.scores:
            return None
        ranked = sorted(self.scores, key=lambda p: (-self.scores[p], self.first[p]))
        best = ranked[0]
        if (
            len(ranked) == 1
            and not self.national
            and best in self.explicit
            and self.scores[best] >= _SINGLE_THRESHOLD
        ):
            # Every place named lies in one province, and a district or commune of it is
            # named with its type word ("xã Thuận Hà, huyện Đắk Song" in a district's
            # post): that province. (A province named once in passing is not enough.)
            return best
        if self.scores[best] < _THRESHOLD:
            return None
        if best in self.prominent:
            return best
        # Only the body names it: it must stand out (a national article naming Hà Nội and
        # TP. HCM in passing has no province), more so in an article about central bodies.
        second = self.scores[ranked[1]] if len(ranked) > 1 else 0.0
        if self.national:
            if self.scores[best] < _NATIONAL_THRESHOLD or self.scores[best] <= 2 * second:
                return None
        elif self.scores[best] <= _DOMINANCE * second:
            return None
        return best


def _national(ctx: Context, zones: _Zones) -> bool:
    """Whether the title or the lead is about central bodies or the whole country."""
    for zone in (zones.title, zones.lead):
        if zone is None:
            continue
        chunk = ctx.content[zone[0] : zone[1]]
        if not any(hint in chunk for hint in _national_hints()):
            continue
        for m in _match.finditer(_national_re(), chunk):
            if not _match.search(
                _CITED_BEFORE_RE, chunk, max(0, m.start() - CITED_REACH), m.start()
            ):
                return True
    return False


_CITED_BEFORE_RE = regex.compile(r"(?:^|[.;:\n][ \t]*)(?i:căn[ \t]+cứ)(?![\p{L}])[^.;:\n]*$")
"""A clause citing a document (``Căn cứ Nghị quyết ... Ban Chấp hành Trung ương ...``): the
central bodies it names are its authors, not what the article is about."""
CITED_REACH = 300
"""How far back the ``Căn cứ`` of a citation may open its clause."""


def _vote(ctx: Context, mentions: list[PlaceMention]) -> _Votes:
    zones = _zones(ctx)
    national = _national(ctx, zones)
    votes = _Votes({}, {}, set(), national)
    listed = _enumerated(ctx.content, mentions)
    low = ctx.analysis.lower
    former = any(word in low for word in _FORMER_POST_WORDS)
    ambiguous: list[tuple[PlaceMention, frozenset[str]]] = []
    for i, men in enumerate(mentions):
        if i in listed:
            continue  # one of a list ("các địa phương như Hà Nội, TP HCM, ...")
        if former and _former_post_before(ctx, men.start):
            continue  # "từng giữ vị trí Bí thư Tỉnh ủy Quảng Ninh": once served there
        if len(set(men.provinces)) != 1:
            ambiguous.append((men, frozenset(men.provinces)))
            continue
        _cast(ctx, zones, national, votes, men, men.provinces[0])
    # "huyện Chợ Mới" (in An Giang and in Bắc Kạn) in an article that names Bắc Kạn: the
    # district votes for the one of its provinces the rest of the text names.
    named = set(votes.scores)
    for men, provinces in ambiguous:
        if len(provinces & named) == 1:
            _cast(ctx, zones, national, votes, men, next(iter(provinces & named)))
    return votes


def _cast(
    ctx: Context, zones: _Zones, national: bool, votes: _Votes, men: PlaceMention, province: str
) -> None:
    """Add ``men``'s vote for ``province``, weighed by where it stands and what it is."""
    zone_weight = zones.weight(men.start)
    if national and province == _CAPITAL and _previous_word(ctx.content, men.start) in _VENUE_WORDS:
        # "tại Hà Nội" as the venue of a national event is not what it is about.
        zone_weight = min(zone_weight, _WEIGHT_BODY)
    weight = zone_weight * _WEIGHT_LEVEL[men.level]
    if men.explicit:
        weight *= _WEIGHT_EXPLICIT
    prefix = _title_prefix(ctx, men)
    if prefix:
        weight += _BONUS_TITLE_PREFIX
    prominent = prefix or (zone_weight > _WEIGHT_BODY and men.level != "village")
    local = (men.explicit or men.bare_district) and men.level in ("district", "commune")
    votes.add(province, weight, men.start, prominent, local)


def _no_province_of_its_own(ctx: Context, mentions: list[PlaceMention]) -> bool:
    """A digest (``Điểm tin``), or an article whose title and lead name a foreign country
    and no place of Vietnam (a province only in the body is one in passing)."""
    zones = _zones(ctx)
    if zones.title and _match.search(_digest_re(), ctx.content, *zones.title):
        return True
    head = [z for z in (zones.title, ctx.analysis.lead) if z is not None]
    if not head or any(a <= men.start < b for men in mentions for a, b in head):
        return False
    if any(_match.search(_IN_VIETNAM_RE, ctx.content, a, b) for a, b in head):
        return False  # "hàng lậu từ Campuchia về Việt Nam": the story is at home
    return any(
        not _in_name(ctx.content, m.start(), m.end())
        for a, b in head
        for m in _match.finditer(_country_re(), ctx.content, a, b)
    )


def _in_name(text: str, start: int, end: int) -> bool:
    """A capitalised word just before ``start`` or after ``end``: a name (``Xuân Anh``,
    ``Anh Tuấn``, ``Mỹ Đình``), not a country."""
    before = _previous_word(text, start)
    return (bool(before) and before[0].isupper()) or _match.search(
        _CAPITAL_NEXT_RE, text, end, end + 3
    ) is not None


def _resolve(
    mention: PlaceMention, evidence: dict[str, float], named_districts: set[str], late: bool
) -> PlaceMention:
    """Pick one province (and district) for an ambiguous district or commune."""
    if len(set(mention.provinces)) <= 1:
        return mention
    idx = list(range(len(mention.provinces)))
    if mention.eras:
        want = "2025" if late else "2008"
        idx = [i for i in idx if mention.eras[i] == want] or idx
        if mention.districts:
            near = [i for i in idx if mention.districts[i] in named_districts]
            idx = near or idx
    best = max((evidence.get(mention.provinces[i], 0.0) for i in idx), default=0.0)
    if best > 0:
        idx = [i for i in idx if evidence.get(mention.provinces[i], 0.0) == best]
    if len({mention.provinces[i] for i in idx}) != 1:
        return PlaceMention(
            mention.start, mention.end, mention.level, mention.name, (), mention.explicit
        )
    i = idx[0]
    return PlaceMention(
        mention.start,
        mention.end,
        mention.level,
        mention.name,
        (mention.provinces[i],),
        mention.explicit,
        districts=(mention.districts[i],) if mention.districts else (),
        eras=(mention.eras[i],) if mention.eras else (),
    )


# -- the rules --------------------------------------------------------------------------------
TYPED_NAME = Rule(
    "places.named-with-type-word",
    "A name after its type word or committee: tỉnh Đắk Nông, Huyện ủy Tu Mơ Rông, xã Đắk Ha, "
    "quận 1, các xã A, B và C.",
)
BARE_PROVINCE = Rule(
    "places.bare-province",
    "A province's name alone (Đắk Nông), unless part of a person's, a street's or an "
    "organisation's name.",
)
VENUE_DISTRICT = Rule(
    "places.district-after-o-tai",
    "A district of one province named bare after ở, tại or in brackets: ở Đồ Sơn.",
)
BARE_DISTRICT = Rule(
    "places.bare-district",
    "A district of one province named bare opening the title, a sentence or a line, or "
    "after quê hương, địa bàn, nhân dân: Đăk Song tổ chức ...",
)
VILLAGE = Rule("places.village", "thôn 3, buôn Ma Thuột's neighbours: a village (no province).")
PROVINCE_VOTE = Rule(
    "places.province-vote",
    "The province the article is about: each place's vote weighted by where it stands "
    "(title 4, lead 2, body 1, caption 0.5), explicit x1.5; the best if it stands out.",
)


def _rule_of(men: PlaceMention) -> Rule:
    if men.level == "village":
        return VILLAGE
    if men.explicit:
        return TYPED_NAME
    if men.bare_district:
        return BARE_DISTRICT
    return BARE_PROVINCE if men.level == "province" else VENUE_DISTRICT


def run(ctx: Context) -> None:
    """Set ``ctx.doc.locations`` (every place named) and ``ctx.doc.province``."""
    mentions = find_mentions(ctx.content)
    votes = _vote(ctx, mentions)
    domain = _domain_province(ctx)
    if domain is not None:
        votes.add(domain, _BONUS_DOMAIN, len(ctx.text), True)
    published = _published(ctx)
    late = published is not None and published >= _MERGER_DAY
    named_districts = {m.name for m in mentions if m.level == "district"}
    resolved = [_resolve(m, votes.scores, named_districts, late) for m in mentions]

    province = None if _no_province_of_its_own(ctx, mentions) else votes.winner()
    if province == "Thừa Thiên Huế" and published is not None and published >= _HUE_CITY_DAY:
        province = "Huế"
    ctx.doc.province = province

    locations = []
    for men in resolved:
        text, span = ctx.item(men.start, men.end)
        ctx.accepted(_rule_of(men), "location", men.start, men.end)
        locations.append(
            Location(
                text=text,
                span=span,
                name=men.name,
                level=men.level,
                province=men.provinces[0] if men.provinces else None,
            )
        )
    ctx.doc.locations = locations
