"""The metadata extractor: see ``rules.py`` for the rules and ``examples.py`` for its corpus."""

from .rules import run

__all__ = ["run"]
