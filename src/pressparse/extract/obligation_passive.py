"""Passive obligations: ``будет отремонтирован``, ``должна быть исполнена``, ``стороны договорились,
что ... будут набраны``; the doer comes from the agent, the reporting verb's subject or the context."""

from __future__ import annotations

from ..analysis.doc import Token
from .clauses import FUTURE_AUX, Syntax, lemma
from .obligation_checks import acting_appointment
from .obligation_clauses import Clause, State, party_ids
from .obligation_cues import cues, narration
from .obligation_parties import subject_of


def passive_clause(syntax: Syntax, state: State, t: Token) -> Clause | None:
    aux = [k for k in syntax.kids(t.index, "aux", "aux:pass")]
    g = syntax.tokens[t.head] if t.head >= 0 else None
    if lemma(t) in narration() or acting_appointment(syntax, t):
        return None  # "меморандум будет подписан": a planned signing, not an obligation
    if any(k.text.lower() in FUTURE_AUX for k in aux):
        if not state.agreements or syntax.negated(aux[0]):
            return None
        modality, start = "commitment", min(k.index for k in aux)
    elif g is not None and cues().get(lemma(g), ("", ""))[1] == "requirement" and cues()[lemma(g)][0] == "adj":
        if syntax.negated(g):
            return None
        modality, start = "requirement", g.index
    else:
        return None
    unit = syntax.unit_of[t.index]
    subjects = syntax.kids(t.index, "nsubj:pass") or (syntax.kids(g.index, "nsubj:pass") if g is not None else [])
    subject = next((k for k in subjects if syntax.unit_of[k.index] == unit), None)
    if subject is not None and restated(syntax, subject):
        return None
    agent = next((k for k in syntax.kids(t.index, "obl") if k.feats.get("Case") == "Ins" and k.index > t.index
                  and k.pos in ("NOUN", "PROPN") and not syntax.kids(k.index, "case")), None)
    parties = None
    if agent is not None:  # "будут утверждены сторонами", "обнародованы властями"
        parties = party_ids(syntax, state, agent, t)
    said = reported_by(syntax, t)
    if parties is None and said is not None:  # "стороны договорились, что ... будут набраны"
        holder = said[0]
        subject_token = subject_of(syntax, holder)
        parties = party_ids(syntax, state, subject_token, holder) if subject_token is not None else None
        if parties:
            modality = said[1]
            if subject_token.index < start:
                start = min(syntax.subtree(subject_token.index))
    if subject is not None and subject.index < start:
        start = min(i for i in syntax.subtree(subject.index) if i < t.index)
    return Clause(t, modality, parties, start=start, passive=True, subject=subject, agent=agent)


def restated(syntax: Syntax, subject: Token) -> bool:
    """``... перенос сетей — эти работы должны быть завершены в 2026 году``: a term for the task just
    named, not a task of its own."""
    first = min(syntax.subtree(subject.index))
    return (any(lemma(k) == "этот" for k in syntax.kids(subject.index, "det"))
            and first > 0 and syntax.tokens[first - 1].text in ("—", ":"))


def reported_by(syntax: Syntax, t: Token) -> tuple[Token, str] | None:
    """The agreement or commitment verb whose ``что ...`` clause ``t`` heads, with its modality."""
    if t.rel != "ccomp" or t.head < 0:
        return None
    g = syntax.tokens[t.head]
    cue = cues().get(lemma(g))
    if cue is None or cue[0] != "verb" or cue[1] not in ("agreement", "commitment") or syntax.negated(g):
        return None
    return g, cue[1]
