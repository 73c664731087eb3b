"""Parties of the obligations layer that are groups: partners named with ``совместно с``, a plural
noun for the bodies of its kind named around it (``ведомства``, ``операторы``), and no party for a
body named only inside another body's name."""

from __future__ import annotations

from ..analysis.doc import Token
from .clauses import Syntax, lemma
from .obligation_datives import pick
from .obligation_refs import COMMERCIAL, SIDE_WORDS, drop_nested, fits_word


def partners(syntax: Syntax, holder: Token) -> list[str]:
    """``ведомство совместно с филиалом X планирует``, ``намерена открыть центр совместно с
    университетом``: the body named after "совместно/вместе с" (on the cue or its infinitive)."""
    out: list[str] = []
    for adv in joint(syntax, holder):
        for k in syntax.kids(adv.index, "obl", "nmod"):
            if not any(lemma(c) in ("с", "со") for c in syntax.kids(k.index, "case")):
                continue
            idx = syntax.subtree(k.index)
            found = drop_nested(syntax, syntax.entities_in(syntax.tokens[min(idx)].start, syntax.tokens[max(idx)].stop, "org", "per"))
            out += pick(found)[:1]
    return out


def joint(syntax: Syntax, holder: Token) -> list[Token]:
    """The ``совместно``/``вместе`` of a cue or of the infinitive it governs."""
    nodes = [holder] + [k for k in syntax.kids(holder.index, "xcomp") if k.feats.get("VerbForm") == "Inf"]
    return [a for n in nodes for a in syntax.kids(n.index, "advmod") if lemma(a) in ("совместно", "вместе")]


def joint_skip(syntax: Syntax, pred: Token) -> set[int]:
    """``совместно с университетом`` on the infinitive names a co-party: no part of the action."""
    advs = [a for a in syntax.kids(pred.index, "advmod") if lemma(a) in ("совместно", "вместе")]
    return {i for a in advs if partners(syntax, syntax.tokens[a.head]) for i in syntax.subtree(a.index)}


def plural_bodies(syntax: Syntax, head: Token, pred: Token, reach: int = 1) -> list[str]:
    """``ведомства должны``: the bodies of that kind named in this clause unit or the one before,
    when there are two or more (the verb's number decides when the noun's is misread)."""
    if "Plur" not in (head.feats.get("Number"), pred.feats.get("Number")) or lemma(head) in SIDE_WORDS:
        return []
    unit = syntax.unit_of[head.index]
    for floor in (syntax.tokens[syntax.units[max(0, unit - reach)][0]].start, 0):  # else the whole release before
        near = [e for e in syntax.entities if e.kind == "org" and floor <= e.start and e.end <= head.start]
        ids = list(dict.fromkeys(e.id for e in drop_nested(syntax, near) if fits_word(syntax, head, lemma(head), e.record)))
        if len(ids) > 1:
            return ids
    if lemma(head) in COMMERCIAL and reach > 1:  # "операторы построят ... Строительство ведут ПАО «А» и ПАО «Б»"
        if unit + 1 >= len(syntax.units):
            return []
        first, last = syntax.units[unit + 1]  # the next clause unit, not the verb's own objects
        floor, ceiling = syntax.tokens[first].start, syntax.tokens[last - 1].stop
        near = [e for e in syntax.entities if e.kind == "org" and floor <= e.start and e.end <= ceiling]
        ids = list(dict.fromkeys(e.id for e in drop_nested(syntax, near) if fits_word(syntax, head, lemma(head), e.record)))
        return ids if len(ids) > 1 else []
    return []


def drop_inner(syntax: Syntax, ids: list[str]) -> list[str]:
    """A body named only inside another body's name (``... Сибирского отделения Российской академии
    наук`` within an institute's, or within that branch's) is no party of its own."""
    if len(ids) < 2:
        return ids
    orgs = [(e.id, e.start, e.end) for e in syntax.entities if e.kind == "org"]
    spans = {i: [(s, e) for o, s, e in orgs if o == i] for i in ids}
    def inside(i: str) -> bool:
        return bool(spans[i]) and all(any(o != i and a <= s and e <= b and (b - a) > (e - s) for o, a, b in orgs)
                                      for s, e in spans[i])
    return [i for i in ids if not inside(i)] or ids
