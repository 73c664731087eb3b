"""Coordinated street names after a plural street word: ``с улиц Кирова и Менжинского``,
``на улицах Ленина, Мира и Гагарина`` name one street each (:func:`.place_settlements.find_streets`
reads the first)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from .place_settlements import adjective_name

MAX_LIST = 6  # names in one list


def listed_streets(analysis: Any, streets: Iterable[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of the names listed after each street of ``streets`` whose word is plural."""
    tokens = analysis.tokens
    for start, stop, name in streets:
        word = analysis.token_at(start)
        if word is None or word.feats.get("Number") != "Plur" or " " not in name:
            continue
        noun = name.split()[0]
        last = analysis.token_at(stop - 1)
        i = last.index + 1 if last is not None else len(tokens)
        for _ in range(MAX_LIST):
            if i + 1 >= len(tokens) or tokens[i].text not in (",", "и"):
                break
            after = tokens[i + 1]
            adjective = adjective_name(analysis, tokens, i + 1, noun)
            if adjective is not None and adjective[0] == i + 2:  # ``улицы Советскую и Садовую``
                yield after.start, after.stop, f"{noun} {adjective[1]}"
            elif not (after.text[:1].isupper() and after.pos in ("PROPN", "NOUN", "X")
                    and after.feats.get("Case", "Gen") in ("Gen", "Nom")) or after.text.isupper():
                break
            else:
                yield after.start, after.stop, f"{noun} {after.text}"
            if tokens[i].text == "и":
                break
            i += 2


# prepositions before a street named by its name alone: ``авария на Менделеева``
STREET_PREPOSITIONS = frozenset("на по с со".split())


def elliptic_streets(analysis: Any, streets: Iterable[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
    """``После аварии на Менделеева`` where the text names ``улице Менделеева``: the name alone, in
    the same form after a preposition, is that street (no person)."""
    tokens = analysis.tokens
    named: dict[str, str] = {}
    for start, stop, name in streets:
        words = analysis.text[start:stop].split()  # ``улице Менделеева``; a listed one: ``Садовую``
        if len(words) in (1, 2) and words[-1][:1].isupper() and words[-1][1:].islower():
            named.setdefault(words[-1], name)
            if name.split()[-1] != words[-1]:  # an adjective's name (``улицы Садовую``): ``на Садовой``
                named.setdefault(name, name)
    for token in tokens if named else ():
        name = named.get(token.text) or adjective_street(analysis, tokens, token, named)
        if name is None or token.index == 0 or tokens[token.index - 1].text.lower() not in STREET_PREPOSITIONS:
            continue
        after = tokens[token.index + 1] if token.index + 1 < len(tokens) else None
        if after is not None and after.text[:1].isupper() and after.sent == token.sent:
            continue  # ``на Менделеева Дмитрия``: a name goes on
        yield token.start, token.stop, name


def adjective_street(analysis: Any, tokens: list[Any], token: Any, named: dict[str, str]) -> str | None:
    """The street an adjective names in another case: ``на Садовой`` of ``улица Садовая``."""
    if token.pos != "ADJ" or not token.text[:1].isupper():
        return None
    for name in named:
        noun, _, word = name.partition(" ")
        found = adjective_name(analysis, tokens, token.index, noun) if named[name] == name and word else None
        if found is not None and found[1] == word:
            return name
    return None
