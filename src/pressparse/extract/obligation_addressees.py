"""The person a dative pronoun of an instruction stands for: ``Андрей Солодников поручил ему ...``,
``Ей поручено ...``.

The one who gives the order is never its addressee (that would be ``себе``), so the subject of the
instructing verb is passed over; the addressee is the latest person of the pronoun's gender named
within four clause units before it (``REACH``).
"""

from __future__ import annotations

from ..analysis.doc import Token
from .clauses import Syntax, lemma
from .obligation_pronouns import PRONOUN_GENDER, antecedent, mention_gender

REACH = 4  # clause units: "представил X ... Новый заместитель будет ... поручил ему"


def addressee(syntax: Syntax, pronoun: Token, verb: Token) -> list[str]:
    """Ids the dative pronoun of ``verb`` refers to (see the module)."""
    giver = giver_ids(syntax, verb)
    ids = [i for i in antecedent(syntax, pronoun) if i not in giver]
    if ids:
        return ids
    gender = PRONOUN_GENDER.get(pronoun.text.lower()) or PRONOUN_GENDER.get(lemma(pronoun))  # "ей", "ему"
    if gender is None:
        return []
    unit = syntax.unit_of[pronoun.index]
    floor = syntax.tokens[syntax.units[max(0, unit - REACH)][0]].start
    people = [e for e in syntax.entities if e.kind == "per" and floor <= e.start and e.end <= pronoun.start
              and e.id not in giver and mention_gender(syntax, e) == gender]
    return [people[-1].id] if people else []


def giver_ids(syntax: Syntax, verb: Token) -> set[str]:
    """People and bodies the subject of the instructing verb names."""
    out: set[str] = set()
    for k in syntax.kids(verb.index, "nsubj"):
        idx = syntax.subtree(k.index)
        out |= {e.id for e in syntax.entities_in(syntax.tokens[min(idx)].start, syntax.tokens[max(idx)].stop)}
    return out
