"""Places, session 13 helper adp: one road by its code, a town NER took for a surname in a list
joined by ``или`` (press17 01, 04)."""

from __future__ import annotations

import pytest


def places_of(parser, text):
    return {p.name: (p.kind, sorted(m.text for m in p.mentions)) for p in parser.parse(text).places}


CASES = [
    # press17 01: "трассе М-8" and "автомобильной дороги М-8 «Холмогоры»" are one road, named in full
    ("Подрядчик не будет перекрывать трассу М-8. Мост стоит на км 468 автомобильной дороги М-8 «Холмогоры».",
     "автомобильная дорога М-8 «Холмогоры»", ("other", ["автомобильной дороги М-8 «Холмогоры»", "трассу М-8"])),
    ("Движение по трассе М-4 «Дон» ограничат, объезд по трассе М-4 займет час.",
     "трасса М-4 «Дон»", ("other", ["трассе М-4", "трассе М-4 «Дон»"])),
    # press17 06: a canal shortened in the title is the canal named in full in the body
    ("АМП заключила контракт на дноуглубление Волго-Каспийского канала. Работы пройдут на Волго-Каспийском "
     "морском судоходном канале и в акватории порта.", "Волго-Каспийский морской судоходный канал",
     ("other", ["Волго-Каспийского канала", "Волго-Каспийском морском судоходном канале"])),
    # press17 04: "Ефремова или Новомосковска" is a list of towns, not a surname
    ("Следующий шаг – чтобы жителю Ефремова или Новомосковска не приходилось приходить в МФЦ.",
     "Ефремов", ("city", ["Ефремова"])),
]


@pytest.mark.parametrize("text,name,expected", CASES)
def test_places_s13_adp(parser, text, name, expected):
    assert places_of(parser, text)[name] == expected


# press18 05, 11: a заповедник is an institution (an organization in the gold), not a place; a заказник is a territory
ABSENT = [
    ("В прошлом году Кроноцкий заповедник и Южно-Камчатский заказник посетили 9,8 тыс. человек.",
     "Кроноцкий заповедник", "Южно-Камчатский заказник"),
]


@pytest.mark.parametrize("text,absent,present", ABSENT)
def test_reserve_is_no_place_s13_adp(parser, text, absent, present):
    names = places_of(parser, text)
    assert absent not in names and present in names
