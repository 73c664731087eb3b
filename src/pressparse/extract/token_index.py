"""Per-document indexes of the tokens, built once and shared by the place and organization layers.

Most rules fire at a few tokens (a lemma such as ``улица``, a spelling such as ``ул``, a capital):
a scan of every token per rule costs more than the rules themselves, so a layer looks its
starting tokens up here. The indexes are kept in ``Analysis.memo`` and die with the document.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


# text -> (folded spelling, capitalized): words recur across documents; cleared at a size limit
_SPELLINGS: dict[str, tuple[str, bool]] = {}
MAX_MEMO = 1 << 16


class TokenIndex:
    """Token indices by lemma, by folded spelling (lower case, ё -> е), and of capitalized tokens."""

    __slots__ = ("lemmas", "folds", "capitalized")

    def __init__(self, tokens: list[Any]) -> None:
        lemmas: dict[str, list[int]] = {}
        folds: dict[str, list[int]] = {}
        capitalized: list[int] = []
        memo = _SPELLINGS
        if len(memo) > MAX_MEMO:
            memo.clear()
        # a plain loop with dict.get: setdefault and per-token string calls cost more than the index
        lemma_list, fold_list = lemmas.get, folds.get
        for i, t in enumerate(tokens):
            spelling = memo.get(t.text)
            if spelling is None:
                spelling = memo[t.text] = (t.text.lower().replace("ё", "е"), t.text[:1].isupper())
            found = lemma_list(t.lemma)
            if found is None:
                lemmas[t.lemma] = [i]
            else:
                found.append(i)
            found = fold_list(spelling[0])
            if found is None:
                folds[spelling[0]] = [i]
            else:
                found.append(i)
            if spelling[1]:
                capitalized.append(i)
        self.lemmas = lemmas
        self.folds = folds
        self.capitalized = capitalized

    def with_lemma(self, lemmas: Iterable[str]) -> list[int]:
        """Indices, in text order, of the tokens whose lemma is one of ``lemmas``."""
        index = self.lemmas
        return sorted(i for lemma in index.keys() & lemmas for i in index[lemma])

    def with_fold(self, words: Iterable[str]) -> list[int]:
        """Indices, in text order, of the tokens whose folded spelling is one of ``words``."""
        index = self.folds
        return sorted(i for word in index.keys() & words for i in index[word])


def token_index(analysis: Any) -> TokenIndex:
    """The document's :class:`TokenIndex`, built at the first call."""
    found = analysis.memo.get("token_index")
    if found is None:
        found = analysis.memo["token_index"] = TokenIndex(analysis.tokens)
    return found
