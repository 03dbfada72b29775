"""The officials extractor's lexicons, loaded and compiled once, and its shared patterns.

Data files (``data/`` beside this module): positions, academic and religious titles
(``honorifics.txt``), title prefixes (``nguyên``), organisations, organisation heads and
Latin-letter organisation words, words that end titles, words that may stand inside one,
roles and the words that unmake a role cue, position typos, phrases that start no name.
Shared vocabularies (surnames, name initials, countries, forms of address) come from
:mod:`dan_van_extract.vocab`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from .. import vocab
from .._lexicon import alternation, load_lines, load_table
from .._scan import keyed

__all__ = [
    "CAP_WORD",
    "HONORIFIC_BEFORE_RE",
    "HONORIFIC_WINDOW",
    "L",
    "Lexicons",
    "lexicons",
]

_PKG = __package__ or "dan_van_extract.officials"

L = r"\p{L}\p{M}"
"""Letters and their marks, for word boundaries."""
CAP_WORD = (
    r"\p{Lu}[\p{Ll}\p{M}]*(?:\p{Lu}[\p{Ll}\p{M}]+){0,3}"
    r"(?:['’](?:[\p{Lu}\p{Ll}][\p{Ll}\p{M}]*)?)?(?:-\p{Ll}+|-[A-Z][a-z]+)?"
)
"""One capitalised word of a name: ``Nguyễn``, ``H'Luyên``, ``H’Luyên``, ``K’`` (before
``Dung``), ``TuNaRy``, ``Mơ-nông``, ``Diaz-Canel``."""

HONORIFIC_WINDOW = 12
"""How far before a name a form of address (``đồng chí``, ``ông``) is looked for."""


def _honorific_before_re() -> regex.Pattern[str]:
    return regex.compile(
        rf"(?:(?<![\p{{L}}]){vocab.forms_of_address_pattern()}\s+)$", regex.REVERSE
    )


HONORIFIC_BEFORE_RE = _honorific_before_re()
"""A form of address ending right before a name (searched in a short window, backwards
from its end: at most one form of address ends at a place, so the match is the forward
search's, in time linear in the window)."""


def _by_first(entries: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for entry in entries:
        out.setdefault(entry[0], []).append(entry)
    return {first: tuple(group) for first, group in out.items()}


def _ci(entries: tuple[str, ...] | list[str]) -> str:
    return alternation(list(entries), fold_case=True)


@dataclass(frozen=True)
class Lexicons:
    """Every lexicon of this extractor, loaded and compiled once."""

    surnames: frozenset[str]
    initials_by_first: dict[str, tuple[tuple[str, ...], ...]]
    """The ethnic-minority name initials (:func:`dan_van_extract.vocab.ethnic_initials`) by
    their first word, each word's in the lexicon's order."""
    position_re: regex.Pattern[str]
    """A position or an academic title (``Bí thư``, ``Giáo sư``)."""
    prefix_position_re: regex.Pattern[str]
    """A position with its prefix (``nguyên Bí thư``)."""
    stop_re: regex.Pattern[str]
    """A word that ends a title (``chủ trì``, ``phát biểu``)."""
    not_name_re: regex.Pattern[str]
    not_position_re: regex.Pattern[str]
    """A phrase that starts no name: organisations and ``data/not_names.txt``."""
    title_words: frozenset[str]
    """Lower-case syllables that may stand inside a title."""
    typos: tuple[tuple[str, str], ...]
    role_after_re: regex.Pattern[str]
    role_before_re: regex.Pattern[str]
    role_of: dict[str, str]
    honorific_re: regex.Pattern[str]
    """A title that is only an academic or religious one (``Tiến sĩ``)."""
    org_heads: frozenset[str]
    first_words: frozenset[str]
    """First words of the positions and prefixes, lower case: a cheap test before the
    position pattern runs."""
    abbreviations: dict[str, str]
    """Abbreviated positions (``tuv``, ``ct``, ``uv.btv``), lower case -> spelled out."""
    abbreviations_as_written: dict[str, str]
    """The same, as written (``TUV``, ``CT``) -> spelled out (``Tỉnh ủy viên``)."""
    country_first_words: frozenset[str]
    name_anchors: frozenset[str]
    org_tail_re: regex.Pattern[str]
    """An organisation's name ending a window (only whether one does is asked: searched
    backwards from the window's end, in time linear in the window)."""
    org_tokens: frozenset[str]
    role_anticues: dict[str, frozenset[str]]
    phrase_first_words: frozenset[str]
    country_re: regex.Pattern[str]
    country_then_name_re: regex.Pattern[str]
    comma_compounds: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    """Last word before a comma inside a name -> (the words before the comma, the words
    that may follow it)."""
    named_after_re: regex.Pattern[str]
    """Words before a name that make it a school's, a street's or a prize's name (only
    whether they end the window is asked: searched backwards, like ``org_tail_re``)."""
    named_body_re: regex.Pattern[str]
    """A body's lower-case word before its own name (``báo``, ``khu kinh tế``:
    ``data/named_bodies.txt``), matched case-sensitively and searched backwards like
    ``named_after_re``."""
    company_first_words: frozenset[str]
    """First words of ``company_heads.txt``, lower case: a cheap test before the pattern."""
    inner_first_words: frozenset[str]
    """First words of the stop words of ``org_inner_words.tsv``, lower case."""
    company_re: regex.Pattern[str]
    """A word heading a company's name (``Công ty``, ``HTX``): see ``company_heads.txt``."""
    org_inner: dict[str, regex.Pattern[str]]
    """Head word(s) of an organisation, lower case -> the stop words that may follow it
    inside the name (``ban`` -> ``chỉ đạo``, ``khối`` -> ``các``)."""
    parent_re: regex.Pattern[str]
    """An organisation a unit belongs to, after a comma (``Bộ Công an``)."""
    parent_units: dict[str, regex.Pattern[str]]
    """Parent organisation -> the unit heads one of which the title must hold."""


def _comma_compounds() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for before, after in load_table(_PKG, "data/comma_compounds.tsv"):
        words = tuple(before.lower().split())
        out.setdefault(words[-1], []).append((words, after.lower()))
    return {k: tuple(v) for k, v in out.items()}


def _parents() -> dict[str, regex.Pattern[str]]:
    return {
        parent: regex.compile(
            rf"(?i)(?<![{L}])(?:{alternation(units.split('|'), fold_case=True)})(?![{L}])"
        )
        for parent, units in load_table(_PKG, "data/parent_organisations.tsv")
    }


_POSITION_END = rf"(?:(?<=\.)|(?![{L}]))"
"""Where a position ends: at a word boundary, or after its full stop even with a letter
glued on (``CT.Hội CCB quận``)."""


@cache
def lexicons() -> Lexicons:
    """Load and compile the lexicons (once, on first use)."""
    positions = load_lines(_PKG, "data/positions.txt")
    honorifics = load_lines(_PKG, "data/honorifics.txt")
    prefixes = load_lines(_PKG, "data/title_prefixes.txt")
    organisations = load_lines(_PKG, "data/organisations.txt")
    typos = tuple((r[0], r[1]) for r in load_table(_PKG, "data/position_typos.tsv"))
    all_positions = list(positions) + list(honorifics) + [v for v, _c in typos]
    pos_alt = _ci(all_positions)
    prefix_alt = _ci(list(prefixes))
    abbreviations = load_table(_PKG, "data/abbreviations.tsv")
    org_alt = _ci([*organisations, "Hội", "Huyện đoàn", "Tỉnh đoàn", "Thành đoàn", "Công an"])
    anywhere = alternation([a for a, needs, _m in abbreviations if needs == "any"])
    before_org = alternation([a for a, needs, _m in abbreviations if needs == "org"])
    # Abbreviations keep their case ("CT UBND huyện"; "ct" is no title) and some need an
    # organisation after them ("BTV Huyện ủy"; "BTV Ngọc Trinh" is an editor).
    abbr_alt = rf"(?-i:{anywhere}|{before_org}(?=(?:[ \t]+|(?<=\.))(?i:{org_alt})(?![{L}])))"
    pos_alt = f"{pos_alt}|{abbr_alt}"
    stops = load_lines(_PKG, "data/title_stops.txt")
    not_names = list(load_lines(_PKG, "data/not_names.txt")) + list(organisations)
    words: set[str] = set()
    for entry in (*positions, *honorifics, *organisations, *prefixes, *(v for v, _c in typos)):
        words.update(w.lower() for w in entry.split())
    words.update(load_lines(_PKG, "data/title_words.txt"))
    words.difference_update(load_lines(_PKG, "data/not_title_words.txt"))
    roles = load_table(_PKG, "data/roles.tsv")
    cue_alt = _ci([cue for cue, _r in roles])
    countries = alternation(list(vocab.countries()))
    parents = _parents()
    return Lexicons(
        surnames=vocab.surnames(),
        initials_by_first=_by_first(vocab.ethnic_initials()),
        position_re=regex.compile(rf"(?i)(?<![{L}])(?:{pos_alt}){_POSITION_END}"),
        prefix_position_re=keyed(
            regex.compile(rf"(?i)(?<![{L}])(?:{prefix_alt}[ \t]+)?(?:{pos_alt}){_POSITION_END}"),
            [*all_positions, *prefixes, *(a for a, _n, _m in abbreviations)],
        ),
        stop_re=regex.compile(rf"(?i)(?:{_ci(list(stops))})(?![{L}])"),
        not_name_re=regex.compile(rf"(?i)(?:{_ci(not_names)})(?![{L}])"),
        not_position_re=regex.compile(
            rf"(?i)(?:{_ci(list(load_lines(_PKG, 'data/not_positions.txt')))})(?![{L}])"
        ),
        title_words=frozenset(words),
        typos=typos,
        role_after_re=regex.compile(
            rf"(?i)[ \t]*,?[ \t]*(?:(?:đã|cũng|vừa|đến|sẽ|cùng)[ \t]+)?({cue_alt})(?![{L}])"
        ),
        role_before_re=regex.compile(
            rf"(?i)[ \t]*(?:(?:sau\s+đó|tiếp\s+đó|trước\s+đó)[ \t,]+)?({cue_alt})(?![{L}])"
        ),
        role_of={cue.lower(): role for cue, role in roles},
        org_heads=frozenset(load_lines(_PKG, "data/org_heads.txt")),
        country_re=regex.compile(rf"(?:{countries})(?![{L}])"),
        country_then_name_re=regex.compile(rf"(?<![{L}])(?:{countries})[ \t]+{CAP_WORD}"),
        phrase_first_words=frozenset(
            e.split()[0].lower()
            for e in (*all_positions, *prefixes, *not_names)
            if len(e.split()) >= 2
        ),
        name_anchors=vocab.name_anchors(),
        country_first_words=frozenset(c.split()[0].lower() for c in vocab.countries()),
        org_tokens=frozenset(load_lines(_PKG, "data/org_tokens.txt")),
        org_tail_re=regex.compile(
            rf"(?<![{L}])(?:{alternation(list(organisations))})[ \t]+$", regex.REVERSE
        ),
        role_anticues={
            cue.lower(): frozenset(after.split("|"))
            for cue, after in load_table(_PKG, "data/role_anticues.tsv")
        },
        first_words=frozenset(
            e.split()[0].lower()
            for e in (*all_positions, *prefixes, *(a for a, _n, _m in abbreviations))
            if e.split()
        ),
        abbreviations={a.lower(): meaning for a, _n, meaning in abbreviations if " " not in a},
        abbreviations_as_written={a: m for a, _n, m in abbreviations if " " not in a},
        comma_compounds=_comma_compounds(),
        named_after_re=regex.compile(
            rf"(?<![{L}])(?i:{_ci(load_lines(_PKG, 'data/named_after.txt'))})[ \t]+$",
            regex.REVERSE,
        ),
        named_body_re=regex.compile(
            rf"(?<![\p{{L}}])(?:{alternation(load_lines(_PKG, 'data/named_bodies.txt'))})[ \t]+$",
            regex.REVERSE,
        ),
        company_first_words=frozenset(
            e.split()[0].lower() for e in load_lines(_PKG, "data/company_heads.txt")
        ),
        inner_first_words=frozenset(
            w.split()[0].lower()
            for _h, words in load_table(_PKG, "data/org_inner_words.tsv")
            for w in words.split("|")
        ),
        company_re=regex.compile(
            rf"(?i:{_ci(load_lines(_PKG, 'data/company_heads.txt'))})(?![{L}])"
        ),
        org_inner={
            " ".join(head.lower().split()): regex.compile(
                rf"(?i)(?:{alternation(words.split('|'), fold_case=True)})(?![{L}])"
            )
            for head, words in load_table(_PKG, "data/org_inner_words.tsv")
        },
        parent_re=regex.compile(rf"(?:{alternation(list(parents))})(?=[ \t]+\p{{Lu}})"),
        parent_units=parents,
        honorific_re=regex.compile(rf"(?i)(?:{_ci(list(honorifics))})(?:[ \t]*[,.]?)?$"),
    )
