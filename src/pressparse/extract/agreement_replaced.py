"""An earlier agreement a new one replaces: ``Документ придет на смену соглашению, которое регионы
подписали в 2019 году`` names a second agreement, not the new one again. Unless the text names its
own sides, it was concluded by the sides of the agreement that replaces it."""

from __future__ import annotations

from dataclasses import replace

from ..result import Agreement
from .agreement_parts import KindMention
from .clauses import Syntax, lemma

REPLACE_VERBS = {"заменить", "заменять", "сменить", "сменять"}  # "заменит соглашение 2019 года"
EARLIER = {"прежний", "предыдущий"}  # "прежнее соглашение"


def replaced(syntax: Syntax, m: KindMention) -> bool:
    """The agreement noun names the document a new one replaces."""
    tokens = syntax.tokens
    before = [t.text.lower() for t in tokens[max(0, m.first - 2) : m.first]]
    if before[-1:] in (["взамен"], ["вместо"]) or before == ["на", "смену"] or before[-1:] == ["смену"]:
        return True
    if m.first > 0 and lemma(tokens[m.first - 1]) in EARLIER:
        return True
    head = tokens[m.head]
    return head.rel == "obj" and head.head >= 0 and lemma(tokens[head.head]) in REPLACE_VERBS


def inherit_sides(records: list[Agreement], successors: list[int | None]) -> list[Agreement]:
    """Give a replaced agreement without sides of its own the sides of its successor
    (``successors[i]``: the index of the record that replaces record ``i``)."""
    out = list(records)
    for i, j in enumerate(successors):
        if j is not None and not out[i].parties and out[j].parties:
            out[i] = replace(out[i], parties=out[j].parties)
    return out
