"""A territory noun the places cannot name: the document's one municipal okrug for ``округа``
(not its region), ``городского округа — город Волжский`` and ``Октябрьского муниципального округа``
as written."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from .inflect import capitalize_first, to_nominative
from .org_context import Candidate, Context


def municipal_okrug(ctx: Context, token: Any) -> Any:
    """``администрации округа``: the document's one municipal or city okrug, before its region."""
    if token.lemma != "округ":
        return None
    okrugs = [p for p in ctx.places if p.kind == "district" and "округ" in p.name.lower()]
    return okrugs[0] if len(okrugs) == 1 else None


def apposed_city(ctx: Context, j: int) -> tuple[int, Any] | None:
    """(token after, place) of ``— город Волжский`` (or ``город Рыбинск``, no dash) apposed to the
    territory noun at ``j``."""
    from .org_territory_words import city_word, region_after, stop_index

    tokens = ctx.analysis.tokens
    k = j + 1
    dashed = k < len(tokens) and tokens[k].text in ("—", "–", "-")
    k += dashed
    if k < len(tokens) and city_word(tokens[k]):
        k += 1
    elif not dashed:
        return None
    if k >= len(tokens) or tokens[k].start not in ctx.place_at:
        return None
    stop, place = ctx.place_at[tokens[k].start]
    if place.kind != "city":
        return None
    after = stop_index(ctx, stop, k)
    region = region_after(ctx, after)  # ``городского округа город Уфа Республики Башкортостан``: as written
    return (stop_index(ctx, region, after) if region is not None else after), place


def written_territory(ctx: Context, entry: Any, first: int, end: int, place: Any = None) -> Candidate:
    """The head in the nominative, its territory as the text writes it (a name no place gives)."""
    from .org_territory import kind_of_body

    tokens = ctx.analysis.tokens
    head_end = first + 1
    while head_end < end and tokens[head_end].feats.get("Case") == tokens[first].feats.get("Case") \
            and tokens[head_end].pos != "ADJ" and tokens[head_end].text.islower():
        head_end += 1
    tail = ctx.analysis.text[tokens[head_end].start : tokens[end - 1].stop]
    if place is None:
        name = to_nominative(ctx.analysis, tokens[first:end])
    else:
        name = f"{to_nominative(ctx.analysis, tokens[first:head_end])} {tail}"
    kind = kind_of_body(entry, tokens[first:head_end], first, tokens, place or SimpleNamespace(kind="district"))
    return Candidate(tokens[first].start, tokens[end - 1].stop, capitalize_first(name), kind, None,
                     place.id if place is not None else None, rank=1)


def quoted_territory(ctx: Context, entry: Any, first: int, j: int) -> tuple[Candidate, int] | None:
    """``администрации муниципального образования «Город Астрахань»``: a municipality named in
    quotes after its kind (token ``j``); the name as the text writes it, the place inside, if known."""
    from .org_territory import kind_of_body

    tokens = ctx.analysis.tokens
    k = j + 1
    if k + 2 >= len(tokens) or tokens[k].text != "«" or not tokens[k + 1].text[:1].isupper():
        return None
    close = next((n for n in range(k + 1, min(k + 6, len(tokens))) if tokens[n].text == "»"), None)
    if close is None or close == k + 1:
        return None
    place = next((ctx.place_at[t.start][1] for t in tokens[k + 1 : close] if t.start in ctx.place_at), None) \
        or named_city(ctx, tokens[k + 1 : close])
    head_end = first + 1
    while head_end < j and tokens[head_end].pos != "ADJ" and tokens[head_end].feats.get("Case") == tokens[first].feats.get("Case"):
        head_end += 1
    tail = ctx.analysis.text[tokens[head_end].start : tokens[close].stop]
    name = capitalize_first(f"{to_nominative(ctx.analysis, tokens[first:head_end])} {tail}")
    kind = kind_of_body(entry, tokens[first:head_end], first, tokens, place or SimpleNamespace(kind="city"))
    return Candidate(tokens[first].start, tokens[close].stop, name, kind, None,
                     place.id if place is not None else None, rank=0), close + 1  # over the quoted name inside


def named_city(ctx: Context, tokens: list[Any]) -> Any:
    """The document's city a quoted municipality's name spells (``«Город Астрахань»``), if any."""
    from .inflect import stem

    words = {stem(t.text) for t in tokens if t.text[:1].isupper()}
    return next((p for p in ctx.places if p.kind == "city" and stem(p.name) in words), None)
