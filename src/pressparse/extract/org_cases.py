"""A body's or territory's name in an oblique case, each part of a dash-joined name declined
(``Ханты-Мансийский автономный округ — Югра`` -> ``... автономного округа — Югры``)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .inflect import genitive, recover_shape


@lru_cache(maxsize=4096)
def declined(name: str, case: str) -> str:
    """``name`` (nominative) in the pymorphy3 ``case`` (``gent``, ``datv``, ``loct``): the head noun
    of each dash-joined part and the adjectives before it decline, the rest stays."""
    if " — " in name:
        return " — ".join(declined(part, case) for part in name.split(" — "))
    if case == "gent":
        return genitive(name)
    from ..analysis.morph import morph_analyzer

    words = name.split()
    parses = [morph_analyzer().parse(word) for word in words]
    for i, word in enumerate(words):
        noun = next((p for p in parses[i] if p.tag.POS == "NOUN" and "nomn" in p.tag), None)
        if noun is None or any(p.tag.POS in ("ADJF", "PRTF") for p in parses[i]):
            continue
        form = noun.inflect({case, noun.tag.number or "sing"})
        words[i] = recover_shape(form.word, word) if form else word
        grams = {case, "sing", noun.tag.gender} if noun.tag.gender else {case, "plur"}
        for j in range(i):
            adj = next((p for p in parses[j] if p.tag.POS in ("ADJF", "PRTF")), None)
            inflected = adj.inflect(grams) if adj else None
            if inflected:
                words[j] = recover_shape(inflected.word, words[j])
        break
    return " ".join(words)


def by_place(ctx: Any, by: Any, stop: int, place: Any) -> str:
    """``по ХМАО — Югре`` -> ``по Ханты-Мансийскому автономному округу — Югре``: a region's
    abbreviation spelled out as official names write it; a written-out territory as written."""
    written = ctx.analysis.text[by.start : stop]
    word = written.split()[1] if len(written.split()) > 1 else ""
    if place.kind == "region" and word.isupper() and len(word) >= 2 and " " in place.name:
        return f"{by.text} {declined(place.name, 'datv')}"
    return written


def owner_case(analysis: Any, name: str) -> str:
    """An owner's genitive name (``Администрации города Омска``) at the end of its unit's name: capitalized
    where the text writes it so inside a sentence, in any case and inside other names too (a proper name to
    its writer, press15/12, press18/09), else lower-case as a common noun (``... администрации города Кирова``)."""
    first, _, rest = name.partition(" ")
    if rest and len(first) > 3:
        pattern = re.compile(rf"[{first[0].upper()}{first[0].lower()}]{re.escape(first[1:-2])}\w* {re.escape(rest.split(' ')[0])}")
        for m in pattern.finditer(analysis.text):
            before = analysis.text[: m.start()].rstrip(" \t«\"(")
            if m.group(0)[:1].isupper() and before and before[-1] not in ".!?\n:;—–-":
                return name
    return name[:1].lower() + name[1:]
