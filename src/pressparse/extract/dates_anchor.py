"""A stand-in publication date for a release with no dateline and no full date.

``В пятницу, 20 ноября`` names its year through the calendar: of the years the text names (and
their neighbours), the one whose 20 November is a Friday. That day then anchors the release's
other yearless and relative dates as a dateline would (``набор откроется в апреле`` is the next
April).
"""

from __future__ import annotations

import re
from datetime import date

from ..analysis import Analysis
from .dates_grammar import Candidate
from .dates_resolve import resolve
from .published import yearless

PAIR_GAP = re.compile(r"[ \t,(—-]*")


def weekday_anchor(analysis: Analysis, candidates: list[Candidate]) -> date | None:
    """The day of the first yearless date beside a weekday whose year the calendar settles, or
    None (also when the text tells a full date: that one anchors the rest)."""
    days = [c for c in candidates if c.kind in ("day_month", "numeric", "iso")]
    if any((v := resolve(c, None)) is not None and v.precision in ("day", "minute") for c in days):
        return None
    weekdays = [c for c in candidates if c.kind == "weekday" and ("wd" in c.groups or "wdg" in c.groups)]
    for c in sorted(days, key=lambda c: c.start):
        if c.kind != "day_month":
            continue
        for w in weekdays:
            if PAIR_GAP.fullmatch(analysis.norm, w.end, c.start) or PAIR_GAP.fullmatch(analysis.norm, c.end, w.start):
                value = yearless(analysis, c, w.groups.get("wd") or w.groups["wdg"])
                if value is not None and value.day is not None:
                    return value.day
    return None
