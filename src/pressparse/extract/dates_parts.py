"""Values of parts of years, decades and centuries: quarters, seasons, halves, dekads, "до конца года".

The building blocks (years, intervals, the nearest year of a yearless date) are in :mod:`.dates_values`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .dates_values import Value, interval, month_interval, month_number, nearest_year, year_of
from .dates_words import dates_words, lookup

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


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
