"""Values of explicit date expressions: days, ranges, months, years.

Parts of years, decades and centuries are in :mod:`.dates_parts`; see :mod:`.dates_resolve` for the rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from .dates_words import dates_words, lookup

@dataclass(frozen=True, slots=True)
class Value:
    """A resolved date: ISO ``value``, ``precision``, and whether context supplied part of it."""

    value: str
    precision: str
    inferred: bool = False
    day: date | None = None  # the (first) day, for pairing and year anchoring


def month_number(word: str) -> int:
    """"июня", "авг.", "мае" -> the month number (stems and abbreviations of the word table)."""
    word = word.lower().rstrip(".")
    for stem, number in month_stems():
        if word.startswith(stem):
            return number
    raise ValueError(word)


@cache
def month_stems() -> tuple[tuple[str, int], ...]:
    words = dates_words()
    stems = {**words["abbr"], **words["month"]}
    return tuple(sorted(((s, int(n)) for s, n in stems.items()), key=lambda item: -len(item[0])))


def day_number(groups: dict[str, str], n: int) -> int:
    if f"d{n}" in groups:
        return int(groups[f"d{n}"])
    words = groups[f"o{n}"].lower().split()
    tens = {"двадцать": 20, "тридцать": 30}.get(words[0], 0) if len(words) > 1 else 0
    return tens + int(lookup("ordinal", words[-1]) or 0)


def full_year(text: str) -> int:
    number = int(text)
    if len(text) == 2:
        return 2000 + number if number <= 50 else 1900 + number
    return number


def shift_of(word: str) -> int:
    value = lookup("shift", word)
    if value is None:
        raise ValueError(word)
    return int(value)


def nearest_year(month: int, day: int, anchor: date, tense: str = "") -> int:
    """The year that puts day.month nearest to ``anchor`` (within about six months), or with
    ``tense`` "Fut" (a future verb, a deadline) the next one on or after it, with "Past" the last
    one before it; only when the nearest day is over a month on the wrong side, so that a
    misread verb or a deadline just passed (``продлился до 1 июня``) keep the nearest."""
    year = closest_year(month, day, anchor)
    try:
        day_ = date(year, month, day)
    except ValueError:  # 29 February
        return year
    if tense == "Fut" and (anchor - day_).days > SLACK_DAYS:
        return year + 1
    if tense == "Past" and (day_ - anchor).days > SLACK_DAYS:
        return year - 1
    return year


SLACK_DAYS = 31


def closest_year(month: int, day: int, anchor: date) -> int:
    best = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            distance = abs((date(year, month, day) - anchor).days)
        except ValueError:  # 29 February
            continue
        if best is None or distance < best[0]:
            best = (distance, year)
    if best is None:
        raise ValueError("no such day")
    return best[1]


def year_of(groups: dict[str, str], n: int, anchor: date | None) -> tuple[int | None, bool]:
    """(year, inferred) from ``y<n>`` or a relative ``r<n>`` ("текущего года"); None if absent."""
    if f"y{n}" in groups:
        return full_year(groups[f"y{n}"]), False
    if f"r{n}" in groups or f"c{n}" in groups:  # "текущего года", "с.г." (сего года)
        if anchor is None:
            raise ValueError("relative year without an anchor")
        return anchor.year + (shift_of(groups[f"r{n}"]) if f"r{n}" in groups else 0), True
    return None, False


def day_value(day_: date, groups: dict[str, str], inferred: bool) -> Value:
    if "hh" in groups:
        return Value(f"{day_.isoformat()}T{int(groups['hh']):02d}:{groups['mm']}", "minute", inferred, day_)
    return Value(day_.isoformat(), "day", inferred, day_)


def interval(first: date, last: date, inferred: bool) -> Value:
    if last < first:
        raise ValueError("reversed interval")
    return Value(f"{first.isoformat()}/{last.isoformat()}", "day", inferred, first)


def month_interval(first: date, last: date, inferred: bool) -> Value:
    """Whole months ``first``..``last``: ``2022-07/2022-09`` (quarters, halves, seasons)."""
    if last < first:
        raise ValueError("reversed interval")
    return Value(f"{first.year:04d}-{first.month:02d}/{last.year:04d}-{last.month:02d}", "month", inferred, first)


def resolve_date(g: dict[str, str], anchor: date | None, tense: str) -> Value:
    month = int(g["m1"]) if "m1" in g else month_number(g["mon1"])
    number = day_number(g, 1)
    year, inferred = year_of(g, 1, anchor)
    if year is None:
        if anchor is None:
            raise ValueError("no year")
        year, inferred = nearest_year(month, number, anchor, tense), True
    return day_value(date(year, month, number), g, inferred)


def resolve_day_range(g: dict[str, str], anchor: date | None, tense: str) -> Value:
    month2 = int(g["m2"]) if "m2" in g else month_number(g["mon2"])
    month1 = int(g["m1"]) if "m1" in g else (month_number(g["mon1"]) if "mon1" in g else month2)
    day1, day2 = day_number(g, 1), day_number(g, 2)
    year2, inferred = year_of(g, 2, anchor)
    if year2 is None:
        if anchor is None:
            raise ValueError("no year")
        year2, inferred = nearest_year(month2, day2, anchor, tense), True
    year1, _ = year_of(g, 1, anchor)
    if year1 is None:  # "с 28 декабря по 5 января 2020 года" starts the year before
        year1 = year2 if (month1, day1) <= (month2, day2) else year2 - 1
    return interval(date(year1, month1, day1), date(year2, month2, day2), inferred)


def resolve_month_year(g: dict[str, str], anchor: date | None, tense: str) -> Value:
    year, inferred = year_of(g, 1, anchor)
    month = month_number(g["mon1"])
    return Value(f"{year:04d}-{month:02d}", "month", inferred, date(year, month, 1))


def resolve_month_range(g: dict[str, str], anchor: date | None, tense: str) -> Value:
    year2, inferred = year_of(g, 2, anchor)
    month1, month2 = month_number(g["mon1"]), month_number(g["mon2"])
    if year2 is None:  # "с января по сентябрь": the year nearest the publication date
        if anchor is None:
            raise ValueError("no year")
        year2, inferred = nearest_year(month2, 15, anchor), True
        if tense == "Past" and date(year2 if month1 <= month2 else year2 - 1, month1, 1) > anchor:
            year2 -= 1  # "с января по март исполняла" in November: the range gone by, not the next one
    year1 = year_of(g, 1, anchor)[0] or (year2 if month1 <= month2 else year2 - 1)
    if (year1, month1) >= (year2, month2):
        raise ValueError("reversed interval")
    return Value(f"{year1:04d}-{month1:02d}/{year2:04d}-{month2:02d}", "month", inferred, date(year1, month1, 1))


def resolve_year(g: dict[str, str], anchor: date | None, tense: str) -> Value:
    year = int(g["y1"])
    return Value(str(year), "year", False, date(year, 1, 1))


def resolve_year_range(g: dict[str, str], anchor: date | None, tense: str) -> Value:
    first = int(g.get("y1") or g["y1b"])
    last = first // 100 * 100 + int(g["y2s"]) if "y2s" in g else int(g["y2"])
    if not first < last <= first + 120:
        raise ValueError("not a range of years")
    return Value(f"{first}/{last}", "year", False, date(first, 1, 1))
