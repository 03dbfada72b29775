"""The awards extractor: see ``rules.py`` for the rules and ``examples.py`` for its corpus."""

from ..context import Stage
from .extractor import run

__all__ = ["STAGE", "run"]

STAGE = Stage(
    "awards",
    run,
    requires=("text", "layout", "analysis"),
    assigns=("doc.awards", "claims.awards"),
)
