"""Objects the parse handed to the next coordinated verb, for the obligations layer.

In ``предоставит «Б» льготные ставки и до 1 марта построит ангар`` the parser often hangs
``ставки`` on ``построит`` (which then has two objects) and leaves ``предоставит`` with no object,
so the first task would be cut to ``предоставить «Б»``.
"""

from __future__ import annotations

from ..analysis.doc import Token
from .clauses import Syntax


def stolen_object_end(syntax: Syntax, pred: Token, right: int, last: int) -> int:
    """Extend ``right`` over an object right after it that the parse gave to a later verb."""
    tokens = syntax.tokens
    if syntax.kids(pred.index, "obj") or right + 1 >= last:
        return right
    node = right + 1
    while node < last and tokens[node].pos in ("ADJ", "DET", "NUM") and tokens[node].head > node:
        node = tokens[node].head  # "льготные ставки": walk from the modifier to its noun
    top = tokens[node] if node < len(tokens) else None
    if top is None or top.rel != "obj" or top.pos != "NOUN" or top.head <= top.index:
        return right
    verb = tokens[top.head]
    if verb.pos != "VERB" or not any(k.index > verb.index for k in syntax.kids(verb.index, "obj")):
        return right  # the later verb has no object of its own: the parse may be right
    sub = set(syntax.subtree(top.index))
    cut = next((i for i in range(right + 1, verb.index) if tokens[i].text.lower() == "и"), None)
    if cut is None or cut <= top.index or any(i not in sub for i in range(right + 1, cut)):
        return right  # the object must run unbroken up to the "и" that opens the next task
    return cut - 1


def stolen_object(syntax: Syntax, verb: Token) -> bool:
    """``verb`` has an object placed before it that the parse took from the earlier verb (see
    ``stolen_object_end``): it is that verb's object, not a fronted one of ``verb``."""
    tokens = syntax.tokens
    sent = tokens[verb.index].sent
    for k in syntax.kids(verb.index, "obj"):
        start = min(syntax.subtree(k.index))
        if k.index >= verb.index or start == 0:
            continue
        owner = next((t for t in reversed(tokens[:start]) if t.pos == "VERB" or t.sent != sent), None)
        if owner is not None and owner.sent == sent and not syntax.kids(owner.index, "obj") \
                and stolen_object_end(syntax, owner, start - 1, len(tokens)) > start - 1:
            return True
    return False


def homonym_end(syntax: Syntax, pred: Token, right: int, last: int) -> int:
    """Extend ``right`` over a genitive the parse read as a past verb right after the action's noun:
    ``утвердить перечень [сел] первой очереди``, ``увеличить выпуск [стали]`` (no subject of its own)."""
    tokens = syntax.tokens
    k = right + 1
    if k >= last or tokens[right].pos not in ("NOUN", "PROPN") or tokens[k].pos != "VERB" \
            or tokens[k].feats.get("Tense") != "Past" or tokens[k].head == right \
            or syntax.kids(k, "nsubj", "nsubj:pass", "obj", "aux"):
        return right
    if not any(p.pos == "NOUN" and p.feats.get("Case") == "Gen" for p in syntax.analysis.vocab(tokens[k].text.lower())):
        return right
    sub = set(syntax.subtree(k))
    while k + 1 < last and k + 1 in sub and tokens[k + 1].text not in (",", "и", ";"):
        k += 1
    return k
