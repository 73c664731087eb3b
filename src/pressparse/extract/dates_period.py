"""The same period in another year: ``за аналогичный период прошлого года``.

Statistical releases compare a period with the same months of another year: ``за девять
месяцев 2024 года ... на 6% меньше, чем за аналогичный период прошлого года`` is
``2023-01/2023-09``. The period repeated is the latest month-precision date (an interval of
months or a month) or interval of days told before the expression; ``прошлого года`` counts
from that period's year, an explicit year (``тот же период 2023 года``) is taken as is. With
no such period before, the expression does not resolve and the year alone stays a date. With no year
(``В Адыгее за тот же период``) it is the period itself.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from .dates_grammar import Candidate
from .dates_values import Value, full_year, shift_of
from .dates_words import lookup

if TYPE_CHECKING:
    from .dates import Resolved

YEAR = re.compile(r"\b\d{4}(?=-|/|$)")
SENTENCE_END = re.compile(r"[.!?…](?=\s|$)|\n")


def resolve_same_period(candidates: list[Candidate], resolved: list[Resolved]) -> list[Resolved]:
    """The ``same_period`` candidates valued from the period told before them."""
    from .dates import Resolved

    out = []
    for c in candidates:
        if c.kind != "same_period":
            continue
        reference = period_before(c, resolved)
        if reference is None:
            continue
        try:
            if "bare" in c.groups:  # "за тот же период" (no year): the period itself
                value = Value(reference.value.value, reference.value.precision, True, reference.value.day)
            else:
                value = moved(reference.value, target_delta(c.groups, reference.value))
        except ValueError:
            continue
        out.append(Resolved(c, value))
    return out


def period_before(c: Candidate, resolved: list[Resolved]) -> Resolved | None:
    """The latest period ending before ``c`` (the longest of those ending at the same place)."""
    periods = [f for f in resolved if f.candidate.end <= c.start and f.candidate.kind != "same_period"
               and is_period(f.value)]
    if not periods:
        return None
    return max(periods, key=lambda f: (f.candidate.end, f.candidate.end - f.candidate.start))


def is_period(value: Value) -> bool:
    return value.precision == "month" or (value.precision == "day" and "/" in value.value)


def target_delta(groups: dict[str, str], reference: Value) -> int:
    """Years from the reference period to the one meant: ``прошлого года`` -1, ``2023 года``."""
    if "y1" in groups:
        last = YEAR.findall(reference.value)[-1]
        return full_year(groups["y1"]) - int(last)
    if "r1" in groups:
        return shift_of(groups["r1"])
    return 0  # "т.г.": the period's own year


def moved(value: Value, delta: int) -> Value:
    """``value`` with every year moved by ``delta`` (a 29 February that does not exist fails)."""
    if delta == 0:
        raise ValueError("the same period itself")
    text = YEAR.sub(lambda m: f"{int(m.group()) + delta:04d}", value.value)
    days = [date(*(int(n) for n in part.split("-")), *(1,) * (2 - part.count("-"))) for part in text.split("/")]
    return Value(text, value.precision, True, days[0])


def compared_period(text: str, kind: str, c: Candidate, items: list[Resolved]) -> Value | None:
    """``годом ранее`` after a period of months in its sentence (``за десять месяцев 2026 года ...
    больше, чем годом ранее``): the same months that many years before or after, or None."""
    if kind != "after" or not (c.groups.get("one") or c.groups.get("unit") or "").lower().startswith("год"):
        return None
    before = [f for f in items if f.candidate.end <= c.start and f.candidate.kind != "dateline"
              and not SENTENCE_END.search(text, f.candidate.end, c.start)]
    if not before:
        return None
    last = max(before, key=lambda f: f.candidate.end).value
    if "/" not in last.value or last.precision != "month":
        return None
    n = c.groups.get("n") or ""
    count = int(n) if n.isdigit() else int(lookup("number", n) or 1) if n else 1
    sign = -1 if c.groups.get("dir", "").lower().startswith("ранее") else 1
    try:
        return moved(last, sign * count)
    except ValueError:
        return None
