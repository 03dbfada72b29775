"""Coverage-guided fuzz target for ``extract`` (atheris), run by hand for minutes:

    pip install atheris
    python fuzz/fuzz_extract.py -max_total_time=600 -max_len=20000 fuzz/corpus

Every input is decoded as UTF-8 (bytes that are not UTF-8 must give ValueError); the
output must validate against docs/schema.json and every span must index the input.
The seed corpus is the fixtures (``fuzz/run.sh`` builds it). Without atheris the same
checks run under hypothesis: ``DVE_FUZZ_EXAMPLES=20000 pytest tests/test_robustness.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import jsonschema

from dan_van_extract import extract
from dan_van_extract.models import iter_text_spans

ROOT = Path(__file__).resolve().parent.parent
VALIDATOR = jsonschema.Draft202012Validator(
    json.loads((ROOT / "docs" / "schema.json").read_text(encoding="utf-8"))
)


def test_one_input(data: bytes) -> None:
    """The fuzz target: never a crash other than the documented errors."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            extract(data)
        except ValueError:
            return
        raise AssertionError("invalid UTF-8 bytes were accepted") from None
    doc = extract(text)
    errors = list(VALIDATOR.iter_errors(doc.model_dump(mode="json")))
    if errors:
        raise AssertionError(errors[0].message)
    for path, item_text, (s, e) in iter_text_spans(doc):
        if text[s:e] != item_text:
            raise AssertionError(f"untrue span at {path}: {text[s:e]!r} != {item_text!r}")


def main() -> None:
    import atheris  # type: ignore[import-not-found]

    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
