"""The span index answers as a plain list of spans would, whatever the order of adds and
questions, including when its blocks split and a long span swallows runs of later blocks."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dan_van_extract._spans import SpanIndex


class _SmallBlocks(SpanIndex):
    """Blocks of at most four items, so a few dozen spans split and merge blocks."""

    LOAD = 2


class _Naive:
    """The model: a list of spans, every question a scan of it."""

    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []

    def add(self, start: int, end: int) -> None:
        self.spans.append((start, end))

    def overlaps(self, start: int, end: int) -> bool:
        return any(max(s, start) < min(e, end) for s, e in self.spans)

    def ends_at(self, pos: int) -> bool:
        return any(e == pos for _, e in self.spans)

    def next_start(self, pos: int) -> int | None:
        return min((s for s, _ in self.spans if s > pos), default=None)

    def starts_between(self, lo: int, hi: int) -> list[int]:
        return sorted(s for s, _ in self.spans if lo <= s < hi)


_POS = st.integers(min_value=0, max_value=120)
_SPAN = st.tuples(_POS, st.integers(min_value=0, max_value=40)).map(lambda t: (t[0], t[0] + t[1]))
_STEP = st.one_of(
    st.tuples(st.just("add"), _SPAN),
    st.tuples(st.just("ask"), st.tuples(_POS, st.integers(min_value=-3, max_value=30))),
)


def _same_answers(index: SpanIndex, model: _Naive, a: int, width: int) -> None:
    b = a + width
    assert index.overlaps(a, b) == model.overlaps(a, b), (a, b)
    assert index.covers(a) == model.overlaps(a, a + 1), a
    assert index.ends_at(a) == model.ends_at(a), a
    assert index.next_start(a) == model.next_start(a), a
    assert index.starts_between(a, b) == model.starts_between(a, b), (a, b)
    assert len(index) == len(model.spans)


@settings(max_examples=300, deadline=None)
@given(st.lists(_STEP, max_size=80), st.sampled_from([_SmallBlocks, SpanIndex]))
def test_interleaved_adds_and_questions_match_a_plain_list(
    steps: list[tuple[str, tuple[int, int]]], kind: type[SpanIndex]
) -> None:
    index, model = kind(), _Naive()
    for op, (a, b) in steps:
        if op == "add":
            index.add(a, b)
            model.add(a, b)
        else:
            _same_answers(index, model, a, b)
    for a in range(0, 170, 3):
        _same_answers(index, model, a, 5)


@settings(max_examples=100, deadline=None)
@given(st.lists(_SPAN, max_size=60))
def test_built_from_a_list_answers_as_added_one_by_one(spans: list[tuple[int, int]]) -> None:
    built, model = _SmallBlocks(spans), _Naive()
    for a, b in spans:
        model.add(a, b)
    for a in range(0, 170, 2):
        _same_answers(built, model, a, 7)


def test_a_long_span_swallows_the_runs_of_several_blocks() -> None:
    index = _SmallBlocks([(10 * i, 10 * i + 2) for i in range(30)])
    assert not index.overlaps(3, 9)
    index.add(5, 249)
    assert index.overlaps(3, 9) and index.covers(248) and not index.covers(249)
    assert index.covers(250) and not index.covers(252) and not index.overlaps(292, 300)
    assert index.next_start(5) == 10 and index.starts_between(95, 125) == [100, 110, 120]


def test_two_streams_added_in_turn_keep_every_block_small() -> None:
    """Dates added in order, then the clock times between them (as the dates stage claims
    them): no block of starts or of runs ever holds more than ``2 * LOAD`` items, so an
    insert shifts a bounded block, not a list as long as the input (the cost is left to
    ``scripts/pathological.py``; this checks the structure that bounds it)."""
    index = SpanIndex()
    n = 5_000
    for i in range(n):
        index.add(100 * i, 100 * i + 10)
    for i in range(n):
        index.add(100 * i + 50, 100 * i + 55)
    limit = 2 * SpanIndex.LOAD
    assert len(index) == 2 * n
    assert max(len(block) for block in index._starts) <= limit
    assert max(len(block) for block in index._run_starts) <= limit
    assert index.starts_between(0, 200) == [0, 50, 100, 150]
