"""The fast paths answer as the slow ones they stand for: a cheap test run before a costly
search skips it only where it could not match; a pattern tried only where a match may
start finds what a scan of every position finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ARTICLES, read
from dan_van_extract import _match, layout
from dan_van_extract.awards import issuers
from dan_van_extract.awards.lexicon import _GRANT_VERBS, FORM_RE
from dan_van_extract.officials import names
from dan_van_extract.officials.lexicon import HONORIFIC_BEFORE_RE, HONORIFIC_WINDOW, lexicons

_WORDS = [
    *_GRANT_VERBS,
    *(w.upper() for w in _GRANT_VERBS),
    "đã", "vừa", "cũng", "Quyết định", "QUYẾT ĐỊNH", "thừa ủy quyền", "ký", "ra",
    "tổ chức", "Tổ chức", "tiến hành", "buổi", "lễ", "Lễ", "LỄ", "LỄ", "Ban",
    "thay mặt", "THAY MẶT", "Thay Mặt", "đại diện", "ĐẠI DIỆN", "Đại diện", "cho",
    "UBND", "tỉnh", "huyện", "12", "cá nhân", "(", ")", ",", ".", "-", "İ", "ı", "\u0301",
]  # fmt: skip
_SUBJECTS = st.lists(
    st.tuples(st.sampled_from(_WORDS), st.sampled_from([" ", "  ", "\t", "", ", "])),
    max_size=12,
).map(lambda parts: "".join(w + sep for w, sep in parts))


@settings(max_examples=2000, deadline=None)
@given(_SUBJECTS)
def test_subject_prechecks_skip_only_searches_that_find_nothing(subject: str) -> None:
    if not issuers._ends_in_letter(subject):
        assert issuers._ADVERBS_END_RE.search(subject) is None
    if not issuers._ends_in_ceremony(subject):
        assert issuers._ORGANISER_END_RE.search(subject) is None
        assert issuers._ORGANISES_END_RE.search(subject) is None
    if not issuers._may_act_for(subject):
        assert issuers._ON_BEHALF_RE.search(subject) is None


def test_the_prechecks_let_through_what_the_searches_find() -> None:
    subject = "Nhân dịp này, UBND tỉnh đã"
    assert issuers._ends_in_letter(subject) and issuers._ADVERBS_END_RE.search(subject)
    assert issuers._ends_in_ceremony("UBND huyện tổ chức LỄ \t")
    assert issuers._may_act_for("ĐẠI DIỆN lãnh đạo tỉnh,")
    assert not issuers._ends_in_letter("cho 12 cá nhân, ")
    assert not issuers._ends_in_ceremony("UBND huyện tặng")
    assert not issuers._may_act_for("UBND huyện tặng")


def test_every_grant_verb_ends_in_a_letter() -> None:
    """What :func:`issuers._ends_in_letter` relies on: the verbs of ``_ADVERBS_END_RE``."""
    assert all(verb[-1].isalpha() for verb in _GRANT_VERBS)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=" \t\n\u00a0.,:;)aĐđBx", max_size=60))
def test_soft_breaks_blanked_as_the_substitution_does(text: str) -> None:
    expected = layout.SOFT_BREAK_RE.sub(lambda m: " " * len(m.group()), text)
    assert layout._blank_soft_breaks(text) == expected


def test_a_soft_break_across_one_blank_line_is_blanked() -> None:
    text = "Đồng chí Dũng – Giám đốc  \n \n  ngân hàng. Mới\nđây.\nX\n\n\nhết"
    assert layout._blank_soft_breaks(text) == (
        "Đồng chí Dũng – Giám đốc" + " " * 7 + "ngân hàng. Mới đây.\nX\n\n\nhết"
    )


def test_verb_issuers_read_once_are_placed_where_each_window_stands() -> None:
    """A repeated phrase is read once; each copy's issuer span is its own."""
    repeated = "Sáng 3/2, UBND tỉnh đã tặng Bằng khen cho 5 tập thể. " * 6
    texts = [repeated, *(read(path) for path in ARTICLES)]
    compared = 0
    for text in texts:
        once = issuers.VerbIssuers(text)
        for m in FORM_RE.finditer(text):
            for lo in (0, max(0, m.start() - 100), m.start()):
                for is_verb in (False, True):
                    expected = issuers.verb_issuer(text, m.start(), lo, is_verb=is_verb)
                    assert once(m.start(), lo, is_verb=is_verb) == expected
                    compared += expected is not None and expected.span is not None
    assert compared > 6  # issuers with spans were found and placed
    reader = issuers.VerbIssuers(repeated)
    found = [reader(m.start(), 0, is_verb=False) for m in FORM_RE.finditer(repeated)]
    assert len({f.span for f in found if f is not None}) == 6


_BEFORE_WORDS = [
    "ông", "Ông", "ÔNG", "bà", "đồng chí", "Đ/c", "đ/C", "(đ/c", "thầy giáo", "Trường THPT",
    "trường THCS&THPT", "đường", "Đường", "xã", "Xã", "thị\ntrấn", "tổ dân  phố", "bông",
    "xxã", "chí", "Nguyễn", "Văn", "A", ",", "(", "ſ", "x\u0301ông", "\u00a0", "\n",
]  # fmt: skip
_BEFORE_TEXTS = st.lists(
    st.tuples(st.sampled_from(_BEFORE_WORDS), st.sampled_from([" ", "  ", "\t", "", "\n", " \n"])),
    max_size=10,
).map(lambda parts: "".join(w + sep for w, sep in parts))


@settings(max_examples=1500, deadline=None)
@given(_BEFORE_TEXTS)
def test_the_word_before_a_run_skips_only_backward_searches_that_find_nothing(text: str) -> None:
    lex = lexicons()
    for pos in range(len(text) + 1):
        hon = _match.search(HONORIFIC_BEFORE_RE, text, max(0, pos - HONORIFIC_WINDOW), pos)
        found = names.honorific_before(text, pos)
        assert (found and found.span()) == (hon and hon.span())
        lo = max(0, pos - names.NAMED_AFTER_WINDOW)
        named = _match.search(lex.named_after_re, text, lo, pos) is not None
        assert names._named_after_before(text, pos, lex) == named
        lo = max(0, pos - names.PLACE_WORD_WINDOW)
        place = _match.search(names._PLACE_WORD_BEFORE_RE, text, lo, pos) is not None
        assert names._place_word_before(text, pos) == place


def test_the_blanks_of_a_form_of_address_are_every_space_character() -> None:
    assert set(names._WHITESPACE) == {chr(c) for c in range(0x110000) if chr(c).isspace()}
