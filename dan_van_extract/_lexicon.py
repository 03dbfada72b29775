"""Loading lexicon data files and turning them into regular-expression alternations.

Lexicons are plain UTF-8 text files inside the package (``<module>/data/*.txt``,
``*.tsv``): one entry a line, ``#`` starts a comment. Entries are normalised with the
same text layer as the input (NFC, one tone-mark placement), so a lexicon written
with ``Uỷ`` still matches ``Ủy``. They are read once and cached.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["alternation", "load_lines", "load_table"]


def _norm(s: str) -> str:
    from .text import normalize

    return normalize(s)


@cache
def load_lines(package: str, name: str) -> tuple[str, ...]:
    """The entries of a one-column lexicon file, normalised, in file order, unique."""
    raw = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    seen: dict[str, None] = {}
    for line in raw.splitlines():
        entry = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if entry:
            seen.setdefault(_norm(entry), None)
    return tuple(seen)


@cache
def load_table(package: str, name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a tab-separated lexicon file (header row skipped), normalised."""
    raw = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    rows: list[tuple[str, ...]] = []
    header_seen = False
    for line in raw.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        rows.append(tuple(_norm(c.strip()) for c in line.split("\t")))
    return tuple(rows)


def alternation(entries: tuple[str, ...] | list[str], *, fold_case: bool = False) -> str:
    """A non-capturing pattern for literal entries, the longest where several match.

    Spaces inside an entry match any run of spaces and tabs. The entries are laid out as
    a trie (see :mod:`dan_van_extract._trie`): a flat alternation of a hundred literals
    makes the engine try every branch at every position, a trie one or two. For a pattern
    matched case-insensitively pass ``fold_case=True``: the entries are lower-cased, so
    that no two branches of the trie match the same letter (``Ban`` and ``ban``) and the
    longest entry still wins.

    >>> alternation(["Bí thư", "Phó Bí thư"])
    '(?:Bí[ \\\\t]+thư|Phó[ \\\\t]+Bí[ \\\\t]+thư)'
    """
    from ._trie import trie_pattern

    if fold_case:
        entries = [e.lower() for e in entries]
    return trie_pattern(sorted(set(entries)))
