"""The metadata extractor: see ``rules.py`` for the rules and ``examples.py`` for its corpus."""

from ..context import Stage
from .rules import run

__all__ = ["STAGE", "run"]

STAGE = Stage(
    "metadata",
    run,
    requires=("text", "layout"),
    assigns=("doc.title", "doc.source", "doc.author", "doc.views", "doc.provenance"),
)
