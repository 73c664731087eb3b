"""Tests that tell a place name from its homonyms: a person's name, a body, a phrase in quotes.

Used by :mod:`.places` on gazetteer hits and on natasha's LOC spans.
"""

from __future__ import annotations

import re
from typing import Any

from ..analysis import Analysis
from .gazetteer import SHORT_STEM, Hit, body_trie, longest_at, token_keys
from .inflect import fold, stem
from .org_words import NON_PLACE_NOUNS
from .place_words import has_tag, is_geo, known_word, name_reading, person_word
from .place_zones import overlaps, person_spans, quoted_spans
from .published import dateline_place

NAME_MARKERS = frozenset("имени им улица улице улицы ул проспект проспекте пр переулок пер площадь площади бульвар".split())
LAW_CODES = frozenset("КоАП УК ГК НК ТК ЖК ЗК УПК ГПК АПК БК КАС".split())
PERSON_MARKERS = frozenset("имени им памяти".split())  # ``на улицы Лондона`` names no person


# bodies and buildings that natasha tags LOC: the contract's places are geographic
NOT_PLACES = frozenset(
    """кремль|белый дом|евросоюз|европейский союз|еврокомиссия|европейская комиссия|афросоюз|
    африканский союз|букингемский дворец|елисейский дворец|пентагон|капитолий""".replace("\n", "").split("|")
)


def hidden(analysis: Analysis, hit: Hit, span: tuple[int, int], quoted: list, source: list, people: list) -> bool:
    """A gazetteer hit inside a quoted name, the credited source (unless after a body noun) or a
    person's name (unless NER ran the name across a list of countries)."""
    if overlaps(*span, quoted):
        return True
    if overlaps(*span, source) and not of_body(analysis, hit.first):
        return True
    if named_surname(analysis, span):
        return True  # ``Дмитрий Ливанов … Ливанов отвечал``: the surname again, not Lebanon
    if span == dateline_place(analysis):
        return False  # ``Владимир, 26 ноября 2026 года``: the dateline's town, whatever NER reads
    if not overlaps(*span, people):
        return False
    if overlaps(*span, merged_people(analysis)):
        return not (no_person(analysis, hit) or country_phrase(hit))
    return not (lone_person(analysis, span) and (
        no_person(analysis, hit, ("country", "region", "city")) or country_phrase(hit) or listed_town(analysis, hit)))


def listed_town(analysis: Analysis, hit: Hit) -> bool:
    """``столовых Иванова и Кинешмы``: a one-word town NER took for a surname, joined by ``и``, ``или`` or a
    comma to a word that is only a place (no name reading), is a town of the list."""
    tokens = analysis.tokens
    if hit.last - hit.first != 1 or not all(e.kind == "city" for e in hit.entries):
        return False
    around = [(hit.last, hit.last + 1), (hit.first - 1, hit.first - 2)]
    for link, other in around:
        if 0 <= other < len(tokens) and tokens[link].text in ("и", "или", ",") and tokens[other].text[:1].isupper() \
                and is_geo(analysis, tokens[other].text) and not name_reading(analysis, tokens[other]):
            return True
    return False


def country_phrase(hit: Hit) -> bool:
    """A country's name of two words and more (``Коста Рика``, ``Эль Сальвадор``): no person's
    name, whatever words it is made of."""
    return hit.last - hit.first >= 2 and all(e.kind == "country" for e in hit.entries)


def named_surname(analysis: Analysis, span: tuple[int, int]) -> bool:
    """The word is the last word of a full name NER found elsewhere in the text."""
    word = analysis.text[span[0]:span[1]].lower()
    if " " in word:
        return False
    return any(not (start < span[1] and span[0] < stop) for start, stop in last_words(analysis).get(word, ()))


def last_words(analysis: Analysis) -> dict[str, list[tuple[int, int]]]:
    """The spans of :func:`full_names` by their last word, once a document."""
    names = full_names(analysis)
    held = analysis.memo.get("place_last_words")
    if held is None or held[0] is not names:
        by_word: dict[str, list[tuple[int, int]]] = {}
        for start, stop, last in names:
            by_word.setdefault(last, []).append((start, stop))
        held = analysis.memo["place_last_words"] = (names, by_word)
    return held[1]


# the last document's spans (held: the identity test cannot match a new list), full names, merged people
_PEOPLE: tuple[object, list[tuple[int, int, str]], list[tuple[int, int]]] = (None, [], [])
NAME_TEXT, LIST_MARK = re.compile(r"[\w.\- ]+"), re.compile(r"[^\w\s.\-]")


def full_names(analysis: Analysis, merged: bool = False) -> list:
    """(start, stop, lower-cased last word) of NER's full person names, or the merged people; once a document."""
    global _PEOPLE
    if _PEOPLE[0] is not analysis.spans:
        names = [(s.start, s.stop, s.text.split()[-1].lower()) for s in analysis.spans
                 if s.type == "PER" and " " in s.text.strip() and NAME_TEXT.fullmatch(s.text.strip())]
        across = [(s.start, s.stop) for s in analysis.spans if s.type == "PER" and LIST_MARK.search(s.text)]
        _PEOPLE = (analysis.spans, names, across)
    return _PEOPLE[2 if merged else 1]


def lone_person(analysis: Analysis, span: tuple[int, int]) -> bool:
    """NER called the place name alone a person (``31 июля Калуга встретит гостей``)."""
    return all(span[0] <= s.start and s.stop <= span[1] for s in analysis.spans
               if s.type == "PER" and s.start < span[1] and span[0] < s.stop)


def river_context(analysis: Analysis, first: int) -> bool:
    """``реки Кубань``, ``мост через Кубань``: a river, not the region of the same name."""
    tokens = analysis.tokens
    before = tokens[first - 1] if first > 0 else None
    if before is None:
        return False
    if before.lemma in ("река", "речка", "берег", "бассейн", "устье", "русло", "акватория"):
        return True
    return before.text.lower() == "через" and first > 1 and tokens[first - 2].lemma in ("мост", "переправа", "паром")


def merged_people(analysis: Analysis) -> list[tuple[int, int]]:
    """Person spans that run across a list separator (``Сальвадор • Эфиопия``), once a document."""
    return full_names(analysis, merged=True)


def no_person(analysis: Analysis, hit: Hit, kinds: tuple[str, ...] = ("country", "region")) -> bool:
    """A country or region that NER put inside a person's name (``Сальвадор • Эфиопия``): no
    word of it can be a name."""
    tokens = analysis.tokens[hit.first : hit.last]
    return all(e.kind in kinds for e in hit.entries) and not any(
        name_reading(analysis, t) for t in tokens
    )


def of_body(analysis: Analysis, first: int) -> bool:
    """In the credited source, ``прокуратура Алтайского края`` names a place (after a lowercase
    body noun); ``ИТАР-ТАСС Сибирь`` does not."""
    before = analysis.tokens[first - 1] if first > 0 else None
    token = analysis.tokens[first]
    return before is not None and before.text.isalpha() and before.text.islower() \
        and not overlaps(token.start, token.stop, person_spans(analysis))


def name_quotes(analysis: Analysis) -> list[tuple[int, int]]:
    """Quoted names; a quote opening with a lowercase word is a phrase (``«угроза для Молдавии»``)."""
    return [(s, e) for s, e in quoted_spans(analysis) if not analysis.norm[s + 1 : s + 2].islower()]


def ner_place(analysis: Analysis, tokens: list[Any]) -> bool:
    """natasha's LOC span is a place: not a person's name (``Лужков``, ``имени А. С. Пушкина``),
    not an adjective of a following noun (``Южная водозаборная станция``)."""
    if after_name_marker(analysis, tokens[0].index, PERSON_MARKERS):
        return False
    if len(tokens) > 1 and tokens[-1].lemma in NON_PLACE_NOUNS:
        return False  # ``по Московскому времени``: a time zone, its adjective no place either
    if known_body(tokens):
        return False  # ``Росатом и Мурманская область подписали``: an organization the gazetteer knows
    if len(tokens) == 1 and person_word(analysis, tokens[0]) and not town_in(analysis, tokens[0]):
        return False
    if named_person(analysis, tokens):
        return False
    known = [t for t in tokens if known_word(t.text)]
    if len(tokens) > 1 and known and all(person_word(analysis, t) for t in known) \
            and any(has_tag(analysis, t.text, "Surn") for t in known):
        return False  # ``Ахмат-Хаджи Кадырова``
    if len(tokens) == 1 and tokens[0].pos == "ADJ":
        noun = modified_noun(analysis, tokens[0].index + 1)
        # ``Кронштадтскому бульвару`` is a street; ``Могилевской и Брестской областей`` a region
        return noun is None or noun.lemma in ADJECTIVE_HEADS or noun.lemma in ("область", "край")
    return True


def town_in(analysis: Analysis, token: Any) -> bool:
    """``в Черском``: a ``-ский`` surname's locative after ``в`` is a town of that adjective name
    (Черский, Жуковский), a person is hardly ``в`` someone."""
    before = analysis.tokens[token.index - 1] if token.index > 0 else None
    return before is not None and before.text.lower() in ("в", "во") and token.text.lower().endswith(("ском", "цком"))


SURNAME_ADJECTIVE = re.compile(r"(?:ск|цк)(?:ий|ого|ому|им|ом)$")


def named_person(analysis: Analysis, tokens: list[Any]) -> bool:
    """A span NER took for a place that holds a person: a given name and a surname of the
    dictionary in one case (``Поддержку Кирсану Илюмжинову``), or a name and a masculine
    ``-ский`` surname after an animate or unmasculine noun (``Гата Камский``: a place would be
    ``Гата Камская``)."""
    for first, second in zip(tokens, tokens[1:]):
        if not (first.text[:1].isupper() and second.text[:1].isupper()):
            continue
        case = first.feats.get("Case")
        if case is not None and case == second.feats.get("Case") \
                and has_tag(analysis, first.text, "Name") and has_tag(analysis, second.text, "Surn"):
            return True
        if first.pos in ("PROPN", "NOUN") and SURNAME_ADJECTIVE.search(second.text.lower()) \
                and (first.feats.get("Animacy") == "Anim" or not has_tag(analysis, first.text, "masc")):
            return True
    return False


def known_body(tokens: list[Any]) -> bool:
    """The whole span is a name of a body of the gazetteer (``Росатом``)."""
    hit = longest_at(body_trie(), [token_keys(t) for t in tokens], 0)
    return hit is not None and hit.last == len(tokens)


# ``Министерство по развитию Дальнего Востока``: the body's field of work, not its territory
SUBJECT_NOUNS = frozenset("развитие дело".split())
SUBJECT_OWNERS = frozenset("министерство министр минист агентство комитет департамент управление корпорация".split())


def subject_of_body(analysis: Analysis, first: int) -> bool:
    """A place that names what a body works on (``заместитель Министра по развитию Дальнего
    Востока и Арктики``), coordinated places included: no mention of the place."""
    tokens = analysis.tokens
    k = first - 1
    if k >= 0 and tokens[k].text.lower() == "и":
        k -= 1
        while k >= 0 and tokens[k].text[:1].isupper() and first - k < 6:
            k -= 1
    if k < 1 or tokens[k].lemma not in SUBJECT_NOUNS or tokens[k - 1].text.lower() != "по":
        return False
    owners = tokens[max(0, k - 6) : k - 1]
    return any(t.lemma in SUBJECT_OWNERS and t.sent == tokens[first].sent for t in owners)


def after_name_marker(analysis: Analysis, index: int, markers: frozenset[str] = NAME_MARKERS) -> bool:
    """``имени Петра Чайковского``, ``улице А. Пушкина``: a person's name after a name marker,
    skipping initials and given names."""
    i = index - 1
    tokens = analysis.tokens
    while i >= 0 and index - i <= 5:
        text = tokens[i].text
        if fold(text) in markers:
            return True
        initial = text == "." or (len(text) == 1 and text.isupper())
        given = text[:1].isupper() and has_tag(analysis, text, "Name")
        if not (initial or given):
            return False
        i -= 1
    return False


def too_short(word: str, entries: tuple[Any, ...]) -> bool:
    """``То`` is no form of ``Того``: a case form is never two letters shorter than the name."""
    lengths = [len(n) for e in entries for n in (e.name, *e.names) if " " not in n]
    return bool(lengths) and len(word) < min(lengths) - 1

# UD case -> the pymorphy3 cases it covers
OC_CASES = {"Nom": ("nomn",), "Gen": ("gent", "gen2"), "Dat": ("datv",), "Acc": ("accs",), "Ins": ("ablt",),
            "Loc": ("loct", "loc2")}
PROPER_TAGS = ("Geox", "Name", "Surn", "Patr", "UNKN")


def common_word(analysis: Analysis, token: Any, entries: tuple[Any, ...]) -> bool:
    """``Того же мнения``, ``Бор был вырублен``: a short place name (``Того``, ``Бор``, ``Луга``)
    read as the common word it also is: opening a sentence (where a capital tells nothing) unless
    tagged a proper noun, or in a case none of the place's forms has (``луга`` Nom plural is no
    form of ``Луги``)."""
    if not any(len(stem(n)) <= SHORT_STEM for e in entries for n in (e.name, *e.names) if " " not in n):
        return False
    parses = analysis.vocab(token.text)
    if not any(not any(t in str(p.tag) for t in PROPER_TAGS) for p in parses):
        return False  # no common word reads so
    if analysis.sents[token.sent].first == token.index and token.pos != "PROPN":
        return True
    geo_cases = {p.tag.case for p in parses if "Geox" in str(p.tag)}
    case = token.feats.get("Case")
    return bool(geo_cases) and case in OC_CASES and geo_cases.isdisjoint(OC_CASES[case])


ADJECTIVE_HEADS = frozenset("район улус округ поселение сельсовет улица проспект переулок бульвар площадь шоссе".split())


def modified_noun(analysis: Analysis, after: int) -> Any:
    """The noun an adjective ending before token ``after`` modifies (skipping adjectives)."""
    for token in analysis.tokens[after : after + 4]:
        if token.pos in ("NOUN", "PROPN"):
            return token
        if token.pos not in ("ADJ", "CCONJ", "PUNCT") or token.text in "«»":
            return None
    return None


LOCATION_PREPOSITIONS = frozenset("в во на".split())
LAW_NOUNS = frozenset(["кодекс"])  # ``Конституции США`` still names the country


def law_name(analysis: Analysis, first: int) -> bool:
    """``КоАП РФ``, ``Водного кодекса Российской Федерации``: the place is part of a law's name."""
    before = analysis.tokens[first - 1] if first > 0 else None
    return before is not None and (before.text in LAW_CODES or before.lemma in LAW_NOUNS)


def body_not_place(analysis: Analysis, hit: Hit, keys: list[tuple[str, ...]]) -> bool:
    """``резиденты Сколково``: a name that is a place and a body (the gazetteer knows both) names
    the body unless a preposition of location makes it a place (``в Сколково``)."""

    body = longest_at(body_trie(), keys[hit.first : hit.last], 0)
    if body is None or body.last != hit.last - hit.first:
        return False
    before = analysis.tokens[hit.first - 1] if hit.first > 0 else None
    return before is None or before.text.lower() not in LOCATION_PREPOSITIONS
