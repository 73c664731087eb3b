"""A term shared by a cue's list of tasks: ``обязуется до 31 декабря 2029 года вложить X, создать Y
и освоить Z`` -- the parse hangs every infinitive on the cue, the term sits before the first one
only, and the gold gives each task the term (``создать 420 рабочих мест до 31 декабря 2029 года``)."""

from __future__ import annotations

from ..analysis.doc import Token
from .clauses import Syntax, lemma


def shared_cue_term(syntax: Syntax, pred: Token, core: int) -> tuple[int, int] | None:
    """The term between the cue and its first infinitive, for a later infinitive of the same cue
    joined by a comma or ``и`` with no term of its own, no doer and no ``а`` of its own."""
    from .obligation_cues import cues
    from .obligation_gaps import deadline
    from .obligation_order import cue_term

    if pred.rel not in ("xcomp", "conj") or pred.head < 0 or lemma(syntax.tokens[pred.head]) not in cues():
        return None
    earlier = [k for k in syntax.kids(pred.head, "xcomp", "conj")
               if k.feats.get("VerbForm") == "Inf" and k.index < pred.index]
    if not earlier:
        return None
    term = cue_term(syntax, earlier[0])
    tokens = syntax.tokens
    if term is None or any(t.text.lower() in ("а", "но", ";", "—") for t in tokens[earlier[0].index : pred.index]):
        return None
    if deadline(syntax, tokens[pred.index].start, tokens[max(core, pred.index)].stop) is not None:
        return None  # "..., а к 1 октября 2029 года — построить": a term of its own
    if any(t.pos in ("NOUN", "PROPN") and t.feats.get("Case") == "Nom" for t in tokens[earlier[0].index + 1 : pred.index]
           if t.rel.startswith("nsubj")):
        return None  # a doer of its own
    return term
