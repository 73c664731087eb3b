"""A regional office called by its head noun alone (``Отделение``) or with its parent's abbreviation
(``Отделение СФР``, ``Управление ФНС``) is the one office of that head the text names in full
(``Отделение Фонда пенсионного и социального страхования Российской Федерации по Оренбургской области``)."""

from __future__ import annotations

from functools import cache

from .inflect import stem
from .org_abbreviated import join_group
from .org_context import Candidate, name_key
from .org_legislature import ABBREVIATION

# the head nouns of a federal body's territorial offices
OFFICE_HEADS = frozenset(stem(w) for w in "отделение управление филиал представительство инспекция".split())


def join_office_heads(groups: dict[str, list[Candidate]]) -> None:
    """``Отделение``/``Отделением СФР`` join the one ``Отделение <фонда> по <региону>`` of the text."""
    from .organizations import best

    for key in list(groups):
        if key not in groups:
            continue
        top = best(groups[key])
        words = top.name.split()
        if not 1 <= len(words) <= 2 or stem(words[0]) not in OFFICE_HEADS or not words[0][:1].isupper():
            continue
        parent = None
        if len(words) == 2:
            parent = abbreviated_bodies().get(words[1])
            if not ABBREVIATION.fullmatch(words[1]) or parent is None:
                continue
        head = stem(words[0]) + " "
        targets = [k for k, cs in groups.items() if k != key and (name := name_key(best(cs).name)).startswith(head)
                   and " по " in best(cs).name and (parent is None or name_key(parent) in name)]
        if len(targets) == 1:
            join_group(groups, key, targets[0])


@cache
def abbreviated_bodies() -> dict[str, str]:
    """A gazetteer body's abbreviation (``СФР``, ``ФНС``) -> its name."""
    from .gazetteer import body_entries

    out: dict[str, str] = {}
    for entry in body_entries():
        for name in entry.names:
            if ABBREVIATION.fullmatch(name) and sum(ch.isupper() for ch in name) >= 2:
                out.setdefault(name, entry.name)
    return out
