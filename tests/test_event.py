"""Tests of the event extractor: its example corpus, the seeds, and what it reads from
the other extractors (the event date, the chair)."""

from __future__ import annotations

import pytest

from conftest import FIXTURES, assert_spans_true, example_params, new_context, read, read_repetitive
from dan_van_extract import extract
from dan_van_extract._examples import Example
from dan_van_extract.event import rules
from dan_van_extract.event.examples import NEGATIVE, POSITIVE
from dan_van_extract.models import EventDate, Official


@pytest.mark.parametrize("ex", example_params(POSITIVE))
def test_positive_example(ex: Example) -> None:
    doc = extract(ex.text)
    assert doc.event is not None, ex.note
    assert (doc.event.type, doc.event.text, doc.event.organizer) == ex.expect, ex.note
    assert_spans_true(ex.text, doc)


@pytest.mark.parametrize("ex", example_params(NEGATIVE))
def test_negative_example(ex: Example) -> None:
    event = extract(ex.text).event
    assert event is None or event.type is None, ex.note


def test_a_dated_act_no_phrase_names_is_an_event_with_its_date_and_no_type() -> None:
    text = (
        "Điều động cán bộ\nNgày 9/11/2023, Ban Thường vụ Thành ủy ký quyết định điều động ông "
        "Trần Văn Nam."
    )
    event = extract(text).event
    assert event is not None and event.type is None
    assert event.date is not None and event.date.value == "2023-11-09"
    assert (event.text, event.span) == (event.date.text, event.date.span)
    assert_spans_true(text, extract(text))


def test_no_event_without_a_phrase_or_a_date() -> None:
    assert extract("Giá lúa tăng\nGiá lúa tại đồng bằng tăng mạnh.").event is None


@pytest.mark.parametrize(
    ("stem", "event_type", "organizer"),
    [
        ("000_a9fb934fb6383248", "hội nghị tổng kết", "Ban Dân vận Tỉnh ủy Đắk Nông"),
        ("001_b0fcba9bdf345ef0", "hội nghị giao ban", "Ban Dân vận Tỉnh ủy"),
        ("002_05d560c1b6d1a30b", "hội nghị", None),
        ("003_2e1fe8a065c3bd76", "hội nghị tổng kết", "Tỉnh ủy"),
        ("004_893ddebd528b08a1", "làm việc", "Ban Dân vận Tỉnh ủy"),
    ],
)
def test_seed_event(stem: str, event_type: str, organizer: str | None) -> None:
    text = read(FIXTURES / f"{stem}.txt")
    doc = extract(text)
    assert doc.event is not None
    assert (doc.event.type, doc.event.organizer) == (event_type, organizer)
    assert_spans_true(text, doc)


def test_date_and_chair_come_from_the_other_extractors() -> None:
    ctx = new_context("Hội nghị tổng kết công tác dân vận\n\nSáng 10/9, Tỉnh ủy tổ chức hội nghị.")
    date = EventDate(value="2019-09-10", text="Sáng 10/9", span=(36, 45), time_of_day="sáng")
    ctx.event_date = date
    ctx.doc.officials = [
        Official(name="Lê Văn Hai", roles=["phát biểu"]),
        Official(name="Phạm Minh Tấn", roles=["chủ trì", "kết luận"]),
    ]
    rules.run(ctx)
    assert ctx.doc.event is not None
    assert ctx.doc.event.date == date
    assert ctx.doc.event.chair == "Phạm Minh Tấn"


def test_no_date_or_chair_without_them() -> None:
    ctx = new_context("Ban Dân vận Tỉnh ủy làm việc với Huyện ủy\n\nNội dung.")
    rules.run(ctx)
    assert ctx.doc.event is not None
    assert (ctx.doc.event.date, ctx.doc.event.chair) == (None, None)


def test_furniture_names_no_event() -> None:
    text = "Giá vàng hôm nay\n\nGiá vàng tăng nhẹ.\n- Hội nghị tổng kết năm 2020 (12/12/2020)\n"
    assert extract(text).event is None


PATHOLOGICAL = {
    "counter words": "cuộc họp buổi làm việc cuộc họp báo ",
    "organiser": "Ban Dân vận Tỉnh ủy, Hội Nông dân tổ chức hội nghị tổng kết ",
    "passive": "hội thảo do ",
    "cues": "tại dự tổ chức khai mạc diễn ra ",
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_linear(name: str) -> None:
    text = (PATHOLOGICAL[name] * 10_000)[:200_000]
    doc = read_repetitive(text)
    assert_spans_true(text, doc)
