"""Errors raised by :func:`dan_van_extract.extract`, and the warning it gives for HTML."""

from __future__ import annotations

__all__ = ["ExtractionTimeout", "InputTooLarge", "MarkupWarning"]


class InputTooLarge(ValueError):
    """The input is longer than the configured maximum (``max_chars``)."""


class ExtractionTimeout(RuntimeError):
    """A rule took longer than the time budget: a backstop, never expected on real text."""


class MarkupWarning(UserWarning):
    """:func:`~dan_van_extract.extract` was given HTML: tags and entities would be read
    as words. Pass the page to :func:`~dan_van_extract.extract_html` instead."""
