"""The tense of the verb a date expression depends on: it picks the week or year a weekday or a
yearless date falls in (``в пятницу подписали`` is the past Friday, ``подпишут`` the next one)."""

from __future__ import annotations

import re

from ..analysis import Analysis
from .dates_blocked import YEARLESS
from .dates_grammar import Candidate

# "с января по март исполняла": a yearless month range moves with its verb too
TENSED = {"weekday", "later", "weekend", "recent", "quarter", "month_range"} | YEARLESS
TARGET = re.compile(r"\bна\s+$", re.I)
# short adjectives of duty and intent: what they govern lies ahead ("обязаны разместить в квитанциях за июнь")
MODALS = {"должный", "должен", "обязанный", "обязан", "намеренный", "намерен", "готовый", "готов"}
DEADLINE = re.compile(r"(?:\bдо|\bк|\bне\s+позднее|\bне\s+позже|\bпо)\s+$", re.I)


def tense_of(analysis: Analysis, c: Candidate) -> str:
    """The tense of the verb the expression depends on ("Past", "Fut", "Pres" or "")."""
    if c.kind not in TENSED or not analysis.tokens:
        return ""
    tense = verb_tense(analysis, c)
    if c.kind in YEARLESS and (DEADLINE.search(analysis.norm, max(0, c.start - 20), c.start)
                               or c.groups.get("pre") in ("до", "к", "ко", "позднее", "позже")):
        if tense == "Past" and not infinitive_after(analysis, c):
            return ""  # "до конца октября поступило", "арестовал до 12 июня": the nearest such day
        return "Fut"  # "до 31 декабря", "не позднее 1 марта", "к сентябрю", "поручил до 1 марта подготовить"
    if tense == "Past" and c.kind in YEARLESS and (TARGET.search(analysis.norm, max(0, c.start - 4), c.start)
                                                   or c.groups.get("pre") == "на"):
        return ""  # "назначил выборы на 14 марта", "запланированы на март": the day set, not the day it was set on
    if c.kind == "month" and c.groups.get("pre") in ("с", "со") and verbless_role(analysis, c):
        return "Past"  # "бывший директор, а с октября заместитель ...": a post held since, no verb of its own
    if tense == "Pres" and c.kind == "month" and c.groups.get("pre") in ("с", "со"):
        return "Past"  # "возглавляет коллектив с января": since a month gone by ("с 1 января вступает" may be ahead)
    return tense


def verbless_role(analysis: Analysis, c: Candidate) -> bool:
    """A nominative noun right after the expression (a dash between allowed) and no verb after it in
    its clause: ``с октября заместитель директора``, ``с марта — министр``."""
    tokens = analysis.tokens_in(c.end, len(analysis.norm))
    if tokens and tokens[0].text in "—–-":
        tokens = tokens[1:]
    if not tokens or tokens[0].pos != "NOUN" or tokens[0].feats.get("Case") != "Nom":
        return False
    for token in tokens[1:]:
        if token.text in ".;!?,\n()«»":
            return True
        if token.pos in ("VERB", "AUX") or token.feats.get("Variant") == "Short":
            return False
    return True


def infinitive_after(analysis: Analysis, c: Candidate) -> bool:
    """An infinitive after the expression in its clause: the deadline of a task told in the past."""
    for token in analysis.tokens_in(c.end, len(analysis.norm)):
        if token.text in ".;!?" or token.text == "\n":
            return False
        if token.pos == "VERB" and token.feats.get("VerbForm") == "Inf":
            return True
    return False


def verb_tense(analysis: Analysis, c: Candidate) -> str:
    """The tense of the finite verb the expression depends on."""
    if c.kind == "weekday":
        at = analysis.norm[c.start:c.end].lower().find(c.groups.get("wd") or c.groups["wdg"])  # groups are lower-cased
        token = analysis.token_at(c.start + at) if at >= 0 else None
    else:  # the expression's last word: "через два [года]", "на [днях]"
        token = analysis.token_at(c.end - 1)
    for _ in range(5):  # "в квитанциях за июнь" hangs off nouns before it reaches the verb
        if token is not None and token.head < 0 and token.rel == "orphan":
            token = sentence_root(analysis, token)  # "..., а во втором квартале — в Новотроицке": the elided verb's
            if token is None:
                return ""
            return modal_tense(analysis, token) or (auxiliary_tense(analysis, token) or token.feats.get("Tense", "")
                                                    if token.pos in ("VERB", "AUX") else "")
        if token is None or token.head < 0:
            return ""
        head = analysis.tokens[token.head]
        if "\n" in analysis.norm[min(head.start, c.start):max(head.stop, c.end)]:
            return line_tense(analysis, c)  # a headline without a period parsed with the lead: not its verb
        token = head
        if token.pos == "VERB" and token.feats.get("VerbForm") == "Inf":
            # "пообещал вернуться в январе": the infinitive's time is not the past verb's; a duty's
            # infinitive ("обязаны разместить", "должен открыть") lies ahead unless the duty is past
            ruler = analysis.tokens[token.head] if token.head >= 0 else None
            return modal_tense(analysis, ruler) if ruler is not None else ""
        if token.pos in ("VERB", "AUX") and token.feats.get("Tense"):
            token = nearer_conjunct(analysis, token, c.start)
            return auxiliary_tense(analysis, token) or token.feats["Tense"]
    return ""


def nearer_conjunct(analysis: Analysis, verb, start: int):  # type: ignore[no-untyped-def]
    """``отгружены с завода и прибудут в Норильск в феврале``: the parse hangs a trailing adverbial
    on the first of two coordinated verbs; the one standing between them is the verb it belongs to."""
    sent = analysis.sents[verb.sent]
    between = [t for t in analysis.tokens[sent.first:sent.last] if t.head == verb.index and t.rel == "conj"
               and t.pos in ("VERB", "AUX") and t.feats.get("Tense") and verb.stop <= t.start and t.stop <= start]
    return between[-1] if between else verb


def modal_tense(analysis: Analysis, token) -> str:  # type: ignore[no-untyped-def]
    """"Fut" for a short adjective of duty or intent (``должен``, ``обязаны``), its copula's tense
    when it has one (``должна была заменить``: "Past"), else ""."""
    if token.pos != "ADJ" or token.feats.get("Variant") != "Short" or token.lemma.lower() not in MODALS \
            and token.text.lower().rstrip("аоы") not in MODALS:
        return ""
    sent = analysis.sents[token.sent]
    for other in analysis.tokens[sent.first:sent.last]:
        if other.head == token.index and other.rel in ("cop", "aux") and other.feats.get("Tense"):
            return other.feats["Tense"]
    return "Fut"


def sentence_root(analysis: Analysis, token):  # type: ignore[no-untyped-def]
    """The root predicate of the token's sentence (not an orphan), or None."""
    sent = analysis.sents[token.sent]
    return next((t for t in analysis.tokens[sent.first:sent.last] if t.head < 0 and t.rel == "root"), None)


def line_tense(analysis: Analysis, c: Candidate) -> str:
    """The tense of the first finite verb after the expression on its own line."""
    stop = analysis.norm.find("\n", c.end)
    for token in analysis.tokens_in(c.end, len(analysis.norm) if stop < 0 else stop):
        if token.pos in ("VERB", "AUX") and token.feats.get("Tense"):
            return auxiliary_tense(analysis, token) or token.feats["Tense"]
    return ""


def auxiliary_tense(analysis: Analysis, verb) -> str:  # type: ignore[no-untyped-def]
    """The tense of the verb's auxiliary: "будет подписано" is future, though "подписано" is past."""
    sent = analysis.sents[verb.sent]
    for token in analysis.tokens[sent.first:sent.last]:
        if token.head == verb.index and token.rel.startswith("aux") and token.feats.get("Tense"):
            if token.text.lower().startswith("буд") and verb.feats.get("Variant") == "Short":
                return "Fut"  # the tagger reads "будет подтверждено" as present
            return token.feats["Tense"]
    return ""
