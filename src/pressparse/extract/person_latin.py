"""Names in Latin script right after a profession: ``популярного блогера Mimeng``, ``певице Aaliyah``,
``Композитор-неоклассик Long Arm``. NER reads Cyrillic; a stage name or a foreign name written in Latin after
a word for a person's occupation is that person (a body's Latin name follows a post, not a profession,
and a Cyrillic name after the Latin words shows the Latin ones are a body's: ``основатель MySQL Майкл``).
"""

from __future__ import annotations

import re
from typing import Any

LATIN = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?![\w-])")
CYRILLIC_AFTER = re.compile(r"\s+[А-ЯЁ]")


def latin_names(analysis: Any) -> list[tuple[int, int, bool]]:
    """(start, stop, True) of each Latin name written right after a singular profession word."""
    from .role_lexicon import match_position

    tokens = analysis.tokens
    out = []
    for t in tokens[1:]:
        m = LATIN.match(analysis.text, t.start)
        if m is None or t.start != m.start() or CYRILLIC_AFTER.match(analysis.text, m.end()):
            continue
        prev = tokens[t.index - 1]
        if prev.stop + 1 != t.start or prev.feats.get("Number") == "Plur" or not prev.text[:1].isalpha():
            continue
        k = prev.index
        while k > 0 and "-" not in prev.text and match_position(tokens, k, prev.index + 1) is None and k > prev.index - 1:
            k -= 1
        found = match_position(tokens, k, prev.index + 1)
        if found is not None and found[0] == prev.index + 1 and found[1] == "other":
            out.append((m.start(), m.end(), True))
    return out
