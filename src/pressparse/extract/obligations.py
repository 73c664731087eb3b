"""Obligations layer: what parties undertake, agree on, intend, must do or are told to do.

Clauses are found on natasha's dependency parse:

* an infinitive governed by a cue of ``data/modality.tsv`` (``обязуется``, ``договорились``,
  ``достигнута договоренность``, ``планируется``, ``должны``, ``поручил``) or by future
  ``будет/будут`` (``стороны будут оказывать``: a commitment);
* in a release that reports an agreement, a future verb of a party (``компания продолжит``) and a
  future passive (``будет отремонтирован``, whose parties come from the agent or the context);
* a passive under a modal (``должна быть исполнена``) anywhere;
* ``договорились о/об + noun`` and ``предусматривает участие X``, turned into infinitives;
* tasks named by nouns (``берет на себя подготовку кадров``, ``на X возложены координация ... и
  подготовка ...``: :mod:`~pressparse.extract.obligation_taken`);
* outside agreements, a named body's future verb with an object (``Росавтодор включит ...``).

Coordinated infinitives give one obligation each, and so does a gapped second part (``поставить
первую партию в мае, а весь объем — до 1 июля``). Negated clauses, questions, past duties and
plans, future verbs of plain events (``data/obligation_narration.tsv``), acting appointments
(``обязанности министра будет исполнять X``), a speaker's forecast (``рассчитываем, что центр
окупится``), the headline (it restates the body) and quoted speech whose own subject names no party
give none.

An agentless passive takes its parties from an earlier duty with the same verb, else from the
clause just before, else (building and commissioning, ``data/obligation_project_verbs.tsv``) from
the one company among the agreement's sides, else from all the sides.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..analysis import Analysis
from ..analysis.doc import Token
from ..result import Mention, Obligation
from . import Found
from .agreement_parts import find_kinds
from ..data import read_rows
from .clauses import Syntax, dedupe, headline, lemma
from .obligation_actions import (
    Phrase,
    active_action,
    back_off,
    infinitive,
    passive_action,
    phrase,
    split_infinitives,
    stretch_start,
    trailing_end,
)
from .obligation_clauses import Clause, State, cues, infinitive_clause
from .obligation_conditions import conditional
from .obligation_dashed import dashed_doer, dashed_task
from .obligation_future import future_clause, future_gap
from .obligation_passive import passive_clause
from .obligation_gaps import deadline, remnants
from .obligation_quotes import speech_spans
from .obligation_stretch import finite_future
from .obligation_taken import TAKE_ON, nounish, on_self, taken_clause
from .obligation_nominal import nominal_clause, noun_cue_clause, provision_clause
from .obligation_noun_verbs import nominal_action
from .obligation_groups import drop_inner
from .obligation_refs import GENERIC_BODIES, is_company

CONTEXT_REACH = 2  # a passive or subjectless clause inherits the parties of an obligation this close


def extract_obligations(analysis: Analysis, found: Found) -> list[Obligation]:
    """Obligations in text order; ``стороны`` resolved to the agreement's parties."""
    syntax = Syntax(analysis, found)
    syntax.quotes = speech_spans(analysis.norm)
    state = State(list(found.agreements))
    out: list[Obligation] = []
    for number, (first, last) in enumerate(syntax.units):
        refer(syntax, state, first, last)
        if number == 0 and headline(analysis, found, first, last):
            continue  # a headline restates the body's clauses
        for t in syntax.tokens[first:last]:
            clause = classify(syntax, state, t)
            if clause is None or (syntax.quoted(t) and not spoken_for(clause)) or conditional(syntax, clause.pred):
                continue
            made = emit(syntax, state, clause, number)
            if made:
                made += remnants(syntax, clause, made[0])
                out += made
                state.last_parties = list(made[-1].parties)
                state.last_unit = number
    return out


def spoken_for(clause: Clause) -> bool:
    """In quoted speech only a clause whose own subject names who undertakes it counts
    (not "мы", not a passive or impersonal one that would borrow parties from the context)."""
    if clause.modality == "instruction" and clause.parties is not None:
        return True  # "главам муниципалитетов поручено ...": an order the speaker reports, given to someone
    if clause.passive or clause.parties is None or clause.subject is None:
        return False
    # an unresolved noun counts only if it names a body ("подрядчик обязан"), not "дети должны"
    return bool(clause.parties) or (clause.subject.pos == "NOUN" and lemma(clause.subject) in GENERIC_BODIES)


def classify(syntax: Syntax, state: State, t: Token) -> Clause | None:
    form = t.feats.get("VerbForm")
    misread = t.pos in ("ADJ", "NOUN", "PROPN") or t.pos == "VERB" and form == "Part"  # "смонтирует" read as a noun
    if misread and finite_future(syntax, t):
        verb = syntax.analysis.vocab(t.text)[0]  # "... и до 1 сентября оснастит класс": a verb the tagger misread
        feats = {"Aspect": "Perf", "Mood": "Ind", "Number": "Sing", "Person": "3", "Tense": "Fut", "VerbForm": "Fin"}
        return future_clause(syntax, state, replace(t, pos="VERB", feats=feats, lemma=verb.normal))
    if t.pos == "VERB" and form == "Inf":
        return infinitive_clause(syntax, state, t) or future_gap(syntax, state, t) or dashed_task(syntax, state, t)
    if t.pos == "VERB" and form == "Part" and t.feats.get("Variant") == "Short" and t.feats.get("Voice") == "Pass":
        return passive_clause(syntax, state, t)
    if t.pos == "NOUN" and cues().get(lemma(t), ("",))[0] == "noun":
        return noun_cue_clause(syntax, state, t)
    if t.pos == "NOUN" or t.pos == "PROPN" and nounish(syntax, t):  # "Контроль ... возложен на X" opening a sentence
        return taken_clause(syntax, state, t)
    if t.pos == "VERB" and form == "Fin":
        if lemma(t) in ("договориться", "условиться"):
            return nominal_clause(syntax, state, t)
        if lemma(t) in ("предусматривать", "предусмотреть"):
            return provision_clause(syntax, state, t)
        if lemma(t) in TAKE_ON and on_self(syntax, t) and not syntax.kids(t.index, "obj"):
            return None  # "возьмет на себя" whose task noun the parse hung on a later verb: read from the noun
        return future_clause(syntax, state, t)
    return None


def refer(syntax: Syntax, state: State, first: int, last: int) -> None:
    """Track the agreement the text is talking about."""
    if not state.agreements:
        return
    for m in find_kinds(syntax, first, last):
        at = syntax.tokens[m.last - 1].stop
        same = [a for a in state.agreements if a.kind == m.kind]
        before = [a for a in same if a.mention.start < at]  # "соглашение" after two: the latest one so called
        latest = max(before, key=lambda a: a.mention.start) if before else None
        state.current = latest or (same[0] if same else (state.current or state.agreements[0]))
    if state.current is None:
        state.current = state.agreements[0]


def emit(syntax: Syntax, state: State, clause: Clause, unit: int) -> list[Obligation]:
    parties = clause.parties
    if parties is None and clause.passive and clause.modality == "requirement" and not state.agreements:
        parties = []  # "работы должны быть завершены": a duty with no one named (not the last doer's)
    if parties is None and clause.passive:  # "будут направлены" after "обязуется направлять"
        parties = state.same_verb(infinitive(syntax, clause.pred, active=True))
    if parties is None:  # a passive or impersonal clause: the context says who
        recent = unit - state.last_unit <= CONTEXT_REACH and state.last_parties
        if clause.passive and clause.modality == "requirement" and not state.agreements:
            parties = []  # "средства должны быть направлены": a duty with no one named
        elif clause.passive and recent:
            parties = list(state.last_parties)
        elif clause.passive:
            parties = investor(syntax, state, clause.pred) or list(state.sides())
        else:  # "планируется ввести завод": the company's part too
            parties = investor(syntax, state, clause.pred) or list(state.sides())
    parties = drop_inner(syntax, list(parties))
    agreement = state.current.id if state.current is not None and clause.modality != "instruction" else None
    if clause.action is not None:  # "берет на себя подготовку кадров": the task noun made a verb
        return [record(syntax, state, clause, parties, agreement, clause.action, clause.start, clause.stop)]
    out = []
    splits = [] if clause.nominal is not None or clause.passive else split_infinitives(syntax, clause.pred)
    # a finite one ("... и включит"), or one with its own auxiliary ("... и будет сопровождать"), is a clause of its own
    preds = [clause.pred] + [s for s in splits if s.feats.get("VerbForm") == "Inf" and not syntax.kids(s.index, "aux")]
    ends = split_ends(syntax, preds)
    for n, pred in enumerate(preds):
        span = phrase(syntax, pred, clause.skip)
        if n and ends[n] > pred.index:  # a coordinated infinitive runs to the next one, whatever the parse
            span = Phrase(pred.index, span.core if pred.index < span.core <= ends[n] else ends[n], ends[n])
        if clause.nominal is not None:
            last = max(span.core, clause.nominal.index)
            action = nominal_action(syntax, clause.nominal, last, clause.skip)
            span = Phrase(span.first, last, max(span.full, last))
        elif clause.passive:
            action = passive_action(syntax, pred, span, clause.subject, clause.agent)
        else:
            action = active_action(syntax, pred, span)
        if not action or len(action.split()) < 2:
            continue
        own = dashed_doer(syntax, state, pred) if n else None  # "..., а ООО «Б» в течение суток — устранять ..."
        doers = parties if own is None else drop_inner(syntax, own)
        state.verbs.append((infinitive(syntax, pred, active=clause.passive), list(doers)))
        out.append(record(syntax, state, clause, doers, agreement, action, clause.start if n == 0 else pred.index, span.full))
    return out


def record(syntax: Syntax, state: State, clause: Clause, parties: list[str], agreement: str | None,
           action: str, first: int, last: int) -> Obligation:
    start, end = syntax.tokens[first].start, syntax.tokens[last].stop
    return Obligation(
        parties=dedupe(parties),
        action=action,
        modality=clause.modality,
        agreement=agreement,
        deadline=deadline(syntax, start, end),
        issued_by=clause.issued_by,
        mention=Mention(text=syntax.analysis.text[start:end], start=start, end=end),
    )


def investor(syntax: Syntax, state: State, pred: Token) -> list[str]:
    """``комбинат должен быть введен в эксплуатацию``: in an agreement of public bodies with one
    company, building and commissioning the project's objects is the company's part."""
    if infinitive(syntax, pred, active=True) not in project_verbs():
        return []
    records = {e.id: e.record for e in syntax.entities}
    sides = [records.get(i) for i in state.sides()]
    companies = [r for r in sides if r is not None and is_company(r)]
    return [companies[0].id] if len(companies) == 1 and len(sides) > 1 else []


@lru_cache(maxsize=None)
def project_verbs() -> frozenset[str]:
    return frozenset(row[0] for row in read_rows("obligation_project_verbs.tsv"))


def split_ends(syntax: Syntax, preds: list[Token]) -> list[int]:
    """Last token of each coordinated infinitive's stretch: up to the next one or the phrase end."""
    if len(preds) < 2:
        return [preds[0].index] if preds else []
    unit_last = syntax.units[syntax.unit_of[preds[0].index]][1] - 1
    right = max(i for i in syntax.subtree(preds[0].index) if i <= unit_last)
    right = trailing_end(syntax, preds[-1], right, unit_last + 1)
    out = []
    for n, pred in enumerate(preds):
        if n + 1 < len(preds):
            nxt = stretch_start(syntax, preds[n + 1])
            out.append(back_off(syntax.tokens, nxt - 1, pred.index))
        else:
            out.append(back_off(syntax.tokens, right, pred.index))
    return out
