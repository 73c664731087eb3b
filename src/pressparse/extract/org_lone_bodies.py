"""Bodies a text names by their bare noun alone: a capitalised ``Конгресс``, ``Сенат``, ``Дума``
mid-sentence (a legislature: ``в Конгрессе``, ``Дума одобрила``; the one so named if the text names
one: ``Конгресса США``, ``Городская Дума Краснодара`` ... ``в Думу``), and a
lower-case ``полиция``, ``правительство``, ``парламент`` in a text that names no police, government
or legislature at all (``Полиция задержала ...``, ``правительство выделяет ...``). Where the text
names one, the bare noun joins it (``org_authorities``, ``org_references``) or is left alone, as
it may mean either of several.
"""

from __future__ import annotations

from typing import Any

from .inflect import fold
from .org_authorities import after_rank, first_in_sentence
from .org_context import Candidate, best, kind_of
from .org_references import head_of
from .place_zones import overlaps
from .token_index import token_index

# capitalised bare nouns that name a legislature (``Конгресс`` mid-sentence is no congress event)
LEGISLATURES = {"конгресс": ("Конгресс", ("конгресс",)), "сенат": ("Сенат", ("сенат",)), "дума": ("Дума", ("дум",))}
# lower-case bare nouns that name the text's one body of that kind -> the name, and the name
# parts of bodies of that kind the text may name instead (then the noun is theirs, not a new body)
AUTHORITIES = {
    "полиция": ("Полиция", ("полиц", "мвд", "внутренних дел", "госавтоинспекц", "гибдд", "росгварди")),
    # a Russian text's bare government with no other named is the country's (``Правительству``)
    "правительство": ("Правительство Российской Федерации", ("правительств", "кабинет", "кабмин", "администрац")),
    "парламент": ("Парламент", ("парламент", "дум", "собрани", "хурал", "курултай", "рада", "конгресс", "сейм",
                                "кнессет", "бундестаг", "ландтаг", "меджлис", "сенат", "палат")),
}
# ``глава правительства``, ``председатель правительства``: a post's title, not the body acting
POSTS = frozenset("глава председатель премьер премьер-министр вице-премьер руководитель член спикер".split())
LONE_LEMMAS = frozenset((*LEGISLATURES, *AUTHORITIES))  # the words ``add_lone_bodies`` looks at


def add_lone_bodies(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    """Bare legislature names, and bare authority nouns of a text that names no such body."""

    taken = [(c.start, c.stop) for cs in groups.values() for c in cs]
    named = [k for k, cs in groups.items() if cs]
    for token in [analysis.tokens[i] for i in token_index(analysis).with_lemma(LONE_LEMMAS)]:
        lemma = token.lemma
        if lemma not in LEGISLATURES and lemma not in AUTHORITIES:
            continue
        if token.pos not in ("NOUN", "PROPN") or token.feats.get("Number") == "Plur":
            continue
        if overlaps(token.start, token.stop, taken) or not lone(analysis, token, lemma in LEGISLATURES):
            continue
        if lemma in LEGISLATURES:
            if not token.text[:1].isupper() or token.text.isupper() or first_in_sentence(analysis, token):
                continue  # a sentence's first word may be any ``дума``; a lower-case one is a class
            name, parts = LEGISLATURES[lemma]
        else:
            name, parts = AUTHORITIES[lemma]
            if not (token.text.islower() or first_in_sentence(analysis, token)) or after_rank(analysis, token):
                continue  # ``полковник полиции``: a rank
        kind = kind_of(lemma, None)
        if lemma in LEGISLATURES and len(own := [k for k in named if head_of(best(groups[k]).name) == lemma]) == 1:
            # ``внести в Думу`` after ``Городская Дума Краснодара``: the one legislature so named
            top = best(groups[own[0]])
            key, name, kind = own[0], top.name, top.kind
        elif any(part in fold(best(groups[k]).name) for k in named for part in parts):
            continue  # the text names such a body: the noun is its, or any of several's
        elif lemma == "правительство" and any(best(groups[k]).place is not None for k in named):
            continue  # a text about a territory's bodies: its government may be that territory's, unnamed
        else:
            key = "lone:" + lemma
        groups.setdefault(key, []).append(Candidate(token.start, token.stop, name, kind, key=key, rank=9))
        taken.append((token.start, token.stop))


def lone(analysis: Any, token: Any, capitalised: bool = False) -> bool:
    """The noun alone: no adjective, number or quote before it, no genitive or name after it, no
    post before it (``главы правительства``). A capitalised noun may follow a lower-case adjective
    (``нового Конгресса``), which is no part of its name."""
    tokens = analysis.tokens
    prev = tokens[token.index - 1] if token.index else None
    nxt = tokens[token.index + 1] if token.index + 1 < len(tokens) else None
    if prev is not None and prev.sent == token.sent:
        if prev.pos == "ADJ" and not (capitalised and prev.text.islower()) or prev.pos == "NUM" or prev.text in ("«", '"') or prev.lemma in POSTS or prev.text[:1].isdigit():
            return False
        if prev.text[:1].isupper() and prev.pos in ("PROPN", "X") and prev.stop + 1 >= token.start:
            return False  # ``Госсовет Дума``-like runs of names: a longer name NER split
    if nxt is not None and nxt.sent == token.sent and nxt.start <= token.stop + 1:
        if nxt.text in ("«", '"') or nxt.pos in ("PROPN", "X") or nxt.text[:1].isupper() and nxt.pos != "PUNCT":
            return False  # ``Конгресс США``, ``правительство Мали``: the fuller name's rule
        if nxt.pos == "NOUN" and nxt.feats.get("Case") == "Gen":
            return False  # ``Конгресс профсоюзов``, ``правительство страны``
    return True
