"""A review page a person can read: the article with every extracted item marked in it.

:func:`to_html` gives one self-contained HTML page (inline CSS and a few lines of inline
script, nothing loaded from the network) with the article's text, each item highlighted
in its kind's colour (officials and their titles, dates, periods, awards, statistics,
places, the event, the headline's metadata) and its value shown on hover, and beside the
text the record as tables; a row and its marks light up together. Items that overlap are
nested, and an item that crosses another's edge is drawn in pieces, so neither is lost.

>>> from dan_van_extract import extract
>>> from dan_van_extract.review import to_html
>>> text = "Sáng 12/3, đồng chí Nguyễn Văn A, Trưởng Ban Dân vận, dự hội nghị."
>>> page = to_html(text, extract(text, reference_date="2024-03-20"))
>>> page.startswith("<!DOCTYPE html>") and 'data-ids="dates[0]' in page
True

``dan-van-extract review FILE... -o review.html`` writes one page for many articles.
"""

from __future__ import annotations

import argparse
import html
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models import Document

__all__ = ["KINDS", "Mark", "marks", "render_page", "review_command", "to_html"]

PROG = "dan-van-extract"

KINDS: dict[str, tuple[str, str]] = {
    "official": ("#1f5fbf", "officials"),
    "title": ("#0f8b8d", "titles"),
    "date": ("#d9730d", "dates"),
    "period": ("#8a8a00", "periods"),
    "award": ("#c7253e", "awards"),
    "statistic": ("#2b8a3e", "statistics"),
    "place": ("#7b3fb5", "places"),
    "event": ("#8c564b", "event"),
    "meta": ("#6b6b6b", "headline, source, author, views"),
}
"""Kind of mark -> (colour, what the legend calls it)."""

TITLE_WINDOW = 300
"""How far (in characters) from one of a person's mentions a title is looked for."""


@dataclass(frozen=True)
class Mark:
    """One extracted item's place in the text, as the review page marks it."""

    key: str
    """Where it is in the record: ``statistics[1]``, ``officials[0].mentions[2]``,
    ``event.date``, ``provenance.title``; a title located in the text by the page:
    ``officials[0].titles[1]``."""
    kind: str
    """One of :data:`KINDS`."""
    start: int
    end: int
    tip: str
    """What it was read as, shown on hover."""


def _fmt_num(x: float | None) -> str:
    """A number as the record holds it, grouped by thin spaces (read the same way in
    Vietnamese and in English): 239841.0 -> '239 841', 7.51 -> '7.51'."""
    if x is None:
        return ""
    if float(x).is_integer():
        return f"{int(x):,}".replace(",", "\u202f")
    return repr(float(x))


def _join(*parts: object, sep: str = "; ") -> str:
    """The parts that are there (not None, False or empty), joined."""
    return sep.join(str(p) for p in parts if p is not None and p is not False and p != "")


def _locate(text: str, needle: str, near: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The occurrence of ``needle`` closest to one of the spans ``near``, within
    :data:`TITLE_WINDOW` characters; None when there is none."""
    best: tuple[int, tuple[int, int]] | None = None
    for s, e in near:
        lo = max(0, s - TITLE_WINDOW - len(needle))
        hi = min(len(text), e + TITLE_WINDOW + len(needle))
        i = text.find(needle, lo, hi)
        while i != -1:
            j = i + len(needle)
            gap = s - j if j <= s else (i - e if i >= e else 0)
            if gap >= 0 and (best is None or gap < best[0]):
                best = (gap, (i, j))
            i = text.find(needle, i + 1, hi)
    return None if best is None else best[1]


def marks(text: str, doc: Document) -> list[Mark]:
    """Every item of ``doc`` that has a place in ``text``, as :class:`Mark` s.

    All the items with a span (as :func:`~dan_van_extract.models.iter_text_spans` lists
    them) come with their own span. An official's titles are strings in the record;
    the page looks for each next to one of that person's mentions and marks it there
    (key ``officials[i].titles[k]``) when it is written out in full.
    """
    out: list[Mark] = []

    def add(key: str, kind: str, item: Any, tip: str) -> None:
        if item is None:
            return
        s, e = item.span
        if 0 <= s < e <= len(text):
            out.append(Mark(key, kind, s, e, tip))

    pv = doc.provenance
    add("provenance.title", "meta", pv.title, "headline")
    add("provenance.source", "meta", pv.source, f"source: {doc.source}")
    add("provenance.author", "meta", pv.author, f"author: {doc.author}")
    add("provenance.views", "meta", pv.views, f"views: {_fmt_num(doc.views)}")
    if doc.published is not None:
        add("published", "date", doc.published, f"published: {doc.published.value}")
    ev = doc.event
    if ev is not None:
        add(
            "event",
            "event",
            ev,
            _join(
                f"event: {ev.type or '(unnamed)'}",
                ev.date and f"on {ev.date.value}",
                ev.organizer and f"organised by {ev.organizer}",
                ev.chair and f"chaired by {ev.chair}",
            ),
        )
        if ev.date is not None:
            d = ev.date
            add(
                "event.date",
                "date",
                d,
                _join(
                    f"event date: {d.value}",
                    d.time_of_day,
                    "year inferred from the text" if d.year_inferred else None,
                ),
            )
    for i, dm in enumerate(doc.dates):
        add(f"dates[{i}]", "date", dm, f"date: {dm.value} ({dm.role})")
    for i, p in enumerate(doc.periods):
        add(f"periods[{i}]", "period", p, _join(f"period: {p.start} to {p.end}", p.kind))
    for i, off in enumerate(doc.officials):
        who = _join(off.name, "; ".join(off.titles), sep=", ")
        roles = f"roles: {', '.join(off.roles)}" if off.roles else None
        for j, m in enumerate(off.mentions):
            kind = "title" if m.kind == "title" else "official"
            label = "official" if m.kind == "name" else f"official ({m.kind.replace('_', ' ')})"
            add(f"officials[{i}].mentions[{j}]", kind, m, _join(f"{label}: {who}", roles))
        near = [tuple(m.span) for m in off.mentions]
        for k, title in enumerate(off.titles):
            where = _locate(text, title, near) if title else None  # type: ignore[arg-type]
            if where is not None:
                out.append(
                    Mark(f"officials[{i}].titles[{k}]", "title", *where, f"title of {off.name}")
                )
    for i, a in enumerate(doc.awards):
        counts = _join(
            a.collectives is not None and f"{a.collectives} tập thể",
            a.individuals is not None and f"{a.individuals} cá nhân",
            a.total is not None and f"{a.total} tập thể và cá nhân",
            sep=", ",
        )
        tip = _join(
            f"award: {a.form}",
            a.name and f"“{a.name}”",
            a.issuer and f"from {a.issuer}",
            counts,
            a.reason,
        )
        add(f"awards[{i}]", "award", a, tip)
        for j, again in enumerate(a.mentions):
            add(f"awards[{i}].mentions[{j}]", "award", again, f"{tip} (mentioned again)")
    for i, st in enumerate(doc.statistics):
        qual = {"over": "more than", "under": "less than", "approx": "about"}
        value = _fmt_num(st.value) + (f" to {_fmt_num(st.value_max)}" if st.value_max else "")
        words = [qual.get(st.qualifier or ""), value, st.unit]
        tip = _join(
            "statistic: "
            + " ".join(w for w in words if w)
            + (f", out of {_fmt_num(st.total)}" if st.total is not None else ""),
            st.multiplier and f"= {_fmt_num(st.scaled_value)} {st.base_unit}",
        )
        add(f"statistics[{i}]", "statistic", st, tip)
    for i, loc in enumerate(doc.locations):
        level = loc.level + (
            f" in {loc.province}" if loc.province and loc.province != loc.name else ""
        )
        add(f"locations[{i}]", "place", loc, f"place: {loc.name} ({level})")
    return out


# --- rendering -------------------------------------------------------------------------


def _esc(s: object) -> str:
    return html.escape("" if s is None else str(s))


def _text(s: str) -> str:
    """Article text for the page: escaped, with carriage returns kept as characters."""
    return html.escape(s, quote=False).replace("\r", "&#13;")


def _anchor(prefix: str, key: str) -> str:
    return f"{prefix}-" + key.replace("].", "-").replace("[", "-").replace("]", "").replace(
        ".", "-"
    )


@dataclass
class _Group:
    start: int
    end: int
    marks: list[Mark]


def _marked_text(text: str, items: list[Mark], prefix: str) -> str:
    """The text with ``<mark>`` elements, nested; a mark crossing another's edge is closed
    there and opened again (class ``cont``), so every element is well nested."""
    by_span: dict[tuple[int, int], _Group] = {}
    for m in items:
        by_span.setdefault((m.start, m.end), _Group(m.start, m.end, [])).marks.append(m)
    starting: dict[int, list[_Group]] = {}
    for g in by_span.values():
        starting.setdefault(g.start, []).append(g)
    for gs in starting.values():
        gs.sort(key=lambda g: -g.end)  # the longer outside
    bounds = sorted({g.start for g in by_span.values()} | {g.end for g in by_span.values()})
    opened: set[int] = set()
    out: list[str] = []
    stack: list[_Group] = []

    def open_(g: _Group) -> None:
        first = id(g) not in opened
        opened.add(id(g))
        kinds = sorted({m.kind for m in g.marks}, key=list(KINDS).index)
        attrs = [
            f'class="k-{kinds[0]}{"" if first else " cont"}"',
            f'data-ids="{_esc(" ".join(m.key for m in g.marks))}"',
            f'data-kinds="{" ".join(kinds)}"',
            f'data-depth="{min(len(stack), 5)}"',
            f'title="{_esc(chr(10).join(m.tip for m in g.marks))}"',
        ]
        if first:
            attrs.insert(0, f'id="{_anchor(prefix, g.marks[0].key)}"')
        out.append(f"<mark {' '.join(attrs)}>")
        stack.append(g)

    pos = 0
    for p in bounds:
        out.append(_text(text[pos:p]))
        pos = p
        ending = [i for i, g in enumerate(stack) if g.end == p]
        if ending:
            lo = ending[0]
            out.append("</mark>" * (len(stack) - lo))
            survivors = [g for g in stack[lo:] if g.end != p]
            del stack[lo:]
            for g in sorted(survivors, key=lambda g: -g.end):
                open_(g)
        for g in starting.get(p, []):
            open_(g)
    out.append(_text(text[pos:]))
    return "".join(out)


def _row(keys: list[str], prefix: str, cells: list[object]) -> str:
    ids = " ".join(keys)
    first = (
        f'<a href="#{_anchor(prefix, keys[0])}">{_esc(cells[0])}</a>' if keys else _esc(cells[0])
    )
    rest = "".join(f"<td>{_esc(c)}</td>" for c in cells[1:])
    return f'<tr data-ids="{_esc(ids)}"><td>{first}</td>{rest}</tr>'


def _table(title: str, kind: str, head: list[str], rows: list[str]) -> str:
    if not rows:
        return ""
    th = "".join(f"<th>{_esc(h)}</th>" for h in head)
    return (
        f'<h3><span class="swatch k-{kind}"></span>{_esc(title)} ({len(rows)})</h3>'
        f'<table class="rec"><thead><tr>{th}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )


def _record(doc: Document, shown: set[str], prefix: str) -> str:
    """The record beside the text: a summary, then a table per kind of item."""

    def keys(*ks: str) -> list[str]:
        return [k for k in ks if k in shown]

    ev = doc.event
    summary = [
        ("title", doc.title, keys("provenance.title")),
        ("source", doc.source, keys("provenance.source")),
        ("author", doc.author, keys("provenance.author")),
        ("views", _fmt_num(doc.views) if doc.views is not None else None, keys("provenance.views")),
        ("published", doc.published and doc.published.value, keys("published")),
        ("event", ev and ev.type, keys("event")),
        ("event date", ev and ev.date and ev.date.value, keys("event.date")),
        ("organiser", ev and ev.organizer, []),
        ("chair", ev and ev.chair, []),
        ("province", doc.province, []),
    ]
    rows = []
    for label, value, ks in summary:
        if value is None:
            continue
        cell = f'<a href="#{_anchor(prefix, ks[0])}">{_esc(value)}</a>' if ks else _esc(value)
        rows.append(f'<tr data-ids="{_esc(" ".join(ks))}"><th>{label}</th><td>{cell}</td></tr>')
    parts = [f'<table class="summary"><tbody>{"".join(rows)}</tbody></table>']

    off_rows = []
    for i, off in enumerate(doc.officials):
        ks = keys(
            *(f"officials[{i}].mentions[{j}]" for j in range(len(off.mentions))),
            *(f"officials[{i}].titles[{k}]" for k in range(len(off.titles))),
        )
        titles = "; ".join(off.titles)
        off_rows.append(_row(ks, prefix, [off.name, titles, ", ".join(off.roles)]))
    parts.append(_table("Officials", "official", ["name", "titles", "roles"], off_rows))
    parts.append(
        _table(
            "Awards",
            "award",
            ["form", "issuer", "tập thể", "cá nhân", "total", "reason"],
            [
                _row(
                    keys(
                        f"awards[{i}]",
                        *(f"awards[{i}].mentions[{j}]" for j in range(len(a.mentions))),
                    ),
                    prefix,
                    [
                        a.form + (f" “{a.name}”" if a.name else ""),
                        a.issuer,
                        a.collectives,
                        a.individuals,
                        a.total,
                        a.reason,
                    ],
                )
                for i, a in enumerate(doc.awards)
            ],
        )
    )
    parts.append(
        _table(
            "Statistics",
            "statistic",
            ["as written", "value", "unit", "of", "qualifier"],
            [
                _row(
                    keys(f"statistics[{i}]"),
                    prefix,
                    [
                        s.text,
                        _fmt_num(s.value)
                        + (f"–{_fmt_num(s.value_max)}" if s.value_max is not None else ""),
                        s.unit,
                        _fmt_num(s.total),
                        s.qualifier,
                    ],
                )
                for i, s in enumerate(doc.statistics)
            ],
        )
    )
    parts.append(
        _table(
            "Dates",
            "date",
            ["as written", "value", "role"],
            [
                _row(keys(f"dates[{i}]"), prefix, [d.text, d.value, d.role])
                for i, d in enumerate(doc.dates)
            ],
        )
    )
    parts.append(
        _table(
            "Periods",
            "period",
            ["as written", "from", "to"],
            [
                _row(keys(f"periods[{i}]"), prefix, [p.text, p.start, p.end])
                for i, p in enumerate(doc.periods)
            ],
        )
    )
    parts.append(
        _table(
            "Places",
            "place",
            ["as written", "name", "level", "province"],
            [
                _row(keys(f"locations[{i}]"), prefix, [loc.text, loc.name, loc.level, loc.province])
                for i, loc in enumerate(doc.locations)
            ],
        )
    )
    return "".join(parts)


def _article(text: str, doc: Document, ident: str, prefix: str) -> tuple[str, int]:
    """The article's section of the page, and how many items it marks."""
    items = marks(text, doc)
    shown = {m.key for m in items}
    heading = doc.title or ident
    section = (
        f'<section class="article" id="{prefix}" data-id="{_esc(ident)}">'
        f"<header><h2>{_esc(heading)}</h2>"
        f'<p class="meta">{_esc(ident)} · {len(items)} items marked · '
        f"{len(text):,} characters</p></header>"
        f'<div class="cols"><div class="text" lang="vi">{_marked_text(text, items, prefix)}</div>'
        f'<aside class="record" lang="vi">{_record(doc, shown, prefix)}</aside></div></section>'
    )
    return section, len(items)


_CSS = """
.dve{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;
 color:#1d1d1f;background:#fff}
.dve *{box-sizing:border-box}
.dve .top{position:sticky;top:0;z-index:2;background:#fafafa;border-bottom:1px solid #ddd;
 padding:.5rem 1rem;display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center}
.dve .top h1{font-size:1.05rem;margin:0 1rem 0 0}
.dve .legend label{white-space:nowrap;cursor:pointer;user-select:none}
.dve .swatch{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:.3em;
 vertical-align:-.05em;background:var(--c)}
.dve nav{padding:.5rem 1rem;font-size:.9rem}
.dve nav ol{margin:.2rem 0;padding-left:1.6rem;columns:2}
.dve .article{padding:1rem;border-bottom:3px solid #eee}
.dve .article h2{font-size:1.2rem;margin:.2rem 0}
.dve .article .meta{color:#666;margin:0 0 .6rem;font-size:.85rem}
.dve .cols{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5rem}
@media (max-width:900px){.dve .cols{grid-template-columns:1fr}}
.dve .text{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,"Noto Serif",
 "DejaVu Serif",serif;font-size:16px;line-height:2.35}
.dve mark{background:color-mix(in srgb,var(--c) 14%,transparent);color:inherit;
 border-bottom:2px solid var(--c);padding:0 1px 2px;border-radius:2px}
.dve mark.cont{border-top-left-radius:0;border-bottom-left-radius:0}
.dve mark[data-depth="1"]{padding-bottom:6px}
.dve mark[data-depth="2"]{padding-bottom:10px}
.dve mark[data-depth="3"]{padding-bottom:14px}
.dve mark[data-depth="4"],.dve mark[data-depth="5"]{padding-bottom:18px}
.dve mark.k-meta{background:none;border-bottom-style:dotted}
.dve mark.hl,.dve tr.hl{outline:2px solid var(--c,#333);background:color-mix(in srgb,
 var(--c,#999) 30%,transparent)}
.dve .k-official{--c:#1f5fbf}.dve .k-title{--c:#0f8b8d}.dve .k-date{--c:#d9730d}
.dve .k-period{--c:#8a8a00}.dve .k-award{--c:#c7253e}.dve .k-statistic{--c:#2b8a3e}
.dve .k-place{--c:#7b3fb5}.dve .k-event{--c:#8c564b}.dve .k-meta{--c:#6b6b6b}
.dve .record{font-size:.88rem;position:sticky;top:3.5rem;align-self:start;
 max-height:calc(100vh - 4rem);overflow:auto}
.dve .record h3{font-size:.95rem;margin:1rem 0 .3rem}
.dve .record table{border-collapse:collapse;width:100%}
.dve .record th,.dve .record td{border-bottom:1px solid #e6e6e6;padding:.15rem .35rem;
 text-align:left;vertical-align:top}
.dve .record thead th{background:#f3f3f3;font-weight:600}
.dve .record .summary th{width:7.5em;color:#555;font-weight:500}
.dve .record a{color:inherit;text-decoration:none;border-bottom:1px dashed #999}
.dve .error{color:#b00020}
"""

_HIDE_CSS = "".join(
    f".dve:has(#dve-show-{k}:not(:checked)) mark.k-{k}{{background:none;border-bottom-color:"
    f"transparent}}"
    for k in KINDS
)

_JS = """
(function(){
 function keys(el){return (el.getAttribute('data-ids')||'').split(' ').filter(Boolean)}
 function mates(el){
  var ks=keys(el),sec=el.closest('.article');if(!ks.length||!sec)return [];
  return Array.prototype.filter.call(sec.querySelectorAll('[data-ids]'),function(o){
   return keys(o).some(function(k){return ks.indexOf(k)>=0})})}
 var lit=[];
 document.addEventListener('mouseover',function(e){
  var el=e.target.closest&&e.target.closest('mark[data-ids],tr[data-ids]');
  lit.forEach(function(o){o.classList.remove('hl')});lit=el?mates(el):[];
  lit.forEach(function(o){o.classList.add('hl')})});
})();
"""


def _legend() -> str:
    boxes = "".join(
        f'<label class="k-{k}"><input type="checkbox" id="dve-show-{k}" checked>'
        f'<span class="swatch"></span>{_esc(label)}</label>'
        for k, (_, label) in KINDS.items()
    )
    return f'<div class="legend">{boxes}</div>'


def _page(title: str, body: str, page: bool) -> str:
    style = f"<style>{_CSS}{_HIDE_CSS}</style>"
    inner = f'<div class="dve">{body}</div>'
    if not page:
        return f"{style}{inner}<script>{_JS}</script>"
    return (
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{_esc(title)}</title>{style}</head>"
        f'<body style="margin:0">{inner}<script>{_JS}</script></body></html>\n'
    )


def render_page(
    articles: Iterable[tuple[str, str, Document | None, str | None]],
    *,
    title: str = "dan_van_extract review",
    page: bool = True,
) -> str:
    """One review page for many articles.

    Args:
        articles: ``(id, text, document, error)`` for each article; an article whose
            document is None is listed with its error.
        title: the page's title.
        page: a whole HTML document (default), or a fragment with its style, to embed
            (e.g. in a notebook with ``IPython.display.HTML``).
    """
    from . import __version__

    sections, nav = [], []
    n_marks = 0
    for n, (ident, text, doc, error) in enumerate(articles):
        prefix = f"a{n}"
        if doc is None:
            sections.append(
                f'<section class="article" id="{prefix}" data-id="{_esc(ident)}"><header>'
                f'<h2>{_esc(ident)}</h2><p class="error">{_esc(error or "no document")}</p>'
                "</header></section>"
            )
            nav.append(f'<li><a href="#{prefix}">{_esc(ident)}</a> (error)</li>')
            continue
        sec, n = _article(text, doc, ident, prefix)
        n_marks += n
        sections.append(sec)
        nav.append(f'<li><a href="#{prefix}">{_esc(doc.title or ident)}</a></li>')
    head = (
        f'<div class="top"><h1>{_esc(title)}</h1><span>{len(sections)} article'
        f"{'s' if len(sections) != 1 else ''}, {n_marks:,} items</span>{_legend()}</div>"
    )
    toc = f"<nav><ol>{''.join(nav)}</ol></nav>" if len(sections) > 1 else ""
    foot = (
        f'<p class="meta" style="padding:0 1rem;color:#777">made by dan_van_extract '
        f"{_esc(__version__)}: hover a mark for what was read; a row lights up its marks.</p>"
    )
    return _page(title, head + toc + "".join(sections) + foot, page)


def to_html(
    text: str,
    doc: Document | None = None,
    *,
    id: str = "article",
    page: bool = True,
    **extract_kwargs: Any,
) -> str:
    """A self-contained HTML review page for one article.

    Args:
        text: the article, exactly the text the document was extracted from.
        doc: its document; extracted here (with ``extract_kwargs``) when None.
        id: a name for the article, shown when it has no title.
        page: a whole HTML document (default), or an embeddable fragment.

    Every item of ``doc`` with a span is marked by kind, its value in the mark's
    ``title`` (shown on hover), and the record is laid out in tables beside the text.
    """
    if doc is None:
        from .pipeline import extract

        doc = extract(text, **extract_kwargs)
    return render_page(
        [(id, text, doc, None)], title=doc.title or "dan_van_extract review", page=page
    )


# --- the `review` command --------------------------------------------------------------


class _InputError(Exception):
    pass


def _read(path: Path | None) -> str:
    name = "<stdin>" if path is None else str(path)
    try:
        data = sys.stdin.buffer.read() if path is None else path.read_bytes()
    except OSError as exc:
        raise _InputError(f"{name}: cannot read: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _InputError(f"{name}: not UTF-8 (bad byte at offset {exc.start})") from None


def _inputs(paths: Sequence[str]) -> Iterator[tuple[str, str | None, Any, str | None]]:
    """``(id, text, document JSON or None, error)`` for each article of the inputs: .txt
    files, folders of them, HTML pages and CMS exports (.html, .htm, .md), JSONL files of
    ``{id, text}`` (a ``document`` given beside the text is used as it is), or ``-`` for
    stdin."""
    for raw in paths:
        path = Path(raw)
        try:
            if raw == "-":
                yield "<stdin>", _read(None), None, None
            elif path.is_dir():
                files = sorted(p for p in path.rglob("*.txt") if p.is_file())
                if not files:
                    raise _InputError(f"{raw}: folder has no .txt files")
                for f in files:
                    try:
                        yield str(f), _read(f), None, None
                    except _InputError as exc:
                        yield str(f), None, None, str(exc)
            elif path.suffix.lower() in (".html", ".htm", ".md"):
                # A page or a CMS export: the record of extract_html, shown over the plain
                # text read from the page (its spans index that text).
                from .pipeline import extract_html

                read = extract_html(_read(path))
                yield raw, read.text, read.model_dump(mode="json"), None
            elif path.suffix in (".jsonl", ".ndjson"):
                for n, line in enumerate(_read(path).splitlines(), 1):
                    if not line.strip():
                        continue
                    where = f"{raw}:{n}"
                    try:
                        rec = json.loads(line)
                    except json.JSONDecodeError as exc:
                        yield where, None, None, f"{where}: not JSON: {exc.msg}"
                        continue
                    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                        yield (
                            where,
                            None,
                            None,
                            (
                                f'{where}: expected an object with "text" (the batch output has no '
                                "text: review the input JSONL or the .txt files instead)"
                            ),
                        )
                        continue
                    doc = rec.get("document", rec.get("doc"))
                    ident = str(rec.get("id", where))
                    yield ident, rec["text"], doc if isinstance(doc, dict) else None, None
            else:
                yield raw, _read(path), None, None
        except _InputError as exc:
            yield raw, None, None, str(exc)


def add_review_arguments(ap: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The ``review`` command's arguments, added to ``ap`` (a parser or a subparser)."""
    ap.description = (
        "Write one self-contained HTML page showing each article with every extracted item "
        "highlighted by kind (the value on hover) and the record as tables beside it."
    )
    ap.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="article .txt files, folders of them, .jsonl files of {id, text}, or - for stdin",
    )
    ap.add_argument("-o", "--output", required=True, help="the HTML file to write (- for stdout)")
    ap.add_argument("--limit", type=int, metavar="N", help="show the first N articles only")
    ap.add_argument("--title", default="dan_van_extract review", help="the page's title")
    ap.add_argument("--reference-date", metavar="YYYY-MM-DD")
    return ap


def review_command(args: argparse.Namespace) -> int:
    """Run ``dan-van-extract review``; the exit status (1 when an article failed)."""
    from .models import Document
    from .pipeline import extract

    def err(msg: str) -> None:
        print(f"{PROG}: error: {msg}", file=sys.stderr)

    if args.limit is not None and args.limit < 1:
        err(f"--limit must be at least 1, not {args.limit}")
        return 2
    failed = 0
    articles: list[tuple[str, str, Document | None, str | None]] = []
    for ident, text, doc_json, error in _inputs(args.files):
        if args.limit is not None and len(articles) >= args.limit:
            break
        if text is None:
            err(error or f"{ident}: no text")
            failed += 1
            continue
        try:
            if doc_json is not None:
                doc = Document.model_validate(doc_json)
            else:
                doc = extract(text, reference_date=args.reference_date)
        except Exception as exc:  # noqa: BLE001 - one article's failure is reported, the page goes on
            err(f"{ident}: {exc}")
            articles.append((ident, text, None, f"{type(exc).__name__}: {exc}"))
            failed += 1
            continue
        articles.append((ident, text, doc, None))
    if not articles:
        err("no article to show")
        return 2
    page = render_page(articles, title=args.title)
    if args.output == "-":
        sys.stdout.write(page)
    else:
        try:
            Path(args.output).write_text(page, encoding="utf-8")
        except OSError as exc:
            err(f"{args.output}: cannot write: {exc.strerror or exc}")
            return 2
        noun = "article" if len(articles) == 1 else "articles"
        print(f"{PROG}: {len(articles)} {noun} -> {args.output}", file=sys.stderr)
    return 1 if failed else 0


def review_main(argv: Sequence[str]) -> int:
    """``dan-van-extract review ARGS``: parse ``argv`` and run the command."""
    ap = add_review_arguments(argparse.ArgumentParser(prog=f"{PROG} review"))
    return review_command(ap.parse_args(list(argv)))
