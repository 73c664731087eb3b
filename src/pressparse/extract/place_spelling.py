"""A place's name spelled as the text spells it: the gold writes ``Могилев``, ``Орел`` where the text
has no ``ё`` (the gazetteer keeps the official ``Могилёв``), and a region's double name with the
text's dash (``Ханты-Мансийский автономный округ – Югра``; ``Кемеровская область – Кузбасс`` where
the text names the region so)."""

from __future__ import annotations

import re
from collections.abc import Sequence

DASH = re.compile(r" ([–—-]) ")


def spell_as_written(name: str, mentions: Sequence[str], names: Sequence[str] = ()) -> str:
    """``name`` with the text's dash in a double name and without an ``ё`` no mention writes."""
    dashes = [m.group(1) for text in mentions for m in DASH.finditer(text)]
    if dashes:
        double = next((n for n in (name, *names) if DASH.search(n) and DASH.split(n)[0] == DASH.split(name)[0]), None)
        if double is not None:
            name = DASH.sub(f" {dashes[0]} ", double)
    if "ё" in name and not any("ё" in m.lower() for m in mentions):
        name = name.replace("ё", "е").replace("Ё", "Е")
    return name
