"""Word order around an obligation's predicate: terms and objects put before the verb, a doer
put after it, and whether an infinitive is coordinated with an earlier one."""

from __future__ import annotations

from ..analysis.doc import Token
from .clauses import Syntax, lemma
from .obligation_orphans import stolen_object

SPLIT_RELS = ("conj", "parataxis")
TERM_WORDS = ("до", "к", "позднее")


def is_coordinated(syntax: Syntax, k: Token) -> bool:
    """An infinitive joined by "и"/"," to an earlier one (whatever relation the parse gave it)."""
    if k.feats.get("VerbForm") != "Inf" or k.pos != "VERB":
        return False
    if k.rel == "xcomp" and 0 <= k.head < k.index:  # "вложить X и до конца года создать Y", parsed as a complement
        head, first = syntax.tokens[k.head], min(syntax.subtree(k.index))
        return head.pos == "VERB" and head.feats.get("VerbForm") == "Inf" and syntax.tokens[first].text.lower() == "и"
    if k.rel in ("xcomp", "csubj", "csubj:pass", "advcl", "acl"):
        return False
    return k.rel in SPLIT_RELS or bool(syntax.kids(k.index, "cc"))


def preverbal_adjunct(syntax: Syntax, pred: Token) -> tuple[int, int] | None:
    """An adverbial between the cue and the infinitive (``обязан в срок до 1 октября выполнить``)."""
    tokens = syntax.tokens
    if pred.feats.get("VerbForm") != "Inf" or is_coordinated(syntax, pred):
        return None
    floor = max([pred.head if 0 <= pred.head < pred.index else -1]
                + [k.index for k in syntax.kids(pred.index, "aux", "nsubj", "cc") if k.index < pred.index])
    spans = []
    cue = [k for k in syntax.kids(pred.head, "obl") if k.index > pred.head] if 0 <= pred.head < pred.index else []
    barrier = max([i for i in range(floor + 1, pred.index) if tokens[i].text in ",;" or tokens[i].pos == "VERB"] or [floor])
    stray = [t for t in tokens[barrier + 1 : pred.index] if t.rel == "obl"  # "..., а Y в срок до 1 мая провести": hung on the first task
             and not barrier <= t.head < pred.index]  # but "софинансировать проект в объеме ...": the earlier verb's own
    seen: set[int] = set()
    for k in syntax.kids(pred.index, "obl") + cue + stray:  # "поручил до 1 мая отремонтировать": the task's term
        if k.index in seen:
            continue
        seen.add(k.index)
        if k.index >= pred.index:
            continue
        sub = syntax.subtree(k.index)
        if floor < min(sub) <= barrier:  # "..., а Y до 1 мая сделать": a term of the earlier task
            continue
        sub = before_task(sub, pred.index)
        if min(sub) <= floor or max(sub) >= pred.index or max(sub) - min(sub) + 1 != len(sub):
            return None
        if any(lemma(tokens[i]) == "себя" for i in sub):
            continue  # "берут на себя обязательство ...": part of the cue
        if tokens[min(sub)].pos != "ADP" or any(lemma(tokens[i]) in ("свой", "очередь", "сторона", "от") for i in sub):
            return None  # a prepositional term ("до 1 июля", "в срок"), not "со своей стороны"
        spans.append((min(sub), max(sub)))
    if not spans:
        return None
    first, last = min(a for a, _ in spans), max(b for _, b in spans)
    if any(tokens[i].pos in ("VERB", "PUNCT") and i not in range(first, last + 1) for i in range(first, last + 1)):
        return None
    if any(tokens[i].pos not in ("ADV", "PART") and tokens[i].text != "—" for i in range(last + 1, pred.index)):
        return None  # something else sits between: leave the phrase as it is
    return first, last


def before_task(sub: list[int], pred: int) -> list[int]:
    """A term whose parse also holds a later task's term (``до 31 декабря завершить ... и до 1 апреля
    получить``, the second date hung on the first): its unbroken stretch right before ``pred``."""
    if max(sub) < pred or min(sub) > pred:
        return sub
    run = [i for i in sub if i < pred]
    if run and run[-1] == pred - 1 and run[-1] - run[0] + 1 == len(run):
        return run
    return sub


def inverted_subject(syntax: Syntax, pred: Token) -> Token | None:
    """The doer put after the verb and parsed as its object, the fronted thing parsed as the
    subject: ``проект будет сопровождать министерство`` (an organization after, a thing before)."""
    before = [k for k in syntax.kids(pred.index, "nsubj") if k.index < pred.index]
    after = [k for k in syntax.kids(pred.index, "obj") if k.index > pred.index]
    if not before and not syntax.kids(pred.index, "nsubj"):  # "Ход реконструкции будет рассматривать Совет": two objects
        before = [k for k in syntax.kids(pred.index, "obj") if k.index < pred.index]
    if len(before) != 1 or len(after) != 1 or before[0].pos != "NOUN" or before[0].feats.get("Animacy") != "Inan":
        return None
    k = after[0]
    sub = syntax.subtree(k.index)
    if syntax.entity_at(k.start, k.stop, "org") is None or max(sub) + 1 >= len(syntax.tokens):
        return None
    nxt = syntax.tokens[max(sub) + 1]
    return k if nxt.pos == "PUNCT" and nxt.text in ".;" else None  # the doer closes the sentence


def fronted_term(syntax: Syntax, pred: Token) -> tuple[int, int] | None:
    """A term opening the clause before its subject (``до 1 мая они должны перечислить``)."""
    tokens = syntax.tokens
    if pred.feats.get("VerbForm") != "Inf" or is_coordinated(syntax, pred) or not 0 <= pred.head < pred.index:
        return None
    first = syntax.units[syntax.unit_of[pred.index]][0]
    for k in syntax.kids(pred.index, "obl") + syntax.kids(pred.head, "obl"):
        sub = syntax.subtree(k.index)
        lo, hi = min(sub), max(sub)
        if hi >= pred.index or hi - lo + 1 != len(sub) or lemma(tokens[lo]) not in TERM_WORDS:
            continue
        if lo > first and (tokens[lo - 1].text not in ":," or tokens[lo - 1].text == ","
                           and any(t.pos in ("VERB", "AUX") for t in tokens[first:lo])):
            continue  # "По ее словам, до 1 мая ведомство планирует ...": an introductory phrase first
        if any(t.text in ",;:—" or (t.pos == "VERB" and t.index != pred.head) for t in tokens[hi + 1 : pred.index]):
            continue
        return lo, hi
    return None


def fronted_object(syntax: Syntax, pred: Token) -> tuple[int, int] | None:
    """The object put before the verb (``отчеты регион обязан направлять``, ``контроль будут
    осуществлять Минздрав и ...``)."""
    objs = []
    if pred.rel == "xcomp" and pred.head >= 0:  # "все работы подрядчики обязаны выполнять": two parsed subjects
        subjects = [k for k in syntax.kids(pred.head, "nsubj") if k.index < pred.head]
        if len(subjects) == 2 and subjects[1].feats.get("Case") == "Nom" and (
                subjects[0].feats.get("Case") in ("Acc", "Gen") or accusative_too(syntax, subjects[0])):
            objs = [subjects[0]]
        doers = [k for k in syntax.kids(pred.head, "nsubj") if k.index > pred.index and k.feats.get("Case") == "Nom"
                 and not any(t.text in ",:;—" for t in syntax.tokens[pred.index : k.index])]
        if len(subjects) == 1 and doers and subjects[0].feats.get("Case") == "Acc":
            objs = [subjects[0]]  # "Программу должен согласовать комитет": the doer after the verb
    objs = objs or [k for k in syntax.kids(pred.index, "obj") if k.index < pred.index]
    if not objs and inverted_subject(syntax, pred) is not None:  # "проект будет сопровождать Минвостокразвития"
        objs = [k for k in syntax.kids(pred.index, "nsubj") if k.index < pred.index]
    objs = [k for k in objs if k.pos in ("NOUN", "PROPN", "NUM")]  # not "которые компания обязуется построить"
    if objs and stolen_object(syntax, pred):
        return None  # "предоставит «Б» ставки и построит ангар": the earlier verb's object
    if not objs:
        return leading_object(syntax, pred)
    sub = syntax.subtree(objs[0].index)
    if max(sub) >= pred.index or is_coordinated(syntax, pred) and syntax.tokens[min(sub) - 1].pos != "CCONJ":
        return None  # but "..., а остальные работы сдать": the second task's own object
    for t in syntax.tokens[max(sub) + 1 : pred.index]:  # only the subject, the cue and auxiliaries between
        if t.text in ",;:—" or (t.pos == "VERB" and t.index != pred.head) or t.pos == "CCONJ":
            return None  # "завершить разработку ... и до 1 апреля получить": the earlier task's object
    first = syntax.tokens[min(sub)]
    name = syntax.entity_at(first.start, first.stop, "org", "per")
    if name is not None and name.start < first.start:
        return None  # "администрации муниципального образования город Краснодар поручено": inside a name
    return min(sub), max(sub)


def accusative_too(syntax: Syntax, t: Token) -> bool:
    """``декларации предприниматели должны подать``: an inanimate noun read as a nominative that
    can be an accusative too, before the real subject."""
    return t.feats.get("Animacy") == "Inan" and any("accs" in p.tag and "NOUN" in p.tag for p in syntax.analysis.vocab(t.text.lower()))


def leading_object(syntax: Syntax, pred: Token) -> tuple[int, int] | None:
    """``Первые 20 сел компания должна подключить ...``: a noun phrase opening the clause right
    before the cue's subject, the parse having left it stray, is the infinitive's object (when
    the infinitive has none of its own)."""
    tokens = syntax.tokens
    if pred.rel != "xcomp" or pred.head < 0 or syntax.kids(pred.index, "obj"):
        return None
    subjects = [k for k in syntax.kids(pred.head, "nsubj") if k.index < pred.head and k.feats.get("Case") == "Nom"]
    if len(subjects) != 1:
        return None
    lo, hi = syntax.units[syntax.unit_of[pred.index]][0], min(syntax.subtree(subjects[0].index)) - 1
    words = tokens[lo : hi + 1]
    if not 2 <= len(words) <= 5 or any(t.pos not in ("ADJ", "NUM", "NOUN", "DET") for t in words):
        return None
    nouns = [t for t in words if t.pos == "NOUN"]
    if not nouns or nouns[-1] is not words[-1] or nouns[-1].feats.get("Case") not in ("Acc", "Gen") \
            or any(t.head in range(hi + 1, pred.index) for t in words):
        return None
    return lo, hi


def fronted_date(syntax: Syntax, pred: Token) -> tuple[int, int] | None:
    """``в ноябре компания заключит ...``, ``министерство в сентябре заключит ...``: a date hung on
    a finite verb before it, with no comma or verb up to the verb, moves behind it."""
    tokens = syntax.tokens
    if pred.feats.get("VerbForm") != "Fin":
        return None
    for k in syntax.kids(pred.index, "obl"):
        sub = syntax.subtree(k.index)
        lo, hi = min(sub), max(sub)
        if hi >= pred.index or hi - lo + 1 != len(sub) or any(t.pos in ("PUNCT", "VERB", "AUX") for t in tokens[lo : pred.index]):
            continue
        if any(d.start in (tokens[lo].start, tokens[min(lo + 1, hi)].start) and d.end == tokens[hi].stop for d in syntax.dates):
            return lo, hi
    return None


def linear_term(syntax: Syntax, pred: Token) -> tuple[int, int] | None:
    """``..., а до 31 декабря — завершить ...``: a dated term right before the infinitive, read off
    the text when the parse scattered it."""
    tokens = syntax.tokens
    if pred.feats.get("VerbForm") not in ("Inf", "Fin"):
        return None
    end = pred.index - 1
    while end >= 0 and tokens[end].text == "—":
        end -= 1
    if end < 0 or end == pred.index - 1 and tokens[end].pos == "PUNCT":
        return None
    date = next((d for d in syntax.dates if d.end == tokens[end].stop), None)
    head = syntax.analysis.token_at(date.start) if date is not None else None
    if head is None:
        return None
    first = head.index
    if lemma(tokens[first]) not in TERM_WORDS and first > 0 and lemma(tokens[first - 1]) in TERM_WORDS:
        first -= 1
    if lemma(tokens[first]) not in TERM_WORDS or first == 0 or tokens[first - 1].text.lower() not in (",", "а", "и"):
        return None
    return first, end


def trailing_term(syntax: Syntax, pred: Token) -> tuple[int, int] | None:
    """``завершить ремонт подрядчик обязан до 1 сентября``: the infinitive put before its cue, and
    the term or adjunct after the cue (the parse hangs it on the cue) belongs to the task."""
    tokens = syntax.tokens
    cue = pred.head
    if pred.feats.get("VerbForm") != "Inf" or pred.rel not in ("xcomp", "csubj") or not pred.index < cue < len(tokens):
        return None
    if any(t.text in ",;:—()" for t in tokens[pred.index + 1 : cue]):
        return None  # the cue is not in the infinitive's own clause
    last = syntax.units[syntax.unit_of[cue]][1]
    adjuncts = sorted((k for k in syntax.kids(cue, "obl", "advmod") + syntax.kids(pred.index, "obl", "advmod")
                       if k.index > cue), key=lambda k: k.index)  # the parse may keep it on the infinitive
    if not adjuncts:
        return None
    hi = cue
    for k in adjuncts:
        sub = syntax.subtree(k.index)
        if min(sub) != hi + 1 or max(sub) >= last:
            break  # only a run right after the cue
        hi = max(sub)
    while hi > cue and tokens[hi].pos == "PUNCT":
        hi -= 1
    if hi == cue or any(t.text in ",;:—()" for t in tokens[cue + 1 : hi + 1]):
        return None
    return cue + 1, hi


def dashed_term(syntax: Syntax, pred: Token) -> tuple[int, int] | None:
    """``..., а министерство — с 1 сентября включить ...``: in a gapped part, the adverbial between
    the dash after the doer and the infinitive, read off the text (the parse scatters it)."""
    tokens = syntax.tokens
    if pred.feats.get("VerbForm") != "Inf":
        return None
    first = syntax.units[syntax.unit_of[pred.index]][0]
    dash = next((i for i in range(pred.index - 1, max(first, pred.index - 12) - 1, -1)
                 if tokens[i].pos == "PUNCT" or tokens[i].pos in ("VERB", "AUX")), None)
    if dash is not None and dash == pred.index - 1 and tokens[dash].text == "—":  # "..., а в течение 10 дней — внести"
        lo = next((i + 1 for i in range(dash - 1, max(first, dash - 12), -1) if tokens[i].text.lower() == "а"
                   and tokens[i - 1].text == ","), None)
        if lo is not None and tokens[lo].pos == "ADP" and lo < dash and not any(
                t.pos in ("PUNCT", "VERB", "AUX") for t in tokens[lo:dash]):
            return lo, dash - 1
    if dash is None or tokens[dash].text != "—" or dash + 1 >= pred.index or tokens[dash + 1].pos != "ADP":
        return None
    if dash == first or tokens[dash - 1].pos not in ("NOUN", "PROPN", "ADJ") and tokens[dash - 1].text != "»":
        return None
    return dash + 1, pred.index - 1


TERM_OPENERS = {"до", "к", "не", "в", "во", "с", "со", "после", "через"}
STRETCH_POS = ("ADP", "NOUN", "ADJ", "NUM", "DET", "PROPN")


def cue_term(syntax: Syntax, pred: Token) -> tuple[int, int] | None:
    """``должно до начала их эксплуатации обучить``, ``условились не позднее 15 января создать``:
    a prepositional term between a cue and its infinitive that the parse left off both."""
    from .obligation_cues import cues

    tokens = syntax.tokens
    i = pred.index - 1
    while i >= 0 and lemma(tokens[i]) not in cues() and (
            tokens[i].pos in STRETCH_POS or tokens[i].pos == "PRON" and tokens[i].rel in ("nmod", "det")
            or lemma(tokens[i]) in ("не", "поздний", "поздно", "позднее", "позже")):
        i -= 1
    if i < 0 or i == pred.index - 1 or tokens[i + 1].text.lower() not in TERM_OPENERS:
        return None  # a term, not "потребовал от подрядчика"
    if cues().get(lemma(tokens[i]), ("",))[0] not in ("adj", "verb"):
        return None
    return i + 1, pred.index - 1


def copula_adjunct(syntax: Syntax, pred: Token) -> tuple[int, int] | None:
    """``будет без заявления оформлять``: the parse made the adjunct the head (with ``будет`` as its
    copula) and hung the infinitive on it; the adjunct is the task's."""
    tokens = syntax.tokens
    if not 0 <= pred.head < pred.index or not syntax.kids(pred.head, "cop") or not syntax.kids(pred.head, "case"):
        return None
    head = tokens[pred.head]
    lo = min([head.index] + [k.index for k in syntax.kids(head.index, "case", "amod", "det") if k.index < head.index])
    if any(t.pos in ("PUNCT", "VERB", "AUX") for t in tokens[lo : pred.index]):
        return None
    return lo, pred.index - 1
