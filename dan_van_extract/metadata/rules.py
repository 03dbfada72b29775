"""Rules of the metadata extractor: title, source, author, views (and their provenance).

* ``title``: the layout's headline part (a lead sentence or a caption is never taken).
* ``source``: the outlet as the text names it, first found of: a credit opening the lead
  (``NDO - ``, ``(binhdinh.gov.vn) - ``), a domain line among the meta lines
  (``baokontum.com.vn``), a ``Nguồn: ...`` line, a credit in the byline (``Vũ Dũng/VOV``,
  ``Đức Dũng (TTXVN)``, ``(Theo AP)``, a ``Theo Reuters`` line).
* ``author``: the byline's name only (``Lê Hùng`` from ``Lê Hùng (Ban Dân vận Tỉnh ủy Đắk
  Nông)``, ``Trang Lê`` from ``Tác giả: Trang Lê``); without a byline line, a short name
  glued after the last sentence of the last long paragraph (``... nhiệm vụ. Phạm Diệp``).
  Photo credits (``Ảnh: ...``) are never the author; when unsure, None.
* ``views``: a view counter among the meta lines (``4,029 lượt xem`` -> 4029; a comma or a
  full stop groups thousands).

Each value's ``(text, span)`` goes into ``ctx.doc.provenance``.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from .. import gazetteer, vocab
from .._lexicon import alternation, load_lines
from .._match import search
from .._rules import Rule
from ..context import Context
from ..credits import (
    CREDIT_PREFIX,
    DESK_SUFFIX,
    OFFICE_BEFORE_NAME,
    SLASH_OUTLET,
    SOURCE_TAIL,
    WRITER_SUFFIX,
)
from ..layout import (
    DATE_LINE_RE,
    DOMAIN_LINE_RE,
    META_BULLET_RE,
    OUTLET_ACRONYM,
    STAMP_COUNT,
    URL_LINE_RE,
    VIEWS_WORDS,
    Part,
)
from ..models import TextSpan
from ..punctuation import END_MARKS

__all__ = ["BYLINE_LINE_RE", "BYLINE_TAIL_RE", "is_name", "run"]

_PKG = __package__ or "dan_van_extract.metadata"
_OUTLETS = load_lines(_PKG, "data/sources.txt")
_NOT_AUTHOR_LINES = load_lines(_PKG, "data/not_author.txt")
_NOT_AUTHOR = frozenset(e.lower() for e in _NOT_AUTHOR_LINES if not e.startswith("first:"))
_NOT_FIRST = frozenset(e[6:] for e in _NOT_AUTHOR_LINES if e.startswith("first:"))

_OUTLET = alternation(_OUTLETS)
_CAPS = r"[\p{Lu}&]{2,10}"
_DOMAIN = rf"(?:[A-Za-z0-9-]{{1,40}}\.){{1,3}}{vocab.tld_pattern()}(?![\p{{L}}\d])"
_SOURCE_TOKEN = rf"(?:{_OUTLET}(?![\p{{L}}\d])|{_DOMAIN}|{_CAPS}(?![\p{{L}}\d.]))"

_OUTLET_WORDS = load_lines(_PKG, "data/outlet_words.txt")
_PAREN_CREDIT = (
    rf"(?=[^()\n]{{0,40}}(?<![\p{{L}}\p{{M}}])(?i:{alternation(_OUTLET_WORDS, fold_case=True)})"
    r"(?![\p{L}\p{M}]))\p{Lu}[^\s()]{0,20}(?:[ \t]+[^\s()]{1,20}){0,3}"
)
"""A credit of one to four words that names an outlet by one of ``data/outlet_words.txt``:
``Báo Quảng Bình``, ``Quang Binh Portal``, ``Cổng TTĐT tỉnh``."""

_DATELINE = r"\p{Lu}[\p{L}\p{M}]{1,20}(?:[ \t]\p{Lu}[\p{L}\p{M}]{1,12}){0,2}"
"""The place a newspaper datelines its lead with, before its credit (``YênBái - YBĐT -``)."""

_NAME_TAILS = load_lines(_PKG, "data/outlet_name_tails.txt")
_ONE_WORD_OUTLET = rf"\p{{Lu}}[a-z]{{2,16}}(?:{alternation(_NAME_TAILS)})(?![\p{{L}}\d.])"
"""An outlet's one-word name in Latin letters with a known ending: ``Kinhtedothi``."""

_LEAD_DAY = r"(?:Sáng|Chiều|Tối|Trưa|Đêm|Ngày|Hôm)"
"""The words of the day a lead opens with: a credit's dash may be glued to one (``LSO-Sáng
nay``), not to any word (``ASEAN-Nhật Bản`` names no outlet)."""
LEAD_SOURCE_RE = regex.compile(
    rf"\G[ \t]*(?:\([ \t]*(?P<src>{_PAREN_CREDIT})[ \t]*\)[ \t]*(?:[-–—][ \t]*|(?=\p{{Lu}}))"
    rf"|(?:{_DATELINE}[ \t]*)?\([ \t]*(?P<src>\p{{Lu}}{{2,8}})[ \t]+"
    r"\d{1,2}/\d{1,2}(?:/\d{2,4})?[ \t]*\)[ \t]*(?=\p{Lu}|\d)"
    rf"|(?P<src>{_ONE_WORD_OUTLET})[ \t]*[-–—][ \t]+(?=\p{{Lu}})"
    rf"|\([ \t]*(?P<src>{_SOURCE_TOKEN}|\p{{Lu}}{{2,8}}\d{{1,2}}"
    rf"|\p{{Lu}}[\p{{L}}.]{{1,24}}(?:[ \t]\p{{Ll}}[\p{{L}}]{{1,12}})?)[ \t]*\)[ \t]*[-–—][ \t]*"
    rf"|\([ \t]*(?P<src>\p{{Lu}}{{2,8}})[ \t]*\)[ \t]+(?=\p{{Lu}}\p{{Ll}})"
    rf"|(?:{_DATELINE}[ \t]*[-–—][ \t]*)?(?P<src>{_SOURCE_TOKEN})[ \t]*[-–—]"
    rf"(?:[ \t]+|(?={_LEAD_DAY}(?![\p{{L}}\p{{M}}]))))"
)
"""A credit opening the lead: ``NDO - ``, ``(VOV5) -`` (a channel's number), the news
agency's dateline credit (``Hà Nội (TTXVN 8/10) ``), an outlet's one-word name
(``Kinhtedothi - ``), ``(binhdinh.gov.vn) - ``, ``(NLĐO) - ``, ``(Mặt
trận) -Chiều``, an outlet's acronym in brackets before the first word (``(BDO) Sáng``), or a
credit of up to four words naming an outlet (``(Báo Quảng Bình) - ``, ``(Quang Binh Portal)
Sáng``), an acronym after the place the lead is datelined with (``Lào Cai - LCĐT - ``), an acronym
whose dash is glued to the lead's day (``BLC-Chiều 4/5,``)."""

NGUON_RE = regex.compile(
    r"\G[ \t]*Nguồn(?:[ \t]+(?:tin|bài))?[ \t]*:[ \t]*(?P<src>[^\n]{2,60}?)"
    r"(?:[ \t]*,[ \t]*(?:ngày[ \t]+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})?[ \t]*\.?[ \t]*$"
    r"|\G[ \t]*Nguồn[ \t]+(?P<src>(?-i:\p{Lu})[\p{L}\p{M}.]{1,15})[ \t]*:[ \t]*"
    r"(?:https?://|www\.)\S+[ \t]*$"
    r"|\G[ \t]*Nguồn[ \t]+(?P<named>(?-i:\p{Lu})[\p{L}\p{M}.]{1,15}"
    r"(?:[ \t](?-i:\p{Lu})[\p{L}\p{M}.]{1,15}){0,2})[ \t]*:?[ \t]*"
    r"(?P<url>(?:https?://|www\.)\S+)[ \t]*$",
    regex.IGNORECASE,
)
"""A ``Nguồn: baotintuc.vn`` line (``Nguồn ảnh:`` is a photo credit, not a source), without
a date after the outlet (``Nguồn: baotintuc.vn, ngày 20/4/2016``); ``Nguồn NLĐ: https://...``
(the outlet, then its story's address); ``Nguồn Tiền Phong https://...`` (an outlet of two
or three words, the colon left out or not: the name, or the address's domain when the name is
a place's, as ``Nguồn Quảng Ngãi: https://baoquangngai.vn/...`` shortens the paper's)."""
_NEWSPAPER = r"[Bb]áo[ \t]+(?:điện[ \t]+tử[ \t]+)?"
"""``báo (điện tử)`` before a newspaper's name: ``Theo báo Chính phủ``."""
THEO_LINE_RE = regex.compile(
    r"\G[ \t]*(?:\([ \t]*)?Theo[ \t]+"
    rf"(?P<src>(?:{_NEWSPAPER})?\p{{Lu}}[^\n()]{{1,50}}?"
    rf"|[a-z0-9-]{{2,30}}(?:\.[a-z0-9-]{{2,20}}){{1,3}}|[a-z0-9]{{2,30}}[ \t]+online)"
    r"[ \t]*\)?[ \t]*\.?[ \t]*$"
)
"""A ``Theo Reuters`` / ``(Theo AP)`` line at the end: the outlet the story comes from, also
written as its domain or its online name in lower case (``Theo chinhphu.vn``, ``Theo
binhdinh online``)."""
REPORTER_CREDIT_RE = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}/])(?:Theo[ \t]+phóng|(?<=^|\n)Phóng)[ \t]+viên[ \t]+"
    rf"(?P<src>{_OUTLET}(?![\p{{L}}\d])|\p{{Lu}}{{2,8}}(?![\p{{L}}\d.]))"
    r"[ \t]+(?:thường[ \t]+trú[ \t]+)?tại[ \t]+\p{Lu}"
)
"""The outlet whose correspondent the lead names as the story's source: ``Theo phóng viên
TTXVN tại Singapore, ngày 10/6, ...``, a paragraph opening ``Phóng viên TTXVN thường trú tại
Lào cho biết ...``; not a photo credit's ``Ảnh: Minh Châu/Phóng viên TTXVN tại Lào``, nor
``trả lời phóng viên TTXVN`` (an interview, no credit)."""
URL_DOMAIN_RE = regex.compile(
    r"(?:https?://)?(?:www\.)?(?P<d>(?:[a-z0-9-]+\.)+[a-z]{2,6})", regex.I
)

# A writer's name: "Đào Quyên", "HẢI CHÂU", "B.H", "B.T.Ngọc", "S. Nhung", "K.NINH", "Ng. Hùng",
# "Y Nhàn" (an ethnic-minority name's one-letter initial), two joined by "-".
_CAP_WORD = r"\p{Lu}\p{Ll}{1,7}"
_LETTER_INITIAL_WORDS = tuple(
    e[0] for e in vocab.ethnic_initials() if len(e) == 1 and len(e[0]) == 1
)
"""The one-letter initials of ethnic-minority names (``Y``, ``A``): a name's first word,
shorter than a capitalised word (``Y Nhàn``, ``A Sáu``)."""
_LETTER_INITIALS = alternation(_LETTER_INITIAL_WORDS)
_LETTER_INITIAL_PREFIXES = frozenset(f"{w} " for w in _LETTER_INITIAL_WORDS)
_NAME = (
    rf"(?:(?:\p{{Lu}}\.){{1,3}}[ ]?{_CAP_WORD}(?:[ ]{_CAP_WORD}){{0,3}}"
    rf"|(?:{_LETTER_INITIALS})[ ]{_CAP_WORD}(?:[ ]{_CAP_WORD}){{0,3}}"
    rf"|(?:\p{{Lu}}\.){{1,3}}[ ]?\p{{Lu}}{{2,7}}(?![\p{{L}}.])"
    rf"|(?:\p{{Lu}}\.){{1,3}}\p{{Lu}}?(?![\p{{L}}.])"
    rf"|\p{{Lu}}\p{{Ll}}{{1,2}}\.[ ]?{_CAP_WORD}(?:[ ]{_CAP_WORD}){{0,2}}"
    rf"|{_CAP_WORD}(?:[ ]{_CAP_WORD}){{1,4}}"
    rf"|\p{{Lu}}{{2,7}}(?:[ ]\p{{Lu}}{{2,7}}){{1,3}})"
)
_NAMES = rf"{_NAME}(?:[ \t]*[-–][ \t]*{_NAME}){{0,2}}"
_CREDIT = (
    rf"(?:[ \t]*/[ \t]*(?P<slash>{SLASH_OUTLET}))?"
    r"(?:[ \t]*\((?P<paren>[^()\n]{1,80})\))?"
    rf"{SOURCE_TAIL}?"
)
"""What may follow a writer's name: ``/VOV``, ``(TTXVN)``, ``- Nguồn: Ban Dân vận``."""

BYLINE_LINE_RE = regex.compile(
    rf"\G[ \t]*(?:(?P<prefix>{CREDIT_PREFIX})[ \t]*(?::[ \t]*{OFFICE_BEFORE_NAME})?:?[ \t]*)?"
    rf"(?P<name>{_NAMES}){WRITER_SUFFIX}?{DESK_SUFFIX}?{_CREDIT}[ \t]*[.|]?[ \t]*$"
)
"""A byline line: ``Tác giả: Trang Lê``, ``Tác giả: BTG Thị ủy X, Trang Lê`` (the office first),
``Lê Hùng (Ban Dân vận Tỉnh ủy Đắk Nông)``, ``K.NINH |``
(the bar the page puts before its date)."""

_SENTENCE_BOUNDARY = (
    r"(?:(?<=[\p{Ll}\d%)”\"»…]|\p{Lu}{3})[.!?]|…|\.{2,3}|\./\."
    r"|(?<=[.!?…”\"][ \t]{0,3})\([ \t]*(?i:nguồn|theo)[^()\n]{1,80}\))"
)
"""The end of a sentence (or of a ``(Nguồn: ...)`` note after one) before a glued credit;
a sentence may end on an acronym of three letters or more (``... hướng tới COC.``), not on
``TP.``."""
BYLINE_TAIL_RE = regex.compile(
    rf"{_SENTENCE_BOUNDARY}[ \t]{{1,3}}(?:(?P<prefix>{CREDIT_PREFIX})[ \t]*:?[ \t]*)?"
    rf"(?P<name>{_NAMES}){WRITER_SUFFIX}?{_CREDIT}[ \t]*\.?[ \t]*$"
)
"""A name glued after the last sentence of a one-line body: ``... nhiệm vụ. Phạm Diệp``,
``... hơn. Bài và ảnh: Thu Hương``, ``... Trường Sơn... Tin, ảnh: Thanh Thủy (TTXVN)``."""
GLUED_OUTLET_RE = regex.compile(
    rf"{_SENTENCE_BOUNDARY}[ \t]{{1,3}}(?:(?:Theo[ \t]+)?(?P<src>{_SOURCE_TOKEN})"
    r"(?:[ \t]*/[ \t]*\p{Lu}[\p{L} .\-]{1,20}?)?"
    rf"(?:[ \t]+(?P<name>{_NAMES}))?"
    rf"|Theo[ \t]+(?P<src>{_NEWSPAPER}\p{{Lu}}[\p{{L}} ]{{1,50}}))[ \t]*\.?[ \t]*$"
)
"""An outlet's credit glued after the last sentence: ``... Liệt sĩ. TTXVN/Tin Tức``,
``... nặng nề. Theo Chinhphu.vn``, ``... Thiện. Theo TTXVN Hoàng Trọng`` (and its writer),
``... Tổ quốc. Theo báo điện tử Đảng Cộng sản Việt Nam``."""

_RELATED_RE = regex.compile(r"[ \t]*(?:(?i:xem|đọc)[ \t]+thêm(?![\p{L}\p{M}])|>[ \t]*>)")
"""Related-news links glued after the byline: ``... Võ Hải Xem thêm: > > ...``."""

_PAPER_NAME = (
    r"(?:[Bb]áo|BÁO|Tạp[ \t]+chí|Đài)[ \t]+\p{Lu}[\p{L}\p{M}]{0,15}"
    r"(?:[ \t]+\p{Lu}[\p{L}\p{M}]{0,15}){0,3}"
)
"""A newspaper's, a magazine's or a station's name: ``Báo Hà Giang``, ``Đài PTTH Lai Châu``."""
CREDIT_LINE_RE = regex.compile(
    rf"\G[ \t]*(?P<src>{_SOURCE_TOKEN})(?:[ \t]*/[ \t]*[\p{{L}} .\-]{{2,30}})?[ \t]*\.?[ \t]*$"
    rf"|\G[ \t]*(?P<src>{_PAPER_NAME})[ \t]*\.?[ \t]*$"
)
"""A credit line that names only an outlet: ``TTXVN/Tin Tức``, ``VOV``, a paper by its name
(``Báo Hà Giang``: the paper signs a story its desk wrote)."""

META_CREDIT_RE = regex.compile(
    rf"\G[ \t]*(?:\([ \t]*(?P<src>{OUTLET_ACRONYM})[ \t]*\)[ \t]*$"
    rf"|(?P<src>{OUTLET_ACRONYM})[ \t]*[-–][ \t]*(?=\p{{Lu}}|\d))"
)
"""An outlet's acronym on the page's header lines: before the date (``QPTD -Thứ Năm,
19/12/2019, 13:59``) or in brackets before the headline (``(TTV) Đại hội ...``)."""
VIEWS_RE = regex.compile(
    r"(?:(?<![\d/.,:-])(?P<n>\d{1,3}(?:[.,]\d{3})+|\d{1,9})[ \t]*(?:lượt[ \t]+(?:xem|đọc)|views?)"
    rf"|(?:{VIEWS_WORDS}|views?|đã[ \t]+xem(?=[ \t]*:))"
    r"[ \t]*:?\s*(?P<n>\d{1,3}(?:[.,]\d{3})+|\d{1,9}))"
    r"(?![\d\p{L}])",
    regex.IGNORECASE,
)
"""A view counter: ``4,029 lượt xem``, ``Lượt xem: 1.234``, ``Đã xem: 50``, ``Số lần xem: 12``,
``Số lần đọc: 1130``, ``Số lượt người xem:`` with the number on the meta line under it (not
the year of a date line before the label: ``Ngày đăng 15/06/2023 Lượt xem 1.234``)."""
_BARE_NUMBER_RE = regex.compile(r"\s*\d{1,9}\s*")
STAMP_COUNT_RE = regex.compile(rf"{STAMP_COUNT}[ \t]*$")
"""The view counter a CMS prints bare after the publication line's time (:data:`STAMP_COUNT`)."""
_BARE_COUNT_RE = regex.compile(r"[ \t]*(?P<n>\d{1,7})[ \t]*")

# -- the rules --------------------------------------------------------------------------------
HEADLINE = Rule("metadata.headline", "The title is the layout's headline line.")
VIEWS_COUNTER = Rule(
    "metadata.views-counter", "A view counter on a short line near the top.", VIEWS_RE
)
SOURCE_LEAD_CREDIT = Rule(
    "metadata.source-lead-credit",
    "An outlet's credit opening the lead: NDO - , (baodaknong.vn) - .",
    LEAD_SOURCE_RE,
)
SOURCE_META_CREDIT = Rule(
    "metadata.source-meta-credit",
    "An outlet's acronym on a header line: QPTD -Thứ Năm, 19/12/2019; (TTV) before the headline.",
    META_CREDIT_RE,
)
SOURCE_DOMAIN_LINE = Rule(
    "metadata.source-domain-line", "A domain alone on a meta line: baokontum.com.vn."
)
SOURCE_NGUON_LINE = Rule(
    "metadata.source-nguon-line", "A Nguồn: ... line after the body.", NGUON_RE
)
SOURCE_BYLINE_CREDIT = Rule(
    "metadata.source-byline-credit", "The outlet in a byline's credit: /VOV, (TTXVN), (Theo AP)."
)
SOURCE_CREDIT_LINE = Rule(
    "metadata.source-credit-line",
    "A line after the body naming an outlet: TTXVN/Tin Tức, Theo Reuters.",
)
SOURCE_GLUED_CREDIT = Rule(
    "metadata.source-glued-credit",
    "An outlet's credit glued after the last sentence of the body: TTXVN/Tin Tức, Theo "
    "Chinhphu.vn, Theo TTXVN Hoàng Trọng (the writer too).",
    GLUED_OUTLET_RE,
)
SOURCE_URL_LINE = Rule(
    "metadata.source-url-line",
    "The address of the original story on the article's last line (a portal reposting a "
    "paper's story): its domain, without www.",
    URL_DOMAIN_RE,
)
SOURCE_REPORTER_CREDIT = Rule(
    "metadata.source-reporter-credit",
    "With no other credit, the outlet whose correspondent the lead names as its source: "
    "Theo phóng viên TTXVN tại Singapore, ...",
    REPORTER_CREDIT_RE,
)
AUTHOR_BYLINE = Rule(
    "metadata.author-byline",
    "The name on a byline line: Tác giả: Trang Lê, Lê Hùng (...).",
    BYLINE_LINE_RE,
)
AUTHOR_GLUED = Rule(
    "metadata.author-glued-tail",
    "A short name glued after the last sentence of the last long paragraph.",
    BYLINE_TAIL_RE,
)
VIEWS_UNLABELLED = Rule(
    "metadata.views-unlabelled",
    "A bare count in the view counter's slot: after the publication line's time, set off by "
    "two spaces or more, or alone on the line right under that line. A bare number "
    "anywhere else is no view count.",
    STAMP_COUNT_RE,
)
AUTHOR_WRAPPED_SURNAME = Rule(
    "metadata.author-wrapped-surname",
    "A surname alone on the byline line above a name with no surname of its own: the CMS "
    "broke the byline after the surname (Lê / Đức Anh -> Lê Đức Anh).",
)
LOWER_SYLLABLE_NAME_RE = regex.compile(
    r"\G[ \t]*(?P<name>\p{Lu}\p{Ll}{1,6}[ ]\p{Ll}{2,7}(?P<last>[ ]\p{Lu}\p{Ll}{1,7})?)"
    r"(?P<stop>[ \t]*\.)?[ \t]*$"
)
"""A writer's name typed with one syllable in lower case, alone on the text's last line:
``Trần văn Hải`` (a surname, the middle name, the given name) or ``Thanh hòa.`` (two words and
the full stop)."""
AUTHOR_LOWER_SYLLABLE = Rule(
    "metadata.author-lower-syllable",
    "A name with one syllable typed in lower case on the text's last line, under a paragraph "
    "that ends a sentence: three words, a surname of data/surnames.txt first and the given "
    "name capitalised (Trần văn Hải), or two words closed by a full stop (Thanh hòa.). "
    "Two words with no full stop, a first word that is no surname, a closing formula "
    "(data/not_author.txt) are no writer.",
    LOWER_SYLLABLE_NAME_RE,
)
NOT_A_NAME = Rule(
    "metadata.author-not-a-name", "A byline candidate that is a place, a body or a credit word."
)

# Compiled once: a pattern given as a string is looked up in regex's cache at every call,
# which costs more than these short matches.
_NAME_JOIN_RE = regex.compile(r"[ \t]*[-–][ \t]*")
"""The dash joining two writers' names: ``Thu Hà - Minh Anh``."""
_CAPS_RE = regex.compile(_CAPS)
_DOMAIN_RE = regex.compile(_DOMAIN, regex.IGNORECASE)
_THEO_BEFORE_RE = regex.compile(r"Theo[ \t]+$")

_TAIL_CHARS = 120
_LONG_PARAGRAPH = 250
_MIN_REPEAT_CHARS, _REPEAT_CHARS = 5, 70
"""How short and how long a credit written twice at a paragraph's end may be (each copy)."""
_OUTLET_SET = frozenset(_OUTLETS)
_SURNAMES = vocab.surnames()
_NOT_AUTHOR_CAPS = frozenset(e.upper() for e in _NOT_AUTHOR)


def is_name(name: str) -> bool:
    """Whether a candidate byline is a writer's name, not a place, body or credit word.

    >>> is_name("Phạm Diệp"), is_name("Hà Nội"), is_name("Ông Nguyễn Văn A"), is_name("PV")
    (True, False, False, False)
    """
    for one in _NAME_JOIN_RE.split(name):
        words = one.split()
        if not words or one.lower() in _NOT_AUTHOR or one in _OUTLET_SET:
            return False
        if words[0] in _NOT_FIRST or words[0].rstrip(".") in _NOT_FIRST:
            return False
        if len(words) == 1 and "." not in one:
            return False
    return True


def _is_outlet(s: str) -> bool:
    s = s.strip()
    return bool(s in _OUTLET_SET or _CAPS_RE.fullmatch(s) or _DOMAIN_RE.fullmatch(s))


def _set(ctx: Context, field: str, start: int, end: int, rule: Rule) -> str:
    """Record a scalar and its provenance from a normal-form span; returns the text. A
    line break inside the span (a byline the CMS broke after the surname) is a space in
    the scalar; the provenance keeps the text as written."""
    text, span = ctx.item(start, end)
    setattr(ctx.doc, field, " ".join(text.split()) if "\n" in text else text)
    setattr(ctx.doc.provenance, field, TextSpan(text=text, span=span))
    ctx.accepted(rule, field, start, end)
    return text


# -- title ----------------------------------------------------------------------------------
def _title(ctx: Context) -> None:
    part = ctx.layout.title
    if part is not None:
        _set(ctx, "title", part.start, part.end, HEADLINE)


# -- views ----------------------------------------------------------------------------------
def _views(ctx: Context) -> None:
    parts = ctx.layout.parts
    meta = [k for k, p in enumerate(parts) if p.kind == "meta"]
    near_top = [
        k
        for k, p in enumerate(parts[:6])
        if p.kind not in ("title", "meta") and p.end - p.start < 120
    ]
    for k in meta + near_top:
        part = parts[k]
        end = part.end
        if k + 1 < len(parts) and parts[k + 1].kind == "meta":
            below = parts[k + 1]  # "Số lượt người xem:" / "1392": the number on the next line
            if _BARE_NUMBER_RE.fullmatch(ctx.text, below.start, below.end):
                end = below.end
        m = search(VIEWS_RE, ctx.text, part.start, end)
        if m is None:
            continue
        digits = m["n"].replace(".", "").replace(",", "")
        text, span = ctx.item(*m.span())
        ctx.doc.views = int(digits)
        ctx.doc.provenance.views = TextSpan(text=text, span=span)
        ctx.accepted(VIEWS_COUNTER, "views", *m.span())
        return
    _unlabelled_views(ctx, meta)


def _unlabelled_views(ctx: Context, meta: list[int]) -> None:
    """No labelled counter: a bare count after the time of the publication line
    (``01/10/2021 15:53    4792``) or alone on the line under it (``04/03/2025 - 08:22`` /
    ``24``)."""
    parts = ctx.layout.parts
    text = ctx.text
    for k in meta:
        part = parts[k]
        line = text[part.start : part.end]
        if not DATE_LINE_RE.match(META_BULLET_RE.sub("", line, count=1)):
            continue
        m = search(STAMP_COUNT_RE, text, part.start, part.end)
        if m is None and k + 1 < len(parts) and parts[k + 1].kind == "meta":
            below = parts[k + 1]
            if text.count("\n", part.end, below.start) == 1:  # the very next line
                m = _BARE_COUNT_RE.fullmatch(text, below.start, below.end)
        if m is None:
            return  # only the first publication line may carry the counter
        item, span = ctx.item(*m.span("n"))
        ctx.doc.views = int(m["n"])
        ctx.doc.provenance.views = TextSpan(text=item, span=span)
        ctx.accepted(VIEWS_UNLABELLED, "views", *m.span("n"))
        return


# -- source ---------------------------------------------------------------------------------
def _lead_source(ctx: Context) -> tuple[int, int] | None:
    body = [p for p in ctx.layout.parts if p.kind in ("body", "caption")]
    for part in body[:2]:
        m = search(LEAD_SOURCE_RE, ctx.text, part.start, min(part.end, part.start + 64))
        if m is not None:
            return m.span("src")
    return None


def _meta_credit(ctx: Context) -> tuple[int, int] | None:
    """The credit of a meta part above the body (:data:`META_CREDIT_RE`)."""
    for part in ctx.layout.parts:
        if part.kind in ("body", "caption"):
            return None
        if part.kind != "meta":
            continue
        m = search(META_CREDIT_RE, ctx.text, part.start, part.end)
        if m is not None and m["src"] not in _NOT_AUTHOR_CAPS:
            return m.span("src")
    return None


def _domain_line(ctx: Context) -> tuple[int, int] | None:
    for part in ctx.layout.of("meta"):
        line = ctx.text[part.start : part.end]
        if DOMAIN_LINE_RE.match(line):
            a, b = part.start, part.end
            while a < b and ctx.text[a] in "( \t":
                a += 1
            while b > a and ctx.text[b - 1] in ") \t":
                b -= 1
            return a, b
    return None


def _tail_parts(ctx: Context) -> list[Part]:
    """The parts after the last long body paragraph (bylines, credits, furniture)."""
    parts = ctx.layout.parts
    last_body = max((i for i, p in enumerate(parts) if p.kind == "body"), default=-1)
    return parts[last_body + 1 :]


def _nguon_line(ctx: Context) -> tuple[int, int] | None:
    for part in _tail_parts(ctx):
        if part.end - part.start > (300 if "://" in ctx.text[part.start : part.end] else 100):
            continue  # a long line is no credit, unless it holds the story's address
        m = search(NGUON_RE, ctx.text, part.start, part.end)
        if m is not None and m["named"]:
            if not _is_place(m["named"]):
                return m.span("named")
            url = search(URL_DOMAIN_RE, ctx.text, m.start("url"), m.end("url"))
            return url.span("d") if url is not None else None
        if m is None or m["src"].lower().startswith("ảnh"):
            continue
        url = search(URL_DOMAIN_RE, ctx.text, m.start("src"), m.end("src"))
        if url is not None and "http" in m["src"]:
            return url.span("d")
        return m.span("src")
    return None


def _credit_source(ctx: Context, credit: regex.Match[str] | None) -> tuple[int, int] | None:
    """The outlet in a byline's credit: ``/VOV``, ``(TTXVN)``, ``(Theo AP)``."""
    if credit is None:
        return None
    if credit["nguon"]:  # "Người viết: Minh Hà - Nguồn: Ban Dân vận Tỉnh ủy"
        return credit.span("nguon")
    if credit["slash"] and _is_outlet(credit["slash"].split("-")[0]):
        return credit.span("slash")
    if credit["paren"]:
        inner = credit["paren"].strip()
        start = credit.start("paren") + credit["paren"].index(inner)
        if inner.lower().startswith("theo "):
            return start + 5, start + len(inner)
        if _is_outlet(inner):
            return start, start + len(inner)
    return None


def _theo_or_credit_line(ctx: Context) -> tuple[int, int] | None:
    """A ``Theo Reuters`` line or an outlet's credit line among the last parts. ``Theo X``
    where X is not a known outlet (``Theo Đăng Nguyễn`` above ``Dân Việt``) gives way to an
    outlet's credit line after it."""
    fallback = None
    for part in _tail_parts(ctx):
        if part.end - part.start > 80:
            continue
        m = search(CREDIT_LINE_RE, ctx.text, part.start, part.end)
        if m is not None and m["src"].lower() not in _NOT_AUTHOR:
            return m.span("src")  # not "PV" (a reporter) nor "CTV" (a contributor)
        m = search(THEO_LINE_RE, ctx.text, part.start, part.end)
        if m is not None:
            if _is_outlet(m["src"].split(",")[0].split("/")[0]):
                return m.span("src")
            fallback = fallback or m.span("src")
    return fallback


def _url_last_line(ctx: Context) -> tuple[int, int] | None:
    """``http://baodaknong.org.vn/xa-hoi/...html`` as the last line: the original story."""
    parts = ctx.layout.parts
    if not parts or parts[-1].kind != "furniture":
        return None
    last = parts[-1]
    if not URL_LINE_RE.match(ctx.text[last.start : last.end]):
        return None
    before = parts[-2] if len(parts) >= 2 else None
    if before is not None and URL_LINE_RE.match(ctx.text[before.start : before.end]):
        return None  # a list of links, not one credit
    m = search(URL_DOMAIN_RE, ctx.text, last.start, last.end)
    return m.span("d") if m is not None else None


_REPORTER_PARTS, _REPORTER_CHARS = 3, 700
"""Where the correspondent's credit may stand: in the first content parts (the headline's
summary, the lead), starting within their first characters (after a caption glued to the
lead's start), not in a later paragraph quoting the agency."""


def _reporter_credit(ctx: Context) -> tuple[int, int] | None:
    """The outlet of ``Theo phóng viên TTXVN tại X`` opening a sentence of the lead."""
    body = [p for p in ctx.layout.parts if p.kind in ("body", "caption")]
    for part in body[:_REPORTER_PARTS]:
        m = search(
            REPORTER_CREDIT_RE, ctx.text, part.start, min(part.end, part.start + _REPORTER_CHARS)
        )
        if m is not None:
            return m.span("src")
    return None


# -- author ---------------------------------------------------------------------------------
def _byline_author(
    ctx: Context,
) -> tuple[tuple[int, int] | None, regex.Match[str] | None, Rule]:
    """The name in the first byline part that holds one, the credit match, and the rule
    that read the name."""
    bylines = ctx.layout.of("byline")
    for k, part in enumerate(bylines):
        if part.end - part.start > 160:
            continue
        m = search(BYLINE_LINE_RE, ctx.text, part.start, part.end)
        if m is None:
            continue
        if (is_name(m["name"]) and not _initial_place(m["name"])) or _place_named_writer(m):
            if k > 0 and _wrapped_surname(ctx.text, bylines[k - 1], m):
                return (bylines[k - 1].start, m.end("name")), m, AUTHOR_WRAPPED_SURNAME
            return m.span("name"), m, AUTHOR_BYLINE
        ctx.rejected(NOT_A_NAME, "author", *m.span("name"))
        if _credit_source(ctx, m) is not None:
            return None, m, AUTHOR_BYLINE
    return None, None, AUTHOR_BYLINE


def _wrapped_surname(text: str, above: Part, m: regex.Match[str]) -> bool:
    """Whether the byline part ``above`` is the surname of the name ``m`` found on the next
    line, the CMS having broken the byline after it (``Lê`` / ``Đức Anh``): a surname of
    ``data/surnames.txt`` alone on the line right above a name with no credit label, whose
    own first word is no surname."""
    if m["prefix"]:  # "Đỗ" / "Tin: Hải Yến": the label opens the byline
        return False
    if text[above.start : above.end] not in _SURNAMES:
        return False
    if text[above.end : m.start("name")].strip() or text.count("\n", above.end, m.start()) != 1:
        return False
    words = m["name"].split()
    return 2 <= len(words) <= 3 and words[0] not in _SURNAMES and "." not in m["name"]


def _initial_place(name: str) -> bool:
    """A district's name opening with a one-letter word (``A Lưới``), which reads like an
    ethnic name's initial (``Y Nhàn``): a place, no writer. (A name like ``Thanh Hà`` is
    both a district's and a writer's; only the initial's form is new to a byline.)"""
    return name[:2] in _LETTER_INITIAL_PREFIXES and _is_place(name)


def _second_copy(text: str, start: int, end: int) -> int | None:
    """Where a credit written twice at the end of ``text[start:end]`` starts its second
    copy (``... ông./. Minh Hòa/VOV.VN (Thực hiện) Minh Hòa/VOV.VN (Thực hiện)``: the
    page's template repeating the byline), or None. Each length is compared once: no
    pattern with a back-reference to try at every position."""
    while end > start and text[end - 1] in " \t":
        end -= 1
    if end - start < 2 * _MIN_REPEAT_CHARS + 1:
        return None  # too short for two copies and the blank between them
    # The copies are parted by a blank and the first ends as the second does: go straight to
    # the next length with the text's last character and a blank before the second copy (the
    # lengths in between fail those tests, so none is skipped that could return).
    last_and_space, last_and_tab = text[end - 1] + " ", text[end - 1] + "\t"
    n = _MIN_REPEAT_CHARS
    while n <= _REPEAT_CHARS:
        blank = 1 + max(
            text.rfind(last_and_space, start, end - n), text.rfind(last_and_tab, start, end - n)
        )
        if blank <= 0:
            break
        n = end - 1 - blank
        second = end - n
        first = second - 1 - n
        if n > _REPEAT_CHARS or first < start:
            break
        if text[first : second - 1] == text[second:end]:
            return second
        n += 1
    return None


_LAST_PARAGRAPH = 100
"""The shortest last paragraph read for a name glued to its end when it is shorter than a
long paragraph: several sentences' worth, not a caption's few words."""


def _last_paragraph(ctx: Context) -> Part | None:
    """The text's last paragraph when it ends the content (only furniture after it) and
    holds a few sentences, whether the layout calls it body or caption."""
    parts = [p for p in ctx.layout.parts if p.kind != "furniture"]
    if not parts or parts[-1].kind not in ("body", "caption"):
        return None
    part = parts[-1]
    return part if part.end - part.start >= _LAST_PARAGRAPH else None


def _is_place(name: str) -> bool:
    """Whether ``name`` is a province's or a district's name (``Ba Đình``)."""
    return name in gazetteer.province_by_name() or name in gazetteer.districts_by_name()


def _last_long_paragraph_tail(ctx: Context) -> tuple[int, int] | None:
    """The last characters of the last long body paragraph, where credits are glued (a
    credit written twice ends at its first copy)."""
    long_body = [p for p in ctx.layout.of("body") if p.end - p.start >= _LONG_PARAGRAPH]
    if not long_body:
        return None
    part = long_body[-1]
    start, end = max(part.start, part.end - _TAIL_CHARS), part.end
    second = _second_copy(ctx.text, start, end)
    return start, (second if second is not None else end)


def _glued_outlet(ctx: Context, tail: tuple[int, int] | None) -> regex.Match[str] | None:
    """An outlet's credit glued after the body's last sentence (``Theo TTXVN Hoàng Trọng``),
    in ``tail`` (:func:`_last_long_paragraph_tail`)."""
    if tail is None:
        return None
    m = search(GLUED_OUTLET_RE, ctx.text, *tail)
    if m is None or m["src"].lower() in _NOT_AUTHOR:
        return None
    src = m["src"]
    # A known outlet or an address; an unknown upper-case word ("UBND") only after "Theo".
    known = src in _OUTLET_SET or _DOMAIN_RE.fullmatch(src)
    if not known and not _THEO_BEFORE_RE.search(ctx.text[m.start() : m.start("src")]):
        return None
    return m


def _glued_author(
    ctx: Context, tail: tuple[int, int] | None
) -> tuple[tuple[int, int] | None, regex.Match[str] | None]:
    """A short name after the last sentence of the last long body paragraph (``tail``:
    :func:`_last_long_paragraph_tail`)."""
    m = _short_last_paragraph_name(ctx, tail)
    if tail is None or m is not None:
        return _checked_name(ctx, m)
    start, end = tail
    m = search(BYLINE_TAIL_RE, ctx.text, start, end)
    if m is None:
        # The name before related-news links: cut the paragraph where they start.
        related = search(_RELATED_RE, ctx.text, start, end)
        if related is not None:
            m = search(BYLINE_TAIL_RE, ctx.text, start, related.start())
    if m is None and search(_RELATED_RE, ctx.text, end, end + 12) is not None:
        # The layout cut the line at a related-news link; the writer signs after the
        # linked title ("... Xem thêm: Cựu giám đốc FBI điều trần? Danh Tuyên").
        line_end = ctx.text.find("\n", end)
        line_end = len(ctx.text) if line_end == -1 else line_end
        m = search(BYLINE_TAIL_RE, ctx.text, end, line_end)
    return _checked_name(ctx, m)


def _short_last_paragraph_name(
    ctx: Context, tail: tuple[int, int] | None
) -> regex.Match[str] | None:
    """A name glued after the last sentence of the text's last paragraph when that paragraph
    is shorter than a long one and comes after the last long one (``... năm học 2021-2022.
    Trọng Hoản``), and is no province's or district's name."""
    last = _last_paragraph(ctx)
    if last is None or last.end - last.start >= _LONG_PARAGRAPH:
        return None
    if tail is not None and last.start < tail[1]:
        return None
    m = search(BYLINE_TAIL_RE, ctx.text, max(last.start, last.end - _TAIL_CHARS), last.end)
    if m is not None and _is_place(m["name"]):
        ctx.rejected(NOT_A_NAME, "author", *m.span("name"))
        return None  # "... tại hội trường. Ba Đình": a place, not a writer
    return m


def _checked_name(
    ctx: Context, m: regex.Match[str] | None
) -> tuple[tuple[int, int] | None, regex.Match[str] | None]:
    """The name of a glued byline match when it is a writer's name."""
    if m is None:
        return None, None
    if is_name(m["name"]) or _place_named_writer(m):
        return m.span("name"), m
    ctx.rejected(NOT_A_NAME, "author", *m.span("name"))
    return None, m


_SENTENCE_END_RE = regex.compile(rf"[{END_MARKS}”\"»]/?[ \t]*$")
"""A paragraph's last sentence mark, and the slash of an article's end mark (``./.``, typed
``…/`` too)."""


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """``_SENTENCE_END_RE.search(text, start, end)``, searched from its only possible start:
    the mark is followed by at most a slash and the blanks closing the part (or closing it
    before a last line break, where ``$`` matches too), so the search of a whole paragraph
    would try every earlier position for nothing."""
    close = end - 1 if end > start and text[end - 1] == "\n" else end
    while close > start and text[close - 1] in " \t":
        close -= 1
    return _SENTENCE_END_RE.search(text, max(start, close - 2), end) is not None


def _lower_syllable_author(ctx: Context) -> tuple[int, int] | None:
    """The name of :data:`LOWER_SYLLABLE_NAME_RE` on the text's last content line, right
    under a paragraph that ends a sentence (``... trong năm tới./.`` / ``Trần văn Hải``)."""
    parts = [p for p in ctx.layout.parts if p.kind != "furniture"]
    if len(parts) < 2 or parts[-1].kind not in ("body", "caption", "byline"):
        return None
    last, above = parts[-1], parts[-2]
    if above.kind != "body" or not _ends_sentence(ctx.text, above.start, above.end):
        return None
    m = search(LOWER_SYLLABLE_NAME_RE, ctx.text, last.start, last.end)
    if m is None or not is_name(m["name"]):
        return None
    words = m["name"].split()
    if m["last"] is not None:
        return m.span("name") if words[0] in _SURNAMES else None
    return m.span("name") if m["stop"] else None


def _place_named_writer(m: regex.Match[str]) -> bool:
    """A writer whose name is a place's (``Thái Bình/VOV- Miền Trung``): before a slash and
    a known outlet the name is the writer's, as the agencies and broadcasters sign; a place
    alone or before anything else is still no writer."""
    slash = m["slash"]
    return bool(slash) and _is_outlet(slash.split("-")[0]) and _is_place(m["name"])


def run(ctx: Context) -> None:
    """Fill ``title``, ``source``, ``author``, ``views`` and their provenance."""
    _title(ctx)
    _views(ctx)
    tail = _last_long_paragraph_tail(ctx)  # read by the glued author's and outlet's rules
    name, credit, author_rule = _byline_author(ctx)
    if name is None:
        # No byline, or none that gave a name (a caption taken for one): a name glued to
        # the end of the body.
        glued, glued_credit = _glued_author(ctx, tail)
        if glued is not None or credit is None:
            name, credit = glued, glued_credit if credit is None else credit
            author_rule = AUTHOR_GLUED
    glued_outlet = _glued_outlet(ctx, tail)
    if (
        name is None
        and glued_outlet is not None
        and glued_outlet["name"]
        and is_name(glued_outlet["name"])
    ):
        name, author_rule = glued_outlet.span("name"), SOURCE_GLUED_CREDIT
    if name is None and credit is None:
        name, author_rule = _lower_syllable_author(ctx), AUTHOR_LOWER_SYLLABLE
    if name is not None:
        _set(ctx, "author", *name, author_rule)
    finders: list[tuple[Rule, Callable[[], tuple[int, int] | None]]] = [
        (SOURCE_LEAD_CREDIT, lambda: _lead_source(ctx)),
        (SOURCE_META_CREDIT, lambda: _meta_credit(ctx)),
        (SOURCE_DOMAIN_LINE, lambda: _domain_line(ctx)),
        (SOURCE_NGUON_LINE, lambda: _nguon_line(ctx)),
        (SOURCE_BYLINE_CREDIT, lambda: _credit_source(ctx, credit)),
        (SOURCE_CREDIT_LINE, lambda: _theo_or_credit_line(ctx)),
        (SOURCE_GLUED_CREDIT, lambda: glued_outlet.span("src") if glued_outlet else None),
        (SOURCE_URL_LINE, lambda: _url_last_line(ctx)),
        (SOURCE_REPORTER_CREDIT, lambda: _reporter_credit(ctx)),
    ]
    for rule, source in finders:
        found = source()
        if found is not None:
            _set(ctx, "source", *found, rule)
            return
