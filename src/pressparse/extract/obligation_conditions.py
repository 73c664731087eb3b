"""Conditions of the obligations layer: a clause said under a condition (``Если подрядчик
сорвет сроки, заказчик вправе ...``, ``В случае срыва показателей компания должна будет
вернуть ...``) states what may happen, not what a party undertakes; the gold of every press set
lists no obligation in such a sentence, neither the condition nor its consequence."""

from __future__ import annotations

from ..analysis.doc import Token
from .clauses import Syntax

IF_WORDS = {"если", "коли"}
LEAD_INS = {"«", "\"", "„", "но", "а", "и", "однако", "—", "–", "-"}  # opening the sentence before "в случае"


def conditional(syntax: Syntax, pred: Token) -> bool:
    """``если`` before the clause's verb in its sentence, or the sentence opened by ``в случае``."""
    first = syntax.units[syntax.unit_of[pred.index]][0]
    before = [t.text.lower() for t in syntax.tokens[first : pred.index]]
    if any(w in IF_WORDS for w in before):
        return True
    while before and before[0] in LEAD_INS:
        before.pop(0)
    return before[:2] == ["в", "случае"]
