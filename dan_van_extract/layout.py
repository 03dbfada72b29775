"""Article layout: split a raw scraped article into its parts.

A scraped article is a title line, date and view lines, the body, captions, a byline and
trailing page furniture (related-news lists with their dates, ``Gửi cho bạn bè``, media
player counters, URL-encoded image names). :func:`segment` labels every line of the
normal-form text with one of :data:`PART_KINDS`; extractors read content parts and never
report anything found in ``header`` or ``furniture`` parts.

The cue phrases live in ``data/furniture.txt`` beside this module.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Literal

import regex

from . import vocab
from ._lexicon import alternation, load_lines
from .credits import (
    BYLINE_ORG,
    CREDIT_PREFIX,
    DESK_SUFFIX,
    OFFICE_BEFORE_NAME,
    SLASH_OUTLET,
    SOURCE_TAIL,
    WRITER_SUFFIX,
)
from .punctuation import END_MARKS, PHOTO_CREDIT_RE

PartKind = Literal["header", "title", "meta", "body", "caption", "byline", "furniture"]
PART_KINDS: tuple[PartKind, ...] = (
    "header",
    "title",
    "meta",
    "body",
    "caption",
    "byline",
    "furniture",
)
CONTENT_KINDS = frozenset({"title", "body", "caption"})


@dataclass(frozen=True)
class Part:
    """One labelled line (or the tail of one) in normal-form offsets."""

    kind: PartKind
    start: int
    end: int


_WEEKDAY = (
    r"(?:(?:Thứ|thứ)\s*(?:[2-7]|[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)"
    r"|Chủ\s+[Nn]hật|CN|T[2-7])"
)
_DMY = r"\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d"
_YMD = r"(?:19|20)\d\d-\d\d-\d\d"
_HM = r"\d{1,2}[:hg]\d{2}(?::\d{2})?(?:\s*(?:AM|PM|SA|CH))?"
_TZ = r"\(?\[?\s*GMT\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*\]?\)?"
_UTC_OFFSET = r"[+-]\d{2}:\d{2}"
"""A bare offset after the clock time: ``17/11/2023 07:59:47 +07:00``."""
OUTLET_ACRONYM = r"\p{Lu}{3,8}\d?"
"""An outlet's acronym as a page's header line writes it (``QPTD``, ``VOV5``, ``TTV``)."""
_LINE_CREDIT = rf"{OUTLET_ACRONYM}[ \t]*[-–][ \t]*(?=\p{{Lu}}|\d)"
"""An outlet's acronym and a dash opening a date line: ``QPTD -Thứ Năm, 19/12/2019, 13:59``."""
_VIEWS_FIRST = r"(?i:lượt\s+xem|lượt\s+đọc)\s*:?\s*[\d.,]+\s*\|\s*"
"""A view counter before the date on one line: ``Lượt xem: 512 | Gửi lúc: 07/06/2015``."""
_DMY_WORDS = r"\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?:19|20)\d\d"
STAMP_COUNT = r"(?<=[:hg]\d\d)[ ]{2,}(?P<n>\d{1,7})"
"""A bare count set off by two spaces or more (a tab in the page) after the time of a
publication line (``01/10/2021 15:53    4792``): a CMS's unlabelled view counter."""
VIEWS_WORDS = (
    r"(?:lượt\s+(?:xem|đọc)|số\s+lượt(?:\s+người)?\s+xem|số\s+lần\s+(?:xem|đọc)|view\s+count)"
)
"""The words of a view counter's label (``Lượt xem``, ``Số lượt người xem``, ``Số lần đọc``,
the English template's ``View count``),
shared by the layout's meta lines and the metadata's counter (which adds ``views``)."""
_VIEWS_LABEL = rf"(?:{VIEWS_WORDS}|đã\s+xem)"
DATE_LINE_RE = regex.compile(
    rf"^\s*(?:{_LINE_CREDIT}|{_VIEWS_FIRST})?(?:\(\s*)?"
    rf"(?:(?:{vocab.publication_labels_pattern()}|(?i:gửi))(?:\s+lúc)?\s*[:,]?\s*)?"
    rf"(?:(?:{_HM})\s*[,|-]\s*(?={_WEEKDAY}))?"
    rf"(?:{_WEEKDAY}\s*[,|-]?\s*)?"
    rf"(?:(?:{_HM})\s*[,|-]?\s*)?"
    rf"(?:[Nn]gày\s+)?(?:{_DMY}|{_YMD}|{_DMY_WORDS})"
    rf"(?:\s*[,|-]?\s*(?:lúc\s+)?{_HM})?"
    rf"\s*(?:{_TZ}|{_UTC_OFFSET})?(?:\s*\))?"
    rf"(?:\s*(?:[|\-–.]\s*)?(?:(?i:{_VIEWS_LABEL})\s*:?\s*[\d.,]+|\d[\d.,]*\s*(?i:{_VIEWS_LABEL}))"
    rf"|{STAMP_COUNT})?"
    r"\s*$"
)
"""A line that is only a date/time stamp (publication or site header): ``15/03/2021
09:30``, ``(15/03/2021 09:30)``, ``Thứ hai, 15/03/2021 - 09:30 | Lượt xem: 1.245``,
``Ngày 15 tháng 3 năm 2021``, ``Cập nhật, 09:53, Thứ Năm, 08/02/2018 (GMT+7)`` (a label
with a comma, the time before the weekday), ``(11/10/2018). Số lượt xem:2082`` (the view
counter after the date), ``Thứ 2, 12/10/2015 | 15:06:00 1,535 lượt xem`` (the count before
its label), ``01/10/2021 15:53    4792`` (a bare count set off from the time by two spaces or
more, a tab in the page: a CMS's unlabelled view counter; after a date without a time it is
not)."""
LABELLED_DATE_LINE_RE = regex.compile(
    rf"^\s*(?:\(\s*)?(?i:{vocab.publication_labels_pattern()})(?:\s+lúc)?\s*[:,]?\s*(?=[\dTtCN])"
)
"""A date line opening with its label (``Xuất bản:Thứ năm, 08/10/2015 18:20``): the post's
date even below the body, where other date lines are page furniture."""
VIEWS_LINE_RE = regex.compile(
    rf"^\s*(?:\d[\d.,]*\s*(?:lượt\s+xem|lượt\s+đọc|views?)|{_VIEWS_LABEL}\s*:?\s*\d[\d.,]*"
    rf"(?:\s*(?:lượt\s+(?:xem|đọc)|views?))?|{_VIEWS_LABEL}\s*:)\s*$",
    regex.I,
)
"""A view counter alone on a line: ``4,029 lượt xem``, ``Đã xem: 50``, ``Số lần xem: 12``,
``Số lượt người xem:`` (its number on the next line), ``Lượt xem: 6522 lượt xem`` (the
label and the unit both)."""
META_BULLET_RE = regex.compile(r"^\s*[-•·]\s+")
"""A bullet opening a meta line in the page's header (``- 23/12/2025 20:46:00``, ``- Đã
xem: 50``): not part of the line's value."""
BARE_NUMBER_RE = regex.compile(r"^\s*\d{1,7}\s*$")
DOMAIN_LINE_RE = regex.compile(
    rf"^\s*\(?(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.{vocab.tld_pattern()}"
    r"(?:\.vn)?\)?\s*$",
    regex.I,
)
URL_LINE_RE = regex.compile(r"^\s*(?:https?://\S+(?:[ ]\S+)*|www\.\S+)\s*$", regex.I)
"""A line that is only a web address (``https://`` ones may hold a space where text
normalisation turned an underscore of the address into one)."""
MEDIA_RE = regex.compile(r"^\s*\d{1,2}:\d{2}(?:\s*/\s*\d{1,2}:\d{2})?\s*$")
URL_ENCODED_RE = regex.compile(r"(?:%[0-9A-Fa-f]{2}){3}")
RELATED_RE = regex.compile(
    r"^\s*[-•*]\s*\S.{5,}\(\s*\d{1,2}/\d{1,2}/\d{4}(?:\s*,?\s*\d{1,2}:\d{2})?\s*\)\s*$"
)
_FURNITURE_LINES = load_lines(__package__ or "dan_van_extract", "data/furniture.txt")
FURNITURE_LINE_RE = regex.compile(
    rf"^\s*(?:{alternation(_FURNITURE_LINES, fold_case=True)})(?!\w).{{0,60}}$", regex.I
)
_WIDGET_LINES = load_lines(__package__ or "dan_van_extract", "data/page_widgets.txt")
_WIDGET = alternation(_WIDGET_LINES, fold_case=True)
WIDGET_LINE_RE = regex.compile(
    rf"^\s*(?:{_WIDGET})(?:\s*[|/]\s*(?:{_WIDGET}))*\s*(?::\s*)?[\d.,]*\s*$", regex.I
)
"""A widget's label alone on a line (``Thời tiết``, ``Tỷ giá ngoại tệ``, ``TÂM ĐIỂM``), from
``data/page_widgets.txt``; several joined by ``|`` or ``/`` (a language switch: ``Tiếng Việt
| English``)."""
_CHROME_SHAPES: tuple[tuple[str, tuple[str, ...]], ...] = (
    # a line of punctuation only: ".", "|", "• :"
    (r"(?:[\p{P}\p{S}][ \t]*){1,5}", ()),
    # an image placeholder alone
    (r"(?:Hình|Ảnh|hình|ảnh)\s*\d{1,2}", ()),
    (r"%image_alt%", ()),
    # a breadcrumb: opening with ">", or with two separators or more
    (r">\s*\S[^\n]{0,250}", ()),
    (r"[^\n>»]{1,80}(?:\s[>»]\s[^\n>»]{1,120}){2,}", (">", "»")),
    # a font-size switch: "aA", "A A A", "Xem với cỡ chữAA"
    (r"(?i:(?:xem\s+với\s+)?cỡ\s+chữ\s*:?\s*)?(?:[Aa]\s*){2,3}", ()),
    # a weather box: "Hà Nội, 30°C/27°C - 33°C"
    (
        r"[^\n,°]{1,30},\s*-?\d{1,2}\s*°C(?:\s*/\s*-?\d{1,2}\s*°C)?(?:\s*[-–]\s*-?\d{1,2}\s*°C)?",
        ("°",),
    ),
    # a CMS module's name printed as text: "Banner Tỉnh ủy X (Home-latest-1)"
    (r"[^\n()]{0,80}\((?:Home|Banner|Module)(?:-[\w]+)+\)", ("(home", "(banner", "(module")),
    # a Liferay portlet's id printed as text ("menu_WAR_portalportlet_INSTANCE_abc123"; the
    # normal form reads its underscores as spaces)
    (r"(?:[A-Za-z0-9]+\s+)+WAR\s+[A-Za-z0-9]+\s+INSTANCE\s+[A-Za-z0-9]+", ("instance",)),
    # a template's variable printed as text: "news_is_not_ads=", "page_id=12" (the normal
    # form reads its underscores as spaces): lower-case ASCII words and an equal sign
    (r"[a-z][a-z0-9]{0,20}(?:[ _-][a-z0-9]{1,20}){0,6}[ \t]*=[ \t]*[A-Za-z0-9_.-]{0,40}", ("=",)),
    # a comment counter before its label: "(0) Bình luận", "(12) Ý kiến"
    (r"\(\d{1,5}\)[ \t]*(?i:bình\s+luận|ý\s+kiến|phản\s+hồi)", ()),
    # a comment form's character counter: "0 / 500 ký tự", "0/1000 characters"
    (r"\d{1,4}[ \t]*/[ \t]*\d{2,5}[ \t]*(?i:k[ýí][ \t]+tự|characters?)", ()),
    # a date field the template left unfilled: "dd/mm/yyyy", "dd/mm/yyyy hh:mm"
    (r"(?i:dd/mm/yyyy(?:\s*[-,|]?\s*hh:mm)?)", ()),
    # a follow button: "BAOTAYNINH.VN trên Google News", "Theo dõi X trên Google News"
    (r"[^\n!?]{0,60}?(?<!\S)trên\s+Google\s+News", ("google",)),
    # a weather widget's temperatures: "Hà Nội weather 20° - 28° C", "28° C"
    (r"[^\n.!?°]{0,40}?-?\d{1,2}\s*°\s*C?(?:\s*[-–/]\s*-?\d{1,2}\s*°\s*C?)?", ("°",)),
    # a mobile page's switch to the full site, after its icon's name: "twn Are you sure that
    # you want to switch to desktop version?", "Chuyển sang phiên bản máy tính" ("tch", not
    # "switch": the case-blind match also reads "s" and "i" as "ſ" and "İ")
    (
        r"[^\n]{0,12}?(?i:(?:are\s+you\s+sure\s+(?:that\s+)?you\s+want\s+to\s+)?switch\s+to"
        r"\s+(?:the\s+)?(?:desktop|mobile|full)\s+(?:version|site)"
        r"|chuyển\s+(?:sang|về)\s+(?:phiên\s+bản|giao\s+diện)\s+(?:máy\s+tính|di\s+động|desktop"
        r"|mobile))\s*\??",
        ("tch", "chuyển"),
    ),
)
"""The shapes of page chrome, one alternative of :data:`CHROME_LINE_RE` each, with the words
one of which the line in lower case must hold for the alternative to match (empty: not
told). The alternatives that scan a line for a separator, a degree sign or an equal sign
are tried only on the few lines that hold one (:func:`_chrome_scan`): tried on every line,
they were most of the furniture test's time."""
CHROME_LINE_RE = regex.compile(r"^\s*(?:" + "|".join(src for src, _ in _CHROME_SHAPES) + r")\s*$")
"""Page chrome by its shape: a lone ``.``, ``Hình 1`` where a picture was, a breadcrumb
(``> Tin tức - Sự kiện > Tin hoạt động HĐND > ...``, ``Trang chủ » Tin tức » ...``), the empty
bullets of a menu (``• :``), a font-size switch (``aA``, ``Xem với cỡ chữAA``), a weather
box (``Hà Nội, 30°C/27°C - 33°C``, ``Hà Nội weather 20° - 28° C``), a CMS module's name
(``Banner ... (Home-latest-1)``), a template's variable (``news_is_not_ads=``), a comment
counter (``(0) Bình luận``) or a comment form's character counter (``0 / 500 ký tự``), an
unfilled date field (``dd/mm/yyyy``), a follow button (``X trên Google News``), a mobile
page's switch to the full site (``Are you sure that you want to switch to desktop
version?``)."""
TOOLBAR_LINE_RE = regex.compile(
    r"^\s*(?:(?:A-|A\+|A|\||(?i:chia\s+sẻ(?:\s+bài\s+viết)?(?:\s+lên)?"
    r"(?:\s+(?:facebook|twitter|google\+|zalo|linkedin|email))?|facebook|twitter|google\+|zalo"
    r"|(?:tăng|giảm)\s+tương\s+phản|in\s+bài(?:\s+viết)?|g[ửở]i\s+email|cỡ\s+chữ|lưu\s+bài"
    r"|g[ửở]i\s+cho\s+bạn\s+bè|rss|in))"
    r"(?:\s+|$)){2,}$"
)
"""An article's toolbar on one line, made of its buttons only: ``A- A A+ | Chia sẻ bài viết lên
facebook Chia sẻ bài viết lên twitter Tăng tương phản Giảm tương phản``, ``RSS In Gởi cho bạn
bè`` (a feed, a print and a share button; ``Gởi`` is the older spelling of ``Gửi``). A lone
``In`` or ``RSS`` is no toolbar: it takes two buttons."""
TAGS_LINE_RE = regex.compile(r"^\s*(?:Từ\s+khóa|TỪ\s+KHÓA|Tags?|TAGS?|Thẻ)\s*:")
"""The keyword line of a news page (``Từ khóa: dân vận, Huy hiệu Đảng, ...``): links to tag
pages, of any length, never the article's words."""
_LINK_WIDGET_WORDS = frozenset(
    w.casefold() for w in load_lines(__package__ or "dan_van_extract", "data/link_widget_words.txt")
)
_WORD_RE = regex.compile(r"[\p{L}\p{M}]+")
_SENTENCE_MARK_RE = regex.compile(r"[.:;!?]")


def _office_words(line: str) -> tuple[int, int]:
    """How many words ``line`` has, and how many of them are words of an office list
    (``data/link_widget_words.txt``): what a link box's lines are made of."""
    words = _WORD_RE.findall(line)
    return len(words), sum(1 for w in words if w.casefold() in _LINK_WIDGET_WORDS)


def _link_widget_line(line: str) -> bool:
    """A link widget's run of labels on one line (``Sở, Ban, Ngành UBND Huyện, Thị xã, Thành
    phố``, ``Tỉnh ủy, UBND Tỉnh Sở, Ban ngành tỉnh Hội - Đoàn thể Các trang báo``): six words
    or more, nearly all of them words of an office list, no sentence mark. A headline has words
    of what happened (``UBND huyện tổ chức ...``)."""
    if len(line) > 200 or _SENTENCE_MARK_RE.search(line):
        return False
    words, known = _office_words(line)
    return words >= 6 and known * 100 >= words * 85


LINK_WIDGET_HEADING_RE = regex.compile(r"^\s*(?i:liên\s+kết\s+web(?:site)?)\s*:?\s*$")
"""The heading of a portal's link box: ``Liên kết Website``."""
LINK_CATEGORY_LINES = 12
"""How many category lines a link box may list under its heading."""


def _link_category_line(line: str) -> bool:
    """One category of a link box, under its ``Liên kết Website`` heading (``Cơ quan Đảng,
    Nhà nước``, ``Cơ quan Báo chí``, ``Các trường Đại học, Cao đẳng``): a few words with no
    digit and no sentence mark, three in four of them words of an office list."""
    if len(line) > 80 or _SENTENCE_MARK_RE.search(line) or _DIGIT_RE.search(line):
        return False
    words, known = _office_words(line)
    return 1 <= words <= 8 and known * 4 >= words * 3


_DIGIT_RE = regex.compile(r"\d")
_WEATHER_RE = regex.compile(r"-?\d{1,2}\s*°")
_PLACE_LABEL_RE = regex.compile(r"^\s*\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){0,3}\s*$")
"""A place's name alone (``Hồ Chí Minh``): the city a weather box is set to, under it."""


def _widget_blocks(
    lines: list[tuple[int, int]], kinds: list[PartKind | None], line: Callable[[int], str]
) -> None:
    """Mark the lines of two page widgets as furniture: the categories under a link box's
    heading, and the city's name under a weather box's temperatures."""
    for i in range(len(lines)):
        if LINK_WIDGET_HEADING_RE.match(line(i)):
            j = i + 1
            while j < min(len(lines), i + 1 + LINK_CATEGORY_LINES) and (
                kinds[j] == "furniture" or _link_category_line(line(j))
            ):
                kinds[j] = "furniture"
                j += 1
        elif (
            kinds[i] == "furniture"
            and i + 1 < len(lines)
            and kinds[i + 1] is None
            and _WEATHER_RE.search(line(i))
            and _PLACE_LABEL_RE.match(line(i + 1))
        ):
            kinds[i + 1] = "furniture"


_OTHER_NEWS = load_lines(__package__ or "dan_van_extract", "data/html_other_news.txt")
_OTHER_NEWS_HEADING = alternation(_OTHER_NEWS, fold_case=True)
RELATED_HEADING_RE = regex.compile(
    rf"^\s*(?:{_OTHER_NEWS_HEADING})(?:\s+(?:{_OTHER_NEWS_HEADING}))?\s*(?:\(\d+\))?\s*:?\s*$",
    regex.I,
)
"""The heading of a related-news box alone on a line (``Tin khác``, ``Tin xem nhiều``,
``TIN LIÊN QUAN``), from ``data/html_other_news.txt`` (shared with the HTML reader); or two
such headings on one line, a box's tab and its title (``Tin nổi bật Tin nổi bật``)."""
LIST_ITEM_RE = regex.compile(r"^\s*[-•*+–]\s*\S")
"""A bulleted line: an item of a related-news list (``- Tuyên dương ... .``)."""
COMMENT_NOTICE_RE = regex.compile(
    r"^\s*(?:(?:lưu|chú)\s+ý\s*:\s*)?[^\n]{0,40}?(?:biên\s+tập|duyệt|kiểm\s+duyệt)\s+"
    r"(?:các\s+)?(?:ý\s+kiến|bình\s+luận)(?:\s+của)?\s+bạn\s+đọc",
    regex.I,
)
"""A comment box's notice under the article (``LƯU Ý: <Outlet> sẽ biên tập ý kiến của bạn
đọc trước khi ...``)."""
SITE_NAME_RE = regex.compile(
    r"^\s*(?:(?:Báo|BÁO|Tạp\s+chí|TẠP\s+CHÍ)\s+\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3}"
    r"\s+(?:điện\s+tử|ĐIỆN\s+TỬ|[Oo]nline|ONLINE)"
    r"|(?i:(?:cổng|trang)\s+(?:thông\s+tin|tt)\s+điện\s+tử|cổng\s+ttđt)[^\n.,:;!?]{0,60}"
    r"|(?i:chuyên\s+trang)\s+\p{Lu}[^\n.,:;!?]{0,80})\s*$"
)
"""The site's own name printed over the headline (``Báo Đồng Nai điện tử``, ``Cổng thông tin
điện tử huyện X``, a broadcaster's ``Chuyên trang X - Thời báo X``): the page's header when
it opens the page."""
_LABEL = r"\p{Lu}[\p{L}\p{M}]*(?:[ \t]+[\p{L}\p{M}]+){0,3}"
"""A section's label: one to four words, the first capitalised (``Thi đua khen thưởng``)."""
SECTION_STAMP_RE = regex.compile(rf"^\s*{_LABEL}[ \t]+(?=\d)")
"""A section's name before a date stamp on one line (``Chính trị 15:06, 12/10/2015 GMT+7``):
the page's header, when the rest of the line is a date line."""
_TIME_FIRST_RE = regex.compile(r"\d{1,2}[:hg]\d{2}")
_SECTION_LABEL_RE = regex.compile(rf"^\s*{_LABEL}\s*$")
_KICKER_RE = regex.compile(rf"^\s*{_LABEL}\s*:\s*$")
"""A kicker ending in a colon (``Hội Cựu chiến binh:``): over a headline, the page's header as
a section's label is."""
_DASHED_LABEL_RE = regex.compile(
    rf"^\s*{_LABEL}(?:(?:[ \t]*[-–][ \t]*|[ \t]{{2,}}){_LABEL}){{1,2}}\s*$"
)
"""A section's label with its subsection (``Tin tức - Hoạt động``, ``Thời Sự - Chính trị   Nhân
sự mới``): words only, the parts joined by a dash or a run of blanks."""
_LOWER_LABEL = r"\p{Ll}[\p{L}\p{M}]*(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){0,3}"
_LOWER_DASHED_LABEL_RE = regex.compile(
    rf"^\s*{_LOWER_LABEL}(?:[ \t]*[-–][ \t]*{_LOWER_LABEL}){{1,2}}\s*$"
)
"""A section's label with its subsection printed in lower case (``kinh tế - xã hội``): words
only, every one lower case, the parts joined by a dash (without the dash, a lower-case line may
be a sentence's broken tail)."""
ANNIVERSARY_KICKER_RE = regex.compile(
    r"^\s*(?i:kỷ\s+niệm)\s+\d{1,3}\s+năm\s[^\n]{0,200}\(\s*(?:\d{1,2}[-/.]\d{1,2}[-/.])?(?:19|20)\d\d"
    r"\s*[-–]\s*(?:\d{1,2}[-/.]\d{1,2}[-/.])?(?:19|20)\d\d\s*\)\s*$"
)
"""A magazine's kicker over the headline: the anniversary the series is run for, with its two
dates in brackets (``Kỷ niệm 75 năm Ngày Truyền thống X (22-12-1944 – 22-12-2019)``)."""
TITLE_CREDIT_RE = regex.compile(rf"^\([ \t]*{OUTLET_ACRONYM}[ \t]*\)[ \t]+(?=\p{{Lu}})")
"""A broadcaster's credit printed before its headline: ``(TTV) Đại hội ...``."""
TITLE_ICON_LABEL_RE = regex.compile(r"\s+Tin\s+có\s+(?:hình|ảnh|video|clip)\s*$", regex.I)
"""The label of a ``has pictures`` icon printed after a headline: ``Tin có hình``."""
_NON_LATIN_RE = regex.compile(r"[\p{Arabic}\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Cyrillic}]")
_LATIN_RE = regex.compile(r"\p{Latin}")


def _foreign_script_line(line: str) -> bool:
    """A line with letters of another script and no Latin letter (``ناشر الأصول``: a CMS
    portlet's title rendered in the site's locale)."""
    # The Latin test first: it stops at a line's first Latin letter, where the other script's
    # search reads a whole Vietnamese line for nothing (same answer, both tests are pure).
    return _LATIN_RE.search(line) is None and _NON_LATIN_RE.search(line) is not None


# Furniture glued onto the end of a one-line article body ("... Bình luận (0) Báo ...").
INLINE_FURNITURE_RE = regex.compile(
    r"(?:Bình\s+luận\s*\(\d+\)|Tin\s+liên\s+quan|Bài\s+viết\s+liên\s+quan|Theo\s+dõi\s+chúng\s+tôi"
    r"|Cơ\s+quan\s+chủ\s+quản\s*:|Giấy\s+phép\s+số\s+\d|©"
    # a byline stamp glued to a one-line body: "Author - Outlet | 12:50 06/02/2017"
    r"|(?P<stamp>\|\s*\d{1,2}:\d{2}\s+\d{1,2}/\d{1,2}/\d{4})"
    # a related-news link glued to the end of the body: "... Hải Bình Xem thêm: > > ..."
    r"|(?P<related>(?<![\p{L}\p{M}])(?:Xem|Đọc)\s+thêm(?:\s*:|\s*>)))"
)
_INLINE_FURNITURE_HINT_RE = re.compile(r"Bình|Tin|Bài|Theo|Cơ|Giấy|©|\||Xem|Đọc")
"""The words one of which opens every :data:`INLINE_FURNITURE_RE` match: the standard
library's engine finds them fast (none holds, after its first character, the first
character of another, so none hides another)."""


def _search_inline_furniture(line: str, pos: int) -> regex.Match[str] | None:
    """``INLINE_FURNITURE_RE.search(line, pos)``: the pattern is tried only at the words
    that may open it (a search of a whole body line costs ten times more)."""
    for hint in _INLINE_FURNITURE_HINT_RE.finditer(line, pos):
        m = INLINE_FURNITURE_RE.match(line, hint.start())
        if m is not None:
            return m
    return None


RELATED_TAIL_MAX = 200
"""A glued ``Xem thêm:`` is furniture only this close to the end of its line (one related
title); further from it the scraper has run the body on after the link."""
TITLE_DATE_TAIL_RE = regex.compile(
    r"(?<![ \t])(?<!(?i:ngày|từ|đến|tới|trước|sau|trong|hạn|vào))"
    r"[ \t]+\d{1,2}[/.-]\d{1,2}[/.-]20\d\d(?:[ \t]+" + _HM + r")?[ \t]*$"
)
"""A date stamp printed at the end of the headline's own line (``KHÁNH THÀNH NHÀ ĐẠI ĐOÀN
KẾT 08/10/2021``): the publication date, not words of the title. A date of the last century
(``... thành lập Đảng 03/02/1930``) or after ``ngày``, ``trước``, ``đến`` ... (``hoàn thành
trước 30/6/2024``) is the headline's own."""
TITLE_LABELLED_DATE_RE = regex.compile(
    r"[ \t]+(?i:(?:ngày[ \t]+)?cập[ \t]+nhật|ngày[ \t]+đăng|đăng[ \t]+(?:ngày|lúc)"
    r"|(?:ngày[ \t]+)?xuất[ \t]+bản)[ \t]*:?[ \t]*\d{1,2}[/.-]\d{1,2}[/.-]20\d\d"
    r"(?:[ \t]+" + _HM + r")?[ \t]*$"
)
"""A labelled publication date printed at the end of the headline's line (``Các TDP tổ chức
ngày hội đại đoàn kết năm 2022 Ngày cập nhật 29/11/2022``): the label and the date are a
meta line, the words before them the title."""
GLUED_STAMP_RE = regex.compile(r"^\d{1,2}/\d{1,2}/(?:19|20)\d\d(?=\p{Lu}\p{Ll})")
"""A date stamp the page glued to the lead's first word, with no space (``05/09/2016Sáng
nay, ...``): the publication line, then the lead."""
_NOT_NEWLINE_RE = regex.compile(r"[^\n]")
SOFT_BREAK_RE = regex.compile(
    rf"(?<=[^\s{END_MARKS}:;\"”)\]])[ \t]*\n(?:[ \t]*\n)?[ \t]*(?=\p{{Ll}})"
)
"""A line break inside a sentence: the line before ends with no punctuation (or a comma)
and the next starts in lower case (``Đồng chí Đinh Văn Dũng – Giám đốc phòng giao
dịch`` / ``ngân hàng CSXH huyện đọc báo cáo``), as portals break their captions and
leads into short lines. At most one blank line is crossed."""
_SOURCE_CREDIT_LINE_RE = regex.compile(
    r"[ \t]*(?:\([ \t]*)?(?:Theo|Nguồn)[ \t]*:?[ \t]+\p{Lu}[^\n,]{1,70}?\)?[ \t]*\.?[ \t]*$"
    r"|[ \t]*Nguồn[ \t]+\p{Lu}[\p{L}\p{M}.]{1,15}(?:[ \t]\p{Lu}[\p{L}\p{M}.]{1,15}){0,2}[ \t]*:?"
    r"[ \t]*(?:https?://|www\.)\S+[ \t]*$"
)
"""A line crediting the outlet a post is taken from (``Theo Cổng thông tin điện tử tỉnh
Đắk Nông``, ``(Nguồn: TTXVN)``, ``Nguồn NLĐ: https://...``, ``Nguồn Bình Định: https://...``,
``Nguồn Tiền Phong https://...`` with no colon), below the writer's name."""
BYLINE_ORG_LINE_RE = regex.compile(
    rf"^[ \t]*(?:(?:{BYLINE_ORG})(?![\p{{L}}\p{{M}}])[^\n.;:!?]{{0,50}}"
    rf"|\([ \t]*(?:{BYLINE_ORG})(?![\p{{L}}\p{{M}}])[^\n.;:!?()]{{0,60}}\)[ \t]*)$"
)
"""The writer's office on the line under the name (``Trung tâm VHTT&TT Hữu Lũng``, or in
brackets: ``(MTTQ xã Tân Hòa, Gò Dầu)``), from ``data/byline_orgs.txt``: short, no sentence."""
_NOT_BYLINE_START_RE = regex.compile(r"(?:Ông|Bà|GS|PGS|TS|Trường|Khu|Ảnh|Đồng chí)\b")
_LINE_END_RE = regex.compile(rf"[{END_MARKS}:;\"”)]\s*$")
"""A line ending like a sentence or a clause (body text, not a caption)."""
BYLINE_RE = regex.compile(
    rf"^\s*(?:{CREDIT_PREFIX}\s*(?::\s*{OFFICE_BEFORE_NAME})?:?\s*)?"
    r"(?P<name>(?:\p{Lu}[\p{L}.']*\.?)(?:[ \t]+(?:\p{Lu}[\p{L}.']*|-|–)){0,4})"
    rf"{WRITER_SUFFIX}?{DESK_SUFFIX}?(?:[ \t]*/[ \t]*{SLASH_OUTLET})?"
    rf"\s*(?:\([^()\n]{{1,80}}\))?{SOURCE_TAIL}?\s*\.?\s*$"
)


@dataclass
class Layout:
    """The parts of one article, in order, over the normal-form text."""

    text: str
    parts: list[Part] = field(default_factory=list)

    def of(self, *kinds: PartKind) -> list[Part]:
        """The parts of the given kinds, in order."""
        return [p for p in self.parts if p.kind in kinds]

    def kind_at(self, pos: int) -> PartKind | None:
        """The kind of part that holds the position ``pos``."""
        for p in self.parts:
            if p.start <= pos < p.end:
                return p.kind
        return None

    @cached_property
    def content(self) -> str:
        """The text with everything but title, body and captions blanked out.

        Offsets are unchanged: each blanked character becomes a space (line breaks stay),
        so a match in ``content`` is a match in :attr:`text` at the same place. A soft
        line break (see :data:`SOFT_BREAK_RE`) becomes spaces too: the sentence it cut
        reads as one line.
        """
        return _blank_soft_breaks(self.masked(CONTENT_KINDS))

    def masked(self, keep: frozenset[str] | set[str]) -> str:
        """The text with every part not in ``keep`` blanked out (same length)."""
        pieces: list[str] = []
        last = 0
        for p in self.parts:
            if p.kind not in keep:
                pieces.append(self.text[last : p.start])
                pieces.append(_NOT_NEWLINE_RE.sub(" ", self.text[p.start : p.end]))
                last = p.end
        pieces.append(self.text[last:])
        return "".join(pieces)

    @cached_property
    def title(self) -> Part | None:
        """The headline part, if the article has one."""
        found = self.of("title")
        return found[0] if found else None


def _blank_soft_breaks(text: str) -> str:
    """``text`` with every soft line break (:data:`SOFT_BREAK_RE`) turned into as many
    spaces, as ``SOFT_BREAK_RE.sub`` gives it, the pattern tried only where a match may
    start: a match holds a line break and only blanks stand before it, its first character
    follows a non-blank one, so it starts where the blanks closing a line start. (A scan of
    every position costs a tenth of a millisecond an article, nearly always for nothing.)
    """
    pieces: list[str] = []
    last = 0  # the end of the last match: the scan goes on from there
    line_start = 0
    newline = text.find("\n")
    while newline >= 0:
        start = line_start + len(text[line_start:newline].rstrip(" \t"))
        if start >= last:
            m = SOFT_BREAK_RE.match(text, start)
            if m is not None:
                pieces.append(text[last:start])
                pieces.append(" " * (m.end() - start))
                last = m.end()
        line_start = newline + 1
        newline = text.find("\n", line_start)
    pieces.append(text[last:])
    return "".join(pieces)


def _lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every non-blank line, end excluding the line break."""
    out = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            out.append((pos, end))
        pos = end + 1
    return out


def _strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


_FURNITURE_SHAPES = (
    MEDIA_RE,
    URL_LINE_RE,
    RELATED_RE,
    FURNITURE_LINE_RE,
    WIDGET_LINE_RE,
    CHROME_LINE_RE,
    TOOLBAR_LINE_RE,
    TAGS_LINE_RE,
    RELATED_HEADING_RE,
    COMMENT_NOTICE_RE,
)
_CHROME_PLAIN_RE = regex.compile(
    r"^\s*(?:" + "|".join(src for src, hints in _CHROME_SHAPES if not hints) + r")\s*$"
)
_CHROME_HINTED = tuple(
    (hints, regex.compile(r"^\s*(?:" + src + r")\s*$")) for src, hints in _CHROME_SHAPES if hints
)
""":data:`CHROME_LINE_RE` cut in two: the alternatives anchored on their first characters,
and those tried only on a line holding one of their words (a line matches
:data:`CHROME_LINE_RE` when it matches one of its alternatives)."""
_FURNITURE_SHAPES_RE = regex.compile(
    "|".join(
        ("(?i:%s)" if p.flags & regex.IGNORECASE else "(?:%s)") % p.pattern
        for p in (_CHROME_PLAIN_RE if s is CHROME_LINE_RE else s for s in _FURNITURE_SHAPES)
    )
)
"""Every pattern of :data:`_FURNITURE_SHAPES` as one alternation, each with its own flags: it
matches where one of them does (the patterns are anchored and have no group a later one
refers to), at the cost of one call instead of ten on every line of every page; but of
:data:`CHROME_LINE_RE` only the alternatives that need no word (:func:`_chrome_scan` tries
the others)."""


def _chrome_scan(line: str) -> bool:
    """Whether ``line`` matches an alternative of :data:`CHROME_LINE_RE` that needs one of its
    words (:data:`_CHROME_SHAPES`): each is tried only when the line holds one."""
    low = line.lower()
    for hints, pattern in _CHROME_HINTED:
        if any(hint in low for hint in hints) and pattern.match(line):
            return True
    return False


LINE_TEST_CACHE = 256
"""How many lines the furniture and meta tests remember: the headline and the lines around it
are tested again as candidates for the title a moment after the first pass tested every line
(bounded, and a pure function of the line: nothing of one page leaks into another's answer)."""


def _furniture_shape(line: str) -> bool:
    """Whether ``line`` matches one of :data:`_FURNITURE_SHAPES`: the one alternation, then
    the chrome shapes that need a word (:func:`_chrome_scan`)."""
    return _FURNITURE_SHAPES_RE.match(line) is not None or _chrome_scan(line)


@lru_cache(maxsize=LINE_TEST_CACHE)
def _is_furniture_line(line: str) -> bool:
    if len(line) > 600:  # furniture lines are short; a long line is content
        return bool(URL_ENCODED_RE.search(line) and " " not in line.strip()[:40])
    return bool(
        _furniture_shape(line)
        or _link_widget_line(line)
        or _foreign_script_line(line)
        or (URL_ENCODED_RE.search(line) and " " not in line.strip()[:40])
    )


@lru_cache(maxsize=LINE_TEST_CACHE)
def _is_meta_line(line: str) -> bool:
    if len(line) > 120:  # date, view and domain lines are short
        return False
    return bool(
        DATE_LINE_RE.match(line)
        or VIEWS_LINE_RE.match(line)
        or BARE_NUMBER_RE.match(line)
        or DOMAIN_LINE_RE.match(line)
        or name_stamp(line) is not None
    )


def _title_like(line: str) -> bool:
    s = line.strip()
    if not s or len(s) > 250 or len(s) < 8:
        return False
    if _is_meta_line(s) or _is_furniture_line(s):
        return False
    # A lead sentence or a caption: ends with a full stop (not an ellipsis); headlines end
    # without one, except short ones.
    if s.endswith(".") and not s.endswith("...") and (len(s) > 60 or ". " in s):
        return False
    return not s.endswith(":")


HEADLINE_MAX_CHARS = 300
"""The longest line still taken as a headline when a date line stands right under it."""


def _headline_over_date(lines: list[tuple[int, int]], i: int, line: Callable[[int], str]) -> bool:
    """A first line ending in a full stop is still the headline when the publication
    line (``28/12/2020 03:52``) stands right under it, as portals print them."""
    s = line(i).strip()
    if not s or len(s) > HEADLINE_MAX_CHARS or s.endswith(":") or i + 1 >= len(lines):
        return False
    if _is_meta_line(s) or _is_furniture_line(s):
        return False
    return DATE_LINE_RE.match(line(i + 1)) is not None or name_stamp(line(i + 1)) is not None


LEAD_DATELINE_RE = regex.compile(
    r"^\s*(?:(?:\(\s*[\p{L}\d][\p{L}\d.]{1,24}\s*\)|\p{Lu}[\p{L}\d]{1,15})[ \t]*[-–—][ \t]*)?"
    r"(?:Sáng|Chiều|Tối|Trưa|Đêm|Ngày|Hôm[ \t]+nay)(?:[ \t]+nay)?(?:[ \t]+ngày)?[ \t]+"
    r"\d{1,2}[/.-]\d{1,2}(?:[/.-](?:19|20)\d\d)?[ \t]*,"
)
"""A lead opening with the day of its event, after the outlet's credit or without one
(``Online - Chiều 11-5,``, ``(BTO) - Sáng 23/4,``, ``Ngày 26/8,``)."""


def _headline_over_lead(lines: list[tuple[int, int]], i: int, line: Callable[[int], str]) -> bool:
    """A first line of one sentence ending in a full stop is still the headline when the line
    right under it is a lead opening with its event's day (``Online - Chiều 11-5, ...``), as
    portals print them; a line that itself opens so is the lead."""
    s = line(i).strip()
    if (
        not s.endswith(".")
        or s.endswith("..")
        or ". " in s
        or len(s) > HEADLINE_MAX_CHARS
        or i + 1 >= len(lines)
        or lines[i + 1][0] > lines[i][1] + 3
    ):
        return False
    if LEAD_DATELINE_RE.match(s) or PHOTO_CREDIT_RE.search(s) or _is_furniture_line(s):
        return False
    return LEAD_DATELINE_RE.match(line(i + 1)) is not None


def _section_stamp(s: str) -> bool:
    """``Chính trị 15:06, 12/10/2015 GMT+7``: a section's name, then a date line."""
    m = SECTION_STAMP_RE.match(s)
    if m is None or not _TIME_FIRST_RE.match(s, m.end()):
        return False  # "Hội nghị ngày 15/03/2024" is a headline: a stamp starts with the time
    return DATE_LINE_RE.match(s[m.end() :]) is not None


_ADVERT_LINE_RE = regex.compile(r"^\s*\p{Lu}[\p{L}\p{M}]*(?:[ \t]+[\p{L}\p{M}]+){1,7}\s*$")
"""A short line of words only (two to eight, no digit, no mark), like a sponsor's name
(``Công ty Phân lân nung chảy Văn Điển``) or a tag page's header."""
LEAD_MIN_CHARS = 120
"""The shortest line read as the lead under a headline, when it ends like a sentence."""
ZOOM_LINE_RE = regex.compile(r"^\s*\d{1,3}\s*%\s*$")
"""A line that is only a percentage (``100%``): right under the publication line it is the
page's font-zoom widget, not a figure of the story."""
LEAD_CREDIT_RE = regex.compile(
    r"^\s*(?:\(\s*[\p{L}\d][\p{L}\d.]{1,24}\s*\)\s*[-–—]|\p{Lu}{2,8}\d?[ \t]*[-–—][ \t])"
)
"""A lead opening with its outlet's credit: ``(VOV5) -``, ``(baodaknong.vn) -``, ``NDO -``."""
RELATED_HEADLINES_MAX = 4
"""The most headline-like lines read as related news between the publication line and the
credit opening the lead."""
_HEADLINE_WORDS_MAX = 20
_CREDITED_LEAD_MIN = 80


def _related_headlines(
    lines: list[tuple[int, int]], i: int, kinds: list[PartKind | None], line: Callable[[int], str]
) -> int:
    """How many lines from ``i`` (the first after the publication line) are related-news
    headlines without bullets: each headline-like (at most 20 words, no final period or
    colon), up to a long line opening with an outlet's credit (``(VOV5) -``), the lead.
    None (0) without that credit: a headline-like line may be the story's first paragraph."""
    j = i
    while j < len(lines) and j - i < RELATED_HEADLINES_MAX and kinds[j] is None:
        s = line(j).strip()
        if LEAD_CREDIT_RE.match(s):
            break
        words = len(s.split())
        if words < 3 or words > _HEADLINE_WORDS_MAX or s[-1] in ".:;" or not _title_like(s):
            return 0
        j += 1
    if j == i or j >= len(lines) or kinds[j] is not None:
        return 0
    lead = line(j).strip()
    return j - i if LEAD_CREDIT_RE.match(lead) and len(lead) >= _CREDITED_LEAD_MIN else 0


def _headline_shaped(s: str) -> bool:
    """A title-like line that does not end with a full stop, as a lead's first line would."""
    return _title_like(s) and not s.rstrip().endswith(".")


def _stamp_line(s: str) -> bool:
    """A line that stamps the headline above it: a date line, a writer's or a section's name
    before the publication stamp (:func:`name_stamp`), or a writer's name before the separator
    of a stamp whose date the page left out (``K.NINH |``; a name alone may be the writer's
    signature under a one-line article)."""
    if DATE_LINE_RE.match(s) or name_stamp(s) is not None:
        return True
    s = s.strip()
    return s.endswith("|") and _is_byline(s[:-1])


NAME_LINES_OVER_STAMP = 2
"""The most lines of writers' names between a headline and its publication line (a national
paper prints the name, sometimes twice: the author box and its link)."""
NAME_LINE_MAX_WORDS = 5


def _name_alone(s: str, max_words: int = NAME_LINE_MAX_WORDS) -> bool:
    """A line that is a writer's name alone: a byline of a few words (``max_words``), no
    sentence's full stop."""
    return len(s.split()) <= max_words and not s.endswith(".") and _is_byline(s)


def _names_over_stamp(
    lines: list[tuple[int, int]], i: int, kinds: list[PartKind | None], line: Callable[[int], str]
) -> int:
    """How many lines from ``i`` are writers' names alone standing over the publication line
    (``Nguyễn Phúc`` / ``Nguyễn Phúc`` / ``08/09/2025 15:30 GMT+7``): one or two short name
    lines, then a date line; 0 for any other run (a name alone under a headline may be a
    caption's or the signature of a one-line article)."""
    j = i
    while j < len(lines) and j - i < NAME_LINES_OVER_STAMP and kinds[j] is None:
        if not _name_alone(line(j).strip()):
            break
        j += 1
    if j == i or j >= len(lines) or kinds[j] not in (None, "meta"):
        return 0
    return j - i if DATE_LINE_RE.match(line(j)) else 0


def _next_content(
    lines: list[tuple[int, int]], i: int, kinds: list[PartKind | None], limit: int = 3
) -> int | None:
    """The first line after ``i`` (at most ``limit`` lines on) that is not furniture."""
    for j in range(i + 1, min(len(lines), i + 1 + limit)):
        if kinds[j] != "furniture":
            return j
    return None


def _section_label_over_headline(
    lines: list[tuple[int, int]],
    i: int,
    kinds: list[PartKind | None],
    line: Callable[[int], str],
    *,
    over_label: bool = True,
) -> bool:
    """A short label (``Thi đua khen thưởng``, a sponsor's name, a tag page's header) over the
    headline, while the label has no date line under it. The next line that is not furniture is
    the headline when it stands over the publication line (or a writer's stamp, or the writer's
    name alone over the publication line), when it is printed twice in a row, or, under a label
    of one to four words, when it is a headline twice as long over the lead. A site's menu line
    over such a label is the header too (``Bạn cần biết Tiện ích Liên hệ`` / ``Giới trẻ`` /
    headline / ``Nguyễn Phúc`` / ``08/09/2025 15:30 GMT+7``)."""
    label = line(i)
    short = any(
        r.match(label) is not None
        for r in (_SECTION_LABEL_RE, _KICKER_RE, _DASHED_LABEL_RE, _LOWER_DASHED_LABEL_RE)
    )
    if not (short or _ADVERT_LINE_RE.match(label)) or _headline_over_date(lines, i, line):
        return False
    j = _next_content(lines, i, kinds)
    if j is None or kinds[j] is not None or line(j).strip() == label.strip():
        return False
    if _headline_over_date(lines, j, line):
        return True
    if over_label and _section_label_over_headline(lines, j, kinds, line, over_label=False):
        return True  # the site's menu over the section's label over the headline
    k = _next_content(lines, j, kinds)
    if k is None or not _headline_shaped(line(j)):
        return False
    if line(k).strip() == line(j).strip() or _stamp_line(line(k)):
        return True  # "<headline>" printed twice; "Thanh Tiến - Quốc Trung 04/07/2024 09:18"
    if _names_over_stamp(lines, k, kinds, line):
        return True  # "<headline>" / "Nguyễn Phúc" / "08/09/2025 15:30 GMT+7"
    words, label_words = len(line(j).split()), len(label.split())
    lead = line(k).strip()
    return (
        short
        and words >= 8
        and words >= 2 * label_words
        and len(lead) >= LEAD_MIN_CHARS
        and _LINE_END_RE.search(lead) is not None
    )


_NULL_PREFIX_RE = regex.compile(r"^\s*null\s+(?=\S)")


def _null_repeat(i: int, lines: list[tuple[int, int]], line: Callable[[int], str]) -> bool:
    """``null Lai Vung truy tặng ...`` with ``Lai Vung truy tặng ...`` a few lines under it:
    a CMS printing an empty field's ``null`` before a copy of the headline."""
    m = _NULL_PREFIX_RE.match(line(i))
    if m is None:
        return False
    rest = line(i)[m.end() :].strip()
    return any(line(j).strip() == rest for j in range(i + 1, min(len(lines), i + 5)))


_SITE_ORG_HEADS = load_lines(__package__ or "dan_van_extract", "data/site_org_heads.txt")
SITE_ORG_RE = regex.compile(
    rf"^\s*(?:{alternation(_SITE_ORG_HEADS)})(?![\p{{L}}\p{{M}}])"
    r"[\p{Lu}\p{M}\d \t&.,-]{0,80}$"
)
"""An organisation's name in upper case opening the page (``ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT
NAM``): a head word of ``data/site_org_heads.txt``, then capitals, digits and blanks only."""
SITE_ADDRESS_RE = regex.compile(
    r"^\s*(?:QUẬN|HUYỆN|TỈNH|THÀNH\s+PHỐ|THỊ\s+XÃ|THỊ\s+TRẤN|XÃ|PHƯỜNG|TP\.?)(?![\p{L}\p{M}])"
    r"[\p{Lu}\p{M}\d \t.,–-]{0,60}$"
)
"""The place under the organisation's name in a portal's header (``QUẬN 5 - THÀNH PHỐ HỒ CHÍ
MINH``): upper case, opening with a unit's word."""
SITE_ORG_MAX_WORDS = 12


def _org_header_over_headline(
    lines: list[tuple[int, int]], i: int, kinds: list[PartKind | None], line: Callable[[int], str]
) -> int | None:
    """The line of the headline when line ``i`` is an organisation's name in upper case
    (:data:`SITE_ORG_RE`, at most :data:`SITE_ORG_MAX_WORDS` words), its place under it or not
    (:data:`SITE_ADDRESS_RE`), then a title-like line over the publication line or over a lead
    (a long line ending like a sentence); None otherwise. A headline naming the body first
    (``HỘI NÔNG DÂN XÃ TỔ CHỨC HỘI NGHỊ``) has the lead under it, not another title."""
    s = line(i).strip()
    if not SITE_ORG_RE.match(s) or len(s.split()) > SITE_ORG_MAX_WORDS:
        return None
    j = _next_content(lines, i, kinds)
    if j is not None and kinds[j] is None and _headline_over_org_lead(lines, j, kinds, line):
        return j
    if j is None or kinds[j] is not None or not SITE_ADDRESS_RE.match(line(j)):
        return None
    j = _next_content(lines, j, kinds)  # "QUẬN 5 - THÀNH PHỐ HỒ CHÍ MINH": the place
    if j is not None and kinds[j] is None and _headline_over_org_lead(lines, j, kinds, line):
        return j
    return None


def _headline_over_org_lead(
    lines: list[tuple[int, int]], j: int, kinds: list[PartKind | None], line: Callable[[int], str]
) -> bool:
    """A headline-shaped line ``j`` over the publication line or over a lead (a long line
    ending like a sentence)."""
    if not _headline_shaped(line(j)):
        return False
    if _headline_over_date(lines, j, line):
        return True
    k = _next_content(lines, j, kinds)
    if k is None or kinds[k] is not None:
        return False
    lead = line(k).strip()
    return len(lead) >= LEAD_MIN_CHARS and _LINE_END_RE.search(lead) is not None


SITE_HEADER_LINES = 4
"""How many lines under a site's upper-case name its headline (over a date line) may stand."""


def _headline_under_site_name(
    lines: list[tuple[int, int]],
    title_idx: int,
    kinds: list[PartKind | None],
    line: Callable[[int], str],
) -> int | None:
    """The line of the real headline when the line taken for the title is the site's name
    in upper case (``ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI``) with no date under it,
    and a title-like line a few lines further down has the publication line right under
    it (``Đăng ngày: 29-10-2021 04:56``); None otherwise."""
    first = line(title_idx).strip()
    if not first.isupper() or DATE_LINE_RE.match(
        line(title_idx + 1) if title_idx + 1 < len(lines) else ""
    ):
        return None
    for j in range(title_idx + 1, min(len(lines) - 1, title_idx + 1 + SITE_HEADER_LINES)):
        if kinds[j] is not None or kinds[j + 1] not in (None, "meta"):
            continue
        if _title_like(line(j)) and DATE_LINE_RE.match(line(j + 1)):
            return j
    return None


_BRACKETED_RE = regex.compile(r"\([^()]*\)")
"""A bracketed note in a byline (``(Ban Dân vận)``): not words of the name."""


_OFFICE_TAIL_RE = regex.compile(rf"[ \t]*[-–,][ \t]*(?:{BYLINE_ORG})(?![\p{{L}}\p{{M}}])[^\n]*$")
"""The writer's office after a dash or a comma on the byline (``– Cơ quan Ủy ban MTTQ huyện
X``, ``, Công chức Văn hóa xã``): not words of the name, so not counted against its length."""


def _is_byline(line: str) -> bool:
    s = line.strip()
    m = BYLINE_RE.match(s) if len(s) <= 80 else None
    if m is None:
        return False
    if s.endswith(".") and _NOT_BYLINE_START_RE.match(s):
        return False  # "Ông Nguyễn Thành Phong.": a caption naming someone, not a byline
    # the name and what follows it, without the credit's label or the source named after it
    core = s[m.start("name") : m.start("nguon") if m.group("nguon") else len(s)]
    core = _OFFICE_TAIL_RE.sub("", core)  # "– Cơ quan Ủy ban MTTQ huyện": the office
    words = [w for w in _BRACKETED_RE.sub("", core).split() if w not in ("-", "–")]
    return 1 <= len(words) <= 8


_SHARE_LINE_RE = regex.compile(r"^\s*(?i:chia\s+sẻ|share)(?![\p{L}\p{M}])")


def _byline_under_headline(
    i: int, lines: list[tuple[int, int]], kinds: list[PartKind | None], line: Callable[[int], str]
) -> bool:
    """A writer's name under the headline, as newspapers print it: with the bar the page puts
    before its date (``K.NINH |``) or over the share buttons (``Thu Hà`` / ``Chia sẻ Zalo``).
    A name line alone there may be a caption; these marks say it is not."""
    s = line(i).strip()
    if not _is_byline(s.rstrip("| \t")) or len(s.split()) > 6:
        return False
    if s.endswith("|"):
        return True
    return (
        i + 1 < len(lines)
        and kinds[i + 1] == "furniture"
        and bool(_SHARE_LINE_RE.match(line(i + 1)))
    )


# -- a byline or a section's name and the publication stamp on one line (meta-line shape) --
_NAME_STAMP_RE = regex.compile(
    r"^(?P<name>\s*\p{Lu}[^\d\n|]{1,60}?)\s*(?:[-|–]\s*)?(?P<stamp>\d{1,2}[:/.h-]\d[^\n]*)$"
)
_CLOCK_RE = regex.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")


def name_stamp(line: str) -> tuple[PartKind, int, int] | None:
    """A newspaper's meta line holding a byline, or a section's name, and the publication
    stamp (a date and a clock time): ``Thanh Hà - Minh Anh 04/07/2024 09:18``, ``Thanh Hà
    | 04/07/2024 09:18``, ``Minh Anh - 14:20 28/09/2023 GMT+7`` (byline), ``Thời sự -
    01/12/2023 10:47`` (header). Returns the name's kind, where it ends and where the stamp
    starts; None for any other line (a headline with a date and no clock time).

    >>> name_stamp("Thanh Hà - Minh Anh 04/07/2024 09:18")
    ('byline', 19, 20)
    >>> name_stamp("Hội nghị tổng kết 04/07/2024") is None
    True
    """
    m = _NAME_STAMP_RE.match(line) if len(line) <= 120 else None
    if m is None or not _CLOCK_RE.search(m["stamp"]) or not DATE_LINE_RE.match(m["stamp"]):
        return None
    name = m["name"].rstrip(" \t-–")
    kind: PartKind
    if _is_byline(name):
        kind = "byline"
    elif _SECTION_LABEL_RE.match(name):
        kind = "header"
    else:
        return None
    return kind, len(name), m.start("stamp")


_DANGLING_OFFICE_RE = regex.compile(
    r"[ \t][-–][ \t]*(?:Ủy|Uỷ|Ủy ban|Uỷ ban|Ban|Hội|Phòng|Trung)[ \t]*$"
)
"""The first word of the writer's office left at the end of the byline's line by a hard
wrap: ``Hoài Thương - Ủy``."""


def _wrapped_office_byline(i: int, k: int, lines: list[tuple[int, int]], text: str) -> bool:
    """A byline with the writer's office that the CMS wrapped onto two lines (``Hoài Thương -
    Ủy`` / ``ban MTTQVN huyện Cẩm Mỹ``): the name line ends in the office's first word, and the
    next line goes on in lower case right under it."""
    a, b = lines[i]
    c, d = lines[k]
    if c != b + 1 or d - c > 80 or _LOWER_START_RE.match(text, c, d) is None:
        return False
    m = _DANGLING_OFFICE_RE.search(text, a, b)
    return m is not None and _is_byline(text[a : m.start()])


def _upper_headline_repeated(
    i: int, lines: list[tuple[int, int]], line: Callable[[int], str]
) -> bool:
    """A headline in upper case printed again a few lines under itself (a portal printing it
    over its breadcrumb and over the body), even ending with a full stop: a lead is not
    written in capitals."""
    s = line(i).strip()
    if len(s) > HEADLINE_MAX_CHARS or len(s) < 8 or not s.isupper():
        return False
    return any(line(j).strip() == s for j in range(i + 1, min(len(lines), i + 6)))


def _anniversary_kicker(
    i: int, kinds: list[PartKind | None], lines: list[tuple[int, int]], line: Callable[[int], str]
) -> bool:
    """An anniversary kicker (:data:`ANNIVERSARY_KICKER_RE`) with a headline under it: a
    title-like line that does not end like a sentence (a lead would)."""
    if not ANNIVERSARY_KICKER_RE.match(line(i)):
        return False
    j = _next_content(lines, i, kinds)
    return j is not None and _headline_shaped(line(j))


WRAPPED_MAX_WORDS = 4
"""The most words of a first line broken off a sentence (``Tham dự hội``); a longer line over a
lower-case one is a headline over a lead that lost its first letter."""
_LOWER_START_RE = regex.compile(r"\G[ \t]*\p{Ll}")


def _wrapped_fragment(i: int, lines: list[tuple[int, int]], text: str) -> bool:
    """A line the CMS broke inside a sentence (``Tham dự hội`` / ``nghị có ...``): the next
    line follows it with no blank line and goes on in lower case, and it ends with a word."""
    if i + 1 >= len(lines) or lines[i + 1][0] != lines[i][1] + 1:
        return False
    a, b = lines[i]
    if not text[a:b].rstrip()[-1:].isalpha() or len(text[a:b].split()) > WRAPPED_MAX_WORDS:
        return False
    c, d = lines[i + 1]
    return _LOWER_START_RE.match(text, c, d) is not None


def segment(text: str) -> Layout:
    """Label the lines of a normal-form article text.

    >>> text = "Tiêu đề bài viết\\n\\nThứ 4, 30/09/2020 | 15:06:38\\nNội dung.\\nGửi cho bạn bè"
    >>> lay = segment(text)
    >>> [p.kind for p in lay.parts]
    ['title', 'meta', 'body', 'furniture']
    """
    lines = _lines(text)
    kinds: list[PartKind | None] = [None] * len(lines)
    if not lines:
        return Layout(text)

    def line(i: int) -> str:
        a, b = lines[i]
        return text[a:b]

    # 1. Furniture lines anywhere; after a strong trailing marker everything is furniture.
    furniture: dict[str, bool] = {}  # each distinct line read once (a list repeats lines)
    for i in range(len(lines)):
        text_i = line(i)
        is_furniture = furniture.get(text_i)
        if is_furniture is None:
            is_furniture = furniture[text_i] = _is_furniture_line(text_i)
        if is_furniture:
            kinds[i] = "furniture"
    related = _related_list_start(lines, kinds, line)
    if related is not None:
        for i in range(related, len(lines)):
            kinds[i] = "furniture"  # "Tin khác" / "- <title>" / ...: the rest is the list
    _widget_blocks(lines, kinds, line)
    tail_from = len(lines)
    for i in range(len(lines) - 1, -1, -1):
        if kinds[i] == "furniture" or (
            kinds[i] is None and _is_meta_line(line(i)) and i > len(lines) // 2
        ):
            tail_from = i
            continue
        if kinds[i] is None and _is_byline(line(i)) and tail_from < len(lines):
            continue
        if kinds[i] is None and _label_under_related_heading(i, kinds, line):
            kinds[i] = "furniture"  # "Các tin khác" / "TÀI LIỆU": the box's tab, no writer
            tail_from = i
            continue
        break
    for i in range(tail_from, len(lines)):
        if kinds[i] is None and not _is_byline(line(i)):
            # a view counter under the byline ("Số lượt người xem:" / "1392") stays meta
            views = VIEWS_LINE_RE.match(line(i)) or (
                BARE_NUMBER_RE.match(line(i)) and i > 0 and VIEWS_LINE_RE.match(line(i - 1))
            )
            # "Xuất bản:Thứ năm, 08/10/2015 18:20 (GMT+7)" as the last line: the post's date
            labelled = LABELLED_DATE_LINE_RE.match(line(i)) and DATE_LINE_RE.match(line(i))
            kinds[i] = "meta" if views or labelled else "furniture"

    # 2. Meta lines (dates, views, domain) near the top; the title.
    title_idx: int | None = None
    subtitle_seen = False
    head_limit = min(len(lines), 8)
    for i in range(head_limit):
        if kinds[i] is not None:
            continue
        if _is_meta_line(META_BULLET_RE.sub("", line(i), count=1)):
            kinds[i] = "meta"
            continue
        if _null_repeat(i, lines, line):
            kinds[i] = "header"  # "null <headline>" over "<headline>": a CMS's empty field
            continue
        if title_idx is None and SITE_NAME_RE.match(line(i)) and not line(i).isupper():
            # "Báo Đồng Nai điện tử" over the headline: the site's name (one in upper case
            # is left to _headline_under_site_name, which looks for the headline under it)
            kinds[i] = "header"
            continue
        if title_idx is None and _section_stamp(line(i)):
            kinds[i] = "header"  # "Chính trị 15:06, 12/10/2015 GMT+7": section and time
            continue
        if title_idx is None and _section_label_over_headline(lines, i, kinds, line):
            kinds[i] = "header"  # "Thi đua khen thưởng" / "<headline>" / "(15:32 | ...)"
            continue
        if title_idx is None and (org := _org_header_over_headline(lines, i, kinds, line)):
            for h in range(i, org):
                if kinds[h] is None:
                    kinds[h] = "header"  # "ỦY BAN MẶT TRẬN ..." / "QUẬN 5 - ..." / headline
            continue
        if title_idx is None and _anniversary_kicker(i, kinds, lines, line):
            kinds[i] = "header"  # "Kỷ niệm 75 năm ... (1944 – 2019)" / "<headline>"
            continue
        if title_idx is None and _wrapped_fragment(i, lines, text):
            break  # "Tham dự hội" / "nghị có ...": a sentence the CMS broke, no headline
        if title_idx is None and (
            _title_like(line(i))
            or _headline_over_date(lines, i, line)
            or _upper_headline_repeated(i, lines, line)
            or _headline_over_lead(lines, i, line)
        ):
            title_idx = i
            kinds[i] = "title"
            continue
        if title_idx is not None and _names_over_stamp(lines, i, kinds, line):
            kinds[i] = "byline"  # "<headline>" / "Nguyễn Phúc" / "08/09/2025 15:30 GMT+7"
            continue
        if (
            title_idx is not None
            and not subtitle_seen
            and i + 1 < head_limit
            and kinds[i + 1] is None
            and DATE_LINE_RE.match(line(i + 1))
        ):
            subtitle_seen = True  # "<headline>" / "<subtitle>" / "17/11/2023 07:59:47 +07:00"
            continue
        if title_idx is not None and _byline_under_headline(i, lines, kinds, line):
            kinds[i] = "byline"  # "K.NINH |", "Thu Hà" / "Chia sẻ Zalo": the writer
            continue
        if title_idx is not None and i > title_idx + 1 and kinds[i - 1] == "meta":
            # "Cập nhật: 08/08/2022" / two headlines of other stories / "(VOV5) - ...":
            # related news without bullets
            for j in range(i, i + _related_headlines(lines, i, kinds, line)):
                kinds[j] = "furniture"
        break
    if title_idx is not None:
        moved = _headline_under_site_name(lines, title_idx, kinds, line)
        if moved is not None:
            # "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN X / Tin tức - Sự kiện / headline / Ngày đăng:
            # ...": the site's name and its section are the page's header
            for i in range(moved):
                if kinds[i] in (None, "title"):
                    kinds[i] = "header"
            kinds[moved] = "title"
            kinds[moved + 1] = "meta"
            title_idx = moved
        # Date lines above the title are the site's own header when another date line
        # follows the title (the visit date, not the article's).
        below = [
            i
            for i in range(title_idx + 1, min(len(lines), title_idx + 5))
            if kinds[i] == "meta" and DATE_LINE_RE.match(line(i))
        ]
        # So are they when one is printed twice above the title (the header's date and a
        # weather box's: the day the page was seen).
        above = [
            line(i).strip()
            for i in range(title_idx)
            if kinds[i] == "meta" and DATE_LINE_RE.match(line(i))
        ]
        if below or len(set(above)) < len(above):
            for i in range(title_idx):
                if kinds[i] == "meta":
                    kinds[i] = "header"

    for i in range(1, head_limit):
        if kinds[i] is None and kinds[i - 1] == "meta" and ZOOM_LINE_RE.match(line(i)):
            kinds[i] = "furniture"  # "Đăng lúc: ... (GMT+7)" / "100%": the zoom widget

    # 3. Byline: the last content line before the furniture, if it is a short name line.
    content_idx = [i for i in range(len(lines)) if kinds[i] is None]
    if len(content_idx) >= 3 and _wrapped_office_byline(
        content_idx[-2], content_idx[-1], lines, text
    ):
        kinds[content_idx[-2]] = kinds[content_idx[-1]] = "byline"  # "Thu Hà - Ủy" / "ban ..."
        content_idx = content_idx[:-2]
    for i in reversed(content_idx[-3:]):
        if i != content_idx[0] and _photo_credit_line(line(i)):
            continue  # "Tin: Hoàng Đảm" / "Ảnh: Thiện Nhân": the writer signs above it
        if i != content_idx[0] and _SOURCE_CREDIT_LINE_RE.match(line(i)):
            kinds[i] = "byline"  # "Theo Cổng thông tin điện tử tỉnh": the writer may sign
            continue  # above it
        if (
            len(content_idx) >= 3
            and i == content_idx[-1]
            and BYLINE_ORG_LINE_RE.match(line(i))
            and _is_byline(line(content_idx[-2]))
        ):
            kinds[i] = "byline"  # "Minh Kiên" / "Trung tâm VHTT&TT Hữu Lũng": the office
            continue  # under the name
        if _is_byline(line(i)) and i != content_idx[0]:
            kinds[i] = "byline"
            if i + 1 < len(lines) and kinds[i + 1] is None:
                continue
        else:
            break

    # 4. Captions and body. A line printed twice is a caption (scrapers repeat them).
    seen: dict[str, int] = {}
    for a, b in lines:
        key = text[a:b].strip()
        seen[key] = seen.get(key, 0) + 1
    looks: dict[str, bool] = {}
    lead: str | None = None  # the first content line, when it reads as a lead printed twice
    body_seen = False  # (an indented lead may follow a caption-like section label)
    for i in range(len(lines)):
        if kinds[i] is not None:
            continue
        a, b = lines[i]
        raw = text[a:b]
        s = raw.strip()
        caption = looks.get(raw)
        if caption is None:
            caption = looks[raw] = _looks_like_caption(raw, s)
        if caption and not body_seen and raw[:1].isspace() and _indented_lead(s):
            caption = False  # "   Sáng ngày 27/01/2021 Đảng ủy phường ...": the lead
        if lead is None and not caption and seen.get(s, 0) > 1:
            # the portal's summary block printed again as the body's first paragraph: the
            # first copy is the lead (body, not a caption), a later copy is read no more
            lead = s
            kinds[i] = "body"
            body_seen = True
            continue
        if s == lead:
            kinds[i] = "furniture"
            continue
        if lead is None:
            lead = ""  # only the first content line may be a repeated lead
        repeated = seen.get(s, 0) > 1 and len(s) < 400
        kinds[i] = "caption" if caption or repeated else "body"
        body_seen = body_seen or kinds[i] == "body"

    parts: list[Part] = []
    pieces: dict[tuple[str, PartKind], list[tuple[PartKind, int, int]]] = {}
    for (a, b), kind in zip(lines, kinds, strict=True):
        a, b = _strip_span(text, a, b)
        assert kind is not None
        stripped = text[a:b]
        found = pieces.get((stripped, kind))
        if found is None:
            found = pieces[stripped, kind] = _line_pieces(stripped, kind)
        parts.extend(Part(k, a + start, a + end) for k, start, end in found)
    return Layout(text, parts)


LABEL_UNDER_HEADING_WORDS = 3
"""The most words of a box's label under a related-news heading at the page's end."""


def _label_under_related_heading(
    i: int, kinds: list[PartKind | None], line: Callable[[int], str]
) -> bool:
    """A few words of a byline's shape right under a related-news heading (``Các tin khác`` /
    ``TÀI LIỆU``), with only furniture under them: the next box's label or tab. The writer
    signs above the box, never under its heading."""
    if i == 0 or not RELATED_HEADING_RE.match(line(i - 1)):
        return False
    return _name_alone(line(i).strip(), LABEL_UNDER_HEADING_WORDS)


SIGNED_HEADING_GAP = 3
"""The most furniture lines (a comment counter, share buttons) between the writer's name and
the related-news heading under it."""


def _related_list_start(
    lines: list[tuple[int, int]], kinds: list[PartKind | None], line: Callable[[int], str]
) -> int | None:
    """The line of a related-news heading (``Tin khác``) in the second half of the page with a
    bulleted list under it, or under the writer's name (``Ngọc Hân`` / ``(0) Bình luận`` /
    ``Bài liên quan`` / a teaser's headline and lead): the other articles run to the end. A
    heading inside the story with neither is a box the body goes on after."""
    for i in range(len(lines) // 2, len(lines) - 1):
        if RELATED_HEADING_RE.match(line(i)) and (
            LIST_ITEM_RE.match(line(i + 1)) or _signed_above(lines, i, kinds, line)
        ):
            return i
    return None


def _signed_above(
    lines: list[tuple[int, int]], i: int, kinds: list[PartKind | None], line: Callable[[int], str]
) -> bool:
    """Whether the last line above ``i`` that is not furniture is a writer's name alone (a
    byline of a few words, no sentence's full stop), at most a few furniture lines above."""
    j = i - 1
    while j > 0 and i - j <= SIGNED_HEADING_GAP and kinds[j] == "furniture":
        j -= 1
    if j <= 0 or kinds[j] == "furniture":
        return False
    return _name_alone(line(j).strip())


PHOTO_CREDIT_LINE_MAX = 60
"""The longest line read as a photo credit alone (``Ảnh: Thiện Nhân``)."""


def _photo_credit_line(line: str) -> bool:
    """A photo credit alone on its line, a name after its cue (``Ảnh: Thiện Nhân``, ``(Ảnh:
    Lê Hoa)``): under the writer's line, it is no part of the story."""
    s = line.strip()
    m = PHOTO_CREDIT_RE.match(s) if len(s) <= PHOTO_CREDIT_LINE_MAX else None
    return m is not None and _is_byline(s[m.end() :].rstrip(").").strip())


def _looks_like_caption(raw: str, s: str) -> bool:
    """Whether a content line (``raw``, stripped ``s``) reads as a caption by itself: an
    indented short line, a short line not ending like a sentence, or one with a photo
    credit. (A line printed twice is one too: see :func:`segment`.)"""
    indented = raw[:1].isspace()
    short = len(s) < 220 and not _LINE_END_RE.search(s)
    photo = len(s) < 300 and PHOTO_CREDIT_RE.search(s) is not None
    return (indented and len(s) < 300) or short or photo


INDENTED_LEAD_MIN = 120
"""The shortest indented first paragraph read as the lead when it opens with its day."""
INDENTED_LEAD_RE = regex.compile(
    r"(?:Sáng|Chiều|Tối|Trưa|Đêm|Ngày|Hôm[ \t]+nay)(?:[ \t]+nay)?(?:[ \t]+ngày)?[ \t]+"
    r"\d{1,2}[/.-]\d{1,2}(?:[/.-](?:19|20)\d\d)?(?![\d/.-])"
)
"""The day opening a lead, with or without its comma (``Sáng ngày 27/01/2021 Đảng ủy``)."""


def _indented_lead(s: str) -> bool:
    """Whether the first content line (stripped ``s``), indented, is the lead and not a
    caption: portals indent their paragraphs, and a first paragraph of some length opening
    with its event's day (``Sáng ngày 09/8, lãnh đạo ... tiến hành ...``) is the story's
    start; a photo's caption names no day."""
    return len(s) >= INDENTED_LEAD_MIN and INDENTED_LEAD_RE.match(s) is not None


def _line_pieces(line: str, kind: PartKind) -> list[tuple[PartKind, int, int]]:
    """The parts of one stripped line of ``kind`` (offsets in the line): a body or caption
    line loses furniture glued to its end (``Tin liên quan``, a byline stamp, a late
    ``Xem thêm:``). The line stands alone: :data:`INLINE_FURNITURE_RE` looks back only for
    a letter, and a line starts after a blank."""
    b = len(line)
    if kind == "meta":
        bullet = META_BULLET_RE.match(line)
        if bullet is not None:  # "- Đã xem: 50": the bullet is no part of the value
            return [("meta", bullet.end(), b)]
        stamp_line = name_stamp(line)
        if stamp_line is not None:  # "Thanh Hà 04/07/2024 09:18": byline, then the stamp
            name_kind, name_end, stamp_start = stamp_line
            return [(name_kind, 0, name_end), ("meta", stamp_start, b)]
    if kind == "title":
        credit = TITLE_CREDIT_RE.match(line)
        if credit is not None:  # "(TTV) Đại hội ...": the credit is meta, the rest the title
            rest = _line_pieces(line[credit.end() :], kind)
            return [
                ("meta", 0, len(line[: credit.end()].rstrip())),
                *((k, credit.end() + a, credit.end() + z) for k, a, z in rest),
            ]
        label = TITLE_ICON_LABEL_RE.search(line)
        if label is not None and label.start() > 0:  # "... năm 2019 Tin có hình"
            return [("title", 0, label.start()), ("furniture", label.start() + 1, b)]
        labelled = TITLE_LABELLED_DATE_RE.search(line)
        if labelled is not None and labelled.start() > b // 3:  # "... Ngày cập nhật 29/11/2022"
            return [("title", 0, labelled.start()), ("meta", labelled.start() + 1, b)]
        stamp = TITLE_DATE_TAIL_RE.search(line)
        if stamp is not None and stamp.start() > b // 3:  # "... HUYỆN MỸ LỘC 08/10/2021"
            return [("title", 0, stamp.start()), ("meta", stamp.start() + 1, b)]
    if kind in ("body", "caption"):
        glued = GLUED_STAMP_RE.match(line)
        if glued is not None:  # "05/09/2016Sáng nay, ...": the stamp is meta, the rest the lead
            rest = _line_pieces(line[glued.end() :], kind)
            return [
                ("meta", 0, glued.end()),
                *((k, glued.end() + a, glued.end() + z) for k, a, z in rest),
            ]
        m = _search_inline_furniture(line, 0)
        while m and m.group("related") and b - m.start() > RELATED_TAIL_MAX:
            m = _search_inline_furniture(line, m.end())
        if m and m.start() > b // 3:
            out: list[tuple[PartKind, int, int]] = [(kind, 0, m.start())]
            if m.group("stamp"):  # the publication stamp: meta; what follows: furniture
                out.append(("meta", m.start(), m.end()))
                if m.end() < b:
                    out.append(("furniture", m.end(), b))
            else:
                out.append(("furniture", m.start(), b))
            return out
    return [(kind, 0, b)]
