"""Institutions named by an adjective (``Кемеровский государственный университет``,
``Тамбовской облдумы``, ``Воронежского ГАУ``) and university abbreviations (``КемГУ``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from .gazetteer import body_trie, longest_at, place_adjective_trie, token_keys
from .gazetteer_case import plain_word
from .inflect import agree_nominative, capitalize_first, fold, genitive, stem, to_nominative
from .org_context import Candidate, Context, as_known, kind_of, name_key
from .org_data import abbreviations
from .org_territory import UNIT_ABBREVIATIONS
from .org_territory_words import CITY_WORDS, TIME_NOUNS
from .org_numbered import numbered_at
from .org_words import BODY_HEADS, EDUCATION_FORMS, EVENT_NOUNS, FACILITY_NOUNS, INSTITUTION_NOUNS, TERRITORY_NOUNS
from .token_index import token_index

# heads of a body's territorial branch or unit: the body named after them is part of the branch's name
BRANCH_HEADS = frozenset("управление отдел отделение департамент инспекция представительство".split())
UNIVERSITY_ABBR = re.compile(r"^(?:[А-ЯЁ][а-яё]{0,4}|СПб)?[А-ЯЁ]*(?:ГУ|ГАУ|ГТУ|ГПУ|ГМУ|ГЭУ|ГИ|ТУ|ГУУ|ГЮА|ГМА|ГСХА|ГАСУ)$")


def expand(text: str) -> str:
    table = abbreviations()
    return " ".join(table.get(fold(w), w) if w.isupper() else w for w in text.split())


def institutions(ctx: Context) -> Iterator[Candidate]:
    """An adjective-led name of an institution, or a university abbreviation."""
    tokens = ctx.analysis.tokens
    signs = {t.index for t in tokens if t.text == "№"} if "№" in ctx.analysis.text else set()
    near = {k - d for k in signs for d in range(1, 5)}  # a ``№`` within four tokens after
    # institution_at's cheap first test: a name opens capitalised or before a ``№``
    starts = token_index(ctx.analysis).capitalized
    if near:
        starts = sorted({*starts, *(k for k in near if 0 <= k < len(tokens))})
    i = 0
    for k in starts:
        if k < i:
            continue  # inside the last name
        found = institution_at(ctx, k, signs)
        if found is None:
            i = k + 1
            continue
        yield found[0]
        i = found[1]


def institution_at(ctx: Context, i: int, signs: set[int] = frozenset()) -> tuple[Candidate, int] | None:
    tokens = ctx.analysis.tokens
    token = tokens[i]
    if UNIVERSITY_ABBR.match(token.text) and fold(token.text) not in abbreviations() \
            and not (token.text.isupper() and plain_word(fold(token.text))):  # ``МОСТ ЧЕРЕЗ ВОЛГУ``: a headline's word
        return Candidate(token.start, token.stop, token.text, "education", token.text, rank=2,
                         key="abbr:" + token.text), i + 1
    if token.text in EDUCATION_FORMS:
        return shouted_name(ctx, i)
    if signs and any(k in signs for k in range(i + 1, i + 5)):
        numbered = numbered_at(ctx, i)
        if numbered is not None:
            return numbered
    if not (token.pos == "ADJ" and token.text[:1].isupper()) or token.text.isupper():
        return None
    if i > 0 and tokens[i - 1].lemma in BRANCH_HEADS and token.feats.get("Case") == "Gen":
        return None  # ``Управление Федеральной антимонопольной службы по ...``: a branch's name, not the body
    j = i + 1
    while j < len(tokens) and j - i < 6 and tokens[j].pos == "ADJ" and tokens[j].text[:1] not in "«":
        j += 1
    if j >= len(tokens):
        return None
    head = tokens[j]
    expansion = expansion_of(head)
    if not (head.lemma in INSTITUTION_NOUNS or expansion) or head.lemma in EVENT_NOUNS | FACILITY_NOUNS:
        return None
    if head.feats.get("Number") == "Plur" and head.text.islower():
        return None  # ``Американские компании``: a class, not a name
    end = spelled_tail(tokens, j, name_tail(tokens, j + 1))
    if not expansion and place_of_adjective(ctx, token) is None:
        end = region_tail(ctx, end)  # ``Национальный музей Республики Коми``
    parent = parent_body(tokens, end)
    place = place_of_adjective(ctx, token)
    if place is None and j == i + 1 and end == j + 1 and opens_sentence(ctx.analysis, token) and not expansion:
        return None  # ``Новый завод позволит ...``: a capital of the sentence, not of a name
    if head.text in UNIT_ABBREVIATIONS:
        owner = owner_after(tokens, j + 1)
        if owner is not None:  # ``Уральского ГУ Банка России``: a main office of the bank, no university
            entry, stop = owner
            unit = UNIT_ABBREVIATIONS[head.text]
            adjectives = " ".join(agree_nominative(t, noun_gender(unit)) for t in tokens[i:j])
            name = f"{adjectives} {unit[:1].lower()}{unit[1:]} {genitive(entry.name)}"
            return Candidate(token.start, tokens[stop - 1].stop, name, entry.kind, None, None, rank=0), stop
    if expansion:  # ``Воронежского ГАУ``, ``Тамбовской облдумы``
        gender = noun_gender(expansion)
        adjectives = " ".join(agree_nominative(t, gender) for t in tokens[i:j])
        short = f"{adjectives} {recover_case(head)}"
        tail = ctx.analysis.text[tokens[j].stop : tokens[end - 1].stop] if end > j + 1 else ""
        name = f"{adjectives} {expansion}{tail}"
        kind = kind_of(noun_lemma(expansion), None)
        return Candidate(token.start, tokens[end - 1].stop, name, kind, short, place, rank=2), end
    name = to_nominative(ctx.analysis, tokens[i:end])
    if parent is not None:  # ``Карельском научном центре РАН``: the parent spelled out in the name
        name, end = f"{name} {genitive(parent.name)}", end + 1
    candidate = Candidate(token.start, tokens[end - 1].stop, name, kind_of(head.lemma, None), None, place, rank=2)
    entry = body_by_core().get(candidate.key)
    if entry is not None:  # ``Омский государственный университет`` is the gazetteer's ``... имени Достоевского``
        candidate = as_known(candidate, entry)
    elif parent is not None:
        candidate.rank = 0  # over the parent's own abbreviation inside it
    return candidate, end


def owner_after(tokens: list[Any], k: int) -> tuple[Any, int] | None:
    """The gazetteer body written right after a unit abbreviation (``ГУ Банка России``) and its end."""
    keys = [token_keys(t) for t in tokens[k : k + 6]]
    hit = longest_at(body_trie(), keys, 0) if keys else None
    if hit is None or not tokens[k].text[:1].isupper():
        return None
    entry = next((e for e in hit.entries if not e.regional), None)
    return (entry, k + hit.last) if entry is not None else None


def opens_sentence(analysis: Any, token: Any) -> bool:
    """The first word of a sentence or of a quoted one: its capital says nothing of a name."""
    first = analysis.sents[token.sent].first
    return token.index == first or all(t.text in "«»\"—-(" for t in analysis.tokens[first : token.index])


def parent_body(tokens: list[Any], end: int) -> Any:
    """The national body whose abbreviation follows an institution's name (``центр РАН``)."""
    if end >= len(tokens) or not tokens[end].text.isupper() or len(tokens[end].text) < 2:
        return None
    hit = longest_at(body_trie(), [token_keys(tokens[end])], 0)
    if hit is None or hit.last != 1:
        return None
    return next((e for e in hit.entries if not e.regional and e.kind != "federal_body"), None)


@cache
def body_by_core() -> dict[str, Any]:
    """Gazetteer bodies by the key of their name before ``имени``, where that key is one body's."""
    from .gazetteer import body_entries

    index: dict[str, list[Any]] = {}
    for entry in body_entries():
        if not entry.regional:
            index.setdefault(name_key(entry.name), []).append(entry)
    return {k: v[0] for k, v in index.items() if len(v) == 1}


def recover_case(token: Any) -> str:
    word = token.text
    return word if word.isupper() else word.lower() if token.feats.get("Case") == "Nom" else token.lemma


def spelled_tail(tokens: list[Any], j: int, end: int) -> int:
    """``центр по гидрометеорологии и мониторингу окружающей среды``: the rest of an abbreviation's
    expansion (``ЦГМС``) written out after its head noun belongs to the name."""
    if end != j + 1:
        return end
    for expansion in expansions_by_head().get(tokens[j].lemma, ()):
        words = expansion.split()[1:]
        if len(words) > 1 and j + len(words) < len(tokens) \
                and all(fold(t.text) == w for t, w in zip(tokens[j + 1 : j + 1 + len(words)], words)):
            return j + 1 + len(words)
    return end


@cache
def expansions_by_head() -> dict[str, tuple[str, ...]]:
    """The data's abbreviation expansions by their first word (``центр``: ``центр по ...``)."""
    heads: dict[str, list[str]] = {}
    for expansion in set(abbreviations().values()):
        heads.setdefault(expansion.split()[0], []).append(expansion)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in heads.items()}


def expansion_of(token: Any) -> str | None:
    """``ГАУ`` -> ``государственный аграрный университет``; ``облдумы`` -> ``областная дума``."""
    table = abbreviations()
    if token.text.isupper():
        return table.get(fold(token.text))
    aliases = regional_aliases()
    return aliases.get(stem(token.text)) or aliases.get(fold(token.text))


@cache
def regional_aliases() -> dict[str, str]:
    from .gazetteer import body_entries

    from .gazetteer import word_key

    return {word_key(alias): e.name.lower() for e in body_entries() if e.regional for alias in e.names
            if len(alias.split()) == 1 and alias.islower()}


def noun_gender(phrase: str) -> str | None:
    from ..analysis.morph import morph_analyzer

    for word in phrase.split():
        noun = next((p for p in morph_analyzer().parse(word) if p.tag.POS == "NOUN"), None)
        if noun is not None:
            return noun.tag.gender
    return None


def noun_lemma(phrase: str) -> str:
    from ..analysis.morph import morph_analyzer

    for word in phrase.split():
        noun = next((p for p in morph_analyzer().parse(word) if p.tag.POS == "NOUN"), None)
        if noun is not None:
            return noun.normal_form
    return ""


def place_of_adjective(ctx: Context, token: Any) -> str | None:
    hit = longest_at(place_adjective_trie(), [token_keys(token)], 0)
    if hit is None:
        return None
    names = {fold(e.name) for e in hit.entries}
    place = next((p for p in ctx.places if fold(p.name) in names), None)
    return place.id if place else None


def shouted_name(ctx: Context, i: int) -> tuple[Candidate, int] | None:
    """``ФГБОУ ВО ВОРОНЕЖСКИЙ ГАУ ИМЕНИ ИМПЕРАТОРА ПЕТРА I`` in a capitals headline."""
    from ..analysis.morph import morph_analyzer

    tokens = ctx.analysis.tokens
    j = i + 1
    while j < len(tokens) and tokens[j].text in ("ВО", "ВПО", "СПО", "ДПО"):
        j += 1
    words: list[str] = []
    k = j
    while k < len(tokens) and tokens[k].text.isupper() and tokens[k].sent == tokens[i].sent and len(words) < 8:
        words.append(tokens[k].text)
        k += 1
    if len(words) < 2 or fold(words[1]) not in abbreviations() or morph_analyzer().parse(words[0].lower())[0].tag.POS != "ADJF":
        return None
    end = j + 2
    if k > end and fold(words[2]) == "имени":
        end = min(k, j + 6)
        end = next((n for n in range(j + 3, end) if tokens[n].pos == "VERB"), end)
    tail = [titled(w) for w in words[2 : end - j]]
    name = " ".join([words[0].capitalize(), abbreviations()[fold(words[1])], *tail])
    short = f"{words[0].capitalize()} {words[1]}"
    return Candidate(tokens[i].start, tokens[end - 1].stop, name, "education", short, rank=2), end


def titled(word: str) -> str:
    from ..analysis.morph import morph_analyzer

    if len(word) <= 2:
        return word
    parse = morph_analyzer().parse(word.lower())[0]
    proper = any(g in parse.tag for g in ("Name", "Surn", "Patr", "Geox"))
    return word.capitalize() if proper else word.lower()


def region_tail(ctx: Context, end: int) -> int:
    from .org_ner import territory_tail

    tokens = ctx.analysis.tokens
    stop = territory_tail(ctx, tokens[end - 1], [])
    while stop is not None and end < len(tokens) and tokens[end].stop <= stop:
        end += 1
    return end


def name_tail(tokens: list[Any], j: int) -> int:
    """After the head: ``имени императора Петра I`` or a quoted name; a field before ``имени``
    (``университет науки и технологий имени ...``) belongs to the name."""
    k = j
    while k < len(tokens) and k - j < 5 and tokens[k].text.islower() and tokens[k].text not in ("имени", "им") and (
            tokens[k].pos == "NOUN" and tokens[k].feats.get("Case") == "Gen" or tokens[k].pos in ("ADJ", "CCONJ")):
        k += 1
    if k > j and k < len(tokens) and tokens[k].text.lower() in ("имени", "им"):
        j = k
    elif k > j:
        k = next((n for n in range(j, k) if tokens[n].lemma in CITY_WORDS or tokens[n].text in CITY_WORDS), k)
        while k > j and not (tokens[k - 1].pos == "NOUN" and tokens[k - 1].feats.get("Case") == "Gen"):
            k -= 1  # ``институт культуры и``: the field ends on its noun
        # ``институт культуры``, ``фонд обязательного медицинского страхования``: the field is the name's;
        # not a territory (``Собрания края``), a time, or an owner body (``управлению администрации``)
        if k > j and tokens[j].pos != "CCONJ" and not any(
                t.lemma in TIME_NOUNS or t.lemma in TERRITORY_NOUNS or t.lemma in BODY_HEADS for t in tokens[j:k]):
            return k
    if j < len(tokens) and tokens[j].text.lower() in ("имени", "им"):
        start = j + 2 if tokens[j].text.lower() == "им" and j + 1 < len(tokens) and tokens[j + 1].text == "." else j + 1
        k = start
        while k < len(tokens) and k - start < 7 and (tokens[k].text[:1].isupper() or tokens[k].pos == "NOUN"
                                                      and not any(t.text[:1].isupper() for t in tokens[start:k])
                                                      or tokens[k].text == "." and tokens[k - 1].text[:1].isupper()
                                                      and len(tokens[k - 1].text) <= 2):
            if k - start >= 2 and tokens[k - 1].text == "." and len(tokens[k].text) > 2 and tokens[k].text[:1].isupper():
                k += 1  # ``имени академика Е.А. Букетова``: the surname after the initials ends the name
                break
            k += 1
        return k if k > start else j
    return j


def fix_case(name: str) -> str:
    words = name.split()
    out = [w if w.isupper() and len(w) <= 2 else w.lower() for w in words]
    for k, w in enumerate(words):
        if k > 0 and words[k - 1].lower() in ("имени", "им.") or k > 1 and words[k - 2].lower() == "имени":
            out[k] = w.capitalize() if not (w.isupper() and len(w) <= 2) else w
    return capitalize_first(" ".join(out))
