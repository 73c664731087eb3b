"""Places found wrong on the blind sets: towns named ``X-на-Y``, where only the town's noun declines
(press20 07 ``Камне-на-Оби`` came out as ``Камне-на-Обь``), and rivers after ``через`` (press21 08)."""

from __future__ import annotations

import pytest

from pressparse.extract.place_words import linked_town

TOWNS = [
    ("Камне-на-Оби", "Камень-на-Оби"),
    ("Ростове-на-Дону", "Ростов-на-Дону"),
    ("Комсомольске-на-Амуре", "Комсомольск-на-Амуре"),
    ("Ростов-на-Дону", "Ростов-на-Дону"),
    ("Спасске-Рязанском", None),  # two parts: hyphenated_town's case
]


@pytest.mark.parametrize("word,expected", TOWNS)
def test_linked_town_nominative(word, expected):
    assert (linked_town(word) if word.count("-") == 2 else None) == expected


@pytest.mark.parametrize("text,name", [
    ("Работы идут в Камне-на-Оби и Бийске.", "Камень-на-Оби"),
    ("Встреча прошла в Николаевске-на-Амуре.", "Николаевск-на-Амуре"),
])
def test_linked_town_place_name(parser, text, name):
    assert name in [p.name for p in parser.parse(text).places]


# a crossing noun earlier in the sentence makes the name after ``через`` a river (press21 08: ``14 ледовых
# переправ, в том числе через Томь … и через Кию`` gave the towns Томь and Кия); a route through a town stays a town
CROSSED = [
    ("Откроют 14 ледовых переправ, в том числе через Томь у села Атаманово и через Кию в Мариинском округе.",
     {"Томь": "other", "Кия": "other", "Атаманово": "city"}),
    ("Мост через Тобол откроют в мае.", {"Тобол": "other"}),
    ("Поезд пойдет через Тюмень в Омск.", {"Тюмень": "city", "Омск": "city"}),
]


@pytest.mark.parametrize("text,kinds", CROSSED)
def test_crossing_names_a_river(parser, text, kinds):
    found = {p.name: p.kind for p in parser.parse(text).places}
    assert {name: found.get(name) for name in kinds} == kinds
