"""Resolution: turning matched day, month and year numbers into ISO values.

Matching (``patterns.py``) finds the numbers; this module alone applies a reference date
(the article's publication date) or a year worked out from the article, so nothing hides
a "today". Month and quarter arithmetic uses :mod:`dateutil.relativedelta`.
"""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta

__all__ = [
    "HALF_YEAR_DAYS",
    "iso_partial",
    "month_span",
    "months_of_year",
    "nearest_year",
    "quarter_span",
    "valid_day",
    "year_span",
]

HALF_YEAR_DAYS = 183
"""A year-less date is put in the year that brings it within half a year of the reference."""


def valid_day(day: int, month: int, year: int | None = None) -> bool:
    """Whether ``day/month`` (in ``year``, or in some leap year when None) is a real date.

    >>> valid_day(29, 2), valid_day(29, 2, 2023), valid_day(31, 4)
    (True, False, False)
    """
    try:
        dt.date(2000 if year is None else year, month, day)
    except ValueError:
        return False
    return True


def nearest_year(day: int, month: int, reference: dt.date) -> int | None:
    """The year that puts ``day/month`` closest to ``reference`` (within half a year).

    An article published on 3 January that says ``Ngày 28/12`` means the December before.

    >>> nearest_year(22, 2, dt.date(2024, 2, 23))
    2024
    >>> nearest_year(28, 12, dt.date(2025, 1, 3))
    2024
    >>> nearest_year(5, 1, dt.date(2020, 12, 20))
    2021
    """
    for year in (reference.year, reference.year - 1, reference.year + 1):
        if not valid_day(day, month, year):
            continue
        if abs((dt.date(year, month, day) - reference).days) <= HALF_YEAR_DAYS:
            return year
    return reference.year if valid_day(day, month, reference.year) else None


def iso_partial(year: int | None, month: int, day: int | None = None) -> str:
    """``YYYY-MM-DD``, ``YYYY-MM`` (no day) or ``--MM-DD`` (no year).

    >>> iso_partial(2020, 9, 30), iso_partial(None, 11, 23), iso_partial(2025, 5)
    ('2020-09-30', '--11-23', '2025-05')
    """
    if day is None:
        return f"{year:04d}-{month:02d}"
    if year is None:
        return f"--{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def month_span(
    year: int, first_month: int, last_month: int, last_year: int | None = None
) -> tuple[str, str]:
    """First day of ``first_month`` to last day of ``last_month`` (of ``last_year``).

    >>> month_span(2016, 9, 10)
    ('2016-09-01', '2016-10-31')
    >>> month_span(2015, 8, 4, 2016)
    ('2015-08-01', '2016-04-30')
    """
    start = dt.date(year, first_month, 1)
    end = dt.date(last_year or year, last_month, 1) + relativedelta(months=1, days=-1)
    return start.isoformat(), end.isoformat()


def months_of_year(year: int, count: int, *, from_end: bool) -> tuple[str, str]:
    """The first (or last) ``count`` months of ``year``.

    >>> months_of_year(2020, 9, from_end=False)
    ('2020-01-01', '2020-09-30')
    >>> months_of_year(2020, 3, from_end=True)
    ('2020-10-01', '2020-12-31')
    """
    jan = dt.date(year, 1, 1)
    if from_end:
        start = jan + relativedelta(months=12 - count)
        end = jan + relativedelta(years=1, days=-1)
    else:
        start = jan
        end = jan + relativedelta(months=count, days=-1)
    return start.isoformat(), end.isoformat()


def quarter_span(year: int, quarter: int) -> tuple[str, str]:
    """The first and last day of a quarter.

    >>> quarter_span(2025, 1)
    ('2025-01-01', '2025-03-31')
    >>> quarter_span(2017, 4)
    ('2017-10-01', '2017-12-31')
    """
    start = dt.date(year, 1, 1) + relativedelta(months=3 * (quarter - 1))
    end = start + relativedelta(months=3, days=-1)
    return start.isoformat(), end.isoformat()


def year_span(first: int, last: int) -> tuple[str, str]:
    """1 January of ``first`` to 31 December of ``last``.

    >>> year_span(2017, 2022)
    ('2017-01-01', '2022-12-31')
    """
    return dt.date(first, 1, 1).isoformat(), dt.date(last, 12, 31).isoformat()
