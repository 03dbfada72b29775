"""Rules of the officials extractor: people with titles, their roles, every mention.

How an official is found:

1. **Name candidates.** One scan finds runs of two or more capitalised words. A run is cut
   where a known place or organisation starts it (``Hà Nội Đinh Tiến Dũng`` is the place
   ``Hà Nội`` and the name ``Đinh Tiến Dũng``), and a name must start with a Vietnamese
   surname (``surnames.txt``) or an ethnic-minority name initial (``ethnic_initials.txt``:
   ``Y``, ``H'``, ``Ksor``, ``Rơ Châm``...). A run with no surname right after ``ông``,
   ``bà`` or ``đồng chí`` may be a foreign name (``bà Yoonhee Kim``) if it gets a title.
2. **Titles before the name** (``Phó Bí thư Thường trực Tỉnh ủy Phạm Minh Tấn``): the
   longest chain of title words ending at the name (or at ``, đồng chí`` before it) that
   starts with a position (``positions.txt``) and holds only capitalised words,
   abbreviations and the lower-case words of positions and organisations.
3. **Titles after the name** (``đồng chí Nguyễn Đức Tuy – Ủy viên Ban Thường vụ Tỉnh ủy,
   Trưởng Ban Dân vận Tỉnh ủy làm Trưởng đoàn``): after ``,``, ``-``, ``–``, ``(`` or
   ``là``, a list of titles, each starting with a position and running until a
   punctuation mark, a verb that ends titles (``title_stops.txt``) or another name.
   A list shares one organisation as written; each item is its own title.
4. **One entry per person.** Mentions of the same full name merge; ``ông Cang`` (a given
   name after an honorific) and a title standing alone (``Phó Bí thư Thường trực Tỉnh ủy
   nhấn mạnh``) attach to the one official they fit, as mentions.
5. **Roles** from cues after a mention (``chủ trì``, ``kết luận``, ``làm Trưởng đoàn``) or
   opening its sentence (``Phát biểu kết luận, ...``, ``Tham dự ... có ...``).

A person named without any title is not an official. Only title, body and caption text is
read (``ctx.content``), so bylines, photo credits and related-news lists never count.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

import regex

from .. import _match
from .._lexicon import alternation, load_lines, load_table
from .._spans import SpanIndex
from ..models import Mention, Official
from ..pipeline import Context
from ..text import normalize

_PKG = __package__ or "dan_van_extract.officials"
_ROOT_PKG = "dan_van_extract"

_L = r"\p{L}\p{M}"
CAP_WORD = r"\p{Lu}[\p{Ll}\p{M}]*(?:'[\p{Lu}\p{Ll}][\p{Ll}\p{M}]*)?(?:-\p{Ll}+)?"
# Runs of 2-7 capitalised words separated by single spaces.
NAME_RUN_RE = regex.compile(
    rf"(?<![{_L}\p{{N}}'])({CAP_WORD}(?:[ ]{CAP_WORD}){{1,6}})(?![{_L}\p{{N}}])"
)
HONORIFIC_RE = regex.compile(r"(?:(?<![\p{L}])(?:[Đđ]ồng\s+chí|[Ôô]ng|[Bb]à|[Đđ]/[Cc])\s+)$")
GIVEN_NAME_RE = regex.compile(
    rf"(?<![{_L}])(?:[Đđ]ồng\s+chí|[Ôô]ng|[Bb]à)\s+({CAP_WORD})(?![ ]?\p{{Lu}})(?![{_L}])"
)
# A token of a title: a word (abbreviations keep their inner dots: T.Ư, TP.HCM) or a mark.
TOKEN_RE = regex.compile(rf"[{_L}\p{{N}}]+(?:[.'&/][{_L}\p{{N}}]+)*\.?|\S|\n")
ABBREVIATIONS = frozenset(
    {"TP.", "Tp.", "TT.", "TX.", "Q.", "H.", "P.", "T.Ư.", "TW.", "GS.", "TS.", "ThS.", "PGS.",
     "BS.", "KS.", "CN.", "Th.S.", "TP.HCM.", "ĐH."}
)  # fmt: skip
# Marks that end a list of titles after a name.
CLAUSE_END = frozenset({";", ":", "(", ")", "\n", '"', "“", "”", "!", "?", "[", "]"})
# Boundaries that a chain of titles before a name never crosses.
LEFT_BOUNDARY_RE = regex.compile(
    r"[;:!?\n\"“”()\[\]]|(?<!(?<![\p{L}])(?:TP|Tp|TT|TX|Q|H|P|GS|TS|ThS|PGS|BS|KS|T\.Ư))\.(?=\s)"
)
_ROMAN_RE = regex.compile(r"^[IVXLC]+$")
_DASHES = frozenset({"-", "–", "—"})

# Small patterns used inside the rules, compiled once.
_BLANKS_RE = regex.compile(r"[ \t]+")
_COMMA_RE = regex.compile(r",[ \t]*")
_PAREN_CLOSE_RE = regex.compile(r"[^()\n]{0,80}\)")
_NEXT_CAPITAL_RE = regex.compile(r"[ \t]*(\p{Lu})")
_DANGLING_TAIL_RE = regex.compile(r"(?:[ \t]*(?:[-–—,]|và|của))+$")
_SPACE_CAPITAL_RE = regex.compile(r"[ \t]+\p{Lu}")
_SPACE_LOWER_WORD_RE = regex.compile(r"[ \t]+(\p{Ll}[\p{L}\p{M}]*)")
_KEY_WORD_RE = regex.compile(r"[\p{L}\p{M}\p{N}.&]+")
_SENTENCE_BREAK_RE = regex.compile(r"[.!?\n](?=\s)|\n")
_COLON_RE = regex.compile(r"[ \t]*:")
_LIST_END_RE = regex.compile(r"(?<![A-ZĐ]\w{0,3})\.(?=\s)|\n")
# Letters only Vietnamese words have: a run with one is not a foreign name.
_VIETNAMESE_LETTER_RE = regex.compile(
    r"[đĐăĂâÂêÊôÔơƠưƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]"
)


def _ci_pattern(entries: tuple[str, ...] | list[str]) -> str:
    return alternation(list(entries), fold_case=True)


@dataclass(frozen=True)
class _Lexicons:
    """Every lexicon of this extractor, loaded and compiled once."""

    surnames: frozenset[str]
    ethnic_initials: tuple[tuple[str, ...], ...]
    position_re: regex.Pattern[str]
    prefix_position_re: regex.Pattern[str]
    stop_re: regex.Pattern[str]
    not_name_re: regex.Pattern[str]
    title_words: frozenset[str]
    typos: tuple[tuple[str, str], ...]
    role_after_re: regex.Pattern[str]
    role_before_re: regex.Pattern[str]
    role_of: dict[str, str]
    honorific_re: regex.Pattern[str]
    org_heads: frozenset[str]
    first_words: frozenset[str]
    country_first_words: frozenset[str]
    name_anchors: frozenset[str]
    org_tail_re: regex.Pattern[str]
    org_tokens: frozenset[str]
    role_anticues: dict[str, frozenset[str]]
    phrase_first_words: frozenset[str]
    country_re: regex.Pattern[str]
    country_then_name_re: regex.Pattern[str]


@cache
def lexicons() -> _Lexicons:
    """Load and compile the lexicons (once, on first use)."""
    positions = load_lines(_PKG, "data/positions.txt")
    honorifics = load_lines(_PKG, "data/honorifics.txt")
    prefixes = load_lines(_PKG, "data/title_prefixes.txt")
    organisations = load_lines(_PKG, "data/organisations.txt")
    typos = tuple((r[0], r[1]) for r in load_table(_PKG, "data/position_typos.tsv"))
    all_positions = list(positions) + list(honorifics) + [v for v, _c in typos]
    pos_alt = _ci_pattern(all_positions)
    prefix_alt = _ci_pattern(list(prefixes))
    position_re = regex.compile(rf"(?i)(?<![{_L}])(?:{pos_alt})(?![{_L}])")
    prefix_position_re = regex.compile(
        rf"(?i)(?<![{_L}])(?:{prefix_alt}[ \t]+)?(?:{pos_alt})(?![{_L}])"
    )
    stops = load_lines(_PKG, "data/title_stops.txt")
    stop_re = regex.compile(rf"(?i)(?:{_ci_pattern(list(stops))})(?![{_L}])")
    from ..awards import rules as _awards_rules  # noqa: F401  (award forms are not names)

    not_names = list(load_lines(_PKG, "data/not_names.txt")) + list(organisations)
    not_name_re = regex.compile(rf"(?i)(?:{_ci_pattern(not_names)})(?![{_L}])")
    words: set[str] = set()
    for entry in (*positions, *honorifics, *organisations, *prefixes):
        words.update(w.lower() for w in entry.split())
    words.update(load_lines(_PKG, "data/title_words.txt"))
    roles = load_table(_PKG, "data/roles.tsv")
    role_of = {cue.lower(): role for cue, role in roles}
    cue_alt = _ci_pattern([cue for cue, _r in roles])
    role_after_re = regex.compile(
        rf"(?i)[ \t]*,?[ \t]*(?:(?:đã|cũng|vừa|đến|sẽ|cùng)[ \t]+)?({cue_alt})(?![{_L}])"
    )
    role_before_re = regex.compile(
        rf"(?i)[ \t]*(?:(?:sau\s+đó|tiếp\s+đó|trước\s+đó)[ \t,]+)?({cue_alt})(?![{_L}])"
    )
    ethnic = tuple(tuple(e.split()) for e in load_lines(_PKG, "data/ethnic_initials.txt"))
    return _Lexicons(
        surnames=frozenset(load_lines(_PKG, "data/surnames.txt")),
        ethnic_initials=tuple(sorted(ethnic, key=len, reverse=True)),
        position_re=position_re,
        prefix_position_re=prefix_position_re,
        stop_re=stop_re,
        not_name_re=not_name_re,
        title_words=frozenset(words),
        typos=typos,
        role_after_re=role_after_re,
        role_before_re=role_before_re,
        role_of=role_of,
        org_heads=frozenset(load_lines(_PKG, "data/org_heads.txt")),
        country_re=regex.compile(
            rf"(?:{alternation(list(load_lines(_ROOT_PKG, 'data/countries.txt')))})(?![{_L}])"
        ),
        country_then_name_re=regex.compile(
            rf"(?<![{_L}])(?:{alternation(list(load_lines(_ROOT_PKG, 'data/countries.txt')))})"
            rf"[ \t]+{CAP_WORD}"
        ),
        phrase_first_words=frozenset(
            e.split()[0].lower()
            for e in (*all_positions, *prefixes, *not_names)
            if len(e.split()) >= 2
        ),
        name_anchors=frozenset(load_lines(_PKG, "data/surnames.txt"))
        | frozenset(e[0] for e in ethnic),
        country_first_words=frozenset(
            c.split()[0].lower() for c in load_lines(_ROOT_PKG, "data/countries.txt")
        ),
        org_tokens=frozenset(load_lines(_PKG, "data/org_tokens.txt")),
        org_tail_re=regex.compile(rf"(?<![{_L}])(?:{alternation(list(organisations))})[ \t]+$"),
        role_anticues={
            cue.lower(): frozenset(after.split("|"))
            for cue, after in load_table(_PKG, "data/role_anticues.tsv")
        },
        first_words=frozenset(
            e.split()[0].lower() for e in (*all_positions, *prefixes) if e.split()
        ),
        honorific_re=regex.compile(rf"(?i)(?:{_ci_pattern(list(honorifics))})(?:[ \t]*[,.]?)?$"),
    )


# --------------------------------------------------------------------------------------
# Names
@dataclass
class _Name:
    start: int
    end: int
    tokens: list[str]
    foreign: bool = False
    titles: list[tuple[int, int]] = field(default_factory=list)
    tail: int = 0
    """Where the mention ends, titles after the name included."""


def _starts_with_place(words: list[str]) -> int:
    from ..places.gazetteer import starts_with_place

    return starts_with_place(words)


def _phrase_words(text: str, pos: int, end: int, lex: _Lexicons) -> int:
    """How many words of a position or organisation phrase start at ``pos`` (only
    phrases of two words or more: ``Ủy Viên Bộ Chính trị``, ``Đoàn Đại biểu``)."""
    j = pos
    while j < end and (text[j].isalpha() or text[j] == "'"):
        j += 1
    if text[pos:j].lower() not in lex.phrase_first_words:
        return 0
    best = 0
    for rx in (lex.prefix_position_re, lex.not_name_re):
        m = rx.match(text, pos)
        if m:
            n = len(text[pos : min(m.end(), end)].split())
            best = max(best, n if n >= 2 else 0)
    return best


def _name_start(
    words: list[str],
    lex: _Lexicons,
    phrase_at: Callable[[int], int] | None = None,
    after_honorific: bool = False,
) -> tuple[int, int] | None:
    """``(index, ethnic_initial_length)`` of where the personal name starts in a run."""
    i = 0
    if after_honorific and len(words) >= 2 and words[0] in lex.surnames:
        return 0, 1  # "ông Vũ Quang Hùng": a person, though "Vũ Quang" is also a district
    while i < len(words) - 1:
        if words[i] in ("Ông", "Bà"):  # an honorific opening a sentence, not the surname
            if len(words) - i >= 3 and words[i + 1] in lex.surnames:
                return i + 1, 1  # "Ông Vũ Quang Hùng": a person, whatever else Vũ Quang is
            i += 1
            continue
        skip = _starts_with_place(words[i:])
        if skip >= 2:
            i += skip
            continue
        country = _country_words(words, i, lex)
        if country:
            i += country
            continue
        covered = phrase_at(i) if phrase_at is not None else 0
        if covered:
            i += covered
            continue
        for initial in lex.ethnic_initials:
            if tuple(words[i : i + len(initial)]) == initial and i + len(initial) < len(words):
                return i, len(initial)
        if words[i] in lex.surnames:
            return i, 1
        i += max(skip, 1)
    return None


def _country_words(words: list[str], i: int, lex: _Lexicons) -> int:
    """How many words of a country name start at ``words[i]`` (``Thái Lan``: 2)."""
    if words[i].lower() not in lex.country_first_words:
        return 0
    m = lex.country_re.match(" ".join(words[i : i + 4]))
    return len(m.group().split()) if m else 0


# A commune or village word right before a two-word run makes the run a place name
# ("UBND xã Châu Pha"); provinces and districts are all in the gazetteer.
_PLACE_WORD_BEFORE_RE = regex.compile(
    r"(?:(?<![\p{L}])(?:xã|phường|thị\s+trấn|thôn|xóm|ấp|bản|khóm|buôn|bon|làng"
    r"|tổ\s+dân\s+phố)[ \t]+)$"
)


def _find_names(ctx: Context, lex: _Lexicons) -> list[_Name]:
    text = ctx.content
    names: list[_Name] = []
    unnamed: list[tuple[int, int]] = []
    for m in _match.finditer(NAME_RUN_RE, text):
        words = m.group(1).split(" ")
        offsets = []
        pos = m.start(1)
        for w in words:
            offsets.append(pos)
            pos += len(w) + 1
        run_end = m.end(1)
        # Most runs open a sentence ("Hội nghị", "Ban Dân vận"): without a surname or a
        # name initial in them, no Vietnamese name can start there.
        if lex.name_anchors.isdisjoint(words):
            found = None
        else:
            found = _name_start(
                words,
                lex,
                lambda i, offs=offsets, e=run_end: _phrase_words(text, offs[i], e, lex),  # type: ignore[misc]
                HONORIFIC_RE.search(text, max(0, m.start() - 12), m.start()) is not None,
            )
        if len(words) == 2 and _PLACE_WORD_BEFORE_RE.search(
            text, max(0, m.start() - 16), m.start()
        ):
            continue  # "UBND xã Châu Pha": two words after "xã" name a place, not a person
        if found is None:
            foreign = (
                2 <= len(words) <= 4
                and not _VIETNAMESE_LETTER_RE.search(m.group(1))
                and HONORIFIC_RE.search(text, max(0, m.start() - 12), m.start())
                and _starts_with_place(words) == 0
                and words[0].lower() not in lex.first_words
                and not any(w in lex.org_tokens for w in words)
            )
            if foreign:
                names.append(_Name(m.start(1), m.end(1), words, foreign=True))
            else:
                unnamed.append(m.span(1))
            continue
        i, _n = found
        honorific = HONORIFIC_RE.search(text, max(0, m.start() - 12), m.start())
        has_honorific = honorific is not None or (i > 0 and words[i - 1] in ("Ông", "Bà"))
        tokens = words[i:]
        # A title inside the run ends the name: "... Nguyễn Xuân Phúc Tiến sĩ Terry".
        for j in range(1, len(tokens)):
            if tokens[j].lower() in lex.first_words and lex.prefix_position_re.match(
                text, offsets[i + j]
            ):
                tokens = tokens[:j]
                break
        # Drop a place glued after the name ("... Lưu Văn Trung Đắk Nông" is rare; cap).
        if len(tokens) > 5:
            tokens = tokens[:5]
        start = offsets[i]
        end = start + len(" ".join(tokens))
        if len(tokens) < 2:
            continue
        if not has_honorific and _phrase_words(text, start, len(text), lex):
            continue  # "Đoàn Đại biểu Quốc hội", "Hội Nông dân": organisations
        names.append(_Name(start, end, tokens))
    starts = {n.start for n in names}
    names.extend(_foreign_names(text, unnamed, starts, lex))
    names.sort(key=lambda n: n.start)
    return names


_WORD_RE = regex.compile(r"[\p{L}\p{M}]+")
# "Ban Bí thư" is an organisation, "chính quyền" is not the prefix "quyền".
_HYPHENATED_NEXT_RE = regex.compile(r"[ \t]+[-–][ \t]+\p{Lu}")
_NAME_FOLLOWS_RE = regex.compile(r"[ \t]*,[ \t]*(?:[Đđ]ồng[ \t]+chí|[Ôô]ng|[Bb]à)[ \t]")
_NEXT_TOKEN_RE = regex.compile(r"[ \t]*([\p{L}\p{M}]+)")
_PLURAL_BEFORE_RE = regex.compile(r"(?:(?<![\p{L}])(?:các|những|hai|ba|\d+)[ \t]+)$", regex.I)
_PART_OF_ANOTHER_WORD_RE = regex.compile(r"(?:(?<![\p{L}])(?:[Bb]an|chính)[ \t]+)$")


def _position_starts(text: str, lo: int, hi: int, lex: _Lexicons) -> list[regex.Match[str]]:
    """Positions (with their prefixes) starting inside ``text[lo:hi]``: words are checked
    against the positions' first words before the full pattern is tried there (scanning
    only the window: most of a text is never near a name)."""
    out: list[regex.Match[str]] = []
    for w in _WORD_RE.finditer(text, lo, hi):
        if w.group().lower() in lex.first_words:
            a = w.start()
            if a > 0 and (text[a - 1].isalpha() or text[a - 1] == "'"):
                continue
            pm = lex.prefix_position_re.match(text, a)
            if pm and not _PART_OF_ANOTHER_WORD_RE.search(text, max(0, a - 6), a):
                out.append(pm)
    return out


def _position_ends_at(text: str, pos: int, lex: _Lexicons) -> bool:
    """Whether a title ends right before ``pos``: a position (``Ngoại trưởng``) or a
    position and its organisation or country (``Chủ tịch Hạ viện``, ``Bộ trưởng Công
    thương Nga``), with no word that ends titles in between."""
    lo = max(0, pos - 80)
    for pm in _position_starts(text, lo, pos, lex):
        if pm.end() > pos:
            continue
        if not text[pm.end() : pos].strip(" \t"):
            return True
        toks = _tokens(text, pm.end(), pos)
        if (
            toks
            and len(toks) <= 6
            and all(t[2][:1].isupper() or t[2].lower() in lex.title_words for t in toks)
            and not _has_stop(text, pm.end(), pos, lex)
        ):
            return True
    return False


def _foreign_names(
    text: str, runs: list[tuple[int, int]], name_starts: set[int], lex: _Lexicons
) -> list[_Name]:
    """Foreign leaders in runs with no Vietnamese name: titled with their country
    (``Tổng thống Nga Vladimir Putin``) or right after a position (``Ngoại trưởng Rex
    Tillerson``)."""
    out: list[_Name] = []
    for a, b in runs:
        dash = _HYPHENATED_NEXT_RE.match(text, b)
        if dash and not lex.prefix_position_re.match(text, dash.end() - 1):
            continue  # "Phong Nha - Kẻ Bàng": one place written with a dash, not a title
        follows = _NAME_FOLLOWS_RE.match(text, b) or _COMMA_RE.match(text, b)
        if follows and (follows.re is _NAME_FOLLOWS_RE or follows.end() in name_starts):
            continue  # "trưởng Đặc khu Hong Kong, bà Lâm ...": the place in the title
        if lex.org_tail_re.search(text, max(0, a - 30), a):
            continue  # "Tập đoàn Sao Mai": an organisation's name
        country = lex.country_re.match(text, a, b)
        if not country and _VIETNAMESE_LETTER_RE.search(text, a, b):
            continue  # Vietnamese words ("Quỹ Tiền tệ"), not a foreign name
        if not _position_ends_at(text, a, lex):
            continue
        if country:
            rest = _BLANKS_RE.match(text[country.end() : b])
            if not rest:
                continue
            start = country.end() + rest.end()
            words = text[start:b].split()
            if 1 <= len(words) <= 4:
                out.append(_Name(start, b, words, foreign=True))
            continue
        words = text[a:b].split()
        if len(words) > 4 or any(w.lower() in lex.org_heads or w in lex.org_tokens for w in words):
            continue
        if lex.not_name_re.match(text, a) or _starts_with_place(words):
            continue
        if words[0] in lex.surnames or _VIETNAMESE_LETTER_RE.search(text[a:b]):
            continue  # Vietnamese words ("Quỹ Tiền tệ"), not a foreign name
        out.append(_Name(a, b, words, foreign=True))
    return out


# --------------------------------------------------------------------------------------
# Titles
def _is_title_word(tok: str, lex: _Lexicons) -> bool:
    if tok in (",", "&", "/", ".") or tok in _DASHES:
        return True
    first = tok[0]
    if first.isupper() or first.isdigit():
        return True
    if _ROMAN_RE.match(tok):
        return True
    return tok.lower().rstrip(".") in lex.title_words


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Title tokens in ``text[start:end]``; a trailing dot stays only on abbreviations."""
    out = []
    for m in TOKEN_RE.finditer(text, start, end):
        tok = m.group()
        a, b = m.span()
        if len(tok) > 1 and tok.endswith(".") and tok not in ABBREVIATIONS:
            out.append((a, b - 1, tok[:-1]))
            out.append((b - 1, b, "."))
        else:
            out.append((a, b, tok))
    return out


def _chain_before(
    ctx: Context, name: _Name, name_spans: SpanIndex, lex: _Lexicons
) -> list[tuple[int, int]]:
    """Titles written right before a name (``Chủ tịch UBND tỉnh Phạm Anh Tuấn``)."""
    text = ctx.content
    end = name.start
    hon = HONORIFIC_RE.search(text, max(0, end - 12), end)
    if hon:
        end = hon.start()
    # "Chủ tịch HĐQT Tập đoàn Sun Group, Đặng Minh Trường": a comma may close the chain.
    stripped = end
    while stripped > 0 and text[stripped - 1] in " \t":
        stripped -= 1
    if stripped > 0 and text[stripped - 1] == ",":
        stripped -= 1
    # "Chủ tịch HĐQT công ty là ông Trịnh Xuân Lâm": the title, "là", the person.
    copula = _COPULA_END_RE.search(text, max(0, stripped - 6), stripped)
    if copula and hon is not None:
        stripped = copula.start()
    last = _LAST_TWO_WORDS_RE.search(text, max(0, stripped - 40), stripped)
    word, before = (last.group("w"), last.group("b") or "") if last else ("", "")
    if (
        word[:1].islower()
        and word.lower() not in lex.title_words
        and not before[:1].isupper()
        and word.lower() not in lex.org_heads
    ):
        return []  # "... có ông X", "... với bà Y": no title can end with that word
    lo = max(0, stripped - 220)
    window_start = lo
    # (one character further, so that the look-ahead sees the space after a full stop)
    for b in LEFT_BOUNDARY_RE.finditer(text, lo, min(len(text), stripped + 1)):
        window_start = min(b.end(), stripped)
    # The chain is parted from the name by a comma or an honorific ("t1, ông B").
    crossed = (stripped < end and text[stripped] == ",") or hon is not None
    for pm in _position_starts(text, window_start, stripped, lex):
        a = pm.start()
        if name_spans.overlaps(a, min(stripped, name.start)):
            continue  # another person's name stands between
        seg_tokens = _tokens(text, a, stripped)
        if not seg_tokens or not _title_tokens_ok(seg_tokens, lex):
            continue
        if _has_stop(text, a, stripped, lex):
            continue
        j = a
        while j > 0 and text[j - 1] in " \t,-–—(":
            j -= 1
        if crossed and j < a and name_spans.ends_at(j):
            break  # "ông A, t1, ông B": t1 is A's title, written after A
        if crossed and _PREPOSITION_BEFORE_RE.search(text, max(0, a - 25), a):
            continue  # "Trao đổi với phóng viên Báo X, ông Y": the reporter's title
        chain_end = seg_tokens[-1][1]
        trimmed = _DANGLING_TAIL_RE.sub("", text[a:chain_end]).rstrip(" \t.")
        chain_end = a + len(trimmed)
        if chain_end > a:
            titles = _split_titles(text, a, chain_end, lex)
            if j < a and name_spans.ends_at(j) and len(titles) > 1:
                # "A, t1, t2 B": t1 is A's title written after A; only the last is B's.
                return titles[-1:]
            return titles
    return []


_DOT_SPACE_RE = regex.compile(r"(?<=\b(?:gs|pgs|ts|ths|bs))\.[ \t]+(?=(?:ts|tskh|ths|bs)\b)")
_COPULA_END_RE = regex.compile(r"[ \t]+là$")
_LAST_TWO_WORDS_RE = regex.compile(
    r"(?:(?P<b>[\p{L}\p{M}\p{N}.&]+)[ \t]+)?(?P<w>[\p{L}\p{M}\p{N}.&]+)[ \t]*$"
)
_PREPOSITION_BEFORE_RE = regex.compile(
    r"(?:(?<![\p{L}])(?:với|của|cho|hỏi|gặp|theo|tới|đến|gửi)[ \t]+)$", regex.I
)


def _title_tokens_ok(tokens: list[tuple[int, int, str]], lex: _Lexicons) -> bool:
    """Whether every token may stand in a title written before a name. A lower-case
    syllable right after a capitalised word is that word's second syllable (``Quy hoạch
    - Kiến trúc``, ``Cục Chăn nuôi``), unless it is a word that ends titles."""
    for idx, (a, _b, tok) in enumerate(tokens):
        if not (_is_title_word(tok, lex) or _second_syllable(tokens, idx, a, lex)):
            return False
    return True


def _second_syllable(tokens: list[tuple[int, int, str]], idx: int, a: int, lex: _Lexicons) -> bool:
    """A lower-case syllable that completes the capitalised word before it, inside an
    organisation's name: ``Cục Chăn nuôi``, ``Sở Quy hoạch - Kiến trúc``, ``Vụ Tín dụng``
    (the capitalised word follows an organisation head, a dash or ``và``)."""
    tok = tokens[idx][2]
    if idx < 2 or not tok[:1].islower() or lex.stop_re.fullmatch(tok):
        return False
    prev, before = tokens[idx - 1], tokens[idx - 2][2]
    return (
        prev[2][:1].isupper()
        and prev[1] == a - 1
        and (before.lower() in lex.org_heads or before in _DASHES or before in ("và", "&"))
    )


def _has_stop(text: str, a: int, b: int, lex: _Lexicons) -> bool:
    """Whether a stop word starts at a word boundary inside ``text[a:b]`` (outside the
    positions themselves: ``Tổng Thư ký`` holds the verb ``ký``)."""
    covered = [pm.span() for pm in _position_starts(text, a, b, lex)]
    for m in TOKEN_RE.finditer(text, a, b):
        tok = m.group()
        if any(x <= m.start() < y for x, y in covered):
            continue
        # "và" and "của" may stand inside an organisation's name.
        stop = tok[0].islower() and lex.stop_re.match(text, m.start(), b)
        if (
            stop
            and not _keeps_lowercase(text, m.start(), tok)
            and not _inside_organisation(text, m.start(), lex)
        ):
            return True
    return False


def _split_titles(text: str, a: int, b: int, lex: _Lexicons) -> list[tuple[int, int]]:
    """Split ``Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh`` at commas that start a position."""
    cuts = [a]
    for m in _COMMA_RE.finditer(text[a:b]):
        nxt = a + m.end()
        if lex.prefix_position_re.match(text, nxt, b):
            cuts.append(nxt)
    spans = []
    for i, s in enumerate(cuts):
        e = cuts[i + 1] if i + 1 < len(cuts) else b
        while e > s and text[e - 1] in ", \t-–—":
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


_AFTER_SEP_RE = regex.compile(r"[ \t]*(?:[,–—-]|\(|:)[ \t]*|[ \t]+(?:là|hiện\s+là)[ \t]+")
_NEXT_TITLE_RE = regex.compile(
    r"[ \t]*(?:,[ \t]*(?:(?:đồng\s+thời|kiêm)[ \t]+)?"
    r"|[ \t]+(?:và\s+là|kiêm|đồng\s+thời\s+là)[ \t]+)"
)


def _titles_after(
    ctx: Context, name: _Name, name_spans: SpanIndex, lex: _Lexicons
) -> tuple[list[tuple[int, int]], int]:
    """Titles written after a name, and where the list ends."""
    text = ctx.content
    sep = _AFTER_SEP_RE.match(text, name.end)
    if not sep:
        # "ông Nguyễn Phú Cường bí thư Tỉnh ủy Đồng Nai nhấn mạnh": no separator at all
        sep = _BLANKS_RE.match(text, name.end)
        if not sep or not lex.prefix_position_re.match(text, sep.end()):
            return [], name.end
    titles = _parse_title_list(text, sep.end(), name_spans, lex)
    tail = titles[-1][1] if titles else name.end
    if "(" in sep.group() and titles:
        close = _PAREN_CLOSE_RE.match(text[tail : tail + 81])
        if close:
            tail += close.end()
    return titles, tail


def _parse_title_list(
    text: str, pos: int, name_spans: SpanIndex, lex: _Lexicons
) -> list[tuple[int, int]]:
    """A list of titles starting at ``pos`` (each must start with a position)."""
    titles: list[tuple[int, int]] = []
    limit = min(len(text), pos + 400)
    while True:
        pm = lex.prefix_position_re.match(text, pos, limit)
        if not pm:
            break
        start = pm.start()
        end = pm.end()
        nxt_name = name_spans.next_start(start)
        stop_at = limit if nxt_name is None else min(nxt_name, limit)
        descriptive = _is_org_head(text[pm.start() : pm.end()].split()[-1], lex)
        toks = _tokens(text, pm.end(), min(limit, stop_at))
        for idx, (a, b, tok) in enumerate(toks):
            if tok in CLAUSE_END or tok == ",":
                break
            if tok == "." and not (b < len(text) and text[b : b + 1].isalnum()):
                break
            if tok in _DASHES:
                nxt = _NEXT_CAPITAL_RE.match(text[b : b + 4])
                if not nxt or text[b : b + 8].strip().startswith("Ảnh"):
                    break
                continue
            keeps = tok[0].islower() and (
                _keeps_lowercase(text, a, tok) or _inside_organisation(text, a, lex)
            )
            if tok[0].islower() and lex.stop_re.match(text, a, limit) and not keeps:
                break
            if tok in ("Ông", "Bà", "Đồng") and _surname_at(text, a, lex):
                break  # a new sentence about a person ("Bà Rịa" is a place)
            second_syllable = _second_syllable(toks, idx, a, lex) or (
                idx == 1 and toks[0][2][:1].isupper() and _is_org_head(pm.group().split()[-1], lex)
            )
            if (
                tok[0].islower()
                and not keeps
                and not descriptive
                and not second_syllable
                and tok.lower() not in lex.title_words
                and not _capital_follows(toks, idx, lex)
            ):
                # After a proper name (a place, a company), a plain lower-case word is
                # the sentence going on: "Chủ tịch UBND TP Đà Nẵng hẹn ...".
                break
            if b - start > 160:
                break
            if tok[0].isupper():
                # The capitalised name right after an organisation head keeps describing it
                # ("Ban Chỉ đạo cải cách hành chính"); after anything else it is a proper
                # name, and plain words after it end the title ("TP Đà Nẵng hẹn").
                prev = toks[idx - 1][2] if idx > 0 else pm.group().split()[-1]
                after_head = _is_org_head(prev, lex)
                descriptive = _is_org_head(tok, lex) or (descriptive and after_head)
            elif (
                tok[0].islower() and tok.lower() not in lex.title_words
            ) or tok.lower() in lex.org_heads:
                descriptive = True
            end = b
        if stop_at < limit and not text[end:stop_at].strip(" \t"):
            break  # the title is written before the next person's name: it is theirs
        while True:  # no dangling "- và" at the end
            trimmed = _DANGLING_TAIL_RE.sub("", text[start:end])
            if len(trimmed) == end - start:
                break
            end = start + len(trimmed)
        if _match.search(lex.country_then_name_re, text, start, end):
            break  # "Bộ trưởng Quốc phòng Mỹ James Mattis": a foreign leader's own title
        titles.append((start, end))
        nt = _NEXT_TITLE_RE.match(text, end)
        if nt and lex.prefix_position_re.match(text, nt.end(), limit):
            pos = nt.end()
            continue
        cont = _continuation(text, end, lex)
        if cont:
            titles[-1] = (start, cont)
            nt = _NEXT_TITLE_RE.match(text, cont)
            if nt and lex.prefix_position_re.match(text, nt.end(), limit):
                pos = nt.end()
                continue
            end = cont
        break
    return titles


def _capital_follows(toks: list[tuple[int, int, str]], idx: int, lex: _Lexicons) -> bool:
    """Inside a proper name written with one capital per word (``Công tác Quần chúng Bộ``,
    ``Bưu điện Việt Nam``): a capitalised word comes within the next two tokens."""
    for _a, _b, nxt in toks[idx + 1 : idx + 3]:
        if nxt[0].isupper():
            return True
        if not nxt[0].islower() or lex.stop_re.fullmatch(nxt):
            return False
    return False


_HONORIFIC_AND_SURNAME_RE = regex.compile(
    r"(?:Ông|Bà|Đồng[ \t]+chí)[ \t]+(?P<w>\p{Lu}[\p{L}\p{M}]*)"
)


def _surname_at(text: str, a: int, lex: _Lexicons) -> bool:
    """Whether ``Ông``/``Bà``/``Đồng chí`` at ``a`` is followed by a surname."""
    m = _HONORIFIC_AND_SURNAME_RE.match(text, a)
    return m is not None and m.group("w") in lex.surnames


def _inside_organisation(text: str, a: int, lex: _Lexicons) -> bool:
    """Whether the word at ``a`` continues an organisation's name begun by the word before
    it: ``chỉ đạo`` in ``Ban chỉ đạo``, which otherwise ends a title."""
    prev = _LAST_TWO_WORDS_RE.search(text, max(0, a - 30), a)
    if prev is None:
        return False
    m = lex.not_name_re.match(text, prev.start("w"))
    return m is not None and m.end() > a


def _is_org_head(tok: str, lex: _Lexicons) -> bool:
    return tok.lower() in lex.org_heads


def _keeps_lowercase(text: str, a: int, tok: str) -> bool:
    """``và``/``của`` inside an organisation's name: followed by a capitalised word
    (``Văn hóa, Thể thao và Du lịch``), or ``và`` by a word that is not a stop word
    (``biến đổi khí hậu và đất đai``)."""
    low = tok.lower()
    if low not in ("và", "của"):
        return False
    after = a + len(tok)
    cap = _SPACE_CAPITAL_RE.match(text[after : after + 4])
    if cap:
        # ... but not "và Tiến sĩ Lê Mộng Huyền": the title of the next person.
        return not lexicons().prefix_position_re.match(text, after + cap.end() - 1)
    if low == "và":
        nxt = _SPACE_LOWER_WORD_RE.match(text[after : after + 40])
        if nxt and not lexicons().stop_re.match(nxt.group(1)):
            return True
    return False


_CONT_RE = regex.compile(
    rf",[ \t]*({CAP_WORD}(?:[ \t]+(?:{CAP_WORD}|và|&))" + r"{0,5})(?=[ \t]*(?:[,;.()\n]|$))"
)


def _continuation(text: str, end: int, lex: _Lexicons) -> int | None:
    """``Bộ trưởng Văn hóa, Thể thao và Du lịch``: a capitalised chunk after a comma that
    continues an organisation's name rather than starting a new clause."""
    m = _CONT_RE.match(text, end)
    if not m:
        return None
    chunk = m.group(1)
    if lex.prefix_position_re.match(chunk) or _starts_with_surname(chunk, lex):
        return None
    if " và " not in chunk and "&" not in chunk:
        return None
    return m.end(1)


def _starts_with_surname(chunk: str, lex: _Lexicons) -> bool:
    first = chunk.split(" ", 1)[0]
    return first in lex.surnames


# --------------------------------------------------------------------------------------
# Keys for merging
_ABBR = {
    "ubnd": "ủy ban nhân dân",
    "hđnd": "hội đồng nhân dân",
    "mttq": "mặt trận tổ quốc",
    "btv": "ban thường vụ",
    "bch": "ban chấp hành",
    "t.ư": "trung ương",
    "tw": "trung ương",
    "tp": "thành phố",
    "tp.": "thành phố",
    "đbqh": "đại biểu quốc hội",
    "hđqt": "hội đồng quản trị",
}


def _title_key(title: str, lex: _Lexicons) -> str:
    t = _DOT_SPACE_RE.sub(".", title.lower())  # "PGS. TS" is "PGS.TS"
    for variant, canonical in lex.typos:
        t = t.replace(variant.lower(), canonical.lower())
    words = _KEY_WORD_RE.findall(t)
    return " ".join(_ABBR.get(w, w.rstrip(".")) for w in words)


def _name_key(name: str) -> str:
    return " ".join(name.lower().split())


# --------------------------------------------------------------------------------------
@dataclass
class _Person:
    name: str
    key: str
    titles: list[str] = field(default_factory=list)
    title_keys: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    spans: list[tuple[int, int, int, int]] = field(default_factory=list)
    """Normal-form ``(start, end, tail, lead)`` of each mention, for roles: the tail ends
    the titles written after it, the lead starts those written before it."""
    title_spans: list[tuple[int, int]] = field(default_factory=list)

    def add_title(self, text: str, key: str) -> None:
        if key and key not in self.title_keys:
            self.titles.append(text)
            self.title_keys.append(key)


def _sentence_start(text: str, pos: int) -> int:
    lo = max(0, pos - 400)
    start = lo
    for m in _SENTENCE_BREAK_RE.finditer(text[lo:pos]):
        start = lo + m.end()
    return start


_CHAIRED_BY_RE = regex.compile(
    r"(?i)dưới[ \t]+sự[ \t]+(?:chủ[ \t]+trì|chủ[ \t]+tọa|điều[ \t]+hành)[ \t]+của[ \t]+"
    r"(?:(?:đồng[ \t]+chí|ông|bà)[ \t]+)?$"
)


def _cue_role(text: str, m: regex.Match[str], lex: _Lexicons) -> str:
    """The role of a cue match, unless the cue starts another word (``trao đổi``)."""
    cue = m.group(1).lower()
    nxt = _SPACE_LOWER_WORD_RE.match(text, m.end(1), m.end(1) + 20)
    if nxt and nxt.group(1).lower() in lex.role_anticues.get(" ".join(cue.split()), ()):
        return ""
    return lex.role_of.get(cue, "")


def _roles(ctx: Context, person: _Person, name_spans: SpanIndex, lex: _Lexicons) -> list[str]:
    text = ctx.content
    roles: list[str] = []
    for _start, _end, tail, lead in person.spans:
        after = lex.role_after_re.match(text, tail)
        if after:
            roles.append(_cue_role(text, after, lex))
        if _CHAIRED_BY_RE.search(text, max(0, lead - 40), lead):
            roles.append("chủ trì")
        sent = _sentence_start(text, lead)
        before = lex.role_before_re.match(text, sent, lead)
        if before:
            role = _cue_role(text, before, lex)
            # "Phát biểu kết luận, A ..." speaks of the first person after the cue only;
            # "Tham dự có A, B, C" of all of them.
            if role == "dự" or not name_spans.overlaps(before.end(), lead):
                roles.append(role)
    out: list[str] = []
    for r in roles:
        if r and r not in out:
            out.append(r)
    return out


def _drop_contained_titles(person: _Person) -> None:
    """One position worded several ways is listed once, in its fullest wording."""
    keep: list[int] = []
    for i, k in enumerate(person.title_keys):
        longer = any(
            j != i and len(o) > len(k) and o.startswith(k + " ")
            for j, o in enumerate(person.title_keys)
        )
        if not longer:
            keep.append(i)
    person.titles = [person.titles[i] for i in keep]
    person.title_keys = [person.title_keys[i] for i in keep]


_GROUP_RE = regex.compile(r"(?<![\p{L}])(?:[Cc]ác|[Hh]ai|[Bb]a)[ \t]+(?:đồng[ \t]+chí|vị)[ \t]+")
_APPOINT_RE = regex.compile(
    r"[ \t]*,?[ \t]*(?:(?:đã|vừa|cùng|lần\s+lượt)[ \t]+)?"
    r"(?:giữ[ \t]+chức(?:[ \t]+(?:vụ|danh))?"
    r"|trúng[ \t]+cử(?:[ \t]+(?:chức[ \t]+vụ|chức[ \t]+danh|chức|làm))?"
    r"|được[ \t]+(?:bầu|bổ[ \t]+nhiệm|phân[ \t]+công)(?:[ \t]+(?:giữ[ \t]+chức(?:[ \t]+vụ)?|làm))?"
    r"|đảm[ \t]+nhiệm(?:[ \t]+chức[ \t]+vụ)?)[ \t]+"
)
_LIST_SEP_RE = regex.compile(r"[ \t]*(?:,|và)[ \t]*$")


def _group_titles(
    text: str, names: list[_Name], name_spans: SpanIndex, lex: _Lexicons
) -> dict[int, list[tuple[int, int]]]:
    """``các đồng chí Ủy viên Bộ Chính trị: đồng chí A, ...; đồng chí B, ...``: a title
    announced for a list applies to every name in it (name index -> title spans)."""
    out: dict[int, list[tuple[int, int]]] = {}
    for g in _match.finditer(_GROUP_RE, text):
        titles = _parse_title_list(text, g.end(), name_spans, lex)
        if not titles:
            continue
        colon = _COLON_RE.match(text[titles[-1][1] : titles[-1][1] + 4])
        if not colon:
            continue
        lo = titles[-1][1] + colon.end()
        end_m = _LIST_END_RE.search(text[lo : lo + 1500])
        hi = lo + (end_m.start() if end_m else 1500)
        starts = [n.start for n in names]
        for i in range(bisect_left(starts, lo), bisect_left(starts, hi)):
            out.setdefault(i, []).extend(titles)
    return out


def _appointed_titles(
    text: str,
    names: list[_Name],
    tails: list[int],
    name_spans: SpanIndex,
    lex: _Lexicons,
) -> dict[int, list[tuple[int, int]]]:
    """``A, B giữ chức Phó Chủ tịch ...``, ``X trúng cử chức vụ Chủ tịch ...``."""
    out: dict[int, list[tuple[int, int]]] = {}
    for i in range(len(names)):
        m = _APPOINT_RE.match(text, tails[i])
        if not m:
            continue
        titles = _parse_title_list(text, m.end(), name_spans, lex)
        if not titles:
            continue
        j = i
        while True:
            out.setdefault(j, []).extend(titles)
            if j == 0 or not _LIST_SEP_RE.match(text[names[j - 1].end : names[j].start]):
                break
            hon = HONORIFIC_RE.search(text, names[j - 1].end, names[j].start)
            gap = text[names[j - 1].end : hon.start() if hon else names[j].start]
            if not _LIST_SEP_RE.match(gap):
                break
            j -= 1
    return out


def run(ctx: Context) -> None:
    """Fill ``ctx.doc.officials``."""
    lex = lexicons()
    text = ctx.content
    names = _find_names(ctx, lex)
    name_spans = SpanIndex([(n.start, n.end) for n in names])
    people: dict[str, _Person] = {}
    order: list[str] = []
    found = []
    for name in names:
        before = _chain_before(ctx, name, name_spans, lex)
        after, tail = _titles_after(ctx, name, name_spans, lex)
        found.append((before, after, tail))
    group = _group_titles(text, names, name_spans, lex)
    appointed = _appointed_titles(text, names, [f[2] for f in found], name_spans, lex)
    holder: dict[str, str] = {}
    for i in range(1, len(names)):
        # "các Phó Chủ tịch Quốc hội A và B": B shares A's title written before A.
        if not found[i][0] and not found[i][1] and found[i - 1][0]:
            gap = text[names[i - 1].end : names[i].start]
            if _LIST_SEP_RE.match(gap) and not found[i - 1][1]:
                found[i] = (found[i - 1][0], found[i][1], found[i][2])
    for i, name in enumerate(names):
        before, after, tail = found[i]
        bare = not before and not HONORIFIC_RE.search(text, max(0, name.start - 12), name.start)
        key = _name_key(text[name.start : name.end])
        if bare and after:
            # "Nguyễn Trãi, Bí thư Huyện ủy Thường Tín khẳng định": a title already held by
            # someone else, after a bare name, refers back to its holder.
            after = [t for t in after if holder.get(_title_key(text[t[0] : t[1]], lex), key) == key]
        spans = group.get(i, []) + before + after + appointed.get(i, [])
        if name.foreign and not spans:
            continue
        raw_name = ctx.item(name.start, name.end)[0]
        person = people.get(key)
        if person is None and len(name.tokens) == 1:
            last = [k for k in order if k.split()[-1] == key]
            person = people[last[0]] if len(last) == 1 else None
        if person is None:
            person = _Person(name=raw_name, key=key)
            people[key] = person
            order.append(key)
        for a, b in spans:
            title_text = ctx.item(a, b)[0]
            tkey = _title_key(text[a:b], lex)
            person.add_title(" ".join(title_text.split()), tkey)
            if not lex.honorific_re.match(text[a:b]):
                holder.setdefault(tkey, key)
        mention_text, mention_span = ctx.item(name.start, name.end)
        person.mentions.append(Mention(text=mention_text, span=mention_span, kind="name"))
        hon = HONORIFIC_RE.search(text, max(0, name.start - 12), name.start)
        lead = min([name.start, *(a for a, _b in before)] + ([hon.start()] if hon else []))
        person.spans.append((name.start, name.end, tail, lead))
        person.title_spans.extend(spans)
    officials = [
        people[k] for k in order if any(not lex.honorific_re.match(t) for t in people[k].titles)
    ]
    _attach_given_names(ctx, officials, name_spans)
    _attach_title_mentions(ctx, officials, name_spans, lex)
    out: list[Official] = []
    for person in officials:
        _drop_contained_titles(person)
        person.mentions.sort(key=lambda m: m.span)
        out.append(
            Official(
                name=person.name,
                titles=person.titles,
                roles=_roles(ctx, person, name_spans, lex),
                mentions=person.mentions,
            )
        )
    ctx.doc.officials = out


def _attach_given_names(ctx: Context, officials: list[_Person], name_spans: SpanIndex) -> None:
    """``ông Cang``: an honorific and a given name alone point to the one official."""
    by_given: dict[str, list[_Person]] = {}
    for p in officials:
        by_given.setdefault(p.key.split()[-1], []).append(p)
    for m in _match.finditer(GIVEN_NAME_RE, ctx.content):
        a, b = m.span(1)
        if name_spans.covers(a):
            continue
        cands = by_given.get(m.group(1).lower(), [])
        if len(cands) == 1:
            text, span = ctx.item(a, b)
            cands[0].mentions.append(Mention(text=text, span=span, kind="given_name"))
            cands[0].spans.append((a, b, b, m.start()))


def _attach_title_mentions(
    ctx: Context,
    officials: list[_Person],
    name_spans: SpanIndex,
    lex: _Lexicons,
) -> None:
    """``Phó Bí thư Thường trực Tỉnh ủy nhấn mạnh``: a title alone points to its holder."""
    owners: dict[str, list[_Person]] = {}
    for p in officials:
        for k in set(p.title_keys):
            if len(k.split()) >= 2:
                owners.setdefault(k, []).append(p)
    unique = {k: ps[0] for k, ps in owners.items() if len(ps) == 1}
    if not unique:
        return
    text = ctx.content
    low = text.lower()
    if len(low) != len(text):  # a character whose lower case is longer: no safe search
        return
    taken = SpanIndex()
    for p in officials:
        for _s, _e, t, lead in p.spans:
            taken.add(lead, t)
        for a_, b_ in p.title_spans:
            taken.add(a_, b_)
    found: list[tuple[int, int, _Person]] = []
    for p in officials:
        for title, key in zip(p.titles, p.title_keys, strict=True):
            if key not in unique:
                continue
            needle = " ".join(normalize(title).split()).lower()  # titles are kept as written
            pos = low.find(needle)
            while pos >= 0:
                end = pos + len(needle)
                boundary = (pos == 0 or not low[pos - 1].isalpha()) and (
                    end == len(low) or not low[end].isalpha()
                )
                if boundary:
                    found.append((pos, end, p))
                pos = low.find(needle, end)
    found.sort(key=lambda f: (f[0], -f[1]))
    for a, b, person in found:
        if taken.overlaps(a, b) or name_spans.covers(a):
            continue
        nxt = _NEXT_TOKEN_RE.match(text, b)
        if nxt and (nxt.group(1)[0].isupper() or nxt.group(1).lower() in lex.title_words):
            continue  # the start of a longer title or one before a name: "Đại sứ quán"
        if _PLURAL_BEFORE_RE.search(text, max(0, a - 12), a):
            continue  # "các Phó Chủ tịch UBND tỉnh": not one person
        if a >= 4 and low[a - 4 : a] in ("phó ", "yên "):
            continue
        if a >= 7 and low[a - 7 : a] == "nguyên ":
            continue
        mtext, mspan = ctx.item(a, b)
        person.mentions.append(Mention(text=mtext, span=mspan, kind="title"))
        person.spans.append((a, b, b, a))
        taken.add(a, b)
