"""Rules of the metadata extractor: title, source, author, views."""

from __future__ import annotations

from ..models import TextSpan
from ..pipeline import Context


def run(ctx: Context) -> None:
    """Fill ``title`` (and its provenance) from the layout's title part."""
    part = ctx.layout.title
    if part is not None:
        text, span = ctx.item(part.start, part.end)
        ctx.doc.title = text
        ctx.doc.provenance.title = TextSpan(text=text, span=span)
