"""Spans of a document where a place name is part of another name, and per-token keys.

Shared by the places and organizations stages: quoted names (``ФНПЦ «Алтай»``), the credited
source (``ИТАР-ТАСС Сибирь``) and people's names hold no places.
"""

from __future__ import annotations

import re
from typing import Any

from .gazetteer import word_keys

# a nested name closes with one quote or two: «Корпорация «МСП»» and «Корпорация «МСП»
QUOTED = re.compile(r"«[^«»\n]*«[^«»\n]*»[^«»\n]*»|«[^«»\n]*»|«[^«»\n]*«[^«»\n]*»")

SPEECH = re.compile(r"[,:;!?]|\.\s")  # quoted speech has clauses; a name has none
MAX_NAME_WORDS = 12
ATTRIBUTION = re.compile(r"[ \t]*,[ \t]*—")  # "«...», — отметил он": speech, whatever its words

_LAST: list[Any] = [None, None]  # (analysis, keys): the stages of one document share the keys


def keys_of(analysis: Any) -> list[tuple[str, ...]]:
    """Lookup keys of every token of ``analysis``, computed once per document."""
    if _LAST[0] is not analysis:
        _LAST[0] = analysis
        _LAST[1] = [word_keys(t.text, t.lemma) for t in analysis.tokens]  # token_keys, inlined
    return _LAST[1]


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
    return any(start < b and a < stop for a, b in spans)

