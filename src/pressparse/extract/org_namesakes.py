"""A capitalized abbreviation that is both a federal body's (``МВД``, ``МЧС``) and, lower-cased, a
regional body's (``мвд`` of a region) reaches the trie as one key only: where no region's body
can be meant (the text names no region), it is the federal body as written."""

from __future__ import annotations

from typing import Any

from .gazetteer import END, Hit
from .org_context import Candidate, Context


def federal_namesake(ctx: Context, i: int, hit: Hit, trie: Any) -> tuple[Candidate, int] | None:
    """``МВД`` alone, no territory and no region in the text: ``Министерство внутренних дел ...``."""
    from .org_bodies import country_tail, federal

    token = ctx.analysis.tokens[i]
    if hit.last != i + 1 or not token.text.isupper() or len(token.text) < 2:
        return None
    node = trie.root.get(token.text)
    national = [e for e in node.get(END, ()) if not e.regional] if node is not None else []
    if not national:
        return None
    last = country_tail(ctx, i + 1)
    return federal(ctx, national[0], i, last), last
