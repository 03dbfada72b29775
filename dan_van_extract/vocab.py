"""Word lists that several stages share, each defined once in ``data/`` and loaded once.

A stage's own lexicons live in its package (``officials/data/positions.txt``); what two
stages both need lives here: surnames and ethnic-minority name initials (officials find
names, awards cut a presenter's name off an issuer), countries (officials and places),
forms of address (``ông``, ``bà``, ``đồng chí``), the abbreviations whose full stop ends no
sentence (``TP.``), photo credit cues, top-level domains, multiplier words and the labels of
publication date lines (the layout finds the lines, the dates read them).
"""

from __future__ import annotations

from functools import cache

from ._lexicon import alternation, load_lines, load_table

__all__ = [
    "abbreviations",
    "countries",
    "ethnic_initials",
    "forms_of_address",
    "forms_of_address_pattern",
    "multipliers",
    "name_anchors",
    "photo_credit_cues",
    "publication_labels_pattern",
    "surnames",
    "tld_pattern",
    "tlds",
]

_PKG = "dan_van_extract"


@cache
def surnames() -> frozenset[str]:
    """Vietnamese surnames (``Nguyễn``, ``Trần``, ...), capitalised as written."""
    return frozenset(load_lines(_PKG, "data/surnames.txt"))


@cache
def ethnic_initials() -> tuple[tuple[str, ...], ...]:
    """Initials of ethnic-minority names (``Y``, ``H'``, ``Ksor``, ``Rơ Châm``), as word
    tuples, longest first."""
    entries = (tuple(e.split()) for e in load_lines(_PKG, "data/ethnic_initials.txt"))
    return tuple(sorted(entries, key=len, reverse=True))


@cache
def name_anchors() -> frozenset[str]:
    """Words a personal name may start with: surnames and the first words of initials."""
    return surnames() | frozenset(e[0] for e in ethnic_initials())


@cache
def countries() -> tuple[str, ...]:
    """Foreign countries and international bodies (``Trung Quốc``, ``Liên hợp quốc``)."""
    return load_lines(_PKG, "data/countries.txt")


@cache
def forms_of_address() -> tuple[str, ...]:
    """``ông``, ``bà``, ``đồng chí``, ``Đ/c``: written before a name, part of neither the
    name nor the titles."""
    return load_lines(_PKG, "data/forms_of_address.txt")


@cache
def forms_of_address_pattern() -> str:
    """The forms of address as one case-insensitive pattern (no word boundaries)."""
    return f"(?i:{alternation(list(forms_of_address()), fold_case=True)})"


@cache
def abbreviations() -> frozenset[str]:
    """Words whose full stop ends no sentence (``TP``, ``GS``, ``T.Ư``), without the dot."""
    return frozenset(load_lines(_PKG, "data/abbreviations.txt"))


@cache
def photo_credit_cues(*, bracketed: bool = False) -> tuple[str, ...]:
    """``Ảnh``, ``Nguồn ảnh``: the words opening a photo credit before its colon; with
    ``bracketed``, also those that open one only inside a bracket (``(Nguồn:``)."""
    rows = load_table(_PKG, "data/photo_credit_cues.tsv")
    return tuple(cue for cue, where in rows if bracketed or where == "any")


@cache
def publication_labels_pattern() -> str:
    """The labels opening a publication date line (``Ngày đăng``, ``Cập nhật``) as one
    case-insensitive pattern (no word boundaries)."""
    labels = load_lines(_PKG, "data/publication_labels.txt")
    return f"(?i:{alternation(list(labels), fold_case=True)})"


@cache
def tlds() -> tuple[str, ...]:
    """Top-level domains of outlets' addresses (``vn``, ``com``, ...)."""
    return load_lines(_PKG, "data/tlds.txt")


@cache
def tld_pattern() -> str:
    """The top-level domains as one pattern (``(?:com|gov|...)``), case-insensitive."""
    return f"(?i:{alternation(list(tlds()), fold_case=True)})"


@cache
def multipliers() -> dict[str, float]:
    """Multiplier words and their factors: ``tỷ`` -> 1e9, ``nghìn`` -> 1e3."""
    return {word: float(factor) for word, factor in load_table(_PKG, "data/multipliers.tsv")}
