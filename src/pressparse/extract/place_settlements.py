"""Settlements named after a settlement word: ``р.п. Стрелица``, ``селе Верхний Мамон``, ``г. Искитим``.

The word makes the name a place even where natasha tags it as a person or misses it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .inflect import agree_nominative, fold, inflected_form, recover_shape, to_nominative
from .place_adjectives import coordinated_district
from .token_index import token_index

# abbreviations written with a dot (``р.п.`` is ``р`` ``.`` ``п`` ``.``) and full words (lemmas)
SETTLEMENT_ABBREVIATIONS = frozenset("г гор с п д пос пгт рп ст х дер сп".split())
SETTLEMENT_WORDS = frozenset("город село поселок посёлок деревня станица хутор аул слобода наукоград".split())
MAX_NAME = 3
MARKER_STARTS = SETTLEMENT_ABBREVIATIONS | {"р"}  # ``р.п.``


def find_settlements(analysis: Any) -> Iterator[tuple[int, int, str]]:
    """(start, end, nominative name) of each settlement name after a settlement word."""
    tokens = analysis.tokens
    # only a settlement word or the first letter of an abbreviation can start a marker: the
    # checks run at those tokens alone (most documents have a few)
    index = token_index(analysis)
    for i in sorted({*index.with_lemma(SETTLEMENT_WORDS), *index.with_fold(MARKER_STARTS)}):
        token = tokens[i]
        after = marker_end(tokens, i)
        if after is None or (i > 0 and tokens[i - 1].text[:1].isdigit()):
            continue
        j = after
        while j < len(tokens) and j - after < MAX_NAME and tokens[j].text[:1].isupper() \
                and tokens[j].pos in ("PROPN", "NOUN", "ADJ", "X"):
            j += 1
        if j == after or tokens[j - 1].pos == "ADJ" and j - after > 1:
            continue
        name_tokens = tokens[after:j]
        if len(name_tokens) == 1 and coordinated_district(analysis, name_tokens) is not None:
            continue  # ``в села Ботлихского, Цумадинского и Тляратинского районов``: a district's villages
        if tokens[j - 1].pos == "ADJ":  # ``станице Медведовской``, ``села Подлесное``: a name that is an adjective
            name = adjective_settlement(analysis, token, tokens[after], tokens[j] if j < len(tokens) else None)
            if name is not None:
                yield tokens[after].start, tokens[after].stop, name
            continue
        if given_name(analysis, name_tokens[0]) or named_person(analysis, name_tokens):
            continue  # ``глава города Алексей Зыкин``, ``мэр города Лужков``: the head of the town
        if token.lemma in SETTLEMENT_WORDS and name_tokens[-1].feats.get("Case") == token.feats.get("Case"):
            name = to_nominative(analysis, name_tokens)  # ``в селе Верхнем Мамоне``
        elif token.lemma in SETTLEMENT_WORDS and len(name_tokens) == 1 and fold(name_tokens[0].text).endswith(OBLIQUE_SK):
            # ``станице Медведовской`` read as a proper noun in the nominative: the adjective's case is the word's
            parses = analysis.vocab(token.lemma)
            name = agree_nominative(name_tokens[0], parses[0].tag.gender if parses else None)
        else:
            name = analysis.text[name_tokens[0].start : name_tokens[-1].stop]  # ``в р.п. Стрелица``
        yield name_tokens[0].start, name_tokens[-1].stop, name


OBLIQUE_SK = tuple(stem + ending for stem in ("ск", "цк") for ending in ("ой", "ого", "ому", "ом", "ую", "им"))


def adjective_settlement(analysis: Any, word: Any, adjective: Any, following: Any) -> str | None:
    """The name of a settlement an adjective names: in the nominative agreeing with the settlement
    word in its case (``станице Медведовской`` -> Медведовская, ``поселке Знаменском`` -> Знаменский),
    as written when it stands in the nominative after a word in another case (``у села Подлесное``);
    None when the adjective modifies the next noun (``села Ботлихского района``)."""
    case = adjective.feats.get("Case")
    if case == "Nom" and word.feats.get("Case") not in (None, "Nom"):
        return adjective.text
    if word.lemma not in SETTLEMENT_WORDS or case != word.feats.get("Case") or word.feats.get("Number") == "Plur" \
            or following is not None and following.pos == "NOUN" and following.text.islower() \
            and following.feats.get("Case") == case:
        return None
    parses = analysis.vocab(word.lemma)
    return agree_nominative(adjective, parses[0].tag.gender if parses else None)


def named_person(analysis: Any, tokens: list[Any]) -> bool:
    """NER calls the name a person and each word is a name or surname of the dictionary that is
    no place name (``Лужков``)."""
    start, stop = tokens[0].start, tokens[-1].stop
    if not any(s.type == "PER" and s.start <= start and stop <= s.stop for s in analysis.spans):
        return False
    for token in tokens:
        tags = [str(p.tag) for p in analysis.vocab(token.text)]
        if not any("Surn" in t or "Name" in t for t in tags) or any("Geox" in t for t in tags):
            return False
    return True


def given_name(analysis: Any, token: Any) -> bool:
    tags = [str(p.tag) for p in analysis.vocab(token.text)]
    return any("Name" in t for t in tags) and not any("Geox" in t for t in tags)


def marker_end(tokens: list[Any], i: int) -> int | None:
    """Index after a settlement word starting at token ``i``, if one does."""
    token = tokens[i]
    word = fold(token.text)
    if token.text.islower() and token.lemma in SETTLEMENT_WORDS:
        return i + 1
    if word in SETTLEMENT_ABBREVIATIONS and i + 1 < len(tokens) and tokens[i + 1].text == ".":
        if len(token.text) == 1 and token.text.isupper() and i > 0 and tokens[i - 1].sent == token.sent:
            return None  # an initial inside a sentence: ``А. С. Пушкина``
        return i + 2
    if word == "р" and i + 3 < len(tokens) and tokens[i + 1].text == "." and fold(tokens[i + 2].text) == "п" \
            and tokens[i + 3].text == ".":
        return i + 4
    return None


# ``микрорайон`` is named like a street (``микрорайоне Южный``) but is a town's district (press15)
STREET_WORDS = frozenset("улица проспект переулок бульвар шоссе набережная площадь проезд тупик тракт микрорайон".split())
STREET_ABBREVIATIONS = {"ул": "улица", "пр-т": "проспект", "пр-кт": "проспект", "пер": "переулок", "пл": "площадь"}


def find_streets(analysis: Any) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of ``улице Никитина``, ``проспекта Ленина``, ``ул. Мира``: a street word
    and a capitalized name in the genitive or nominative, named ``улица Никитина``; and of
    ``Кронштадтскому бульвару``: a capitalized adjective before a street word."""
    tokens = analysis.tokens
    # a street word, an abbreviation or the word before a street word (a capitalized adjective):
    # the checks run at those tokens alone
    index = token_index(analysis)
    marks = {*index.with_lemma(STREET_WORDS), *index.with_fold(STREET_ABBREVIATIONS)}
    for i in sorted({j for m in marks for j in (m - 1, m) if j >= 0}):
        token = tokens[i]
        word = fold(token.text)
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if token.pos == "ADJ" and token.text[:1].isupper() and following is not None \
                and following.text.islower() and following.lemma in STREET_WORDS:
            yield token.start, following.stop, to_nominative(analysis, [token, following])  # ``Тверской улице``
            continue
        if token.text.islower() and token.lemma in STREET_WORDS:
            noun, after = token.lemma, i + 1
        elif word in STREET_ABBREVIATIONS and i + 1 < len(tokens) and tokens[i + 1].text == ".":
            noun, after = STREET_ABBREVIATIONS[word], i + 2
        else:
            continue
        named = adjective_name(analysis, tokens, after, noun) or dated_name(tokens, after)
        if named is not None:  # ``ул. Школьная``, ``улице Садовой``, ``ул. 50 лет Октября``
            yield token.start, tokens[named[0] - 1].stop, f"{noun} {named[1]}"
            continue
        j = after  # the name: capitalized words, no acronym (``проездов МКУ``)
        while j < len(tokens) and j - after < MAX_NAME and tokens[j].text[:1].isupper() \
                and (tokens[j].pos in ("PROPN", "NOUN", "X") or genitive_attribute(tokens, j)) \
                and tokens[j].feats.get("Case", "Gen") in ("Gen", "Nom") \
                and not (tokens[j].text.isupper() and len(tokens[j].text) > 1) \
                and "\n" not in analysis.text[tokens[j - 1].stop : tokens[j].start]:
            j += 1
        if j == after:
            continue
        name = analysis.text[tokens[after].start : tokens[j - 1].stop]
        yield token.start, tokens[j - 1].stop, f"{noun} {name}"


def genitive_attribute(tokens: list[Any], j: int) -> bool:
    """``улице Красных Партизан``, ``проспекте Красных Зорь``: a capitalized adjective in the genitive
    before the capitalized genitive noun it agrees with is part of the street's name."""
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return tokens[j].pos == "ADJ" and tokens[j].feats.get("Case") == "Gen" and nxt is not None \
        and nxt.text[:1].isupper() and nxt.pos in ("PROPN", "NOUN") and nxt.feats.get("Case") == "Gen"


STREET_GENDERS = {"улица": "femn", "набережная": "femn", "площадь": "femn", "шоссе": "neut"}


def adjective_name(analysis: Any, tokens: list[Any], after: int, noun: str) -> tuple[int, str] | None:
    """(end, name) of an adjective street name, in the nominative: ``улице Школьной`` -> ``Школьная``."""
    if after >= len(tokens):
        return None
    word = tokens[after]
    if not word.text[:1].isupper() or word.text.isupper():
        return None
    if len(tokens) > after + 2 and tokens[after + 1].text == "и" and coordinated_district(analysis, [word]) is not None:
        return None  # ``с улиц Ленинского и Кировского районов``: the districts' streets
    gender = STREET_GENDERS.get(noun, "masc")
    first = adjective_word(analysis, word, gender, street_case(tokens[after - 1], word))
    if first is None:
        return None
    nxt = tokens[after + 1] if after + 1 < len(tokens) else None
    if nxt is not None and nxt.text[:1].isupper() and not nxt.text.isupper() and nxt.sent == word.sent:
        second = adjective_word(analysis, nxt, gender, street_case(tokens[after - 1], word))
        if second is not None:  # ``улице Большой Покровской`` -> ``Большая Покровская``
            return after + 2, f"{first} {second}"
        if nxt.pos in ("NOUN", "PROPN"):
            return None  # ``улица Красной Армии``: the genitive rule names it
    return after + 1, first


def street_case(noun: Any, word: Any) -> str | None:
    """The case of the street noun (``улицы``, ``ул.``: the name's own) the adjective agrees with."""
    return (noun.feats.get("Case") if noun.text[:1].isalpha() and noun.text.islower() and noun.text != "ул" else None) \
        or word.feats.get("Case")


def adjective_word(analysis: Any, word: Any, gender: str, case: str | None) -> str | None:
    """The nominative of a street name's adjective in the street noun's gender, or None for a word
    no adjective: one the tagger calls ADJ, or a PROPN the dictionary reads as an adjective of the
    street noun's case (``улицы Мичуринской``, ``улице Ессентукской``; ``улицы Крупской`` is a
    surname's genitive)."""
    if word.pos == "ADJ":
        return agree_nominative(word, gender)
    if word.pos != "PROPN" or not fold(word.text).endswith(ADJECTIVE_CASE_ENDINGS):
        return None
    grammeme = RIVER_CASES.get(case or "")
    if grammeme is None or grammeme == "nomn" or not any(
            "ADJF" in str(p.tag) and grammeme in str(p.tag) for p in analysis.vocab(word.text)):
        return None
    form = inflected_form(word.text, "ADJ", case, word.lemma, (gender, "sing"))
    return recover_shape(form.word, word.text) if form is not None else None


ADJECTIVE_CASE_ENDINGS = ("ую", "юю", "ой", "ей", "ому", "ему", "ом", "ем", "ым", "им")


def dated_name(tokens: list[Any], after: int) -> tuple[int, str] | None:
    """(end, name) of a street named by an anniversary or a date: ``50 лет Октября``, ``8 Марта``."""
    j = after
    if j >= len(tokens) or not tokens[j].text.isdigit():
        return None
    j += 1
    if j < len(tokens) and fold(tokens[j].text) == "лет":
        j += 1
    if j >= len(tokens) or not tokens[j].text[:1].isupper() or tokens[j].pos not in ("NOUN", "PROPN"):
        return None
    return j + 1, " ".join(t.text for t in tokens[after : j + 1])


RIVER_WORDS = frozenset("река речка".split())


def find_rivers(analysis: Any) -> Iterator[tuple[int, int, str]]:
    """(start, end, nominative name) of a river named after ``река``: ``реки Белой`` -> ``Белая``."""
    tokens = analysis.tokens
    for i in token_index(analysis).with_lemma(RIVER_WORDS):
        token = tokens[i]
        if i == len(tokens) - 1 or not token.text.islower():
            continue
        word = tokens[i + 1]
        if not word.text[:1].isupper() or word.text.isupper() or word.pos not in ("ADJ", "PROPN", "NOUN"):
            continue
        if word.pos == "ADJ":
            nxt = tokens[i + 2] if i + 2 < len(tokens) else None
            if nxt is not None and nxt.text[:1].isupper():
                continue  # ``реки Северная Двина``: left to the gazetteer
            name = agree_nominative(word, "femn")
        else:  # ``реке Бирюсе``: the name in the river noun's case, ``Бирюса``
            name = river_nominative(analysis, token, word) or to_nominative(analysis, [word])
        yield word.start, word.stop, name


RIVER_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}


def river_nominative(analysis: Any, noun: Any, word: Any) -> str | None:
    """The nominative of a river name standing in its noun's case (``реки Сосны``: ``Сосна``)."""
    case = RIVER_CASES.get(noun.feats.get("Case", ""))
    if case is None or case == "nomn":
        return None
    for parse in analysis.vocab(word.text):
        if "NOUN" in str(parse.tag) and case in str(parse.tag) and "sing" in str(parse.tag):
            return "-".join(part[:1].upper() + part[1:] for part in parse.normal.split("-"))
    return None


# federal and regional roads: ``трассу М-2 «Крым»``, ``автодороги Р-255 «Сибирь»``, ``М-12 «Восток»``
ROAD = re.compile(r"(?:(?P<adj>автомобильн\w*\s+)?(?P<noun>(?:автотрасс|трасс|автодорог|автомагистрал|магистрал|дорог|участк|участок)\w*)\s+)?"
                  r"(?<![\w-])(?P<code>[МРАMPA]-\d{1,3})(?![\w-])(?:\s+«(?P<quoted>[^»\n]{2,30})»)?")


def find_roads(analysis: Any) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of a numbered road with a road noun or its quoted name, named
    ``трасса М-2 «Крым»`` (``автодорога …`` after that noun)."""
    if not ROAD_CODE.search(analysis.text):
        return  # most texts name no numbered road: one cheap scan instead of the full pattern
    found = []
    for m in ROAD.finditer(analysis.text):
        noun, quoted = m.group("noun"), m.group("quoted")
        if not noun and not quoted:
            continue  # a bare ``М-2`` may be anything
        code = m.group("code").translate(LATIN_CODES)
        head = "автодорога" if noun and "дорог" in noun.lower() else "трасса"
        if m.group("adj") and head == "автодорога":
            head = "автомобильная дорога"  # ``автомобильной дороги М-8``: the text's full noun
        start = m.start("code") if noun and noun.lower().startswith("участ") else m.start()  # ``участке Р-239``: a stretch of it
        found.append((start, m.end(), code, f"{head} {code}" + (f" «{quoted}»" if quoted else "")))
    # one road by its code: ``трассе М-8`` and ``автомобильной дороги М-8 «Холмогоры»`` take the
    # name that says most (the quoted one, the text's fullest noun)
    fullest = {}
    for _, _, code, name in found:
        if ("«" in name, len(name)) > ("«" in fullest.get(code, ""), len(fullest.get(code, ""))):
            fullest[code] = name
    for start, end, code, _ in found:
        yield start, end, fullest[code]


LATIN_CODES = str.maketrans("MPA", "МРА")
ROAD_CODE = re.compile(r"[МРАMPA]-\d")
