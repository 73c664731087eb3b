"""Tests on a gazetteer hit: does it read as the place's name (:func:`looks_proper`), or as an
adjective of a noun, a person's name, a common word, a two-letter abbreviation?

Used by :mod:`.places`; the word tests behind them are memoized in :mod:`.place_words`.
"""

from __future__ import annotations

from typing import Any

from ..analysis import Analysis
from .gazetteer import Hit, PlaceEntry
from .inflect import fold
from .place_filters import ADJECTIVE_HEADS, after_name_marker, common_word, law_name, listed_town, too_short
from .place_words import has_tag, is_geo, name_reading, person_word


def hit_span(analysis: Analysis, hit: Hit) -> tuple[int, int]:
    return analysis.tokens[hit.first].start, analysis.tokens[hit.last - 1].stop


UNAMBIGUOUS = frozenset(["Россия"])


def ambiguous(analysis: Analysis, hit: Hit, entry: PlaceEntry) -> bool:
    """A two-letter abbreviation (``РБ``: Башкортостан, Бурятия or Белоруссия) other than ``РФ``."""
    text = analysis.text[analysis.tokens[hit.first].start : analysis.tokens[hit.last - 1].stop]
    return len(text) <= 2 and text.isupper() and entry.name not in UNAMBIGUOUS


def looks_proper(analysis: Analysis, hit: Hit) -> bool:
    """A name, not a homonymous common word: some token capitalized, not a lone common noun."""
    tokens = analysis.tokens[hit.first : hit.last]
    if not any(t.text[:1].isupper() for t in tokens):
        return False
    if after_name_marker(analysis, hit.first):
        return False  # ``имени Чайковского``, ``улице Киров``: a person's or a street's name
    start = tokens[0].start
    if start > 0 and analysis.text[start - 1] == ".":
        return False  # a domain: ``.РФ``
    if law_name(analysis, hit.first):
        return False  # ``КоАП РФ``, ``Водного кодекса Российской Федерации``
    after = analysis.tokens[hit.last] if hit.last < len(analysis.tokens) else None
    if len(tokens) == 1 and after is not None and after.text[:1].isupper() and has_tag(analysis, after.text, "Patr"):
        return False  # ``Артём Геннадьевич``: a given name before a patronymic
    if len(tokens) == 1 and after is not None and after.text[:1].isupper() \
            and name_reading(analysis, tokens[0], ("Name",)) and name_reading(analysis, after, ("Surn",)):
        return False  # ``Фонд Владимира Потанина``: a given name before a surname
    if len(tokens) == 1 and (surname(analysis, tokens[0]) or person_word(analysis, tokens[0])) \
            and not located(analysis, tokens[0]) and not listed_town(analysis, hit):
        return False
    if len(tokens) == 1 and (too_short(tokens[0].text, hit.entries) or common_word(analysis, tokens[0], hit.entries)):
        return False
    if len(tokens) == 1:
        token = tokens[0]
        first_in_sentence = analysis.sents[token.sent].first == token.index
        if first_in_sentence and token.pos not in ("PROPN", "X") and not is_geo(analysis, token.text):
            return False
    return True


ADJECTIVE_ENDINGS = ("ий", "ый", "ой", "ая", "яя", "ое", "ее", "ие", "ые")
# an adjective before a branch's noun names the branch (``Кировским отделением``, ``Якутским филиалом``),
# not a town the adjective resembles (``Кировское``)
UNIT_HEADS = frozenset("отделение филиал представительство подразделение лесничество".split())
ADJECTIVE_FORMS = ("ский", "ского", "скому", "ским", "ском", "ская", "ской", "скую", "ские", "ских", "скими")


def adjective_of_noun(analysis: Analysis, hit: Hit) -> bool:
    """``Красногорского района`` is no form of ``Красногорск``: an adjective matched a noun's stem."""
    last = analysis.tokens[hit.last - 1]
    if last.text.endswith(("ск", "цк")):
        return False
    # the tagger may call "Кировском" PROPN; before "районе", "улице" it is still an adjective
    following = analysis.tokens[hit.last] if hit.last < len(analysis.tokens) else None
    if following is not None and following.lemma in ("районный", "межрайонный") and hit.last + 1 < len(analysis.tokens) \
            and analysis.tokens[hit.last + 1].lemma == "суд" and last.text.lower().endswith(ADJECTIVE_FORMS):
        return True  # ``Кировский районный суд``: a city district's court, no town (``Петропавловск-Камчатский
        # городской суд`` is the city's)
    if following is not None and following.lemma in ("муниципальный", "городской") and hit.last + 1 < len(analysis.tokens):
        following = analysis.tokens[hit.last + 1]  # ``Октябрьского муниципального округа``: the head is further
    before_noun = (
        following is not None
        and following.lemma in ADJECTIVE_HEADS | UNIT_HEADS
        and (last.text.lower().endswith(ADJECTIVE_FORMS) or adjectival_name(hit, last))
    )
    if before_noun:
        return True  # the district or street is the place, not a town the adjective resembles
    if hit.last - hit.first == 1 and adjective_of_town(hit, last):
        return True  # ``села Ижевское``, ``поселке Комсомольский``: no case of Ижевск, Комсомольск
    if last.pos != "ADJ":
        return False
    if hit.last - hit.first == 1 and any(last.lemma == fold(n) for e in hit.entries for n in (e.name, *e.names)):
        return False  # ``в Иванове`` tagged ADJ with the town's own name for its lemma: the town
    # ``Кировской`` is no form of ``Кировск`` nor of ``Кировское``
    return not any(n.endswith(ADJECTIVE_ENDINGS) and adjective_form(n.split()[-1], last.text)
                   for e in hit.entries for n in (e.name, *e.names))


# endings an adjective takes and a noun town in ``-ск`` (Ижевск: Ижевска, Ижевску, Ижевском, Ижевске) never does
ADJECTIVE_ONLY = frozenset("ое ий ый ая ого ому ой ую ые ых ым ими ыми ие их им ее его ему".split())


def adjective_of_town(hit: Hit, last: Any) -> bool:
    """The word is an adjective's form built on a noun town's name (``Ижевское``, ``Михайловское``,
    ``Комсомольский``): a village or estate of that adjective name, not the town."""
    word = fold(last.text)
    names = [fold(n) for e in hit.entries for n in (e.name, *e.names) if " " not in n and n[-1:] not in "аяоеёьйыиу"]
    return any(word.startswith(n) and word[len(n):] in ADJECTIVE_ONLY for n in names) \
        and not any(word == n for n in names)


ADJECTIVAL = ("ый", "ий", "ой", "ая", "ое", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ую", "ые", "ых")


def adjectival_name(hit: Hit, last: Any) -> bool:
    """``Заполярного филиала``, ``Заречного района``: a town named by an adjective (Заполярный,
    Заречный) before the unit's or district's noun is that unit's name, as ``Кировского района`` is."""
    return last.text.lower().endswith(ADJECTIVAL) and any(
        n.lower().endswith(("ый", "ий", "ой", "ая", "ое")) for e in hit.entries for n in (e.name, *e.names))


# an adjectival name's case endings by its own: a form of another gender is another word's adjective
NAME_FORMS = {"ое": ("ое", "ого", "ому", "ым", "ом"), "ее": ("ее", "его", "ему", "им", "ем"),
              "ий": ("ий", "ого", "его", "ому", "ему", "им", "ым", "ом", "ем"), "ый": ("ый", "ого", "ому", "ым", "ом"),
              "ая": ("ая", "ой", "ую", "ою"), "яя": ("яя", "ей", "юю", "ею")}


def adjective_form(name: str, word: str) -> bool:
    """Is ``word`` a singular case form of the adjectival place name ``name`` (or no telling)?"""
    from .inflect import fold

    name, word = fold(name), fold(word)
    forms = NAME_FORMS.get(name[-2:])
    if forms is None or not word.startswith(name[:-2]) or word[len(name) - 2 :] in ("ие", "ые", "их", "ых", "им", "ым", "ими", "ыми"):
        return True
    return word[len(name) - 2 :] in forms


def located(analysis: Analysis, token: Any) -> bool:
    """``в Марксе``: a town named like a person, in the locative after ``в`` (no person stands there)."""
    before = analysis.tokens[token.index - 1] if token.index > 0 else None
    if before is not None and before.text.lower() in ("под", "подо") and token.feats.get("Case") == "Ins":
        return True  # ``под Корсаковом``: near a town
    return before is not None and before.text.lower() in ("в", "во") and token.feats.get("Case") == "Loc"


def surname(analysis: Analysis, token: Any) -> bool:
    """``памяти Чайковского``, ``А. Пушкина``: a surname that is also a town's name."""
    if not name_reading(analysis, token, ("Surn",)):
        return False
    i = token.index
    initial = i >= 2 and analysis.tokens[i - 1].text == "." and len(analysis.tokens[i - 2].text) == 1
    return initial or token.feats.get("Animacy") == "Anim"
