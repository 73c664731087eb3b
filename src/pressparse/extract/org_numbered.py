"""Institutions known by a number: ``детской поликлиники № 3``, ``школы №5``; and the short
``больницы № 1`` joined to the one full name that holds that noun and number."""

from __future__ import annotations

import re

from .inflect import capitalize_first, stem, to_nominative
from .org_context import Candidate, Context, best, kind_of

# institutions known by a number: ``средняя школа № 5``, ``городская больница № 2``
NUMBERED_NOUNS = frozenset("""школа гимназия лицей поликлиника больница сад колледж училище библиотека детсад
    колония изолятор""".split())

def numbered_at(ctx: Context, i: int) -> tuple[Candidate, int] | None:
    """``детской поликлиники № 3``, ``школы №5``: an institution known by its number."""
    tokens = ctx.analysis.tokens
    j = i
    while j < len(tokens) and j - i < 3 and tokens[j].pos == "ADJ" and not tokens[j].text.isupper():
        j += 1
    if j + 2 >= len(tokens) or tokens[j].lemma not in NUMBERED_NOUNS or tokens[j + 1].text != "№":
        return None
    if not tokens[j + 2].text.isdigit() or i > 0 and tokens[i - 1].pos == "ADJ" and tokens[i - 1].text.islower():
        return None
    end = j + 3
    from .org_names import all_forms

    if i > 0 and tokens[i - 1].text.isupper() and tokens[i - 1].text in all_forms():
        # ``МАОУ лицей № 7``: the legal form before it is the name's (press13 06), the noun as written
        words = to_nominative(ctx.analysis, tokens[i : j + 1])
        name = f"{tokens[i - 1].text} {tokens[i].text[:1]}{words[1:]} № {tokens[j + 2].text}"
        return Candidate(tokens[i - 1].start, tokens[end - 1].stop, name, kind_of(tokens[j].lemma, None), None, rank=2), end
    name = f"{capitalize_first(to_nominative(ctx.analysis, tokens[i : j + 1]))} № {tokens[j + 2].text}"
    return Candidate(tokens[i].start, tokens[end - 1].stop, name, kind_of(tokens[j].lemma, None), None, rank=2), end


NUMBERED_NAME = re.compile(r"^([А-ЯЁ][а-яё]+) № (\d+)$")


def merge_numbered(groups: dict[str, list[Candidate]]) -> None:
    """``больницы № 1`` joins ``ГБУЗ «Самарская городская клиническая больница № 1 имени ...»``: the
    one organization whose full name holds that noun and number."""

    for key in list(groups):
        m = NUMBERED_NAME.match(best(groups[key]).name)
        if m is None:
            continue
        noun, number = stem(m.group(1)), m.group(2)
        pattern = re.compile(rf"\b{re.escape(noun)}\w* № {number}\b", re.IGNORECASE)
        targets = [k for k, cs in groups.items() if k != key and pattern.search(best(cs).name.replace("ё", "е"))]
        if len(targets) == 1:
            for c in groups[key]:
                c.rank = 9
            groups[targets[0]].extend(groups.pop(key))
