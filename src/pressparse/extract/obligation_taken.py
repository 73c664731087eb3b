"""Duties named by nouns: ``X берет на себя подготовку кадров и испытания реакторов``, ``на
правительство возложены координация работы ... и подготовка базы``.

Each coordinated noun is a task of its own, its verb from ``data/obligation_nouns.tsv``
(``подготовка`` -> ``готовить``); nouns the table does not know are kept together under
``обеспечить`` (``берет на себя изъятие участков и перенос сетей`` -> ``обеспечить изъятие
участков и перенос сетей``). Acting appointments (``возложено исполнение обязанностей``) and
cue nouns (``берет на себя обязательство ...``, read elsewhere) are left out.
"""

from __future__ import annotations

from ..analysis.doc import Token
from .clauses import Syntax, lemma
from .obligation_inflect import accusative_phrase
from .obligation_noun_verbs import verbs_of_nouns

TAKE_ON = {"брать", "взять", "принимать", "принять"}
LAY_ON = {"возложить", "возлагать"}
ENTRUST = {"поручить", "поручать"}  # "контроль поручен X": an instruction given by a noun
TASK_ENDINGS = ("ние", "тие", "ция", "ка", "ство", "нос", "мотр")
NOT_TASKS = {"обязанность", "полномочие", "ответственность", "роль", "функция", "риск", "расход", "затрата",
             "исполнение", "обязательство", "себя"}


def nounish(syntax: Syntax, t: Token) -> bool:
    """A noun, or a sentence's first word the tagger took for a name (``Контроль за ходом ... возложен``)."""
    from .obligation_party_words import noun_word, opens_sentence

    return t.pos == "NOUN" or (t.pos == "PROPN" and opens_sentence(syntax, t) and noun_word(syntax, t))


def task_verb(syntax: Syntax, noun: Token) -> Token | None:
    """The verb that lays the task ``noun`` (or the first noun it is coordinated with) on a party."""
    top = noun
    if noun.rel == "conj" and noun.head >= 0:
        top = syntax.tokens[noun.head]
    if top.head < 0 or not nounish(syntax, top):
        return None
    verb = syntax.tokens[top.head]
    stray = self_taker(syntax, top)
    if stray is not None:  # "возьмет на себя подключение ... и предоставит": the noun hung on the next verb
        return stray
    if lemma(verb) in TAKE_ON and top.rel == "obj" and on_self(syntax, verb):
        return verb
    if lemma(verb) in LAY_ON and top.rel == "nsubj:pass" and laid_on(syntax, verb) is not None:
        return verb
    if lemma(verb) in ENTRUST and top.rel == "nsubj:pass" and entrusted(syntax, verb) is not None:
        return verb
    return None


def self_taker(syntax: Syntax, noun: Token) -> Token | None:
    """The ``взять на себя`` right before ``noun`` when the parse gave the noun to another verb."""
    before = syntax.tokens[noun.index - 1] if noun.index > 0 else None
    if before is None or lemma(before) != "себя" or before.head < 0:
        return None
    verb = syntax.tokens[before.head]
    if before.head == noun.head:  # "берет на себя софинансирование ... и откроет": both hung on the later verb
        taker = syntax.tokens[before.index - 2] if before.index >= 2 else None
        if taker is None or syntax.tokens[before.index - 1].text.lower() != "на" or taker.pos != "VERB":
            return None
        verb = taker
    return verb if lemma(verb) in TAKE_ON and not syntax.kids(verb.index, "obj") else None


def entrusted(syntax: Syntax, verb: Token) -> Token | None:
    """``контроль поручен заместителю министра X``: the one the task is given to (a dative)."""
    for k in syntax.kids(verb.index, "iobj", "obl"):
        if k.feats.get("Case") == "Dat" and k.pos in ("NOUN", "PROPN") and not syntax.kids(k.index, "case"):
            return k
    return None


def on_self(syntax: Syntax, verb: Token) -> bool:
    if any(lemma(k) == "себя" for k in syntax.kids(verb.index, "obl")):
        return True
    after = [t.text.lower() for t in syntax.tokens[verb.index + 1 : verb.index + 3]]
    return after == ["на", "себя"]  # "а парк берет на себя": "себя" hung on the first clause's verb


def laid_on(syntax: Syntax, verb: Token) -> Token | None:
    """``на региональное правительство возложены``: who the task is laid on."""
    for k in syntax.kids(verb.index, "obl"):
        if any(lemma(c) == "на" for c in syntax.kids(k.index, "case")) and k.pos in ("NOUN", "PROPN"):
            return k
    return None


def is_task(noun: Token) -> bool:
    word = lemma(noun)
    return word not in NOT_TASKS and (word in verbs_of_nouns() or word.endswith(TASK_ENDINGS))


def tasks(syntax: Syntax, verb: Token) -> list[Token]:
    """The task nouns of ``verb`` in text order: the first and those coordinated with it."""
    firsts = [k for k in syntax.kids(verb.index, "obj", "nsubj:pass") if nounish(syntax, k)]
    # "X, по словам его директора, берет на себя доставку": a noun of an aside the parse made an object
    firsts.sort(key=lambda k: not is_task(k))
    if not firsts:  # the task noun hung on a later verb (see ``self_taker``)
        firsts = [k for k in syntax.kids(verb.index, "obl") if lemma(k) == "себя"
                  and k.index + 1 < len(syntax.tokens) and self_taker(syntax, syntax.tokens[k.index + 1]) is verb]
        firsts = [syntax.tokens[k.index + 1] for k in firsts]
    if not firsts and verb.index + 3 < len(syntax.tokens) and on_self(syntax, verb):  # "себя" hung on the later verb too
        after = syntax.tokens[verb.index + 3]
        firsts = [after] if nounish(syntax, after) and self_taker(syntax, after) is verb else []
    if not firsts:
        return []
    first = firsts[0]
    bound = contrast(syntax, first.index)
    return [first] + [k for k in syntax.kids(first.index, "conj") if k.pos == "NOUN" and first.index < k.index < bound]


def contrast(syntax: Syntax, after: int) -> int:
    """Where ``, а`` opens another doer's part (``..., а министерство — отчетность``) after ``after``."""
    last = syntax.units[syntax.unit_of[after]][1]
    return next((i for i in range(after + 1, last - 1) if syntax.tokens[i].text == ","
                 and syntax.tokens[i + 1].text.lower() in ("а", "но")), last)


def own_end(syntax: Syntax, noun: Token, nouns: list[Token]) -> int:
    """Last token of one task's phrase: its subtree without the tasks coordinated with it."""
    skip = {k.index for k in nouns if k is not noun}
    idx = syntax.subtree(noun.index, skip=skip | {k.index for k in syntax.kids(noun.index, "cc", "punct")})
    end = min(max(idx), contrast(syntax, noun.index) - 1)
    while end > noun.index and syntax.tokens[end].pos in ("PUNCT", "CCONJ"):
        end -= 1
    return end


def verb_tail(syntax: Syntax, noun: Token, nouns: list[Token], end: int) -> int:
    """``берет на себя строительство линий в 47 селах``: an adjunct the parse hung on the verb right
    after the last task belongs to that task, up to a comma."""
    tokens = syntax.tokens
    if noun is not nouns[-1] or noun.head < 0 and noun.rel != "conj":
        return end
    verb = task_verb(syntax, noun)
    if verb is None:
        return end
    right = end
    while right + 1 < len(tokens) and (tokens[right + 1].pos not in ("PUNCT", "VERB", "CCONJ", "SCONJ") or tokens[right + 1].text == "»"
                                       or joined_next(tokens, noun, right) or dashed_more(syntax, noun, right)):
        if tokens[right + 1].text in "—–":  # "двумя траншами — в марте и в феврале": the dash spells out a word of the task
            right = max(syntax.subtree(tokens[right + 1].head))
            continue
        if tokens[right + 1].pos == "CCONJ":  # "в домах престарелых и центрах ...": a conjunct of the adjunct
            right += 1
            continue
        if tokens[right + 1].text == "»":  # the closing quote of a name in the task's phrase
            if not any(k.text == "«" for k in tokens[noun.index : right + 1]):
                break
            right += 1
            continue
        node, seen = right + 1, set()
        while tokens[node].head not in (verb.index, -1) and node not in seen and tokens[tokens[node].head].pos != "VERB":
            seen.add(node)
            node = tokens[node].head
        top = tokens[node]
        # hung on a verb of a later clause (not the taking verb after a fronted task: "Ведение реестра министерство берет")
        ahead = top.head > right + 1 and top.head != verb.index and tokens[top.head].pos == "VERB"
        if not ahead and (top.head != verb.index or top.index <= noun.index or top.rel not in ("obl", "iobj", "nummod", "nmod")):
            break
        right += 1
    while right > end and tokens[right].pos == "CCONJ":
        right -= 1
    return right


def dashed_more(syntax: Syntax, noun: Token, right: int) -> bool:
    """A dash after ``right`` opens a phrase the parse hung on a word of the task's phrase."""
    tokens = syntax.tokens
    if right + 2 >= len(tokens) or tokens[right + 1].text not in ("—", "–"):
        return False
    head = tokens[tokens[right + 1].head] if tokens[right + 1].head > right + 1 else None
    return (head is not None and noun.index <= head.head <= right and head.rel in ("parataxis", "appos", "nmod")
            and syntax.unit_of[head.index] == syntax.unit_of[noun.index])


def joined_next(tokens: list[Token], noun: Token, right: int) -> bool:
    """``и``/``или`` after ``right`` opens a conjunct of a word already in the task's phrase."""
    if right + 2 >= len(tokens) or tokens[right + 1].text.lower() not in ("и", "или"):
        return False
    after = tokens[right + 2]
    return after.rel == "conj" and after.pos in ("NOUN", "PROPN", "ADJ") and noun.index < after.head <= right


def task_action(syntax: Syntax, noun: Token, nouns: list[Token]) -> str | None:
    """``подготовка нормативной базы`` -> ``готовить нормативную базу``; else ``обеспечить ...``."""
    from .obligation_noun_verbs import nominal_action

    if lemma(noun) in verbs_of_nouns():
        return nominal_action(syntax, noun, verb_tail(syntax, noun, nouns, own_end(syntax, noun, nouns)))
    last = own_end(syntax, nouns[-1] if len(split_tasks(nouns)) == 1 else noun, nouns)
    text = accusative_phrase(syntax, noun.index, last, noun)
    return f"обеспечить {text}" if text else None


def split_tasks(nouns: list[Token]) -> list[Token]:
    """One task per noun when the table names a verb for any of them, else one for them all."""
    if any(lemma(n) in verbs_of_nouns() for n in nouns):
        return nouns
    return nouns[:1]


def taken_clause(syntax: Syntax, state, t: Token):
    """A clause for the task noun ``t`` when a verb lays it on a party, else None."""
    from .obligation_clauses import Clause, party_ids
    from .obligation_parties import resolve, subject_of

    verb = task_verb(syntax, t)
    if verb is None or syntax.negated(verb) or not is_task(t):
        return None
    nouns = tasks(syntax, verb)
    if t not in split_tasks(nouns) or not all(is_task(n) for n in nouns):
        return None
    if lemma(verb) in ENTRUST:
        holder = entrusted(syntax, verb)
        if holder is None or verb.feats.get("Tense") == "Fut":
            return None
        parties = resolve(syntax, holder, verb, ())
        start = min(syntax.subtree(t.index)) if t.index < verb.index else verb.index
    elif lemma(verb) in LAY_ON:
        holder = laid_on(syntax, verb)
        if holder is None or verb.feats.get("Tense") == "Fut":
            return None
        parties = resolve(syntax, holder, verb, state.sides())
        start = min(syntax.subtree(holder.index)) if holder.index < verb.index else verb.index
    else:
        if verb.feats.get("Tense") == "Past" and not state.agreements:
            return None  # "взял на себя организацию": a past deed, unless an agreement's part
        subject = subject_of(syntax, verb)
        parties = party_ids(syntax, state, subject, verb) if subject is not None else None
        start = min(syntax.subtree(subject.index)) if subject is not None and subject.index < verb.index else verb.index
    if not parties and not state.agreements:
        return None
    action = task_action(syntax, t, nouns)
    if not action or len(action.split()) < 2:
        return None
    if t is not nouns[0]:
        start = t.index
    stop = own_end(syntax, nouns[-1] if len(split_tasks(nouns)) == 1 else t, nouns)
    stop = verb_tail(syntax, t, nouns, stop) if lemma(t) in verbs_of_nouns() else stop
    if t.index < verb.index:  # "Подготовку плана возьмут на себя X и Y": the task put first
        start = min(start, min(syntax.subtree(t.index)))
        doer = subject_of(syntax, verb)
        stop = max(stop, max(syntax.subtree(doer.index)) if doer is not None and doer.index > verb.index else verb.index)
    modality = "instruction" if lemma(verb) in ENTRUST else "commitment"
    # the subject lets a quoted "Ведение реестра министерство берет на себя" count as said for a named body
    subject = subject_of(syntax, verb) if lemma(verb) in TAKE_ON else None
    return Clause(verb, modality, parties or None, start=start, action=action, stop=stop, subject=subject)
