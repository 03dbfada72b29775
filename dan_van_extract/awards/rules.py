"""Rules of the awards extractor."""

from __future__ import annotations

from ..pipeline import Context


def run(ctx: Context) -> None:
    """Fill this extractor's fields of ``ctx.doc``."""
    return None
