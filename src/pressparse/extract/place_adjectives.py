"""Adjectives of places: ``подмосковном Красногорске``, ``белорусскими строителями``.

Used by :mod:`.places` after the names: an adjective adds a mention to a place the text names, to
a place whose adjective modifies another place (a city in its region), or, before a common noun
that is no person (``американская компания``), introduces the place itself. An adjective before
an institution noun belongs to the institution's name (``Кузбасский технопарк``). Also the
district each of coordinated adjectives names (``в Амурском и Комсомольском районах``).
"""

from __future__ import annotations

import re
from typing import Any

from ..analysis import Analysis
from .gazetteer import match, place_adjective_trie
from .inflect import agree_nominative, fold
from .org_words import INSTITUTION_NOUNS, NON_PLACE_NOUNS, TERRITORY_NOUNS
from .place_filters import modified_noun
from .place_hits import hit_span
from .place_nouns import nouns
from .place_parts import city_of_adjective
from .place_zones import ADJECTIVE, overlaps, starts_of
from .token_index import token_index

# an adjective alone introduces only a place of these kinds (``западные СМИ`` names no place)
OWN_KINDS = frozenset(("country", "region", "city"))
# ``гонконгских долларов``, ``белорусских рублей``: a currency, not a mention of its country
CURRENCY_NOUNS = frozenset("доллар рубль евро юань иена йена фунт франк крона тенге гривна лира рупия вона".split())


# ``крымского правительства``: a body's adjective is left to the organizations (it names the body)
BODY_NOUNS = frozenset("""дума облдума собрание совет суд прокуратура правительство администрация министерство
    департамент управление комитет агентство служба""".split())


def coordinated(noun: Any, after: int) -> bool:
    """A plural territory noun after coordinated adjectives: ``Тверская и Могилевская области``."""
    return noun.lemma in TERRITORY_NOUNS and noun.feats.get("Number") == "Plur" and noun.index > after


def add_adjectives(analysis: Analysis, places: dict, taken: list, blocked: list, keys: list) -> None:
    """Add the mentions of place adjectives to ``places`` (a dict of drafts by key)."""
    from .places import add, choose  # places imports this module

    named = {fold(p.name) for p in places.values()}
    for hit in match(analysis.tokens, place_adjective_trie(), keys, starts_of(analysis, ADJECTIVE)):
        tokens = analysis.tokens[hit.first : hit.last]
        span = hit_span(analysis, hit)
        if overlaps(*span, taken + blocked) or tokens[-1].pos != "ADJ":
            continue
        noun = modified_noun(analysis, hit.last)
        entry = choose(hit.entries)
        if noun is not None and coordinated(noun, hit.last) and entry.kind in ("region", "district") \
                and fold(tokens[-1].text)[:4] == fold(entry.name)[:4]:
            add(places, entry.name, entry.kind, entry.parent, span)  # ``Тверская и Могилевская области``
            continue
        if noun is None or noun.lemma in TERRITORY_NOUNS or noun.lemma in NON_PLACE_NOUNS or noun.lemma in CURRENCY_NOUNS:
            continue
        if noun.lemma in INSTITUTION_NOUNS and (not tokens[0].text.islower() or noun.lemma in BODY_NOUNS):
            continue  # ``Кузбасский технопарк``: the name's; ``китайских компаний``, ``пермского музея`` name the place
        if tokens[0].text[:1].isupper() and (not sentence_initial(analysis, tokens[0]) or named_elsewhere(analysis, tokens[-1], noun)):
            continue  # a capitalized adjective inside a sentence starts a proper name (``Омской драмы``), at
            # a sentence's start too when the text writes the same words so inside one (``Омская драма …``)
        noun_is_place = any(s <= noun.start < e for s, e in taken)
        town = city_of_adjective(tokens[-1]) if len(tokens) == 1 else None
        if town is not None and (part_of_town(places, noun) or noun.lemma in nouns("town")):
            entry = town  # ``новосибирском Академгородке``: the town's part, so the town's adjective; ``омский театр``
        elif town is not None and fold(town.name) in named and fold(entry.name) not in named:
            entry = town  # ``томском лицее`` in a text naming Томск but not its region
        if fold(entry.name) in named or noun_is_place or own_mention(noun, entry):
            add(places, entry.name, entry.kind, entry.parent, span)


# a town's facilities: ``Ейский порт``, ``Таганрогского порта`` name no place of their own, the adjective
# is the town's
PORT_NOUNS = frozenset("порт аэропорт морпорт речпорт вокзал".split())
PORT_HINT = re.compile(r"порт|вокзал")


# the port's kind between the town's adjective and the noun: ``Мурманский морской порт``
PORT_KINDS = frozenset("морской речной торговый рыбный международный пассажирский грузовой".split())


def port_of(noun: Any, adjective: Any, between: tuple = ()) -> bool:
    """``Ейский порт``, ``Мурманский морской порт``: a town's adjective, lowercase kinds, the port noun."""
    return noun.lemma in PORT_NOUNS and noun.text.islower() and noun.index == adjective.index + 1 + len(between) \
        and adjective.pos == "ADJ" and adjective.text[:1].isupper() \
        and all(t.lemma in PORT_KINDS and t.text.islower() for t in between)


def port_towns(analysis: Analysis) -> list[tuple[int, int, Any]]:
    """(start, stop, city entry) of the adjective of each town's port: ``Ейского порта`` -> Ейск,
    ``Таганрогский порт`` -> Таганрог (the adjective of an ``-ск`` town keeps the ``ск``)."""
    found: list[tuple[int, int, Any]] = []
    if not PORT_HINT.search(analysis.text):  # most texts name no port: skip the token loop
        return found
    tokens = analysis.tokens
    for noun in tokens[1:]:
        if noun.lemma not in PORT_NOUNS:
            continue
        first = next((k for k in (noun.index - 1, noun.index - 2)
                      if k >= 0 and port_of(noun, tokens[k], tuple(tokens[k + 1 : noun.index]))), None)
        if first is None:
            continue
        adjective = tokens[first]
        entry = city_of_adjective(adjective, bare_stem=True)
        if entry is not None:
            found.append((adjective.start, adjective.stop, entry))
    return found


def sentence_initial(analysis: Analysis, token: Any) -> bool:
    """The sentence's first word, after any opening quotes or dashes (``«Саратовская химическая
    промышленность …``): capitalized for that alone."""
    first = analysis.sents[token.sent].first
    return all(t.pos == "PUNCT" for t in analysis.tokens[first : token.index])


def named_elsewhere(analysis: Analysis, adjective: Any, noun: Any) -> bool:
    """The adjective and its noun stand capitalized inside a sentence elsewhere: a name's words."""
    return any(t.lemma == adjective.lemma and t.text[:1].isupper() and n.lemma == noun.lemma
               and not sentence_initial(analysis, t) for t, n in zip(analysis.tokens, analysis.tokens[1:]))


def part_of_town(places: dict, noun: Any) -> bool:
    """Whether ``noun`` starts a mention of a place ``city_part`` made a district (an unknown name)."""
    return any(p.kind == "district" and not p.known and any(s == noun.start for s, _ in p.spans)
               for p in places.values())


def own_mention(noun: Any, entry: Any) -> bool:
    """``американская компания``, ``уфимской больнице``: an adjective of a country, region or city
    before a common noun names that place; before a person (``российский инженер``) it is
    rather a nationality, kept only when the text names the place too."""
    return entry.kind in OWN_KINDS and noun.pos == "NOUN" and (noun.feats.get("Animacy") != "Anim" or institution(noun))


def institution(noun: Any) -> bool:
    """``автоконцерна``, ``агрохолдинга``: a compound of an institution noun is inanimate whatever
    the tagger says."""
    return any(noun.lemma.endswith(word) for word in INSTITUTION_NOUNS if len(word) > 4)


AREA_NOUNS = frozenset("район улус округ область край".split())
MUNICIPAL_ADJECTIVES = frozenset("муниципальный городской".split())


def shared_noun(analysis: Analysis, tokens: list[Any]) -> Any:
    """The plural territory noun an adjective span names one of (``Амурском и Комсомольском
    районах``, ``Могилевская и Брестская области``): the span ends at it or the noun follows a
    coordination of adjectives."""
    if not adjective_like(tokens[0]):
        return None
    if len(tokens) == 2 and (tokens[1].lemma in TERRITORY_NOUNS or tokens[1].lemma in AREA_NOUNS) \
            and tokens[1].feats.get("Number") == "Plur":  # ``Анабарского улусов`` too
        return tokens[1]
    if len(tokens) != 1:
        return None
    i = tokens[0].index  # the last of the adjectives: ``Благовещенского и Константиновского муниципальных округов``
    linked = i > 1 and analysis.tokens[i - 1].text in (",", "и") and adjective_like(analysis.tokens[i - 2]) \
        and analysis.tokens[i - 2].text[:1].isupper()
    for token in analysis.tokens[i + 1 : i + 10]:
        if token.text in (",", "и"):
            linked = True
        elif token.lemma in AREA_NOUNS and token.text.islower():
            return token if linked and token.feats.get("Number") == "Plur" else None
        elif token.lemma in MUNICIPAL_ADJECTIVES and token.text.islower():
            continue  # ``Благовещенского и Константиновского муниципальных округов``
        elif not (token.text[:1].isupper() and adjective_like(token)):
            return None
    return None


def coordinated_district(analysis: Analysis, tokens: list[Any]) -> tuple[str, Any] | None:
    """The district one of coordinated adjectives names (``Кировском и Фрунзенском районах`` ->
    ``Кировский район``) and the shared noun, or None."""
    while len(tokens) > 1 and tokens[-1].lemma in MUNICIPAL_ADJECTIVES and tokens[-1].text.islower():
        tokens = tokens[:-1]  # natasha's ``Константиновского муниципальных`` without its noun
    shared = shared_noun(analysis, tokens)
    if shared is None:
        return None
    gender = gender_of(analysis, shared.lemma)
    word = agree_nominative(tokens[0], gender)
    if "ё" not in tokens[0].text.lower():
        word = word.replace("ё", "е").replace("Ё", "Е")  # spelled as the text spells it
    if not word.lower().endswith(GENDER_ENDINGS.get(gender, NOMINATIVE_ENDINGS)):
        # pymorphy3 read a noun (``Обояньском``; ``Харабалинском`` as the village ``Харабалинское``)
        word = nominative_from_stem(tokens[0].text, gender)
    kinds = []  # ``муниципальных`` before the noun: ``Благовещенский муниципальный округ``
    for token in reversed(analysis.tokens[max(tokens[0].index + 1, shared.index - 2) : shared.index]):
        if token.lemma not in MUNICIPAL_ADJECTIVES or not token.text.islower():
            break
        kinds.insert(0, agree_nominative(token, gender).lower())
    return " ".join([word, *kinds, shared.lemma]), shared


def district_stop(analysis: Analysis, token: Any, shared: Any) -> int:
    """The mention of the last coordinated adjective runs to the shared noun (``Комсомольском районах``)."""
    between = analysis.tokens[token.index + 1 : shared.index]
    return shared.stop if all(t.lemma in MUNICIPAL_ADJECTIVES for t in between) else token.stop


NOMINATIVE_ENDINGS = ("ий", "ый", "ой", "ая", "яя", "ое", "ее")
GENDER_ENDINGS = {"masc": ("ий", "ый", "ой"), "femn": ("ая", "яя"), "neut": ("ое", "ее")}
OBLIQUE_ENDINGS = ("ими", "ыми", "ому", "ого", "ему", "его", "ом", "ем", "ой", "ей", "ую", "ым", "им", "ых", "их", "ая", "ий", "ый")


def nominative_from_stem(text: str, gender: str | None) -> str:
    """``Обояньском`` -> ``Обояньский``: the nominative built on the adjective's stem."""
    stem = next((text[: -len(e)] for e in OBLIQUE_ENDINGS if text.lower().endswith(e)), text)
    if gender == "femn":
        return stem + "ая"
    if gender == "neut":
        return stem + "ое"
    return stem + ("ий" if stem[-1:].lower() in "кгхжшчщ" else "ый")


def adjective_like(token: Any) -> bool:
    return token.pos == "ADJ" or token.pos == "PROPN" and token.text.lower().endswith(ADJECTIVE_CASE_ENDINGS)


ADJECTIVE_CASE_ENDINGS = ("ой", "ом", "ому", "ого", "ий", "ый", "ая", "ую", "ых", "их", "ым", "им", "ей", "ее", "ое")


def gender_of(analysis: Analysis, noun: str) -> str | None:
    parses = analysis.vocab(noun)
    return parses[0].tag.gender if parses else None


def elliptic_districts(analysis: Analysis) -> list[tuple[Any, Any]]:
    """(adjective, shared noun) of districts named after their noun was told: ``с районами, в
    первую очередь с Боровичским и Старорусским.`` -> each adjective with ``районами``."""
    tokens, found = analysis.tokens, []
    for noun in [tokens[i] for i in token_index(analysis).with_lemma(AREA_NOUNS)]:
        if not noun.text.islower() or noun.feats.get("Number") != "Plur":
            continue
        sent = analysis.sents[noun.sent]
        window = tokens[noun.index + 1 : min(sent.last, noun.index + 9)]
        start = next((k for k, t in enumerate(window) if t.text[:1].isupper()), None)
        if start is None:
            continue
        run, k = [], start
        while k < len(window) and window[k].text[:1].isupper() and adjective_like(window[k]) \
                and window[k].text.lower().endswith(DISTRICT_FORMS):
            run.append(window[k])
            if k + 1 < len(window) and window[k + 1].text in (",", "и"):
                k += 2
            else:
                k += 1
                break
        after = window[k] if k < len(window) else None
        if len(run) >= 2 and (after is None or after.pos == "PUNCT" and after.text not in ("«", "(")):
            found += [(adjective, noun) for adjective in run]
    return found


DISTRICT_FORMS = ("ским", "ском", "ского", "скому", "ский", "цким", "цком", "цкого", "цкому", "цкий")
