"""The one word scan of an article, and lexicon patterns keyed by their first words.

A lexicon pattern (a trie of positions, forms of address, event nouns) written as
``(?<![\\p{L}])(?:entries)...`` can only match where a word starts, and only where that
word is the first word of one of its entries. Running such a pattern over the whole text
tries it at every character, case-insensitively: it was the largest cost of an
extraction. Instead the content is cut into words once (:class:`WordIndex`, one scan
shared by every stage) and the pattern is tried only where one of its first words
stands: a dictionary look-up per first word instead of a regular-expression test per
character. The answers are the same (the tests check it against the full scan).

A pattern declares its first words with :func:`keyed`; :meth:`WordIndex.candidates`
gives the offsets where it may match, in order.

What "the same word" means: a word is a run of letters (``\\p{L}``), compared in lower
case. For the letters of Vietnamese and ASCII, lower case and the ``regex`` module's
case-insensitive matching agree (a test checks every pair); a word with any other letter
(``İ``, ``ſ``, the Kelvin sign) is a candidate for every pattern, so it is tried as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from heapq import merge

import regex

__all__ = ["SAFE_LETTERS", "WordIndex", "first_words_of", "keyed", "keys_of"]

_VI_LOWER = (
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđabcdefghijklmnopqrstuvwxyz"
)
SAFE_LETTERS = frozenset(_VI_LOWER + _VI_LOWER.upper())
"""Letters whose lower case decides case-insensitive equality (ASCII and Vietnamese)."""
_WORD_RE = regex.compile(r"\p{L}+")
_ODD_WORD_RE = regex.compile(
    r"(?<!\p{L})\p{L}*[^" + "".join(sorted(SAFE_LETTERS)) + r"\P{L}]\p{L}*"
)
"""A word with a letter outside :data:`SAFE_LETTERS`."""

_KEYS: dict[regex.Pattern[str], frozenset[str]] = {}


def first_words_of(entries: Iterable[str]) -> frozenset[str] | None:
    """The lower-case leading letter run of each entry (``Phó Bí thư`` -> ``phó``,
    ``UV.BTV`` -> ``uv``), or None when an entry does not open with a letter of
    :data:`SAFE_LETTERS` (such a lexicon is scanned as before)."""
    out = set()
    for entry in entries:
        m = _WORD_RE.match(entry)
        if m is None or not SAFE_LETTERS.issuperset(m.group()):
            return None
        out.add(m.group().lower())
    return frozenset(out)


def keyed(pattern: regex.Pattern[str], entries: Iterable[str]) -> regex.Pattern[str]:
    """Record that ``pattern`` can only match at the start of a word (a letter not after
    a letter) that is the first word of one of ``entries``, with no letter right after
    that first word in the match; return ``pattern``. Without a usable key (see
    :func:`first_words_of`) the pattern stays unkeyed and is scanned in full."""
    firsts = first_words_of(entries)
    if firsts is not None:
        _KEYS[pattern] = firsts
    return pattern


def keys_of(pattern: regex.Pattern[str]) -> frozenset[str] | None:
    """The first words :func:`keyed` recorded for ``pattern``, if any."""
    return _KEYS.get(pattern)


class WordIndex:
    """The words of a text in lower case, and where the words asked about start.

    >>> idx = WordIndex("Bí thư Tỉnh ủy, bí thư huyện")
    >>> idx.candidates(frozenset({"bí", "huyện"}))
    [0, 16, 23]
    """

    def __init__(self, text: str) -> None:
        self.text = text
        low = text.lower()
        self.same_length = len(low) == len(text)
        self.low = low if self.same_length else text
        self.words = frozenset(_WORD_RE.findall(self.low))
        """Every word (a run of letters) of the text, in lower case."""
        self.odd: list[int] = []
        """Starts of words with a letter outside :data:`SAFE_LETTERS`: tried by every
        pattern."""
        if not self.same_length:
            self.odd = [m.start() for m in _WORD_RE.finditer(text)]
        elif any(c.isalpha() for c in set(text).difference(SAFE_LETTERS)):
            self.odd = [m.start() for m in _ODD_WORD_RE.finditer(text)]
        self._cache: dict[frozenset[str], list[int]] = {}

    def starts(self, word: str) -> list[int]:
        """Where ``word`` (lower case, letters only) stands as a whole word, in order."""
        low = self.low
        out = []
        n = len(word)
        i = low.find(word)
        while i >= 0:
            j = i + n
            if (i == 0 or not low[i - 1].isalpha()) and (j == len(low) or not low[j].isalpha()):
                out.append(i)
            i = low.find(word, j)
        return out

    def candidates(self, firsts: frozenset[str]) -> list[int]:
        """Offsets, in order, of the words that are one of ``firsts`` (lower case), and of
        every word with a letter outside :data:`SAFE_LETTERS`."""
        found = self._cache.get(firsts)
        if found is None:
            lists = [self.starts(w) for w in firsts.intersection(self.words)]
            if self.odd:
                lists.append(self.odd)
            if not lists:
                found = []
            elif len(lists) == 1:
                found = lists[0]
            else:
                found = sorted(set(merge(*lists)))
            self._cache[firsts] = found
        return found
