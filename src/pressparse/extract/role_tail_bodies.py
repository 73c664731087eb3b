"""Bare nouns after a title that stand for a body the text names (``председатель облизбиркома``,
``директор хлебокомбината``, ``заместитель начальника дороги``): the tail's body, not a field word."""

from __future__ import annotations

from typing import Any

from .role_lexicon import fold


def one_word_body(analysis: Any, noun: Any, orgs: list) -> bool:
    """The noun's lemma is an organization's one-word mention elsewhere (``облизбирком``)."""
    lemma = fold(noun.lemma)
    for a, b in orgs:
        words = analysis.tokens_in(a, b)
        if len(words) == 1 and fold(words[0].lemma) == lemma:
            return True
    return False


def adjective_head(analysis: Any, noun: Any, orgs: list) -> bool:
    """A bare singular noun that is the head of an organization named by adjectives and that noun
    (``Куйбышевская железная дорога`` -> ``начальника дороги``): the body, not a field."""
    lemma = fold(noun.lemma)
    if noun.feats.get("Number") != "Sing":
        return False
    for a, b in orgs:
        words = analysis.tokens_in(a, b)
        n = 0
        while n < len(words) and words[n].pos == "ADJ":
            n += 1
        if 0 < n < len(words) and words[n].pos == "NOUN" and fold(words[n].lemma) == lemma:
            return True
    return False


def quoted_head(analysis: Any, noun: Any, orgs: list) -> bool:
    """The noun is the head word of a quoted organization name (``«Уральский комбинат питания»``)."""
    lemma = fold(noun.lemma)
    for a, b in orgs:
        text = analysis.norm[a:b]
        at = text.find("«")
        if at < 0:
            continue
        words = [t for t in analysis.tokens_in(a + at, b) if t.pos in ("NOUN", "PROPN")]  # ``«Дирекция по ...»``: PROPN
        if words and fold(words[0].lemma) == lemma:
            return True
    return False
