"""The text layer: one normal form for matching, with an offset map back to the input.

Extractors match against :attr:`NormText.text`, in which

* Unicode is NFC (a decomposed ``a`` + combining acute becomes ``á``);
* tone marks sit in one place: ``hoà`` -> ``hòa``, ``Uỷ`` -> ``Ủy``, ``thuỵ`` -> ``thụy``
  (the mark moves to the first vowel of a syllable-final ``oa``, ``oe``, ``uy``;
  ``quý`` is left alone);
* non-breaking and other exotic spaces are plain spaces, tabs are spaces;
* zero-width characters and soft hyphens are gone, ``\\r\\n`` is ``\\n``;
* other control characters are spaces (line separators are ``\\n``);
* an underscore between two letters (word-segmented corpora: ``công_tác``) is a space.

Every position in the normal form maps back to the original input with
:meth:`NormText.span`, so results always index the string the caller passed in.
Diacritics are never stripped.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from functools import lru_cache

import regex

__all__ = ["NormText", "normalize"]

_TONE_SECOND = "àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ"
# A syllable-final oa/oe/uy whose tone mark sits on the second vowel.
_EDIT_RE = regex.compile(
    r"\r\n?"
    r"|[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]"
    r"|[\u200b\u200c\u200d\u2060\ufeff\u00ad]"
    r"|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029]"
    r"|(?<=\p{L})_(?=\p{L})"
    r"|[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ](?![\p{L}\p{M}])"
    r"|(?<![qQ])[uU][ỳýỷỹỵỲÝỶỸỴ](?![\p{L}\p{M}])"
)
_EDIT_CHAR_RE = re.compile(
    "[\r\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\u200b\u200c\u200d\u2060\ufeff"
    "\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029_]"
)
"""Where an edit of :data:`_EDIT_RE` other than a tone move may start: one character of a
set, which the standard library's engine finds with a bitmap, nearly never in an article."""
_TONE_PAIR_HINT_RE = re.compile("[àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ](?<=[oOuU].)(?![a-zA-Z])")
"""The second vowel of a pair whose tone mark may move (``hoà``, ``thuỷ``): a marked vowel
after ``o`` or ``u`` and before no ASCII letter (``hoàn`` is left at once); :data:`_EDIT_RE`
decides."""
_CLUSTER_RE = regex.compile(r"\X")
_MARKED_RE = regex.compile(r"\P{M}\p{M}+")  # a character and the marks on it
_MAX_CLUSTER = 32
_SPACES = frozenset("\u00a0\u1680\u202f\u205f\u3000\t") | frozenset(
    chr(c) for c in range(0x2000, 0x200B)
)
_DELETE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
_LINE_BREAKS = frozenset("\x0b\x0c\x85\u2028\u2029")


@lru_cache(maxsize=64)
def _move_tone(pair: str) -> str:
    """``oà`` -> ``òa``: move the second vowel's tone mark onto the first."""
    first, second = pair[0], pair[1]
    decomposed = unicodedata.normalize("NFD", second)
    base, marks = decomposed[0], decomposed[1:]
    new_first = unicodedata.normalize("NFC", first + marks)
    return new_first + base


def _replacement(m: regex.Match[str]) -> str:
    s = m.group()
    if s[0] == "\r":
        return "\n"
    if len(s) == 2:
        return _move_tone(s)
    if s in _SPACES:
        return " "
    if s in _DELETE:
        return ""
    if s in _LINE_BREAKS:
        return "\n"
    return " "  # control characters, and "_" between words of word-segmented text


def _compose(
    text: str, starts: list[int], ends: list[int], clusters: regex.Pattern[str]
) -> tuple[str, list[int], list[int]]:
    """NFC of the ``clusters`` matches of ``text`` (the rest copied), with the maps."""
    pieces: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    last = 0
    for m in clusters.finditer(text):
        a, b = m.span()
        if a > last:
            pieces.append(text[last:a])
            new_starts.extend(starts[last:a])
            new_ends.extend(ends[last:a])
        # No real letter carries more than a few marks; a run of thousands (noise) is
        # left as it is, since putting it in canonical order is quadratic.
        piece = m.group() if b - a > _MAX_CLUSTER else unicodedata.normalize("NFC", m.group())
        pieces.append(piece)
        if len(piece) == b - a:
            new_starts.extend(starts[a:b])
            new_ends.extend(ends[a:b])
        else:
            new_starts.extend([starts[a]] * len(piece))
            new_ends.extend([ends[b - 1]] * len(piece))
        last = b
    pieces.append(text[last:])
    new_starts.extend(starts[last:])
    new_ends.extend(ends[last:])
    return "".join(pieces), new_starts, new_ends


_CHUNKED_FROM = 20_000
"""A text that is not NFC and longer than this is mapped a run of lines at a time."""


def _edits(s: str) -> list[regex.Match[str]]:
    """The matches of :data:`_EDIT_RE` in ``s``, as ``finditer`` gives them: the pattern is
    tried only where one may start (:data:`_EDIT_CHAR_RE`, :data:`_TONE_PAIR_HINT_RE`),
    not at every character (which cost a tenth of a millisecond an article)."""
    starts = [m.start() for m in _EDIT_CHAR_RE.finditer(s)]
    pairs = [m.start() - 1 for m in _TONE_PAIR_HINT_RE.finditer(s)]
    if pairs:
        starts = sorted(starts + pairs)
    out: list[regex.Match[str]] = []
    taken = 0
    for start in starts:
        if start < taken:
            continue
        m = _EDIT_RE.match(s, start)
        if m is not None:
            out.append(m)
            taken = m.end()
    return out


class NormText:
    """An input string, its normal form, and the offset map between them.

    >>> t = NormText("Uỷ ban\\u00a0nhân dân")
    >>> t.text
    'Ủy ban nhân dân'
    >>> t.span(0, 6)
    (0, 6)
    """

    __slots__ = (
        "_chunk_norm",
        "_chunk_orig",
        "_chunks",
        "_cum",
        "_del_at",
        "_ends",
        "_starts",
        "original",
        "text",
    )

    def __init__(self, original: str) -> None:
        self.original = original
        # Fast path state: positions (in the normal form) before which characters were
        # deleted, and the cumulative number deleted up to and including each.
        self._del_at: list[int] = []
        self._cum: list[int] = []
        # Slow path state (input not NFC): per-character original start/end offsets.
        self._starts: list[int] | None = None
        self._ends: list[int] | None = None
        # A long input that is not NFC: runs of lines, each mapped on its own.
        self._chunks: list[NormText] | None = None
        self._chunk_norm: list[int] = []
        self._chunk_orig: list[int] = []
        if original.isascii() or unicodedata.is_normalized("NFC", original):
            self.text = self._edit(original)
            # Deleting a zero-width character may bring a combining mark next to a letter
            # ("n", soft hyphen, grave): then the edited text is not NFC any more; or it
            # may join a tone pair ("u", soft hyphen, "ý") that the edit must still move.
            if self._del_at and (
                not unicodedata.is_normalized("NFC", self.text) or _EDIT_RE.search(self.text)
            ):
                self._del_at, self._cum = [], []
                self._slow_path(original)
        elif len(original) > _CHUNKED_FROM and "\n" in original:
            self._chunked(original)
        else:
            self._slow_path(original)

    def _chunked(self, original: str) -> None:
        """Map a long input that is not NFC a run of lines at a time: the lines that are
        NFC (nearly all of them) take the fast path, so one odd letter does not cost the
        whole text per-character maps. NFC and every edit stay within a line (a line
        break composes with nothing), so the chunks' normal forms joined are the whole's."""
        chunks: list[NormText] = []
        run_start = 0
        pos = 0
        for line in original.splitlines(keepends=True):
            end = pos + len(line)
            if not (line.isascii() or unicodedata.is_normalized("NFC", line)):
                if run_start < pos:
                    self._add_chunk(chunks, original, run_start, pos)
                self._add_chunk(chunks, original, pos, end)
                run_start = end
            pos = end
        if run_start < len(original):
            self._add_chunk(chunks, original, run_start, len(original))
        self._chunks = chunks
        self.text = "".join(c.text for c in chunks)

    def _add_chunk(self, chunks: list[NormText], original: str, start: int, end: int) -> None:
        norm_start = self._chunk_norm[-1] + len(chunks[-1].text) if chunks else 0
        self._chunk_norm.append(norm_start)
        self._chunk_orig.append(start)
        chunks.append(NormText(original[start:end]))

    # -- building ---------------------------------------------------------------------
    def _edit(self, s: str) -> str:
        """Apply the character edits; record where characters were deleted."""
        pieces: list[str] = []
        last = 0
        deleted = 0
        out_len = 0
        for m in _edits(s):
            a, b = m.span()
            rep = _replacement(m)
            pieces.append(s[last:a])
            out_len += a - last
            pieces.append(rep)
            out_len += len(rep)
            gone = (b - a) - len(rep)
            if gone:
                deleted += gone
                self._del_at.append(out_len)
                self._cum.append(deleted)
            last = b
        if not pieces:
            return s
        pieces.append(s[last:])
        return "".join(pieces)

    def _edit_mapped(
        self, s: str, starts: list[int], ends: list[int]
    ) -> tuple[str, list[int], list[int]]:
        """Apply the edits to ``s`` whose characters map to ``starts``/``ends``."""
        edited = self._edit(s)
        if self._del_at:
            # Between two deletion points every position shifts by the same amount: the
            # index map is built a run at a time, not a position at a time.
            idx: list[int] = []
            shift, prev = 0, 0
            for at, cum in zip(self._del_at, self._cum, strict=True):
                idx.extend(range(prev + shift, at + shift))
                shift, prev = cum, at
            idx.extend(range(prev + shift, len(edited) + shift))
            starts = [starts[i] for i in idx]
            ends = [ends[i] for i in idx]
            self._del_at, self._cum = [], []
        return edited, starts, ends

    def _slow_path(self, original: str) -> None:
        """Per-character maps: edit (deletions first), compose clusters to NFC, edit again
        (a composed vowel may now need its tone mark moved)."""
        text, starts, ends = self._edit_mapped(
            original, list(range(len(original))), list(range(1, len(original) + 1))
        )
        composed = _compose(text, starts, ends, _MARKED_RE)
        if not unicodedata.is_normalized("NFC", composed[0]):
            # Rare: NFC changes something other than a letter and its marks (a singleton
            # like U+2126, Hangul jamo): compose every grapheme cluster.
            composed = _compose(text, starts, ends, _CLUSTER_RE)
        chunks_text, new_starts, new_ends = composed
        text, starts, ends = self._edit_mapped(chunks_text, new_starts, new_ends)
        self._starts, self._ends = starts, ends
        self.text = text

    def _nfc_index(self, p: int) -> int:
        k = bisect_right(self._del_at, p)
        return p + (self._cum[k - 1] if k else 0)

    # -- mapping ----------------------------------------------------------------------
    def start(self, p: int) -> int:
        """Original offset of the normal-form position ``p`` used as a span start."""
        if self._chunks is not None:
            if p >= len(self.text):
                return len(self.original)
            i = bisect_right(self._chunk_norm, p) - 1
            return self._chunk_orig[i] + self._chunks[i].start(p - self._chunk_norm[i])
        if self._starts is not None:
            return self._starts[p] if p < len(self._starts) else len(self.original)
        k = bisect_right(self._del_at, p)
        return p + (self._cum[k - 1] if k else 0)

    def end(self, p: int) -> int:
        """Original offset of the normal-form position ``p`` used as a span end."""
        if self._chunks is not None:
            if p <= 0:
                return 0
            i = bisect_right(self._chunk_norm, p - 1) - 1  # the chunk of the last character
            return self._chunk_orig[i] + self._chunks[i].end(p - self._chunk_norm[i])
        if self._ends is not None:
            return self._ends[p - 1] if p > 0 else 0
        k = bisect_left(self._del_at, p)
        return p + (self._cum[k - 1] if k else 0)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original ``(start, end)`` of the normal-form span ``[start, end)``."""
        s = self.start(start)
        e = self.end(end) if end > start else s
        return s, max(s, e)

    def item(self, start: int, end: int) -> tuple[str, tuple[int, int]]:
        """``(original text, original span)`` for a normal-form span."""
        s, e = self.span(start, end)
        return self.original[s:e], (s, e)

    def __len__(self) -> int:
        return len(self.text)

    def __repr__(self) -> str:
        return f"NormText({self.text[:40]!r}{'...' if len(self.text) > 40 else ''})"


def normalize(text: str) -> str:
    """The normal form used for matching (see the module docstring).

    >>> normalize("Hoà Bình, Thuỵ Khuê")
    'Hòa Bình, Thụy Khuê'
    """
    return NormText(text).text
