"""Parts of a city: an unknown name the text places inside a town is a ``district``, not a town.

``на Ржевке`` (a town is ``в`` it; ``на`` with the locative is a quarter, a river or an island,
and the gazetteer knows the rivers and islands), ``в районе Хорошёво-Мнёвники``, ``от
микрорайонов Южный и Мигалово`` (the district noun before a list of names), ``в новосибирском
Академгородке`` (a town's adjective before the name: the part of that town). The town's adjective
there names the town itself, not its region (:func:`city_of_adjective`).
"""

from __future__ import annotations

from typing import Any

from ..analysis import Analysis
from .inflect import agree_nominative, fold, to_nominative
from .gazetteer import places_by_name
from .place_zones import overlaps

PART_NOUNS = frozenset("район микрорайон мкр мкрн квартал".split())
LIST_WORDS = frozenset((",", "и"))


def city_part(analysis: Analysis, tokens: list[Any]) -> bool:
    """Whether the unknown place of ``tokens`` is a part of a town by the words before it."""
    if fold(tokens[-1].lemma).endswith("городок") or fold(tokens[-1].text).startswith("академгород"):
        return True  # ``Академгородок``, ``Студгородок``: a town's quarter by its very name
    first = tokens[0].index
    before = analysis.tokens[first - 1] if first > 0 else None
    if before is None:
        return False
    if fold(before.text) == "на" and len(tokens) == 1 and tokens[0].feats.get("Case") == "Loc" \
            and fold(tokens[0].text) != fold(tokens[0].lemma):  # inflected: ``на Таганай`` may be the accusative
        return True
    if before.pos == "ADJ" and before.text.islower() and city_of_adjective(before) is not None:
        return True
    k = first - 1  # back over a list of names: ``микрорайонов Южный и Мигалово``
    while k > 0 and k > first - 6 and (analysis.tokens[k].text in LIST_WORDS or analysis.tokens[k].text[:1].isupper()):
        k -= 1
    noun = analysis.tokens[k]
    # ``районов Талнах и Кайеркан``: a plural noun heads a list of parts; a singular ``района`` before a
    # list is rather ``в районе Москвы и Подольска`` (near)
    return noun.lemma in PART_NOUNS and noun.text.islower() \
        and (k == first - 1 or noun.lemma != "район" or noun.feats.get("Number") == "Plur")


def city_of_adjective(adjective: Any, bare_stem: bool = False) -> Any:
    """``новосибирском`` -> Новосибирск: the town whose name is the adjective's stem, or None; with
    ``bare_stem`` also a town named by the stem without ``ск`` (``Таганрогский`` -> Таганрог)."""

    word = fold(agree_nominative(adjective, "masc"))
    if not word.endswith("ский"):
        return None
    stems = (word[:-2], word[:-4]) if bare_stem else (word[:-2],)
    found = next((e for stem in stems if (e := places_by_name().get(stem)) is not None and e.kind == "city"), None)
    return found or next((e for name in derived_names(word[:-4]) if (e := places_by_name().get(name)) is not None
                          and e.kind == "city" and len(name) > 2), None)


def derived_names(stem: str) -> tuple[str, ...]:
    """Town names an adjective's stem (without ``ский``) derives from when the town is no ``-ск``:
    ``читин`` -> Чита, ``пензен`` -> Пенза, ``уфим`` -> Уфа (a suffix before ``ский``); ``рязан`` ->
    Рязань, ``перм`` -> Пермь; ``туль`` -> Тула; ``самар`` -> Самара; ``кемеров`` -> Кемерово;
    ``ставрополь``, ``ярослав`` -> Ярославль."""
    names = [stem + "ь", stem + "а", stem + "о", stem + "ль"]
    if stem.endswith("ь"):
        names.append(stem)
    if stem.endswith(("ин", "ен", "им")):
        names.append(stem[:-2] + "а")
    if stem.endswith("ь"):
        names.append(stem[:-1] + "а")
    return tuple(names)


def listed_settlements(analysis: Analysis, places: dict, taken: list) -> list[tuple[int, int, str]]:
    """``в селах … — Круглом Поле и Бетьках``: a capitalized word joined by ``и`` or a comma to a
    settlement the gazetteer lacks, in its case, is the next settlement of the list (NER may read it
    as a surname). (start, stop, nominative name) each."""

    found = []
    tokens = analysis.tokens
    for place in places.values():
        if place.kind != "city" or place.known:
            continue
        for _, stop in place.spans:
            last = analysis.token_at(stop - 1)
            k = last.index + 2 if last is not None else len(tokens)
            if k >= len(tokens) or tokens[k - 1].text not in LIST_WORDS:
                continue
            word = tokens[k]
            if word.text[:1].isupper() and word.pos in ("PROPN", "NOUN") and word.feats.get("Case") == last.feats.get("Case") \
                    and (k + 1 >= len(tokens) or not tokens[k + 1].text[:1].isupper()) \
                    and not overlaps(word.start, word.stop, taken):
                found.append((word.start, word.stop, to_nominative(analysis, [word])))
    return found
