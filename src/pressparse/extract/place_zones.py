"""Spans of a document where a place name is part of another name, and per-token keys.

Shared by the places and organizations stages: quoted names (``ФНПЦ «Алтай»``), the credited
source (``ИТАР-ТАСС Сибирь``) and people's names hold no places.
"""

from __future__ import annotations

import re
from typing import Any

from .gazetteer import body_trie, place_adjective_trie, place_trie, word_keys

# a nested name closes with one quote or two: «Корпорация «МСП»» and «Корпорация «МСП»
QUOTED = re.compile(r"«[^«»\n]*«[^«»\n]*»[^«»\n]*»|«[^«»\n]*»|«[^«»\n]*«[^«»\n]*»")

SPEECH = re.compile(r"[,:;!?]|\.\s")  # quoted speech has clauses; a name has none
MAX_NAME_WORDS = 12
ATTRIBUTION = re.compile(r"[ \t]*,[ \t]*—")  # "«...», — отметил он": speech, whatever its words

# (text, lemma) -> (lookup keys, bit set of the tries those keys may start a name in): a plain
# dict, cleared at a size limit, is cheaper per token than a bounded lru_cache
_KEYS: dict[tuple[str, str], tuple[tuple[str, ...], int]] = {}
MAX_MEMO = 1 << 16
PLACE, ADJECTIVE, BODY = 1, 2, 4  # the tries: place names, place adjectives, bodies


def keys_of(analysis: Any) -> list[tuple[str, ...]]:
    """Lookup keys of every token of ``analysis``, computed once per document."""
    found = analysis.memo.get("keys")
    if found is None:
        found = index_keys(analysis)
    return found


def starts_of(analysis: Any, trie: int) -> list[int]:
    """Indices of the tokens whose keys may start a name of ``trie`` (``PLACE``, ``ADJECTIVE``,
    ``BODY``), in text order: the only tokens a match there needs to try."""
    if "starts" not in analysis.memo:
        index_keys(analysis)
    return analysis.memo["starts"][trie]


def index_keys(analysis: Any) -> list[tuple[str, ...]]:
    memo = _KEYS
    if len(memo) > MAX_MEMO:
        memo.clear()
    get = memo.get
    keys: list[tuple[str, ...]] = []
    starts: dict[int, list[int]] = {PLACE: [], ADJECTIVE: [], BODY: []}
    places, adjectives, bodies = starts[PLACE], starts[ADJECTIVE], starts[BODY]
    for i, t in enumerate(analysis.tokens):
        pair = (t.text, t.lemma)
        known = get(pair)
        if known is None:
            known = memo[pair] = key_entry(t.text, t.lemma)
        keys.append(known[0])
        if known[1]:
            if known[1] & PLACE:
                places.append(i)
            if known[1] & ADJECTIVE:
                adjectives.append(i)
            if known[1] & BODY:
                bodies.append(i)
    analysis.memo["keys"] = keys
    analysis.memo["starts"] = starts
    return keys


def key_entry(text: str, lemma: str) -> tuple[tuple[str, ...], int]:
    keys = word_keys(text, lemma)  # token_keys, inlined
    tries = 0
    if not place_trie().root.keys().isdisjoint(keys):
        tries |= PLACE
    if not place_adjective_trie().root.keys().isdisjoint(keys):
        tries |= ADJECTIVE
    if not body_trie().root.keys().isdisjoint(keys):
        tries |= BODY
    return keys, tries


def quoted_spans(analysis: Any) -> list[tuple[int, int]]:
    """``«...»`` names of the text, nested quotes included; quoted speech is no name."""
    return [(m.start(), m.end()) for m in QUOTED.finditer(analysis.norm)
            if is_name(m.group()) and not ATTRIBUTION.match(analysis.norm, m.end())]


def is_name(quoted: str) -> bool:
    inner = quoted[1:-1]
    return len(inner.split()) <= MAX_NAME_WORDS and not SPEECH.search(inner)


def source_spans(analysis: Any, source: str | None) -> list[tuple[int, int]]:
    if not source:
        return []
    return [(m.start(), m.end()) for m in re.finditer(re.escape(source), analysis.norm)]


def person_spans(analysis: Any) -> list[tuple[int, int]]:
    return [(s.start, s.stop) for s in analysis.spans if s.type == "PER"]


def overlaps(start: int, stop: int, spans: list[tuple[int, int]]) -> bool:
    for a, b in spans:  # a loop, not any() over a generator: called for every candidate
        if start < b and a < stop:
            return True
    return False

