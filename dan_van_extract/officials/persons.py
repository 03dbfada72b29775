"""Step 3 of the officials extractor: mentions merged into one entry per person.

Mentions of the same full name merge; ``ông Cang`` (a given name after a form of address)
and a title standing alone (``Phó Bí thư Thường trực Tỉnh ủy nhấn mạnh``) attach to the
one official they fit, as mentions. One position worded several ways is listed once, in
its fullest wording.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

import regex

from .. import _match, vocab
from .._scan import keyed
from .._spans import SpanIndex
from ..context import Context
from ..models import Mention
from .lexicon import CAP_WORD, L, Lexicons
from .rules import GIVEN_NAME_MENTION, TITLE_MENTION

__all__ = [
    "PLURAL_BEFORE_RE",
    "PLURAL_WINDOW",
    "MentionSpan",
    "Person",
    "attach_given_names",
    "attach_title_mentions",
    "title_key",
]

_ABBR = {
    "ubnd": "ủy ban nhân dân",
    "hđnd": "hội đồng nhân dân",
    "mttq": "mặt trận tổ quốc",
    "btv": "ban thường vụ",
    "bch": "ban chấp hành",
    "t.ư": "trung ương",
    "tw": "trung ương",
    "tp": "thành phố",
    "tp.": "thành phố",
    "đbqh": "đại biểu quốc hội",
    "hđqt": "hội đồng quản trị",
}
_DOT_SPACE_RE = regex.compile(r"(?<=\b(?:gs|pgs|ts|ths|bs))\.[ \t]+(?=(?:ts|tskh|ths|bs)\b)")
_KEY_WORD_RE = regex.compile(r"[\p{L}\p{M}\p{N}.&]+")
_GIVEN_NAME_RE = keyed(
    regex.compile(
        rf"(?<![{L}])(?:{vocab.forms_of_address_pattern()})\s+({CAP_WORD})(?![ ]?\p{{Lu}})(?![{L}])"
    ),
    vocab.forms_of_address(),
)
"""A form of address and one capitalised word alone: ``ông Cang``."""
_NEXT_TOKEN_RE = regex.compile(r"[ \t]*([\p{L}\p{M}]+)")
PLURAL_BEFORE_RE = regex.compile(r"(?:(?<![\p{L}])(?:các|những|hai|ba|\d+)[ \t]+)$", regex.I)
_NOT_ALONE_BEFORE = ("phó ", "yên ")
"""A title right after these is part of another (``Phó Chủ tịch``, ``Yên Bái``)."""
PLURAL_WINDOW = 12
"""How far before a title alone ``các`` (several people) is looked for."""


TITLE_KEY_MEMO = 4096
"""Title keys remembered before the memo starts afresh."""
_title_keys: tuple[Lexicons | None, dict[str, str]] = (None, {})
"""The lexicons the remembered title keys were made with, and the keys by title."""


def title_key(title: str, lex: Lexicons) -> str:
    """A title's key for comparing wordings: lower case, abbreviations spelled out
    (``UBND`` = ``ủy ban nhân dân``), typos corrected, ``PGS. TS`` = ``PGS.TS``.

    Remembered: the same few titles (``Bí thư Tỉnh ủy``) are compared again and again,
    within an article and across articles."""
    global _title_keys
    made_with, keys = _title_keys
    if made_with is not lex:
        keys = {}
        _title_keys = (lex, keys)
    key = keys.get(title)
    if key is None:
        if len(keys) >= TITLE_KEY_MEMO:
            keys.clear()
        key = keys[title] = _make_title_key(title, lex)
    return key


def _make_title_key(title: str, lex: Lexicons) -> str:
    """The key of :func:`title_key`, made."""
    t = _match.sub(_DOT_SPACE_RE, ".", title.lower())
    for variant, canonical in lex.typos:
        t = t.replace(variant.lower(), canonical.lower())
    words = _match.findall(_KEY_WORD_RE, t)
    return " ".join(_ABBR.get(w, lex.abbreviations.get(w, w.rstrip("."))).lower() for w in words)


_POSITION_PREFIXES = frozenset({"phó", "nguyên", "cựu", "tân", "quyền", "uv"})


def spelled_out(title: str, lex: Lexicons) -> str:
    """A title with its abbreviated positions spelled out (``Phó CT UBND huyện`` -> ``Phó
    Chủ tịch UBND huyện``, ``TUV`` -> ``Tỉnh ủy viên``); the title itself when it has none."""
    table = lex.abbreviations_as_written
    words = title.split(" ")
    # Only the position is abbreviated: the title's first word, or the one after a prefix
    # ("Phó CT", "nguyên PCT"); "Bộ LĐ - TB & XH" keeps its TB (Thương binh).
    for i in range(min(3, len(words))):
        if words[i] in table:
            words[i] = table[words[i]]
        elif words[i].lower() not in _POSITION_PREFIXES:
            break
    return " ".join(words)


def name_key(name: str) -> str:
    """A name's key: lower case, single spaces."""
    return " ".join(name.lower().split())


@dataclass(frozen=True)
class MentionSpan:
    """Where one mention of a person stands (normal-form offsets)."""

    start: int
    end: int
    tail: int
    """Where the mention ends, titles written after the name included (roles follow it)."""
    lead: int
    """Where the mention starts, titles and form of address before the name included
    (roles opening the sentence precede it)."""


@dataclass
class Person:
    """One person being assembled from their mentions."""

    name: str
    key: str
    titles: list[str] = field(default_factory=list)
    """Each title as written in the caller's input."""
    title_keys: list[str] = field(default_factory=list)
    title_forms: list[str] = field(default_factory=list)
    """Each title in the normal form, single-spaced (to find it standing alone)."""
    mentions: list[Mention] = field(default_factory=list)
    spans: list[MentionSpan] = field(default_factory=list)
    title_spans: list[tuple[int, int]] = field(default_factory=list)

    def add_title(self, text: str, form: str, key: str, spelled: str | None = None) -> None:
        """Add a title unless one with the same key is there; a title written with an
        abbreviated position is followed by its spelled-out wording."""
        if key and key not in self.title_keys:
            self.titles.append(text)
            self.title_keys.append(key)
            self.title_forms.append(form)
            if spelled and spelled != text:
                self.titles.append(spelled)
                self.title_keys.append(key)
                self.title_forms.append(spelled)

    def drop_contained_titles(self) -> None:
        """One position worded several ways is listed once, in its fullest wording."""
        keep: list[int] = []
        for i, k in enumerate(self.title_keys):
            longer = any(
                j != i and len(o) > len(k) and o.startswith(k + " ")
                for j, o in enumerate(self.title_keys)
            )
            if not longer:
                keep.append(i)
        self.titles = [self.titles[i] for i in keep]
        self.title_keys = [self.title_keys[i] for i in keep]
        self.title_forms = [self.title_forms[i] for i in keep]


def _occurrences(low: str, needles: dict[str, Person]) -> list[tuple[int, int, Person]]:
    """Where each needle (a lower-case title) stands in ``low`` as whole words, longest
    first at each place: one scan for the needles' first words, each place then tried
    against the lengths of the needles that start with its word, longest first (a set
    look-up for each length, so that a long report with hundreds of titles stays linear)."""
    by_first: dict[str, dict[int, set[str]]] = {}
    for needle in needles:
        by_first.setdefault(needle.split(" ", 1)[0], {}).setdefault(len(needle), set()).add(needle)
    lengths = {first: sorted(groups, reverse=True) for first, groups in by_first.items()}
    out: list[tuple[int, int, Person]] = []
    taken_to = 0
    for a, first in _whole_words(low, by_first):
        if a < taken_to:
            continue
        groups = by_first[first]
        for length in lengths[first]:
            b = a + length
            if low[a:b] in groups[length] and (b == len(low) or not _is_letter(low[b])):
                out.append((a, b, needles[low[a:b]]))
                taken_to = b
                break
    return out


def _whole_words(low: str, words: Iterable[str]) -> list[tuple[int, str]]:
    """``(start, word)`` of each of ``words`` standing in ``low`` as a whole word, from the
    left and not overlapping, the longest where several start at one place: what one scan
    for them as an alternation finds, without compiling one for each article."""
    found: list[tuple[int, int, str]] = []
    end = len(low)
    for word in words:
        n = len(word)
        i = low.find(word) if n else -1
        while i >= 0:
            j = i + n
            if (i == 0 or not _is_letter(low[i - 1])) and (j == end or not _is_letter(low[j])):
                found.append((i, -n, word))
            i = low.find(word, i + 1)
    found.sort()
    out: list[tuple[int, str]] = []
    resume = 0
    for i, minus_n, word in found:
        if i >= resume:
            out.append((i, word))
            resume = i - minus_n
    return out


def _is_letter(ch: str) -> bool:
    return ch.isalpha() or unicodedata.category(ch).startswith("M")


def attach_given_names(ctx: Context, officials: list[Person], name_spans: SpanIndex) -> None:
    """``ông Cang``: a form of address and a given name alone point to the one official
    whose name ends with it."""
    by_given: dict[str, list[Person]] = {}
    for p in officials:
        by_given.setdefault(p.key.split()[-1], []).append(p)
    for m in ctx.analysis.keyed_matches(_GIVEN_NAME_RE):
        a, b = m.span(1)
        if name_spans.covers(a):
            continue
        cands = by_given.get(m.group(1).lower(), [])
        if len(cands) == 1:
            text, span = ctx.item(a, b)
            cands[0].mentions.append(Mention(text=text, span=span, kind="given_name"))
            cands[0].spans.append(MentionSpan(a, b, b, m.start()))
            ctx.accepted(GIVEN_NAME_MENTION, "mention", a, b)


def attach_title_mentions(
    ctx: Context, officials: list[Person], name_spans: SpanIndex, lex: Lexicons
) -> None:
    """``Phó Bí thư Thường trực Tỉnh ủy nhấn mạnh``: a title alone points to its holder,
    when one official alone holds it. All such titles are found in one scan."""
    owners: dict[str, list[Person]] = {}
    forms: dict[str, str] = {}
    for p in officials:
        for key, form in zip(p.title_keys, p.title_forms, strict=True):
            if len(key.split()) >= 2 and p not in owners.get(key, []):
                owners.setdefault(key, []).append(p)
                forms.setdefault(form.lower(), key)
    unique = {k: ps[0] for k, ps in owners.items() if len(ps) == 1}
    needles = {form: unique[key] for form, key in forms.items() if key in unique}
    if not needles:
        return
    text = ctx.content
    low = ctx.analysis.lower
    found = _occurrences(low, needles)
    if not found:
        return  # (most articles: no title stands alone; the index below is not built)
    # (built at once from every span: sorted first, each added after the one before, the
    # index's cheap path; the same spans as adding them one by one)
    taken = SpanIndex(
        [(s.lead, s.tail) for p in officials for s in p.spans]
        + [span for p in officials for span in p.title_spans]
    )
    for a, b, person in found:
        if taken.overlaps(a, b) or name_spans.covers(a):
            continue
        nxt = _match.match(_NEXT_TOKEN_RE, text, b)
        if nxt and (nxt.group(1)[0].isupper() or nxt.group(1).lower() in lex.title_words):
            continue  # the start of a longer title or one before a name: "Đại sứ quán"
        if _match.search(PLURAL_BEFORE_RE, text, max(0, a - PLURAL_WINDOW), a):
            continue  # "các Phó Chủ tịch UBND tỉnh": not one person
        if low[max(0, a - 4) : a] in _NOT_ALONE_BEFORE or low[max(0, a - 7) : a] == "nguyên ":
            continue
        mtext, mspan = ctx.item(a, b)
        person.mentions.append(Mention(text=mtext, span=mspan, kind="title"))
        person.spans.append(MentionSpan(a, b, b, a))
        taken.add(a, b)
        ctx.accepted(TITLE_MENTION, "mention", a, b)
