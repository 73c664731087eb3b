"""Drop name-like mentions that are not people: towns, and namesakes of funds and prizes.

A lone surname after ``в``/``во`` (``в Толмачеве``) or joined by ``и`` / a comma to a place
(``школ Иванова и Кинешмы``) reads as a town; a name right after ``фонд``, ``премия``, ``имени``
(``фонд Владимира Потанина``) names the body, not a person of the release.
"""

from __future__ import annotations

from typing import Any

from .person_merge import Cluster

IN = {"в", "во"}
JOIN = {"и", ","}
EPONYM = {"фонд", "премия", "имени", "им", "стипендия"}


def drop_non_people(analysis: Any, clusters: list[Cluster], places: list[tuple[int, int]]) -> list[Cluster]:
    """The clusters that stay people: not every mention a town or an eponym."""
    return [c for c in clusters if not all(not_person(analysis, s.start, s.stop, c, places) for s in c.spans)]


def not_person(analysis: Any, start: int, stop: int, cluster: Cluster, places: list[tuple[int, int]]) -> bool:
    tokens = analysis.tokens_in(start, stop)
    if not tokens:
        return False
    first, last = tokens[0].index, tokens[-1].index
    before = analysis.tokens[first - 1] if first > 0 else None
    name = cluster.name
    written = analysis.text[start:stop]
    if before is not None and before.lemma.lower().rstrip(".") in EPONYM and written not in name.text:
        return True  # ``фонд Петра Иванова``, not ``директор фонда Вера Кострикина`` (nominative)
    if name.first or len(tokens) != 1:
        return False  # a full name is a person even after ``в``
    if before is not None and before.text in IN:
        return True
    after = analysis.tokens[last + 1] if last + 1 < len(analysis.tokens) else None
    if after is not None and after.text.lower() in JOIN and last + 2 < len(analysis.tokens):
        following = analysis.tokens[last + 2]
        if any(s <= following.start < e for s, e in places):
            return True
    if before is not None and before.text.lower() in JOIN and first >= 2:
        preceding = analysis.tokens[first - 2]
        if any(s < preceding.stop <= e for s, e in places):
            return True
    return False
