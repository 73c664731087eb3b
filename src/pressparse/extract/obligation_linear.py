"""The doer of a duty the parse left without a subject, read off the words before the predicate:
``стороны``, the bodies just left of it (not one inside another's prepositional phrase), or a lone
body noun in the nominative (``управление обязуется``)."""

from __future__ import annotations

from ..analysis.doc import Token
from .clauses import Entity, Syntax, lemma
from .obligation_datives import pick
from .obligation_parties import SIDES, resolve_head


def linear_subject(syntax: Syntax, pred: Token, sides: tuple[str, ...]) -> list[str] | None:
    """Without a parsed subject: ``стороны`` or the entities just left of the predicate."""
    first = syntax.units[syntax.unit_of[pred.index]][0]
    for t in syntax.tokens[first : pred.index]:
        if lemma(t) in SIDES and t.feats.get("Number") == "Plur" and t.feats.get("Case") == "Nom":
            return list(sides)
    entities = outside_phrases(syntax, syntax.left_entities(pred))
    ids = pick(entities)
    if ids:
        return ids
    noun = linear_noun(syntax, pred)  # "управление обязуется" the parse left without a subject
    return (resolve_head(syntax, noun, pred, sides) or None) if noun is not None else None


def outside_phrases(syntax: Syntax, entities: list[Entity]) -> list[Entity]:
    """``КбшЖД за счет программы ОАО «РЖД» обязуется``: a body named after a preposition that
    follows another body (no comma or ``и`` between) is part of that body's phrase, not a doer."""
    out: list[Entity] = []
    for e in entities:
        if out:
            between = [t for t in syntax.tokens if out[-1].end <= t.start and t.stop <= e.start]
            if any(t.pos == "ADP" for t in between) and not any(t.text == "," or t.pos == "CCONJ" for t in between):
                continue
        out.append(e)
    return out


def linear_noun(syntax: Syntax, pred: Token) -> Token | None:
    """The body noun (``управление``, ``магистраль``) in the nominative right before the predicate
    (adverbs and particles between), in a clause whose parse gave no subject."""
    first = syntax.units[syntax.unit_of[pred.index]][0]
    i = pred.index - 1
    while i >= first and syntax.tokens[i].pos in ("ADV", "PART"):
        i -= 1
    if i < first:
        return None
    t = syntax.tokens[i]
    nominative = t.feats.get("Case") == "Nom" or any("nomn" in p.tag for p in syntax.analysis.vocab(t.text))
    if t.pos not in ("NOUN", "PROPN") or not nominative or t.feats.get("Number") == "Plur":
        return None
    if i > first and syntax.tokens[i - 1].pos == "ADP":
        return None
    return t
