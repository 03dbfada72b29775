"""Robustness: arbitrary text never crashes, spans stay true, pathological input stays linear.

The property tests draw from Vietnamese letters with every tone mark in both placements,
digits, punctuation, whitespace, emoji and control characters. Their example count grows
with the environment variable ``DVE_FUZZ_EXAMPLES`` (``fuzz/run.sh`` sets it high for a
long local run; CI keeps the default).
"""

from __future__ import annotations

import json
import os
import unicodedata

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT, assert_spans_true, read_repetitive
from dan_van_extract import Document, RepetitiveInput, extract
from dan_van_extract.text import normalize

EXAMPLES = int(os.environ.get("DVE_FUZZ_EXAMPLES", "150"))
SCHEMA = json.loads((ROOT / "docs" / "schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

VOWELS_NEW = [
    "òa",
    "óa",
    "ỏa",
    "õa",
    "ọa",
    "òe",
    "óe",
    "ỏe",
    "õe",
    "ọe",
    "ùy",
    "úy",
    "ủy",
    "ũy",
    "ụy",
]
VOWELS_OLD = [
    "oà",
    "oá",
    "oả",
    "oã",
    "oạ",
    "oè",
    "oé",
    "oẻ",
    "oẽ",
    "oẹ",
    "uỳ",
    "uý",
    "uỷ",
    "uỹ",
    "uỵ",
]
LETTERS = list(
    "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"
    "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
)
PIECES = (
    LETTERS
    + VOWELS_NEW
    + VOWELS_OLD
    + [unicodedata.normalize("NFD", v) for v in VOWELS_NEW]
    + list("0123456789") * 3
    + list(".,;:!?/-–()[]\"“”%'&")
    + [" ", " ", " ", "\n", "\r\n", "\t", "\u00a0", "\u200b", "\ufeff"]
    + ["\x00", "\x07", "\x1b", "\u2028", "\u0301", "\u0323"]
    + ["😀", "🇻🇳", "👍🏽", "\U0010ffff", "\ud7ff"]
    + [
        "Tỉnh ủy",
        "Uỷ ban",
        "Bằng khen",
        "tập thể",
        "cá nhân",
        "Ngày",
        "Sáng",
        "đồng chí",
        "Nguyễn",
        "Phó Chủ tịch",
        "giai đoạn",
        "tỷ đồng",
        "lượt người",
        "huyện",
        "Đắk Nông",
        "Thứ 4, ",
        "30/09/2020",
        " | 15:06:38",
        "Gửi cho bạn bè",
        "\n- ",
        "%C4%90",
    ]
)
texts = st.lists(st.sampled_from(PIECES), max_size=120).map("".join)


def check(text: str) -> Document:
    doc = extract(text)
    data = doc.model_dump(mode="json")
    errors = list(VALIDATOR.iter_errors(data))
    assert not errors, errors[0].message
    assert_spans_true(text, doc)
    return doc


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_arbitrary_genre_text_never_crashes_and_spans_are_true(text: str) -> None:
    doc = check(text)
    assert extract(text) == doc  # the same input gives the same output


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_crashes(text: str) -> None:
    check(text)


@settings(max_examples=EXAMPLES, deadline=None)
@given(texts)
def test_normalising_twice_equals_once(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@pytest.mark.parametrize(
    "bad", [None, 1, 2.5, ["text"], ("a", "b"), {"text": "a"}, bytearray(b"\xff")]
)
def test_bad_types_and_bytes(bad: object) -> None:
    expected = ValueError if isinstance(bad, bytearray) else TypeError
    with pytest.raises(expected):
        extract(bad)  # type: ignore[arg-type]


N = 200_000  # characters per pathological input: enough to expose quadratic cost

PATHOLOGICAL = {
    "no space": "á" * N,
    "digits and dots": ("1234567." * N)[:N],
    "digits and slashes": ("12/11/" * N)[:N],
    "one long number": "9" * N,
    "title repeated": ("Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch UBND tỉnh " * 5000)[:N],
    "award repeated": ("tặng Bằng khen cho 12 tập thể và 13 cá nhân, " * 5000)[:N],
    "capitalised words": ("Nguyễn Văn An Bình Định " * 10000)[:N],
    "names with titles": ("đồng chí Lê Văn Hòa, Phó Chủ tịch UBND huyện; " * 5000)[:N],
    "deep parentheses": "(" * (N // 2) + ")" * (N // 2),
    "combining marks": "a" + "\u0301\u0323" * (N // 2),
    "NUL and controls": ("\x00\x01\x02ab\x1f\x7f " * N)[:N],
    "dates repeated": ("Ngày 23/11/2020, sáng 12-10, giai đoạn 2017-2022 " * 5000)[:N],
    "numbers and units": ("hơn 1.036 tỷ đồng, 35/71 xã; 7,51%; " * 6000)[:N],
    "related-news lines": ("- Tin số một (15/09/2025, 19:55)\n" * 7000)[:N],
    "one huge line of words": ("công tác dân vận " * 20000)[:N],
}


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_input_finishes(name: str) -> None:
    """Each input must finish far inside the backstop (a quadratic rule would not).
    extract() refuses them as repetition (below), so the stages run on them directly."""
    text = PATHOLOGICAL[name]
    doc = read_repetitive(text)
    assert_spans_true(text, doc)


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_repetition_is_refused_with_one_line(name: str) -> None:
    with pytest.raises(RepetitiveInput, match="repeats itself") as caught:
        extract(PATHOLOGICAL[name])
    assert "\n" not in str(caught.value)


def test_long_real_text_is_not_refused_as_repetition() -> None:
    """Articles joined, even each copied several times (mirrors, a site dump), are read."""
    articles = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures").glob("*.txt"))]
    joined = "\n\n".join(articles * 8)
    assert len(joined) > 100_000
    doc = extract(joined)
    assert doc.officials and doc.awards
    assert_spans_true(joined, doc)


def test_short_repetition_is_read_not_refused() -> None:
    text = "Chủ tịch Nguyễn Văn An phát biểu. " * 100
    assert extract(text).officials[0].name == "Nguyễn Văn An"
