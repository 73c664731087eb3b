"""``администрации Города Томска``: a city whose charter names it with a capital ``Город`` is written so
by the text mid-sentence; every body named after the city takes the text's capital (``Администрация
Города Томска``, ``Департамент финансов администрации Города Томска``: press13 06, press20 02), also
where a mention leaves the word out (``администрации Томска``) or a unit is named from its parent."""

from __future__ import annotations

import re
from typing import Any

from .org_context import Candidate

# ``Города Томска`` after a lower-case word: no sentence's capital
CAPITAL_CITY = re.compile(r"(?<=[а-яё,] )Города ([А-ЯЁ][а-яё-]+)")


def keep_city_capitals(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    if "Города " not in analysis.text:
        return  # most texts: a substring test before the regex's scan
    cities = set(CAPITAL_CITY.findall(analysis.text))
    if not cities:
        return
    for cs in groups.values():
        for c in cs:
            for city in cities:
                c.name = c.name.replace(f"города {city}", f"Города {city}")
