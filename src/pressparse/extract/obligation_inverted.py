"""Inverted future clauses the parse tore apart: ``Координировать проект со стороны банка будет
управляющий ... X, в сентябре назначенный ...`` whose ``будет`` the parse hung on a later
participle (``назначенный``), so that the infinitive opens the sentence with no auxiliary."""

from __future__ import annotations

from ..analysis.doc import Token
from .clauses import FUTURE_AUX, Syntax

STOPS = {",", ";", ":", "—", "–", "(", "«"}


def linear_aux(syntax: Syntax, t: Token) -> Token | None:
    """The ``будет`` right after the root infinitive's own words (its object and adjuncts, no
    comma, no other verb between): the auxiliary of the infinitive, whatever the parse made of it."""
    if t.head >= 0 or t.feats.get("VerbForm") != "Inf":
        return None
    last = syntax.units[syntax.unit_of[t.index]][1]
    for tok in syntax.tokens[t.index + 1 : last]:
        if tok.text.lower() in FUTURE_AUX:
            return tok
        if tok.text in STOPS or tok.pos in ("VERB", "AUX"):
            return None
    return None
