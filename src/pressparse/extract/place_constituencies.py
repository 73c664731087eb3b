"""Electoral constituencies: ``Депутат от Тобольского избирательного округа № 9``, ``по Муромскому
одномандатному избирательному округу``. A constituency is no territory (press4, press20), but the
town it is named after, where the text names that town too, is mentioned by its adjective (press19 B
07, press20 06: ``Тобольского`` is a mention of Тобольск; press9 01 names no Ржев: no place)."""

from __future__ import annotations

from typing import Any

from .place_parts import city_of_adjective
from .token_index import token_index

ELECTORAL = frozenset("избирательный одномандатный многомандатный".split())


def constituency(analysis: Any, tokens: list[Any]) -> bool:
    """The words name a constituency: an electoral adjective among or right after them."""
    following = analysis.tokens[tokens[-1].index + 1 : tokens[-1].index + 3]
    return any(t.lemma in ELECTORAL for t in tokens[1:] + following)


def constituency_towns(analysis: Any) -> list[tuple[int, int, Any]]:
    """(start, stop, city entry) of the town adjective opening each constituency's name:
    ``Тобольского избирательного округа`` -> Тобольск, ``Муромскому одномандатному`` -> Муром."""
    found = []
    tokens = analysis.tokens
    for i in token_index(analysis).with_lemma(ELECTORAL):
        k = i - 1
        while k >= 0 and tokens[k].lemma in ELECTORAL:
            k -= 1
        if k < 0 or not tokens[k].text[:1].isupper() or tokens[k].pos not in ("ADJ", "PROPN"):
            continue
        adjective = tokens[k]
        entry = city_of_adjective(adjective, bare_stem=True)
        if entry is not None and (adjective.start, adjective.stop, entry) not in found:
            found.append((adjective.start, adjective.stop, entry))
    return found
