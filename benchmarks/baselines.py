"""Baselines adapted to the benchmark's records (:class:`scoring.Facts`): natasha and PullEnti.

natasha: its own pipeline (segment, morphology, syntax, NER, span normalization) with the same
news models pressparse loads, ``NamesExtractor`` to group a person's mentions by surname and
``DatesExtractor`` for dates. Both extractors get pressparse's pymorphy3 vocab
(``pressparse.analysis.morph.vocab()``), never natasha's ``MorphVocab``. natasha finds no roles,
obligations or agreements: those fields are "not attempted" (None).

PullEnti (optional: ``pip install pullenti``; absent -> :func:`pullenti_available` is False):
PERSON with their PERSONPROPERTY attributes as roles (linked organization = the property's
REF, or its higher property's), ORGANIZATION, GEO, DATE and DATERANGE referents. Person
occurrences include their attribute phrase (``заместитель министра Алексей Фещак``); the
adapter cuts the attribute occurrences off to keep the name. Nested dates (``2017`` inside
``8 июня 2017 года``) keep the outermost occurrence only.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from scoring import Date, Entity, Facts, Role, SpanT

# ---------------------------------------------------------------- natasha


@cache
def natasha_tools() -> tuple[Any, Any, Any]:
    """(models, NamesExtractor, DatesExtractor) on pressparse's pymorphy3 vocab."""
    from natasha import DatesExtractor, NamesExtractor

    from pressparse.analysis import load_models
    from pressparse.analysis.morph import vocab

    return load_models(), NamesExtractor(vocab()), DatesExtractor(vocab())


def iso(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    """ISO 8601 of a date's known parts, from the year down; None without a year."""
    if not year:
        return None
    if not month:
        return f"{year:04d}"
    if not day:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def natasha_facts(text: str) -> Facts:
    from natasha import Doc

    models, names, dates = natasha_tools()
    doc = Doc(text)
    doc.segment(models.segmenter)
    doc.tag_morph(models.morph)
    doc.parse_syntax(models.syntax)
    doc.tag_ner(models.ner)
    facts = Facts(text=text, roles=None, obligations=None, agreements=None)
    groups: dict[tuple[str, str], Entity] = {}
    prefix = {"ORG": "org", "PER": "per", "LOC": "loc"}
    fields = {"ORG": facts.organizations, "PER": facts.people, "LOC": facts.places}
    for span in doc.spans:
        span.normalize(models.vocab)
        normal = span.normal or span.text
        key = normal.lower()
        if span.type == "PER":
            match = names.find(normal)
            if match and match.fact.last:
                key = match.fact.last.lower()
        if (span.type, key) not in groups:
            entity = Entity(f"{prefix[span.type]}{len(fields[span.type]) + 1}", normal)
            groups[span.type, key] = entity
            fields[span.type].append(entity)
        entity = groups[span.type, key]
        entity.spans.append((span.start, span.stop))
        if span.type == "PER" and len(normal) > len(entity.name):  # the fullest form names the person
            entity.name = normal
    for match in dates(text):
        fact = match.fact
        facts.dates.append(Date([(match.start, match.stop)], iso(fact.year, fact.month, fact.day), text[match.start:match.stop]))
    return facts


# ---------------------------------------------------------------- PullEnti


@cache
def pullenti_available() -> bool:
    try:
        import pullenti  # noqa: F401
    except ImportError:
        return False
    return True


@cache
def pullenti_processor() -> Any:
    from pullenti.ner.ProcessorService import ProcessorService
    from pullenti.Sdk import Sdk

    Sdk.initialize_all()
    patch_relative_dates()
    return ProcessorService.create_processor()


def patch_relative_dates() -> None:
    """PullEnti 4.1 (Python) raises OverflowError while naming some relative dates
    (``понедельник``, ``недельное``: 2 of the first 10 factRuEval dev texts) and loses the
    whole document. The failing helper only writes a relative date's string form, so a
    failure there is turned into an empty string."""
    from pullenti.ner.date.internal.DateRelHelper import DateRelHelper

    original = DateRelHelper.append_to_string

    def append_to_string(dr: Any, res: Any) -> None:
        try:
            original(dr, res)
        except (OverflowError, ValueError):
            pass

    DateRelHelper.append_to_string = staticmethod(append_to_string)


def pullenti_version() -> str:
    from pullenti.Sdk import Sdk

    return Sdk.get_version()


GEO_KINDS = {
    "государство": "country", "страна": "country", "республика": "region", "область": "region",
    "край": "region", "автономный округ": "region", "округ": "region", "город": "city",
    "город федерального значения": "city", "район": "district", "муниципальный район": "district",
}
EDGE = " \t\n,.;:!?()«»\"'—–-"


def occurrences(referent: Any) -> list[SpanT]:
    # PullEnti's end_char is inclusive
    return sorted({(o.begin_char, o.end_char + 1) for o in referent.occurrence})


def cut(span: SpanT, holes: list[SpanT], text: str) -> SpanT | None:
    """The longest part of ``span`` outside ``holes`` that has a capital letter, edges stripped."""
    pieces = [span]
    for hs, he in holes:
        pieces = [p for s, e in pieces for p in ((s, min(e, hs)), (max(s, he), e)) if p[0] < p[1]]
    best = None
    for s, e in pieces:
        while s < e and text[s] in EDGE:
            s += 1
        while e > s and text[e - 1] in EDGE:
            e -= 1
        if s < e and re.search(r"[A-ZА-ЯЁ]", text[s:e]) and (best is None or e - s > best[1] - best[0]):
            best = (s, e)
    return best


def property_org(prop: Any) -> Any:
    """The organization a PERSONPROPERTY refers to, following its higher properties."""
    seen = 0
    while prop is not None and seen < 10:
        for slot in prop.slots:
            if slot.type_name == "REF" and getattr(slot.value, "type_name", None) == "ORGANIZATION":
                return slot.value
        prop = prop.get_slot_value("HIGHER")
        seen += 1
    return None


def pullenti_date_value(ref: Any) -> str | None:
    if ref.type_name == "DATERANGE":
        a, b = ref.get_slot_value("FROM"), ref.get_slot_value("TO")
        a = pullenti_date_value(a) if a is not None else None
        b = pullenti_date_value(b) if b is not None else None
        return f"{a}/{b}" if a and b else a or b
    return iso(ref.year, ref.month, ref.day)


FAILURES: list[str] = []  # PullEnti errors of this run: those documents score as empty
FALLBACKS: list[int] = []  # documents processed without the ADDRESS analyzer


@cache
def pullenti_fallback() -> Any:
    processor = pullenti_processor()
    from pullenti.ner.ProcessorService import ProcessorService

    fallback = ProcessorService.create_processor()
    fallback.del_analyzer(fallback.find_analyzer("ADDRESS"))
    del processor
    return fallback


def pullenti_facts(text: str) -> Facts:
    from pullenti.ner.SourceOfAnalysis import SourceOfAnalysis

    facts = Facts(text=text, obligations=None, agreements=None)
    try:
        result = pullenti_processor().process(SourceOfAnalysis(text), None, None)
    except Exception:  # PullEnti 4.1's address analyzer fails on some texts: run without it
        try:
            result = pullenti_fallback().process(SourceOfAnalysis(text), None, None)
        except Exception as error:  # count the document, score it as empty, go on
            FAILURES.append(repr(error))
            return facts
        FALLBACKS.append(len(text))
    keys: dict[int, str] = {}
    for ref in result.entities:  # organizations first: roles point to them
        if ref.type_name == "ORGANIZATION":
            key = f"org{len(facts.organizations) + 1}"
            keys[id(ref)] = key
            facts.organizations.append(Entity(key, ref.to_string(False, None, 0), occurrences(ref)))
        elif ref.type_name == "GEO":
            kind = GEO_KINDS.get((ref.get_string_value("TYPE") or "").lower(), "other")
            facts.places.append(Entity(f"loc{len(facts.places) + 1}", ref.to_string(False, None, 0), occurrences(ref), kind))
    date_spans: list[tuple[SpanT, str | None]] = []
    for ref in result.entities:
        if ref.type_name == "PERSON":
            props = [s.value for s in ref.slots if s.type_name == "ATTRIBUTE" and getattr(s.value, "type_name", "") == "PERSONPROPERTY"]
            holes = [span for prop in props for span in occurrences(prop)]
            spans = sorted({c for span in occurrences(ref) if (c := cut(span, holes, text))})
            key = f"per{len(facts.people) + 1}"
            facts.people.append(Entity(key, ref.to_string(False, None, 0), spans))
            for prop in props:
                where = occurrences(prop)
                near = [w for w in where if any(w[0] < e and s < w[1] + 80 for s, e in occurrences(ref))] or where
                span = near[0] if near else None
                title = text[span[0]:span[1]] if span else (prop.get_string_value("NAME") or "")
                org = property_org(prop)
                facts.roles.append(Role(key, title, keys.get(id(org)) if org is not None else None, span))
        elif ref.type_name in ("DATE", "DATERANGE"):
            value = pullenti_date_value(ref)
            date_spans.extend((span, value) for span in occurrences(ref))
    # keep the outermost date occurrences
    for span, value in sorted(date_spans, key=lambda x: (x[0][0], -x[0][1])):
        if facts.dates and span[0] < facts.dates[-1].spans[0][1]:
            continue
        facts.dates.append(Date([span], value, text[span[0]:span[1]]))
    return facts
