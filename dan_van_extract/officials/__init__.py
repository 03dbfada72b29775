"""The officials extractor: ``rules.py`` names its rules, ``extractor.py`` composes its steps
(``names``, ``titles``, ``persons``, ``roles``), ``examples.py`` is its corpus."""

from ..context import Stage
from .extractor import run

__all__ = ["STAGE", "run"]

STAGE = Stage(
    "officials",
    run,
    requires=("text", "layout", "analysis"),
    assigns=("doc.officials",),
)
