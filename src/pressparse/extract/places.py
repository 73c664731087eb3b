"""Places: gazetteer names and adjectives plus natasha's LOC spans, merged per place.

A place named inside a government body's name counts (``правительство Калининградской
области``); one inside a quoted name, the credited source or a person's name does not, and an
adjective that starts an institution's name (``Кузбасский технопарк``) is part of that name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..analysis import Analysis
from ..result import Mention, Place
from . import Found
from .gazetteer import PlaceEntry, match, place_trie, places_by_name
from .inflect import fold, to_nominative
from .org_words import TERRITORY_NOUNS
from .place_adjectives import add_adjectives, coordinated_district, district_stop, elliptic_districts, port_of, port_towns
from .place_choice import choose, place_key
from .place_constituencies import constituency_towns
from .place_data import COUNTRY_OF_REGIONS
from .place_districts import merge_nicknames, merge_renamed_districts, merge_short_districts, surname_districts
from .place_kinds import guess_kind
from .place_nouns import facility, find_islands, title_territory
from .place_parts import listed_settlements
from .place_landforms import country_part, find_landforms, find_named_landforms, find_provincial_towns
from .place_shortened import merge_oblique, merge_shortened
from .place_spelling import spell_as_written
from .place_settlements import find_rivers, find_roads, find_settlements, find_streets
from .place_filters import (
    NOT_PLACES, body_not_place, hidden, law_name, name_quotes, ner_place, river_context, subject_of_body,
)
from .place_hits import ADJECTIVE_FORMS, adjective_of_noun, ambiguous, hit_span, looks_proper
from .place_street_lists import elliptic_streets, listed_streets
from .place_words import hyphenated_town
from .place_subjects import company_alias, developed_subject, no_territory, region_land, river_named
from .place_zones import PLACE, keys_of, overlaps, person_spans, source_spans, starts_of

STREET_NOUNS = frozenset("улица проспект переулок площадь бульвар шоссе набережная проезд микрорайон".split())
RESERVES = frozenset("заповедник музей-заповедник".split())


@dataclass(slots=True)
class Draft:
    name: str
    kind: str
    parent: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    known: bool = True  # from the gazetteer


def extract_places(analysis: Analysis, found: Found) -> list[Place]:
    """Every place of the document, in order of first mention."""
    quoted = name_quotes(analysis)
    source = source_spans(analysis, found.source)
    people = person_spans(analysis)
    blocked = quoted + source + people
    places: dict[str, Draft] = {}
    taken: list[tuple[int, int]] = []
    deferred: list[tuple[PlaceEntry, tuple[int, int]]] = []
    keys = keys_of(analysis)
    hits = match(analysis.tokens, place_trie(), keys, starts_of(analysis, PLACE))
    mentioned = {place_key(e.name) for hit in hits for e in hit.entries if e.kind in ("region", "country")}
    for adjective, noun in elliptic_districts(analysis):  # ``с районами, ... с Боровичским и Старорусским``
        district, span = coordinated_district(analysis, [adjective, noun]), (adjective.start, adjective.stop)
        if district is not None and not overlaps(*span, quoted + source):  # NER may read a person
            add(places, district[0], guess_kind(analysis, [adjective, noun]), None, span)
            taken.append(span)
    elliptic = list(taken)
    for hit in hits:
        span = hit_span(analysis, hit)
        if overlaps(*span, elliptic):
            continue
        if hidden(analysis, hit, span, quoted, source, people) or subject_of_body(analysis, hit.first):
            continue
        if developed_subject(analysis, hit) or company_alias(analysis, hit.first, hit.last, quoted):
            blocked.append(span)  # natasha's LOC on the same words is no place either
            continue
        district = coordinated_district(analysis, analysis.tokens[hit.first : hit.last]) \
            if hit.last - hit.first == 1 and analysis.tokens[hit.first].text.lower().endswith(ADJECTIVE_FORMS) else None
        if district is not None:  # ``в Кировском и Фрунзенском районах``: districts, not the towns
            span = (span[0], district_stop(analysis, analysis.tokens[hit.first], district[1]))
            add(places, district[0], guess_kind(analysis, [analysis.tokens[hit.first], district[1]]), None, span)
            taken.append(span)
            continue
        if not looks_proper(analysis, hit) or adjective_of_noun(analysis, hit) or body_not_place(analysis, hit, keys):
            continue
        entries = hit.entries
        if river_context(analysis, hit.first) and any(e.kind == "other" for e in entries):
            entries = tuple(e for e in entries if e.kind == "other")  # ``мост через Кубань``: the river
        elif hit.last - hit.first == 1 and river_named(analysis, hit.first):
            name = choose(entries, mentioned, analysis.text[span[0] : span[1]]).name  # ``бассейнах Тобола и Ишима``
            add(places, name, "other", None, span)
            taken.append(span)
            continue
        entry = choose(entries, mentioned, analysis.text[span[0] : span[1]])
        if ambiguous(analysis, hit, entry):
            deferred.append((entry, span))
            continue
        part = country_part(analysis, hit.first, entry)
        if part is not None and not overlaps(part[0], span[1], blocked):  # ``Центрального Казахстана``
            add(places, part[1], "other", entry.name, (part[0], span[1]))
            taken.append((part[0], span[1]))
            continue
        add(places, entry.name, entry.kind, entry.parent, span)
        taken.append(span)
    for entry, span in deferred:  # ``РБ``, ``РТ``: only a place the text also names in full
        if place_key(entry.name) in places:
            add(places, entry.name, entry.kind, entry.parent, span)
            taken.append(span)
    named = quoted + source
    full_names = [(s, e) for s, e in people if " " in analysis.text[s:e].strip()]
    for start, stop, name in find_settlements(analysis):
        if not overlaps(start, stop, taken + named + full_names):  # ``глава города Артем Лихачев``
            add(places, name, "city", None, (start, stop), known=False)
            taken.append((start, stop))
    for start, stop, name in surname_districts(analysis):  # ``заявку Березовского поселения``: no person
        if not overlaps(start, stop, taken + named):
            add(places, name, "district", None, (start, stop), known=False)
            taken.append((start, stop))
    for start, stop, entry in port_towns(analysis):  # ``Ейский порт``: the town's, no place of its own
        if not overlaps(start, stop, taken + named):
            add(places, entry.name, entry.kind, entry.parent, (start, stop))
            taken.append((start, stop))
    for start, stop, entry in constituency_towns(analysis):  # ``Тобольского избирательного округа``: the town's,
        # where the text names the town itself (a constituency is no mention of a town named nowhere else, press9)
        if place_key(entry.name) in places and not overlaps(start, stop, taken + named):
            add(places, entry.name, entry.kind, entry.parent, (start, stop))
            taken.append((start, stop))
    streets = list(find_streets(analysis))
    streets += list(listed_streets(analysis, streets))
    for start, stop, name in streets + list(elliptic_streets(analysis, streets)):
        if not overlaps(start, stop, taken + named):
            add(places, name, "district" if name.startswith("микрорайон") else "other", None, (start, stop), known=False)
            taken.append((start, stop))
    for start, stop, name in find_roads(analysis):  # ``трассу М-2 «Крым»``: kind ``other``
        if not overlaps(start, stop, taken):
            add(places, name, "other", None, (start, stop), known=False)
            taken.append((start, stop))
    for start, stop, name in find_rivers(analysis):  # ``реки Белой``: a river the gazetteer lacks
        if not overlaps(start, stop, taken + named):
            add(places, name, "other", None, (start, stop), known=False)
            taken.append((start, stop))
    for start, stop, name in find_landforms(analysis):  # ``Химкинского леса``: kind ``other``
        if not overlaps(start, stop, taken + blocked):
            add(places, name, "other", None, (start, stop), known=False)
            taken.append((start, stop))
    for start, stop, name in find_named_landforms(analysis):  # ``бухте Врангеля``: kind ``other``
        if not overlaps(start, stop, taken + named):
            add(places, name, "other", None, (start, stop), known=False)
            taken.append((start, stop))
    for start, stop, name in find_islands(analysis):  # ``на острове Русский``: kind ``other``
        if not overlaps(start, stop, taken + named):
            add(places, name, "other", None, (start, stop), known=False)
            taken.append((start, stop))
    for start, stop, name in find_provincial_towns(analysis):  # ``в Урбане штата Иллинойс``
        if not overlaps(start, stop, taken + blocked):
            add(places, name, "city", None, (start, stop), known=False)
            taken.append((start, stop))
    for span in analysis.spans:
        if span.type != "LOC" or overlaps(span.start, span.stop, taken + blocked):
            continue
        tokens = analysis.tokens_in(span.start, span.stop)
        if len(tokens) in (2, 3) and port_of(tokens[-1], tokens[0], tuple(tokens[1:-1])):
            continue  # ``Ейский порт``: a facility, its adjective the town's (``port_towns``)
        if len(tokens) > 1 and tokens[-1].lemma in RESERVES:
            continue  # ``Кроноцкий заповедник``: an institution with its own staff, an organization (press18)
        if tokens and (facility(tokens) or title_territory(analysis, tokens)):
            continue  # ``Баимский горно-обогатительный комбинат`` (a facility, press20), ``Губернатором области``
        if not tokens or len(tokens) == 1 and (tokens[0].lemma in TERRITORY_NOUNS or tokens[0].pos == "VERB") \
                or span.text.isupper():
            continue  # a generic noun; a verb (``Опубликовано:``); an all-capitals headline word (``ВРИО``)
        district = coordinated_district(analysis, tokens)  # ``в Кабанском и ... районах``: no surname
        if no_territory(analysis, tokens):  # ``Баргузинском лесничестве``, ``Ржевскому одномандатному``
            blocked.append((span.start, span.stop))
            continue
        if not (district is not None or ner_place(analysis, tokens)) or subject_of_body(analysis, tokens[0].index) \
                or law_name(analysis, tokens[0].index) or company_alias(analysis, tokens[0].index, tokens[-1].index + 1, quoted):
            continue
        land = region_land(analysis, tokens)
        if land is not None:  # ``Калужская земля``: the region its adjective names
            add(places, land.name, land.kind, land.parent, (tokens[0].start, tokens[0].stop))
            taken.append((span.start, span.stop))
            continue
        name, kind = to_nominative(analysis, tokens), guess_kind(analysis, tokens)
        if len(tokens) == 1 and "-" in tokens[0].text:
            name = hyphenated_town(tokens[0].text) or name  # ``Спасске-Рязанском``
        if len(tokens) == 1 and river_named(analysis, tokens[0].index):
            kind = "other"  # ``бассейнах Тобола``: a river
        if district is not None:  # ``в Нанайском, Амурском и Комсомольском районах``: one district each
            name, kind = district[0], guess_kind(analysis, [tokens[0], district[1]])
        if place_key(name) in NOT_PLACES:
            continue
        add(places, name, kind, None, (span.start, span.stop), known=False)
        taken.append((span.start, span.stop))
    for start, stop, name in listed_settlements(analysis, places, taken + named):  # ``Круглом Поле и Бетьках``
        add(places, name, "city", None, (start, stop), known=False)
    add_adjectives(analysis, places, taken, blocked, keys)
    merge_derived(places)
    merge_shortened(places)
    merge_oblique(places)
    merge_short_districts(places)
    merge_nicknames(places)
    merge_renamed_districts(places)
    merge_republics(places)
    locate_settlements(analysis, places)
    locate_districts(analysis, places)
    return to_records(analysis, places)


def add(places: dict[str, Draft], name: str, kind: str, parent: str | None, span: tuple[int, int],
        known: bool = True) -> None:
    key = place_key(name)
    place = places.get(key)
    if place is None:
        place = places[key] = Draft(name, kind, parent, known=known)
    place.spans.append(span)


def merge_derived(places: dict[str, Draft]) -> None:
    """``Верхоянье`` is the land of ``Верхоянский район``: an unknown ``-ье`` name joins the place
    whose name starts with its stem."""
    for key, place in list(places.items()):
        if place.known or not key.endswith("ье") or len(key) < 6:
            continue
        base = key[:-2]
        targets = [k for k in places if k != key and k.startswith(base) and " " in k]
        if len(targets) == 1:
            places[targets[0]].spans.extend(places.pop(key).spans)


def merge_republics(places: dict[str, Draft]) -> None:
    """``поселков Алтая`` beside ``Республики Алтай``: the republic, not the mountains."""
    for key, place in list(places.items()):
        if place.kind != "other" or " " in key:
            continue
        targets = [k for k, p in places.items() if p.kind == "region" and k.startswith("республика ")
                   and k.split()[-1] == key]
        if len(targets) == 1:
            places[targets[0]].spans.extend(places.pop(key).spans)


LISTED = re.compile(r"\s*(?:,|и)\s*")
WITHIN = re.compile(r"\s*|\s+(?:в|во)\s+")


def locate_settlements(analysis: Analysis, places: dict[str, Draft]) -> None:
    """``в селах Китово и Васильевское Шуйского района``: settlements the gazetteer lacks take the
    district or region named right after them (through a list of such settlements) as parent."""
    spans = sorted((s, e, key) for key, p in places.items() for s, e in p.spans)
    for n, (start, end, key) in enumerate(spans):
        place = places[key]
        if place.kind != "city" or place.known or place.parent is not None:
            continue
        for s, e, other in spans[n + 1 :]:
            target = places[other]
            gap = analysis.norm[end:s]
            if target.kind == "city" and not target.known and LISTED.fullmatch(gap):
                end = e  # the next settlement of the list
                continue
            if target.kind in ("district", "region") and WITHIN.fullmatch(gap):
                place.parent = target.name
            break


def locate_districts(analysis: Analysis, places: dict[str, Draft]) -> None:
    """``Маслянинского района Новосибирской области``, ``Кировскому району г. Астрахани``: a district
    takes the region or city named right after it as parent."""
    spans = sorted((s, e, key) for key, p in places.items() for s, e in p.spans)
    for (_, end, key), (start, _, other) in zip(spans, spans[1:]):
        place, target = places[key], places[other]
        if place.kind == "district" and place.parent is None and target.kind in ("region", "city") \
                and re.fullmatch(r"\s*(?:г\.|города|гор\.)?\s*", analysis.norm[end:start]):
            place.parent = target.name
    regions = [p for p in places.values() if p.kind == "region" and p.known]
    cities = [p for p in places.values() if p.kind == "city"]
    for place in places.values():  # else the one region (a street: the one city) the document names
        if place.parent is None and place.kind == "district" and len(regions) == 1:
            place.parent = regions[0].name
        elif place.parent is None and place.kind == "other" and len(cities) == 1 \
                and place.name.split()[0] in STREET_NOUNS:
            place.parent = cities[0].name


def to_records(analysis: Analysis, places: dict[str, Draft]) -> list[Place]:
    ordered = sorted(places.values(), key=lambda p: min(p.spans))
    ids = {place_key(p.name): f"loc{i}" for i, p in enumerate(ordered, 1)}
    known = places_by_name()
    records = []
    for place in ordered:
        parent = place.parent
        if parent is None and fold(place.name) in known:
            parent = known[fold(place.name)].parent
        if place.kind == "region" and parent == COUNTRY_OF_REGIONS:
            parent = None  # the shared gold leaves Russia's regions without a parent, Россия named or not
        mentions = tuple(
            Mention(text=analysis.text[s:e], start=s, end=e) for s, e in sorted(set(place.spans))
        )
        entry = known.get(fold(place.name)) if place.known else None
        records.append(
            Place(
                id=ids[place_key(place.name)],
                name=spell_as_written(place.name, [m.text for m in mentions], entry.names if entry else ()),
                kind=place.kind,
                parent=ids.get(place_key(parent)) if parent and place_key(parent) != place_key(place.name) else None,
                mentions=mentions,
            )
        )
    return records
