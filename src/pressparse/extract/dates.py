"""Dates: every resolvable date, range and relative date of the text, the dateline included.

Candidates come from the regex grammar (:mod:`.dates_grammar`), values from
:mod:`.dates_resolve`. Relative expressions (``в четверг``, ``накануне``, ``сегодня``) are
resolved against the publication date; one standing right next to an explicit date
(``Накануне, 16 февраля``; ``в четверг, 8 июня``) takes that date's value, so the pair
never disagrees. A day and month without a year (``9 июня``) take the year nearest to the
publication date or, with no publication date, to the closest explicit full date of the
text; with neither they are left out, as are relatives without a publication date.
Overlapping candidates: the longest wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..analysis import Analysis
from ..result import DateMention
from . import Found
from .dates_grammar import Candidate, find_candidates
from .dates_resolve import Value, resolve
from .published import format_published

RELATIVE = {"rel_day", "weekday", "rel_period", "month", "ago", "later"}
# kinds whose value the pairing may hand to an adjacent relative expression
EXPLICIT_DAYS = {"numeric", "iso", "day_month"}
PAIR_GAP = re.compile(r"[\s,(—-]*")
# "накануне выборов", "в среду обитания": a genitive word after them makes them no date
GENITIVE_BLOCKED = {"rel_day": ("накануне",), "weekday": ("среду",)}
# "ул. 8 Марта", "завод «1 Мая»", "имени 9 января": names, not dates
NAMED_AFTER = re.compile(r"(?:\b(?:ул|улиц\w*|просп\w*|пр-т|пл|площад\w*|пер|переул\w*|бульв\w*|наб\w*|шоссе|"
                         r"им|имени|станци\w*|совхоз\w*|колхоз\w*)\.?\s*|«)$", re.I)
BARE_YEARS = {"bare_year", "bare_year_range"}
BLOCKING_POS = {"NOUN", "ADJ", "PROPN", "DET", "NUM"}


@dataclass(slots=True)
class Resolved:
    """A candidate with its value."""

    candidate: Candidate
    value: Value


def extract_dates(analysis: Analysis, found: Found) -> list[DateMention]:
    """Date mentions in text order, ids ``date1..``."""
    text = analysis.norm
    published = analysis.published
    anchor = published.value.date() if published is not None else None
    candidates = [c for c in find_candidates(text) if not blocked(analysis, c)]
    resolved = resolve_explicit(candidates, anchor)
    resolved += resolve_relative(analysis, candidates, resolved, anchor)
    chosen = choose(resolved)
    chosen = with_dateline(analysis, chosen)
    mentions = []
    for number, item in enumerate(sorted(chosen, key=lambda i: i.candidate.start), 1):
        c, v = item.candidate, item.value
        mentions.append(DateMention(id=f"date{number}", text=analysis.text[c.start:c.end], start=c.start,
                                    end=c.end, value=v.value, precision=v.precision, inferred=v.inferred))
    return mentions


def resolve_explicit(candidates: list[Candidate], anchor: date | None) -> list[Resolved]:
    """Explicit dates; a missing year comes from ``anchor`` or from the nearest full date."""
    explicit = [c for c in candidates if c.kind not in RELATIVE]
    done: dict[int, Resolved] = {}
    for i, c in enumerate(explicit):
        value = resolve(c, None)
        if value is not None:
            done[i] = Resolved(c, value)
    full = [f for f in done.values() if f.value.precision in ("day", "minute") and not f.value.inferred]
    for i, c in enumerate(explicit):
        if i in done:
            continue
        context = anchor or nearest_full_date(full, c.start)
        value = resolve(c, context) if context else None
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


def resolve_relative(analysis: Analysis, candidates: list[Candidate], explicit: list[Resolved],
                     anchor: date | None) -> list[Resolved]:
    days = [f for f in explicit if f.candidate.kind in EXPLICIT_DAYS and f.value.day is not None]
    out = []
    for c in candidates:
        if c.kind not in RELATIVE:
            continue
        partner = adjacent(analysis.norm, c, days) if c.kind in ("rel_day", "weekday") else None
        if partner is not None:
            day_ = partner.value.day
            value = Value(day_.isoformat(), "day", True, day_) if day_ else None
        else:
            value = resolve(c, anchor, tense_of(analysis, c))
        if value is not None:
            out.append(Resolved(c, value))
    return out


def adjacent(text: str, c: Candidate, days: list[Resolved]) -> Resolved | None:
    """The explicit day right before or after ``c`` with only spaces, commas or dashes between."""
    for f in days:
        other = f.candidate
        if other.start >= c.end and PAIR_GAP.fullmatch(text, c.end, other.start):
            return f
        if other.end <= c.start and PAIR_GAP.fullmatch(text, other.end, c.start):
            return f
    return None


def tense_of(analysis: Analysis, c: Candidate) -> str:
    """The tense of the verb the expression depends on ("Past", "Fut", "Pres" or "")."""
    if c.kind not in ("weekday", "later") or not analysis.tokens:
        return ""
    word = c.groups.get("wd", "через")
    at = analysis.norm[c.start:c.end].lower().find(word)  # groups are lower-cased
    token = analysis.token_at(c.start + at) if at >= 0 else None
    for _ in range(3):
        if token is None or token.head < 0:
            return ""
        token = analysis.tokens[token.head]
        if token.pos in ("VERB", "AUX") and token.feats.get("Tense"):
            return token.feats["Tense"]
    return ""


def blocked(analysis: Analysis, c: Candidate) -> bool:
    if c.kind == "day_month" and NAMED_AFTER.search(analysis.norm, max(0, c.start - 30), c.start):
        return True
    if c.kind in BARE_YEARS:  # "в 2000 рублей", "к 2030 количество": a number, not a year
        nxt = next_token(analysis, c.end)
        return nxt is not None and nxt.pos in ("NOUN", "ADJ", "NUM") and nxt.start == c.end + 1
    words = GENITIVE_BLOCKED.get(c.kind)
    if not words or not analysis.tokens:
        return False
    if not any(c.groups.get(g, "").lower() in words for g in ("rday", "wd")) or "hh" in c.groups:
        return False
    nxt = next_token(analysis, c.end)
    if nxt is None or nxt.pos not in BLOCKING_POS and not nxt.text[:1].isdigit():
        return False
    return nxt.text[:1].isdigit() or nxt.feats.get("Case") == "Gen"


def next_token(analysis: Analysis, offset: int):  # type: ignore[no-untyped-def]
    rest = len(analysis.norm) - len(analysis.norm[offset:].lstrip())
    return analysis.token_at(rest)


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
    return kept
