"""Towns named ``X-на-Y``: only the town's noun declines (press20 07 ``Камне-на-Оби`` came out as
``Камне-на-Обь``)."""

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
