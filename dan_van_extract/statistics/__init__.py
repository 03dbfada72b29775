"""The statistics extractor: see ``rules.py`` for the rules and ``examples.py`` for its corpus."""

from ..context import Stage
from .rules import run

__all__ = ["STAGE", "run"]

STAGE = Stage(
    "statistics",
    run,
    requires=("text", "layout", "analysis", "claims.dates", "claims.awards"),
    assigns=("doc.statistics",),
)
