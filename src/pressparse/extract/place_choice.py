"""The likeliest of homonymous gazetteer places for a mention (``Ставрополе``: Ставрополь, not
Ставрополье; ``Кировск`` in the region the text names)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .gazetteer import PlaceEntry
from .inflect import fold

PRIORITY = {"country": 0, "region": 1, "city": 2, "district": 3, "other": 4}


def choose(entries: tuple[Any, ...], mentioned: set[str] = frozenset(), text: str = "") -> PlaceEntry:
    """The likeliest of homonymous places: the one whose name the text spells closest
    (``Ставрополе`` is Ставрополь, not Ставрополье); a city in a region the text names; a federal
    city (Москва) as a city; else country, region, city, district in that order."""
    cities = {fold(e.name) for e in entries if e.kind == "city"}
    return min(entries, key=lambda e: (
        -closeness(text, e),
        e.kind == "city" and e.parent is not None and place_key(e.parent) not in mentioned,
        e.kind == "region" and fold(e.name) in cities,
        PRIORITY.get(e.kind, 9),
    ))


def closeness(text: str, entry: PlaceEntry) -> int:
    """How well ``text`` spells one of the entry's names: shared prefix less the length gap."""
    return spelling_closeness(text, entry.name, entry.names)


@lru_cache(maxsize=1 << 14)  # the same names recur in every document
def spelling_closeness(text: str, first: str, names: tuple[str, ...]) -> int:
    word = fold(text)
    best = -99
    for name in (first, *names):
        name = fold(name)
        prefix = next((i for i, (a, b) in enumerate(zip(word, name)) if a != b), min(len(word), len(name)))
        best = max(best, prefix - abs(len(name) - len(word)))
    return best if word else 0


@lru_cache(maxsize=1 << 14)  # called for every mention and entry: names recur
def place_key(name: str) -> str:
    """``Валдайский муниципальный район`` and ``Валдайский район`` are one place."""
    return " ".join(w for w in fold(name).split() if w not in ("муниципальный", "городской"))
