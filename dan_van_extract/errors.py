"""Errors raised by :func:`dan_van_extract.extract`, and the warning it gives for HTML."""

from __future__ import annotations

__all__ = ["ExtractionTimeout", "InputTooLarge", "MarkupWarning", "RepetitiveInput"]


class InputTooLarge(ValueError):
    """The input is longer than the configured maximum (``max_chars``)."""


class RepetitiveInput(ValueError):
    """The input is pathological repetition: a long text made of one short phrase (or a few)
    repeated thousands of times, which no article is. It is refused before any rule runs,
    since its density of candidates (a titled name every 30 characters) costs time
    for nothing."""


class ExtractionTimeout(RuntimeError):
    """A rule took longer than the time budget: a backstop, never expected on real text."""


class MarkupWarning(UserWarning):
    """:func:`~dan_van_extract.extract` was given HTML: tags and entities would be read
    as words. Pass the page to :func:`~dan_van_extract.extract_html` instead."""
