"""The words around a body's territory: what may stand between a body's head and its place
(``комитет … по работе со СМИ``, ``парламентом в июне`` not), and a city or region right after it."""

from __future__ import annotations

from typing import Any

from .inflect import fold
from .org_context import Context

CITY_WORDS = frozenset("г город зато".split())
STOP_POS = frozenset("VERB AUX PRON SCONJ NUM".split())


def governed_word(token: Any, case: str) -> bool:
    return token.pos in ("NOUN", "ADJ") and token.feats.get("Case") == case and token.text.islower()


def listed(token: Any) -> bool:
    """The next item of a listed complement: a genitive adjective or noun."""
    return token.pos in ("NOUN", "ADJ") and token.feats.get("Case") == "Gen" and token.text.islower()


# ``парламентом в июне``: a time after a preposition continues no name
TIME_NOUNS = frozenset("""январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь
    год неделя день понедельник вторник среда четверг пятница суббота воскресенье""".split())


def complement(token: Any, prev: Any) -> bool:
    if token.text == "." and fold(prev.text) == "г":
        return True
    if token.lemma in TIME_NOUNS and not (token.lemma == "среда" and (prev.pos == "ADJ" or "Part" == prev.feats.get("VerbForm"))):
        return False  # ``городской среды``, ``окружающей среды``: an environment, no Wednesday
    if token.feats.get("VerbForm") == "Part" and token.feats.get("Case") == "Gen" and token.text.islower():
        return True  # ``охраны окружающей среды``: a participle is the field's adjective
    if token.pos == "PUNCT" or token.pos in STOP_POS or token.text in "«»" or token.feats.get("Variant") == "Short":
        return False  # ``комитет ... обязан``: a short adjective is the predicate
    if token.pos in ("NOUN", "PROPN", "ADJ"):
        after_preposition = prev.pos == "ADP"
        return after_preposition or token.feats.get("Case") in ("Gen", None) or city_word(token)
    return token.pos in ("ADP", "CCONJ") and fold(token.text) in ("по", "со", "с", "и", "в", "при", "делам")


def city_after(ctx: Context, k: int) -> int | None:
    """End of ``г. Барнаула`` / ``города Барнаула`` right after a district, if there."""
    tokens = ctx.analysis.tokens
    if k < len(tokens) and tokens[k].start in ctx.place_at and tokens[k].text[:1].isupper() \
            and tokens[k].feats.get("Case") == "Gen" and ctx.place_at[tokens[k].start][1].kind == "city":
        return ctx.place_at[tokens[k].start][0]  # ``по Ленинскому району Саранска``
    if k < len(tokens) and city_word(tokens[k]):
        k += 1
        if k < len(tokens) and tokens[k].text == ".":
            k += 1
        if k < len(tokens) and tokens[k].start in ctx.place_at:
            stop, place = ctx.place_at[tokens[k].start]
            if place.kind == "city":
                return stop
    return None


def region_after(ctx: Context, k: int) -> int | None:
    """End of a region's genitive name right after a district (``района Ленинградской области``)."""
    tokens = ctx.analysis.tokens
    if k < len(tokens) and tokens[k].start in ctx.place_at and tokens[k].text[:1].isupper():
        stop, place = ctx.place_at[tokens[k].start]
        if place.kind == "region" and tokens[k].feats.get("Case") in ("Gen", None) and stop > tokens[k].stop:
            return stop
    return None


def after_city_word(tokens: list[Any], j: int) -> bool:
    """``по г. Липецку полковник``: a city after ``г.``/``городу`` even where the tagger calls it an adjective."""
    k = j - 1 if j and tokens[j - 1].text == "." else j
    return k > 0 and city_word(tokens[k - 1])


def city_word(token: Any) -> bool:
    return fold(token.text) in CITY_WORDS or token.lemma == "город"


def stop_index(ctx: Context, stop: int, j: int) -> int:
    tokens = ctx.analysis.tokens
    while j < len(tokens) and tokens[j].stop <= stop:
        j += 1
    return j
