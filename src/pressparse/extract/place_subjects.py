"""Gazetteer hits and NER spans that name no place of the text, or another one: what a body develops
(``Министерство развития Арктики``), a company called by its common noun and a name it also carries
in quotes (``порт Восточный`` beside ``АО «Восточный Порт»``), an electoral district (``по Ржевскому
одномандатному избирательному округу``), a forestry (``в Баргузинском лесничестве``); and a region's
``земля`` (``Калужская земля`` is the Калужская область); a town's name after a river noun names the river."""

from __future__ import annotations

from typing import Any

from ..analysis import Analysis
from .gazetteer import Hit, PlaceEntry, match, place_adjective_trie

# bodies whose "развития X" names their subject, not their territory
DEVELOPING_BODIES = frozenset("министерство министр департамент комитет агентство управление".split())
# kinds a body's subject may be (a region or a town after "развития" is more often its territory)
SUBJECT_KINDS = frozenset(["other"])


def developed_subject(analysis: Analysis, hit: Hit) -> bool:
    """``Министром развития Арктики``, ``министерства развития Дальнего Востока и Арктики``."""
    if not all(e.kind in SUBJECT_KINDS for e in hit.entries):
        return False
    tokens = analysis.tokens
    k = hit.first - 1
    if k >= 0 and tokens[k].text.lower() == "и":  # the second of coordinated subjects
        k -= 1
        while k >= 0 and tokens[k].text[:1].isupper() and hit.first - k < 6:
            k -= 1
    return k >= 1 and tokens[k].lemma == "развитие" and tokens[k - 1].lemma.lower() in DEVELOPING_BODIES \
        and tokens[k].sent == tokens[hit.first].sent


def company_alias(analysis: Analysis, first: int, last: int, quoted: list[tuple[int, int]]) -> bool:
    """``порт Восточный``: a common noun and a one-word name (tokens ``first:last``) that a
    quoted name holds together."""
    if last - first != 1 or first == 0:
        return False
    noun, name = analysis.tokens[first - 1], analysis.tokens[first]
    if noun.pos != "NOUN" or not noun.text[:1].islower():
        return False
    word, stem = name.text.lower(), noun.lemma.lower()[:4]
    for start, stop in quoted:
        words = analysis.norm[start:stop].lower().replace("«", " ").replace("»", " ").split()
        if word in words and any(w.startswith(stem) for w in words if w != word):
            return True
    return False


# offices NER tags LOC by the place adjective they carry: no geographic name
OFFICE_HEADS = frozenset("лесничество лесхоз".split())
# a church's territorial bodies are organizations: ``Рязанская епархия`` is no place
CHURCH_UNITS = frozenset("епархия митрополия благочиние экзархат".split())
BISHOPS = frozenset("митрополит архиепископ епископ патриарх".split())


def bishop_see(analysis: Analysis, first: int) -> bool:
    """Is token ``first`` in the see after a bishop's title (``митрополит Рязанский и Михайловский``)?"""
    tokens = analysis.tokens
    k = first - 1
    while k >= 0 and (tokens[k].pos == "ADJ" and tokens[k].text[:1].isupper() or tokens[k].text in ("и", ",")):
        k -= 1
    return k >= 0 and tokens[k].lemma in BISHOPS


# an electoral district is a constituency, not a territory
ELECTORAL = frozenset("избирательный одномандатный многомандатный".split())


def no_territory(analysis: Analysis, tokens: list[Any]) -> bool:
    """``Баргузинском лесничестве``, ``Ржевскому одномандатному [избирательному округу]``, ``Рязанская
    епархия`` (a church's body), ``митрополит Рязанский и Михайловский Нектарий`` (a bishop's see)."""
    if tokens[-1].lemma in OFFICE_HEADS or any(t.lemma in CHURCH_UNITS for t in tokens) or bishop_see(analysis, tokens[0].index):
        return True
    if any(t.lemma in ELECTORAL for t in tokens[1:]):
        return True  # ``Тобольского избирательного округа``: its town's adjective is a mention (.place_constituencies)
    following = analysis.tokens[tokens[-1].index + 1 : tokens[-1].index + 3]
    return any(t.lemma in ELECTORAL for t in following) and all(t.pos == "ADJ" for t in tokens)


def region_land(analysis: Analysis, tokens: list[Any]) -> PlaceEntry | None:
    """``Калужская земля``, ``на тверской земле``: the region its adjective names."""
    if len(tokens) != 2 or tokens[1].lemma != "земля" or tokens[0].pos != "ADJ":
        return None
    for hit in match(tokens[:1], place_adjective_trie()):
        regions = [e for e in hit.entries if e.kind == "region"]
        if regions:
            return regions[0]
    return None


RIVER_NOUNS = frozenset("река речка бассейн устье русло исток".split())


FLOOD_NOUNS = frozenset("паводок половодье наводнение ледоход затор разлив".split())


def river_named(analysis: Analysis, first: int) -> bool:
    """``реке Ишим``, ``в бассейнах Тобола и Ишима``: a town's name after a river noun names the river."""
    tokens = analysis.tokens
    if first > 0 and tokens[first - 1].lemma in RIVER_NOUNS:
        return True
    if first > 1 and tokens[first - 1].text.lower() == "через" and crossing_before(analysis, first - 1):
        return True  # ``моста через Тобол``, ``переправ, в том числе через Томь … и через Кию``: a crossing's river
    if first > 1 and tokens[first - 1].text.lower() == "на" and tokens[first - 2].lemma in FLOOD_NOUNS:
        return True  # ``паводок на Зее``: a river floods, a town does not
    if first > 3 and tokens[first - 1].text == "и" and tokens[first - 2].text[:1].isupper() \
            and tokens[first - 3].text.lower() == "через" and tokens[first - 4].lemma in CROSSINGS:
        return True  # ``переправах через Волгу и Ахтубу``: the second river of the crossings
    return first > 2 and tokens[first - 1].text == "и" and tokens[first - 3].lemma in RIVER_NOUNS \
        and tokens[first - 2].text[:1].isupper()


CROSSINGS = frozenset("мост переправа паром".split())


def crossing_before(analysis: Analysis, via: int) -> bool:
    """A bridge, ferry or crossing noun earlier in the sentence of ``через`` (token ``via``): right before
    it or across a list (``ледовых переправ, в том числе через Томь``)."""
    tokens = analysis.tokens
    first = analysis.sents[tokens[via].sent].first
    return any(t.lemma in CROSSINGS for t in tokens[max(first, via - 20) : via])
