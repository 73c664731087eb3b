"""A second task after ``, а <term or doer> — <infinitive>`` with no verb of its own:
``выдано предписание: до 25 декабря устранить ..., а до 1 марта — переоформить ...`` (the first
task's cue and parties), ``..., а ГЖИ в течение трех дней — информировать ...`` (the doer named
in the gap)."""

from __future__ import annotations

from ..analysis.doc import Token
from .clauses import Syntax
from .obligation_clauses import Clause, State, infinitive_clause
from .obligation_parties import resolve


def dashed_opening(syntax: Syntax, t: Token) -> int | None:
    """The ``а`` of ``, а <term or doer> — <infinitive>`` before ``t`` (no verb between), else None."""
    first = syntax.units[syntax.unit_of[t.index]][0]
    if t.index < 2 or syntax.tokens[t.index - 1].text != "—":
        return None
    i = t.index - 2
    while i > first and syntax.tokens[i].text.lower() not in ("а", ","):
        if syntax.tokens[i].pos in ("VERB", "AUX"):
            return None
        i -= 1
    return i if i > first and syntax.tokens[i].text.lower() == "а" and syntax.tokens[i - 1].text == "," else None


def dashed_doer(syntax: Syntax, state: State, t: Token) -> list[str] | None:
    """``..., а ГЖИ в течение трех дней — информировать ...``: the doer named in the gap, if any."""
    i = dashed_opening(syntax, t)
    if i is None:
        return None
    named = syntax.entities_in(syntax.tokens[i + 1].start, t.start, "org", "per")
    if named:
        return [named[0].id]
    doer = [k for k in syntax.tokens[i + 1 : t.index] if k.pos in ("NOUN", "PROPN") and k.feats.get("Case") == "Nom"]
    return (resolve(syntax, doer[0], t, state.sides()) or []) if doer else None


def dashed_task(syntax: Syntax, state: State, t: Token) -> Clause | None:
    """``предписание: до 25 декабря устранить ..., а до 1 марта — переоформить ...``: a second task
    after ``, а`` + its own term (or doer) + a dash, with no verb of its own, shares the first task's
    clause."""
    from .obligation_actions import split_infinitives

    i = dashed_opening(syntax, t)
    if i is None:
        return None
    first = syntax.units[syntax.unit_of[t.index]][0]
    earlier = [k for k in syntax.tokens[first : i - 1] if k.pos == "VERB" and k.feats.get("VerbForm") == "Inf"]
    if not earlier or any(k.index == t.index for k in split_infinitives(syntax, earlier[-1])):
        return None  # a conjunct of the first is emitted with it
    clause = infinitive_clause(syntax, state, earlier[-1])
    if clause is None or clause.passive:
        return None
    own = dashed_doer(syntax, state, t)
    return Clause(t, clause.modality, clause.parties if own is None else own, issued_by=clause.issued_by, start=i + 1)
