"""What the stages of one extraction share: the text, its analysis, the results so far.

A stage is a sub-package (``metadata``, ``dates``, ...) whose ``STAGE`` is a :class:`Stage`:
a name, a ``run(ctx)`` function, and the names of what it reads (``requires``) and what it
writes (``assigns``), as spaCy's components declare theirs. The names are those of
:data:`PROVIDED` (set up before any stage runs) and of the context's fields below
(``doc.officials``, ``event_date``, ``claims.dates`` ...). The pipeline orders the stages
once; ``tests/test_architecture.py`` checks that the order satisfies every declaration and
that a stage writes nothing it does not declare.

Nothing here imports a stage, and no stage imports the pipeline: stages import this module.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from ._rules import Rule, Trace
from ._spans import SpanIndex
from .analysis import Analysis
from .layout import Layout
from .models import Document, EventDate
from .text import NormText

__all__ = ["CLAIM_KINDS", "PROVIDED", "Context", "Stage"]

PROVIDED = ("text", "layout", "analysis", "reference_date")
"""What every stage may read without another stage having run: the normal-form text, its
layout, the shared analysis (sentences, clauses, lead, captions, photo credits) and the
caller's reference date."""

CLAIM_KINDS = ("dates", "awards")
"""Who claims spans (``claims.<kind>``): numbers in them are not statistics."""


@dataclass(frozen=True)
class Stage:
    """One extractor: its name, its entry point, and what it reads and writes.

    >>> Stage("x", lambda ctx: None, requires=("layout",), assigns=("doc.title",)).name
    'x'
    """

    name: str
    run: Callable[[Context], None]
    requires: tuple[str, ...] = ()
    """Names of :data:`PROVIDED` and of what earlier stages assign."""
    assigns: tuple[str, ...] = ()
    """``doc.<field>``, a context field (``event_date``) or ``claims.<kind>``."""


@dataclass
class Context:
    """What the stages of one document share."""

    norm: NormText
    layout: Layout
    reference_date: dt.date | None = None
    """The publication date the caller knows, if any."""
    doc: Document = field(default_factory=Document)
    """The record being filled, one part per stage."""
    publication_date: dt.date | None = None
    """Set by ``dates``: the reference date, or the article's own publication date."""
    event_date: EventDate | None = None
    """Set by ``dates``: the main event's date; ``event`` puts it into ``doc.event``."""
    trace: Trace | None = None
    """When set (by :func:`dan_van_extract.explain`), rules record what they accept and
    reject."""
    claims: dict[str, SpanIndex] = field(default_factory=dict)
    """Normal-form spans taken by dates, periods, clock times and award counts, by who
    claimed them (:data:`CLAIM_KINDS`)."""

    @property
    def text(self) -> str:
        """The whole normal-form text."""
        return self.norm.text

    @property
    def content(self) -> str:
        """The normal-form text with header, meta, byline and furniture blanked out."""
        return self.layout.content

    @cached_property
    def analysis(self) -> Analysis:
        """Sentences, clauses, the lead, captions and photo credits, computed once."""
        return Analysis(self.layout)

    def item(self, start: int, end: int) -> tuple[str, tuple[int, int]]:
        """``(text, span)`` in the caller's original input for a normal-form span."""
        return self.norm.item(start, end)

    def claim(self, kind: str, start: int, end: int) -> None:
        """Mark a normal-form span as taken (statistics will not report numbers in it)."""
        index = self.claims.get(kind)
        if index is None:
            index = self.claims[kind] = SpanIndex()
        index.add(start, end)

    def is_claimed(self, start: int, end: int) -> bool:
        """Whether a normal-form span overlaps a claimed one (logarithmic time)."""
        return any(index.overlaps(start, end) for index in self.claims.values())

    def accepted(self, rule: Rule, kind: str, start: int, end: int) -> None:
        """Record that ``rule`` produced an item of ``kind`` at a normal-form span."""
        if self.trace is not None:
            self.trace.add(rule, kind, self.norm.span(start, end), accepted=True)

    def rejected(self, rule: Rule, kind: str, start: int, end: int) -> None:
        """Record that ``rule`` turned down a candidate of ``kind`` at a normal-form span."""
        if self.trace is not None:
            self.trace.add(rule, kind, self.norm.span(start, end), accepted=False)
