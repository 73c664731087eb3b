"""Unresolved dates: what the text states as a date but only a publication date could value.

A text with no publication date (none given, no dateline) may still say ``9 июня`` with no
year anywhere, ``в понедельник``, ``вчера``, ``в прошлом году``, ``через два дня``. They have
no ISO value, so they are no ``dates``; they are kept here with what they would need
(``resolve``: always ``published``). The test is the date layer's own: an expression is
unresolved when the same rules, given a publication date, would value it
(:func:`.dates.find_dates` with a stand-in anchor) and without one do not. So vague words the
date rules leave out (``в настоящее время``, ``раньше``, ``в будущем``) are left out here too,
and with a publication date known this list is empty: a mention is a date or unresolved, never
both. Bare times (``в 05:20``) are no dates and stay out.
"""

from __future__ import annotations

from datetime import date

from ..analysis import Analysis
from ..result import UnresolvedDate
from . import Found
from .dates import find_dates
from .dates_grammar import Candidate

# any day serves to ask "would a publication date resolve it"; a leap day keeps "29 февраля"
STAND_IN = date(2024, 2, 29)
DAYS = {"day_month", "day_range", "numeric_range", "dekada"}
WEEKS = {"weekday", "weekend"}
# relative expressions and those counted from a date that only the stand-in resolved
RELATIVE = {"rel_day", "rel_period", "rel_year", "ago", "later", "recent", "present", "same", "next_day", "after",
            "month_range", "month_year", "quarter", "first_months", "season", "same_period"}
SHIFTED_YEAR = ("r1", "r2", "c1", "c2")  # "9 июня прошлого года", "в марте т.г.": the year is relative


def extract_unresolved_dates(analysis: Analysis, found: Found) -> list[UnresolvedDate]:
    """Date expressions without a value for want of a publication date, ids ``udate1..``."""
    if analysis.published is not None or not analysis.text.strip():
        return []
    taken = [(d.start, d.end) for d in found.dates]
    out: list[UnresolvedDate] = []
    for item in sorted(find_dates(analysis, STAND_IN), key=lambda i: i.candidate.start):
        c = item.candidate
        kind = kind_of(c)
        if kind is None or any(c.start < b and a < c.end for a, b in taken):
            continue
        out.append(UnresolvedDate(id=f"udate{len(out) + 1}", text=analysis.text[c.start:c.end],
                                  start=c.start, end=c.end, kind=kind))
    return out


def kind_of(c: Candidate) -> str | None:
    """``day_month``, ``month``, ``weekday`` or ``relative``; None for what is no date."""
    if any(key in c.groups for key in SHIFTED_YEAR):
        return "relative"
    if c.kind in DAYS:
        return "day_month"
    if c.kind in ("month", "part"):
        return "month" if "mon1" in c.groups and "bare" not in c.groups and "shift" not in c.groups else "relative"
    if c.kind in WEEKS:
        return "weekday"
    if c.kind in RELATIVE:
        return "relative"
    return None
