"""Authorities named by their territory: ``полиция Нью-Йорка``, ``японским парламентом``,
``правительство Москвы``; a bare ``полиция`` later joins the one police body so named.

A lower-case ``полиция``, ``парламент`` says which body it is only with a place (a genitive place
after it or a place adjective before it); alone it stays a common noun (``полковник полиции``),
unless the text has named exactly one such body. ``власти`` are left out: ``власти Германии``,
``столичные власти`` read as a body as often as not.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .inflect import capitalize_first, to_nominative
from .org_context import Candidate, Context, best, kind_of
from .place_zones import overlaps
from .token_index import token_index

# nouns whose lower-case form names a body once a place says whose it is
AUTHORITY_NOUNS = frozenset("полиция парламент правительство".split())
POWERS = frozenset(("власть",))  # ``Власти Рязанской области``
# bare nouns that join the one authority of their kind named with a place
JOINING = frozenset(("полиция", "парламент"))
# ``полковник полиции``: a rank, not the body
RANK_STEMS = ("генерал", "полковник", "подполковник", "майор", "капитан", "лейтенант", "сержант",
              "старшин", "прапорщик", "рядов", "офицер")


def find_authorities(ctx: Context, found: list[Candidate], taken: list[tuple[int, int]]) -> Iterator[Candidate]:
    """Authority nouns with their territory, and bare ones joining the one such body named (by
    this rule or another: ``Полиция Нью-Йорка`` ... ``полиция``)."""
    analysis = ctx.analysis
    named: dict[str, list[Candidate]] = {}
    for c in found:
        head = analysis.token_at(c.start)
        if head is not None and head.lemma in JOINING and c.rank < 9:
            named.setdefault(head.lemma, []).append(c)
    bare: list[tuple[Any, str]] = []
    for token in [analysis.tokens[i] for i in token_index(analysis).with_lemma(AUTHORITY_NOUNS)]:
        lemma = token.lemma
        if lemma not in AUTHORITY_NOUNS or token.pos not in ("NOUN", "PROPN"):
            continue
        if token.feats.get("Number") == "Plur":
            continue  # ``парламенты стран``: a class
        if not (token.text.islower() or first_in_sentence(analysis, token)):
            continue  # a capitalised ``Правительство`` mid-sentence is the bodies' rule's
        if overlaps(token.start, token.stop, taken) or after_rank(analysis, token):
            continue
        found = with_place(ctx, token)
        if found is None:
            if lemma in JOINING:
                bare.append((token, lemma))
            continue
        start, stop, tokens, place = found
        name = place_name(analysis, token, tokens)
        cand = Candidate(start, stop, name, kind_of(lemma, place), place=getattr(place, "id", None), rank=6)
        taken.append((start, stop))
        named.setdefault(lemma, []).append(cand)
        yield cand
    for token, lemma in bare:
        keys = {c.key for c in named.get(lemma, [])}
        if len(keys) == 1 and not overlaps(token.start, token.stop, taken):
            top = named[lemma][0]
            taken.append((token.start, token.stop))
            yield Candidate(token.start, token.stop, top.name, top.kind, place=top.place, key=top.key, rank=9)


def with_place(ctx: Context, token: Any) -> tuple[int, int, list[Any], Any] | None:
    """The span of ``token`` with its place: a genitive place right after it, or a place
    adjective right before it; None without one."""
    analysis = ctx.analysis
    tokens = analysis.tokens
    nxt = tokens[token.index + 1] if token.index + 1 < len(tokens) else None
    if nxt is not None and nxt.sent == token.sent and nxt.start in ctx.place_at:
        end, place = ctx.place_at[nxt.start]
        if nxt.feats.get("Case") == "Gen" or nxt.pos == "PROPN" and not nxt.text.isupper() \
                or nxt.text.isupper() and len(nxt.text) > 1:
            return token.start, end, analysis.tokens_in(token.start, end), place
    prev = tokens[token.index - 1] if token.index else None
    if prev is not None and prev.pos == "ADJ" and prev.start in ctx.place_at and prev.sent == token.sent:
        end, place = ctx.place_at[prev.start]
        if end <= token.start:
            return prev.start, token.stop, [prev, token], place
    return None


def place_name(analysis: Any, head: Any, tokens: list[Any]) -> str:
    """``полиции Перу`` -> ``Полиция Перу``; ``японским парламентом`` -> ``Японский парламент``."""
    if tokens[0] is head:
        return capitalize_first(head.text if head.feats.get("Case") == "Nom" else nominative(analysis, head)) \
            + analysis.text[head.stop : tokens[-1].stop]
    return to_nominative(analysis, tokens)


def nominative(analysis: Any, token: Any) -> str:
    return to_nominative(analysis, [token])


def first_in_sentence(analysis: Any, token: Any) -> bool:
    return analysis.sents[token.sent].first == token.index


def after_rank(analysis: Any, token: Any) -> bool:
    prev = analysis.tokens[token.index - 1] if token.index else None
    return prev is not None and prev.text.lower().split("-")[0].startswith(RANK_STEMS)


# executives ``власти`` of a territory stand for, where the text names that executive
EXECUTIVE_HEADS = ("Правительство ", "Администрация ", "Мэрия ")


def add_place_authorities(ctx: Context, groups: dict[str, list[Candidate]]) -> None:
    """``Власти Рязанской области`` joins the one ``Правительство Рязанской области`` of the text (the
    executive of that place it names); alone or of a place whose executive goes unnamed, no body."""

    analysis = ctx.analysis
    taken = [(c.start, c.stop) for cs in groups.values() for c in cs]
    for token in [analysis.tokens[i] for i in token_index(analysis).with_lemma(POWERS)]:
        if token.lemma != "власть" or token.feats.get("Number") != "Plur" or overlaps(token.start, token.stop, taken):
            continue
        nxt = analysis.tokens[token.index + 1] if token.index + 1 < len(analysis.tokens) else None
        if nxt is None or nxt.start not in ctx.place_at or nxt.feats.get("Case") != "Gen":
            continue
        stop, place = ctx.place_at[nxt.start]
        keys = [k for k, cs in groups.items() if cs and best(cs).place == place.id and best(cs).name.startswith(EXECUTIVE_HEADS)]
        if len(keys) == 1:
            top = best(groups[keys[0]])
            groups[keys[0]].append(Candidate(token.start, stop, top.name, top.kind, place=top.place, key=keys[0], rank=9))
            taken.append((token.start, stop))
