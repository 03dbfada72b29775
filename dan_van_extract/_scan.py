r"""Lexicon patterns tried only where one of their entries can start.

A lexicon pattern (a trie of positions, forms of address) written as
``(?<![\p{L}])(?:entries)...`` and matched case-insensitively can only match where a word
starts, and only where the text, in lower case, begins with the first words of one of its
entries. Running such a pattern over the whole text tries it at every character: it was
the largest cost of an extraction (about 1 ms an article for the officials' positions).
Instead, the content is lower-cased once (:class:`WordIndex`, shared by the stages) and a
cheap case-sensitive scan for the entries' first one or two words (their *leads*) finds the
few places where the pattern is then tried: about 15 an article instead of 3,000. The
answers are the same (the tests check it against the full scan).

A pattern declares its entries with :func:`keyed`; :meth:`WordIndex.candidates` gives the
offsets where it may match, in order.

Lower case stands for case-insensitive equality only for the letters of Vietnamese and
ASCII (a test checks every pair): a text with any other letter (``İ``, ``ſ``, the Kelvin
sign) is scanned in full, as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import regex

from ._trie import trie_pattern

__all__ = ["SAFE_LETTERS", "WordIndex", "is_keyed", "keyed", "leads_of", "lower_same_length"]

_VI_LOWER = (
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđabcdefghijklmnopqrstuvwxyz"
)
SAFE_LETTERS = frozenset(_VI_LOWER + _VI_LOWER.upper())
"""Letters whose lower case decides case-insensitive equality (ASCII and Vietnamese)."""

_KEYS: dict[regex.Pattern[str], frozenset[str]] = {}
"""Each keyed pattern's leads."""
_LEAD_RE = regex.compile(r"\p{L}\S*(?: \S+)?")
_CASELESS = frozenset("0123456789/.&'-")
"""Marks a lead may hold besides letters: matched as themselves, in any case."""


class _Union:
    """One scan for the leads of every keyed lexicon: a trie of all of them tried where a
    word may start, and for each lead it can find, the lexicons (lead sets) one of whose
    leads opens it.

    A word starts at the text's start or after a character that is not a letter. The trie
    is tried (as a lookahead, so that leads may overlap: ``phó bí`` and ``bí thư``) only
    after a space (:attr:`after_space`: the engine finds a literal space fast) or after a
    character outside :data:`SAFE_LETTERS` and the space (:attr:`after_other`: a set the
    engine tests with a bitmap; the few odd letters it lets through are dropped by the
    caller). Tried at every character instead, it cost twice as much."""

    def __init__(self, lead_sets: frozenset[frozenset[str]]) -> None:
        self.lead_sets = lead_sets
        everything = sorted(set().union(*lead_sets))
        # The standard library's engine runs a lookahead of literals twice as fast as
        # ``regex``; the trie gives the longest lead at each place, and every shorter one
        # is its prefix.
        trie = trie_pattern(everything)
        self.at_start = re.compile(trie)
        self.after_space = re.compile(" (?=(" + trie + "))")
        not_letters = "".join(sorted(re.escape(c) for c in SAFE_LETTERS))
        self.after_other = re.compile("[^ " + not_letters + "](?=(" + trie + "))")
        sets_of: dict[str, list[frozenset[str]]] = {}
        for lead_set in lead_sets:
            for lead in lead_set:
                sets_of.setdefault(lead, []).append(lead_set)
        self.owners: dict[str, tuple[frozenset[str], ...]] = {}
        for lead in everything:
            owners: set[frozenset[str]] = set()
            for i in range(1, len(lead) + 1):
                owners.update(sets_of.get(lead[:i], ()))
            self.owners[lead] = tuple(owners)


_union: _Union | None = None


def _current_union() -> _Union:
    global _union
    sets = frozenset(_KEYS.values())
    if _union is None or _union.lead_sets != sets:
        _union = _Union(sets)
    return _union


def leads_of(entries: Iterable[str]) -> frozenset[str] | None:
    """The first one or two words of each entry in lower case (``Phó Bí thư`` ->
    ``phó bí``, ``Đ/c`` -> ``đ/c``), or None when an entry does not open with a letter
    or holds there a letter outside :data:`SAFE_LETTERS` or a mark other than
    ``/.&'-`` and digits (such a lexicon is scanned as before)."""
    out = set()
    for entry in entries:
        m = _LEAD_RE.match(" ".join(entry.lower().split()))
        if m is None or not all(c in SAFE_LETTERS or c in _CASELESS or c == " " for c in m[0]):
            return None
        out.add(m.group())
    return frozenset(out)


def keyed(pattern: regex.Pattern[str], entries: Iterable[str]) -> regex.Pattern[str]:
    """Record that ``pattern`` matches only where a word starts (a letter not after a
    letter) with one of ``entries``, matched case-insensitively, a space in an entry as
    a run of spaces and tabs (as :func:`dan_van_extract._lexicon.alternation` writes
    them); return ``pattern``. Without usable leads (see :func:`leads_of`) the pattern
    stays unkeyed and is scanned in full."""
    leads = leads_of(entries)
    if leads:
        _KEYS[pattern] = leads
    return pattern


def is_keyed(pattern: regex.Pattern[str]) -> bool:
    """Whether :func:`keyed` recorded entries for ``pattern``."""
    return pattern in _KEYS


class WordIndex:
    r"""The content in lower case, and where a keyed pattern may match in it.

    >>> lex = keyed(regex.compile(r"(?i)(?<!\p{L})(?:bí[ \t]+thư|huyện)"), ["bí thư", "huyện"])
    >>> WordIndex("Bí thư Tỉnh ủy, bí  thư huyện, Thuyện").candidates(lex)
    [0, 16, 24]
    """

    def __init__(self, text: str, low: str | None = None) -> None:
        self.text = text
        self.low = lower_same_length(text) if low is None else low
        """``text`` in lower case, offsets unchanged (given by the caller who has it)."""
        self.odd: list[int] = []
        """Word starts near a letter outside :data:`SAFE_LETTERS` (``İ``, ``ſ``, the Kelvin
        sign, a Cyrillic word): lower case may not tell there what the pattern would
        match, so every keyed pattern is tried at them."""
        self.plain = True
        """False when such letters are so many that keyed patterns are scanned in full."""
        odd = _odd_letters(text)
        if odd:
            self.odd = _odd_starts(text, odd)
            self.plain = len(self.odd) <= ODD_LIMIT or len(self.odd) * 8 <= len(text) // 6
        self._found: dict[frozenset[str], list[int]] = {}
        self._union: _Union | None = None

    def candidates(self, pattern: regex.Pattern[str]) -> list[int] | None:
        """Offsets, in order, where the keyed ``pattern`` may match: a word starts there
        and the lower-case text begins with one of its leads. None when the pattern is
        not keyed or the text is not :attr:`plain`: then scan it in full. The leads of
        every keyed lexicon are found in one scan of the text, on the first question;
        the :attr:`odd` word starts are added to every pattern's."""
        leads = _KEYS.get(pattern)
        if leads is None or not self.plain:
            return None
        if self._union is None or leads not in self._union.lead_sets:
            self._scan(_current_union())
        return self._found[leads]

    def _scan(self, union: _Union) -> None:
        found: dict[frozenset[str], list[int]] = {lead_set: [] for lead_set in union.lead_sets}
        owners = union.owners
        for s, lead in _leads_at_word_starts(self.low, union):
            sets = owners.get(lead)
            if sets is None:
                sets = owners[" ".join(lead.split())]
            for lead_set in sets:
                found[lead_set].append(s)
        if self.odd:
            odd = set(self.odd)
            found = {lead_set: sorted(odd.union(v)) for lead_set, v in found.items()}
        self._found = found
        self._union = union


def _leads_at_word_starts(low: str, union: _Union) -> list[tuple[int, str]]:
    """``(offset, lead)`` of every word start of ``low`` (a letter not after a letter) that
    opens with a lead of ``union``, in order; the longest lead where several do."""
    out: list[tuple[int, str]] = []
    first = union.at_start.match(low)
    if first is not None:
        out.append((0, first.group()))
    out.extend((m.end(), m.group(1)) for m in union.after_space.finditer(low))
    other = [(m.end(), m.group(1)) for m in union.after_other.finditer(low)]
    if other:
        out.extend(hit for hit in other if not low[hit[0] - 1].isalpha())
        out.sort()
    return out


def lower_same_length(text: str) -> str:
    """``text`` in lower case with every offset unchanged (a letter whose lower case is
    longer, such as ``İ``, stays as it is).

    >>> lower_same_length("Ủy ban İ")
    'ủy ban İ'
    """
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return low


_SIGNS = "".join(
    c for c in map(chr, [*range(0xA0, 0xC0), *range(0x2000, 0x2070)]) if not c.isalpha()
)
"""Latin-1 signs and general punctuation (``«``, ``°``, ``–``, ``“``, ``…``): no letter."""
_MAYBE_ODD_RE = re.compile(
    "[^\\x00-\\x7f" + "".join(sorted(re.escape(c) for c in SAFE_LETTERS | set(_SIGNS))) + "]"
)
"""A character that is neither ASCII, a safe letter nor one of :data:`_SIGNS`: every odd
letter is one (so are other signs). Searching for it (a table lookup a character) is
cheaper than reading the text's set of characters, and nearly every article holds none."""


def _odd_letters(text: str) -> list[str]:
    """The letters of ``text`` outside :data:`SAFE_LETTERS`."""
    if _MAYBE_ODD_RE.search(text) is None:
        return []
    return [c for c in set(text).difference(SAFE_LETTERS) if c.isalpha()]


ODD_LIMIT = 256
"""Up to this many odd word starts (or one word in eight of the text's), keyed patterns
are tried at them; past it (a text in another alphabet) they are scanned in full."""
_WORD_START_RE = regex.compile(r"(?<!\p{L})\p{L}")
_CHUNK_BACK_RE = regex.compile(r"(?:\S*\s+)?\S*\Z", regex.REVERSE)
_CHUNK_RE = regex.compile(r"\S*")
"""The non-blank chunk holding a position and the one before it, read backwards: a lead
(one or two words) that holds an odd letter starts there."""


def _odd_starts(text: str, odd: list[str]) -> list[int]:
    """The word starts from which a lead could reach one of the ``odd`` letters: in the
    non-blank chunk of the letter, or in the chunk before (each chunk read once)."""
    out: set[int] = set()
    odd_re = regex.compile("[" + "".join(regex.escape(c) for c in odd) + "]")
    reach = 0
    for m in odd_re.finditer(text):
        u = m.start()
        if u < reach:
            continue  # in a chunk already taken
        back = _CHUNK_BACK_RE.search(text, reach, u + 1)
        lo = back.start() if back is not None else u
        end = _CHUNK_RE.match(text, u)
        reach = end.end() if end is not None else u + 1
        out.update(w.start() for w in _WORD_START_RE.finditer(text, lo, reach))
    return sorted(out)
