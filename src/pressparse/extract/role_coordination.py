"""Coordinated adjectives inside a title's field: ``министр имущественных и земельных отношений``,
``министр рыбного и сельского хозяйства``, ``по бюджетной, налоговой и экономической политике``.
An adjective cannot end a field, so ``и``/a comma right after one joins the next adjective of the
same noun (not ``министр финансов и губернатор``: a noun comes before the ``и`` there)."""

from __future__ import annotations

from typing import Any

from .role_lexicon import fold

JOINERS = frozenset({"и", ","})


def join_adjectives(tokens: list[Any], j: int, k: int, end: int) -> int:
    """``k`` just after an adjective run begun at ``j``: past ``и``/``,`` and the next agreeing
    adjective, as long as they go on; else ``k``."""
    while j < k < end - 1 and tokens[k - 1].pos == "ADJ" and fold(tokens[k].text) in JOINERS:
        after = tokens[k + 1]
        case = tokens[k - 1].feats.get("Case")
        if after.pos != "ADJ" or not after.text[:1].islower() or case is None or after.feats.get("Case") != case:
            break
        k += 2
        while k < end and tokens[k].pos == "ADJ" and tokens[k].feats.get("Case") == case:
            k += 1
    return k


def join_nouns(tokens: list[Any], k: int, end: int) -> int:
    """``по ... политике, собственности и предпринимательству``: at the comma after a field noun, a
    list of lower-case nouns of its case closed by ``и``; the index after the list, or ``k``."""
    noun = tokens[k - 1] if k else None
    case = noun.feats.get("Case") if noun is not None and noun.pos == "NOUN" else None
    if case is None:
        return k
    at = k
    while at < end - 1 and fold(tokens[at].text) in JOINERS:
        closing = fold(tokens[at].text) == "и"
        m = at + 1
        while m < end and tokens[m].pos == "ADJ" and tokens[m].feats.get("Case") == case:
            m += 1
        if m >= end or tokens[m].pos != "NOUN" or not tokens[m].text[:1].islower() or tokens[m].feats.get("Case") != case:
            return k
        at = m + 1
        if closing:
            return at
    return k
