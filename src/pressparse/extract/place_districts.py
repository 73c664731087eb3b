"""Districts named by an adjective the tagger and natasha read as a surname: ``заявку Березовского
поселения``, ``в Ольховском сельсовете`` (natasha: a person ``Березовский``), ``для Нижнеколымского и Аллаиховского
улусов`` (each of coordinated adjectives before a plural noun). A capitalized ``-ский``
form before a municipal noun of its case is the district's adjective; a name said short (``Березовское
поселение``) is the one said in full (``Березовское сельское поселение``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .inflect import SURNAME_ADJECTIVE, to_nominative
from .place_adjectives import coordinated_district, district_stop

DISTRICT_NOUNS = frozenset("поселение сельсовет район округ улус".split())
# the level words between the adjective and the noun (``Березовского сельского поселения``)
LEVEL_WORDS = frozenset("сельский городской муниципальный".split())
# a cheap look at the raw text first: the token loop runs for every document
HINT = re.compile(r"[А-ЯЁ][а-яё]+[сц]к(?:ий|ого|ому|им|ом|ая|ой|ую|ое)\s+(?:[а-яё]+\s+){0,2}"
                  r"(?:поселени|сельсовет|район|округ|улус)")
HINT_NOUNS = ("район", "округ", "поселени", "сельсовет", "улус")  # one of them ends every HINT match


def surname_districts(analysis: Any) -> Iterator[tuple[int, int, str]]:
    """(start, stop, nominative name) of each district whose adjective reads as a surname."""
    if not any(noun in analysis.text for noun in HINT_NOUNS) or not HINT.search(analysis.text):
        return  # substring tests first: the pattern tries every capital of the text
    tokens = analysis.tokens
    for i, token in enumerate(tokens[:-1]):
        if token.pos != "PROPN" or not SURNAME_ADJECTIVE.match(token.text):
            continue
        shared = coordinated_district(analysis, [token])  # ``для Нижнеколымского и Аллаиховского улусов``
        if shared is not None:
            yield token.start, district_stop(analysis, token, shared[1]), shared[0]
            continue
        j = i + 1
        while j < len(tokens) - 1 and tokens[j].lemma in LEVEL_WORDS and tokens[j].text.islower():
            j += 1
        noun = tokens[j]
        if noun.lemma in DISTRICT_NOUNS and noun.text.islower() and noun.feats.get("Number") == "Sing" \
                and noun.feats.get("Case") == token.feats.get("Case"):
            yield token.start, noun.stop, to_nominative(analysis, tokens[i : j + 1])


def merge_short_districts(places: dict) -> None:
    """``Березовское поселение`` joins the one ``Березовское сельское поселение`` of the text."""
    for key, place in list(places.items()):
        words = place.name.split()
        if place.kind != "district" or len(words) != 2:
            continue
        longer = [k for k, p in places.items() if k != key and p.kind == "district" and len(p.name.split()) == 3
                  and p.name.split()[0] == words[0] and p.name.split()[-1] == words[1]]
        if len(longer) == 1:
            places[longer[0]].spans.extend(places.pop(key).spans)


def merge_nicknames(places: dict) -> None:
    """``поселков Таймыра`` beside ``Таймырском Долгано-Ненецком муниципальном районе``: a one-word
    landform whose ``-ский`` adjective starts the one district or region the text names is that
    district's short name, not the peninsula."""
    for key, place in list(places.items()):
        if place.kind != "other" or " " in key or len(key) < 4 or not landform(key):
            continue  # a river named after its town (``на Ишиме``) is no nickname
        targets = [k for k, p in places.items() if k != key and p.kind in ("district", "region")
                   and k.split()[0] in (key + "ский", key + "ская", key[:-1] + "ский", key[:-1] + "ская")]
        if len(targets) == 1:
            places[targets[0]].spans.extend(places.pop(key).spans)


def landform(key: str) -> bool:
    """Whether the gazetteer knows ``key`` as a landform (kind ``other``), not a town or a river's town."""
    from .gazetteer import places_by_name

    entry = places_by_name().get(key)
    return entry is not None and entry.kind == "other"


def merge_renamed_districts(places: dict) -> None:
    """``бывший глава Цивильского района`` beside ``Цивильского муниципального округа``: many districts
    became municipal districts (``округ``) of the same adjective; the text names one territory."""
    for key, place in list(places.items()):
        words = key.split()
        if place.kind != "district" or len(words) != 2 or words[1] != "район":
            continue
        targets = [k for k, p in places.items() if p.kind == "district" and k.split()[0] == words[0]
                   and k.split()[-1] == "округ"]
        if len(targets) == 1:
            places[targets[0]].spans.extend(places.pop(key).spans)
