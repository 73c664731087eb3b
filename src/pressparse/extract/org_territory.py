"""A body with its territory: ``министерство здравоохранения Калининградской области``,
``администрации города Томска``, ``прокуратура Ленинского района г. Барнаула``; its name, kind and place."""

from __future__ import annotations

from typing import Any

from .gazetteer import BodyEntry
from .inflect import capitalize_first, fold, genitive, stem, to_nominative
from .org_branches import federal_service, numbered
from .org_cases import by_place
from .org_coordinated import with_listed
from .org_federal_branches import office_name, official
from .org_context import FEDERAL_CITIES, Candidate, Context, kind_of, name_key, of_place
from .org_okrugs import apposed_city, municipal_okrug, quoted_territory, written_territory
from .org_remits import with_remit
from .org_heads import known_body_end, patronymic
from .org_territory_words import (
    after_city_word, city_after, city_word, complement, governed_word, listed, region_after, stop_index,
)
from .org_words import BODY_HEADS, TERRITORY_NOUNS

OFFICIAL_TERRITORY = frozenset("губернатор".split())
MAX_COMPLEMENT = 14  # words between a body's head and its territory: ``по работе со СМИ``
# a territory's kind before its name in apposition: ``городского округа Тольятти``, ``провинции Хэйлунцзян``
MUNICIPAL_NOUNS = frozenset("округ образование поселение провинция штат префектура уезд".split())
CITY_BODY_WORDS = frozenset("городской районный гордума".split())
# units of a federal body written as a separate abbreviation: ``ГУ МВД России``, ``МУ МВД России «...»``
UNIT_ABBREVIATIONS = {"ГУ": "Главное управление", "МУ": "Межмуниципальное управление", "МО": "Межмуниципальный отдел",
                      "МТУ": "Межрегиональное территориальное управление", "ТУ": "Территориальное управление"}


def followed_by_territory(ctx: Context, j: int) -> bool:
    tokens = ctx.analysis.tokens
    start = max(j, 1)
    j += 2 if numbered(tokens, j) else 0  # ``ИФНС России № 4 по Омской области``
    named_city = False  # ``по г. Липецку полковник``: the tagger may call the city an adjective
    if j < len(tokens) and fold(tokens[j].text) == "по":  # ``ГУ МВД России по Новосибирской области``
        j += 1
        if j < len(tokens) and city_word(tokens[j]):
            named_city = True
            j += 1
            if j < len(tokens) and tokens[j].text == ".":
                j += 1  # ``УМВД России по г. Липецку``
    if j >= len(tokens) or tokens[j].start not in ctx.place_at:
        return False
    if j > 0 and "\n" in ctx.analysis.text[tokens[start - 1].stop : tokens[j].start]:
        return False  # ``... центр Росгвардии`` ending a headline, ``Пермь, 18.11.2026`` the dateline under it
    stop, place = ctx.place_at[tokens[j].start]
    after = stop_index(ctx, stop, j)
    if after < len(tokens) and patronymic(tokens[after]):
        return False  # ``Сбербанк Артём Геннадьевич``: a first name
    return place.kind in ("region", "city", "district") and not (
        tokens[j].pos == "ADJ" and stop == tokens[j].stop and not (named_city and place.kind == "city"))


def with_territory(ctx: Context, entry: BodyEntry | None, first: int, head_end: int,
                   alone: bool = True) -> tuple[Candidate, int] | None:
    """The body's head, its complement, then a place or a generic territory noun."""
    tokens = ctx.analysis.tokens
    sent_end = ctx.analysis.sents[tokens[first].sent].last
    last = tokens[head_end - 1]
    if head_end - first >= 2 and last.lemma in TERRITORY_NOUNS and last.text.islower() \
            and not (head_end < len(tokens) and tokens[head_end].start in ctx.place_at):
        # the gazetteer's ``администрация города`` took the territory noun into the head: it is
        # the document's one city (region) all the same, as ``администрация области`` is
        apposed = apposed_city(ctx, head_end - 1)
        if apposed is not None:  # ``Дума городского округа город Чебоксары``
            return written_territory(ctx, entry, first, apposed[0], apposed[1]), apposed[0]
        place = ctx.only_place(TERRITORY_NOUNS[last.lemma])
        if place is not None:
            return territorial(ctx, entry, first, head_end - 1, head_end - 1, last.stop, place, rank=3), head_end
    if last.lemma in OFFICIAL_TERRITORY and ctx.region is not None and (head_end == len(tokens) or not complement(tokens[head_end], last)):
        return territorial(ctx, entry, first, head_end, head_end, last.stop, ctx.region, rank=3), head_end  # ``аппарат губернатора``
    j = head_end
    governed: str | None = None  # the case a preposition in the complement governs
    while j < min(sent_end, head_end + MAX_COMPLEMENT + 1):
        token = tokens[j]
        if token.lemma in OFFICIAL_TERRITORY and token.feats.get("Case") not in ("Gen", None):
            break  # ``внесенный в парламент Губернатором области``: the agent, not the body's territory
        if token.start in ctx.place_at and not (token.pos == "ADJ" and ctx.place_at[token.start][0] == token.stop
                                                and not after_city_word(tokens, j)) \
                and ctx.place_at[token.start][1].kind != "other":  # ``развития Арктики``: a remit, no territory
            if j > head_end and tokens[j - 1].pos == "CCONJ":
                break  # ``Минэкономразвития и Новгородская область``: two parties, no territory
            stop, place = ctx.place_at[token.start]
            after = stop_index(ctx, stop, j)
            if after < len(tokens) and patronymic(tokens[after]):
                break  # ``ПАО Сбербанк Артём Геннадьевич``: a first name, no town
            if place.kind == "country" and followed_by_territory(ctx, after):
                j = after  # ``ГУ МВД России по Новосибирской области``: the region names the branch
                continue
            if tokens[head_end - 1].lemma == "суд" and any(not (city_word(t) or t.text == ".") for t in tokens[head_end:j]):
                return None  # a court is named by its territory alone: not ``суд реконструкции ... в Сертолове``
            if place.kind == "district":
                # ``Центрального района г. Барнаула``, ``Всеволожского района Ленинградской области``
                stop = city_after(ctx, after) or region_after(ctx, after) or stop
            branch, k = with_listed(ctx, territorial(ctx, entry, first, head_end, j, stop, place), j, stop_index(ctx, stop, j))
            return with_remit(ctx, branch, head_end, k)
        if numbered(tokens, j) and followed_by_territory(ctx, j):
            j += 2  # ``Межрайонная инспекция ФНС России № 7 по Томской области``
            continue
        if (known := known_body_end(ctx, j)) is not None:
            j = known  # ``управление Федерального агентства по управлению государственным имуществом в ...``
            continue
        if token.lemma in MUNICIPAL_NOUNS and token.text.islower() and (quoted := quoted_territory(ctx, entry, first, j)):
            return quoted
        named_next = j + 1 < len(tokens) and tokens[j + 1].start in ctx.place_at
        if token.lemma in TERRITORY_NOUNS and token.text.islower() and not named_next:
            if any(t.pos == "ADJ" and t.text[:1].isupper() for t in tokens[head_end:j]):  # a territory unknown
                return written_territory(ctx, entry, first, j + 1), j + 1  # to the places, no region
            apposed = apposed_city(ctx, j)
            if apposed is not None:  # ``городского округа — город Волжский``
                return written_territory(ctx, entry, first, apposed[0], apposed[1]), apposed[0]
            place = municipal_okrug(ctx, token) or ctx.only_place(TERRITORY_NOUNS[token.lemma])
            if place is None:
                return None
            return territorial(ctx, entry, first, head_end, j, token.stop, place, rank=3), j + 1
        if token.lemma in OFFICIAL_TERRITORY and ctx.region is not None:
            # ``администрации губернатора``: the governor's region is the document's
            return territorial(ctx, entry, first, head_end, j + 1, token.stop, ctx.region, rank=3), j + 1
        if token.pos == "ADP":
            governed = None
        elif governed is None and tokens[j - 1].pos == "ADP" and token.pos in ("ADJ", "NOUN"):
            governed = token.feats.get("Case")  # ``по экономическому развитию и инвестиционной политике``
        if token.pos == "CCONJ" and j + 1 < sent_end and tokens[j + 1].text[:1].isupper() and tokens[j + 1].text[1:].islower():
            break  # ``службы и Дальневосточного ... отряда``: a capital after ``и`` starts another name
        if token.text == "," and j + 1 < len(tokens) and listed(tokens[j + 1]):
            j += 1  # ``Министерство промышленности, экономического развития и торговли ...``
            continue
        if not (complement(token, tokens[j - 1]) or governed and governed_word(token, governed)) \
                or j == head_end and fold(token.text) == "в":
            break
        j += 1
    if alone and entry is not None and entry.short_name and ctx.region is not None \
            and head_end - first == 1 and stem(tokens[first].text) == stem(entry.short_name):
        # a regional abbreviation on its own (``минсоца``) is the document region's body
        return territorial(ctx, entry, first, head_end, head_end, tokens[head_end - 1].stop, ctx.region, rank=3), head_end
    while j > head_end and tokens[j - 1].pos in ("ADP", "CCONJ"):
        j -= 1  # ``СОБРАНИЕ И ...``: a conjunction ends no name
    if tokens[first].text[:1].isupper() and j - first >= 2 and tokens[first].lemma in BODY_HEADS \
            and not tokens[j - 1].text[:1].isdigit() \
            and (any(t.text[:1].isupper() for t in tokens[first + 1 : j]) or all(t.pos != "ADP" for t in tokens[first + 1 : j])):
        # a name's start needs a name in it or a plain genitive: not ``Суд по иску прокурора``, no date
        # ``Совета Республики``: the start of a body's name, joined to the full name if there is one
        name = to_nominative(ctx.analysis, tokens[first:j])
        return Candidate(tokens[first].start, tokens[j - 1].stop, name, kind_of(tokens[first].lemma, None),
                         key="prefix:" + name_key(name), rank=6), j
    return None


def tail_of(ctx: Context, j: int, stop: int, place: Any) -> str:
    """The territory as the genitive tail: as written where it is a full genitive name
    (``Республики Беларусь``), else from the place's name (``Коми`` -> ``Республики Коми``)."""
    tokens = ctx.analysis.tokens[j : stop_index(ctx, stop, j)]  # tokens end in order: no scan to the end
    written = ctx.analysis.text[tokens[0].start : stop] if tokens else ""
    nouns = [t for t in tokens if t.pos in ("NOUN", "PROPN")]
    if len(tokens) >= 2 and nouns and nouns[0].feats.get("Case") == "Gen" and tokens[0].text[:1].isupper() \
            and not city_word(tokens[0]):
        return f"города {written}" if place.kind == "city" else written  # ``Нижнего Новгорода`` as one-word cities
    before = ctx.analysis.tokens[max(0, j - 2) : j]
    if place.kind == "city" and before and before[-1].lemma == "город" and before[-1].text.islower() \
            and fold(written) == fold(place.name):
        # ``администрации города Березники``: the name kept in the nominative; ``муниципального
        # образования город Краснодар``: the apposition as written
        return f"{fold(before[-1].text)} {written}" if fold(before[-1].text) in ("город", "города") else f"города {written}"
    if place.kind == "city" and before and before[-1].lemma in MUNICIPAL_NOUNS and before[-1].text.islower() \
            and fold(written) == fold(place.name):
        return written  # ``городского округа Тольятти``: an indeclinable apposition, no ``города``
    if place.kind == "city" and len(before) == 2 and fold(before[0].text) == "г" and before[1].text == "." and tokens \
            and tokens[-1].feats.get("Case") == "Gen" and fold(tokens[-1].text) != fold(place.name):
        return "г. " + written  # ``г. Барнаула``: declined in the text, kept as written (``г. Искитим`` is not)
    if before and before[-1].pos == "NOUN" and before[-1].text.islower() and before[-1].feats.get("Case") == "Gen" \
            and fold(written) == fold(place.name):
        return written  # ``провинции Ляонин``, ``штата Огайо``: an apposition stays in the nominative
    return of_place(place)


def territorial(ctx: Context, entry: BodyEntry | None, first: int, head_end: int, j: int,
                stop: int, place: Any, rank: int = 1) -> Candidate:
    tokens = ctx.analysis.tokens
    end = j
    while end > head_end and (city_word(tokens[end - 1]) or tokens[end - 1].text == "." or tokens[end - 1].pos in ("ADJ", "DET")):
        end -= 1  # ``администрации г. Искитим``, ``правительства самого западного региона``
    head_tokens = tokens[first:end]
    rest = ctx.analysis.text[tokens[head_end].start : tokens[end - 1].stop] if end > head_end else ""
    if entry is not None and not any(t.text[:1].isupper() for t in tokens[first + 1 : head_end]):
        head = entry.name + ((" " if rest[:1] != "," else "") + rest if rest else "")
    else:  # no template, or its words capitalized in the text (``Законодательного Собрания``)
        head = to_nominative(ctx.analysis, head_tokens)
    head = capitalize_first(head)
    lead = tokens[max(head_end, j - 4) : j]
    # ``в Северо-Кавказском федеральном округе``: a locative territory is kept as written too
    by = next((t for t in lead if fold(t.text) in ("по", "в")
               and all(city_word(u) or u.text == "." for u in tokens[t.index + 1 : j])), None) if j < len(tokens) and tokens[j].start == place_start(ctx, j, stop) else None
    if by is not None:  # ``по городу Новосибирску``: the preposition governs the case, keep it as written
        unit = UNIT_ABBREVIATIONS.get(tokens[first].text) if by.index - first >= 2 else None
        if unit is not None:  # ``ГУ МВД России``: the unit spelled out, the body as written
            written = ctx.analysis.text[tokens[first].start : stop]
            head = f"{unit} {ctx.analysis.text[tokens[first + 1].start : tokens[by.index - 1].stop]}"
            if by.index - first == 2 and (service := federal_service(tokens[first + 1])) is not None:
                head = f"{unit} {genitive(service.name)}"  # ``МТУ Ространснадзора``: the service spelled out
            return Candidate(tokens[first].start, stop, f"{head} {by_place(ctx, by, stop, place)}",
                             kind_of_body(entry, head_tokens, first, tokens, place), written, place.id, rank=rank)
        territory = by_place(ctx, by, stop, place)
        if entry is not None and tokens[first].text.isupper() and "№" not in ctx.analysis.text[tokens[first].start : by.start]:
            # ``УМВД``: the abbreviation spelled out; a numbered office (``ИФНС России № 4``) as written
            head = official(capitalize_first(entry.name))
            if territory.startswith("по г. "):  # and ``по г. Липецку`` with it
                territory = "по городу " + territory[len("по г. ") :]
        else:  # written out: as written, abbreviations and country kept (``Управления МЧС России``)
            head = to_nominative(ctx.analysis, tokens[first : by.index])
            if by.index - first == 2 and (service := federal_service(tokens[first + 1])) is not None:
                # ``Управления Роспотребнадзора по ...``: the service's short name spelled out
                head = f"{to_nominative(ctx.analysis, tokens[first : first + 1])} {genitive(service.name)}"
        return Candidate(tokens[first].start, stop, f"{head} {territory}",
                         kind_of_body(entry, head_tokens, first, tokens, place), None, place.id, rank=rank)
    tail = tail_of(ctx, j, stop, place)
    if place.kind == "city" and tail.startswith("города ") and any(t.lemma in CITY_BODY_WORDS for t in head_tokens) \
            and fold(ctx.analysis.text[tokens[j].start : stop]) == fold(tail[len("города ") :]) \
            and not (city_word(tokens[j - 1]) or tokens[j - 1].text == "."):
        tail = tail[len("города ") :]  # ``городской Думы Краснодара``, ``районный суд Ижевска``: a city's body already
    if place.kind == "city" and place.name in FEDERAL_CITIES and fold(head) == "правительство":
        tail = genitive(place.name)  # ``Правительство Севастополя``
    words = head.split()
    if len(words) > 1 and stem(words[-1]) in {stem(w) for w in tail.split()}:
        head = " ".join(words[:-1])  # template ``администрация города`` + ``города Бийска``
    name = f"{head} {tail}"
    kind = kind_of_body(entry, head_tokens, first, tokens, place)
    office = office_name(head, entry, tokens[first:head_end], place) if tokens[j - 1].pos != "ADP" else None
    if office is not None:  # ``УФНС Омской области``: a federal office is named ``по`` its region
        return Candidate(tokens[first].start, stop, office, "federal_body", None, place.id, rank=rank)
    return Candidate(tokens[first].start, stop, name, kind, None, place.id, rank=rank)


def place_start(ctx: Context, j: int, stop: int) -> int | None:
    """Start of the place mention at token ``j`` that ends at ``stop`` (a district's, at or before
    it: ``по Кировскому району г. Астрахань``), if there is one."""
    start = ctx.analysis.tokens[j].start
    found = ctx.place_at.get(start)
    return start if found is not None and (found[0] == stop or found[1].kind == "district" and found[0] < stop) else None


def kind_of_body(entry: BodyEntry | None, head_tokens: list[Any], first: int, tokens: list[Any], place: Any) -> str:
    head_lemma = next((t.lemma for t in head_tokens if t.lemma in BODY_HEADS), tokens[first].lemma)
    kind = entry.kind if entry is not None and entry.kind != "regional_body" else kind_of(head_lemma, place)
    if kind == "regional_body" and place.kind in ("city", "district"):
        kind = "municipal_body"
    return kind
