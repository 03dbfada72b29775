"""Command line: ``dan-van-extract FILE...``, ``batch``, ``spark``, ``schema``, ``explain``.

Examples::

    dan-van-extract fixtures/004_893ddebd528b08a1.txt --pretty   # one JSON document
    dan-van-extract fixtures/                                    # JSON Lines, one per file
    cat article.txt | dan-van-extract -                          # stdin
    dan-van-extract articles.jsonl                               # {"id", "text"} per line
    dan-van-extract batch corpus.jsonl -o out.jsonl --workers 2 --resume
    dan-van-extract spark corpus.jsonl out.parquet --master 'local[2]'
    dan-van-extract schema > schema.json
    dan-van-extract explain article.txt                          # each item and its rule
    dan-van-extract table out.jsonl --to parquet tables/         # records -> tables
    dan-van-extract review article.txt -o review.html            # items marked in the text

A file that cannot be read or is not UTF-8 gets a one-line error on stderr naming it;
the others are still processed, and the exit status is 1.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

PROG = "dan-van-extract"


class _InputError(Exception):
    """A file that cannot be used: reported on one line, then the run goes on."""


def _err(msg: str) -> None:
    print(f"{PROG}: error: {msg}", file=sys.stderr)


def _read_text(path: str) -> str:
    if path == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        name = path
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise _InputError(f"{name}: cannot read: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _InputError(f"{name}: not UTF-8 (bad byte at offset {exc.start})") from None


def _iter_jsonl(path: str) -> Iterator[tuple[str, object]]:
    """``(id, text)`` from a JSON Lines file of ``{"id", "text"}`` objects."""
    for n, line in enumerate(_read_text(path).splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield f"{path}:{n}", _InputError(f"{path}:{n}: not JSON: {exc.msg}")
            continue
        if not isinstance(rec, dict) or "text" not in rec:
            yield f"{path}:{n}", _InputError(f'{path}:{n}: expected an object with "text"')
            continue
        yield str(rec.get("id", f"{path}:{n}")), rec["text"]


def _iter_inputs(paths: Sequence[str]) -> Iterator[tuple[str, object]]:
    """``(id, text or _InputError)`` for files, folders (``*.txt``), JSONL files, stdin."""
    for path in paths:
        if path != "-" and Path(path).is_dir():
            files = sorted(p for p in Path(path).rglob("*.txt") if p.is_file())
            if not files:
                yield path, _InputError(f"{path}: folder has no .txt files")
            for f in files:
                yield from _iter_inputs([str(f)])
        elif path.endswith(".jsonl"):
            try:
                yield from _iter_jsonl(path)
            except _InputError as exc:
                yield path, exc
        else:
            try:
                yield path, _read_text(path)
            except _InputError as exc:
                yield path, exc


def _dump(obj: Any, pretty: bool) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2 if pretty else None)


def _cmd_extract(args: argparse.Namespace) -> int:
    from .pipeline import extract

    inputs = list(_iter_inputs(args.files))
    many = args.jsonl or len(inputs) != 1 or any(f.endswith(".jsonl") for f in args.files)
    failed = False
    for ident, text in inputs:
        if isinstance(text, _InputError):
            _err(str(text))
            failed = True
            continue
        try:
            doc = extract(text, reference_date=args.reference_date)  # type: ignore[arg-type]
        except (TypeError, ValueError, RuntimeError) as exc:
            _err(f"{ident}: {exc}")
            failed = True
            continue
        data = doc.model_dump(mode="json")
        if many:
            print(_dump({"id": ident, "document": data, "error": None}, False))
        else:
            print(_dump(data, args.pretty))
    return 1 if failed else 0


def _cmd_schema(args: argparse.Namespace) -> int:
    from .models import Document

    print(json.dumps(Document.model_json_schema(), ensure_ascii=False, indent=2))
    return 0


class _Progress:
    """A one-line progress bar with rate and ETA on a terminal; silent in a pipe."""

    def __init__(self, total: int | None, stream: TextIO, enabled: bool) -> None:
        self.total, self.stream, self.enabled = total, stream, enabled
        self.done = 0
        self.t0 = time.monotonic()
        self._last = 0.0

    def step(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if self.enabled and (now - self._last > 0.2 or self.done == self.total):
            self._last = now
            rate = self.done / max(now - self.t0, 1e-9)
            if self.total:
                frac = self.done / self.total
                bar = "#" * int(frac * 30)
                eta = (self.total - self.done) / rate if rate else 0.0
                line = f"\r[{bar:<30}] {self.done}/{self.total} {rate:,.0f} docs/s ETA {eta:,.0f}s"
            else:
                line = f"\r{self.done} docs {rate:,.0f} docs/s"
            self.stream.write(line)
            self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()


def _batch_inputs(
    path: str,
) -> tuple[list[tuple[str, object]] | None, Iterator[tuple[str, object]]]:
    p = Path(path)
    if p.is_dir():
        files = sorted(f for f in p.rglob("*.txt") if f.is_file())
        ids = [str(f.relative_to(p)) for f in files]

        def gen() -> Iterator[tuple[str, object]]:
            for ident, f in zip(ids, files, strict=True):
                try:
                    yield ident, _read_text(str(f))
                except _InputError as exc:
                    yield ident, exc

        return [(i, None) for i in ids], gen()
    if not p.exists():
        raise _InputError(f"{path}: no such file or folder")
    return None, _iter_jsonl(path)


def _done_ids(out: Path) -> set[str]:
    done: set[str] = set()
    if not out.exists():
        return done
    with out.open(encoding="utf-8") as fh:
        for line in fh:
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                continue  # a line cut short by an interrupted run: redo that document
            if isinstance(rec, dict) and rec.get("id") is not None:
                done.add(str(rec["id"]))
    return done


def _cmd_batch(args: argparse.Namespace) -> int:
    from .batch import _results_json

    try:
        listed, items = _batch_inputs(args.input)
    except _InputError as exc:
        _err(str(exc))
        return 2
    out = Path(args.output)
    done = _done_ids(out) if args.resume else set()
    if out.exists() and not args.resume and not args.force:
        _err(f"{out}: exists; use --resume to continue it or --force to overwrite")
        return 2
    if args.resume and out.exists():
        # Drop a last line cut short by an interrupted run before appending.
        data = out.read_bytes()
        if data and not data.endswith(b"\n"):
            out.write_bytes(data[: data.rfind(b"\n") + 1])
    skipped = 0
    input_errors: list[tuple[str, str]] = []

    def todo() -> Iterator[object]:
        nonlocal skipped
        for ident, text in items:
            if ident in done:
                skipped += 1
                continue
            if isinstance(text, _InputError):
                input_errors.append((ident, str(text)))
                continue
            yield {"id": ident, "text": text}

    total = None if listed is None else len(listed) - len(done & {i for i, _ in listed})
    show = args.progress if args.progress is not None else sys.stderr.isatty()
    bar = _Progress(total, sys.stderr, show)
    kwargs: dict[str, Any] = {}
    if args.reference_date:
        kwargs["reference_date"] = args.reference_date
    n_ok = n_fail = 0
    t0 = time.monotonic()
    mode = "a" if args.resume else "w"
    with out.open(mode, encoding="utf-8") as fh:
        for ident, doc_json, error in _results_json(todo(), args.workers, args.chunk_size, kwargs):
            for bad_id, msg in input_errors:
                fh.write(_dump({"id": bad_id, "document": None, "error": msg}, False) + "\n")
                n_fail += 1
            input_errors.clear()
            doc_part = "null" if doc_json is None else doc_json
            err_part = json.dumps(error, ensure_ascii=False)
            fh.write(
                f'{{"id": {json.dumps(ident, ensure_ascii=False)}, "document": {doc_part}, '
                f'"error": {err_part}}}\n'
            )
            if error is None:
                n_ok += 1
            else:
                n_fail += 1
            bar.step()
        for bad_id, msg in input_errors:
            fh.write(_dump({"id": bad_id, "document": None, "error": msg}, False) + "\n")
            n_fail += 1
    bar.close()
    secs = time.monotonic() - t0
    rate = (n_ok + n_fail) / secs if secs > 0 else 0.0
    print(
        f"{PROG}: {n_ok + n_fail} documents ({n_ok} ok, {n_fail} failed, {skipped} skipped as "
        f"already done) in {secs:.1f} s, {rate:,.0f} docs/s -> {out}",
        file=sys.stderr,
    )
    return 1 if n_fail else 0


def _cmd_spark(args: argparse.Namespace) -> int:
    from importlib.util import find_spec

    if find_spec("pyspark") is None or find_spec("pyarrow") is None:
        _err("the 'spark' subcommand needs PySpark: pip install 'dan_van_extract[spark]'")
        return 2
    from .spark import run_job

    return run_job(
        args.input,
        args.output,
        master=args.master,
        text_col=args.text_col,
        overwrite=args.overwrite,
    )


def _cmd_explain(args: argparse.Namespace) -> int:
    from .explainer import explain

    try:
        text = _read_text(args.file)
    except _InputError as exc:
        _err(str(exc))
        return 1
    try:
        lines = explain(text, reference_date=args.reference_date)
    except (TypeError, ValueError) as exc:
        _err(f"{args.file}: {exc}")
        return 1
    for line in lines:
        if args.rejected or line.accepted:
            print(line)
    return 0


def _explain_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog=f"{PROG} explain",
        description="Print every extracted item of one article, a line each: its kind, text, "
        "span and the name of the rule that produced it; then every candidate a rule turned "
        "down, with that rule's name and the word 'rejected'. Find a rule by its name: "
        "grep -rn 'RULE-NAME' in the package.",
    )
    ap.add_argument("file", metavar="FILE", help="an article .txt file, or - for stdin")
    ap.add_argument(
        "--no-rejected",
        dest="rejected",
        action="store_false",
        help="print the extracted items only",
    )
    ap.add_argument("--reference-date", metavar="YYYY-MM-DD")
    return ap


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog=PROG,
        description="Extract dates, officials, awards, statistics and places from Vietnamese "
        "news articles. Subcommands: 'batch' (large runs), 'spark' (on Apache Spark), "
        "'schema' (the JSON Schema), 'explain' (each item and the rule behind it), "
        "'table' (batch output to Parquet or CSV tables) and 'review' (an HTML page).",
    )
    ap.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="article .txt files, folders of them, .jsonl files of {id, text}, or - for stdin",
    )
    ap.add_argument(
        "--jsonl",
        action="store_true",
        help="JSON Lines ({id, document, error} per article) even for one file",
    )
    ap.add_argument("--pretty", action="store_true", help="indent the JSON of a single document")
    ap.add_argument(
        "--reference-date",
        metavar="YYYY-MM-DD",
        help="publication date to resolve years against when the text has none",
    )
    return ap


def _batch_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog=f"{PROG} batch",
        description="Extract a folder of .txt files or a JSONL file of {id, text} into a JSONL "
        "file of {id, document, error}, in input order.",
    )
    ap.add_argument("input", help="folder of .txt files or .jsonl file with id and text")
    ap.add_argument("-o", "--output", required=True, help="output .jsonl file")
    ap.add_argument(
        "--workers", type=int, default=1, help="processes to use (default 1; 0 = one per core)"
    )
    ap.add_argument("--chunk-size", type=int, default=64, help="articles per task (default 64)")
    ap.add_argument(
        "--resume", action="store_true", help="skip ids already in the output and append the rest"
    )
    ap.add_argument("--force", action="store_true", help="overwrite an existing output")
    ap.add_argument("--reference-date", metavar="YYYY-MM-DD")
    prog = ap.add_mutually_exclusive_group()
    prog.add_argument(
        "--progress",
        dest="progress",
        action="store_true",
        default=None,
        help="show a progress bar (default: only on a terminal)",
    )
    prog.add_argument("--no-progress", dest="progress", action="store_false")
    return ap


def _spark_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog=f"{PROG} spark",
        description="Extract a JSONL or Parquet file of {id, text} on Apache Spark into a "
        "Parquet folder: the input's columns, the document's fields as typed columns, and "
        "'error'. Needs the 'spark' extra and Java. See docs/scale.md.",
    )
    ap.add_argument("input", help="JSONL (.jsonl, .json, .ndjson) or Parquet with id and text")
    ap.add_argument("output", help="output Parquet folder")
    ap.add_argument(
        "--master",
        metavar="URL",
        help="Spark master, e.g. 'local[2]' or 'yarn' (default: spark-submit's, else local[*])",
    )
    ap.add_argument(
        "--text-col", default="text", metavar="NAME", help="column of article texts (default text)"
    )
    ap.add_argument("--overwrite", action="store_true", help="replace an existing output")
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``dan-van-extract`` command."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv[:1] == ["schema"]:
            return _cmd_schema(argparse.Namespace())
        if argv[:1] == ["batch"]:
            return _cmd_batch(_batch_parser().parse_args(argv[1:]))
        if argv[:1] == ["spark"]:
            return _cmd_spark(_spark_parser().parse_args(argv[1:]))
        if argv[:1] == ["explain"]:
            return _cmd_explain(_explain_parser().parse_args(argv[1:]))
        if argv[:1] == ["table"]:  # issue 18: records -> tables (dan_van_extract/tables.py)
            from .tables import table_main

            return table_main(argv[1:])
        if argv[:1] == ["review"]:  # issue 18: the review page (dan_van_extract/review.py)
            from .review import review_main

            return review_main(argv[1:])
        return _cmd_extract(_parser().parse_args(argv))
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
