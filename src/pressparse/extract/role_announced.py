"""A post announced, then its holder named in the next sentence: ``Министр представил коллективу нового
главного врача. Им стал Иван Петров``, ``... назначить нового директора. Ею стала Анна Котова``."""

from __future__ import annotations

from typing import Any

from .role_lexicon import fold, word_kind
from .role_phrases import RolePhrase
from .role_verbs import Link, Mention, is_passive

ANNOUNCED = frozenset({"им", "ей", "ею"})
THIS_POST = ("на эту должность", "на данную должность", "на этот пост", "на данный пост")


def announced(analysis: Any, phrase: RolePhrase, mentions: list[Mention]) -> Link | None:
    """``нового ROLE. Им стал X``: the person named right after the pronoun and its verb."""
    tokens = analysis.tokens
    k = phrase.head - 1
    while k >= 0 and tokens[k].pos == "ADJ" and fold(tokens[k].lemma) != "новый" and phrase.head - k < 3:
        k -= 1
    if k < 0 or fold(tokens[k].lemma) != "новый" or phrase.acting or phrase.former:
        return None
    sent = tokens[phrase.head].sent
    if sent + 1 >= len(analysis.sents) or any(t.pos not in ("PUNCT",) for t in tokens[phrase.last:
                                                                                        analysis.sents[sent].last]):
        return None  # the post ends its sentence
    nxt = analysis.sents[sent + 1]
    words = tokens[nxt.first : nxt.last]
    if len(words) >= 3 and fold(words[0].text) not in ANNOUNCED:
        return this_post(analysis, words, mentions, phrase)
    if len(words) < 3:
        return None
    n = 1
    while n < len(words) and (fold(words[n].lemma) in ("стать", "быть") or word_kind(words[n]) == "appointed"
                              and is_passive(words[n])):
        n += 1
    if n == 1 or n >= len(words):
        return None
    m = next((m for m in mentions if m.start == words[n].start), None)
    return Link(phrase, m.person, "appointed") if m else None


def this_post(analysis: Any, words: list[Any], mentions: list[Mention], phrase: RolePhrase) -> Link | None:
    """``представил нового заместителя руководителя. Приказом ... на эту должность назначен полковник
    юстиции X``: the first person named after the passive verb of the sentence that points back."""
    low = " ".join(fold(t.text) for t in words)
    if not any(p in low for p in THIS_POST):
        return None
    verb = next((t for t in words if word_kind(t) == "appointed" and is_passive(t)), None)
    if verb is None:
        return None
    end = words[-1].stop
    m = next((m for m in mentions if verb.stop <= m.start < end), None)
    return Link(phrase, m.person, "appointed") if m else None
