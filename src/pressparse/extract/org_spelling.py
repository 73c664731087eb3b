"""One territory, one spelling: where the text once writes ``Лужского муниципального района``, a
body whose district came from a bare ``района`` (``совета депутатов района``) takes the same words;
and a city's administration is its urban okrug's when the text names that one too.
"""

from __future__ import annotations

import re
from typing import Any

from .inflect import fold
from .org_context import Candidate, best

MUNICIPAL = re.compile(r"\b([А-ЯЁ][а-яё-]+(?:ого|его)) муниципальн(?:ого|ый) (района|округа)\b")


def spell_territories(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    """Put ``муниципального`` into names that write the text's municipal district without it."""
    if " муниципальн" not in analysis.text:
        return  # a substring test is cheap; the pattern, led by ``\b``, tries every offset
    full = {(m.group(1), m.group(2)) for m in MUNICIPAL.finditer(analysis.text)}
    if not full:
        return
    for cs in groups.values():
        for c in cs:
            for adjective, noun in full:
                c.name = re.sub(rf"\b{adjective} {noun}\b", f"{adjective} муниципального {noun}", c.name)


CITY_BODY = re.compile(r"^(?P<head>\w+) (?:города |г\. )?(?P<city>[А-ЯЁ][а-яё-]+)$")
OKRUG_BODY = re.compile(r"^(?P<head>\w+) (?P<adjective>[А-ЯЁ][а-яё-]+(?:ого|его)) городского округа$")


def merge_city_okrugs(groups: dict[str, list[Candidate]]) -> None:
    """``администрацию Светлогорска`` joins ``Администрация Светлогорского городского округа``:
    an urban okrug is its city, and its body's official name is the okrug's."""

    okrugs = {}
    for key, cs in groups.items():
        m = OKRUG_BODY.match(best(cs).name)
        if m:
            okrugs.setdefault((m["head"], fold(m["adjective"])[:5]), []).append(key)
    for key in list(groups):
        m = CITY_BODY.match(best(groups[key]).name)
        targets = okrugs.get((m["head"], fold(m["city"])[:5]), []) if m else []
        if len(targets) == 1 and targets[0] != key:
            top = best(groups[targets[0]]).rank
            for c in groups[key]:
                c.rank = max(c.rank, top + 1)
            groups[targets[0]].extend(groups.pop(key))


def merge_city_halls(groups: dict[str, list[Candidate]]) -> None:
    """``мэрии Астрахани`` joins the city's one ``Администрация ...``: a city hall is its administration;
    ``администрации Северодвинска`` the ``Администрация муниципального образования «Северодвинск»``."""

    if not any(k.startswith("мэр") for k in groups) and sum(k.startswith("администрац") for k in groups) < 2:
        return
    for key in list(groups):
        if key not in groups:
            continue
        top = best(groups[key])
        hall = fold(top.name).startswith("мэрия ")
        if top.place is None or not (hall or fold(top.name).startswith("администрация ") and CITY_BODY.match(top.name)):
            continue
        targets = [k for k, cs in groups.items() if k != key and (other := best(cs)).place == top.place
                   and fold(other.name).startswith("администрация ") and (hall or "«" in other.name)]
        if len(targets) == 1:
            rank = best(groups[targets[0]]).rank
            for c in groups[key]:
                c.rank = max(c.rank, rank + 1)
            groups[targets[0]].extend(groups.pop(key))
