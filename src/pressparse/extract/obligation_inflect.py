"""Case changes of the obligations layer: a subject or a genitive object turned into the
accusative of an infinitive phrase (``дорожная карта`` -> ``дорожную карту``)."""

from __future__ import annotations

import re

from ..analysis.doc import Token
from .clauses import Syntax

SPACES = re.compile(r"\s+")


def accusative_phrase(syntax: Syntax, first: int, last: int, head: Token) -> str:
    """A subject turned object: ``дорожная карта`` -> ``дорожную карту`` (head and its adjectives)."""
    tokens = syntax.tokens
    change = {head.index} | {k.index for k in syntax.kids(head.index, "amod", "det")}
    change |= {k.index for k in syntax.kids(head.index, "conj")}
    text = syntax.analysis.text
    out, prev = "", None
    for i in range(first, last + 1):
        t = tokens[i]
        word = t.text
        if i in change and t.feats.get("Case") == "Nom":
            word = to_case(syntax, t, "nomn") or word
        if i == first and t.pos != "PROPN" and not t.text.isupper():
            word = word[:1].lower() + word[1:]
        out += (text[prev.stop : t.start] if prev is not None else "") + word
        prev = t
    return SPACES.sub(" ", out).strip(" ,:.;")


def to_case(syntax: Syntax, t: Token, source: str) -> str | None:
    """The accusative of a word now in case ``source`` (inanimate reading first)."""
    pos = "ADJ" if t.pos == "NOUN" and t.rel == "amod" else t.pos  # "капитального гранта": a modifier tagged a noun
    want = {"ADJ": ("ADJF", "PRTF"), "NOUN": ("NOUN",), "PROPN": ("NOUN",), "DET": ("ADJF", "NPRO")}.get(pos, ())
    head = syntax.tokens[t.head] if t.head >= 0 and pos in ("ADJ", "DET") else t
    own = t.feats.get("Gender") if pos == t.pos else None
    gender = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}.get(own or head.feats.get("Gender", ""))
    parses = sorted(syntax.analysis.vocab(t.text.lower()),  # "рабочие места", "нового спортзала"
                    key=lambda p: (p.tag.POS not in want, bool(gender) and p.tag.gender not in (gender, None)))
    for p in parses:
        if source in p.tag:
            keep = {g for g in (p.tag.gender, p.tag.number) if g}
            form = Parse_inflect(p, {"accs", "inan"} | keep) or Parse_inflect(p, {"accs"} | keep)
            if form is not None:
                word = form.word
                return word.capitalize() if t.text[:1].isupper() else word
    return None


def Parse_inflect(p, grams: set[str]):
    from pymorphy3.analyzer import Parse

    try:
        return Parse.inflect(p, grams)
    except ValueError:
        return None


def relative_antecedent(syntax: Syntax, pred: Token) -> str | None:
    """``группу, которую возглавит X`` -> ``группу``: the object a relative clause's ``который``
    stands for, as the object of its verb (``возглавить группу``)."""
    if not pred.rel.startswith("acl") or pred.head < 0 or pred.head > pred.index:
        return None
    which = next((k for k in syntax.kids(pred.index, "obj") if k.lemma.lower() == "который" and k.index < pred.index), None)
    if which is None:
        return None
    head = syntax.tokens[pred.head]
    idx = [i for i in syntax.subtree(head.index, skip={pred.index}) if i < which.index]
    last = which.index - 1
    while last > head.index and syntax.tokens[last].pos == "PUNCT":
        last -= 1
    if not idx or last < head.index or any(i not in idx for i in range(min(idx), last + 1)):
        return None
    return accusative_phrase(syntax, min(idx), last, head)
