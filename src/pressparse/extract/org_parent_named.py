"""``Департамент жилищно-коммунального хозяйства Минстроя России``: a unit's name ends with the short
name another organization of the text goes by (``Минстрой России``, ``Ростехнадзор``, ``УМВД России
по Липецкой области``); the canonical name spells that parent as the text's record of it does, in the
genitive (press19 08, press20 03 and 07), so ``Средне-Поволжское управление Ростехнадзора`` and
``Средне-Поволжское управление Федеральной службы по …`` become one name. Only a parent the text
itself names counts: a bare abbreviation the text never ties to a body stays as written (press10 10,
press15 10). A press service keeps its credit line as written (``Пресс-служба УМВД России …``)."""

from __future__ import annotations

import re
from typing import Any

from .inflect import genitive
from .org_context import Candidate, best
from .org_parent_spelled import UNIT_HEADS

# a unit named by an adjective before its head (``Средне-Поволжское управление``, ``Следственное управление``)
COUNTRY = re.compile(r"\b(?:России|РФ|Российской)\b")
ADJECTIVE = re.compile(r"[А-ЯЁа-яё-]+(ое|ый|ий|ая|ой)")


def spell_parent_names(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    parents = parent_forms(analysis, groups)
    for cs in groups.values():
        top = best(cs)
        words = top.name.split()
        if len(words) < 3 or not unit_head(words):
            continue
        for form, (full, key) in parents.items():
            if cs is groups.get(key) or not top.name.endswith(" " + form) or genitive(full) in top.name:
                continue
            head = top.name[: -len(form) - 1]
            if len(head.split()) < 2 or head.split()[-1][:1].isupper():
                continue  # ``Отдел коммуникаций Калининской АЭС``: ``АЭС`` alone is no parent's name
            if " по " in head and " по " in form and form[:2].isupper():
                continue  # ``… по Саратовской области МТУ Ространснадзора по ПФО``: a district unit and
                # its branch written short stay as written (press10 10, press12 05)
            name = f"{head} {genitive(full)}"
            for c in cs:
                if c.name == top.name:
                    c.name = name
            break


def unit_head(words: list[str]) -> bool:
    """``Отдел …``, ``Департамент …``, ``Средне-Поволжское управление …`` (no ``Пресс-служба``)."""
    first = words[0].lower()
    return first in UNIT_HEADS or bool(ADJECTIVE.fullmatch(words[0])) and words[1].lower() in UNIT_HEADS


def parent_forms(analysis: Any, groups: dict[str, list[Candidate]]) -> dict[str, tuple[str, str]]:
    """A short form a parent goes by, in the genitive a unit's name ends with -> (its full name, its
    group); a form two organizations share is dropped."""
    found: dict[str, set[tuple[str, str]]] = {}
    for key, cs in groups.items():
        top = best(cs)
        if len(top.name.split()) < 3 or "«" in top.name:
            continue
        forms = {c.short_name for c in cs if c.short_name}
        # the text's abbreviations stay as they are in any case (``УМВД России по Липецкой области``)
        written = {analysis.text[c.start : c.stop] for c in cs}
        forms |= {w for w in written if re.match(r"[А-ЯЁ]{2,}", w)}
        for form in forms:
            if form == top.name or len(form) < 3 or form[:1].islower():
                continue
            for variant in {form, genitive(form)}:
                found.setdefault(variant, set()).add((top.name, key))
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


def join_bare_parents(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    """``Ростехнадзор`` alone in the headline of a text that names the federal service only inside one
    regional office's name (``Средне-Поволжское управление Ростехнадзора``) is that office (press19 04,
    press20 03): the bare parent name stands for the office the release is about."""
    from .org_abbreviated import join_group

    for key in [k for k in groups if k.startswith("body:")]:
        cs = groups.get(key)
        if not cs:
            continue
        top = best(cs)
        short = {c.short_name for c in cs if c.short_name}
        written = {analysis.text[c.start : c.stop] for c in cs}
        if len(top.name.split()) < 3 or not written <= short or any(COUNTRY.search(w) for w in written):
            continue  # the text writes the federal body itself (``ФНС России``, its full name)
        body = analysis.text.lstrip()
        headline_end = len(analysis.text) - len(body) + body.find("\n")
        if body.find("\n") < 0 or any(c.start > headline_end for c in cs):
            continue  # only the headline says the office's parent for the office (``перейдет в Росстат`` is Росстат)
        inside = " " + genitive(top.name)
        offices = {best(others).name for k, others in groups.items() if k != key and inside in best(others).name
                   and unit_head(best(others).name.split())}
        # ``Отдел … Средне-Поволжского управления …`` is a unit of the office, not another office
        offices = {o for o in offices if not any(o != p and genitive(p) in o for p in offices)}
        if len(offices) != 1:
            continue
        target = next(k for k, others in groups.items() if k != key and best(others).name in offices)
        for c in cs:
            c.short_name = None  # ``Ростехнадзор`` is no short name of the office
        join_group(groups, key, target)
