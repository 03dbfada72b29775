"""Reading numbers written the Vietnamese way.

Vietnamese groups thousands with a dot and writes decimals with a comma:
``7.135`` is 7135, ``1,5`` is 1.5, ``2.659,96`` is 2659.96, ``612.500`` is 612500.
Some sites use the English convention instead (``4,029 lượt xem``, ``350,000 người``),
so a single comma followed by exactly three digits is ambiguous; :func:`parse_number`
settles it with the unit that follows (``unit_hint``):

* a count noun (``lượt xem``, ``người``, ``hộ``) cannot be fractional: the comma groups
  thousands (``4,029 lượt xem`` -> 4029);
* a percentage, a measure (``m2``, ``ha``, ``tấn``), a currency, a ratio (``lần``) or a
  multiplier word (``triệu``, ``tỷ``) takes decimals: ``2,874 triệu m3`` -> 2.874, unless
  the three digits end in ``0`` (nobody writes a decimal with a trailing zero, so
  ``490,000 m2`` is 490000);
* with no hint the Vietnamese reading (decimal comma) wins.

Malformed tokens (phone numbers like ``0912.345.678``, dotted dates like ``15.10.1930``,
codes with leading zeros) raise :class:`ValueError`, so callers can skip them.
"""

from __future__ import annotations

from functools import cache

import regex

from .. import vocab
from .._lexicon import load_table

__all__ = ["NUMBER_PATTERN", "is_decimal_unit", "parse_number"]

NUMBER_PATTERN = r"\d{1,15}(?:[.,]\d{1,15}){0,6}"
"""A digit run with up to six ``.``/``,`` separators (validated by :func:`parse_number`)."""

_TOKEN_RE = regex.compile(rf"{NUMBER_PATTERN}\Z")
_DECIMAL_KINDS = frozenset({"measure", "currency", "percent", "ratio"})


@cache
def _unit_kinds() -> dict[str, str]:
    """``unit -> kind`` from ``data/units.tsv`` (lower case keys)."""
    return {row[0].lower(): row[1] for row in load_table(__package__ or "", "data/units.tsv")}


def is_decimal_unit(unit: str) -> bool:
    """Whether a quantity of this unit may be fractional (so ``,ddd`` is a decimal part).

    >>> is_decimal_unit("%"), is_decimal_unit("triệu m3"), is_decimal_unit("lần")
    (True, True, True)
    >>> is_decimal_unit("lượt xem"), is_decimal_unit("người")
    (False, False)
    """
    unit = unit.strip().lower()
    if not unit:
        return False
    if unit.startswith("%") or unit.split(" ", 1)[0] in vocab.multipliers():
        return True
    return _unit_kinds().get(unit) in _DECIMAL_KINDS


def _valid_groups(head: str, groups: list[str]) -> bool:
    """A thousands grouping: a head of 1-3 digits (no leading zero) and 3-digit groups."""
    if not 1 <= len(head) <= 3 or (head[0] == "0" and len(head) > 1) or head == "0":
        return False
    return all(len(g) == 3 for g in groups)


def _integer(digits: str) -> int:
    """A plain digit run; a leading zero is allowed on short runs only (``05``)."""
    if len(digits) > 2 and digits[0] == "0":
        raise ValueError(f"not a quantity: {digits!r} (leading zero)")
    return int(digits)


def parse_number(text: str, *, unit_hint: str | None = None) -> float:
    """The value of a number written with Vietnamese (or English) separators.

    Args:
        text: the digits as written, e.g. ``"7.135"``, ``"2.659,96"``, ``"0,94"``.
        unit_hint: the unit that follows the number, when known; it decides the
            ambiguous ``d,ddd`` (see the module docstring).

    Raises:
        ValueError: the token is not a well-formed quantity (phone numbers, dotted
            dates, codes).

    >>> parse_number("7.135"), parse_number("1,5"), parse_number("2.659,96")
    (7135.0, 1.5, 2659.96)
    >>> parse_number("612.500"), parse_number("1.036"), parse_number("0,94")
    (612500.0, 1036.0, 0.94)
    >>> parse_number("4,029", unit_hint="lượt xem"), parse_number("4,029", unit_hint="%")
    (4029.0, 4.029)
    >>> parse_number("2,874", unit_hint="triệu m3"), parse_number("490,000", unit_hint="m2")
    (2.874, 490000.0)
    >>> parse_number("1.000.000"), parse_number("2,659.96"), parse_number("05")
    (1000000.0, 2659.96, 5.0)
    >>> parse_number("0912.345.678")
    Traceback (most recent call last):
    ...
    ValueError: not a quantity: '0912.345.678' (bad digit grouping)
    """
    if len(text) <= 15 and text.isascii() and text.isdigit():
        return float(_integer(text))  # plain ASCII digits, most numbers: no pattern needed
    token = text.strip()
    if not _TOKEN_RE.match(token):
        raise ValueError(f"not a number: {text!r}")
    dots, commas = token.count("."), token.count(",")
    if not dots and not commas:
        return float(_integer(token))
    if dots and commas:
        # The separator that comes last and once is the decimal mark.
        decimal_mark = "," if token.rfind(",") > token.rfind(".") else "."
        group_mark = "." if decimal_mark == "," else ","
        whole, _, fraction = token.rpartition(decimal_mark)
        if decimal_mark in whole:
            raise ValueError(f"not a quantity: {text!r} (two decimal marks)")
        head, *groups = whole.split(group_mark)
        if not _valid_groups(head, groups):
            raise ValueError(f"not a quantity: {text!r} (bad digit grouping)")
        return float("".join([head, *groups]) + "." + fraction)
    mark = "." if dots else ","
    head, *groups = token.split(mark)
    if len(groups) > 1:
        if not _valid_groups(head, groups):
            raise ValueError(f"not a quantity: {text!r} (bad digit grouping)")
        return float("".join([head, *groups]))
    fraction = groups[0]
    grouping = len(fraction) == 3 and _valid_groups(head, groups)
    if mark == "." and grouping:
        return float(head + fraction)  # 7.135: Vietnamese thousands
    if mark == "," and grouping and unit_hint is not None:
        hint = unit_hint.strip()
        if not is_decimal_unit(hint) or (fraction.endswith("0") and not hint.startswith("%")):
            return float(head + fraction)  # 4,029 lượt xem: English thousands
    if len(head) > 1 and head[0] == "0":
        raise ValueError(f"not a quantity: {text!r} (leading zero)")
    return float(head + "." + fraction)
