"""Rewrite fixtures/expected/*.json from the current extractor output.

Run it deliberately, after reading what changed (``git diff fixtures/expected``):

    python scripts/update_snapshots.py
"""

from __future__ import annotations

import json
from pathlib import Path

from dan_van_extract import extract

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    out_dir = ROOT / "fixtures" / "expected"
    out_dir.mkdir(exist_ok=True)
    for path in sorted((ROOT / "fixtures").glob("*.txt")):
        doc = extract(path.read_text(encoding="utf-8"))
        data = json.dumps(doc.model_dump(mode="json"), ensure_ascii=False, indent=1)
        (out_dir / f"{path.stem}.json").write_text(data + "\n", encoding="utf-8")
        print(f"wrote {out_dir / path.stem}.json")


if __name__ == "__main__":
    main()
