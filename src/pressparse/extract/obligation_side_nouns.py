"""A side of an agreement named by a descriptive noun rather than by its name.

``Перевозчик обязался обновить подвижной состав`` in a contract of a city administration and a bus
company: a noun of the part a company plays (``data/obligation_company_roles.tsv``) stands for the
one company among the sides. ``омский театр обязуется`` in an agreement of two theatres: a place
adjective picks the one side whose name holds that place.
"""

from __future__ import annotations

from functools import lru_cache

from ..analysis.doc import Token
from ..data import read_rows
from .clauses import Syntax, lemma
from .obligation_party_kinds import named_place, place_stem
from .obligation_refs import BODY_STEMS, is_company, names, organizations


@lru_cache(maxsize=None)
def company_roles() -> frozenset[str]:
    return frozenset(row[0] for row in read_rows("obligation_company_roles.tsv"))


def side_by_noun(syntax: Syntax, head: Token, sides: tuple[str, ...]) -> list[str]:
    """The one side a descriptive noun names (see the module); [] when it does not single one out."""
    if len(sides) < 2 or head.pos not in ("NOUN", "PROPN") or head.feats.get("Number") == "Plur":
        return []
    records = {r.id: r for r in organizations(syntax)}
    own = [records[i] for i in sides if i in records]
    word = lemma(head).replace("ё", "е")
    if word in company_roles():
        stems = BODY_STEMS.get(word, ())
        if any(s in names(r) for r in own for s in stems):
            return []  # the noun's own stems name a side: the general reading picks it
        companies = [r for r in own if is_company(r)]
        return [companies[0].id] if len(companies) == 1 else []
    adjectives = [place_stem(lemma(k)) for k in syntax.kids(head.index, "amod") if k.pos == "ADJ"]
    adjectives = [s for s in adjectives if s]
    if not adjectives or head.feats.get("Animacy") == "Anim":
        return []
    fits = [r for r in own if any(named_place(r, s) for s in adjectives)]
    return [fits[0].id] if len(fits) == 1 and len(own) > 1 else []
