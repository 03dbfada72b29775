"""The event extractor: see ``rules.py`` for the rules and ``examples.py`` for its corpus."""

from ..context import Stage
from .rules import run

__all__ = ["STAGE", "run"]

STAGE = Stage(
    "event",
    run,
    requires=("text", "layout", "analysis", "event_date", "doc.officials"),
    assigns=("doc.event",),
)
