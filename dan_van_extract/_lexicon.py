"""Loading lexicon data files and turning them into regular-expression alternations.

Lexicons are plain UTF-8 text files inside the package (``<module>/data/*.txt``,
``*.tsv``): one entry a line, ``#`` starts a comment. Entries are normalised with the
same text layer as the input (NFC, one tone-mark placement), so a lexicon written
with ``Uỷ`` still matches ``Ủy``. They are read once and cached.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import regex

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


def alternation(entries: tuple[str, ...] | list[str], *, flexible_space: bool = True) -> str:
    """A non-capturing, longest-first alternation of literal entries.

    Spaces inside an entry match any run of horizontal whitespace when
    ``flexible_space`` is true.

    >>> alternation(["Bí thư", "Phó Bí thư"])
    '(?:Phó[ \\\\t]+Bí[ \\\\t]+thư|Bí[ \\\\t]+thư)'
    """
    parts = []
    for e in sorted(set(entries), key=lambda s: (-len(s), s)):
        if flexible_space:
            parts.append(r"[ \t]+".join(regex.escape(w) for w in e.split()))
        else:
            parts.append(regex.escape(e))
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"
