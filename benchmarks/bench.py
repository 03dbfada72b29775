"""Throughput benchmark: run by hand, not a test.

    python benchmarks/bench.py                      # ../shared/corpus/news.jsonl if present
    python benchmarks/bench.py corpus.jsonl --workers 2 --profile

Reports, from one run over the same texts:

* articles per second and MB/s of ``extract`` on one core;
* a *floor* pass over the same texts (NFC plus one compiled ``regex`` scan for digit
  runs) and the ratio extract/floor, which holds across machines where seconds don't;
* growth with document size: one text and the same text four times over;
* peak memory (max RSS) of the whole run, and the import time of the package;
* ``extract_many`` with ``--workers`` processes against one;
* optionally (``pip install '.[bench]'`` plus the peers) the same texts through
  ``dateparser.search_dates`` and ``underthesea.ner`` as ratios;
* with ``--profile``, the top entries of a profile (pyinstrument if installed, else
  cProfile).

Targets: extract/floor <= 20x; 4x the text <= 4.4x the time; import < 150 ms; peak
memory < 150 MB over the 3,000 articles; two workers >= 1.8x one.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "news.jsonl"


def load_texts(path: Path | None) -> tuple[list[str], str]:
    """The corpus texts, and where they came from."""
    if path is not None and path.exists():
        texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
        return texts, str(path)
    fixtures = sorted((ROOT / "fixtures").glob("*.txt"))
    base = [f.read_text(encoding="utf-8") for f in fixtures]
    return base * 600, f"fixtures x600 ({len(base)} files)"


def timed(fn: Callable[[], object], repeat: int = 1) -> float:
    """Best wall time of ``repeat`` runs."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def import_time() -> float:
    """Median seconds to import the package in a fresh interpreter (5 runs)."""
    code = (
        "import time; t=time.perf_counter(); import dan_van_extract; print(time.perf_counter()-t)"
    )
    runs = []
    for _ in range(5):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
        )
        runs.append(float(out.stdout.strip()))
    return statistics.median(runs)


def peak_memory(corpus: Path) -> float:
    """Max RSS in MB of a fresh process that extracts every article, keeping none."""
    code = (
        "import json, resource, sys\n"
        "from dan_van_extract import extract\n"
        "path = sys.argv[1]\n"
        "for line in open(path, encoding='utf-8'):\n"
        "    extract(json.loads(line)['text'])\n"
        # VmHWM: ru_maxrss would carry the parent's peak over the fork on Linux.
        "hwm = [ln for ln in open('/proc/self/status') if ln.startswith('VmHWM')]\n"
        "print(int(hwm[0].split()[1]) / 1024 if hwm else "
        "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)\n"
    )
    path = corpus if corpus.exists() else ROOT / "fixtures" / "000_a9fb934fb6383248.txt"
    if not corpus.exists():
        return float("nan")
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return float(out.stdout.strip())


def first_call_time() -> float:
    """Seconds for import plus the first extract (lexicons load on first use)."""
    code = (
        "import time; t=time.perf_counter(); import dan_van_extract as d; "
        "d.extract('Tiêu đề\\n\\nNgày 23/11, đồng chí Lê Văn A, Bí thư Tỉnh ủy phát biểu.'); "
        "print(time.perf_counter()-t)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return float(out.stdout.strip())


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--profile", action="store_true", help="print the top profile entries")
    ap.add_argument("--peers", action="store_true", help="also time dateparser and underthesea")
    args = ap.parse_args()

    import regex

    from dan_van_extract import extract, extract_many

    texts, origin = load_texts(args.corpus)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"corpus: {origin}: {len(texts)} articles, {mb:.2f} MB")

    for t in texts[:50]:  # warm up: lexicons load and patterns compile on first use
        extract(t)

    t_extract = timed(lambda: [extract(t) for t in texts])
    digits = regex.compile(r"\d+")

    def floor() -> None:
        for t in texts:
            s = unicodedata.normalize("NFC", t)
            for _m in digits.finditer(s):
                pass

    t_floor = timed(floor, repeat=3)
    n = len(texts)
    print(
        f"extract:   {n / t_extract:8.0f} articles/s  {mb / t_extract:6.2f} MB/s  "
        f"{1000 * t_extract / n:.3f} ms/article"
    )
    print(f"floor:     {n / t_floor:8.0f} articles/s  (NFC + one regex scan for digit runs)")
    print(f"ratio extract/floor: {t_extract / t_floor:.1f}x  (target <= 20x)")

    sizes = sorted(texts, key=len)
    one = sizes[len(sizes) // 2]
    four = "\n".join([one] * 4)
    reps = 200
    t1 = timed(lambda: [extract(one) for _ in range(reps)], repeat=3)
    t4 = timed(lambda: [extract(four) for _ in range(reps)], repeat=3)
    print(
        f"growth: {len(one)} chars {1000 * t1 / reps:.3f} ms, 4x ({len(four)} chars) "
        f"{1000 * t4 / reps:.3f} ms: {t4 / t1:.2f}x  (target <= 4.4x)"
    )

    t_one = timed(lambda: list(extract_many(texts, workers=1)))
    # Results as JSON (what the batch command writes) and with every document parsed.
    t_par = timed(lambda: [r.document_json for r in extract_many(texts, workers=args.workers)])
    t_doc = timed(lambda: [r.document for r in extract_many(texts, workers=args.workers)])
    print(
        f"extract_many: 1 worker {n / t_one:.0f}/s, {args.workers} workers "
        f"{n / t_par:.0f}/s: {t_one / t_par:.2f}x  (target >= 1.8x on 2 cores; "
        f"{os.cpu_count()} cores here); with every document parsed back in this process "
        f"{n / t_doc:.0f}/s: {t_one / t_doc:.2f}x"
    )

    print(
        f"import: {1000 * import_time():.1f} ms  (target < 150 ms); "
        f"import + first extract: {1000 * first_call_time():.0f} ms"
    )
    print(
        f"peak memory (max RSS, streaming the corpus through extract in a fresh process): "
        f"{peak_memory(args.corpus):.0f} MB  (target < 150 MB)"
    )

    if args.peers:
        sample = texts[:200]
        t_ours = timed(lambda: [extract(t) for t in sample])
        try:
            from dateparser.search import search_dates

            t_dp = timed(lambda: [search_dates(t, languages=["vi"]) for t in sample])
            print(
                f"dateparser.search_dates: {1000 * t_dp / len(sample):.1f} ms/article, "
                f"{t_dp / t_ours:.0f}x extract"
            )
        except ImportError:
            print("dateparser not installed (pip install dateparser)")
        try:
            from underthesea import ner

            t_ut = timed(lambda: [ner(t[:2000]) for t in sample])
            print(
                f"underthesea.ner: {1000 * t_ut / len(sample):.1f} ms/article, "
                f"{t_ut / t_ours:.0f}x extract"
            )
        except ImportError:
            print("underthesea not installed (pip install underthesea)")

    if args.profile:
        profile(texts[:1500], extract)


def profile(texts: list[str], extract: Callable[[str], object]) -> None:
    """Top entries of a profile of ``extract`` over ``texts``."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        for t in texts:
            extract(t)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(15)
        return
    profiler = Profiler(interval=0.0005)
    profiler.start()
    for t in texts:
        extract(t)
    profiler.stop()
    print(profiler.output_text(unicode=True, color=False, show_all=False))


if __name__ == "__main__":
    main()
