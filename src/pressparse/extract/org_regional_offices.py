"""``регионального управления``, ``областное управление``: a region's adjective before a bare
``управление`` names the one federal office of that region the text writes out (``УМВД России по
Липецкой области``), not a body ``Управление Липецкой области`` of its own."""

from __future__ import annotations

import re
from typing import Any

from .inflect import fold, stem
from .org_context import Candidate, best

REGION_ADJECTIVES = frozenset(("региональный", "областной", "краевой", "республиканский", "окружной"))
HEADS = ("управление",)


def join_regional_offices(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    for key in list(groups):
        cs = groups.get(key)
        if not cs or not all(adjective_office(analysis, c) for c in cs):
            continue
        region = best(cs).name.split(" ", 1)[1] if " " in best(cs).name else ""
        wanted = {stem(fold(w)) for w in re.findall(r"[\w-]+", region)}
        if not wanted:
            continue
        offices = [k for k, others in groups.items() if k != key and others and office_of(best(others).name, wanted)]
        if len(offices) == 1:
            top = best(groups[offices[0]])
            for c in groups.pop(key):
                c.name, c.kind, c.key, c.rank = top.name, top.kind, offices[0], 9
                groups[offices[0]].append(c)


def adjective_office(analysis: Any, c: Candidate) -> bool:
    tokens = analysis.tokens_in(c.start, c.stop)
    return len(tokens) == 2 and tokens[0].text.islower() and tokens[0].lemma in REGION_ADJECTIVES and (
        fold(tokens[1].lemma) in HEADS)


def office_of(name: str, wanted: set[str]) -> bool:
    """``Управление ... по Липецкой области``: an office headed by the same noun, of that region."""
    if not fold(name).startswith(HEADS) or " по " not in name:
        return False
    territory = {stem(fold(w)) for w in re.findall(r"[\w-]+", name.rpartition(" по ")[2])}
    return wanted <= territory
