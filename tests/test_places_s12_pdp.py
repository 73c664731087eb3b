"""Places, session 12 helper pdp: unknown names the text puts inside a town are districts (press15,
press16), and a town's adjective before such a part names the town, not its region."""

from __future__ import annotations

import pytest


def places_of(parser, text):
    return {p.name: (p.kind, sorted(m.text for m in p.mentions)) for p in parser.parse(text).places}


CASES = [
    # press16 02: "на Ржевке" (a town is "в" it) is a part of the city
    ("Трамвайный парк модернизируют на Ржевке в Санкт-Петербурге.", "Ржевка", ("district", ["Ржевке"])),
    # press16 10: "в районе X"
    ("Центр открылся в районе Хорошёво-Мнёвники.", "Хорошёво-Мнёвники", ("district", ["Хорошёво-Мнёвники"])),
    # press15 09: the district noun before a list of names
    ("Маршруты пустят от микрорайонов Южный и Мигалово до завода.", "микрорайон Мигалово", ("district", ["Мигалово"])),
    # press16 04: a town's adjective before the name; the adjective is the town's (gold: Новосибирск)
    ("Проекты реализуют в новосибирском Академгородке.", "Академгородок", ("district", ["Академгородке"])),
    ("Проекты реализуют в новосибирском Академгородке.", "Новосибирск", ("city", ["новосибирском"])),
    # an uninflected name after "на" may be the accusative of a town: no cue
    ("Рейсы на Ишим и Таганай продлят.", "Таганай", ("city", ["Таганай"])),
    # press16 03: "в Черском" is the town Черский, not the surname's locative
    ("«Уголь для школы в Черском везут авиацией», – сказал он.", "Черский", ("city", ["Черском"])),
    # press6 07: a lowercase country adjective before a company noun the tagger thought animate
    ("Договор подписал директор китайского автоконцерна Чжао Липин.", "Китай", ("country", ["китайского"])),
    ("Контракт получила американская компания.", "США", ("country", ["американская"])),
    # press15 04: the town's adjective in a text naming the town but not its region is the town's
    ("Для томского политеха СХК — партнер. Церемония прошла в Томске.", "Томск", ("city", ["Томске", "томского"])),
    # a capitalized adjective before an institution noun is the institution's name
    ("Кузбасский технопарк открылся.", "Кемеровская область", None),
    # press16 07: a town named by an adjective before a branch noun is the branch's name
    ("Проект курирует директор Заполярного филиала «Норникеля» Олег Ткачук.", "Заполярный", None),
    ("Школу построят в Заполярном.", "Заполярный", ("city", ["Заполярном"])),
    # press16 07: a landform whose adjective starts the district the text names is that district
    ("Соглашение действует в Таймырском Долгано-Ненецком муниципальном районе. Поселки Таймыра получат суда.",
     "Таймырский Долгано-Ненецкий муниципальный район",
     ("district", ["Таймыра", "Таймырском Долгано-Ненецком муниципальном районе"])),
    ("Весенний паводок на Ишиме затопил дачи в Ишимском районе.", "Ишим", ("other", ["Ишиме"])),
    # press16 02, press6 10: buildings where things happen are places (gold kind other)
    ("Церемония прошла в Смольном в присутствии вице-губернатора.", "Смольный", ("other", ["Смольном"])),
    ("В Мраморном дворце открылась выставка.", "Мраморный дворец", ("other", ["Мраморном дворце"])),
    # press6 03: a town NER read as a surname, listed with a town that is only a place
    ("Роспотребнадзор выявил нарушения в школьных столовых Иванова и Кинешмы.", "Иваново", ("city", ["Иванова"])),
    ("Доклад Иванова и Петрова заслушали депутаты.", "Иваново", None),
    # press4 11: a foreign province is a region (as in geo_names)
    ("Иркутская область и провинция Хэйлунцзян подписали соглашение.", "Хэйлунцзян", ("region", ["Хэйлунцзян"])),
    # press5 09: "Академгородок" is a town's quarter by its name
    ("Церемония прошла сегодня в Академгородке.", "Академгородок", ("district", ["Академгородке"])),
    # press 04: a sentence's first word after an opening quote is capitalized for that alone
    ("«Саратовская химическая промышленность испытывает дефицит технологов», — сказал ректор.",
     "Саратовская область", ("region", ["Саратовская"])),
    # press11 08: a numbered road after "участке" (a stretch of it); the mention is the code
    ("Больше всего аварий на участке Р-239 между Оренбургом и Соль-Илецком.", "трасса Р-239", ("other", ["Р-239"])),
    # press15 09: a microdistrict is named like a street, kind district (gold 'микрорайон Южный')
    ("Маршруты пустят от микрорайонов Южный и Мигалово до завода.", "микрорайон Южный",
     ("district", ["микрорайонов Южный"])),
    ("Дом сдали в микрорайоне Юбилейном.", "микрорайон Юбилейный", ("district", ["микрорайоне Юбилейном"])),
    # press14 05: a former district beside the municipal district of its adjective is that territory
    ("Выборы прошли в Цивильском муниципальном округе. Избран бывший глава Цивильского района.",
     "Цивильский район", None),
    # press14 09: the next settlement of a list after one the gazetteer lacks (NER read it as a surname)
    ("Компания оказывает услуги абонентам в селах Тукаевского района — Круглом Поле и Бетьках, хотя лицензии нет.",
     "Бетьки", ("city", ["Бетьках"])),
    # a region's adjective elsewhere stays the region's
    ("Новосибирская область и новосибирские ученые подписали план.", "Новосибирская область",
     ("region", ["Новосибирская область", "новосибирские"])),
]


@pytest.mark.parametrize("text,name,expected", CASES)
def test_places_s12_pdp(parser, text, name, expected):
    assert places_of(parser, text).get(name) == expected
