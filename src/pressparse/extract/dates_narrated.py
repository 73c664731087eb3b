"""Dates counted from the date told just before them, not from publication.

``В 1988 году он стал чемпионом. Годом позже ...`` -> 1989; ``5 апреля его госпитализировали.
На следующий день ...`` -> the 6th; ``в том же году``, ``спустя три года``, ``через два дня``
with a past verb, a bare time (``в 05:20``), and an unpaired ``накануне`` (the day before the event just told, else
before publication). The reference is the closest preceding resolved single date (not the
dateline, not an interval); one that needs a day (``на следующий день``) skips it when the
reference has only a year. Resolved expressions become references for the next ones.
"""

from __future__ import annotations

from datetime import date, timedelta

from .dates_values import Value, day_value
from .dates_words import lookup

NARRATED = {"same", "next_day", "after", "eve", "time"}
FINE = ("day", "minute")


def resolve_narrated(kind: str, groups: dict[str, str], reference: Value | None, anchor: date | None) -> Value:
    """The value of a narrated expression against ``reference`` (the date told before)."""
    if kind == "eve":
        if reference is not None and reference.precision in FINE and reference.day is not None:
            return day_value(reference.day - timedelta(days=1), {}, True)
        if anchor is None:
            raise ValueError("no reference")
        return day_value(anchor - timedelta(days=1), {}, True)
    if reference is None or reference.day is None:
        raise ValueError("no reference")
    if kind == "time":  # "Открытое горение ликвидировано в 05:20": on the day just told
        if reference.precision not in FINE:
            raise ValueError("the reference has no day")
        return day_value(reference.day, groups, True)
    if kind == "next_day":
        return shifted(reference, 1, 1)
    if kind == "same":
        unit = groups["unit"].lower()
        days = 365 if unit.startswith("год") else 30 if unit.startswith("месяц") else 1
        return shifted(reference, days, 0)
    count = int(groups["n"]) if groups.get("n", "").isdigit() else int(lookup("number", groups.get("n", "один")) or 0)
    days = int(lookup("unit", groups.get("unit") or groups["one"]) or 0)
    sign = -1 if groups.get("dir", "").startswith("ранее") else 1
    return shifted(reference, days, sign * count)


def needs_day(kind: str, groups: dict[str, str]) -> bool:
    """Whether ``kind`` counts days or weeks, so a reference with only a year or a month cannot anchor it."""
    if kind in ("time", "next_day"):
        return True
    unit = (groups.get("unit") or groups.get("one") or "").lower()
    if kind == "same":
        return unit == "день"
    if kind == "after" and unit:
        return int(lookup("unit", unit) or 0) < 30
    return False


def shifted(reference: Value, days: int, count: int) -> Value:
    """``reference`` moved ``count`` units of ``days`` (365 a year, 30 a month), at the unit's precision."""
    day_ = reference.day
    assert day_ is not None
    if days == 365:
        return Value(str(day_.year + count), "year", True, date(day_.year + count, 1, 1))
    if reference.precision == "year":
        raise ValueError("the reference has no month")
    if days == 30:
        index = day_.year * 12 + day_.month - 1 + count
        year, month = divmod(index, 12)
        return Value(f"{year:04d}-{month + 1:02d}", "month", True, date(year, month + 1, 1))
    if reference.precision not in FINE:
        raise ValueError("the reference has no day")
    return day_value(day_ + timedelta(days=days * count), {}, True)
