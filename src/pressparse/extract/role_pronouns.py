"""Roles linked through a pronoun or an elided subject: ``Ранее она занимала должность ROLE``,
``С 2017 года занимал должность ROLE`` (the person of the sentences before), ``Она продолжит работу
в должности ROLE``."""

from __future__ import annotations

from typing import Any

from .role_lexicon import fold, word_kind
from .role_phrases import RolePhrase
from .role_tails import TIME_WORDS as MONTHS
from .role_verbs import HELD_VERBS, PRONOUNS, Link, Mention, is_passive, time_word

PRONOUN_GAP = frozenset({"должность", "пост", "в", "на", "должности", "посту", "позицию"})

def by_pronoun(analysis: Any, phrase: RolePhrase, mentions: list[Mention]) -> Link | None:
    """``Ранее она занимала должность заместителя министра``: the last person of that gender
    named before the pronoun, in its sentence or the one before."""
    tokens = analysis.tokens
    first = analysis.sents[tokens[phrase.first].sent].first
    k = phrase.first - 1
    verbs = []
    if phrase.acting and tokens[phrase.first].pos == "VERB" and tokens[phrase.first].feats.get("VerbForm") == "Fin":
        verbs.append(tokens[phrase.first])  # ``Он исполнял обязанности ROLE``: the marker is the verb
    while k >= first and fold(tokens[k].text) in PRONOUN_GAP and not verbs:
        k -= 1
    if not verbs and phrase.case == "Ins":
        k = before_workplace(tokens, k, first)
    while k >= first and (fold(tokens[k].lemma) in HELD_VERBS or fold(tokens[k].lemma) == "быть"
                          or word_kind(tokens[k]) == "appointed" and is_passive(tokens[k])):
        verbs.append(tokens[k])  # ``занимал``, ``был назначен``, ``стал``
        k -= 1
    if not verbs:
        return in_post(analysis, phrase, mentions)
    verb = verbs[-1]
    while k >= first and (tokens[k].pos == "ADV" or time_word(tokens[k]) or since_then(tokens, k, first)
                          or fold(tokens[k].lemma) in MONTHS):  # ``а с января по март исполняла ...``
        k -= 1
    if k >= first and (subject := coordinated_subject(tokens[first : k + 1])) is not None:
        k = subject.index  # ``Он окончил вуз, работал хирургом``: the pronoun of the first verb
    if k < first or fold(tokens[k].text) not in PRONOUNS:
        if not elided_subject(tokens[first : k + 1], verb):
            return None
        # ``С 2017 года занимал должность проректора``: the subject is the person of the sentences before
        gender = verb.feats.get("Gender")
        anchor, earliest = tokens[first].start, analysis.sents[max(0, tokens[first].sent - 2)].first
    else:
        gender = PRONOUNS[fold(tokens[k].text)]
        anchor, earliest = tokens[k].start, analysis.sents[max(0, tokens[k].sent - 1)].first
    return held_by(analysis, phrase, mentions, verbs, anchor, earliest, gender)


def before_workplace(tokens: list[Any], k: int, first: int) -> int:
    """``она работала в министерстве начальником отдела``: the workplace (``в``/``на`` with a noun in the
    locative and its genitive words) between the verb and the post it held there; the index before it."""
    j = k
    while j > first and k - j < 5 and tokens[j].pos in ("NOUN", "PROPN", "ADJ") and tokens[j].feats.get("Case") in (
            "Loc", "Gen"):
        j -= 1
    if j == k or fold(tokens[j].text) not in ("в", "на") or tokens[j + 1].feats.get("Case") != "Loc" and not (
            tokens[j + 1].pos == "ADJ" and tokens[j + 2].feats.get("Case") == "Loc"):
        return k
    return j - 1 if j - 1 >= first and fold(tokens[j - 1].lemma) in HELD_VERBS else k


def since_then(tokens: list[Any], k: int, first: int) -> bool:
    """``, а до этого работал ROLE``: ``этого`` of a time adverbial (``до этого``, ``после того``)."""
    return fold(tokens[k].text) in ("этого", "того") and k > first and fold(tokens[k - 1].text) in ("до", "после")


def coordinated_subject(words: list[Any]) -> Any | None:
    """``Он окончил вуз в 2000 году, работал хирургом``: verbs coordinated over commas share the
    pronoun that opens the sentence, when no other subject or clause comes between."""
    if not words or fold(words[-1].text) not in (",", "и", "а"):  # ``Он окончил вуз, а с 2019 года был ROLE``
        return None
    lead = [t for t in words if t.pos != "ADV" and not time_word(t)]
    if len(lead) < 2 or fold(lead[0].text) not in PRONOUNS or lead[1].feats.get("VerbForm") != "Fin":
        return None
    if any(t.rel.startswith("nsubj") and t is not lead[0] or t.text in (";", ":", "—")
           or fold(t.lemma) in ("который", "что", "где", "когда") for t in words):
        return None
    return lead[0]


def elided_subject(words: list[Any], verb: Any) -> bool:
    """No subject before a past verb of one gender (``В 2010 году занимал ...``)."""
    if verb.feats.get("Tense") != "Past" or verb.feats.get("Gender") not in ("Masc", "Fem"):
        return False
    return not any(t.pos in ("NOUN", "PROPN", "PRON") and t.feats.get("Case") == "Nom" or t.pos == "PUNCT"
                   and t.text not in (",",) for t in words)


def in_post(analysis: Any, phrase: RolePhrase, mentions: list[Mention]) -> Link | None:
    """``Она продолжит работу в вузе в должности президента``: ``в должности ROLE`` describes the
    clause's subject, a pronoun at the sentence's start."""
    tokens = analysis.tokens
    k = phrase.first
    if k < 2 or fold(tokens[k - 1].text) not in ("должности", "посту") or fold(tokens[k - 2].text) not in ("в", "на"):
        return None
    sent = analysis.sents[tokens[k].sent]
    words = [t for t in tokens[sent.first : k - 2] if t.pos != "ADV"]
    if not words or fold(words[0].text) not in PRONOUNS or any(t.pos == "PUNCT" for t in words):
        return None
    verbs = [t for t in words if t.pos == "VERB" and t.feats.get("VerbForm") == "Fin"]
    if not verbs:
        return None
    gender = PRONOUNS[fold(words[0].text)]
    earliest = analysis.sents[max(0, tokens[k].sent - 1)].first
    return held_by(analysis, phrase, mentions, verbs, words[0].start, earliest, gender)


def held_by(analysis: Any, phrase: RolePhrase, mentions: list[Mention], verbs: list[Any], anchor: int,
            earliest: int, gender: str | None) -> Link | None:
    """The last person of that gender named before ``anchor`` (from token ``earliest`` on)."""
    verb = verbs[-1]
    for m in reversed([m for m in mentions if m.stop <= anchor]):
        last = analysis.token_at(m.stop - 1)
        if last is None or last.index < earliest:
            return None
        first = analysis.token_at(m.start)
        if first is not None and first.index > 0 and fold(analysis.tokens[first.index - 1].text) in ("имени", "им"):
            continue  # ``институт имени А. С. Пушкина``: a name inside a body's name holds no post
        if possessor(analysis, first, last):
            continue  # ``в администрации Ивана Петрова. Затем работал ...``: the post is the subject's
        if last.feats.get("Gender") in (gender, None) or gender in genders(analysis, mentions, m.person):
            if any(word_kind(v) == "appointed" and is_passive(v) for v in verbs):
                return Link(phrase, m.person, "appointed")
            past = verb.feats.get("Tense") == "Past"
            status = ("appointed" if past else "current") if fold(verb.lemma) in ("стать", "становиться") else (
                "former" if past and fold(verb.lemma) != "являться" else "current")
            return Link(phrase, m.person, status)
    return None


def genders(analysis: Any, mentions: list[Mention], person: int) -> set[str]:
    """``Бородулина руководит ...``: a surname alone may read as another gender's genitive; the
    person's full mentions (``Ксения Бородулина``) tell."""
    return {t.feats["Gender"] for m in mentions if m.person == person for t in analysis.tokens_in(m.start, m.stop)
            if "Gender" in t.feats and len(analysis.tokens_in(m.start, m.stop)) > 1}


def possessor(analysis: Any, first: Any, last: Any) -> bool:
    """A genitive name right after a body word (``администрации Ивана Петрова``) is no subject."""
    if first is None or first.index == 0 or last.feats.get("Case") != "Gen":
        return False
    return word_kind(analysis.tokens[first.index - 1]) in ("unit", "stop")
