"""Organizations, session 12 (orgs helper): what broke on press16, in sentences of our own."""

from __future__ import annotations

import pytest


def org_texts(parser, text):
    return {m.text for o in parser.parse(text).organizations for m in o.mentions}


NOT_ORGANIZATIONS = [
    # ``ОМС`` is the compulsory medical insurance programme, not a body (its fund is ТФОМС)
    ("oms_programme", "Клиника оказывала помощь в рамках программы ОМС. Проверки ОМС показали нарушения.", "ОМС"),
    ("oms_tariff", "С 1 января услуги центра будет оплачивать фонд по тарифам ОМС.", "ОМС"),
]


@pytest.mark.parametrize("case,text,absent", NOT_ORGANIZATIONS, ids=[c[0] for c in NOT_ORGANIZATIONS])
def test_not_organizations(parser, case, text, absent):
    assert absent not in org_texts(parser, text)


def groups_of(parser, text):
    return [{m.text for m in o.mentions} for o in parser.parse(text).organizations]


MERGED = [
    # an institute's abbreviation spells its head words before the parent's abbreviation or eponym
    ("institute_before_eponym",
     "Победил сотрудник Института ядерной физики им. Г.И. Будкера СО РАН. Работы пройдут совместно с ИЯФ.",
     {"ИЯФ"}),
    # ... and keeps the conjunction's lowercase ``и``
    ("institute_lowercase_i",
     "Больше всего побед у Института цитологии и генетики СО РАН. Лабораторию возглавит сотрудник ИЦиГ.",
     {"ИЦиГ"}),
]


@pytest.mark.parametrize("case,text,abbr", MERGED, ids=[c[0] for c in MERGED])
def test_abbreviation_joins_institute(parser, case, text, abbr):
    groups = groups_of(parser, text)
    holder = next(g for g in groups if abbr & g)
    assert any(t.startswith("Института") for t in holder), groups


COLLOQUIAL = [
    # ``Совмин`` is the colloquial ``Совет министров`` of the republic the text names
    ("sovmin_republic", "Глава Республики Крым подписал указ о Совете министров Республики Крым. "
     "Ранее он работал в аппарате Совмина.", "Совмина", "Совет министров Республики Крым"),
]


@pytest.mark.parametrize("case,text,mention,name", COLLOQUIAL, ids=[c[0] for c in COLLOQUIAL])
def test_colloquial_body(parser, case, text, mention, name):
    holder = next(o for o in parser.parse(text).organizations if mention in {m.text for m in o.mentions})
    assert holder.name == name


PARENT_SPELLED = [
    # a unit named with its parent's abbreviation takes the parent's full name the text writes out
    ("unit_of_abbreviated_department",
     "Департамент здравоохранения города Москвы (ДЗМ) открыл центр. Работой займется начальник "
     "управления медицинской реабилитации ДЗМ.", "управления медицинской реабилитации ДЗМ",
     "Управление медицинской реабилитации Департамента здравоохранения города Москвы"),
]


@pytest.mark.parametrize("case,text,mention,name", PARENT_SPELLED, ids=[c[0] for c in PARENT_SPELLED])
def test_parent_spelled(parser, case, text, mention, name):
    holder = next(o for o in parser.parse(text).organizations if mention in {m.text for m in o.mentions})
    assert holder.name == name


def test_named_abbreviation_kept(parser):
    # ``Калининской АЭС`` is a name of its own (adjective + abbreviation), not a parent to spell out
    text = ("Калининская атомная станция (АЭС) провела проверку. Об итогах рассказали в отделе "
            "коммуникаций Калининской АЭС.")
    names = {o.name for o in parser.parse(text).organizations}
    assert not any("Калининской Калининской" in n for n in names), names
