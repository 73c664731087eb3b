"""A ministry the text calls colloquially (``в региональном минтруде``) takes the name its minister's
title writes out (``министра труда и занятости населения Оренбургской области``): the colloquial
word's expansion (``Министерство труда и социальной защиты``) is only the commonest of the regions'
names."""

from __future__ import annotations

import re
from typing import Any

from .org_context import Candidate, best, name_key
from .org_references import bodies_from_titles

MINISTRY_WORD = re.compile(r"министерств", re.I)


def name_colloquial_ministries(ctx: Any, groups: dict[str, list[Candidate]]) -> None:
    titled: list[str] | None = None
    for key in list(groups):
        cs = groups[key]
        top = best(cs)
        words = top.name.split()
        if not top.name.startswith("Министерство ") or len(words) < 4 \
                or any(MINISTRY_WORD.search(ctx.analysis.text[c.start : c.stop]) for c in cs):
            continue
        if titled is None:
            titled = [c.name for _, c in bodies_from_titles(ctx, "министр")]
        names = {n for n in titled if n != top.name and n.split()[:2] == words[:2] and n.split()[-2:] == words[-2:]}
        if len(names) == 1:
            name = names.pop()
            new = name_key(name)
            for c in cs:
                c.name, c.key = name, new
            groups.setdefault(new, []).extend(groups.pop(key))  # a reference by the title finds it
