"""The text layer: normal form and the offset map back to the input."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dan_van_extract.text import _EDIT_RE, NormText, _edits, normalize

VI_LETTERS = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxy"
    "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
    "AĂÂĐÊÔƠƯÀÁẢÃẠÈÉẺẼẸÌÍỈĨỊÒÓỎÕỌÙÚỦŨỤỲÝỶỸỴ"
)
ODD = (
    "\u00a0\u200b\u200d\ufeff\u00ad\r\n\t\x00\x07\u2028"
    "\u0300\u0301\u0303\u0309\u0323 0123456789.,/-–"
)
texts = st.text(alphabet=st.sampled_from(VI_LETTERS + ODD), max_size=80) | st.text(max_size=60)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("hoà", "hòa"),
        ("Hoà Bình", "Hòa Bình"),
        ("Uỷ ban", "Ủy ban"),
        ("thuỵ", "thụy"),
        ("khoẻ", "khỏe"),
        ("HOÀ", "HÒA"),
        ("quý", "quý"),  # qu + y: the mark stays on y
        ("khuỷu", "khuỷu"),  # not syllable-final
        ("hoàn", "hoàn"),  # not syllable-final
        ("a\u00a0b", "a b"),
        ("a\u200bb", "ab"),
        ("a\r\nb", "a\nb"),
        ("a\tb", "a b"),
        ("công_tác dân_vận", "công tác dân vận"),
        (unicodedata.normalize("NFD", "Tỉnh ủy Đắk Nông"), "Tỉnh ủy Đắk Nông"),
    ],
)
def test_normal_form(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_spans_map_back_to_the_input() -> None:
    raw = "Uỷ\u00a0ban\r\nnhân\u200b dân tỉnh Hoà Bình"
    t = NormText(raw)
    assert t.text == "Ủy ban\nnhân dân tỉnh Hòa Bình"
    i = t.text.index("nhân dân")
    text, (s, e) = t.item(i, i + len("nhân dân"))
    assert raw[s:e] == text == "nhân\u200b dân"
    j = t.text.index("Hòa Bình")
    assert t.item(j, j + 8)[0] == "Hoà Bình"


def test_decomposed_input_maps_whole_characters() -> None:
    raw = unicodedata.normalize("NFD", "Đắk Nông")
    t = NormText(raw)
    assert t.text == "Đắk Nông"
    text, (s, e) = t.item(0, 3)
    assert unicodedata.normalize("NFC", text) == "Đắk"
    assert raw[s:e] == text


@settings(max_examples=300, deadline=None)
@given(texts)
def test_every_span_indexes_the_input(raw: str) -> None:
    t = NormText(raw)
    n = len(t.text)
    previous = (0, 0)
    for a in range(n):
        s, e = t.span(a, a + 1)
        assert 0 <= s < e <= len(raw)
        # Characters map in order (characters composed from one grapheme share its span).
        assert s >= previous[0] and e >= previous[1]
        assert s >= previous[1] or (s, e) == previous
        previous = (s, e)
    s, e = t.span(0, n)
    assert 0 <= s <= e <= len(raw)
    assert t.item(0, n)[0] == raw[s:e]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_normalising_twice_equals_once(raw: str) -> None:
    once = normalize(raw)
    assert normalize(once) == once
    assert unicodedata.is_normalized("NFC", once)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(VI_LETTERS + " .,"), max_size=80))
def test_plain_nfc_text_is_identity(raw: str) -> None:
    """Text with nothing to change maps one to one."""
    raw = unicodedata.normalize("NFC", raw)
    t = NormText(raw)
    if t.text == raw:
        assert all(t.span(a, a + 1) == (a, a + 1) for a in range(len(raw)))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("Thu\u00adỵ", "Thụy"), ("u\u00adÝ", "úY"), ("ho\u200bà", "hòa")],
)
def test_a_deleted_character_does_not_hide_a_tone_pair(raw: str, expected: str) -> None:
    """A soft hyphen or zero-width space inside ``uy``/``oa`` is deleted and the tone mark
    then moved, so that normalising again changes nothing (found by Hypothesis)."""
    t = NormText(raw)
    assert t.text == expected
    assert normalize(t.text) == t.text
    assert t.item(0, len(t.text)) == (raw, (0, len(raw)))


def _edit_spans(raw: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    return [m.span() for m in _edits(raw)], [m.span() for m in _EDIT_RE.finditer(raw)]


def test_edits_tried_where_they_may_start_find_every_tone_pair() -> None:
    for before in ["", "q", "Q", "h", "\u0301"]:
        for first in "oOuUaAqx":
            for second in "àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸỳýỷỹỵỲÝỶỸỴaey":
                for after in ["", "n", "N", " ", "\u0301", "ể", "_b", "\r\n"]:
                    got, expected = _edit_spans(before + first + second + after)
                    assert got == expected


@settings(max_examples=500, deadline=None)
@given(
    texts
    | st.lists(
        st.sampled_from(["o", "O", "u", "U", "q", "hoà", "thuỷ", "quý", "à", "ỳ", "_", "x", "ể"])
        | st.sampled_from(["n", "\u0301", " ", "\r", "\r\n", "\u00a0", "\u200b", "1", "Đ"])
    ).map("".join)
)
def test_edits_tried_where_they_may_start_are_every_edit(raw: str) -> None:
    got, expected = _edit_spans(raw)
    assert got == expected
