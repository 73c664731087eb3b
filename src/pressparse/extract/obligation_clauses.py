"""Clause finders of the obligations layer: which word makes a clause an obligation, of what
modality, and whose subject it has.

See :mod:`pressparse.extract.obligations` for the kinds of clauses; cue words are data
(``data/modality.tsv``, ``data/obligation_narration.tsv``, ``data/agreement_cues.tsv``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..analysis.doc import Token
from ..result import Agreement
from .clauses import FUTURE_AUX, Syntax, lemma
from .obligation_actions import coordinated_to, is_coordinated, phrase
from .obligation_cues import (PROMISES, cues, dative_doers, dative_kids, linear_cue, named_after, narration, ordered,
                              signing_verbs, taken_on, unnamed_relative)
from .obligation_order import fronted_object, inverted_subject
from .obligation_groups import joint_skip, partners
from .obligation_inverted import linear_aux
from .obligation_datives import adjacent_dative, dative_parties
from .obligation_linear import linear_subject
from .obligation_parties import plural_subject, resolve, subject_of
from .obligation_party_kinds import side_by_adjective
from .obligation_checks import acting_appointment, agentive, asks, bygone, happening, layman, leading_noun
from .obligation_refs import GENERIC_BODIES

IMPERSONAL = {"планироваться", "предполагаться", "договоренность", "договорённость", "необходимо", "необходимый", "надлежать"}


@dataclass(slots=True)
class Clause:
    pred: Token
    modality: str
    parties: list[str] | None = None  # None: take them from the context
    issued_by: str | None = None
    start: int = 0  # token where the clause's mention starts
    passive: bool = False
    subject: Token | None = None
    agent: Token | None = None
    nominal: Token | None = None  # the noun of "договорились об осуществлении ..."
    skip: set[int] = field(default_factory=set)
    action: str | None = None  # a task named by a noun, already an infinitive phrase
    stop: int | None = None  # its last token


@dataclass(slots=True)
class State:
    agreements: list[Agreement]
    current: Agreement | None = None
    last_parties: list[str] = field(default_factory=list)
    last_unit: int = -99
    verbs: list[tuple[str, list[str]]] = field(default_factory=list)  # (infinitive, parties) so far

    def same_verb(self, verb: str) -> list[str] | None:
        """Parties of the latest obligation with this verb in either aspect (``направлять`` and
        ``будут направлены``): a passive that repeats an earlier duty is the same party's."""
        for other, parties in reversed(self.verbs):
            n = 0
            while n < min(len(verb), len(other)) and verb[n] == other[n]:
                n += 1
            if parties and n >= 5 and len(verb) - n <= 5 and len(other) - n <= 5:
                return parties
        return None

    def sides(self) -> tuple[str, ...]:
        return self.current.parties if self.current else ()


def infinitive_clause(syntax: Syntax, state: State, t: Token) -> Clause | None:
    if acting_appointment(syntax, t):
        return None
    if is_coordinated(syntax, t) and coordinated_to(syntax, t) is not None:
        return None  # a coordinated infinitive: emitted with the first one
    if lemma(t) in signing_verbs() and not ordered(syntax, t):
        return None  # "планируется подписать": a planned agreement, not an obligation (but "поручил заключить договоры")
    aux = [k for k in syntax.kids(t.index, "aux") if k.text.lower() in FUTURE_AUX]
    if not aux and t.head < 0:  # "Курировать работу будут проректор ...": the parse made "будут" the doer's copula
        aux = [c for k in syntax.kids(t.index, "nsubj") for c in syntax.kids(k.index, "cop")
               if c.text.lower() in FUTURE_AUX and t.index < c.index < k.index]
    if not aux and linear_aux(syntax, t) is not None:  # "будет" the parse hung on a later participle
        aux = [linear_aux(syntax, t)]
    if not aux and 0 <= t.head < t.index and syntax.kids(t.head, "case"):  # "будет без заявления оформлять": the
        aux = [c for c in syntax.kids(t.head, "cop") if c.text.lower() in FUTURE_AUX]  # parse made the adjunct the head
    if aux:
        if syntax.negated(aux[0]) or syntax.negated(t) or asks(syntax, aux[0]) or unnamed_relative(syntax, t):
            return None
        if aux[0].index > t.index and not (state.agreements and named_after(syntax, t, aux[0])):
            return None  # "исполнять обязанности ... будет": inverted order narrates (but an agreement's parts)
        subject = subject_of(syntax, t)
        if subject is None and aux[0].rel == "cop" and aux[0].head == t.head:
            subject = next((k for k in syntax.kids(t.head, "nsubj") if k.index < aux[0].index), None)
        if t.feats.get("Voice") == "Pass":  # "будет обновляться": a reflexive passive
            if not state.agreements:
                return None
            return Clause(t, "commitment", None, start=min(aux[0].index, t.index), passive=True, subject=subject)
        if subject is not None and subject.pos == "PRON" and not state.agreements:
            return None  # "она будет курировать ...": what a post involves, not a commitment
        doer = inverted_subject(syntax, t)
        parties = party_ids(syntax, state, doer or subject, t)
        inverted = aux[0].index > t.index  # "Курировать работу будут проректоры ...": an agreement's assignment
        if not parties or (lemma(t) in narration() and not sides_named(syntax, t) and not inverted
                           and not supervised(syntax, t, doer or subject)):
            return None
        front = fronted_object(syntax, t)
        start = min([aux[0].index, t.index] + ([subject.index] if subject is not None and subject.index < t.index else [])
                    + ([front[0]] if front else []))
        skip = set(syntax.subtree(doer.index)) if doer is not None else set()
        return Clause(t, "commitment", parties, start=start, subject=doer or subject, skip=skip)
    if t.head < 0 and t.rel == "orphan":  # "..., а до 1 ноября — заменить трубы" left unattached
        return gapped_clause(syntax, state, t)
    if gapped_doer(syntax, t):  # "..., а налоговая служба — проводить ...": the doer parsed as the cue's conjunct
        return gapped_clause(syntax, state, t)
    passed = None
    if t.head < 0 or syntax.unit_of[t.head] != syntax.unit_of[t.index]:
        if t.head >= 0 or linear_cue(syntax, t) is None:
            return None
        g, passed = linear_cue(syntax, t)  # "..., а остальные работы сдать до 1 мая" left unattached
        cue = cues().get(lemma(g))
    else:
        g = syntax.tokens[t.head]
        cue = cues().get(lemma(g)) or taken_on(syntax, g) or given_order(syntax, g, t) or order_noun(g, t)
        if cue is not None and g.index > t.index and any(syntax.tokens[i].text == "," and syntax.tokens[i + 1].text.lower()
                                                         in ("а", "но") for i in range(t.index, g.index)):
            cue = None  # "договорились провести ..., а X пообещала передать": the parse hung it on the later cue
    received = cue is None and lemma(g) in RECEIVE and any(lemma(k) in ORDERS for k in syntax.kids(g.index, "obj"))
    if received:  # "поручение получил глава района X: до 1 апреля проверить ...": the receiver is the addressee
        doer = subject_of(syntax, g)
        parties = (resolve(syntax, doer, g, ()) or []) if doer is not None else []
        return Clause(t, "instruction", parties, start=min([g.index, t.index] + [k.index for k in syntax.kids(g.index, "obj")]))
    if cue is None and t.rel != "orphan":  # "согласно которому она обязана до 1 мая заменить ...", the parse hung it elsewhere
        g, passed = linear_cue(syntax, t) or (g, None)
        cue = cues().get(lemma(g))
    if cue is not None and cue[1] == "instruction" and g.feats.get("Voice") == "Pass" and lemma(g) in ("обязать", "обязывать"):
        cue = ("adj", "requirement")  # "компания обязана направлять": a duty, not an order given
    if cue is None and g.feats.get("Voice") == "Pass" and lemma(g) == "назначить" and g.index > t.index:
        cue = ("adj", "requirement")  # "Курировать проект назначен вице-губернатор X": a duty of the one appointed
    if cue is None and (t.rel == "orphan" or g.feats.get("Case") == "Dat"):
        return gapped_clause(syntax, state, t)
    if cue is None or syntax.negated(g) or syntax.negated(t) or asks(syntax, g) or bygone(syntax, g, cue):
        return None
    if lemma(g) in PROMISES and not syntax.kids(t.index, "obj"):
        return None  # "пообещал вернуться в январе": a personal plan, not a task with an object
    pos, modality = cue
    start = min(g.index, t.index)
    if modality == "instruction":
        holder = syntax.tokens[g.head] if pos == "noun" and g.head >= 0 else g  # "дал поручение"
        issuer = subject_of(syntax, holder)
        issued = resolve(syntax, issuer, holder, ()) if issuer is not None else None
        earlier = [k.index for k in syntax.kids(g.index, "xcomp", "conj", "csubj:pass") if k.feats.get("VerbForm") == "Inf" and k.index < t.index]
        if earlier:  # the second of "поручил X сделать ..., а Y - сделать ...": starts after the first
            start = after_task(syntax, max(earlier), t)
        addressees = dative_parties(syntax, g, max(earlier) if earlier else g.index, t.index)
        if not addressees and not earlier and g.feats.get("Voice") == "Pass":
            addressees = adjacent_dative(syntax, g)
        if not addressees and not earlier and holder is not g:  # "выдала ООО «Б» предписание устранить ...": the verb's dative
            addressees = dative_parties(syntax, holder, holder.index, t.index)
        if not addressees and not earlier and lemma(g) in ("обязать", "обязывать") and g.feats.get("Voice") != "Pass":
            # "закон обязывает правительство утвердить ...": the one obliged is the object
            addressees = [i for k in syntax.kids(g.index, "obj") if k.index < t.index for i in resolve(syntax, k, g, ()) or []]
        if not issued and issuer is not None and issuer.feats.get("Animacy") == "Anim":
            # "глава региона поручил": the official named before (not the one given the task)
            issued = recent_person(syntax, issuer, skip=set(addressees))
        return Clause(t, modality, addressees, issued_by=(issued or [None])[0], start=start)
    earlier = [k.index for k in syntax.kids(g.index, "xcomp", "conj") if k.feats.get("VerbForm") == "Inf" and k.index < t.index]
    earlier += [passed] if passed is not None else []
    if earlier:  # "обязана до 1 мая завершить ... и до 1 июня получить ...": the second starts after the first
        start = after_task(syntax, max(earlier), t)
        named = syntax.entities_in(syntax.tokens[start].start, t.start, "org", "per") if start < t.index else []
        gap = [k for k in syntax.tokens[start : t.index] if k.feats.get("Case") == "Nom" and k.pos in ("NOUN", "ADJ")]
        side = side_by_adjective(syntax, gap[0], state.sides()) if gap and not named else []
        if (named or side) and any(tok.text == "—" for tok in syntax.tokens[start : t.index]):  # "..., а ООО «Б» — выделить ..."
            return Clause(t, modality, side or [named[0].id], start=start)  # "..., а якутская — ...": that side
        if gap and lemma(gap[0]) in GENERIC_BODIES and any(tok.text == "—" for tok in syntax.tokens[start : t.index]):
            # "..., а администрация района — выделить ...": a doer of its own, not the first one's
            return Clause(t, modality, resolve(syntax, gap[0], t, state.sides()) or [], start=start)
    doers = dative_doers(syntax, g, t)
    bodies = [k for k in dative_kids(syntax, g, t) if lemma(k) in GENERIC_BODIES]
    if doers or bodies:  # "министерству предстоит подготовить", "подрядчику необходимо завершить" (a body no record names)
        return Clause(t, modality, doers, start=min([start] + [min(syntax.subtree(k.index)) for k in dative_kids(syntax, g, t)]))
    if lemma(g) in IMPERSONAL or (pos == "noun" and g.rel.startswith("nsubj")):
        if state.agreements and modality == "intention":
            modality = "agreement"  # "в рамках соглашения планируется ...": a provision
        if lemma(g) == "договоренность":
            start = g.head if g.head >= 0 and g.head < g.index else start
        return Clause(t, modality, None if state.agreements else [], start=start)
    holder = g
    if pos == "noun" and g.head >= 0:  # "берет на себя обязательства ..."
        holder = syntax.tokens[g.head]
    subject = subject_of(syntax, holder)
    parties = party_ids(syntax, state, subject, holder)
    if parties is None and subject is not None and layman(subject, holder):
        parties = []  # "выпускники должны отработать три года": people the text names no party for
    thing = subject if subject is not None else leading_noun(syntax, holder)  # the parse lost it after "И.В."
    if parties is None and thing is not None and happening(syntax, thing, t):
        parties = []  # "Первый набор должен состояться до марта": an event's date, no side's own act
    if parties is None:
        if not state.agreements and (subject is None or not agentive(subject)):
            return None  # "работы должны занять две недели", "он намерен": nobody to hold to it
        parties = [] if not state.agreements else None
    if subject is not None and subject.index < start and not earlier:
        start = min(syntax.subtree(subject.index)) if subject.index < holder.index else start
    front = fronted_object(syntax, t) if not earlier else None
    start = min(start, front[0]) if front else start  # "Первые 20 сел компания должна подключить"
    after = set(syntax.subtree(subject.index)) if subject is not None and subject.index > t.index else set()
    after |= {g.index} if lemma(g) == "назначить" else set()  # "курировать проект [назначен] X"
    return Clause(t, modality, parties, start=start, subject=subject, skip=joint_skip(syntax, t) | after)  # "должен согласовать комитет"


RECEIVE = {"получить", "получать"}
ORDERS = {"поручение", "задание", "указание", "предписание"}
GIVE = {"дать", "давать", "выдать", "выдавать"}
PRESCRIPTIONS = {"предписание", "требование"}


def given_order(syntax: Syntax, g: Token, t: Token) -> tuple[str, str] | None:
    """``министерству дано поручение подготовить ...``: the parse hung the task on the verb, not the noun
    (not ``выдала предписание, согласно которому она обязана ...``: a clause of its own)."""
    if lemma(g) in GIVE and any(lemma(k) in ORDERS and not any(x.text == "," for x in syntax.tokens[k.index : t.index])
                                for k in syntax.kids(g.index, "nsubj", "obj", "nsubj:pass")):
        return ("verb", "instruction")
    return None


def order_noun(g: Token, t: Token) -> tuple[str, str] | None:
    """``выдала ООО «Б» предписание устранить ...``: the noun right before the task (not ``предписание: ...``)."""
    return ("noun", "instruction") if lemma(g) in PRESCRIPTIONS and t.index == g.index + 1 else None


def after_task(syntax: Syntax, earlier: int, t: Token) -> int:
    """Where the second of two tasks on one cue starts: after the first one's phrase."""
    start = min(phrase(syntax, syntax.tokens[earlier]).full + 1, t.index)
    while start < t.index and syntax.tokens[start].pos in ("PUNCT", "CCONJ"):
        start += 1
    return start


def gapped_doer(syntax: Syntax, t: Token) -> bool:
    g = syntax.tokens[t.head] if t.head >= 0 else None
    return (g is not None and g.index < t.index and g.pos in ("NOUN", "PROPN") and g.rel == "conj" and g.feats.get("Case") == "Nom"
            and g.head >= 0 and cues().get(lemma(syntax.tokens[g.head]), ("",))[0] == "verb"
            and any(syntax.tokens[i].text == "—" for i in range(g.index + 1, t.index)))


def gapped_clause(syntax: Syntax, state: State, t: Token) -> Clause | None:
    """``поручил X сделать ..., а Y - сделать ...``: the second infinitive lost its verb (gapping)."""
    first = syntax.units[syntax.unit_of[t.index]][0]
    for i in range(t.index - 1, first - 1, -1):
        g = syntax.tokens[i]
        cue = cues().get(lemma(g))
        if cue is None or cue[0] != "verb" or g.pos != "VERB":
            continue
        earlier = [k for k in syntax.kids(g.index, "xcomp") if k.feats.get("VerbForm") == "Inf" and k.index < t.index]
        if not earlier or syntax.negated(g):
            return None
        start = phrase(syntax, earlier[-1]).full + 1
        while start < t.index and syntax.tokens[start].pos in ("PUNCT", "CCONJ"):
            start += 1
        clause = infinitive_clause(syntax, state, earlier[-1])
        if clause is None:
            return None
        span = syntax.tokens[start].start, t.start
        datives = [e for e in syntax.entities_in(*span, "org", "per")]
        parties = [e.id for e in datives] if datives else clause.parties  # "..., а ТФОМС — передавать ...": its own doer
        if not datives and cue[1] != "instruction":
            named = [k for k in syntax.tokens[start : t.index] if k.pos in ("NOUN", "PROPN") and k.feats.get("Case") == "Nom"]
            parties = (resolve(syntax, named[0], g, state.sides()) if named else None) or clause.parties
            if named and lemma(named[0]) in GENERIC_BODIES and any(k.text == "—" for k in syntax.tokens[start : t.index]):
                parties = resolve(syntax, named[0], g, state.sides()) or []  # "..., а администрация района — ...": its own
        elif not datives and any(k.pos == "NOUN" and k.feats.get("Case") == "Dat" for k in syntax.tokens[start : t.index]):
            parties = []  # "поручил X ..., а лесничим — ...": addressees no record names, not the first one
        return Clause(t, cue[1], parties, issued_by=clause.issued_by, start=start)
    return None


def party_ids(syntax: Syntax, state: State, subject: Token | None, pred: Token) -> list[str] | None:
    if subject is not None:
        ids = plural_subject(syntax, pred, resolve(syntax, subject, pred, state.sides()))
        return ids + [i for i in partners(syntax, pred) if i not in ids] if ids else ids
    if not state.agreements:
        return None  # without a parsed subject, only an agreement's context says who
    return linear_subject(syntax, pred, state.sides())


SUPERVISE = {"курировать", "координировать"}


def supervised(syntax: Syntax, pred: Token, subject: Token | None) -> bool:
    """``проект будет курировать министерство``: a body (not a person's post) takes on supervision."""
    return (lemma(pred) in SUPERVISE and subject is not None and syntax.entity_at(subject.start, subject.stop, "per") is None
            and bool(syntax.entity_at(subject.start, subject.stop, "org")))


def sides_named(syntax: Syntax, pred: Token) -> bool:
    subject = subject_of(syntax, pred)
    return subject is not None and lemma(subject) == "сторона"


def recent_person(syntax: Syntax, token: Token, reach: int = 3, skip: set[str] = frozenset()) -> list[str]:
    """The person mentioned last before ``token`` within ``reach`` clause units; in a headline,
    the first one the lead names."""
    unit = syntax.unit_of[token.index]
    floor = syntax.tokens[syntax.units[max(0, unit - reach)][0]].start
    people = [e for e in syntax.entities if e.kind == "per" and floor <= e.start and e.end <= token.start and e.id not in skip]
    if people:
        return [people[-1].id]
    if unit == 0 and len(syntax.units) > 1:
        first, last = syntax.units[min(len(syntax.units) - 1, 2)]
        ahead = [e for e in syntax.entities if e.kind == "per" and e.start < syntax.tokens[last - 1].stop]
        return [ahead[0].id] if ahead else []
    return []
