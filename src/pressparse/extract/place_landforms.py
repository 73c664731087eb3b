"""Landforms named by a capitalized adjective before a landform noun: ``Химкинского леса`` ->
``Химкинский лес``, ``склоны Воробьёвых гор`` -> ``Воробьёвы горы``.

The gazetteer holds the well-known ones; this finds local forests, hills and bays it lacks, and
foreign towns named with their province (``в Наньпине провинции Фуцзянь``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .inflect import agree_nominative, to_nominative
from .place_words import CASES
from .token_index import token_index

LANDFORM_NOUNS = frozenset(
    "лес бор роща гора горы хребет долина ущелье озеро остров полуостров залив бухта пролив "
    "водохранилище пустыня равнина низменность плато болото "
    # a palace named by its adjective is a place where things happen, like a kremlin (``в Мраморном дворце``)
    "дворец".split()
)


def find_landforms(analysis: Any) -> Iterator[tuple[int, int, str]]:
    """(start, end, nominative name) of ``Adjective landform-noun`` inside a sentence."""
    tokens = analysis.tokens
    for i in token_index(analysis).with_lemma(LANDFORM_NOUNS):
        if i < 1:
            continue
        noun, word = tokens[i], tokens[i - 1]
        if not noun.text.islower() or noun.pos != "NOUN":
            continue
        if analysis.sents[word.sent].first == word.index or word.sent != noun.sent:
            continue  # a sentence's first word is capitalized anyway
        if not word.text[:1].isupper() or word.text.isupper() or not word.text.isalpha():
            continue
        if word.pos not in ("ADJ", "PROPN") or not agrees(analysis, word, noun):
            continue
        yield word.start, noun.stop, name_of(analysis, word, noun)


def name_of(analysis: Any, word: Any, noun: Any) -> str:
    """The nominative name; a plural keeps its number (``Воробьёвых гор`` -> ``Воробьёвы горы``)."""
    if noun.feats.get("Number") != "Plur":
        return to_nominative(analysis, [word, noun])
    adjective = agree_nominative(word, None, "plur")
    if adjective == word.text and word.text.endswith(("ых", "их")):
        adjective = word.text[:-1]  # a possessive the dictionary lacks: ``Воробьёвых`` -> ``Воробьёвы``
    plural = next((p.inflect({"Nom", "Plur"}) for p in analysis.vocab(noun.text)), None)
    return f"{adjective} {plural.word if plural is not None else noun.text}"


def agrees(analysis: Any, word: Any, noun: Any) -> bool:
    """The adjective is in the noun's case (``Химкинского леса``), not a name before it in another
    case (``Москве озеро``); the tagger may miss the case of a rare word, the dictionary may not."""
    case = noun.feats.get("Case")
    if word.feats.get("Case") == case:
        return True
    grammeme = CASES.get(case or "")
    return grammeme is not None and any(grammeme in p.tag for p in analysis.vocab(word.text))


PROVINCE_WORDS = frozenset("провинция штат графство префектура кантон департамент воеводство".split())
TOWN_PREPOSITIONS = frozenset("в из под".split())


def find_provincial_towns(analysis: Any) -> Iterator[tuple[int, int, str]]:
    """(start, end, nominative name) of an unknown town before its province: ``в Урбане штата
    Иллинойс``. A dictionary word is left alone (``в Правительстве провинции``)."""
    from ..analysis.morph import morph_analyzer

    tokens = analysis.tokens
    for k in token_index(analysis).with_lemma(PROVINCE_WORDS):
        i = k - 1  # the town before the province word
        if not 1 <= i < len(tokens) - 2:
            continue
        town, province, after = tokens[i], tokens[i + 1], tokens[i + 2]
        if not province.text.islower() or not after.text[:1].isupper():
            continue
        if tokens[i - 1].text.lower() not in TOWN_PREPOSITIONS or not town.text[:1].isupper() \
                or town.text.isupper() or not town.text.replace("-", "").isalpha():
            continue
        known = morph_analyzer().word_is_known(town.text.lower())
        if known and not any("Geox" in p.tag for p in analysis.vocab(town.text)):
            continue
        name = to_nominative(analysis, [town])
        if name == town.text and name.endswith("е") and tokens[i - 1].text.lower() == "в":
            name = name[:-1]  # a word the dictionary lacks: ``в Наньпине`` -> ``Наньпин``
        yield town.start, town.stop, name


# a landform noun before a name in the genitive: ``бухте Врангеля``, ``мыса Челюскина``
NAMED_BY_GENITIVE = frozenset("бухта залив остров полуостров пролив мыс пик перевал ледник архипелаг".split())


def find_named_landforms(analysis: Any) -> Iterator[tuple[int, int, str]]:
    """(start, end, nominative name) of ``бухте Врангеля`` -> ``бухта Врангеля`` and of a named
    sea route (``Северного морского пути`` -> ``Северный морской путь``)."""
    tokens = analysis.tokens
    for i in token_index(analysis).with_lemma(NAMED_BY_GENITIVE | NAMED_IN_APPOSITION | {"морской"}):
        if i >= len(tokens) - 1:
            continue
        noun, name = tokens[i], tokens[i + 1]
        if noun.lemma in NAMED_BY_GENITIVE and noun.text.islower() and noun.pos == "NOUN" \
                and name.pos in ("PROPN", "NOUN") and name.text[:1].isupper() and not name.text.isupper() \
                and name.text.isalpha() and name.sent == noun.sent and genitive(analysis, name):
            yield noun.start, name.stop, f"{noun.lemma} {name.text}"
        if noun.lemma in NAMED_IN_APPOSITION and noun.text.islower() and noun.pos == "NOUN":
            named = apposition(analysis, i + 1)
            if named is not None:  # ``на горе Дальний Таганай``: the name in the nominative whatever the case
                yield noun.start, named[0], f"{noun.lemma} {named[1]}"
                continue
        if i >= 1 and noun.lemma == "морской" and name.lemma == "путь" and noun.text.islower():
            word = tokens[i - 1]
            if word.pos == "ADJ" and word.text[:1].isupper() and not word.text.isupper() and word.sent == name.sent:
                yield word.start, name.stop, to_nominative(analysis, [word, noun, name])


# landforms whose name follows in the nominative (``горе Иремель``, ``на вершине Большой Иремель``)
NAMED_IN_APPOSITION = frozenset("гора вершина сопка".split())


def apposition(analysis: Any, first: int) -> tuple[int, str] | None:
    """(end, name) of one to three capitalized words from ``first`` in the nominative, the last a noun."""
    tokens = analysis.tokens
    j = first
    while j < len(tokens) and j - first < 3 and tokens[j].text[:1].isupper() and tokens[j].text.isalpha() \
            and not tokens[j].text.isupper() and tokens[j].sent == tokens[first].sent \
            and (tokens[j].feats.get("Case") == "Nom" or any("nomn" in p.tag for p in analysis.vocab(tokens[j].text))):
        j += 1
    if j == first or tokens[j - 1].pos not in ("PROPN", "NOUN"):
        return None
    return tokens[j - 1].stop, analysis.text[tokens[first].start : tokens[j - 1].stop]


def genitive(analysis: Any, token: Any) -> bool:
    """The dictionary reads the word as a genitive (the tagger often calls a rare name nominative)."""
    return any("gent" in p.tag for p in analysis.vocab(token.text))


# a capitalized compass adjective before a country names a part of it (``Центрального Казахстана``)
COMPASS = frozenset("центральный северный южный восточный западный северо-западный северо-восточный "
                    "юго-западный юго-восточный".split())


def country_part(analysis: Any, first: int, country: Any) -> tuple[int, str] | None:
    """(start, nominative name) of ``Compass-adjective Country`` before the country's hit at ``first``."""
    if first < 1 or country.kind != "country":
        return None
    word, head = analysis.tokens[first - 1], analysis.tokens[first]
    if word.lemma not in COMPASS or not word.text[:1].isupper() or word.sent != head.sent \
            or word.feats.get("Case") not in (None, head.feats.get("Case")):
        return None
    gender = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}.get(head.feats.get("Gender", ""), "masc")
    return word.start, f"{agree_nominative(word, gender)} {country.name}"
