"""Cost per character of one long document: run by hand, not a test.

    python benchmarks/long_documents.py                 # ../shared/corpus/news.jsonl if present
    python benchmarks/long_documents.py corpus.jsonl --sizes 25000 1600000

Real articles are joined (a blank line between them) into one text of each size, the
way a long report or a whole-site dump reaches the library, and ``extract`` runs on it
once (after a warm-up on the smallest). Reports milliseconds, microseconds per character
and the ratio of the largest size's cost per character to the smallest's (target <= 1.5x:
time stays linear in the input's length).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from dan_van_extract import extract

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "news.jsonl"


def joined(texts: list[str], size: int) -> str:
    """Whole articles joined until ``size`` characters, cut at ``size``."""
    out: list[str] = []
    n = 0
    i = 0
    while n < size:
        t = texts[i % len(texts)]
        out.append(t)
        n += len(t) + 2
        i += 1
    return "\n\n".join(out)[:size]


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--sizes", type=int, nargs="+", default=[25_000, 100_000, 400_000, 1_600_000])
    args = ap.parse_args()
    if args.corpus.exists():
        lines = args.corpus.open(encoding="utf-8")
        texts = [json.loads(line)["text"] for line in lines if line.strip()]
    else:
        texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures").glob("*.txt"))]
    extract(joined(texts, args.sizes[0]), timeout=None)  # warm-up: lexicons load
    per_char = []
    print(f"{'chars':>10} {'ms':>10} {'µs/char':>8}")
    for size in args.sizes:
        text = joined(texts, size)
        t0 = time.perf_counter()
        extract(text, timeout=None, max_chars=len(text) + 1)
        secs = time.perf_counter() - t0
        per_char.append(secs / len(text) * 1e6)
        print(f"{len(text):>10,} {secs * 1000:>10.1f} {per_char[-1]:>8.3f}")
    ratio = per_char[-1] / per_char[0]
    print(f"cost per character, largest over smallest: {ratio:.2f}x  (target <= 1.5x)")


if __name__ == "__main__":
    main()
