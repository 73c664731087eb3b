"""Unknown Russian surnames read by their ending (``Пестову`` -> ``Пестов``)."""

from __future__ import annotations

import re

# the tagger confuses Gen/Acc of animate nouns; a name parse in either case will do
CASE_FRIENDS = {"gent": {"gent", "accs"}, "accs": {"accs", "gent"}, "datv": {"datv"}, "ablt": {"ablt"},
                "loct": {"loct", "datv"}}

# Russian -ов/-ев/-ин surnames pymorphy3 does not know as surnames (``Пестову`` is only the village
# Пестово to it): (ending, case, gender) -> the nominative ending
SURNAME_ENDINGS = {
    ("а", "gent", "masc"): "", ("а", "accs", "masc"): "", ("у", "datv", "masc"): "", ("ым", "ablt", "masc"): "",
    ("е", "loct", "masc"): "", ("ой", "gent", "femn"): "а", ("ой", "datv", "femn"): "а",
    ("ой", "ablt", "femn"): "а", ("ой", "loct", "femn"): "а", ("у", "accs", "femn"): "а",
}
SURNAME_STEM = re.compile(r"(?:ов|ев|ёв|ин|ын)$")


def suffix_surname(word: str, case: str, gender: str | None) -> str | None:
    """The nominative of an unknown -ов/-ев/-ин surname by its ending, or None."""
    for (ending, c, g), nominative_ending in SURNAME_ENDINGS.items():
        if c in CASE_FRIENDS.get(case, {case}) and g == gender and word.lower().endswith(ending):
            base = word[: len(word) - len(ending)]
            if SURNAME_STEM.search(base.lower()) and len(base) > 3:
                return base + nominative_ending
    return None
