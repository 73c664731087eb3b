"""Dates: every resolvable date, range and relative date of the text, the dateline included.

Candidates come from the regex grammar (:mod:`.dates_grammar`), values from
:mod:`.dates_resolve`. Relative expressions (``в четверг``, ``вчера``, ``на днях``) are
resolved against the publication date or, without one, against the latest full date of the
text; expressions counted from the date told before them (``накануне``, ``годом позже``,
``на следующий день``) against that date (:mod:`.dates_narrated`). One standing right next
to an explicit date (``Накануне, 16 февраля``; ``в четверг, 8 июня``) takes that date's
value, so the pair never disagrees; a weekday next to ``вчера``/``сегодня`` takes theirs,
``накануне`` next to a weekday the weekday's. A dateline never pairs with the next line. A day and month without a year (``9 июня``) take the year nearest to the
publication date or, with no publication date, to the closest explicit full date of the
text; with neither they are left out of ``dates`` and go to ``unresolved_dates``
(:mod:`.dates_unresolved`), as do relative expressions with nothing to resolve against. A year the sentence tells just before a yearless date
frames it (``в 2019 году в марте``; :mod:`.dates_frame`). ``за аналогичный период прошлого
года`` repeats the months of the period told before it in that other year (:mod:`.dates_period`);
a second weekday after ``и`` (``в пятницу и субботу``) is the next day of that name after the first.
A weekday in the dateline (``пятница, 21 ноября 2025``) is a mention of the dateline's day; a
season is its months also as a deadline (``к лету следующего года`` = 2027-06/2027-08, press18, press20);
without a dateline "now" is the latest date told that is not a deadline, or with no full date a
weekday's yearless date whose year the calendar settles (:mod:`.dates_anchor`). Candidates that
name no date (``ежегодно в декабре``, ``ул. 8 Марта``) are filtered by :mod:`.dates_blocked`.
The year of a copyright credit (``© УФК по Курской области, 2026``) is a year date.
Overlapping candidates: the longest wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..analysis import Analysis
from ..result import DateMention
from . import Found
from .dates_anchor import weekday_anchor
from .dates_blocked import blocked
from .dates_eve import event_eve
from .dates_grammar import Candidate, find_candidates
from .dates_joined import join_ranges
from .dates_frame import framed_anchor, past_year_frame
from .dates_narrated import NARRATED, needs_day, resolve_narrated
from .dates_period import compared_period, resolve_same_period
from .dates_resolve import Value, resolve
from .dates_tense import DEADLINE, tense_of
from .dates_values import shift_of
from .published import CREDIT_YEAR, format_published

RELATIVE = {"rel_day", "weekday", "rel_period", "rel_year", "month", "ago", "later", "recent", "present", "weekend"}
PAST_YEARS = {"rel_year", "rel_period"}  # they set the year of a month told after them (dates_frame)
# kinds whose value the pairing may hand to an adjacent relative expression
EXPLICIT_DAYS = {"numeric", "iso", "day_month"}
PAIR_GAP = re.compile(r"[ \t,(—-]*")  # not across lines: a dateline does not pair with the lead
# kinds whose value the governing verb's tense can move: a week, or a year when none is given (YEARLESS)
# the update time after the dateline: "30 ноября 2026, 16:48 (обновлено: 17:05)" is that day at 17:05
UPDATE_TIME = re.compile(r"[ \t]*[,(][ \t]*(?i:обновлено|изменено|отредактировано)[ \t]*:?[ \t]*(?:в[ \t]+)?"
                         r"(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)(?!\d)")


@dataclass(slots=True)
class Resolved:
    """A candidate with its value."""

    candidate: Candidate
    value: Value


def extract_dates(analysis: Analysis, found: Found) -> list[DateMention]:
    """Date mentions in text order, ids ``date1..``."""
    published = analysis.published
    anchor = published.value.date() if published is not None else weekday_anchor(analysis, date_candidates(analysis)[1])
    chosen = find_dates(analysis, anchor)
    mentions = []
    for number, item in enumerate(sorted(chosen, key=lambda i: i.candidate.start), 1):
        c, v = item.candidate, item.value
        mentions.append(DateMention(id=f"date{number}", text=analysis.text[c.start:c.end], start=c.start,
                                    end=c.end, value=v.value, precision=v.precision, inferred=v.inferred))
    return mentions


def find_dates(analysis: Analysis, anchor: date | None) -> list[Resolved]:
    """The chosen date expressions with their values, ``anchor`` standing for the publication
    date (:mod:`.dates_unresolved` asks what a publication date would resolve)."""
    every, candidates = date_candidates(analysis)
    resolved = resolve_explicit(analysis, candidates, anchor)
    resolved += resolve_relative(analysis, candidates, resolved, anchor)
    resolved += resolve_same_period(candidates, resolved)
    chosen = add_narrated(analysis, candidates, with_dateline(analysis, choose(resolved)), anchor)
    eves = [Resolved(c, v) for c in every if c.kind == "rel_day" and c not in candidates
            and (v := event_eve(analysis, c, chosen)) is not None]  # "накануне подписания"
    chosen = sorted(chosen + eves, key=lambda f: f.candidate.start) if eves else chosen
    return join_ranges(analysis.norm, chosen, Resolved)  # "с сегодняшнего дня и до 29 ноября"


def date_candidates(analysis: Analysis) -> tuple[list[Candidate], list[Candidate]]:
    """Every candidate of the grammar and those not blocked, found once per document: they do
    not depend on the anchor, and the grammar is most of the cost (:mod:`.dates_unresolved`
    asks again with a stand-in anchor). Kept in ``analysis.memo``; callers do not change them."""
    found = analysis.memo.get("date_candidates")
    if found is None:
        every = list(find_candidates(analysis.norm))
        every += [Candidate("bare_year", m.start("y1"), m.end("y1"), {"y1": m.group("y1")})
                  for m in CREDIT_YEAR.finditer(analysis.norm)]  # "© УФК по Курской области, 2026"
        found = analysis.memo["date_candidates"] = (every, [c for c in every if not blocked(analysis, c)])
    return found


def resolve_explicit(analysis: Analysis, candidates: list[Candidate], anchor: date | None) -> list[Resolved]:
    """Explicit dates; a missing year comes from ``anchor`` or from the nearest full date
    (with the publication date, a deadline or a future verb takes the next such day, a past
    verb the last one: ``до 31 декабря`` published in June is this December)."""
    explicit = [c for c in candidates if c.kind not in RELATIVE and c.kind != "same_period"]
    done: dict[int, Resolved] = {}
    for i, c in enumerate(explicit):
        value = resolve(c, None)
        if value is not None:
            done[i] = Resolved(c, value)
    full = [f for f in done.values() if f.value.precision in ("day", "minute") and not f.value.inferred]
    past_years = [Resolved(c, v) for c in candidates if c.kind in PAST_YEARS and past(c) and anchor is not None
                  and (v := resolve(c, anchor)) is not None]
    for i, c in enumerate(explicit):
        if i in done:
            continue
        frame = framed_anchor(analysis.norm, c, list(done.values()), anchor is not None)
        if frame is None and past_years and c.kind in ("day_month", "day_range"):
            # "в прошлом году тарифы индексировались с 1 октября": that year's October
            frame = past_year_frame(analysis.norm, c, past_years, tense_of(analysis, c))
        context = frame or anchor or nearest_full_date(full, c.start)
        value = resolve(c, context, tense_of(analysis, c) if anchor and not frame else "") if context else None
        same = [f.value for f in full if value is not None and f.value.day is not None and value.day is not None
                and (f.value.day.month, f.value.day.day) == (value.day.month, value.day.day)]
        if same and c.kind == "day_month" and value is not None and same[0].day != value.day:
            value = Value(value.value.replace(str(value.day.year), str(same[0].day.year), 1), value.precision,
                          True, same[0].day)  # "выборы на 14 марта" in the title, "14 марта 2027 года" in the text
        if value is not None:
            done[i] = Resolved(c, value)
    return list(done.values())


def nearest_full_date(full: list[Resolved], offset: int) -> date | None:
    """The day of the closest preceding full date (or the first following one)."""
    before = [f for f in full if f.candidate.end <= offset]
    if before:
        return max(before, key=lambda f: f.candidate.end).value.day
    after = [f for f in full if f.candidate.start >= offset]
    return min(after, key=lambda f: f.candidate.start).value.day if after else None


def latest_full_date(full: list[Resolved], text: str = "") -> date | None:
    """The latest full date of the text: the best stand-in for "now" without a publication date
    (a news text narrates up to its present; "сегодня" is not the 1955 of a biography); a
    deadline (``до 1 апреля 2026 года``) lies ahead of "now" and is skipped when others remain."""
    told = [f for f in full if f.value.day is not None]
    past = [f for f in told if not DEADLINE.search(text, max(0, f.candidate.start - 20), f.candidate.start)]
    days = [f.value.day for f in past or told if f.value.day is not None]
    return max(days) if days else None


def resolve_relative(analysis: Analysis, candidates: list[Candidate], explicit: list[Resolved],
                     anchor: date | None) -> list[Resolved]:
    """Relative expressions against the publication date or, without one, the nearest full date."""
    days = [f for f in explicit if f.candidate.kind in EXPLICIT_DAYS and f.value.day is not None]
    full = [f for f in days if f.value.precision in ("day", "minute") and not f.value.inferred]
    out = []
    past_years = [Resolved(c, v) for c in candidates if c.kind in PAST_YEARS and past(c)
                  and (v := resolve(c, anchor or latest_full_date(full, analysis.norm))) is not None]
    for c in candidates:
        if c.kind not in RELATIVE or narrated_kind(analysis, c):
            continue
        partner = adjacent(analysis.norm, c, days) if c.kind in ("rel_day", "weekday") else None
        if partner is not None:
            day_ = partner.value.day
            value = Value(day_.isoformat(), "day", True, day_) if day_ else None
        else:
            frame = framed_anchor(analysis.norm, c, explicit, anchor is not None) if c.kind == "month" else None
            if c.kind == "month" and not frame and "shift" not in c.groups:
                frame = past_year_frame(analysis.norm, c, past_years, tense_of(analysis, c))
            # against a date of the text (no publication date) the verb's tense says little, but
            # a month still lies on its side ("подписали 18 февраля ... откроется в октябре")
            tensed = not frame and (anchor is not None or c.kind == "month")
            value = resolve(c, frame or anchor or latest_full_date(full, analysis.norm), tense_of(analysis, c) if tensed else "")
        if value is not None:
            out.append(Resolved(c, value))
    # "в пятницу и субботу": the second weekday is the first day of that name after the first one
    weekdays = [f for f in out if f.candidate.kind == "weekday" and f.value.day is not None]
    for i, f in enumerate(out):
        if f.candidate.kind == "weekday" and "pre" not in f.candidate.groups and "wd" in f.candidate.groups:
            before = [w for w in weekdays if w.candidate.end <= f.candidate.start and w is not f]
            if before and f.value.day is not None:
                first = max(before, key=lambda w: w.candidate.end).value.day
                assert first is not None
                day_ = first + timedelta(days=(f.value.day.isoweekday() - first.isoweekday()) % 7)
                out[i] = Resolved(f.candidate, Value(day_.isoformat(), "day", True, day_))
    # "Вчера, в четверг": the weekday takes the relative day's value
    rel_days = [f for f in out if f.candidate.kind == "rel_day"]
    for i, f in enumerate(out):
        if f.candidate.kind == "weekday" and not adjacent(analysis.norm, f.candidate, days):
            partner = adjacent(analysis.norm, f.candidate, rel_days)
            if partner is not None:
                out[i] = Resolved(f.candidate, Value(partner.value.value, partner.value.precision, True, partner.value.day))
    return out


def past(c: Candidate) -> bool:
    """``прошлогодний``, ``в прошлом году``: a year before the anchor's."""
    return c.kind == "rel_year" or c.groups.get("unit", "").startswith("год") and shift_of(c.groups["shift"]) < 0


def narrated_kind(analysis: Analysis, c: Candidate) -> str | None:
    """The narrated kind of ``c`` (see :mod:`.dates_narrated`), or None."""
    if c.kind in NARRATED:
        return c.kind
    if c.kind == "rel_day" and c.groups.get("rday") == "накануне" and "hh" not in c.groups:
        return "eve"
    if c.kind == "later" and tense_of(analysis, c) == "Past":  # "через два дня он уехал"
        return "after"
    return None


def add_narrated(analysis: Analysis, candidates: list[Candidate], chosen: list[Resolved],
                 anchor: date | None) -> list[Resolved]:
    """Narrated expressions in text order, each against the closest date told before it."""
    items = sorted(chosen, key=lambda f: f.candidate.start)
    full = [f for f in items if f.candidate.kind in EXPLICIT_DAYS and f.value.precision in ("day", "minute")]
    for c in sorted(candidates, key=lambda c: (c.start, -c.end)):
        kind = narrated_kind(analysis, c)
        if kind is None or any(c.start < f.candidate.end and f.candidate.start < c.end for f in items):
            continue
        here = anchor or latest_full_date(full, analysis.norm)
        if kind == "eve":  # "Накануне, 16 февраля", "Накануне, в среду"
            explicit = [f for f in items if f.candidate.kind in EXPLICIT_DAYS | {"weekday"}]
            partner = adjacent(analysis.norm, c, explicit)
            if partner is not None:
                items.append(Resolved(c, Value(partner.value.value, "day", True, partner.value.day)))
                items.sort(key=lambda f: f.candidate.start)
                continue
        period = compared_period(analysis.norm, kind, c, items)
        if period is not None:  # "за десять месяцев 2026 года ... больше, чем годом ранее": those months of 2025
            items.append(Resolved(c, period))
            items.sort(key=lambda f: f.candidate.start)
            continue
        before = [f for f in items if f.candidate.end <= c.start and f.candidate.kind != "dateline"
                  and "/" not in f.value.value and f.value.day is not None
                  and not (kind == "eve" and here is not None and f.value.day > here)]
        # "до 1 февраля подготовить ... В тот же день": a deadline is no event told
        told = [f for f in before if not DEADLINE.search(analysis.norm, max(0, f.candidate.start - 20), f.candidate.start)]
        before = told or before
        if kind == "eve" or needs_day(kind, c.groups):  # "17 ноября ... 1912 года ... В тот же день": a day told
            before = [f for f in before if f.value.precision in ("day", "minute")]
        try:
            value = resolve_narrated(kind, c.groups, before[-1].value if before else None, here)
        except (ValueError, KeyError, TypeError):
            continue
        items.append(Resolved(c, value))
        items.sort(key=lambda f: f.candidate.start)
    return items


def adjacent(text: str, c: Candidate, days: list[Resolved]) -> Resolved | None:
    """The explicit day right before or after ``c`` with only spaces, commas or dashes between."""
    for f in days:
        other = f.candidate
        if other.start >= c.end and PAIR_GAP.fullmatch(text, c.end, other.start):
            return f
        if other.end <= c.start and PAIR_GAP.fullmatch(text, other.end, c.start):
            return f
    return None


def choose(items: list[Resolved]) -> list[Resolved]:
    """Non-overlapping candidates, longest first (the grammar's rule order breaks ties)."""
    order = sorted(items, key=lambda f: (-(f.candidate.end - f.candidate.start), f.candidate.start))
    taken: list[Resolved] = []
    for item in order:
        c = item.candidate
        if all(c.end <= t.candidate.start or c.start >= t.candidate.end for t in taken):
            taken.append(item)
    return taken


def with_dateline(analysis: Analysis, chosen: list[Resolved]) -> list[Resolved]:
    """The dateline found by :func:`.published.find_published` replaces what overlaps it."""
    line = analysis.published
    if line is None or line.start is None or line.end is None:
        return chosen
    kept = [f for f in chosen if f.candidate.end <= line.start or f.candidate.start >= line.end]
    value = Value(str(format_published(line)), line.precision, False, line.value.date())
    kept.append(Resolved(Candidate("dateline", line.start, line.end, {}), value))
    update = UPDATE_TIME.match(analysis.norm, line.end)
    if update is not None:
        day_ = line.value.date()
        stamp = f"{day_.isoformat()}T{int(update['hh']):02d}:{update['mm']}"
        kept = [f for f in kept if f.candidate.end <= update.start("hh") or f.candidate.start >= update.end()]
        kept.append(Resolved(Candidate("dateline", update.start("hh"), update.end(), {}), Value(stamp, "minute", False, day_)))
    if line.weekday is not None:  # "пятница, 21 ноября 2025": the weekday names the same day
        day_ = line.value.date()
        kept = [f for f in kept if f.candidate.end <= line.weekday[0] or f.candidate.start >= line.weekday[1]]
        kept.append(Resolved(Candidate("weekday", *line.weekday, {}), Value(day_.isoformat(), "day", True, day_)))
    return kept
