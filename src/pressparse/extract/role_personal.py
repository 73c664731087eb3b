"""Posts toward a person, not a body: ``студентка X ... Ее куратор, проректор Y`` -> Y's post is
``проректор``; ``куратор`` owned by a pronoun that means a person is no role (role_words.tsv, kind
``personal``). Owned by a body (``Со стороны фонда ... его куратор Y``), it stays one."""

from __future__ import annotations

from typing import Any

from .role_lexicon import fold, word_kind
from .role_phrases import RolePhrase

POSSESSIVES = frozenset({"его", "ее", "её", "их"})


def drop_personal(analysis: Any, phrases: list[RolePhrase], names: list[tuple[int, int]],
                  orgs: list[tuple[int, int]]) -> list[RolePhrase]:
    """The phrases but a bare personal post whose owner is the person named last before it."""
    return [p for p in phrases if not personal(analysis, p, names, orgs)]


def personal(analysis: Any, phrase: RolePhrase, names: list[tuple[int, int]], orgs: list[tuple[int, int]]) -> bool:
    from .role_refs import references

    tokens = analysis.tokens
    if phrase.first == 0 or phrase.last > phrase.title_end or fold(tokens[phrase.first - 1].text) not in POSSESSIVES:
        return False
    if word_kind(tokens[phrase.head]) != "personal":
        return False
    begin = tokens[analysis.sents[max(0, tokens[phrase.head].sent - 1)].first].start
    start = tokens[phrase.first - 1].start
    person = max((b for a, b in names if begin <= a and b <= start), default=-1)
    body = max([b for a, b in orgs if begin <= a and b <= start] + [
        t.stop for t in analysis.tokens_in(begin, start) if t.text[:1].islower() and fold(t.lemma) in references()],
        default=-1)
    return person > body
