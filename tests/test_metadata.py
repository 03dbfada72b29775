"""The metadata extractor: its example corpus, the seeds, provenance spans."""

from __future__ import annotations

import pytest

from conftest import FIXTURES, assert_spans_true, example_params, new_context, read
from dan_van_extract import _match
from dan_van_extract._examples import Example
from dan_van_extract.metadata import examples, run
from dan_van_extract.metadata.rules import is_name
from dan_van_extract.models import Document


def stage(text: str) -> Document:
    """Run the metadata stage alone, as the pipeline runs it."""
    ctx = new_context(text)
    with _match.budget(5.0):
        run(ctx)
    return ctx.doc


def test_the_corpus_is_big_enough() -> None:
    assert len(examples.POSITIVE) >= 20
    assert len(examples.NEGATIVE) >= 8


@pytest.mark.parametrize("ex", example_params(examples.POSITIVE))
def test_positive_example(ex: Example) -> None:
    doc = stage(ex.text)
    for field, want in ex.expect.items():
        assert getattr(doc, field) == want, field
    assert_spans_true(ex.text, doc)


@pytest.mark.parametrize("ex", example_params(examples.NEGATIVE))
def test_negative_example_yields_no_author_or_source(ex: Example) -> None:
    doc = stage(ex.text)
    assert doc.author is None
    assert doc.source is None


SEEDS = {
    "000_a9fb934fb6383248": (
        "Phát huy vai trò đội công tác vận động quần chúng xây dựng cơ sở",
        "NDO",
        None,
        None,
    ),
    "001_b0fcba9bdf345ef0": (
        "Triển khai nhiệm vụ công tác dân vận 3 tháng cuối năm 2020",
        None,
        "Đào Quyên",
        4029,
    ),
    "002_05d560c1b6d1a30b": (
        "Đắk Nông: Hoạt động phối hợp thực hiện công tác dân vận ngày càng nền nếp, hiệu quả",
        None,
        "Lê Hùng",
        None,
    ),
    "003_2e1fe8a065c3bd76": (None, None, "Bá Lục", None),
    "004_893ddebd528b08a1": (
        "Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Tu Mơ Rông",
        "baokontum.com.vn",
        "Hữu Nam",
        None,
    ),
}


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seed_metadata(name: str) -> None:
    text = read(FIXTURES / f"{name}.txt")
    doc = stage(text)
    assert (doc.title, doc.source, doc.author, doc.views) == SEEDS[name]
    assert_spans_true(text, doc)
    for field in ("title", "source", "author", "views"):
        ts = getattr(doc.provenance, field)
        assert (ts is None) == (getattr(doc, field) is None), field


def test_views_provenance_is_the_counter() -> None:
    doc = stage(read(FIXTURES / "001_b0fcba9bdf345ef0.txt"))
    assert doc.provenance.views is not None
    assert doc.provenance.views.text == "4,029 lượt xem"


def test_author_provenance_is_the_name_only() -> None:
    text = read(FIXTURES / "002_05d560c1b6d1a30b.txt")
    doc = stage(text)
    assert doc.provenance.author is not None
    s, e = doc.provenance.author.span
    assert text[s:e] == "Lê Hùng"


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("Phạm Diệp", True),
        ("B.H", True),
        ("B.T.Ngọc", True),
        ("Quang Duy - Nguyễn Xuân", True),
        ("Trang Lê", True),
        ("Hà Nội", False),
        ("Việt Nam", False),
        ("PV", False),
        ("Ông Nguyễn Văn A", False),
        ("Sở Nội vụ", False),
        ("Đỗ", False),
    ],
)
def test_is_name(name: str, ok: bool) -> None:
    assert is_name(name) is ok


def test_unnormalised_input_keeps_spans() -> None:
    text = (
        "Tiêu đề\u00a0bài viết về dân vận\n\nNDO\u00a0- Sáng 23/11, hội nghị.\n\n"
        "Lê Hùng (Ban Dân vận Tỉnh uỷ)"
    )
    doc = stage(text)
    assert (doc.source, doc.author) == ("NDO", "Lê Hùng")
    assert_spans_true(text, doc)
