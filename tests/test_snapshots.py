"""Snapshot tests: each fixture's output equals its hand-checked expected JSON.

The expected files in ``fixtures/expected/`` are updated deliberately, after reading the
difference, with ``python scripts/update_snapshots.py``.
"""

from __future__ import annotations

import json

from conftest import FIXTURES
from dan_van_extract import extract


def test_output_matches_the_checked_snapshot(article: tuple[str, str]) -> None:
    name, text = article
    expected_path = FIXTURES / "expected" / f"{name}.json"
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    assert extract(text).model_dump(mode="json") == expected
