"""Place kinds that generalize (s16 places): a station of a railway route, a city's districts listed
after a plural noun, an area named ``За…ье``, a street named by an adjective and a noun in the
genitive, and a town's adjective before the town's facility (``омский театр``) or quarter, where the
text names the region too."""

from __future__ import annotations

import pytest

PLACES = [
    # (text, expected (name, kind) pairs present, names absent)
    ("В 2027 году на маршрут Чита – Карымская выйдут два новых рельсовых автобуса, сообщили в РЖД.",
     [("Чита", "city"), ("Карымская", "other")], []),
    ("Компания обслуживает перевозки в Норильске и на линиях районов Талнах и Кайеркан.",
     [("Кайеркан", "district"), ("Талнах", "district")], []),
    ("Без полива в Заволжье урожая не будет, заявили в Саратовской области.", [("Заволжье", "other")], []),
    ("Завод построят в городе Заволжье Нижегородской области.", [("Заволжье", "city")], []),
    ("Туристы поедут в Закамье, сообщили в Казани.", [("Закамье", "other")], []),
    ("В поселке Толмачево и деревне Заклинье дважды прекращалась подача тепла.", [("Заклинье", "city")], []),
    ("Сооружения в Усолье-Сибирском проверили. Мэр города Усолье-Сибирское ответила.",
     [("Усолье-Сибирское", "city")], ["Усолье-Сибирском"]),
    ("В станице Медведовской открыта школа, водовод проведут в станицу Роговскую.",
     [("Медведовская", "city"), ("Роговская", "city")], ["Медведовской", "Роговскую"]),
    ("Дороги отремонтируют в поселке Знаменском и хуторе Ленина.", [("Знаменский", "city")], []),
    ("На полях у села Подлесное хозяйство установит 14 дождевальных машин.", [("Подлесное", "city")], []),
    ("Жители села Ботлихского района пожаловались.", [], ["Ботлихский", "Ботлихского"]),
    ("В 19 часов по Московскому времени в Болгарии был открыт год.", [("Болгария", "country")],
     ["Московское время"]),
    ("Департамент разработает новую схему движения на улице Красных Партизан.",
     [("улица Красных Партизан", "other")], ["Красные Партизаны"]),
    ("Директор Омской драмы сообщил, что омский театр покажет спектакль. Министр культуры Омской области "
     "поддержал труппу.", [("Омск", "city"), ("Омская область", "region")], []),
    ("Остановочный пункт откроют в читинском микрорайоне Кенон. Правительство Забайкальского края поможет.",
     [("Чита", "city"), ("микрорайон Кенон", "district")], []),
]


@pytest.mark.parametrize("text,present,absent", PLACES)
def test_place_names_and_kinds(parser, text, present, absent):
    places = [(p.name, p.kind) for p in parser.parse(text).places]
    names = [name for name, _ in places]
    for pair in present:
        assert pair in places, places
    for name in absent:
        assert name not in names


@pytest.mark.parametrize("text,place,mention", [
    ("Омская драма и павлодарский театр договорились. Директор Омской драмы подписал соглашение в Омске.",
     None, "Омская"),  # the title's words are the theatre's name elsewhere: no place
    ("Директор Омской драмы сообщил, что омский театр покажет спектакль в Омской области.", "Омск", "омский"),
    ("Пензенская область и пензенский вокзал: вокзал отремонтируют в Пензе.", "Пенза", "пензенский"),
])
def test_town_adjective_mentions(parser, text, place, mention):
    owners = [p.name for p in parser.parse(text).places if mention in [m.text for m in p.mentions]]
    assert owners == ([place] if place else [])
