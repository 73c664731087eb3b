"""Future-tense clauses of the obligations layer: ``компания продолжит ...`` in an agreement,
``министр заявил, что правительство организует ...``, ``ведомство проведет проверку`` (a body's
future verb with an object), ``по соглашению предприятие откроет центр``."""

from __future__ import annotations

from ..analysis.doc import Token
from .clauses import Syntax, lemma
from .obligation_checks import acting_appointment
from .obligation_clauses import Clause, State, party_ids
from .obligation_cues import SPEECH, announced, cues, handed_over, narration, two_aspects, unnamed_relative
from .obligation_parties import resolve, subject_of
from .obligation_refs import GENERIC_BODIES
from .obligation_stretch import joined

VOUCH = {"гарантировать"}  # "в свою очередь гарантирует инвестору X": in an agreement, a commitment in the present too
# two-aspect verbs whose present, said of a named body, is a promise ("Минцифры компенсирует операторам затраты")
PROMISED = {"гарантировать", "компенсировать", "возместить", "возмещать"}
SUPERVISE = {"проконтролировать"}  # "Исполнение проконтролирует начальник отдела": a check assigned
SUPERVISED = {"исполнение", "выполнение", "ход", "соблюдение", "реализация"}


def future_clause(syntax: Syntax, state: State, t: Token) -> Clause | None:
    if not t.text.lower().endswith(("т", "тся")):  # no third-person verb: "кадастровая" misread as one
        return None
    if t.feats.get("Person", "3") != "3" or taken_task(syntax, t) or unnamed_relative(syntax, t) or expected(syntax, t):
        return None
    vouches = lemma(t) in VOUCH and (bool(state.agreements) or promised(syntax, t)) and bool(syntax.kids(t.index, "obj")) \
        and not any(k.feats.get("VerbForm") == "Inf" for k in syntax.kids(t.index, "xcomp", "obj"))
    supervised = supervises(syntax, t)  # the tagger reads "проконтролирует" as a past now and then
    if t.feats.get("Tense") != "Fut" and not supervised and not (t.feats.get("Tense") == "Pres" and two_aspects(syntax, t)
                                              and (announced(syntax, t) or promised(syntax, t))) \
            and not vouches:
        return None  # "организует" reads as a future too
    if not state.agreements and not announced(syntax, t) and not body_undertakes(syntax, t) and not termed(syntax, t) \
            and not supervised:
        return None
    if (narrated(syntax, t) and not handed_over(syntax, t) and not provided(syntax, t) and not tasked(syntax, t)
            and not due(syntax, t)) \
            or (lemma(t) in cues() and not vouches) \
            or syntax.negated(t) or acting_appointment(syntax, t):
        return None
    subject = subject_of(syntax, t) or shared_subject(syntax, t)
    if subject is None:
        if syntax.unit_of[t.index] - state.last_unit > 1 or not state.last_parties:
            return None
        if t.feats.get("Number") == "Plur" and len(state.last_parties) == 1 and not syntax.kids(t.index, "conj"):
            return None  # "Первыми отремонтируют улицы X": said of no one (one party before would take a singular)
        parties = list(state.last_parties)  # "А также поддержит ...": the subject of the last clause
        first = syntax.units[syntax.unit_of[t.index]][0]
        cut = max((i for i in range(first, t.index) if syntax.tokens[i].text.lower() in (",", "а", "и")), default=t.index - 1)
        return Clause(t, "commitment", parties, start=first if t.index - first <= 3 else cut + 1)  # "а до мая смонтирует"
    parties = party_ids(syntax, state, subject, t)
    if not parties:
        return None
    start = min(min(syntax.subtree(subject.index)), t.index)
    for v in syntax.tokens[subject.index + 1 : t.index]:  # "... обеспечит X и до 1 марта выдаст Y": after the "и"
        cc = joined(syntax, v, t)
        if cc is not None:
            start = cc + 1
            break
    return Clause(t, "commitment", parties, start=start, subject=subject)


def due(syntax: Syntax, t: Token) -> bool:
    """``до 25 декабря ведомство примет решение``: a body's step with a term set is a task, not an event told."""
    from .obligation_gaps import deadline

    if not body_undertakes(syntax, t):
        return False
    for k in syntax.kids(t.index, "obl"):
        sub = syntax.subtree(k.index)
        if deadline(syntax, syntax.tokens[min(sub)].start, syntax.tokens[max(sub)].stop):
            return True
    return False


def promised(syntax: Syntax, t: Token) -> bool:
    """A named body's compensation or guarantee stated in the present is a promise even outside an agreement."""
    return lemma(t) in PROMISED and body_undertakes(syntax, t)


NARRATED_WITH = {"подвести": {"итог", "черта"}}  # "подведет итоги" narrates, "подведет к участку сети" is a task


def narrated(syntax: Syntax, t: Token) -> bool:
    """A verb that narrates an event (``data/obligation_narration.tsv``), some only with their own objects."""
    if lemma(t) not in narration():
        return False
    only = NARRATED_WITH.get(lemma(t))
    objects = {lemma(k) for k in syntax.kids(t.index, "obj")}
    return only is None or not objects or bool(objects & only)


EXPECT = {"рассчитывать", "ожидать", "надеяться", "прогнозировать", "предполагать", "полагать", "верить", "уверенный"}


def expected(syntax: Syntax, t: Token) -> bool:
    """``рассчитываем, что центр окупится``: a forecast of the speaker, not a party's commitment."""
    return t.rel == "ccomp" and t.head >= 0 and lemma(syntax.tokens[t.head]) in EXPECT


def taken_task(syntax: Syntax, t: Token) -> bool:
    """``возьмет на себя подготовку плана``: the task noun makes the obligation (obligation_taken)."""
    from .obligation_taken import TAKE_ON, is_task, on_self

    # "возьмет на себя обязательство по подготовке ...": the cue noun makes it (obligation_nominal)
    return lemma(t) in TAKE_ON and on_self(syntax, t) and any(is_task(k) or cues().get(lemma(k), ("",))[0] == "noun"
                                                             for k in syntax.kids(t.index, "obj"))


TASKED = {"провести", "заключить"}  # "управление проведет проверку", "компания заключит договор аренды"
EVENTS = {"встреча", "совещание", "заседание", "прием", "церемония", "форум", "конференция", "выставка", "концерт",
          "праздник", "фестиваль", "презентация", "брифинг", "пресс-конференция", "мероприятие", "экскурсия", "урок"}


def tasked(syntax: Syntax, t: Token) -> bool:
    """A body's work or deal, not a gathering: a verb that usually narrates an event
    (``губернатор проведет совещание``) takes a body as its subject and a task as its object."""
    if lemma(t) not in TASKED or not body_undertakes(syntax, t):
        return False
    objects = syntax.kids(t.index, "obj")
    return bool(objects) and all(lemma(k) not in EVENTS for k in objects)


PROVISIONS = {"условие", "соглашение", "договор", "контракт", "меморандум", "договоренность"}


def provided(syntax: Syntax, t: Token) -> bool:
    """``по соглашению предприятие откроет центр``: a verb that usually narrates an event is a
    party's part when the clause says it is a term of the agreement."""
    for k in syntax.kids(t.index, "obl"):
        if lemma(k) in PROVISIONS and any(lemma(c) in ("по", "согласно") for c in syntax.kids(k.index, "case")):
            return True
    return False


def termed(syntax: Syntax, t: Token) -> bool:
    """``по соглашению ООО «Б» вложит 2 млрд рублей``: a named body's part under an agreement the text only refers to."""
    subject = subject_of(syntax, t)
    return (provided(syntax, t) and subject is not None and not syntax.quoted(t)
            and syntax.entity_at(subject.start, subject.stop, "org") is not None
            and syntax.entity_at(subject.start, subject.stop, "per") is None)


def supervises(syntax: Syntax, t: Token) -> bool:
    """``Исполнение предписания проконтролирует начальник отдела Иван Петров``: a named person or
    body given the check on an order or agreement takes it on, in either word order."""
    if lemma(t) not in SUPERVISE or syntax.quoted(t) or t.rel not in ("root", "conj"):
        return False  # the cheap tests first: this runs for every third-person verb
    subject = subject_of(syntax, t)
    if subject is None:
        return False
    if not any(lemma(k) in SUPERVISED for k in syntax.kids(t.index, "obj")):
        return False
    return syntax.entity_at(subject.start, subject.stop, "per") is not None \
        or syntax.entity_at(subject.start, subject.stop, "org") is not None \
        or any(syntax.entity_at(k.start, k.stop, "per") is not None for k in syntax.kids(subject.index, "appos"))


def body_undertakes(syntax: Syntax, t: Token) -> bool:
    """``Росавтодор с 1 января включит требование в концессии``: a body named as the subject of a
    perfective future with an object, outside quoted speech, undertakes it even with no agreement."""
    subject = subject_of(syntax, t)
    said = t.rel == "ccomp" and t.head >= 0 and lemma(syntax.tokens[t.head]) in SPEECH  # "министр доложил, что ..."
    if subject is None or subject.index > t.index or syntax.quoted(t) or (t.rel not in ("root", "conj") and not said):
        return False
    named = syntax.entity_at(subject.start, subject.stop, "org")
    if named is None and subject.pos in ("NOUN", "PROPN") and lemma(subject) in GENERIC_BODIES:
        named = resolve(syntax, subject, t, ())  # "ведомство проведет проверку": the body just named
    if named is None and subject.pos == "NOUN" and subject.feats.get("Animacy") == "Anim":
        # "специалисты филиала проведут обследования": a body's staff
        staff = [b for b in syntax.kids(subject.index, "nmod") if b.feats.get("Case") == "Gen" and b.pos in ("NOUN", "PROPN")]
        named = next((syntax.entity_at(b.start, b.stop, "org") or (resolve(syntax, b, t, ()) if lemma(b) in GENERIC_BODIES else None)
                      for b in staff), None)
    # "начнет публиковать данные": the object of the infinitive it takes
    acts = [t] + [k for k in syntax.kids(t.index, "xcomp") if k.feats.get("VerbForm") == "Inf"]
    return bool(named) and any(syntax.kids(a.index, "obj") for a in acts) and syntax.entity_at(subject.start, subject.stop, "per") is None


def shared_subject(syntax: Syntax, t: Token) -> Token | None:
    """The subject the parse hung on a second finite verb joined to ``t`` by ``и``."""
    first = syntax.units[syntax.unit_of[t.index]][0]
    for k in syntax.tokens[first : t.index]:
        if k.rel == "nsubj" and k.head > t.index and joined(syntax, t, syntax.tokens[k.head]) is not None:
            return k
    return None


def future_gap(syntax: Syntax, state: State, t: Token) -> Clause | None:
    """``банк будет направлять ..., а фонд — предоставлять ...``: a second doer's task after a future
    ``будет``, the parse's ``orphan`` of that doer (the doer its conjunct of the first infinitive)."""
    from .obligation_clauses import infinitive_clause

    g = syntax.tokens[t.head] if t.head >= 0 and t.rel == "orphan" else None
    verb = syntax.tokens[g.head] if g is not None and g.head >= 0 else None
    if verb is None or g.index > t.index or g.pos not in ("NOUN", "PROPN") or g.rel != "conj" or g.feats.get("Case") != "Nom":
        return None
    if verb.feats.get("VerbForm") != "Inf" or not any(tok.text == "—" for tok in syntax.tokens[g.index + 1 : t.index]):
        return None
    first = infinitive_clause(syntax, state, verb)
    if first is None or first.modality != "commitment":
        return None
    parties = resolve(syntax, g, t, state.sides()) or []
    own, start = set(syntax.subtree(g.index)), g.index
    while start - 1 in own and syntax.tokens[start - 1].rel not in ("cc", "punct"):
        start -= 1  # "а краевой фонд": its modifiers, not a relative clause the parse hung on it
    return Clause(t, first.modality, parties, start=start)
