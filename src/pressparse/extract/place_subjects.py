"""Gazetteer hits that name no place of the text: what a body develops (``Министерство развития
Арктики``) and a company called by its common noun and a name it also carries in quotes
(``порт Восточный`` beside ``АО «Восточный Порт»``)."""

from __future__ import annotations

from ..analysis import Analysis
from .gazetteer import Hit

# bodies whose "развития X" names their subject, not their territory
DEVELOPING_BODIES = frozenset("министерство министр департамент комитет агентство управление".split())
# kinds a body's subject may be (a region or a town after "развития" is more often its territory)
SUBJECT_KINDS = frozenset(["other"])


def developed_subject(analysis: Analysis, hit: Hit) -> bool:
    """``Министром развития Арктики``, ``министерства развития Дальнего Востока и Арктики``."""
    if not all(e.kind in SUBJECT_KINDS for e in hit.entries):
        return False
    tokens = analysis.tokens
    k = hit.first - 1
    if k >= 0 and tokens[k].text.lower() == "и":  # the second of coordinated subjects
        k -= 1
        while k >= 0 and tokens[k].text[:1].isupper() and hit.first - k < 6:
            k -= 1
    return k >= 1 and tokens[k].lemma == "развитие" and tokens[k - 1].lemma.lower() in DEVELOPING_BODIES \
        and tokens[k].sent == tokens[hit.first].sent


def company_alias(analysis: Analysis, first: int, last: int, quoted: list[tuple[int, int]]) -> bool:
    """``порт Восточный``: a common noun and a one-word name (tokens ``first:last``) that a
    quoted name holds together."""
    if last - first != 1 or first == 0:
        return False
    noun, name = analysis.tokens[first - 1], analysis.tokens[first]
    if noun.pos != "NOUN" or not noun.text[:1].islower():
        return False
    word, stem = name.text.lower(), noun.lemma.lower()[:4]
    for start, stop in quoted:
        words = analysis.norm[start:stop].lower().replace("«", " ").replace("»", " ").split()
        if word in words and any(w.startswith(stem) for w in words if w != word):
            return True
    return False
