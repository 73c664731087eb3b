"""Where an agreement's subject ends: when the signer follows it (``Контракты на ремонт 37 улиц МКУ
«Агентство» еще 26 февраля заключило ...`` puts the object first, and the body after the subject
is the signer, since the verb agrees with it, not with ``контракты``), at a clause of its own or a
signing participle after a comma, at a past verb the tagger reads as an adjective; and the document a
supplementary agreement amends (``к концессионному соглашению``)."""

from __future__ import annotations

from ..analysis.doc import Token
from .clauses import Syntax, lemma
from .org_words import BODY_HEADS, KIND_BY_HEAD

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
    if (inverted := subject_inside(syntax, i, end)) is not None:
        return inverted
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


DEMONSTRATIVES = {"этот", "данный"}
# a body or company after "с": the other side (``о целевом обучении с медицинским университетом``);
# no gold subject keeps one
# ... or by its part in the deal (``на оказание услуг с владельцем инфраструктуры``)
PARTY_NOUNS = frozenset("""владелец собственник оператор подрядчик заказчик исполнитель поставщик перевозчик
    концессионер концедент инвестор застройщик арендатор арендодатель""".split())
COUNTERPARTS = BODY_HEADS | PARTY_NOUNS | frozenset(
    w for kind in ("education", "company", "legislature", "court") for w in KIND_BY_HEAD[kind])


def counterparty_noun(syntax: Syntax, i: int, last: int) -> bool:
    """Tokens from ``i``: adjectives, then an instrumental noun naming a body or a company."""
    tokens = syntax.tokens
    while i < last and tokens[i].pos in ("ADJ", "DET"):
        i += 1
    return i < last and tokens[i].pos == "NOUN" and tokens[i].feats.get("Case") == "Ins" and lemma(tokens[i]) in COUNTERPARTS


def subject_inside(syntax: Syntax, i: int, end: int) -> int | None:
    """The token before the clause's own subject when the parse finds it inside the span, the
    agreement put first as the object (``Соглашение о взаимодействии по этому вопросу учреждение
    заключит``: ``учреждение`` is the verb's subject, not part of what the agreement is about)."""
    tokens = syntax.tokens
    for k in range(i + 1, end + 1):
        t = tokens[k]
        if t.rel != "nsubj" or t.pos not in ("NOUN", "PROPN") or not end < t.head < end + 4 \
                or tokens[t.head].pos not in ("VERB", "AUX") or tokens[k - 1].pos == "ADP":
            continue
        first = min((j for j in range(i + 1, k + 1) if governed_by(tokens, j, k)), default=k)
        while first - 1 > i and tokens[first - 1].pos == "PUNCT":
            first -= 1
        return first - 1
    return None


def governed_by(tokens, j: int, k: int) -> bool:
    """Whether token ``j`` lies in the phrase of token ``k`` (``k`` itself or below it)."""
    for _ in range(8):
        if j == k:
            return True
        if j < 0 or tokens[j].head < 0:
            return False
        j = tokens[j].head
    return False


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
