"""Power plants named by their place: ``Курской АЭС`` -> ``Курская АЭС``, ``Хмельницкой атомной
электростанции`` -> ``Хмельницкая атомная электростанция``, ``Саяно-Шушенская ГЭС``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .org_context import Candidate, Context
from .token_index import token_index

PLANT_ABBREVIATIONS = frozenset("АЭС ГЭС ГРЭС ТЭС ТЭЦ ГАЭС ПАЭС ВЭС СЭС".split())
PLANT_INITIALS = frozenset(w[0] for w in PLANT_ABBREVIATIONS)  # a cheap test before the split
PLANT_NOUNS = frozenset(("электростанция",))
PLANT_KINDS = frozenset("атомный тепловой гидроаккумулирующий ветровой солнечный приливный".split())


def power_plants(ctx: Context) -> Iterator[Candidate]:
    analysis = ctx.analysis
    tokens = analysis.tokens
    index = token_index(analysis)
    # the initials are capitals: only capitalized tokens and the plant noun may end a name
    for token in [tokens[i] for i in sorted({*index.capitalized, *index.with_lemma(PLANT_NOUNS)})]:
        if token.text[:1] in PLANT_INITIALS and token.text.partition("-")[0] in PLANT_ABBREVIATIONS:  # ``АЭС-2``
            last = token.index
        elif token.lemma in PLANT_NOUNS and token.text.islower() and token.feats.get("Number") != "Plur":
            last = token.index
        else:
            continue
        k = last
        while k > 0 and tokens[k - 1].lemma in PLANT_KINDS and tokens[k - 1].text.islower():
            k -= 1
        if k == 0 or not proper_adjective(tokens[k - 1]):
            continue
        first = k - 1
        words = [nominative_feminine(t.text) for t in tokens[first:last]] + [nominative_head(token)]
        name = " ".join(words)
        yield Candidate(tokens[first].start, token.stop, name, "company", rank=2)


def proper_adjective(token: Any) -> bool:
    """``Курской``, ``Саяно-Шушенской``: a capitalised adjective (NER and the tagger may call it PROPN)."""
    return token.text[:1].isupper() and not token.text.isupper() and token.text.lower().endswith(ADJ_ENDINGS)


ADJ_ENDINGS = ("ая", "ой", "ую", "ий", "ый", "ое", "ей")


def nominative_feminine(word: str) -> str:
    """``Курской`` -> ``Курская``, ``атомной`` -> ``атомная``; the first parts of a hyphenated
    adjective stay (``Саяно-Шушенской``)."""
    from ..analysis.morph import morph_analyzer

    head, _, tail = word.rpartition("-")
    for parse in morph_analyzer().parse(tail):
        if parse.tag.POS == "ADJF":
            form = parse.inflect({"nomn", "femn", "sing"})
            if form is not None:
                out = form.word
                out = out[:1].upper() + out[1:] if tail[:1].isupper() else out
                return f"{head}-{out}" if head else out
    return word


def nominative_head(token: Any) -> str:
    return token.text if token.text[:1].isupper() else "электростанция"
