"""The shared analysis of one article's content, computed once and read by every stage.

Built on the layout (:mod:`dan_van_extract.layout`), over ``layout.content`` (the text
with furniture blanked, offsets unchanged):

* **sentences**: where each ends, by the one definition of
  :mod:`dan_van_extract.punctuation` (an abbreviation's full stop ends none: ``TP. Hồ Chí
  Minh``, ``GS. TS``; nor does an initial's, ``B.H. Thanh``);
* **clauses**: sentences cut again at ``;`` and line breaks;
* **the lead**: the first body paragraph, with the next one when the first is a short
  summary, at most :data:`LEAD_CHARS` characters; and the first paragraph alone;
* **captions**, and **photo credits** inside lines (``... tại hội nghị (Ảnh: X)``);
* the lower-cased content, and the kind of part at any offset.

Each is computed on first use and kept: a stage that needs the sentence around an offset
asks :meth:`Analysis.sentence` (a binary search), instead of scanning a window again.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cached_property

import regex

from . import _match
from ._scan import WordIndex, lower_same_length
from .layout import Layout, Part, PartKind
from .punctuation import PHOTO_CREDIT_RE, SENTENCE_END_RE, ends_sentence

__all__ = [
    "LEAD_CHARS",
    "QUOTE_LOOKBACK",
    "SENTENCE_REACH",
    "SHORT_LEAD",
    "Analysis",
    "in_quotation",
    "lower_same_length",
]

_CLAUSE_MARK_RE = regex.compile(r"[;\n]|(?:…|\.{3})(?=[ \t])")

SENTENCE_REACH = 600
"""A sentence is followed at most this far each way from the offset asked about (a run of
text without end punctuation is cut, so that no rule reads an unbounded sentence)."""
LEAD_CHARS = 600
"""The lead is at most this many characters."""
SHORT_LEAD = 300
"""A first paragraph shorter than this is a summary (``sapo``): the lead takes the next too."""


class Analysis:
    """Sentences, clauses, the lead, captions and photo credits of one article.

    >>> from dan_van_extract.layout import segment
    >>> a = Analysis(segment("Tiêu đề bài\\n\\nSáng 12/3, tại TP. Huế, hội nghị họp. Ông A nói."))
    >>> text = a.content
    >>> [text[s:e] for s, e in a.sentences()]
    ['Tiêu đề bài', 'Sáng 12/3, tại TP. Huế, hội nghị họp.', 'Ông A nói.']
    """

    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self.content = layout.content
        self._found: dict[regex.Pattern[str], tuple[list[int], list[int]]] = {}

    # -- lexicon hits ----------------------------------------------------------------------
    def hits(self, pattern: regex.Pattern[str], lo: int, hi: int) -> list[tuple[int, int]]:
        """``(start, end)`` of every match of ``pattern`` starting in ``[lo, hi)``, matches
        at every start included (overlapping). The whole content is scanned once per
        pattern, on first use; each later question is a binary search, so a rule that
        asks near every name costs nothing more per name. A pattern keyed by its entries
        (:func:`dan_van_extract._scan.keyed`) is tried only where one of them may start
        (:attr:`words`), with the same answers."""
        found = self._found.get(pattern)
        if found is None:
            starts: list[int] = []
            ends: list[int] = []
            candidates = self.words.candidates(pattern)
            if candidates is None:
                for m in _match.finditer(pattern, self.content, overlapped=True):
                    starts.append(m.start())
                    ends.append(m.end())
            else:
                text = self.content
                for pos in candidates:
                    at = _match.match(pattern, text, pos)
                    if at is not None:
                        starts.append(pos)
                        ends.append(at.end())
            found = self._found[pattern] = (starts, ends)
        starts, ends = found
        i, j = bisect_left(starts, lo), bisect_left(starts, hi)
        return list(zip(starts[i:j], ends[i:j], strict=True))

    @cached_property
    def words(self) -> WordIndex:
        """The content in lower case, shared by the stages: where a lexicon keyed by its
        entries may match."""
        return WordIndex(self.content, self.lower)

    def keyed_matches(
        self,
        pattern: regex.Pattern[str],
        start: int = 0,
        end: int | None = None,
        *,
        lower: bool = False,
    ) -> list[regex.Match[str]]:
        """Every match of a keyed ``pattern`` (:func:`dan_van_extract._scan.keyed`) in the
        content between ``start`` and ``end`` (in :attr:`lower`, the content in lower
        case, when ``lower``), in order and not overlapping, as ``finditer`` gives them."""
        text = self.lower if lower else self.content
        if end is None:
            end = len(text)
        candidates = self.words.candidates(pattern)
        if candidates is None:
            return list(_match.finditer(pattern, text, start, end))
        out: list[regex.Match[str]] = []
        taken = start
        for pos in candidates[bisect_left(candidates, start) : bisect_left(candidates, end)]:
            if pos < taken:
                continue
            m = _match.match(pattern, text, pos, end)
            if m is not None:
                out.append(m)
                taken = m.end() if m.end() > pos else pos + 1
        return out

    def keyed_search(
        self, pattern: regex.Pattern[str], start: int, end: int
    ) -> regex.Match[str] | None:
        """What ``search`` finds for a keyed ``pattern`` between ``start`` and ``end``: the
        first match, tried only at the word starts where one of its entries may begin (a
        case-insensitive word list searched over a sentence costs up to a tenth of a
        millisecond; most sentences hold none of its words)."""
        candidates = self.words.candidates(pattern)
        if candidates is None:
            return _match.search(pattern, self.content, start, end)
        for pos in candidates[bisect_left(candidates, start) : bisect_left(candidates, end)]:
            found = _match.match(pattern, self.content, pos, end)
            if found is not None:
                return found
        return None

    # -- sentences and clauses -----------------------------------------------------------
    @cached_property
    def sentence_ends(self) -> list[int]:
        """Offsets where sentences end (after their punctuation), in order."""
        text = self.content
        return [m.end() for m in _match.finditer(SENTENCE_END_RE, text) if ends_sentence(text, m)]

    def sentence(self, pos: int) -> tuple[int, int]:
        """``(start, end)`` of the sentence holding ``pos`` (leading blanks skipped; the
        end includes its punctuation), at most :data:`SENTENCE_REACH` each way."""
        start, end = self._span(self.sentence_ends, pos)
        return max(start, pos - SENTENCE_REACH), min(end, pos + SENTENCE_REACH)

    def sentence_end_after(self, pos: int, limit: int) -> int | None:
        """The first sentence end after ``pos`` and not past ``limit``, if any."""
        ends = self.sentence_ends
        i = bisect_right(ends, pos)
        return ends[i] if i < len(ends) and ends[i] <= limit else None

    def first_sentences(self, start: int, limit: int, n: int) -> tuple[int, int]:
        """``(start, end)`` of the first ``n`` sentences from ``start``, not past ``limit``."""
        end = start
        for _ in range(n):
            nxt = self.sentence_end_after(end, limit)
            if nxt is None:
                return start, limit
            end = nxt
        return start, end

    def sentences(self) -> list[tuple[int, int]]:
        """Every non-blank sentence, in order."""
        out = []
        start = 0
        for end in [*self.sentence_ends, len(self.content)]:
            a, b = _strip(self.content, start, end)
            if a < b:
                out.append((a, b))
            start = end
        return out

    @cached_property
    def clause_ends(self) -> list[int]:
        """Offsets where clauses end: sentence ends, semicolons, line breaks and an ellipsis
        inside a sentence."""
        marks = [m.end() for m in _match.finditer(_CLAUSE_MARK_RE, self.content)]
        return sorted(set(self.sentence_ends) | set(marks))

    def clause(self, pos: int) -> tuple[int, int]:
        """``(start, end)`` of the clause holding ``pos``: from the end of the previous
        clause to the end of this one (blanks not stripped)."""
        ends = self.clause_ends
        i = bisect_right(ends, pos)
        return (ends[i - 1] if i else 0), (ends[i] if i < len(ends) else len(self.content))

    def _span(self, ends: list[int], pos: int) -> tuple[int, int]:
        i = bisect_right(ends, pos)
        start = ends[i - 1] if i else 0
        end = ends[i] if i < len(ends) else len(self.content)
        return _strip(self.content, start, end)

    # -- parts -----------------------------------------------------------------------------
    @cached_property
    def body(self) -> list[Part]:
        """The body paragraphs, in order."""
        return self.layout.of("body")

    @cached_property
    def lead(self) -> tuple[int, int] | None:
        """The lead: the first body paragraph, with the next one when the first is shorter
        than :data:`SHORT_LEAD` (a summary), at most :data:`LEAD_CHARS` characters."""
        body = self.body
        if not body:
            return None
        start, end = body[0].start, body[0].end
        if end - start < SHORT_LEAD and len(body) > 1:
            end = body[1].end
        return start, min(end, start + LEAD_CHARS)

    @cached_property
    def first_paragraph(self) -> tuple[int, int] | None:
        """The first body paragraph alone, at most :data:`LEAD_CHARS` characters (where a
        summary names what the article is about, before the story's own details)."""
        body = self.body
        if not body:
            return None
        return body[0].start, min(body[0].end, body[0].start + LEAD_CHARS)

    @cached_property
    def captions(self) -> list[tuple[int, int]]:
        """The caption parts' spans, in order."""
        return [(p.start, p.end) for p in self.layout.of("caption")]

    def in_caption(self, pos: int) -> bool:
        """Whether ``pos`` lies in a caption part."""
        caps = self.captions
        i = bisect_right(caps, (pos, len(self.content) + 1)) - 1
        return i >= 0 and caps[i][0] <= pos < caps[i][1]

    @cached_property
    def _part_starts(self) -> list[int]:
        return [p.start for p in self.layout.parts]

    def kind_at(self, pos: int) -> PartKind | None:
        """The kind of part holding ``pos`` (a binary search over the parts)."""
        i = bisect_right(self._part_starts, pos) - 1
        if i < 0:
            return None
        part = self.layout.parts[i]
        return part.kind if pos < part.end else None

    # -- photo credits and case ------------------------------------------------------------
    @cached_property
    def photo_credits(self) -> list[int]:
        """Offsets where photo credits open (``(Ảnh:``, ``Ảnh:``), in order."""
        return [m.start() for m in _match.finditer(PHOTO_CREDIT_RE, self.content)]

    def photo_credit_between(self, start: int, end: int) -> int | None:
        """The first photo credit opening in ``[start, end)``, if any."""
        credits = self.photo_credits
        i = bisect_left(credits, start)
        return credits[i] if i < len(credits) and credits[i] < end else None

    @cached_property
    def lower(self) -> str:
        """The content in lower case, offsets unchanged."""
        return lower_same_length(self.content)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


QUOTE_LOOKBACK = 300
"""How far back in its line a phrase looks for an opening quotation mark."""


def in_quotation(text: str, pos: int) -> bool:
    """``pos`` stands inside quoted words: more opening than closing curly quotes before it
    in its line (within :data:`QUOTE_LOOKBACK`), or an odd number of straight ones."""
    line_start = text.rfind("\n", max(0, pos - QUOTE_LOOKBACK), pos) + 1
    start = max(line_start, pos - QUOTE_LOOKBACK)
    seg = text[start:pos]
    if seg.count("“") > seg.count("”"):
        return True
    return start == line_start and seg.count('"') % 2 == 1
