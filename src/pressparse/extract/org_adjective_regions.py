"""``Саратовский минсельхоз`` (a headline's region adjective before the body) is the text's
``Министерство сельского хозяйства Саратовской области``: the same words, the territory once an
adjective and once a genitive noun phrase, and the same place."""

from __future__ import annotations

from typing import Any

from .inflect import fold
from .org_context import Candidate, best

# the nouns a region's genitive adds to a name (``Саратовской области``, ``Пермского края``)
REGION_NOUN_STEMS = frozenset("област кра республик округ".split())


def merge_adjective_regions(groups: dict[str, list[Candidate]], analysis: Any) -> dict[str, list[Candidate]]:
    """Each adjective-first group joins the one group that writes its territory as a genitive, unless
    its own name is the one the text writes (``Тульская областная Дума``, not ``облдума``'s name)."""
    text = fold(analysis.text)
    for key in [k for k in groups if ":" not in k]:
        top = best(groups[key])
        words = key.split()
        if top.place is None or len(words) < 2 or not top.name.split()[0].endswith(("ий", "ое", "ая", "ой")) \
                or fold(top.name) in text:
            continue
        targets = [k for k, cs in groups.items() if k != key and ":" not in k and best(cs).place == top.place
                   and sorted(w for w in k.split() if w not in REGION_NOUN_STEMS) == sorted(words)
                   and len(k.split()) == len(words) + 1]
        if len(targets) == 1:
            rank = best(groups[targets[0]]).rank
            for c in groups[key]:
                c.rank = max(c.rank, rank + 1)  # the name the text writes out stays
                c.short_name = None  # ``Саратовский минсельхоз`` is no short name
            groups[targets[0]].extend(groups.pop(key))
    return groups
