"""Gapped second parts of a task named by a noun: ``регион берет на себя подготовку документации,
а министерство — ежеквартальную отчетность перед банком``. The verb left out is the first part's
(``берет на себя``), so the remnant's noun is a task of the doer named before the dash."""

from __future__ import annotations

from dataclasses import replace

from ..result import Mention, Obligation
from .clauses import Syntax, lemma
from .obligation_noun_verbs import nominal_action, verbs_of_nouns
from .obligation_clauses import Clause
from .obligation_gaps import deadline
from .obligation_parties import resolve

# "ежеквартальная отчетность" -> "ежеквартально отчитываться": how often, said of the verb
FREQUENCY = {"ежеквартальный": "ежеквартально", "ежемесячный": "ежемесячно", "ежегодный": "ежегодно",
             "еженедельный": "еженедельно", "ежедневный": "ежедневно", "регулярный": "регулярно",
             "совместный": "совместно", "своевременный": "своевременно"}


def taken_remnants(syntax: Syntax, clause: Clause, done: Obligation) -> list[Obligation]:
    """``..., а Y — <task noun> ...`` after a noun-named task: Y's own task, as an infinitive."""
    tokens = syntax.tokens
    last = syntax.units[syntax.unit_of[clause.pred.index]][1]
    begin = (clause.stop or clause.pred.index) + 1
    for i in range(begin, last - 3):
        if tokens[i - 1].text != "," or tokens[i].text.lower() not in ("а", "и"):
            continue
        dash = next((j for j in range(i + 2, min(i + 9, last)) if tokens[j].text == "—"), None)
        if dash is None or any(t.pos in ("VERB", "AUX", "PUNCT") and t.text not in "«»" for t in tokens[i + 1 : dash]):
            return []
        end = last - 1
        while end > dash and tokens[end].pos == "PUNCT":
            end -= 1
        part = tokens[dash + 1 : end + 1]
        if not part or any(t.pos in ("VERB", "AUX") or t.text in ",;:—" for t in part):
            return []
        noun = next((t for t in part if t.pos == "NOUN"), None)
        if noun is None or lemma(noun) not in verbs_of_nouns():
            return []
        how = [FREQUENCY[lemma(t)] for t in part if t.index < noun.index and lemma(t) in FREQUENCY]
        action = nominal_action(syntax, noun, end)
        if not action or len(action.split()) < 2 and not how:
            return []
        doers = syntax.entities_in(tokens[i + 1].start, tokens[dash - 1].stop, "org", "per")
        if doers:
            parties = [doers[0].id]
        else:
            head = next((t for t in tokens[i + 1 : dash] if t.pos in ("NOUN", "PROPN")), None)
            parties = (resolve(syntax, head, clause.pred, ()) or []) if head is not None else []
        start, stop = tokens[i + 1].start, tokens[end].stop
        return [replace(done, parties=tuple(parties), action=" ".join(how + [action]),
                        deadline=deadline(syntax, start, stop), mention=Mention(text=syntax.analysis.text[start:stop],
                                                                                start=start, end=stop))]
    return []
