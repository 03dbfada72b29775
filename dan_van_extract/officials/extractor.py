"""The officials extractor: names, their titles, one entry per person, roles.

The steps are modules of their own (:mod:`.names`, :mod:`.titles`, :mod:`.persons`,
:mod:`.roles`); their rules are named in :mod:`.rules`. :func:`run` composes them.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple

import regex

from .. import _match
from .._rules import Rule
from .._spans import SpanIndex
from ..context import Context
from ..models import Mention, Official
from .lexicon import Lexicons, lexicons
from .names import Name, find_names, honorific_before
from .persons import (
    PLURAL_BEFORE_RE,
    PLURAL_WINDOW,
    MentionSpan,
    Person,
    attach_given_names,
    attach_title_mentions,
    name_key,
    spelled_out,
)
from .persons import title_key as _title_key
from .roles import roles_of
from .rules import (
    APPOINTMENT,
    TITLE_AFTER_NAME,
    TITLE_BEFORE_NAME,
    TITLE_FOR_A_LIST,
    TITLE_GIVEN_BY_A_VERB,
    TITLE_HELD_BY_ANOTHER,
    TITLE_SHARED,
    TITLES_RESPECTIVELY,
    UNTITLED_PERSON,
)
from .titles import (
    LIST_SEP_RE,
    NameTitles,
    Respectively,
    acted_titles,
    appointed_titles,
    chain_before,
    fronted_titles,
    group_titles,
    pronoun_titles,
    titles_after,
)
from .words import FORM_OF_ADDRESS_RE

__all__ = ["run"]

Span = tuple[int, int]

_NEIGHBOURS = 3
"""How many titles given by verbs, starting before a title written before a name, are
compared with it (they do not overlap one another)."""
_LISTED_BEFORE_RE = regex.compile(r"[;:][ \t]*\Z")
"""``có các đồng chí: A, t1; B, t2``: a name opening an item of a list of persons."""


class _Titled(NamedTuple):
    """A title span and the rule that read it (a named tuple: several are made for each
    name, and a tuple builds faster than a frozen dataclass)."""

    start: int
    end: int
    rule: Rule


def _read_titles(
    ctx: Context,
    names: list[Name],
    name_spans: SpanIndex,
    lex: Lexicons,
    listed: dict[int, list[Span]],
    hons: list[regex.Match[str] | None],
) -> list[NameTitles]:
    """The titles before and after every name, and titles shared by ``A và B`` (not by
    two members of one list of people under a title, ``listed``: ``7 Ủy viên Bộ Chính
    trị gồm: Tổng Bí thư A, B, ...``). ``hons``: the form of address before each name."""
    text = ctx.content
    found = []
    for name, hon in zip(names, hons, strict=True):
        after, tail = titles_after(text, name, name_spans, lex)
        found.append(
            NameTitles(chain_before(ctx.analysis, name, name_spans, lex, hon), after, tail)
        )
    for i in range(1, len(names)):
        # "các Phó Chủ tịch Quốc hội A và B": B shares A's title written before A.
        cur, prev = found[i], found[i - 1]
        sep = _match.match(LIST_SEP_RE, text, names[i - 1].end, names[i].start)
        if (
            not cur.before
            and not cur.after
            and prev.before
            and not prev.after
            and sep is not None
            # "Bí thư Thành ủy A, bà B, ông C": a new form of address, a new person, and
            # "7 Ủy viên Bộ Chính trị gồm: Tổng Bí thư A, B": a new member of the list,
            # unless the title says several hold it ("các Phó Chủ tịch A và ông B").
            and (
                _plural(text, prev)
                or (
                    _match.search(FORM_OF_ADDRESS_RE, sep.group()) is None
                    and not (i in listed and i - 1 in listed)
                )
            )
        ):
            cur.before = list(prev.before)
            cur.shared = True
    return found


def _drop_titles_given_by_verbs(
    ctx: Context, found: list[NameTitles], appointed: dict[int, list[Span]]
) -> None:
    """``A làm Chủ tịch, ông B làm Phó Chủ tịch``: the title a verb gives to A is not also
    B's title written before B's name."""
    given = sorted((a, b, i) for i, spans in appointed.items() for a, b in spans)
    if not given:
        return
    starts = [a for a, _b, _i in given]
    for i, titles in enumerate(found):
        kept = []
        for a, b in titles.before:
            last = bisect_left(starts, b)  # the given titles starting before this one ends
            near = given[max(0, last - _NEIGHBOURS) : last]
            if any(j != i and a < gb for _ga, gb, j in near):
                ctx.rejected(TITLE_GIVEN_BY_A_VERB, "title", a, b)
            else:
                kept.append((a, b))
        titles.before = kept


def _merge_short_names(
    people: dict[str, Person],
    order: list[str],
    first_rule: dict[str, Rule],
    lex: Lexicons,
    text: str,
) -> None:
    """``Thứ trưởng Kim Thoa`` (a headline's short form) and ``bà Hồ Thị Kim Thoa``: one
    person, when exactly one Vietnamese name of three words or more ends with the two-word
    one (both opening with a surname: not ``Hun Sen`` in a longer run of foreign words).
    ``Bí thư Nguyễn Thiện nhân`` (the last word typed in lower case) and ``Nguyễn Thiện
    Nhân``: one person, when the two-word name opens exactly one longer name whose next word
    follows every mention of it, in lower case. A one-word name (``Hollande``) is the one
    longer name ending with it."""

    def vietnamese(name: str) -> bool:
        return name.split(" ", 1)[0] in lex.surnames

    by_tail: dict[str, list[str]] = {}
    by_head: dict[str, list[str]] = {}
    for k in order:
        words = k.split()
        if len(words) >= 3 and vietnamese(people[k].name):
            by_tail.setdefault(" ".join(words[-2:]), []).append(k)
            by_head.setdefault(" ".join(words[:2]), []).append(k)
    by_last: dict[str, list[str]] = {}
    for k in order:
        if len(k.split()) >= 2:
            by_last.setdefault(k.split()[-1], []).append(k)
    for k in [k for k in order if len(k.split()) == 1]:
        # "Hollande" (a headline's) and "Tổng thống Francois Hollande": one person
        if len(by_last.get(k, [])) == 1:
            _merge_into(people, order, first_rule, k, by_last[k][0])
    for k in [k for k in order if len(k.split()) == 2 and vietnamese(people[k].name)]:
        longer = by_tail.get(k, [])
        if len(longer) != 1:
            longer = [
                full
                for full in by_head.get(k, [])
                if all(_lower_word_after(text, m.end) == full.split()[2] for m in people[k].spans)
            ]
        if len(longer) == 1:
            _merge_into(people, order, first_rule, k, longer[0])


def _merge_into(
    people: dict[str, Person], order: list[str], first_rule: dict[str, Rule], k: str, full: str
) -> None:
    """Merge the person keyed ``k`` into the one keyed ``full``: titles, mentions, spans."""
    short, full_person = people.pop(k), people[full]
    if k in first_rule:
        first_rule.setdefault(full_person.key, first_rule.pop(k))
    for title, key, form in zip(short.titles, short.title_keys, short.title_forms, strict=True):
        full_person.add_title(title, form, key)
    full_person.mentions.extend(short.mentions)
    full_person.spans.extend(short.spans)
    full_person.title_spans.extend(short.title_spans)
    order.remove(k)


_LOWER_WORD_AFTER_RE = regex.compile(r"[ \t]+(\p{Ll}[\p{L}\p{M}]*)")


def _lower_word_after(text: str, end: int) -> str | None:
    """The lower-case word right after ``end`` (one space apart), as a name key's word."""
    m = _match.match(_LOWER_WORD_AFTER_RE, text, end, end + 20)
    return name_key(m.group(1).capitalize()) if m is not None else None


def _plural(text: str, titles: NameTitles) -> bool:
    """The title before a name says several hold it: ``các Phó Chủ tịch A và ông B``."""
    first = titles.before[0][0]
    return _match.search(PLURAL_BEFORE_RE, text, max(0, first - PLURAL_WINDOW), first) is not None


def _display_name(person: Person) -> str:
    """The name as the article writes it; one typed in lower case (``nguyễn xuân thanh``)
    as another mention capitalises it, or with each word capitalised."""
    if not person.name.islower():
        return person.name
    for m in person.mentions:
        if m.kind == "name" and not m.text.islower() and name_key(m.text) == person.key:
            return " ".join(m.text.split())
    return " ".join(w.capitalize() for w in person.name.split())


def run(ctx: Context) -> None:
    """Fill ``ctx.doc.officials``."""
    lex = lexicons()
    text = ctx.content
    if ctx.analysis.keyed_search(lex.prefix_position_re, 0, len(text)) is None and (
        "biểu " not in text and "ĐB " not in text
    ):
        # Every official's title holds a position (an academic title alone makes none:
        # UNTITLED_PERSON) or is a deputy's (``đại biểu X``): a text without either has
        # no official, whoever it names.
        ctx.doc.officials = []
        return
    names = find_names(ctx, lex)
    name_spans = SpanIndex([(n.start, n.end) for n in names])
    group = group_titles(ctx.analysis, names, name_spans, lex)
    # the form of address before each name, asked once (the titles before it and the
    # person's first mention both read it)
    hons = [honorific_before(text, n.start) for n in names]
    found = _read_titles(ctx, names, name_spans, lex, group, hons)
    leads = [min([n.start, *(a for a, _b in f.before)]) for n, f in zip(names, found, strict=True)]
    respectively = Respectively()
    appointed = appointed_titles(
        text, names, [f.tail for f in found], leads, name_spans, lex, respectively
    )
    for a, b in respectively.unpaired:
        ctx.rejected(TITLES_RESPECTIVELY, "title", a, b)
    for i, pronoun_spans in pronoun_titles(text, names, name_spans, lex).items():
        appointed.setdefault(i, []).extend(pronoun_spans)
    for i, acted_spans in acted_titles(text, names, name_spans, lex).items():
        appointed.setdefault(i, []).extend(acted_spans)
    for i, fronted_spans in fronted_titles(text, names, name_spans, lex).items():
        appointed.setdefault(i, []).extend(fronted_spans)
    _drop_titles_given_by_verbs(ctx, found, appointed)
    people: dict[str, Person] = {}
    order: list[str] = []
    holder: dict[str, str] = {}
    first_rule: dict[str, Rule] = {}
    for i, name in enumerate(names):
        titles = found[i]
        hon = hons[i]
        key = name_key(text[name.start : name.end])
        after = titles.after
        listed = _match.search(_LISTED_BEFORE_RE, text, max(0, name.start - 4), name.start)
        if not titles.before and hon is None and after and listed is None:
            # "Nguyễn Trãi, Bí thư Huyện ủy Thường Tín khẳng định": a title already held by
            # someone else, after a bare name, refers back to its holder.
            kept = [t for t in after if holder.get(_title_key(text[t[0] : t[1]], lex), key) == key]
            for dropped in after:
                if dropped not in kept:
                    ctx.rejected(TITLE_HELD_BY_ANOTHER, "title", *dropped)
            after = kept
        before_rule = TITLE_SHARED if titles.shared else TITLE_BEFORE_NAME
        spans = (
            [_Titled(a, b, TITLE_FOR_A_LIST) for a, b in group.get(i, [])]
            + [_Titled(a, b, before_rule) for a, b in titles.before]
            + [_Titled(a, b, TITLE_AFTER_NAME) for a, b in after]
            + [
                _Titled(a, b, TITLES_RESPECTIVELY if i in respectively.paired else APPOINTMENT)
                for a, b in appointed.get(i, [])
            ]
        )
        if name.foreign and not spans:
            ctx.rejected(UNTITLED_PERSON, "official", name.start, name.end)
            continue
        person = people.get(key)
        if person is None and len(name.tokens) == 1:
            last = [k for k in order if k.split()[-1] == key]
            person = people[last[0]] if len(last) == 1 else None
        if person is None:
            person = Person(name=ctx.item(name.start, name.end)[0], key=key)
            people[key] = person
            order.append(key)
        for t in spans:
            title_text = ctx.item(t.start, t.end)[0]
            form = " ".join(text[t.start : t.end].split())
            tkey = _title_key(text[t.start : t.end], lex)
            written = " ".join(title_text.split())
            person.add_title(written, form, tkey, spelled_out(written, lex))
            if not _match_honorific(lex, text[t.start : t.end]):
                holder.setdefault(tkey, key)
                first_rule.setdefault(person.key, t.rule)
            ctx.accepted(t.rule, "title", t.start, t.end)
        mention_text, mention_span = ctx.item(name.start, name.end)
        person.mentions.append(Mention(text=mention_text, span=mention_span, kind="name"))
        lead = min([name.start, *(a for a, _b in titles.before)] + ([hon.start()] if hon else []))
        person.spans.append(MentionSpan(name.start, name.end, titles.tail, lead))
        person.title_spans.extend((t.start, t.end) for t in spans)
    _merge_short_names(people, order, first_rule, lex, text)
    officials = []
    for k in order:
        person = people[k]
        if any(not _match_honorific(lex, t) for t in person.titles):
            officials.append(person)
        else:
            first = person.spans[0]
            ctx.rejected(UNTITLED_PERSON, "official", first.start, first.end)
    attach_given_names(ctx, officials, name_spans)
    attach_title_mentions(ctx, officials, name_spans, lex)
    out: list[Official] = []
    for person in officials:
        person.drop_contained_titles()
        person.mentions.sort(key=lambda m: m.span)
        out.append(
            Official(
                name=_display_name(person),
                titles=person.titles,
                roles=roles_of(ctx, person, name_spans, lex),
                mentions=person.mentions,
            )
        )
        first = person.spans[0]
        ctx.accepted(first_rule[person.key], "official", first.start, first.end)
    ctx.doc.officials = out


def _match_honorific(lex: Lexicons, title: str) -> bool:
    """Whether a title is only an academic or religious one (``Tiến sĩ``)."""
    return _match.match(lex.honorific_re, title) is not None
