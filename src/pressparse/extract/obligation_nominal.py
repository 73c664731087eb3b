"""Obligations stated with nouns: ``договорились об осуществлении ...``, ``обязательства
компании по строительству ...``, ``соглашение предусматривает участие специалистов X ...``.
The noun becomes an infinitive through ``data/obligation_nouns.tsv``."""

from __future__ import annotations

from ..analysis.doc import Token
from .agreement_parts import find_kinds
from .clauses import Syntax, lemma
from .obligation_noun_verbs import verbs_of_nouns
from .obligation_clauses import Clause, State, cues, party_ids
from .obligation_parties import resolve, subject_of

def nominal_clause(syntax: Syntax, state: State, t: Token) -> Clause | None:
    """``стороны договорились об осуществлении сотрудничества ...`` (no infinitive)."""
    if syntax.negated(t) or any(k.feats.get("VerbForm") == "Inf" for k in syntax.kids(t.index)):
        return None
    nxt = t.index + 1
    last = syntax.units[syntax.unit_of[t.index]][1]
    if nxt + 1 >= last or lemma(syntax.tokens[nxt]) not in ("о", "об", "обо"):
        return None
    noun = syntax.tokens[nxt + 1]
    while noun.pos == "ADJ" and noun.index + 1 < last:
        noun = syntax.tokens[noun.index + 1]
    subject = subject_of(syntax, t)
    parties = party_ids(syntax, state, subject, t)
    start = min(syntax.subtree(subject.index)) if subject is not None and subject.index < t.index else t.index
    return Clause(t, "agreement", parties, start=start, nominal=noun)


def noun_cue_clause(syntax: Syntax, state: State, t: Token) -> Clause | None:
    """``намерение сторон по совместным действиям``, ``обязательства компании по строительству``."""
    last = syntax.units[syntax.unit_of[t.index]][1]
    if any(k.feats.get("VerbForm") == "Inf" for k in syntax.kids(t.index)) or syntax.negated(t):
        return None
    j = t.index + 1
    agent: set[int] = set()
    if j < last and syntax.tokens[j].feats.get("Case") == "Gen" and syntax.tokens[j].pos in ("NOUN", "PROPN"):
        agent = genitive_phrase(syntax, syntax.tokens[j])
        j = max(agent) + 1
    if j + 1 >= last or lemma(syntax.tokens[j]) not in ("по", "о", "об"):
        return None
    noun = syntax.tokens[j + 1]
    while noun.pos == "ADJ" and noun.index + 1 < last:
        noun = syntax.tokens[noun.index + 1]
    named = t.index >= 2 and lemma(syntax.tokens[t.index - 1]) in ("о", "об") and find_kinds(syntax, t.index - 2, t.index - 1)
    if lemma(noun) not in verbs_of_nouns() or named:
        return None  # "меморандум о намерениях по ..." names a document, not an intention
    _, modality = cues()[lemma(t)]
    parties: list[str] | None = None
    if agent:
        side = syntax.tokens[min(agent)]
        parties = resolve(syntax, side, t, state.sides())
    elif t.head >= 0 and syntax.tokens[t.head].pos == "VERB" and syntax.tokens[t.head].feats.get("Voice") != "Pass":
        holder = syntax.tokens[t.head]  # "компания взяла на себя обязательства по ..."
        parties = party_ids(syntax, state, subject_of(syntax, holder), holder)
    if parties is None and not state.agreements:
        return None
    return Clause(t, modality, parties, start=t.index, nominal=noun)


def provision_clause(syntax: Syntax, state: State, t: Token) -> Clause | None:
    """``соглашение предусматривает участие специалистов университета в ...``: a party named inside."""
    if syntax.negated(t):
        return None
    for obj in syntax.kids(t.index, "obj"):
        if obj.index + 1 >= len(syntax.tokens):
            continue
        k = syntax.tokens[obj.index + 1]  # the agent right after the noun, however it was parsed
        if k.feats.get("Case") != "Gen" or k.pos not in ("NOUN", "PROPN"):
            continue
        skip = genitive_phrase(syntax, k)
        span = syntax.tokens[min(skip)].start, syntax.tokens[max(skip)].stop
        ids = [e.id for e in syntax.entities_in(*span, "org", "per")]
        if ids:
            subject = subject_of(syntax, t)
            start = subject.index if subject is not None and subject.index < t.index else t.index
            return Clause(t, "agreement", list(dict.fromkeys(ids)), start=start, nominal=obj, skip=skip)
    return None


def genitive_phrase(syntax: Syntax, k: Token) -> set[int]:
    """The agent "специалистов университета" up to the next preposition or punctuation."""
    last = syntax.units[syntax.unit_of[k.index]][1]
    j = k.index
    while j < last:
        t = syntax.tokens[j]
        if (t.pos in ("ADP", "PUNCT", "VERB", "CCONJ")) and syntax.entity_at(t.start, t.stop) is None:
            break
        j += 1
    return set(range(k.index, j))
