"""A body's abbreviation with its territory (``РЭК Свердловской области``, ``ТПП Алтайского края``,
``ЦИК Чувашии``) is the body the territory's name spells out, and a bare federal abbreviation
(``ТПП``) in a text about a region's namesake is that namesake."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .org_context import Candidate, best, name_key
from .org_legislature import ABBREVIATION
from .inflect import fold, genitive

COUNTRY = " Российской Федерации"


def spell_abbreviated(groups: dict[str, list[Candidate]]) -> None:
    """``РЭК Свердловской области`` joins the one ``Региональная энергетическая комиссия Свердловской
    области`` of the text; ``ТПП Алтайского края`` with no such name is spelled out from the federal
    namesake (``Торгово-промышленная палата Российской Федерации``) with the territory in place of the
    country's, and joins it where the text writes it out."""
    from .organizations import best, fits

    for key in [k for k in groups if ":" not in k]:
        if key not in groups:
            continue
        top = best(groups[key])
        abbr, _, rest = top.name.partition(" ")
        if not rest or not ABBREVIATION.fullmatch(abbr) or sum(ch.isupper() for ch in abbr) < 2 \
                or not rest[:1].isupper() or rest.startswith(("России", "РФ", "Российской")):
            continue
        tail = " " + name_key(rest)
        targets = [k for k, cs in groups.items() if k != key and not k.startswith("media:") and " " in best(cs).name
                   and name_key(best(cs).name).endswith(tail) and fits(abbr, best(cs).name)]
        spelled = None
        if len(targets) != 1 and top.place is not None and (federal := federal_names().get(abbr)) is not None:
            spelled = federal[: -len(COUNTRY)] + " " + rest
            targets = [k for k, cs in groups.items() if k != key and name_key(best(cs).name) == name_key(spelled)]
        if len(targets) == 1:
            join_group(groups, key, targets[0])
        elif spelled is not None:
            for c in groups[key]:
                c.name = spelled


def join_bare_federal(groups: dict[str, list[Candidate]], text: str) -> None:
    """``ТПП`` bare, in a text naming ``Торгово-промышленная палата Алтайского края`` and never the
    federal chamber by its country, is the region's chamber."""

    for key in [k for k in groups if k.startswith("body:") and k.endswith(COUNTRY)]:
        cs = groups[key]
        if any(not ABBREVIATION.fullmatch(text[c.start : c.stop]) for c in cs):
            continue  # ``ТПП России``, ``Торгово-промышленная палата РФ``: the federal body itself
        federal = key[5:]
        stem = name_key(federal[: -len(COUNTRY)]) + " "
        targets = [k for k, others in groups.items() if k != key and not k.startswith("media:")
                   and name_key(best(others).name).startswith(stem) and best(others).place is not None]
        if len(targets) == 1:
            join_group(groups, key, targets[0])


def join_group(groups: dict[str, list[Candidate]], key: str, target: str) -> None:
    """Every mention of ``key`` becomes one of ``target``, under its name and kind."""

    full = best(groups[target])
    for c in groups.pop(key):
        c.name, c.kind, c.rank = full.name, full.kind, max(c.rank, full.rank + 1)
        groups[target].append(c)


@cache
def federal_names() -> dict[str, str]:
    """A federal body's abbreviation (``ТПП``, ``ЦИК``) -> its name ending in the country's."""
    from .gazetteer import body_entries

    out: dict[str, str] = {}
    for entry in body_entries():
        if entry.name.endswith(COUNTRY) and not entry.regional:
            for name in entry.names:
                if ABBREVIATION.fullmatch(name):
                    out.setdefault(name, entry.name)
    return out


RAILWAY = re.compile(r"[А-ЯЁ][А-ЯЁа-яё]{0,4}(?:ЖД|жд)")


def join_railways(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    """``КбшЖД``, ``ЗСЖД``, ``СвЖД``: a railway's abbreviation (letters of its adjective, then ``ЖД``)
    joins the one ``... железная дорога`` of the text; names holding it (``Пензенский регион КбшЖД``)
    spell the railway out in the genitive."""

    for key in list(groups):
        cs = groups.get(key)
        written = {analysis.text[c.start : c.stop] for c in cs} if cs else set()
        if len(written) != 1 or not RAILWAY.fullmatch(abbr := written.pop()):
            continue
        letters = fold(abbr[:-2])
        targets = [k for k, others in groups.items() if k != key and " железная дорога" in best(others).name
                   and spelled_by(letters, fold(best(others).name.split()[0]))]
        if len(targets) != 1:
            continue
        full = best(groups[targets[0]])
        for c in groups.pop(key):
            c.name, c.kind, c.rank, c.short_name = full.name, full.kind, max(c.rank, full.rank + 1), abbr
            groups[targets[0]].append(c)
        railway = genitive(full.name.split(" — ")[0])
        for others in groups.values():
            for c in others:
                if c.name.endswith(" " + abbr) or c.name.endswith(" " + abbr.capitalize()):
                    c.name = c.name.rsplit(" ", 1)[0] + " " + railway


def spelled_by(letters: str, word: str) -> bool:
    """Are ``letters`` (``кбш``, ``зс``) the word's first letter and then some of its letters in
    order (``куйбышевская``), or the first letters of its hyphen parts (``западно-сибирская``)?"""
    parts = word.split("-")
    if len(parts) == len(letters) and all(p.startswith(ch) for p, ch in zip(parts, letters)):
        return True
    if not word.startswith(letters[:1]):
        return False
    rest = iter(word[1:])
    return all(ch in rest for ch in letters[1:])
