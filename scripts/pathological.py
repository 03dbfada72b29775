"""Time ``extract`` on pathological inputs and report seconds per megabyte.

    python scripts/pathological.py [--mb 1]

Each input is built to trip a regular expression that backtracks or a loop that goes
quadratic: a megabyte without a space, long runs of digits with dots or slashes, one
title or award phrase repeated thousands of times, long runs of capitalised words, deep
parentheses, runs of combining marks, NUL and control characters. Cost must stay linear:
each line shows the time for ``--mb`` megabytes and for a quarter of it.

``extract`` refuses every one of them as pathological repetition (``RepetitiveInput``,
after one zlib pass); the last column shows how long that takes. The other columns time
the stages themselves on the text (``run_stages``, the refusal bypassed), so a rule that
backtracks or goes quadratic still shows here.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from dan_van_extract import RepetitiveInput, extract
from dan_van_extract.pipeline import run_stages

CASES: dict[str, Callable[[int], str]] = {
    "no space": lambda n: "á" * n,
    "digits and dots": lambda n: ("1234567." * (n // 8 + 1))[:n],
    "digits and slashes": lambda n: ("12/11/" * (n // 6 + 1))[:n],
    "digit run": lambda n: "9" * n,
    "title phrase repeated": lambda n: (
        "Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch UBND tỉnh " * (n // 50 + 1)
    )[:n],
    "award phrase repeated": lambda n: (
        "tặng Bằng khen cho 12 tập thể và 13 cá nhân, " * (n // 45 + 1)
    )[:n],
    "capitalised words": lambda n: ("Nguyễn Văn An Bình Định " * (n // 24 + 1))[:n],
    "titled names": lambda n: ("Chủ tịch Nguyễn Văn An Bình Định " * (n // 33 + 1))[:n],
    "run of dots": lambda n: "." * (n - 2) + " A",
    "deep parentheses": lambda n: "(" * (n // 2) + ")" * (n // 2),
    "combining marks": lambda n: "a" + "\u0301\u0323" * (n // 2),
    "NUL and controls": lambda n: ("\x00\x01\x02ab\x1f\x7f " * (n // 9 + 1))[:n],
    "dates repeated": lambda n: ("Ngày 23/11/2020, sáng 12-10 " * (n // 28 + 1))[:n],
    "numbers with units": lambda n: ("hơn 1.036 tỷ đồng, 35/71 xã; " * (n // 29 + 1))[:n],
    "lines of dashes": lambda n: ("- tin (15/09/2025, 19:55)\n" * (n // 26 + 1))[:n],
}


def run(n_chars: int) -> dict[str, float]:
    """Seconds the stages take on each input of ``n_chars`` characters."""
    out = {}
    for name, make in CASES.items():
        text = make(n_chars)
        t0 = time.perf_counter()
        run_stages(text, None, None)
        out[name] = time.perf_counter() - t0
    return out


def refusal(n_chars: int) -> dict[str, str]:
    """How ``extract`` answers each input: the time it takes to refuse it, or its time."""
    out = {}
    for name, make in CASES.items():
        text = make(n_chars)
        t0 = time.perf_counter()
        try:
            extract(text, max_chars=len(text) + 1, timeout=None)
            verdict = "read"
        except RepetitiveInput:
            verdict = "refused"
        out[name] = f"{verdict} {1000 * (time.perf_counter() - t0):.0f} ms"
    return out


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--mb", type=float, default=1.0)
    args = ap.parse_args()
    n = int(args.mb * 1_000_000)
    run_stages("Chủ tịch Nguyễn Văn An nói 12 người.", None, None)  # load the lexicons
    quarter = run(n // 4)
    full = run(n)
    answer = refusal(n)
    head = f"{'input':<24} {'s for ' + str(args.mb) + ' MB':>12} {'s per MB':>9} {'x vs 1/4':>9}"
    print(f"{head}  extract()")
    for name in CASES:
        ratio = full[name] / quarter[name] if quarter[name] > 0 else float("nan")
        print(
            f"{name:<24} {full[name]:12.3f} {full[name] / args.mb:9.3f} {ratio:9.2f}"
            f"  {answer[name]}"
        )
    worst = max(full, key=lambda k: full[k])
    print(f"slowest stages: {worst}: {full[worst] / args.mb:.3f} s per MB")


if __name__ == "__main__":
    main()
