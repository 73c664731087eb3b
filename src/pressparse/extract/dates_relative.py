"""Values of relative expressions, resolved against the publication date (``anchor``).

See :mod:`.dates_resolve` for the rules.
"""

from __future__ import annotations

from datetime import date, timedelta

from .dates_values import Value, day_value, interval, month_number, nearest_year, shift_of
from .dates_words import lookup


def resolve_month(g: dict[str, str], anchor: date | None, tense: str) -> Value:
    if anchor is None:
        raise ValueError("no year")
    month = month_number(g["mon1"])
    if "shift" in g:  # "в следующем мае": the month of the year before or after
        year = anchor.year + shift_of(g["shift"])
        return Value(f"{year:04d}-{month:02d}", "month", True, date(year, month, 1))
    year = nearest_year(month, 15, anchor, tense)
    return Value(f"{year:04d}-{month:02d}", "month", True, date(year, month, 1))


def resolve_rel_day(g: dict[str, str], anchor: date | None, tense: str) -> Value:
    if anchor is None:
        raise ValueError("no anchor")
    offset = int(lookup("day", g["rday"]) or 0)
    return day_value(anchor + timedelta(days=offset), g, True)


def resolve_weekday(g: dict[str, str], anchor: date | None, tense: str) -> Value:
    if anchor is None:
        raise ValueError("no anchor")
    target = int((lookup("weekday", g["wd"]) if "wd" in g else lookup("weekday_gen", g["wdg"])) or 0)
    day_ = anchor + timedelta(days=target - anchor.isoweekday())
    if "shift" in g:
        day_ += timedelta(weeks=shift_of(g["shift"]))
    elif tense == "Past" and day_ > anchor and g.get("pre") != "на":
        day_ -= timedelta(weeks=1)
    elif (tense == "Fut" or g.get("pre") == "на") and day_ < anchor:
        day_ += timedelta(weeks=1)
    return day_value(day_, g, True)


def resolve_rel_period(g: dict[str, str], anchor: date | None, tense: str) -> Value:
    if anchor is None:
        raise ValueError("no anchor")
    shift, unit = shift_of(g["shift"]), g["unit"].lower()
    if unit.startswith("год"):
        return Value(str(anchor.year + shift), "year", True, date(anchor.year + shift, 1, 1))
    if unit.startswith("месяц"):
        index = anchor.year * 12 + anchor.month - 1 + shift
        year, month = divmod(index, 12)
        return Value(f"{year:04d}-{month + 1:02d}", "month", True, date(year, month + 1, 1))
    monday = anchor - timedelta(days=anchor.isoweekday() - 1) + timedelta(weeks=shift)
    return interval(monday, monday + timedelta(days=6), True)


def resolve_ago(g: dict[str, str], anchor: date | None, tense: str) -> Value:
    """"два дня назад" (sign -1), "через три месяца" (sign +1): a day, month or year."""
    if anchor is None:
        raise ValueError("no anchor")
    if "half" in g:  # "полгода назад": six months; "полвека назад": fifty years
        count, days = (6, 30) if g["half"] == "полгода" else (50, 365)
    else:
        count = int(g["n"]) if g.get("n", "").isdigit() else int(lookup("number", g.get("n", "один")) or 0)
        days = int(lookup("unit", g.get("unit") or g["one"]) or 0)
    sign = -1 if "назад" in g.get("kind", "назад") else 1
    if days == 365:
        year = anchor.year + sign * count
        return Value(str(year), "year", True, date(year, 1, 1))
    if days == 30:
        index = anchor.year * 12 + anchor.month - 1 + sign * count
        year, month = divmod(index, 12)
        return Value(f"{year:04d}-{month + 1:02d}", "month", True, date(year, month + 1, 1))
    return day_value(anchor + timedelta(days=sign * count * days), {}, True)


def resolve_later(g: dict[str, str], anchor: date | None, tense: str) -> Value:
    if tense == "Past":  # "через два года он уехал" counts from a narrated event, not from publication
        raise ValueError("relative to the narration")
    if "half" not in g and lookup("unit", g.get("unit") or g.get("one") or "") == "365":
        # "Через два года эта проблема будет решена": a horizon of whole years from publication is a
        # duration (press13's convention), not the calendar year it would land in
        raise ValueError("a span of years")
    return resolve_ago({**g, "kind": "через"}, anchor, tense)


def resolve_recent(g: dict[str, str], anchor: date | None, tense: str) -> Value:
    """"на днях": the week before publication, or the week after with a future verb."""
    if anchor is None:
        raise ValueError("no anchor")
    if tense == "Fut":
        return interval(anchor + timedelta(days=1), anchor + timedelta(days=7), True)
    return interval(anchor - timedelta(days=7), anchor - timedelta(days=1), True)


def resolve_present(g: dict[str, str], anchor: date | None, tense: str) -> Value:
    """"на сегодняшний день", "с сегодняшнего дня": the publication day."""
    if anchor is None:
        raise ValueError("no anchor")
    return day_value(anchor, {}, True)


def resolve_weekend(g: dict[str, str], anchor: date | None, tense: str) -> Value:
    """Saturday and Sunday of the publication's week, moved a week like weekdays."""
    if anchor is None:
        raise ValueError("no anchor")
    saturday = anchor + timedelta(days=6 - anchor.isoweekday())
    if "shift" in g:
        saturday += timedelta(weeks=shift_of(g["shift"]))
    elif tense == "Past" and saturday > anchor:
        saturday -= timedelta(weeks=1)
    return interval(saturday, saturday + timedelta(days=1), True)


def resolve_rel_year(g: dict[str, str], anchor: date | None, tense: str) -> Value:
    """"прошлогодний" is the year before the anchor's, "позапрошлогодний" the one before that."""
    if anchor is None:
        raise ValueError("no anchor")
    year = anchor.year - (2 if g["yadj"].startswith("поза") else 1)
    return Value(str(year), "year", True, date(year, 1, 1))
