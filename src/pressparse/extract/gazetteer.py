"""Matching indexes over the gazetteers of :mod:`pressparse.data`, built once per process.

Every name is keyed by the :func:`~pressparse.extract.inflect.stem` of each of its words, so one
key covers every case form (``Калининградской области`` and ``Калининградская область``). A
token is looked up by the stem of its text and of its lemma; a short place name (``Муром``,
``Ока``) by its geographic reading, which a capitalized token adds to its keys. The indexes are tries over those
keys; :func:`match` walks them over the tokens of an analysis and returns the longest hits.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from .gazetteer_case import CASED, cased, spells_word
from .inflect import fold, stem

WORD = re.compile(r"\w+(?:-\w+)*|[^\w\s]")
END = "$"  # trie key of the entries ending at a node
SHORT_ABBR = 4  # an all-capitals key this short matches only an all-capitals token
SHORT_STEM = 3  # stems this short are ambiguous: such words are keyed by their lemma


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    name: str  # canonical nominative name
    kind: str  # country, region, city, district, other
    parent: str | None = None  # name of the enclosing place
    names: tuple[str, ...] = ()  # every spelling: official, short, informal, abbreviations
    adjectives: tuple[str, ...] = ()  # ``подмосковный`` -> Московская область


@dataclass(frozen=True, slots=True)
class BodyEntry:
    name: str  # canonical nominative name
    short_name: str | None
    kind: str  # contract kind: federal_body, regional_body, legislature, ...
    names: tuple[str, ...] = ()  # every spelling, abbreviations included
    place: str | None = None  # name of the place it belongs to (federal bodies: Россия)
    regional: bool = False  # a template (``Министерство социальной политики``) + the region


@dataclass(frozen=True, slots=True)
class Hit:
    first: int  # token index
    last: int  # token index after the hit
    entries: tuple[Any, ...]
    adjective: bool = False  # matched an adjective of the place, not its name


@dataclass(slots=True)
class Trie:
    root: dict = field(default_factory=dict)
    longest: int = 0
    key: Callable[[str], str] = field(default=lambda word: word_key(word))  # a name's word -> its key

    def add(self, name: str, entry: Any) -> None:
        words = WORD.findall(name)
        if not words:
            return
        node = self.root
        for word in words:
            node = node.setdefault(self.key(word), {})
        entries = node.setdefault(END, [])
        if entry not in entries:
            entries.append(entry)
        self.longest = max(self.longest, len(words))


def word_key(word: str) -> str:
    if word.isupper() and len(word) <= SHORT_ABBR:
        return word  # РФ, НСО: case kept, so that ``рф`` in a URL is no country
    if any(c.isupper() for c in word[1:]):
        if spells_word(word):
            return CASED + fold(word)  # ``ВолГУ`` is no ``Волгу``: matched only as capitals write it
        return fold(word)  # ``УрФО``, ``КемГУ``: mixed-case abbreviations do not decline
    if word.islower() and word.endswith("о") and len(word) <= 8:
        return fold(word)  # indeclinable abbreviations: ``районо`` is no form of ``район``
    key = stem(word)
    if len(key) <= SHORT_STEM:
        return fold(lemma_of(word))  # ``мэрия`` and ``мэр`` share the stem ``мэр``: short words by lemma
    return key


def place_word_key(word: str) -> str:
    """:func:`word_key` for place names: a short capitalized word is keyed by its place reading
    (``Муром`` by ``муром``, not by ``мур``; ``Ока`` by ``ока``, not by ``око``), the reading
    :func:`word_keys` adds to a capitalized token."""
    key = word_key(word)
    if word[:1].isupper() and not word.isupper() and len(stem(word)) <= SHORT_STEM \
            and key == fold(lemma_of(word)):
        return fold(name_lemma(word))
    return key


@lru_cache(maxsize=65536)  # keyed by words: bounded over millions of releases
def name_lemma(word: str) -> str:
    """The lemma of a name: a geographic reading first, then the word itself as a noun."""
    from ..analysis.morph import morph_analyzer

    parses = morph_analyzer().parse(word)
    geo = next((p.normal_form for p in parses if "Geox" in p.tag), None)
    if geo is not None:
        return geo
    if any(p.normal_form == fold(word) and p.tag.POS == "NOUN" for p in parses):
        return word
    return lemma_of(word)


@lru_cache(maxsize=1 << 16)
def geo_lemmas(word: str) -> tuple[str, ...]:
    """Short lemmas of the geographic readings of a capitalized word (``Луге`` -> ``луга``)."""
    from ..analysis.morph import morph_analyzer

    if not word[:1].isupper() or word.isupper():
        return ()
    found = {fold(p.normal_form) for p in morph_analyzer().parse(word) if "Geox" in p.tag}
    return tuple(sorted(k for k in found if len(stem(k)) <= SHORT_STEM))


@lru_cache(maxsize=65536)
def lemma_of(word: str) -> str:
    from ..analysis.morph import morph_analyzer

    parses = morph_analyzer().parse(word)
    return parses[0].normal_form if parses else word


def token_keys(token: Any) -> tuple[str, ...]:
    return word_keys(token.text, token.lemma)


@lru_cache(maxsize=1 << 16)  # computed for every token by several layers: cached by word
def word_keys(text: str, lemma: str | None) -> tuple[str, ...]:
    if text.isupper() and len(text) <= SHORT_ABBR:
        return (text, stem(text))
    keys = {stem(text), fold(text)}
    if lemma:
        keys.add(stem(lemma))
        keys.add(fold(lemma))
    keys = {k for k in keys if len(k) > SHORT_STEM or k in (fold(text), fold(lemma))}
    if cased(text):
        keys.add(CASED + fold(text))
    keys.update(geo_lemmas(text))  # ``Луге``: the tagger's lemma ``луг`` misses the town
    if "-на-" in text:  # ``Камне-на-Оби``: the tagger declines the whole, only the town's noun declines
        from .place_words import linked_town

        town = linked_town(text)
        if town:
            keys.add(place_word_key(town))
    return tuple(sorted(keys))


def match(tokens: Sequence[Any], trie: Trie, keys: Sequence[tuple[str, ...]] | None = None,
          starts: Sequence[int] | None = None) -> list[Hit]:
    """Longest non-overlapping hits of ``trie`` over ``tokens``, left to right; ``starts``, when
    given, are the indices (in order) of the only tokens whose keys may start a name."""
    keys = keys or [token_keys(t) for t in tokens]
    if starts is None:  # most tokens start no name: the walk runs at the others alone
        root = trie.root.keys()
        starts = [i for i in range(min(len(tokens), len(keys))) if not root.isdisjoint(keys[i])]
    hits = []
    i = 0
    for k in starts:
        if k < i:
            continue  # inside the last hit
        best = longest_at(trie, keys, k)
        if best:
            hits.append(best)
            i = best.last
    return hits


def longest_at(trie: Trie, keys: Sequence[tuple[str, ...]], i: int) -> Hit | None:
    # called at every token by several layers, and most tokens start no name: the first step
    # is inlined and the hit is built once, for the last (longest) node ending a name
    if i >= len(keys):
        return None
    root = trie.root
    if root.keys().isdisjoint(keys[i]):
        return None
    frontier = [child for key in keys[i] if (child := root.get(key)) is not None]
    best, best_end = None, 0
    j = i + 1
    while True:
        for node in frontier:
            if END in node:
                best, best_end = node, j
        if j >= len(keys):
            break
        frontier = [child for node in frontier for key in keys[j] if (child := node.get(key)) is not None]
        if not frontier:
            break
        j += 1
    return Hit(i, best_end, tuple(best[END])) if best is not None else None


# --- the indexes ---------------------------------------------------------------------------


@cache
def place_entries() -> tuple[PlaceEntry, ...]:
    from .place_data import load_places

    return tuple(load_places())


@cache
def body_entries() -> tuple[BodyEntry, ...]:
    from .org_data import load_bodies

    return tuple(load_bodies())


@cache
def place_trie() -> Trie:
    trie = Trie(key=place_word_key)
    for entry in place_entries():
        for name in (entry.name, *entry.names):
            trie.add(name, entry)
    return trie


@cache
def place_adjective_trie() -> Trie:
    trie = Trie(key=place_word_key)
    for entry in place_entries():
        for adjective in entry.adjectives:
            trie.add(adjective, entry)
    return trie


@cache
def places_by_name() -> dict[str, PlaceEntry]:
    index: dict[str, PlaceEntry] = {}
    for entry in place_entries():
        index.setdefault(fold(entry.name), entry)
    return index


@cache
def city_parents() -> dict[str, tuple[str, ...]]:
    """Folded city name -> the names of its enclosing places, in gazetteer order."""
    index: dict[str, list[str]] = {}
    for entry in place_entries():
        if entry.kind == "city" and entry.parent:
            index.setdefault(fold(entry.name), []).append(entry.parent)
    return {k: tuple(v) for k, v in index.items()}


@cache
def body_trie() -> Trie:
    trie = Trie()
    for entry in body_entries():
        for name in (entry.name, *entry.names):
            trie.add(name, entry)
    return trie


@cache
def fuzzy_keys() -> dict[str, tuple[BodyEntry, ...]]:
    """One-word body names (``минпромторг``) for misspelling lookups, by stem."""
    index: dict[str, list[BodyEntry]] = {}
    for entry in body_entries():
        for name in (entry.name, *entry.names):
            words = WORD.findall(name)
            if len(words) == 1 and len(words[0]) >= 7:
                index.setdefault(stem(words[0]), []).append(entry)
    return {k: tuple(dict.fromkeys(v)) for k, v in index.items()}


def fuzzy_body(token: Any) -> BodyEntry | None:
    """The one body whose one-word name is within a small edit distance of ``token``."""
    return fuzzy_word(token.text)


@lru_cache(maxsize=1 << 14)  # every capitalized word of every document is looked up
def fuzzy_word(text: str) -> BodyEntry | None:
    word = stem(text)
    if len(word) < 7 or not text[:1].isalpha() or known_word(text):
        return None
    limit = 1 if len(word) < 10 else 2
    found: set[BodyEntry] = set()
    for key, entries in fuzzy_keys().items():
        if abs(len(key) - len(word)) <= limit and key[:2] == word[:2] and distance(key, word, limit) <= limit:
            found.update(e for e in entries if not e.regional)
    return found.pop() if len(found) == 1 else None


def known_word(word: str) -> bool:
    from ..analysis.morph import morph_analyzer

    return morph_analyzer().word_is_known(fold(word))


def distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, cut off above ``limit``."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]
