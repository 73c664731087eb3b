"""Place names qualified by a common noun (``data/place_nouns.tsv``): a facility named by a place
adjective is no place (``Баимский горно-обогатительный комбинат``); a name after a landmark noun is
an ``other`` place, not the town it resembles (``в усадьбах Михайловское, Тригорское и
Петровское``); an island keeps its noun (``на острове Русский`` -> ``остров Русский``)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from .token_index import token_index

LIST_WORDS = frozenset((",", "и"))
MAX_LIST = 7  # tokens walked back over a list of names to its noun


@cache
def nouns(role: str) -> frozenset[str]:
    from ..data import read_rows

    return frozenset(row[0] for row in read_rows("place_nouns.tsv") if len(row) > 1 and row[1] == role)


def facility(tokens: list[Any]) -> bool:
    """The span names a facility: its head (last) word is a facility noun, lower case after a name
    (``Баимский горно-обогатительный комбинат``) or a lone capitalized common noun (``Комбинату``
    as a plant's short name)."""
    last = tokens[-1]
    if last.lemma.lower() not in nouns("facility"):
        return False
    return len(tokens) == 1 or last.text.islower() or last.text.isupper()


def landmark_before(analysis: Any, tokens: list[Any]) -> bool:
    """A landmark noun stands right before the name or before the list of names it starts:
    ``усадьбах Михайловское, Тригорское и Петровское``."""
    k = tokens[0].index - 1
    while k > 0 and k > tokens[0].index - MAX_LIST and (
            analysis.tokens[k].text in LIST_WORDS or analysis.tokens[k].text[:1].isupper()):
        k -= 1
    if k < 0:
        return False
    noun = analysis.tokens[k]
    return noun.text.islower() and noun.lemma in nouns("landmark") and noun.sent == tokens[0].sent


def find_islands(analysis: Any) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of ``острове Русский``, ``острова Кижи``: the noun's lemma and the name
    as written (an island's name stands in the nominative whatever the noun's case)."""
    tokens = analysis.tokens
    for i in token_index(analysis).with_lemma(nouns("island")):
        if i + 1 >= len(tokens) or not tokens[i].text.islower():
            continue
        j = i + 1
        while j < len(tokens) and j - i <= 2 and tokens[j].text[:1].isupper() and tokens[j].text.replace("-", "").isalpha() \
                and not tokens[j].text.isupper() and tokens[j].sent == tokens[i].sent:
            j += 1
        if j == i + 1:
            continue
        yield tokens[i].start, tokens[j - 1].stop, f"{tokens[i].lemma} {analysis.text[tokens[i + 1].start : tokens[j - 1].stop]}"


def title_territory(analysis: Any, tokens: list[Any]) -> bool:
    """``Губернатором области``: common nouns of the dictionary (a title, tagged PROPN for its capital)
    before a bare territory noun name no place."""
    from .org_words import TERRITORY_NOUNS
    from .place_words import is_geo, known_word, person_word

    return len(tokens) > 1 and tokens[-1].lemma in TERRITORY_NOUNS and all(
        t.pos in ("NOUN", "PROPN") and known_word(t.text) and not is_geo(analysis, t.text)
        and not person_word(analysis, t) for t in tokens[:-1])
