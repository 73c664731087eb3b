"""Parties named by what they are rather than by name: ``федеральное ведомство`` (a federal
body, not the region's), ``новосибирская сторона`` (the side of that region), ``получатель
выплаты`` (a private person: no party), ``регион`` (its government when the sides say nothing).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..analysis.doc import Token
from .clauses import Syntax, lemma
from .obligation_refs import STATE_HEADS, names, organizations

FEDERAL_WORDS = {"федеральный", "общероссийский", "всероссийский"}
REGIONAL_WORDS = {"региональный", "республиканский", "областной", "краевой", "окружной", "городской",
                  "муниципальный", "местный", "районный"}
LOCAL_WORDS = {"городской", "муниципальный", "местный", "районный", "поселковый", "сельский"}
LOCAL_NAMES = (" город", " района", " округа", " поселения", " муниципального")
GOVERNMENTS = ("правительство", "администрация", "мэрия", "кабинет министров")
ADJECTIVE_END = re.compile(r"(ий|ый|ой|ая|ое|ие|ые)$")
REGION_WORDS = (" области", " края", " республики", " республика")
CAPITAL_WORD = re.compile(r"\b[А-ЯЁ][а-яё]+")


def federal(record) -> bool:
    """A federal body by its name (``Федеральное агентство ...``, ``Министерство ... Российской
    Федерации``), not a regional branch of one (``Управление Федеральной службы ... по краю``)."""
    text = names(record)
    if text.startswith("федеральн"):  # "Федеральное агентство по туризму": "по" names its field, not a region
        return True
    return ("российской федерации" in text or " россии" in text) and " по " not in text


def level_fits(syntax: Syntax, head: Token, record) -> bool:
    """``федеральное ведомство`` names a federal body, ``региональный минфин`` a regional one."""
    adjectives = {lemma(k) for k in syntax.kids(head.index, "amod")}
    if adjectives & FEDERAL_WORDS:
        return federal(record)
    if adjectives & REGIONAL_WORDS:
        return not federal(record)
    return True


def side_by_adjective(syntax: Syntax, head: Token, sides: tuple[str, ...]) -> list[str]:
    """``новосибирская сторона`` -> the side (else the body, a government first) whose name holds
    the place the adjective is made of (``Правительство Новосибирской области``)."""
    adjectives = [k for k in syntax.kids(head.index, "amod") if k.pos == "ADJ"]
    adjectives = adjectives or ([head] if lemma(head) != "сторона" else [])  # "..., а якутская — ...": the noun left out
    stems = [place_stem(lemma(k)) for k in adjectives]
    stems = [s for s in stems if s]
    if not stems:
        return []
    orgs = organizations(syntax)
    own = [r for r in orgs if r.id in sides]
    for pool in (own, [r for r in orgs if min(m.start for m in r.mentions) < head.start]):
        fits = [r for r in pool if any(named_place(r, s) for s in stems)]
        governing = [r for r in fits if str(r.name).lower().startswith(GOVERNMENTS)]
        fits = governing or fits
        if len(fits) == 1:
            return [fits[0].id]
    return []


def place_stem(word: str) -> str:
    """``томский`` -> ``томск``, ``якутский`` -> ``якутск`` (at least 4 letters)."""
    stem = ADJECTIVE_END.sub("", word.replace("ё", "е"))
    return stem if len(stem) >= 4 and stem != word else ""


def named_place(record, stem: str) -> bool:
    """A capitalized word of the name sharing the stem's first letters (``Якутия``, ``Москвы`` ~ ``московск``)."""
    for word in CAPITAL_WORD.findall(f"{record.name} {getattr(record, 'short_name', '') or ''}"):
        w = word.lower().replace("ё", "е")
        common = next((n for n, (a, b) in enumerate(zip(w, stem)) if a != b), min(len(w), len(stem)))
        if common >= max(4, len(stem) - 4):
            return True
    return False


def layman(head: Token) -> bool:
    """``получатель выплаты обязан``: a private person the text names no party for."""
    return head.pos in ("NOUN", "PROPN") and lemma(head) in laymen()  # "Получатель" opening a sentence


@lru_cache(maxsize=None)
def laymen() -> frozenset[str]:
    from ..data import read_rows

    return frozenset(row[0] for row in read_rows("obligation_laymen.tsv"))


def authorities(syntax: Syntax, head: Token, pred: Token, sides: tuple[str, ...]) -> list[str]:
    """``краевые власти``, ``федеральные власти``, ``омские власти``: the agreement's side that is the
    government (``Правительство``, ``Администрация``) of the level or place the adjective names
    (without an agreement, under a duty modal, the one named before); nothing when the adjective is
    missing or not exactly one fits."""
    adjectives = {lemma(k) for k in syntax.kids(head.index, "amod")}
    orgs = [r for r in organizations(syntax) if str(r.name).lower().startswith(GOVERNMENTS)]
    if adjectives & FEDERAL_WORDS:
        fits = [r for r in orgs if federal(r)]
    elif adjectives & LOCAL_WORDS:
        fits = [r for r in orgs if not federal(r) and any(w in names(r) for w in LOCAL_NAMES)]
    elif adjectives & REGIONAL_WORDS:
        fits = [r for r in orgs if not federal(r) and not any(w in names(r) for w in LOCAL_NAMES)]
    else:
        return [i for i in side_by_adjective(syntax, head, sides) if i in sides] if adjectives else []
    pick = [r for r in fits if r.id in sides]
    if not sides and pred.feats.get("VerbForm") != "Fin":  # "районные власти обязаны": the one named before
        pick = [r for r in fits if min(m.start for m in r.mentions) < head.start]
    return [pick[0].id] if len(pick) == 1 else []  # but "пообещал, что власти выполнят поручения": no one's duty


def region_government(syntax: Syntax, head: Token) -> list[str]:
    """``регион берет на себя ...`` outside an agreement of governments: the one regional
    government the release names before, else its one regional body (``Комитет ... области``)."""
    orgs = [r for r in organizations(syntax) if min(m.start for m in r.mentions) < head.start]
    governing = [r for r in orgs if str(r.name).lower().startswith(GOVERNMENTS[:1]) and not federal(r)]
    if not governing:
        governing = [r for r in orgs if names(r).startswith(STATE_HEADS) and not federal(r)
                     and any(w in names(r) for w in REGION_WORDS)]
    return [governing[0].id] if len(governing) == 1 else []


LOCAL_UNITS = {"район": " района", "город": " города", "округ": " округа", "поселение": " поселения"}


def local_government(syntax: Syntax, head: Token) -> list[str]:
    """``район поддержит заявку``: the one administration of such a unit the release names before."""
    word = LOCAL_UNITS[lemma(head)]
    orgs = [r for r in organizations(syntax) if min(m.start for m in r.mentions) < head.start]
    fits = [r for r in orgs if str(r.name).lower().startswith(GOVERNMENTS) and word in names(r)]
    return [fits[0].id] if len(fits) == 1 else []


def regional_governments(syntax: Syntax, head: Token) -> list[str]:
    """``Регионы должны`` after agreements with each: the regional governments named before."""
    orgs = [r for r in organizations(syntax) if min(m.start for m in r.mentions) < head.start]
    ids = [r.id for r in orgs if str(r.name).lower().startswith(GOVERNMENTS) and not federal(r)]
    return ids if len(ids) > 1 else []


def speaker_body(syntax: Syntax, head: Token, fits) -> list[str]:
    """``По его словам, ведомство планирует ...``: the body of the person whose words these are
    (the latest one named before), when it is of the noun's kind."""
    first, last = syntax.units[syntax.unit_of[head.index]]
    words = [t.text.lower().replace("ё", "е") for t in syntax.tokens[first:head.index]]
    said = any(words[i] == "по" and words[i + 2] == "словам" and words[i + 1] in ("его", "ее")
               for i in range(len(words) - 2))
    if not said:
        return []
    people = [e for e in syntax.entities if e.kind == "per" and e.end <= syntax.tokens[first].start]
    if not people:
        return []
    records = {e.id: e.record for e in syntax.entities if e.kind == "org"}
    for role in getattr(people[-1].record, "roles", ()):
        org = records.get(getattr(role, "organization", None))
        if org is not None and fits(org):
            return [org.id]
    return []


def place_side(syntax: Syntax, place, sides: tuple[str, ...]) -> list[str]:
    """``Ставрополье, со своей стороны, берет на себя ...`` in a concession of the regional ministry and
    a company: the one side that is no company and whose name holds that place."""
    from .obligation_refs import is_company

    records = {e.id: e for e in syntax.entities if e.kind == "org"}
    fits = []
    for i in sides:
        org = records.get(i)
        if org is None or is_company(org.record):
            continue
        inner = any(e.kind == "loc" and e.id == place.id for m in getattr(org.record, "mentions", ())
                    for e in syntax.entities_in(m.start, m.end, "loc"))
        if inner or getattr(org.record, "place", None) == place.id:
            fits.append(i)
    return fits if len(fits) == 1 else []
