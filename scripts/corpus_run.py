"""Run ``extract`` over every article of a JSONL corpus and report what went wrong.

    python scripts/corpus_run.py                          # ../shared/corpus/news.jsonl
    python scripts/corpus_run.py corpus.jsonl --slowest 10 --json report.json

For each article (``{"id", "text"}`` per line) it checks that ``extract`` does not raise,
that the output validates against ``docs/schema.json``, that ``input[start:end] == text``
for every item with a span, and that a second run gives the same output. It prints the
crashes, the untrue spans, the schema failures and the slowest inputs (timed on the second
run, once the lexicons are loaded), and exits 1 if anything failed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpus" / "news.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--slowest", type=int, default=5)
    ap.add_argument("--json", type=Path, help="also write the report as JSON here")
    args = ap.parse_args()

    import jsonschema

    from dan_van_extract import extract
    from dan_van_extract.models import iter_text_spans

    schema = json.loads((ROOT / "docs" / "schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    crashes: list[dict[str, str]] = []
    untrue: list[dict[str, object]] = []
    invalid: list[dict[str, str]] = []
    unstable: list[str] = []
    times: list[tuple[float, str, int]] = []
    n = 0
    for line in args.corpus.open(encoding="utf-8"):
        if not line.strip():
            continue
        rec = json.loads(line)
        ident, text = str(rec.get("id", n)), rec["text"]
        n += 1
        try:
            doc = extract(text)
        except Exception:  # noqa: BLE001 - this script's job is to report every crash
            crashes.append({"id": ident, "error": traceback.format_exc(limit=4)})
            continue
        for path, item_text, (s, e) in iter_text_spans(doc):
            if text[s:e] != item_text:
                untrue.append({"id": ident, "path": path, "span": [s, e], "text": item_text})
        errors = list(validator.iter_errors(doc.model_dump(mode="json")))
        if errors:
            invalid.append({"id": ident, "error": errors[0].message})
        # The second run is timed: lexicons load on first use, so the first is not typical.
        t0 = time.perf_counter()
        again = extract(text)
        times.append((time.perf_counter() - t0, ident, len(text)))
        if again != doc:
            unstable.append(ident)
    times.sort(reverse=True)
    total = sum(t for t, _i, _n in times)
    print(
        f"{n} articles, {len(crashes)} crashes, {len(untrue)} untrue spans, "
        f"{len(invalid)} schema failures, {len(unstable)} unstable outputs; "
        f"{1000 * total / max(1, len(times)):.2f} ms/article on average"
    )
    for c in crashes[:10]:
        print(f"CRASH {c['id']}\n{c['error']}")
    for u in untrue[:10]:
        print(f"UNTRUE SPAN {u}")
    for v in invalid[:10]:
        print(f"SCHEMA {v}")
    print("slowest:")
    for t, ident, size in times[: args.slowest]:
        print(f"  {1000 * t:8.2f} ms  {size:7d} chars  {ident}")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "articles": n,
                    "crashes": crashes,
                    "untrue_spans": untrue,
                    "schema_failures": invalid,
                    "unstable": unstable,
                    "slowest": [
                        {"ms": 1000 * t, "chars": s, "id": i} for t, i, s in times[: args.slowest]
                    ],
                },
                ensure_ascii=False,
                indent=1,
            ),
            encoding="utf-8",
        )
    return 1 if crashes or untrue or invalid or unstable else 0


if __name__ == "__main__":
    sys.exit(main())
