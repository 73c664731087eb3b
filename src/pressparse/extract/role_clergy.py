"""A bishop's title with his see: ``митрополит Рязанский и Михайловский Нектарий`` -> ``митрополит``
held in the diocese of that see (``Рязанская епархия``). The see's adjectives reach from the title to
the name, and such a title stacks on a post before it without a comma (``глава митрополии митрополит
X``: two roles of X)."""

from __future__ import annotations

import re
from typing import Any

from .inflect import stem
from .person_clergy import see_words
from .role_lexicon import fold
from .role_phrases import RolePhrase

BISHOPS = frozenset("митрополит архиепископ епископ патриарх".split())
# the body a see's title is held in, in order of preference
SEES = ("епархия", "митрополия")


def bishop(analysis: Any, phrase: RolePhrase) -> bool:
    return fold(analysis.tokens[phrase.head].lemma) in BISHOPS and phrase.title_end == phrase.head + 1


def reach_see(analysis: Any, phrases: list[RolePhrase], names: list[tuple[int, int]]) -> list[RolePhrase]:
    """A bishop's phrase reaches over the see's adjectives to the name after them."""
    for phrase in phrases:
        if not bishop(analysis, phrase):
            continue
        for start, _ in names:
            span = see_words(analysis, start)
            token = analysis.token_at(start)
            if span and span[0] == phrase.start and token is not None and phrase.last <= token.index:
                phrase.last, phrase.stop = token.index, analysis.tokens[token.index - 1].stop
    return phrases


def see_body(analysis: Any, phrase: RolePhrase, organizations: list[Any]) -> str | None:
    """``митрополит Рязанский и Михайловский``: the diocese named by the first see adjective."""
    if not bishop(analysis, phrase):
        return None
    sees = [t for t in analysis.tokens[phrase.title_end : phrase.last] if t.text[:1].isupper()]
    if not sees:
        return None
    key = stem(sees[0].text)
    for noun in SEES:
        found = [o.id for o in organizations if noun in fold(o.name).split()
                 and key in {stem(w) for w in re.findall(r"[\w-]+", o.name)}]
        if found:
            return found[0]
    return None
