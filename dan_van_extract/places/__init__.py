"""The places extractor: see ``rules.py`` for the rules and ``examples.py`` for its corpus."""

from ..context import Stage
from .rules import run

__all__ = ["STAGE", "run"]

STAGE = Stage(
    "places",
    run,
    requires=("text", "layout", "analysis", "reference_date", "doc.source", "doc.published"),
    assigns=("doc.locations", "doc.province"),
)
