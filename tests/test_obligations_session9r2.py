"""Session 9 round 2: obligations in constructions press15 showed, in sentences of our own, run through
the whole parser (parties given by name): a pronoun object spelled as the thing it stands for, a
region's informal name as the agreement's state side, a modifier the tagger read as a noun."""

from __future__ import annotations

import pytest

from test_obligations_session9 import duties

# (name, text, expected (action, party names)) -- only the rows listed must be present, in order
CASES = [
    # press15 04: "Возглавит ее X" -> the previous sentence's subject
    ("pronoun_object_is_the_previous_subject",
     "ПАО «Северсталь» и Череповецкий государственный университет подписали соглашение о создании кафедры. Базовая "
     "кафедра начнет работу с 1 сентября 2027 года на площадке комбината. Возглавит ее главный инженер ПАО «Северсталь» "
     "Олег Смирнов.",
     [("возглавить базовую кафедру", ("Олег Смирнов",))]),
    ("pronoun_object_is_the_previous_subject_elsewhere",
     "АО «Ижевский радиозавод» и Удмуртский государственный университет заключили соглашение о создании лаборатории. "
     "Совместная лаборатория начнет работу в январе 2027 года в корпусе университета. Возглавит ее главный конструктор "
     "АО «Ижевский радиозавод» Марина Волкова.",
     [("возглавить совместную лабораторию", ("Марина Волкова",))]),
    # press15 11 and 07: a pronoun after a second infinitive is the thing the first one names
    ("pronoun_object_after_a_coordinated_infinitive",
     "ФГБУ «Национальный парк «Таганай»» и министерство экологии Челябинской области подписали соглашение. "
     "ФГБУ «Национальный парк «Таганай»» обязуется до 1 июня 2027 года проложить маршрут, оборудовать его скамейками "
     "и указателями.",
     [("оборудовать маршрут скамейками и указателями", ("ФГБУ «Национальный парк «Таганай»»",))]),
    ("pronoun_object_in_an_elliptical_second_task",
     "Правительство Самарской области и АО «Самарский вокзал» подписали соглашение. Компания обязуется в 2027 году "
     "приступить к реконструкции вокзала, а завершить ее до конца 2028 года.",
     [("завершить реконструкцию вокзала до конца 2028 года", ("АО «Самарский вокзал»",))]),
    # press15 06: a region's informal name is the agreement's state side of that region
    ("region_name_is_its_ministry_side",
     "Министерство здравоохранения Ставропольского края и ООО «Медстрой» подписали концессионное соглашение. "
     "Ставрополье, со своей стороны, берет на себя выплату капитального гранта в размере 2 млрд рублей.",
     [("выплачивать капитальный грант в размере 2 млрд рублей", ("Министерство здравоохранения Ставропольского края",))]),
    ("region_name_is_its_committee_side",
     "Комитет по транспорту Ленинградской области и ООО «Автолайн» подписали соглашение. "
     "Ленинградская область, в свою очередь, берет на себя содержание остановочных павильонов.",
     [("содержать остановочные павильоны", ("Комитет по транспорту Ленинградской области",))]),
]


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_session9_r2_obligations(parser, name, text, expected):
    got = duties(parser, text)
    rest = iter(got)
    for row in expected:
        assert row in rest, (row, got)
