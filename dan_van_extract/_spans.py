"""A set of spans with logarithmic queries and cheap inserts (nothing quadratic on long inputs)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort

__all__ = ["SpanIndex"]


class SpanIndex:
    """Spans ``[start, end)``, possibly overlapping; adding and asking may interleave.

    The spans' starts are kept sorted (for :meth:`next_start`, :meth:`starts_between`),
    their ends as a set (for :meth:`ends_at`), and their union as sorted disjoint runs
    (for :meth:`overlaps`), so each query is a binary search whatever came before it.

    Both sorted sequences are cut into blocks of at most ``2 * LOAD`` items, each block
    known by its last item (as in a blocked sorted list): an insert shifts one block, not
    the whole sequence, so two streams of spans added in turn (dates, then clock times
    between them) cost ``O(LOAD + log n)`` an insert instead of ``O(n)``.

    >>> ix = SpanIndex([(10, 20), (30, 35)])
    >>> ix.overlaps(19, 25), ix.overlaps(20, 30), ix.covers(32), ix.next_start(21)
    (True, False, True, 30)
    >>> ix.add(18, 31); ix.overlaps(25, 26)
    True
    """

    LOAD = 256
    """Half the largest block: a block is split in two when it grows past ``2 * LOAD``."""

    __slots__ = (
        "_end_set",
        "_len",
        "_run_ends",
        "_run_last",
        "_run_starts",
        "_start_last",
        "_starts",
    )

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        self._len = 0
        self._starts: list[list[int]] = []
        """Blocks of the sorted span starts."""
        self._start_last: list[int] = []
        """The last (largest) start of each block of :attr:`_starts`."""
        self._end_set: set[int] = set()
        self._run_starts: list[list[int]] = []
        self._run_ends: list[list[int]] = []
        """Blocks of the union's runs: ``_run_starts[b][i]`` to ``_run_ends[b][i]``."""
        self._run_last: list[int] = []
        """The last run end of each block of runs."""
        for start, end in sorted(spans or []):
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        """Add a span."""
        self._len += 1
        self._add_start(start)
        self._end_set.add(end)
        if end > start:
            self._add_run(start, end)

    def _add_start(self, start: int) -> None:
        """Insert ``start`` into the blocks of sorted starts."""
        lasts = self._start_last
        if not lasts:
            self._starts.append([start])
            lasts.append(start)
            return
        b = bisect_right(lasts, start)
        if b == len(lasts):  # after every start: the usual case, spans added in order
            b -= 1
            self._starts[b].append(start)
            lasts[b] = start
        else:
            insort(self._starts[b], start)
        block = self._starts[b]
        if len(block) > 2 * self.LOAD:
            self._starts[b + 1 : b + 1] = [block[self.LOAD :]]
            del block[self.LOAD :]
            lasts[b : b + 1] = [block[-1], self._starts[b + 1][-1]]

    def _add_run(self, start: int, end: int) -> None:
        """Merge ``[start, end)`` into the union: the runs touching it become one run."""
        lasts = self._run_last
        b = bisect_left(lasts, start)  # the first block with a run ending at or after start
        if b == len(lasts):  # after every run (or the first run)
            if not lasts:
                self._run_starts.append([])
                self._run_ends.append([])
                lasts.append(end)
            b = len(lasts) - 1
            self._run_starts[b].append(start)
            self._run_ends[b].append(end)
            lasts[b] = end
            self._split_runs(b)
            return
        starts, ends = self._run_starts[b], self._run_ends[b]
        lo = bisect_left(ends, start)
        hi = bisect_right(starts, end)
        if lo < hi:
            start = min(start, starts[lo])
            end = max(end, ends[hi - 1])
        if hi == len(starts):
            end = self._absorb_next_blocks(b, end)
        starts[lo:hi] = [start]
        ends[lo:hi] = [end]
        lasts[b] = ends[-1]
        self._split_runs(b)

    def _absorb_next_blocks(self, b: int, end: int) -> int:
        """Take out of the blocks after ``b`` the runs that start at or before ``end`` (a
        new run of block ``b`` reaching that far swallows them); the merged run's end."""
        while b + 1 < len(self._run_last):
            starts, ends = self._run_starts[b + 1], self._run_ends[b + 1]
            k = bisect_right(starts, end)
            if k == 0:
                break
            end = max(end, ends[k - 1])
            if k < len(starts):
                del starts[:k], ends[:k]
                break
            del self._run_starts[b + 1], self._run_ends[b + 1], self._run_last[b + 1]
        return end

    def _split_runs(self, b: int) -> None:
        """Cut block ``b`` of runs in two when it has grown too long."""
        starts, ends = self._run_starts[b], self._run_ends[b]
        if len(starts) <= 2 * self.LOAD:
            return
        self._run_starts[b + 1 : b + 1] = [starts[self.LOAD :]]
        self._run_ends[b + 1 : b + 1] = [ends[self.LOAD :]]
        del starts[self.LOAD :], ends[self.LOAD :]
        self._run_last[b : b + 1] = [ends[-1], self._run_ends[b + 1][-1]]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any span overlaps ``[start, end)`` (an empty query overlaps nothing)."""
        if end <= start:
            return False
        # The first run ending after ``start`` is the only one that can overlap.
        b = bisect_right(self._run_last, start)
        if b == len(self._run_last):
            return False
        i = bisect_right(self._run_ends[b], start)
        return self._run_starts[b][i] < end

    def last_end_before(self, pos: int) -> int | None:
        """The end of the last run of the union that starts before ``pos`` (it may reach
        past ``pos``), or None: every span starting before ``pos`` ends by then, and a span
        overlaps ``[a, pos)`` exactly when ``a`` is before that end.

        >>> ix = SpanIndex([(10, 20), (30, 35)])
        >>> ix.last_end_before(30), ix.last_end_before(5), ix.last_end_before(32)
        (20, None, 35)
        """
        lasts = self._run_last
        b = bisect_right(lasts, pos)  # the first block with a run ending after pos
        if b < len(lasts):
            starts = self._run_starts[b]
            i = bisect_left(starts, pos)
            if i > 0:
                return self._run_ends[b][i - 1]
        return lasts[b - 1] if b > 0 else None

    def covers(self, pos: int) -> bool:
        """Whether a span holds the position ``pos``."""
        return self.overlaps(pos, pos + 1)

    def ends_at(self, pos: int) -> bool:
        """Whether a span ends exactly at ``pos``."""
        return pos in self._end_set

    def next_start(self, pos: int) -> int | None:
        """The first span start strictly after ``pos``."""
        b = bisect_right(self._start_last, pos)
        if b == len(self._start_last):
            return None
        block = self._starts[b]
        return block[bisect_right(block, pos)]

    def starts_between(self, lo: int, hi: int) -> list[int]:
        """Span starts in ``[lo, hi)``."""
        out: list[int] = []
        b = bisect_left(self._start_last, lo)
        while b < len(self._starts):
            block = self._starts[b]
            part = block[bisect_left(block, lo) : bisect_left(block, hi)]
            out.extend(part)
            if block[-1] >= hi:
                break
            b += 1
        return out

    def __len__(self) -> int:
        return self._len
