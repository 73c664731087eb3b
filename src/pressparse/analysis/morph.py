"""pymorphy3-backed morphology for natasha and yargy.

natasha's ``MorphVocab`` and yargy's default analyzer build a pymorphy2 analyzer, which looks
its dictionaries up through ``pkg_resources``: that fails under setuptools 82+ and in Python
3.12+ venvs without setuptools (natasha#138). Both libraries accept an analyzer object, so we
give them pymorphy3 and never construct a pymorphy2 one.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

CACHE_SIZE = 50000


@cache
def morph_analyzer() -> Any:
    """The process-wide pymorphy3 analyzer (plain Parse results)."""
    import pymorphy3

    class Safe(pymorphy3.MorphAnalyzer):  # type: ignore[misc]
        def parse(self, word: str) -> Any:
            return safe_parse(super().parse, word)

    return Safe()


def safe_parse(parse: Any, word: str) -> Any:
    # pymorphy3 calls unicodedata.name() on letters, which raises for the letters that have no
    # name (Tangut, some CJK): such a word has no analysis rather than failing the document
    try:
        return parse(word)
    except ValueError:
        return []


@cache
def vocab() -> Any:
    """A natasha-compatible vocab (``MorphVocab`` API) over pymorphy3."""
    import pymorphy3
    from natasha.morph.vocab import ud_feats, ud_pos, oc_grams
    from pymorphy3.analyzer import Parse

    class MorphForm(Parse):
        # natasha reads .normal/.pos/.feats off each parse (see natasha/morph/vocab.py)
        def __new__(cls, *args: Any) -> Any:
            self = Parse.__new__(cls, *args)
            self.normal = self.normal_form
            self.pos = ud_pos(self.tag)
            self.feats = dict(ud_feats(self.tag))
            return self

        def inflect(self, grams: Any) -> Any:
            return Parse.inflect(self, set(oc_grams(grams)))

    class Vocab(pymorphy3.MorphAnalyzer):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__(result_type=MorphForm)
            parse = super().parse
            self.parse = lru_cache(CACHE_SIZE)(lambda word: safe_parse(parse, word))  # type: ignore[method-assign]

        def __call__(self, word: str) -> Any:
            return self.parse(word)

        def lemmatize(self, word: str, pos: str, feats: dict[str, str]) -> str:
            from natasha.morph.lemma import lemmatize

            return lemmatize(self, word, pos, feats)

        def __repr__(self) -> str:
            return "Vocab(pymorphy3)"

    return Vocab()


@cache
def yargy_morph() -> Any:
    """yargy's MorphAnalyzer over pymorphy3, cached like yargy's own CachedMorphAnalyzer."""
    from yargy.morph import MorphAnalyzer

    class Cached(MorphAnalyzer):  # type: ignore[misc]
        def __init__(self, raw: Any) -> None:
            super().__init__(raw)
            self._call = lru_cache(CACHE_SIZE)(super().__call__)

        def __call__(self, word: str) -> Any:
            return self._call(word)

    return Cached(morph_analyzer())


@cache
def yargy_tokenizer() -> Any:
    """A yargy MorphTokenizer that uses pymorphy3; pass it to every yargy ``Parser``."""
    from yargy.tokenizer import MorphTokenizer

    return MorphTokenizer(morph=yargy_morph())


def yargy_parser(rule: Any) -> Any:
    """A yargy Parser for ``rule`` on the pymorphy3 tokenizer."""
    from yargy import Parser

    return Parser(rule, tokenizer=yargy_tokenizer())
