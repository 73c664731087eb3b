"""Session 9: obligations in constructions press14 showed, in sentences of our own, run through the
whole parser (parties given by name)."""

from __future__ import annotations

import pytest


def duties(parser, text):
    doc = parser.parse(text)
    names = {o.id: o.name for o in doc.organizations} | {p.id: p.name for p in doc.people}
    return [(o.action, tuple(names.get(i, i) for i in o.parties)) for o in doc.obligations]


# (name, text, expected (action, party names)) -- only the rows listed must be present, in order
PARTIES = [
    # "власти" with an adjective of level or place: the agreement's side that governs there
    ("regional_authorities_are_the_regional_side",
     "Министерство строительства России и правительство Омской области подписали соглашение о строительстве моста. "
     "Областные власти обязуются подготовить проект до 1 мая 2027 года.",
     [("подготовить проект до 1 мая 2027 года", ("Правительство Омской области",))]),
    ("city_authorities_are_the_city_side",
     "Администрация города Тулы и ООО «Дорсервис» подписали соглашение о ремонте дорог. "
     "Городские власти обязуются выделить участок, а компания должна построить парковку.",
     [("выделить участок", ("Администрация города Тулы",)), ("построить парковку", ("ООО «Дорсервис»",))]),
    ("authorities_named_by_a_place_adjective",
     "АО «Газпром газораспределение Томск» и правительство Томской области заключили соглашение. "
     "Томские власти обязуются подготовить площадки, а компания — проложить газопровод.",
     [("подготовить площадки", ("Правительство Томской области",)),
      ("проложить газопровод", ("АО «Газпром газораспределение Томск»",))]),
    ("promise_of_authorities_outside_an_agreement_is_none",
     "Мэр Самары Иван Орлов пообещал, что городские власти выполнят все просьбы жителей.", []),
    # a descriptive noun the organizations layer tied to a body first named later
    ("agency_noun_before_a_ministry_named_later_is_the_agency_side",
     "Федеральное агентство лесного хозяйства и правительство Карелии подписали соглашение. "
     "Согласно документу, ведомство обеспечит авиационную охрану лесов. "
     "Контроль за исполнением возложен на министерство природных ресурсов Карелии.",
     [("обеспечить авиационную охрану лесов", ("Федеральное агентство лесного хозяйства",))]),
    # "Контроль за X возложен на Y": a sentence-opening task noun the tagger read as a name
    ("control_laid_on_a_ministry",
     "Правительство Тверской области и АО «Северный порт» подписали соглашение. "
     "Контроль за ходом строительства возложен на министерство транспорта Тверской области.",
     [("контролировать ход строительства", ("Министерство транспорта Тверской области",))]),
    ("control_laid_on_a_deputy_governor",
     "Администрация Курской области и ООО «Агроинвест» заключили соглашение. "
     "Контроль за выполнением соглашения возложен на заместителя губернатора Ивана Петрова.",
     [("контролировать выполнение соглашения", ("Иван Петров",))]),
    # a doer after the verb followed by "— ... он должен": the action stops before the dash
    ("doer_after_verb_then_dashed_second_duty",
     "Министерство культуры Чувашии и Фонд капремонта республики подписали соглашение о ремонте театра. "
     "Работы выполнит ООО «Стройтех» — завершить их оно должно до 1 июля 2027 года.",
     [("выполнить работы", ("ООО «Стройтех»",)), ("завершить работы до 1 июля 2027 года", ("ООО «Стройтех»",))]),
    # of two parsed subjects, the body the verb agrees with ("участки концессионер должен")
    ("fronted_plural_object_and_singular_doer",
     "Администрация Шахт и ООО «Водоканал Плюс» заключили концессионное соглашение. "
     "Изношенные сети на улице Ленина концессионер должен заменить до конца 2027 года.",
     [("заменить изношенные сети на улице Ленина до конца 2027 года", ("ООО «Водоканал Плюс»",))]),
    # a resident of a ТОР or ОЭЗ, an "арендатор": the company
    ("resident_is_the_company",
     "Корпорация развития Дальнего Востока и ООО «Камчатский краб» заключили соглашение о деятельности в ТОР. "
     "Резидент должен создать 120 рабочих мест до конца 2028 года.",
     [("создать 120 рабочих мест до конца 2028 года", ("ООО «Камчатский краб»",))]),
]


@pytest.mark.parametrize("name, text, expected", PARTIES, ids=[c[0] for c in PARTIES])
def test_session9_parties(parser, name, text, expected):
    got = duties(parser, text)
    if not expected:
        assert got == []
        return
    rest = iter(got)
    for row in expected:
        assert row in rest, (row, got)
