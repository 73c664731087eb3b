"""Railway stations: ``маршрут Чита – Карымская``, ``участка Карымская – Забайкальск``. A station is
often named by a feminine adjective (``станция`` understood: Карымская, Тихорецкая, Сортировочная),
which no town's name is; in a dash pair of places (a route or a line section) in a text about the
railway, such a name the gazetteer lacks is the station, a place of kind ``other`` (press21 06),
not a town. A станица is named so too, but after its noun (``станице Каневской``), which
:func:`.place_kinds.guess_kind` reads first."""

from __future__ import annotations

import re
from typing import Any

from .inflect import fold

RAILWAY = re.compile(r"железн|\bРЖД\b|электрич|поезд|рельсов|станци|перегон|магистрал", re.I)
DASHES = frozenset("–—-")
FEMININE_FORMS = ("ая", "яя", "ой", "ей", "ую", "юю")


def railway_station(analysis: Any, tokens: list[Any]) -> bool:
    """Whether the unknown one-word place ``tokens`` is a station of a route ``X – Y``."""
    if len(tokens) != 1 or not fold(tokens[0].text).endswith(FEMININE_FORMS) or tokens[0].pos not in ("ADJ", "PROPN", "NOUN"):
        return False
    if tokens[0].pos != "ADJ" and not fold(tokens[0].text).endswith(("ская", "ской", "скую", "цкая", "цкой", "цкую")):
        return False  # a noun (``Чита``, ``Борзе``) needs the adjective's ``-ская`` to read as one
    i, words = tokens[0].index, analysis.tokens
    paired = (i >= 2 and words[i - 1].text in DASHES and words[i - 2].text[:1].isupper()) or \
        (i + 2 < len(words) and words[i + 1].text in DASHES and words[i + 2].text[:1].isupper())
    return paired and RAILWAY.search(analysis.text) is not None
