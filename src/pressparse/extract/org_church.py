"""A church's bodies: ``Рязанской епархией Русской Православной Церкви`` is one name (the church
after its diocese is part of it, no organization there), and ``епархиальный отдел религиозного
образования`` is a department of the text's one diocese, named with it."""

from __future__ import annotations

from typing import Any

from .inflect import capitalize_first, genitive, stem
from .org_context import Candidate, best, name_key

# a church's territorial bodies, and the adjective that names a unit of one
CHURCH_UNITS = frozenset(stem(w) for w in "епархия митрополия благочиние экзархат приход".split())
CHURCH_WORDS = ("церк", "патриархат")  # ``Церкви``, ``Церковью``: the stems decline apart
DIOCESAN = "епархиальн"


def join_churches(analysis: Any, candidates: list[Candidate]) -> list[Candidate]:
    """A church body followed right away by its church in the genitive takes the church into its
    name (``Рязанская епархия Русской Православной Церкви``), the short name staying its own."""
    by_start = {c.start: c for c in candidates if not c.nested}
    dropped: set[int] = set()
    for c in sorted(candidates, key=lambda c: c.start):
        parent = by_start.get(c.stop + 1)
        if parent is None or id(c) in dropped or analysis.text[c.stop] != " ":
            continue  # most candidates: no name right after (the cheap tests before the stems)
        words = [stem(w.lower()) for w in c.name.split()]
        if not CHURCH_UNITS & set(words):
            continue
        written = analysis.text[parent.start : parent.stop]
        if not any(w.lower().startswith(CHURCH_WORDS) for w in written.split()) or written == parent.name:
            continue  # only a genitive church (``Русской Православной Церкви``) after it
        c.short_name = c.short_name or c.name
        c.name = f"{c.name} {written}"
        c.key, c.stop = name_key(c.short_name), parent.stop  # the short name's key: the short mentions join
        dropped.add(id(parent))
    return [c for c in candidates if id(c) not in dropped]


def name_diocesan_units(groups: dict[str, list[Candidate]]) -> None:
    """``Епархиальный отдел ...`` -> ``Отдел ... Рязанской епархии`` where the text names one diocese."""

    dioceses = {k: best(cs) for k, cs in groups.items() if cs and stem("епархия") in k.split()
                and not best(cs).name.lower().startswith(DIOCESAN)}
    if len(dioceses) != 1:
        return
    owner = next(iter(dioceses.values()))
    for key, cs in groups.items():
        for c in cs:
            words = c.name.split()
            if len(words) >= 3 and words[0].lower().startswith(DIOCESAN):
                c.name = f"{capitalize_first(words[1])} {' '.join(words[2:])} {genitive(owner.short_name or owner.name)}"
