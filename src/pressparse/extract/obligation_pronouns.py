"""Pronouns of the obligations layer: ``она должна``, ``поручил ей``, ``они обязаны`` -> the person
or body named just before (of the pronoun's gender; plural: the bodies a plural noun stands for)."""

from __future__ import annotations

from ..analysis.doc import Token
from .clauses import Entity, Syntax, lemma
from .obligation_refs import GENERIC_BODIES, fits_word, generic_body, organizations

PRONOUN_GENDER = {"он": "Masc", "она": "Fem", "оно": "Neut"}


def antecedent(syntax: Syntax, pronoun: Token, reach: int = 2) -> list[str]:
    """``он``/``она`` -> the latest person or organization of that gender named within ``reach``
    clause units before (``Ирина Глушко ... Она должна ...``; ``компания ... она обязуется``)."""
    gender = PRONOUN_GENDER.get(pronoun.text.lower()) or PRONOUN_GENDER.get(lemma(pronoun))  # "ей", "ему"
    unit = syntax.unit_of[pronoun.index]
    floor = syntax.tokens[syntax.units[max(0, unit - reach)][0]].start
    if pronoun.text.lower() == "они":
        return plural_antecedent(syntax, pronoun, floor)
    if gender is None:
        return []
    body = body_subject(syntax, pronoun, floor, gender)
    if body:
        return body
    for e in reversed([e for e in syntax.entities if floor <= e.start and e.end <= pronoun.start]):
        if e.kind in ("per", "org") and mention_gender(syntax, e) == gender:
            return [] if nearer_subject(syntax, e.end, pronoun, gender) else [e.id]
    return []


def body_subject(syntax: Syntax, pronoun: Token, floor: int, gender: str) -> list[str]:
    """``Корпорация развития отвечает за сети: ... она обязана``: the latest subject before the
    pronoun is a descriptive noun of a body (of its gender), standing for the organization so called."""
    for t in reversed(syntax.tokens[: pronoun.index]):
        if t.start < floor:
            break
        if t.rel == "nsubj" and t.pos in ("NOUN", "PROPN") and t.feats.get("Number") == "Sing":
            if syntax.entity_at(t.start, t.stop) is not None or lemma(t) not in GENERIC_BODIES or t.feats.get("Gender") != gender:
                return []
            return generic_body(syntax, t)
    return []


def nearer_subject(syntax: Syntax, start: int, pronoun: Token, gender: str) -> bool:
    """A subject noun of the pronoun's gender between the mention and the pronoun, naming no one
    (``Протяженность трассы составит 27 км, она свяжет ...``): the pronoun stands for that thing."""
    for t in syntax.tokens[: pronoun.index]:
        if t.start >= start and t.pos == "NOUN" and t.rel == "nsubj" and t.feats.get("Gender") == gender \
                and t.feats.get("Number") == "Sing" and t.feats.get("Animacy") == "Inan" and syntax.entity_at(t.start, t.stop) is None:
            return True
    return False


def mention_gender(syntax: Syntax, e: Entity) -> str | None:
    """Gender of a mention's head: a person's name, an organization's first noun."""
    for t in syntax.analysis.tokens_in(e.start, e.end):
        if t.pos in ("NOUN", "PROPN") and t.feats.get("Gender"):
            return t.feats["Gender"]
    return None


def plural_antecedent(syntax: Syntax, pronoun: Token, floor: int) -> list[str]:
    """``выдал обеим организациям предписание: ... они должны``: the bodies a plural noun named just
    before stands for, when two or more named before it fit."""
    for t in reversed([t for t in syntax.tokens[: pronoun.index] if t.start >= floor]):
        word = lemma(t)
        if t.pos == "NOUN" and t.feats.get("Number") == "Plur" and word in GENERIC_BODIES:
            fits = [r for r in organizations(syntax) if fits_word(syntax, t, word, r)
                    and min(m.start for m in r.mentions) < t.start]
            return [r.id for r in fits] if len(fits) >= 2 else []
    return named_pair(syntax, pronoun, floor)


def named_pair(syntax: Syntax, pronoun: Token, floor: int) -> list[str]:
    """``Ответственными назначены X и Y. ... они должны``: the people the sentence before names
    together (joined by ``и``, no verb between them), when the pronoun's own sentence names no one."""
    sent = syntax.analysis.sents[pronoun.sent]
    own = syntax.tokens[sent.first].start
    if any(e.kind == "per" and own <= e.start < pronoun.start for e in syntax.entities) or pronoun.sent == 0:
        return []
    prev = syntax.analysis.sents[pronoun.sent - 1]
    start = max(floor, syntax.tokens[prev.first].start)
    people: list[Entity] = []
    for e in syntax.entities:
        if e.kind == "per" and start <= e.start and e.end <= own and e.id not in {p.id for p in people}:
            people.append(e)
    if len(people) < 2:
        return []
    for a, b in zip(people, people[1:]):
        between = [t for t in syntax.tokens if a.end <= t.start and t.stop <= b.start]
        if not any(t.text.lower() == "и" for t in between) or any(t.pos in ("VERB", "AUX") for t in between):
            return []
    return [e.id for e in people]


UD_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Ins": "ablt", "Loc": "loct"}


def object_noun(syntax: Syntax, pred: Token, last: int) -> tuple[int, str] | None:
    """``собрать вопросы и направлять их`` -> (the index of ``их``, ``вопросы``): a pronoun object
    spelled as the latest plural thing named before it in the sentence (not one in a prepositional
    phrase, ``на обоснования``), in the accusative (``графики для семей ... обеспечить их`` -> ``семьи``)."""
    single = next((k for k in syntax.kids(pred.index, "obj") if k.pos == "PRON" and k.text.lower() in SINGULAR
                   and pred.index < k.index <= last), None)
    nxt = syntax.tokens[pred.index + 1] if pred.index + 1 <= last else None
    if single is None and nxt is not None and nxt.text.lower() in SINGULAR and (
            nxt.pos == "PRON" and nxt.feats.get("Case") == "Acc" or nxt.pos == "DET" and not possessive(syntax, nxt)):
        single = nxt  # "проложить маршрут, оборудовать его ...": the parse may hang it on the first verb
    if single is not None:
        noun = singular_antecedent(syntax, pred, single)
        return (single.index, noun_words(syntax, noun)) if noun is not None else None
    pron = next((k for k in syntax.kids(pred.index, "obj") if k.pos == "PRON" and k.text.lower() == "их"
                 and pred.index < k.index <= last), None)
    if pron is None:
        return None
    sent = syntax.analysis.sents[pred.sent]
    for t in reversed(syntax.tokens[sent.first : pred.index]):
        if t.pos == "NOUN" and t.feats.get("Number") == "Plur" and t.feats.get("Animacy") == "Inan" \
                and not syntax.kids(t.index, "case") and lemma(t) not in GENERIC_BODIES and syntax.entity_at(t.start, t.stop) is None:
            return pron.index, noun_words(syntax, t)
    return None


SINGULAR = {"его": ("Masc", "Neut"), "ее": ("Fem",), "её": ("Fem",)}
TIME_NOUNS = {"год", "квартал", "месяц", "неделя", "день", "срок", "период", "полугодие", "время", "сезон", "конец",
              "начало", "середина", "площадь", "объем", "размер", "сумма", "счет"}


def possessive(syntax: Syntax, det: Token) -> bool:
    """``его кабинет``: the word after ``его`` is a noun or adjective it may own (in the accusative)."""
    after = syntax.tokens[det.index + 1] if det.index + 1 < len(syntax.tokens) else None
    return after is not None and after.pos in ("NOUN", "ADJ", "PROPN") and after.feats.get("Case") in ("Acc", "Nom", None)


def singular_antecedent(syntax: Syntax, pred: Token, pron: Token) -> Token | None:
    """``проложить маршрут, оборудовать его`` -> ``маршрут``; ``приступить к реконструкции вокзала, а
    завершить ее`` -> ``реконструкции``; ``Базовая кафедра начнет работу ... Возглавит ее X`` -> the
    previous sentence's subject: the latest thing of the pronoun's gender named before it in its
    sentence, else the subject of the sentence before (not a body, a person or a time)."""
    genders = SINGULAR[pron.text.lower()]

    def fits(t: Token) -> bool:
        return t.pos == "NOUN" and t.feats.get("Number") == "Sing" and t.feats.get("Animacy") == "Inan" \
            and t.feats.get("Gender") in genders and lemma(t) not in GENERIC_BODIES and lemma(t) not in TIME_NOUNS \
            and syntax.entity_at(t.start, t.stop) is None

    sents = syntax.analysis.sents
    sent = sents[pred.sent]
    for t in reversed(syntax.tokens[sent.first : pred.index]):
        if fits(t):
            return t
    if pred.sent == 0:
        return None
    before = sents[pred.sent - 1]
    return next((t for t in syntax.tokens[before.first : before.last] if t.rel == "nsubj" and fits(t)
                 and t.head >= 0 and syntax.tokens[t.head].rel == "root"), None)


def noun_words(syntax: Syntax, noun: Token) -> str:
    """The noun with its adjectives and a genitive attribute (``вопросы бизнеса``), accusative."""
    from .obligation_inflect import to_case

    tokens = syntax.tokens
    first = noun.index
    while first > 0 and tokens[first - 1].head == noun.index and tokens[first - 1].rel in ("amod", "det", "nummod"):
        first -= 1  # "оставшихся 25 семей ... обеспечить их" -> "оставшиеся семьи": the count is the earlier part's
    last = noun.index
    for k in syntax.kids(noun.index, "nmod"):
        sub = syntax.subtree(k.index)
        if k.index == last + 1 and k.feats.get("Case") == "Gen" and not syntax.kids(k.index, "case") and max(sub) - min(sub) < 4:
            last = max(sub)
    source = UD_CASES.get(noun.feats.get("Case", ""))
    words = []
    for t in tokens[first : last + 1]:
        if t.rel == "nummod" and t.head == noun.index:
            continue
        word = t.text
        if source and first <= t.index <= noun.index:
            word = to_case(syntax, t, source) or word
        words.append(word)
    out = " ".join(words)
    return out[:1].lower() + out[1:] if tokens[first].pos != "PROPN" else out
