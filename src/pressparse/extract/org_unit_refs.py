"""A regional office called by its head noun alone (``Отделение``) or with its parent's abbreviation
(``Отделение СФР``, ``Управление ФНС``) is the one office of that head the text names in full
(``Отделение Фонда пенсионного и социального страхования Российской Федерации по Оренбургской области``)."""

from __future__ import annotations

from functools import cache
from typing import Any

from .inflect import stem
from .org_abbreviated import join_group
from .org_context import Candidate, best, name_key
from .org_legislature import ABBREVIATION

# the head nouns of a federal body's territorial offices
OFFICE_HEADS = frozenset(stem(w) for w in "отделение управление филиал представительство инспекция".split())


def join_office_heads(groups: dict[str, list[Candidate]]) -> None:
    """``Отделение``/``Отделением СФР`` join the one ``Отделение <фонда> по <региону>`` of the text."""

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


# ``регионального Соцфонда``: the adjectives that make a federal body's name its office in the region
REGION_ADJECTIVES = frozenset("региональный областной краевой республиканский".split())


def join_regional_mentions(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    """``Оренбургский Соцфонд``, ``регионального Соцфонда`` are the one ``Отделение <фонда> по
    Оренбургской области`` the text names, not the federal fund: the adjective joins the mention."""

    offices = [k for k, cs in groups.items() if " по " in best(cs).name and stem(best(cs).name.split()[0]) in OFFICE_HEADS]
    if len(offices) != 1:
        return
    office = best(groups[offices[0]])
    federal = name_key(office.name.split(" ", 1)[1].rsplit(" по ", 1)[0])
    region = office.name.rsplit(" по ", 1)[1]
    funds = [k for k, cs in groups.items() if k.startswith("body:") and name_key(best(cs).name) == federal]
    head = stem(office.name.split()[0])
    for key in [*funds, offices[0]]:
        for c in list(groups[key]):
            before = analysis.tokens_in(max(0, c.start - 30), c.start)
            if not before or analysis.text[before[-1].stop : c.start] != " " \
                    or stem(analysis.text[c.start : c.stop].split()[0]) == head:
                continue
            adj = before[-1]
            if adj.pos != "ADJ" or not (adj.lemma in REGION_ADJECTIVES and adj.text.islower()
                                        or adj.text[:1].isupper() and stem(adj.text)[:5] == stem(region)[:5]):
                continue
            if key != offices[0]:
                groups[key].remove(c)
                groups[offices[0]].append(c)
            c.start, c.name, c.key = adj.start, office.name, offices[0]
    for key in funds:
        if not groups[key]:
            del groups[key]
