"""Who grants an award: read after the form (``của``/``do``) or before its verb.

Strongest first: ``FORM của|do ISSUER``, ``được ISSUER tặng FORM`` (4); ``ISSUER (đã) tặng
FORM`` with an organisation as subject (3); ``thay mặt|đại diện|thừa ủy quyền ISSUER, ...
trao FORM`` (2); a title as subject (1), a title whose holder is named (0: the presenter, ``Phó Thủ
tướng Trương Hòa Bình trao ...``). After a verb that only hands the award over (``trao``)
a title as subject is not taken. ``Đảng, Nhà nước`` is one head; connectives before the
subject (``Đồng thời,``, ``Ngoài ra``) are not part of it. Two organisations joined by
``và`` grant an award each.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import regex

from .. import _match, gazetteer, vocab
from .lexicon import (
    AFTER_ISSUER_RE,
    ANY_VERB,
    FIRST_PREDICATE_RE,
    FORM_RE,
    HEADS,
    ISSUER_BAD,
    ISSUER_CONNECTIVES,
    ISSUER_STOPS,
    PLACES,
    PRESENT_VERBS,
    SURNAMES,
    VERB,
)

__all__ = [
    "Issuer",
    "VerbIssuers",
    "after_issuer",
    "elided_subject",
    "split_issuer",
    "verb_issuer",
]

SUBJECT_WINDOW = 240
"""How far before the verb an issuer is looked for (characters)."""
AFTER_WINDOW = 160
"""How far after ``của``/``do`` an issuer may run."""
VERB_WINDOW = 60
"""How far before the form its granting verb is looked for."""
STRIP_CHARS = ",.;:!?()“”\"'‘’"

_QUANTITY = r"(?:nhiều|các|những|một|\d{1,5})"
_GRANT_BEFORE_RE = regex.compile(rf"(?<![\p{{L}}])(?P<verb>{VERB})(?:[ \t]+{_QUANTITY})?[ \t]+\Z")
_HAS_VERB_RE = regex.compile(rf"(?<![\p{{L}}]){ANY_VERB}(?![\p{{L}}])")
_AGENT_END_RE = regex.compile(rf"(?<![\p{{L}}])(?:ghi[ \t]+nhận|{ANY_VERB})(?![\p{{L}}])")
"""Where a passive agent ends: at its verb, or at ``ghi nhận`` (``được T.Ư Đoàn ghi nhận và
trao tặng ...``: the agent is ``T.Ư Đoàn``, not ``T.Ư Đoàn ghi``)."""
_GRANT_VERB_RE = regex.compile(rf"(?<![\p{{L}}])(?P<verb>{VERB})(?![\p{{L}}])")
_TOKEN_RE = regex.compile(r"\S+")
_ADVERBS_END_RE = regex.compile(
    r"(?:[ \t]+(?:đã|vừa|cũng|còn|sẽ|đều|chính[ \t]+thức|long[ \t]+trọng|trang[ \t]+trọng"
    r"|trực[ \t]+tiếp|ký|ra|(?i:quyết[ \t]+định)|thừa[ \t]+ủy[ \t]+quyền|tiến[ \t]+hành"
    rf"|công[ \t]+bố|{VERB})){{1,6}}[ \t]*\Z"
)
"""Adverbs and verbs between the subject and the verb: ``UBND tỉnh đã tặng trao tặng``."""
_SETTING_RE = regex.compile(
    r"\A(?i:tại|trong|nhân|dịp)[ \t]+(?:dịp[ \t]+)?(?:buổi[ \t]+)?"
    r"(?i:lễ|hội[ \t]+nghị|đại[ \t]+hội|hội[ \t]+thảo|chương[ \t]+trình|buổi[ \t]+gặp[ \t]+mặt"
    r"|kỳ[ \t]+họp"
    r"|này|đây)(?:[ \t]+(?:này|đó))?[ \t]*,?[ \t]*"
)
"""The setting opening a subject: ``Tại đại hội UBND tỉnh ...``, ``Nhân dịp này, ...``."""
_DECISION_OF_RE = regex.compile(
    r"\A(?i:quyết[ \t]+định)(?:[ \t]+số[ \t]+[^ \t]{1,30})?(?:[ \t]+ngày[ \t]+[^ \t]{1,12})?"
    r"[ \t]+của[ \t]+"
)
"""A decision opening the subject: ``Quyết định số 1034/QĐ-UBND của Chủ tịch UBND tỉnh tặng
Bằng khen ...``: the issuer is the decision's author."""
_ON_BEHALF_RE = regex.compile(
    r"(?<![\p{L}])(?i:thay[ \t]+mặt|đại[ \t]+diện|thừa[ \t]+(?:ủy|uỷ)[ \t]+quyền(?:[ \t]+của)?)"
    r"[ \t]+(?:cho[ \t]+)?(?P<x>[^,;:.\n]{2,120}?)"
    r"[ \t]*(?:,|\Z|[ \t](?=đã|trao|tặng))"
)
_ORGANISER_END_RE = regex.compile(
    r"(?<![\p{L}])(?:(?:tổ[ \t]+chức|tiến[ \t]+hành)(?:[ \t]+(?:buổi[ \t]+)?(?i:lễ))?|(?i:lễ))"
    r"[ \t]*\Z"
)
_ORGANISES_END_RE = regex.compile(
    r"(?<![\p{L}](?i:ban))(?:[ \t]+(?:đã|vừa|cũng))*[ \t]+tổ[ \t]+chức[ \t]*\Z"
)
_PERSON_START_RE = regex.compile(
    rf"\A{vocab.forms_of_address_pattern()}(?![\p{{L}}])|\A(?i:anh|chị)(?![\p{{L}}])"
)
_AND_END_RE = regex.compile(r"(?<![\p{L}])và[ \t]*\Z")
_FIRST_PREDICATE_RE = regex.compile(r"[ \t]+(?:đã|vừa|cũng|đều)[ \t]+")
"""Where the subject's first predicate opens (``Ban X đã báo cáo ... và khen thưởng``)."""
_AND_RE = regex.compile(r"[ \t]*,[ \t]*|[ \t]+và[ \t]+")
_ONLY_AND_RE = regex.compile(r"[ \t]+và[ \t]+")
_COMMA_HEADS = sorted({len(h.split()) for h in HEADS if "," in h} or {0}, reverse=True)


_CEREMONY_ENDS = ("chức", "hành", "lễ")
"""The last words :data:`_ORGANISER_END_RE` may end with (``lễ`` in any case)."""


def _ends_in_letter(subject: str) -> bool:
    """Whether ``subject``, its trailing blanks aside, ends with a letter: the words that
    :data:`_ADVERBS_END_RE` looks for before the end all do, so without one that search
    (about 40 µs over a subject window) cannot match and is skipped."""
    return subject.rstrip(" \t")[-1:].isalpha()


def _ends_in_ceremony(subject: str) -> bool:
    """Whether ``subject`` ends (trailing blanks aside) with a word of
    :data:`_CEREMONY_ENDS`: the cheap test before :data:`_ORGANISER_END_RE` (or
    :data:`_ORGANISES_END_RE`) searches it."""
    return subject.rstrip(" \t")[-4:].lower().endswith(_CEREMONY_ENDS)


def _may_act_for(subject: str) -> bool:
    """Whether ``subject`` holds ``thay``, ``đại`` or ``thừa`` in any case: without one,
    :data:`_ON_BEHALF_RE` (``thay mặt``, ``đại diện``, ``thừa ủy quyền``) cannot match and
    is not run."""
    low = subject.lower()
    return "thay" in low or "đại" in low or "thừa" in low


@dataclass(frozen=True)
class Issuer:
    """An issuer as written, how sure the reading is (0-4), and where it stands."""

    text: str
    strength: int
    span: tuple[int, int] | None = None
    presented: bool = False
    """An organisation read as the subject of a verb that only hands an award over
    (``Tỉnh đoàn trao tặng huy hiệu ...``): it may be presenting another body's award."""


def _is_head(words: list[str], i: int) -> str | None:
    """The kind of issuer head starting at ``words[i]`` (three-word heads first); a place's
    type word heads an issuer (``org``) only before the place's name (``huyện Bắc Trà My``)."""
    for n in (3, 2, 1):
        key = " ".join(words[i : i + n]).lower()
        if len(words) - i >= n and key in HEADS:
            kind = HEADS[key]
            if kind != "place":
                return kind
            named = len(words) > i + n and words[i + n][:1].isupper()
            return "org" if named else None
    return None


def _comma_head(tokens: list[regex.Match[str]], k: int) -> int:
    """How many tokens from ``k`` make an issuer head with a comma in it (0 if none)."""
    for n in _COMMA_HEADS:
        if n and k + n <= len(tokens):
            key = " ".join(t.group() for t in tokens[k : k + n]).rstrip(STRIP_CHARS).lower()
            if "," in key and key in HEADS:
                return n
    return 0


def after_issuer(text: str, end: int) -> Issuer | None:
    """``FORM (lần 2) của|do ISSUER`` for a form ending at ``end``."""
    m = _match.search(AFTER_ISSUER_RE, text, end, min(len(text), end + 24))
    if m is None:
        return None
    line_end = text.find("\n", m.end())
    limit = min(len(text), m.end() + AFTER_WINDOW, line_end if line_end >= 0 else len(text))
    tokens = list(_match.finditer(_TOKEN_RE, text, m.end(), limit))
    taken: list[regex.Match[str]] = []
    skip = 0
    for k, tok in enumerate(tokens[:14]):
        if skip:
            skip -= 1
            continue
        word = tok.group()
        core = word.strip(STRIP_CHARS)
        joined = _comma_head(tokens, k)
        if joined:  # Đảng, Nhà nước: one head holding a comma
            taken.extend(tokens[k : k + joined])
            skip = joined - 1
            if tokens[k + joined - 1].group()[-1] in ",;:!?().":
                break
            continue
        if not taken:
            first_ok = core[:1].isupper() or _is_head([t.group() for t in tokens[k:]], 0)
            if not first_ok:
                return None
        if word in ("-", "–") and taken:
            nxt = tokens[k + 1].group() if k + 1 < len(tokens) else ""
            if nxt[:1].isalpha() and nxt not in ("Ảnh", "ảnh"):
                taken.append(tok)
                continue
            break
        if core in ISSUER_STOPS or not core or core[:1].isdigit():
            break
        if core == "và":
            following = tokens[k + 1] if k + 1 < len(tokens) else None
            if following is None or not following.group()[:1].isupper():
                break
            at = following.start()
            form_next = _match.search(FORM_RE, text, at, min(len(text), at + 60))
            if form_next is not None and form_next.start() == at:
                break
        taken.append(tok)
        if word[-1] in ",;:!?()…" or (word.endswith(".") and core not in vocab.abbreviations()):
            break
    while taken and (taken[-1].group().strip(STRIP_CHARS) in ("và", "-", "–", "")):
        taken.pop()
    if not taken:
        return None
    start = taken[0].start()
    stop = taken[-1].end()
    while stop > start and text[stop - 1] in STRIP_CHARS and not text[start:stop].endswith("TP."):
        stop -= 1
    return Issuer(" ".join(text[start:stop].split()), 4, (start, stop))


def _strip_name(words: list[str]) -> tuple[list[str], bool]:
    """Cut a personal name (a surname and capitalised syllables) off the end of a title."""
    for i in range(1, len(words)):
        if words[i] in SURNAMES and all(w[:1].isupper() for w in words[i:]) and len(words) - i >= 2:
            tail = " ".join(words[i:])
            if any(tail.startswith(place) for place in PLACES):
                continue
            return words[:i], True
    return words, False


def _strip_connective(part: str) -> int:
    """How many leading characters of ``part`` are a connective (``Đồng thời``, ``Ngoài ra,``)."""
    low = part.lower()
    for conn in ISSUER_CONNECTIVES:
        if low.startswith(conn) and (len(low) == len(conn) or not low[len(conn)].isalpha()):
            rest = part[len(conn) :]
            return len(conn) + len(rest) - len(rest.lstrip(" \t,"))
    return 0


def _subject_issuer(subject: str) -> tuple[str, int, int] | None:
    """``ISSUER (đã) tặng``: the subject before the verb as an issuer, with its strength.

    The subject is the last comma-separated segment before the verb (a connective opening
    it dropped), or what follows a dash in it when that starts with an issuer head
    (``Đồng chí X - Bí thư ...``). Returns ``(issuer, strength, offset in subject)``.
    """
    offset = subject.rfind(",") + 1
    if not subject[offset:].strip() and offset > 1:
        # "Huyện ủy kết nạp 96 đảng viên mới, tặng huy hiệu ...": the subject is the previous
        # clause's, the body opening it.
        prev = subject.rfind(",", 0, offset - 1) + 1
        body = _predicate_lead(subject[prev : offset - 1])
        if body is not None:  # "Hội X long trọng tổ chức lễ kỷ niệm ..., biểu dương ..."
            return body[0], 3, prev + body[1]
        lead = _leading_head(subject[prev : offset - 1])
        if lead is None:
            return None
        start = prev + len(subject[prev:]) - len(subject[prev:].lstrip())
        return lead, 3 if _is_head(lead.split(), 0) == "org" else 1, start
    # "UBND tỉnh Đắk Nông, UBND huyện Đắk Song đã khen thưởng": bodies listed as the subject.
    while offset > 1:
        prev = subject.rfind(",", 0, offset - 1) + 1
        segment = subject[prev : offset - 1].strip()
        words = segment.split()
        if not words or _is_head(words, 0) != "org" or len(words) > 8:
            break
        if any(w in ISSUER_BAD for w in words):
            break
        offset = prev
    for dash in (" - ", " – ", "–"):
        cut = subject.rfind(dash, offset)
        if cut >= 0 and _is_head(subject[cut + len(dash) :].split(), 0):
            offset = cut + len(dash)
            break
    part = subject[offset:]
    stripped = part.lstrip()
    offset += len(part) - len(stripped)
    skip = _strip_connective(stripped)
    stripped, offset = stripped[skip:], offset + skip
    setting = _match.match(_SETTING_RE, stripped)
    if setting is not None:
        stripped, offset = stripped[setting.end() :], offset + setting.end()
    decision = _match.match(_DECISION_OF_RE, stripped)
    if decision is not None:
        stripped, offset = stripped[decision.end() :], offset + decision.end()
    if not stripped or _match.search(_PERSON_START_RE, stripped):
        return None
    words = stripped.split()
    kind = _is_head(words, 0)
    if kind is None or len(words) > 12 or any(w in ISSUER_BAD for w in words):
        return None
    strength = 3 if kind == "org" else 1
    if kind == "position":
        words, named = _strip_name(words)
        if named:
            strength = 0
    return " ".join(words), strength, offset


_PLACE_TYPES = frozenset({"tỉnh", "huyện", "xã", "thị", "thành", "phố", "quận", "phường", "trấn"})


def _leading_head(segment: str) -> str | None:
    """The body opening a clause (``Huyện ủy`` of ``Huyện ủy kết nạp 96 đảng viên``): an
    issuer head and the capitalised words and place types after it."""
    words = segment.split()
    if not words or _is_head(words, 0) is None:
        return None
    n = 1
    while n < len(words) and (words[n][:1].isupper() or words[n] in _PLACE_TYPES):
        n += 1
    if (
        n == 1
        and len(words) > 1
        and _is_head(words[:2], 0)
        and " ".join(words[:2]).lower() in HEADS
    ):
        n = 2
    return " ".join(words[:n]).rstrip(STRIP_CHARS)


def _coordinated_subject(subject: str) -> tuple[str, int, int] | None:
    """``UBND huyện X tổng kết phong trào thi đua và (tặng)``: the granting verb's predicate
    coordinated by ``và`` with the first one of a body opening the clause, no adverb (đã,
    vừa) marking where that one starts: the body is the issuer (see
    :data:`~dan_van_extract.awards.rules.ISSUER_COORDINATED`). Returns ``(issuer,
    strength, offset in subject)``."""
    offset = subject.rfind(",") + 1
    found = _predicate_lead(subject[offset:])
    return None if found is None else (found[0], 3, offset + found[1])


def _predicate_lead(part: str) -> tuple[str, int] | None:
    """The body opening ``part`` before its first predicate (:data:`FIRST_PREDICATE_RE`,
    adverbs before it dropped), with its offset in ``part``; ``None`` unless an
    organisation's head opens it (a connective or a setting before it aside)."""
    stripped = part.lstrip()
    offset = len(part) - len(stripped)
    skip = _strip_connective(stripped)
    stripped, offset = stripped[skip:], offset + skip
    setting = _match.match(_SETTING_RE, stripped)
    if setting is not None:
        stripped, offset = stripped[setting.end() :], offset + setting.end()
    words = stripped.split()
    if not words or _is_head(words, 0) != "org":
        return None
    predicate = _match.search(FIRST_PREDICATE_RE, stripped)
    if predicate is None:
        return None
    lead = stripped[: predicate.start()]
    adverbs = _match.search(_ADVERBS_END_RE, lead) if _ends_in_letter(lead) else None
    lead = (lead[: adverbs.start()] if adverbs else lead).strip()
    words = lead.split()
    if not words or len(words) > 12 or _is_head(words, 0) != "org":
        return None
    if any(w in ISSUER_BAD for w in words):
        return None
    return lead, offset


def _passive_agent(subject: str, lo: int) -> Issuer | None:
    """``... được ISSUER (tặng|biểu dương)``: the agent after the last ``được``."""
    idx = subject.rfind("được ")
    if idx < 0 or (idx > 0 and subject[idx - 1].isalpha()):
        return None
    x = subject[idx + 5 :].strip(" \t,")
    inner = _match.search(_AGENT_END_RE, x)
    if inner is not None:
        x = x[: inner.start()].strip(" \t,")
    words = x.split()
    if (
        words
        and len(words) <= 14
        and (x[:1].isupper() or _is_head(words, 0))
        and not any(w in ISSUER_BAD for w in words)
    ):
        start = lo + idx + 5 + (len(subject[idx + 5 :]) - len(subject[idx + 5 :].lstrip()))
        return Issuer(x, 4, (start, start + len(x)))
    return None


def verb_issuer(text: str, anchor: int, lo: int, *, is_verb: bool) -> Issuer | None:
    """The issuer named before the verb that grants the form standing at ``anchor`` (or
    before the award verb itself, ``is_verb``), not before the clause start ``lo``."""
    window_start = max(lo, anchor - SUBJECT_WINDOW)
    pre = text[window_start:anchor]
    verb_name = ""
    if is_verb:
        subject = pre
    else:
        verb = _match.search(_GRANT_BEFORE_RE, pre, max(0, len(pre) - VERB_WINDOW))
        if verb is None:
            return None
        subject = pre[: verb.start()]
        verb_name = " ".join(verb.group("verb").lower().split())
    passive = _passive_agent(subject, window_start)
    if passive is not None:
        return passive
    behalves = list(_match.finditer(_ON_BEHALF_RE, subject)) if _may_act_for(subject) else []
    if behalves:
        behalf = behalves[-1]
        x = " ".join(behalf.group("x").split())
        rest = subject[behalf.end("x") :]
        for segment in rest.split(",")[1:]:
            adverbs = _match.search(_ADVERBS_END_RE, " " + segment)
            word = (" " + segment)[: adverbs.start()] if adverbs else segment
            if HEADS.get(word.strip().lower()) != "org":
                break
            x += ", " + word.strip()  # thay mặt lãnh đạo Đảng, Nhà nước, ...
        return Issuer(x, 2)
    adverbs = _match.search(_ADVERBS_END_RE, subject) if _ends_in_letter(subject) else None
    if adverbs is not None:
        subject = subject[: adverbs.start()]
    if is_verb:
        # "UBND huyện tổ chức khen thưởng cho ...": the organiser of the praise grants it.
        organised = (
            _match.search(_ORGANISES_END_RE, subject) if _ends_in_ceremony(subject) else None
        )
        if organised is not None:
            subject = subject[: organised.start()]
    if subject.rstrip().endswith(")") and "(" in subject:
        subject = subject[: subject.rfind("(")]  # Bí thư X (thứ tư từ trái sang) trao ...
    if _ends_in_ceremony(subject) and _match.search(_ORGANISER_END_RE, subject):
        return None  # UBND tỉnh tổ chức lễ trao ...: the organiser, not the issuer
    found: tuple[str, int, int] | None = None
    if _match.search(_AND_END_RE, subject):
        # "Ban thường vụ X đã báo cáo tổng kết ... và quyết định khen thưởng": the verb's
        # predicate is coordinated with the subject's first one (opened by đã, vừa, cũng).
        first = _match.search(_FIRST_PREDICATE_RE, subject)
        if first is not None:
            subject = subject[: first.start()]
        else:
            found = _coordinated_subject(subject)
    found = found or _subject_issuer(subject)
    if found is None:
        return None
    x, strength, offset = found
    if strength < 3 and verb_name in PRESENT_VERBS:
        return None  # Phó Thủ tướng ... trao Huân chương: the presenter, not the issuer
    start = window_start + offset
    presented = strength >= 3 and verb_name in PRESENT_VERBS
    return Issuer(x, strength, (start, start + len(x)), presented)


def elided_subject(text: str, lo: int, hi: int) -> Issuer | None:
    """``ISSUER tặng cờ ... cho X; tặng bằng khen cho 2 tập thể``: a clause opening with its
    verb has the subject of the previous clause (``text[lo:hi]``), read before that
    clause's first granting verb as :func:`verb_issuer` reads it (a titled presenter of
    ``trao`` is not taken)."""
    verb = _match.search(_GRANT_VERB_RE, text, lo, min(hi, lo + SUBJECT_WINDOW))
    if verb is None:
        return None
    found = verb_issuer(text, verb.start(), lo, is_verb=True)
    if found is None or (
        found.strength < 3 and " ".join(verb.group("verb").lower().split()) in PRESENT_VERBS
    ):
        return None
    return found


def _moved(issuer: Issuer | None, by: int) -> Issuer | None:
    """``issuer`` with its span (if any) ``by`` characters further on."""
    if issuer is None or issuer.span is None:
        return issuer
    return replace(issuer, span=(issuer.span[0] + by, issuer.span[1] + by))


@dataclass
class VerbIssuers:
    """:func:`verb_issuer` for the forms of one text, read once for each distinct subject
    window: the reading depends on the window's text alone (its spans are offsets from
    where the window starts), so a list repeating one phrase costs one reading."""

    text: str
    _read: dict[tuple[str, bool], Issuer | None] = field(default_factory=dict)

    def __call__(self, anchor: int, lo: int, *, is_verb: bool) -> Issuer | None:
        """``verb_issuer(self.text, anchor, lo, is_verb=is_verb)``."""
        start = max(lo, anchor - SUBJECT_WINDOW)
        key = (self.text[start:anchor], is_verb)
        if key not in self._read:
            found = verb_issuer(self.text, anchor, lo, is_verb=is_verb)
            self._read[key] = _moved(found, -start)
        return _moved(self._read[key], start)


_KIND_LEVELS = {"commune": 1, "huyện": 2, "quận": 2, "thị xã": 2, "city": 3, "province": 4}
"""How wide a place of each kind of the gazetteer's type words is: ``huyện Quế Võ, tỉnh Bắc
Ninh`` names one place, the second part saying where the first is."""


def _place_level(part: str) -> int:
    """How wide the place ``part`` names (0: not a type word, as written bare, and a
    capitalised name): ``huyện Quế Võ`` 2, ``tỉnh Bắc Ninh`` 4, ``Huyện ủy Quế Võ`` 0."""
    words = part.lower().split()
    types = gazetteer.type_words()
    for n in (2, 1):
        written = " ".join(words[:n])
        kind, unit = types.get(written, ("", ""))
        if unit == written and len(words) > n and part.split()[n][:1].isupper():
            return _KIND_LEVELS.get(kind, 0)
    return 0


def _join_place_of_place(parts: list[str], text: str) -> list[str]:
    """Parts of a split issuer with ``huyện X, tỉnh Y`` (a place, a comma, a wider place)
    joined back into one: where the place is, not a second issuer."""
    out: list[str] = []
    for part in parts:
        if out:
            prev = out[-1]
            low, high = _place_level(prev), _place_level(part)
            at = text.find(prev)
            joined = text[at : text.index(part, at + len(prev)) + len(part)] if at >= 0 else ""
            if 0 < low < high and joined == f"{prev}, {part}":
                out[-1] = joined
                continue
        out.append(part)
    return out


_LEVEL = r"(?:xã|phường|thị[ \t]+trấn|huyện|quận|thị[ \t]+xã|thành[ \t]+phố|tỉnh)"
_JOINT_LEADERSHIP_RE = regex.compile(
    r"(?:(?i:thường[ \t]+trực|ban[ \t]+thường[ \t]+vụ)[ \t]+)?"
    r"(?P<party>(?i:đảng|huyện|quận|thị|thành|tỉnh))[ \t]+(?i:ủy|uỷ)"
    rf"(?:[ \t]+(?P<party_level>{_LEVEL}))?"
    r"(?:[ \t]*(?:,|và|-|–)[ \t]*"
    r"(?:HĐND|UBND|UBMTTQ|MTTQ|Hội[ \t]+đồng[ \t]+nhân[ \t]+dân|Ủy[ \t]+ban[ \t]+nhân[ \t]+dân"
    r"|Ủy[ \t]+ban[ \t]+MTTQ(?:[ \t]+Việt[ \t]+Nam)?)"
    rf"(?:[ \t]+(?P<level>{_LEVEL}))?){{1,3}}"
    r"(?:[ \t]+\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){0,3})?"
)
"""``Đảng ủy và UBND xã``, ``Huyện ủy, HĐND, UBND huyện``: the Party committee and the
government (council, front) of one place grant jointly, as one issuer."""
_PARTY_LEVEL = {
    "huyện": "huyện",
    "quận": "quận",
    "thị": "thị xã",
    "thành": "thành phố",
    "tỉnh": "tỉnh",
}
"""The level of a named Party committee (``Huyện ủy``: huyện); ``Đảng ủy`` is any level's."""


def _joint_leadership(text: str) -> bool:
    """Whether ``text`` is :data:`_JOINT_LEADERSHIP_RE`, its bodies all of one level."""
    m = _match.fullmatch(_JOINT_LEADERSHIP_RE, text)
    if m is None:
        return False
    levels = {" ".join(v.lower().split()) for v in m.captures("level")}
    if m.group("party_level"):
        levels.add(" ".join(m.group("party_level").lower().split()))
    party = _PARTY_LEVEL.get(m.group("party").lower())
    if party is not None:
        levels.add(party)
    return len(levels) <= 1


def split_issuer(issuer: Issuer) -> list[Issuer]:
    """``Ban Dân tộc tỉnh và UBND huyện``, ``UBND tỉnh, UBND huyện``: bodies that each
    grant the award (``Đảng và Nhà nước``, a head of its own, grants as one; so do the Party
    committee and the government of one place, ``Đảng ủy và UBND xã``)."""
    if issuer.strength < 3 or " ".join(issuer.text.lower().split()) in HEADS:
        return [issuer]  # "Đảng và Nhà nước" grants as one
    if _joint_leadership(issuer.text):
        return [issuer]  # "Đảng ủy và UBND xã": one joint decision
    # A passive agent's comma list grants as one ("được Tổng LĐLĐ, UBND Thành phố tặng").
    splitter = _AND_RE if issuer.strength == 3 else _ONLY_AND_RE
    parts = _join_place_of_place([p.strip() for p in splitter.split(issuer.text)], issuer.text)
    if len(parts) < 2 or len(parts) > 4 or not all(_is_head(p.split(), 0) for p in parts):
        return [issuer]
    out = []
    pos = 0
    for part in parts:
        at = issuer.text.index(part, pos)
        pos = at + len(part)
        span = None
        if issuer.span is not None:
            span = (issuer.span[0] + at, issuer.span[0] + at + len(part))
        out.append(Issuer(part, issuer.strength, span, issuer.presented))
    return out
