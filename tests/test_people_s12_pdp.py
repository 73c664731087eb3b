"""People, session 12 helper pdp: a lone name that is another case of a place the text names
(press11 07) or a title the text writes before a republic (press16 08) is no person."""

from __future__ import annotations

import pytest

CASES = [
    ("Визит-центр построят в селе Ширяево. Министр поручил подготовить маршруты автобусов до Ширяева.", []),
    ("Соглашение подписали в присутствии Раиса Республики Татарстан Рустама Минниханова. "
     "«Это будет город электрических грузовиков», — добавил Раис.", ["Рустам Минниханов"]),
    # a person introduced in full keeps the lone mentions
    ("Директор Анна Ширяева приехала в село Ширяево. Ширяева открыла школу.", ["Анна Ширяева"]),
    ("Слово взял Раис Сулейманов. «Мы готовы», — добавил Раис.", ["Раис Сулейманов"]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_people_s12_pdp(parser, text, expected):
    assert [p.name for p in parser.parse(text).people] == expected
