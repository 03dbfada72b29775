"""Step 2 of the officials extractor: the titles written around each name.

* **Before the name** (``Phó Bí thư Thường trực Tỉnh ủy Phạm Minh Tấn``): the longest chain
  of title words ending at the name (or at ``, đồng chí`` before it) that starts with a
  position and holds only capitalised words, abbreviations and the lower-case words of
  positions and organisations.
* **After the name** (``đồng chí Nguyễn Đức Tuy – Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng
  Ban Dân vận Tỉnh ủy``): after ``,``, ``-``, ``–``, ``(`` or ``là``, a list of titles,
  each starting with a position and running until a punctuation mark, a verb that ends
  titles or another name. A list shares one organisation as written; each item is its
  own title.
* **For a list of names** (``các đồng chí Ủy viên Bộ Chính trị: đồng chí A, ...``) and
  **after an appointment verb** (``A, B giữ chức Phó Chủ tịch ...``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

import regex

from .. import _match, gazetteer, vocab
from .._scan import keyed
from .._spans import SpanIndex
from ..analysis import Analysis
from .lexicon import Lexicons
from .names import (
    PLACE_TYPE_BEFORE_RE,
    PLACE_WORD_WINDOW,
    Name,
    sentence_openers,
)
from .persons import PLURAL_BEFORE_RE, PLURAL_WINDOW
from .words import (
    ACRONYM_RE,
    DASHES,
    FORM_OF_ADDRESS_RE,
    LAST_TWO_WORDS_RE,
    LazyTokens,
    Token,
    capital_follows,
    has_stop,
    inner_phrase_end,
    inside_organisation,
    is_org_head,
    keeps_lowercase,
    position_starts,
    second_syllable,
    surname_at,
    title_tokens_ok,
    tokens,
)

__all__ = [
    "NameTitles",
    "Respectively",
    "acted_titles",
    "appointed_titles",
    "chain_before",
    "fronted_titles",
    "group_titles",
    "parse_title_list",
    "pronoun_titles",
    "titles_after",
]

Span = tuple[int, int]

CHAIN_WINDOW = 220
"""How far before a name a chain of titles may start."""
LAST_WORD_WINDOW = 40
"""How far back the last word before a name is read (it may rule out any title)."""
COPULA_WINDOW = 16
"""``TITLE (hiện) là ông X``: how far back ``là`` (and ``hiện``) is looked for."""
PREPOSITION_WINDOW = 25
"""``với phóng viên Báo X, ông Y``: how far before a title a preposition is looked for."""
LIST_WINDOW = 400
"""How far after a name a list of titles may run."""
MAX_TITLE_CHARS = 160
"""A title longer than this is cut where it reached."""
PAREN_WINDOW = 80
"""``(hiện là ...)``: how far its closing parenthesis may stand."""
GROUP_LIST_CHARS = 1500
"""``các đồng chí Ủy viên Bộ Chính trị: A, B, ...``: how far the list of names runs."""

_THEN = r"(?:lúc|khi|thời[ \t]+điểm)[ \t]+(?:đó|này|ấy)"
"""``khi đó``, ``lúc này``: the time a title was held, before ``là``."""
_AFTER_SEP_RE = regex.compile(
    r"[ \t]*(?:[,–—-]|\(|:)[ \t]*(?:(?:(?:hiện|nay|đang|vẫn|còn|cũng)[ \t]+"
    rf"|{_THEN}[ \t]+)?là[ \t]+|đương[ \t]+nhiệm[ \t]+"
    r"|(?:với|trên)[ \t]+cương[ \t]+vị"
    r"(?:[ \t]+mới)?[ \t]*[-–:]?[ \t]*)?"
    rf"|[ \t]+(?:là|(?:hiện|nay|đang|vẫn|còn|cũng|từng|{_THEN})[ \t]+là"
    r"|(?:với|trên)[ \t]+cương[ \t]+vị)[ \t]+"
)
"""After a name, what opens its titles: a mark, ``là``, ``từng là``, ``(hiện là``, ``(lúc
đó là``, ``(đương nhiệm``, ``, với cương vị``."""
_AGE_RE = regex.compile(
    r"[ \t]*(?:\([ \t]*\d{1,3}[ \t]+tuổi[ \t]*\)|,[ \t]*\d{1,3}[ \t]+tuổi(?=[ \t]*,)"
    r"|\([ \t]*(?:\d{1,3}[ \t]+tuổi|SN[ \t]*\d{4}|sinh[ \t]+năm[ \t]*\d{4})[ \t]*[,;][ \t]*"
    r"(?:ngụ|trú|thường[ \t]+trú|quê|ở|hộ[ \t]+khẩu)[^()\n]{1,60}\)"
    r"|\([ \t]*\d{1,3}[ \t]+tuổi(?=[ \t]*[,;])|\([ \t]*(?:SN|sinh[ \t]+năm)[ \t]*\d{4}[ \t]*\)"
    r"|,?[ \t]*(?:(?:sinh[ \t]+năm|SN)[ \t]*\d{4}"
    r"|sinh[ \t]+ngày[ \t]+\d{1,2}[/.-]\d{1,2}[/.-]\d{4})"
    r"(?:[ \t]*,[ \t]*quê(?:[ \t]+quán)?[ \t]+(?:ở[ \t]+)?[^,.;:()\n]{1,40}?)?(?=[ \t]*,))"
)
"""An age between a name and its titles: ``ông X (51 tuổi), Bí thư ...``, ``X, 59 tuổi, ...``,
``ông X (46 tuổi, Trưởng phòng ...)``, ``ông X sinh năm 1955, quê Nam Định, là ...``, ``ông
X (45 tuổi, ngụ ấp Mỹ Thạnh B, xã Mỹ Thuận), Chủ tịch ...``."""
_NEXT_TITLE_RE = regex.compile(
    r"[ \t]*(?:[,;][ \t]*(?:(?:đồng\s+thời|kiêm(?:\s+chức\s+vụ)?|nay\s+là|hiện\s+là)[ \t]+)?"
    r"|[-–—][ \t]*"
    r"|\([ \t]*(?:(?:hiện|nay|đang)[ \t]+là|đương[ \t]+nhiệm)[ \t]+"
    r"|[ \t]+(?:và\s+là|kiêm(?:\s+chức\s+vụ)?|đồng\s+thời\s+là|nay\s+là|rồi(?:\s+làm)?)[ \t]+)"
)
"""Between two titles of one person: a comma, a semicolon in a list of persons ("A, t1;
t2; B, t3"), a dash, ``kiêm``, ``đồng thời là``, ``(hiện là``, ``(đương nhiệm``, ``rồi``
(one post after another: ``làm Phó Chủ tịch rồi Chủ tịch UBND tỉnh``)."""
_BLANKS_RE = regex.compile(r"[ \t]+")
_COMMA_RE = regex.compile(r",[ \t]*")
_TITLE_BREAK_RE = regex.compile(r",[ \t]*|[ \t]+[-–—][ \t]+")
"""A comma, or a dash with blanks around it, between two titles of one chain (``Đại tướng -
Bộ trưởng Quốc phòng``) when a position follows it."""
_AND_RE = regex.compile(r"(?<![\p{L}\p{M}])(?:và|kiêm)[ \t]+")
"""A word joining two positions of one chain (``Phó Chủ tịch kiêm Tổng thư ký``)."""
_KIEM_RE = regex.compile(r"(?<![\p{L}\p{M}])kiêm[ \t]+")
_JOINER_TAIL_RE = regex.compile(r"[ \t]+(?:và|kiêm)$")
_PAREN_CLOSE_RE = regex.compile(r"[^()\n]{0,80}\)")
_ASIDE_RE = regex.compile(r"[ \t]*\([^()\n]{1,60}\)")
"""A short bracket right after a name (``(cháu ông Hùng)``): read past when it holds no
position and a verb giving a title follows it (:data:`_COPULA_AFTER_RE`)."""
_COPULA_AFTER_RE = regex.compile(
    r"[ \t]*,?[ \t]*(?:(?:hiện|đang|nay|vẫn)[ \t]+)?(?:là|làm|giữ[ \t]+chức(?:[ \t]+vụ)?)[ \t]+"
)
_NEXT_CAPITAL_RE = regex.compile(r"[ \t]*(\p{Lu})")
_TERM_WORD = r"(?i:nhiệm[ \t]+kỳ|khóa)"
"""A term's word (the text is read in one tone style: ``khoá`` is ``khóa`` here)."""
_TERM_YEARS = r"\d{4}[ \t]*[-–][ \t]*\d{4}"
"""A term's years: ``2015-2020``."""
_TERM_NUMBER = r"(?:[IVXL]+|\d{1,2})"
"""A term's number: ``XII``, ``14``."""
_DANGLING_TAIL_RE = regex.compile(rf"(?:[ \t]*(?:[-–—,]|và|của|về))+$|[ \t]+{_TERM_WORD}$")
"""What a title does not end with: a mark or a joining word, or a term word without its
number (``Chủ tịch UBND TP Hà Nội khóa`` of ``... khóa mới``)."""
_TERM_RE = regex.compile(
    rf"[ \t]+(?i:các[ \t]+)?{_TERM_WORD}[ \t]+"
    rf"(?:{_TERM_YEARS}|{_TERM_NUMBER}(?:[ \t]*(?:,|và)[ \t]*{_TERM_NUMBER}(?![\p{{L}}\d]))*)"
    r"(?![\p{L}\d])"
)
"""``Ủy viên Ban Thường vụ Tỉnh ủy nhiệm kỳ 2015-2020``, ``Ủy viên Trung ương các khóa VII,
VIII, IX``: the term (or terms) after a title."""
_BRACKETED_TERM_RE = regex.compile(
    rf"[ \t]*\([ \t]*{_TERM_WORD}[ \t]+(?:{_TERM_YEARS}|{_TERM_NUMBER})[ \t]*\)"
)
"""A term in brackets after a title (``phó chủ tịch HĐND tỉnh (nhiệm kỳ 2016-2021)``): read
past it, and the list goes on."""
_TERM_ENDS_RE = regex.compile(rf"(?<![\p{{L}}])(?i:khóa)[ \t]+{_TERM_NUMBER}$")
"""A title that ends on its term (``... khóa X``)."""
_MORE_TERMS_RE = regex.compile(
    rf"(?:[ \t]*(?:,|và)[ \t]*{_TERM_NUMBER}(?![\p{{L}}\p{{M}}\d]|[/.,]\d))+"
)
"""More terms after a title's own (``khóa X, XI``, ``khóa XII và XIII``, ``khóa 10, 11``)."""
_COPULA_END_RE = regex.compile(
    r"(?:[ \t]+(?:hiện|nay|vẫn|đang|hiện[ \t]+nay|hiện[ \t]+đang))?[ \t]+là$"
)
_PREPOSITION_BEFORE_RE = regex.compile(
    r"(?:(?<![\p{L}])(?:với|của|cho|hỏi|gặp|theo|tới|đến|gửi|thay[ \t]+(?:lời|mặt))[ \t]+)$",
    regex.I,
)
_STACKED_RE = regex.compile(
    r"(?i:ủy[ \t]+viên|tổng[ \t]+bí[ \t]+thư|(?:đại|thượng|trung|thiếu)[ \t]+(?:tướng|tá))"
    r"(?![\p{L}])"
)
"""A title written first in a person's stack of titles (a Party membership, the General
Secretary's, a rank): after ``của``/``với`` and before a comma, it is the named person's
(``với sự tham dự của Ủy viên Bộ Chính trị, Trưởng Ban Tuyên giáo Trung ương X``)."""
_CHUNK_WORD_RE = regex.compile(r"[\p{L}\p{M}&]+")
MAX_NAME_CHUNKS = 6
"""``Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng``: at most this many comma
chunks continue an organisation's name."""
_GROUP_RE = keyed(
    regex.compile(r"(?<![\p{L}])(?:[Cc]ác|[Hh]ai|[Bb]a)[ \t]+(?:đồng[ \t]+chí|vị)[ \t]+"),
    [f"{n} {w}" for n in ("các", "hai", "ba") for w in ("đồng chí", "vị")],
)
_COLON_RE = regex.compile(r"[ \t]*:")
_B = r"[ \t]+"
_CLAUSE_BREAK_RE = regex.compile(r"[;:.!?\n()\"“”]|(?<![\p{L}])(?:và|cùng|với|của)(?![\p{L}])")
"""What ends a list item before a name: a clause mark, or a word joining it to something
else (``và``, ``cùng``, ``với``, ``của``)."""
_POSTS = rf"chức(?:{_B}(?:vụ|danh))?"
_CAREER = (
    rf"(?:đảm{_B}nhiệm|kinh{_B}qua|trải{_B}qua|giữ){_B}(?:nhiều|các){_B}(?:chức{_B}vụ"
    rf"|chức{_B}danh|cương{_B}vị|vị{_B}trí)(?:{_B}công{_B}tác)?"
    rf"(?:{_B}(?:chủ{_B}chốt|quan{_B}trọng|lãnh{_B}đạo))?"
    rf"(?:{_B}(?:như|gồm|là)|[ \t]*:)?"
)
"""``từng đảm nhiệm các chức vụ: ...``, ``kinh qua nhiều chức vụ chủ chốt như ...``: a
career list."""
_MADE_VERBS = (
    rf"(?:tín{_B}nhiệm{_B})?bầu|bổ{_B}nhiệm|phân{_B}công|điều{_B}động|điều{_B}chuyển|chỉ{_B}định|cử|giới{_B}thiệu"
    rf"|luân{_B}chuyển|bố{_B}trí|phê{_B}chuẩn"
)
_NOT_DELEGATION_HEAD = (
    rf"(?![ \t]+(?:[Pp]hó{_B})?[Tt]r(?:ưởng|ường){_B}(?i:đoàn)"
    r"(?![ \t]+(?i:đại|đbqh|kiểm|thanh|giám)))"
)
"""Not ``làm Trưởng đoàn`` alone: who leads a visiting delegation is a role
(``trưởng đoàn``), not a post; ``làm Trưởng đoàn đại biểu Quốc hội`` is a post."""
_AGENT = r"(?:\p{Lu}[\p{L}\p{M}]*(?:[ \t]+[\p{L}\p{M}]+){0,4}?[ \t]+)?"
"""``được Bộ Chính trị phân công``: the body that appoints, between ``được`` and its verb."""
_ELECTED = rf"(?:tái(?:{_B}đắc)?|trúng){_B}cử"
"""``trúng cử``, ``tái đắc cử``, ``tái cử``."""
_MADE_BY = rf"{_B}{_AGENT}(?:{_MADE_VERBS}|bổ{_B}sung)(?:{_B}bổ{_B}sung)?"
"""After ``được``: the verb that makes someone something (``được Bộ Chính trị phân công``,
``được bầu bổ sung``, ``được bổ sung làm``)."""
_MOVED_TO = rf"(?:về|sang|ra|lên){_B}làm"
"""``được điều động về/sang/ra/lên làm``."""
_PUT_INTO = (
    rf"(?:(?:về|sang|ra|lên){_B})?(?:đảm{_B}nhiệm(?:{_B}{_POSTS})?|giữ{_B}{_POSTS})"
    rf"|công{_B}việc(?:{_B}mới)?{_B}là"
)
"""``bị điều chuyển sang đảm nhiệm chức vụ``, ``được điều động về giữ chức``, ``được bố trí
công việc mới là``."""
_LOWER_POST_THEN_BODY = rf"(?:phó|trưởng|giám|bí|chủ){_B}[\p{{L}}\p{{M}}]+{_B}\p{{Lu}}"
"""After ``làm``, a post written in lower case then its body (``phó trưởng Phòng ...``,
``giám đốc Sở ...``), not ``làm việc``, ``làm chủ tịch`` alone."""
_APPOINT_RE = regex.compile(
    rf"[ \t]*[,–-]?[ \t]*(?P<who>người{_B})?"
    rf"(?:(?:đã|vừa|cùng|(?P<respectively>lần{_B}lượt)|chính{_B}thức|từng|hiện|đang"
    rf"|hiện{_B}đang|để|tiếp{_B}tục|sẽ|trực{_B}tiếp){_B}){{0,2}}"
    rf"(?:{_CAREER}"
    rf"|giữ{_B}{_POSTS}"
    rf"|{_ELECTED}(?:{_B}(?:{_POSTS}|chức|làm|vào))?"
    rf"|làm{_B}nhiệm{_B}vụ(?:[ \t]*:)?(?=[ \t]+\p{{Lu}})"
    rf"|làm(?=[ \t]+(?:\p{{Lu}}|{_LOWER_POST_THEN_BODY})){_NOT_DELEGATION_HEAD}"
    rf"|với{_B}vai{_B}trò(?:{_B}là)?"
    rf"|\(?[ \t]*(?:khi|trong{_B}thời{_B}gian)(?:{_B}(?:còn|đang))?{_B}giữ{_B}(?:các{_B})?"
    rf"(?:{_POSTS}|cương{_B}vị)"
    rf"|(?P<passive>được|bị){_MADE_BY}(?:{_B}(?P<respectively_after>lần{_B}lượt))?"
    rf"(?:{_B}(?:giữ{_B}{_POSTS}|{_POSTS}|làm|là|vào{_B}{_POSTS}|vào|{_MOVED_TO}|{_PUT_INTO}"
    rf"|nhiệm{_B}vụ))?"
    rf"|(?:được{_B})?(?:đảm|kiêm){_B}nhiệm(?:{_B}(?:chức{_B}vụ|chức{_B}danh|vị{_B}trí))?"
    rf"|trở{_B}thành|(?:đến{_B})?nhận{_B}nhiệm{_B}vụ"
    rf"|(?:về|sang|qua)[ \t]+(?:làm|giữ{_B}{_POSTS})"
    rf"|(?:xin{_B})?(?:thôi|từ){_B}(?:giữ{_B})?{_POSTS}"
    rf"|không{_B}còn{_B}(?:làm|là|giữ{_B}{_POSTS})"
    rf"|chuyển{_B}(?:sang{_B})?(?:chức{_B}vụ|làm|giữ{_B}{_POSTS})"
    rf"|mang{_B}(?:cấp{_B})?(?:quân{_B})?hàm"
    rf"|(?<=(?<![\p{{L}}])lần{_B}lượt{_B})là){_B}"
)
"""After a name, a verb that gives a title: ``giữ chức``, ``trúng cử``, ``(tiếp tục) được (tín
nhiệm) bầu làm``, ``trở thành``, ``tái đắc cử``, ``sang làm``, ``nhận nhiệm vụ``, ``xin thôi
chức``, ``không còn làm``, ``mang quân hàm``, ``với vai trò là``, ``khi giữ chức``, ``trong
thời gian giữ các chức vụ``, ``(khi giữ cương vị``, ``làm nhiệm vụ`` before a capitalised
post, ``được bổ sung làm``; ``lần lượt giữ chức``, ``được bầu lần lượt là``, ``lần lượt là``
(titles taken one each: group ``respectively``)."""
_RESPECTIVE_AND_RE = regex.compile(r"[ \t]*,?[ \t]*và[ \t]+")
"""``lần lượt là Chủ tịch và Phó Chủ tịch``: the last title of a list taken one each."""
MAX_APPOINTED = 12
"""At most this many titles are read after appointment verbs that follow one another."""
_REPLACES_RE = regex.compile(rf"[ \t]+thay[ \t]+(?:{vocab.forms_of_address_pattern()}[ \t]+)?$")
"""``A thay bà B giữ chức X``: the title goes to A, who takes it over from B."""
_SENTENCE_MARK_RE = regex.compile(r"[.!?;\n]")
"""A mark between ``A`` and ``thay ông B`` that parts them: A is not the one who takes over."""
_OBJECT_BEFORE_RE = regex.compile(
    rf"[ \t]+(?:đối[ \t]+)?(?:với|cho)[ \t]+(?:{vocab.forms_of_address_pattern()}[ \t]+)?$"
)
"""``... đối với bà Y``: the person an act about a post is done to."""
_POST_ACT_RE = regex.compile(
    r"(?<![\p{L}])(?i:cách[ \t]+chức|miễn[ \t]+nhiệm|bãi[ \t]+nhiệm|(?:tạm[ \t]+)?đình[ \t]+chỉ"
    r"|thôi[ \t]+giữ|xóa[ \t]+tư[ \t]+cách|xoá[ \t]+tư[ \t]+cách)"
    r"(?:[ \t]+(?i:cả[ \t]+)?(?i:các[ \t]+)?(?i:chức[ \t]+vụ|chức[ \t]+danh|chức))?[ \t]*:?[ \t]+"
    r"|(?<![\p{L}])(?i:thăng|phong|nâng)[ \t]+(?i:cấp[ \t]+bậc[ \t]+)?(?i:quân[ \t]+)?hàm"
    r"[^.;:\n]{0,40}?[ \t](?i:lên|là)[ \t]+"
)
"""Acts about a post or a rank done to someone named after them: ``cách chức X đối với
ông Y``, ``cách chức các chức vụ: X, Z đối với ông Y``, ``xóa tư cách nguyên X đối với
ông Y``, ``đình chỉ chức vụ X đối với bà Y``, ``thăng quân hàm từ R1 lên R2 đối với ông Y``."""
POST_ACT_WINDOW = 200
"""How far before ``đối với ông Y`` the act about a post is looked for."""
_MADE_BEFORE_RE = regex.compile(
    r"(?<![\p{L}])(?i:bầu|bổ[ \t]+nhiệm|cử|phân[ \t]+công|điều[ \t]+động|chỉ[ \t]+định"
    r"|giới[ \t]+thiệu)[ \t]+(?:(?i:bổ[ \t]+sung)[ \t]+)?(?:(?i:ông|bà|đồng[ \t]+chí)[ \t]+)?$"
)
"""``bầu ông X làm Y``: the appointment verb before the name, so that ``làm`` gives a title."""
_LAM_RE = regex.compile(r"[ \t]+(?:làm|là)[ \t]+")
"""``bầu ông X, t1 làm X``, ``bầu bà Y, t1 khóa XII là t2 khóa XIII``: after an appointment
verb before the name and the name's own titles, what the person is made."""
_GROUP_PLURAL_RE = keyed(
    regex.compile(r"(?<![\p{L}])(?:[Cc]ác|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu)[ \t]+(?=\p{L})"),
    ["các", "hai", "ba", "bốn", "năm", "sáu"],
)
"""``ba Phó bí thư là: ...``, ``Hai Phó Chủ tịch UBND huyện là ông A và ông B``."""
_GROUP_COUNT_RE = regex.compile(r"(?<![\p{L}\p{N}.,/])\d{1,2}[ \t]+(?=\p{Lu})")
"""``UBND thành phố có 3 Phó Chủ tịch gồm ông A, B và bà C``: a count written in digits."""
_LIST_OPENS_RE = regex.compile(r"[ \t]+(?:là|gồm)[ \t]*:?[ \t]*|[ \t]*:[ \t]*")
_PRONOUN_TITLES_RE = regex.compile(
    r"(?:(?:^|(?<=[.!?…][\"”’)]*[ \t]+))(?:Ông|Bà)[ \t]+(?:(?P<given>\p{Lu}[\p{L}\p{M}]*)[ \t]+)?"
    r"|(?<=(?:^|[.!?…][\"”’)]*[ \t]+)\p{Lu}[\p{L}\p{M}]*(?:[ \t]+[\p{L}\p{M}\d/.-]+){0,16}"
    r"(?:,[ \t]*|(?<=\d)[ \t]+))"
    r"(?:ông|bà)[ \t]+"
    r"|(?<![\p{L}])(?:ông|bà)[ \t]+(?P<given>\p{Lu}[\p{L}\p{M}]*)[ \t]+)"
    r"(?:(?:hiện|đang|nay|cũng|từng|nguyên|vẫn|còn|đã|lần[ \t]+lượt|sau[ \t]+đó"
    r"|có[ \t]+thời[ \t]+gian)[ \t]+){0,2}"
    rf"(?:là|làm{_B}nhiệm{_B}vụ(?:[ \t]*:)?(?=[ \t]+\p{{Lu}})|làm|{_MOVED_TO}"
    rf"|giữ[ \t]+chức(?:[ \t]+vụ)?|{_CAREER}|đảm{_B}nhiệm(?:{_B}chức{_B}vụ)?"
    rf"|{_ELECTED}|\(khi(?:{_B}còn)?{_B}giữ{_B}(?:{_POSTS}|cương{_B}vị)"
    rf"|(?:được|bị){_MADE_BY}{_B}(?:giữ{_B}{_POSTS}|làm|vào{_B}{_POSTS}|{_MOVED_TO}|{_PUT_INTO}))"
    r"[ \t]+",
    regex.MULTILINE,
)
"""``Ông hiện là Thành uỷ viên, Phó Giám đốc ...``, ``Ông từng làm ...``, ``Ông lần lượt
giữ các chức vụ như ...``: a new sentence about the last person, also after a short opening
and a comma (``Tháng 6/2013, ông được điều động ra làm ...``, ``Trước khi giữ chức X, ông
từng kinh qua ...``) or a year (``Năm 2006 ông là ...``); ``Ông Tiến hiện giữ chức ...``,
``..., ông Chiến từng kinh qua nhiều chức vụ như ...``, ``Ông Bình làm nhiệm vụ t1; t2``,
``Bà còn có thời gian giữ các chức vụ: ...``, ``ông Chánh (khi giữ cương vị t1, t2)``: about
the last one of that given name."""
PRONOUN_WINDOW = 300
"""How far back the person a sentence opening on ``Ông hiện là`` speaks of may be named."""
FRONTED_TAIL_CHARS = 80
"""How far the subject's comma may follow the posts of a fronted clause (``Là ..., ông X``)."""
_SOMEONE_ELSE_RE = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}]){vocab.forms_of_address_pattern()}[ \t]+\p{{Lu}}"
)
"""Another person introduced by a form of address and a capitalised name (a whole word:
not the ``ông Thương`` inside ``Sở Công Thương``)."""


def _left_boundary_re() -> regex.Pattern[str]:
    abbreviations = "|".join(
        regex.escape(a) for a in sorted(vocab.abbreviations(), key=len, reverse=True)
    )
    return regex.compile(rf"[;:!?\n\"“”()\[\]]|(?<!(?<![\p{{L}}])(?:{abbreviations}))\.(?=\s)")


LEFT_BOUNDARY_RE = _left_boundary_re()
"""What a chain of titles before a name never crosses: a clause mark, or a full stop
that is not an abbreviation's (``TP.``)."""
LIST_SEP_RE = regex.compile(rf"[ \t]*(?:,|và)[ \t]*(?:{vocab.forms_of_address_pattern()}[ \t]+)?$")
"""Between two names of a list: a comma or ``và``."""


@dataclass
class NameTitles:
    """The titles read around one name: before it, after it, and where the mention ends."""

    before: list[Span] = field(default_factory=list)
    after: list[Span] = field(default_factory=list)
    tail: int = 0
    """Where the mention ends, titles written after the name included."""
    shared: bool = False
    """``before`` was shared from the previous name (``các Phó Chủ tịch A và B``)."""


PLACE_ASIDE_CHARS = 60
"""How long a bracket telling where a body lies may be (``(huyện Quế Sơn, Quảng Nam)``)."""
_PLACE_ASIDE_END_RE = regex.compile(
    r"\([ \t]*(?:(?i:huyện|tỉnh|xã|phường|quận|thị[ \t]+xã|thị[ \t]+trấn|thành[ \t]+phố|TP\.?)"
    r"[ \t]+\p{Lu}"
    r"|(?:HĐND|UBND|MTTQ|Tỉnh[ \t]+ủy|Tỉnh[ \t]+uỷ|Thành[ \t]+ủy|Thành[ \t]+uỷ|Huyện[ \t]+ủy"
    r"|Huyện[ \t]+uỷ)(?![\p{L}])"
    r"|(?i:nay|trước[ \t]+đây|trước[ \t]+đó)[ \t]+là[ \t]+)[^()\n]{0,60}\)$"
)
"""A bracket between a title and a name saying where the body lies (``Bí thư Đảng ủy xã
Quế Long (huyện Quế Sơn, Quảng Nam) X``), whose council it is (``Trưởng ban Pháp chế (HĐND
TP Hà Nội) X``) or what it is called now (``Giám đốc Bệnh viện Ung thư (nay là Bệnh viện
Ung bướu) X``)."""


def _strip_back(text: str, end: int) -> int:
    """``end`` moved back over blanks and one comma."""
    stripped = end
    while stripped > 0 and text[stripped - 1] in " \t":
        stripped -= 1
    if stripped > 0 and text[stripped - 1] == ",":
        stripped -= 1
    return stripped


_DEPUTY_BEFORE_RE = regex.compile(
    r"(?:(?P<b>[\p{L}\p{M}]+)[ \t]+)?(?<![\p{L}\p{M}])(?P<w>[Đđ]ại[ \t]+biểu|ĐB)[ \t]+$"
)
"""``đại biểu`` (or ``ĐB``) right before a name, and the word before it (``các``, ``Đoàn``:
no deputy)."""
_DEPUTY_TAILS = ("biểu ", "ĐB ")
"""How the words right before a deputy's name end (a quick test before the pattern)."""
_NOT_DEPUTY_AFTER = frozenset({"các", "đoàn", "những", "vị", "hai", "ba"})
"""Words before ``đại biểu`` that make it a delegation or many delegates, not one deputy."""


def chain_before(
    analysis: Analysis,
    name: Name,
    name_spans: SpanIndex,
    lex: Lexicons,
    hon: regex.Match[str] | None,
) -> list[Span]:
    """Titles written right before a name (``Chủ tịch UBND tỉnh Phạm Anh Tuấn``); or
    ``đại biểu`` (``ĐB``) alone before a Vietnamese full name (``đại biểu Dương Văn Minh (Ninh
    Thuận) cho biết``: a deputy of the assembly the article reports on), not after
    ``các``, ``đoàn``, ``những``, ``vị``. ``hon``: the form of address right before the
    name (:func:`honorific_before`), which the caller has already looked for."""
    titles = _chain_before(analysis, name, name_spans, lex, hon)
    if titles or not analysis.content[max(0, name.start - 5) : name.start].endswith(_DEPUTY_TAILS):
        return titles
    if len(name.tokens) < 3 or name.tokens[0] not in lex.surnames:
        return []
    deputy = _match.search(_DEPUTY_BEFORE_RE, analysis.content, max(0, name.start - 30), name.start)
    if deputy is None or (deputy.group("b") or "").lower() in _NOT_DEPUTY_AFTER:
        return []
    return [deputy.span("w")]


def _chain_before(
    analysis: Analysis,
    name: Name,
    name_spans: SpanIndex,
    lex: Lexicons,
    hon: regex.Match[str] | None,
) -> list[Span]:
    """The chain of titles of :func:`chain_before`."""
    text = analysis.content
    end = name.start
    if hon:
        end = hon.start()
    # "Chủ tịch HĐQT Tập đoàn Sun Group, Đặng Minh Trường": a comma may close the chain.
    stripped = _strip_back(text, end)
    place = _match.search(_PLACE_ASIDE_END_RE, text, max(0, stripped - PLACE_ASIDE_CHARS), stripped)
    if place is not None and hon is None:
        # "Bí thư Đảng ủy xã Quế Long (huyện Quế Sơn, Quảng Nam) Đỗ Đình Hùng": where the
        # body lies, in a bracket between the title and the name
        stripped = _strip_back(text, place.start())
    # "Chủ tịch HĐQT công ty là ông Trịnh Xuân Lâm": the title, "là", the person.
    copula = _match.search(_COPULA_END_RE, text, max(0, stripped - COPULA_WINDOW), stripped)
    if copula and hon is not None:
        stripped = copula.start()
    lo = max(0, stripped - CHAIN_WINDOW)
    # A position starting inside or before another person's name is not this one's title
    # (the test in the loop below): positions are looked for after that name only.
    after_name = min(stripped, max(lo, name_spans.last_end_before(stripped) or 0))
    if not analysis.hits(lex.prefix_position_re, after_name, stripped):
        return []  # no position starts in reach: no title before the name (most names)
    last = _match.search(LAST_TWO_WORDS_RE, text, max(0, stripped - LAST_WORD_WINDOW), stripped)
    word, before = (last.group("w"), last.group("b") or "") if last else ("", "")
    if (
        word[:1].islower()
        and word.lower() not in lex.title_words
        and not before[:1].isupper()
        and word.lower() not in lex.org_heads
    ):
        return []  # "... có ông X", "... với bà Y": no title can end with that word
    window_start = lo
    # (one character further, so that the look-ahead sees the space after a full stop)
    acronyms = [m.span() for m in _match.finditer(ACRONYM_RE, text, lo, stripped)]
    for b in _match.finditer(LEFT_BOUNDARY_RE, text, lo, min(len(text), stripped + 1)):
        if any(x <= b.start() < y for x, y in acronyms):
            continue  # "Tập đoàn Điện lực Việt Nam (EVN)": an acronym, no boundary
        window_start = min(b.end(), stripped)
    # The chain is parted from the name by a comma, an honorific ("t1, ông B") or the
    # "và" of a list ("A, t1 và B": t1 is A's).
    crossed = (
        (stripped < end and text[stripped] == ",")
        or hon is not None
        or _match.search(_LIST_AND_END_RE, text, max(0, stripped - 6), stripped) is not None
    )
    starts = position_starts(analysis, max(window_start, after_name), stripped, lex)
    # "Phó Chủ tịch kiêm Tổng thư ký Hội Luật gia Lê Minh Tâm": "kiêm" joins two positions.
    joiners = [
        m.span()
        for m in _match.finditer(_KIEM_RE, text, window_start, stripped)
        if _match.match(lex.prefix_position_re, text, m.end(), stripped)
    ]
    for a, position_end in starts:
        if name_spans.overlaps(a, min(stripped, name.start)):
            continue  # another person's name stands between
        seg_tokens = tokens(text, a, stripped)
        # A chain that is one position ("Bộ trưởng X") passes these tests by definition.
        if position_end != stripped and (
            not seg_tokens
            or not title_tokens_ok(seg_tokens, lex, text, starts + joiners)
            or has_stop(analysis, a, stripped, lex, joiners, [s for s in starts if s[0] >= a])
        ):
            continue
        if _bare_position_then_other(text, position_end, stripped, lex):
            continue  # "Theo Thủ tướng, Thaco - Chu Lai là ...": a company, then a place
        j = a
        while j > 0 and text[j - 1] in " \t,-–—(":
            j -= 1
        if crossed and j < a and name_spans.ends_at(j):
            break  # "ông A, t1, ông B": t1 is A's title, written after A
        if crossed and _match.search(
            _PREPOSITION_BEFORE_RE, text, max(0, a - PREPOSITION_WINDOW), a
        ):
            continue  # "Trao đổi với phóng viên Báo X, ông Y": the reporter's title
        chain_end = seg_tokens[-1].end
        trimmed = _DANGLING_TAIL_RE.sub("", text[a:chain_end]).rstrip(" \t.")
        chain_end = a + len(trimmed)
        if chain_end > a:
            titles = _split_titles(text, a, chain_end, lex)
            if j < a and name_spans.ends_at(j) and len(titles) > 1:
                # "A, t1, t2 B": t1 is A's title written after A; only the last is B's,
                # with a rank a dash joins to it ("A, Đại tướng - Bộ trưởng Quốc phòng B").
                own = len(titles) - 1
                while own > 0 and _dash_joined(text, titles[own - 1], titles[own]):
                    own -= 1
                return titles[own:]
            if (
                len(titles) > 1
                and not _match.match(_STACKED_RE, text, titles[0][0])
                and not _dash_joined(text, titles[0], titles[1])  # one stack
                and (
                    _match.search(_PREPOSITION_BEFORE_RE, text, max(0, a - PREPOSITION_WINDOW), a)
                    or _match.search(PLURAL_BEFORE_RE, text, max(0, a - PLURAL_WINDOW), a)
                )
            ):
                # "Trao đổi với phóng viên Báo X, Thượng tá Y": the reporter's title;
                # "Thừa ủy quyền của Thủ tướng, Bộ trưởng X": the Prime Minister's (but
                # "theo lời mời của Tổng Bí thư, Chủ tịch nước X": both are X's); "trước
                # các đại biểu HĐND, Chủ tịch UBND X": the audience's.
                return titles[1:]
            return titles
    return []


_COMMA_THEN_CAPITAL_RE = regex.compile(r"[ \t]*,[ \t]*(?=\p{Lu})")


def _bare_position_then_other(text: str, position_end: int, stripped: int, lex: Lexicons) -> bool:
    """A position standing bare (``Thủ tướng``, no organisation after it), then a comma and
    a capitalised word that opens no position: the comma ends the position's clause
    (``Theo Thủ tướng, Thaco - Chu Lai là ...``), so what follows it is no part of a title
    before the name (rule ``officials.bare-position-then-comma``)."""
    comma = _match.match(_COMMA_THEN_CAPITAL_RE, text, position_end, stripped)
    return comma is not None and not _match.match(
        lex.prefix_position_re, text, comma.end(), stripped
    )


_AND_BEFORE_NAME_WINDOW = 60
"""How far a position after ``và`` may run to the next name for the two to go together."""
_NO_BREAK_RE = regex.compile(r"[^,.;:()\n]*")


def _position_to_name(text: str, pos: int, name_start: int, lex: Lexicons) -> bool:
    """``và thiếu tướng Vũ Xuân Viên``: after ``và`` (ending at ``pos``) a position runs,
    with no punctuation, to the next person's name, which it titles."""
    if name_start - pos > _AND_BEFORE_NAME_WINDOW:
        return False
    blank = _match.match(_BLANKS_RE, text, pos, name_start)
    if blank is None or not _match.match(lex.prefix_position_re, text, blank.end(), name_start):
        return False
    run = _match.match(_NO_BREAK_RE, text, blank.end(), name_start)
    return run is not None and run.end() == name_start


def _dash_joined(text: str, first: Span, second: Span) -> bool:
    """Whether only a dash stands between two titles (``Đại tướng - Bộ trưởng``): one
    stack of one person's titles, not a list item after a comma."""
    return text[first[1] : second[0]].strip() in DASHES


def _split_titles(text: str, a: int, b: int, lex: Lexicons) -> list[Span]:
    """Split ``Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh`` at commas (and spaced dashes:
    ``Đại tướng - Bộ trưởng``) that start a position, and ``Giám đốc Sở Kế hoạch và Đầu tư
    và thiếu tướng`` at a ``và`` or ``kiêm`` that does."""
    cuts = [a]
    for m in _match.finditer(_AND_RE, text, a, b):
        if _match.match(lex.prefix_position_re, text, m.end(), b):
            cuts.append(m.end())
    for m in _match.finditer(_TITLE_BREAK_RE, text, a, b):
        nxt = m.end()
        if _match.match(lex.prefix_position_re, text, nxt, b):
            cuts.append(nxt)
    cuts.sort()
    spans = []
    for i, s in enumerate(cuts):
        e = cuts[i + 1] if i + 1 < len(cuts) else b
        while e > s and text[e - 1] in ", \t-–—":
            e -= 1
        joiner = _match.search(_JOINER_TAIL_RE, text, s, e)
        if joiner is not None:  # cut at "và thiếu tướng", "kiêm Tổng thư ký": no title's
            e = joiner.start()
        if e > s:
            spans.append((s, e))
    return spans


def titles_after(
    text: str, name: Name, name_spans: SpanIndex, lex: Lexicons
) -> tuple[list[Span], int]:
    """Titles written after a name, and where the list ends."""
    aside = _match.match(_ASIDE_RE, text, name.end)
    if (
        aside is not None
        and not _match.search(lex.position_re, text, name.end, aside.end())
        and not _match.match(_AGE_RE, text, name.end)
    ):
        # "Ông Hồ Anh Trung (gọi ông Hùng bằng cậu) đang là Chủ tịch UBND xã": a bracket
        # telling who the person is to someone, then a verb giving the title
        copula = _match.match(_COPULA_AFTER_RE, text, aside.end())
        if copula is None:
            return [], aside.end()  # "bà A (phải) và bà B (trái) được bầu ...": read past it
        titles = parse_title_list(text, copula.end(), name_spans, lex)
        return titles, titles[-1][1] if titles else name.end
    age = _match.match(_AGE_RE, text, name.end)
    sep = _match.match(_AFTER_SEP_RE, text, age.end() if age else name.end)
    if not sep and age:
        return [], age.end()
    if not sep:
        # "ông Nguyễn Phú Cường bí thư Tỉnh ủy Đồng Nai nhấn mạnh": no separator at all
        sep = _match.match(_BLANKS_RE, text, name.end)
        if not sep or not _match.match(lex.prefix_position_re, text, sep.end()):
            return [], name.end
    titles = parse_title_list(text, sep.end(), name_spans, lex)
    tail = titles[-1][1] if titles else (age.end() if age else name.end)
    opened = "(" in sep.group() or (
        age is not None and age.group().count("(") > age.group().count(")")
    )
    if opened and titles:
        close = _match.match(_PAREN_CLOSE_RE, text, tail, tail + PAREN_WINDOW + 1)
        if close:
            tail = close.end()
    return titles, tail


def parse_title_list(text: str, pos: int, name_spans: SpanIndex, lex: Lexicons) -> list[Span]:
    """A list of titles starting at ``pos`` (each must start with a position)."""
    titles: list[Span] = []
    limit = min(len(text), pos + LIST_WINDOW)
    while True:
        pm = _match.match(lex.prefix_position_re, text, pos, limit)
        if not pm:
            break
        start = pm.start()
        end = _title_end(text, pm, limit, name_spans, lex)
        nxt_name = name_spans.next_start(start)
        stop_at = limit if nxt_name is None else min(nxt_name, limit)
        if (
            stop_at < limit
            and not text[end:stop_at].strip(" \t")
            and _match.search(_LIST_AND_END_RE, text, max(start, end - 6), end) is None
        ):
            # the title is written before the next person's name: it is theirs, and so is
            # a rank a dash joins to it ("Thủ tướng A, Đại tướng - Bộ trưởng Quốc phòng B")
            if titles and _dash_joined(text, titles[-1], (start, end)):
                titles.pop()
            break
        # ("A, t1 và B": t1 ends on the list's "và", trimmed below; it is A's)
        while True:  # no dangling "- và" at the end
            trimmed = _DANGLING_TAIL_RE.sub("", text[start:end])
            if len(trimmed) == end - start:
                break
            end = start + len(trimmed)
        if _foreign_leader_title(text, start, end, lex):
            break  # "Bộ trưởng Quốc phòng Mỹ James Mattis": a foreign leader's own title
        if _match.search(_TERM_ENDS_RE, text, max(start, end - 12), end):
            # "Ủy viên Trung ương Đảng khóa X, XI": the term read with the title goes on
            more = _match.match(_MORE_TERMS_RE, text, end)
            end = more.end() if more else end
        titles.append((start, end))
        term = _match.match(_TERM_RE, text, end) or _match.match(_BRACKETED_TERM_RE, text, end)
        if term is not None:
            end = term.end()  # the term is not part of the title, and the list goes on
        nxt = _next_title(text, end, limit, name_spans, lex)
        if nxt is not None:
            pos = nxt
            continue
        cont = _continuation(text, end, lex) or _parent_organisation(
            text, start, end, limit, name_spans, lex
        )
        if cont:
            nxt_name = name_spans.next_start(cont)
            if nxt_name is not None and not text[cont:nxt_name].strip(" \t"):
                titles.pop()  # written right before the next person's name: theirs
                break
            titles[-1] = (start, cont)
            nxt = _next_title(text, cont, limit, name_spans, lex)
            if nxt is not None:
                pos = nxt
                continue
        break
    return titles


def _next_title(
    text: str, end: int, limit: int, name_spans: SpanIndex, lex: Lexicons
) -> int | None:
    """Where the next title of a list starts after a title ending at ``end`` (a comma, a
    semicolon, ``đồng thời``, ... then a position), or None; not after a semicolon whose
    item runs into the next person's name (``A, t1; t2, t3 B``: those are B's)."""
    nt = _match.match(_NEXT_TITLE_RE, text, end)
    if nt is None or not _match.match(lex.prefix_position_re, text, nt.end(), limit):
        return None
    if ";" in nt.group() and _opens_next_person(text, nt.end(), limit, name_spans):
        return None
    return nt.end()


def _opens_next_person(text: str, pos: int, limit: int, name_spans: SpanIndex) -> bool:
    """Whether the item of a list starting at ``pos`` (after a semicolon) runs, in one
    clause, into the next person's name: ``Đỗ Mười, đại biểu Quốc hội; Ủy viên Bộ Chính
    trị, Chủ tịch nước Trần Đại Quang`` (the titles after the semicolon are Quang's)."""
    nxt_name = name_spans.next_start(pos)
    if nxt_name is None or nxt_name >= limit:
        return False
    return _match.search(_CLAUSE_BREAK_RE, text, pos, nxt_name) is None


def _foreign_leader_title(text: str, start: int, end: int, lex: Lexicons) -> bool:
    """A country and a capitalised word in the title (``Bộ trưởng Quốc phòng Mỹ James
    Mattis``): a foreign leader's own title, unless the two name a place here (``Chủ tịch
    UBND huyện Đức Cơ``, ``xã Mỹ Thuận``)."""
    m = _match.search(lex.country_then_name_re, text, start, end)
    return (
        m is not None
        and gazetteer.starts_with_place(text[m.start() : end].split()) < 2
        # "Chủ tịch UBND xã Mỹ Thuận": a commune's name opening like a country's
        and _match.search(
            PLACE_TYPE_BEFORE_RE, text, max(start, m.start() - PLACE_WORD_WINDOW), m.start()
        )
        is None
    )


_POSTED_ABROAD_RE = regex.compile(
    r"(?<![\p{L}])(?i:đại[ \t]+sứ|lãnh[ \t]+sự|tùy[ \t]+viên|tuỳ[ \t]+viên|đại[ \t]+diện)"
    r"(?![\p{L}])"
)
"""A post held abroad, whose title goes on with ``tại`` and the country (``Đại sứ Việt Nam
tại Ấn Độ``, ``Tổng Lãnh sự tại TP HCM``)."""


def _posted_abroad(text: str, start: int, at: int, end: int) -> bool:
    """Whether the ``tại`` at ``[at, end)`` goes on the title ``text[start:at]`` of a post
    held abroad: a capitalised place follows it."""
    return (
        text[end : end + 1] == " "
        and text[end + 1 : end + 2].isupper()
        and _match.search(_POSTED_ABROAD_RE, text, start, at) is not None
    )


def _title_end(
    text: str, pm: regex.Match[str], limit: int, name_spans: SpanIndex, lex: Lexicons
) -> int:
    """Where the title opened by the position ``pm`` ends: at a punctuation mark, a word
    that ends titles, a new sentence about a person, the next name, or a plain lower-case
    word after a proper name."""
    start, end = pm.start(), pm.end()
    nxt_name = name_spans.next_start(start)
    stop_at = limit if nxt_name is None else min(nxt_name, limit)
    head = pm.group().split()[-1]
    descriptive = is_org_head(head, lex)
    toks = LazyTokens(text, pm.end(), stop_at)
    skip_to = -1
    company = False  # inside a company's name: it runs on over any words
    listing = False  # inside a name listing its fields ("Trồng trọt, Bảo vệ thực vật và ...")
    for idx, token in enumerate(toks):
        a, b, tok = token.start, token.end, token.text
        if a < skip_to:
            continue
        company = company or (
            tok[0].isupper()
            and tok.lower() in lex.company_first_words
            and _match.match(lex.company_re, text, a, a + 20) is not None
        )
        acronym = _match.match(ACRONYM_RE, text, a) if tok == "(" else None
        if acronym is not None:
            end = skip_to = acronym.end()  # "Hội Bảo vệ thiên nhiên ... Việt Nam (VACNE)"
            continue
        if tok == "," and _comma_compound(text, toks, idx, lex):
            continue  # "Ban Chỉ đạo phòng, chống tham nhũng"
        if tok == "," and _enumerated_name(text, toks, idx, lex):
            listing = True  # its fields' names run on in lower case ("Bảo vệ thực vật")
            continue  # "Chi cục Trồng trọt, Bảo vệ thực vật và Quản lý chất lượng nông sản"
        inner = (
            inner_phrase_end(text, toks, idx, lex, tuple(pm.group().split()[-2:]))
            if tok[0].islower() and tok in lex.inner_first_words
            else None
        )
        if inner is not None:
            end = skip_to = inner  # "Ban chỉ đạo", "Đảng ủy Khối các cơ quan"
            descriptive = True
            continue
        if tok in _CLAUSE_END or tok == ",":
            break
        if tok == "và" and nxt_name is not None and _position_to_name(text, b, nxt_name, lex):
            break  # "A - t1 và thiếu tướng B": the position after "và" is B's, t1 ends
        if tok.lower() == "nhiệm" and _match.match(_TERM_RE, text, a - 1):
            break  # "... Tỉnh ủy nhiệm kỳ 2015-2020": the term ends the title
        if tok == "." and not (b < len(text) and text[b : b + 1].isalnum()):
            break
        if tok in DASHES:
            nxt = _match.match(_NEXT_CAPITAL_RE, text, b, b + 4)
            if nxt is None and descriptive and _lower_name_part_follows(text, b, lex):
                continue  # "Sở Lao động – thương binh và xã hội": one ministry's name
            if not nxt or text[b : b + 8].strip().startswith("Ảnh"):
                break
            if _match.match(_NEWSROOM_NOTE_RE, text, b, b + 8):
                break  # "(nguyên Phó Bí thư Tỉnh ủy Đồng Nai - PV)": the reporter's note
            if _match.match(lex.prefix_position_re, text, nxt.start(1)):
                break  # "TUV – Bí thư Huyện ủy": the next title
            continue
        lower = tok[0].islower()
        keeps: bool | None = None  # a lower-case word inside the name: read when needed
        if tok == "kiêm":
            concurrent = _match.match(_CONCURRENT_LAST_RE, text, a, limit)
            if concurrent is not None:
                end = concurrent.end()  # "Phó Chủ tịch kiêm nhiệm.": how the post is held
                break
        topic = _steering_topic(text, start, a, b) if tok in ("các", "những") else None
        if topic is not None:
            descriptive = True  # "Trưởng ban Chỉ đạo nhà nước các dự án trọng điểm"
            end = skip_to = topic
            continue
        if lower and _match.match(lex.stop_re, text, a, limit):
            keeps = _keeps_going(text, start, token, descriptive, lex)
            if not keeps:
                break
        if tok in ("Ông", "Bà", "Đồng") and surname_at(text, a, lex):
            break  # a new sentence about a person ("Bà Rịa" is a place)
        if (
            idx > 0
            and tok in sentence_openers()
            and tok not in _OPENERS_INSIDE_NAMES
            and _match.match(_LOWER_WORD_RE, text, b, b + 30) is not None
        ):
            break  # a heading with no full stop: "... Cục Nghệ thuật Biểu diễn Theo một ..."
        if (
            lower
            and not descriptive
            and tok.lower() not in lex.title_words
            and not (keeps if keeps is not None else _keeps_going(text, start, token, False, lex))
            and not (company and capital_follows(toks, idx, lex, COMPANY_REACH))
            and not second_syllable(toks, idx, lex)
            and not (
                idx == 1
                and toks[0].end == toks[1].start - 1
                and _match.fullmatch(_CAPITAL_SYLLABLE_RE, toks[0].text) is not None
            )
            and not capital_follows(toks, idx, lex)
        ):
            # After a proper name (a place, a company), a plain lower-case word is the
            # sentence going on: "Chủ tịch UBND TP Đà Nẵng hẹn ...".
            break
        if b - start > MAX_TITLE_CHARS:
            break
        if tok[0].isupper():
            # The capitalised name right after an organisation head keeps describing it
            # ("Ban Chỉ đạo cải cách hành chính"); after anything else it is a proper
            # name, and plain words after it end the title ("TP Đà Nẵng hẹn").
            prev = toks[idx - 1].text if idx > 0 else head
            descriptive = (
                listing or is_org_head(tok, lex) or (descriptive and is_org_head(prev, lex))
            )
        elif (tok[0].islower() and tok.lower() not in lex.title_words) or is_org_head(tok, lex):
            descriptive = True
        end = b
    return end


def _keeps_going(text: str, start: int, token: Token, descriptive: bool, lex: Lexicons) -> bool:
    """Whether the lower-case word ``token`` of the title starting at ``start`` stays
    inside an organisation's name (:func:`_title_end`: a word that ends titles, or a plain
    word after a proper name, does not end it there)."""
    a, b, tok = token.start, token.end, token.text
    return (
        keeps_lowercase(text, a, tok)
        or inside_organisation(text, a, lex)
        or (tok == "về" and descriptive)  # "Ban Chỉ đạo Trung ương về phòng, chống ..."
        or (tok == "tại" and _posted_abroad(text, start, a, b))
    )


_CONCURRENT_LAST_RE = regex.compile(r"kiêm[ \t]+nhiệm(?=[ \t]*(?:[.,;:!?)\n]|$))")
"""``kiêm nhiệm`` closing a title (``Phó Chủ tịch kiêm nhiệm.``): the post held alongside
another, part of the title; before a title (``kiêm nhiệm Chủ tịch ...``) it joins two."""
_STEERING_RE = regex.compile(r"(?<![\p{L}])(?i:chỉ[ \t]+đạo)(?![\p{L}])")
_LOWER_WORD_RE = regex.compile(r"[ \t]+(\p{Ll}[\p{L}\p{M}]*)")


def _steering_topic(text: str, start: int, a: int, b: int) -> int | None:
    """``các`` / ``những`` inside the name of a steering committee, after what qualifies it
    (``Ban chỉ đạo nhà nước các dự án trọng điểm``, ``Ban chỉ đạo quốc gia về xây dựng các
    đơn vị hành chính``; not ``Ban Chỉ đạo các cấp``) and before a lower-case word: the
    committee's subject goes on. Returns where that word ends (``dự`` of ``dự án`` would end
    the title), or None."""
    steering = None
    for found in _match.finditer(_STEERING_RE, text, start, a):
        steering = found
    if steering is None or not text[steering.end() : a].strip(" \t"):
        return None
    nxt = _match.match(_LOWER_WORD_RE, text, b, b + 30)
    return nxt.end() if nxt is not None else None


_OPENERS_INSIDE_NAMES = frozenset({"Tối", "Vì"})
"""Sentence openers that stand inside a body's or a place's name before a lower-case word
(``Viện Kiểm sát nhân dân Tối cao``, ``huyện Ba Vì cho biết``): they end no title."""


COMPANY_REACH = 4
"""Inside a company's name, a lower-case word goes on only when a capitalised word
comes within this many words (``Xây lắp dầu khí Việt Nam``, not ``Đại Dương lại``)."""


_TWO_LOWER_WORDS_RE = regex.compile(r"[ \t]*(\p{Ll}[\p{L}\p{M}]*)[ \t]+(\p{Ll}[\p{L}\p{M}]*)")


def _lower_name_part_follows(text: str, pos: int, lex: Lexicons) -> bool:
    """Two lower-case title words after a dash inside an organisation's name, neither a
    word that ends titles: the name goes on (``Lao động – thương binh và xã hội``)."""
    m = _match.match(_TWO_LOWER_WORDS_RE, text, pos, pos + 40)
    return (
        m is not None
        and all(w.lower() in lex.title_words for w in (m.group(1), m.group(2)))
        and not _match.match(lex.stop_re, text, m.start(1))
        and not _match.match(lex.stop_re, text, m.start(2))
        and not _match.match(lex.prefix_position_re, text, m.start(1))  # the next title
    )


def _comma_compound(text: str, toks: Sequence[Token], idx: int, lex: Lexicons) -> bool:
    """A comma inside a compound of ``data/comma_compounds.tsv``: ``phòng, chống``."""
    if idx == 0 or not toks[idx + 1 : idx + 2]:
        return False
    allowed = lex.comma_compounds.get(toks[idx - 1].text.lower())
    if not allowed:
        return False
    after = text[toks[idx + 1].start : toks[idx + 1].start + 20].lower()
    comma = toks[idx].start
    written = text[max(0, comma - COMPOUND_BEFORE_CHARS) : comma].lower().split()
    return any(
        after.startswith(words) and tuple(written[-len(before) :]) == before
        for before, words in allowed
    )


COMPOUND_BEFORE_CHARS = 40
"""How far before the comma the words of a compound (``văn phòng HĐND, UBND``) are read."""


ENUMERATION_TOKENS = 10
"""How many tokens after a comma an organisation's name listing its fields may run to its
``và`` (``Chi cục Trồng trọt, Bảo vệ thực vật và Quản lý chất lượng nông sản``)."""


def _enumerated_name(text: str, toks: Sequence[Token], idx: int, lex: Lexicons) -> bool:
    """A comma inside an organisation's name that lists its fields: capitalised words on
    both sides (one of the two before it), and ``và`` before a capitalised word further
    on, with no position, no other mark and no lower-case word ending titles on the way
    (``Chi cục Trồng trọt, Bảo vệ thực vật và Quản lý chất lượng nông sản``; not ``Tỉnh
    ủy, Chủ tịch UBND``)."""
    if not any(t.text[:1].isupper() for t in toks[max(0, idx - 2) : idx]):
        return False  # a capitalised word of the name right before (``Trồng trọt,``)
    for j in range(idx + 1, idx + 1 + ENUMERATION_TOKENS):
        nxt = toks[j : j + 1]
        if not nxt:
            return False
        tok = nxt[0]
        if j == idx + 1 and not tok.text[:1].isupper():
            return False
        if tok.text == "," and j > idx + 1:
            continue
        if not tok.text[:1].isalpha():
            return False
        if tok.text[:1].isupper() and _match.match(lex.prefix_position_re, text, tok.start):
            return False  # "Tỉnh ủy, Chủ tịch UBND": the next title
        if tok.text == "và":
            after = toks[j + 1 : j + 2]
            return bool(after) and after[0].text[:1].isupper()
        if tok.text[:1].islower() and _match.match(lex.stop_re, text, tok.start):
            return False
    return False


_CAPITAL_SYLLABLE_RE = regex.compile(
    r"(?:Ngh|Ng|Nh|Ch|Gh|Gi|Kh|Ph|Th|Tr|Qu|[BCDĐGHKLMNPRSTVX])?"
    r"[aăâeêioôơuưyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ]{1,3}"
    r"(?:ng|nh|ch|[cmnpt])?"
)
"""One capitalised Vietnamese syllable (``Hậu``, ``Chính``), not a brand (``Vinashin``):
right after a position, it and the lower-case syllable after it name a department
(``Chủ nhiệm Hậu cần``)."""

_LIST_AND_END_RE = regex.compile(r"(?<![\p{L}\p{M}])và[ \t]*$")
"""A chain of titles ending on ``và`` right before a name: the ``và`` of a list of people."""

_NEWSROOM_NOTE_RE = regex.compile(r"[ \t]*(?:PV|P\.V)(?![\p{L}\p{N}])")
"""The newsroom's initials after a dash inside brackets: a note, not part of a title."""

_CLAUSE_END = frozenset({";", ":", "(", ")", "\n", '"', "“", "”", "!", "?", "[", "]"})
"""Marks that end a list of titles after a name."""


def _continuation(text: str, end: int, lex: Lexicons) -> int | None:
    """``Bộ trưởng Văn hóa, Thể thao và Du lịch``, ``Ủy ban Văn hóa, Giáo dục, Thanh niên,
    Thiếu niên và Nhi đồng``: capitalised chunks after commas that continue an
    organisation's name (the last joined by ``và``) rather than starting a new clause.
    Each chunk opens with a capitalised word that starts no position and no name, and
    holds only capitalised words and title words; the run ends with the chunk that holds
    ``và`` (or ``&``) before a word of the name."""
    pos = end
    for _ in range(MAX_NAME_CHUNKS):
        comma = _match.match(_COMMA_RE, text, pos, pos + 4)
        if comma is None:
            return None
        words = list(_match.finditer(_CHUNK_WORD_RE, text, comma.end(), comma.end() + 80))
        if not words or not words[0].group()[0].isupper():
            return None
        first = words[0]
        if (
            _match.match(lex.prefix_position_re, text, first.start())
            or first.group() in lex.surnames
            or _match.match(FORM_OF_ADDRESS_RE, text, first.start())
        ):
            return None
        last_end, joined = first.end(), False
        for prev, word in pairwise(words):
            if text[prev.end() : word.start()].strip(" \t"):
                break  # a mark: the chunk ends
            w = word.group()
            if w in ("và", "&"):
                continue
            if not (w[0].isupper() or w.lower() in lex.title_words) or (
                w[0].islower() and _match.match(lex.stop_re, text, word.start())
            ):
                break
            if joined and w in lex.surnames:
                break  # "... Thể thao và Du lịch Hoàng Tuấn Anh": the next person's name
            joined = joined or text[prev.start() : prev.end()] in ("và", "&")
            last_end = word.end()
        if joined:
            return last_end
        pos = last_end
    return None


def _parent_organisation(
    text: str, start: int, end: int, limit: int, name_spans: SpanIndex, lex: Lexicons
) -> int | None:
    """``Cục trưởng Cục Cảnh sát hình sự, Bộ Công an``: the organisation a unit belongs to,
    after a comma (``data/parent_organisations.tsv``), continues the unit's title."""
    comma = _match.match(_COMMA_RE, text, end)
    if comma is None:
        return None
    parent = _match.match(lex.parent_re, text, comma.end(), limit)
    if parent is None or not _match.search(lex.parent_units[parent.group()], text, start, end):
        return None
    if _match.match(lex.prefix_position_re, text, comma.end()):
        return None
    return _title_end(text, parent, limit, name_spans, lex)


def group_titles(
    analysis: Analysis, names: list[Name], name_spans: SpanIndex, lex: Lexicons
) -> dict[int, list[Span]]:
    """``các đồng chí Ủy viên Bộ Chính trị: đồng chí A, ...; đồng chí B, ...``, ``ba Phó
    bí thư là: A; B và C``: a title announced for a list applies to every name in it (name
    index -> title spans)."""
    text = analysis.content
    out: dict[int, list[Span]] = {}
    starts = [n.start for n in names]
    opened = [(g, _COLON_RE) for g in analysis.keyed_matches(_GROUP_RE)]
    opened += [(g, _LIST_OPENS_RE) for g in analysis.keyed_matches(_GROUP_PLURAL_RE)]
    opened += [(g, _LIST_OPENS_RE) for g in _match.finditer(_GROUP_COUNT_RE, text)]
    # (list start, titles, whether a count opens it); and where counted groups open
    groups: list[tuple[int, list[Span], bool]] = []
    counted_starts: list[int] = []
    for g, opener in opened:
        titles = parse_title_list(text, g.end(), name_spans, lex)
        if not titles:
            continue
        counted = g.re is _GROUP_COUNT_RE
        if counted:  # "4 Phó Chủ tịch kiêm nhiệm: ...": a count and a title
            counted_starts.append(g.start())
        colon = _match.match(opener, text, titles[-1][1], titles[-1][1] + 8)
        if colon:
            groups.append((colon.end(), titles, counted))
    counted_starts.sort()
    for lo, titles, counted in groups:
        # The list ends with its sentence (the shared definition: "TP." ends none, a name's
        # last syllable does: "... Nguyễn Thiện Nhân. Ngoài Thủ tướng ...").
        limit = min(len(text), lo + GROUP_LIST_CHARS)
        hi = analysis.sentence_end_after(lo, limit) or limit
        k = bisect_left(counted_starts, lo)
        if counted and k < len(counted_starts):
            # "2 Phó Chủ tịch chuyên trách: A; B; 4 Phó Chủ tịch kiêm nhiệm: C, ...": the
            # next counted group ends a counted group's list (a group inside a list of
            # "các" ones is nested: "Ủy viên Bộ Chính trị: ...; các Phó Thủ tướng: ...")
            hi = min(hi, counted_starts[k])
        for i in range(bisect_left(starts, lo), bisect_left(starts, hi)):
            out.setdefault(i, []).extend(titles)
    return out


@dataclass
class Respectively:
    """What :func:`appointed_titles` did with ``A và B lần lượt giữ chức t1, t2``."""

    paired: set[int] = field(default_factory=set)
    """The names given one title each, in the order of the list."""
    unpaired: list[Span] = field(default_factory=list)
    """Titles of such a list whose count differs from its names': given to none."""


def _named(verb: regex.Match[str], group: str) -> bool:
    """Whether the verb's ``group`` (or its ``_after`` twin) took part in the match."""
    return bool(verb.group(group) or verb.group(f"{group}_after"))


def _respectively(
    verb: regex.Match[str] | None, first: int, i: int, titles: list[Span]
) -> dict[int, list[Span]] | None:
    """``A và B lần lượt giữ chức Chủ tịch, Phó Chủ tịch``, ``A, B được bầu lần lượt là t1
    và t2``: the titles of a list of names, one each in order (name index -> its title);
    one title alone is each name's (None: the caller shares it); a count that differs
    gives no one anything (an empty dict)."""
    if verb is None or i == first or len(titles) == 1 or not _named(verb, "respectively"):
        return None
    if len(titles) != i - first + 1:
        return {}
    return {first + k: [t] for k, t in enumerate(titles)}


def appointed_titles(
    text: str,
    names: list[Name],
    tails: list[int],
    leads: list[int],
    name_spans: SpanIndex,
    lex: Lexicons,
    respectively: Respectively | None = None,
) -> dict[int, list[Span]]:
    """``A, B giữ chức Phó Chủ tịch ...``, ``X trúng cử chức vụ Chủ tịch ...``, ``bầu ông X
    làm Chủ tịch ...``, ``X trở thành Phó Chủ tịch ...``; ``A và B lần lượt giữ chức t1,
    t2``: one each (:func:`_respectively`, recorded in ``respectively``). ``tails``: where
    each name's own titles after it end; ``leads``: where its titles before it start."""

    def listed_after(j: int) -> bool:
        """Name ``j`` is the next item of a list of people (``A, B``, ``A - t1 và
        thiếu tướng B - t2``): only a comma or ``và`` stands between the two."""
        return any(
            _match.match(LIST_SEP_RE, text, a, b) is not None
            for a, b in ((names[j - 1].end, names[j].start), (tails[j - 1], leads[j]))
            if a <= b
        )

    # list_start[i]: the first name of the list of people that name i ends
    list_start: list[int] = []
    for j in range(len(names)):
        list_start.append(list_start[j - 1] if j > 0 and listed_after(j) else j)
    out: dict[int, list[Span]] = {}
    for i in range(len(names)):
        first = list_start[i]
        verb = _match.match(_APPOINT_RE, text, tails[i])
        m = verb
        if m is None and _match.search(
            _MADE_BEFORE_RE, text, max(0, leads[first] - 30), names[first].start
        ):
            # "bầu ông A, t1 và ông B, t2 làm X", "bầu bà Y, t1 khóa XII là t2 khóa XIII"
            m = _match.match(_LAM_RE, text, tails[i])
        if not m:
            continue
        titles: list[Span] = []
        while m is not None and len(titles) < MAX_APPOINTED:
            more = parse_title_list(text, m.end(), name_spans, lex)
            if not more:
                break
            titles += more
            # "thôi chức X, thôi chức Y để chuyển chức vụ Z": the verbs go on
            m = _match.match(_APPOINT_RE, text, more[-1][1])
            if m is None and verb is not None and _named(verb, "respectively"):
                m = _match.match(_RESPECTIVE_AND_RE, text, more[-1][1])  # "t1 và t2"
        if not titles:
            continue
        if (
            i > 0
            and tails[i] == names[i].end
            and not (verb is not None and (verb.group("who") or verb.group("passive")))
            and _match.search(_REPLACES_RE, text, names[i - 1].end, names[i].start)
            and not _match.search(_SENTENCE_MARK_RE, text, names[i - 1].end, names[i].start)
        ):
            # "A thay bà B giữ chức X": A's title (B described first is B's own); but
            # "thay ông B, người vừa được bầu giữ chức X" and "thay bà B đã được điều động
            # làm X" are B's.
            out.setdefault(i - 1, []).extend(titles)
            continue
        if (
            tails[i] == names[i].end
            and verb is not None
            and not (verb.group("who") or verb.group("passive"))
            and _match.search(_REPLACES_RE, text, max(0, names[i].start - 20), names[i].start)
        ):
            continue  # "Người thay ông B làm X là ông A": not B's title (A's, read there)
        paired = _respectively(verb, first, i, titles)
        if paired is not None:
            for j, own in paired.items():
                out.setdefault(j, []).extend(own)
            if respectively is not None:
                respectively.paired.update(paired)
                if not paired:
                    respectively.unpaired.extend(titles)
            continue
        # "A, B giữ chức ...", "A - t1, B - t2 và C - t3 được bầu ...": the title is each
        # listed person's; "A, ông B" is no list.
        for j in range(first, i + 1):
            out.setdefault(j, []).extend(titles)
    return out


_KIN_BEFORE_RE = regex.compile(
    r"(?:(?<![\p{L}])là|,)[ \t]+(?:con|bố|cha|mẹ|vợ|chồng)(?:[ \t]+(?:trai|gái|ruột|rể|dâu))?"
    r"(?:[ \t]+của)?(?:[ \t]+(?:ông|bà))?[ \t]+[^.;:!?\n]{0,50}$"
)
"""``là con nguyên Chủ nhiệm ... Nguyễn Văn Chi``: a relative named in passing, before the
name, is not whom the next sentence's ``Ông`` speaks of."""
_GIVEN_MENTION_RE = regex.compile(
    r"(?<![\p{L}])(?:ông|bà|Ông|Bà)[ \t]+(?:\p{Lu}[\p{L}\p{M}]*[ \t]+)?"
    r"(?P<given>\p{Lu}[\p{L}\p{M}]*)(?![\p{L}\p{M}])"
    r"(?![ \t]+\p{Lu})"
)
"""``ông Thể``, ``ông Xuân Anh``: a person spoken of by a form of address and the last one
or two words of the name."""


def _last_given_mention(text: str, pos: int, after: int) -> str | None:
    """The given name of the last ``ông X`` / ``ông X Y`` mention (:data:`_GIVEN_MENTION_RE`)
    before ``pos``, within :data:`PRONOUN_WINDOW` and after the last full name (``after``),
    if any."""
    last = None
    for g in _match.finditer(_GIVEN_MENTION_RE, text, max(after, pos - PRONOUN_WINDOW), pos):
        last = g
    return last.group("given") if last is not None else None


_POSTS_OF_BEFORE_RE = regex.compile(
    rf"(?<![\p{{L}}])chức[ \t]+(?:vụ|danh)(?![\p{{L}}])[^.;:!?\n]{{0,40}}[ \t]+của[ \t]+"
    rf"(?:{vocab.forms_of_address_pattern()}[ \t]+)?$"
)
"""``cách tất cả chức vụ trong Đảng của ông``: the posts of the person named next."""
_POSTS_LIST_OPENS_RE = regex.compile(r"[ \t]*,?[ \t]*(?:bao[ \t]+)?gồm[ \t]*:?[ \t]*")
"""``..., gồm: ...``: the list of those posts, after the name."""
POSTS_OF_WINDOW = 80
"""How far before a name ``chức vụ ... của`` may start."""


def _listed_posts(text: str, name: Name, name_spans: SpanIndex, lex: Lexicons) -> list[Span]:
    """``cách tất cả chức vụ trong Đảng của ông X, gồm: A; B``: the posts listed after the
    name whose posts the sentence speaks of."""
    opens = _match.match(_POSTS_LIST_OPENS_RE, text, name.end)
    if opens is None or not _match.search(
        _POSTS_OF_BEFORE_RE, text, max(0, name.start - POSTS_OF_WINDOW), name.start
    ):
        return []
    return parse_title_list(text, opens.end(), name_spans, lex)


def acted_titles(
    text: str, names: list[Name], name_spans: SpanIndex, lex: Lexicons
) -> dict[int, list[Span]]:
    """``cách chức Bí thư Thành ủy đối với ông X``, ``thăng quân hàm từ Thượng tướng lên
    Đại tướng đối với ông X``: the post or rank named after an act about it, given to the
    person the act is done to; ``cách tất cả chức vụ của ông X, gồm: ...``: the posts
    listed after the person."""
    out: dict[int, list[Span]] = {}
    for i, name in enumerate(names):
        listed = _listed_posts(text, name, name_spans, lex)
        if listed:
            out[i] = listed
            continue
        obj = _match.search(_OBJECT_BEFORE_RE, text, max(0, name.start - 30), name.start)
        if obj is None:
            continue
        lo = max(0, obj.start() - POST_ACT_WINDOW, names[i - 1].end if i > 0 else 0)
        acts = list(_match.finditer(_POST_ACT_RE, text, lo, obj.start()))
        if not acts:
            continue
        act = acts[-1]
        cut = obj.start()
        found = parse_title_list(text, act.end(), name_spans, lex)
        titles = [(a, min(b, cut)) for a, b in found if a < cut]
        if titles:
            out[i] = titles
    return out


_PRONOUN_WORD_RE = re.compile("(?:Ông|Bà|ông|bà)[ \t]")
"""Where a match of :data:`_PRONOUN_TITLES_RE` may start: each of its branches opens on
one of these words and a blank, after no letter (its look-behinds are zero-width)."""


def _pronoun_openings(text: str) -> list[regex.Match[str]]:
    """The matches of ``_PRONOUN_TITLES_RE.finditer(text)``: the pattern tried only where
    :data:`_PRONOUN_WORD_RE` finds its word after no letter (not the ``ông`` of
    ``không``), found with the standard library's faster engine; the whole-text scan
    tried its look-behinds at every character."""
    starts = (w.start() for w in _PRONOUN_WORD_RE.finditer(text))
    return _match.scan_at(
        _PRONOUN_TITLES_RE, text, (pos for pos in starts if not text[pos - 1 : pos].isalpha())
    )


def pronoun_titles(
    text: str, names: list[Name], name_spans: SpanIndex, lex: Lexicons
) -> dict[int, list[Span]]:
    """``... ông Nguyễn Văn A. Ông hiện là Phó Giám đốc Sở ...``: titles in a sentence that
    opens on ``Ông``/``Bà`` and ``(hiện) là`` belong to the last person named before it."""
    out: dict[int, list[Span]] = {}
    starts = [n.start for n in names]
    spoken_of: dict[int, int] = {}  # person -> where the last sentence about him ended
    for m in _pronoun_openings(text):
        i = bisect_left(starts, m.start()) - 1
        given = m.group("given")
        if given is None:
            # "... ông Thể làm việc tại ... Ông lần lượt giữ ...": the person last spoken
            # of by a given name; "... là con ông Nguyễn Văn Chi. Ông từng ...": not a
            # relative named in passing
            while i >= 0 and _match.search(_KIN_BEFORE_RE, text, max(0, starts[i] - 60), starts[i]):
                i -= 1
            spoken = _last_given_mention(text, m.start(), names[i].end if i >= 0 else 0)
            if spoken is not None:
                given = spoken
        if given is not None:
            # "Ông Tiến hiện giữ chức ...": the last person of that given name
            while i >= 0 and names[i].tokens[-1] != given:
                i -= 1
            if i < 0 or names[i].foreign:
                continue
        elif i < 0 or names[i].foreign:
            continue
        else:
            # "Ông A ... Ông là X. Tốt nghiệp ..., ông làm Y. Học xong ..., ông về làm Z": a
            # paragraph about one person, each sentence within reach of the one before
            anchor = max(names[i].end, spoken_of.get(i, 0))
            if m.start() - anchor > PRONOUN_WINDOW:
                continue
            if _match.search(_SOMEONE_ELSE_RE, text, anchor, m.start()):
                continue  # "... ông David Dương, Việt kiều Mỹ. Ông cũng là ...": another person
        spoken_of[i] = m.end()
        titles = parse_title_list(text, m.end(), name_spans, lex)
        if titles:
            out.setdefault(i, []).extend(titles)
    return out


_FRONTED_RE = regex.compile(
    r"(?:^|(?<=[.!?…][\"”’)]*[ \t]+))"
    r"(?:\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){0,2},[ \t]*(?=[Tt]hời|[Kk]hi|là))?"
    r"(?:[Ll]à|(?:Với|Trên)[ \t]+(?:cương[ \t]+vị|vai[ \t]+trò)(?:[ \t]+(?:là|mới))?"
    r"|(?:[Vv]ào[ \t]+)?[Tt]hời[ \t]+điểm(?:[ \t]+(?:đó|này|ấy))?[ \t]*,?[ \t]*là"
    r"|[Kk]hi(?:[ \t]+còn)?[ \t]+(?:là|giữ[ \t]+chức(?:[ \t]+vụ)?))[ \t]+",
    regex.MULTILINE,
)
"""A sentence opening on the subject's posts: ``Là Ủy viên Trung ương Đảng, Phó thủ tướng
..., ông Ninh ký ...``, ``Với cương vị Bộ trưởng Tài chính ..., ông Vũ Văn Ninh ...``,
``Ngoài ra, thời điểm là Thành ủy viên, ..., ông Cang ...``, ``Khi còn giữ chức X, ông Y
...`` (after a short opening and a comma, as here)."""
_FRONTED_SUBJECT_RE = regex.compile(
    rf"[^.;:!?()\n]{{0,{FRONTED_TAIL_CHARS}}}?,[ \t]*"
    rf"(?:(?P<form>{vocab.forms_of_address_pattern()})[ \t]+)?"
    r"(?P<given>\p{Lu}[\p{L}\p{M}]*)(?![\p{L}\p{M}])"
)
"""After the posts (and what they were: ``phụ trách ... từ tháng 8/2011 đến 4/2016``), the
comma and the subject: a name, or a form of address and a given name (``ông Ninh``)."""


_SENTENCE_GAP_RE = re.compile('[.!?…]["”’)]*[ \t]+|\n')
"""Where :data:`_FRONTED_RE` may start: where a sentence's mark, quotes and blanks end (its
look-behind) or a line starts (its ``^``), as the text's start does."""
_FRONTED_HINT_RE = re.compile(
    r"[Ll]à|Với|Trên|[Vv]ào|[Tt]hời|[Kk]hi"
    r"|[^ \t\n,]+(?:[ \t]+[^ \t\n,]+){0,2},[ \t]*(?:[Tt]hời|[Kk]hi|là)"
)
"""What :data:`_FRONTED_RE` opens with there: one of the words its clause opens with, or
up to three words (any characters but blanks and commas: a superset of its letters), a
comma and a word its short opening may come before."""


def _fronted_openings(text: str) -> list[regex.Match[str]]:
    """The matches of ``_FRONTED_RE.finditer(text)``: the pattern tried only where a
    sentence or a line starts (:data:`_SENTENCE_GAP_RE`) and :data:`_FRONTED_HINT_RE`
    matches, both found with the standard library's faster engine (a match holds no mark
    and no line break, so none covers the next start). Its look-behind tried at every
    character made it one of the stage's costliest scans."""
    starts = [0, *(gap.end() for gap in _SENTENCE_GAP_RE.finditer(text))]
    return _match.scan_at(
        _FRONTED_RE, text, (pos for pos in starts if _FRONTED_HINT_RE.match(text, pos))
    )


def fronted_titles(
    text: str, names: list[Name], name_spans: SpanIndex, lex: Lexicons
) -> dict[int, list[Span]]:
    """Titles in a clause opening the sentence (:data:`_FRONTED_RE`), given to its subject
    after the comma: the name written there, or the last person of the given name
    (``ông Ninh``) named before."""
    out: dict[int, list[Span]] = {}
    starts = [n.start for n in names]
    for m in _fronted_openings(text):
        titles = parse_title_list(text, m.end(), name_spans, lex)
        if not titles:
            continue
        subject = _match.match(_FRONTED_SUBJECT_RE, text, titles[-1][1])
        if subject is None:
            continue
        i = bisect_left(starts, subject.start("given"))
        if i < len(names) and names[i].start == subject.start("given"):
            out.setdefault(i, []).extend(titles)
            continue
        if subject.group("form") is None:
            continue  # "Là đơn vị ..., Sở Tài chính ...": no person
        i = bisect_left(starts, m.start()) - 1
        while i >= 0 and names[i].tokens[-1] != subject.group("given"):
            i -= 1
        if i >= 0 and not names[i].foreign:
            out.setdefault(i, []).extend(titles)
    return out
