"""The sides of a settlement: ``мировое соглашение по иску X к Y`` is concluded by the claimant X
and the defendant Y, whoever signs it for them."""

from __future__ import annotations

from .clauses import Syntax, lemma

CLAIMS = {"иск", "заявление", "жалоба"}  # "по иску X к Y", "по заявлению X к Y"


def litigants(syntax: Syntax, start: int, end: int) -> list[str]:
    """Claimant and defendant named in a subject span ``по иску X к Y ...`` (none if not both)."""
    tokens = syntax.analysis.tokens_in(start, end)
    if len(tokens) < 4 or lemma(tokens[0]) != "по" or lemma(tokens[1]) not in CLAIMS:
        return []
    against = next((t for t in tokens[2:] if t.text.lower() in ("к", "ко")
                    and syntax.entity_at(t.start, t.stop, "org") is None), None)
    if against is None:
        return []
    claimant = syntax.entities_in(tokens[1].stop, against.start, "org", "per")
    defendant = [e for e in syntax.entities_in(against.stop, end, "org", "per")
                 if syntax.analysis.token_at(e.start) is not None
                 and syntax.analysis.token_at(e.start).index <= against.index + 3]
    if not claimant or not defendant:
        return []
    return [claimant[0].id, defendant[0].id]
