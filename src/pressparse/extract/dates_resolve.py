"""Candidate -> ISO value: explicit dates, ranges, parts of years and relative expressions.

Rules (documented choices):

* A day and month without a year take the year of the anchor (the publication date) or
  the neighbouring one, whichever puts the date nearest to the anchor: at most ~6 months
  away (``15 января`` published on 2017-12-20 is 2018-01-15). ``inferred`` is true.
* A weekday (``в четверг``) is the day of that weekday in the publication's week
  (Monday to Sunday), the publication day itself when it matches; the verb's tense moves
  it a week: a past verb takes the previous week when the same-week day is still ahead
  (``в пятницу прошло`` published on a Monday), a future verb the next week when it is
  already past. ``прошлый/следующий`` (``в прошлую пятницу``) shift by a week.
* Quarters, halves and seasons are month intervals
  (``в первом квартале 2024 года`` -> ``2024-01/2024-03``, precision ``month``);
  winter is December of the previous year to February (``зимой 2020 года``); after
  February ``этой зимой`` is the coming winter and ``прошлой зимой`` the one just past.
* ``с.г.``/``т.г.`` (сего, текущего года) and ``текущего/прошлого года`` take the year from
  the publication date. ``через N ...`` with a past-tense verb counts from a narrated event
  and is dropped; ``N ... назад`` counts from publication.
* With no publication date, a day and month take the year of the closest explicit full
  date of the text (``inferred``); relative expressions are dropped.
* Start, middle and end of a year or month are the month they point to (``до конца
  2025 года`` -> ``2025-12``, ``в начале июня`` -> ``YYYY-06``), precision ``month``.
* A ten-day third of a month is its days (``во второй декаде апреля`` -> 11-20 April; the
  third runs to the month's end). ``прошлогодний`` is the anchor's year minus one; a month
  after a past relative year in the same sentence (``в прошлом году ... в мае``) is in that
  year unless its verb is future. ``до конца месяца``/``недели`` is the anchor's month/week.
* Whatever needs the anchor and has none is dropped: ``value`` must be an ISO date.
"""

from __future__ import annotations

from datetime import date

from .dates_grammar import Candidate
from .dates_relative import (resolve_ago, resolve_later, resolve_month, resolve_present, resolve_recent,
                             resolve_rel_day, resolve_rel_period, resolve_rel_year, resolve_weekday,
                             resolve_weekend)
from .dates_parts import (resolve_century, resolve_decade, resolve_dekada, resolve_first_months, resolve_part,
                          resolve_part_decade, resolve_quarter, resolve_season)
from .dates_values import (Value, resolve_date, resolve_day_range, resolve_month_range, resolve_month_year, resolve_year,
                           resolve_year_range)

__all__ = ["Value", "resolve"]


def resolve(candidate: Candidate, anchor: date | None, tense: str = "") -> Value | None:
    """The value of ``candidate``, or None when it is no valid date or needs a missing anchor."""
    try:
        return RESOLVERS[candidate.kind](candidate.groups, anchor, tense)
    except (ValueError, KeyError, TypeError):
        return None


RESOLVERS = {
    "ago": resolve_ago,
    "later": resolve_later,
    "bare_year": resolve_year,
    "bare_year_range": resolve_year_range,
    "day_range": resolve_day_range,
    "numeric_range": resolve_day_range,
    "numeric": resolve_date,
    "iso": resolve_date,
    "day_month": resolve_date,
    "month_range": resolve_month_range,
    "month_year": resolve_month_year,
    "year_range": resolve_year_range,
    "decade": resolve_decade,
    "part_decade": resolve_part_decade,
    "century": resolve_century,
    "recent": resolve_recent,
    "present": resolve_present,
    "weekend": resolve_weekend,
    "quarter": resolve_quarter,
    "first_months": resolve_first_months,
    "season": resolve_season,
    "part": resolve_part,
    "dekada": resolve_dekada,
    "rel_year": resolve_rel_year,
    "year": resolve_year,
    "rel_day": resolve_rel_day,
    "weekday": resolve_weekday,
    "rel_period": resolve_rel_period,
    "month": resolve_month,
}
