"""Shared test helpers: fixture loading and the span invariant."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from dan_van_extract.context import Context
from dan_van_extract.layout import segment
from dan_van_extract.models import Document, iter_text_spans
from dan_van_extract.text import NormText

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
ARTICLES = sorted(FIXTURES.glob("*.txt"))
PAGES = sorted((FIXTURES / "html").iterdir())  # web pages and a CMS export, for extract_html


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def read_repetitive(text: str, timeout: float = 20.0) -> Document:
    """The Document of ``text`` with every stage run as :func:`extract` runs them, past its
    refusal of pathological repetition (``pipeline.check_repetition``), so that a rule that
    backtracks or goes quadratic on repeated text still shows."""
    from dan_van_extract.pipeline import run_stages

    return run_stages(text, None, timeout).doc


def assert_spans_true(text: str, doc: Document) -> None:
    """``text[start:end] == item.text`` for every item with a span."""
    for path, item_text, (start, end) in iter_text_spans(doc):
        assert 0 <= start <= end <= len(text), (path, start, end)
        assert text[start:end] == item_text, (path, text[start:end], item_text)


@pytest.fixture(params=ARTICLES, ids=lambda p: p.stem)
def article(request: pytest.FixtureRequest) -> tuple[str, str]:
    """``(name, text)`` of each fixture article."""
    path: Path = request.param
    return path.stem, read(path)


def example_params(examples: list[Any]) -> list[Any]:
    """An extractor's example corpus as pytest params; a known gap (``xfail``) runs as a
    strict xfail, so a fix that makes it pass is noticed."""
    return [
        pytest.param(
            ex,
            id=ex.id,
            marks=[pytest.mark.xfail(reason=ex.xfail, strict=True)] if ex.xfail else [],
        )
        for ex in examples
    ]


def new_context(text: str, reference_date: dt.date | None = None) -> Context:
    """A fresh pipeline context for ``text``, to run one extractor stage alone."""
    norm = NormText(text)
    return Context(norm=norm, layout=segment(norm.text), reference_date=reference_date)
