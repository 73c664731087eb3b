"""Gapped second parts of an obligation: ``поставить первую партию в мае, а весь объем — до 1 июля``.

The verb left out of the second part is the first part's; its deadline is the second part's own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..result import Mention, Obligation
from .clauses import Syntax
from .obligation_actions import infinitive
from .obligation_clauses import Clause
from .obligation_stretch import dash_gap

GAP_CONJUNCTIONS = ("а", "и")
DEADLINE_WORDS = ("до", "к", "позднее", "позже")


def remnants(syntax: Syntax, clause: Clause, done: Obligation) -> list[Obligation]:
    """``поставить первую партию в мае, а весь объем — до 1 июля``: the verb left out of the second
    part (a gap marked by the parse's ``orphan``) is the first part's."""
    if clause.action is not None:  # "берет на себя X, а министерство — Y": Y a noun too
        from .obligation_taken_gaps import taken_remnants

        return taken_remnants(syntax, clause, done)
    if clause.nominal is not None or clause.passive:
        return []
    out = []
    heads = {clause.pred.index, clause.pred.head}
    for k in syntax.tokens[clause.pred.index + 1 : syntax.units[syntax.unit_of[clause.pred.index]][1]]:
        if k.rel != "conj" or k.head not in heads or not syntax.kids(k.index, "orphan") or k.pos not in ("NOUN", "PRON", "DET"):
            continue
        idx = [i for i in syntax.subtree(k.index) if syntax.tokens[i].rel not in ("cc", "punct") or i > k.index]
        if any(syntax.tokens[i].pos == "VERB" for i in idx):
            continue  # "..., а департаменту - провести торги": an infinitive of its own (gapped_clause)
        first, last = min(idx), max(idx)
        while last > first and syntax.tokens[last].pos == "PUNCT":
            last -= 1
        if first <= clause.pred.index or any(t.pos == "VERB" for t in syntax.tokens[first : last + 1]):
            continue  # the parse's arcs cross the task: no clean remnant
        if own_verb(syntax, last):
            continue  # "..., а министерство — с 1 сентября включить ...": the part has its own infinitive
        if crossed(syntax, k.index, first, last):
            continue  # the parse lent the part words of the first one or cut its date short: read linearly
        out.append(gapped(syntax, clause, done, first, last))
    if not out:
        span = linear_gap(syntax, clause)
        if span is not None:
            out.append(gapped(syntax, clause, done, *span))
    if not out:
        out += bare_gaps(syntax, clause, done)
    return out


def own_verb(syntax: Syntax, last: int) -> bool:
    """An infinitive follows the remnant before the next comma or the end of the clause."""
    end = syntax.units[syntax.unit_of[last]][1]
    for t in syntax.tokens[last + 1 : end]:
        if t.text in ",;":
            return False
        if t.pos == "VERB" and t.feats.get("VerbForm") == "Inf":
            return True
    return False


def crossed(syntax: Syntax, k: int, first: int, last: int) -> bool:
    """The remnant under ``k`` starts before its conjunction or stops before the next comma leaves
    words out (``..., а реставрацию залов — до 31 марта [2028 года]`` parsed with the year elsewhere)."""
    cc = [t.index for t in syntax.kids(k, "cc")]
    if cc and first < min(cc):
        return True
    end = syntax.units[syntax.unit_of[last]][1]
    for t in syntax.tokens[last + 1 : end]:
        if t.text in ",;":
            return False
        if t.pos != "PUNCT":
            return True
    return False


def bare_gaps(syntax: Syntax, clause: Clause, done: Obligation) -> list[Obligation]:
    """``..., остальные — до 1 мая`` (the verb's), ``..., ООО «Б» — 15 объектов`` (another doer's):
    a gapped part after a bare comma; a named doer before the dash takes the task over."""
    last = syntax.units[syntax.unit_of[clause.pred.index]][1]
    for i in range(clause.pred.index + 2, last):
        gap = dash_gap(syntax, i, last)
        if gap is None:
            continue
        first, dash, end = gap
        tokens = syntax.tokens
        doers = syntax.entities_in(tokens[first].start, tokens[dash - 1].stop, "org", "per")
        if not doers:
            return [gapped(syntax, clause, done, first, end)]
        part = gapped(syntax, clause, done, dash + 1, end)
        start = tokens[first].start
        return [replace(part, parties=(doers[0].id,), mention=Mention(text=syntax.analysis.text[start:part.mention.end],
                                                                   start=start, end=part.mention.end))]
    return []


def gapped(syntax: Syntax, clause: Clause, done: Obligation, first: int, last: int) -> Obligation:
    start, end = syntax.tokens[first].start, syntax.tokens[last].stop
    words = " ".join(re.sub(r"\s[—–-]\s", " ", syntax.analysis.text[start:end]).split())
    return replace(done, action=f"{infinitive(syntax, clause.pred)} {words}", deadline=deadline(syntax, start, end),
                   mention=Mention(text=syntax.analysis.text[start:end], start=start, end=end))




def linear_gap(syntax: Syntax, clause: Clause) -> tuple[int, int] | None:
    """``..., а установку камней — до 1 августа``: read linearly when the parse hung the gapped part
    elsewhere (no ``orphan`` under a conjunct of the verb): a noun phrase, a dash, a remainder, and
    no verb of its own."""
    tokens = syntax.tokens
    last = syntax.units[syntax.unit_of[clause.pred.index]][1]
    for i in range(clause.pred.index + 2, last - 3):
        if tokens[i - 1].text != "," or tokens[i].text.lower() not in GAP_CONJUNCTIONS:
            continue
        dash = next((j for j in range(i + 2, last - 1) if tokens[j].text == "—"), None)
        if dash is None:
            return None
        end = last - 1
        while end > dash and tokens[end].pos == "PUNCT":
            end -= 1
        part = tokens[i + 1 : end + 1]
        if end == dash or any(t.pos in ("VERB", "AUX") or t.text in ",;:" for t in part):
            return None
        if tokens[i + 1].pos not in ("NOUN", "ADJ", "DET", "NUM"):
            return None
        return i + 1, end
    return None


def deadline(syntax: Syntax, start: int, end: int) -> str | None:
    """A date inside the clause marked as a term: ``до 1 июля``, ``к 2025 году``, ``не позднее ...``."""
    text = syntax.analysis.text
    for d in syntax.dates:
        if start <= d.start and d.end <= end:
            before = text[max(start, d.start - 12) : d.start].lower().split()
            own = d.text.lower().split()[:1]  # the mention may include its preposition
            if (before and before[-1] in DEADLINE_WORDS) or (own and own[0] in DEADLINE_WORDS):
                return d.id
    return None
