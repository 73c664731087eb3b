"""What the organization rules share: the candidate record and the document's places."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from ..result import Place
from .inflect import fold, stem
from .org_words import BODY_HEADS, KIND_BY_HEAD
from .org_data import abbreviations

HEAD_KINDS = {lemma: kind for kind, lemmas in KIND_BY_HEAD.items() for lemma in lemmas}


@dataclass(slots=True)
class Candidate:
    """One organization mention a rule found."""

    start: int
    stop: int
    name: str  # canonical nominative name
    kind: str = "other"
    short_name: str | None = None
    place: str | None = None  # Place id
    key: str = ""  # candidates with one key are one organization
    rank: int = 5  # lower wins where candidates overlap and when choosing the name
    nested: bool = False  # a body inside another's name (``администрации губернатора`` in ``управление ...``)

    def __post_init__(self) -> None:
        if not self.key:
            self.key = name_key(self.name)


def best(candidates: list[Candidate]) -> Candidate:
    """The group's candidate that names it: the best rank, then the longest name."""
    if len(candidates) == 1:  # most groups: called tens of thousands of times per hundred documents
        return candidates[0]
    return min(candidates, key=lambda c: (c.rank, -len(c.name)))


SETTLEMENT_UNITS = (" поселение", " сельсовет")


@lru_cache(maxsize=1 << 14)  # a pure function of the name (the abbreviation table is fixed data)
def name_key(name: str) -> str:
    """Merge key: the stems of the name before ``имени``, abbreviations expanded."""

    table = abbreviations()
    core = name.split(" имени ")[0].split(" им. ")[0].replace("«", " ").replace("»", " ")
    words = [table.get(fold(w), w) if w.isupper() else w for w in core.split()]
    return " ".join(stem(w) for w in " ".join(words).split())


@dataclass(slots=True)
class Context:
    analysis: Any
    places: list[Place]
    source: str | None
    # char offset of a place mention's start -> (its end, the Place)
    place_at: dict[int, tuple[int, Place]] = field(default_factory=dict)
    region: Place | None = None  # the document's region: the most mentioned one

    def __post_init__(self) -> None:
        for place in self.places:
            for m in place.mentions:
                self.place_at[m.start] = (m.end, place)
        if self.source and is_body_credit(self.source):
            self.add_credit_places()
        regions = Counter({p.id: len(p.mentions) for p in self.places if p.kind == "region"})
        if regions:
            best = regions.most_common(1)[0][0]
            self.region = next(p for p in self.places if p.id == best)
        else:
            self.region = region_of_cities(self.places)

    def add_credit_places(self) -> None:
        """The places layer skips the credited source; a body credited there (``Источник:
        прокуратура Алтайского края``) still needs its territory."""
        from types import SimpleNamespace

        from .gazetteer import match, place_trie

        for m in re.finditer(re.escape(self.source or ""), self.analysis.norm):
            tokens = self.analysis.tokens_in(m.start(), m.end())
            for hit in match(tokens, place_trie()):
                start = tokens[hit.first].start
                if start not in self.place_at:
                    entry = hit.entries[0]
                    place = SimpleNamespace(id=None, name=entry.name, kind=entry.kind, mentions=())
                    self.place_at[start] = (tokens[hit.last - 1].stop, place)

    def place_named(self, name: str) -> Place | None:
        return next((p for p in self.places if fold(p.name) == fold(name)), None)

    def only_place(self, kind: str) -> Place | None:
        """The one place of ``kind`` (the document region for regions)."""
        if kind == "region":
            return self.region
        # ``администрации района``: a rural settlement (``Березовское сельское поселение``) is a district
        # to the places, but no ``район``
        of_kind = [p for p in self.places if p.kind == kind and not p.name.endswith(SETTLEMENT_UNITS)]
        if len(of_kind) > 1:  # ``администрация города``: the city the text keeps naming, if one stands out
            ranked = sorted(of_kind, key=lambda p: -len(p.mentions))
            if len(ranked[0].mentions) >= 3 and len(ranked[0].mentions) > 2 * len(ranked[1].mentions):
                return ranked[0]
        return of_kind[0] if len(of_kind) == 1 else None


def region_of_cities(places: list[Place]) -> Any:
    """``В Перми ... правительство края``: the one region of the cities named, though not itself
    named (a name for the body only: no place is added and the body gets none)."""
    from types import SimpleNamespace

    from .gazetteer import city_parents

    index = city_parents()  # built once, not a scan of the gazetteer per document
    parents = {parent for p in places if p.kind == "city" for parent in index.get(fold(p.name), ())}
    if len(parents) != 1:
        return None
    return SimpleNamespace(id=None, name=parents.pop(), kind="region", mentions=())


def as_known(candidate: Candidate, entry: Any) -> Candidate:
    if entry is not None:
        candidate.name, candidate.kind, candidate.key = entry.name, entry.kind, "body:" + entry.name
        candidate.short_name = entry.short_name
    candidate.rank = 0
    return candidate


def kind_of(head_lemma: str, place: Place | None) -> str:
    """An organization's kind from its head noun and the territory it belongs to."""
    if head_lemma in HEAD_KINDS:
        return HEAD_KINDS[head_lemma]
    if place is None:
        return "other"
    return {"country": "federal_body", "region": "regional_body", "city": "municipal_body",
            "district": "municipal_body"}.get(place.kind, "other")


def of_place(place: Place) -> str:
    """The place's name as the genitive tail of a body's name: ``города Бийска``."""
    from .org_cases import declined

    tail = declined(place.name, "gent")  # ``округа — Югры``: each part of a dash-joined name
    return f"города {tail}" if place.kind == "city" else tail


# cities that are subjects of the federation: ``Правительство Севастополя``, not ``... города Севастополя``
# (their departments keep ``города``: ``Департамент транспорта ... города Москвы``)
FEDERAL_CITIES = frozenset(("Москва", "Санкт-Петербург", "Севастополь"))


def is_body_credit(source: str) -> bool:
    """``пресс-служба Правительства ...``, ``прокуратура Алтайского края``: a body credited as the
    source is that body (found by the body rules), not a media outlet."""
    from .org_data import abbreviations

    words = [fold(w) for w in re.findall(r"[\w-]+", source)]
    table = abbreviations()
    # ``Минприроды Карелии``: a body's abbreviation credited is that body too
    return any(w.startswith("пресс-") or stem(w) in credit_heads()
               or w in table and stem(table[w].split()[0]) in credit_heads() for w in words)


@cache
def credit_heads() -> frozenset[str]:
    return frozenset(stem(w) for w in BODY_HEADS - {"агентство"})  # ``Агентство городских новостей`` is media
