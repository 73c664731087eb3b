"""A branch named by its city in the nominative: ``Отделением Пермь Уральского главного управления
Центрального банка Российской Федерации`` (the Bank of Russia's style), and the colloquial
``Пермское отделение Банка России`` / ``пермским отделением`` joining it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .inflect import fold, stem
from .org_context import Candidate, Context, best, name_key

MAX_TAIL = 10
BRANCH_WORD = re.compile(r"\bОтделени")


def find_city_branches(ctx: Context) -> Iterator[Candidate]:
    tokens = ctx.analysis.tokens
    people = None
    if "Отделени" not in ctx.analysis.norm:
        return  # a substring test is cheap; the pattern, led by ``\b``, tries every offset
    for m in BRANCH_WORD.finditer(ctx.analysis.norm):  # rare: a text scan, not a token loop
        token = ctx.analysis.token_at(m.start())
        if token is None or token.lemma != "отделение" or token.index + 2 >= len(tokens):
            continue
        i = token.index
        city = tokens[i + 1]
        found = ctx.place_at.get(city.start)
        if found is None or found[1].kind != "city" or fold(ctx.analysis.text[city.start : found[0]]) != fold(found[1].name):
            continue  # the city's name as it is, not declined: an apposition
        k = i + 2
        while k < len(tokens) and city.stop <= tokens[k].start < found[0]:
            k += 1
        end = k
        people = people if people is not None else {s.start for s in ctx.analysis.spans if s.type == "PER"}
        while end < len(tokens) and end - k < MAX_TAIL and tokens[end].start not in people \
                and tokens[end].pos in ("ADJ", "NOUN", "PROPN") and tokens[end].feats.get("Case") in ("Gen", None):
            end += 1
        stop = tokens[end - 1].stop
        name = f"Отделение {ctx.analysis.text[city.start : stop]}"
        yield Candidate(token.start, stop, name, "federal_body", f"Отделение {found[1].name}", found[1].id,
                        key=name_key(name), rank=0)


def merge_city_branches(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    """``Пермское отделение Банка России``, ``пермским отделением``: the one ``Отделение Пермь ...``."""

    if not any(k.startswith("отделен ") for k in groups):
        return
    branches = {k: stem(best(cs).short_name.split()[1]) for k, cs in groups.items()
                if best(cs).short_name and best(cs).name.startswith("Отделение ") and best(cs).place
                and len(best(cs).short_name.split()) == 2}
    if len(branches) != 1:
        return
    (target, city), = branches.items()
    for key in [k for k in groups if k != target]:
        cs = groups[key]
        words = best(cs).name.split()
        if len(words) >= 2 and fold(words[1]) == "отделение" and len(city) >= 3 and stem(words[0])[:3] == city[:3]:
            for c in cs:
                c.rank = max(c.rank, 9)
            groups[target].extend(groups.pop(key))
