"""The head noun of an organization mention after its proper adjectives (``Могилевский облисполком``),
for a role phrase that names the body by that noun alone (``председатель облисполкома``)."""

from __future__ import annotations

from typing import Any

from .role_lexicon import fold


def adjectives_then(words: list[Any], lemma: str) -> bool:
    """``Могилевский облисполком``, ``Омское отделение № 8634 ПАО Сбербанк``: the mention's first noun,
    after capitalised adjectives only, has that lemma."""
    k = 0
    while k < len(words) and words[k].pos == "ADJ" and words[k].text[:1].isupper():
        k += 1
    return 0 < k < len(words) and words[k].pos == "NOUN" and fold(words[k].lemma) == lemma
