"""Reading the command line's inputs: files, folders, stdin; plain text and JSON Lines.

One place decides what an input is (:func:`format_of`, :data:`SUFFIX_FORMATS`) and one
place reads each format (:meth:`Reader._read_stream`): a ``.txt`` file is one article, a
``.html``/``.htm`` page or a ``.md`` CMS export (front matter + HTML body; or
``--format html``) is one article read by :func:`~dan_van_extract.extract_html`, a
``.jsonl``/``.ndjson`` file (or ``--format jsonl``) is one record per line (its article in
the text field, or HTML in an ``html`` field), each optionally compressed (``.gz``,
``.bz2``, ``.xz``); a folder is walked for all of them, and what it skips is reported
(:attr:`Reader.skipped`). stdin and files of other names are sniffed: JSON Lines when the
first line is a JSON object with the text field (or ``html``), else one article.

Every problem becomes a :class:`Record` with a one-line ``error`` naming the file (and
line, and id) and what to do about it; nothing here raises for bad input.
"""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any, NamedTuple, cast

__all__ = ["FORMATS", "SUFFIX_FORMATS", "Reader", "Record", "format_of"]

FORMATS = ("auto", "text", "jsonl", "html")
"""Values of ``--format``: ``auto`` decides by the file's name (or content, for stdin)."""

HTML_FIELD = "html"
"""The record field holding a page's HTML (a JSON Lines record without the text field)."""

SUFFIX_FORMATS = {
    ".txt": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".md": "html",  # CMS exports
}
"""The format of a file by its suffix (after a compression suffix is taken off)."""

UNSUPPORTED: dict[str, str] = {}
"""Formats that are recognised but not read (yet), with the reason given for them."""
_KNOWN = ".txt, .html, .htm, .md, .jsonl or .ndjson"

_OPENERS: dict[str, Callable[[str], IO[bytes]]] = {
    ".gz": lambda p: cast(IO[bytes], gzip.open(p, "rb")),  # noqa: SIM115 - the caller closes it
    ".bz2": lambda p: cast(IO[bytes], bz2.open(p, "rb")),  # noqa: SIM115
    ".xz": lambda p: cast(IO[bytes], lzma.open(p, "rb")),  # noqa: SIM115
}
_STDIN = "-"
_SNIFF_BYTES = 1 << 20


class Record(NamedTuple):
    """One input item: ``item`` (``{"id", <text field>, <other fields>}``) or an ``error``.

    ``where`` names it in messages: ``a.txt``, ``in.jsonl:3``, ``<stdin>:3``.
    """

    id: str
    where: str
    item: dict[str, Any] | None
    error: str | None = None


class _Source(NamedTuple):
    path: str  # as the user wrote it ("-" for stdin)
    format: str  # "text", "jsonl", "html", "missing", "empty-folder", "dangling"
    ident: str  # the id of a text file's article
    compression: str  # "", ".gz", ...


def _split_compression(name: str) -> tuple[str, str]:
    """``("x.jsonl", ".gz")`` for ``x.jsonl.gz``; ``(name, "")`` when not compressed."""
    lower = name.lower()
    for suffix in _OPENERS:
        if lower.endswith(suffix):
            return name[: -len(suffix)], suffix
    return name, ""


def format_of(name: str) -> str | None:
    """The format of a file named ``name`` by its suffix, or None when the name says
    nothing (``.json``, no suffix, an unknown one): then the content decides."""
    inner, _ = _split_compression(name)
    return SUFFIX_FORMATS.get(Path(inner).suffix.lower())


def _looks_like_jsonl(head: bytes, text_field: str) -> bool:
    """Whether the first non-blank line of ``head`` is a JSON object with ``text_field``."""
    for raw in head.splitlines():
        line = raw.strip().removeprefix(b"\xef\xbb\xbf")
        if not line:
            continue
        if not line.startswith(b"{"):
            return False
        try:
            rec = json.loads(line)
        except ValueError:
            return False
        return isinstance(rec, dict) and (text_field in rec or HTML_FIELD in rec)
    return False


def _sniff(fh: IO[bytes]) -> bytes:
    """The start of a stream up to its first non-blank line, whole when it may be JSON
    (a record of any length), else cut at a megabyte."""
    head = b""
    while True:
        line = fh.readline(_SNIFF_BYTES)
        head += line
        if not line or line.strip():
            break
    if line.lstrip().startswith((b"{", b"\xef\xbb\xbf{")) and not line.endswith(b"\n"):
        head += fh.readline()
    return head


def _size_of(text: str) -> str:
    return f"{len(text):,} characters"


class Reader:
    """The records of the command line's inputs, in order.

    Args:
        paths: files, folders and ``-`` (stdin), as given.
        fmt: ``auto``, ``text`` (each file is one article), ``html`` (each file is one
            page or CMS export) or ``jsonl``.
        text_field: the JSON field holding the article text.
        relative_ids: a folder's articles are named by their path inside the folder
            (``sub/a.txt``) instead of the path as reached (``folder/sub/a.txt``).
        exclude: files never read (the output being written, say).
        max_chars: a text file certainly longer than this is refused without reading it.

    Resolving happens at construction: folders are listed (:attr:`skipped` says what
    was left out and why), stdin is sniffed, and :attr:`missing` lists paths that do
    not exist. Iterating reads the records.
    """

    def __init__(
        self,
        paths: Iterable[str],
        *,
        fmt: str = "auto",
        text_field: str = "text",
        relative_ids: bool = False,
        exclude: Iterable[Path] = (),
        max_chars: int | None = None,
        stdin: IO[bytes] | None = None,
    ) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"format must be one of {FORMATS}, not {fmt!r}")
        self.fmt = fmt
        self.text_field = text_field
        self.max_chars = max_chars
        self._stdin = stdin
        self._stdin_head = b""
        self._exclude = {self._key(p) for p in exclude}
        self.skipped: list[tuple[str, str]] = []
        self.missing: list[str] = []
        self.sources: list[_Source] = []
        self.folders: list[str] = []
        for path in paths:
            self._resolve(path, relative_ids)

    # -- resolving ------------------------------------------------------------------

    @staticmethod
    def _key(path: Path) -> str:
        try:
            return os.path.realpath(path)
        except OSError:  # pragma: no cover - realpath does not touch the disk for most paths
            return str(path)

    def _format(self, path: str, name: str) -> str:
        """The format of a file named on the command line: ``--format``, else its suffix,
        else its first line."""
        if self.fmt != "auto":
            return self.fmt
        known = format_of(name)
        if known is not None:
            return known
        _, compression = _split_compression(name)
        try:
            with self._open(_Source(path, "", "", compression)) as fh:
                head = _sniff(fh)
        except (OSError, EOFError):
            return "text"  # reading it again will report the problem
        return "jsonl" if _looks_like_jsonl(head, self.text_field) else "text"

    def _resolve(self, path: str, relative_ids: bool) -> None:
        if path == _STDIN:
            stream = self._stdin if self._stdin is not None else sys.stdin.buffer
            self._stdin = stream
            fmt = self.fmt
            if fmt == "auto":
                self._stdin_head = _sniff(stream)
                fmt = "jsonl" if _looks_like_jsonl(self._stdin_head, self.text_field) else "text"
            self.sources.append(_Source(path, fmt, "<stdin>", ""))
            return
        p = Path(path)
        if p.is_dir():
            self.folders.append(path)
            self._walk(p, path, relative_ids)
            return
        if not p.exists():
            kind = "dangling" if p.is_symlink() else "missing"
            self.missing.append(path)
            self.sources.append(_Source(path, kind, path, ""))
            return
        _, compression = _split_compression(p.name)
        self.sources.append(_Source(path, self._format(path, p.name), path, compression))

    def _walk(self, folder: Path, shown: str, relative_ids: bool) -> None:
        found = 0
        for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
            hidden = sorted(d for d in dirnames if d.startswith("."))
            for d in hidden:
                self.skipped.append((os.path.join(dirpath, d) + os.sep, "a hidden folder"))
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                f = Path(dirpath) / name
                rel = str(f.relative_to(folder))
                display = str(Path(shown) / rel)
                ident = rel if relative_ids else display
                if name.startswith("."):
                    self.skipped.append((display, "a hidden file"))
                    continue
                if self._key(f) in self._exclude:
                    self.skipped.append((display, "the output being written"))
                    continue
                fmt = format_of(name)
                if fmt is None:
                    self.skipped.append((display, f"not {_KNOWN}"))
                    continue
                if fmt in UNSUPPORTED:
                    self.skipped.append((display, UNSUPPORTED[fmt]))
                    continue
                _, compression = _split_compression(name)
                if f.is_symlink() and not f.exists():
                    self.sources.append(_Source(display, "dangling", ident, ""))
                else:
                    self.sources.append(_Source(display, fmt, ident, compression))
                found += 1
        if not found:
            self.sources.append(_Source(shown, "empty-folder", shown, ""))

    @property
    def single_article(self) -> bool:
        """Whether the inputs are one article (one text file or stdin read as text)."""
        return (
            len(self.sources) == 1
            and not self.folders
            and self.sources[0].format in ("text", "missing", "dangling", "html")
        )

    # -- counting -------------------------------------------------------------------

    def count(self) -> int | None:
        """How many records the inputs hold (for a progress bar's ETA); None for stdin.

        Reads every JSON Lines file once more, counting its non-blank lines.
        """
        total = 0
        for src in self.sources:
            if src.path == _STDIN:
                return None
            if src.format == "jsonl":
                try:
                    with self._open(src) as fh:
                        total += sum(1 for line in fh if line.strip())
                except (OSError, EOFError, ValueError):
                    total += 1
            else:
                total += 1
        return total

    # -- reading --------------------------------------------------------------------

    def _open(self, src: _Source) -> IO[bytes]:
        opener = _OPENERS.get(src.compression)
        if opener is not None:
            return opener(src.path)
        return open(src.path, "rb")

    def __iter__(self) -> Iterator[Record]:
        for src in self.sources:
            yield from self._read(src)

    def _read(self, src: _Source) -> Iterator[Record]:
        name = "<stdin>" if src.path == _STDIN else src.path
        if src.format == "missing":
            yield Record(src.ident, name, None, f"{name}: no such file or folder")
            return
        if src.format == "dangling":
            target = os.readlink(src.path)
            yield Record(src.ident, name, None, f"{name}: a link to {target}, which does not exist")
            return
        if src.format == "empty-folder":
            msg = f"{name}: the folder has no {_KNOWN} files"
            yield Record(src.ident, name, None, msg)
            return
        if src.format in UNSUPPORTED:
            yield Record(src.ident, name, None, f"{name}: {UNSUPPORTED[src.format]}")
            return
        try:
            if src.path == _STDIN:
                assert self._stdin is not None
                yield from self._read_stream(src, name, self._stdin, self._stdin_head)
            else:
                with self._open(src) as fh:
                    yield from self._read_stream(src, name, fh, b"")
        except OSError as exc:
            reason = exc.strerror or str(exc) or type(exc).__name__
            yield Record(src.ident, name, None, f"{name}: cannot read: {reason}")
        except EOFError:
            yield Record(src.ident, name, None, f"{name}: cannot read: the file is cut short")

    def _read_stream(self, src: _Source, name: str, fh: IO[bytes], head: bytes) -> Iterator[Record]:
        if src.format == "jsonl":
            yield from self._read_jsonl(name, _chain(head, fh))
        else:
            yield self._read_text(src, name, fh, head)

    def _read_text(self, src: _Source, name: str, fh: IO[bytes], head: bytes) -> Record:
        if self.max_chars is not None and src.path != _STDIN and not src.compression:
            size = os.fstat(fh.fileno()).st_size
            if size > 4 * self.max_chars:  # UTF-8 takes at most 4 bytes a character
                msg = f"{name}: {size:,} bytes, longer than --max-chars {self.max_chars:,}"
                return Record(src.ident, name, None, f"{msg}; split the file or raise --max-chars")
        data = head + fh.read()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            msg = f"{name}: not UTF-8 (bad byte at offset {exc.start}); save it as UTF-8"
            return Record(src.ident, name, None, msg)
        if self.max_chars is not None and len(text) > self.max_chars:
            msg = (
                f"{name}: {_size_of(text)}, more than --max-chars {self.max_chars:,}; "
                "split the article or raise --max-chars"
            )
            return Record(src.ident, name, None, msg)
        field = HTML_FIELD if src.format == "html" else self.text_field
        return Record(src.ident, name, {"id": src.ident, field: text})

    def _read_jsonl(self, name: str, lines: Iterable[bytes]) -> Iterator[Record]:
        field = self.text_field
        for n, raw in enumerate(lines, 1):
            where = f"{name}:{n}"
            if n == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                msg = f"{where}: not UTF-8 (bad byte at column {exc.start + 1}); save it as UTF-8"
                yield Record(where, where, None, msg)
                continue
            try:
                rec = json.loads(line)
            except ValueError as exc:
                reason = getattr(exc, "msg", str(exc))
                col = getattr(exc, "colno", None)
                at = f" at column {col}" if col else ""
                msg = f"{where}: not JSON ({reason}{at}); each line must be one JSON object"
                yield Record(where, where, None, msg)
                continue
            if not isinstance(rec, dict):
                kind = "a list" if isinstance(rec, list) else f"a {type(rec).__name__}"
                msg = f'{where}: {kind}, not a JSON object with "{field}"'
                yield Record(where, where, None, msg)
                continue
            ident = rec.get("id")
            if ident is None:
                ident = where
            elif isinstance(ident, (str, int, float)) and not isinstance(ident, bool):
                ident = str(ident)
            else:
                kind = type(ident).__name__
                msg = f'{where}: "id" is a {kind}; make it a string or a number'
                yield Record(where, where, None, msg)
                continue
            label = where if ident == where else f"{where} (id {ident!r})"
            if field not in rec and HTML_FIELD not in rec:
                keys = ", ".join(rec) or "none"
                msg = (
                    f'{label}: no "{field}" field (fields: {keys}); name it with --text-field '
                    f'(or give the page as "{HTML_FIELD}")'
                )
                yield Record(ident, where, None, msg)
                continue
            got = field if field in rec else HTML_FIELD
            text = rec[got]
            if not isinstance(text, str):
                kind = "null" if text is None else f"a {type(text).__name__}"
                what = "the article text" if got == field else "the page's HTML"
                msg = f'{label}: "{got}" is {kind}; it must be {what}, a string'
                yield Record(ident, where, None, msg)
                continue
            if self.max_chars is not None and len(text) > self.max_chars:
                msg = (
                    f"{label}: the text has {_size_of(text)}, more than --max-chars "
                    f"{self.max_chars:,}; split the article or raise --max-chars"
                )
                yield Record(ident, where, None, msg)
                continue
            rec["id"] = ident
            yield Record(ident, where, rec)


def _chain(head: bytes, fh: IO[bytes]) -> Iterator[bytes]:
    """The lines of ``fh`` with ``head`` (its start, already read) in front."""
    lines = head.splitlines(keepends=True)
    if lines and not lines[-1].endswith(b"\n"):  # cut at the sniffing limit: finish it
        lines[-1] += fh.readline()
    yield from lines
    yield from fh
