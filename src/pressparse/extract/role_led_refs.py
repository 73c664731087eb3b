"""The body a verb of leading is about when no name follows it: ``службу возглавлял X`` (the body
before the verb), ``X возглавлял отделение`` (a reference word after it), ``Предприятием руководит ...``
(the last body of that sort named before). Read for ``role_successions``."""

from __future__ import annotations

from typing import Any

from .role_lexicon import fold
from .role_refs import body_of, references
from .role_verbs import Mention as Anchor

TIME_WORDS = frozenset({"с", "со", "до", "по", "уже", "год", "месяц", "январь", "февраль", "март", "апрель", "май",
                        "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь", "ранее", "прежде",
                        "временно", "фактически", "также", "тот", "этот", "неделя", "лето", "осень", "зима", "весна"})

def object_before(analysis: Any, anchors: list[Anchor], verb: Any, organizations: list[Any]) -> tuple[Any, Any]:
    """(body, person) of ``службу возглавлял X``: a body mention right before the verb, a name right after it."""
    name = next((a for a in anchors if a.start == verb.stop + 1), None)
    prev = before_verb(analysis, verb) if verb.index else None
    if name is None or prev is None or prev.sent != verb.sent:
        return None, None
    for org in organizations:
        if any(m.end == prev.stop for m in org.mentions):
            return (org, name.person) if not located(analysis, org, prev) else (None, None)
    if prev.feats.get("Case") == "Loc":
        return None, None  # ``Проект в компании возглавит X``: a place the thing led is in, not the body led
    referred = referred_body(field_head(analysis, prev), organizations)
    return next(((o, name.person) for o in organizations if o.id == referred), (None, None))


def located(analysis: Any, org: Any, last: Any) -> bool:
    """The body's mention ending at ``last`` stands in the locative (``в компании``): where, not what."""
    first = next((analysis.token_at(m.start) for m in org.mentions if m.end == last.stop), None)
    return first is not None and first.feats.get("Case") == "Loc"


def field_head(analysis: Any, last: Any) -> Any:
    """``комитет по социальной политике возглавлял X``: a reference word with its field after ``по``
    (lowercase adjectives and a noun) stands for the body as the bare word would."""
    tokens = analysis.tokens
    k = last.index
    if last.pos != "NOUN" or not last.text.islower():
        return last
    k -= 1
    while k > 0 and last.index - k < 4 and tokens[k].pos == "ADJ" and tokens[k].text.islower():
        k -= 1
    if k > 0 and fold(tokens[k].text) == "по" and tokens[k - 1].sent == last.sent and tokens[k - 1].text.islower():
        return tokens[k - 1]
    return last


def referred_object(analysis: Any, anchors: list[Anchor], verb: Any, obj: Any, organizations: list[Any],
                    held: Any = lambda person: set()) -> tuple[Any, Any]:
    """(body, person) of ``X возглавлял отделение``: a lowercase reference word right after the verb and a
    name before the verb in its sentence, with no comma between them. ``held(person)``: the bodies of
    the person's present posts, which a reference word of their sort stands for (``директор ООО «А» X
    ... X возглавляет компанию с 2021 года``: the post told again, not another company's)."""
    if obj is None or obj.sent != verb.sent or not obj.text.islower():
        return None, None
    begin = analysis.tokens[analysis.sents[verb.sent].first].start
    inside = [a for a in anchors if begin <= a.start and a.stop <= verb.start]
    if not inside or "," in analysis.text[inside[-1].stop : verb.start]:
        return None, None
    person = inside[-1].person
    # a body of the person's post first, then the body the organizations layer read the word as
    # (``возглавляет ведомство``), then the last one of its sort
    own, said = held(person), next((o.id for o in organizations for m in o.mentions if m.start == obj.start), None)
    referred = referred_body(obj, organizations, own)
    referred = said if said in own or referred not in own and said else referred
    return next(((o, person) for o in organizations if o.id == referred), (None, None))


def before_verb(analysis: Any, verb: Any) -> Any:
    """The word before the verb, past an adverb (``Ведомство сейчас возглавляет X``) or a time adverbial
    opened by a preposition (``Министерство с 9 ноября возглавляет X``, ``Центр с августа возглавляет X``)."""
    tokens = analysis.tokens
    k = verb.index - 1
    while k > 0 and verb.index - k <= 2 and tokens[k].pos == "ADV" and fold(tokens[k].lemma) != "временно":
        k -= 1
    j = k
    while j > 0 and k - j < 4 and (tokens[j].pos == "NUM" or tokens[j].text.isdigit() or fold(tokens[j].lemma) in (
            TIME_WORDS - PREPOSITIONS)):
        j -= 1
    if j < k and fold(tokens[j].text) in PREPOSITIONS and j > 0 and tokens[j].sent == verb.sent:
        return tokens[j - 1]
    return tokens[k]


PREPOSITIONS = frozenset({"с", "со", "до", "по"})


def referred_body(obj: Any, organizations: list[Any], held: set[str] = frozenset()) -> str | None:
    """``Предприятием руководит ...``, ``службу возглавлял``: the last body of that sort named before
    (of those, one whose name has the word, ``корпорацией`` -> ``АО «Корпорация развития ...»``, or one
    in ``held``, the bodies of the leader's present posts)."""
    if obj.pos == "NOUN" and fold(obj.lemma) in references():
        kind, names = references()[fold(obj.lemma)]
        named = [(m.start, o.id) for o in organizations for m in o.mentions
                 if m.end <= obj.start and (kind and o.kind == kind or fold(o.name.split()[0]) in names)]
        word = fold(obj.lemma)
        own = [x for x in named if x[1] in held] or [
            x for o in organizations for x in named if x[1] == o.id and word in fold(o.name).replace("«", " ").split()]
        return max(own or named)[1] if named else None
    if obj.pos == "NOUN" and obj.text.islower():  # ``службу`` after ``Региональная служба по тарифам``
        ids = {o.id for o in organizations if body_of(o.name) == fold(obj.lemma) and any(
            m.end <= obj.start for m in o.mentions)}
        return ids.pop() if len(ids) == 1 else None
    return None
