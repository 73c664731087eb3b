"""A move to a post: ``X в сентябре перешла на должность ROLE``, ``X перешел в АО «Y» на должность
ROLE``, ``X переведен в министерство на должность ROLE``. The holder is the name before the verb
(only a time adverbial between), and a body named between the verb and ``на должность`` is the
post's (``перешел на работу в ...`` names no post, so it gives no role)."""

from __future__ import annotations

from typing import Any

from .role_lexicon import fold, word_kind
from .role_phrases import RolePhrase
from .role_verbs import MONTHS, Link, Mention, time_word, untimed

MOVE_VERBS = frozenset({"перейти", "переходить"})
POST_NOUNS = frozenset({"должность", "пост"})
BODY_GAP = 10  # tokens of a body's name between the verb and ``на должность``


def move_verb(analysis: Any, phrase: RolePhrase) -> int | None:
    """Index of the verb before ``на должность`` of the phrase, with at most ``в BODY`` between."""
    tokens = analysis.tokens
    k = phrase.first - 1
    if phrase.case != "Gen" or k < 1 or fold(tokens[k].lemma) not in POST_NOUNS or fold(tokens[k - 1].text) != "на":
        return None
    sent_first = analysis.sents[tokens[k].sent].first
    k -= 2
    while k >= sent_first and phrase.first - k <= BODY_GAP + 2:
        t = tokens[k]
        if fold(t.lemma) in MOVE_VERBS or word_kind(t) == "appointed" and t.pos in ("VERB", "AUX"):
            return k
        if t.text in (",", ";", ":", ".") or t.pos in ("VERB", "AUX"):
            return None
        k -= 1
    return None


def moved(analysis: Any, phrase: RolePhrase, mentions: list[Mention]) -> Link | None:
    verb = move_verb(analysis, phrase)
    if verb is None:
        return None
    tokens = analysis.tokens
    sent_first = analysis.sents[tokens[verb].sent].first
    before = [m for m in mentions if tokens[sent_first].start <= m.start and m.stop <= tokens[verb].start]
    if not before:
        return None
    words = untimed(analysis.tokens_in(before[-1].stop, tokens[verb].start))
    if any(not (t.pos in ("ADV", "ADP") or time_word(t) or fold(t.lemma) in MONTHS) for t in words):
        return None
    return Link(phrase, before[-1].person, "appointed")


def moved_body(analysis: Any, phrase: RolePhrase, organizations: list[Any]) -> str | None:
    """``перешел в АО «Трансмашхолдинг» на должность вице-президента``: the body named between."""
    verb = move_verb(analysis, phrase)
    if verb is None:
        return None
    lo, hi = analysis.tokens[verb].stop, analysis.tokens[phrase.first - 2].start
    found = [(m.start, o.id) for o in organizations for m in o.mentions if lo <= m.start and m.end <= hi]
    return min(found)[1] if found else None
