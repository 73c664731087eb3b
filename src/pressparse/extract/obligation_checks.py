"""Checks of the obligations layer's clause finders: an acting appointment, a question, a past
duty, a private person or a thing as the subject, an event to take place
(:mod:`pressparse.extract.obligation_clauses`)."""

from __future__ import annotations

from ..analysis.doc import Token
from .clauses import Syntax, lemma
from .obligation_refs import GENERIC_BODIES

# "обязанности министра будет исполнять X", "исполнение обязанностей возложено на X": an acting
# appointment (the people layer's business), not a duty
ACTING_VERBS = {"исполнять", "исполнить", "возложить", "возлагать"}
DUTIES = {"обязанность", "полномочие"}


def acting_appointment(syntax: Syntax, pred: Token) -> bool:
    """``исполнять обязанности``, ``исполнение обязанностей возложено``: who stands in for whom."""
    if lemma(pred) not in ACTING_VERBS:
        return False
    for k in syntax.kids(pred.index, "obj", "nsubj", "nsubj:pass"):
        if lemma(k) in DUTIES or any(lemma(j) in DUTIES for j in syntax.kids(k.index, "nmod")):
            return True
    return False


def asks(syntax: Syntax, t: Token) -> bool:
    """``будут ли ...``, ``должно ли ...``: a question, not a statement."""
    nxt = t.index + 1
    return nxt < len(syntax.tokens) and syntax.tokens[nxt].text.lower() == "ли"


def bygone(syntax: Syntax, g: Token, cue: tuple[str, str]) -> bool:
    """``должен был``, ``планировал``: a duty or plan of the past."""
    if any(lemma(k) == "быть" and k.feats.get("Tense") == "Past" for k in syntax.kids(g.index, "aux", "cop")):
        return True
    return cue[1] == "intention" and g.feats.get("Tense") == "Past"


def layman(subject: Token, holder: Token) -> bool:
    """A plural animate noun that is no body or side (``выпускники``, ``жители``): not a party."""
    plural = "Plur" in (subject.feats.get("Number"), holder.feats.get("Number"))
    return (subject.pos in ("NOUN", "PROPN") and subject.feats.get("Animacy") == "Anim" and plural
            and lemma(subject) not in GENERIC_BODIES and lemma(subject) not in ("сторона", "подписант", "участник"))


def agentive(subject: Token) -> bool:
    """An animate noun or a body (``администрация города должна``, the layer left it unnamed) can
    be held to a duty; a thing or a pronoun cannot be resolved."""
    if subject.pos == "PROPN":  # "Застройщик обязан ...": a sentence-initial body noun the tagger read as a name
        return lemma(subject) in GENERIC_BODIES
    return subject.pos == "NOUN" and (subject.feats.get("Animacy") == "Anim" or lemma(subject) in GENERIC_BODIES)


HAPPEN = {"состояться", "пройти", "проходить", "начаться", "начинаться", "завершиться", "стартовать"}


def leading_noun(syntax: Syntax, g: Token) -> Token | None:
    """The nominative noun opening the words right before the cue (``Выборы нового главы должны``)."""
    i, found = g.index - 1, None
    while i >= 0 and syntax.tokens[i].pos in ("NOUN", "ADJ"):
        if syntax.tokens[i].pos == "NOUN" and syntax.tokens[i].feats.get("Case") == "Nom":
            found = syntax.tokens[i]
        i -= 1
    return found


def happening(syntax: Syntax, subject: Token, t: Token) -> bool:
    """An event (``набор``, ``выборы``, ``конкурс``) that is to take place: a thing, no body, no object."""
    return lemma(t) in HAPPEN and subject.pos == "NOUN" and subject.feats.get("Animacy") != "Anim" \
        and syntax.entity_at(subject.start, subject.stop) is None and lemma(subject) not in GENERIC_BODIES \
        and not syntax.kids(t.index, "obj")
