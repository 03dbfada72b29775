"""The output contract: Pydantic models for everything :func:`extract` returns.

The keys and meanings follow ``docs/contract.md``. Every extracted item carries
``text`` (the words exactly as they stand in the caller's input) and ``span``
(``[start, end]`` character offsets into that input), so that
``input[start:end] == text`` always holds.

``extract_html`` adds ``html_span`` (offsets into the HTML) to every item and returns the
plain text it read as ``Document.text``.

``Document.model_json_schema()`` is the published JSON Schema (``docs/schema.json``).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .vocab import multipliers

SCHEMA_VERSION = "1.1"

Span = tuple[int, int]
"""``(start, end)`` character offsets into the original input, end exclusive."""

TimeOfDay = Literal["sáng", "trưa", "chiều", "tối", "đêm"]
DateRole = Literal["published", "event", "other"]
Qualifier = Literal["over", "under", "approx"]
PlaceLevel = Literal["province", "district", "commune", "village"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class TextSpan(_Model):
    """A stretch of the input: its words as written and where they stand."""

    text: str = Field(description="The words as they stand in the input.")
    span: Span = Field(description="[start, end] offsets into the original input.")
    html_span: Span | None = Field(
        default=None,
        description="From extract_html: [start, end] offsets into the HTML passed in, whose "
        "slice (tags dropped, entities decoded, whitespace collapsed) reads as text; null "
        "for extract(), and for words of a line made from the page's metadata.",
    )


class Published(TextSpan):
    """The article's own publication date line."""

    value: str = Field(
        description="ISO 8601: '2020-09-30T15:06:38+07:00' when a time is shown, else '2022-11-30'."
    )


class EventDate(TextSpan):
    """The date of the main event, with its year resolved when it can be."""

    value: str = Field(
        description="'YYYY-MM-DD'; '--MM-DD' when the year cannot be known from the text."
    )
    year_inferred: bool = Field(
        default=False,
        description="True when the year came from the article's content (a period, a year "
        "named nearby) rather than from the publication date or the date itself.",
    )
    time_of_day: TimeOfDay | None = None


class DateMention(TextSpan):
    """Any date named in the article."""

    value: str = Field(
        description="'YYYY-MM-DD', 'YYYY-MM', or '--MM-DD' when the year is unknown."
    )
    role: DateRole = "other"


class Period(TextSpan):
    """A span of time with a start and an end (``giai đoạn 2017-2022``)."""

    start: str = Field(description="First day, ISO 'YYYY-MM-DD'.")
    end: str = Field(description="Last day, ISO 'YYYY-MM-DD'.")
    kind: str | None = Field(
        default=None, description="The cue word as written in lower case: 'giai đoạn', 'nhiệm kỳ'."
    )


class Mention(TextSpan):
    """One place in the text where an official is named or referred to."""

    kind: Literal["name", "title", "given_name"] = "name"


class Official(_Model):
    """One person holding an official title; one entry per person."""

    name: str = Field(description="Full name as written the fullest time, without honorifics.")
    titles: list[str] = Field(
        default_factory=list, description="Each title separately, as written."
    )
    roles: list[str] = Field(
        default_factory=list,
        description="What they did at the event: 'chủ trì', 'phát biểu', 'kết luận', 'chỉ đạo', "
        "'trưởng đoàn', 'dự', 'trao'.",
    )
    mentions: list[Mention] = Field(default_factory=list)


class Award(TextSpan):
    """One award decision or ceremony item."""

    form: str = Field(description="'Bằng khen', 'Giấy khen', 'Huân chương Lao động hạng Ba', ...")
    name: str | None = Field(
        default=None,
        description="The award's own name when written in quotation marks: Kỷ niệm chương "
        "“Vì sự nghiệp xây dựng tổ chức Công đoàn” -> 'Vì sự nghiệp xây dựng tổ chức Công đoàn'.",
    )
    issuer: str | None = Field(default=None, description="Who grants it, as written.")
    collectives: int | None = Field(default=None, description="Number of tập thể.")
    individuals: int | None = Field(default=None, description="Number of cá nhân.")
    total: int | None = Field(
        default=None, description="One count for both ('30 tập thể, cá nhân'), when not split."
    )
    reason: str | None = Field(default=None, description="'vì đã có thành tích ...' when given.")
    mentions: list[TextSpan] = Field(
        default_factory=list, description="Other places (captions) that report the same award."
    )


class Statistic(TextSpan):
    """A reported quantity: ``239.841 lượt người``, ``35/71 xã``, ``hơn 1.036 tỷ đồng``."""

    value: float = Field(description="The number as written: '7.135' -> 7135, '1,5' -> 1.5.")
    unit: str = Field(description="The counted thing as written, with any multiplier word.")
    qualifier: Qualifier | None = None
    total: float | None = Field(default=None, description="The denominator of '35/71 xã'.")
    value_max: float | None = Field(
        default=None, description="Upper bound of a range ('8-12 ngày': value 8, value_max 12)."
    )

    multiplier: float | None = Field(
        default=None,
        description="The factor of the multiplier word the unit starts with (tỷ -> 1e9).",
    )
    scaled_value: float | None = Field(
        default=None, description="value x multiplier, in base_unit: 1036 'tỷ đồng' -> 1.036e12."
    )
    base_unit: str | None = Field(
        default=None, description="The unit without its multiplier word ('tỷ đồng' -> 'đồng')."
    )

    @model_validator(mode="after")
    def _scale(self) -> Statistic:
        """Fill multiplier, scaled_value and base_unit from value and unit."""
        words = self.unit.split(" ")
        factor: float | None = None
        n = 0
        table = multipliers()
        while n < len(words) - 1 and words[n].lower() in table:  # "nghìn tỷ đồng"
            factor = (factor or 1.0) * table[words[n].lower()]
            n += 1
        if self.multiplier is None:
            self.multiplier = factor
        if self.base_unit is None:
            self.base_unit = " ".join(words[n:]) if factor is not None else self.unit
        if self.scaled_value is None:
            self.scaled_value = self.value * (self.multiplier or 1.0)
        return self


class Location(TextSpan):
    """A place named in the article."""

    name: str = Field(description="Canonical name without the type word: 'Đắk Nông', 'Gia Nghĩa'.")
    level: PlaceLevel
    province: str | None = Field(default=None, description="The province it lies in.")


class Event(_Model):
    """The main event the article reports."""

    type: str | None = Field(
        description="Lower case, as the text names it: 'hội nghị tổng kết'. None when no "
        "phrase names the event but its date is known ('Ngày 9/11, Ban Thường vụ ... ký quyết "
        "định'); text and span are then the date's."
    )
    text: str
    span: Span
    html_span: Span | None = Field(
        default=None, description="Offsets into the HTML passed to extract_html (see TextSpan)."
    )
    date: EventDate | None = None
    organizer: str | None = None
    chair: str | None = Field(default=None, description="Name of the official who chaired it.")


class Provenance(_Model):
    """Where the scalar metadata fields were read from."""

    title: TextSpan | None = None
    source: TextSpan | None = None
    author: TextSpan | None = None
    views: TextSpan | None = None


class Document(_Model):
    """Everything extracted from one article. See ``docs/contract.md``."""

    schema_version: str = SCHEMA_VERSION
    title: str | None = None
    source: str | None = None
    author: str | None = None
    views: int | None = None
    published: Published | None = None
    event: Event | None = None
    dates: list[DateMention] = Field(default_factory=list)
    periods: list[Period] = Field(default_factory=list)
    officials: list[Official] = Field(default_factory=list)
    awards: list[Award] = Field(default_factory=list)
    statistics: list[Statistic] = Field(default_factory=list)
    locations: list[Location] = Field(default_factory=list)
    province: str | None = None
    provenance: Provenance = Field(default_factory=Provenance)
    text: str | None = Field(
        default=None,
        description="From extract_html: the plain text read from the HTML, which every span "
        "indexes (text[start:end] == item text); null for extract(), whose spans index the "
        "caller's own text.",
    )


def iter_text_spans(doc: Document) -> list[tuple[str, str, Span]]:
    """Every ``(path, text, span)`` in a document, for checking ``input[s:e] == text``."""
    out: list[tuple[str, str, Span]] = []

    def add(path: str, item: TextSpan | Event | None) -> None:
        if item is not None:
            out.append((path, item.text, item.span))

    add("published", doc.published)
    if doc.event is not None:
        add("event", doc.event)
        add("event.date", doc.event.date)
    for name in ("dates", "periods", "awards", "statistics", "locations"):
        for i, it in enumerate(getattr(doc, name)):
            add(f"{name}[{i}]", it)
    for i, aw in enumerate(doc.awards):
        for j, m in enumerate(aw.mentions):
            add(f"awards[{i}].mentions[{j}]", m)
    for i, off in enumerate(doc.officials):
        for j, men in enumerate(off.mentions):
            add(f"officials[{i}].mentions[{j}]", men)
    for key in ("title", "source", "author", "views"):
        add(f"provenance.{key}", getattr(doc.provenance, key))
    return out
