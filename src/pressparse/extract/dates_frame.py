"""The year a text itself sets for a date without one.

``В 2019 году в марте`` and ``в 2018 году компания 17 апреля подписала`` put the month in
the year told just before it in the same sentence; ``В январе 2019 года ... 17 января`` puts
the day in the month told before it; ``2021 год, когда за октябрь–декабрь построили`` puts the months
of the relative clause in its year. Only these: a year named paragraphs earlier is often
another story's (``родился в 1929 году``), so it frames nothing.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Protocol

from .dates_grammar import Candidate
from .dates_values import month_number

# kinds that carry a year of their own and a single one
FRAMING = {"year", "bare_year", "month_year", "day_month", "numeric", "iso", "part", "season", "quarter"}
SENTENCE_END = re.compile(r"[.!?…](?=\s|$)|\n")
WHEN = re.compile(r"[ \t]*,[ \t]*когда\b", re.I)  # a year's relative clause: "2021 год, когда ..."
ADJACENT = re.compile(r"[ \t,]*")  # "В 2019 году, в марте": the year sets the month with no doubt
# a year frames only as a time adverbial ("в 2019 году", "летом 2019 года"), not as a
# modifier ("итоги 2023 года подвели в январе": January 2024; "закон от 6 октября 2003 года")
ADVERBIAL = re.compile(r"(?<!\w)(?:в|во)\s+$", re.I)


class Item(Protocol):  # dates.Resolved, without the import cycle
    candidate: Candidate
    value: object


def month_of(c: Candidate) -> int | None:
    """The month named by a yearless candidate (the last one of a range)."""
    for key in ("mon2", "mon1"):
        if key in c.groups:
            return month_number(c.groups[key])
    return None


def single_year(text: str, item: Item) -> int | None:
    value = str(item.value.value)  # type: ignore[attr-defined]
    if item.candidate.kind not in FRAMING or item.value.inferred:  # type: ignore[attr-defined]
        return None
    years = {part[:4] for part in value.split("/")}
    if item.candidate.kind != "season" and not ADVERBIAL.search(text, max(0, item.candidate.start - 4), item.candidate.start):
        return None
    return int(years.pop()) if len(years) == 1 and value[:4].isdigit() else None


def framed_anchor(text: str, c: Candidate, explicit: list[Item], adjacent_only: bool) -> date | None:
    """A day in the month of ``c`` of the year the text frames it with, or None.

    ``adjacent_only`` (with a publication date) keeps only a year right before ``c``
    (``в 2019 году в марте``); without one, a year earlier in the sentence or the same month
    with a year told before (``в январе 2019 года ... 17 января``) frames it too."""
    month = month_of(c)
    if month is None:
        return None
    before = sorted((f for f in explicit if f.candidate.end <= c.start), key=lambda f: f.candidate.end)
    for f in reversed(before):  # "остается 2021 год, когда только за октябрь–декабрь построили": that year's
        if WHEN.match(text, f.candidate.end) and not SENTENCE_END.search(text, f.candidate.end, c.start) \
                and f.candidate.kind in ("year", "bare_year") and not f.value.inferred:  # type: ignore[attr-defined]
            return date(int(str(f.value.value)[:4]), month, 15)  # type: ignore[attr-defined]
    for f in reversed(before):
        year = single_year(text, f)
        if year is None:
            continue
        if ADJACENT.fullmatch(text, f.candidate.end, c.start):
            return date(year, month, 15)
        if not adjacent_only and not SENTENCE_END.search(text, f.candidate.end, c.start):
            return date(year, month, 15)
        break
    if adjacent_only:
        return None
    for f in reversed(before):
        year = single_year(text, f)
        if year is not None and f.candidate.kind == "month_year" and month_of(f.candidate) == month:
            return date(year, month, 15)
    return None


def past_year_frame(text: str, c: Candidate, framers: list[Item], tense: str) -> date | None:
    """A day in the month of ``c`` in the past year a relative expression earlier in the same
    sentence names (``Прошлогодний паводок показал: ... в апреле``, ``в прошлом году ... в мае``),
    unless the month's verb is in the future (``в прошлом году ..., а в марте откроет``)."""
    month = month_of(c)
    if month is None or tense == "Fut":
        return None
    before = [f for f in framers if f.candidate.end <= c.start and not SENTENCE_END.search(text, f.candidate.end, c.start)]
    if not before:
        return None
    day_ = getattr(max(before, key=lambda f: f.candidate.end).value, "day", None)
    return date(day_.year, month, 15) if day_ is not None else None
