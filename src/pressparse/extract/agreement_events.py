"""When and where an agreement was signed: the event's date and place read off its clause."""

from __future__ import annotations

from .clauses import PLACE_RANK, Syntax


def event_date(syntax: Syntax, first: int, last: int) -> str | None:
    """The day of the event a clause reports: a day-precise date not marked as a deadline."""
    analysis = syntax.analysis
    start, end = syntax.tokens[first].start, syntax.tokens[last - 1].stop
    dateline = analysis.published
    for d in syntax.dates:
        if not (start <= d.start and d.end <= end) or d.precision not in ("day", "minute"):
            continue
        if dateline is not None and dateline.start is not None and d.start < (dateline.end or 0) and dateline.start < d.end:
            continue
        before = analysis.text[max(0, d.start - 4) : d.start].lower().split()
        if before and before[-1] in ("до", "по", "к"):
            continue
        return d.value[:10]
    words = {t.text.lower() for t in syntax.tokens[first:last]}
    if "сегодня" in words and dateline is not None:
        return dateline.value.date().isoformat()
    return None


def event_place(syntax: Syntax, first: int, last: int) -> str | None:
    """The place a clause locates its event in: "в [adjectives] Place", not part of a body's name."""
    tokens = syntax.tokens
    best: tuple[int, str] | None = None
    for e in syntax.entities_in(tokens[first].start, tokens[last - 1].stop, "loc"):
        if syntax.entity_at(e.start, e.end, "org") is not None:
            continue
        tok = syntax.analysis.token_at(e.start)
        if tok is None:
            continue
        j = tok.index - 1
        while j >= first and tokens[j].pos == "ADJ":
            j -= 1
        if j >= first and tokens[j].text.lower() in ("в", "во"):
            rank = PLACE_RANK.get(getattr(e.record, "kind", "other"), 2)
            if best is None or rank < best[0]:
                best = (rank, e.id)
    return best[1] if best else None
