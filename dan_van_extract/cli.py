"""Command line: ``dan-van-extract FILE...``, ``batch``, ``spark``, ``schema``, ``explain``.

Examples::

    dan-van-extract fixtures/004_893ddebd528b08a1.txt --pretty   # one JSON document
    dan-van-extract fixtures/                                    # JSON Lines, one per file
    cat article.txt | dan-van-extract -                          # stdin
    dan-van-extract articles.jsonl                               # {"id", "text"} per line
    zcat crawl.jsonl.gz | dan-van-extract - --format jsonl --date-field meta.date
    dan-van-extract batch corpus.jsonl -o out.jsonl --workers 2 --resume
    dan-van-extract spark corpus.jsonl out.parquet --master 'local[2]'
    dan-van-extract schema > schema.json
    dan-van-extract explain article.txt                          # each item and its rule
    dan-van-extract table out.jsonl --to parquet tables/         # records -> tables
    dan-van-extract review article.txt -o review.html            # items marked in the text

Every problem is one line on stderr naming the file (and line, and record) and what to
do; the other inputs are still processed. No traceback reaches the user except with
``--debug``. Every option is checked before any output is opened, and ``batch`` never
leaves an earlier output damaged: it appends (``--resume``) or writes a new file next to
it and renames it at the end (``--force``). Exit status: see :data:`EXIT_CODES`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn, TextIO

if TYPE_CHECKING:
    from .batch import Job
    from .readers import Reader

PROG = "dan-van-extract"

EXIT_CODES = """\
exit status:
  0    every article was extracted
  1    some articles or files failed; each is named on stderr (and in JSON Lines
       output, in its record's "error")
  2    nothing was done: a bad option, a missing input, an output that exists
  3    an internal error: please report it with the output of --debug
  130  interrupted (Ctrl-C)"""

_MAX_REPORTED = 10
"""Per-record problems (failures, duplicate ids) printed before a count of the rest."""


class UsageError(Exception):
    """A bad option or an unusable input or output: one line on stderr, exit status 2."""


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors (no usage block) and the exit codes in ``--help``."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        kwargs.setdefault("epilog", EXIT_CODES)
        super().__init__(**kwargs)

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see {self.prog} --help)")


_prog = PROG  # the running (sub)command, for messages
_after_error = ""  # what an internal error left behind (an output kept, or not)


def _err(msg: str) -> None:
    print(f"{_prog}: error: {msg}", file=sys.stderr)


def _warn(msg: str) -> None:
    print(f"{_prog}: warning: {msg}", file=sys.stderr)


# --------------------------------------------------------------------------------------
# Option types: each turns a bad value into argparse's one-line error.


def _whole(minimum: int, meaning: str = "") -> Any:
    def parse(value: str) -> int:
        try:
            n = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number, not {value!r}") from None
        if n < minimum:
            raise argparse.ArgumentTypeError(f"must be {minimum} or more{meaning}, not {n}")
        return n

    return parse


def _seconds(value: str) -> float | None:
    try:
        secs = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected seconds, not {value!r}") from None
    if not secs >= 0 or secs == float("inf"):
        raise argparse.ArgumentTypeError(f"must be 0 (no limit) or more seconds, not {value}")
    return secs or None


def _date(value: str) -> str:
    from .batch import parse_record_date

    try:
        day = parse_record_date(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a date like 2024-02-23 (or 23/02/2024), not {value!r}"
        ) from None
    if day is None:
        raise argparse.ArgumentTypeError("expected a date like 2024-02-23, not an empty string")
    return day.isoformat()


def _field(value: str) -> str:
    if not value or any(not part for part in value.split(".")):
        raise argparse.ArgumentTypeError(f"expected a field name like meta.date, not {value!r}")
    return value


def _add_common(ap: argparse.ArgumentParser, *, reading: bool = True) -> None:
    """The options every extracting command takes."""
    from .readers import FORMATS

    if reading:
        ap.add_argument(
            "--format",
            choices=FORMATS,
            default="auto",
            help="how to read stdin and the files named: 'text' (one article a file), "
            "'html' (a web page or CMS export a file), 'jsonl' (a record a line); default "
            "'auto': by the name (.txt; .html, .htm, .md; .jsonl, .ndjson; also .gz, .bz2, "
            ".xz), else by the first line. Folders go by names.",
        )
        ap.add_argument(
            "--text-field",
            default="text",
            metavar="NAME",
            help="the JSON field of the article text (default text)",
        )
        ap.add_argument(
            "--date-field",
            type=_field,
            metavar="PATH",
            help="the JSON field of each record's publication date, e.g. meta.date "
            "(default: a 'reference_date' field); it resolves the years of the record's "
            "dates; ISO dates and 23/02/2024 are understood",
        )
    ap.add_argument(
        "--reference-date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="publication date to resolve years against when the article (or record) gives none",
    )
    ap.add_argument(
        "--max-chars",
        type=_whole(1),
        default=None,
        metavar="N",
        help="refuse articles longer than N characters (default 2,000,000)",
    )
    ap.add_argument(
        "--timeout",
        type=_seconds,
        default=False,
        metavar="SECONDS",
        help="time budget of one article (default 30; 0: none); a backstop, real "
        "articles take milliseconds",
    )
    ap.add_argument("--debug", action="store_true", help="show the traceback of an internal error")


def _extract_kwargs(args: argparse.Namespace) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    if args.reference_date is not None:
        kwargs["reference_date"] = args.reference_date
    if args.max_chars is not None:
        kwargs["max_chars"] = args.max_chars
    if args.timeout is not False:
        kwargs["timeout"] = args.timeout
    return kwargs


def _max_chars(args: argparse.Namespace) -> int:
    from .pipeline import DEFAULT_MAX_CHARS

    return int(args.max_chars or DEFAULT_MAX_CHARS)


# --------------------------------------------------------------------------------------
# Shared by the extracting commands: records to jobs, messages about them.


def _reader(args: argparse.Namespace, paths: Sequence[str], **kwargs: Any) -> Reader:
    from .readers import Reader

    return Reader(
        paths, fmt=args.format, text_field=args.text_field, max_chars=_max_chars(args), **kwargs
    )


def _report_skipped(reader: Reader) -> None:
    """One line per reason a folder's files were left out, with a few of their names."""
    by_reason: dict[str, list[str]] = {}
    for path, reason in reader.skipped:
        by_reason.setdefault(reason, []).append(path)
    for reason, paths in by_reason.items():
        names = ", ".join(paths[:3]) + (f" and {len(paths) - 3} more" if len(paths) > 3 else "")
        files = "file" if len(paths) == 1 else "files"
        _warn(f"skipped {len(paths)} {files} ({reason}): {names}")


class _Duplicates:
    """Reports ids seen before: both records are kept, but they cannot be told apart."""

    def __init__(self, note: str = "") -> None:
        self.first: dict[str, str] = {}
        self.count = 0
        self.note = note

    def check(self, ident: str, where: str) -> None:
        earlier = self.first.get(ident)
        if earlier is None:
            self.first[ident] = where
            return
        self.count += 1
        if self.count <= _MAX_REPORTED:
            _warn(f"{where}: duplicate id {ident!r} (first at {earlier}); both kept{self.note}")

    def close(self) -> None:
        if self.count > _MAX_REPORTED:
            _warn(f"{self.count - _MAX_REPORTED} more duplicate ids")


def _jobs(
    reader: Reader,
    args: argparse.Namespace,
    dups: _Duplicates,
    done: set[str] | None = None,
    on_skip: Callable[[], None] | None = None,
) -> Iterator[Job]:
    """The reader's records as jobs (a reader's error as the job's error); the records
    whose id is in ``done`` are left out, each with a call of ``on_skip``."""
    from .batch import Job, make_job

    for rec in reader:
        if done and rec.id in done:
            if on_skip is not None:
                on_skip()
            continue
        dups.check(rec.id, rec.where)
        if rec.item is None:
            yield Job(rec.id, "text", None, None, {}, rec.error, rec.where)
        else:
            yield make_job(
                rec.item, date_field=args.date_field, text_field=args.text_field, where=rec.where
            )


def _message(job: Job, error: str) -> str:
    """A failure as one stderr line: where the record is, what went wrong, what to do."""
    where = job.where or str(job.id)
    if error.startswith(where):  # a reader's message already names it
        return error
    hint = ""
    if error.startswith("ExtractionTimeout"):
        hint = "; raise --timeout (0: no limit)"
    elif error.startswith("InputTooLarge"):
        hint = "; split the article or raise --max-chars"
    elif error.startswith("RepetitiveInput"):
        hint = "; it is one phrase repeated, not an article"
    label = where if job.id in (None, where) else f"{where} (id {job.id!r})"
    return f"{label}: {error}{hint}"


# --------------------------------------------------------------------------------------
# dan-van-extract FILE...


def _dump(obj: Any, pretty: bool) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2 if pretty else None)


def _cmd_extract(args: argparse.Namespace) -> int:
    from .batch import json_line, run_jobs

    reader = _reader(args, args.files)
    _report_skipped(reader)
    many = args.jsonl or not reader.single_article
    dups = _Duplicates()
    failed = False
    for job, doc, _, error in run_jobs(_jobs(reader, args, dups), 1, 1, _extract_kwargs(args)):
        if error is not None or doc is None:
            failed = True
            _err(_message(job, error or "no document"))
            if many:
                print(json_line(job.id, job.fields, None, error))
        elif many:
            print(json_line(job.id, job.fields, doc.model_dump_json(), None))
        else:
            print(_dump(doc.model_dump(mode="json"), args.pretty))
    dups.close()
    return 1 if failed else 0


# --------------------------------------------------------------------------------------
# dan-van-extract batch


class _Progress:
    """A one-line progress bar with rate and ETA on a terminal; silent in a pipe.

    ``total`` counts every record (those skipped as already done too); the rate and the
    ETA count the records extracted. Without a total (stdin) it shows the count and rate.
    """

    def __init__(self, total: int | None, stream: TextIO, enabled: bool) -> None:
        self.total, self.stream, self.enabled = total, stream, enabled
        self.done = self.worked = 0
        self.t0 = time.monotonic()
        self._last = 0.0

    def step(self, worked: bool = True) -> None:
        self.done += 1
        self.worked += worked
        now = time.monotonic()
        if self.enabled and (now - self._last > 0.2 or self.done == self.total):
            self._last = now
            rate = self.worked / max(now - self.t0, 1e-9)
            if self.total:
                total = max(self.total, self.done)
                bar = "#" * int(self.done / total * 30)
                eta = (total - self.done) / rate if rate else 0.0
                line = f"\r[{bar:<30}] {self.done}/{total} {rate:,.0f} docs/s ETA {eta:,.0f}s"
            else:
                line = f"\r{self.done} docs {rate:,.0f} docs/s"
            self.stream.write(line)
            self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.done:
            self.stream.write("\n")
            self.stream.flush()


def _check_output(out: Path, args: argparse.Namespace, reader: Reader) -> None:
    """Refuse an output that cannot be written, or that would destroy something."""
    name = args.output
    if name == "-":
        raise UsageError("-o -: batch writes a file; for stdout run 'dan-van-extract FILE...'")
    if name.lower().endswith((".gz", ".bz2", ".xz", ".zst")):
        raise UsageError(f"-o {name}: compressed output is not supported; write .jsonl")
    if out.is_dir():
        raise UsageError(f"-o {name}: is a folder; name a file in it, e.g. {out / 'out.jsonl'}")
    parent = out.parent
    if not parent.is_dir():
        raise UsageError(f"-o {name}: the folder {parent} does not exist; create it first")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise UsageError(f"-o {name}: cannot write in the folder {parent}")
    if out.exists():
        for src in reader.sources:
            if src.path != "-" and os.path.exists(src.path) and os.path.samefile(src.path, out):
                raise UsageError(f"-o {name}: is the input {src.path}; choose another output")
        if not args.resume and not args.force:
            raise UsageError(
                f"{name}: exists; use --resume to continue it or --force to replace it"
            )


def _done_ids(out: Path) -> tuple[set[str], int]:
    """The ids recorded in an earlier output, and where its complete lines end.

    A last line without a newline was cut short by an interrupted run: it is not counted
    (that record is done again) and is cut off before appending.

    Raises:
        UsageError: the file is not an output of this command.
    """
    done: set[str] = set()
    end = 0
    first = True
    with out.open("rb") as fh:
        for n, raw in enumerate(fh, 1):
            if not raw.endswith(b"\n"):
                break  # cut short
            end += len(raw)
            if not raw.strip():
                continue
            try:
                rec = json.loads(raw)
            except ValueError:
                rec = None
            ours = isinstance(rec, dict) and "id" in rec and "document" in rec
            if first and not ours:
                raise UsageError(
                    f"{out}:{n}: not a record of {PROG} batch; --resume needs the output of an "
                    "earlier run (or use --force to replace the file)"
                )
            first = False
            if ours and rec["id"] is not None:
                done.add(str(rec["id"]))
    return done, end


class _Output:
    """Where the results go, so that an earlier output is never damaged.

    * a new output is written in place (an interrupted run leaves what it did, which
      ``--resume`` continues);
    * ``--resume`` appends to the earlier output, after cutting off a line left half
      written;
    * ``--force`` writes a hidden file next to the output and renames it over the old one
      at the end; a run that fails or is interrupted leaves the old one as it was.
    """

    def __init__(self, out: Path, replace: bool, keep: int | None) -> None:
        self.out, self.replace, self.keep = out, replace, keep
        self.fh: IO[str] | None = None
        self.tmp: Path | None = None
        self.lines = 0

    def write(self, line: str) -> None:
        if self.fh is None:
            self.fh = self._open()
        self.fh.write(line + "\n")
        self.lines += 1

    def _open(self) -> IO[str]:
        if self.keep is not None:  # resume: drop a half-written last line, then append
            with self.out.open("r+b") as fh:
                fh.truncate(self.keep)
            return self.out.open("a", encoding="utf-8", newline="\n")
        if self.replace:
            fd, name = tempfile.mkstemp(
                dir=self.out.parent, prefix=f".{self.out.name}.", suffix=".partial"
            )
            self.tmp = Path(name)
            return os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        return self.out.open("x", encoding="utf-8", newline="\n")

    def commit(self) -> None:
        """The run finished: make the output final."""
        if self.fh is None:
            return
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        if self.tmp is not None:
            os.replace(self.tmp, self.out)

    def abandon(self) -> str:
        """The run stopped early: keep or drop what was written; says what happened."""
        if self.fh is not None:
            self.fh.close()
        if self.tmp is not None:
            self.tmp.unlink(missing_ok=True)
            return f"{self.out} left as it was"
        if self.lines == 0:
            if self.keep is None and self.fh is not None:
                self.out.unlink(missing_ok=True)
            return f"{self.out} not written"
        return f"{self.lines} records written to {self.out}; run again with --resume to finish it"


def _cmd_batch(args: argparse.Namespace) -> int:
    from .batch import check_options, json_line, run_jobs

    try:
        check_options(args.workers, args.chunk_size)
    except ValueError as exc:  # pragma: no cover - the option types check it first
        raise UsageError(str(exc)) from None
    out = Path(args.output)
    reader = _reader(args, args.input, relative_ids=True, exclude=[out])
    if reader.missing:
        raise UsageError(f"{reader.missing[0]}: no such file or folder")
    empty = [s.path for s in reader.sources if s.format == "empty-folder"]
    if empty:
        raise UsageError(
            f"{empty[0]}: the folder has no .txt, .html, .htm, .md, .jsonl or .ndjson files"
        )
    _check_output(out, args, reader)
    done: set[str] = set()
    keep: int | None = None
    if args.resume and out.exists():
        done, keep = _done_ids(out)
    _report_skipped(reader)

    show = args.progress if args.progress is not None else sys.stderr.isatty()
    bar = _Progress(reader.count() if show else None, sys.stderr, show)
    dups = _Duplicates("; --resume would take them for one")
    output = _Output(out, replace=out.exists() and not args.resume, keep=keep)
    n_ok = n_fail = skipped = 0
    t0 = time.monotonic()

    def skip() -> None:
        nonlocal skipped
        skipped += 1
        bar.step(worked=False)

    jobs = _jobs(reader, args, dups, done, skip)
    try:
        for job, doc, doc_json, error in run_jobs(
            jobs, args.workers, args.chunk_size, _extract_kwargs(args)
        ):
            if doc is not None:
                doc_json = doc.model_dump_json()
            output.write(json_line(job.id, job.fields, doc_json, error))
            if error is None:
                n_ok += 1
            else:
                n_fail += 1
                if n_fail <= _MAX_REPORTED:
                    _err(_message(job, error))
            bar.step()
    except BaseException as exc:
        bar.close()
        what = output.abandon()
        if isinstance(exc, KeyboardInterrupt):
            _err(f"interrupted after {n_ok + n_fail} documents; {what}")
            return 130
        from concurrent.futures.process import BrokenProcessPool

        if isinstance(exc, BrokenProcessPool):
            _err(f"a worker process died (out of memory? killed?); {what}")
            return 3
        global _after_error
        _after_error = what
        raise
    bar.close()
    dups.close()
    if n_fail > _MAX_REPORTED:
        _err(f'{n_fail - _MAX_REPORTED} more failed; see their "error" in {out}')
    if n_ok + n_fail + skipped == 0:
        what = output.abandon()
        _err(f"{', '.join(args.input)}: no records to extract; {what}")
        return 1
    output.commit()
    secs = time.monotonic() - t0
    rate = (n_ok + n_fail) / secs if secs > 0 else 0.0
    extra = f", {dups.count} duplicate ids" if dups.count else ""
    print(
        f"{PROG}: {n_ok + n_fail} documents ({n_ok} ok, {n_fail} failed, {skipped} skipped as "
        f"already done{extra}) in {secs:.1f} s, {rate:,.0f} docs/s -> {out}",
        file=sys.stderr,
    )
    return 1 if n_fail else 0


# --------------------------------------------------------------------------------------
# spark, schema, explain


def _cmd_spark(args: argparse.Namespace) -> int:
    from importlib.util import find_spec

    if find_spec("pyspark") is None or find_spec("pyarrow") is None:
        raise UsageError(
            "the 'spark' subcommand needs PySpark: pip install 'dan_van_extract[spark]'"
        )
    from .spark import run_job

    return run_job(
        args.input,
        args.output,
        master=args.master,
        text_col=args.text_col,
        date_col=args.date_field,
        overwrite=args.overwrite,
        keep_order=args.keep_order,
        debug=args.debug,
        **_extract_kwargs(args),
    )


def _cmd_schema(args: argparse.Namespace) -> int:
    from .models import Document

    print(json.dumps(Document.model_json_schema(), ensure_ascii=False, indent=2))
    return 0


def _cmd_explain(args: argparse.Namespace) -> int:
    from .explainer import explain

    records = list(_reader(args, [args.file]))
    if len(records) != 1:
        raise UsageError(f"{args.file}: explain takes one article, a .txt or .html file or -")
    rec = records[0]
    if rec.item is None:
        _err(rec.error or f"{args.file}: cannot read")
        return 1
    kwargs = _extract_kwargs(args)
    text = rec.item.get("text")
    if text is None and isinstance(rec.item.get("html"), str):
        from .markup import convert

        # A page: explain the plain text read from it (the spans index that text).
        text = convert(rec.item["html"]).text
        print(f"# {args.file}: HTML read as {len(text):,} characters of text; spans index them")
    if not isinstance(text, str):
        _err(f"{args.file}: no article text")
        return 1
    try:
        lines = explain(text, **kwargs)
    except (TypeError, ValueError, RuntimeError) as exc:
        _err(f"{args.file}: {type(exc).__name__}: {exc}")
        return 1
    for line in lines:
        if args.rejected or line.accepted:
            print(line)
    return 0


# --------------------------------------------------------------------------------------
# Parsers


def _parser() -> _Parser:
    from . import __version__

    ap = _Parser(
        prog=PROG,
        description="Extract dates, officials, awards, statistics and places from Vietnamese "
        "news articles: one JSON document for one article, else JSON Lines of "
        '{"id", <input fields>, "document", "error"}. Subcommands (see '
        f"'{PROG} COMMAND --help'): batch (large runs into a file, several processes, "
        "--resume), spark (on Apache Spark), schema (the JSON Schema of the output), "
        "explain (each item and the rule behind it), table (batch output to Parquet or CSV "
        "tables), review (an HTML page with every item marked).",
    )
    ap.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="article .txt files, folders of them, JSON Lines files (.jsonl, .ndjson, also "
        "gzipped) of {id, text, ...} records, or - for stdin",
    )
    ap.add_argument(
        "--jsonl",
        action="store_true",
        help="JSON Lines ({id, document, error} per article) even for one file",
    )
    ap.add_argument("--pretty", action="store_true", help="indent the JSON of a single document")
    _add_common(ap)
    ap.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return ap


def _batch_parser() -> _Parser:
    ap = _Parser(
        prog=f"{PROG} batch",
        description="Extract folders of .txt files and JSON Lines files of {id, text, ...} "
        'records into one JSON Lines file of {"id", <input fields>, "document", "error"}, in '
        "input order, with several processes, a progress bar and --resume. The output is "
        "never left damaged: a new file is written in place, --resume appends to it, "
        "--force writes a new file and renames it over the old one when the run ends.",
    )
    ap.add_argument(
        "input",
        nargs="+",
        help="folders (of .txt, .jsonl and .ndjson files), .jsonl/.ndjson files (also "
        ".gz), .txt files, or - for stdin",
    )
    ap.add_argument("-o", "--output", required=True, help="the output .jsonl file")
    ap.add_argument(
        "--workers",
        type=_whole(0, " (0 = one per core)"),
        default=1,
        help="processes to use (default 1; 0 = one per core)",
    )
    ap.add_argument(
        "--chunk-size", type=_whole(1), default=64, help="articles per task (default 64)"
    )
    again = ap.add_mutually_exclusive_group()
    again.add_argument(
        "--resume",
        action="store_true",
        help="skip the ids already in the output and append the rest",
    )
    again.add_argument(
        "--force", action="store_true", help="replace an existing output (when the run ends)"
    )
    _add_common(ap)
    prog = ap.add_mutually_exclusive_group()
    prog.add_argument(
        "--progress",
        dest="progress",
        action="store_true",
        default=None,
        help="show a progress bar with the ETA (default: only on a terminal)",
    )
    prog.add_argument("--no-progress", dest="progress", action="store_false")
    return ap


def _spark_parser() -> _Parser:
    ap = _Parser(
        prog=f"{PROG} spark",
        description="Extract a JSONL or Parquet file of {id, text, ...} on Apache Spark into a "
        "Parquet folder: the input's columns (one named like an output column is kept as "
        "input_<name>), the document's fields as typed columns, and 'error'. Rows come out "
        "in Spark's order; --keep-order writes them in input order. Needs the 'spark' extra "
        "and Java. See docs/scale.md.",
    )
    ap.add_argument("input", help="JSONL (.jsonl, .json, .ndjson, also compressed) or Parquet")
    ap.add_argument("output", help="output Parquet folder")
    ap.add_argument(
        "--master",
        metavar="URL",
        help="Spark master, e.g. 'local[2]' or 'yarn' (default: spark-submit's, else local[*])",
    )
    ap.add_argument(
        "--text-col", default="text", metavar="NAME", help="column of article texts (default text)"
    )
    ap.add_argument(
        "--date-field",
        type=_field,
        metavar="PATH",
        help="column of each row's publication date, e.g. meta.date (default: a "
        "'reference_date' column if there is one)",
    )
    ap.add_argument("--overwrite", action="store_true", help="replace an existing output")
    ap.add_argument(
        "--keep-order",
        action="store_true",
        help="write the rows in input order (files by name, lines in order), as one Parquet "
        "file; the extraction still runs in parallel",
    )
    _add_common(ap, reading=False)
    return ap


def _schema_parser() -> _Parser:
    return _Parser(
        prog=f"{PROG} schema",
        description="Print the JSON Schema (draft 2020-12) of one output document, as "
        "Document.model_json_schema() gives it; docs/schema.json is a copy.",
    )


def _explain_parser() -> _Parser:
    ap = _Parser(
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
    _add_common(ap, reading=False)
    ap.set_defaults(format="auto", text_field="text")
    return ap


def _table_parser() -> _Parser:
    from .tables import add_table_arguments

    ap = add_table_arguments(_Parser(prog=f"{PROG} table"))
    assert isinstance(ap, _Parser)
    return ap


def _cmd_table(args: argparse.Namespace) -> int:
    from .tables import table_command

    return table_command(args)


def _review_parser() -> _Parser:
    from .review import add_review_arguments

    ap = add_review_arguments(_Parser(prog=f"{PROG} review"))
    assert isinstance(ap, _Parser)
    return ap


def _cmd_review(args: argparse.Namespace) -> int:
    from .review import review_command

    return review_command(args)


_COMMANDS = {
    "batch": (_batch_parser, _cmd_batch),
    "spark": (_spark_parser, _cmd_spark),
    "schema": (_schema_parser, _cmd_schema),
    "explain": (_explain_parser, _cmd_explain),
    "table": (_table_parser, _cmd_table),
    "review": (_review_parser, _cmd_review),
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``dan-van-extract`` command; returns the exit status."""
    global _prog, _after_error
    _after_error = ""
    argv = list(sys.argv[1:] if argv is None else argv)
    options = argv[: argv.index("--")] if "--" in argv else argv
    debug = "--debug" in options
    make, run = _COMMANDS.get(argv[0], (_parser, _cmd_extract)) if argv else (_parser, _cmd_extract)
    if argv and argv[0] in _COMMANDS:
        argv = argv[1:]
    _prog = PROG
    try:
        ap = make()
        _prog = ap.prog
        return run(ap.parse_args(argv))
    except UsageError as exc:
        _err(str(exc))
        return 2
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except Exception as exc:
        if debug:
            raise
        left = f"; {_after_error}" if _after_error else ""
        first = next((line for line in str(exc).splitlines() if line.strip()), "")
        _err(
            f"internal error: {type(exc).__name__}: {first}{left}; please report it with "
            "the output of the same command with --debug"
        )
        return 3


if __name__ == "__main__":
    sys.exit(main())
