"""The action of an obligation: the predicate as an infinitive with its complements.

The text after the predicate is kept as written up to the end of the predicate's phrase; it
stops before a coordinated infinitive (which makes an obligation of its own) and, for the
action only, before a trailing adjunct set off by a comma (``..., на основе лучших практик``).
Passive clauses are turned around: ``будет отремонтирован центр`` -> ``отремонтировать центр``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..analysis.doc import Token
from .clauses import FUTURE_AUX, Syntax, lemma
from .obligation_inflect import accusative_phrase, relative_antecedent
from .obligation_order import (TERM_WORDS, copula_adjunct, cue_term, dashed_term, fronted_date, fronted_object, fronted_term, is_coordinated, linear_term, preverbal_adjunct,
                               trailing_term)
from .obligation_orphans import homonym_end, stolen_object_end
from .obligation_pronouns import object_noun
from .obligation_shared_terms import shared_cue_term
from .obligation_stretch import (abbreviation, amount_end, back_off, dash_gap, finite_cut, list_tail, sibling_cut, stray_tail, stretch_start, term_tail,  # noqa: F401 (re-exported)
                                trailing_end)

ADJUNCT_RELS = ("obl", "advcl", "parataxis", "advmod")
SUBJECT_RELS = ("nsubj", "nsubj:pass", "csubj", "csubj:pass", "aux", "aux:pass", "cc", "punct")
SPACES = re.compile(r"\s+")


@dataclass(slots=True)
class Phrase:
    """Token range of a predicate's phrase: the action ends at ``core``, the clause at ``full``."""

    first: int
    core: int
    full: int


def split_infinitives(syntax: Syntax, pred: Token) -> list[Token]:
    """Infinitives coordinated with ``pred`` (or hung by the parse on a noun of its phrase).

    A term after the last one that the parse hangs on ``pred`` is shared by them all
    (``завершить работы и сдать объект до 25 августа``): one task, not split."""
    if pred.feats.get("VerbForm") == "Fin":  # "окажет содействие ... и включит проект ...": a task each
        return [k for k in syntax.kids(pred.index, "conj") if k.index > pred.index and k.pos == "VERB"
                and (k.feats.get("VerbForm") == "Fin" or syntax.kids(k.index, "aux")  # "... и будет сопровождать"
                     or syntax.tokens[stretch_start(syntax, k)].text.lower() in FUTURE_AUX)
                and syntax.kids(k.index, "cc") and not syntax.kids(k.index, "nsubj", "nsubj:pass")]
    out = []
    for i in syntax.subtree(pred.index):
        k = syntax.tokens[i]
        if k.index > pred.index and is_coordinated(syntax, k) and coordinated_to(syntax, k) == pred.index:
            out.append(k)
    if out and shared_term(syntax, pred, out[-1]):
        return []
    if out and out[0].index == pred.index + 2 and syntax.tokens[pred.index + 1].rel == "cc":
        # "набрать и обучить 20 нянь": a bare first verb shares the object, one task (but a later
        # "..., а завершить ..." is a task of its own)
        return [k for k in out[1:] if any(syntax.tokens[i].text == "," for i in range(out[0].index, k.index))]
    return out


def shared_term(syntax: Syntax, pred: Token, last: Token) -> bool:
    """``pred`` has a term (``до 25 августа``) placed after its last coordinated infinitive, and
    the first task is a bare step of the same job (``завершить работы и сдать объект``), not one
    with its own amount or adjunct (``вложить в модернизацию 12 млрд рублей и создать 300 мест``)."""
    own = [i for k in syntax.kids(pred.index, "obl", "obj") if k.index < last.index for i in syntax.subtree(k.index)]
    if any(syntax.tokens[i].pos == "NUM" for i in own) or any(k.index < last.index for k in syntax.kids(pred.index, "obl")):
        return False
    for k in syntax.kids(pred.index, "obl") + syntax.kids(last.index, "obl"):
        sub = syntax.subtree(k.index)
        if k.index > last.index and min(sub) > last.index and lemma(syntax.tokens[min(sub)]) in TERM_WORDS:
            after = syntax.tokens[max(sub) + 1] if max(sub) + 1 < len(syntax.tokens) else None
            if k.head == pred.index or after is None or after.pos == "PUNCT":  # the term closes the phrase
                return True
    return False


def coordinated_to(syntax: Syntax, t: Token) -> int | None:
    """The infinitive a coordinated infinitive belongs to: its nearest infinitive ancestor."""
    node, found = t.head, None
    seen = {t.index}
    while node >= 0 and node not in seen and len(seen) < 24:  # the parse may hold cycles
        seen.add(node)
        head = syntax.tokens[node]
        if head.feats.get("VerbForm") == "Inf" and head.pos == "VERB":
            found = node
            if not is_coordinated(syntax, head):
                return node
        node = head.head
    return found


MANNER = {"совместно", "сообща", "ежегодно", "ежемесячно", "ежеквартально", "регулярно", "поэтапно"}
COMPARED = {"больше", "меньше", "выше", "ниже", "чем"}


def phrase(syntax: Syntax, pred: Token, skip: set[int] | None = None) -> Phrase:
    """Extent of the predicate's phrase to its right."""
    tokens = syntax.tokens
    last = syntax.units[syntax.unit_of[pred.index]][1]
    splits = split_infinitives(syntax, pred)
    skip = set(skip or ())
    for k in syntax.kids(pred.index):
        if (k.rel in SUBJECT_RELS and k.index < pred.index) or k.rel in ("nsubj", "aux"):
            skip.add(k.index)
    kept = syntax.subtree(pred.index, skip=skip | {s.index for s in splits})
    right = max([i for i in kept if i < last] or [pred.index])
    right = amount_end(syntax, pred, trailing_end(syntax, pred, right, last), last)
    right = stolen_object_end(syntax, pred, right, last)
    right = homonym_end(syntax, pred, right, last)
    right = term_tail(syntax, pred, list_tail(syntax, pred, stray_tail(syntax, pred, right, last), last), last)
    if splits:  # "приступить к работам не позднее 15 апреля и сдать ...": the term the parse gave the next one
        cc = [k.index for k in syntax.kids(splits[0].index, "cc") if right + 1 < k.index < splits[0].index]
        if cc and not any(t.pos in ("VERB", "AUX") or t.text in ",;:—" for t in tokens[right + 1 : cc[0]]):
            right = cc[0] - 1
    for s in splits:
        right = min(right, back_off(tokens, stretch_start(syntax, s) - 1, pred.index))
    right = sibling_cut(syntax, pred, right, last)
    if pred.feats.get("VerbForm") == "Fin":
        right = finite_cut(syntax, pred, right, last)
    for k in syntax.kids(pred.index, "conj"):  # "будет оформлять доплаты и проинформирует ...": a clause of its own
        if k.index > pred.index and k.pos == "VERB" and k.feats.get("VerbForm") == "Fin" and syntax.kids(k.index, "cc"):
            right = min(right, back_off(tokens, stretch_start(syntax, k) - 1, pred.index))
        elif k.index > pred.index and pred.feats.get("VerbForm") == "Fin" and syntax.kids(k.index, "nsubj") \
                and any(p.text in ("—", ";") for p in syntax.kids(k.index, "punct")):  # "выполнит X — завершить их он должен"
            right = min(right, back_off(tokens, min(syntax.subtree(k.index)) - 1, pred.index))
    for i in range(pred.index + 1, right + 1):
        if tokens[i].text == "(" and abbreviation(tokens, i, right):
            continue  # "университет (НГУ)": a name's short form, not a remark
        if tokens[i].text in ("(", "[", ";"):  # a parenthetical remark ends the phrase
            right = back_off(tokens, i - 1, pred.index)
            break
        if tokens[i].text == "," and i + 1 <= right and (tokens[i + 1].text.lower() in ("а", "но", "однако")
                                                        or dash_gap(syntax, i, last) is not None):
            right = back_off(tokens, i - 1, pred.index)
            break
    full = right
    core = right
    if pred.feats.get("VerbForm") == "Inf" and pred.index < pred.head <= right and pred.rel in ("xcomp", "csubj"):
        # "подвести газ она обязана до конца года": the action stops before the cue and its subject
        cue = [pred.head] + [k.index for k in syntax.kids(pred.head) if pred.index < k.index < pred.head]
        core = back_off(tokens, min(cue) - 1, pred.index)
    tail = [i for i in skip if i > pred.index]
    if tail and all(tokens[j].pos == "PUNCT" for j in range(max(tail) + 1, right + 1)):
        core = back_off(tokens, min(tail) - 1, pred.index)  # a skipped doer closing the clause
    for i in range(pred.index + 2, right + 1):  # "перечислить доход, — 6,4 млн рублей": an aside on the object
        if tokens[i].text == "—" and tokens[i - 1].text == ",":
            core = back_off(tokens, i - 1, pred.index)
            break
        aside = tokens[i + 1 : right + 1]  # "направит 1,3 млрд рублей — на 200 млн больше, чем ...": a comparison
        bound = [t.text.lower() for t in aside[:2]] in (["не", "более"], ["не", "менее"])  # "– не более чем за 30 дней": a limit on the task
        if tokens[i].text == "—" and not bound and any(t.text.lower() in COMPARED for t in aside) and not any(t.pos == "VERB" for t in aside):
            core = min(core, back_off(tokens, i - 1, pred.index))
            break
    for i in range(pred.index + 3, right):  # "льготы: снижение ставки ...": a list spelling out the object
        if tokens[i].text == ":" and tokens[i + 1].pos == "NOUN":
            core = min(core, back_off(tokens, i - 1, pred.index))
            break
    for i in range(pred.index + 1, right + 1):  # ", который ...": a remark on the object, not the task
        which = next((tokens[j] for j in range(i + 1, min(i + 5, right + 1)) if lemma(tokens[j]) == "который"), None)
        if tokens[i].text == "," and which is not None and which.text.lower() not in PLURAL_WHICH:
            core = back_off(tokens, i - 1, pred.index)  # but "перечень выплат, которые ...": it says which ones
            break
    for k in syntax.kids(pred.index, "nsubj"):  # "... будут осуществлять Минздрав и Росздравнадзор."
        sub = syntax.subtree(k.index)
        if k.rel == "nsubj" and k.index > pred.index and min(sub) <= right and not any(
                i > max(sub) and tokens[i].pos != "PUNCT" for i in kept if i <= right):
            j = min(sub) - 1
            inner = [i for i in range(min(sub), k.index) if tokens[i].text.lower() in FUTURE_AUX and tokens[i].pos == "AUX"]
            if inner:  # "курировать работу от университетов будут проректор": the doer starts after "будут"
                j = inner[0] - 1
            while j > pred.index and tokens[j].rel == "aux" and tokens[j].head == pred.index:
                j -= 1  # "координировать работу будет проректор": the auxiliary goes with the doer
            core = min(core, back_off(tokens, j, pred.index))  # the first doer (not "X: по его словам, Y будут")
    doers = [k.index for k in syntax.kids(pred.index, "nsubj") if k.index > pred.index]
    if doers and (end := max(syntax.subtree(min(doers)))) < right and tokens[end + 1].text == ":":
        core = min(core, back_off(tokens, min(syntax.subtree(min(doers))) - 1, pred.index))  # "возьмет X: по его словам"
    for k in syntax.kids(pred.index, *ADJUNCT_RELS):
        if k.index <= pred.index or k.feats.get("VerbForm") == "Inf":
            continue
        sub = syntax.subtree(k.index)
        start = min(i for i in sub if tokens[i].pos != "PUNCT" or i == k.index)
        if any(tokens[j].pos != "PUNCT" for j in range(max(sub) + 1, core + 1)):
            continue  # "направлять в вузы, прежде всего в НГУ, не менее 200 студентов": an aside mid-phrase
        if start - 1 > pred.index and tokens[start - 1].text == ",":
            core = min(core, back_off(tokens, start - 1, pred.index))
    return Phrase(pred.index, core, full)


def infinitive(syntax: Syntax, token: Token, active: bool = False) -> str:
    """The infinitive of a verb form; ``active`` drops the -ся of a reflexive passive."""
    value = lemma(token)
    if token.pos not in ("VERB", "AUX"):
        parses = [p for p in syntax.analysis.vocab(token.text.lower()) if p.tag.POS in ("INFN", "VERB", "PRTS", "PRTF")]
        if parses:
            value = parses[0].normal
    if active and token.feats.get("Voice") == "Pass" and value.endswith(("ся", "сь")):
        value = value[:-2]
    return value


def text_between(syntax: Syntax, first: int, last: int) -> str:
    """Text of tokens [first, last] (inclusive) with a leading colon or dash dropped."""
    if first > last:
        return ""
    tokens = syntax.tokens
    while first <= last and tokens[first].text in ":—-,":
        first += 1
    while last >= first and (tokens[last].pos == "PUNCT" and tokens[last].text not in ")»" or tokens[last].pos == "CCONJ"):
        last -= 1  # "..., и" left by a coordinated task the parse hung on this one
    if first > last:
        return ""
    text = syntax.analysis.text[tokens[first].start : tokens[last].stop]
    if text.endswith("»") and text.count("»") > text.count("«"):
        text = text[:-1]  # the close of a quotation the phrase ends in
    return SPACES.sub(" ", text.replace(": ", " ")).strip()


def active_action(syntax: Syntax, pred: Token, span: Phrase) -> str:
    """``будут вести работу`` -> ``вести работу``; ``продолжит развитие`` -> ``продолжить развитие``."""
    head = infinitive(syntax, pred) if pred.feats.get("VerbForm") != "Inf" else pred.text.lower()
    i = pred.index - 1
    while i >= 0 and syntax.tokens[i].rel == "advmod" and syntax.tokens[i].pos == "ADV" and (
            syntax.tokens[i].head == pred.index or lemma(syntax.tokens[i]) in MANNER and syntax.tokens[i].head == pred.head):
        i -= 1  # "совместно разрабатывать", "ежегодно проводить" ("договорились совместно проводить": on the cue)
    if i < pred.index - 1 and lemma(syntax.tokens[i + 1]) not in ("также", "тоже", "еще", "уже", "так"):
        head = f"{text_between(syntax, i + 1, pred.index - 1).lower()} {head}"
    skip = pred.index + 1
    pair = syntax.tokens[pred.index + 2] if pred.index + 2 <= span.core else None
    if pair is not None and syntax.tokens[skip].rel == "cc" and pair.feats.get("VerbForm") == "Inf" \
            and coordinated_to(syntax, pair) == pred.index:  # "набрать и обучить до 15 марта 20 нянь"
        head, skip = f"{head} {syntax.tokens[skip].text} {pair.text.lower()}", pair.index + 1
    rest = text_between(syntax, skip, span.core)
    pronoun = object_noun(syntax, pred, span.core)
    if pronoun is not None and pronoun[0] >= skip:  # "направлять их" -> "направлять вопросы"
        rest = " ".join(w for w in (text_between(syntax, skip, pronoun[0] - 1), pronoun[1],
                                    text_between(syntax, pronoun[0] + 1, span.core)) if w)
    after = trailing_term(syntax, pred) if span.core < pred.head else None
    if after is not None:  # "завершить ремонт подрядчик обязан до 1 сентября"
        rest = f"{rest} {text_between(syntax, *after)}".strip()
    between = preverbal_adjunct(syntax, pred) or fronted_term(syntax, pred) or linear_term(syntax, pred) \
        or fronted_date(syntax, pred) or dashed_term(syntax, pred) or cue_term(syntax, pred) \
        or copula_adjunct(syntax, pred)
    if between is not None:  # "должен до 1 июля подготовить план" -> "подготовить до 1 июля план"
        rest = f"{lowered(syntax, between[0], text_between(syntax, *between))} {rest}"
    shared = shared_cue_term(syntax, pred, span.core) if between is None else None
    if shared is not None:  # "обязуется до 1 мая вложить X, создать Y": Y's term too
        rest = f"{rest} {text_between(syntax, *shared)}".strip()
    front = fronted_object(syntax, pred)
    which = relative_antecedent(syntax, pred) if front is None else None
    if which:  # "группу, которую возглавит X" -> "возглавить группу"
        rest = f"{which} {rest}"
    if front is not None:  # "контроль за ходом работ будут осуществлять ..." -> "осуществлять контроль ..."
        idiom = CONTROL.match(rest)  # "ход работ возьмет на контроль X" -> "взять на контроль ход работ"
        moved = lowered(syntax, front[0], text_between(syntax, *front))
        rest = f"{idiom.group()} {moved} {rest[idiom.end():]}".strip() if idiom else f"{moved} {rest}"
    return GAP_DASH.sub(" ", f"{head} {rest}".strip())


CONTROL = re.compile(r"(?:на|под)\s+(?:(?:особый|личный|постоянный)\s+)?контроль(?=\s|$)")  # a verb's fixed phrase
GAP_DASH = re.compile(r" — (?=(?:до|к|не позднее|не позже|в течение) )")  # "..., а уплатить налог — до 15 июля"


def lowered(syntax: Syntax, first: int, words: str) -> str:
    """Words moved from the start of a sentence, lower-cased unless they open a name."""
    token, opening = syntax.tokens[first], syntax.units[syntax.unit_of[first]][0]
    if all(t.pos == "PUNCT" for t in syntax.tokens[opening:first]) and syntax.entity_at(token.start, token.stop) is None:
        return words[:1].lower() + words[1:]
    return words


def passive_action(syntax: Syntax, pred: Token, span: Phrase, subject: Token | None, agent: Token | None) -> str:
    """``проекты будут утверждены сторонами в рамках ...`` -> ``утвердить проекты в рамках ...``."""
    head = infinitive(syntax, pred, active=True)
    parts = [head]
    if subject is not None and subject.index < pred.index and subject.pos != "PRON":
        first = min(syntax.subtree(subject.index))
        last = pred.index - 1
        while last > first and (syntax.tokens[last].pos == "AUX" or lemma(syntax.tokens[last]) in MODALS):
            last -= 1
        parts.append(accusative_phrase(syntax, first, last, subject))
    skip = set(syntax.subtree(agent.index)) if agent is not None else set()
    rest = [i for i in range(pred.index + 1, span.core + 1) if i not in skip]
    if rest and subject is not None and subject.index > pred.index:  # "будет произведена замена"
        parts.append(accusative_phrase(syntax, rest[0], rest[-1], subject))
    elif rest:
        parts.append(text_between(syntax, rest[0], rest[-1]))
    return " ".join(p for p in parts if p)


MODALS = {"должный", "должен", "обязанный", "обязан"}
PLURAL_WHICH = {"которые", "которых", "которым", "которыми"}
