"""How far a role's title reaches after its position word: its field (``министр финансов``,
``заместитель губернатора по промышленной политике``), a chain (``заместитель председателя
правительства – министр финансов``) and comma lists of fields. The organization words after the
title are ``role_reach``."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .names import parses
from .role_coordination import join_adjectives, join_nouns
from .role_laid import LAY_ON, plants_field, until_appointed
from .role_lexicon import fold, lemma_set, match_position, token_lemmas, word_kind
from .role_tail_bodies import adjective_head, one_word_body, quoted_head

FIELD_PREPOSITIONS = frozenset({"по", "с", "со"})
NOT_FIELDS = frozenset({"данные", "данный", "слово", "мнение", "информация", "итог", "оценка", "сообщение",
                        "образование", "профессия", "специальность", "приглашение", "поручение",
                        "собственный", "состояние", "результат", "инициатива", "просьба", "требование",
                        # ``депутат по округу № 5``, ``по одномандатному избирательному округу``: a seat, no field
                        "округ", "избирательный", "одномандатный"})
DUTY_VERBS = frozenset({"исполнять", "исполнить"})
DUTY_GAP = frozenset({"быть", "временно", "продолжить", "стать", "начать"})
AGREEING = frozenset({"ADJ", "DET", "NUM", "VERB"})
DEMONSTRATIVES = frozenset({"этот", "это", "данный", "указанный"})
# ``директор с октября``, ``начальник с 2020 года``: a time after ``с``/``до`` is when, not a field
TIME_WORDS = frozenset({"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
                        "октябрь", "ноябрь", "декабрь", "год", "начало", "середина", "конец", "осень", "весна",
                        "лето", "зима", "прошлый", "минувший", "текущий", "этот"})


def drop_stop_words(tokens: list[Any], i: int, head_end: int) -> int:
    """``глава региона`` in the lexicon is still title ``глава``: territories and bodies leave (not
    from a post role_positions.tsv lists whole: ``капитан морского порта``)."""
    if whole_post(tokens, i, head_end):
        return head_end
    for k in range(i + 1, head_end):
        if word_kind(tokens[k]) == "stop":
            if any(match_position(tokens, n, head_end) for n in range(k + 1, head_end)):
                continue  # ``председатель совета директоров``: a position after the body stays
            while k > i + 1 and tokens[k - 1].pos == "ADJ":
                k -= 1  # ``депутат Государственной Думы``: the body's adjectives leave with it
            return k
    return head_end


def whole_post(tokens: list[Any], i: int, head_end: int) -> bool:
    return any(len(key) == head_end - i and all(token_lemmas(tokens[i + k]) & key[k] for k in range(len(key)))
               for key in whole_posts())


@cache
def whole_posts() -> tuple[tuple[frozenset[str], ...], ...]:
    """Posts of role_positions.tsv that name a body's word (``капитан морского порта``)."""
    from .. import data

    keys = (tuple(lemma_set(w) for w in r["title"].split()) for r in data.load_tsv("role_positions"))
    return tuple(k for k in keys if len(k) > 1)


def chain(analysis: Any, j: int, end: int, name_starts: set[int], orgs: list) -> int:
    """Extend the title over genitive positions and field words; return the index after them."""
    tokens = analysis.tokens
    start = j  # ``министр по делам молодежи``, ``директор по развитию``: a field right after the head
    after_unit = j > 0 and word_kind(tokens[j - 1]) == "unit"
    after_position = False  # ``заместитель главного врача по хирургии``: the deputy's field
    while j < end:
        token = tokens[j]
        if token.start in name_starts or begins(token.start, orgs) and word_kind(token) != "unit":
            break
        if new_line(analysis, j) or fold(token.text).startswith("экс-") or (
                token.text in PLACE_ABBR and j + 1 < end and tokens[j + 1].text == "."):
            break  # ``по представлению прокурора экс-директор X``: a title of its own starts; ``прокурору г. Белово``
        found = match_position(tokens, j, end)
        if found and is_genitive(token):
            after_position = j == start and drop_stop_words(tokens, j, found[0]) == found[0]
            j = drop_stop_words(tokens, j, found[0])
            after_unit = False
            continue
        if token.text == "," and j > start and (k := comma_fields(analysis, j, end, name_starts, orgs)):
            j = k
            continue
        if fold(token.text) == "и" and j + 1 < end:
            np_end = field_np(analysis, j + 1, end, name_starts, orgs)
            if np_end and not match_position(tokens, j + 1, end):
                j = np_end
                continue
            break
        if fold(token.text) == "по" and j + 1 < end and fold(tokens[j + 1].lemma) in NOT_FIELDS and not after_unit:
            break  # ``врач по образованию``, ``по словам``
        if fold(token.text) in ("с", "со") and j + 1 < end and (
                fold(tokens[j + 1].lemma) in TIME_WORDS or tokens[j + 1].text[:1].isdigit()):
            break
        if fold(token.text) in FIELD_PREPOSITIONS and (after_unit or j == start or after_position
                                                       or token_is_field(tokens[j - 1])):
            k = prepositional(analysis, j, end, name_starts, orgs)
            if k > j + 1:
                j = k
                continue
            break
        np_end = field_np(analysis, j, end, name_starts, orgs)
        if not np_end:
            break
        after_unit = word_kind(tokens[np_end - 1]) == "unit" or after_unit
        j = np_end
    return j


def duty_verb_follows(tokens: list[Any], j: int, end: int) -> bool:
    """``обязанности ROLE (будет) исполнять``: a form of исполнять within a few words (a time adverbial,
    ``с апреля 2025 года``, not counted)."""
    from .role_reach import MONTHS

    words = until_appointed(tokens[j:end])
    lemmas = [fold(t.lemma) for t in words[:3]]
    if lemmas[:1] == ["временно"]:
        lemmas = lemmas[1:]
    if lemmas[:2] and lemmas[0] in LAY_ON and lemmas[1:2] == ["на"]:
        return True  # ``обязанности ROLE (временно) возложены на X``
    dated = [t for t in tokens[j : min(end, j + 8)] if not (
        t.pos in ("ADP", "NUM") or t.text.isdigit() or fold(t.lemma) in MONTHS | {"год", "лет"})]
    for t in dated[:3]:
        lemma = fold(t.lemma)
        if lemma in DUTY_VERBS:
            return True
        if lemma not in DUTY_GAP:
            return False
    return False


def comma_fields(analysis: Any, j: int, end: int, name_starts: set[int], orgs: list) -> int:
    """``министр промышленности, новой технологии и природных ресурсов``: a comma list of field
    words closed by ``и``; the index after it, or 0."""
    tokens = analysis.tokens
    k = j
    while k < end and analysis.norm[tokens[k].start : tokens[k].stop] == ",":
        np_end = field_np(analysis, k + 1, end, name_starts, orgs) or shared_noun(tokens, k + 1, end)
        if not np_end or match_position(tokens, k + 1, end):
            return 0
        k = np_end
    if k > j and any(fold(t.text) == "и" for t in tokens[j:k]):
        return k  # ``энергетики, жилищного и коммунального хозяйства``: the last item's adjectives closed it
    if k == j or k + 1 >= end or fold(tokens[k].text) != "и" or match_position(tokens, k + 1, end):
        return 0
    return field_np(analysis, k + 1, end, name_starts, orgs)


def shared_noun(tokens: list[Any], j: int, end: int) -> int:
    """``энергетики, жилищного и коммунального хозяйства``: an adjective sharing the noun after ``и``."""
    if j + 1 < end and tokens[j].pos == "ADJ" and tokens[j].feats.get("Case") == "Gen" and fold(tokens[j + 1].text) == "и":
        return j + 1
    return 0


def new_line(analysis: Any, j: int) -> bool:
    """A line break before token ``j``: headlines and datelines end phrases."""
    return j > 0 and "\n" in analysis.text[analysis.tokens[j - 1].stop : analysis.tokens[j].start]


def token_is_field(token: Any) -> bool:
    return word_kind(token) == "unit"


def is_genitive(token: Any) -> bool:
    if token.feats.get("Case") == "Gen":
        return True
    return any(p.tag.case == "gent" for p in parses(token.text))


def field_np(analysis: Any, j: int, end: int, name_starts: set[int], orgs: list) -> int:
    """End of a genitive noun phrase that belongs to the title, or 0."""
    tokens = analysis.tokens
    if j < end and fold(tokens[j].lemma) in DEMONSTRATIVES:
        return 0  # ``заместитель начальника этого управления``: a reference to a body, not a field
    k = j
    while k < end and (tokens[k].pos in AGREEING and tokens[k].feats.get("VerbForm") not in ("Fin", "Inf")
                       or bracketed_adjective(tokens, k, end)):
        k += 3 if tokens[k].text == "(" else 1  # ``крестьянского (фермерского) хозяйства``
    k = join_adjectives(tokens, j, k, end)  # ``имущественных и земельных отношений``
    if k >= end:
        return 0
    noun = tokens[k]
    kind = word_kind(noun)
    words = tokens[j : k + 1]
    if any(t.start in name_starts for t in words):
        return 0
    if kind == "domain":
        return k + 1
    if noun.pos not in ("NOUN", "PROPN") or not is_genitive(noun):
        return 0
    if kind == "unit":  # not ``директор дирекции`` after ``ГКУ «Дирекция ...»``: the body
        return 0 if k == j and quoted_head(analysis, noun, orgs) else k + 1
    if kind == "stop" or any(begins(t.start, orgs) for t in words):
        return 0
    if any(t.text[:1].isupper() for t in words) and not named_in_body(analysis, j, k, orgs):
        return 0
    if noun.feats.get("Case") not in (None, "Gen"):
        return 0
    if any(t.text.isupper() and len(t.text) > 1 for t in words):
        return 0
    if not any(p.is_known and p.tag.POS == "NOUN" for p in parses(noun.text)):
        return 0  # ``минсоца``: a body's abbreviation; ``омской налоговой``: an adjective standing for a body
    if k == j and one_word_body(analysis, noun, orgs):
        return 0  # ``председатель облизбиркома`` with ``Облизбирком`` named: the body, not a field
    if k == j and quoted_head(analysis, noun, orgs):  # not ``автомобильных дорог`` with «... автомобильные дороги»
        return 0  # ``директор хлебокомбината`` after ``АО «Северный хлебокомбинат»``: the body, not a field
    if k == j and adjective_head(analysis, noun, orgs):
        return 0  # ``заместитель начальника дороги`` with ``Куйбышевской железной дороги`` named: the body
    return k + 1


def bracketed_adjective(tokens: list[Any], k: int, end: int) -> bool:
    """``(фермерского)`` between an adjective and its noun: one bracketed agreeing word."""
    return (tokens[k].text == "(" and k > 0 and tokens[k - 1].pos == "ADJ" and k + 3 < end
            and tokens[k + 1].pos == "ADJ" and tokens[k + 2].text == ")")


def named_in_body(analysis: Any, j: int, k: int, orgs: list) -> bool:
    """``министр развития Арктики и экономики`` beside ``Министерство развития Арктики и экономики``:
    a capitalized field word between field words or inside the body's own name (not ``финансов России``)."""
    tokens = analysis.tokens
    if k != j or j == 0 or tokens[j - 1].pos != "NOUN" or not tokens[j - 1].text[:1].islower():
        return False
    if j + 2 < len(tokens) and fold(tokens[j + 1].text) == "и" and tokens[j].pos != "ADJ" and word_kind(tokens[j]) is None:
        after = tokens[j + 2]  # ``развития Арктики и экономики``: field words on both sides
        if after.pos == "NOUN" and after.text[:1].islower() and is_genitive(after) and word_kind(after) in (None, "domain") and (
                not match_position(tokens, j + 2, len(tokens))):
            return True
    pair = fold(f"{tokens[j - 1].text} {tokens[j].text}")
    for a, b in orgs:
        if a <= tokens[j].start < b:
            continue
        text = fold(analysis.norm[a:b])
        at = text.find(pair)
        if at > 0 and re.match(r" (?:и )?[а-яё]", analysis.norm[a + at + len(pair) : b]):
            return True
    return False


def prepositional(analysis: Any, j: int, end: int, name_starts: set[int], orgs: list) -> int:
    """``по работе с предприятиями и организациями``: field words after a unit."""
    tokens = analysis.tokens
    k = j + 1
    while k < end:
        t = tokens[k]
        low = fold(t.text)
        kind = word_kind(t)
        if plants_field(tokens, k) and not new_line(analysis, k) and t.start not in name_starts:
            k += 1
            continue
        if t.start in name_starts or new_line(analysis, k) or any(
                a <= t.start < b and a > tokens[j - 1].start for a, b in orgs):
            break  # a body named after the field; the unit's own name (``отдела по культуре ...``) goes on
        if t.text[:1].isupper() and kind != "domain" and not named_field(tokens, j, k, end):
            break
        if t.pos == "ADP" and low not in FIELD_PREPOSITIONS:
            break
        if low == "," and (joined := max(join_adjectives(tokens, j, k, end), join_nouns(tokens, k, end))) > k:
            k = joined  # ``по бюджетной, налоговой и экономической политике``
            continue
        if t.pos in ("PUNCT", "VERB", "AUX", "PRON", "SCONJ"):
            break
        if kind == "stop" and t.feats.get("Case") == "Gen" and tokens[k - 1].pos != "ADP":
            while k > j + 2 and tokens[k - 1].pos == "ADJ" and tokens[k - 1].feats.get("Case") == "Gen":
                k -= 1  # ``проректор по науке технического университета``: the body's adjectives leave with it
            break
        if t.pos == "CCONJ" and low != "и":
            break
        k += 1
    while k > j + 1 and tokens[k - 1].pos in ("ADP", "CCONJ"):
        k -= 1
    return k


def named_field(tokens: list[Any], j: int, k: int, end: int) -> bool:
    """``по развитию Дальнего Востока и Арктики``: capitalized words governed by a field noun, not a
    territory (``по делам молодежи Самарской области``) nor a body."""
    if k <= j + 1 or not (tokens[k - 1].pos == "NOUN" and tokens[k - 1].text[:1].islower()
                          or tokens[k - 1].text[:1].isupper() or fold(tokens[k - 1].text) == "и"):
        return False
    n = k
    while n < end and (tokens[n].text[:1].isupper() or fold(tokens[n].text) == "и" and n > k):
        if word_kind(tokens[n]) in ("stop", "unit") or tokens[n].text.isupper() and len(tokens[n].text) > 1:
            return False
        n += 1
    return fold(tokens[n - 1].text) != "и"


PLACE_ABBR = frozenset({"г", "гор", "пос", "пгт", "с", "д", "ст"})  # ``г. Белово``: the tail's place


def begins(offset: int, spans: list[tuple[int, int]]) -> bool:
    """An organization mention starts here (words inside one may still be field words)."""
    return any(a == offset for a, _ in spans)

