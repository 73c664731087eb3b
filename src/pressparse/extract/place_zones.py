"""Spans of a document where a place name is part of another name, and per-token keys.

Shared by the places and organizations stages: quoted names (``ФНПЦ «Алтай»``), the credited
source (``ИТАР-ТАСС Сибирь``) and people's names hold no places.
"""

from __future__ import annotations

import re
from typing import Any

# the tries (place names, place adjectives, bodies) whose starts ``starts_of`` gives
from .token_index import ADJECTIVE, BODY, PLACE, token_index  # noqa: F401

# a nested name closes with one quote or two: «Корпорация «МСП»» and «Корпорация «МСП»
QUOTED = re.compile(r"«[^«»\n]*«[^«»\n]*»[^«»\n]*»|«[^«»\n]*»|«[^«»\n]*«[^«»\n]*»")

SPEECH = re.compile(r"[,:;!?]|\.\s")  # quoted speech has clauses; a name has none
MAX_NAME_WORDS = 12
ATTRIBUTION = re.compile(r"[ \t]*,[ \t]*—")  # "«...», — отметил он": speech, whatever its words

def keys_of(analysis: Any) -> list[tuple[str, ...]]:
    """Lookup keys of every token of ``analysis``, computed once per document."""
    return token_index(analysis).keys


def starts_of(analysis: Any, trie: int) -> list[int]:
    """Indices of the tokens whose keys may start a name of ``trie`` (``PLACE``, ``ADJECTIVE``,
    ``BODY``), in text order: the only tokens a match there needs to try."""
    return token_index(analysis).starts[trie]


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

