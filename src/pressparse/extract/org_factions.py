"""``фракции ЛДПР``, ``Руководитель фракции КПРФ``: a party's faction in the text's one legislature is
an organization of its own, ``Фракция ЛДПР в Тюменской областной Думе`` (the party as written, the
legislature in the prepositional: press11 10, press19 07, press20 06), not a mention of the party."""

from __future__ import annotations

import re
from typing import Any

from .inflect import genitive
from .org_context import Candidate, best

UNITS = re.compile(r"(?:Постоянн\w+ )?(?:Комитет|Комиссия|Пресс-служба|Аппарат|Совет)\b")
FACTION = re.compile(r"\b[Фф]ракци(?:я|и|ю|ей|ией)\s+(?P<party>[А-ЯЁ]{2,6}|«[^«»\n]{2,40}»)")


def add_factions(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    if "ракци" not in analysis.text:
        return  # most texts name no faction: a substring test before the regex's scan
    found = list(FACTION.finditer(analysis.text))
    if not found:
        return
    counts: dict[str, int] = {}
    for cs in groups.values():  # the chambers, not their committees: the one the text names most
        top = best(cs)
        if top.kind == "legislature" and not UNITS.match(top.name):
            counts[top.name] = counts.get(top.name, 0) + len(cs)
    names = [best(cs).name for cs in groups.values()]
    for chamber in counts:  # its committees and press service named after it count for it
        counts[chamber] += sum(genitive(chamber) in other for other in names)
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or len(ranked) > 1 and ranked[0] == ranked[1]:
        return  # no legislature, or two alike: which one the faction sits in is not said
    where = prepositional(max(counts, key=counts.__getitem__))
    for m in found:
        for key in list(groups):  # the party named inside the faction's phrase is no mention of the party
            groups[key] = [c for c in groups[key] if not (m.start() <= c.start and c.stop <= m.end())]
            if not groups[key]:
                del groups[key]
        name = f"Фракция {m.group('party')} в {where}"
        # the mention is the party's name: ``руководитель фракции`` is a title the roles read before it
        groups.setdefault("faction:" + name, []).append(
            Candidate(m.start("party"), m.end(), name, "other", rank=1, key="faction:" + name))


def prepositional(name: str) -> str:
    """``Тюменская областная Дума`` -> ``Тюменской областной Думе``: the head noun and the adjectives
    before it take the prepositional, the rest stays."""
    from ..analysis.morph import morph_analyzer
    from .inflect import recover_shape

    words = name.split()
    out = list(words)
    for i, word in enumerate(words):
        parses = morph_analyzer().parse(word)
        noun = next((p for p in parses if p.tag.POS == "NOUN" and "nomn" in p.tag), None)
        if noun is None or any(p.tag.POS in ("ADJF", "PRTF") for p in parses):
            continue
        form = noun.inflect({"loct", noun.tag.number or "sing"})
        out[i] = recover_shape(form.word, word) if form else word
        for j in range(i):
            adj = next((p for p in morph_analyzer().parse(words[j]) if p.tag.POS in ("ADJF", "PRTF")), None)
            inflected = adj.inflect({"loct", "sing"} | ({noun.tag.gender} if noun.tag.gender else set())) if adj else None
            if inflected:
                out[j] = recover_shape(inflected.word, words[j])
        break
    return " ".join(out)
