"""A set of spans with logarithmic queries (no quadratic scans on long inputs)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort

__all__ = ["SpanIndex"]


class SpanIndex:
    """Spans ``[start, end)``, possibly overlapping; adding and asking may interleave.

    The spans are kept sorted by start (for :meth:`next_start`, :meth:`starts_between`),
    their ends as a set (for :meth:`ends_at`), and their union as sorted disjoint runs
    (for :meth:`overlaps`), so each query is a binary search whatever came before it.

    >>> ix = SpanIndex([(10, 20), (30, 35)])
    >>> ix.overlaps(19, 25), ix.overlaps(20, 30), ix.covers(32), ix.next_start(21)
    (True, False, True, 30)
    >>> ix.add(18, 31); ix.overlaps(25, 26)
    True
    """

    __slots__ = ("_end_set", "_run_ends", "_run_starts", "_starts")

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        self._starts: list[int] = []
        self._end_set: set[int] = set()
        self._run_starts: list[int] = []
        self._run_ends: list[int] = []
        for start, end in sorted(spans or []):
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        """Add a span."""
        insort(self._starts, start)
        self._end_set.add(end)
        if end <= start:
            return
        # Merge [start, end) into the union: runs touching it are replaced by one run.
        lo = bisect_left(self._run_ends, start)
        hi = bisect_right(self._run_starts, end)
        if lo < hi:
            start = min(start, self._run_starts[lo])
            end = max(end, self._run_ends[hi - 1])
        self._run_starts[lo:hi] = [start]
        self._run_ends[lo:hi] = [end]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any span overlaps ``[start, end)`` (an empty query overlaps nothing)."""
        if end <= start:
            return False
        i = bisect_right(self._run_starts, end - 1) - 1
        return i >= 0 and self._run_ends[i] > start

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
