"""Values of explicit date expressions: days, ranges, months, years, parts of years.

See :mod:`.dates_resolve` for the rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from .dates_words import dates_words, lookup

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


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


def resolve_decade(g: dict[str, str], anchor: date | None, tense: str) -> Value:
    if "decw" in g:  # "девяностые годы" of the 20th century unless another one is named
        century = int(lookup("century", " ".join(g["cent"].split())) or 0) if "cent" in g else 20
        first = (century - 1) * 100 + int(lookup("decade", g["decw"]) or 0)
    else:
        first = int(g["dec"]) if "dec" in g else 1900 + int(g["dec2"])
    return Value(f"{first}/{first + 9}", "year", False, date(first, 1, 1))


# the years of a decade a part points to ("в начале 1990-х" -> 1990-1993)
DECADE_PART = {"start": (0, 3), "middle": (4, 6), "end": (7, 9), "перв": (0, 4), "втор": (5, 9)}


def resolve_part_decade(g: dict[str, str], anchor: date | None, tense: str) -> Value:
    where = str(lookup("part", g["part"])) if "part" in g else g["half"]
    first, last = (int(g["dec"]) + n for n in DECADE_PART[where])
    return Value(f"{first}/{last}", "year", False, date(first, 1, 1))


ROMAN_DIGITS = {"i": 1, "v": 5, "x": 10}


def roman(text: str) -> int:
    """"xix" -> 19 (Cyrillic х and і read as Latin)."""
    values = [ROMAN_DIGITS[c] for c in text.translate(str.maketrans("хі", "xi"))]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def resolve_century(g: dict[str, str], anchor: date | None, tense: str) -> Value:
    """"XX век" -> 1901/2000 (a century runs from year 1 to year 100)."""
    if "cw" in g:
        number = int(lookup("century", " ".join(g["cw"].split())) or 0)
    else:
        number = int(g["cr"]) if g["cr"].isdigit() else roman(g["cr"])
    if not 1 <= number <= 21:
        raise ValueError("no such century")
    first, last = (number - 1) * 100 + 1, number * 100
    return Value(f"{first:04d}/{last:04d}", "year", False, date(first, 1, 1))


def resolve_quarter(g: dict[str, str], anchor: date | None, tense: str) -> Value:
    year, inferred = year_of(g, 1, anchor)
    if year is None:
        if anchor is None:
            raise ValueError("no year")
        year, inferred = anchor.year, True
    word = g["q"].lower()
    number = ROMAN.get(word) or (int(word) if word.isdigit() else None)
    if number is None:
        number = int(lookup("ordinal", word) or 0)
    size = 3 if g["unit"].lower().startswith("квартал") else 6
    if not 1 <= number <= 12 // size:
        raise ValueError("no such quarter")
    first = (number - 1) * size + 1
    if anchor is not None and not any(k in g for k in ("y1", "r1", "c1")):  # a yearless quarter lies on its verb's side
        if tense == "Fut" and first + size - 1 < anchor.month:
            year += 1  # "должен открыть ... во втором квартале" told in November: next year's
        elif tense == "Past" and first > anchor.month:
            year -= 1
    return month_interval(date(year, first, 1), date(year, first + size - 1, 1), inferred)


def resolve_first_months(g: dict[str, str], anchor: date | None, tense: str) -> Value:
    """"10 месяцев 2025 года": its first ten months."""
    year, inferred = year_of(g, 1, anchor)
    if year is None:
        raise ValueError("no year")
    n = int(g["n"]) if g["n"].isdigit() else count_of(g["n"])
    if not 2 <= n <= 11:
        raise ValueError("not a count of months")
    return month_interval(date(year, 1, 1), date(year, n, 1), inferred)


def count_of(word: str) -> int:
    """A count word in any case (``девяти`` -> 9; the word table's ``count`` patterns), or 0."""
    return next((int(v) for f, v in dates_words()["count"].items() if re.fullmatch(f, word.lower())), 0)


def resolve_season(g: dict[str, str], anchor: date | None, tense: str) -> Value:
    year, inferred = year_of(g, 1, anchor)
    first = int(lookup("season", g["season"]) or 0)
    if year is None:  # "с лета", "к осени": the season nearest the anchor on its verb's side
        if anchor is None:
            raise ValueError("no year")
        year, inferred = nearest_year(first % 12 + 1, 15, anchor, tense), True
    elif first == 12 and "r1" in g and anchor is not None and anchor.month >= 3:
        year += 1  # after February "этой зимой" is the coming winter, "прошлой зимой" the one just past
    start = date(year - 1, 12, 1) if first == 12 else date(year, first, 1)
    last = (start.month + 1) % 12 + 1
    return month_interval(start, date(year, last, 1), inferred)


def resolve_part(g: dict[str, str], anchor: date | None, tense: str) -> Value:
    year, inferred = year_of(g, 1, anchor)
    if year is None:
        year, inferred = year_of(g, 2, anchor)
    if "mon1" in g:
        month = month_number(g["mon1"])
        if year is None:
            if anchor is None:
                raise ValueError("no year")
            year, inferred = nearest_year(month, 15, anchor, tense), True
    elif "barem" in g and anchor is not None:  # "до конца месяца": the anchor's month; "недели": its week
        if g["barem"] == "недели":
            return interval(anchor - timedelta(days=anchor.weekday()), anchor + timedelta(days=6 - anchor.weekday()), True)
        return Value(f"{anchor.year:04d}-{anchor.month:02d}", "month", True, date(anchor.year, anchor.month, 1))
    else:  # a part of a year is that year: "до конца 2025 года" says 2025, not which month
        if year is None:  # "до конца года" ("до конца месяца" with no anchor too)
            if anchor is None or "barem" in g:
                raise ValueError("no year")
            year, inferred = anchor.year, True
        return Value(f"{year:04d}", "year", inferred, date(year, 1, 1))
    return Value(f"{year:04d}-{month:02d}", "month", inferred, date(year, month, 1))


def resolve_dekada(g: dict[str, str], anchor: date | None, tense: str) -> Value:
    """"во второй декаде апреля": days 11-20; the third (``последней``) runs to the month's end."""
    month = month_number(g["mon1"])
    if "mh" in g:  # a half: days 1-15 or 16 to the month's end
        return resolve_month_half(month, g["mh"] == "втор", g, anchor, tense)
    third = int(g["dkn"]) if "dkn" in g else {"перв": 1, "втор": 2}.get(g["dk"], 3)
    year, inferred = year_of(g, 1, anchor)
    if year is None:
        if anchor is None:
            raise ValueError("no year")
        year, inferred = nearest_year(month, third * 10 - 5, anchor, tense), True
    last = (date(year + month // 12, month % 12 + 1, 1) - date(year, month, 1)).days if third == 3 else third * 10
    return interval(date(year, month, third * 10 - 9), date(year, month, last), inferred)


def resolve_month_half(month: int, second: bool, g: dict[str, str], anchor: date | None, tense: str) -> Value:
    """"первой половины января": days 1-15, "второй половины января": 16 to the month's end."""
    year, inferred = year_of(g, 1, anchor)
    if year is None:
        if anchor is None:
            raise ValueError("no year")
        year, inferred = nearest_year(month, 23 if second else 8, anchor, tense), True
    end = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return interval(date(year, month, 16 if second else 1), end if second else date(year, month, 15), inferred)
