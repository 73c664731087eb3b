"""``Управление медицинской реабилитации ДЗМ``: a unit's name ends with its parent's abbreviation while
the text writes the parent out (``Департамент здравоохранения города Москвы (ДЗМ)``); the canonical
name spells the parent in the genitive, as the gold of sub-units does. A press service keeps its
abbreviation as written (``Пресс-служба НГУ`` is the credit line's own name)."""

from __future__ import annotations

import re
from typing import Any

from .inflect import genitive
from .org_context import Candidate, best

# unit heads whose parent is written out in a canonical name
UNIT_HEADS = frozenset("""управление отдел отделение лаборатория департамент комитет комиссия центр
    сектор служба филиал кафедра институт""".split())
# the word before the abbreviation is lowercase: ``Калининской АЭС`` is a name of its own, no parent
TRAILING_ABBREVIATION = re.compile(r"(.+ [а-яё-]+) ([А-ЯЁ]{2,6})")


def spell_parent_abbreviations(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    full = parents_by_abbreviation(analysis, groups)
    for cs in groups.values():
        top = best(cs)
        m = TRAILING_ABBREVIATION.fullmatch(top.name)
        if not m or top.name.split()[0].lower() not in UNIT_HEADS or m.group(2) not in full:
            continue
        name = f"{m.group(1)} {genitive(full[m.group(2)])}"
        for c in cs:
            if c.name == top.name:
                c.name = name


def parents_by_abbreviation(analysis: Any, groups: dict[str, list[Candidate]]) -> dict[str, str]:
    """abbreviation -> full name, for organizations with both; an abbreviation two bodies share is dropped."""

    found: dict[str, set[str]] = {}
    for cs in groups.values():
        top = best(cs)
        # its short name, or a mention that is a bare abbreviation (``Департамент ... (ДЗМ)``, ``ДЗМ``)
        shorts = {c.short_name for c in cs if c.short_name} | {analysis.text[c.start : c.stop] for c in cs}
        for short in shorts:
            if re.fullmatch(r"[А-ЯЁ]{2,6}", short) and len(top.name.split()) >= 2 and short not in top.name:
                found.setdefault(short, set()).add(top.name)
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}
