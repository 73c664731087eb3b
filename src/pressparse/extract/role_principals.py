"""A name right after a title that is not the title's holder: its principal (``помощник Хиллари
Клинтон``, ``Указом губернатора области Иван Петров назначен``), a relative's (``дочь капитана X``), or a
name a preposition keeps apart (``после встречи с журналистами Марина Кольцова``)."""

from __future__ import annotations

from typing import Any

from .names import parses
from .role_lexicon import fold, word_kind
from .role_phrases import RolePhrase
from .role_stacked import apposed
from .role_verbs import Mention, gap


def principal_then_holder(analysis: Any, phrase: RolePhrase, mention: Mention,
                          mentions: list[Mention]) -> Mention | None:
    """``адвокат Ивана Петрова Олег Сидоров``, ``директор музея Пушкина Анна Смирнова``: a genitive
    name right after a non-genitive role is its principal (or part of a body's name); the holder is
    the name in the role's case that follows at once (``распоряжением губернатора Ивана Петрова Олег
    Сидоров назначен``: a genitive role agrees with the genitive name, which holds it)."""
    after = [m for m in mentions if m.start >= mention.stop]
    if not after or not (text := gap(analysis, mention.stop, after[0].start)).isspace() or "\n" in text:
        return None
    if after[0].person == mention.person:
        return None
    if phrase.case == "Gen" or not name_cases(analysis, mention) & {"Gen"} or phrase.case not in name_cases(
            analysis, after[0]):
        return None  # the holder agrees with the role: ``пресс-секретарю губернатора Ивана Петрова Анне Котовой``
    return after[0]


def prepositional(analysis: Any, phrase: RolePhrase, mention: Mention) -> bool:
    """``после встречи с журналистами Марина Кольцова и ...``: a title a preposition governs, before
    a nominative name (the clause's subject), is no apposition to the name (an animate accusative
    looks genitive, so only the nominative tells)."""
    if phrase.first == 0 or analysis.tokens[phrase.first - 1].pos != "ADP" or phrase.acting:
        return False
    return name_cases(analysis, mention) == {"Nom"} and phrase.case not in ("Nom", None) and not worded_in(
        analysis, mention, phrase.case)


UD_CASES = {"Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}


def worded_in(analysis: Any, mention: Mention, case: str) -> bool:
    """``с главой республики Эрдни Очировым``: the surname's own ending shows the title's case where the
    tagger read the (indeclinable) name as a nominative."""
    last = analysis.text[mention.start : mention.stop].split()[-1]
    names = [p for p in parses(last) if "Surn" in p.tag and "sing" in p.tag]
    return bool(names) and not any(p.tag.case == "nomn" for p in names) and any(
        p.tag.case == UD_CASES.get(case) for p in names)


def name_cases(analysis: Any, mention: Mention) -> set[str | None]:
    return {t.feats.get("Case") for t in analysis.tokens_in(mention.start, mention.stop) if t.pos == "PROPN"}


def genitive_principal(analysis: Any, phrase: RolePhrase, mention: Mention) -> bool:
    """``Указом губернатора области Иван Петров назначен``: a genitive title before a nominative name (no apposition) is another's."""
    return phrase.case == "Gen" and not phrase.acting and name_cases(analysis, mention) == {"Nom"} and not apposed(
        analysis, phrase, mention)


def relative_before(analysis: Any, first: int) -> bool:
    """A kin noun before the phrase, over adjectives and stacked genitive titles
    (``дочь знаменитого писателя, актера и режиссера``)."""
    tokens = analysis.tokens
    k = first - 1
    while k >= 0 and first - k <= 8:
        t = tokens[k]
        if word_kind(t) == "relative":
            return True
        if not (t.pos == "ADJ" or t.text == "," or fold(t.text) == "и" or t.pos == "NOUN" and t.feats.get("Case") == "Gen"):
            return False
        k -= 1
    return False


def governed(analysis: Any, phrase: RolePhrase, mention: Mention) -> bool:
    """``помощник Хиллари Клинтон``, ``представителями Путина``: a genitive name after a phrase in
    another case is the position's principal, not its holder; ``дочь капитана X``: X is the relative."""
    if phrase.case == "Gen" and relative_before(analysis, phrase.first):
        # ``супруга губернатора Анна Иванова``: the name is the relative's; ``сын президента страны
        # Ивана Петрова``: a genitive name agrees with the role and holds it
        return name_cases(analysis, mention) != {"Gen"}
    if phrase.acting or phrase.case not in ("Nom", "Ins", "Dat", "Loc"):  # animate Acc looks like Gen
        return False
    first = analysis.token_at(mention.start)
    cases = {t.feats.get("Case") for t in analysis.tokens_in(mention.start, mention.stop) if t.pos == "PROPN"}
    if first is None or cases != {"Gen"}:
        return False
    # a first name, surely genitive; a lone surname too (``адвокат Маркива заявил``; not ``министр Петрова``)
    kinds = {"Name"} if first.stop < mention.stop else {"Name", "Surn"}
    names = [p for p in parses(first.text) if kinds & p.tag.grammemes and "sing" in p.tag]
    return bool(names) and not any(p.tag.case == "nomn" for p in names)
