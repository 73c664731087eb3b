"""A description of the holder between a title's verb and the name: ``капитаном стал полузащитник
Михаель Баллак``, ``Режиссёром картины станет лауреат фестиваля «Кинотавр» Оксана Карас``, ``Место
спикера занял республиканец Джон Бенер``.

News prose puts what the person is (a party, a prize, a friendship) before the name; the verb group
before it still links the title to the name. The description is a nominative noun group with no verb
and no punctuation but quotes; it is left out of the verb group.
"""

from __future__ import annotations

from typing import Any

from .role_lexicon import word_kind

VERBS = ("appointed", "copula")


def undescribed(words: list[Any]) -> list[Any]:
    """``words`` (between a title and a name) without a description after its verb."""
    k = next((i for i, t in enumerate(words) if t.pos in ("VERB", "AUX") and word_kind(t) in VERBS), None)
    if k is None or k + 1 >= len(words):
        return words
    rest = words[k + 1 :]
    first = rest[0]
    if not first.text[:1].islower() or first.pos not in ("NOUN", "ADJ") or first.feats.get("Case") != "Nom":
        return words
    if any(t.pos in ("VERB", "AUX", "CCONJ", "SCONJ", "ADP") or t.pos == "PUNCT" and t.text not in "«»\"" for t in rest):
        return words
    return words[: k + 1]
