"""The authorities of a foreign country: ``власти Перу``, ``Канадские власти``, ``американскими
властями``. News texts name a foreign state's government this way; the text's mentions of one
country's authorities are one organization (``Власти Перу``).

Only foreign countries: ``власти Рязанской области`` join the regional executive the text names
(:func:`~.org_authorities.add_place_authorities`), and a Russian place's ``власти`` with no such
executive name no body of their own (``городские власти`` of a release are its administration).
"""

from __future__ import annotations

from typing import Any

from .inflect import capitalize_first, genitive
from .org_context import Candidate, Context
from .place_zones import overlaps
from .token_index import token_index

HOME = frozenset(("Россия",))  # the country whose bodies a press release names by their own names


def add_foreign_powers(ctx: Context, groups: dict[str, list[Candidate]]) -> None:
    """``власти`` with a foreign country (a genitive after, an adjective before) are that country's
    authorities."""
    analysis = ctx.analysis
    tokens = analysis.tokens
    taken = [(c.start, c.stop) for cs in groups.values() for c in cs]
    for token in [tokens[i] for i in token_index(analysis).with_lemma(frozenset(("власть",)))]:
        if token.lemma != "власть" or token.feats.get("Number") != "Plur" or overlaps(token.start, token.stop, taken):
            continue
        nxt = tokens[token.index + 1] if token.index + 1 < len(tokens) else None
        prev = tokens[token.index - 1] if token.index else None
        if nxt is not None and nxt.start in ctx.place_at and nxt.sent == token.sent \
                and (nxt.feats.get("Case") == "Gen" or nxt.pos == "PROPN"):
            stop, place = ctx.place_at[nxt.start]
            start, rank = token.start, 6
        elif prev is not None and prev.pos == "ADJ" and prev.start in ctx.place_at and prev.sent == token.sent \
                and ctx.place_at[prev.start][0] <= token.start:
            place = ctx.place_at[prev.start][1]
            start, stop, rank = prev.start, token.stop, 7
        else:
            continue
        if place.kind != "country" or place.name in HOME:
            continue
        name = "Власти " + genitive(place.name)
        groups.setdefault("powers:" + place.id, []).append(
            Candidate(start, stop, capitalize_first(name), "federal_body", place=place.id, key="powers:" + place.id, rank=rank))
        taken.append((start, stop))
