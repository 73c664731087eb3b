"""Settlements named after a settlement word: ``р.п. Стрелица``, ``селе Верхний Мамон``, ``г. Искитим``.

The word makes the name a place even where natasha tags it as a person or misses it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .inflect import fold, to_nominative

# abbreviations written with a dot (``р.п.`` is ``р`` ``.`` ``п`` ``.``) and full words (lemmas)
SETTLEMENT_ABBREVIATIONS = frozenset("г гор с п д пос пгт рп ст х дер сп".split())
SETTLEMENT_WORDS = frozenset("город село поселок посёлок деревня станица хутор аул слобода наукоград".split())
MAX_NAME = 3


def find_settlements(analysis: Any) -> Iterator[tuple[int, int, str]]:
    """(start, end, nominative name) of each settlement name after a settlement word."""
    tokens = analysis.tokens
    for i, token in enumerate(tokens):
        after = marker_end(tokens, i)
        if after is None or (i > 0 and tokens[i - 1].text[:1].isdigit()):
            continue
        j = after
        while j < len(tokens) and j - after < MAX_NAME and tokens[j].text[:1].isupper() \
                and tokens[j].pos in ("PROPN", "NOUN", "ADJ", "X"):
            j += 1
        if j == after or tokens[j - 1].pos == "ADJ":
            continue
        name_tokens = tokens[after:j]
        if token.lemma in SETTLEMENT_WORDS and name_tokens[-1].feats.get("Case") == token.feats.get("Case"):
            name = to_nominative(analysis, name_tokens)  # ``в селе Верхнем Мамоне``
        else:
            name = analysis.text[name_tokens[0].start : name_tokens[-1].stop]  # ``в р.п. Стрелица``
        yield name_tokens[0].start, name_tokens[-1].stop, name


def marker_end(tokens: list[Any], i: int) -> int | None:
    """Index after a settlement word starting at token ``i``, if one does."""
    token = tokens[i]
    word = fold(token.text)
    if token.text.islower() and token.lemma in SETTLEMENT_WORDS:
        return i + 1
    if word in SETTLEMENT_ABBREVIATIONS and i + 1 < len(tokens) and tokens[i + 1].text == ".":
        return i + 2
    if word == "р" and i + 3 < len(tokens) and tokens[i + 1].text == "." and fold(tokens[i + 2].text) == "п" \
            and tokens[i + 3].text == ".":
        return i + 4
    return None
