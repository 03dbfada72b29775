"""Lexicon hygiene: every data file is NFC, in the normal tone-mark placement, without
duplicates; every position, organisation and title prefix matches itself in full."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from dan_van_extract.officials.lexicon import lexicons
from dan_van_extract.text import normalize

PACKAGE = Path(__file__).resolve().parent.parent / "dan_van_extract"
DATA_FILES = sorted(
    p for p in PACKAGE.glob("**/data/*") if p.suffix in {".txt", ".tsv"} and p.is_file()
)


def entries(path: Path) -> list[str]:
    """Entries of a lexicon: comment lines dropped, and a TSV's header row."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()]
    rows = [ln for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    return rows[1:] if path.suffix == ".tsv" else rows


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_data_file_is_clean(path: Path) -> None:
    rows = entries(path)
    assert rows, "empty lexicon"
    for row in rows:
        assert unicodedata.is_normalized("NFC", row), row
        assert row == row.strip() or path.suffix == ".tsv", f"stray spaces: {row!r}"
        for cell in row.split("\t"):
            assert normalize(cell) == cell, f"tone placement: {cell!r} -> {normalize(cell)!r}"
    dupes = {r for r in rows if rows.count(r) > 1} if len(rows) < 5000 else set()
    assert not dupes, f"duplicates: {sorted(dupes)[:5]}"


@pytest.mark.parametrize("name", ["positions.txt", "honorifics.txt"])
def test_every_position_matches_itself(name: str) -> None:
    lex = lexicons()
    for entry in entries(PACKAGE / "officials" / "data" / name):
        m = lex.position_re.match(entry)
        assert m is not None and m.end() == len(entry), entry


def test_every_stop_word_matches_itself() -> None:
    lex = lexicons()
    for entry in entries(PACKAGE / "officials" / "data" / "title_stops.txt"):
        m = lex.stop_re.match(entry)
        assert m is not None and m.end() == len(entry), entry
