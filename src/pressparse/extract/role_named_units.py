"""A named sub-unit left in a title when it is not found as an organization: ``председатель
комитета по социальной политике`` -> ``председатель`` (role_named_units.tsv). A unit found as an
organization is ``role_units``' business (it links the role and cuts the title there)."""

from __future__ import annotations

from functools import cache
from typing import Any

from .. import data
from .role_lexicon import fold, match_position, token_lemmas
from .role_phrases import RolePhrase
from .role_units import cut_title


@cache
def named_units() -> dict[str, frozenset[str]]:
    return {fold(r["unit"]): frozenset(r["named"].split()) for r in data.load_tsv("role_named_units")}


def cut_named_unit(analysis: Any, phrase: RolePhrase, organizations: list[Any]) -> None:
    """Drop a named unit (with its adjectives and name) from the phrase's title."""
    tokens = analysis.tokens
    units = named_units()
    spans = [(m.start, m.end) for o in organizations for m in o.mentions]
    for k in range(phrase.head + 1, phrase.title_end):
        ways = next((units[w] for w in token_lemmas(tokens[k]) if w in units), None)
        if ways is None or tokens[k].text[:1].isupper():
            continue  # ``Комитета ...`` capitalised: a proper name the organizations layer reads
        a = k
        while a - 1 > phrase.head and tokens[a - 1].pos == "ADJ":
            a -= 1
        if any(s < tokens[k].stop and tokens[a].start < e for s, e in spans):
            return  # the unit is a body found: linked (or kept) by role_units
        if named(tokens, k, max(phrase.last, phrase.title_end), ways):
            cut_title(analysis, phrase, a)
        return


def named(tokens: list[Any], k: int, end: int, ways: frozenset[str]) -> bool:
    """The unit at ``k`` has a name of its own before ``end``: ``по`` + a field (for some units after
    the parent's name too: ``комитета Ил Тумэна по бюджету``), or a lower-case genitive noun phrase
    that is no post."""
    if "по~" in ways and any(fold(t.text) == "по" for t in tokens[k + 1 : end]):
        return True
    if "по" in ways and k + 1 < end and fold(tokens[k + 1].text) == "по":
        return True
    if "gen" not in ways or k + 1 >= end:
        return False
    m = k + 1
    while m < end - 1 and tokens[m].pos == "ADJ":
        m += 1
    word = tokens[m]
    return (word.pos == "NOUN" and word.text[:1].islower() and word.feats.get("Case") == "Gen"
            and match_position(tokens, m, end) is None)
