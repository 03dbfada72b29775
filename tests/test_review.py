"""The review page: every item marked where it stands, overlaps kept, in a real browser.

The browser tests open the page in headless Chromium (Debian's ``chromium``, which
``.ci/run`` installs when it is missing), run a script in the page that reads back, from
the DOM, where each mark stands in the article's text, and take a screenshot whose pixels
must show each kind's colour. Without a browser they are skipped, except in CI (``CI`` set),
where they fail.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ARTICLES, FIXTURES, read
from dan_van_extract import extract, to_html
from dan_van_extract.cli import main
from dan_van_extract.models import Document, iter_text_spans
from dan_van_extract.review import KINDS, Mark, _marked_text, marks, render_page

# --- an article of our own with items that nest and cross ------------------------------

CROSS_TEXT = (
    "Lễ trao Bằng khen tại TP. Hồ Chí Minh\r\n\r\n"
    "Sáng 5/6, Ủy ban MTTQ tổ chức lễ trao Bằng khen của Chủ tịch UBND TP. Hồ Chí Minh "
    "cho 12 tập thể <tiêu biểu> & 30 cá nhân. Ông Trần Văn Bình, Phó Chủ tịch UBND TP. "
    "Hồ Chí Minh, dự và trao thưởng; 😀 kinh phí hơn 2,5 tỷ đồng trong giai đoạn 2021-2025."
)


def _sp(needle: str, nth: int = 0) -> list[int]:
    i = -1
    for _ in range(nth + 1):
        i = CROSS_TEXT.index(needle, i + 1)
    return [i, i + len(needle)]


def _item(needle: str, nth: int = 0, **fields: object) -> dict[str, object]:
    return {"text": needle, "span": _sp(needle, nth), **fields}


AWARD = "Bằng khen của Chủ tịch UBND TP. Hồ Chí Minh cho 12 tập thể <tiêu biểu> & 30 cá nhân"
CROSS_DOC = Document.model_validate(
    {
        "title": "Lễ trao Bằng khen tại TP. Hồ Chí Minh",
        "provenance": {"title": _item("Lễ trao Bằng khen tại TP. Hồ Chí Minh")},
        # 'lễ trao Bằng' crosses the award's left edge
        "event": {
            **_item("lễ trao Bằng"),
            "type": "lễ trao",
            "date": _item("Sáng 5/6", value="--06-05", time_of_day="sáng"),
        },
        "dates": [_item("Sáng 5/6", value="--06-05", role="event")],  # the same span twice
        "periods": [_item("giai đoạn 2021-2025", start="2021-01-01", end="2025-12-31")],
        "officials": [
            {
                "name": "Trần Văn Bình",
                "titles": ["Phó Chủ tịch UBND TP. Hồ Chí Minh"],
                "roles": ["dự", "trao"],
                "mentions": [
                    _item("Trần Văn Bình"),
                    # a title mention crossing the place's left edge ('TP. Hồ Chí Minh')
                    _item("Phó Chủ tịch UBND TP", kind="title"),
                ],
            }
        ],
        "awards": [
            _item(
                AWARD,
                form="Bằng khen",
                issuer="Chủ tịch UBND TP. Hồ Chí Minh",
                collectives=12,
                individuals=30,
                mentions=[_item("Bằng khen")],
            )
        ],
        "statistics": [
            _item("12 tập thể", value=12, unit="tập thể"),  # nested in the award
            _item("hơn 2,5 tỷ đồng", value=2.5, unit="tỷ đồng", qualifier="over"),
        ],
        "locations": [
            _item("TP. Hồ Chí Minh", nth=n, name="Hồ Chí Minh", level="province") for n in range(3)
        ],
        "province": "Hồ Chí Minh",
    }
)


def _fixture_docs() -> list[tuple[str, str, Document]]:
    out = [(p.stem, read(p), extract(read(p))) for p in ARTICLES]
    return [*out, ("crossing", CROSS_TEXT, CROSS_DOC)]


def _expected(text: str, doc: Document) -> dict[str, tuple[int, int]]:
    """Every item with a span, by its key in the record, as the page must mark it."""
    return {path: span for path, _, span in iter_text_spans(doc)}


# --- reading marks back from HTML, in Python ---------------------------------------------


class _Reader(HTMLParser):
    """The text of ``.text`` and, for each key in a mark's ``data-ids``, the stretches of
    that text the mark covers (offsets in code points, as Python counts them)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.pos = 0
        self.stack: list[list[str]] = []
        self.ranges: dict[str, list[tuple[int, int]]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "mark":
            self.stack.append((dict(attrs).get("data-ids") or "").split())

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        for keys in self.stack:
            for k in keys:
                self.ranges.setdefault(k, []).append((self.pos, self.pos + len(data)))
        self.text.append(data)
        self.pos += len(data)


def _merge(pieces: list[tuple[int, int]] | list[list[int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted((int(a), int(b)) for a, b in pieces):
        if out and out[-1][1] == s:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _read_back(fragment: str) -> tuple[str, dict[str, list[tuple[int, int]]]]:
    r = _Reader()
    r.feed(fragment)
    r.close()
    assert not r.stack, "unclosed <mark>"
    return "".join(r.text), {k: _merge(v) for k, v in r.ranges.items()}


# --- without a browser -----------------------------------------------------------------


@pytest.mark.parametrize("name,text,doc", _fixture_docs(), ids=lambda x: str(x)[:20])
def test_every_item_is_marked_exactly_where_it_stands(name: str, text: str, doc: Document) -> None:
    items = marks(text, doc)
    fragment = _marked_text(text, items, "a0")
    shown, ranges = _read_back(fragment)
    assert shown == text
    for key, span in _expected(text, doc).items():
        assert ranges.get(key) == [tuple(span)], (name, key)
    for m in items:  # the located titles too: one stretch, the title as written
        assert ranges[m.key] == [(m.start, m.end)]
        assert m.tip and not re.search(r"\b(None|False|True)\b", m.tip), m


def test_crossing_items_are_split_and_nested_ones_kept() -> None:
    fragment = _marked_text(CROSS_TEXT, marks(CROSS_TEXT, CROSS_DOC), "a0")
    # the event crosses the award: one of them is drawn in two pieces
    assert fragment.count('data-ids="event"') + fragment.count('data-ids="awards[0]"') == 3
    assert 'class="k-award cont"' in fragment or 'class="k-event cont"' in fragment
    # the date and the event's date share a span: one mark carrying both
    assert 'data-ids="event.date dates[0]"' in fragment
    # the text's own markup stays text
    assert "&lt;tiêu biểu&gt; &amp; 30" in fragment and "<tiêu" not in fragment


def test_an_officials_title_is_located_next_to_the_person() -> None:
    items = {m.key: m for m in marks(CROSS_TEXT, CROSS_DOC)}
    title = items["officials[0].titles[0]"]
    # the title after the name, not the same words earlier in the award
    assert CROSS_TEXT[title.start : title.end] == "Phó Chủ tịch UBND TP. Hồ Chí Minh"
    assert title.start > CROSS_TEXT.index("Trần Văn Bình")
    assert title.kind == "title" and "Trần Văn Bình" in title.tip


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet="ab <&>\r\nư😀\"'", min_size=1, max_size=40),
    raw=st.lists(st.tuples(st.integers(0, 40), st.integers(1, 20)), max_size=12),
)
def test_any_set_of_spans_is_rendered_well_nested_and_exact(
    text: str, raw: list[tuple[int, int]]
) -> None:
    items = []
    for n, (s, length) in enumerate(raw):
        s = min(s, len(text) - 1)
        e = min(len(text), s + length)
        items.append(Mark(f"k{n}", list(KINDS)[n % len(KINDS)], s, e, f"tip {n}"))
    shown, ranges = _read_back(_marked_text(text, items, "a0"))
    assert shown == text
    for m in items:
        assert ranges[m.key] == [(m.start, m.end)]


def test_the_page_is_self_contained_and_shows_the_record() -> None:
    page = to_html(CROSS_TEXT, CROSS_DOC)
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"""(src|href)=["']?(https?:)?//|@import|url\(""", page)
    assert '<h3><span class="swatch k-award"></span>Awards (1)</h3>' in page
    for value in ("Trần Văn Bình", "Phó Chủ tịch UBND TP. Hồ Chí Minh", "--06-05", "2021-01-01"):
        assert html.escape(value) in page
    # a fragment to embed: the style comes with it, no <html>
    frag = to_html(CROSS_TEXT, CROSS_DOC, page=False)
    assert frag.startswith("<style>") and "<html" not in frag


def test_to_html_extracts_when_given_no_document() -> None:
    text = read(ARTICLES[0])
    assert to_html(text) == to_html(text, extract(text))


def test_render_page_lists_a_failed_article_with_its_error() -> None:
    page = render_page([("bad", "", None, "TypeError: expected str")])
    assert "TypeError: expected str" in page and "<mark" not in page


# --- the review command ------------------------------------------------------------------


def test_review_command_writes_one_page_for_many_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "review.html"
    assert main(["review", str(FIXTURES), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.count('<section class="article"') == len(ARTICLES)
    assert f"{len(ARTICLES)} articles" in capsys.readouterr().err


def test_review_command_shows_a_page_as_the_text_read_from_it(tmp_path: Path) -> None:
    """A page is reviewed as extract_html reads it: its text, with every item marked."""
    from dan_van_extract import extract_html

    page_file = FIXTURES / "html" / "portal_page.html"
    out = tmp_path / "review.html"
    assert main(["review", str(page_file), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    doc = extract_html(page_file.read_text(encoding="utf-8"))
    assert doc.text and html.escape(doc.text.splitlines()[0]) in page
    assert "&lt;div" not in page  # the markup itself is not shown
    assert page.count("<mark") >= len(doc.officials) + len(doc.awards) + len(doc.statistics)


def test_review_command_reads_jsonl_and_uses_a_document_given_beside_the_text(
    tmp_path: Path,
) -> None:
    src = tmp_path / "in.jsonl"
    rows = [
        {"id": "mine", "text": CROSS_TEXT, "document": CROSS_DOC.model_dump(mode="json")},
        {"id": "extracted", "text": read(ARTICLES[1])},
    ]
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    out = tmp_path / "r.html"
    assert main(["review", str(src), "-o", str(out), "--limit", "5"]) == 0
    page = out.read_text(encoding="utf-8")
    assert 'data-id="mine"' in page and 'data-id="extracted"' in page
    assert 'data-ids="officials[0].mentions[1]"' in page  # the hand-made record's item


def test_review_command_reports_bad_input_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe not utf-8")
    batch_out = tmp_path / "out.jsonl"
    batch_out.write_text(json.dumps({"id": "x", "document": {}, "error": None}) + "\n")
    out = tmp_path / "r.html"
    code = main(["review", str(bad), str(batch_out), str(ARTICLES[0]), "-o", str(out)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert any("bad.txt: not UTF-8" in line for line in err)
    assert any('expected an object with "text"' in line for line in err)
    assert out.read_text(encoding="utf-8").count('<section class="article"') == 1
    assert main(["review", str(tmp_path / "missing.txt"), "-o", str(out)]) == 2


# --- in a real browser -------------------------------------------------------------------

_BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")


@pytest.fixture(scope="module")
def browser() -> str:
    found = os.environ.get("DVE_BROWSER") or next(
        (p for p in map(shutil.which, _BROWSERS) if p), None
    )
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("no Chromium in CI: .ci/run installs Debian's chromium when missing")
        pytest.skip("no Chromium or Chrome found (apt-get install chromium); CI runs this test")
    return found


def _run_browser(browser: str, tmp: Path, *args: str) -> str:
    cmd = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        f"--user-data-dir={tmp / 'profile'}",
        *args,
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


# Read back from the DOM: each article's text, where each key's marks stand in it (in code
# points), marks with no box on screen, each mark's hover text, and whether hovering a
# mark lights up its row in the record.
_CHECK = """<script>
(function(){
 var res={};
 document.querySelectorAll('section.article').forEach(function(sec){
  var box=sec.querySelector('.text');if(!box)return;
  var w=document.createTreeWalker(box,NodeFilter.SHOW_TEXT),node,pos=0,text='',ranges={};
  while((node=w.nextNode())){
   var n=Array.from(node.data).length;
   for(var el=node.parentElement;el&&el!==box;el=el.parentElement){
    if(el.tagName==='MARK'){(el.getAttribute('data-ids')||'').split(' ').forEach(function(k){
     (ranges[k]=ranges[k]||[]).push([pos,pos+n])})}}
   text+=node.data;pos+=n}
  var hidden=[],tips={},lit={},all=box.querySelectorAll('mark');
  all.forEach(function(m){  // boxes first: a hover changes classes, and so the layout
   var r=m.getBoundingClientRect(),ids=m.getAttribute('data-ids');
   if(!(r.width>0&&r.height>0))hidden.push(ids);
   tips[ids]=m.getAttribute('title')});
  all.forEach(function(m){
   m.dispatchEvent(new MouseEvent('mouseover',{bubbles:true}));
   lit[m.getAttribute('data-ids')]=sec.querySelectorAll('aside tr.hl').length});
  res[sec.getAttribute('data-id')]={text:text,ranges:ranges,hidden:hidden,tips:tips,lit:lit};
 });
 var pre=document.createElement('pre');pre.id='dve-check';pre.textContent=JSON.stringify(res);
 document.body.appendChild(pre);
})();
</script></body>"""


def test_the_page_marks_every_item_in_a_real_browser(browser: str, tmp_path: Path) -> None:
    docs = _fixture_docs()
    page = render_page([(name, text, doc, None) for name, text, doc in docs])
    path = tmp_path / "review.html"
    path.write_text(page.replace("</body>", _CHECK), encoding="utf-8")
    dom = _run_browser(browser, tmp_path, "--dump-dom", path.as_uri())
    found = re.search(r'<pre id="dve-check">(.*?)</pre>', dom, re.S)
    assert found, dom[-500:]
    result = json.loads(html.unescape(found.group(1)))
    assert sorted(result) == sorted(name for name, _, _ in docs)
    for name, text, doc in docs:
        got = result[name]
        assert got["text"] == text, name  # the DOM's text is the input, character for character
        ranges = {k: _merge(v) for k, v in got["ranges"].items()}
        for key, span in _expected(text, doc).items():
            assert ranges.get(key) == [tuple(span)], (name, key, ranges.get(key))
        assert got["hidden"] == [], name
        assert all(tip for tip in got["tips"].values()), name
        # hovering a mark of a listed item lights up that item's row
        listed = [ids for ids in got["lit"] if re.search(r"(^| )(statistics|dates)\[", ids)]
        assert all(got["lit"][ids] >= 1 for ids in listed), name


def _png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and RGB(A) rows of an 8-bit PNG (what Chromium writes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    height = bpp = 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and color in (2, 6)
            bpp = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(height):
        ftype, line = (
            raw[y * (stride + 1)],
            bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)]),
        )
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if ftype == 1:
                line[i] = (line[i] + a) & 255
            elif ftype == 2:
                line[i] = (line[i] + b) & 255
            elif ftype == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line if bpp == 3 else bytes(v for j, v in enumerate(line) if j % 4 != 3)))
        prev = line
    return width, height, rows


def test_a_screenshot_shows_each_kind_in_its_colour(browser: str, tmp_path: Path) -> None:
    path = tmp_path / "one.html"
    path.write_text(to_html(CROSS_TEXT, CROSS_DOC), encoding="utf-8")
    shot = tmp_path / "shot.png"
    _run_browser(browser, tmp_path, "--window-size=1000,700", f"--screenshot={shot}", path.as_uri())
    width, height, rows = _png_pixels(shot.read_bytes())
    assert (width, height) == (1000, 700)
    # Look at the article's text only (left of the record, below the legend's swatches);
    # the grey of the headline's dotted line is left out: anti-aliased text has that grey.
    near: dict[bytes, str] = {}
    for kind, (colour, _) in KINDS.items():
        if kind == "meta":
            continue
        r, g, b = bytes.fromhex(colour[1:])
        for dr in range(-10, 11):
            for dg in range(-10, 11):
                for db in range(-10, 11):
                    rgb = (r + dr, g + dg, b + db)
                    if all(0 <= v <= 255 for v in rgb):
                        near[bytes(rgb)] = kind
    counts = {k: 0 for k in KINDS if k != "meta"}
    for row in rows[100:]:
        for x in range(0, int(width * 0.55) * 3, 3):
            kind = near.get(row[x : x + 3])
            if kind is not None:
                counts[kind] += 1
    # every kind's line under its items is painted, not only present in the DOM
    assert all(n >= 10 for n in counts.values()), counts
