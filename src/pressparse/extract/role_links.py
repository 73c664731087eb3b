"""The records that tie a role phrase to a person, and the text between them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .role_phrases import RolePhrase


@dataclass(slots=True)
class Mention:
    start: int
    stop: int
    person: int  # index of the person


@dataclass(slots=True)
class Link:
    phrase: RolePhrase
    person: int
    status: str


def same_sentence(analysis: Any, a: int, b: int) -> bool:
    ta, tb = analysis.token_at(max(0, a - 1)), analysis.token_at(b)
    return ta is not None and tb is not None and ta.sent == tb.sent


def lead(analysis: Any, phrase: RolePhrase) -> int:
    """Where the phrase starts with its lowercase adjectives (``Оливер Кан (запасной вратарь)``,
    ``будет запасным вратарем``): they stand between the name or verb and the position."""
    tokens = analysis.tokens
    k = phrase.first
    while k > 0 and tokens[k - 1].pos == "ADJ" and tokens[k - 1].text[:1].islower() and (
            tokens[k - 1].feats.get("Case") in (None, phrase.case)) and phrase.first - k < 3:
        k -= 1
    return tokens[k].start


def gap(analysis: Any, a: int, b: int) -> str:
    return analysis.text[a:b] if a <= b else "\0"


def tokens_between(analysis: Any, a: int, b: int) -> list[Any]:
    return analysis.tokens_in(a, b) if a < b else []

