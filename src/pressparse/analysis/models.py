"""natasha's models, loaded once per process and shared by every Parser in it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any


@dataclass(frozen=True)
class Models:
    segmenter: Any
    morph: Any
    syntax: Any
    ner: Any
    vocab: Any


@cache
def load_models() -> Models:
    """Load the segmenter, embeddings, morphology, syntax and NER (about 2 s, 300 MB)."""
    # natasha's __init__ imports MorphVocab's module, which only imports pymorphy2 (no
    # pkg_resources until a pymorphy2 analyzer is built, which we never do)
    from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

    from .morph import vocab

    emb = NewsEmbedding()
    return Models(
        segmenter=Segmenter(),
        morph=NewsMorphTagger(emb),
        syntax=NewsSyntaxParser(emb),
        ner=NewsNERTagger(emb),
        vocab=vocab(),
    )
