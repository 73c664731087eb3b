"""The agreement record built from a draft: sides in text order, the signers' bodies when the
text names no side, a supplementary agreement's sides taken from the main one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..analysis import Analysis
from ..result import Agreement, Mention
from .clauses import Syntax, dedupe
from .agreement_claims import litigants
from .agreement_signers import signer_body
from .obligation_parties import GOVERNMENTS

if TYPE_CHECKING:
    from .agreements import Draft

SUPPLEMENT = "дополнительное соглашение"


def role_body(syntax: Syntax, person_id: str) -> str | None:
    """The body a signer signs for (kept for callers of the old name)."""
    return signer_body(syntax, person_id)


def build(analysis: Analysis, syntax: Syntax, number: int, d: Draft, drafts: list[Draft]) -> Agreement:
    first_seen = {e.id: e.start for e in reversed(syntax.entities)}
    parties = sorted(dedupe(d.parties or d.title_parties), key=lambda i: first_seen.get(i, 0))  # in order of the text
    signatories = list(dedupe(d.signatories))
    sides = litigants(syntax, *d.subject) if d.subject else []
    if sides and len(set(sides)) == 2 and (not set(parties) - set(signatories) or set(parties) < set(sides)):
        parties = sides  # "мировое соглашение по иску X к Y": the litigants, whoever signed
    if len(parties) == 1 and signatories:
        # "Ректор X подписал соглашение с АО «Y»": the signers' bodies are the other side
        bodies = [b for b in dedupe([role_body(syntax, p) or "" for p in signatories])
                  if b and b not in parties and not governed(syntax, b, parties)]
        if not bodies and parties[0] in d.counter:
            # "Губернатор X подписал с ООО «Y» соглашение": a signer with no body is the other side himself
            bodies = [p for p in signatories if role_body(syntax, p) is None][:1]
        parties = sorted(parties + bodies, key=lambda i: first_seen.get(i, 0))
    if not parties and signatories:
        # the signers' bodies are the sides when the text gives each signer one; else the signers
        bodies = [role_body(syntax, p) for p in signatories]
        parties = list(bodies) if all(bodies) and len(set(bodies)) == len(bodies) else signatories
    if not parties and d.kind == SUPPLEMENT:
        # a supplementary agreement is concluded by the sides of the main one
        parties = next((list(dedupe(o.parties)) for o in drafts if o is not d and o.parties), [])
    if d.third:  # "третьей стороной выступила X": a side besides the ones the signing names
        parties = sorted(dedupe(parties + d.third), key=lambda i: first_seen.get(i, 0))
    subject = analysis.text[d.subject[0] : d.subject[1]] if d.subject else None
    status = "signed" if d.signed or d.successor is not None else "planned"  # a mention without a signing is
    # announced; one a new agreement replaces was signed before
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


def governed(syntax: Syntax, body: str, parties: list[str]) -> bool:
    """A ministry of a region whose government is already a side signs for that government
    (``министр транспорта Свердловской области`` for ``Правительство Свердловской области``)."""
    records = {e.id: e.record for e in syntax.entities if e.kind == "org"}
    name = str(getattr(records.get(body), "name", ""))
    place = getattr(records.get(body), "place", None)
    if name.lower().startswith(GOVERNMENTS):
        return False
    for p in parties:
        government = str(getattr(records.get(p), "name", ""))
        if not government.lower().startswith(("правительство ", "кабинет министров ")):
            continue
        region = government.split(" ", 2 if government.lower().startswith("кабинет") else 1)[-1]
        if place is not None and getattr(records.get(p), "place", None) == place or name.endswith(" " + region):
            return True
    return False
