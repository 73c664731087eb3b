"""Who signed: the sides and signers named as the subject of a signing verb.

The parse of a long list of names often loses conjuncts, so a plural verb's subject is also read
linearly; a person a body is named after (``имени академика X``), the owner of a branch (``отделение
№ 8604 ПАО Сбербанк``) and a bracketed alias are no sides of their own.
"""

from __future__ import annotations

import re

from ..analysis.doc import Token
from .clauses import CLAUSE_STARTS, Syntax
from .obligation_parties import bodies_of

MEMBER_WORDS = {"участник", "сторона", "член"}  # "участники консорциума": the sides of the agreement that made it
AGREEMENT_WORDS = {"соглашение", "договор", "меморандум", "контракт"}
OWNER_GAP = re.compile(r"^\s*(№\s*\d+\s*)?(\(\s*)?$")
OF_TOWN = re.compile(r"^\s+(?:(?!(?:и|или|а)\s)[а-яё]+\s+)?$")  # "МКУ «Агентство» города Ярославля": the body's town, no side
LIST_BREAKS = {"а", "но", "который", "которые", "что", "где", "когда"}


ABOUT = ("о", "об", "обо")  # the subject of an agreement named as the verb's subject


def about_phrase(syntax: Syntax, i: int) -> bool:
    """``о`` opens a phrase (``об информировании``), not ``и.о.`` (acting)."""
    tokens = syntax.tokens
    return tokens[i - 1].text != "." and i + 1 < len(tokens) and tokens[i + 1].pos in ("NOUN", "ADJ", "PROPN")


def subject_entities(syntax: Syntax, verb: Token) -> tuple[list[str], list[str]]:
    """(people, organizations) named as the grammatical subject of ``verb``."""
    subjects = syntax.kids(verb.index, "nsubj")
    if not subjects and verb.rel in ("conj", "xcomp") and verb.head >= 0:  # "университет планирует заключить"
        subjects = syntax.kids(verb.head, "nsubj")
    people: list[str] = []
    orgs: list[str] = []
    unit = syntax.unit_of[verb.index]
    spans = []
    for s in subjects:
        if syntax.unit_of[s.index] != unit:
            continue
        idx = syntax.subtree(s.index, skip={verb.index})
        last = idx[-1]
        if s.index > verb.index:  # "подписали А и заместитель главы — начальник управления Б": the parse
            end = syntax.units[unit][1] - 1  # may cut a list after the verb at a dash; it runs to the end
            while end > last and syntax.tokens[end].pos == "PUNCT":
                end -= 1
            rest = syntax.tokens[last + 1 : end + 1]
            if rest and not any(t.pos in ("VERB", "AUX") or t.text in ",;:" for t in rest):
                last = end
        elif s.index < verb.index:  # "А и председатель правления — ректор Б подписали": the parse may
            rest = syntax.tokens[last + 1 : verb.index]  # cut the subject at the dash; it runs to the verb
            dash = any(t.text == "—" for t in syntax.tokens[idx[0] : verb.index])
            if rest and dash and not any(t.pos in ("VERB", "AUX") or t.text in ",;:" for t in rest):
                last = verb.index - 1
        about = next((i for i in idx if syntax.tokens[i].text.lower() in ABOUT and i > s.index and about_phrase(syntax, i)
                      and syntax.entity_at(syntax.tokens[i].start, syntax.tokens[i].stop, "org") is None), None)
        stop = syntax.tokens[about].start if about is not None else syntax.tokens[last].stop
        spans.append((syntax.tokens[idx[0]].start, stop))  # "подписано соглашение между A и B об ... в РКБ": not РКБ
    if not any(syntax.entities_in(a, b, "per", "org") for a, b in spans):
        if verb.feats.get("Voice") == "Pass":  # "документ подписан директором Олегом Мамонтовым"
            return [e.id for e in right_entities(syntax, verb) if e.kind == "per" and agent(syntax, e)], []
        # the parse of a long or run-on sentence often loses the subject: read it linearly, before
        # the verb or, in "Документ подписали в четверг губернатор X и директор Y", after it
        left = left_entities(syntax, verb) or right_entities(syntax, verb)
        spans = [(left[0].start, left[-1].end if left[0].start > verb.start else verb.start)] if left else []
    for start, end in spans:
        found = [e for e in syntax.entities_in(start, end, "per", "org") if not namesake(syntax, e)]
        found = [e for e in found if not attached(syntax, e, found) and not remarked(syntax, e)]
        people += [e.id for e in found if e.kind == "per"]
        if not names_post(syntax, start, end):
            orgs += [e.id for e in found if e.kind == "org"]
            places = [e for e in syntax.entities_in(start, end, "loc") if syntax.entity_at(e.start, e.end, "org") is None
                      and not any(o.kind == "org" and OF_TOWN.match(syntax.analysis.text[o.end : e.start]) for o in found)]
            orgs += bodies_of(syntax, places)  # "Татарстан и компания подписали": the region's government
    if not people and len(set(orgs)) < 2 and verb.feats.get("Number") == "Plur":
        # "управление и ПАО «X» заключили": a side told by a descriptive noun (role_refs.tsv)
        from .agreement_refs import described_sides
        told = [id for start, end in spans for _, id in described_sides(syntax, opening(syntax, start), end)]
        orgs = list(dict.fromkeys(orgs + told))
    if verb.feats.get("Number") == "Plur" and not people:  # the parse of a long list often loses conjuncts
        listed = listed_orgs(syntax, verb)
        if len(listed) > len(set(orgs)) and set(orgs) <= set(listed):
            orgs = listed
    return people, orgs


def opening(syntax: Syntax, start: int) -> int:
    """Start of the subject phrase ending after ``start``: the parse may leave a leading noun out
    (``которое управление и ПАО «X» заключили``); a few words back to a comma or clause word."""
    i = next((t.index for t in syntax.tokens if t.start >= start), len(syntax.tokens))
    for _ in range(3):
        t = syntax.tokens[i - 1] if i > 0 else None
        if t is None or t.text in ".;:!?,«—" or t.text.lower() in CLAUSE_STARTS or t.pos in ("VERB", "AUX"):
            break
        i -= 1
    return syntax.tokens[i].start if i < len(syntax.tokens) else start


def left_entities(syntax: Syntax, verb: Token) -> list:
    """People and organizations between the start of the clause and ``verb`` (a dot or an initial
    inside a name, ``Р.А. Сабуров``, does not end the clause)."""
    first = syntax.units[syntax.unit_of[verb.index]][0]
    i = verb.index - 1
    while i >= first:
        t = syntax.tokens[i]
        inside = syntax.entity_at(t.start, t.stop, "per", "org") is not None
        if not inside and (t.text in ".;:!?," or t.text.lower() in CLAUSE_STARTS):  # "А." is an initial
            break
        if t.pos == "VERB" and t.feats.get("VerbForm") == "Fin":
            break
        i -= 1
    start = syntax.tokens[i + 1].start if i + 1 < verb.index else verb.start
    return syntax.entities_in(start, verb.start, "per", "org")


def right_entities(syntax: Syntax, verb: Token) -> list:
    """People and organizations after ``verb`` up to the end of its clause, but none after a
    preposition (``с ООО «X»`` is a counterparty, ``в Курске`` a place)."""
    last = syntax.units[syntax.unit_of[verb.index]][1]
    i = verb.index + 1
    while i < last:
        t = syntax.tokens[i]
        inside = syntax.entity_at(t.start, t.stop, "per", "org") is not None
        if not inside and (t.text in ".;:!?,«" or t.text.lower() in CLAUSE_STARTS):
            break
        if t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin":
            break
        i += 1
    if i == verb.index + 1:
        return []
    found = syntax.entities_in(verb.stop, syntax.tokens[i - 1].stop, "per", "org")
    return [e for e in found if not after_preposition(syntax, e)]


def after_preposition(syntax: Syntax, e) -> bool:
    first = syntax.analysis.token_at(e.start)
    return first is not None and first.index > 0 and syntax.tokens[first.index - 1].pos == "ADP"


def passive_signers(syntax: Syntax, first: int, last: int, signs: set[str]) -> list[str]:
    """``документ подписан директором Олегом Мамонтовым``: people in the instrumental after a
    passive form of a signing verb (lemmas ``signs``) in tokens [first, last)."""
    out = []
    for t in syntax.tokens[first:last]:
        if t.lemma.lower() in signs and (t.feats.get("Voice") == "Pass" or t.feats.get("VerbForm") == "Part"):
            out += [e.id for e in right_entities(syntax, t) if e.kind == "per" and agent(syntax, e)]
    return out


def agent(syntax: Syntax, e) -> bool:
    """A name in the instrumental: the agent of a passive verb."""
    first = syntax.analysis.token_at(e.start)
    return first is not None and first.feats.get("Case") == "Ins"


def namesake(syntax: Syntax, e) -> bool:
    """``университет имени академика М.Ф. Решетнёва``: a person a body is named after."""
    if e.kind != "per":
        return False
    before = syntax.analysis.text[max(0, e.start - 25) : e.start].lower().split()
    names = ("имени", "им.", "им")  # "имени Пирогова", "имени академика Решетнёва"
    return bool(before) and (before[-1] in names or len(before) > 1 and before[-2] in names and before[-1].isalpha())


def attached(syntax: Syntax, e, found: list) -> bool:
    """An organization right after another one: the owner of a branch (``отделение № 8604 ПАО
    Сбербанк``) or an alias in brackets (``ПАО «Автодизель» (Ярославский моторный завод)``)."""
    if e.kind != "org":
        return False
    text = syntax.analysis.text
    return any(o is not e and o.kind == "org" and o.end <= e.start and OWNER_GAP.match(text[o.end : e.start])
               for o in found)


def remarked(syntax: Syntax, e) -> bool:
    """A body named in a bracketed remark, ``(входит в Госкорпорацию Ростех)``: no side."""
    text = syntax.analysis.text
    opening = text.rfind("(", max(0, e.start - 60), e.start)
    if opening < 0 or ")" in text[opening : e.start] or "\n" in text[opening : e.start]:
        return False
    return bool(text[opening + 1 : e.start].strip())


def listed_orgs(syntax: Syntax, verb: Token) -> list[str]:
    """``X, Y и Z подписали``: the organizations listed before a plural verb, read linearly (a
    comma continues the list when a name follows it)."""
    first = syntax.units[syntax.unit_of[verb.index]][0]
    i = verb.index - 1
    while i >= first:
        t = syntax.tokens[i]
        if t.text in ".;:!?" and syntax.entity_at(t.start, t.stop) is None or t.text.lower() in LIST_BREAKS:
            break
        if t.text == "," and syntax.entity_at(t.start, t.stop) is None and (
                i + 1 >= verb.index or syntax.entity_at(syntax.tokens[i + 1].start, syntax.tokens[i + 1].stop, "org") is None):
            break
        if t.pos == "VERB" and t.feats.get("VerbForm") == "Fin":
            break
        i -= 1
    start = syntax.tokens[i + 1].start if i + 1 < verb.index else verb.start
    found = [e for e in syntax.entities_in(start, verb.start, "per", "org") if not namesake(syntax, e)]
    if any(e.kind == "per" for e in found):
        return []
    return list(dict.fromkeys(e.id for e in found if not attached(syntax, e, found) and not remarked(syntax, e)))


def names_post(syntax: Syntax, start: int, end: int) -> bool:
    """A subject like "заместитель главы Минпромторга": the body is the signer's, not a side."""
    for t in syntax.analysis.tokens_in(start, end):
        if t.pos == "NOUN" and t.feats.get("Animacy") == "Anim" and syntax.entity_at(t.start, t.stop) is None:
            return True
    return False


def performers(syntax: Syntax, first: int, at: int) -> list[str]:
    """``ООО «X» вело строительство по контракту, который ...``: the body that works under the
    agreement (the subject of the verb before ``по`` + the agreement noun at token ``at``) is a side."""
    tokens = syntax.tokens
    if at - 1 <= first or tokens[at - 1].text.lower() != "по":
        return []
    i = at - 2
    while i >= first and not (tokens[i].text in ",;:—" and syntax.entity_at(tokens[i].start, tokens[i].stop) is None):
        i -= 1
    out = []
    for verb in tokens[i + 1 : at - 1]:
        if verb.pos != "VERB" or verb.feats.get("VerbForm") != "Fin":
            continue
        for s in syntax.kids(verb.index, "nsubj"):
            e = syntax.entity_at(s.start, s.stop, "org")
            if e is not None and e.end <= tokens[at - 1].start:
                out.append(e.id)
    return out


def members(syntax: Syntax, verb: Token, earlier: list[tuple[list[str], frozenset[str]]]) -> list[str]:
    """``Участники консорциума планируют заключить меморандум``: a subject that names the members of
    a body an earlier agreement made (its subject has the word) or the sides of one (``стороны
    соглашения``, bare ``стороны``) takes that agreement's parties; ``earlier``: (parties, subject words)."""
    subjects = syntax.kids(verb.index, "nsubj")
    if not subjects and verb.rel in ("conj", "xcomp") and verb.head >= 0:
        subjects = syntax.kids(verb.head, "nsubj")
    for s in subjects:
        word = s.lemma.lower()
        if word not in MEMBER_WORDS or s.feats.get("Number") != "Plur":
            continue
        whose = [k.lemma.lower() for k in syntax.kids(s.index, "nmod")]
        for parties, subject in reversed(earlier):
            if parties and (not whose and word == "сторона" or any(w in AGREEMENT_WORDS or w in subject for w in whose)):
                return list(parties)
    return []



SIDE_VERBS = {"выступить", "выступать", "стать", "становиться", "являться"}


def named_sides(syntax: Syntax, first: int, last: int) -> list[str]:
    """``Третьей стороной документа выступила X``: a side the text names on its own."""
    tokens = syntax.tokens
    for t in tokens[first:last]:
        if t.lemma.lower() != "сторона" or t.feats.get("Case") != "Ins":
            continue
        verb = next((v for v in tokens[max(first, t.index - 3) : min(last, t.index + 4)]
                     if v.lemma.lower() in SIDE_VERBS and v.pos in ("VERB", "AUX")), None)
        if verb is None:
            continue
        found = [e for e in right_entities(syntax, verb) if e.kind == "org"]
        found = found or [e for e in left_entities(syntax, verb) if e.kind == "org"]
        return [found[0].id] if found else []
    return []


def plural_sides(syntax: Syntax, verb) -> bool:
    """The verb's subject is "они", "стороны" or a plural noun no record names (``палаты``)."""
    for kid in syntax.kids(verb.index, "nsubj"):
        if kid.feats.get("Number") == "Plur" and (kid.pos == "PRON" or kid.pos == "NOUN"
                                                  and syntax.entity_at(kid.start, kid.stop) is None):
            return True
    return False
