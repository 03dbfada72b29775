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

_KEYS: dict[regex.Pattern[str], re.Pattern[str]] = {}
_LEAD_RE = regex.compile(r"\p{L}\S*(?: \S+)?")
_CASELESS = frozenset("0123456789/.&'-")
"""Marks a lead may hold besides letters: matched as themselves, in any case."""
_PREFILTERS: dict[frozenset[str], re.Pattern[str]] = {}


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
        prefilter = _PREFILTERS.get(leads)
        if prefilter is None:
            # The standard library's engine runs a lookahead of literals twice as fast.
            prefilter = re.compile("(?=" + trie_pattern(sorted(leads)) + ")")
            _PREFILTERS[leads] = prefilter
        _KEYS[pattern] = prefilter
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
        self._cache: dict[re.Pattern[str], list[int]] = {}

    def candidates(self, pattern: regex.Pattern[str]) -> list[int] | None:
        """Offsets, in order, where the keyed ``pattern`` may match: a word starts there
        and the lower-case text begins with one of its leads. None when the pattern is
        not keyed or the text is not :attr:`plain`: then scan it in full."""
        lead = _KEYS.get(pattern)
        if lead is None or not self.plain:
            return None
        found = self._cache.get(lead)
        if found is None:
            low = self.low
            found = [
                s for s in (m.start() for m in lead.finditer(low)) if not low[s - 1 : s].isalpha()
            ]
            self._cache[lead] = found
        return found
