"""Word readings the place filters ask of the dictionary: a person's name, a known word, a tag.

The same words come back across hits and documents (``Иванов``, ``Москва``), so each answer is
kept in a plain dict keyed by the word and what else the test reads, cleared when full so a long
batch does not grow it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..analysis import Analysis
from .inflect import fold
from ..analysis.morph import morph_analyzer

NAME_TAGS = ("Name", "Surn", "Patr")
_MEMO: dict[tuple[Any, ...], bool] = {}
MAX_MEMO = 100_000


def memo_put(key: tuple[Any, ...], value: bool) -> bool:
    if len(_MEMO) >= MAX_MEMO:
        _MEMO.clear()
    _MEMO[key] = value
    return value


CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}


def name_reading(analysis: Analysis, token: Any, tags: tuple[str, ...] = NAME_TAGS) -> bool:
    """Some reading of the word is a person's name in the case the tagger gave it: ``Муром`` as
    an accusative is no ``Мур`` in the instrumental."""
    case = CASES.get(token.feats.get("Case", ""))
    key = ("reading", token.text, case, tags)
    found = _MEMO.get(key)
    if found is None:
        found = memo_put(key, any(any(tag in p.tag for tag in tags) and (case is None or case in p.tag)
                                  for p in analysis.vocab(token.text)))
    return found


def has_tag(analysis: Analysis, word: str, tag: str) -> bool:
    """Some reading's tag, written out, holds ``tag``."""
    key = ("tag", word, tag)
    found = _MEMO.get(key)
    if found is None:
        found = memo_put(key, any(tag in str(p.tag) for p in analysis.vocab(word)))
    return found


def person_word(analysis: Analysis, token: Any) -> bool:
    """A given name or surname of the dictionary that is no place name (``Дмитрий``, not ``Киров``);
    a word the dictionary does not know (``Тусоне``) is only guessed, so it tells nothing."""
    key = ("person", token.text)
    found = _MEMO.get(key)
    if found is not None:
        return found
    if not known_word(token.text):
        return memo_put(key, False)
    parses = analysis.vocab(token.text)
    tags = [str(p.tag) for p in parses]
    return memo_put(key, any(t in tag for tag in tags for t in NAME_TAGS) and not any("Geox" in tag for tag in tags))


def known_word(word: str) -> bool:
    key = ("known", word)
    found = _MEMO.get(key)
    if found is None:
        found = memo_put(key, morph_analyzer().word_is_known(fold(word)))
    return found


def is_geo(analysis: Analysis, word: str) -> bool:
    """Some reading of the word is a place name of the dictionary."""
    key = ("geo", word)
    found = _MEMO.get(key)
    if found is None:
        found = memo_put(key, any("Geox" in p.tag for p in analysis.vocab(word)))
    return found


@lru_cache(maxsize=1 << 12)  # pure: two dictionary parses and inflections per call, for words that recur
def hyphenated_town(word: str) -> str | None:
    """``Спасске-Рязанском`` -> ``Спасск-Рязанский``: a town's noun and an adjective joined by a
    hyphen, each put into the nominative, the adjective agreeing with the noun (the dictionary
    reads the whole as one unknown adjective)."""
    from ..analysis.morph import morph_analyzer

    parts = word.split("-")
    if len(parts) == 3 and parts[1] in LINKS:
        return linked_town(word)
    if len(parts) != 2 or not all(p[:1].isupper() and p[1:].islower() for p in parts):
        return None
    morph = morph_analyzer()
    # the first readings that agree in case (``Усолье-Сибирском``: the noun's locative, not its nominative)
    pairs = ((n, a) for n in morph.parse(parts[0].lower()) if "Geox" in n.tag and n.tag.POS == "NOUN"
             for a in morph.parse(parts[1].lower()) if a.tag.POS == "ADJF" and a.tag.case == n.tag.case
             and a.tag.gender in (None, n.tag.gender))
    noun, adjective = next(pairs, (None, None))
    if noun is None:
        return None
    head = noun.inflect({"nomn", "sing"})
    tail = adjective.inflect({"nomn", "sing", noun.tag.gender}) if noun.tag.gender else None
    if head is None or tail is None:
        return None
    return f"{head.word.capitalize()}-{tail.word.capitalize()}"


LINKS = frozenset(("на",))  # ``Ростов-на-Дону``, ``Камень-на-Оби``, ``Комсомольск-на-Амуре``


@lru_cache(maxsize=1 << 12)  # pure; asked for every hyphenated token by the gazetteer keys
def linked_town(word: str) -> str | None:
    """``Камне-на-Оби`` -> ``Камень-на-Оби``: only the town's noun declines; the river after ``на``
    stays as written."""
    first, link, river = word.split("-")
    if link not in LINKS or not (first[:1].isupper() and first[1:].islower() and river[:1].isupper()):
        return None
    parses = [p for p in morph_analyzer().parse(first.lower()) if p.tag.POS == "NOUN"]
    noun = next((p for p in parses if "Geox" in p.tag), parses[0] if parses else None)
    head = noun.inflect({"nomn", "sing"}) if noun is not None else None
    return f"{head.word.capitalize()}-{link}-{river}" if head is not None else None
