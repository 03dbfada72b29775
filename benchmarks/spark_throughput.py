"""Spark throughput benchmark: run by hand, not a test (needs the ``spark`` extra and Java).

    python benchmarks/spark_throughput.py                        # ../shared/corpus/news.jsonl
    python benchmarks/spark_throughput.py corpus.jsonl --cores 4

The same JSONL articles (``{"id", "text"}`` per line) go through

* ``extract_many(..., workers=N)`` (a process pool; ``workers=1`` as the one-core baseline);
* Spark in local mode with N cores (``local[N]``): read the JSONL, repartition to 2N,
  :func:`dan_van_extract.spark.extract_dataframe`, and write. The first run includes
  starting the Python workers and compiling the rules in each ("cold"); the later runs
  reuse them ("warm"); the last one writes Parquet instead of the ``noop`` sink.

With ``--repeat R`` the warm Spark run and ``extract_many`` alternate R times (best of R
reported), so that a machine shared with other work affects both alike; the load average
is printed next to each figure. Prints docs/s for each. The session's start-up (JVM,
about 10 s) is printed apart: it is paid once per job, not per article.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "news.jsonl"


def load(path: Path) -> list[tuple[str, str]]:
    """``(id, text)`` of each line of a JSONL corpus."""
    rows: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                rec = json.loads(line)
                rows.append((str(rec.get("id", n)), rec["text"]))
    return rows


def report(label: str, n: int, secs: float, extra: str = "") -> None:
    """One result line: documents, seconds, docs/s, and the 1-minute load average."""
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"{label:<46} {n:>6} docs in {secs:7.2f} s = {n / secs:7.1f} docs/s"
        f"  (load {load:.1f}){extra}"
    )


def bench_extract_many(rows: list[tuple[str, str]], workers: int) -> float:
    """Seconds for ``extract_many`` over ``rows`` (pool start-up included)."""
    from dan_van_extract import extract_many

    t0 = time.perf_counter()
    failed = sum(1 for r in extract_many(rows, workers=workers) if not r.ok)
    secs = time.perf_counter() - t0
    report(f"extract_many workers={workers}", len(rows), secs, f"  {failed} errors")
    return secs


def start_spark(cores: int) -> SparkSession:
    """A ``local[cores]`` session without UI or progress bars."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    t0 = time.perf_counter()
    spark = (
        SparkSession.builder.master(f"local[{cores}]")
        .appName("dan_van_extract-bench")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", str(2 * cores))
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    print(f"{'spark session start-up (JVM)':<46} {time.perf_counter() - t0:7.2f} s")
    return spark


def bench_spark(
    spark: SparkSession, path: Path, cores: int, n: int, label: str, sink: Callable[..., None]
) -> float:
    """Seconds for one Spark run: read the JSONL, repartition to 2N, extract, write."""
    from dan_van_extract.spark import extract_dataframe

    t0 = time.perf_counter()
    df = spark.read.schema("id string, text string").json(str(path))
    sink(extract_dataframe(df.repartition(2 * cores)))
    secs = time.perf_counter() - t0
    report(f"spark local[{cores}] ({label})", n, secs)
    return secs


def _noop(df: DataFrame) -> None:
    """Run the whole plan and drop the rows (Spark's ``noop`` sink)."""
    df.write.format("noop").mode("overwrite").save()


def _parquet(path: str) -> Callable[[DataFrame], None]:
    """A sink writing Parquet to ``path``."""

    def write(df: DataFrame) -> None:
        df.write.parquet(path)

    return write


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; the exit status."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS, help="JSONL corpus")
    ap.add_argument("--cores", type=int, default=2, help="Spark cores and workers (default 2)")
    ap.add_argument("--repeat", type=int, default=1, help="alternating warm runs (default 1)")
    ap.add_argument(
        "--no-baseline", action="store_true", help="skip the one-process extract_many run"
    )
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"{args.corpus}: no such file", file=sys.stderr)
        return 2
    rows = load(args.corpus)
    n = len(rows)
    mb = sum(len(t.encode("utf-8")) for _, t in rows) / 1e6
    print(f"corpus: {args.corpus} ({n} articles, {mb:.1f} MB of text)")
    print(f"cores: {args.cores} (machine has {os.cpu_count()})")
    spark = start_spark(args.cores)
    try:
        bench_spark(spark, args.corpus, args.cores, n, "cold workers, noop sink", _noop)
        best_spark = best_many = float("inf")
        for _ in range(args.repeat):
            best_many = min(best_many, bench_extract_many(rows, args.cores))
            secs = bench_spark(spark, args.corpus, args.cores, n, "warm workers, noop sink", _noop)
            best_spark = min(best_spark, secs)
        with tempfile.TemporaryDirectory() as tmp:
            out = str(Path(tmp) / "out.parquet")
            bench_spark(spark, args.corpus, args.cores, n, "warm workers, Parquet", _parquet(out))
            failed = spark.read.parquet(out).where("error IS NOT NULL").count()
            print(f"{'spark rows with an error':<46} {failed:>6}")
    finally:
        spark.stop()
    if not args.no_baseline:
        bench_extract_many(rows, 1)
    print(
        f"best of {args.repeat}: spark local[{args.cores}] {n / best_spark:.1f} docs/s, "
        f"extract_many workers={args.cores} {n / best_many:.1f} docs/s "
        f"(spark/extract_many = {best_many / best_spark:.2f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
