"""Bodies named with a country's adjective: ``японское правительство``, ``российском министерстве
финансов``, ``Итальянская прокуратура города Павия`` (a town's body, named by its town)."""

from __future__ import annotations

from typing import Any

from .gazetteer import longest_at, place_adjective_trie
from .inflect import genitive, to_nominative
from .org_context import Candidate, Context, kind_of
from .org_territory import MAX_COMPLEMENT, complement
from .org_words import BODY_HEADS, TERRITORY_NOUNS


def country_adjective_body(ctx: Context, i: int, trie: Any, keys: list, known_name: Any) -> tuple[Candidate, int] | None:
    """``японское правительство``, ``российском министерстве финансов``: a country's body."""
    tokens = ctx.analysis.tokens
    hit = longest_at(place_adjective_trie(), keys, i)
    country = next((e for e in hit.entries if e.kind == "country"), None) if hit is not None else None
    if country is None or i + 1 >= len(tokens):
        return None
    inner = longest_at(trie, keys, i + 1)
    if inner is not None and any(e.regional for e in inner.entries):
        head_end = inner.last
    elif tokens[i + 1].lemma in BODY_HEADS:
        head_end = i + 2
    else:
        return None
    j = head_end
    while j < len(tokens) and j - head_end < MAX_COMPLEMENT and complement(tokens[j], tokens[j - 1]) \
            and tokens[j].start not in ctx.place_at and not named_territory(tokens, j):
        j += 1
    while j > head_end and tokens[j - 1].pos in ("ADP", "CCONJ"):
        j -= 1
    name = f"{to_nominative(ctx.analysis, tokens[i + 1 : j])} {genitive(country.name)}"
    if named_territory(tokens, j):  # ``Итальянская прокуратура города Павия``: the town's body
        stop = tokens[j + 1].stop
        name = f"{to_nominative(ctx.analysis, tokens[i + 1 : j])} {ctx.analysis.text[tokens[j].start : stop]}"
        return Candidate(tokens[i].start, stop, name, kind_of(tokens[i + 1].lemma, None), rank=1), j + 2
    known = known_name(name)
    place = ctx.place_named(country.name)
    start, stop = tokens[i].start, tokens[j - 1].stop
    if known is not None:
        return Candidate(start, stop, known.name, known.kind, known.short_name, place.id if place else None,
                         key="body:" + known.name, rank=1), j
    kind = kind_of(tokens[i + 1].lemma, None)
    return Candidate(start, stop, name, "federal_body" if kind == "other" else kind, None,
                     place.id if place else None, rank=1), j


def named_territory(tokens: list[Any], j: int) -> bool:
    """``города Павия``: a generic territory noun and the territory's name right after it."""
    return j + 1 < len(tokens) and tokens[j].lemma in TERRITORY_NOUNS and tokens[j].text.islower() \
        and tokens[j + 1].text[:1].isupper() and tokens[j + 1].pos in ("PROPN", "NOUN")


def qualitative(token: Any) -> bool:
    """``Новый``, ``Высокий``: an adjective of quality (at a sentence's start no proper name)."""
    from ..analysis.morph import morph_analyzer

    return "Qual" in morph_analyzer().parse(token.text.lower())[0].tag
