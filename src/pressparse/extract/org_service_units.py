"""A federal body's territorial unit by its abbreviated kind: ``МТУ Ространснадзора по ПФО``,
``ТУ Росимущества в Ростовской области`` (the kinds in :data:`.org_territory.UNIT_ABBREVIATIONS`)."""

from __future__ import annotations

from typing import Any

from .gazetteer import longest_at
from .org_context import Candidate, Context
from .org_territory import followed_by_territory, territorial, with_territory
from .org_territory_words import stop_index


def unit_of_service(ctx: Context, i: int, trie: Any, keys: list) -> tuple[Candidate, int] | None:
    """``МТУ Ространснадзора по ПФО``, ``ТУ Росимущества в Ростовской области``: a federal body's
    territorial unit, its kind abbreviated, then the body and the territory."""
    hit = longest_at(trie, keys, i + 1) if i + 1 < len(ctx.analysis.tokens) else None
    if hit is None or all(e.regional for e in hit.entries):
        return None
    j = hit.last + (hit.last < len(ctx.analysis.tokens) and ctx.analysis.tokens[hit.last].text == "в")
    if not followed_by_territory(ctx, j):  # ``по ПФО``; ``в Ростовской области``
        return None
    if j > hit.last:  # ``в`` right after a head ends a name elsewhere (``управление в июне``)
        stop, place = ctx.place_at[ctx.analysis.tokens[j].start]
        found = territorial(ctx, None, i, hit.last, j, stop, place), stop_index(ctx, stop, j)
    else:
        found = with_territory(ctx, None, i, hit.last)
    if found is not None and found[0].kind == "regional_body":
        found[0].kind = "federal_body"  # the region names the branch: the body is federal
    return found
