"""The dates extractor: see ``rules.py`` for the rules and ``examples.py`` for its corpus."""

from ..context import Stage
from .rules import run

__all__ = ["STAGE", "run"]

STAGE = Stage(
    "dates",
    run,
    requires=("text", "layout", "analysis", "reference_date"),
    assigns=(
        "doc.published",
        "doc.dates",
        "doc.periods",
        "publication_date",
        "event_date",
        "claims.dates",
    ),
)
