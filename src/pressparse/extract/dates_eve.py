"""``накануне подписания``: the day before an event the text has dated.

``Накануне выборов`` names no date of its own (:mod:`.dates_blocked` drops it), but when the
event's noun (``подписания``, ``заседания``) or its verb (``подписали``) was told before with a
day in the same sentence and line (``во вторник подписали соглашение``), the eve is that day
minus one.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Protocol

from ..analysis import Analysis
from .dates_grammar import Candidate
from .dates_values import Value, day_value

FINE = ("day", "minute")


class Item(Protocol):  # dates.Resolved, without the import cycle
    candidate: Candidate
    value: Value


def event_eve(analysis: Analysis, c: Candidate, dated: list[Item]) -> Value | None:
    """The day before the event named right after ``накануне`` in ``c``, or None."""
    if c.kind != "rel_day" or c.groups.get("rday", "").lower() != "накануне" or "hh" in c.groups:
        return None
    rest = analysis.norm[c.end:]
    noun = analysis.token_at(c.end + len(rest) - len(rest.lstrip()))
    if noun is None or noun.pos != "NOUN" or noun.feats.get("Case") != "Gen":
        return None
    lemma = noun.lemma.lower()
    stem = lemma[:-3] if lemma.endswith("ние") and len(lemma) > 6 else None
    days = [f for f in dated if f.value.precision in FINE and f.value.day is not None
            and f.candidate.kind != "dateline" and f.candidate.end <= c.start]
    for token in reversed(analysis.tokens_in(0, c.start)):
        word = token.lemma.lower()
        if not (word == lemma or stem and token.pos == "VERB" and word.startswith(stem)):
            continue
        sent = analysis.sents[token.sent]
        line_start = analysis.norm.rfind("\n", 0, token.start) + 1
        line_end = analysis.norm.find("\n", token.stop)
        line_end = len(analysis.norm) if line_end < 0 else line_end
        lo, hi = max(sent.start, line_start), min(sent.stop, line_end)
        near = [f for f in days if lo <= f.candidate.start and f.candidate.end <= hi]
        if near:
            best = min(near, key=lambda f: abs(f.candidate.start - token.start))
            assert best.value.day is not None
            return day_value(best.value.day - timedelta(days=1), {}, True)
    return None
