"""A set of spans with logarithmic overlap queries (no quadratic scans on long inputs)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

__all__ = ["SpanIndex"]


class SpanIndex:
    """Spans ``[start, end)``, possibly overlapping, kept sorted by start.

    >>> ix = SpanIndex([(10, 20), (30, 35)])
    >>> ix.overlaps(19, 25), ix.overlaps(20, 30), ix.covers(32), ix.next_start(21)
    (True, False, True, 30)
    """

    __slots__ = ("_end_set", "_ends", "_maxend", "_starts")

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        pairs = sorted(spans or [])
        self._starts = [a for a, _b in pairs]
        self._ends = [b for _a, b in pairs]
        self._maxend: list[int] | None = None
        self._end_set = set(self._ends)

    def add(self, start: int, end: int) -> None:
        """Add a span."""
        i = bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        self._end_set.add(end)
        self._maxend = None

    def _prefix_max(self) -> list[int]:
        if self._maxend is None:
            out, best = [], -1
            for e in self._ends:
                best = max(best, e)
                out.append(best)
            self._maxend = out
        return self._maxend

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any span overlaps ``[start, end)`` (an empty query overlaps nothing)."""
        i = bisect_left(self._starts, end) - 1
        return i >= 0 and self._prefix_max()[i] > start

    def covers(self, pos: int) -> bool:
        """Whether a span holds the position ``pos``."""
        return self.overlaps(pos, pos + 1)

    def ends_at(self, pos: int) -> bool:
        """Whether a span ends exactly at ``pos``."""
        return pos in self._end_set

    def next_start(self, pos: int) -> int | None:
        """The first span start strictly after ``pos``."""
        i = bisect_right(self._starts, pos)
        return self._starts[i] if i < len(self._starts) else None

    def starts_between(self, lo: int, hi: int) -> list[int]:
        """Span starts in ``[lo, hi)``."""
        return self._starts[bisect_left(self._starts, lo) : bisect_left(self._starts, hi)]

    def __len__(self) -> int:
        return len(self._starts)
