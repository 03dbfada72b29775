"""Sentence ends, clause marks and photo credits: each defined once, for every layer.

* :data:`SENTENCE_END_RE` and :func:`ends_sentence`: where a sentence ends (end
  punctuation before a capital, a digit or an opening mark, or a line break), except
  after an abbreviation of ``data/abbreviations.txt`` (``TP.``, ``GS.``) or an initial;
* :data:`END_MARKS`: the characters that end a sentence;
* :data:`PHOTO_CREDIT_RE`: the opening of a photo credit (``(Ảnh:``, ``Ảnh:``, ``Nguồn
  ảnh:``; cue words in ``data/photo_credit_cues.tsv``).

The layout reads them to tell captions from body lines, the shared analysis
(:mod:`dan_van_extract.analysis`) to cut sentences and clauses, and stages through it.
"""

from __future__ import annotations

from functools import cache

import regex

from . import vocab
from ._lexicon import alternation

__all__ = ["END_MARKS", "PHOTO_CREDIT_RE", "SENTENCE_END_RE", "ends_sentence"]

END_MARKS = ".!?…"
"""The characters that end a sentence."""

SENTENCE_END_RE = regex.compile(
    r"(?<![.!?…])(?P<mark>[.!?…]++)[\"”’»)\]]*(?=[ \t]{1,3}[\p{Lu}\d“\"‘'(\[–-])|\n"
)
"""Where a sentence may end: end punctuation (and closing quotes or brackets) before a
capital, a digit or an opening mark; or a line break. A single full stop after an
abbreviation or an initial is then ruled out (:func:`ends_sentence`).

A run of marks is read once, from its first mark and whole: tried again from each later
mark, and given back a mark at a time, a run of 20,000 dots (a form's leader line) took
28 s; neither can end a sentence where the whole run from its first mark does not."""

_WORD_BEFORE_DOT_RE = regex.compile(r"[\p{L}\p{M}\d./]{1,12}\Z", regex.REVERSE)
"""The word before a full stop: one greedy run, so matching it backwards from the stop
finds the forward search's match without trying every start of the window."""


def _photo_credit_re() -> regex.Pattern[str]:
    cues = list(vocab.photo_credit_cues())
    folded = alternation(list(vocab.photo_credit_cues(bracketed=True)), fold_case=True)
    return regex.compile(
        rf"(?:\([ \t]*(?i:{folded})|(?<![\p{{L}}\p{{M}}])(?:{alternation(cues)}|ẢNH))[ \t]*:"
    )


PHOTO_CREDIT_RE = _photo_credit_re()
"""A photo credit's opening: ``(Ảnh:``, ``(ảnh:``, ``(Nguồn:``, ``Ảnh:``, ``Nguồn ảnh:``
(a bare lower-case ``ảnh:`` is a word of the sentence: ``hình ảnh: ...``)."""


@cache
def _abbreviation_tails() -> tuple[frozenset[str], frozenset[str]]:
    """The one-letter abbreviations, and the last two characters of the longer ones."""
    words = vocab.abbreviations()
    return (
        frozenset(w for w in words if len(w) == 1),
        frozenset(w[-2:] for w in words if len(w) > 1),
    )


def _may_follow_abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` may close an abbreviation or an initial: the
    character before it is a capital, or the text before it ends like one of
    ``data/abbreviations.txt``. Most sentences end after a small letter or a digit that
    ends no abbreviation (``nhiệm vụ.``): they are told without reading the word back."""
    if stop == 0:
        return False
    last = text[stop - 1]
    singles, pairs = _abbreviation_tails()
    return last.isupper() or last in singles or text[max(0, stop - 2) : stop] in pairs


def ends_sentence(text: str, m: regex.Match[str]) -> bool:
    """Whether a :data:`SENTENCE_END_RE` match really ends a sentence: a lone full stop
    after an abbreviation (``TP.``) or an initial (``B.``) does not.

    >>> text = "tại TP. Hồ Chí Minh. Sau đó"
    >>> [ends_sentence(text, m) for m in SENTENCE_END_RE.finditer(text)]
    [False, True]
    """
    mark = m.group("mark")
    if mark is None or mark != ".":
        return True
    if not _may_follow_abbreviation(text, m.start()):
        return True
    before = _WORD_BEFORE_DOT_RE.search(text, max(0, m.start() - 12), m.start())
    if before is None:
        return True
    whole = before.group()
    word = whole.rsplit(".", 1)[-1]
    if whole in vocab.abbreviations() or word in vocab.abbreviations():
        return False
    return not (len(word) == 1 and word.isupper())
