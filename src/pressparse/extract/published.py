"""The publication date: from the caller, or from the release's dateline."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from ..analysis import Analysis

MONTHS = {
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6,
    "июля": 7, "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}
TIME = r"(?:[,|\s]+(?:в\s+)?(?P<hh>[0-2]?\d):(?P<mm>[0-5]\d))?"
NUMERIC = re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})" + TIME)
WORDS = re.compile(r"(?P<d>\d{1,2})\s+(?P<mon>" + "|".join(MONTHS) + r")\s+(?P<y>\d{4})(?:\s*г(?:ода|\.)?)?" + TIME, re.I)
ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T\s](?P<hh>\d{2}):(?P<mm>\d{2}))?")
# a dateline stands at the start of a line, alone or before a time, a place or a credit
LINE_START = re.compile(r"^\s*(?:[А-ЯЁ][\w-]+(?:\s[А-ЯЁ][\w-]+)?,\s*)?(?:Автор:[^|\n]*\|\s*)?", re.M)
HEAD_LINES = 6


@dataclass(frozen=True, slots=True)
class Dateline:
    """The publication date; ``precision`` is ``day`` or ``minute``."""

    value: datetime
    precision: str
    start: int | None = None
    end: int | None = None


def find_published(analysis: Analysis) -> Dateline | None:
    """The dateline's date: a full date opening one of the first lines of the release."""
    text = analysis.norm
    offset = 0
    for number, line in enumerate(text.split("\n")):
        if number >= HEAD_LINES:
            break
        head = LINE_START.match(line)
        rest = line[head.end():] if head else line
        base = offset + (head.end() if head else 0)
        for pattern in (NUMERIC, WORDS, ISO):
            match = pattern.match(rest)
            if match and is_dateline(rest, match):
                found = build(match)
                if found:
                    return Dateline(found.value, found.precision, base + match.start(), base + match.end())
        offset += len(line) + 1
    return None


def is_dateline(line: str, match: re.Match[str]) -> bool:
    tail = line[match.end():].strip()
    # "8 июня 2017 года на форуме ..." is narration, not a dateline
    return not tail or tail[0] in ".,|©(" or match.group("hh") is not None or (tail[0].isupper() and len(tail) < 80)


def build(match: re.Match[str]) -> Dateline | None:
    groups = match.groupdict()
    month = MONTHS[groups["mon"].lower()] if groups.get("mon") else int(groups["m"])
    try:
        if groups.get("hh"):
            value = datetime(int(groups["y"]), month, int(groups["d"]), int(groups["hh"]), int(groups["mm"]))
            return Dateline(value, "minute")
        return Dateline(datetime(int(groups["y"]), month, int(groups["d"])), "day")
    except ValueError:
        return None


def parse_published(value: str | date | datetime) -> Dateline | None:
    """A caller's publication date: ISO string, ``date`` or ``datetime``."""
    if isinstance(value, datetime):
        return Dateline(value, "minute")
    if isinstance(value, date):
        return Dateline(datetime(value.year, value.month, value.day), "day")
    text = str(value).strip()
    for pattern in (ISO, NUMERIC, WORDS):
        match = pattern.fullmatch(text)
        if match:
            return build(match)
    raise ValueError(f"cannot read publication date {value!r}: use ISO 8601 (2017-06-08 or 2017-06-08T18:16)")


def format_published(dateline: Dateline | None) -> str | None:
    if dateline is None:
        return None
    if dateline.precision == "minute":
        return dateline.value.strftime("%Y-%m-%dT%H:%M")
    return dateline.value.strftime("%Y-%m-%d")
