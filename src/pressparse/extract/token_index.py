"""Per-document indexes of the tokens, built once and shared by the place and organization layers.

Most rules fire at a few tokens (a lemma such as ``улица``, a spelling such as ``ул``, a capital, a
gazetteer name's first word): a scan of every token per rule costs more than the rules themselves,
so a layer looks its starting tokens up here. One pass over the tokens fills every index (a pass
per index touched each token again); the indexes are kept in ``Analysis.memo`` and die with the
document.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from .gazetteer import body_trie, place_adjective_trie, place_trie, word_keys

# the tries a token's keys may start a name in, and the token's own marks, as bits of one int
PLACE, ADJECTIVE, BODY = 1, 2, 4  # place names, place adjectives, bodies
BODY_START = 8  # a token ``org_bodies.find_bodies`` tries (``org_bodies.may_start``)
CAPITAL = 16
LEMMA_WATCHED, FOLD_WATCHED = 32, 64  # a lemma, a folded spelling some layer asks the index for

MAX_MEMO = 1 << 16


class Watched:
    """The lemmas and folded spellings the layers ask for (``with_lemma``, ``with_fold``): a fixed few
    word lists, learnt at their first query; only their tokens are indexed, not every word's. With them,
    the word entries computed for exactly these lists: (text, lemma, pos) -> (folded spelling, lookup
    keys, bits); words recur across documents, so a plain dict (cheaper per token than an lru_cache)
    keeps them, cleared at a size limit. A new list makes a new state, so a document (or a thread)
    holding the old one never mixes entries of two states."""

    __slots__ = ("lemmas", "folds", "entries")

    def __init__(self, lemmas: frozenset[str] = frozenset(), folds: frozenset[str] = frozenset()) -> None:
        self.lemmas, self.folds = lemmas, folds
        self.entries: dict[tuple[str, str, str], tuple[str, tuple[str, ...], int]] = {}


_STATE = Watched()


class TokenIndex:
    """Token indices by lemma, by folded spelling (lower case, ё -> е), of capitalized tokens; every
    token's gazetteer lookup keys and the tokens that may start a name of each trie."""

    __slots__ = ("tokens", "watched", "lemmas", "folds", "capitalized", "keys", "starts", "body_starts")

    def __init__(self, tokens: list[Any]) -> None:
        self.tokens = tokens
        self.watched = state = _STATE  # read once: the word entries' marks are of its lists
        memo = state.entries
        if len(memo) > MAX_MEMO:
            memo.clear()
        get = memo.get
        lemmas: defaultdict[str, list[int]] = defaultdict(list)
        folds: defaultdict[str, list[int]] = defaultdict(list)
        keys: list[tuple[str, ...]] = []
        capitalized: list[int] = []
        places: list[int] = []
        adjectives: list[int] = []
        bodies: list[int] = []
        body_starts: list[int] = []
        add_keys = keys.append
        # a plain loop over locals: a call or an attribute lookup per token costs more than the index
        for i, t in enumerate(tokens):
            word = (t.text, t.lemma, t.pos)
            entry = get(word)
            if entry is None:
                entry = memo[word] = word_entry(*word, state)
            add_keys(entry[1])
            bits = entry[2]
            if bits:
                if bits & LEMMA_WATCHED:
                    lemmas[t.lemma].append(i)
                if bits & FOLD_WATCHED:
                    folds[entry[0]].append(i)
                if bits & CAPITAL:
                    capitalized.append(i)
                if bits & PLACE:
                    places.append(i)
                if bits & ADJECTIVE:
                    adjectives.append(i)
                if bits & BODY:
                    bodies.append(i)
                if bits & BODY_START:
                    body_starts.append(i)
        self.lemmas = lemmas
        self.folds = folds
        self.capitalized = capitalized
        self.keys = keys
        self.starts = {PLACE: places, ADJECTIVE: adjectives, BODY: bodies}
        self.body_starts = body_starts

    def with_lemma(self, lemmas: Iterable[str]) -> list[int]:
        """Indices, in text order, of the tokens whose lemma is one of ``lemmas``."""
        wanted = frozenset(lemmas)
        if not wanted <= self.watched.lemmas:  # a new list: scanned now, indexed from the next document
            watch("lemmas", wanted)
            return [i for i, t in enumerate(self.tokens) if t.lemma in wanted]
        index = self.lemmas
        return sorted(i for lemma in index.keys() & wanted for i in index[lemma])

    def with_fold(self, words: Iterable[str]) -> list[int]:
        """Indices, in text order, of the tokens whose folded spelling is one of ``words``."""
        wanted = frozenset(words)
        if not wanted <= self.watched.folds:
            watch("folds", wanted)
            return [i for i, t in enumerate(self.tokens) if t.text.lower().replace("ё", "е") in wanted]
        index = self.folds
        return sorted(i for word in index.keys() & wanted for i in index[word])


def watch(which: str, words: frozenset[str]) -> None:
    """Index ``words`` (``lemmas`` or ``folds``) from the next document on: a new state with no word
    entries (those marked for the old lists stay with the documents that hold the old state)."""
    global _STATE
    old = _STATE
    if which == "lemmas":
        _STATE = Watched(old.lemmas | words, old.folds)
    else:
        _STATE = Watched(old.lemmas, old.folds | words)


def word_entry(text: str, lemma: str, pos: str, state: Watched) -> tuple[str, tuple[str, ...], int]:
    """(folded spelling, lookup keys, bits) of a word: a pure function of its spelling, lemma and tag."""
    from .org_bodies import may_start  # the organization rules import this module

    keys = word_keys(text, lemma)  # token_keys, inlined
    bits = 0
    if not place_trie().root.keys().isdisjoint(keys):
        bits |= PLACE
    if not place_adjective_trie().root.keys().isdisjoint(keys):
        bits |= ADJECTIVE
    if not body_trie().root.keys().isdisjoint(keys):
        bits |= BODY
    if may_start(text, lemma, pos, keys):
        bits |= BODY_START
    if text[:1].isupper():
        bits |= CAPITAL
    folded = text.lower().replace("ё", "е")
    if lemma in state.lemmas:
        bits |= LEMMA_WATCHED
    if folded in state.folds:
        bits |= FOLD_WATCHED
    return folded, keys, bits


def token_index(analysis: Any) -> TokenIndex:
    """The document's :class:`TokenIndex`, built at the first call."""
    found = analysis.memo.get("token_index")
    if found is None:
        found = analysis.memo["token_index"] = TokenIndex(analysis.tokens)
    return found
