"""Bodies named with a country's adjective: ``японское правительство``, ``российском министерстве
финансов``, ``Итальянская прокуратура города Павия`` (a town's body, named by its town)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .gazetteer import longest_at, place_adjective_trie
from .inflect import genitive, to_nominative
from .org_context import Candidate, Context, kind_of
from .org_territory import MAX_COMPLEMENT
from .org_territory_words import complement
from .org_words import BODY_HEADS, TERRITORY_NOUNS


MUNICIPAL = ("районн", "городск", "муниципальн", "мирово", "сельск", "поселков")


def country_adjective_body(ctx: Context, i: int, trie: Any, keys: list, known_name: Any) -> tuple[Candidate, int] | None:
    """``японское правительство``, ``российском министерстве финансов``: a country's body."""
    tokens = ctx.analysis.tokens
    hit = longest_at(place_adjective_trie(), keys, i)
    country = next((e for e in hit.entries if e.kind == "country"), None) if hit is not None else None
    if country is None or i + 1 >= len(tokens):
        return None
    inner = longest_at(trie, keys, i + 1)
    if tokens[i + 1].text.lower().startswith(MUNICIPAL):
        return None  # ``Советский районный суд``: a country has no district body, the adjective is the district's
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
    return qualitative_word(token.text.lower())


@lru_cache(maxsize=4096)  # a word's parses, once per word
def qualitative_word(word: str) -> bool:
    from ..analysis.morph import morph_analyzer

    return "Qual" in morph_analyzer().parse(word)[0].tag


def foreign_namesake(ctx: Context, i: int, last: int, entry: Any) -> tuple[Candidate, int] | None:
    """``Торгово-промышленная палата Республики Узбекистан``, ``ТПП Узбекистана``: a Russian body's
    name followed by a foreign country is that country's body, named as written."""
    tokens = ctx.analysis.tokens
    if last >= len(tokens) or tokens[last].start not in ctx.place_at:
        return None
    stop, place = ctx.place_at[tokens[last].start]
    if place.kind != "country" or place.name == "Россия" or tokens[last].pos == "ADJ":
        return None
    j = last
    while j < len(tokens) and tokens[j].stop <= stop:
        j += 1
    head = tokens[i:last]
    text = ctx.analysis.text
    lead = text[head[0].start : head[-1].stop] if all(t.text.isupper() for t in head) \
        else to_nominative(ctx.analysis, head)
    name = f"{lead} {text[tokens[last].start : tokens[j - 1].stop]}"
    # the two spellings of one foreign body share the Russian namesake and the country
    return Candidate(tokens[i].start, tokens[j - 1].stop, name, entry.kind, place=place.id,
                     key=f"foreign:{entry.name}:{place.id}", rank=1 if lead == head[0].text else 0), j
