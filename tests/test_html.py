"""extract_html: pages and CMS exports in, records out, every item pointing into the HTML.

The pages in fixtures/html/ were written for these tests in the style of provincial
portals and papers: menus, breadcrumb, a box of related news full of other officials,
awards and dates, a sidebar, a footer with a date, scripts, styles, entities, captions.
"""

from __future__ import annotations

import time
import warnings
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from dan_van_extract import Document, MarkupWarning, extract, extract_html
from dan_van_extract.markup import convert, looks_like_html, site_time, split_front_matter

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "html"

_BLOCKS = {
    "p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "table",
    "tbody", "thead", "ul", "ol", "figcaption", "figure", "blockquote", "section", "article",
    "header", "footer", "main", "hr", "caption", "dd", "dt", "center", "pre", "body", "html",
}  # fmt: skip


class _Visible(HTMLParser):
    """An independent reading of an HTML slice: text outside scripts and styles, block
    tags as spaces, entities decoded (the standard library's parser)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        if tag in _BLOCKS:
            self.out.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        if tag in _BLOCKS:
            self.out.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.out.append(data)


def visible(fragment: str) -> str:
    """``fragment`` as a reader sees it, whitespace collapsed."""
    parser = _Visible()
    parser.feed(fragment)
    parser.close()
    return " ".join("".join(parser.out).split())


def items(doc: Document) -> list[BaseModel]:
    """Every item of ``doc`` that has a span."""
    out: list[BaseModel] = []
    todo: list[object] = [doc]
    while todo:
        node = todo.pop()
        if isinstance(node, list):
            todo.extend(node)
        elif isinstance(node, BaseModel):
            if getattr(node, "span", None) is not None:
                out.append(node)
            todo.extend(getattr(node, name) for name in type(node).model_fields)
    return out


def check_spans(html: str, doc: Document) -> int:
    """Both provenances hold for every item; returns how many have no html_span."""
    assert doc.text is not None
    missing = 0
    for it in items(doc):
        text, (s, e) = it.text, it.span  # type: ignore[attr-defined]
        assert doc.text[s:e] == text
        hs = it.html_span  # type: ignore[attr-defined]
        if hs is None:
            missing += 1
            continue
        assert visible(html[hs[0] : hs[1]]) == " ".join(text.split()), (text, hs)
    return missing


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def reported(doc: Document) -> str:
    """Everything the document reports, as one string to search."""
    return doc.model_dump_json(exclude={"text"})


# --- whole pages -----------------------------------------------------------------------


def test_a_portal_page_reports_the_article_and_nothing_of_its_furniture() -> None:
    html = page("portal_page.html")
    doc = extract_html(html, url="https://ealam.example.gov.vn/tin-tuc/123")
    assert doc.title == "Ban Dân vận Huyện ủy Ea Lâm tổng kết công tác dân vận năm 2023"
    assert doc.published is not None and doc.published.value == "2024-01-05T15:20:00+07:00"
    names = {o.name: o for o in doc.officials}
    assert set(names) == {"Lê Thị Hòa", "Nguyễn Văn Khải"}
    assert "Trưởng Ban Dân vận Tỉnh ủy" in names["Lê Thị Hòa"].titles
    assert "chủ trì" in names["Nguyễn Văn Khải"].roles
    assert [(a.form, a.collectives, a.individuals) for a in doc.awards] == [("Giấy khen", 8, 15)]
    stats = {s.text for s in doc.statistics}
    assert {"hơn 3,2 tỷ đồng", "45/52 thôn, buôn", "168 mô hình"} <= stats
    assert doc.event is not None and doc.event.type == "hội nghị tổng kết"
    assert doc.source == "ealam.example.gov.vn"
    assert doc.author == "Minh Anh"
    assert doc.text is not None
    # menus, breadcrumb, related news, sidebar, footer, scripts, styles: none of it
    for furniture in (
        "Trang chủ", "Liên hệ", "Trần Văn Giả", "Phạm Quốc Bảo", "Hoàng Minh Tâm",
        "Đinh Thị Mai", "Võ Thành Long", "Chia sẻ", "Tin liên quan", "Xem nhiều nhất",
        "Hôm nay", "Cập nhật", "2.300", "30 tập thể", "99 tập thể", "77 cá nhân",
        "25 người", "font-family",
    ):  # fmt: skip
        assert furniture not in doc.text, furniture
        assert furniture not in reported(doc), furniture
    assert [d.value for d in doc.dates if d.value.startswith("2024-03")] == []
    assert check_spans(html, doc) == 0  # every line of this page is the page's own


def test_a_paper_page_reads_its_metadata_and_leaves_comments_and_related_out() -> None:
    html = page("newspaper_page.html")
    doc = extract_html(html)
    assert doc.title == "Mặt trận xã Hòa Bình ra mắt mô hình “Dân vận khéo”"
    assert doc.published is not None and doc.published.value == "2023-08-14T08:35:00+07:00"
    assert doc.author == "Thu Hà"  # the byline in the caption, or JSON-LD's author
    assert {o.name for o in doc.officials} == {"Võ Thị Thanh", "Cao Văn Định"}
    assert [(a.form, a.collectives, a.individuals) for a in doc.awards] == [("Giấy khen", 5, 9)]
    assert {"35 thành viên", "420 hộ gia đình", "2,4 km"} <= {s.text for s in doc.statistics}
    assert doc.text is not None and doc.text.count("14/08/2023 08:35") == 1
    for furniture in ("Lương Văn Tùng", "Nguyễn Văn Tư", "100 cá nhân", "200 khách", "Quảng cáo",
                      "Giấy phép", "Từ khóa", "Bài viết liên quan", "16/08/2023"):  # fmt: skip
        assert furniture not in doc.text, furniture
    assert check_spans(html, doc) == 0


def test_a_sharepoint_portal_page_keeps_the_article_between_its_web_parts() -> None:
    """The layout of many district portals: a hidden ribbon, a top menu, a marquee, a
    left menu, the article in nested tables with its date in a header row above the
    title, a TIN ĐÃ ĐƯA list, share buttons, a right column of links and counters."""
    html = page("sharepoint_page.html")
    doc = extract_html(html)
    assert doc.title == "Huyện Krông Xanh tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại buôn Ea Tơ"
    assert doc.published is not None and doc.published.value == "2022-11-18"
    assert {o.name for o in doc.officials} == {"H’Bla Êban", "Y Khu Mlô"}
    assert [(a.form, a.collectives, a.individuals) for a in doc.awards] == [("Giấy khen", 4, 6)]
    assert {"214 hộ", "1.036 nhân khẩu", "6,4%"} <= {s.text for s in doc.statistics}
    assert doc.event is not None and doc.event.date is not None
    assert doc.event.date.value == "2022-11-17"  # the lead, kept with the article
    assert doc.text is not None
    for furniture in (
        "Đỗ Văn Ẩn", "Phạm Văn Thức", "Lê Văn Bảy", "45 người", "12 chỉ tiêu", "Lượt truy cập",
        "1.204.567", "online", "TIN ĐÃ ĐƯA", "Tin Chính trị", "Đăng nhập", "Home", "Sơ đồ",
        "Cư Săn", "Bản in", "Số lượt", "10/11/2022", "Tìm kiếm", "JavaScript",
    ):  # fmt: skip
        assert furniture not in doc.text, furniture
        assert furniture not in reported(doc), furniture
    assert check_spans(html, doc) == 0


def test_a_cms_export_with_a_json_front_matter() -> None:
    raw = page("cms_export.md")
    doc = extract_html(raw)
    assert doc.text is not None
    lines = doc.text.split("\n")
    assert lines[0] == "Hội Cựu chiến binh xã Đắk Rô tổng kết công tác Hội năm 2022"
    assert lines[1] == "10/01/2023 10:15"  # 03:15 UTC, read in the site's time zone
    assert lines[3].startswith("Ngày 9/1, Hội Cựu chiến binh")  # the lead, from the front matter
    assert doc.published is not None and doc.published.value == "2023-01-10T10:15:00+07:00"
    assert doc.event is not None and doc.event.date is not None
    assert doc.event.date.value == "2023-01-09"
    assert [o.name for o in doc.officials] == ["Trương Văn Lực"]
    assert [(a.collectives, a.individuals) for a in doc.awards] == [(3, 7)]
    assert "hơn 86 triệu đồng" in {s.text for s in doc.statistics}
    # only the date line is made up; the title and lead map into the front matter itself
    assert check_spans(raw, doc) == sum(1 for it in items(doc) if it.text == "10/01/2023 10:15")
    assert doc.event.date.html_span is not None
    hs = doc.event.date.html_span
    assert raw[hs[0] : hs[1]] == "Ngày 9/1" and raw.index("---", 3) > hs[0]


def test_a_yaml_front_matter_and_a_body_that_starts_with_the_lead() -> None:
    raw = (
        "---\ntitle: 'Hội nghị giao ban công tác dân vận'\ndate: 2024-02-23\n"
        "description: Sáng 22/2, hội nghị giao ban.\ntags:\n  - dân vận\n---\n"
        "<p>Sáng 22/2, hội nghị giao ban.</p><p>Ông Lò Văn Sáu – Phó Bí thư Huyện ủy chủ trì.</p>"
    )
    fm = split_front_matter(raw)
    assert fm is not None and fm.fields["title"] == "Hội nghị giao ban công tác dân vận"
    doc = extract_html(raw)
    assert doc.text == (
        "Hội nghị giao ban công tác dân vận\n23/02/2024\n\nSáng 22/2, hội nghị giao ban.\n\n"
        "Ông Lò Văn Sáu – Phó Bí thư Huyện ủy chủ trì."
    )  # the lead is not repeated
    assert doc.published is not None and doc.published.value == "2024-02-23"
    assert check_spans(raw, doc) == sum(1 for it in items(doc) if it.text == "23/02/2024")


def test_a_fragment_keeps_its_blocks_as_lines() -> None:
    html = (
        "<h2>Phần 1</h2><p>Dòng một<br>dòng hai</p><table><tr><td>Ô một</td><td>Ô hai</td>"
        "</tr></table><ul><li>Mục một</li><li>Mục hai</li></ul><p>&nbsp;&nbsp;Thụt đầu dòng"
        " <b>đậm</b><i>nghiêng</i></p>"
    )
    m = convert(html)
    assert m.text == (
        "Phần 1\n\nDòng một\ndòng hai\n\nÔ một\n\nÔ hai\n\nMục một\n\nMục hai\n\n"
        "Thụt đầu dòng đậmnghiêng"
    )


def test_site_time() -> None:
    utc = "2019-01-17T02:41:00.000Z"
    assert site_time(utc) == ("2019-01-17T09:41:00+07:00", "17/01/2019 09:41")
    assert site_time("2019-01-17T20:41:00+00:00")[1] == "18/01/2019 03:41"  # type: ignore[index]
    assert site_time("2019-01-17 08:00") == ("2019-01-17T08:00:00+07:00", "17/01/2019 08:00")
    assert site_time("07-10-2017") == ("2017-10-07", "07/10/2017")
    assert site_time("hôm qua") is None and site_time(None) is None


def test_blank_and_bad_input() -> None:
    assert extract_html("").text == ""
    assert extract_html("<html><script>var x;</script></html>").officials == []
    with pytest.raises(TypeError, match="extract_html"):
        extract_html(42)  # type: ignore[arg-type]
    assert extract_html("<p>Hội nghị</p>".encode()).text == "Hội nghị"


# --- the map into the HTML -------------------------------------------------------------

_TEXT = st.text(alphabet="aăâbcdđeêgiklmnoôơpqrstuưvxyÀÁẢÃẠàáảãạ 0123456789,.;:-–\n\t", max_size=12)
_ENTITIES = ["&amp;", "&nbsp;", "&lt;", "&gt;", "&quot;", "&#39;", "&#x1EA1;", "&acirc;",
             "&ocirc;", "&ndash;", "&ldquo;", "&amp", "&nbsp", "&#7855;", "&unknown;"]  # fmt: skip
_TAGS = ["p", "div", "span", "b", "i", "em", "strong", "font", "td", "tr", "table", "li",
         "h1", "h2", "section", "blockquote", "sup"]  # fmt: skip


@st.composite
def soups(draw: st.DrawFn) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 30))):
        kind = draw(st.integers(0, 6))
        if kind <= 1:
            parts.append(draw(_TEXT))
        elif kind == 2:
            parts.append(draw(st.sampled_from(_ENTITIES)))
        elif kind == 3:
            tag = draw(st.sampled_from(_TAGS))
            cls = draw(st.sampled_from(["", ' class="x"', " style='color:red'", " id=a1"]))
            parts.append(f"<{tag}{cls}>")
        elif kind == 4:
            parts.append(f"</{draw(st.sampled_from(_TAGS))}>")
        elif kind == 5:
            parts.append(draw(st.sampled_from(["<br>", "<br/>", "<img src='a.jpg'>", "<hr>"])))
        else:
            parts.append(draw(st.sampled_from(["<!-- x <p>y</p> -->", "<script>a<b</script>"])))
    return "".join(parts)


@settings(max_examples=300, deadline=None)
@given(soups(), st.data())
def test_every_span_maps_to_html_that_reads_the_same(html: str, data: st.DataObject) -> None:
    m = convert(html)
    assert len(m.starts) == len(m.ends) == len(m.text)
    if not m.text:
        return
    for _ in range(5):
        s = data.draw(st.integers(0, len(m.text) - 1))
        e = data.draw(st.integers(s + 1, len(m.text)))
        span = m.html_span((s, e))
        if span is None:
            continue
        assert visible(html[span[0] : span[1]]) == " ".join(m.text[s:e].split())


@settings(max_examples=100, deadline=None)
@given(soups())
def test_every_word_of_a_fragment_has_its_html(html: str) -> None:
    m = convert(html)
    for word in m.text.split():
        s = m.text.index(word)
        assert m.html_span((s, s + len(word))) is not None


# --- bad markup: linear, never an exception ---------------------------------------------


@pytest.mark.parametrize(
    "html",
    [
        "<p>Mở mà không đóng <div><span><b>ông A",
        "<p>Trước</p><script>var a = '<p>ẩn</p>';",
        "<p title='" + "x" * 300_000 + "'>sau thuộc tính</p>",
        '<p a="không đóng ngoặc>ông B</p>' * 1000,
        "</div></p></span>" * 1000 + "văn bản",
        "<!-- không đóng " + "<p>x</p>" * 1000,
        "<" * 10_000 + "&" * 10_000 + "&#" * 10_000 + "&#x;" * 1000,
        "<table><tr><td>" * 5000,
    ],
    ids=["unclosed", "script", "attribute", "quote", "end-tags", "comment", "brackets", "table"],
)
def test_bad_markup_is_read_without_an_exception(html: str) -> None:
    m = convert(html)
    assert len(m.starts) == len(m.text)
    extract_html(html)


def test_deep_nesting_takes_linear_time() -> None:
    def seconds(n: int) -> float:
        html = "<div>" * n + "<p>Ông A – Bí thư Huyện ủy</p>" + "</div>" * n
        t0 = time.perf_counter()
        convert(html)
        return time.perf_counter() - t0

    small = min(seconds(25_000) for _ in range(2))
    big = min(seconds(100_000) for _ in range(2))  # half a megabyte of <div>s
    assert big < 10 * small + 0.1
    m = convert("<div>" * 200_000)  # a megabyte, never closed
    assert m.text == ""


# --- extract() given HTML ---------------------------------------------------------------


def test_extract_warns_when_given_html() -> None:
    with pytest.warns(MarkupWarning, match="extract_html"):
        extract(page("cms_export.md"))
    with pytest.warns(MarkupWarning):
        extract("<p>D&acirc;n vận</p> khéo")


@pytest.mark.parametrize(
    "text",
    [
        "Tỷ lệ hộ nghèo < 2% và thu nhập > 50 triệu đồng.",
        "Ông A <b>in đậm</b> thôi.",
        "Công thức a<b và c>d; R&D",
    ],
)
def test_plain_text_with_a_stray_bracket_does_not_warn(text: str) -> None:
    assert not looks_like_html(text)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        extract(text)


# --- many pages ------------------------------------------------------------------------


def test_extract_many_reads_records_with_html() -> None:
    from dan_van_extract import extract_many

    html = page("portal_page.html")
    rows = [
        {"id": "page", "html": html, "url": "https://ealam.example.gov.vn/a"},
        {"id": "text", "text": "Tiêu đề\n\nÔng Lò Văn Sáu – Phó Bí thư Huyện ủy chủ trì."},
        {"id": "none", "html": None},
    ]
    for workers in (1, 2):
        got = {r.id: r for r in extract_many(rows, workers=workers)}
        doc = got["page"].document
        assert doc is not None and doc.source == "ealam.example.gov.vn"
        assert doc == extract_html(html, url="https://ealam.example.gov.vn/a")
        assert got["page"].fields == {"url": "https://ealam.example.gov.vn/a"}
        assert got["text"].document is not None and got["text"].document.text is None
        assert got["none"].error is not None and got["none"].error.startswith("TypeError")
