"""A body's leading words alone, lowercase: ``следственное управление`` after ``Следственное
управление СК России по Республике Мордовия``, ``антимонопольная служба``, ``жилищная инспекция``
refer back to the one body of the text whose name opens with them.
"""

from __future__ import annotations

from typing import Any

from .inflect import fold, stem
from .org_context import Candidate, best
from .org_words import BODY_HEADS
from .place_zones import overlaps
from .token_index import token_index


def add_head_phrases(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    """Every ``adjectives + body head`` phrase that opens exactly one organization's name joins it."""

    openings: dict[tuple[str, ...], list[str]] = {}
    for key, cs in groups.items():
        if not cs:
            continue
        words = best(cs).name.split()
        lead = [stem(fold(w)) for w in words[:4]]
        for n in range(2, min(4, len(words) - 1) + 1):
            openings.setdefault(tuple(lead[:n]), []).append(key)
    taken = [(c.start, c.stop) for cs in groups.values() for c in cs]
    tokens = analysis.tokens
    for token in [tokens[i] for i in token_index(analysis).with_lemma(BODY_HEADS)]:
        if token.lemma not in BODY_HEADS or token.pos != "NOUN" or not token.text.islower() \
                or token.feats.get("Number") == "Plur" or not token.index:
            continue
        k = token.index
        while k > 0 and tokens[k - 1].pos == "ADJ" and tokens[k - 1].text.islower() \
                and tokens[k - 1].feats.get("Case") == token.feats.get("Case"):
            k -= 1
        if k == token.index or overlaps(tokens[k].start, token.stop, taken) or continued(tokens, token.index + 1):
            continue
        keys = openings.get(tuple(stem(fold(t.text)) for t in tokens[k : token.index + 1]), [])
        if len(set(keys)) == 1:
            top = best(groups[keys[0]])
            groups[keys[0]].append(Candidate(tokens[k].start, token.stop, top.name, top.kind, key=keys[0], rank=9))


def continued(tokens: list[Any], j: int) -> bool:
    """Does a name go on after the head (a genitive, a quoted or capitalized name)?"""
    if j >= len(tokens):
        return False
    nxt = tokens[j]
    return nxt.text in ("«", "по") or nxt.text[:1].isupper() and nxt.pos in ("PROPN", "NOUN", "ADJ", "X") \
        or nxt.pos in ("NOUN", "ADJ") and nxt.feats.get("Case") == "Gen"


def field_end(tokens: list[Any], j: int) -> int:
    """End of a body's lowercase genitive field after its head (``агентства лесного хозяйства``)."""
    k = j
    while k < len(tokens) and k - j < 4 and tokens[k].text.islower() and tokens[k].pos in ("ADJ", "NOUN") \
            and tokens[k].feats.get("Case") == "Gen":
        k += 1
    while k > j and tokens[k - 1].pos == "ADJ":
        k -= 1  # a field ends in its noun
    return k
