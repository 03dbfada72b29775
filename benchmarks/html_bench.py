"""What reading HTML costs next to extraction: ``python benchmarks/html_bench.py [FILE...]``.

For each page (by default the bundled ``fixtures/html/`` pages; name web pages or CMS
exports to measure your own), times the HTML conversion (:func:`dan_van_extract.markup.
convert`: tokenizing, furniture removal, layout, the offset map) and the extraction of
the text it gives (what :func:`~dan_van_extract.extract` does), best of ``--repeat`` runs
each, and prints both and the conversion's cost as a share of the extraction's.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dan_van_extract import extract  # noqa: E402
from dan_van_extract.markup import convert  # noqa: E402


def best(func: Callable[[], object], repeat: int) -> float:
    """The fastest of ``repeat`` runs of ``func``, in seconds."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        func()
        times.append(time.perf_counter() - t0)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path, help="pages (default: fixtures/html/*)")
    ap.add_argument("--repeat", type=int, default=7, help="runs of each, the best kept")
    args = ap.parse_args(argv)
    files = args.files or sorted((ROOT / "fixtures" / "html").iterdir())
    extract("Tiêu đề\n\nÔng A – Bí thư Huyện ủy.")  # load the lexicons once, untimed
    total_conv = total_ext = 0.0
    print(f"{'page':<48} {'html chars':>10} {'convert ms':>10} {'extract ms':>10} {'share':>7}")
    for path in files:
        html = path.read_text(encoding="utf-8")
        text = convert(html).text
        conv = best(lambda html=html: convert(html), args.repeat)  # type: ignore[misc]
        ext = best(lambda text=text: extract(text), args.repeat)  # type: ignore[misc]
        total_conv += conv
        total_ext += ext
        name = path.name if len(path.name) <= 48 else path.name[:45] + "..."
        times = f"{conv * 1e3:>10.2f} {ext * 1e3:>10.2f} {conv / ext:>7.1%}"
        print(f"{name:<48} {len(html):>10,} {times}")
    print(
        f"{'all ' + str(len(files)) + ' pages':<48} {'':>10} {total_conv * 1e3:>10.2f} "
        f"{total_ext * 1e3:>10.2f} {total_conv / total_ext:>7.1%}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
