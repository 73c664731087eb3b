"""Where an obligation's phrase stretches: over complements the parse hung elsewhere, up to the
next task's infinitive (a coordinated one or one the parse hangs beside it on the cue)."""

from __future__ import annotations

from ..analysis.doc import Token
from .clauses import Syntax


def trailing_end(syntax: Syntax, pred: Token, right: int, last: int) -> int:
    """Extend ``right`` over complements the parse hung on a word before ``pred`` (the cue or an
    earlier infinitive): ``устранить нарушения и представить в управление отчет ...`` where
    ``отчет`` hangs on ``обязано``."""
    tokens = syntax.tokens
    anchors, node = set(), pred.head
    while node >= 0 and node < pred.index and node not in anchors and len(anchors) < 4:
        anchors.add(node)
        node = tokens[node].head
    anchors |= {k.index for k in syntax.kids(pred.head, "xcomp", "csubj:pass", "conj") if k.index < pred.index
                and k.feats.get("VerbForm") == "Inf"} if pred.head >= 0 else set()  # an earlier task's verb
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
            if tokens[node].head < 0 and tokens[node].rel != "root" and tokens[node].pos == "NOUN":
                top, stray = tokens[node], True  # a noun the parse left unattached ("план-график")
                break
            node = tokens[node].head
        rels = ("obj", "obl", "iobj", "nmod") + (("nsubj:pass",) if pred.feats.get("Voice") == "Pass" else ())
        if top is not None and top.rel == "nsubj" and top.head == pred.head and any(
                k.index < pred.index for k in syntax.kids(pred.head, "nsubj")):
            rels += ("nsubj",)  # "министерство намерено открыть ... два приюта": a second "subject" is the object
        if top is None or top.index <= pred.index or (top.rel not in rels and not stray):  # "должны быть направлены 35 млн"
            break
        ahead = [i for i in syntax.subtree(top.index) if right < i < (bound if bound is not None and right < bound else last)]
        if not ahead or min(ahead) != right + 1 or any(tokens[i].pos == "VERB" and not tokens[i].rel.startswith("acl")
                                                       for i in ahead):
            break
        right = max(ahead)
    return right


def sibling_cut(syntax: Syntax, pred: Token, right: int, last: int) -> int:
    """End before a next infinitive the parse hangs beside ``pred`` on the cue
    (``обязуется сохранить объем ... и до 1 марта обновить систему ...``): its own task."""
    tokens = syntax.tokens
    for s in range(pred.index + 2, last):
        k = tokens[s]
        if k.pos == "VERB" and k.feats.get("VerbForm") == "Inf" and k.head == pred.head and pred.head >= 0:
            cc = [i for i in range(pred.index + 1, s) if tokens[i].text.lower() == "и" and tokens[i].pos == "CCONJ"]
            if not cc or any(tokens[i].pos == "VERB" for i in range(cc[-1], s)):
                return right
            end = back_off(tokens, cc[-1] - 1, pred.index)
            if end > right and any(tokens[i].pos in ("PUNCT", "VERB") for i in range(right + 1, end + 1)):
                return right  # only a plain stretch the parse hung elsewhere ("на уровне 2024 года") joins
            return end
    return right


def joined(syntax: Syntax, first: Token, second: Token) -> int | None:
    """The ``и`` joining two finite verbs of one clause (``обеспечит подготовку участков и до 1 марта
    выдаст разрешения``) with no other verb between: its index, else None."""
    tokens = syntax.tokens
    if second.index <= first.index or syntax.unit_of[first.index] != syntax.unit_of[second.index]:
        return None
    if any(t.feats.get("VerbForm") != "Fin" or t.pos != "VERB" or t.feats.get("Tense") != "Fut" for t in (first, second)):
        return None
    between = tokens[first.index + 1 : second.index]
    if any(t.pos in ("VERB", "AUX") or t.text in ";:" or t.text.lower() in ("который", "которые", "что") for t in between):
        return None
    cc = [t.index for t in between if t.text.lower() == "и" and t.pos == "CCONJ"]
    return cc[-1] if cc else None


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
    return i


def back_off(tokens: list[Token], i: int, floor: int) -> int:
    """Step left over commas, conjunctions and dashes."""
    while i > floor and (tokens[i].pos in ("PUNCT", "CCONJ") or tokens[i].text.lower() in ("а", "также")):
        i -= 1
    return i
