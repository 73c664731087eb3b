"""``X и Y договорились о ...``: an accord that gives the subject and sides of an agreement named
nearby (``В рамках соглашения стороны договорились о ...``)."""

from __future__ import annotations

from dataclasses import dataclass

from .agreement_parts import in_face, subject_after
from .agreement_sides import subject_entities
from .clauses import Syntax, lemma

ACCORD_VERBS = {"договориться", "условиться", "договариваться"}


@dataclass(slots=True)
class Accord:
    """``X и Y договорились о ...``: a subject and sides for an agreement named nearby."""

    unit: int
    subject: tuple[int, int]
    parties: list[str]
    signatories: list[str]


def find_accord(syntax: Syntax, number: int, first: int, last: int) -> Accord | None:
    tokens = syntax.tokens
    for t in tokens[first:last]:
        if lemma(t) not in ACCORD_VERBS or syntax.negated(t):
            continue
        nxt = t.index + 1
        subject = subject_after(syntax, nxt, last) if nxt < last else None
        if subject is None:
            continue
        faces = in_face(syntax, first, last)
        people, orgs = subject_entities(syntax, t)
        parties = [p for p, _ in faces] or orgs or people
        signatories = [s for _, s in faces if s]
        return Accord(number, subject, parties, signatories)
    return None
