"""Named rules, and the trace that :func:`dan_van_extract.explain` reads.

A rule is a named thing: a readable name (``awards.counts-after-cho``), what it does in
one sentence, and the pattern it runs when it has one. Each stage declares its rules in
its ``rules.py`` (the one place to look for the rule behind a behaviour) and applies
them in the modules beside it. While a :class:`Trace` is attached to the context, a
rule that produces an item or turns a candidate down says so, by name; the trace is how
``dan-van-extract explain`` answers "why was this found?" and "why was that missed?".
Without a trace the bookkeeping costs one attribute test.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import regex

from . import _match

__all__ = ["Rule", "Trace", "TraceRecord"]


@dataclass(frozen=True)
class Rule:
    """A named rule: ``name`` (``<stage>.<what-it-does>``), its ``description``, and the
    ``pattern`` it runs, if any (always through the time-budgeted helpers).

    >>> r = Rule("demo.digits", "Runs of digits.", regex.compile(r"\\d+"))
    >>> [m.group() for m in r.finditer("12 tập thể và 13 cá nhân")]
    ['12', '13']
    """

    name: str
    description: str
    pattern: regex.Pattern[str] | None = field(default=None, repr=False, compare=False)

    def _compiled(self) -> regex.Pattern[str]:
        if self.pattern is None:
            raise TypeError(f"rule {self.name} has no pattern")
        return self.pattern

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[regex.Match[str]]:
        """The pattern's matches in ``text[pos:endpos]``."""
        return _match.finditer(self._compiled(), text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        """The pattern's first match in ``text[pos:endpos]``."""
        return _match.search(self._compiled(), text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        """The pattern's match starting at ``pos``."""
        return _match.match(self._compiled(), text, pos, endpos)


@dataclass(frozen=True)
class TraceRecord:
    """One decision of a rule, with the span in the caller's original input."""

    rule: str
    kind: str
    span: tuple[int, int]
    accepted: bool


@dataclass
class Trace:
    """The decisions of the rules during one extraction, in the order they were made."""

    records: list[TraceRecord] = field(default_factory=list)

    def add(self, rule: Rule, kind: str, span: tuple[int, int], *, accepted: bool) -> None:
        """Record one decision."""
        self.records.append(TraceRecord(rule.name, kind, span, accepted))

    def rule_for(self, kind: str, span: tuple[int, int]) -> str | None:
        """The rule that produced the item of ``kind`` at ``span`` (the last one recorded)."""
        for rec in reversed(self.records):
            if rec.accepted and rec.kind == kind and rec.span == span:
                return rec.rule
        return None
