"""Whether a clause reports a signing: the cue word (``data/agreement_cues.tsv``), a signing
denied (``не подписали``, ``отказались подписать``), a signing still to come."""

from __future__ import annotations

from functools import lru_cache

from ..analysis.doc import Token
from ..data import read_rows
from .clauses import Syntax, lemma

PLAN_LEMMAS = {"планировать", "планироваться", "намереваться", "намерен", "собираться", "предстоять",
               "запланировать", "планироваться", "ожидаться", "предполагаться", "готовиться",
               "обязан", "обязанный", "обязать", "должен", "должный"}  # "покупатель обязан подписать договор": still to come


@lru_cache(maxsize=None)
def cues() -> dict[str, str]:
    return dict(read_rows("agreement_cues.tsv"))


def signing_cue(syntax: Syntax, first: int, last: int) -> Token | None:
    """The word that reports the signing in tokens [first, last), if any."""
    table = cues()
    tokens = syntax.tokens[first:last]
    lemmas = {lemma(t) for t in tokens}
    for t in tokens:
        role = table.get(lemma(t))
        if (role == "sign" or (role == "seal" and "подпись" in lemmas and lemma(t) != "подпись")) and not refused(syntax, t):
            return t
    return None


REFUSALS = {"отказаться", "отказываться", "отказ"}  # "отказалась подписать": no signing


def refused(syntax: Syntax, cue: Token) -> bool:
    """A signing denied: ``не подписали``, ``подписать его не успела``, ``отказались подписать``."""
    if syntax.negated(cue):
        return True
    if cue.feats.get("VerbForm") != "Inf" or cue.head < 0:
        return False
    verb = syntax.tokens[cue.head]
    return cue.rel == "xcomp" and verb.pos == "VERB" and (syntax.negated(verb) or lemma(verb) in REFUSALS)


def is_planned(syntax: Syntax, cue: Token) -> bool:
    """A signing still to come: future tense, or governed by a verb of planning."""
    if syntax.negated(cue):
        return False
    node: Token | None = cue
    for _ in range(3):
        if node is None:
            break
        if node.pos in ("VERB", "AUX", "ADJ") and syntax.future(node):
            return True
        if lemma(node) in PLAN_LEMMAS:
            return True
        node = syntax.tokens[node.head] if node.head >= 0 else None
    return False
