"""When and where an agreement was signed: the event's date and place read off its clause."""

from __future__ import annotations

from .clauses import PLACE_RANK, Syntax, lemma

# "после заседания", "в ходе форума": a signing dated by an event the release dated before
EVENTS = {"заседание", "сессия", "совещание", "встреча", "форум", "коллегия", "конференция", "съезд", "визит"}


def event_date(syntax: Syntax, first: int, last: int) -> str | None:
    """The day of the event a clause reports: a day-precise date not marked as a deadline."""
    analysis = syntax.analysis
    start, end = syntax.tokens[first].start, syntax.tokens[last - 1].stop
    dateline = analysis.published
    for d in syntax.dates:
        if not (start <= d.start and d.end <= end) or d.precision not in ("day", "minute") or "/" in d.value:
            continue
        if dateline is not None and dateline.start is not None and d.start < (dateline.end or 0) and dateline.start < d.end:
            continue
        before = analysis.text[max(0, d.start - 9) : d.start].lower().split()
        if before and before[-1] in ("до", "по", "к", "позднее", "позже"):  # "не позднее 25 декабря": a term
            continue
        return d.value[:10]
    words = {t.text.lower() for t in syntax.tokens[first:last]}
    if "сегодня" in words and dateline is not None:
        return dateline.value.date().isoformat()
    return None


def event_place(syntax: Syntax, first: int, last: int, skip: list[tuple[int, int]] = ()) -> str | None:
    """The place a clause locates its event in: "в [adjectives] Place", not part of a body's name
    nor of a span in ``skip`` (the agreement's subject: ``о строительстве завода в Белогорске``
    says where the plant will be, not where the agreement was signed)."""
    tokens = syntax.tokens
    best: tuple[int, str] | None = None
    for e in syntax.entities_in(tokens[first].start, tokens[last - 1].stop, "loc"):
        if syntax.entity_at(e.start, e.end, "org") is not None or any(a <= e.start < b for a, b in skip):
            continue
        tok = syntax.analysis.token_at(e.start)
        if tok is None:
            continue
        j = skip_adjectives(tokens, tok.index - 1, first)
        if j >= first and building(syntax, tokens[j]) and tok.feats.get("Case") == "Gen":
            j = skip_adjectives(tokens, j - 1, first)  # "в Мраморном дворце Санкт-Петербурга"
        if j >= first and tokens[j].text.lower() in ("в", "во"):
            rank = PLACE_RANK.get(getattr(e.record, "kind", "other"), 2)
            if best is None or rank < best[0]:
                best = (rank, e.id)
    return best[1] if best else None


def skip_adjectives(tokens, j: int, first: int) -> int:
    while j >= first and tokens[j].pos == "ADJ":
        j -= 1
    return j


def building(syntax: Syntax, token) -> bool:
    """A hall or building the place's name follows in the genitive (``дворце``, ``зале``)."""
    return (token.pos == "NOUN" and token.feats.get("Case") == "Loc" and token.feats.get("Animacy") != "Anim"
            and syntax.entity_at(token.start, token.stop) is None)


def referred_date(syntax: Syntax, first: int, last: int) -> str | None:
    """``После заседания X и Y подписали``: the day of the event the clause names, read off the
    nearest earlier clause that names the same event with a date (``на заседании в пятницу``)."""
    events = {lemma(t) for t in syntax.tokens[first:last]} & EVENTS
    if not events:
        return None
    for number in range(syntax.unit_of[first] - 1, -1, -1):
        a, b = syntax.units[number]
        if events & {lemma(t) for t in syntax.tokens[a:b]}:
            day = event_date(syntax, a, b)
            if day:
                return day
    return None


OCCASION = ("здесь же", "там же", "тогда же", "в тот же день")


def same_occasion(syntax: Syntax, first: int, last: int) -> bool:
    """``Здесь же, в Москве, ... подписали``: a signing at the occasion of the one reported before."""
    text = syntax.analysis.norm[syntax.tokens[first].start : syntax.tokens[last - 1].stop].lower()
    return any(text.startswith(w) or f" {w}" in text for w in OCCASION)
