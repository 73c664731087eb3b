"""natasha's ORG spans that no rule found, kept when they look like a name: events, places,
clauses, classes, people in capitals and stray tails left out."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from .gazetteer import places_by_name
from .inflect import fold, to_nominative
from .org_context import Candidate, Context, kind_of
from .org_names import is_event, is_media_name, municipality_name, names_a_thing
from .org_words import BARE_NOUNS, BODY_HEADS, BUILDING_NOUNS, CLASS_NOUNS, COMPANY_FORMS, DOCUMENT_NOUNS, EVENT_ABBREVIATIONS, \
    EVENT_NOUNS, GENERIC_ABBREVIATIONS, PLATFORMS, ZONE_ABBREVIATIONS
from .place_adjectives import port_of
from .place_zones import overlaps
from ..analysis.morph import morph_analyzer

PERSON_GRAMMEMES = ("Name", "Surn", "Patr")
# posts NER takes for bodies when capitalised (``заместитель Городского Головы``)
POSTS = frozenset("голова глава мэр губернатор сити-менеджер".split())
# an abbreviation with a plural ending names a class of facilities (``ФАПов``, ``МФЦами``), not one body
PLURAL_ABBREVIATION = re.compile(r"^[А-ЯЁ]{2,6}(?:ов|ы|ам|ами|ах)$")
# ``03.06.2026 • Томск``: a dateline NER took for a name
DATED = re.compile(r"^\d{1,2}[./]\d{1,2}[./]\d{2,4}\b")


def from_ner(ctx: Context, taken: list[tuple[int, int]]) -> Iterator[Candidate]:
    """natasha's ORG spans no rule found: events, places and stray tails left out."""
    analysis = ctx.analysis
    places = [(s, e) for s, (e, _) in ctx.place_at.items()]
    for span in line_pieces(analysis.spans):
        # ``Комитет защиты журналистов (КЗЖ)``: the bracketed alias is a mention of its own
        stop = span.start + len(span.text.split("/")[0].split(" (")[0].rstrip(" .,;:«"))
        if stop <= span.start or overlaps(span.start, stop, taken):
            continue
        text = analysis.norm[span.start : stop]
        if text.count("«") > text.count("»") and analysis.norm[stop : stop + 1] == "»":
            stop += 1  # ``Национальный парк «Самарская Лука``: NER left the closing quote out
        if any(a <= span.start and stop <= b for a, b in places):
            continue  # a place NER took for an organization (``Кузбасс``)
        tokens = analysis.tokens_in(span.start, stop)
        if any(t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") not in ("Part", "Conv") for t in tokens):
            continue  # a clause NER took for a name (``Школы Верхоянья отремонтируют``)
        if not tokens or DATED.match(span.text) or is_event(span.text) \
                or tokens[0].text.split("-")[0] in EVENT_ABBREVIATIONS | ZONE_ABBREVIATIONS:
            continue
        if analysis.norm[span.start - 1 : span.start] == "«" and (names_a_thing(analysis, span.start - 1)
                                                                   or after_class(analysis, span.start - 1)):
            continue  # ``шаттл «Дискавери»``: a thing's name; ``фестиваль ... театров «...»``: no theatre's
        if municipality_name(ctx, analysis.tokens_in(max(0, span.start - 60), span.start), span.text):
            continue  # ``муниципального образования «Северодвинск»``: a place's name
        head = next((t for t in tokens if t.pos in ("NOUN", "PROPN", "X")), None)
        if head is None:
            continue  # an adjective alone names nothing (``Тотемского``)
        if head.text.islower() and head.feats.get("Number") == "Plur" or plural_compound(head.text):
            continue  # ``американские компании``, ``IT-компаний``: a class of organizations, not one
        if len(tokens) == 1 and "-" in head.text and head.text.rpartition("-")[2].lower() in CLASS_NOUNS:
            continue  # ``IT-класс``: a school's class, no body
        if head.feats.get("Animacy") == "Anim" and not head.text.isupper():
            continue  # ``Святителя Иоасафа``: a person's name inside an institution's
        if all(t.text.isupper() and len(t.text) > 2 for t in tokens) and shouted_person(tokens):
            continue  # ``ОЛЕГ ТИМОФЕЕВ`` in a capitals headline: a person
        if len(tokens) == 1 and head.text.isupper() and len(head.text) > 3 and fold(head.text) in places_by_name():
            continue  # ``ТУЛА, 27 ноября``: a dateline's city in capitals
        if head.lemma in POSTS:
            continue  # ``Городского Головы``: a post, the person's, not a body
        if len(tokens) == 1 and is_legal_form(tokens[0].text):
            continue  # a bare ``МУП``: a reference to the text's one МУП (org_references), no name
        if head.lemma in EVENT_NOUNS or head.lemma in DOCUMENT_NOUNS or span.text in GENERIC_ABBREVIATIONS:
            continue
        if on_platform(analysis, tokens):
            continue  # ``опубликовал в Twitter``: the medium of a post
        if len(tokens) == 1 and PLURAL_ABBREVIATION.match(head.text):
            continue
        if len(tokens) in (2, 3) and port_of(tokens[-1], tokens[0], tuple(tokens[1:-1])):
            continue  # ``Ейский порт``, ``Сочинского аэропорта``: a town's facility (a company is quoted)
        if head.lemma in BUILDING_NOUNS and head is tokens[-1]:
            continue  # ``в Мраморном дворце``: a building (``Дворец культуры ...`` is an institution)
        if head.lemma == "кремль" and head is tokens[-1] and len(tokens) > 1:
            continue  # ``в Нижегородском кремле``: a town's fortress (``Кремль`` alone may speak for the state)
        if len(tokens) == 1 and head.lemma in BODY_HEADS | BARE_NOUNS | {"ведомство"}:
            continue  # a bare ``Министерство``, ``Госкорпорация``: a reference, joined to its body if there is one
        name = analysis.text[span.start : stop] if is_media_name(span.text) else to_nominative(analysis, tokens)
        kind = "media" if is_media_name(span.text) else kind_of(head.lemma, None)
        tail = territory_tail(ctx, tokens[-1], taken)
        if tail is not None and kind != "media":  # ``Театр оперы и балета Республики Коми``: its territory is its name's
            name, stop = f"{name} {analysis.text[tokens[-1].stop + 1 : tail]}", tail
        taken.append((span.start, stop))
        yield Candidate(span.start, stop, name, kind, None, rank=4)


def territory_tail(ctx: Context, last: Any, taken: list[tuple[int, int]]) -> int | None:
    """End of a region's genitive name right after a span (``Республики Коми``), if there."""
    tokens = ctx.analysis.tokens
    nxt = tokens[last.index + 1] if last.index + 1 < len(tokens) else None
    if nxt is None or nxt.start != last.stop + 1 or nxt.start not in ctx.place_at or not nxt.text[:1].isupper() \
            or nxt.feats.get("Case") not in ("Gen", None) or last.pos not in ("NOUN", "PROPN"):
        return None
    stop, place = ctx.place_at[nxt.start]
    if place.kind != "region" or stop == nxt.stop or overlaps(nxt.start, stop, taken):
        return None  # one word (``Коми``, ``Москвы``) may be an apposition or the next clause's
    return stop


def after_class(analysis: Any, quote: int) -> bool:
    """A quoted name right after a plural common noun (``финно-угорских театров «...»``)."""
    before = analysis.tokens_in(max(0, quote - 40), quote)
    return bool(before) and before[-1].pos == "NOUN" and before[-1].text.islower() \
        and before[-1].feats.get("Number") == "Plur"


@lru_cache(maxsize=4096)  # a pure function of the word, asked for every NER span's head
def plural_compound(word: str) -> bool:
    """``IT-компаний``, ``ИТ-специалистов``: a prefix and a plural common noun."""

    prefix, _, noun = word.rpartition("-")
    if not prefix or not noun.islower() or len(noun) < 4:
        return False
    parse = morph_analyzer().parse(noun)[0]
    return parse.tag.POS == "NOUN" and parse.tag.number == "plur"


def on_platform(analysis: Any, tokens: list[Any]) -> bool:
    """``написал в Twitter``, ``подписчиков в Weibo``, ``в своём Фейсбуке``; not ``доля в Facebook``."""
    if len(tokens) != 1 or tokens[0].lemma.lower() not in PLATFORMS and tokens[0].text.lower() not in PLATFORMS:
        return False
    k, own = tokens[0].index - 1, False
    if k > 0 and analysis.tokens[k].lemma in ("свой", "его", "её", "ее", "их", "официальный"):
        k, own = k - 1, True
    if k < 0 or analysis.tokens[k].text.lower() not in ("в", "во", "на"):
        return False
    before = analysis.tokens[k - 1] if k > 0 else None
    if own or before is None or before.sent != tokens[0].sent or before.lemma in POST_NOUNS:
        return True
    return before.pos not in ("NOUN", "PROPN", "ADJ", "NUM", "X")  # ``доля DST в Facebook``: the company


# what is posted or followed on a platform: ``подписчиков в Weibo``
POST_NOUNS = frozenset("подписчик аккаунт страница пост публикация сообщение запись канал блог видео".split())


@dataclass(frozen=True)
class Piece:
    start: int
    text: str


def line_pieces(spans: list[Any]) -> Iterator[Piece]:
    """natasha's ORG spans cut at line breaks: a headline and the dateline under it are two
    names (``... Законодательное Собрание`` / ``Пресс-служба ...``), never one."""
    for span in spans:
        if span.type != "ORG":
            continue
        offset = span.start
        for line in span.text.split("\n"):
            if line.strip():
                lead = len(line) - len(line.lstrip())
                yield Piece(offset + lead, line.strip())
            offset += len(line) + 1


def shouted_person(tokens: list[Any]) -> bool:
    """Capitals words that are a first name and a surname (``ОЛЕГ ТИМОФЕЕВ``)."""
    if not 2 <= len(tokens) <= 3:
        return False
    return all([person_word(t.text.lower()) for t in tokens])


@lru_cache(maxsize=4096)  # a word's parses, once per word
def person_word(word: str) -> bool:
    return any(g in p.tag for p in morph_analyzer().parse(word)[:3] for g in PERSON_GRAMMEMES)


@cache
def legal_forms_set() -> frozenset[str]:
    from .org_data import legal_forms

    return frozenset(COMPANY_FORMS | set(legal_forms()))


def is_legal_form(word: str) -> bool:
    return word in legal_forms_set()
