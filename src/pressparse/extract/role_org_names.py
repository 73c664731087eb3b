"""Whether a body's name holds a title's words: its stems, a region's other names, initials of a
territory (``РТ``) or of a field (``ЖКХ``); and where a deputy's own field starts in a title's tail."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .inflect import stem
from .role_lexicon import fold

FIELD_NOUNS = frozenset({"вопрос", "направление"})


def deputy_field(tokens: list[Any], k: int) -> bool:
    """``заместитель главы района по вопросам ЖКХ``: ``по вопросам`` opens the deputy's portfolio, whose
    capitalized words (``ЖКХ``) are no territory of the body."""
    return fold(tokens[k].text) == "по" and k + 1 < len(tokens) and fold(tokens[k + 1].lemma) in FIELD_NOUNS

def has_stems(name: str, stems: set[str]) -> bool:
    words = {stem(w) for w in re.findall(r"[\w-]+", name)} | initials(name)
    return all(s in words for s in stems) or all(s in words | region_aliases(frozenset(words)) for s in stems)


def region_aliases(words: frozenset[str]) -> frozenset[str]:
    """``заместитель губернатора Кубани`` -> ``Администрация Краснодарского края``: the other
    one-word names of the region a body's name holds."""
    out: set[str] = set()
    for name, aliases in region_names():
        if name <= words:
            out.update(aliases)
    return frozenset(out)


@cache
def region_names() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    from .. import data

    out = []
    for region in data.regions():
        names = {stem(a) for a in region.aliases if " " not in a and not a.isupper()}
        if names:
            out.append((frozenset(stem(w) for w in re.findall(r"[\w-]+", region.name)), frozenset(names)))
    return tuple(out)


def initials(name: str) -> set[str]:
    """``... Республики Татарстан`` -> {рт}: a territory's abbreviation in a title (``министр ... РТ``)."""
    runs = re.findall(r"(?:[А-ЯЁ][\w-]*\s+)+[А-ЯЁ][\w-]*", name)
    return {stem("".join(w[0] for w in run.split())) for run in runs} | field_initials(name)


def field_initials(name: str) -> set[str]:
    """``жилищно-коммунального хозяйства`` -> {жкх}: a field abbreviated in a title (``министр ... ЖКХ``)."""
    out = set()
    for run in re.findall(r"[а-яё]+(?:-[а-яё]+)+\s+[а-яё]+", name):
        out.add(stem("".join(w[0] for w in re.split(r"[\s-]+", run))))
    return out

