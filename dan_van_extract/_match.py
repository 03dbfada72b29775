"""One place where compiled patterns are run, with the time-budget backstop.

Every pattern in the library is written to run in linear time; the ``regex`` module's
``timeout`` is only a backstop against a mistake. :func:`budget` sets a deadline for
the current extraction; :func:`finditer` and :func:`search` pass the time left to
``regex``, and :class:`~dan_van_extract.errors.ExtractionTimeout` is raised past it.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import regex

from .errors import ExtractionTimeout

__all__ = ["budget", "findall", "finditer", "fullmatch", "match", "scan_at", "search", "sub"]

_deadline: ContextVar[float | None] = ContextVar("dan_van_extract_deadline", default=None)


@contextmanager
def budget(seconds: float | None) -> Iterator[None]:
    """Run the enclosed extraction with a deadline of ``seconds`` (None: no deadline)."""
    token = _deadline.set(None if seconds is None else time.monotonic() + seconds)
    try:
        yield
    except TimeoutError as exc:  # raised by regex when the deadline passes
        raise ExtractionTimeout(
            f"extraction took longer than its time budget of {seconds} s"
        ) from exc
    finally:
        _deadline.reset(token)


def _left() -> float | None:
    deadline = _deadline.get()
    if deadline is None:
        return None
    return max(0.001, deadline - time.monotonic())


def finditer(
    pattern: regex.Pattern[str],
    text: str,
    pos: int = 0,
    endpos: int | None = None,
    *,
    overlapped: bool = False,
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer`` under the current time budget (``overlapped``: a match at
    every start, as ``regex`` gives them). Over a short window (the words of one title)
    the deadline is checked once, before the scan, as for anchored matches; so it is over
    an article's length (:data:`_UNTIMED`)."""
    if endpos is None:
        endpos = len(text)
    if endpos - pos <= _UNTIMED:
        _check()
        return pattern.finditer(text, pos, endpos, overlapped=overlapped)
    return pattern.finditer(text, pos, endpos, overlapped=overlapped, timeout=_left())


# Searches over a short window (the rules' look-arounds near a match, thousands per text)
# skip asking the clock, which costs more than they do; the scans over the whole text,
# where a runaway pattern would show, keep the budget. An anchored match (``match``,
# ``fullmatch``) reads only as far as its pattern reaches from ``pos``: it checks the
# deadline itself, which costs a tenth of handing ``regex`` a timeout (about 4 µs a call,
# more than most of these matches), so that many matches adding up still stop in time.
_SHORT = 2000
_UNTIMED = 10_000
"""The longest window scanned without handing ``regex`` a timeout (the deadline is checked
before the scan instead): ``regex`` reads the process clock when a timed search starts and
again for every match a timed ``finditer`` yields, several microseconds each, which made the
budget cost a tenth of a whole extraction. Nearly every article (99% of the corpus) is
shorter; a long text, where a runaway pattern would show, keeps the timeout. (A pattern is
linear time and its quantifiers bounded, so a scan of this window cannot run away.)"""


def _check() -> None:
    """Raise ``TimeoutError`` (which :func:`budget` turns into ExtractionTimeout) once the
    current extraction's deadline has passed."""
    deadline = _deadline.get()
    if deadline is not None and time.monotonic() > deadline:
        raise TimeoutError("regex time out")


def search(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> regex.Match[str] | None:
    """``pattern.search`` under the current time budget."""
    if endpos is None:
        endpos = len(text)
    if endpos - pos <= _SHORT:
        return pattern.search(text, pos, endpos)
    if endpos - pos <= _UNTIMED:
        _check()
        return pattern.search(text, pos, endpos)
    return pattern.search(text, pos, endpos, timeout=_left())


def match(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> regex.Match[str] | None:
    """``pattern.match`` under the current time budget (checked before the match), reading
    at most :data:`_SHORT` characters from ``pos``.

    ``regex`` looks for a pattern's required literal (the bracket of a bracket pattern)
    before it tries an anchored match, and looks as far as ``endpos``: on a megabyte
    without that literal, each match at a name read to the end of the text (quadratic:
    8 s for a megabyte of capitalised words). No rule's anchored match is that long.
    """
    if endpos is None or endpos - pos > _SHORT:
        _check()
        endpos = min(len(text), pos + _SHORT)
    return pattern.match(text, pos, endpos)


def fullmatch(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> regex.Match[str] | None:
    """``pattern.fullmatch`` under the current time budget (checked before the match)."""
    if endpos is None:
        endpos = len(text)
    if endpos - pos > _SHORT:
        _check()
    return pattern.fullmatch(text, pos, endpos)


def findall(pattern: regex.Pattern[str], text: str) -> list[str]:
    """``pattern.findall`` under the current time budget (for short strings: a title)."""
    if len(text) <= _SHORT:
        return pattern.findall(text)
    if len(text) <= _UNTIMED:
        _check()
        return pattern.findall(text)
    return pattern.findall(text, timeout=_left())


def sub(pattern: regex.Pattern[str], repl: str, text: str) -> str:
    """``pattern.sub`` under the current time budget (for short strings: a title)."""
    if len(text) <= _SHORT:
        return pattern.sub(repl, text)
    if len(text) <= _UNTIMED:
        _check()
        return pattern.sub(repl, text)
    return pattern.sub(repl, text, timeout=_left())


def scan_at(
    pattern: regex.Pattern[str], text: str, starts: Iterable[int], endpos: int | None = None
) -> list[regex.Match[str]]:
    """The matches ``finditer(pattern, text, 0, endpos)`` gives (in order, not
    overlapping), trying ``pattern`` only at ``starts`` (ascending): every offset where one
    of its matches may start must be among them, found by a cheaper scan (a pattern that
    opens with a look-behind or a class makes ``regex`` try it at every character). Its
    look-behinds read the text before each start, as in a scan; the pattern must not match
    the empty string. Each try is a :func:`match` under the time budget."""
    out: list[regex.Match[str]] = []
    taken = 0
    last = -1
    for pos in starts:
        if pos < taken or pos == last:
            continue
        last = pos
        m = match(pattern, text, pos, endpos)
        if m is not None:
            out.append(m)
            taken = m.end()
    return out
