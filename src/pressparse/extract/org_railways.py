"""A railway of ОАО «РЖД» written by its bare name (``Северо-Кавказской железной дорогой``,
``инженером Восточно-Сибирской железной дороги``) is the branch: named in the nominative, and
where the text names its owner (``ОАО «РЖД»``) with the branch's official tail ``– филиал ОАО
«РЖД»`` (press18 10, press21 06; without the owner named it stays bare, press13 03)."""

from __future__ import annotations

import re
from typing import Any

from .org_context import Candidate, best

# a railway's adjective (all are ``-ская``: Куйбышевская, Северо-Кавказская) in any case
BARE = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?:ая|ой|ую|ою) железн(?:ая|ой|ую|ою) дорог(?:а|и|е|у|ой|ою)(?![\w-])")
# a group's name that is the bare railway (any case: a name the nominative missed)
BARE_NAME = re.compile(r"^[А-ЯЁ][\w-]+ железн\w+ дорог\w*$")
OWNER = re.compile(r"ОАО «РЖД»|«Российские железные дороги»|(?<!\w)РЖД(?!\w)")
BRANCH_DASH = re.compile(r"железн\w+ дорог\w* ([–—]) филиал")
# a unit or service of the railway names it in the genitive (``Служба ... Забайкальской железной дороги``)
UNIT_BEFORE = re.compile(r"(?:регион\w*|служб\w*|коммуникаций|управлени\w*|дирекци\w*|центр\w*|отдел\w*) $", re.I)


def name_railways(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    """Each bare railway mention joins (or makes) its railway's group, named as above."""
    text = analysis.text
    owner = OWNER.search(text) is not None
    for m in BARE.finditer(text):
        name = f"{m.group(1)}ая железная дорога"
        if owner:
            name += f" {branch_dash(text)} филиал ОАО «РЖД»"
        key = next((k for k, cs in groups.items() if any(c.start <= m.start() < c.stop for c in cs)), None)
        if key is not None:
            top = best(groups[key])
            if BARE_NAME.match(top.name) and top.name.startswith(m.group(1)):
                for c in groups[key]:
                    c.name = name
            continue  # inside another body's name (``Пензенский регион ... дороги``): no mention of its own
        if UNIT_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
            continue  # a unit of the railway the rules did not find: no railway mention either
        same = next((k for k, cs in groups.items() if best(cs).name == name), None)
        c = Candidate(m.start(), m.end(), name, kind="company", rank=3)
        groups.setdefault(same or c.key, []).append(c)


def branch_dash(text: str) -> str:
    """The dash the text writes before ``филиал`` of a railway, else its usual spaced dash."""
    written = BRANCH_DASH.search(text)
    if written:
        return written.group(1)
    return "–" if text.count(" – ") > text.count(" — ") else "—"
