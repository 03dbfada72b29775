"""Vietnamese number reading (``statistics/numbers.py``): examples and properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dan_van_extract.statistics.numbers import is_decimal_unit, parse_number


def vietnamese(n: int) -> str:
    """An integer written the Vietnamese way: dots between thousands."""
    return f"{n:,}".replace(",", ".")


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        ("7.135", None, 7135),
        ("1,5", None, 1.5),
        ("612.500", "m2", 612500),
        ("1.036", "tỷ đồng", 1036),
        ("2.659,96", "tỷ đồng", 2659.96),
        ("7,51", "%", 7.51),
        ("0,94", "triệu m3", 0.94),
        ("2,874", "triệu m3", 2.874),
        ("1.000.000", None, 1_000_000),
        ("05", "năm", 5),
        ("239.841", "lượt người", 239841),
        ("4.564", "lần", 4564),
        ("2,1", "lần", 2.1),
        ("2.1", None, 2.1),
        ("0", None, 0),
        # English separators
        ("2,659.96", None, 2659.96),
        ("1,234,567", None, 1234567),
        ("350,000", "người", 350000),
    ],
)
def test_examples(text: str, hint: str | None, expected: float) -> None:
    assert parse_number(text, unit_hint=hint) == pytest.approx(expected)


def test_a_comma_before_three_digits_is_read_by_its_unit() -> None:
    """`4,029 lượt xem` groups thousands; `4,029 %` or a measure is a decimal."""
    assert parse_number("4,029", unit_hint="lượt xem") == 4029
    assert parse_number("4,029", unit_hint="người") == 4029
    assert parse_number("4,029", unit_hint="%") == pytest.approx(4.029)
    assert parse_number("4,029", unit_hint="mm") == pytest.approx(4.029)
    assert parse_number("4,029", unit_hint="triệu đồng") == pytest.approx(4.029)
    assert parse_number("4,029") == pytest.approx(4.029)  # no hint: the Vietnamese reading
    # nobody writes a decimal with a trailing zero: 490,000 m2 is English thousands
    assert parse_number("490,000", unit_hint="m2") == 490000
    assert parse_number("12,500", unit_hint="%") == pytest.approx(12.5)


def test_unit_kinds() -> None:
    assert is_decimal_unit("%") and is_decimal_unit("tỷ đồng") and is_decimal_unit("ha")
    assert is_decimal_unit("USD") and is_decimal_unit("lần")
    assert not is_decimal_unit("lượt xem") and not is_decimal_unit("đảng viên")
    assert not is_decimal_unit("mũi thi công") and not is_decimal_unit("")


@pytest.mark.parametrize(
    "text",
    ["0912.345.678", "15.10.1930", "1.2.3", "028", "12.34.567", "1,2,3", "1.234,5,6", "abc", ""],
)
def test_malformed_tokens_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text)


@given(st.integers(min_value=0, max_value=10**15))
def test_vietnamese_integers_read_back(n: int) -> None:
    assert parse_number(vietnamese(n)) == n
    assert parse_number(vietnamese(n), unit_hint="người") == n
    assert parse_number(vietnamese(n), unit_hint="tỷ đồng") == n


@given(
    st.integers(min_value=0, max_value=10**12),
    st.text(alphabet="0123456789", min_size=1, max_size=4),
    st.sampled_from([None, "%", "tỷ đồng", "ha", "người", "lượt xem"]),
)
def test_vietnamese_decimals_read_back(whole: int, fraction: str, hint: str | None) -> None:
    text = f"{vietnamese(whole)},{fraction}"
    if whole < 1000 and len(fraction) == 3 and whole > 0 and hint is not None:
        # d,ddd alone is ambiguous: a count noun reads it as thousands (tested above)
        return
    assert parse_number(text, unit_hint=hint) == pytest.approx(float(f"{whole}.{fraction}"))


@given(st.integers(min_value=1000, max_value=10**12))
def test_english_thousands_after_a_count_noun(n: int) -> None:
    assert parse_number(f"{n:,}", unit_hint="lượt xem") == n


@given(st.text(alphabet="0123456789.,", max_size=20), st.sampled_from([None, "%", "người"]))
def test_any_token_reads_or_is_refused(text: str, hint: str | None) -> None:
    try:
        value = parse_number(text, unit_hint=hint)
    except ValueError:
        return
    assert value >= 0
