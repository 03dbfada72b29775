"""The named rules of the officials extractor: people with titles, their roles, mentions.

How an official is found, step by step (one module each):

1. **Names** (:mod:`.names`): runs of capitalised words that start with a surname or a
   name initial; foreign names after a form of address or a foreign title.
2. **Titles** (:mod:`.titles`): before the name, after it, for a list of names, after an
   appointment verb; shared by ``A và B``.
3. **Persons** (:mod:`.persons`): mentions merged, one entry per person; a given name or
   a title standing alone attaches to its one holder.
4. **Roles** (:mod:`.roles`): ``chủ trì``, ``kết luận``, ``trưởng đoàn``, ...

A person named without any title is not an official. Only title, body and caption text is
read (``ctx.content``), so bylines, photo credits and related-news lists never count.
``dan-van-extract explain`` prints which of the rules below produced or turned down each
item; :mod:`.extractor` composes the steps.
"""

from __future__ import annotations

import regex

from .. import vocab
from .._rules import Rule
from .._scan import keyed
from .lexicon import CAP_WORD, L

__all__ = [
    "ACADEMIC_TITLE_ONLY",
    "APPOINTMENT",
    "BARE_POSITION_THEN_COMMA",
    "FOREIGN_AFTER_HONORIFIC",
    "FOREIGN_LEADER",
    "GIVEN_NAME_MENTION",
    "LOWERCASE_NAME",
    "NAMED_ORGANISATION",
    "NAME_RUN",
    "ORGANISATION_NOT_NAME",
    "PLACE_AFTER_COMMUNE_WORD",
    "RULES",
    "TITLES_RESPECTIVELY",
    "TITLE_AFTER_NAME",
    "TITLE_BEFORE_NAME",
    "TITLE_FOR_A_LIST",
    "TITLE_GIVEN_BY_A_VERB",
    "TITLE_HELD_BY_ANOTHER",
    "TITLE_MENTION",
    "TITLE_SHARED",
    "UNTITLED_PERSON",
]

NAME_RUN = Rule(
    "officials.name-run",
    "A run of 2-7 capitalised words, cut where a place, a country or a position starts "
    "it, is a personal name when it starts with a surname or a name initial.",
    regex.compile(rf"(?<![{L}\p{{N}}'’])({CAP_WORD}(?:[ ]{CAP_WORD}){{1,6}})(?![{L}\p{{N}}])"),
)
LOWERCASE_NAME = Rule(
    "officials.name-in-lower-case",
    "A name typed in lower case (đồng chí nguyễn xuân thanh - Phó Bí thư) counts when a form "
    "of address stands before it, a surname opens it and a dash or comma and a position "
    "follow it.",
    keyed(
        regex.compile(
            rf"(?<![{L}])(?:{vocab.forms_of_address_pattern()})[ \t]+"
            r"(\p{Ll}[\p{Ll}\p{M}]*(?:[ \t]+\p{Ll}[\p{Ll}\p{M}]*){1,3})[ \t]*[-–,][ \t]*"
        ),
        vocab.forms_of_address(),
    ),
)
FOREIGN_AFTER_HONORIFIC = Rule(
    "officials.foreign-name-after-form-of-address",
    "After ông, bà or đồng chí, two to four capitalised words without Vietnamese letters "
    "are a foreign name (bà Yoonhee Kim).",
)
FOREIGN_LEADER = Rule(
    "officials.foreign-leader",
    "Capitalised words right after a position, or a position and a country, are a "
    "foreign leader's name (Tổng thống Nga Vladimir Putin).",
)
NAMED_ORGANISATION = Rule(
    "officials.named-after-a-person",
    "A name right after Trường THPT, Bệnh viện, đường, Giải thưởng ... names that school, "
    "street or prize (named_after.txt), not a person: Hiệu trưởng Trường THPT Nguyễn Du; so "
    "does a name after a house number (nhà 8B Lê Trực).",
)
PLACE_AFTER_COMMUNE_WORD = Rule(
    "officials.place-after-commune-word",
    "Two capitalised words after xã, phường, thôn ... name a place, not a person; so do "
    "three or four that are a commune's name (phường Lê Hồng Phong), the person's name "
    "starting after them.",
)
ORGANISATION_NOT_NAME = Rule(
    "officials.organisation-not-a-name",
    "A run that opens with an organisation's or a position's words (Đoàn Đại biểu Quốc "
    "hội) is no name unless a form of address stands before it.",
)
TITLE_BEFORE_NAME = Rule(
    "officials.title-before-name",
    "A chain of title words that starts with a position and ends at the name (or at a "
    "form of address before it): Phó Bí thư Tỉnh ủy Phạm Minh Tấn; or đại biểu alone "
    "before a Vietnamese full name (a deputy: đại biểu Hà Văn Sơn).",
)
BARE_POSITION_THEN_COMMA = Rule(
    "officials.bare-position-then-comma",
    "A position standing bare (Thủ tướng) then a comma and a capitalised word that opens no "
    "position: the comma ends its clause, and no chain of titles before a name runs through "
    "it (Theo Thủ tướng, Thaco - Chu Lai là ...: a company and a place, no person); applied "
    "in titles.chain_before.",
)
TITLE_AFTER_NAME = Rule(
    "officials.title-after-name",
    "After the name and a comma, a dash, a bracket or là: a list of titles, each opening "
    "with a position and running to a mark, a verb that ends titles or another name.",
)
TITLE_FOR_A_LIST = Rule(
    "officials.title-for-a-list",
    "các đồng chí TITLE: A, B, ...: the title announced for a list is each name's.",
)
APPOINTMENT = Rule(
    "officials.appointment",
    "A, B giữ chức / trúng cử / được bầu TITLE, bầu ông A(, his titles) làm / là TITLE: the "
    "title is each listed name's.",
)
TITLES_RESPECTIVELY = Rule(
    "officials.titles-respectively",
    "A và B lần lượt giữ chức t1, t2 (được bầu lần lượt là t1 và t2): one title each, in "
    "order; when the counts of names and titles differ, none (one title alone is each "
    "name's).",
)
TITLE_SHARED = Rule(
    "officials.title-shared-by-a-and-b",
    "các Phó Chủ tịch A và B: a name with no title of its own shares the title written "
    "before the name listed just before it.",
)
TITLE_HELD_BY_ANOTHER = Rule(
    "officials.title-held-by-another",
    "After a name with no title or form of address before it, a title already held by "
    "someone else is theirs, not this name's (Nguyễn Trãi, Bí thư ...).",
)
TITLE_GIVEN_BY_A_VERB = Rule(
    "officials.title-given-by-a-verb",
    "A title that a verb after one name gives to that name (A làm X, ông B làm Y) is not "
    "also read as written before the next name.",
)
UNTITLED_PERSON = Rule(
    "officials.untitled-person",
    "A person named without any title (or with only an academic one) is not an official.",
)
ACADEMIC_TITLE_ONLY = UNTITLED_PERSON
GIVEN_NAME_MENTION = Rule(
    "officials.given-name-mention",
    "ông Cang: a form of address and a given name point to the one official so named.",
)
TITLE_MENTION = Rule(
    "officials.title-mention",
    "A title standing alone (Phó Bí thư Thường trực Tỉnh ủy nhấn mạnh) points to the one "
    "official holding it.",
)

RULES = (
    NAME_RUN,
    NAMED_ORGANISATION,
    FOREIGN_AFTER_HONORIFIC,
    FOREIGN_LEADER,
    LOWERCASE_NAME,
    PLACE_AFTER_COMMUNE_WORD,
    ORGANISATION_NOT_NAME,
    TITLE_BEFORE_NAME,
    BARE_POSITION_THEN_COMMA,
    TITLE_AFTER_NAME,
    TITLE_FOR_A_LIST,
    APPOINTMENT,
    TITLES_RESPECTIVELY,
    TITLE_SHARED,
    TITLE_HELD_BY_ANOTHER,
    TITLE_GIVEN_BY_A_VERB,
    UNTITLED_PERSON,
    GIVEN_NAME_MENTION,
    TITLE_MENTION,
)
"""Every rule of this extractor, in the order they apply."""
