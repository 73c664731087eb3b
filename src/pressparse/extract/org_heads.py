"""Body heads the gazetteer rules check: a template head after a proper adjective (``Молодежного
парламента``) and a plural head that names a class of bodies (``Фонды``)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .gazetteer import body_trie, longest_at
from .org_words import BODY_HEADS
from .place_zones import keys_of


def proper_head_end(tokens: list[Any], k: int, trie: Any, keys: list) -> int:
    """End of a body's head word at ``k`` (``суд``; a gazetteer template such as ``парламент``), or 0."""
    if tokens[k].lemma in BODY_HEADS:
        return k + 1
    hit = longest_at(trie, keys, k)
    return hit.last if hit is not None and hit.last == k + 1 and any(e.regional for e in hit.entries) else 0


def only_plural(token: Any) -> bool:
    """A plural word no singular form spells (``Фонды``; not ``Правительства``)."""
    return token.feats.get("Number") == "Plur" and plural_only(token.text.lower())


@lru_cache(maxsize=4096)
def plural_only(word: str) -> bool:
    from ..analysis.morph import morph_analyzer

    return not any("sing" in p.tag for p in morph_analyzer().parse(word) if p.tag.POS == "NOUN")


def organ_of_body(tokens: list[Any], first: int, last: int) -> bool:
    """``Постоянная комиссия Совета Республики``: an organ named by the body it belongs to; the
    capital is the official style of that body's organs, no proper name of its own."""
    return any(t.lemma in BODY_HEADS and t.text[:1].isupper() for t in tokens[first:last])


def next_is_head(tokens: list[Any], i: int) -> bool:
    for token in tokens[i + 1 : i + 3]:
        if token.lemma in BODY_HEADS:
            return True
        if token.pos != "ADJ":
            return False
    return False


def known_body_end(ctx: Any, j: int) -> int | None:
    """End of a national body's name of two words or more written out at token ``j`` (its words
    need not read as a complement: ``по управлению государственным имуществом``)."""

    hit = longest_at(body_trie(), keys_of(ctx.analysis), j)
    if hit is None or hit.last <= j + 1 or all(e.regional for e in hit.entries) \
            or any(t.start in ctx.place_at for t in ctx.analysis.tokens[j : hit.last]):
        return None  # ``МВД России``: the country is the territory the loop looks for
    return hit.last


def patronymic(token: Any) -> bool:
    return token.text[:1].isupper() and patronymic_word(token.text)


@lru_cache(maxsize=4096)  # asked after every body's name: a word's parses, once per word
def patronymic_word(word: str) -> bool:
    from ..analysis.morph import morph_analyzer

    return any("Patr" in p.tag for p in morph_analyzer().parse(word)[:2])
