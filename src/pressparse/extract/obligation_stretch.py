"""Where an obligation's phrase stretches: over complements the parse hung elsewhere, up to the
next task's infinitive (a coordinated one or one the parse hangs beside it on the cue)."""

from __future__ import annotations

from ..analysis.doc import Token
from .clauses import FUTURE_AUX, Syntax


def trailing_end(syntax: Syntax, pred: Token, right: int, last: int) -> int:
    """Extend ``right`` over complements the parse hung on a word before ``pred`` (the cue or an
    earlier infinitive): ``устранить нарушения и представить в управление отчет ...`` where
    ``отчет`` hangs on ``обязано``."""
    tokens = syntax.tokens
    anchors, node = set(), pred.head
    while node >= 0 and node < pred.index and node not in anchors and len(anchors) < 4:
        anchors.add(node)
        node = tokens[node].head
    anchors |= {k.index for a in anchors | {pred.head} if a >= 0 for k in syntax.kids(a, "xcomp", "csubj:pass", "conj")
                if k.index < pred.index and k.feats.get("VerbForm") == "Inf"}  # an earlier task's verb ("..., а Y — передавать ...")
    # a later task on the cue after ", а": what the parse hung on it before that boundary is ours
    later = {k.index for k in syntax.kids(pred.head, "xcomp", "csubj:pass", "conj") if k.index > pred.index
             and k.feats.get("VerbForm") == "Inf"} if pred.head >= 0 and tokens[pred.head].feats.get("VerbForm") != "Inf" else set()
    bound = next((i for i in range(pred.index + 1, min(later, default=pred.index)) if tokens[i].text == ","
                  and tokens[i + 1].text.lower() in ("а", "но")), None)
    while right + 1 < last and tokens[right + 1].pos != "PUNCT":
        node, top, seen, stray = right + 1, None, set(), False
        while node >= 0 and node not in seen:
            seen.add(node)
            if tokens[node].head in anchors or (bound is not None and right < bound and tokens[node].head in later):
                top = tokens[node]
                break
            if tokens[node].head < 0 and tokens[node].pos == "NOUN" and (tokens[node].rel != "root" or rooted(syntax, pred)):
                top, stray = tokens[node], True  # a noun the parse left unattached ("план-график"), or a second root
                break
            node = tokens[node].head
        rels = ("obj", "obl", "iobj", "nmod") + (("nsubj:pass",) if pred.feats.get("Voice") == "Pass" else ())
        if top is not None and top.rel == "nsubj" and top.head == pred.head and any(
                k.index < pred.index for k in syntax.kids(pred.head, "nsubj")):
            rels += ("nsubj",)  # "министерство намерено открыть ... два приюта": a second "subject" is the object
        if top is not None and top.rel == "advmod" and any(tokens[i].pos == "NUM" for i in syntax.subtree(top.index)):
            stray = True  # "не реже двух раз в месяц": a frequency the parse hung on the earlier task
        if top is not None and top.rel == "xcomp" and top.pos == "NOUN":
            stray = True  # "должен представлять в управление отчеты": a noun read as a second predicate
        if top is None or top.index <= pred.index or (top.rel not in rels and not stray):  # "должны быть направлены 35 млн"
            break
        ahead = [i for i in syntax.subtree(top.index) if right < i < (bound if bound is not None and right < bound else last)]
        if not ahead or min(ahead) != right + 1 or any(  # a participle before its noun ("отремонтированных участков") is no clause
                tokens[i].pos == "VERB" and not tokens[i].rel.startswith("acl")
                and not (tokens[i].rel == "amod" and tokens[i].feats.get("VerbForm") == "Part") for i in ahead):
            break
        right = max(ahead)
    return right


def rooted(syntax: Syntax, pred: Token) -> bool:
    """The predicate's clause has its own root before it: a later root noun is a stray part."""
    first = syntax.units[syntax.unit_of[pred.index]][0]
    return any(t.head < 0 for t in syntax.tokens[first : pred.index + 1])


def amount_end(syntax: Syntax, pred: Token, right: int, last: int) -> int:
    """Extend ``right`` over an amount or a term right after it that the parse hung on another
    word (``вложит в проект не менее 9,8 млрд рублей, а ...``, ``объекты сдать не позднее 15
    сентября``): a stretch with a number, up to a punctuation mark or the end, with no verb."""
    tokens = syntax.tokens
    end = right + 1
    while end < last and tokens[end].pos not in ("PUNCT", "VERB", "AUX", "CCONJ", "SCONJ", "PRON"):
        end += 1
    if end == right + 1 or (end < last and tokens[end].pos != "PUNCT") or end - right > 9:
        return right  # a stretch running into a verb is the next clause's fronted part
    stretch = tokens[right + 1 : end]
    if not any(any(c.isdigit() for c in t.text) for t in stretch) or tokens[right + 1].pos not in ("PART", "ADV", "ADP", "NUM", "ADJ"):
        return right
    return end - 1


def dash_gap(syntax: Syntax, comma: int, last: int) -> tuple[int, int, int] | None:
    """``..., остальные — не позднее 15 декабря``, ``..., ООО «Б» — 15 объектов``: a gapped second
    part after a bare comma (no conjunction): a short noun phrase, a dash, a remainder with no
    verb up to the end. Its (first, dash, end) tokens, else None."""
    tokens = syntax.tokens
    if tokens[comma].text != "," or comma + 2 >= last or tokens[comma + 1].pos not in ("NOUN", "PROPN", "ADJ", "DET", "NUM"):
        return None
    dash = next((j for j in range(comma + 2, min(comma + 7, last)) if tokens[j].text == "—"), None)
    if dash is None or any(t.pos == "PUNCT" and t.text not in "«»\"" for t in tokens[comma + 1 : dash]):
        return None
    end = last - 1
    while end > dash and tokens[end].pos == "PUNCT":
        end -= 1
    if end == dash or any(t.pos in ("VERB", "AUX") or t.text in ";:" for t in tokens[comma + 1 : end + 1]):
        return None
    if any(t.text == "—" for t in tokens[dash + 1 : end + 1]):
        return None  # a list of further parts: leave it whole
    return comma + 1, dash, end


def sibling_cut(syntax: Syntax, pred: Token, right: int, last: int) -> int:
    """End before a next infinitive the parse hangs beside ``pred`` on the cue
    (``обязуется сохранить объем ... и до 1 марта обновить систему ...``): its own task."""
    tokens = syntax.tokens
    for s in range(pred.index + 2, last):
        k = tokens[s]
        if k.pos == "VERB" and k.feats.get("VerbForm") == "Inf" and k.head == pred.head and pred.head >= 0:
            cc = [i for i in range(pred.index + 1, s) if tokens[i].text.lower() == "и" and tokens[i].pos == "CCONJ"]
            if not cc and tokens[s - 1].text == "," and not any(tokens[i].pos == "VERB" for i in range(pred.index + 1, s)):
                return min(right, back_off(tokens, s - 2, pred.index))  # "вложить X, создать Y и освоить Z": a list
            if not cc or any(tokens[i].pos == "VERB" for i in range(cc[-1], s)):
                return right
            if any(tokens[i].text == "," and tokens[i + 1].text.lower() in ("а", "но") for i in range(cc[-1], s)):
                return right  # "поставки овощей и молочной продукции ..., а Y — направлять": "и" joins nouns
            end = back_off(tokens, cc[-1] - 1, pred.index)
            if end > right and any(tokens[i].pos in ("PUNCT", "VERB") for i in range(right + 1, end + 1)):
                return right  # only a plain stretch the parse hung elsewhere ("на уровне 2024 года") joins
            return end
    return right


def joined(syntax: Syntax, first: Token, second: Token) -> int | None:
    """The ``и`` (or ``, а``) joining two finite verbs of one clause (``обеспечит подготовку участков и
    до 1 марта выдаст разрешения``) with no other verb between: its index, else None."""
    tokens = syntax.tokens
    if second.index <= first.index or syntax.unit_of[first.index] != syntax.unit_of[second.index]:
        return None
    if not all(finite_future(syntax, t) for t in (first, second)):
        return None
    between = tokens[first.index + 1 : second.index]
    if any(t.pos in ("VERB", "AUX") or t.text in ";:" or t.text.lower() in ("который", "которые", "что") for t in between):
        return None
    cc = [t.index for t in between if t.pos == "CCONJ" and (t.text.lower() == "и" or t.text.lower() == "а"
                                                             and tokens[t.index - 1].text == ",")]  # "..., а до мая подведет"
    return cc[-1] if cc else None


def finite_future(syntax: Syntax, t: Token) -> bool:
    """A finite future verb, also one the tagger misread as an adjective (``оснастит``)."""
    if t.pos == "VERB" and t.feats.get("VerbForm") != "Part":
        return t.feats.get("VerbForm") == "Fin" and t.feats.get("Tense") == "Fut"
    if t.pos not in ("ADJ", "NOUN", "PROPN", "VERB") or not t.text.islower():  # "смонтирует" read as a participle
        return False
    if not t.text.lower().endswith(("т", "тся")):  # a third-person form, not a guessed "кадастровая"
        return False
    parses = syntax.analysis.vocab(t.text)  # no other reading: "оснастит", not "стоит" or "вести"
    return bool(parses) and all(all(g in p.tag for g in ("VERB", "perf", "3per", "futr")) for p in parses)


def finite_cut(syntax: Syntax, pred: Token, right: int, last: int) -> int:
    """End a finite verb's phrase before a second finite verb joined to it by ``и``."""
    for s in range(pred.index + 2, min(right + 1, last)):
        cc = joined(syntax, pred, syntax.tokens[s])
        if cc is not None:
            return back_off(syntax.tokens, cc - 1, pred.index)
    return right


def stretch_start(syntax: Syntax, k: Token) -> int:
    """Where a coordinated infinitive's stretch begins: at it or at its adverbs (``совместно``)."""
    i = k.index
    while i - 1 >= 0 and syntax.tokens[i - 1].head == k.index and syntax.tokens[i - 1].rel in ("advmod", "aux"):
        i -= 1
    if i - 1 >= 0 and syntax.tokens[i - 1].text.lower() in FUTURE_AUX and syntax.tokens[i - 1].pos == "AUX":
        i -= 1  # "... и будет ежегодно принимать": the parse hung the auxiliary on the first verb
    return i


def back_off(tokens: list[Token], i: int, floor: int) -> int:
    """Step left over commas, conjunctions and dashes."""
    while i > floor and (tokens[i].pos in ("PUNCT", "CCONJ") or tokens[i].text.lower() in ("а", "также")):
        i -= 1
    return i


def stray_tail(syntax: Syntax, pred: Token, right: int, last: int) -> int:
    """Extend ``right`` over a stretch closing the clause that the parse hung on a word before
    ``pred`` (``поручил начальникам отделений до 1 декабря проверить все производства``, where
    ``производства`` hangs on ``начальникам``): nouns and their modifiers, no verb."""
    tokens = syntax.tokens
    first = syntax.units[syntax.unit_of[pred.index]][0]
    end = right + 1
    while end < last and tokens[end].pos not in ("PUNCT", "CCONJ"):
        end += 1
    if end == right + 1 or end - right > 12:
        return right
    task = tokens[end].pos == "CCONJ" and any(t.pos == "VERB" and t.feats.get("VerbForm") == "Inf"
                                             for t in tokens[end + 1 : min(end + 3, last)])  # "... и вновь разместить"
    if end < last and not (tokens[end].text in ".;!?" or task or tokens[end].text == "," and end + 1 < last
                           and tokens[end + 1].text.lower() in ("а", "но")):
        return right
    run = range(right + 1, end)
    if any(tokens[i].pos in ("VERB", "AUX", "SCONJ", "PRON", "CCONJ") for i in run):
        return right
    for i in run:
        head = tokens[i].head
        if right < head < end:
            continue
        if not first <= head < pred.index or tokens[i].rel not in ("nmod", "obj", "obl", "iobj"):
            return right
    return end - 1


TERM_OPENERS = (("не", "позднее"), ("не", "позже"), ("в", "течение"))
AMOUNTS = (("не", "менее"), ("не", "более"))


def term_tail(syntax: Syntax, pred: Token, right: int, last: int) -> int:
    """Extend ``right`` over a term closing the clause that the parse left unattached
    (``направлять их палате не позднее чем за месяц до рассмотрения``), up to punctuation."""
    tokens = syntax.tokens
    lead = right + 1 + (right + 1 < last and tokens[right + 1].text == ",")  # ", не менее 30 инженеров"
    if lead + 2 >= last or (tokens[lead].text.lower(), tokens[lead + 1].text.lower()) not in TERM_OPENERS + AMOUNTS:
        return right
    end = lead
    while end < last and tokens[end].pos != "PUNCT" and (tokens[end].pos not in ("VERB", "AUX", "SCONJ", "CCONJ")
                                                         or tokens[end].text.lower() == "чем"):
        end += 1
    if end - right > 10 or end < last and tokens[end].pos != "PUNCT":
        return right
    return end - 1


def abbreviation(tokens: list[Token], i: int, right: int) -> bool:
    """``(НГУ)``: one or two capitalized words in brackets right after a name."""
    close = next((j for j in range(i + 1, min(i + 4, right + 1)) if tokens[j].text == ")"), None)
    return close is not None and close > i + 1 and all(t.text[:1].isupper() for t in tokens[i + 1 : close])


LIST_POS = ("NOUN", "PROPN", "ADJ", "ADP", "NUM", "DET")


def list_tail(syntax: Syntax, pred: Token, right: int, last: int) -> int:
    """Extend ``right`` over a list of nouns closing the sentence that the parse hung on a word
    before ``pred`` (``..., а также развивать туризм в Касимове, Спасске и селе Константиново``)."""
    tokens = syntax.tokens
    first = syntax.units[syntax.unit_of[pred.index]][0]
    end = right + 1
    while end < last and tokens[end].text not in ".;!?" and end - right <= 15:
        if tokens[end].pos not in LIST_POS and tokens[end].text.lower() not in (",", "и"):
            return right
        end += 1
    if end == right + 1 or end - right > 15 or (end < last and tokens[end].text not in ".;!?"):
        return right
    run = range(right + 1, end)
    if not any(tokens[i].text.lower() in (",", "и") for i in run) or tokens[end - 1].pos not in ("NOUN", "PROPN"):
        return right
    if not any(tokens[i].rel == "conj" and right < tokens[i].head < end for i in run):
        return right  # a list, not an aside after a comma ("ниже по течению, у деревни ...")
    outside = [i for i in run if not right < tokens[i].head < end]
    if not any(first <= tokens[i].head < pred.index for i in outside) or any(tokens[i].head > pred.index and not right < tokens[i].head < end for i in outside):
        return right
    return end - 1
