"""Rules of the awards extractor: one entry per award decision.

1. **Forms** (:data:`FORM_RE`, heads in ``data/forms.tsv``): ``Bằng khen``, ``Giấy khen``,
   ``Cờ thi đua``; ``Huân chương``/``Huy chương`` with an order name
   (``data/order_names.txt``) and/or ``hạng Nhất|Nhì|Ba``; ``Kỷ niệm chương`` with its
   ``"Vì ..."`` name; ``Huy hiệu 30 năm tuổi Đảng``; ``danh hiệu ...``. A bare
   ``Huân chương`` or ``Kỷ niệm chương`` and every ``danh hiệu`` need an award verb
   before them (``tặng``, ``đón nhận``), ``của``/``do`` after them or a count before them,
   so ``mua kỷ niệm chương`` and ``phát huy hiệu quả`` are not awards.
2. **Counts** (:data:`COUNTS_RE`, nouns in ``data/recipients.tsv``): ``12 tập thể và 13
   cá nhân``, ``5 tập thể, 15 cá nhận``, ``71 tập thể, cá nhân`` (one total), and
   ``30 Kỷ niệm chương`` (a number right before the form). A count phrase belongs to a form
   of the same clause: the form before it when ``cho`` joins them (``FORM ... cho 12 tập
   thể``), the form after it when a verb joins them (``6 đơn vị nhận Cờ thi đua``,
   ``143 tập thể ... được ISSUER công nhận FORM``), or the form after a verb that opens
   the count (``khen thưởng 20 cá nhân ... Kỷ niệm chương``). Counts that belong to an award
   are claimed, so statistics leave them alone.
3. **Issuer**, strongest first: ``FORM của|do ISSUER``, ``được ISSUER tặng FORM`` (4);
   ``ISSUER (đã) tặng FORM`` with an organisation as subject (3); ``thay mặt ISSUER, ...
   trao FORM`` (2); a title as subject (1), a title whose holder is named (0: the
   presenter, ``Phó Thủ tướng Trương Hòa Bình trao ...``). After a verb that only hands
   the award over (``trao``, ``data/present_verbs.txt``) a title as subject is not taken:
   the issuer stays unknown unless ``FORM của ISSUER`` names it. ``Đảng, Nhà nước`` is one
   head. A form listed after another (``tặng Bằng khen, giấy khen``) shares its issuer.
4. **Reason**: ``(vì) (đã) có thành tích xuất sắc ...`` after the award, to the clause end.
5. **Not given** (``data/negative_cues.tsv``): a form with ``đề nghị``, ``hồ sơ``,
   ``thu hồi``, ``sẽ được`` ... shortly before it in its clause is a proposal, a procedure,
   a revocation or a promise, not an award, unless the clause reports a completed act
   (``đã trao``, ``lễ trao``, ``đón nhận``).
6. **One award per decision**: items with the same form (or one form extending the other:
   ``Huân chương lao động`` / ``Huân chương Lao động hạng Ba``) whose counts and strong
   issuers do not conflict are merged; the fullest is the item, the others its mentions.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

import regex

from .. import _match, vocab
from .._lexicon import alternation, load_lines, load_table
from .._rules import Rule
from ..analysis import Analysis
from ..context import Context
from ..models import Award, TextSpan

__all__ = ["COUNTS_RE", "FORM_RE", "find_awards", "run"]

_PKG = __package__ or "dan_van_extract.awards"

_FORM_KINDS: dict[str, str] = {row[0]: row[1] for row in load_table(_PKG, "data/forms.tsv")}
_ORDER_NAMES = load_lines(_PKG, "data/order_names.txt")
_GRANT_VERBS = load_lines(_PKG, "data/verbs.txt")
_PRESENT_VERBS = frozenset(v.lower() for v in load_lines(_PKG, "data/present_verbs.txt"))
_CUES: dict[str, str] = {row[0]: row[1] for row in load_table(_PKG, "data/negative_cues.tsv")}
_RECEIVE_VERBS = load_lines(_PKG, "data/receive_verbs.txt")
_RECIPIENTS: dict[str, str] = {row[0]: row[1] for row in load_table(_PKG, "data/recipients.tsv")}
_HEADS: dict[str, str] = {
    row[0].lower(): row[1] for row in load_table(_PKG, "data/issuer_heads.tsv")
}
_SURNAMES = vocab.name_anchors()
_PLACES = tuple(load_lines(_PKG, "data/places_not_names.txt"))


def _ci(entries: list[str] | tuple[str, ...]) -> str:
    """A case-insensitive, longest-first alternation of literal entries."""
    return f"(?i:{alternation(list(entries), fold_case=True)})"


def _heads(kind: str) -> str:
    return _ci([head for head, k in _FORM_KINDS.items() if k == kind])


_NAME_STOP = (
    r"(?:cho|của|do|và|vì|về|tại|trong|năm|khi|từ|với|sau|trước|lần|đã|được|đến|tới|nhằm"
    r"|cùng|kèm|là|có|ngày|sáng|chiều|tối|không|nhưng|thì|mà|này|đó)(?![\p{L}])"
)
_NAME_WORD = r"[\p{L}\p{N}][\p{L}\p{N}-]*"
_FREE_WORD = rf"(?:[ \t]+(?!{_NAME_STOP}){_NAME_WORD})"
_QUOTED = r"[“\"‘'][^”\"’'\n]{1,80}[”\"’']"
_RANK = r"(?i:hạng)[ \t]+(?:Nhất|Nhì|Ba|nhất|nhì|ba|NHẤT|NHÌ|BA|III|II|I|hai|Hai)(?![\p{L}])"
FORM_RE = regex.compile(
    r"(?<![\p{L}])(?:"
    rf"(?P<plain>{_heads('plain')})"
    rf"|(?P<order>{_heads('order')})(?:[ \t]+(?P<order_name>{_ci(_ORDER_NAMES)}))?"
    rf"(?:[ \t]+(?P<rank>{_RANK}))?"
    rf"|(?P<medal>{_heads('medal')})(?:[ \t]*:?[ \t]*(?P<medal_name>"
    rf"[“\"][ \t]*[Vv]ì[^”\"\n]{{1,80}}[”\"]|[Vv]ì{_FREE_WORD}{{1,7}}))?"
    rf"|(?P<badge>{_heads('badge')})[ \t]+(?P<badge_name>"
    rf"\d{{2}}(?:[ \t,]+(?:năm|và|\d{{2}})){{0,8}}[ \t]+tuổi[ \t]+Đảng"
    rf"|Đảng|{_QUOTED}|Tuổi[ \t]+trẻ(?:[ \t]+(?!{_NAME_STOP})\p{{Ll}}+){{1,2}})"
    rf"|(?P<title>{_heads('title')})(?:[ \t]+vinh[ \t]+dự[ \t]+Nhà[ \t]+nước)?[ \t]*:?[ \t]+"
    rf"(?P<title_name>{_QUOTED}|\p{{Lu}}[\p{{L}}\p{{N}}-]*{_FREE_WORD}{{0,7}})"
    rf"|(?P<praise>{_heads('praise')})"
    r")(?![\p{L}])"
)
"""An award form with its name (order, medal, badge, title) when the text gives one."""

# -- the rules --------------------------------------------------------------------------------
FORM = Rule("awards.form", "An award form and its name where the text gives one.", FORM_RE)
_FORM_RULES = {
    "plain": Rule("awards.plain-form", "Bằng khen, Giấy khen, Cờ thi đua and their counts."),
    "order": Rule(
        "awards.order",
        "Huân chương / Huy chương with an order name or a rank (or an award verb before it).",
    ),
    "medal": Rule("awards.medal", 'Kỷ niệm chương "Vì ..." (or an award verb before it).'),
    "badge": Rule("awards.badge", "Huy hiệu 30 năm tuổi Đảng."),
    "title": Rule("awards.title", "danh hiệu ... after an award verb (tặng, đón nhận, công nhận)."),
    "praise": Rule("awards.praise", "tuyên dương / biểu dương ... after công nhận or a count."),
}
SPORTS_MEDAL = Rule("awards.sports-medal", "huy chương vàng, bạc, đồng: a sports medal.")
NEEDS_CONTEXT = Rule(
    "awards.needs-context",
    "A bare Huân chương, Kỷ niệm chương or danh hiệu with no award verb before it, no count "
    "and no của/do after it: not an award (mua kỷ niệm chương).",
)
NOT_GIVEN = Rule(
    "awards.not-given",
    "A proposal, a procedure, a revocation or a promise (đề nghị, hồ sơ, thu hồi, sẽ được) "
    "shortly before the form in its clause, and no completed act in it.",
)

_NUMBER = r"\d{1,3}(?:\.\d{3})+|\d{1,5}"
_RECIPIENT = alternation(list(_RECIPIENTS))
_COUNT_ITEM = rf"(?:{_NUMBER})[ \t]+{_RECIPIENT}(?![\p{{L}}])"
COUNTS_RE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}.,/])(?:{_COUNT_ITEM})"
    rf"(?:[ \t]*(?:,|;|và|cùng(?:[ \t]+với)?|&)[ \t]*(?:{_COUNT_ITEM})){{0,3}}"
    rf"(?:[ \t]*(?:,|và|&)[ \t]*(?P<other>{_RECIPIENT})(?![\p{{L}}])(?![ \t]*\d))?"
)
"""Award counts: ``12 tập thể và 13 cá nhân``, ``71 tập thể, cá nhân`` (one total)."""
_COUNT_ITEM_RE = regex.compile(rf"(?P<n>{_NUMBER})[ \t]+(?P<noun>{_RECIPIENT})")
_NUMBER_BEFORE_RE = regex.compile(rf"(?<![\p{{L}}\p{{N}}.,/])(?P<n>{_NUMBER})[ \t]+\Z")

_VERB = _ci(list(_GRANT_VERBS))
_ANY_VERB = _ci([*_GRANT_VERBS, *_RECEIVE_VERBS, "đạt", "phong", "được"])
_QUANTITY = r"(?:nhiều|các|những|một|\d{1,5})"
_CONTEXT_BEFORE_RE = regex.compile(rf"(?<![\p{{L}}]){_ANY_VERB}(?:[ \t]+{_QUANTITY})?[ \t]+\Z")
_GRANT_BEFORE_RE = regex.compile(rf"(?<![\p{{L}}])(?P<verb>{_VERB})(?:[ \t]+{_QUANTITY})?[ \t]+\Z")
_GRANT_VERB_END_RE = regex.compile(rf"(?<![\p{{L}}]){_VERB}[ \t]+\Z")
_HAS_VERB_RE = regex.compile(rf"(?<![\p{{L}}]){_ANY_VERB}(?![\p{{L}}])")
_CHO_END_RE = regex.compile(r"(?<![\p{L}])cho[ \t]+(?:(?:các|mỗi|gồm)[ \t]+)?\Z")
_PRAISE_BEFORE_RE = regex.compile(
    r"(?<![\p{L}])(?i:công[ \t]+nhận|tuyên[ \t]+dương|biểu[ \t]+dương)"
    r"(?:[ \t]+(?:là|\d{1,5}))?[ \t]+\Z"
)
_AFTER_ISSUER_RE = regex.compile(r"\G[ \t]*(?P<prep>của|do)[ \t]+")
_SPORT_MEDAL_RE = regex.compile(r"\G[ \t]+(?:vàng|bạc|đồng)(?![\p{L}])")
_TOKEN_RE = regex.compile(r"\S+")
_ADVERBS_END_RE = regex.compile(
    r"(?:[ \t]+(?:đã|vừa|cũng|sẽ|đều|chính[ \t]+thức|long[ \t]+trọng|trang[ \t]+trọng"
    r"|trực[ \t]+tiếp|ký|ra|(?i:quyết[ \t]+định)|thừa[ \t]+ủy[ \t]+quyền|tiến[ \t]+hành)){1,6}"
    r"[ \t]*\Z"
)
_ON_BEHALF_RE = regex.compile(
    r"(?<![\p{L}])(?i:thay[ \t]+mặt)[ \t]+(?:cho[ \t]+)?(?P<x>[^,;:.\n]{2,120}?)"
    r"[ \t]*(?:,|\Z|[ \t](?=đã|trao|tặng))"
)
_ORGANISER_END_RE = regex.compile(
    r"(?<![\p{L}])(?:(?:tổ[ \t]+chức|tiến[ \t]+hành)(?:[ \t]+(?:buổi[ \t]+)?(?i:lễ))?|(?i:lễ))"
    r"[ \t]*\Z"
)
_PERSON_START_RE = regex.compile(
    r"\A(?:ông|bà|anh|chị|đồng[ \t]+chí|Ông|Bà|Anh|Chị|Đồng[ \t]+chí)(?![\p{L}])"
)
_REASON_RE = regex.compile(
    r"(?<![\p{L}])(?:vì[ \t]+(?:đã[ \t]+)?(?:có[ \t]+)?|(?:đã[ \t]+)?có[ \t]+|đạt[ \t]+)"
    r"(?:nhiều[ \t]+|những[ \t]+)?"
    r"(?:thành[ \t]+tích|thành[ \t]+xuất[ \t]+sắc|đóng[ \t]+góp|công[ \t]+lao)"
    r"|(?<![\p{L}])vì[ \t]+(?:đã[ \t]+)?(?:dũng[ \t]+cảm|hoàn[ \t]+thành|xuất[ \t]+sắc)"
)
_BRACKET_RE = regex.compile(r"[ \t]+\(")
"""A reason ends before a bracket (``(Ảnh: ...)``, ``(thứ hai từ trái)``)."""
_LIST_BETWEEN_RE = regex.compile(r"\A[ \t]*(?:,|và|cùng|,[ \t]*và)[ \t]*(?:(?:nhiều|các)[ \t]+)?\Z")
_CUE_RE = regex.compile(
    rf"(?<![\p{{L}}])(?P<cue>(?i:{alternation(list(_CUES), fold_case=True)}))(?![\p{{L}}])"
)
_CUE_WINDOW = 60
"""How far before a form a negative cue counts (characters)."""
_ISSUER_STOPS = frozenset(load_lines(_PKG, "data/issuer_stops.txt"))
_ISSUER_BAD = frozenset(load_lines(_PKG, "data/issuer_bad_words.txt"))
_HINTS = tuple(load_lines(_PKG, "data/hints.txt"))
_SUBJECT_WINDOW = 240
"""How far before the verb an issuer is looked for (characters)."""
_STRIP_CHARS = ",.;:!?()“”\"'‘’"


@dataclass
class _Form:
    """One form mention and what was read around it."""

    start: int
    end: int
    form: str
    kind: str
    name: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    count_spans: list[tuple[int, int]] = field(default_factory=list)
    count_before: int | None = None
    issuer: str | None = None
    strength: int = -1
    issuer_span: tuple[int, int] | None = None
    reason: str | None = None

    @property
    def key(self) -> str:
        key = " ".join(self.form.lower().split())
        return f"{key} {self.name.lower()}" if self.name else key

    def fullness(self) -> int:
        fields = (self.issuer, self.reason, *self.counts.values())
        return sum(value is not None for value in fields)


@dataclass
class _Count:
    start: int
    end: int
    counts: dict[str, int]


def _form_text(m: regex.Match[str]) -> tuple[str, str | None]:
    """The form as written, one space between words, quotation marks and colons dropped;
    and the award's own name when it stands in quotation marks (``Kỷ niệm chương "Vì sự
    nghiệp ..."`` is the form ``Kỷ niệm chương`` named ``Vì sự nghiệp ...``)."""
    quoted = m.group("medal_name")
    if quoted and quoted[0] in '“"':
        name = " ".join(quoted.strip("“”\"' ").split())
        return " ".join(m.group("medal").split()), name
    text = m.group()
    for mark in '“”"‘’:':
        text = text.replace(mark, " ")
    if m.group("title"):
        title = m.group("title")
        text = title + " " + m.group("title_name").strip("“”\"‘’' ")
    return " ".join(text.split()), None


def _window(text: str, end: int, width: int) -> str:
    return text[max(0, end - width) : end]


def _find_forms(ctx: Context, text: str) -> list[_Form]:
    """Every award form mention, with the context checks of the module docstring."""
    forms: list[_Form] = []
    for m in FORM.finditer(text):
        start, end = m.span()
        before = _window(text, start, 48)
        has_context = bool(
            _match.search(_CONTEXT_BEFORE_RE, before)
            or _match.search(_NUMBER_BEFORE_RE, _window(text, start, 12))
            or _match.search(_AFTER_ISSUER_RE, text, end, min(len(text), end + 8))
        )
        if m.group("plain"):
            kind = "plain"
        elif m.group("order"):
            kind = "order"
            if not (m.group("order_name") or m.group("rank")):
                if _match.search(_SPORT_MEDAL_RE, text, end, min(len(text), end + 8)):
                    ctx.rejected(SPORTS_MEDAL, "award", start, end)
                    continue  # huy chương vàng: a sports medal
                if not has_context:
                    ctx.rejected(NEEDS_CONTEXT, "award", start, end)
                    continue
        elif m.group("medal"):
            kind = "medal"
            if not (m.group("medal_name") or has_context):
                ctx.rejected(NEEDS_CONTEXT, "award", start, end)
                continue
        elif m.group("badge"):
            kind = "badge"
        elif m.group("title"):
            kind = "title"
            if not _match.search(_CONTEXT_BEFORE_RE, before):
                ctx.rejected(NEEDS_CONTEXT, "award", start, end)
                continue
        else:
            kind = "praise"
            if not _match.search(_PRAISE_BEFORE_RE, before):
                ctx.rejected(NEEDS_CONTEXT, "award", start, end)
                continue
        form, name = _form_text(m)
        forms.append(_Form(start, end, form, kind, name=name))
    return forms


def _given_forms(ctx: Context, analysis: Analysis, forms: list[_Form]) -> list[_Form]:
    """Drop forms in a proposal, a procedure, a revocation or a promise
    (``data/negative_cues.tsv``): a drop cue at most :data:`_CUE_WINDOW` characters before
    the form in its clause, and no completed act (a keep cue) anywhere in that clause."""
    text = analysis.content
    drops: list[tuple[int, int]] = []
    keeps: list[int] = []
    for c in _match.finditer(_CUE_RE, text):
        effect = _CUES.get(" ".join(c.group("cue").lower().split()), "ignore")
        if effect == "drop":
            drops.append(c.span())
        elif effect == "keep":
            keeps.append(c.start())
    if not drops:
        return forms
    drop_starts = [a for a, _ in drops]
    kept: list[_Form] = []
    for form in forms:
        lo, hi = analysis.clause(form.start)
        i = bisect_right(drop_starts, form.start) - 1
        cued = False
        while i >= 0 and drops[i][0] >= max(lo, form.start - _CUE_WINDOW):
            if drops[i][1] <= form.start:
                cued = True
                break
            i -= 1
        k = bisect_left(keeps, lo)
        if cued and not (k < len(keeps) and keeps[k] < hi):
            ctx.rejected(NOT_GIVEN, "award", form.start, form.end)
            continue
        kept.append(form)
    return kept


def _read_counts(text: str, start: int, end: int, has_other: bool) -> dict[str, int]:
    """``{'collectives': 12, 'individuals': 13}`` or ``{'total': 71}`` from a count phrase."""
    counts: dict[str, int] = {}
    items = list(_match.finditer(_COUNT_ITEM_RE, text, start, end))
    if has_other and len(items) == 1:
        return {"total": int(items[0].group("n").replace(".", ""))}
    for item in items:
        kind = _RECIPIENTS[item.group("noun")]
        counts[kind] = counts.get(kind, 0) + int(item.group("n").replace(".", ""))
    return counts


def _attach_counts(analysis: Analysis, forms: list[_Form], counts: list[_Count]) -> None:
    """Give each count phrase to the form of its clause it belongs to (module docstring)."""
    text = analysis.content
    starts = [f.start for f in forms]
    for c in counts:
        lo, hi = analysis.clause(c.start)
        i = bisect_right(starts, c.start)
        prev = (
            forms[i - 1] if i and forms[i - 1].end <= c.start and forms[i - 1].start >= lo else None
        )
        nxt = forms[i] if i < len(forms) and forms[i].start < hi else None
        target: _Form | None = None
        if (
            prev is not None
            and c.start - prev.end <= 120
            and _match.search(_CHO_END_RE, text, prev.end, c.start)
        ):
            target = prev
        if target is None and nxt is not None:
            between = text[c.end : nxt.start]
            verb_opens = _match.search(_GRANT_VERB_END_RE, _window(text, c.start, 24))
            if verb_opens and len(between) <= 60 and not _match.search(_HAS_VERB_RE, between):
                target = nxt
                nxt.count_before = c.start
            elif len(between) <= 200 and _match.search(_HAS_VERB_RE, between):
                target = nxt
        if target is None:
            continue
        for kind, n in c.counts.items():
            target.counts.setdefault(kind, n)
        target.count_spans.append((c.start, c.end))


def _is_head(words: list[str], i: int) -> str | None:
    """The kind of issuer head starting at ``words[i]`` (two-word heads first)."""
    for n in (3, 2, 1):
        key = " ".join(words[i : i + n]).lower()
        if len(words) - i >= n and key in _HEADS:
            return _HEADS[key]
    return None


_COMMA_HEADS = sorted({len(h.split()) for h in _HEADS if "," in h} or {0}, reverse=True)


def _comma_head(tokens: list[regex.Match[str]], k: int) -> int:
    """How many tokens from ``k`` make an issuer head with a comma in it (0 if none)."""
    for n in _COMMA_HEADS:
        if n and k + n <= len(tokens):
            key = " ".join(t.group() for t in tokens[k : k + n]).rstrip(_STRIP_CHARS).lower()
            if "," in key and key in _HEADS:
                return n
    return 0


def _after_issuer(text: str, form: _Form) -> tuple[str, int, int] | None:
    """``FORM của|do ISSUER``: the issuer's text and span."""
    m = _match.search(_AFTER_ISSUER_RE, text, form.end, min(len(text), form.end + 8))
    if m is None:
        return None
    line_end = text.find("\n", m.end())
    limit = min(len(text), m.end() + 160, line_end if line_end >= 0 else len(text))
    tokens = list(_match.finditer(_TOKEN_RE, text, m.end(), limit))
    taken: list[regex.Match[str]] = []
    skip = 0
    for k, tok in enumerate(tokens[:14]):
        if skip:
            skip -= 1
            continue
        word = tok.group()
        core = word.strip(_STRIP_CHARS)
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
        if core in _ISSUER_STOPS or not core or core[:1].isdigit():
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
    while taken and (taken[-1].group().strip(_STRIP_CHARS) in ("và", "-", "–", "")):
        taken.pop()
    if not taken:
        return None
    start = taken[0].start()
    end = taken[-1].end()
    while end > start and text[end - 1] in _STRIP_CHARS and not text[start:end].endswith("TP."):
        end -= 1
    return " ".join(text[start:end].split()), start, end


def _strip_name(words: list[str]) -> tuple[list[str], bool]:
    """Cut a personal name (a surname and capitalised syllables) off the end of a title."""
    for i in range(1, len(words)):
        if (
            words[i] in _SURNAMES
            and all(w[:1].isupper() for w in words[i:])
            and len(words) - i >= 2
        ):
            tail = " ".join(words[i:])
            if any(tail.startswith(place) for place in _PLACES):
                continue
            return words[:i], True
    return words, False


def _subject_issuer(subject: str) -> tuple[str, int, int] | None:
    """``ISSUER (đã) tặng``: the subject before the verb as an issuer, with its strength.

    The subject is the last comma-separated segment before the verb, or what follows a
    dash in it when that starts with an issuer head (``Đồng chí X - Bí thư ...``).
    Returns ``(issuer, strength, offset of the issuer in subject)``.
    """
    offset = subject.rfind(",") + 1
    for dash in (" - ", " – ", "–"):
        cut = subject.rfind(dash, offset)
        if cut >= 0 and _is_head(subject[cut + len(dash) :].split(), 0):
            offset = cut + len(dash)
            break
    part = subject[offset:]
    stripped = part.lstrip()
    offset += len(part) - len(stripped)
    if not stripped or _match.search(_PERSON_START_RE, stripped):
        return None
    words = stripped.split()
    kind = _is_head(words, 0)
    if kind is None or len(words) > 12 or any(w in _ISSUER_BAD for w in words):
        return None
    strength = 3 if kind == "org" else 1
    if kind == "position":
        words, named = _strip_name(words)
        if named:
            strength = 0
    return " ".join(words), strength, offset


def _verb_issuer(text: str, form: _Form, lo: int) -> tuple[str, int, tuple[int, int] | None] | None:
    """The issuer named before the verb that grants ``form`` (rules (b), (c), (d))."""
    anchor = form.count_before if form.count_before is not None else form.start
    pre = text[max(lo, anchor - _SUBJECT_WINDOW) : anchor]
    verb = _match.search(_GRANT_BEFORE_RE, pre, max(0, len(pre) - 60))
    if verb is None:
        return None
    subject = pre[: verb.start()]
    idx = subject.rfind("được ")
    if idx >= 0 and (idx == 0 or not subject[idx - 1].isalpha()):
        x = subject[idx + 5 :].strip(" \t,")
        inner = _match.search(_HAS_VERB_RE, x)
        if inner is not None:
            x = x[: inner.start()].strip(" \t,")
        words = x.split()
        if (
            words
            and len(words) <= 14
            and (x[:1].isupper() or _is_head(words, 0))
            and not any(w in _ISSUER_BAD for w in words)
        ):
            start = lo + idx + 5 + (len(subject[idx + 5 :]) - len(subject[idx + 5 :].lstrip()))
            return x, 4, (start, start + len(x))
    behalves = list(_match.finditer(_ON_BEHALF_RE, subject))
    if behalves:
        behalf = behalves[-1]
        x = " ".join(behalf.group("x").split())
        rest = subject[behalf.end("x") :]
        for segment in rest.split(",")[1:]:
            if _HEADS.get(segment.strip().lower()) != "org":
                break
            x += ", " + segment.strip()  # thay mặt lãnh đạo Đảng, Nhà nước, ...
        return x, 2, None
    adverbs = _match.search(_ADVERBS_END_RE, subject)
    if adverbs is not None:
        subject = subject[: adverbs.start()]
    if subject.rstrip().endswith(")") and "(" in subject:
        subject = subject[: subject.rfind("(")]  # Bí thư X (thứ tư từ trái sang) trao ...
    if _match.search(_ORGANISER_END_RE, subject):
        return None  # UBND tỉnh tổ chức lễ trao ...: the organiser, not the issuer
    found = _subject_issuer(subject)
    if found is None:
        return None
    x, strength, offset = found
    if strength < 3 and " ".join(verb.group("verb").lower().split()) in _PRESENT_VERBS:
        return None  # Phó Thủ tướng ... trao Huân chương: the presenter, not the issuer
    return x, strength, (lo + offset, lo + offset + len(x))


def _reason(analysis: Analysis, end: int, hi: int) -> str | None:
    """``vì đã có thành tích xuất sắc ...`` starting soon after ``end``, to the clause end
    (or a photo credit, or a bracket)."""
    text = analysis.content
    m = _match.search(_REASON_RE, text, end, min(hi, end + 60))
    if m is None:
        return None
    limit = min(hi, m.start() + 300)
    credit = analysis.photo_credit_between(m.end(), limit)
    limit = credit if credit is not None else limit
    bracket = _match.search(_BRACKET_RE, text, m.end(), limit)
    limit = bracket.start() if bracket else limit
    reason = " ".join(text[m.start() : limit].split()).rstrip(",.;:!?( -–")
    if reason.count("“") < reason.count("”") or reason.count('"') % 2:
        reason = reason.rstrip('”"')
    return reason or None


def _norm_issuer(issuer: str) -> str:
    return " ".join(issuer.lower().replace("ủy ban nhân dân", "ubnd").replace(".", " ").split())


@dataclass
class _Group:
    items: list[_Form]
    form: str
    key: str
    issuer: str | None
    strength: int
    counts: dict[str, int]
    reason: str | None
    name: str | None = None

    @classmethod
    def of(cls, item: _Form) -> _Group:
        return cls(
            [item],
            item.form,
            item.key,
            item.issuer,
            item.strength,
            dict(item.counts),
            item.reason,
            item.name,
        )

    def accepts(self, item: _Form) -> bool:
        a, b = self.key, item.key
        if not (a == b or a.startswith(b + " ") or b.startswith(a + " ")):
            return False
        for kind, n in item.counts.items():
            if self.counts.get(kind, n) != n:
                return False
        if self.issuer and item.issuer and self.strength >= 3 and item.strength >= 3:
            x, y = _norm_issuer(self.issuer), _norm_issuer(item.issuer)
            if x not in y and y not in x:
                return False
        return True

    def add(self, item: _Form) -> None:
        self.items.append(item)
        if len(item.form) > len(self.form):
            self.form, self.key = item.form, item.key
        for kind, n in item.counts.items():
            self.counts.setdefault(kind, n)
        if item.issuer and (
            item.strength > self.strength
            or (item.strength == self.strength and len(item.issuer) > len(self.issuer or ""))
        ):
            self.issuer, self.strength = item.issuer, item.strength
        self.reason = self.reason or item.reason
        self.name = self.name or item.name


def _span_of(item: _Form) -> tuple[int, int]:
    starts = [item.start] + [s for s, _ in item.count_spans]
    ends = [item.end] + [e for _, e in item.count_spans]
    if item.issuer_span is not None:
        starts.append(item.issuer_span[0])
        ends.append(item.issuer_span[1])
    return min(starts), max(ends)


def _may_have_awards(text: str) -> bool:
    """A quick test (plain substring search) before the form pattern runs at all."""
    lowered = text.lower()
    if "  " in lowered:
        lowered = " ".join(lowered.split())
    return any(hint in lowered for hint in _HINTS)


def find_awards(ctx: Context) -> list[Award]:
    """Every award decision in the content parts, one entry each; claims their counts."""
    if not _may_have_awards(ctx.text):
        return []
    text = ctx.content
    forms = _find_forms(ctx, text)
    if not forms:
        return []
    analysis = ctx.analysis
    forms = _given_forms(ctx, analysis, forms)
    if not forms:
        return []
    counts = [
        _Count(m.start(), m.end(), _read_counts(text, m.start(), m.end(), bool(m.group("other"))))
        for m in _match.finditer(COUNTS_RE, text)
    ]
    _attach_counts(analysis, forms, counts)
    previous: _Form | None = None
    for form in forms:
        lo, hi = analysis.clause(form.start)
        number = _match.search(_NUMBER_BEFORE_RE, _window(text, form.start, 12))
        if number is not None and "total" not in form.counts and not form.counts:
            form.counts["total"] = int(number.group("n").replace(".", ""))
            n_start = form.start - len(number.group())
            form.count_spans.append((n_start, n_start + len(number.group("n"))))
        after = _after_issuer(text, form)
        if after is not None:
            form.issuer, form.strength = after[0], 4
            form.issuer_span = (after[1], after[2])
        else:
            found = _verb_issuer(text, form, lo)
            if found is not None:
                form.issuer, form.strength, form.issuer_span = found
        if (
            form.issuer is None
            and previous is not None
            and previous.issuer is not None
            and previous.start >= lo
            and _match.search(_LIST_BETWEEN_RE, text[previous.end : form.start])
        ):
            form.issuer, form.strength = previous.issuer, previous.strength
        form.reason = _reason(analysis, _span_of(form)[1], hi)
        previous = form

    order = sorted(
        forms,
        key=lambda f: (-f.fullness(), analysis.kind_at(f.start) != "body", f.start),
    )
    groups: list[_Group] = []
    for item in order:
        for group in groups:
            if group.accepts(item):
                group.add(item)
                break
        else:
            groups.append(_Group.of(item))

    awards: list[Award] = []
    for group in sorted(groups, key=lambda g: min(i.start for i in g.items)):
        head = max(
            group.items,
            key=lambda f: (
                f.fullness(),
                f.strength,
                analysis.kind_at(f.start) == "body",
                -f.start,
            ),
        )
        if not (len(group.form) > len(head.form) and group.key.startswith(head.key)):
            group.form = head.form
        start, end = _span_of(head)
        item_text, span = ctx.item(start, end)
        mentions: list[TextSpan] = []
        seen = {span}
        for other in sorted(group.items, key=lambda f: f.start):
            if other is head:
                continue
            m_text, m_span = ctx.item(*_span_of(other))
            if m_span not in seen:
                seen.add(m_span)
                mentions.append(TextSpan(text=m_text, span=m_span))
        total = group.counts.get("total")
        collectives = group.counts.get("collectives")
        individuals = group.counts.get("individuals")
        if collectives is not None or individuals is not None:
            total = None
        awards.append(
            Award(
                form=group.form,
                name=group.name,
                issuer=group.issuer,
                collectives=collectives,
                individuals=individuals,
                total=total,
                reason=group.reason,
                text=item_text,
                span=span,
                mentions=mentions,
            )
        )
        ctx.accepted(_FORM_RULES[head.kind], "award", start, end)
        for item in group.items:
            ctx.claim("awards", item.start, item.end)
            for c_start, c_end in item.count_spans:
                ctx.claim("awards", c_start, c_end)
    return awards


def run(ctx: Context) -> None:
    """Fill ``ctx.doc.awards`` and claim the award counts."""
    ctx.doc.awards = find_awards(ctx)
