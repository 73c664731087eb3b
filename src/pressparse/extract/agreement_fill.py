"""Sides, date and place of an agreement from the clause that mentions it (the agreements layer's)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .agreement_agents import agent_parties
from .agreement_parts import between_parties, counterparties, in_face
from .agreement_signers import coordinated_signers, counter_signers, side_signers
from .agreement_signing import cues, is_planned, signing_cue
from .agreement_split import counted_counterparties
from .agreement_events import event_date, event_place, referred_date, same_occasion
from .agreement_sides import members, named_sides, passive_signers, plural_sides, subject_entities
from .clauses import Syntax

if TYPE_CHECKING:
    from .agreements import Draft


def fill_from_clause(syntax: Syntax, draft: Draft, first: int, last: int, earlier: list[Draft] | None = None) -> None:
    """Sides, date and place from the clause that mentions the agreement (``earlier``: the other
    agreements, whose sides ``участники консорциума`` may name)."""
    from .agreements import subject_spans

    draft.parties += between_parties(syntax, first, last)
    draft.third += named_sides(syntax, first, last)
    sides = counterparties(syntax, first, last)
    sides = sides or counted_counterparties(syntax, first, last, draft.parties)
    draft.parties += sides
    draft.counter += sides
    for party, signatory in in_face(syntax, first, last):
        draft.parties.append(party)
        if signatory:
            draft.signatories.append(signatory)
    cue = signing_cue(syntax, first, last)
    if cue is None:
        return
    if is_planned(syntax, cue):
        draft.planned = True
    else:
        draft.signed = True
    verb = cue if cue.pos in ("VERB", "ADJ") else None
    if verb is None and cue.head >= 0 and syntax.tokens[cue.head].pos == "VERB":
        verb = syntax.tokens[cue.head]
    if verb is not None:
        people, orgs = subject_entities(syntax, verb)
        if people:
            draft.signatories += coordinated_signers(syntax, people, first, last) + counter_signers(syntax, first, last) \
                + side_signers(syntax, first, last)
        else:
            draft.parties += orgs or members(syntax, verb, [(d.parties, d.subject_key or frozenset()) for d in earlier or []])
        if not draft.parties and earlier and earlier[-1].parties and plural_sides(syntax, verb):
            draft.parties += earlier[-1].parties  # "в 2019 году они (палаты) заключили соглашение": the same sides
    signs = {w for w, role in cues().items() if role == "sign"}
    draft.signatories += passive_signers(syntax, first, last, signs)
    draft.parties += agent_parties(syntax, first, last, signs)  # "соглашению, заключенному городом и компанией"
    if draft.date is None:
        draft.date = event_date(syntax, first, last) or referred_date(syntax, first, last)
    if draft.date is None and earlier and same_occasion(syntax, first, last):
        draft.date = earlier[-1].date
    if draft.place is None:
        draft.place = event_place(syntax, first, last, subject_spans(syntax, first, last))
