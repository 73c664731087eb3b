"""The agreement record built from a draft: sides in text order, the signers' bodies when the
text names no side, a supplementary agreement's sides taken from the main one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..analysis import Analysis
from ..result import Agreement, Mention
from .clauses import Syntax, dedupe
from .obligation_parties import bodies_of

if TYPE_CHECKING:
    from .agreements import Draft

SUPPLEMENT = "дополнительное соглашение"


def role_body(syntax: Syntax, person_id: str) -> str | None:
    person = next((e.record for e in syntax.entities if e.id == person_id), None)
    for role in getattr(person, "roles", ()):
        if role.organization:
            return role.organization
    for role in getattr(person, "roles", ()):  # "губернатор Тверской области": the region's government, if named
        places = syntax.entities_in(role.mention.start, role.mention.end, "loc")
        bodies = bodies_of(syntax, places[:1]) if places else []
        if bodies:
            return bodies[0]
    return None


def build(analysis: Analysis, syntax: Syntax, number: int, d: Draft, drafts: list[Draft]) -> Agreement:
    first_seen = {e.id: e.start for e in reversed(syntax.entities)}
    parties = sorted(dedupe(d.parties or d.title_parties), key=lambda i: first_seen.get(i, 0))  # in order of the text
    signatories = list(dedupe(d.signatories))
    if len(parties) == 1 and signatories:
        # "Ректор X подписал соглашение с АО «Y»": the signers' bodies are the other side
        bodies = [b for b in dedupe([role_body(syntax, p) or "" for p in signatories]) if b and b not in parties]
        parties = sorted(parties + bodies, key=lambda i: first_seen.get(i, 0))
    if not parties and signatories:
        # the signers' bodies are the sides when the text gives each signer one; else the signers
        bodies = [role_body(syntax, p) for p in signatories]
        parties = list(dedupe(bodies)) if all(bodies) else signatories
    if not parties and d.kind == SUPPLEMENT:
        # a supplementary agreement is concluded by the sides of the main one
        parties = next((list(dedupe(o.parties)) for o in drafts if o is not d and o.parties), [])
    subject = analysis.text[d.subject[0] : d.subject[1]] if d.subject else None
    status = "signed" if d.signed else "planned"  # a mention without a signing is announced
    return Agreement(
        id=f"agr{number}",
        kind=d.kind,
        subject=subject,
        parties=tuple(parties),
        signatories=tuple(signatories),
        date=d.date,
        place=d.place,
        status=status,
        mention=Mention(text=analysis.text[d.start : d.end], start=d.start, end=d.end),
    )
