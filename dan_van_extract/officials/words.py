"""The words of titles: tokens, where positions start, and which words may stand inside a
title (shared by the name finder and the title reader)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache
from itertools import pairwise
from typing import NamedTuple, overload

import regex

from .. import _match, vocab
from ..analysis import Analysis
from .lexicon import L, Lexicons, lexicons

__all__ = [
    "ACRONYM_RE",
    "DASHES",
    "FORM_OF_ADDRESS_RE",
    "LAST_TWO_WORDS_RE",
    "LazyTokens",
    "Token",
    "capital_follows",
    "has_stop",
    "inner_phrase_end",
    "inner_spans",
    "inside_organisation",
    "is_org_head",
    "is_title_word",
    "keeps_lowercase",
    "position_ends_at",
    "position_starts",
    "second_syllable",
    "surname_at",
    "title_tokens_ok",
    "tokens",
]

DASHES = frozenset({"-", "–", "—"})
Span = tuple[int, int]

POSITION_END_WINDOW = 80
"""How far before a name a title ending at it is looked for (foreign leaders)."""
POSITION_END_TOKENS = 6
"""At most this many words between a position and a name for the title to end at it."""
ORGANISATION_WINDOW = 30
"""How far back the start of an organisation's name is looked for from a word in it."""
LOWER_WORD_WINDOW = 40
"""How far after ``và`` the next lower-case word is looked for."""

# A token of a title: a word (abbreviations keep their inner dots: T.Ư, TP.HCM) or a mark.
_TOKEN_RE = regex.compile(rf"[{L}\p{{N}}]+(?:[.'&/][{L}\p{{N}}]+)*\.?|\S|\n")
_ROMAN_RE = regex.compile(r"^[IVXLC]+$")
ACRONYM_RE = regex.compile(r"\([A-ZĐ&.-]{2,12}\)")
"""``Hội Bảo vệ thiên nhiên và môi trường Việt Nam (VACNE)``: an organisation's acronym."""
_PART_OF_ANOTHER_WORD_RE = regex.compile(r"(?:(?<![\p{L}])(?:[Bb]an|chính)[ \t]+)$")
"""``Ban Bí thư`` is an organisation, ``chính quyền`` is not the prefix ``quyền``."""
_SPACE_CAPITAL_RE = regex.compile(r"[ \t]+\p{Lu}")
_SPACE_LOWER_WORD_RE = regex.compile(r"[ \t]+(\p{Ll}[\p{L}\p{M}]*)")
LAST_TWO_WORDS_RE = regex.compile(
    r"(?:(?P<b>[\p{L}\p{M}\p{N}.&]+)[ \t]+)?(?P<w>[\p{L}\p{M}\p{N}.&]+)[ \t]*$", regex.REVERSE
)
"""The last one or two words before an offset (searched in a short window). Matched
backwards from the window's end: the same match as a forward search (every part is a
greedy run of one class, so the leftmost start is the longest reach back), in time linear
in the window instead of quadratic (2 µs instead of 30-140 µs a search)."""
FORM_OF_ADDRESS_RE = regex.compile(rf"{vocab.forms_of_address_pattern()}(?![\p{{L}}])")
"""A form of address (``ông``, ``bà``, ``đồng chí``) as a whole word."""
_HONORIFIC_AND_SURNAME_RE = regex.compile(
    rf"{vocab.forms_of_address_pattern()}[ \t]+(?P<w>\p{{Lu}}[\p{{L}}\p{{M}}]*)"
)


class Token(NamedTuple):
    """One token of a title: a word or a mark, and where it stands (normal form). A named
    tuple: the tokeniser makes tens of thousands a run, and a tuple is built several
    times faster than a frozen dataclass."""

    start: int
    end: int
    text: str


def tokens(text: str, start: int, end: int) -> list[Token]:
    """Title tokens in ``text[start:end]``; a trailing dot stays only on abbreviations
    (``TP.``, ``T.Ư.``)."""
    return list(_read_tokens(text, start, end))


def _read_tokens(text: str, start: int, end: int) -> Iterator[Token]:
    """The tokens of :func:`tokens`, one at a time."""
    abbreviations = vocab.abbreviations()
    glued = _glued_positions()
    for m in _match.finditer(_TOKEN_RE, text, start, end):
        tok = m.group()
        a, b = m.span()
        dot = tok.find(".")
        if 0 < dot < len(tok) - 1 and tok[:dot] in glued and tok[dot + 1].isupper():
            # "CT.Hội CCB quận": an abbreviated position glued to its organisation
            yield Token(a, a + dot + 1, tok[: dot + 1])
            a, tok = a + dot + 1, tok[dot + 1 :]
        if len(tok) > 1 and tok.endswith(".") and tok[:-1] not in abbreviations:
            yield Token(a, b - 1, tok[:-1])
            yield Token(b - 1, b, ".")
        else:
            yield Token(a, b, tok)


@cache
def _glued_positions() -> frozenset[str]:
    """Abbreviated positions written with a full stop and glued to the organisation after
    them (``CT.Hội CCB quận``): ``data/abbreviations.tsv`` entries ending in a dot."""
    return frozenset(a[:-1] for a in lexicons().abbreviations_as_written if a.endswith("."))


class LazyTokens(Sequence[Token]):
    """The tokens of :func:`tokens`, read only as far as they are asked for: a title
    reader that stops at its first comma does not tokenise the rest of its window."""

    __slots__ = ("_items", "_rest")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._items: list[Token] = []
        self._rest: Iterator[Token] | None = _read_tokens(text, start, end)

    def _read_to(self, n: int | None) -> None:
        """Read tokens until ``n`` are held (``None``: all of them)."""
        if self._rest is None:
            return
        items = self._items
        while n is None or len(items) < n:
            tok = next(self._rest, None)
            if tok is None:
                self._rest = None
                return
            items.append(tok)

    @overload
    def __getitem__(self, i: int) -> Token: ...

    @overload
    def __getitem__(self, i: slice) -> list[Token]: ...

    def __getitem__(self, i: int | slice) -> Token | list[Token]:
        if isinstance(i, slice):
            stop = i.stop
            self._read_to(stop if stop is not None and stop >= 0 and i.step is None else None)
            return self._items[i]
        self._read_to(i + 1 if i >= 0 else None)
        return self._items[i]

    def __iter__(self) -> Iterator[Token]:
        i = 0
        while True:
            self._read_to(i + 1)
            if i >= len(self._items):
                return
            yield self._items[i]
            i += 1

    def __len__(self) -> int:
        self._read_to(None)
        return len(self._items)


def is_title_word(tok: str, lex: Lexicons) -> bool:
    """A token that may stand in a title before a name: a mark joining its parts, a
    capitalised word, a number, a Roman numeral or a lower-case title word."""
    if tok in (",", "&", "/", ".") or tok in DASHES:
        return True
    first = tok[0]
    if first.isupper() or first.isdigit():
        return True
    if _ROMAN_RE.match(tok):
        return True
    return tok.lower().rstrip(".") in lex.title_words


def is_org_head(tok: str, lex: Lexicons) -> bool:
    """A syllable heading an organisation's name (``Ban``, ``Sở``, ``Viện``)."""
    return tok.lower() in lex.org_heads


def position_starts(analysis: Analysis, lo: int, hi: int, lex: Lexicons) -> list[Span]:
    """Positions (with their prefixes) starting inside ``[lo, hi)``, each as its longest
    match: the whole content is scanned for them once (:meth:`Analysis.hits`)."""
    text = analysis.content
    return [
        (a, b)
        for a, b in analysis.hits(lex.prefix_position_re, lo, hi)
        if _stands_as_position(text, a, lex)
    ]


def _stands_as_position(text: str, a: int, lex: Lexicons) -> bool:
    """Whether a position found at ``a`` is one, not part of another word (``trưởng
    thành``, ``Ban Bí thư``, ``chính quyền``, ``K'Bí``)."""
    if a > 0 and text[a - 1] in "'’":
        return False
    if _match.match(lex.not_position_re, text, a, a + 16):
        return False  # "trưởng thành": a word, no position
    return not _match.search(_PART_OF_ANOTHER_WORD_RE, text, max(0, a - 6), a)


def position_ends_at(analysis: Analysis, pos: int, lex: Lexicons) -> bool:
    """Whether a title ends right before ``pos``: a position (``Ngoại trưởng``) or a
    position and its organisation or country (``Chủ tịch Hạ viện``, ``Bộ trưởng Công
    thương Nga``), with no word that ends titles in between."""
    text = analysis.content
    lo = max(0, pos - POSITION_END_WINDOW)
    for a, end in analysis.hits(lex.prefix_position_re, lo, pos):
        # The positions of :func:`position_starts`, those that run past pos not tested.
        if end > pos or not _stands_as_position(text, a, lex):
            continue
        if not text[end:pos].strip(" \t"):
            return True
        toks = tokens(text, end, pos)
        if (
            toks
            and len(toks) <= POSITION_END_TOKENS
            and all(t.text[:1].isupper() or t.text.lower() in lex.title_words for t in toks)
            and not has_stop(analysis, end, pos, lex)
        ):
            return True
    return False


def inner_spans(text: str, toks: list[Token], lex: Lexicons) -> list[tuple[int, int]]:
    """The stop words standing inside an organisation's name among ``toks``
    (:func:`inner_phrase_end`), as spans."""
    out: list[tuple[int, int]] = []
    for idx, tok in enumerate(toks):
        if tok.text.lower() not in lex.inner_first_words:
            continue
        if tok.text[:1].islower() and not (out and tok.start < out[-1][1]):
            end = inner_phrase_end(text, toks, idx, lex)
            if end is not None:
                out.append((tok.start, end))
    return out


def title_tokens_ok(
    toks: list[Token],
    lex: Lexicons,
    text: str | None = None,
    covered: list[tuple[int, int]] | None = None,
) -> bool:
    """Whether every token may stand in a title written before a name. A lower-case
    syllable right after a capitalised word is that word's second syllable (``Quy hoạch
    - Kiến trúc``, ``Cục Chăn nuôi``), unless it is a word that ends titles; with the
    ``text``, a stop word inside an organisation's name (``Khối các cơ quan``) may stand."""
    # Most chains are all title words: the spans that let other words stand (all pure
    # look-ups) are worked out only for the tokens that need them.
    pending = [
        tok
        for idx, tok in enumerate(toks)
        if not (is_title_word(tok.text, lex) or second_syllable(toks, idx, lex))
    ]
    if not pending:
        return True
    inner = inner_spans(text, toks, lex) if text is not None else []
    inner += covered or []  # the positions' own words: "Thống lĩnh các lực lượng vũ trang"
    if text is not None and toks:
        # "Chủ tịch Tập đoàn Điện lực Việt Nam (EVN) Dương Quang Thành": an acronym
        inner += [m.span() for m in _match.finditer(ACRONYM_RE, text, toks[0].start, toks[-1].end)]
        # "Ủy ban Về các vấn đề xã hội": a known organisation, whatever its words
        for t in toks:
            if t.text[:1].isupper() and t.text.lower() in lex.phrase_first_words:
                m = _match.match(lex.not_name_re, text, t.start)
                if m is not None:
                    inner.append(m.span())
        # "Tập đoàn điện lực Việt Nam": a company's name runs on over lower-case words
        heads = [
            t
            for t in toks
            if t.text[:1].isupper()
            and t.text.lower() in lex.company_first_words
            and _match.match(lex.company_re, text, t.start)
        ]
        if heads:
            inner += [
                (t.start, t.end)
                for t in toks
                if t.start > heads[0].start
                and t.text[:1].islower()
                and not _match.match(lex.stop_re, text, t.start)
            ]
    # "Đội CSGT số 3", "Trường THCS số 1": a number inside a unit's name
    inner += [
        (tok.start, tok.end)
        for tok, nxt in pairwise(toks)
        if tok.text == "số" and nxt.text.isdigit()
    ]
    return all(
        any(a <= tok.start < b for a, b in inner)
        # "Chủ nhiệm Ủy ban Kinh tế của Quốc hội Lê Thị Mai": "của" inside the body's name
        or (tok.text == "của" and text is not None and keeps_lowercase(text, tok.start, tok.text))
        for tok in pending
    )


_HEADS_OF_A_UNIT = frozenset({"vụ trưởng", "vụ phó", "cục trưởng", "cục phó", "viện trưởng"})
"""Positions the name of their unit follows without its head word (``Vụ trưởng Tiền
lương``, ``Cục trưởng Quản lý thị trường``)."""


_DOCUMENT_WORDS = frozenset(
    {"quy chế", "nghị quyết", "chỉ thị", "kết luận", "nghị định", "quyết định", "điều lệ"}
)
"""Kinds of documents papers capitalise inside a title (``Trưởng ban chỉ đạo thực hiện Quy
chế dân chủ ở cơ sở``, ``... thực hiện Nghị quyết 35``): the words after them go on."""


def second_syllable(toks: Sequence[Token], idx: int, lex: Lexicons) -> bool:
    """A lower-case syllable that completes the capitalised word before it, inside an
    organisation's name: ``Cục Chăn nuôi``, ``Sở Quy hoạch - Kiến trúc``, ``Vụ Tín dụng``
    (the capitalised word follows an organisation head, a dash or ``và``); or a document's
    kind written capitalised (``Quy chế``: :data:`_DOCUMENT_WORDS`)."""
    tok = toks[idx]
    if idx < 2 or not tok.text[:1].islower() or _match.fullmatch(lex.stop_re, tok.text):
        return False
    prev, before = toks[idx - 1], toks[idx - 2].text
    return (
        prev.text[:1].isupper()
        and prev.end == tok.start - 1
        and (
            f"{prev.text} {tok.text}".lower() in _DOCUMENT_WORDS
            or before.lower() in lex.org_heads
            or before in DASHES
            or before in ("và", "&")
            # "Vụ trưởng Tiền lương": the department a head of one names right after
            or (idx >= 3 and f"{toks[idx - 3].text} {before}".lower() in _HEADS_OF_A_UNIT)
        )
    )


def has_stop(
    analysis: Analysis,
    a: int,
    b: int,
    lex: Lexicons,
    allowed: list[Span] | None = None,
    positions: list[Span] | None = None,
) -> bool:
    """Whether a stop word starts at a word boundary inside ``[a, b)`` (outside the
    positions themselves: ``Tổng Thư ký`` holds the verb ``ký``, and outside the
    ``allowed`` spans). ``positions``: the :func:`position_starts` of ``[a, b)`` when the
    caller has them."""
    text = analysis.content
    covered: list[Span] | None = None  # worked out at the first stop word (most have none)
    for m in _match.finditer(_TOKEN_RE, text, a, b):
        tok = m.group()
        stop = tok[0].islower() and _match.match(lex.stop_re, text, m.start(), b)
        if not stop:
            continue
        if covered is None:
            if positions is None:
                positions = position_starts(analysis, a, b, lex)
            covered = positions + (allowed or [])
            if any(w in lex.inner_first_words for w in text[a:b].lower().split()):
                covered += inner_spans(text, tokens(text, a, b), lex)
        if any(x <= m.start() < y for x, y in covered):
            continue
        # "và" and "của" may stand inside an organisation's name.
        if not keeps_lowercase(text, m.start(), tok) and not inside_organisation(
            text, m.start(), lex
        ):
            return True
    return False


def capital_follows(toks: Sequence[Token], idx: int, lex: Lexicons, reach: int = 2) -> bool:
    """Inside a proper name written with one capital per word (``Công tác Quần chúng Bộ``,
    ``Bưu điện Việt Nam``): a capitalised word comes within the next ``reach`` tokens,
    with only lower-case words that end no title before it."""
    for tok in toks[idx + 1 : idx + 1 + reach]:
        nxt = tok.text
        if nxt[0].isupper():
            return True
        if not nxt[0].islower() or _match.fullmatch(lex.stop_re, nxt):
            return False
    return False


def surname_at(text: str, a: int, lex: Lexicons) -> bool:
    """Whether ``Ông``/``Bà``/``Đồng chí`` at ``a`` is followed by a surname."""
    m = _match.match(_HONORIFIC_AND_SURNAME_RE, text, a)
    return m is not None and m.group("w") in lex.surnames


def inside_organisation(text: str, a: int, lex: Lexicons) -> bool:
    """Whether the word at ``a`` continues an organisation's name begun by the word before
    it: ``chỉ đạo`` in ``Ban chỉ đạo``, which otherwise ends a title."""
    prev = _match.search(LAST_TWO_WORDS_RE, text, max(0, a - ORGANISATION_WINDOW), a)
    if prev is None:
        return False
    m = _match.match(lex.not_name_re, text, prev.start("w"))
    return m is not None and m.end() > a


def inner_phrase_end(
    text: str, toks: Sequence[Token], idx: int, lex: Lexicons, lead: tuple[str, ...] = ()
) -> int | None:
    """Where a stop word that stands inside an organisation's name right after its head
    ends (``Ban chỉ đạo``, ``Khối các cơ quan``, ``hàng không``: ``data/org_inner_words.tsv``),
    or None. ``lead``: the words before the first token (the position's)."""
    words = [*lead, *(t.text for t in toks[:idx])][-2:]
    if not words:
        return None
    a = toks[idx].start
    heads = [words[-1].lower()]
    if len(words) == 2:
        heads.insert(0, f"{words[0].lower()} {heads[0]}")
    if idx == 0:
        # Right after the position, only a two-word head counts ("thư ký giúp việc"):
        # "Trưởng ban kiểm tra tiến độ" is the head of a board checking on progress.
        heads = heads[:1] if len(words) == 2 else []
    for head in heads:
        rx = lex.org_inner.get(head)
        if rx is not None:
            m = _match.match(rx, text, a, a + 40)
            if m is not None:
                return m.end()
    return None


def keeps_lowercase(text: str, a: int, tok: str) -> bool:
    """``và``/``của`` inside an organisation's name: followed by a capitalised word
    (``Văn hóa, Thể thao và Du lịch``), or ``và`` by a word that is not a stop word
    (``biến đổi khí hậu và đất đai``)."""
    low = tok.lower()
    if low not in ("và", "của"):
        return False
    after = a + len(tok)
    lex = lexicons()
    cap = _match.match(_SPACE_CAPITAL_RE, text, after, after + 4)
    if cap:
        # ... but not "và Tiến sĩ Lê Mộng Huyền" nor "và Đ/c Nguyễn Xuân Thanh": the next
        # person, their title or their form of address.
        at = cap.end() - 1
        return not (
            _match.match(lex.prefix_position_re, text, at)
            or _match.match(FORM_OF_ADDRESS_RE, text, at)
        )
    if low == "và":
        nxt = _match.match(_SPACE_LOWER_WORD_RE, text, after, after + LOWER_WORD_WINDOW)
        # ... but not "và đ/c Phan Văn B": a form of address (its "/" ends the word read)
        if (
            nxt
            and not _match.match(lex.stop_re, nxt.group(1))
            and not _match.match(FORM_OF_ADDRESS_RE, text, nxt.start(1))
        ):
            return True
    return False
