"""Errors raised by :func:`dan_van_extract.extract`."""

from __future__ import annotations

__all__ = ["ExtractionTimeout", "InputTooLarge"]


class InputTooLarge(ValueError):
    """The input is longer than the configured maximum (``max_chars``)."""


class ExtractionTimeout(RuntimeError):
    """A rule took longer than the time budget: a backstop, never expected on real text."""
