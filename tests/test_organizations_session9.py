"""Organizations and places, session 9: constructions of the blind set press14, in sentences of our own."""

from __future__ import annotations

import pytest


def orgs_of(parser, text):
    return {o.name: o for o in parser.parse(text).organizations}


def mentions(org):
    return {m.text for m in org.mentions}


STAT = "Управление Федеральной службы государственной статистики по "
ROSSTAT = "Федеральная служба государственной статистики"

SESSION9_NAMED = [
    # a Rosstat office by its own -стат name, with the subjects it serves; no person, no place
    ("По данным Петростата, население Санкт-Петербурга выросло.", STAT + "г. Санкт-Петербургу и Ленинградской области",
     {"Петростата"}),
    ("Руководитель Свердловскстата Ольга Иванова представила итоги переписи.",
     STAT + "Свердловской области и Курганской области", {"Свердловскстата"}),
    ("Башкортостанстат: цены на овощи за месяц снизились на 3%",
     "Территориальный орган Федеральной службы государственной статистики по Республике Башкортостан",
     {"Башкортостанстат"}),
    ("Мосстат опубликовал данные о зарплатах. Специалисты Мосстата отмечают рост.", STAT + "г. Москве",
     {"Мосстат", "Мосстата"}),
    # the office written out and by its short name is one office; the bare ``Росстат`` beside it is the service
    ("Управление Федеральной службы государственной статистики по Ростовской области подвело итоги. "
     "Ростовстат передал данные в Росстат.", STAT + "Ростовской области",
     {"Управление Федеральной службы государственной статистики по Ростовской области", "Ростовстат"}),
    ("Глава Новосибирскстата раньше работал в аппарате Росстата.", ROSSTAT, {"Росстата"}),
    # a federal service named bare in a regional office's release is that office, whatever its case; a
    # headline's last word is no body of the dateline's city under it
    ("Учебный центр Росгвардии откроется в вузе\n\nОмск, 3 марта 2026\n\nУправление Росгвардии по Омской "
     "области подписало соглашение с университетом. Росгвардия направит преподавателей.",
     "Управление Федеральной службы войск национальной гвардии Российской Федерации по Омской области",
     {"Росгвардии", "Управление Росгвардии по Омской области", "Росгвардия"}),
    ("Проверки Роспотребнадзора\n\nТверь, 5 мая 2026\n\nУправление Роспотребнадзора по Тверской области "
     "подвело итоги. Роспотребнадзор проверил 40 школ.",
     "Управление Федеральной службы по надзору в сфере защиты прав потребителей и благополучия человека по "
     "Тверской области", {"Роспотребнадзора", "Управление Роспотребнадзора по Тверской области", "Роспотребнадзор"}),
    # a federal fund and the region's namesake with the region's name: two funds, the abbreviation the federal one's
    ("Фонд развития промышленности (ФРП) и Фонд развития промышленности Самарской области выдали заем заводу. "
     "ФРП выделит 100 млн рублей.", "Фонд развития промышленности", {"Фонд развития промышленности", "ФРП"}),
    ("Фонд развития промышленности (ФРП) и Фонд развития промышленности Самарской области выдали заем заводу.",
     "Фонд развития промышленности Самарской области", {"Фонд развития промышленности Самарской области"}),
    # an abbreviation spelling a compound adjective with two letters (Дальне-Восточный: ДВ)
    ("Концерт дал Дальневосточный академический симфонический оркестр. Репертуар ДВАСО обновят.",
     "Дальневосточный академический симфонический оркестр",
     {"Дальневосточный академический симфонический оркестр", "ДВАСО"}),
    ("Выступил Южноуральский государственный хор. Концерты ЮУГХ пройдут в мае.",
     "Южноуральский государственный хор", {"Южноуральский государственный хор", "ЮУГХ"}),
    ("Западно-Сибирский металлургический комбинат нарастил выпуск. ЗСМК сообщил о рекорде.",
     "Западно-Сибирский металлургический комбинат", {"Западно-Сибирский металлургический комбинат", "ЗСМК"}),
    # a rural settlement's body, its adjective read as a surname by the tagger
    ("Назначена заместитель главы администрации Березовского сельского поселения Кочетова И.В.",
     "Администрация Березовского сельского поселения", {"администрации Березовского сельского поселения"}),
    ("Глава администрации Ольховского сельского поселения подписал контракт.",
     "Администрация Ольховского сельского поселения", {"администрации Ольховского сельского поселения"}),
]

SESSION9_WRONG = [
    # a budget's fund is no body
    ("Ремонт оплатят из дорожного фонда Воронежской области.", "Фонд Воронежской области"),
    ("Деньги выделят из резервного фонда Курской области.", "Фонд Курской области"),
    ("Средства резервного фонда Приморского края направят на ремонт школ.", "Фонд Приморского края"),
    # a town's port or airport is no organization (a port company is written with its quotes)
    ("Ейский порт углубят до 4,7 метра.", "Ейский порт"),
    ("В Ейском порту построят терминал.", "Ейский порту"),
    ("Новороссийский порт обработал 100 млн тонн грузов.", "Новороссийский порт"),
]


@pytest.mark.parametrize("text, name, expected", SESSION9_NAMED)
def test_regression_named_with_its_mentions_session9(parser, text, name, expected):
    orgs = orgs_of(parser, text)
    assert name in orgs, list(orgs)
    assert mentions(orgs[name]) == expected


@pytest.mark.parametrize("text, wrong", SESSION9_WRONG)
def test_regression_no_such_organization_session9(parser, text, wrong):
    assert wrong not in orgs_of(parser, text)


SESSION9_NO_PERSON = [
    ("Краснодарстат: ввод жилья на Кубани вырос на 7%", "Краснодарстат"),
    ("Свердловскстат сообщил о росте зарплат.", "Свердловскстат"),
    # a settlement's adjective natasha reads as a surname
    ("Район поддержит заявку Березовского поселения на 2028 год.", "Березовский"),
    ("Глава района пообещал, что заявку Петровского поселения поддержат.", "Петровский"),
]


@pytest.mark.parametrize("text, wrong", SESSION9_NO_PERSON)
def test_regression_no_such_person_session9(parser, text, wrong):
    assert wrong not in {p.name for p in parser.parse(text).people}


SESSION9_PLACES = [
    # a town in the locative the tagger reads as an adjective with the town's own lemma
    ("Договор займа сегодня в Иванове подписали директор фонда и глава завода.", "Иваново", "city"),
    ("Вчера в Кемерове открыли новый корпус больницы.", "Кемерово", "city"),
    # a rural settlement is a municipal district, named in the nominative though its adjective reads as a surname
    ("Глава Березовского сельского поселения ушел в отставку.", "Березовское сельское поселение", "district"),
    ("Администрация Ольховского сельского поселения объявила конкурс.", "Ольховское сельское поселение", "district"),
    ("В Ольховском сельсовете открыли клуб.", "Ольховский сельсовет", "district"),
    # a town's port: no place, its adjective the town's
    ("Ейский порт углубят, а у причалов появится пассажирский терминал.", "Ейск", "city"),
    ("Грузооборот Таганрогского порта вырос на 5%.", "Таганрог", "city"),
    ("Мурманский морской порт принял ледокол.", "Мурманск", "city"),
]

SESSION9_PLACE_MENTIONS = [
    # a settlement said short is the one said in full
    ("Глава Березовского сельского поселения ушел. Заявку Березовского поселения район поддержит.",
     "Березовское сельское поселение", {"Березовского сельского поселения", "Березовского поселения"}),
    # adjectival street names listed after a plural street word, and said again alone
    ("Первыми отремонтируют улицы Советскую и Садовую. «Асфальт на Садовой не меняли с 1998 года», — сказал он.",
     "улица Садовая", {"Садовую", "Садовой"}),
    ("Перекроют улицы Ленина и Школьную. Движение по Школьной откроют в мае.", "улица Школьная",
     {"Школьную", "Школьной"}),
    ("Ремонт затронет улицы Центральную и Полевую.", "улица Полевая", {"Полевую"}),
]

SESSION9_NO_PLACE = [
    ("Ейский порт углубят до 4,7 метра.", "Ейский порт"),
    ("Пассажиропоток Сочинского аэропорта вырос.", "Сочинский аэропорт"),
    ("Асфальт на Садовой не меняли с 1998 года, хотя улицы Советскую и Садовую ремонтировали.", "Садовой"),
]


@pytest.mark.parametrize("text, name, expected", SESSION9_PLACE_MENTIONS)
def test_regression_place_mentions_session9(parser, text, name, expected):
    places = {p.name: p for p in parser.parse(text).places}
    assert name in places, list(places)
    assert {m.text for m in places[name].mentions} == expected


@pytest.mark.parametrize("text, wrong", SESSION9_NO_PLACE)
def test_regression_no_such_place_session9(parser, text, wrong):
    assert wrong not in {p.name for p in parser.parse(text).places}


@pytest.mark.parametrize("text, name, kind", SESSION9_PLACES)
def test_regression_place_session9(parser, text, name, kind):
    places = {p.name: p.kind for p in parser.parse(text).places}
    assert places.get(name) == kind, places
