"""An institution named with its legal form and a quoted name that has a quoted name of its own
(``ФГБУ «Национальный парк «Таганай»»``, ``ГБУК «Музей-заповедник «Горки»»``) is the same
institution where the text drops the form (``Национальный парк «Таганай»``, ``в национальном парке
«Таганай»``): a park or a museum so written is no mere place."""

from __future__ import annotations

import re
from typing import Any

from .inflect import stem
from .org_context import Candidate, best
from .place_zones import overlaps
from .org_ner import is_legal_form

NESTED = re.compile(r"^(\S+) «([^«»]+)«([^«»]+)»»?$")


def add_unformed_names(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    taken = [(c.start, c.stop) for cs in groups.values() for c in cs]
    for key, cs in list(groups.items()):
        top = best(cs)
        m = NESTED.match(top.name)
        if m is None or not is_legal_form(m.group(1)):
            continue
        words = m.group(2).split()
        pattern = r"(?<!\w)" + r"\s+".join(re.escape(stem(w)) + r"\w*" for w in words) + r"\s+«" + re.escape(m.group(3)) + "»"
        for hit in re.finditer(pattern, analysis.text, re.I):
            if not overlaps(hit.start(), hit.end(), taken):
                cs.append(Candidate(hit.start(), hit.end(), top.name, top.kind, key=key, rank=max(top.rank + 1, 3)))
                taken.append((hit.start(), hit.end()))
