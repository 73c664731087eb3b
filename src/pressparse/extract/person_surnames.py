"""Unknown Russian surnames read by their ending (``Пестову`` -> ``Пестов``, ``Гриня`` -> ``Гринь``)."""

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

# a man's surname in -ь declines like a soft noun (``Павла Гриня`` -> Гринь, ``Ковалю`` -> Коваль); a
# woman's does not decline, and ``Гогия``-like surnames (a vowel before the ending) do not either
SOFT_ENDINGS = {("я", "gent"): "ь", ("я", "accs"): "ь", ("ю", "datv"): "ь", ("ем", "ablt"): "ь", ("е", "loct"): "ь"}
SOFT_STEM = re.compile(r"[бвгджзклмнпрстфхцчшщ]$")


def suffix_surname(word: str, case: str, gender: str | None) -> str | None:
    """The nominative of an unknown -ов/-ев/-ин or masculine -ь surname by its ending, or None."""
    low = word.lower()
    for (ending, c, g), nominative_ending in SURNAME_ENDINGS.items():
        if c in CASE_FRIENDS.get(case, {case}) and g == gender and low.endswith(ending):
            base = word[: len(word) - len(ending)]
            if SURNAME_STEM.search(base.lower()) and len(base) > 3:
                return base + nominative_ending
    if gender == "masc":
        for (ending, c), nominative_ending in SOFT_ENDINGS.items():
            base = word[: len(word) - len(ending)]
            if c in CASE_FRIENDS.get(case, {case}) and low.endswith(ending) and SOFT_STEM.search(base.lower()) \
                    and len(base) > 2:
                return base + nominative_ending
    return None
