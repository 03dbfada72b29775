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

__all__ = ["SAFE_LETTERS", "WordIndex", "is_keyed", "keyed", "leads_of"]

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
    """One scan for the leads of every keyed lexicon: a lookahead trie of all of them,
    and for each lead it can find, the lexicons (lead sets) one of whose leads opens it."""

    def __init__(self, lead_sets: frozenset[frozenset[str]]) -> None:
        self.lead_sets = lead_sets
        everything = sorted(set().union(*lead_sets))
        # The standard library's engine runs a lookahead of literals twice as fast; the
        # trie gives the longest lead at each place, and every shorter one is its prefix.
        self.scanner = re.compile("(?=(" + trie_pattern(everything) + "))")
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

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = text.lower()
        self.plain = len(self.low) == len(text) and not any(
            c.isalpha() for c in set(text).difference(SAFE_LETTERS)
        )
        """Whether every letter is one of :data:`SAFE_LETTERS` (otherwise keyed patterns
        are scanned in full)."""
        self._found: dict[frozenset[str], list[int]] = {}
        self._union: _Union | None = None

    def candidates(self, pattern: regex.Pattern[str]) -> list[int] | None:
        """Offsets, in order, where the keyed ``pattern`` may match: a word starts there
        and the lower-case text begins with one of its leads. None when the pattern is
        not keyed or the text is not :attr:`plain`: then scan it in full. The leads of
        every keyed lexicon are found in one scan of the text, on the first question."""
        leads = _KEYS.get(pattern)
        if leads is None or not self.plain:
            return None
        if self._union is None or leads not in self._union.lead_sets:
            self._scan(_current_union())
        return self._found[leads]

    def _scan(self, union: _Union) -> None:
        low = self.low
        found: dict[frozenset[str], list[int]] = {lead_set: [] for lead_set in union.lead_sets}
        owners = union.owners
        for m in union.scanner.finditer(low):
            s = m.start()
            if s and low[s - 1].isalpha():
                continue
            lead = m.group(1)
            sets = owners.get(lead)
            if sets is None:
                sets = owners[" ".join(lead.split())]
            for lead_set in sets:
                found[lead_set].append(s)
        self._found = found
        self._union = union
