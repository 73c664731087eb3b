"""Cue words of the obligations layer and the readings they need: who an impersonal cue holds to
the task (its dative), a noun cue taken on by a verb, a fronted infinitive with its doer after
the auxiliary, a narrated verb that hands something over.
"""

from __future__ import annotations

from functools import lru_cache

from ..analysis.doc import Token
from ..data import read_rows
from .clauses import Syntax, lemma
from .obligation_parties import is_government, resolve, subject_of

GIVING = {"открыть", "представить"}  # narrated events, unless given to someone
TAKE_ON = {"брать", "взять", "принимать", "принять"}  # "... на себя обязательство + infinitive"
SPEECH = {"заявить", "сообщить", "пообещать", "заверить", "подчеркнуть", "рассказать", "доложить"}
DATIVE_CUES = {"предстоять", "необходимо", "необходимый", "надлежать"}  # the doer in the dative


@lru_cache(maxsize=None)
def cues() -> dict[str, tuple[str, str]]:
    return {cue: (pos, modality) for cue, pos, modality in read_rows("modality.tsv")}


@lru_cache(maxsize=None)
def signing_verbs() -> frozenset[str]:
    return frozenset(cue for cue, role in read_rows("agreement_cues.tsv") if role == "sign")


@lru_cache(maxsize=None)
def narration() -> frozenset[str]:
    return frozenset(row[0] for row in read_rows("obligation_narration.tsv"))


def named_after(syntax: Syntax, t: Token, aux: Token) -> bool:
    """``координировать работу будет проректор X``: a named doer after the auxiliary."""
    subject = subject_of(syntax, t)
    if subject is None or subject.index < aux.index:
        return False
    # "будет первый заместитель губернатора — министр X": the name may sit in a second subject
    end = max(i for k in syntax.kids(t.index, "nsubj") + [subject] if k.index > aux.index for i in syntax.subtree(k.index))
    return ((lemma(t) not in narration() or people_named(syntax, subject))
            and bool(syntax.entities_in(subject.start, syntax.tokens[end].stop, "org", "per")))


def people_named(syntax: Syntax, subject: Token) -> bool:
    """A doer given by a person's name (``курировать ... будет проректор X``), not a body's."""
    idx = syntax.subtree(subject.index)
    return bool(syntax.entities_in(syntax.tokens[min(idx)].start, syntax.tokens[max(idx)].stop, "per"))


def taken_on(syntax: Syntax, g: Token) -> tuple[str, str] | None:
    """``берут на себя обязательство разработать``: the infinitive hung on the verb, not the noun."""
    if lemma(g) not in TAKE_ON:
        return None
    for k in syntax.kids(g.index, "obj"):
        cue = cues().get(lemma(k))
        if cue is not None and cue[0] == "noun":
            return "verb", cue[1]
    return None


def dative_kids(syntax: Syntax, g: Token, t: Token) -> list[Token]:
    if g.pos == "NOUN" or lemma(g) not in DATIVE_CUES:
        return []
    return [k for k in syntax.kids(g.index, "iobj", "obl", "nsubj") if k.feats.get("Case") == "Dat"
            and k.pos in ("NOUN", "PROPN") and k.index < t.index and not syntax.kids(k.index, "case")]


def dative_doers(syntax: Syntax, g: Token, t: Token) -> list[str]:
    """Who an impersonal cue holds to the task: its dative (``ведомству предстоит``)."""
    out: list[str] = []
    for k in dative_kids(syntax, g, t):
        out += resolve(syntax, k, g, ()) or []
    return out


def handed_over(syntax: Syntax, t: Token) -> bool:
    """``откроет корпорации кредитную линию``: opening or presenting something to a recipient is a
    commitment, not the narration of an event (``откроет выставку``)."""
    if lemma(t) not in GIVING:
        return False
    objects = [k for k in syntax.kids(t.index, "iobj", "obj") if k.pos in ("NOUN", "PROPN")]
    return any(k.feats.get("Case") == "Dat" or k.rel == "obj" and dative(syntax, k) and any(o.index > k.index for o in objects)
               for k in objects)  # the parse may read the recipient as a genitive object


def dative(syntax: Syntax, k: Token) -> bool:
    return any("datv" in str(p.tag) for p in syntax.analysis.vocab(k.text.lower()))


def announced(syntax: Syntax, t: Token) -> bool:
    """``министр заявил, что правительство области организует автобусы``: what an official says a
    government will do is its commitment, even with no agreement in the release."""
    if t.rel != "ccomp" or t.head < 0 or lemma(syntax.tokens[t.head]) not in SPEECH or syntax.negated(t):
        return False
    subject = subject_of(syntax, t)
    ids = resolve(syntax, subject, t, ()) if subject is not None else None
    return bool(ids) and all(is_government(syntax, i) for i in ids)


def two_aspects(syntax: Syntax, t: Token) -> bool:
    """A verb of both aspects (``организует``, ``реализует``): its present form is also a future."""
    tags = [str(p.tag) for p in syntax.analysis.vocab(t.text.lower())]
    return bool(tags) and "futr" in tags[0] and any("pres" in tag for tag in tags)  # the future reading first


LINEAR_SKIP = ("ADP", "NUM", "ADJ", "NOUN", "PROPN", "DET", "ADV", "PART")


def linear_cue(syntax: Syntax, t: Token) -> tuple[Token, int | None] | None:
    """The cue an infinitive follows in the text when the parse hung it elsewhere: a modal
    (``обязана``, ``должен``) before it with only its terms between, or before an earlier task
    joined by ``, а``/``и`` (``обязана до 1 мая заменить ..., а до 1 июня — обеспечить ...``).
    The cue and that earlier infinitive (or None)."""
    tokens = syntax.tokens
    first = syntax.units[syntax.unit_of[t.index]][0]
    crossed, listed, passed = False, False, None
    for i in range(t.index - 1, max(first, t.index - 30) - 1, -1):
        k = tokens[i]
        cue = cues().get(lemma(k))
        if cue is not None and cue[0] in ("adj", "verb") and k.pos in ("ADJ", "VERB") and not syntax.negated(k):
            return (k, passed) if passed is not None or not listed else None
        if k.pos in LINEAR_SKIP or k.text == "—" or (k.pos == "PRON" and k.rel in ("nmod", "det")):
            continue  # "до начала их эксплуатации обучить": a possessive on the way
        if k.text.lower() in ("а", "и") and i > first and tokens[i - 1].text == "," or k.text.lower() == "и" and k.pos == "CCONJ":
            crossed = True
            continue
        if k.text == "," and crossed:
            continue
        if k.text == "," and passed is None:  # "обязуется вложить ..., запустить ... и создать ...": a list's
            crossed = listed = True  # bare comma, when an earlier task sits before it
            continue
        if k.pos == "VERB" and k.feats.get("VerbForm") == "Inf" and crossed and passed is None:
            passed = k.index
            continue
        return None
    return None


PROMISES = {"пообещать", "обещать"}


def unnamed_relative(syntax: Syntax, t: Token) -> bool:
    """``перечень выплат, которые будут переводиться ...``, ``дворов, которые отремонтируют``: a
    relative clause describing a thing, with no doer of its own (but ``которую возглавит X``)."""
    kids = syntax.kids(t.index)
    if not any(lemma(k) == "который" for k in kids):
        return False
    return not any(k.rel in ("nsubj", "nsubj:pass") and lemma(k) != "который" for k in kids)


def ordered(syntax: Syntax, t: Token) -> bool:
    """The infinitive is a task given by an instruction cue (``поручил ... заключить договоры``) or a
    duty (``покупатель обязан подписать договор``, ``победители должны подписать договоры``)."""
    return t.head >= 0 and cues().get(lemma(syntax.tokens[t.head]), ("", ""))[1] in ("instruction", "requirement")
