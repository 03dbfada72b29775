"""The shared word scan: a lexicon pattern tried only where one of its first words stands
finds exactly what a scan of the whole text finds."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ARTICLES, new_context, read
from dan_van_extract import _scan, vocab
from dan_van_extract.analysis import Analysis
from dan_van_extract.event.rules import _event_re
from dan_van_extract.layout import segment
from dan_van_extract.officials.lexicon import HONORIFIC_BEFORE_RE, lexicons
from dan_van_extract.officials.persons import _whole_words
from dan_van_extract.officials.words import LAST_TWO_WORDS_RE
from dan_van_extract.pipeline import stages
from dan_van_extract.punctuation import _WORD_BEFORE_DOT_RE, SENTENCE_END_RE, ends_sentence

stages()  # every stage's lexicons are keyed as they compile
lexicons()
_event_re()
KEYED = list(_scan._KEYS)

TRICKY = [
    "Phó Bí thư Tỉnh ủy nguyên Bí thư, PHÓ BÍ THƯ, phó  bí\tthư, UV.BTV, BTV Huyện ủy",
    "İstanbul Bí thư; \u212aBí thư ſ Chủ tịch; x\u0301Bí thư; ﬁ Chủ tịch",
    "ông Nguyễn Văn An, bà Lê Thị B và đồng chí C; Ông Cang nói",
    "phó\tbí thư, PhóBí thư, thanh Bí thư²Bí thư, 2Bí thư, _Bí thư",
    "",
]


def _both(text: str) -> None:
    a = Analysis(segment(text))
    for pattern in KEYED:
        full = [m.span() for m in pattern.finditer(a.content, overlapped=True)]
        assert a.hits(pattern, 0, len(a.content)) == full, pattern.pattern[:60]
        scanned = [m.span() for m in pattern.finditer(a.content)]
        assert [m.span() for m in a.keyed_matches(pattern)] == scanned, pattern.pattern[:60]
        n = len(a.content)
        for lo, hi in ((0, n), (n // 3, 2 * n // 3), (n // 2, n)):
            low = [m.span() for m in pattern.finditer(a.lower, lo, hi)]
            got = [m.span() for m in a.keyed_matches(pattern, lo, hi, lower=True)]
            assert got == low, pattern.pattern[:60]


def test_some_patterns_are_keyed() -> None:
    assert _scan.is_keyed(lexicons().prefix_position_re)
    assert _scan.is_keyed(_event_re())


def test_keyed_scan_finds_what_the_full_scan_finds_in_every_fixture() -> None:
    for path in ARTICLES:
        _both(new_context(read(path)).content)


def test_keyed_scan_on_tricky_letters() -> None:
    for text in TRICKY:
        _both(text)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *("Bí", "bí", "BÍ", "thư", "Phó", "ông", "Ông", "nguyên", "Chủ", "tịch", "İ"),
                *("ſ", "\u212a", "x\u0301", "a", ".", ",", " ", "\t", "\n", "-", "Tỉnh", "UV"),
            ]
        ),
        max_size=30,
    ).map("".join)
)
def test_keyed_scan_on_generated_text(text: str) -> None:
    _both(text)


def test_lower_case_decides_case_insensitive_equality_of_safe_letters() -> None:
    # Other letters (ſ matches s, the Kelvin sign k) make a word that every pattern tries.
    for a in _scan.SAFE_LETTERS:
        rx = regex.compile("(?i)" + regex.escape(a))
        for b in _scan.SAFE_LETTERS:
            same = rx.fullmatch(b) is not None
            assert same == (a.lower() == b.lower()), (a, b)


def test_leads() -> None:
    leads = _scan.leads_of(["Phó Bí thư", "UV.BTV", "bí  thư", "nguyên"])
    assert leads == {"phó bí", "uv.btv", "bí thư", "nguyên"}
    assert _scan.leads_of(["(x)"]) is None
    assert _scan.leads_of(["a(b"]) is None


def test_whole_words_as_an_alternation_finds_them() -> None:
    low = "phó bí thư, p.giám đốc p và bí thư; bíbí thư, ủy viên"
    words = ["bí", "p", "p.giám", "ủy", "thư"]
    alternation = regex.compile(r"(?<![\p{L}\p{M}])(?:p\.giám|p|bí|ủy|thư)(?![\p{L}\p{M}])")
    expected = [(m.start(), m.group()) for m in alternation.finditer(low)]
    assert _whole_words(low, words) == expected


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "Đ", "ệ", "1", ".", "&", " ", "\t", ",", "\n", "\u0301"])).map(
        "".join
    ),
    st.data(),
)
def test_last_two_words_backwards_is_the_forward_search(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    forward = regex.compile(LAST_TWO_WORDS_RE.pattern)
    f, r = forward.search(text, lo, hi), LAST_TWO_WORDS_RE.search(text, lo, hi)
    assert (f is None) == (r is None)
    if f is not None and r is not None:
        assert (f.span(), f.span("b"), f.span("w")) == (r.span(), r.span("b"), r.span("w"))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Trường", "THPT", "Tập", "đoàn", "Công ty", "đường", " ", "\t", "x"])
    ).map("".join),
    st.data(),
)
def test_window_end_patterns_backwards_answer_as_forwards(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    for pattern in (lexicons().org_tail_re, lexicons().named_after_re):
        forward = regex.compile(pattern.pattern)
        assert (forward.search(text, lo, hi) is None) == (pattern.search(text, lo, hi) is None)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["ông", "Ông", "bà", "thầy", "giáo", "cô", "đồng", "chí", "Đ/c", "TP", "."])
        | st.sampled_from([" ", "\t", "\n", "x", "B", "1", "/"])
    ).map("".join),
    st.data(),
)
def test_backward_searches_find_the_forward_match(text: str, data: st.DataObject) -> None:
    hi = data.draw(st.integers(0, len(text)))
    lo = max(0, hi - 12)
    for pattern in (HONORIFIC_BEFORE_RE, _WORD_BEFORE_DOT_RE):
        f = regex.compile(pattern.pattern).search(text, lo, hi)
        r = pattern.search(text, lo, hi)
        assert (f and f.span()) == (r and r.span())


def test_odd_letters_inside_a_lead_are_still_found() -> None:
    # ſ matches s, the Kelvin sign k and İ i case-insensitively; lower case does not say so.
    swaps = {"s": "ſ", "k": "\u212a", "i": "İ", "S": "ſ", "K": "\u212a", "I": "İ"}
    pieces = []
    for leads in {frozenset(v) for v in _scan._KEYS.values()}:
        for lead in sorted(leads)[:40]:
            odd = "".join(swaps.get(c, c) for c in lead)
            if odd != lead:
                pieces += [odd, f"x {odd}", f"{lead.split()[0]}  {odd}", odd.upper()]
    assert pieces
    for i in range(0, len(pieces), 25):
        _both("Tin. " + ", ".join(pieces[i : i + 25]) + " ông Nguyễn Văn An nói.")


def _ends_sentence_read_back(text: str, m: regex.Match[str]) -> bool:
    """:func:`ends_sentence` without its shortcut: the word before every lone full stop
    read back and looked up."""
    if m.group("mark") != ".":
        return True
    before = regex.compile(_WORD_BEFORE_DOT_RE.pattern).search(
        text, max(0, m.start() - 12), m.start()
    )
    if before is None:
        return True
    word = before.group().rsplit(".", 1)[-1]
    if before.group() in vocab.abbreviations() or word in vocab.abbreviations():
        return False
    return not (len(word) == 1 and word.isupper())


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(sorted(vocab.abbreviations()))
        | st.sampled_from(["Tp", "hs", "/c", "vụ", "họp", "T", "Ư", "Đ", "2020", "việc"])
        | st.sampled_from([".", ". ", " ", "\t", "\n", "x", "B", "1", "/", "…", "”", "("])
    ).map("".join)
)
def test_sentence_ends_shortcut_answers_as_reading_back(text: str) -> None:
    for m in SENTENCE_END_RE.finditer(text):
        assert ends_sentence(text, m) == _ends_sentence_read_back(text, m)


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_odd_letters_are_every_letter_outside_the_safe_ones(text: str) -> None:
    expected = sorted(c for c in set(text) - _scan.SAFE_LETTERS if c.isalpha())
    assert sorted(_scan._odd_letters(text)) == expected


_SENTENCE_END_AS_FIRST_WRITTEN = regex.compile(
    r"(?P<mark>[.!?…]+)[\"”’»)\]]*(?=[ \t]{1,3}[\p{Lu}\d“\"‘'(\[–-])|\n"
)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["TP", "B", "vụ", "Ông", "2020", "x", "Đ", "“", '"', "(", "–"])
        | st.sampled_from([".", "..", "!", "?", "…", "?!", "”", ")", "]", " ", "  ", "\t", "\n"])
    ).map("".join)
)
def test_sentence_end_runs_read_once_match_as_first_written(text: str) -> None:
    once = [(m.span(), m.group("mark")) for m in SENTENCE_END_RE.finditer(text)]
    first = [(m.span(), m.group("mark")) for m in _SENTENCE_END_AS_FIRST_WRITTEN.finditer(text)]
    assert once == first


def test_a_long_run_of_dots_does_not_backtrack() -> None:
    # regex's own timeout stops a pattern that backtracks on the run (hours of work); the
    # bound is wide, so a busy machine never trips it (scripts/pathological.py measures speed)
    text = "Họ và tên: " + "." * 200_000 + "x"
    assert list(SENTENCE_END_RE.finditer(text, timeout=30.0)) == []
