"""natasha's ORG spans that no rule found, kept when they look like a name: events, places,
clauses, classes, people in capitals and stray tails left out."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from .inflect import to_nominative
from .org_context import Candidate, Context, kind_of
from .org_names import is_event, is_media_name, names_a_thing
from .org_words import BARE_NOUNS, BODY_HEADS, COMPANY_FORMS, DOCUMENT_NOUNS, EVENT_ABBREVIATIONS, EVENT_NOUNS, \
    GENERIC_ABBREVIATIONS
from .place_zones import overlaps

PERSON_GRAMMEMES = ("Name", "Surn", "Patr")
# posts NER takes for bodies when capitalised (``заместитель Городского Головы``)
POSTS = frozenset("голова глава мэр губернатор сити-менеджер".split())


def from_ner(ctx: Context, taken: list[tuple[int, int]]) -> Iterator[Candidate]:
    """natasha's ORG spans no rule found: events, places and stray tails left out."""
    analysis = ctx.analysis
    places = [(s, e) for s, (e, _) in ctx.place_at.items()]
    for span in line_pieces(analysis.spans):
        # ``Комитет защиты журналистов (КЗЖ)``: the bracketed alias is a mention of its own
        stop = span.start + len(span.text.split("/")[0].split(" (")[0].rstrip(" .,;:"))
        if stop <= span.start or overlaps(span.start, stop, taken):
            continue
        if any(a <= span.start and stop <= b for a, b in places):
            continue  # a place NER took for an organization (``Кузбасс``)
        tokens = analysis.tokens_in(span.start, stop)
        if any(t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") not in ("Part", "Conv") for t in tokens):
            continue  # a clause NER took for a name (``Школы Верхоянья отремонтируют``)
        if not tokens or is_event(span.text) or tokens[0].text.split("-")[0] in EVENT_ABBREVIATIONS:
            continue
        if analysis.norm[span.start - 1 : span.start] == "«" and names_a_thing(analysis, span.start - 1):
            continue  # ``шаттл «Дискавери»``: a thing's name
        head = next((t for t in tokens if t.pos in ("NOUN", "PROPN", "X")), None)
        if head is None:
            continue  # an adjective alone names nothing (``Тотемского``)
        if head.text.islower() and head.feats.get("Number") == "Plur":
            continue  # ``американские компании``: a class of organizations, not one
        if head.feats.get("Animacy") == "Anim" and not head.text.isupper():
            continue  # ``Святителя Иоасафа``: a person's name inside an institution's
        if all(t.text.isupper() and len(t.text) > 2 for t in tokens) and shouted_person(tokens):
            continue  # ``ОЛЕГ ТИМОФЕЕВ`` in a capitals headline: a person
        if head.lemma in POSTS:
            continue  # ``Городского Головы``: a post, the person's, not a body
        if len(tokens) == 1 and is_legal_form(tokens[0].text):
            continue  # a bare ``МУП``: a reference to the text's one МУП (org_references), no name
        if head.lemma in EVENT_NOUNS or head.lemma in DOCUMENT_NOUNS or span.text in GENERIC_ABBREVIATIONS:
            continue
        if len(tokens) == 1 and head.lemma in BODY_HEADS | BARE_NOUNS | {"ведомство"}:
            continue  # a bare ``Министерство``, ``Госкорпорация``: a reference, joined to its body if there is one
        name = analysis.text[span.start : stop] if is_media_name(span.text) else to_nominative(analysis, tokens)
        kind = "media" if is_media_name(span.text) else kind_of(head.lemma, None)
        taken.append((span.start, stop))
        yield Candidate(span.start, stop, name, kind, None, rank=4)


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
    from ..analysis.morph import morph_analyzer

    if not 2 <= len(tokens) <= 3:
        return False
    morph = morph_analyzer()
    names = [any(g in p.tag for p in morph.parse(t.text.lower())[:3] for g in PERSON_GRAMMEMES) for t in tokens]
    return all(names)


@cache
def legal_forms_set() -> frozenset[str]:
    from .org_data import legal_forms

    return frozenset(COMPANY_FORMS | set(legal_forms()))


def is_legal_form(word: str) -> bool:
    return word in legal_forms_set()
