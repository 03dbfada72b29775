"""Credit lines: what opens a byline and what may trail the writer's name.

One definition for the layout (which labels a line as the byline) and the metadata
extractor (which reads the author and the outlet from it):

* :data:`CREDIT_PREFIX`: ``Tác giả:``, ``Người viết:``, ``Đăng bởi:``, ``Bài và ảnh:``,
  ``Bài, ảnh:``, ``Tin, ảnh:``, ``Tin ảnh:``, ``Tin, bài:``, ``Bài:``, ``Tin:``,
  ``Thực hiện:``, ``Theo``, ``CTV``;
* :data:`SLASH_OUTLET`: the outlet after the writer's name and a slash, as the national
  agencies and broadcasters sign (``Minh Hòa/VOV.VN``, ``Thu Hằng/TTXVN``, ``Nguyên
  Nhung/VOV-Trung tâm tin``);
* :data:`DESK_SUFFIX`: a desk or station after the name and a dash, as portals sign their
  posts (``Vương Hợp – ĐTT.``, ``Vương Hợp – TTVHTT - TH``, ``Vương Hợp – Trí song.``).
"""

from __future__ import annotations

from ._lexicon import alternation, load_lines

__all__ = [
    "BYLINE_ORG",
    "CREDIT_PREFIX",
    "DESK_SUFFIX",
    "OFFICE_BEFORE_NAME",
    "SLASH_OUTLET",
    "SOURCE_TAIL",
    "WRITER_SUFFIX",
]

CREDIT_PREFIX = (
    r"(?:Tác[ \t]+giả(?:[ \t]+bài[ \t]+viết)?|Người[ \t]+viết(?:[ \t]+bài)?|Đăng[ \t]+bởi"
    r"|(?:Bài|Tin)[ \t]*(?:,|và|-)?[ \t]*(?:ảnh|bài)|Bài|Tin"
    r"|Thực[ \t]+hiện|Theo|CTV|PV|Nhóm[ \t]+PV)"
)
"""The words opening a byline, before an optional colon (``Tin ảnh:``, ``Tin, ảnh :``, a
collaborator's or reporter's label: ``CTV Lê Hoa``)."""

BYLINE_ORG = alternation(load_lines(__package__ or "dan_van_extract", "data/byline_orgs.txt"))
"""The words opening the writer's office (``Trung tâm VHTT&TT ...``, ``Công chức VHXH xã
...``), from ``data/byline_orgs.txt``."""

DESK_SUFFIX = (
    rf"(?:[ \t]*[-–][ \t]*(?:(?:{BYLINE_ORG})(?![\p{{L}}\p{{M}}])[^\n.;:!?()/]{{0,40}}?"
    r"|\p{Lu}[\p{L} \t.-]{0,20}?)"
    rf"|[ \t]*,[ \t]*(?:{BYLINE_ORG})(?![\p{{L}}\p{{M}}])[^\n.;:!?()/]{{0,40}}?)"
)
"""A dash and a short desk or station code after the writer's name (letters, spaces,
dots, dashes; at most 21 characters), or the writer's office after a dash or a comma
(``Nguyễn Hương - Công chức VHXH xã Thống Nhất``, ``Tác giả: Lò Thị Hoa, Công chức Văn hóa
xã``): not words of the name."""

SLASH_OUTLET = r"[\p{L}.\-]{2,20}(?:[ ][\p{L}]{1,7}){0,3}"
"""The outlet after a slash (without the slash): a word of letters, dots and dashes, then at
most three short words (``VOV-Trung tâm tin``, ``Tin Tức``)."""

SOURCE_TAIL = r"(?:[ \t]*[-–|][ \t]*(?i:nguồn)[ \t]*:[ \t]*(?P<nguon>[^\n]{2,60}?))"
"""A source named after a writer's name on the byline: ``Minh Hà - Nguồn: Ban Dân vận``
(group ``nguon``)."""

WRITER_SUFFIX = (
    r"(?:[ \t]+(?:thực[ \t]+hiện|tổng[ \t]+hợp|biên[ \t]+dịch|lược[ \t]+dịch|ghi(?![\p{L}])))"
)
"""What the writer did, written after the name: ``LÊ PHONG thực hiện``, ``Xuân Hoa tổng
hợp``, ``Hoàng Thùy - Nhật Minh ghi``."""

OFFICE_BEFORE_NAME = (
    rf"(?:(?:{BYLINE_ORG})(?![\p{{L}}\p{{M}}])|\p{{Lu}}{{2,6}}[ \t]+(?=\p{{Lu}}))"
    r"[^\n,;:()]{1,60},[ \t]*"
)
"""The writer's office written before the name after a ``Tác giả:`` label, and its comma
(``Tác giả: BTG Thị uỷ Trảng Bàng, Quốc Huy``): an office word of ``data/byline_orgs.txt`` or
an acronym (``BTG``) opening it."""
