"""The dates extractor: its example corpus, the seeds, spans, claims and speed guards."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import FIXTURES, assert_spans_true, example_params, new_context, read
from dan_van_extract import _match, extract, metadata
from dan_van_extract._examples import Example
from dan_van_extract.context import Context
from dan_van_extract.dates import examples, run
from dan_van_extract.models import Document, EventDate


def stage(text: str, reference: dt.date | None = None) -> Context:
    """Run the metadata and dates stages alone, as the pipeline runs them."""
    ctx = new_context(text, reference)
    with _match.budget(5.0):
        metadata.run(ctx)
        run(ctx)
    return ctx


def check(ex: Example, ctx: Context) -> None:
    doc = ctx.doc
    expect: dict[str, object] = ex.expect
    event: EventDate | None = ctx.event_date
    if "published" in expect:
        assert (doc.published.value if doc.published else None) == expect["published"]
    if "event" in expect:
        assert (event.value if event else None) == expect["event"]
    if "tod" in expect:
        assert event is not None and event.time_of_day == expect["tod"]
    if "inferred" in expect:
        assert event is not None and event.year_inferred is expect["inferred"]
    if "dates" in expect:
        values = [d.value for d in doc.dates if d.role != "published"]
        assert values == expect["dates"]
    if "periods" in expect:
        assert [(p.start, p.end) for p in doc.periods] == expect["periods"]


def test_the_corpus_is_big_enough() -> None:
    assert len(examples.POSITIVE) >= 40
    assert len(examples.NEGATIVE) >= 15


@pytest.mark.parametrize("ex", example_params(examples.POSITIVE))
def test_positive_example(ex: Example) -> None:
    ctx = stage(ex.text)
    check(ex, ctx)
    assert_spans_true(ex.text, ctx.doc)


@pytest.mark.parametrize("ex", example_params(examples.NEGATIVE))
def test_negative_example_yields_no_date(ex: Example) -> None:
    ctx = stage(ex.text)
    assert [d.text for d in ctx.doc.dates] == []
    assert [p.text for p in ctx.doc.periods] == []
    assert ctx.event_date is None


SEEDS = {
    "000_a9fb934fb6383248": (None, "2022-11-23", [("2017-01-01", "2022-12-31")]),
    "001_b0fcba9bdf345ef0": (
        "2020-09-30T15:06:38+07:00",
        "2020-09-30",
        [("2020-10-01", "2020-12-31"), ("2020-01-01", "2020-09-30")],
    ),
    "002_05d560c1b6d1a30b": ("2022-11-30", None, [("2016-01-01", "2021-12-31")]),
    "003_2e1fe8a065c3bd76": (None, "2019-09-10", [("2004-01-01", "2019-12-31")]),
    "004_893ddebd528b08a1": ("2024-02-23T15:24:00+07:00", "2024-02-22", []),
}


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seed_dates(name: str) -> None:
    text = read(FIXTURES / f"{name}.txt")
    published, event, periods = SEEDS[name]
    ctx = stage(text)
    assert (ctx.doc.published.value if ctx.doc.published else None) == published
    got = ctx.event_date
    assert (got.value if got else None) == event
    assert [(p.start, p.end) for p in ctx.doc.periods] == periods
    assert_spans_true(text, ctx.doc)


def test_seed_001_ignores_the_site_header_and_keeps_the_time_of_day() -> None:
    ctx = stage(read(FIXTURES / "001_b0fcba9bdf345ef0.txt"))
    assert all("26/11/2024" not in d.text for d in ctx.doc.dates)
    event = ctx.event_date
    assert event.text == "Sáng ngày 30/9" and event.time_of_day == "sáng"
    assert not event.year_inferred
    assert ctx.publication_date == dt.date(2020, 9, 30)


def test_seed_003_related_news_dates_are_not_reported() -> None:
    ctx = stage(read(FIXTURES / "003_2e1fe8a065c3bd76.txt"))
    assert [d.text for d in ctx.doc.dates] == ["Sáng 10/9"]
    assert all("2021" not in p.text for p in ctx.doc.periods)
    assert ctx.event_date.year_inferred is True


def test_seed_000_inferred_year_and_repeated_period() -> None:
    ctx = stage(read(FIXTURES / "000_a9fb934fb6383248.txt"))
    event = ctx.event_date
    assert (event.value, event.year_inferred, event.text) == ("2022-11-23", True, "Ngày 23/11")
    assert len(ctx.doc.periods) == 1 and ctx.doc.periods[0].kind == "giai đoạn"


def test_reference_date_wins_over_the_articles_own() -> None:
    text = "Tiêu đề bài viết\nThứ 4, 30/09/2020 | 15:06:38\nSáng 29/9, hội nghị khai mạc."
    ctx = stage(text, reference=dt.date(2021, 9, 30))
    assert ctx.event_date.value == "2021-09-29"
    assert ctx.publication_date == dt.date(2021, 9, 30)
    assert ctx.doc.published is not None and ctx.doc.published.value.startswith("2020-09-30")


def test_yesterday_needs_a_reference() -> None:
    text = "Tiêu đề bài viết\nHôm qua, Ban Dân vận tổ chức hội nghị với các huyện."
    assert stage(text).event_date is None
    ctx = stage(text, reference=dt.date(2024, 2, 23))
    assert ctx.event_date.value == "2024-02-22"


def test_dates_periods_and_clock_times_are_claimed() -> None:
    text = (
        "Tiêu đề bài viết\nLúc 8h30 sáng 23/11, hội nghị tổng kết giai đoạn 2017-2022 "
        "khai mạc, kéo dài đến 15 giờ cùng ngày; có 76 thành viên."
    )
    ctx = stage(text)
    norm = ctx.text
    for piece in ("8h30", "23/11", "2017-2022", "15 giờ"):
        s = norm.index(piece)
        assert ctx.is_claimed(s, s + len(piece)), piece
    s = norm.index("76")
    assert not ctx.is_claimed(s, s + 2)


def test_durations_are_not_claimed() -> None:
    ctx = stage("Tiêu đề bài viết\nQua 5 năm hoạt động, các đội công tác làm việc 15 giờ mỗi tuần.")
    assert ctx.claims == {}


def test_spans_survive_unnormalised_input() -> None:
    text = (
        "Tiêu đề bài viết\n\u00a0Sáng\u00a0ngày 30/9, Ban Dân vận Tỉnh uỷ tổ chức hội nghị "
        "nhiệm kỳ 2021\u00a0–\u00a02026."
    )
    doc = extract(text)
    assert doc.periods and doc.dates
    assert_spans_true(text, doc)


def test_every_fixture_keeps_the_span_invariant(article: tuple[str, str]) -> None:
    _name, text = article
    doc: Document = extract(text)
    assert_spans_true(text, doc)


_NO_BACKTRACKING_BUDGET = 30.0
"""Seconds: about 50 times what these inputs cost (0.1 to 0.9 s on a 2-core machine)."""


@pytest.mark.parametrize(
    "text",
    [
        " " * 200_000 + "Sáng 1/2",
        "1/" * 50_000,
        "ngày " * 40_000 + "1-",
        ("giai đoạn 2017-" * 20_000),
        "(" * 50_000 + "2019",
        "từ tháng 1 đến " * 20_000,
    ],
    ids=["spaces", "slashes", "cues", "ranges", "parens", "from-to"],
)
def test_pathological_inputs_do_not_backtrack(text: str) -> None:
    # A pattern that backtracks catastrophically on these inputs runs for hours; under the
    # library's own time budget it raises ExtractionTimeout instead. The budget is wide so
    # that a busy machine never trips it: the speed itself is measured by
    # scripts/pathological.py (seconds per megabyte), not asserted here.
    with _match.budget(_NO_BACKTRACKING_BUDGET):
        stage("Tiêu đề\n" + text)
