"""Where an agreement's subject ends: when the signer follows it (``Контракты на ремонт 37 улиц МКУ
«Агентство» еще 26 февраля заключило ...`` puts the object first, and the body after the subject
is the signer, since the verb agrees with it, not with ``контракты``), at a clause of its own or a
signing participle after a comma, at a past verb the tagger reads as an adjective; and the document a
supplementary agreement amends (``к концессионному соглашению``)."""

from __future__ import annotations

from ..analysis.doc import Token
from .clauses import Syntax, lemma

LEAD_IN = ("ADV", "NUM", "PUNCT", "PART")
COUNTS = {"два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "оба": 2, "двое": 2, "трое": 3, "четверо": 4}


def counted_group(syntax: Syntax, i: int, last: int) -> int:
    """``с двумя подрядчиками`` at token ``i``: how many sides the group counts (0: no such group)."""
    tokens = syntax.tokens
    if i + 2 >= last or tokens[i].text.lower() not in ("с", "со"):
        return 0
    word = tokens[i + 1]
    count = int(word.text) if word.text.isdigit() else COUNTS.get(lemma(word), 0)
    noun = tokens[i + 2]
    return count if count >= 2 and noun.pos == "NOUN" and noun.feats.get("Case") == "Ins" else 0


def actor_cut(syntax: Syntax, i: int, end: int, last: int) -> int:
    """The last token of a subject spanning tokens [i, end] (``end`` itself unless a body inside
    it is the subject of the verb that follows)."""
    tokens = syntax.tokens
    kind = next((tokens[k] for k in range(i - 1, max(-1, i - 4), -1) if tokens[k].pos == "NOUN"), None)
    verb = next_verb(syntax, end + 1, last)
    if kind is None or verb is None or agrees(verb, kind):
        return end
    for k in range(end, i, -1):
        e = syntax.entity_at(tokens[k].start, tokens[k].stop, "org")
        if e is None or e.start != tokens[k].start or tokens[k - 1].pos == "ADP":
            continue
        j = k - 1
        while j > i and tokens[j].pos == "PUNCT":
            j -= 1
        return j
    return end


def next_verb(syntax: Syntax, j: int, last: int):
    """The active finite verb after the subject, past adverbs, dates and punctuation only."""
    dates = [(d.start, d.end) for d in syntax.dates]
    while j < last:
        t = syntax.tokens[j]
        if t.pos == "VERB" and t.feats.get("VerbForm") == "Fin" and t.feats.get("Voice") != "Pass":
            return t
        if t.pos not in LEAD_IN and not any(a <= t.start < b for a, b in dates):
            return None
        j += 1
    return None


def agrees(verb, noun) -> bool:
    """Whether the finite ``verb`` may have ``noun`` as its subject (number; gender in the past)."""
    number = verb.feats.get("Number")
    if number and number != noun.feats.get("Number"):
        return False
    gender = verb.feats.get("Gender")
    return not (number == "Sing" and gender and noun.feats.get("Gender") and gender != noun.feats.get("Gender"))


SIGNING_VERBS = {"подписать", "заключить", "подписывать", "заключать"}


def clause_follows(syntax: Syntax, j: int, last: int) -> bool:
    """A finite verb before the next comma: the words after a comma make a clause of their own."""
    for t in syntax.tokens[j:last]:
        if t.text in ",;.:()":
            return False
        if t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin":
            return True
        if t.pos in ("ADJ", "NOUN") and t.text.lower().endswith(("ли", "ла", "ло", "л")) and past_verb(syntax, t):
            return True
    return False


def past_verb(syntax: Syntax, token: Token) -> bool:
    """Every dictionary reading of the word is a verb (``скрепили``, ``поставили``)."""
    parses = syntax.analysis.vocab(token.text.lower())
    return bool(parses) and all(p.pos == "VERB" for p in parses)


BASE_DOCUMENTS = {"договор", "соглашение", "контракт"}


def supplemented(syntax: Syntax, i: int, last: int) -> bool:
    """``к договору``, ``к соглашению о ...``: the document a supplementary agreement amends."""
    if lemma(syntax.tokens[i]) not in ("к", "ко"):
        return False
    j = i + 1
    while j < min(last, i + 4) and syntax.tokens[j].pos == "ADJ":
        j += 1  # "к концессионному соглашению", "к ранее заключенному договору"
    return j < last and lemma(syntax.tokens[j]) in BASE_DOCUMENTS
