"""People in news prose, session 14 (corpus helper ``pers``). Each row: the text, then each person's name
with the mentions the layer must give."""

from __future__ import annotations

import pytest

MENTIONS = [
# an Eastern name's family name said alone later (no dictionary first name) is the person
("Экс-председатель собрания Хван Чжан Еп бежал из страны. Позже Хван выступил в США.",
 {"Хван Чжан Еп": ["Хван Чжан Еп", "Хван"]}),
# a Chinese spelling in brackets after a name is one more mention of it
("С аккаунтов писала 42-летняя выпускница Ма Лин (马凌) и её команда.", {"Ма Лин": ["Ма Лин", "马凌"]}),
# a Latin name right after a profession word is a person; a Cyrillic name after the Latin words is the holder
("Композитор-неоклассик Long Arm будет озвучивать фильм «Цирк». Основатель MySQL Майкл Видениус выступил против.",
 {"Long Arm": ["Long Arm"], "Майкл Видениус": ["Майкл Видениус"]}),
("В Москве выступит известный рэпер Snoop Dogg.", {"Snoop Dogg": ["Snoop Dogg"]}),
]


@pytest.mark.parametrize("text,people", MENTIONS)
def test_s14_name_mentions_in_news(parser, text, people):
    got = {p.name: [m.text for m in p.mentions] for p in parser.parse(text).people}
    assert got == people
