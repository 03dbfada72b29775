"""The statistics extractor: its example corpus, the seed articles, and its invariants."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import FIXTURES, assert_spans_true, example_params, new_context, read
from dan_van_extract import awards, statistics
from dan_van_extract.models import Document
from dan_van_extract.statistics.examples import NEGATIVE, POSITIVE

FIELDS = ("value", "unit", "qualifier", "total", "value_max")


def extract_statistics(text: str) -> Document:
    """Run the awards and statistics stages alone (the dates stage is not needed)."""
    ctx = new_context(text)
    awards.run(ctx)
    statistics.run(ctx)
    assert_spans_true(text, ctx.doc)
    return ctx.doc


def found(text: str) -> list[dict[str, Any]]:
    return [{k: getattr(s, k) for k in FIELDS} for s in extract_statistics(text).statistics]


@pytest.mark.parametrize("example", example_params(POSITIVE))
def test_positive_example(example: Any) -> None:
    assert found(example.text) == example.expect


@pytest.mark.parametrize("example", example_params(NEGATIVE))
def test_negative_example(example: Any) -> None:
    assert found(example.text) == []


def test_example_corpus_is_large_enough() -> None:
    assert len(POSITIVE) >= 40
    assert len(NEGATIVE) >= 20


SEEDS: dict[str, list[tuple[float, str]]] = {
    "000_a9fb934fb6383248": [(18, "đội công tác"), (5, "huyện"), (76, "thành viên")],
    "001_b0fcba9bdf345ef0": [],
    "002_05d560c1b6d1a30b": [
        (234, "khu dân cư, thôn, bon"),
        (35, "xã, phường, thị trấn"),
        (53, "xã, phường, thị trấn"),
        (672, "thôn, buôn, bon, tổ"),
        (232, "buổi"),
        (7135, "lượt người"),
        (32, "đợt"),
        (3700, "lượt người"),
        (1588, "đợt"),
        (239841, "lượt người"),
        (45301, "tờ rơi"),
        (2465, "ca"),
        (2195, "lượt chức sắc"),
        (2841, "lượt già làng"),
        (4867, "đợt"),
        (207744, "lượt người"),
        (4564, "lần"),
        (514, "đợt"),
        (4348, "lượt người"),
    ],
    "003_2e1fe8a065c3bd76": [
        (520, "người"),
        (30, "người"),
        (88, "người"),
        (402, "người"),
        (12000, "đợt"),
        (604, "thôn, buôn, tổ dân phố"),
        (184, "xã, phường, thị trấn"),
        (170000, "lượt người"),
        (568, "buổi"),
        (1036, "tỷ đồng"),
        (612500, "m2"),
        (147048, "ngày công"),
    ],
    "004_893ddebd528b08a1": [],
}


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seed_articles(name: str) -> None:
    doc = extract_statistics(read(FIXTURES / f"{name}.txt"))
    assert [(s.value, s.unit) for s in doc.statistics] == SEEDS[name]


def test_seed_details() -> None:
    doc = extract_statistics(read(FIXTURES / "003_2e1fe8a065c3bd76.txt"))
    money = next(s for s in doc.statistics if s.unit == "tỷ đồng")
    assert (money.text, money.qualifier) == ("hơn 1.036 tỷ đồng", "over")
    assert money.multiplier == 1e9
    assert money.scaled_value == pytest.approx(1.036e12)
    assert money.base_unit == "đồng"
    doc = extract_statistics(read(FIXTURES / "002_05d560c1b6d1a30b.txt"))
    first = doc.statistics[1]
    assert (first.text, first.value, first.total) == ("35/71 xã, phường, thị trấn", 35, 71)


def test_full_pipeline_matches_the_stages_alone() -> None:
    """The dates stage claims date spans; the result on the seeds is the same."""
    from dan_van_extract import extract

    for name in SEEDS:
        text = read(FIXTURES / f"{name}.txt")
        doc = extract(text)
        assert_spans_true(text, doc)
        assert [(s.value, s.unit) for s in doc.statistics] == SEEDS[name]


def test_claimed_spans_are_skipped() -> None:
    text = "Toàn tỉnh có 18 đội công tác với 76 thành viên."
    ctx = new_context(text)
    start = text.index("18")
    ctx.claim("dates", start, start + 2)
    statistics.run(ctx)
    assert [s.value for s in ctx.doc.statistics] == [76]


def test_furniture_yields_nothing() -> None:
    text = (
        "Tiêu đề bài viết về công tác dân vận\n"
        "4,029 lượt xem\n"
        "Toàn tỉnh có 18 đội công tác.\n"
        "0:00 / 0:00\n"
        "Gửi cho bạn bè\n"
        "- Hội nghị tổng kết 25 năm với 300 đại biểu (15/09/2025, 19:55)\n"
    )
    assert found(text) == [dict(zip(FIELDS, (18, "đội công tác", None, None, None), strict=True))]


def test_normalised_input_maps_back() -> None:
    """Decomposed (NFD) input and old tone placement: spans still index the input."""
    import unicodedata

    text = unicodedata.normalize("NFD", "Uỷ ban đã hỗ trợ hơn 1.250 hộ nghèo, đạt 98,5% kế hoạch.")
    doc = extract_statistics(text)
    assert [(s.value, s.unit) for s in doc.statistics] == [(1250, "hộ nghèo"), (98.5, "%")]
