"""The officials extractor: its example corpus, the seeds, and the span invariant."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import FIXTURES, assert_spans_true, example_params, read
from dan_van_extract import extract
from dan_van_extract._examples import Example
from dan_van_extract.officials.examples import NEGATIVE, POSITIVE
from dan_van_extract.officials.words import LazyTokens, tokens


@pytest.mark.parametrize("ex", example_params(POSITIVE))
def test_positive_example(ex: Example) -> None:
    doc = extract(ex.text)
    got = [(o.name, o.titles) for o in doc.officials]
    assert got == [(name, titles) for name, titles, _roles in ex.expect], ex.note
    for official, (_n, _t, roles) in zip(doc.officials, ex.expect, strict=True):
        assert set(roles) <= set(official.roles), (official.roles, ex.note)
    assert_spans_true(ex.text, doc)


@pytest.mark.parametrize("ex", example_params(NEGATIVE))
def test_negative_example(ex: Example) -> None:
    assert extract(ex.text).officials == [], ex.note


def test_seed_officials_with_titles_roles_and_mentions() -> None:
    text = read(FIXTURES / "003_2e1fe8a065c3bd76.txt")
    doc = extract(text)
    by_name = {o.name: o for o in doc.officials}
    assert set(by_name) == {"Phạm Minh Tấn", "Phạm Ngọc Nghị"}
    tan = by_name["Phạm Minh Tấn"]
    assert tan.titles == ["Phó Bí thư Thường trực Tỉnh ủy"]
    assert {"chủ trì", "kết luận"} <= set(tan.roles)
    kinds = [m.kind for m in tan.mentions]
    assert kinds.count("name") == 3 and "title" in kinds
    assert by_name["Phạm Ngọc Nghị"].titles == ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]
    # The related-news list names other officials (Trần Phú Hùng, Từ Thái Giang): furniture.
    assert "Trần Phú Hùng" not in by_name and "Từ Thái Giang" not in by_name
    assert_spans_true(text, doc)


def test_title_alone_attaches_to_its_holder() -> None:
    text = read(FIXTURES / "001_b0fcba9bdf345ef0.txt")
    (giang,) = extract(text).officials
    assert giang.name == "Đặng Thanh Giang"
    title_mentions = [m for m in giang.mentions if m.kind == "title"]
    assert [m.text for m in title_mentions] == ["Trưởng ban Dân vận Tỉnh ủy"]
    assert text[title_mentions[0].span[0] : title_mentions[0].span[1]] == title_mentions[0].text


def test_typo_titles_merge_and_roles() -> None:
    doc = extract(read(FIXTURES / "004_893ddebd528b08a1.txt"))
    (tuy,) = doc.officials
    assert tuy.titles == ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"]
    assert {"trưởng đoàn", "kết luận"} <= set(tuy.roles)
    assert len(tuy.mentions) == 3


def test_both_tone_mark_styles_give_one_person() -> None:
    doc = extract(
        "Đồng chí Lê Văn Hoà, Chủ tịch Uỷ ban MTTQ tỉnh phát biểu. Đồng chí Lê Văn Hòa,"
        " Chủ tịch Ủy ban MTTQ tỉnh trao quà."
    )
    (person,) = doc.officials
    assert person.name == "Lê Văn Hoà"
    assert person.titles == ["Chủ tịch Uỷ ban MTTQ tỉnh"]
    assert len(person.mentions) == 2


@given(
    st.text(alphabet="Bí thư Tỉnh ủy TP. Huế, (UBND) - .\n", max_size=120),
    st.integers(min_value=0, max_value=8),
)
def test_lazy_tokens_read_as_far_as_asked_give_the_same_tokens(text: str, k: int) -> None:
    """The title reader's lazy tokens agree with :func:`tokens` however they are asked:
    by index, by slice (past the end too) and whole."""
    whole = tokens(text, 0, len(text))
    lazy = LazyTokens(text, 0, len(text))
    assert lazy[k : k + 2] == whole[k : k + 2]
    if k < len(whole):
        assert lazy[k] == whole[k]
    assert list(lazy) == whole
    assert len(lazy) == len(whole)
    assert lazy[:] == whole and list(LazyTokens(text, 0, len(text))) == whole


def test_sentence_opening_scans_agree_with_the_whole_text_scans() -> None:
    """The fronted-title and pronoun-title patterns, tried only where the standard
    library's engine finds a sentence start or ``ông``/``bà``, find what the whole-text
    ``finditer`` finds."""
    from dan_van_extract.officials import titles

    texts = [read(p) for p in sorted(FIXTURES.glob("*.txt"))]
    texts += [
        "Là Ủy viên Trung ương Đảng, ông A ký. Khi còn là Bí thư X. Ngoài ra, thời điểm là ",
        "A.\nVới cương vị Bộ trưởng Y.” Vào thời điểm đó, là Chủ tịch Z, ông Ninh nói.",
        "Ông hiện là Giám đốc. 3ông là X. không là Y. Năm 2006 ông là Bí thư. Bà Lan từng làm ",
        "Tháng 6/2013, ông được điều động ra làm Phó Chủ tịch. ông Chiến từng kinh qua ",
    ]
    for text in texts:
        for pattern, found in (
            (titles._FRONTED_RE, titles._fronted_openings),
            (titles._PRONOUN_TITLES_RE, titles._pronoun_openings),
        ):
            assert [m.span() for m in found(text)] == [m.span() for m in pattern.finditer(text)]
