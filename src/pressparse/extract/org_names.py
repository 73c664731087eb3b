"""Named organizations: legal form or descriptor + quoted name (``ПАО «ЛУКОЙЛ»``,
``благотворительного центра «Верю в чудо»``), institutions (:mod:`.org_institutions`) and media.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from .gazetteer import body_trie, longest_at, token_keys
from .inflect import capitalize_first, fold, stem, to_nominative
from .org_context import Candidate, Context, as_known, is_body_credit, kind_of, name_key
from .org_institutions import institutions
from .org_data import legal_forms
from .org_words import (COMPANY_FORMS, DESCRIPTORS, EDUCATION_FORMS, EVENT_ABBREVIATIONS, EVENT_NOUNS,
                        GENERIC_DESCRIPTORS, MEDIA_NOUNS, MEDIA_PREFIXES, NAMED_DESCRIPTORS, ZONE_ABBREVIATIONS)
from .place_zones import QUOTED
from .org_plants import power_plants
from .org_spelled_forms import spelled_form_name
from .org_teams import find_teams

SPELLED_FORM = re.compile(
    r"(?:(?:федеральн|государственн|муниципальн|бюджетн|автономн|казенн|казённ|унитарн|образовательн|"
    r"научн|некоммерческ|публичн|акционерн|открыт|закрыт|областн|краев|республиканск|городск|районн|"
    r"общероссийск|межрегиональн|региональн|общественн)\w*\s+){1,6}"
    r"(?:учреждени|предприяти|обществ|организаци)\w*(?:\s+(?:высшего|дополнительного|среднего)\s+"
    r"(?:профессионального\s+)?образования)?\s*(?=«)",
    re.I,
)

# the last word a spelled-out form ends with, right before the quote (SPELLED_FORM's cheap test)
SPELLED_END = re.compile(r"(?:(?:учреждени|предприяти|обществ|организаци)\w*|образования)\s*$", re.I)
SPELLED_WORDS = ("учреждени", "предприяти", "обществ", "организаци", "образования")  # SPELLED_END's, plain


# the prefix of a Saint Petersburg institution's legal form (``СПб ГУП``, ``СПб ГБУЗ``, ``СПб ГКУ``)
CITY_PREFIXES = frozenset({"СПб", "СПБ"})


@cache
def all_forms() -> frozenset[str]:
    return COMPANY_FORMS | EDUCATION_FORMS | frozenset(legal_forms())

# ``имени Н.И. Пирогова``, ``им. В.Д. Середавина``: dots inside a name that end no sentence
INITIALS = re.compile(r"\b(?:им\.\s?|[А-ЯЁA-Z]\.\s?(?=[А-ЯЁA-Z]))+")


def find_named(ctx: Context) -> Iterator[Candidate]:
    yield from quoted_names(ctx)
    yield from power_plants(ctx)
    yield from find_teams(ctx)
    yield from institutions(ctx)
    yield from media(ctx)


def quoted_names(ctx: Context) -> Iterator[Candidate]:
    """``ПАО «ЛУКОЙЛ»``, ``благотворительного центра «Верю в чудо»``, ``компанией «Лукойл»``."""
    analysis = ctx.analysis
    ner_orgs = [(s.start, s.stop) for s in analysis.spans if s.type == "ORG"]
    for m in QUOTED.finditer(analysis.norm):
        inner = analysis.norm[m.start() + 1 : m.end() - 1].strip()
        inner += "»" * (inner.count("«") - inner.count("»"))  # «Корпорация «МСП» closes once
        if not inner or len(inner.split()) > 12 or re.search(r"[,:;!?]|\.\s", INITIALS.sub("", inner)):
            continue
        before = analysis.tokens_in(max(0, m.start() - 120), m.start())
        form = legal_form_before(analysis, before, m.start())
        known = known_body(analysis, m.start() + 1, m.end() - 1)
        if form is not None:
            start, form_text, spelled = form
            if spelled and not form_text and not is_institution_name(inner):
                name = spelled_form_name(analysis, start, m.start(), inner)
                yield as_known(Candidate(start, m.end(), name, kind_of_name(inner), inner, rank=1, key=quoted_key(inner)), known)
            elif is_institution_name(inner) or spelled and not form_text:
                yield as_known(Candidate(start, m.end(), inner, kind_of_name(inner), None, rank=1, key=name_key(inner)), known)
            elif (core := form_text.removeprefix("СПб ").removeprefix("СПБ ")) in COMPANY_FORMS \
                    or core in EDUCATION_FORMS or core in legal_forms():  # ``СПб ГУП`` is a ``ГУП``
                kind = "education" if core in EDUCATION_FORMS else legal_form_kind(core)
                yield as_known(Candidate(start, m.end(), f"{form_text} «{inner}»", kind, inner, rank=1, key=quoted_key(inner)), known)
            else:  # an unknown abbreviation: ``ФНПЦ «Алтай»``
                name = f"{form_text} «{inner}»"
                yield as_known(Candidate(start, m.end(), name, "other", name, rank=2, key=quoted_key(inner)), known)
            continue
        phrase = descriptor_before(before)
        if phrase and phrase[-1].lemma in DESCRIPTORS and phrase[-1].feats.get("Number") == "Plur" and phrase[-1].text.islower():
            continue  # ``фестиваль финно-угорских театров «...»``: a name after a class names no organization
        if phrase:
            head = phrase[-1]
            if head.lemma in GENERIC_DESCRIPTORS - NAMED_DESCRIPTORS:
                yield as_known(Candidate(phrase[0].start, m.end(), inner, "company", None, rank=2, key=quoted_key(inner)), known)
            elif (branch := owner_branch(ctx, phrase, inner, known)) is not None:
                yield branch  # ``смоленский филиал «Ростелекома»``: the company's branch, no mention of it
            else:
                words = to_nominative(analysis, phrase)
                name = f"{words} «{inner}»"
                kind = "media" if head.lemma in MEDIA_NOUNS else kind_of(head.lemma, None)
                yield as_known(Candidate(phrase[0].start, m.end(), name, kind, None, rank=2, key=quoted_key(inner)), known)
        elif any(a <= m.start() + 1 and m.end() - 1 <= b for a, b in ner_orgs) and not is_event(inner) \
                and not names_a_thing(analysis, m.start()) \
                and not municipality_name(ctx, before, inner):
            # a bare quoted name: the mention is the name, its quotes are punctuation (``в «Ведомостях»``)
            start, stop = m.start() + 1, m.end() - 1
            yield as_known(Candidate(start, stop, inner, "other", None, rank=3, key=quoted_key(inner)), known)


# nouns of a company's unit: after them a declined quoted name is the owner (``филиал «Ростелекома»``)
OWNED_UNITS = frozenset("филиал отделение представительство".split())


def owner_branch(ctx: Context, phrase: list[Any], inner: str, known: Any) -> Candidate | None:
    """``смоленский филиал «Ростелекома»``: a unit noun and a known body's name declined in quotes
    is that body's branch, named ``Смоленский филиал ПАО «Ростелеком»``."""
    head = phrase[-1]
    # the name in quotes may be the owner's as it is (``Свердловского филиала «Т Плюс»``) or declined
    if known is None or head.lemma not in OWNED_UNITS or len(phrase) < 2:
        return None
    place = ctx.place_at.get(phrase[0].start)
    name = f"{to_nominative(ctx.analysis, phrase)} {known.name}"
    return Candidate(phrase[0].start, head.stop + len(inner) + 3, name, "other", None, place[1].id if place else None,
                     key=name_key(name), rank=0)


def known_body(analysis: Any, start: int, stop: int) -> Any:
    """The gazetteer body a quoted name is, whole (``«Лукойл»``), if any."""
    tokens = analysis.tokens_in(start, stop)
    if not tokens:
        return None
    hit = longest_at(body_trie(), [token_keys(t) for t in tokens], 0)
    if hit is None or hit.last != len(tokens):
        return None
    return next((e for e in hit.entries if not e.regional), None)


def quoted_key(inner: str) -> str:
    """Every mention of one quoted name is one organization (``ПАО «ЛУКОЙЛ»``, ``компания «Лукойл»``)."""
    return name_key(inner)


def legal_form_before(analysis: Any, before: list[Any], quote: int) -> tuple[int, str, bool] | None:
    """(start, form abbreviation, spelled out) of a legal form right before a quote."""
    forms = all_forms()
    tail = []  # the last three tokens ending before the quote, read from the end
    for t in reversed(before):
        if t.stop <= quote:
            tail.append(t)
            if len(tail) == 3:
                break
    tail.reverse()
    for k in range(len(tail)):
        words = tail[k:]
        if words[0].text in forms and all(w.text.isupper() for w in words):
            if k > 0 and tail[k - 1].text in CITY_PREFIXES and tail[k - 1].stop + 1 == words[0].start:
                words = tail[k - 1 :]  # ``СПб ГУП «Горэлектротранс»``: the city's prefix is the form's
            return words[0].start, " ".join(w.text for w in words), False
    last = tail[-1] if tail else None
    if last is not None and not analysis.norm[last.stop : quote].strip() and 2 <= len(last.text) <= 6 and last.text.isupper() \
            and last.text.isalpha() and last.text not in EVENT_ABBREVIATIONS and last.text not in ZONE_ABBREVIATIONS \
            and not is_place_abbreviation(last.text):
        return last.start, last.text, False
    window = analysis.norm[max(0, quote - 160) : quote].lower()
    if not any(word in window for word in SPELLED_WORDS):
        return None  # no spelled-out form's word at all: not even the regex is asked
    if not SPELLED_END.search(analysis.norm, max(0, quote - 160), quote):
        return None  # no spelled-out form can end at the quote: skip the long search
    spelled = SPELLED_FORM.search(analysis.norm, max(0, quote - 160), quote + 1)
    if spelled and spelled.end() == quote:
        return spelled.start(), "", True
    return None


def is_place_abbreviation(word: str) -> bool:
    """``УК РФ «Клевета»``: ``РФ`` is a country, no legal form."""
    from .gazetteer import END, place_trie

    return END in place_trie().root.get(word, {})


def legal_form_kind(form: str) -> str:
    from .org_data import legal_form_kinds

    kind = legal_form_kinds().get(form, "company")
    return kind if kind in ("company", "education", "ngo") else "other" if kind else "company"


def descriptor_before(before: list[Any]) -> list[Any]:
    """``благотворительного центра``, ``Якутским филиалом``: adjectives + a descriptor noun."""
    # ``фонда помощи детям «...»``, ``центра развития «...»``: up to three oblique lower-case words
    # between the descriptor and the quote are its field and part of the name
    k = len(before) - 1
    while k > 0 and len(before) - 1 - k < 3 and before[k].lemma not in DESCRIPTORS and is_field_word(before[k]):
        k -= 1
    if not before or before[k].lemma not in DESCRIPTORS:
        return []
    i = k
    while i > 0 and before[i - 1].pos == "ADJ" and before[i - 1].text not in "«»":
        i -= 1
    return before[i:]


def is_field_word(token: Any) -> bool:
    return token.pos in ("NOUN", "ADJ") and token.text.islower() and token.feats.get("Case") in ("Gen", "Dat", "Ins")


def municipality_name(ctx: Context, before: list[Any], inner: str) -> bool:
    words = [t for t in before if t.pos != "PUNCT"]
    if words and words[-1].text in ZONE_ABBREVIATIONS:
        return True  # ``ОЭЗ «Липецк»``: a zone's name, whatever it is
    return bool(words) and words[-1].lemma in TERRITORY_NOUNS and is_place_name(ctx, inner)


def is_institution_name(name: str) -> bool:
    words = [stem(w) for w in name.split()]
    return any(w in ("университет", "институт", "академ", "колледж", "техникум", "училищ") for w in words)


def kind_of_name(name: str) -> str:
    return "education" if is_institution_name(name) else "other"

# nouns of things with quoted names that are no organizations: ``шаттл «Дискавери»``, ``песни «Цветы»``
NAMED_THINGS = frozenset("""шаттл корабль самолет самолёт истребитель вертолет вертолёт поезд судно
    фильм кинофильм картина сериал мультфильм песня сингл альбом композиция роман книга повесть сочинение
    спектакль опера балет марка бренд препарат кинотеатр хранилище пост запрос статья рубрика
    парк технопарк агропарк месторождение направление специальность дисциплина
    программа подпрограмма госпрограмма проект нацпроект бассейн стадион каток
    тропа экотропа маршрут трасса ледокол теплоход атомоход танкер паром лайнер электростанция теплоэлектростанция
    спутник ракета""".split())
# a quoted place after these is a municipality's name (``муниципального образования «Северодвинск»``)
TERRITORY_NOUNS = frozenset("образование округ поселение район".split())
LIST_TAIL = re.compile(r"(?:«[^«»\n]{1,60}»\s*(?:,|\bи\b|\bили\b)?\s*)+$")


def names_a_thing(analysis: Any, quote: int) -> bool:
    """Is the quoted name at ``quote`` one of a list headed by a thing's noun (``шаттлы «Индевор» и
    «Атлантис»``, ``такие картины, как «Цирк», «Огни большого города»``)?"""
    before = analysis.norm[max(0, quote - 300) : quote]
    tail = LIST_TAIL.search(before)
    end = quote - (len(before) - tail.start()) if tail else quote
    for token in reversed(analysis.tokens_in(max(0, end - 40), end)[-4:]):
        if token.pos in ("NOUN", "PROPN"):
            return token.lemma in NAMED_THINGS
        if token.pos not in ("PUNCT", "ADJ", "DET", "SCONJ", "ADV") and token.text != "как":
            return False
    return False


# ``«Исеть-2026»``, ``«Таврида 2025»``: a yearly edition's name is an event's, no organization's
EDITION = re.compile(r"[\w»][ -](?:19|20)\d\d»?$")


def is_event(name: str) -> bool:
    first = name.split()[0] if name.split() else ""
    return stem(first) in event_stems() or first.split("-")[0] in EVENT_ABBREVIATIONS or bool(EDITION.search(name))


@cache
def event_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in EVENT_NOUNS)


DATED = re.compile(r",\s*\d[^,]*$")


def media(ctx: Context) -> Iterator[Candidate]:
    """The credited source wherever it occurs, and mastheads: a line that is only a quoted name."""
    from .meta import QUOTED_LINE

    if ctx.source and (is_official_press_service(ctx.source) or is_byline_service(ctx)):
        source = DATED.sub("", ctx.source)  # ``Пресс-служба АО «...», 25 ноября 2026 г``: the date is no name's
        name = capitalize_first(source)
        for m in re.finditer(re.escape(source), ctx.analysis.norm):
            yield Candidate(m.start(), m.end(), name, "other", None, rank=-1, key="media:" + fold(source))
    # a city after the date (``14 февраля 2025 года, Сочи``) is the dateline's place, no outlet
    if ctx.source and not is_body_credit(ctx.source) and not is_place_name(ctx, ctx.source):
        for m in re.finditer(re.escape(ctx.source), ctx.analysis.norm):
            yield Candidate(m.start(), m.end(), ctx.source, "media", None, rank=-1, key="media:" + fold(ctx.source))
    first_line = ctx.analysis.norm.lstrip().split("\n", 1)[0]
    for m in QUOTED_LINE.finditer(ctx.analysis.norm):
        name = m.group("name").strip()
        if name and name != first_line.strip(" «»") and len(name.split()) <= 5 and not is_event(name):
            start = m.start("name")
            yield Candidate(start, start + len(name), name, "media", None, rank=-1, key="media:" + fold(name))


def is_place_name(ctx: Context, name: str) -> bool:
    """Is ``name`` a place: one the text names, or the gazetteer's (the places layer skips the source)?"""
    from .gazetteer import match, place_trie

    if any(fold(p.name) == fold(name) or any(fold(m.text) == fold(name) for m in p.mentions) for p in ctx.places):
        return True
    m = re.search(re.escape(name), ctx.analysis.norm)
    tokens = ctx.analysis.tokens_in(m.start(), m.end()) if m else []
    hits = match(tokens, place_trie()) if tokens else []
    return len(hits) == 1 and hits[0].first == 0 and hits[0].last == len(tokens)


# officials whose press service is credited: their service is an organization, a body's is the body
OFFICIALS = frozenset("губернатор мэр глава президент полпред".split())


def is_official_press_service(source: str) -> bool:
    words = source.split()
    return len(words) >= 2 and fold(words[0]) == "пресс-служба" and stem(words[1]) in {stem(w) for w in OFFICIALS}


def is_byline_service(ctx: Context) -> bool:
    """``Пресс-служба Избирательной комиссии ... | 11.09.2024`` as a byline on a line of its own is
    an organization; ``Источник: пресс-служба ...`` and ``сообщает пресс-служба ...`` credit the body."""
    source = ctx.source or ""
    return source.startswith(("Пресс-служба ", "Пресс-центр ")) and "|" not in source \
        and re.search(r"(?m)^[ \t]*" + re.escape(source), ctx.analysis.norm) is not None


def is_media_name(text: str) -> bool:
    # ``Агентство по охране окружающей среды``: an agency with a remit is a government body
    return text.startswith(MEDIA_PREFIXES) and not text.startswith("Агентство по ")
