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
    ("Башкортостанстат: цены на овощи за месяц снизились на 3%", STAT + "Республике Башкортостан",
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
]

SESSION9_WRONG = [
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
]


@pytest.mark.parametrize("text, wrong", SESSION9_NO_PERSON)
def test_regression_no_such_person_session9(parser, text, wrong):
    assert wrong not in {p.name for p in parser.parse(text).people}


SESSION9_PLACES = [
    # a town in the locative the tagger reads as an adjective with the town's own lemma
    ("Договор займа сегодня в Иванове подписали директор фонда и глава завода.", "Иваново", "city"),
    ("Вчера в Кемерове открыли новый корпус больницы.", "Кемерово", "city"),
]


@pytest.mark.parametrize("text, name, kind", SESSION9_PLACES)
def test_regression_place_session9(parser, text, name, kind):
    places = {p.name: p.kind for p in parser.parse(text).places}
    assert places.get(name) == kind, places
