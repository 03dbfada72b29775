"""The public API: extract(), bad input, the schema, the span invariant on every fixture."""

from __future__ import annotations

import json

import jsonschema
import pytest

import dan_van_extract
from conftest import ROOT, assert_spans_true
from dan_van_extract import Document, InputTooLarge, extract
from dan_van_extract.models import SCHEMA_VERSION


@pytest.mark.parametrize("bad", [None, 42, 3.5, ["a"], {"text": "x"}, object()])
def test_non_string_raises_type_error_naming_the_type(bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        extract(bad)  # type: ignore[arg-type]


def test_bytes_are_decoded_as_utf8() -> None:
    doc = extract("Ban Dân vận Tỉnh ủy làm việc với Huyện ủy\n\nNội dung bài.".encode())
    assert doc.title == "Ban Dân vận Tỉnh ủy làm việc với Huyện ủy"


def test_invalid_utf8_raises_value_error() -> None:
    with pytest.raises(ValueError, match="UTF-8"):
        extract(b"\xff\xfe\x00abc")


@pytest.mark.parametrize("blank", ["", "   ", "\n\n\t \u00a0\n", "\u200b"])
def test_blank_text_gives_an_empty_document(blank: str) -> None:
    doc = extract(blank)
    assert doc == Document()
    assert doc.schema_version == SCHEMA_VERSION


def test_input_over_max_chars_is_refused_clearly() -> None:
    with pytest.raises(InputTooLarge, match="max_chars"):
        extract("a" * 101, max_chars=100)
    assert isinstance(InputTooLarge("x"), ValueError)


def test_bad_reference_date_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="reference_date"):
        extract("Tiêu đề\n\nNội dung.", reference_date="23/02/2024")


def test_fixture_output_validates_and_spans_are_true(article: tuple[str, str]) -> None:
    _name, text = article
    doc = extract(text)
    schema = json.loads((ROOT / "docs" / "schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(doc.model_dump(mode="json"), schema)
    assert_spans_true(text, doc)
    # The same input gives the same output.
    assert extract(text) == doc


def test_published_schema_is_current() -> None:
    """docs/schema.json is what Document.model_json_schema() says (regenerate it with
    `dan-van-extract schema > docs/schema.json`)."""
    on_disk = json.loads((ROOT / "docs" / "schema.json").read_text(encoding="utf-8"))
    assert on_disk == Document.model_json_schema()


def test_public_surface_is_small() -> None:
    assert set(dan_van_extract.__all__) == {
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
    }
    with pytest.raises(AttributeError):
        _ = dan_van_extract.nothing_here  # type: ignore[attr-defined]
