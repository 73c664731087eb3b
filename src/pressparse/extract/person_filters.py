"""Drop name-like mentions that are not people: towns, and namesakes of funds and prizes.

A lone surname after ``в``/``во`` (``в Толмачеве``), or written elsewhere as a street's name, or joined by ``и`` / a comma to a place
(``школ Иванова и Кинешмы``) reads as a town; a name right after ``фонд``, ``премия``, ``имени``
(``фонд Владимира Потанина``) names the body, not a person of the release.
"""

from __future__ import annotations

from typing import Any

from .person_merge import Cluster

IN = {"в", "во"}
JOIN = {"и", ","}
EPONYM = {"фонд", "премия", "имени", "им", "стипендия"}
# first parts of clipped compounds that name bodies and media (``Рыбохрана``, ``Нацфронт``, ``Викиновости``)
CLIPPED = ("рыб", "нац", "вики", "гос", "глав", "спец", "мед", "фед", "рег", "обл", "гор", "соц", "агро",
           "энерго", "пром", "строй", "жил", "торг", "сель", "внеш", "евро", "медиа", "теле", "нарко", "полит",
           "фин", "транс", "водо", "роспотреб", "рос", "мос", "мин", "проф", "спорт", "авто", "нефте", "газо")


def drop_non_people(analysis: Any, clusters: list[Cluster], places: list[tuple[int, int]]) -> list[Cluster]:
    """The clusters that stay people: not every mention a town or an eponym."""
    return [c for c in clusters if not all(not_person(analysis, s.start, s.stop, c, places) for s in c.spans)]


def compound_word(word: str) -> bool:
    """A clipped first part and a common noun of five letters or more: no name of a person."""
    from .names import parses

    low = word.lower()
    for head in CLIPPED:
        rest = low[len(head):]
        if low.startswith(head) and len(rest) >= 5 and any(
                p.tag.POS == "NOUN" and len(p.normal_form) >= 5 and p.is_known
                and not {"Name", "Surn", "Patr", "Geox", "Orgn"} & p.tag.grammemes for p in parses(rest)):
            return True
    return False


STREETS = frozenset("""улица ул проспект пр пр-т переулок пер площадь пл бульвар б-р шоссе набережная наб
    проезд тупик аллея""".split())


def place_word(word: str) -> bool:
    """``Марица``, ``Марице``: the dictionary knows the word as a place too."""
    from .names import parses

    return any("Geox" in p.tag.grammemes for p in parses(word))


def street_name(analysis: Any, word: str) -> bool:
    """A lone surname the text also writes as a street's name (``улице Менделеева``)."""
    for t in analysis.tokens:
        if t.text == word and t.index > 0:
            before = analysis.tokens[t.index - 1]
            if {before.text.lower().rstrip("."), before.lemma.lower()} & STREETS:
                return True
    return False


def not_person(analysis: Any, start: int, stop: int, cluster: Cluster, places: list[tuple[int, int]]) -> bool:
    tokens = analysis.tokens_in(start, stop)
    if not tokens:
        return False
    first, last = tokens[0].index, tokens[-1].index
    before = analysis.tokens[first - 1] if first > 0 else None
    name = cluster.name
    written = analysis.text[start:stop]
    if before is not None and before.lemma.lower().rstrip(".") in EPONYM and written not in name.text:
        return True  # ``фонд Петра Иванова``, not ``директор фонда Вера Кострикина`` (nominative)
    if len(tokens) == 1 and not (name.last and name.first) and title_word(analysis, written, places):
        return True  # ``— добавил Раис`` where the text writes ``Раиса Республики Татарстан``
    if name.first and (name.last or name.middle or not place_word(written)) or len(tokens) != 1:
        return False  # a full name is a person even after ``в``; a lone first name that is also a place may not be
    if compound_word(written):
        return True  # ``Рыбохраны``, ``Нацфронта``, ``Викиновостям``: a body's clipped compound
    if before is not None and before.text in IN:
        return True
    if street_name(analysis, written):
        return True  # ``авария на Менделеева`` where the text names ``улица Менделеева``
    if place_form(analysis, written, places):
        return True  # ``автобусы до Ширяева`` where the text names ``селе Ширяево``
    after = analysis.tokens[last + 1] if last + 1 < len(analysis.tokens) else None
    if after is not None and after.text.lower() in JOIN and last + 2 < len(analysis.tokens):
        following = analysis.tokens[last + 2]
        if any(s <= following.start < e for s, e in places):
            return True
    if before is not None and before.text.lower() in JOIN and first >= 2:
        preceding = analysis.tokens[first - 2]
        if any(s < preceding.stop <= e for s, e in places):
            return True
    return False


VOWELS = "аеёиоуыэюя"


def stem_of(word: str) -> str:
    return word.lower().rstrip(VOWELS)


def place_form(analysis: Any, word: str, places: list[tuple[int, int]]) -> bool:
    """A lone surname with the stem of a one-word place the text names (``Ширяева`` beside
    ``Ширяево``): another case of the place."""
    stem = stem_of(word)
    return len(stem) >= 4 and any(" " not in (m := analysis.text[s:e]) and m != word and m[:1].isupper()
                                  and stem_of(m) == stem for s, e in places)


def title_word(analysis: Any, word: str, places: list[tuple[int, int]]) -> bool:
    """A lone name the text also writes right before a place, as a title (``Раиса Республики
    Татарстан``, the republic's head): the title said alone, no person."""
    stem = stem_of(word)
    for t in analysis.tokens[:-1]:
        if t.text[:1].isupper() and stem_of(t.text) == stem and t.text != word:
            following = analysis.tokens[t.index + 1]
            if any(s == following.start for s, _ in places) and following.text.lower().startswith(("республик", "област", "кра")):
                return True
    return False
