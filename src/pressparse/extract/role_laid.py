"""Acting spells laid on a person (``обязанности ROLE (до назначения нового руководителя) временно
возложены на X``) and a plant class in a post's field (``директор по эксплуатации АЭС``): small word
tests the role phrases and their verbs share."""

from __future__ import annotations

from typing import Any

from .role_lexicon import fold

LAY_ON = frozenset({"возложить", "возлагать"})


def until_appointed(words: list[Any]) -> list[Any]:
    """``обязанности ROLE до назначения нового руководителя возложены на X``: the span of the acting
    spell (``до назначения`` and its object, ``на это время``) before the verb is no other word."""
    lemmas = [fold(t.lemma) for t in words]
    if lemmas[:2] == ["до", "назначение"]:
        k = 2
        while k < len(words) and words[k].pos in ("ADJ", "DET") and words[k].text.islower():
            k += 1
        if k < len(words) and words[k].pos == "NOUN" and words[k].feats.get("Case") == "Gen":
            return words[k + 1 :]
    if lemmas[:3] == ["на", "это", "время"]:
        return words[3:]
    return words


def laid_on_for_now(tokens: list[Any], last: int, end: int) -> bool:
    """``обязанности ROLE (до назначения нового руководителя) временно возложены на X``: a temporary spell."""
    words = until_appointed(tokens[last:end])
    return len(words) > 1 and fold(words[0].lemma) == "временно" and fold(words[1].lemma) in LAY_ON


def plants_field(tokens: list[Any], k: int) -> bool:
    """``директор по производству и эксплуатации АЭС``: a bare plant abbreviation governed by a
    lower-case field noun is the class of plants the post runs, not one plant."""
    from .org_plants import PLANT_ABBREVIATIONS

    prev = tokens[k - 1] if k else None
    return tokens[k].text in PLANT_ABBREVIATIONS and prev is not None and prev.pos == "NOUN" and prev.text.islower()
