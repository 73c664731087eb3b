"""Agreements other than the release's: a standing contract of another body (``ООО «Б», которое
обслуживает переправы по договору с министерством с 2021 года`` names an older agreement between that
body and the ministry; its date, subject and signers stay unknown) and private people's own contracts
(``победители должны подписать договоры о гранте``: one each, no agreement of the release)."""

from __future__ import annotations

from .agreement_parts import KindMention
from .clauses import Syntax, lemma

STANDING = {"договор", "контракт", "соглашение"}
RELATIVE = {"который"}


def standing_sides(syntax: Syntax, m: KindMention, known: list[list[str]]) -> list[str]:
    """``по договору с X`` whose doer (the subject of the verb before it) is a body none of the
    ``known`` agreements has: [the doer, X]; else []."""
    tokens = syntax.tokens
    head = tokens[m.head]
    if m.first == 0 or tokens[m.first - 1].text.lower() != "по" or lemma(head) not in STANDING:
        return []
    if m.last >= len(tokens) - 1 or tokens[m.last].text.lower() not in ("с", "со"):
        return []
    partner = with_body(syntax, m.last + 1, known)
    doer = doer_before(syntax, m.first - 1)
    if partner is None or doer is None or doer == partner or any(doer in sides for sides in known):
        return []
    return [doer, partner]


def with_body(syntax: Syntax, i: int, known: list[list[str]]) -> str | None:
    """The body after ``с``: a name, or a bare word (``министерством``) that opens a known side's name."""
    t = syntax.tokens[i]
    named = syntax.entity_at(t.start, t.stop, "org")
    if named is not None:
        return named.id
    records = {e.id: e.record for e in syntax.entities if e.kind == "org"}
    for side in (s for sides in known for s in sides):
        words = getattr(records.get(side), "name", "").split()
        parses = syntax.analysis.vocab(words[0].lower()) if words else []
        if parses and parses[0].normal == lemma(t):
            return side
    return None


def doer_before(syntax: Syntax, i: int) -> str | None:
    """The body doing the verb ``по договору`` follows: ``X, который обслуживает``, ``X обслуживает``."""
    tokens = syntax.tokens
    sent = tokens[i].sent
    for j in range(i - 1, -1, -1):
        t = tokens[j]
        if t.sent != sent or t.text in ".;":
            return None
        if lemma(t) in RELATIVE and t.pos == "PRON" and j >= 2 and tokens[j - 1].text == ",":
            named = syntax.entity_at(tokens[j - 2].start, tokens[j - 2].stop, "org")
            return named.id if named is not None else None
        if t.pos == "VERB" and t.feats.get("VerbForm") == "Fin":
            subject = next((k for k in syntax.kids(t.index, "nsubj") if k.index < t.index), None)
            named = syntax.entity_at(subject.start, subject.stop, "org") if subject is not None else None
            if subject is not None and lemma(subject) not in RELATIVE:
                return named.id if named is not None else None
    return None


def private_sides(syntax: Syntax, m: KindMention) -> bool:
    """The agreement noun's verb has for its subject private people no record names (``победители``)."""
    node = syntax.tokens[m.head]
    for _ in range(3):
        if node.head < 0:
            return False
        node = syntax.tokens[node.head]
        subjects = syntax.kids(node.index, "nsubj")
        if subjects:
            k = subjects[0]
            return (k.pos == "NOUN" and k.feats.get("Animacy") == "Anim" and k.feats.get("Number") == "Plur"
                    and syntax.entity_at(k.start, k.stop) is None)
    return False
