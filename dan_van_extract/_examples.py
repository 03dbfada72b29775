"""The shape of an extractor's example corpus (``<extractor>/examples.py``).

Each extractor keeps examples of its own: short sentences written in the genre's style
(never copied from an article), each with the value the extractor must give
(``POSITIVE``) or a phrase that must yield nothing (``NEGATIVE``). The tests run every
example; a known gap carries ``xfail`` with the reason and runs as a strict xfail, so a
fix that makes it pass is noticed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["Example"]


@dataclass(frozen=True)
class Example:
    """One example: the text, what must come out of it, and why it is here."""

    text: str
    expect: Any = None
    note: str = ""
    xfail: str | None = None

    @property
    def id(self) -> str:
        """A readable test id: the first words of the text."""
        words = self.text.split()
        return " ".join(words[:8]) + (" ..." if len(words) > 8 else "")
