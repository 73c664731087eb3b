"""A relative start and an explicit end joined into one span: ``с сегодняшнего дня и до 29 ноября``,
``с завтрашнего дня по 5 декабря``, ``со среды до 12 марта`` are one interval, not two days."""

from __future__ import annotations

import re
from typing import Protocol

from .dates_grammar import Candidate
from .dates_values import Value, interval

STARTS = {"present", "rel_day", "weekday"}  # what may open the interval
ENDS = {"numeric", "iso", "day_month"}
FROM = re.compile(r"(?:с|со)\s", re.I)
GAP = re.compile(r"[ \t]+(?:и[ \t]+)?(?:до|по)[ \t]+", re.I)
FINE = ("day", "minute")


class Item(Protocol):  # dates.Resolved, without the import cycle
    candidate: Candidate
    value: Value


def join_ranges(text: str, items: list[Item], make: type) -> list:
    """``items`` (in text order) with each such pair replaced by one interval built by ``make``."""
    out: list = []
    for item in items:
        if out and joins(text, out[-1], item):
            first, day_ = out[-1], item.value.day
            assert first.value.day is not None and day_ is not None
            try:
                value = interval(first.value.day, day_, True)
            except ValueError:
                out.append(item)
                continue
            out[-1] = make(Candidate("joined", first.candidate.start, item.candidate.end, {}), value)
            continue
        out.append(item)
    return out


def joins(text: str, first: Item, second: Item) -> bool:
    a, b = first.candidate, second.candidate
    return (a.kind in STARTS and b.kind in ENDS and FROM.match(text, a.start) is not None
            and GAP.fullmatch(text, a.end, b.start) is not None
            and first.value.precision in FINE and second.value.precision in FINE
            and first.value.day is not None and second.value.day is not None)
