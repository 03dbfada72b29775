"""Tests of the places extractor: its gazetteer helpers, example corpus and the seeds."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import FIXTURES, assert_spans_true, example_params, read, read_repetitive
from dan_van_extract import extract, gazetteer
from dan_van_extract._examples import Example
from dan_van_extract.places.examples import NEGATIVE, POSITIVE
from dan_van_extract.places.rules import find_mentions, province_of_domain
from dan_van_extract.text import normalize


# -- the helpers other extractors use ------------------------------------------------------
@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Hà", "Nội", "Đinh", "Tiến", "Dũng"], 2),
        (["Tu", "Mơ", "Rông", "Nguyễn", "Văn", "An"], 3),
        (["Đắk", "Nông"], 2),
        (["Đăk", "Nông", "Lê", "Văn", "Hải"], 2),
        (["Thừa", "Thiên", "Huế"], 3),
        (["Gia", "Nghĩa"], 2),
        (["TP.", "HCM", "Nguyễn", "Văn", "Nên"], 2),
        (["Hà", "Thị", "Hạnh"], 0),
        (["Bằng"], 0),
        (["Đoàn", "Văn", "Thanh"], 0),
        (["Ban", "Dân", "vận"], 0),
        ([], 0),
    ],
)
def test_starts_with_place(words: list[str], expected: int) -> None:
    assert gazetteer.starts_with_place(words) == expected


def test_place_names() -> None:
    names = gazetteer.place_names()
    assert {"Đắk Nông", "Đăk Nông", "Kon Tum", "Tu Mơ Rông", "Gia Nghĩa", "Hồ Chí Minh"} <= names
    assert not {"Bằng", "Đoàn", "Hà", "Ban Dân vận"} & names


def test_gazetteer_facts() -> None:
    (gia_nghia,) = gazetteer.districts_by_name()["Gia Nghĩa"]
    assert (gia_nghia.kind, gia_nghia.province) == ("thành phố", "Đắk Nông")
    (tu_mo_rong,) = gazetteer.districts_by_name()["Tu Mơ Rông"]
    assert (tu_mo_rong.kind, tu_mo_rong.province) == ("huyện", "Kon Tum")
    assert len(gazetteer.provinces()) == 63
    assert gazetteer.province_by_name()["Đăk Nông"].name == "Đắk Nông"


def test_import_does_not_load_the_gazetteer() -> None:
    code = (
        "import dan_van_extract, sys\n"
        "from dan_van_extract import gazetteer\n"
        "assert gazetteer.communes_by_name.cache_info().currsize == 0\n"
        "assert gazetteer.provinces.cache_info().currsize == 0\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# -- the example corpus -----------------------------------------------------------------------
@pytest.mark.parametrize("ex", example_params(POSITIVE))
def test_positive_example(ex: Example) -> None:
    doc = extract(ex.text)
    province, places = ex.expect
    assert [(loc.name, loc.level, loc.province) for loc in doc.locations] == places, ex.note
    assert doc.province == province, ex.note
    assert_spans_true(ex.text, doc)


@pytest.mark.parametrize("ex", example_params(NEGATIVE))
def test_negative_example(ex: Example) -> None:
    doc = extract(ex.text)
    assert doc.locations == [], ex.note
    assert doc.province is None, ex.note


# -- the seeds and whole articles -------------------------------------------------------------
@pytest.mark.parametrize(
    ("stem", "province"),
    [
        ("000_a9fb934fb6383248", "Đắk Nông"),
        ("001_b0fcba9bdf345ef0", None),
        ("002_05d560c1b6d1a30b", "Đắk Nông"),
        ("004_893ddebd528b08a1", "Kon Tum"),
    ],
)
def test_seed_province(stem: str, province: str | None) -> None:
    text = read(FIXTURES / f"{stem}.txt")
    doc = extract(text)
    assert doc.province == province
    assert_spans_true(text, doc)


def test_seed_places() -> None:
    text = read(FIXTURES / "000_a9fb934fb6383248.txt")
    doc = extract(text)
    found = [(loc.text, loc.name, loc.level, loc.province) for loc in doc.locations]
    assert ("Gia Nghĩa", "Gia Nghĩa", "district", "Đắk Nông") in found
    assert {loc.name for loc in doc.locations} == {"Đắk Nông", "Gia Nghĩa"}


def test_places_in_furniture_do_not_count() -> None:
    # Seed 003 names Đắk Lắk, Buôn Ma Thuột, Phú Yên only in its related-news list.
    text = read(FIXTURES / "003_2e1fe8a065c3bd76.txt")
    assert "Buôn Ma Thuột" in text
    doc = extract(text)
    assert doc.locations == []
    assert doc.province is None


def test_district_alone_gives_the_province() -> None:
    doc = extract("Tin tức\n\nHuyện ủy Tu Mơ Rông tổ chức hội nghị.\n")
    assert doc.province == "Kon Tum"


def test_outlet_domain_is_weak_evidence() -> None:
    assert province_of_domain("baokontum.com.vn") == "Kon Tum"
    assert province_of_domain("(binhdinh.gov.vn)") == "Bình Định"
    assert province_of_domain("hanoimoi.com.vn") == "Hà Nội"
    assert province_of_domain("nhandan.vn") is None
    assert province_of_domain("baodautu.vn") is None
    text = "Ban Dân vận Tỉnh ủy làm việc với các xã\n\nbaokontum.com.vn\n\nNội dung bài viết.\n"
    assert extract(text).province == "Kon Tum"


def test_national_article_has_no_province() -> None:
    text = (
        "Thủ tướng chủ trì hội nghị trực tuyến toàn quốc về du lịch\n\n"
        "Sáng 15/3, tại Hà Nội, Thủ tướng chủ trì hội nghị trực tuyến với các địa phương.\n"
        "Hà Nội và TP. HCM đón nhiều khách quốc tế nhất; Đà Nẵng đứng thứ ba.\n"
    )
    assert extract(text).province is None


def test_province_named_in_passing_is_not_the_province() -> None:
    text = (
        "Bộ Y tế họp bàn phòng chống dịch\n\n"
        "Chiều 2/4, Bộ Y tế họp với các chuyên gia về phòng chống dịch bệnh.\n"
        "Trong tuần, tỉnh Nghệ An ghi nhận một ca mắc mới.\n"
    )
    assert extract(text).province is None


def test_ambiguous_district_follows_the_province() -> None:
    text = "Tỉnh An Giang sơ kết\n\nHuyện Châu Thành tổ chức hội nghị.\n"
    doc = extract(text)
    chau_thanh = next(loc for loc in doc.locations if loc.name == "Châu Thành")
    assert chau_thanh.province == "An Giang"


def test_mentions_are_in_normal_form_offsets() -> None:
    text = normalize("Huyện uỷ Tu Mơ Rông và tỉnh Đăk Nông")
    found = find_mentions(text)
    assert [(text[m.start : m.end], m.name) for m in found] == [
        ("Tu Mơ Rông", "Tu Mơ Rông"),
        ("Đăk Nông", "Đắk Nông"),
    ]


PATHOLOGICAL = {
    "list of communes": "các xã Đắk Ha, Đắk Som, Quảng Sơn và ",
    "type words": "huyện xã tỉnh thôn tại ở TP. ",
    "places in brackets": "(Hội An) (Đồ Sơn, Hải Phòng) ",
    "names like provinces": "Nguyễn Văn An Bình Định Trương Hòa Bình ",
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_linear(name: str) -> None:
    text = (PATHOLOGICAL[name] * 10_000)[:200_000]
    doc = read_repetitive(text)
    assert_spans_true(text, doc)


def test_hue_is_thua_thien_hue_before_2025() -> None:
    text = "Thành phố Huế ra mắt mô hình dân vận khéo\n\nNội dung bài viết.\n"
    assert extract(text, reference_date="2024-05-02").province == "Thừa Thiên Huế"
    assert extract(text, reference_date="2025-08-02").province == "Huế"


def test_foreign_story_has_no_province() -> None:
    text = (
        "Người Singapore nhường đất cho cây xanh\n"
        + "Đường phố Singapore rợp bóng cây, công viên nối liền các khu dân cư. " * 10
        + "\n"
        "Chị Lan, quê Bạc Liêu, kể rằng ở Bạc Liêu cũng có vườn chim nhưng Bạc Liêu chưa "
        "có nhiều công viên như thế."
    )
    assert extract(text).province is None


def test_story_at_home_with_a_foreign_country_keeps_its_province() -> None:
    text = (
        "Bắt ghe chở hàng lậu từ Campuchia về Việt Nam\n"
        "Lực lượng chức năng bắt giữ 3 ghe chở đường cát từ Campuchia vào Việt Nam.\n"
        "Vụ việc xảy ra tại huyện An Phú, tỉnh An Giang. Công an tỉnh An Giang đang điều tra."
    )
    assert extract(text).province == "An Giang"


# -- the quick tests before a name's type word ---------------------------------------------
def _reference_may_follow(text: str, start: int) -> bool:
    """The word before ``start`` read as the test first did: 11 characters back, cut at
    the last blank, line break or opening bracket."""
    from dan_van_extract.places.rules import _types

    if start == 0:
        return False
    before = text[start - 1]
    if before in ".(":
        return True
    if before not in " \t" or start < 2:
        return False
    chunk = text[max(0, start - 12) : start - 1]
    cut = max(chunk.rfind(" "), chunk.rfind("\t"), chunk.rfind("\n"), chunk.rfind("("))
    return chunk[cut + 1 :] in _types().last_words


@pytest.mark.parametrize(
    "text",
    [
        "ở Hà Nội, tại xã Đắk Ha, phường 12 và ông Nguyễn Văn A ở Đà Nẵng",
        "ở Hà Nội",
        "xã 5",
        "Tỉnh ủy Đắk Nông\nTP. Hồ Chí Minh (huyện Trảng Bom) hphường Abc",
        "nông thôn Quảng Nam, tại Huế; anh Bình, cùng Lan, tổ dân phố 5",
        "Xã\tHà Tĩnh, TP HCM, Q. 1, Thị xã Gia Nghĩa, ỞHà, (ở Nam Định)",
    ],
)
def test_may_follow_type_word_matches_reference(text: str) -> None:
    from dan_van_extract.places.rules import _may_follow_type_word

    for start in range(len(text) + 1):
        assert _may_follow_type_word(text, start) == _reference_may_follow(text, start), start
