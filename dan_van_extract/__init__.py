"""dan_van_extract: structured records from Vietnamese news about công tác dân vận.

>>> from dan_van_extract import extract
>>> doc = extract(open("fixtures/004_893ddebd528b08a1.txt", encoding="utf-8").read())
>>> doc.title
'Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Tu Mơ Rông'

The public surface is small: :func:`extract`, :func:`extract_html` (web pages and CMS
exports), :func:`extract_many`, :func:`explain`
(every item with the rule behind it), :class:`Document` and its parts in
:mod:`dan_van_extract.models`, the errors in :mod:`dan_van_extract.errors`,
:func:`to_frames` (pandas tables, the ``tables`` extra) and :func:`to_html` (a review
page). Rules are compiled on first use, so the import is cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Document",
    "ExtractionTimeout",
    "InputTooLarge",
    "MarkupWarning",
    "RepetitiveInput",
    "__version__",
    "explain",
    "extract",
    "extract_html",
    "extract_many",
    "to_frames",
    "to_html",
]

if TYPE_CHECKING:
    from .batch import extract_many
    from .errors import ExtractionTimeout, InputTooLarge, MarkupWarning, RepetitiveInput
    from .explainer import explain
    from .models import Document
    from .pipeline import extract, extract_html
    from .review import to_html
    from .tables import to_frames

_LAZY = {
    "extract": ("pipeline", "extract"),
    "extract_html": ("pipeline", "extract_html"),
    "MarkupWarning": ("errors", "MarkupWarning"),
    "extract_many": ("batch", "extract_many"),
    "explain": ("explainer", "explain"),
    "Document": ("models", "Document"),
    "ExtractionTimeout": ("errors", "ExtractionTimeout"),
    "InputTooLarge": ("errors", "InputTooLarge"),
    "RepetitiveInput": ("errors", "RepetitiveInput"),
    "to_frames": ("tables", "to_frames"),
    "to_html": ("review", "to_html"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        module, attr = _LAZY[name]
        value = getattr(import_module(f".{module}", __name__), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'dan_van_extract' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
