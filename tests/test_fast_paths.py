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


# -- dates: the scanning patterns tried only where they may start --------------------------
_DATE_TOKENS = [
    "ngày", "Ngày", "NGÀY", "tháng", "Tháng", "THÁNG", "năm", "Năm", "từ", "Từ", "TỪ", "đến",
    "tới", "và", "nửa", "Nửa", "quý", "Quý", "QUÝ", "quí", "đầu", "cuối", "giờ", "Giờ", "h",
    "sáng", "lúc", "(", ")", "/", ".", "-", "–", "—", ",", ":", "1", "3", "9", "12", "15",
    "30", "31", "2019", "2020", "1945", "2023-05-01", "08", "8h30", "9/2016", "2013-2019",
    "I", "II", "IV", "İ", "٣", "\u0301", "\n",
    # whole forms, so that every pattern meets its matches (and near misses)
    "nửa đầu năm 2020", "Nửa cuối năm", "9 tháng đầu năm", "6 tháng năm 2017", "ngày 9 tháng",
    "từ tháng 3/2013 đến tháng 2/2016", "Từ tháng 3.2013 đến tháng 2.2016", "từ năm 2016 đến",
    "từ 1/1/2010 đến hết tháng 6/2017", "từ ngày 1/7/2020 đến ngày 30/6/2021", "quý IV năm 2017",
    "Quí 1/2023", "tháng 9-10/2016", "Tháng 3/2006 đến 5/2006", "(1/2004 - 5/2010)",
    "(2013 – 2019)", "2010 đến năm 2020", "15 giờ 30", "lúc 8h", "20 giờ ngày 31",
    "ngày 12/3/2021", "12-3", "27/7", "tháng 10 năm 2019", "sáng 5.9",
]  # fmt: skip
_DATE_TEXTS = st.lists(
    st.tuples(
        st.sampled_from(_DATE_TOKENS + [w.upper() for w in _DATE_TOKENS]),
        st.sampled_from([" ", "", "  ", "\t", ", "]),
    ),
    max_size=14,
).map(lambda parts: "".join(w + sep for w, sep in parts))


def _scans_agree(content: str) -> None:
    """Each dates pattern tried at :class:`dates.rules._Places` finds what ``finditer`` does."""
    from dan_van_extract.dates import patterns, rules

    def spans(found: object) -> list[tuple[int, int]]:
        return [m.span() for m in found]  # type: ignore[attr-defined]

    places = rules._Places(content)
    assert spans(_match.scan_at(patterns.DATE_RE, content, places.dates())) == spans(
        patterns.DATE_RE.finditer(content)
    )
    assert spans(_match.scan_at(patterns.TIME_RE, content, places.times())) == spans(
        patterns.TIME_RE.finditer(content)
    )
    starts = places.periods()
    for pattern in patterns.PERIOD_RES:
        assert spans(_match.scan_at(pattern, content, starts[pattern])) == spans(
            pattern.finditer(content)
        ), pattern.pattern[:60]
    assert spans(rules._year_tokens(content, 0, len(content))) == spans(
        patterns.YEAR_TOKEN_RE.finditer(content)
    )


@settings(max_examples=3000, deadline=None)
@given(_DATE_TEXTS)
def test_date_scans_at_their_places_find_what_whole_scans_find(content: str) -> None:
    _scans_agree(content)


def test_date_scans_agree_on_the_articles() -> None:
    for path in ARTICLES:
        _scans_agree(read(path))


# -- event: end-anchored cues tried from the end, the future cue's letters looked for first --
def _event_words() -> list[str]:
    from dan_van_extract._lexicon import load_table

    roles = ("not-event-after", "venue", "not-verb-after", "future-after")
    rows = load_table("dan_van_extract.event", "data/context_words.tsv")
    words = [phrase for phrase, role in rows if role in roles]
    return [*words, *(w.upper() for w in words), *(w.title() for w in words)]


_EVENT_WINDOWS = st.lists(
    st.tuples(
        st.sampled_from([*_event_words(), "tổ chức", "Tổ Chức", "hội nghị", "a", "đã", "1", "“"]),
        st.sampled_from([" ", "", "  ", "\t", ", ", "\n"]),
    ),
    max_size=6,
).map(lambda parts: "".join(w + sep for w, sep in parts))


@settings(max_examples=3000, deadline=None)
@given(_EVENT_WINDOWS)
def test_event_cues_from_the_end_match_where_the_forward_search_does(window: str) -> None:
    from dan_van_extract.analysis import lower_same_length
    from dan_van_extract.event import rules

    context = rules._context()
    for text in (window, lower_same_length(window)):
        for pattern in (context.not_event_after, context.venue, context.not_verb_after):
            assert rules._ends_with(pattern, text) == (pattern.search(text) is not None)
    low = lower_same_length(window)
    if context.future_letters is not None and context.future_letters.isdisjoint(low):
        assert not any(context.future_after.match(low, i) for i in range(len(low) + 1))


# -- metadata and layout: one search where there were many ---------------------------------
def _second_copy_by_every_length(text: str, start: int, end: int) -> int | None:
    """The repeated credit's second copy found by comparing every length (what
    ``metadata.rules._second_copy`` jumps through)."""
    from dan_van_extract.metadata.rules import _MIN_REPEAT_CHARS, _REPEAT_CHARS

    while end > start and text[end - 1] in " \t":
        end -= 1
    for n in range(_MIN_REPEAT_CHARS, _REPEAT_CHARS + 1):
        second, first = end - n, end - 2 * n - 1
        if first < start:
            break
        if text[second - 1] in " \t" and text[first : second - 1] == text[second:end]:
            return second
    return None


_CREDITS = st.lists(
    st.sampled_from(["Minh Hòa", "/VOV.VN", "(Thực hiện)", "a", "ab", "Hà", "TTXVN", ".", "./."]),
    max_size=6,
).map(" ".join)


@settings(max_examples=3000, deadline=None)
@given(
    _CREDITS,
    _CREDITS,
    st.sampled_from([" ", "\t", "  ", ""]),
    st.sampled_from(["", " ", " \t"]),
    st.integers(0, 8),
)
def test_second_copy_jumps_to_the_lengths_every_length_would_find(
    head: str, credit: str, gap: str, tail: str, start: int
) -> None:
    from dan_van_extract.metadata.rules import _second_copy

    for text in (head + gap + credit + gap + credit + tail, head + gap + credit + tail):
        lo = min(start, len(text))
        assert _second_copy(text, lo, len(text)) == _second_copy_by_every_length(
            text, lo, len(text)
        )


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet='a .!?…”"»/ \t\n', max_size=20), st.integers(0, 5))
def test_sentence_end_searched_from_its_only_start(text: str, start: int) -> None:
    from dan_van_extract.metadata.rules import _SENTENCE_END_RE, _ends_sentence

    lo = min(start, len(text))
    found = _SENTENCE_END_RE.search(text, lo, len(text)) is not None
    assert _ends_sentence(text, lo, len(text)) == found


def test_one_furniture_alternation_matches_the_lines_its_patterns_match() -> None:
    lines = {line for path in ARTICLES for line in read(path).splitlines()}
    lines |= {
        "Chia sẻ",
        "Bình luận (0)",
        "Tags: dân vận, khéo",
        "Tin liên quan",
        "https://example.vn/a.html",
        "Ảnh minh họa",
        "In bài viết",
        "Xem thêm",
        # chrome shapes tried only on lines holding their words (layout._chrome_scan)
        "Trang chủ » Tin tức » Hoạt động",
        "Hà Nội weather 20° - 28° C",
        "BAOTAYNINH.VN trên Google News",
        "Are you sure that you want to switch to desktop version?",
        "news_is_not_ads=",
    }
    matched = 0
    for line in lines:
        each = any(p.match(line) for p in layout._FURNITURE_SHAPES)
        assert layout._furniture_shape(line) == each, line
        matched += each
    assert matched >= 8  # the comparison saw furniture of both kinds, not only content
