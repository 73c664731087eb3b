"""The sides a passive participle of signing names as its agents: ``По концессионному соглашению,
заключенному городом и компанией в 2019 году`` is the city's administration and the company named
before; ``договор, подписанный администрацией района и ООО «Вега»`` its two organizations.

A named organization is itself; a common noun is the body it stands for as an obligation's party
would be (``компанией`` the one company of that word, ``городом``/``районом`` the one administration
of such a unit named before); a noun that fits no one body adds nothing.
"""

from __future__ import annotations

from ..analysis.doc import Token
from .clauses import Syntax, lemma
from .obligation_party_kinds import LOCAL_UNITS, local_government
from .obligation_party_words import body_by_word
from .obligation_refs import generic_body


def agent_parties(syntax: Syntax, first: int, last: int, signs: set[str]) -> list[str]:
    """Organizations in the instrumental after a passive participle of a verb in ``signs`` in
    tokens [first, last)."""
    out: list[str] = []
    for t in syntax.tokens[first:last]:
        if lemma(t) not in signs or t.feats.get("VerbForm") != "Part" or t.feats.get("Voice") != "Pass":
            continue
        for agent in agents(syntax, t):
            out += body_of(syntax, agent)
    return out


def agents(syntax: Syntax, verb: Token) -> list[Token]:
    """The instrumental agents of ``verb`` and the nouns coordinated with them."""
    found = [k for k in syntax.kids(verb.index, "obl") if k.feats.get("Case") == "Ins"
             and (k.rel == "obl:agent" or not syntax.kids(k.index, "case"))]  # not "с городом"
    out: list[Token] = []
    for k in found:
        out.append(k)
        out += [c for c in syntax.kids(k.index, "conj") if c.feats.get("Case") == "Ins"]
        out += following_bodies(syntax, k, out)
    return out


def following_bodies(syntax: Syntax, k: Token, taken: list[Token]) -> list[Token]:
    """``администрацией района и ООО «Вега»``: an organization after "и" next to the agent's phrase,
    which the parse may hang off the agent's genitive (an undeclined ``ООО`` has no instrumental)."""
    tokens = syntax.tokens
    entity = syntax.entity_at(k.start, k.stop, "org")
    j = k.index + 1
    while j < len(tokens) and (entity is not None and tokens[j].start < entity.end
                               or tokens[j].pos in ("NOUN", "ADJ", "PROPN") and tokens[j].feats.get("Case") == "Gen"):
        j += 1  # past the agent's own name or genitive ("администрацией района")
    if j + 1 >= len(tokens) or tokens[j].text != "и" or any(t.index == j + 1 for t in taken):
        return []
    side = syntax.entity_at(tokens[j + 1].start, tokens[j + 1].stop, "org")
    return [tokens[j + 1]] if side is not None and side.start == tokens[j + 1].start else []


def body_of(syntax: Syntax, head: Token) -> list[str]:
    """The organization an agent word names: an entity there, else the body a common noun stands for."""
    entity = syntax.entity_at(head.start, head.stop, "org")
    if entity is not None:
        return [entity.id]
    if syntax.entity_at(head.start, head.stop, "per") is not None or head.pos != "NOUN":
        return []
    if lemma(head) in LOCAL_UNITS:
        return local_government(syntax, head)
    return body_by_word(syntax, head) or generic_body(syntax, head)
