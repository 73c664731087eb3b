"""Who undertakes an obligation: the clause's subject resolved to organization or person ids.

``стороны`` are the parties of the agreement the clause belongs to; a bare ``компания`` or a post
without a name is resolved by :mod:`~pressparse.extract.obligation_refs`; a region named as a subject (``Кузбасс и Сахалинская область разработают``) stands for the bodies named
after it.
"""

from __future__ import annotations

from dataclasses import replace

from ..analysis.doc import Token
from .clauses import Entity, Syntax, lemma
from .obligation_groups import plural_bodies
from .obligation_party_kinds import (LOCAL_UNITS, authorities, layman, local_government, place_side, region_government,
                                     regional_governments, side_by_adjective, speaker_body)
from .obligation_party_words import body_by_word, side_by_trade, short_forms
from .obligation_pronouns import antecedent
from .obligation_side_nouns import side_by_noun
from .obligation_refs import (
    COMMERCIAL,
    GENERIC_BODIES,
    SIDE_WORDS,
    canonical,
    fits_word,
    generic_body,
    is_company,
    names,
    person_by_post,
)

SIDES = {"сторона", "подписант", "участник"}
TERRITORIES = {"область", "регион", "край", "республика", "округ", "город", "район", "муниципалитет"}
GOVERNMENTS = ("правительство", "администрация", "мэрия", "губернатор", "глава", "кабинет министров")


def plural_subject(syntax: Syntax, pred: Token, ids: list[str] | None) -> list[str] | None:
    """A plural verb with one resolved party: the parse lost a conjunct, read the clause linearly."""
    if ids is None or len(ids) != 1 or pred.feats.get("Number") != "Plur":
        return ids
    kind = next((e.kind for e in syntax.entities if e.id == ids[0]), None)
    wider = list(dict.fromkeys(e.id for e in syntax.left_entities(pred, kind) if kind))
    return wider if len(wider) > 1 and ids[0] in wider else ids


def subject_of(syntax: Syntax, pred: Token) -> Token | None:
    """The nominal subject of a predicate or of the verb it hangs on (aux/xcomp chains)."""
    node: Token | None = pred
    for _ in range(3):
        if node is None:
            return None
        subjects = [k for k in syntax.kids(node.index, "nsubj") if syntax.unit_of[k.index] == syntax.unit_of[pred.index]]
        if len(subjects) > 1:  # "Как сообщил советник X, компания планирует": not the one a comma cuts off
            # "Регион берет на себя X, а министерство — Y": one past the verb is a gapped clause's
            before = [k for k in subjects if k.index < node.index]
            between = syntax.tokens[node.index + 1 : k.index] if (k := subjects[-1]).index > node.index else []
            inverted = [k] if k.feats.get("Case") == "Nom" and not any(t.text in ",—" for t in between) and any(
                t.head == node.index and t.feats.get("VerbForm") == "Inf" for t in between) else []
            if inverted and all(k.feats.get("Case") == "Acc" and not syntax.entity_at(k.start, k.stop) for k in before):
                before = inverted  # "Программу должен согласовать комитет": the object fronted, the doer after
            subjects = before or subjects
            subjects = [k for k in subjects if not cut_off(syntax, k, node)] or subjects
            subjects = [k for k in subjects if not inside_object(syntax, k, node)] or subjects
        if not subjects:  # "заявку поселения район поддержит": the doer parsed as a second object
            objects = [k for k in syntax.kids(node.index, "obj") if k.index < node.index]
            subjects = [k for k in objects[1:] if k.feats.get("Case") == "Nom" and k.pos == "NOUN"
                        and objects[0].feats.get("Case") == "Acc"]
        if subjects:  # of two parsed subjects ("работы подрядчики обязаны"), the one who can act
            agents = [k for k in subjects if k.feats.get("Animacy") == "Anim" or syntax.entity_at(k.start, k.stop)
                      or lemma(k) in GENERIC_BODIES]  # "участки концессионер должен заменить": the doer
            number = node.feats.get("Number")
            if len(agents) > 1 and number:  # of two, the one the verb agrees with
                agents = [k for k in agents if k.feats.get("Number") == number] or agents
            named = [k for k in subjects if k.feats.get("Case") != "Acc"]  # "отчеты регион обязан": the object first
            return (agents or named or subjects)[0]
        if node.head < 0 or not (node.rel in ("xcomp", "conj", "csubj", "csubj:pass") or reported(syntax, node)):
            return stray_subject(syntax, node)
        node = syntax.tokens[node.head]
    return None


def inside_object(syntax: Syntax, subject: Token, pred: Token) -> bool:
    """``Строительство корпуса КГБУЗ «... больница» в Дудинке компания берет на себя``: a name's noun
    the parse made a subject, though it sits inside the fronted object's phrase."""
    for k in syntax.kids(pred.index, "obj"):
        if k.index < subject.index < pred.index and max(syntax.subtree(k.index)) > subject.index:
            return True
    return False


def stray_subject(syntax: Syntax, node: Token) -> Token | None:
    """``Корпорация, со своей стороны, возьмет ... и предоставит ...``: the subject before the verb
    that the parse hung on the later verb, making this one its clausal complement."""
    if node.head < 0 or node.rel not in ("ccomp", "parataxis") or node.head < node.index:
        return None
    head = syntax.tokens[node.head]
    subjects = [k for k in syntax.kids(head.index, "nsubj") if k.index < node.index
                and syntax.unit_of[k.index] == syntax.unit_of[node.index] and k.feats.get("Case") == "Nom"]
    return subjects[0] if len(subjects) == 1 else None


def reported(syntax: Syntax, node: Token) -> bool:
    """``КПРФ и ЛДПР заявили, что намерены ...``: a subjectless clause of a statement verb has the
    speaker's subject (not ``рассказал, что планируют``: a plural of nobody named)."""
    head = syntax.tokens[node.head]
    number = node.feats.get("Number"), head.feats.get("Number")
    return node.rel == "ccomp" and head.pos == "VERB" and (None in number or number[0] == number[1])


def cut_off(syntax: Syntax, subject: Token, pred: Token) -> bool:
    """A comma between a subject's phrase and its predicate (a speaker's aside before the clause), or
    a colon between the predicate and a subject after it (``возьмет на контроль X: ... депутаты будут``)."""
    end = max(syntax.subtree(subject.index))
    if subject.index > pred.index:
        return any(t.text == ":" for t in syntax.tokens[pred.index + 1 : subject.index])
    return end < pred.index and any(t.text == "," for t in syntax.tokens[end + 1 : pred.index])


POST_PARTICIPLES = {"исполнять", "управлять", "заведовать"}


def resolve(syntax: Syntax, subject: Token, pred: Token, sides: tuple[str, ...]) -> list[str] | None:
    """Ids the subject names; ``None`` when it names nobody (a thing, a delegation, a pronoun).

    Each conjunct counts by its head word: a body or person mention, a region (its government),
    a post with the name beside it (``губернатор Иван Петров``) or a bare ``компания``; a thing
    that merely has a body in its phrase (``выбор НАТО``) names nobody.
    """
    plural = subject.feats.get("Number") == "Plur"
    trade = side_by_trade(syntax, subject, sides) if not syntax.entity_at(subject.start, subject.stop) else []
    if trade:  # "энергетики обязуются": the grid company among the sides
        return trade
    if plural and (lemma(subject) in SIDE_WORDS or (len(sides) > 1 and lemma(subject) in GENERIC_BODIES
                                                      and not syntax.entity_at(subject.start, subject.stop))):
        fit = [] if lemma(subject) in SIDE_WORDS else sides_of_kind(syntax, subject, sides)
        if len(fit) < 2 and lemma(subject) in COMMERCIAL:  # "подрядчики": the companies named before, not one side
            fit = plural_bodies(syntax, subject, pred, reach=3) or fit
        return fit or list(sides)  # "стороны", "компании обязуются": the sides ("университеты": those that are)
    out: list[str] = []
    heads = [h for h in conjuncts(syntax, subject) if not subject.index < pred.index < h.index]
    heads = [h for h in heads if not apposed(syntax, h, heads)]
    for head in heads:  # "X построит 5 мостов, Y — 7": a conjunct past the verb is a gapped clause's doer
        out += resolve_head(syntax, head, pred, sides)
    if not out and all(layman(h) for h in heads):
        return []  # "получатель выплаты обязан": a duty with no party named, not the context's
    return canonical(syntax, list(dict.fromkeys(out)), sides) or None


def apposed(syntax: Syntax, head: Token, heads: list[Token]) -> bool:
    """``Подрядчик, ООО «Б», должен``: a descriptive noun whose name follows after a bare comma
    (parsed as a conjunct) is that body, not one more party."""
    if lemma(head) not in GENERIC_BODIES or syntax.entity_at(head.start, head.stop) is not None:
        return False
    nxt = next((h for h in heads if h.index > head.index), None)
    named = syntax.entity_at(nxt.start, nxt.stop, "org") if nxt is not None else None
    if named is None or syntax.kids(nxt.index, "cc") or not fits_word(syntax, head, lemma(head), named.record):
        return False
    return [t.text for t in syntax.tokens[head.index + 1 : nxt.index]] == [","]


def sides_of_kind(syntax: Syntax, subject: Token, sides: tuple[str, ...]) -> list[str]:
    """``университеты`` among a memorandum's sides: the sides whose names say so."""
    records = {e.id: e.record for e in syntax.entities if e.kind == "org"}
    return [i for i in sides if i in records and fits_word(syntax, subject, lemma(subject), records[i])]


def conjuncts(syntax: Syntax, head: Token) -> list[Token]:
    """The head and the nouns coordinated with it (the parse may hold cycles)."""
    out, stack = [head], [head]
    while stack:
        for k in syntax.kids(stack.pop().index, "conj"):
            if k not in out and syntax.unit_of[k.index] == syntax.unit_of[head.index] and k.pos in ("NOUN", "PROPN"):
                out.append(k)
                stack.append(k)
    return out


def resolve_head(syntax: Syntax, head: Token, pred: Token, sides: tuple[str, ...] = ()) -> list[str]:
    found = syntax.entity_at(head.start, head.stop, "org", "per")
    if found is not None and forward(syntax, head, found):
        found = None  # "ведомство обеспечит" before the ministry is first named: read the noun afresh
    if found is None and lemma(head) == "власть":  # "Краевые власти обязуются": the government of that level
        ruling = authorities(syntax, head, pred, sides)
        if ruling:
            return ruling
    if found is not None:
        side = named_side(syntax, head, found, sides)
        if side:
            return side
        spoken = speaker_body(syntax, head, lambda r: fits_word(syntax, head, lemma(head), r)
                              or (lemma(head) == "ведомство" and not is_company(r))) if lemma(head) in GENERIC_BODIES else []
        if spoken and found.end - found.start <= len(head.text) + 1:  # "По его словам, ведомство ...": the speaker's
            return spoken
        if found.kind == "org" and bare(found.record) and lemma(head) in GENERIC_BODIES:
            return generic_body(syntax, head, sides) or [found.id]  # "Министерство" left unresolved
        return [found.id]
    for k in syntax.kids(head.index, "appos"):  # "Перевозчик — ООО «Б» — должен": the body apposed to the noun
        named = syntax.entity_at(k.start, k.stop, "org")
        if named is not None and lemma(head) in GENERIC_BODIES:
            return [named.id]
    if lemma(head) == "сторона":  # "новосибирская сторона обязуется"
        return side_by_adjective(syntax, head, sides)
    named = body_by_word(syntax, head, sides) if sides or lemma(head) in short_forms() else []
    if named:  # "порт обязуется" in an agreement with "АО «Восточный Порт»", "минздрав" the ministry of health
        return named
    if named := side_by_noun(syntax, head, sides):  # "Перевозчик обязался", "омский театр обязуется"
        return named
    if lemma(head) in TERRITORIES:  # "область обязуется": the side that governs a territory
        governments = [i for i in sides if is_government(syntax, i)]
        plural = head.feats.get("Number") == "Plur"
        if plural and len(governments) < 2:  # "Регионы должны" after agreements with each: their governments
            governments = regional_governments(syntax, head) or governments
        if governments and (plural or len(governments) == 1):
            return governments
    place = syntax.entity_at(head.start, head.stop, "loc")
    if place is not None:  # "Ставрополье берет на себя ...": its government, else its one state body of the sides
        return bodies_of(syntax, [place]) or place_side(syntax, place, sides)
    if lemma(head) in ("регион", "область", "край", "республика") and head.feats.get("Number") != "Plur":
        return region_government(syntax, head)  # "Регион, со своей стороны, берет на себя ..."
    if lemma(head) in LOCAL_UNITS and head.feats.get("Number") != "Plur":
        return local_government(syntax, head)  # "пообещал, что район поддержит заявку"
    if lemma(head) in GENERIC_BODIES:
        return plural_bodies(syntax, head, pred, 3 if lemma(head) in COMMERCIAL else 1) or generic_body(syntax, head, sides)
    # "исполняющий обязанности", "управляющий отделением", "заведующий кафедрой": a post named by a participle
    acting = (head.feats.get("VerbForm") == "Part" and lemma(head) in POST_PARTICIPLES) or lemma(head) in ("врио", "и.о.", "и.о")
    if (head.pos == "NOUN" and head.feats.get("Animacy") == "Anim") or acting:
        skip = {pred.index} | {k.index for k in syntax.kids(head.index, "conj")}
        idx = syntax.subtree(head.index, skip=skip)
        people = syntax.entities_in(syntax.tokens[min(idx)].start, syntax.tokens[max(idx)].stop, "per")
        # "врио министра должен"; "специалисты фонда обязаны": staff stand for their body
        return [people[0].id] if people else person_by_post(syntax, head) or (
            [] if layman(head) else owner(syntax, head, pred, sides))
    if lemma(head) == "который":  # "МУП «Б», которое должно обучить ...": the noun the clause modifies
        return relative_antecedent(syntax, head, pred, sides)
    if head.pos == "PRON":
        return antecedent(syntax, head)  # "она должна ...": the person or body just named
    if head.pos == "PROPN":
        return person_by_post(syntax, head)  # "Врио" read as a name
    # "суда компании должны" (not "проекты компании позволят": a thing's future is no one's duty)
    return owner(syntax, head, pred, sides) if head.feats.get("Number") == "Plur" and pred.feats.get("VerbForm") != "Fin" else []


def forward(syntax: Syntax, head: Token, found: Entity) -> bool:
    """A lone descriptive noun (``ведомство``) the earlier stage tied to a body first named after it:
    such a noun points back, so the link is no evidence of whom it means."""
    if found.kind != "org" or lemma(head) not in GENERIC_BODIES or found.end - found.start > len(head.text) + 1:
        return False
    others = [m.start for m in getattr(found.record, "mentions", ()) if m.start != found.start]
    return bool(others) and min(others) > head.start


def owner(syntax: Syntax, head: Token, pred: Token, sides: tuple[str, ...]) -> list[str]:
    """``Суда компании должны``, ``сотрудники фонда будут``: the body that owns the staff or
    the assets (a genitive without preposition) is the one held to it (not a person: ``адвокаты
    политика`` act for him, they are not him)."""
    for k in syntax.kids(head.index, "nmod"):
        if k.pos not in ("NOUN", "PROPN") or syntax.kids(k.index, "case") or lemma(k) in TERRITORIES:
            continue  # "школы области": not the region's government
        if k.feats.get("Case") == "Nom" and k.index == head.index + 1:  # "компании" read as a plural nominative
            if not any({"gent", "sing"} <= set(p.tag.grammemes) for p in syntax.analysis.vocab(k.text)):
                continue
            k = replace(k, feats={**k.feats, "Case": "Gen", "Number": "Sing"})
        if k.feats.get("Case") == "Gen" and syntax.entity_at(k.start, k.stop, "loc") is None:
            ids = resolve_head(syntax, k, pred, sides)
            kinds = {e.id: e.kind for e in syntax.entities}
            return [i for i in ids if kinds.get(i) == "org"]
    return []


def relative_antecedent(syntax: Syntax, pronoun: Token, pred: Token, sides: tuple[str, ...]) -> list[str]:
    """The noun a relative clause hangs on (``acl:relcl``), else the body or person named right
    before the comma that opens the clause."""
    clause = syntax.tokens[pronoun.head] if pronoun.head >= 0 else None
    if clause is not None and clause.rel == "acl:relcl" and 0 <= clause.head < pronoun.index:
        return resolve_head(syntax, syntax.tokens[clause.head], pred, sides)
    before = [e for e in syntax.entities if e.kind in ("org", "per") and e.end <= pronoun.start
              and syntax.analysis.text[e.end : pronoun.start].strip() == ","]
    return [before[-1].id] if before else []


def named_side(syntax: Syntax, head: Token, found: Entity, sides: tuple[str, ...]) -> list[str]:
    """``Банк обязуется`` in an agreement whose side is ``... отделение ПАО Сбербанк``: a lone
    descriptive noun linked to a body outside the agreement stands for the one side so named."""
    word = lemma(head)
    if found.kind != "org" or found.id in sides or word not in GENERIC_BODIES or found.end - found.start > len(head.text) + 1:
        return []
    records = {e.id: e.record for e in syntax.entities if e.kind == "org"}
    named = [i for i in sides if i in records and word[:4] in names(records[i])]
    return named if len(named) == 1 else []


def bare(record) -> bool:
    """A record named by a lone common noun (``Министерство``): the layer did not resolve it."""
    return len(str(getattr(record, "name", "")).split()) == 1 and str(record.name)[:1] != "«"


def is_government(syntax: Syntax, id: str) -> bool:
    record = next((e.record for e in syntax.entities if e.id == id), None)
    return str(getattr(record, "name", "")).lower().startswith(GOVERNMENTS)


def bodies_of(syntax: Syntax, places: list[Entity]) -> list[str]:
    """Organizations whose mention contains a mention of each place (the region's government)."""
    out = []
    for place in places:
        for org in syntax.entities:
            if org.kind != "org" or not str(getattr(org.record, "name", "")).lower().startswith(GOVERNMENTS):
                continue
            inner = [e for e in syntax.entities if e.kind == "loc" and e.id == place.id and org.start <= e.start and e.end <= org.end]
            if inner or getattr(org.record, "place", None) == place.id:
                out.append(org.id)
                break
    return list(dict.fromkeys(out))
