"""HTML in, plain text out, with a map from every character back into the HTML.

:func:`convert` turns a web page, a CMS body fragment or a CMS export with a front matter
(``---json`` ... ``---`` or ``---`` YAML-ish ``key: value`` lines) into the text the
extractor reads, laid out as the portals render an article::

    title line
    date line (dd/mm/yyyy HH:MM)

    lead (the front matter's description, when the body does not start with it)

    body blocks, one a paragraph, separated by blank lines

Every character of that text knows the stretch of HTML it came from (``Markup.starts``,
``Markup.ends``), so a span ``[s, e)`` of the text maps to an HTML span ``[hs, he)``
(:meth:`Markup.html_span`) whose slice, tags dropped (block tags read as line breaks),
entities decoded and whitespace collapsed, is the text ``text[s:e]`` with its whitespace
collapsed. Lines made up from metadata (a date from ``<meta>``, a title from ``og:title``)
have no HTML of their own: a span touching them has no HTML span.

The tokenizer is linear in the input: one regular-expression search per tag, ``<script>``,
``<style>``, ``<template>``, ``<svg>`` and the like skipped whole (a ``<script>`` never
closed hides the rest, as in a browser), an unclosed quote ends the tag at the end of the
input, and end tags are matched against counts of open elements, never by a search down
a deep stack. Whole pages lose their furniture: ``header``, ``nav``, ``footer``,
``aside``, hidden elements, elements whose class or id says menu, share, related, ...
(``data/html_class_hints.tsv``), link lists, and the boxes of other news introduced by
a heading such as ``Tin liên quan`` (``data/html_other_news.txt``); then the block with
the most paragraph text, the fewest links and the best class names is the article, from
its title (the nearest ``<h1>`` or title-classed element) to its end.

Only the standard library is used; nothing here raises on bad markup.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from html import unescape
from html.entities import html5

__all__ = [
    "SITE_UTC_OFFSET",
    "FrontMatter",
    "Markup",
    "convert",
    "looks_like_html",
    "site_time",
    "split_front_matter",
]

SITE_UTC_OFFSET = dt.timedelta(hours=7)
"""The site's time zone (Vietnam, +07:00): UTC times of the metadata are shown in it."""

Span = tuple[int, int]

# --------------------------------------------------------------------------------------
# Lexicons


@cache
def _other_news() -> frozenset[str]:
    from ._lexicon import load_lines

    return frozenset(_fold(e) for e in load_lines("dan_van_extract", "data/html_other_news.txt"))


@cache
def _hints() -> tuple[frozenset[str], tuple[str, ...], frozenset[str], tuple[str, ...]]:
    """(drop words, drop prefixes, content words, content prefixes)."""
    from ._lexicon import load_table

    sets: dict[tuple[str, str], list[str]] = {}
    for kind, match, word in load_table("dan_van_extract", "data/html_class_hints.tsv"):
        sets.setdefault((kind, match), []).append(word.lower())
    return (
        frozenset(sets.get(("drop", "word"), [])),
        tuple(sets.get(("drop", "prefix"), [])),
        frozenset(sets.get(("content", "word"), [])),
        tuple(sets.get(("content", "prefix"), [])),
    )


def _fold(s: str) -> str:
    """A heading as compared with the lexicon: NFC, lower case, spaces collapsed, no
    final colon or dots."""
    s = unicodedata.normalize("NFC", s).lower()
    return " ".join(s.split()).strip(" :.-–»>")


# --------------------------------------------------------------------------------------
# Tags

_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
        "keygen",
    ]
)
_BLOCK = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "option",
        "legend",
        "iframe",
    ]
)
_RAW = frozenset(
    [
        "script",
        "style",
        "textarea",
        "title",
        "noscript",
        "template",
        "svg",
        "math",
        "xmp",
        "noembed",
        "noframes",
        "iframe",
    ]
)
_DROP_TAGS = frozenset(["header", "nav", "footer", "aside", "form", "button", "select", "label"])
_NEVER_DROP = frozenset(["html", "body", "main", "article"])
_P_CLOSERS = _BLOCK - {"li", "dd", "dt", "td", "th", "tr", "tbody", "thead", "tfoot", "option"}
_TITLE_WORDS = ("title", "tieude", "headline", "heading")
_DATE_WORDS = ("date", "time", "pubdate", "publish", "posted", "ngay", "thoigian", "datetime")

_TOKEN = re.compile(r"<(?:(!--)|(!\[CDATA\[)|([!?])|(/)?([A-Za-z][^\s/>]*))")
_TAG_REST = re.compile(r"""(?:[^>"']+|"[^"]*(?:"|\Z)|'[^']*(?:'|\Z))*""")
_ATTR = re.compile(r"""([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]+)))?""")
_ENTITY = re.compile(r"&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{0,31};?)")
_WORD = re.compile(r"[^\s\u200b\ufeff]+")
_SPACED = re.compile(r"[^\s\u200b\ufeff]+(?: [^\s\u200b\ufeff]+)*")
_UNTIDY = re.compile(r"[^\S ]|[\u200b\ufeff]|  |^ | $")
_CLASS_SPLIT = re.compile(r"[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_DATE_TEXT = re.compile(r"(?<!\d)(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2})(?!\d)")
_CLOCK = re.compile(r"\d{1,2}[:h]\d{2}")
_RAW_END: dict[str, re.Pattern[str]] = {}

_LINE, _BLOCKBREAK = 1, 2
_MAPPED = -3


def _raw_end(tag: str) -> re.Pattern[str]:
    pat = _RAW_END.get(tag)
    if pat is None:
        pat = _RAW_END[tag] = re.compile(rf"</{tag}(?=[\s/>])[^>]*>?", re.I)
    return pat


def _attrs(s: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in _ATTR.finditer(s):
        name = m.group(1).lower()
        if name not in out:
            value = m.group(2) if m.group(2) is not None else m.group(3) or m.group(4) or ""
            out[name] = value
    return out


def _words(value: str) -> list[str]:
    return [w.lower() for w in _CLASS_SPLIT.split(value) if w]


def _hinted(words: list[str], exact: frozenset[str], prefixes: tuple[str, ...]) -> bool:
    return any(w in exact or w.startswith(prefixes) for w in words)


# --------------------------------------------------------------------------------------
# The result


@dataclass
class Markup:
    """The plain text of a page and the map back into the page.

    ``starts[i]``, ``ends[i]``: the HTML stretch of ``text[i]`` (``-1`` for a character
    made up from metadata). ``title``, ``published`` (ISO 8601), ``author`` and
    ``description`` are what the metadata said (front matter, ``<meta>``, JSON-LD).
    """

    text: str
    starts: list[int]
    ends: list[int]
    title: str | None = None
    published: str | None = None
    author: str | None = None
    description: str | None = None
    site_name: str | None = None
    whole_page: bool = False
    synthetic: list[Span] = field(default_factory=list)
    seams: list[int] = field(default_factory=list)

    def html_span(self, span: Span) -> Span | None:
        """The HTML span of the text span ``[s, e)``, or None when it touches a line made
        up from metadata (or is empty)."""
        s, e = span
        if not 0 <= s < e <= len(self.text):
            return None
        for a, b in self.synthetic:
            if s < b and a < e:
                return None
        i = bisect_right(self.seams, s)  # lines not in the page's order, or not next
        if i < len(self.seams) and self.seams[i] < e:  # to each other there: a seam
            return None
        hs, he = self.starts[s], self.ends[e - 1]
        if hs < 0 or he <= hs:
            return None
        return (hs, he)


# --------------------------------------------------------------------------------------
# Front matter


_FRONT_JSON = re.compile(r"\A(\ufeff?\s*)---json[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_FRONT_YAML = re.compile(r"\A(\ufeff?\s*)---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_YAML_LINE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$", re.M)


@dataclass
class FrontMatter:
    """A CMS export's front matter: its fields, and where each string value's characters
    stand in the input (when they stand there one for one)."""

    fields: dict[str, object]
    spans: dict[str, int]  # key -> offset of the value's first character, when mappable
    end: int  # where the body starts


def split_front_matter(raw: str) -> FrontMatter | None:
    """The front matter at the start of ``raw``: ``---json`` + a JSON object + ``---``,
    or ``---`` + ``key: value`` lines + ``---`` (the simple YAML of static-site CMSs:
    scalars only, quotes optional; lists and nesting are skipped). None when there is none.

    >>> fm = split_front_matter('---\\ntitle: "Hội nghị"\\ndate: 2019-01-17\\n---\\n<p>x</p>')
    >>> fm.fields["title"], fm.fields["date"], fm.end
    ('Hội nghị', '2019-01-17', 43)
    """
    m = _FRONT_JSON.match(raw)
    if m:
        try:
            data = json.loads(m.group(2))
        except ValueError:
            data = None
        if isinstance(data, dict):
            spans: dict[str, int] = {}
            for key in ("title", "description"):
                value = data.get(key)
                if isinstance(value, str) and value:
                    lit = re.search(
                        rf'"{key}"\s*:\s*"([^"\\]*)"', raw[m.start(2) : m.end(2)]
                    )  # mappable only when the literal has no escapes
                    if lit and lit.group(1) == value:
                        spans[key] = m.start(2) + lit.start(1)
            return FrontMatter(data, spans, m.end())
        return None
    m = _FRONT_YAML.match(raw)
    if not m:
        return None
    fields: dict[str, object] = {}
    spans = {}
    base = m.start(2)
    for line in _YAML_LINE.finditer(m.group(2)):
        key, value = line.group(1), line.group(2)
        start = base + line.start(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
            start += 1
            if "\\" in value or value.count(line.group(2)[0]):
                fields.setdefault(key, value)
                continue
        if value in ("", "|", ">") or value.startswith(("[", "{")):
            continue
        if key not in fields:
            fields[key] = value
            spans[key] = start
    return FrontMatter(fields, spans, m.end())


# --------------------------------------------------------------------------------------
# Dates


_ISO = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$"
)
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T,-]+(\d{1,2})[:h](\d{2}))?$")


def site_time(value: object) -> tuple[str, str] | None:
    """A metadata date as ``(ISO 8601 in the site's time zone, date line)``: a UTC or
    offset time is moved to +07:00, a time without a zone is taken as the site's.

    >>> site_time("2019-01-17T02:41:00.000Z")
    ('2019-01-17T09:41:00+07:00', '17/01/2019 09:41')
    >>> site_time("07-10-2017")
    ('2017-10-07', '07/10/2017')
    """
    if not isinstance(value, str):
        return None
    d = value.strip()
    tz = dt.timezone(SITE_UTC_OFFSET)
    try:
        m = _ISO.match(d)
        if m:
            y, mo, da = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if m.group(4) is None:
                day = dt.date(y, mo, da)
                return day.isoformat(), day.strftime("%d/%m/%Y")
            when = dt.datetime(y, mo, da, int(m.group(4)), int(m.group(5)), int(m.group(6) or 0))
            zone = m.group(7)
            if zone:
                if zone == "Z":
                    offset = dt.timedelta(0)
                else:
                    sign = 1 if zone[0] == "+" else -1
                    digits = zone[1:].replace(":", "")
                    offset = sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
                when = when.replace(tzinfo=dt.timezone(offset)).astimezone(tz)
            else:
                when = when.replace(tzinfo=tz)
            return when.isoformat(), when.strftime("%d/%m/%Y %H:%M")
        m = _DMY.match(d)
        if m:
            day = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            if m.group(4) is None:
                return day.isoformat(), day.strftime("%d/%m/%Y")
            when = dt.datetime(day.year, day.month, day.day, int(m.group(4)), int(m.group(5)))
            when = when.replace(tzinfo=tz)
            return when.isoformat(), when.strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return None
    return None


# --------------------------------------------------------------------------------------
# The tokenizer and the page model


class _Frame:
    __slots__ = (
        "block",
        "child_link",
        "child_text",
        "cut_from",
        "cut_len",
        "cut_rec",
        "date_like",
        "drop",
        "hint",
        "link",
        "rec",
        "seg0",
        "strong",
        "strong_text",
        "tag",
        "title_like",
    )

    def __init__(self, tag: str, seg0: int, rec: int) -> None:
        self.tag = tag
        self.seg0 = seg0
        self.rec = rec
        self.block = tag in _BLOCK
        self.drop = False
        self.hint = 1.0
        self.strong = False  # an <article> or itemprop=articleBody
        self.strong_text = 0  # the text of the largest such element inside
        self.link = tag == "a"
        self.child_text = 0
        self.child_link = 0
        self.cut_from = -1
        self.cut_len = 0
        self.cut_rec = 0
        self.title_like = tag == "h1"
        self.date_like = tag == "time"


@dataclass
class _Candidate:
    kind: str  # "h1", "title", "date"
    seg0: int
    seg1: int
    first: object
    last: object
    text: str


class _Parser:
    """One pass over the HTML: segments of text (each with its HTML offsets) and
    breaks, element records for choosing the article, metadata."""

    def __init__(self, html: str, start: int, end: int) -> None:
        self.html = html
        self.start = start
        self.end = end
        # segments: (text, a, b): a plain run from html offset a (b == -1), a run with
        # entities decoded whose map is maps[a] (b == _MAPPED), or a break (text "",
        # a == -1, b == _LINE/_BLOCKBREAK)
        self.segs: list[tuple[str, int, int]] = []
        self.maps: list[tuple[list[int], list[int]]] = []  # of the _MAPPED segments
        self.cum_text: list[int] = []
        self.cum_link: list[int] = []
        self.stack: list[_Frame] = []
        self.open_count: dict[str, int] = {}
        self.links_open = 0
        # records (one per element): parent, seg0, seg1, text, link, score, hint, strong
        self.r_parent: list[int] = []
        self.r_seg0: list[int] = []
        self.r_seg1: list[int] = []
        self.r_text: list[int] = []
        self.r_link: list[int] = []
        self.r_score: list[float] = []
        self.r_hint: list[float] = []
        self.r_strong: list[bool] = []
        self.candidates: list[_Candidate] = []
        self.meta: dict[str, str] = {}
        self.title_tag: str | None = None
        self.jsonld: list[object] = []
        self.whole_page = False

    # -- output ------------------------------------------------------------------------

    def _push(self, seg: tuple[str, int, int], text: int) -> None:
        self.segs.append(seg)
        prev_t = self.cum_text[-1] if self.cum_text else 0
        prev_l = self.cum_link[-1] if self.cum_link else 0
        self.cum_text.append(prev_t + text)
        self.cum_link.append(prev_l + (text if self.links_open else 0))

    def _break(self, kind: int) -> None:
        if not self.segs:
            return
        last = self.segs[-1]
        if last[1] == -1:
            if kind > last[2]:
                self.segs[-1] = ("", -1, kind)
            return
        self._push(("", -1, kind), 0)

    def _text(self, a: int, b: int) -> None:
        html = self.html
        chunk = html[a:b]
        if "&" not in chunk:
            self._push((chunk, a, -1), len(chunk.strip()))
            return
        # one segment for the whole run, with its own map (entities decoded)
        pos = a
        parts: list[str] = []
        st: list[int] = []
        en: list[int] = []
        for m in _ENTITY.finditer(html, a, b):
            decoded = _decode_entity(m.group())
            if decoded is None:
                continue
            value, used = decoded
            ms = m.start()
            if ms > pos:
                parts.append(html[pos:ms])
                st.extend(range(pos, ms))
                en.extend(range(pos + 1, ms + 1))
            parts.append(value)
            st.extend([ms] * len(value))
            en.extend([ms + used] * len(value))
            pos = ms + used
        if pos < b:
            parts.append(html[pos:b])
            st.extend(range(pos, b))
            en.extend(range(pos + 1, b + 1))
        text = "".join(parts)
        self.maps.append((st, en))
        self._push((text, len(self.maps) - 1, _MAPPED), len(text.strip()))

    def _cum(self, i: int, which: list[int]) -> int:
        return which[i - 1] if i > 0 else 0

    def _truncate(self, seg: int, rec: int) -> None:
        del self.segs[seg:]
        del self.cum_text[seg:]
        del self.cum_link[seg:]
        for lst in (
            self.r_parent,
            self.r_seg0,
            self.r_seg1,
            self.r_text,
            self.r_link,
            self.r_score,
            self.r_hint,
            self.r_strong,
        ):
            del lst[rec:]

    def text_of(self, seg0: int, seg1: int) -> str:
        parts = []
        for s, _, b in self.segs[seg0:seg1]:
            parts.append(s if s or b < 0 else "\n")
        return " ".join("".join(parts).split())

    # -- elements ------------------------------------------------------------------------

    def _open(self, tag: str, attrs: dict[str, str]) -> None:
        if tag in ("html", "body", "head"):
            self.whole_page = True
        if tag in _P_CLOSERS and self.open_count.get("p"):
            self._close_implied("p", stop=("td", "th", "table", "li", "div"))
        elif tag == "li" and self.open_count.get("li"):
            self._close_implied("li", stop=("ul", "ol", "menu"))
        elif tag in ("td", "th"):
            if self.open_count.get("td"):
                self._close_implied("td", stop=("tr", "table"))
            if self.open_count.get("th"):
                self._close_implied("th", stop=("tr", "table"))
        elif tag == "tr" and self.open_count.get("tr"):
            self._close_implied("tr", stop=("table",))
        elif tag in ("dd", "dt"):
            for t in ("dd", "dt"):
                if self.open_count.get(t):
                    self._close_implied(t, stop=("dl",))
        elif tag == "option" and self.open_count.get("option"):
            self._close_implied("option", stop=("select",))
        rec = len(self.r_parent)
        frame = _Frame(tag, len(self.segs), rec)
        if attrs:
            self._judge(frame, attrs)
        frame.strong = frame.strong or tag == "article"
        if tag in _DROP_TAGS and not (tag == "header" and self.open_count.get("article")):
            frame.drop = tag != "form"  # a form is judged when it closes
        parent = self.stack[-1].rec if self.stack else -1
        self.r_parent.append(parent)
        self.r_seg0.append(frame.seg0)
        self.r_seg1.append(frame.seg0)
        self.r_text.append(0)
        self.r_link.append(0)
        self.r_score.append(0.0)
        self.r_hint.append(frame.hint)
        self.r_strong.append(frame.strong)
        self.stack.append(frame)
        self.open_count[tag] = self.open_count.get(tag, 0) + 1
        if frame.link:
            self.links_open += 1
        if frame.block:
            self._break(_BLOCKBREAK)

    def _judge(self, frame: _Frame, attrs: dict[str, str]) -> None:
        style = attrs.get("style")
        if (
            (style and _HIDDEN_STYLE.search(style))
            or "hidden" in attrs
            or attrs.get("aria-hidden", "").lower() == "true"
        ):
            frame.drop = True
        if attrs.get("itemprop", "").lower() == "articlebody":
            frame.strong = True
        role = attrs.get("role", "").lower()
        if role in ("navigation", "banner", "contentinfo", "complementary", "search"):
            frame.drop = True
        names = attrs.get("class", "") + " " + attrs.get("id", "")
        if names.strip():
            words = _words(names)
            drop_w, drop_p, cont_w, cont_p = _hints()
            content = _hinted(words, cont_w, cont_p)
            if content:
                frame.hint = 1.5
            if frame.tag not in _NEVER_DROP and _hinted(words, drop_w, drop_p):
                frame.drop = True
            if any(w.startswith(_TITLE_WORDS) for w in words):
                frame.title_like = True
            if any(w.startswith(_DATE_WORDS) for w in words):
                frame.date_like = True
        if attrs.get("itemprop", "").lower() in ("headline", "name") and frame.tag != "a":
            frame.title_like = True
        if attrs.get("itemprop", "").lower() == "datepublished":
            frame.date_like = True
            value = attrs.get("datetime") or attrs.get("content")
            if value:
                self.meta.setdefault("itemprop:datepublished", value)
        if frame.tag == "time" and attrs.get("datetime"):
            self.meta.setdefault("time:datetime", attrs["datetime"])

    def _close_implied(self, tag: str, stop: tuple[str, ...]) -> None:
        """Close an open ``tag`` when it is reached before any of ``stop`` (looking at
        most 12 elements down)."""
        for depth in range(1, min(len(self.stack), 12) + 1):
            t = self.stack[-depth].tag
            if t == tag:
                for _ in range(depth):
                    self._pop()
                return
            if t in stop:
                return

    def _close(self, tag: str) -> None:
        if not self.open_count.get(tag):  # a stray end tag still ends a line
            if tag == "br":
                self._break(_LINE)
            elif tag in _BLOCK:
                self._break(_BLOCKBREAK)
            return
        if tag not in _BLOCK:
            # an inline end tag does not close the blocks opened inside it (as in a
            # browser): looked for among the 64 elements on top, else ignored
            for depth in range(1, min(len(self.stack), 64) + 1):
                t = self.stack[-depth].tag
                if t == tag:
                    break
                if t in _BLOCK or t == "#root":
                    return
            else:
                return
        while self.stack:
            if self._pop() == tag:
                return

    def _pop(self) -> str:
        f = self.stack.pop()
        self.open_count[f.tag] -= 1
        if f.link:
            self.links_open -= 1
        parent = self.stack[-1] if self.stack else None
        n = len(self.segs)
        t = self._cum(n, self.cum_text) - self._cum(f.seg0, self.cum_text)
        link = self._cum(n, self.cum_link) - self._cum(f.seg0, self.cum_link)
        if f.strong:
            f.strong_text = max(f.strong_text, t)
        if parent is not None and f.strong_text > parent.strong_text:
            parent.strong_text = f.strong_text
        # a box of other news, announced by a heading of its own
        if f.cut_from >= 0:
            if t <= f.cut_len:  # nothing but the heading: the box goes on above
                if parent is not None and parent.cut_from < 0:
                    parent.cut_from, parent.cut_len, parent.cut_rec = f.seg0, t, f.rec
            else:
                self._truncate(f.cut_from, f.cut_rec)
                n = len(self.segs)
                t = self._cum(n, self.cum_text) - self._cum(f.seg0, self.cum_text)
                link = self._cum(n, self.cum_link) - self._cum(f.seg0, self.cum_link)
        if f.tag in ("ul", "ol", "menu", "dl") and t and link > 0.6 * t:
            f.drop = True
        elif f.tag == "form" and (t < 1000 or link > 0.5 * t):
            f.drop = True  # a search box, a login; not an ASP.NET page's wrapper
        if f.drop and f.strong_text < 300 and f.tag != "#root":
            self._truncate(f.seg0, f.rec)
            if f.block:
                self._break(_BLOCKBREAK)
            if f.cut_from >= 0 and parent is not None and parent.cut_from < 0:
                parent.cut_from, parent.cut_len, parent.cut_rec = f.seg0, 0, f.rec
            return f.tag
        r = f.rec
        self.r_seg1[r] = n
        self.r_text[r] = t
        self.r_link[r] = link
        text: str | None = None
        if 0 < t <= 300 and n - f.seg0 <= 400:
            if f.block and t <= 60 and parent is not None:
                text = self.text_of(f.seg0, n)
                if _fold(text) in _other_news() and parent.cut_from < 0:
                    parent.cut_from, parent.cut_len, parent.cut_rec = f.seg0, t, f.rec
            if (f.title_like and link * 2 < t and f.tag != "a") or f.date_like:
                text = text if text is not None else self.text_of(f.seg0, n)
                first, last = self.segs[f.seg0], self.segs[n - 1]
                if f.title_like and len(text) >= 5 and len(self.candidates) < 500:
                    kind = "h1" if f.tag == "h1" else "title"
                    self.candidates.append(_Candidate(kind, f.seg0, n, first, last, text))
                if (
                    f.date_like
                    and len(text) <= 100
                    and _DATE_TEXT.search(text)
                    and len(self.candidates) < 500
                ):
                    self.candidates.append(_Candidate("date", f.seg0, n, first, last, text))
        if f.block:
            own = (t - link) - (f.child_text - f.child_link)
            if own >= 25 or (f.tag == "p" and own >= 10):
                self.r_score[r] += own
                pr = self.r_parent[r]
                if pr >= 0:
                    self.r_score[pr] += own
                    gr = self.r_parent[pr]
                    if gr >= 0:
                        self.r_score[gr] += own / 2
            for depth in range(1, min(len(self.stack), 12) + 1):
                anc = self.stack[-depth]
                if anc.block:
                    anc.child_text += t
                    anc.child_link += link
                    break
            self._break(_BLOCKBREAK)
        return f.tag

    # -- the pass ----------------------------------------------------------------------

    def run(self) -> None:
        self.begin()
        html, pos, end = self.html, self.start, self.end
        search = _TOKEN.search
        while pos < end:
            m = search(html, pos, end)
            if m is None:
                self._text(pos, end)
                break
            if m.start() > pos:
                self._text(pos, m.start())
            if m.group(1):  # comment
                close = html.find("-->", m.end(), end)
                pos = end if close < 0 else close + 3
            elif m.group(2):  # CDATA: text in foreign content, a comment elsewhere
                close = html.find("]]>", m.end(), end)
                pos = end if close < 0 else close + 3
            elif m.group(3):  # doctype, processing instruction, bogus comment
                close = html.find(">", m.end(), end)
                pos = end if close < 0 else close + 1
            else:
                rest = _TAG_REST.match(html, m.end(), end)
                e = rest.end() if rest else m.end()
                tag_end = min(e + 1, end)
                tag = m.group(5).lower()
                if m.group(4):  # an end tag
                    self._close(tag)
                    pos = tag_end
                    continue
                body = html[m.end() : e]
                closed = body.endswith("/")
                pos = tag_end
                if tag == "br":
                    self._break(_LINE)
                    continue
                attrs = _attrs(body) if ("=" in body or "hidden" in body) else {}
                if tag == "meta":
                    self._meta(attrs)
                    continue
                if tag in _VOID:
                    if tag == "hr":
                        self._break(_BLOCKBREAK)
                    continue
                if tag in _RAW and not closed:
                    close_m = _raw_end(tag).search(html, pos, end)
                    inner_end = close_m.start() if close_m else end
                    self._raw(tag, attrs, pos, inner_end)
                    pos = close_m.end() if close_m else end
                    continue
                self._open(tag, attrs)
                if closed:
                    self._pop()
        while self.stack:
            self._pop()

    def begin(self) -> None:
        """Open the root that every element lies in (so a top-level box of other news
        has a container to end)."""
        self.r_parent.append(-1)
        for lst in (self.r_seg0, self.r_seg1, self.r_text, self.r_link):
            lst.append(0)
        self.r_score.append(0.0)
        self.r_hint.append(1.0)
        self.r_strong.append(False)
        self.stack.append(_Frame("#root", 0, 0))
        self.open_count["#root"] = 1

    def _raw(self, tag: str, attrs: dict[str, str], a: int, b: int) -> None:
        """An element whose content is not page text: the page's ``<title>`` and its
        JSON-LD are kept as metadata, the rest (scripts, styles, ...) left out."""
        if tag == "title" and self.title_tag is None:
            self.title_tag = " ".join(unescape(self.html[a:b]).split())
        elif tag == "script" and "ld+json" in attrs.get("type", "").lower():
            with contextlib.suppress(ValueError, RecursionError):
                self.jsonld.append(json.loads(self.html[a:b]))

    def _meta(self, attrs: dict[str, str]) -> None:
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        content = attrs.get("content")
        if key and content is not None:
            self.meta.setdefault(key, unescape(content).strip())


def _decode_entity(ent: str) -> tuple[str, int] | None:
    """``(decoded text, characters of ent used)``, or None when ent is no entity."""
    if ent[1] == "#":
        return unescape(ent), len(ent)
    name = ent[1:]
    if name.endswith(";") and name in html5:
        return html5[name], len(ent)
    bare = name.rstrip(";")
    for k in range(min(len(bare), 32), 1, -1):  # a legacy name without ';' ("&nbspx")
        if bare[:k] in html5:
            return html5[bare[:k]], k + 1
    return None


# --------------------------------------------------------------------------------------
# Laying the text out


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.length = 0
        self.synthetic: list[Span] = []
        self.seams: list[int] = []

    def add(self, text: str, starts: list[int] | None, ends: list[int] | None) -> None:
        if starts is None or ends is None:
            if text.strip():
                self.synthetic.append((self.length, self.length + len(text)))
            starts = ends = [-1] * len(text)
        self.parts.append(text)
        self.starts.extend(starts)
        self.ends.extend(ends)
        self.length += len(text)

    def sep(self, text: str) -> None:
        """A line separator, mapped to the HTML between the lines around it (set when
        the next line comes)."""
        prev = self.ends[-1] if self.ends else -1
        self.parts.append(text)
        self.starts.extend([prev] * len(text))
        self.ends.extend([-2] * len(text))  # filled in by the next line
        self.length += len(text)

    def line(self, text: str, starts: list[int] | None, ends: list[int] | None) -> None:
        nxt = starts[0] if starts else -1
        i = len(self.ends) - 1
        while i >= 0 and self.ends[i] == -2:
            if self.starts[i] < 0 or nxt < 0 or nxt <= self.starts[i]:
                self.starts[i] = self.ends[i] = -1
            else:
                self.ends[i] = nxt
            i -= 1
        self.add(text, starts, ends)

    def seam(self) -> None:
        """The next line does not follow this one in the HTML."""
        self.seams.append(self.length)

    def done(self) -> tuple[str, list[int], list[int]]:
        i = len(self.ends) - 1
        while i >= 0 and self.ends[i] == -2:  # a separator that no line followed
            self.starts[i] = self.ends[i] = -1
            i -= 1
        return "".join(self.parts), self.starts, self.ends


def _lines(
    p: _Parser, ranges: list[tuple[int, int]]
) -> Iterator[tuple[int, str, list[int], list[int], int]]:
    """``(break before, line, starts, ends, range)`` for each non-blank line of the
    segments in ``ranges``, whitespace collapsed within the line."""
    segs, maps = p.segs, p.maps
    pending = 0
    buf: list[str] = []
    st: list[int] = []
    en: list[int] = []

    def flush() -> tuple[str, list[int], list[int]] | None:
        raw = "".join(buf)
        if not _UNTIDY.search(raw):  # single spaces only: as it stands
            return (raw, st, en) if raw else None
        if not _WORD.search(raw):
            return None
        out: list[str] = []
        s2: list[int] = []
        e2: list[int] = []
        prev_end = -1
        for m in _SPACED.finditer(raw):  # words with single spaces between, as they stand
            a, b = m.span()
            if out:
                out.append(" ")
                s2.append(prev_end)
                e2.append(st[a])
            out.append(m.group())
            s2.extend(st[a:b])
            e2.extend(en[a:b])
            prev_end = en[b - 1]
        return "".join(out), s2, e2

    first = True
    ri = 0
    for ri, (r0, r1) in enumerate(ranges):
        for text, a, b in segs[r0:r1]:
            if a == -1:  # a break
                got = flush() if buf else None
                buf, st, en = [], [], []
                if got is not None:
                    yield (0 if first else max(pending, _LINE)), *got, ri
                    first = False
                    pending = b
                else:
                    pending = max(pending, b)
                continue
            buf.append(text)
            if b == -1:
                st.extend(range(a, a + len(text)))
                en.extend(range(a + 1, a + len(text) + 1))
            elif b == _MAPPED:
                st.extend(maps[a][0])
                en.extend(maps[a][1])
            else:
                st.extend([a] * len(text))
                en.extend([b] * len(text))
        if buf:  # a range ends a line
            got = flush()
            buf, st, en = [], [], []
            if got is not None:
                yield (0 if first else max(pending, _LINE)), *got, ri
                first = False
                pending = _BLOCKBREAK
    if buf:
        got = flush()
        if got is not None:
            yield (0 if first else max(pending, _LINE)), *got, ri


# --------------------------------------------------------------------------------------
# Choosing the article


def _best(p: _Parser) -> int | None:
    """The record of the element holding the article: an ``<article>`` or
    ``itemprop=articleBody`` with text, else the best by paragraph text, links and class."""
    n = len(p.r_parent)
    strong = [r for r in range(n) if p.r_strong[r] and p.r_text[r] >= 100]
    if strong:
        # the innermost strong element that holds most of the strong text
        top = max(p.r_text[r] for r in strong)
        fit = [r for r in strong if p.r_text[r] >= 0.6 * top]
        return max(fit, key=lambda r: p.r_seg0[r])
    best, best_score = None, 0.0
    for r in range(n):
        score = p.r_score[r]
        if score <= 0:
            continue
        t = p.r_text[r]
        density = p.r_link[r] / t if t else 1.0
        score *= (1.0 - density) * p.r_hint[r]
        if score > best_score:
            best, best_score = r, score
    return best


def _valid(p: _Parser, c: _Candidate) -> bool:
    return (
        c.seg1 <= len(p.segs)
        and p.segs[c.seg0] is c.first
        and p.segs[c.seg1 - 1] is c.last
        and c.seg0 < c.seg1
    )


def _nearest(
    p: _Parser, kinds: tuple[str, ...], anchor: int, limit: int, within: tuple[int, int] | None
) -> _Candidate | None:
    """The candidate of ``kinds`` nearest to segment ``anchor`` (in text characters,
    at most ``limit``), h1 before other titles."""
    best, best_d = None, float("inf")
    for c in p.candidates:
        if c.kind not in kinds or not _valid(p, c):
            continue
        if within is not None and not (within[0] <= c.seg0 and c.seg1 <= within[1]):
            continue
        if c.seg1 <= anchor:
            d = p._cum(anchor, p.cum_text) - p._cum(c.seg1, p.cum_text)
        else:
            d = p._cum(c.seg0, p.cum_text) - p._cum(anchor, p.cum_text)
        if d > limit:
            continue
        d += 0 if c.kind != "title" else 50
        if d < best_d:
            best, best_d = c, d
    return best


def _date_near(p: _Parser, title: _Candidate | None, body0: int) -> _Candidate | None:
    """The date-classed element nearest after the title (or the body's start), else the
    nearest before it: a site's own "today" line above the title loses to the
    article's date line below it."""
    a0, a1 = (title.seg0, title.seg1) if title is not None else (body0, body0)
    best, best_d = None, 1500
    for c in p.candidates:
        if c.kind != "date" or not _valid(p, c):
            continue
        if c.seg0 >= a1:
            d = p._cum(c.seg0, p.cum_text) - p._cum(a1, p.cum_text)
        elif c.seg1 <= a0:
            d = p._cum(a0, p.cum_text) - p._cum(c.seg1, p.cum_text) + 200
        else:
            continue
        if d < best_d:
            best, best_d = c, d
    return best


# --------------------------------------------------------------------------------------
# Metadata


def _jsonld_fields(data: object) -> dict[str, str]:
    out: dict[str, str] = {}
    todo = [data]
    seen = 0
    while todo and seen < 200:
        node = todo.pop()
        seen += 1
        if isinstance(node, list):
            todo.extend(reversed(node))
        elif isinstance(node, dict):
            if "@graph" in node:
                todo.append(node["@graph"])
            for key in ("datePublished", "headline"):
                value = node.get(key)
                if isinstance(value, str) and key not in out:
                    out[key] = value
            author = node.get("author")
            if author is not None and "author" not in out:
                raw_names = [
                    a.get("name") if isinstance(a, dict) else a
                    for a in (author if isinstance(author, list) else [author])
                ]
                names = [n for n in raw_names if isinstance(n, str) and n.strip()]
                if names:
                    out["author"] = ", ".join(n.strip() for n in names)
    return out


_DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "itemprop:datepublished",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date.issued",
    "dc.date",
    "date",
    "jsonld:datepublished",
    "time:datetime",
)


# --------------------------------------------------------------------------------------
# Putting it together


def _fold_text(s: str) -> str:
    return " ".join(unicodedata.normalize("NFC", s).split()).lower()


def _mapped_value(raw: str, start: int, value: str) -> tuple[str, list[int], list[int]] | None:
    """A front matter value standing one for one at ``raw[start:]``, entities decoded
    and whitespace collapsed, with its map."""
    p = _Parser(raw, start, start + len(value))
    p.run()
    got = list(_lines(p, [(0, len(p.segs))]))
    if len(got) != 1:
        return None
    return got[0][1], got[0][2], got[0][3]


def convert(html: str) -> Markup:
    """The plain text of a page, fragment or CMS export, laid out as the portals
    render an article, with the map back into ``html``.

    >>> m = convert("<h1>Hội nghị</h1><p>Ông A &amp; bà B</p>")
    >>> m.text
    'Hội nghị\\n\\nÔng A & bà B'
    >>> s = m.text.index("&")
    >>> m.html_span((s, s + 1)), '<h1>Hội nghị</h1><p>Ông A &amp; bà B</p>'[26:31]
    ((26, 31), '&amp;')
    """
    front = split_front_matter(html)
    start = front.end if front is not None else 0
    p = _Parser(html, start, len(html))
    p.run()
    meta = dict(p.meta)
    for data in p.jsonld:
        for key, value in _jsonld_fields(data).items():
            meta.setdefault("jsonld:" + key.lower(), value)

    fm = front.fields if front is not None else {}
    published_raw = fm.get("date") or fm.get("pubdate") or fm.get("published")
    if published_raw is None:
        published_raw = next((meta[k] for k in _DATE_KEYS if meta.get(k)), None)
    when = site_time(published_raw)

    title_meta = fm.get("title")
    if not isinstance(title_meta, str) or not title_meta.strip():
        title_meta = (
            meta.get("og:title") or meta.get("jsonld:headline") or meta.get("twitter:title")
        )
    desc = fm.get("description")
    description = desc if isinstance(desc, str) else None
    author = meta.get("jsonld:author") or meta.get("author") or meta.get("article:author")
    if author and (author.startswith("http") or len(author) > 80):
        author = None
    if isinstance(fm.get("author"), str) and fm["author"]:
        author = str(fm["author"])

    n = len(p.segs)
    body0, body1 = 0, n
    title_c: _Candidate | None = None
    if p.whole_page:
        best = _best(p)
        if best is not None:
            body0, body1 = p.r_seg0[best], p.r_seg1[best]
            title_c = _nearest(p, ("h1", "title"), body0, 600, None)
            if title_c is not None and front is None:
                if title_meta and _fold_text(title_c.text) != _fold_text(str(title_meta)):
                    match = next(
                        (
                            c
                            for c in p.candidates
                            if c.kind in ("h1", "title")
                            and _valid(p, c)
                            and _fold_text(c.text) == _fold_text(str(title_meta))
                        ),
                        None,
                    )
                    title_c = match or title_c
                body0 = min(body0, title_c.seg0)
    elif front is None:
        title_c = _nearest(p, ("h1",), 0, 300, None)
    skip: list[tuple[int, int]] = []
    if title_c is not None:
        skip.append((title_c.seg0, title_c.seg1))
        if title_c.seg0 >= body0:
            body0 = title_c.seg1
    date_c = None
    if p.whole_page:
        date_c = _date_near(p, title_c, body0)
        if date_c is not None:
            skip.append((date_c.seg0, date_c.seg1))  # the date line, not a body line
            shown = site_time(_DATE_TEXT.search(date_c.text).group())  # type: ignore[union-attr]
            if when is not None and (
                not _CLOCK.search(date_c.text) or shown is None or shown[0][:10] != when[0][:10]
            ):
                date_c = None  # the metadata's time says more, or the page disagrees
    ranges: list[tuple[int, int]] = []
    pos = body0
    for a, b in sorted(skip):
        if b <= pos or a >= body1:
            continue
        if a > pos:
            ranges.append((pos, a))
        pos = max(pos, b)
    if pos < body1:
        ranges.append((pos, body1))

    out = _Builder()
    head = 0  # lines written before the body

    def put(text: str, starts: list[int] | None, ends: list[int] | None, brk: str) -> None:
        nonlocal head
        if out.length:
            out.seam()
            out.sep(brk)
        out.line(text, starts, ends)
        head += 1

    # title
    if front is not None and isinstance(fm.get("title"), str) and str(fm["title"]).strip():
        title = str(fm["title"])
        mapped = None
        if "title" in front.spans:
            mapped = _mapped_value(html, front.spans["title"], title)
        if mapped is not None and mapped[0] == " ".join(title.split()):
            put(*mapped, "\n")
        else:
            put(" ".join(unescape(title).split()), None, None, "\n")
    elif title_c is not None:
        got = list(_lines(p, [(title_c.seg0, title_c.seg1)]))
        if got:
            put(" ".join(g[1] for g in got), *_join_map(got), "\n")
    elif title_meta:
        put(" ".join(unescape(str(title_meta)).split()), None, None, "\n")
    # date line
    got = list(_lines(p, [(date_c.seg0, date_c.seg1)])) if date_c is not None else []
    if got:
        put(" ".join(g[1] for g in got), *_join_map(got), "\n")
    elif when is not None:
        put(when[1], None, None, "\n")
    body = list(_lines(p, ranges))
    # lead
    if description and description.strip():
        lead = " ".join(unescape(description).split())
        first_body = body[0][1] if body else ""
        if not _fold_text(first_body).startswith(_fold_text(lead)[:200]):
            mapped = None
            if front is not None and "description" in front.spans:
                mapped = _mapped_value(html, front.spans["description"], description)
            if mapped is not None and mapped[0] == lead:
                put(*mapped, "\n\n")
            else:
                put(lead, None, None, "\n\n")
    last_range = -1
    for i, (brk, text, st, en, ri) in enumerate(body):
        if out.length:
            if i == 0 or ri != last_range:
                out.seam()
            out.sep("\n\n" if (i == 0 or brk == _BLOCKBREAK) else "\n")
        out.line(text, st, en)
        last_range = ri
    text, starts, ends = out.done()
    return Markup(
        text=text,
        starts=starts,
        ends=ends,
        title=" ".join(unescape(str(title_meta)).split()) if title_meta else p.title_tag,
        published=when[0] if when else None,
        author=author,
        description=" ".join(unescape(description).split()) if description else None,
        site_name=meta.get("og:site_name"),
        whole_page=p.whole_page,
        synthetic=out.synthetic,
        seams=out.seams,
    )


def _join_map(
    got: list[tuple[int, str, list[int], list[int], int]],
) -> tuple[list[int], list[int]]:
    """The map of lines joined by single spaces (a title cut by ``<br>``)."""
    st: list[int] = []
    en: list[int] = []
    for i, (_, _, s, e, _) in enumerate(got):
        if i:
            st.append(en[-1])
            en.append(s[0])
        st.extend(s)
        en.extend(e)
    return st, en


# --------------------------------------------------------------------------------------
# Telling HTML from text

_TAGLIKE = re.compile(
    r"</?(?:p|div|br|span|a|b|i|em|strong|font|li|ul|ol|table|tr|td|th|h[1-6]|img|html|body|"
    r"head|script|style|section|article|figure|figcaption|meta|link|iframe|center)(?=[\s/>])"
    r"[^<>]{0,500}>",
    re.I,
)
_ENTITYLIKE = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is clearly HTML: three tags or more, or a tag and an entity.
    A stray ``<`` or a lone ``<b>`` is not enough.

    >>> looks_like_html("<p>Dân vận</p><p>Khéo</p>"), looks_like_html("1 < 2 và 3 > 2")
    (True, False)
    """
    found = 0
    for _ in _TAGLIKE.finditer(text):
        found += 1
        if found >= 3:
            return True
    return found >= 1 and _ENTITYLIKE.search(text) is not None
