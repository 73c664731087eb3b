"""The kind of a place the gazetteer lacks, from its own words and the words before it: a street
word makes it ``other``, a municipal word a ``district``, a regional word or ``провинции`` a
``region``, a settlement word a ``city``; a short capitalized name is a town unless the text puts it
inside one (:func:`.place_parts.city_part`)."""

from __future__ import annotations

import re
from typing import Any

from ..analysis import Analysis
from .inflect import fold
from .place_nouns import landmark_before
from .place_parts import city_part
from .place_settlements import STREET_WORDS
from .place_stations import railway_station

SETTLEMENT_WORDS = frozenset("г город с село пос поселок посёлок п д деревня ст станица рп пгт х хутор".split())
REGION_WORDS = frozenset("область край республика округ".split())
PROVINCE_WORDS = frozenset("провинция штат префектура".split())
# ``Закамье``, ``Прибайкалье``, ``Верхневолжье``: the land beyond, by or along a river or mountains, an area
# (``other``, press13), not a town
AREA_NAME = re.compile(r"(?:за|при|пред|под|по|верхне|нижне|средне|меж)\w{3,}(?:ье|ья|ью|ьем|ьи)")
DISTRICT_WORDS = frozenset("район улус поселение сельсовет".split())  # a rural settlement is a municipal district


def guess_kind(analysis: Analysis, tokens: list[Any]) -> str:
    lemmas = [t.lemma for t in tokens]
    if "микрорайон" in lemmas:
        return "district"
    if any(lemma in STREET_WORDS for lemma in lemmas):
        return "other"
    if any(lemma in DISTRICT_WORDS for lemma in lemmas) or municipal(lemmas) or municipal_noun(analysis, tokens):
        return "district"
    if any(lemma in REGION_WORDS for lemma in lemmas):
        return "region"
    before = analysis.tokens[tokens[0].index - 2 : tokens[0].index]
    if before and before[-1].lemma in PROVINCE_WORDS and before[-1].text.islower():
        return "region"  # ``провинции Хэйлунцзян``: a foreign province is a region (geo_names)
    if any(settlement_word(analysis, t) for t in before):
        return "city"
    if landmark_before(analysis, tokens):
        return "other"  # ``в усадьбах Михайловское, Тригорское``: estates, not towns
    if railway_station(analysis, tokens):
        return "other"  # ``маршрут Чита – Карымская``: a station, not a town
    if len(tokens) <= 2 and all(t.text[:1].isupper() for t in tokens):
        if city_part(analysis, tokens):
            return "district"
        area = len(tokens) == 1 and AREA_NAME.fullmatch(fold(tokens[0].text)) \
            and not any(t.lemma in SETTLEMENT_WORDS for t in before)  # ``деревне Заклинье``: a village
        return "other" if area else "city"
    return "other"


def settlement_word(analysis: Analysis, token: Any) -> bool:
    """``селе``, ``г.``, ``пос.``: a settlement word; a one-letter abbreviation only with its dot (``с``
    alone is the preposition: ``с Иркутского тракта``)."""
    word = fold(token.text)
    if word not in SETTLEMENT_WORDS:
        return False
    following = analysis.tokens[token.index + 1] if token.index + 1 < len(analysis.tokens) else None
    return len(word) > 1 or following is not None and following.text == "."


def municipal(lemmas: list[str]) -> bool:
    """``Ядринский муниципальный округ``, ``Пожарский округ``: a district; only an autonomous or a
    federal ``округ`` is a region (the gazetteer knows those by name)."""
    return "округ" in lemmas and not any(m in lemmas for m in ("автономный", "федеральный"))


def municipal_noun(analysis: Analysis, tokens: list[Any]) -> bool:
    """``Константиновского муниципальных округов``: the shared noun's own adjective counts."""
    last = tokens[-1]
    return last.lemma == "округ" and last.index > 0 and analysis.tokens[last.index - 1].lemma in ("муниципальный", "городской")
