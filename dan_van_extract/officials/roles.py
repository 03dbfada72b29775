"""Step 4 of the officials extractor: what each official did at the event.

Roles come from cues (``data/roles.tsv``) right after a mention (``chủ trì``, ``kết luận``,
``làm Trưởng đoàn``), opening its sentence (``Phát biểu kết luận, ...``, ``Tham dự ...
có ...``), or from ``dưới sự chủ trì của`` (chaired) or ``có sự tham dự của`` (attended)
before it. A cue that starts another word is
no cue (``data/role_anticues.tsv``: ``trao đổi`` is not ``trao``).
"""

from __future__ import annotations

import regex

from .. import _match, vocab
from .._spans import SpanIndex
from ..context import Context
from .lexicon import Lexicons
from .persons import Person

__all__ = ["roles_of"]

CHAIRED_BY_WINDOW = 40
"""How far before a mention ``dưới sự chủ trì của`` is looked for."""
ANTICUE_WINDOW = 20
"""How far after a cue the word that may unmake it is read."""

_CHAIRED_BY_RE = regex.compile(
    r"(?i)dưới[ \t]+sự[ \t]+(?:chủ[ \t]+trì|chủ[ \t]+tọa|điều[ \t]+hành)[ \t]+của[ \t]+"
    rf"(?:{vocab.forms_of_address_pattern()}[ \t]+)?$"
)
_ATTENDED_BY_RE = regex.compile(
    r"(?i)\bsự[ \t]+(?:tham[ \t]+dự|có[ \t]+mặt|hiện[ \t]+diện)[ \t]+của[ \t]+"
    rf"(?:{vocab.forms_of_address_pattern()}[ \t]+)?$"
)
_SPACE_LOWER_WORD_RE = regex.compile(r"[ \t]+(\p{Ll}[\p{L}\p{M}]*)")


def _cue_role(text: str, m: regex.Match[str], lex: Lexicons) -> str:
    """The role of a cue match, unless the cue starts another word (``trao đổi``)."""
    cue = m.group(1).lower()
    nxt = _match.match(_SPACE_LOWER_WORD_RE, text, m.end(1), m.end(1) + ANTICUE_WINDOW)
    if nxt and nxt.group(1).lower() in lex.role_anticues.get(" ".join(cue.split()), ()):
        return ""
    return lex.role_of.get(cue, "")


def roles_of(ctx: Context, person: Person, name_spans: SpanIndex, lex: Lexicons) -> list[str]:
    """The roles of one person, from every mention, each once, in order."""
    text = ctx.content
    roles: list[str] = []
    for span in person.spans:
        after = _match.match(lex.role_after_re, text, span.tail)
        if after:
            roles.append(_cue_role(text, after, lex))
        lo = max(0, span.lead - CHAIRED_BY_WINDOW)
        # Both phrases end with "của": a window without it (most) holds neither.
        if "của" in text[lo : span.lead].lower():
            if _match.search(_CHAIRED_BY_RE, text, lo, span.lead):
                roles.append("chủ trì")
            if _match.search(_ATTENDED_BY_RE, text, lo, span.lead):
                roles.append("dự")
        sentence_start = ctx.analysis.sentence(span.lead)[0]
        before = _match.match(lex.role_before_re, text, min(sentence_start, span.lead), span.lead)
        if before:
            role = _cue_role(text, before, lex)
            # "Phát biểu kết luận, A ..." speaks of the first person after the cue only;
            # "Tham dự có A, B, C" of all of them.
            if role == "dự" or not name_spans.overlaps(before.end(), span.lead):
                roles.append(role)
    out: list[str] = []
    for r in roles:
        if r and r not in out:
            out.append(r)
    return out
