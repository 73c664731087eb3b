"""Who signed: the sides and signers named as the subject of a signing verb.

The parse of a long list of names often loses conjuncts, so a plural verb's subject is also read
linearly; a person a body is named after (``имени академика X``), the owner of a branch (``отделение
№ 8604 ПАО Сбербанк``) and a bracketed alias are no sides of their own.
"""

from __future__ import annotations

import re

from ..analysis.doc import Token
from .clauses import Syntax
from .obligation_parties import bodies_of

OWNER_GAP = re.compile(r"^\s*(№\s*\d+\s*)?(\(\s*)?$")
LIST_BREAKS = {"а", "но", "который", "которые", "что", "где", "когда"}


def subject_entities(syntax: Syntax, verb: Token) -> tuple[list[str], list[str]]:
    """(people, organizations) named as the grammatical subject of ``verb``."""
    subjects = syntax.kids(verb.index, "nsubj")
    if not subjects and verb.rel == "conj" and verb.head >= 0:
        subjects = syntax.kids(verb.head, "nsubj")
    people: list[str] = []
    orgs: list[str] = []
    unit = syntax.unit_of[verb.index]
    spans = []
    for s in subjects:
        if syntax.unit_of[s.index] != unit:
            continue
        idx = syntax.subtree(s.index, skip={verb.index})
        last = idx[-1]
        if s.index > verb.index:  # "подписали А и заместитель главы — начальник управления Б": the parse
            end = syntax.units[unit][1] - 1  # may cut a list after the verb at a dash; it runs to the end
            while end > last and syntax.tokens[end].pos == "PUNCT":
                end -= 1
            rest = syntax.tokens[last + 1 : end + 1]
            if rest and not any(t.pos in ("VERB", "AUX") or t.text in ",;:" for t in rest):
                last = end
        spans.append((syntax.tokens[idx[0]].start, syntax.tokens[last].stop))
    if not any(syntax.entities_in(a, b, "per", "org") for a, b in spans) and verb.feats.get("Voice") != "Pass":
        # the parse of a long or run-on sentence often loses the subject: read it linearly
        left = syntax.left_entities(verb, "per", "org")
        spans = [(left[0].start, verb.start)] if left else []
    for start, end in spans:
        found = [e for e in syntax.entities_in(start, end, "per", "org") if not namesake(syntax, e)]
        found = [e for e in found if not attached(syntax, e, found)]
        people += [e.id for e in found if e.kind == "per"]
        if not names_post(syntax, start, end):
            orgs += [e.id for e in found if e.kind == "org"]
            places = [e for e in syntax.entities_in(start, end, "loc") if syntax.entity_at(e.start, e.end, "org") is None]
            orgs += bodies_of(syntax, places)  # "Татарстан и компания подписали": the region's government
    if verb.feats.get("Number") == "Plur" and not people:  # the parse of a long list often loses conjuncts
        listed = listed_orgs(syntax, verb)
        if len(listed) > len(set(orgs)) and set(orgs) <= set(listed):
            orgs = listed
    return people, orgs


def namesake(syntax: Syntax, e) -> bool:
    """``университет имени академика М.Ф. Решетнёва``: a person a body is named after."""
    if e.kind != "per":
        return False
    before = syntax.analysis.text[max(0, e.start - 25) : e.start].lower().split()
    names = ("имени", "им.", "им")  # "имени Пирогова", "имени академика Решетнёва"
    return bool(before) and (before[-1] in names or len(before) > 1 and before[-2] in names and before[-1].isalpha())


def attached(syntax: Syntax, e, found: list) -> bool:
    """An organization right after another one: the owner of a branch (``отделение № 8604 ПАО
    Сбербанк``) or an alias in brackets (``ПАО «Автодизель» (Ярославский моторный завод)``)."""
    if e.kind != "org":
        return False
    text = syntax.analysis.text
    return any(o is not e and o.kind == "org" and o.end <= e.start and OWNER_GAP.match(text[o.end : e.start])
               for o in found)


def listed_orgs(syntax: Syntax, verb: Token) -> list[str]:
    """``X, Y и Z подписали``: the organizations listed before a plural verb, read linearly (a
    comma continues the list when a name follows it)."""
    first = syntax.units[syntax.unit_of[verb.index]][0]
    i = verb.index - 1
    while i >= first:
        t = syntax.tokens[i]
        if t.text in ".;:!?" and syntax.entity_at(t.start, t.stop) is None or t.text.lower() in LIST_BREAKS:
            break
        if t.text == "," and syntax.entity_at(t.start, t.stop) is None and (
                i + 1 >= verb.index or syntax.entity_at(syntax.tokens[i + 1].start, syntax.tokens[i + 1].stop, "org") is None):
            break
        if t.pos == "VERB" and t.feats.get("VerbForm") == "Fin":
            break
        i -= 1
    start = syntax.tokens[i + 1].start if i + 1 < verb.index else verb.start
    found = [e for e in syntax.entities_in(start, verb.start, "per", "org") if not namesake(syntax, e)]
    if any(e.kind == "per" for e in found):
        return []
    return list(dict.fromkeys(e.id for e in found if not attached(syntax, e, found)))


def names_post(syntax: Syntax, start: int, end: int) -> bool:
    """A subject like "заместитель главы Минпромторга": the body is the signer's, not a side."""
    for t in syntax.analysis.tokens_in(start, end):
        if t.pos == "NOUN" and t.feats.get("Animacy") == "Anim" and syntax.entity_at(t.start, t.stop) is None:
            return True
    return False


