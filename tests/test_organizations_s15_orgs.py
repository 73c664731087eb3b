"""Organizations, session 15 (orgs helper): canonical names and spurious organizations seen on the
press sets, in sentences of our own."""

from __future__ import annotations

import pytest


def by_mention(parser, text):
    """mention text -> the canonical name of its organization."""
    return {m.text: o.name for o in parser.parse(text).organizations for m in o.mentions}


NAMED = [
    # a unit's name ends with the short name of a body the text names: the parent spelled as its record
    ("unit_of_ministry_short_name",
     "Министерство строительства и жилищно-коммунального хозяйства РФ провело совещание. Доклад "
     "подготовил департамент жилищно-коммунального хозяйства Минстроя России.",
     "департамент жилищно-коммунального хозяйства Минстроя России",
     "Департамент жилищно-коммунального хозяйства Министерства строительства и жилищно-коммунального "
     "хозяйства Российской Федерации"),
    ("unit_of_police_office_abbreviation",
     "Сотрудники УМВД России по Курской области задержали подозреваемого. Дело возбудило Следственное "
     "управление УМВД России по Курской области.",
     "Следственное управление УМВД России по Курской области",
     "Следственное управление Управления Министерства внутренних дел Российской Федерации по Курской области"),
    # the bare federal name in a headline is the one regional office the text names
    ("bare_service_is_its_office",
     "Ростехнадзор оштрафовал котельную\n\nИнспекторы Северо-Западного управления Ростехнадзора провели "
     "проверку котельной. Северо-Западное управление Федеральной службы по экологическому, "
     "технологическому и атомному надзору выдало предписание.",
     "Ростехнадзор",
     "Северо-Западное управление Федеральной службы по экологическому, технологическому и атомному надзору"),
    # a unit ``по`` a region right before its parent office in the genitive: one name, the parent spelled
    ("unit_before_genitive_office",
     "Ростехнадзор проверил котельную\n\nИнспекторы отдела энергетического надзора по Тверской области "
     "Центрального управления Ростехнадзора выявили нарушения.",
     "отдела энергетического надзора по Тверской области Центрального управления Ростехнадзора",
     "Отдел энергетического надзора по Тверской области Центрального управления Федеральной службы по "
     "экологическому, технологическому и атомному надзору"),
    # the text's capital ``Города`` mid-sentence is kept in every name of the city's bodies
    ("city_word_capital_in_units",
     "В администрации Омска назначен новый руководитель. Начальником департамента финансов администрации "
     "Города Омска назначен Иван Петров.",
     "департамента финансов администрации Города Омска",
     "Департамент финансов администрации Города Омска"),
    # a party's faction in the text's one legislature is an organization of its own
    ("faction_in_regional_duma",
     "Депутаты Курганской областной Думы приняли бюджет. Руководитель фракции ЛДПР Иван Петров голосовал против.",
     "фракции ЛДПР", "Фракция ЛДПР в Курганской областной Думе"),
    # gazetteer: regional parliaments by their own word, universities by their abbreviation
    ("kurultai_full_name",
     "Доклад представили на заседании Государственного Собрания – Курултая Республики Башкортостан.",
     "Государственного Собрания – Курултая Республики Башкортостан",
     "Государственное Собрание – Курултай Республики Башкортостан"),
    ("kurultai_alone_joins_parliament",
     "Доклад представили на заседании Государственного Собрания – Курултая Республики Башкортостан. "
     "Председатель Курултая поручил комитету подготовить закон.",
     "Курултая", "Государственное Собрание – Курултай Республики Башкортостан"),
    ("il_tumen_abbreviated_republic",
     "В совещании участвовали депутаты Государственного Собрания (Ил Тумэн) РС(Я).",
     "Государственного Собрания (Ил Тумэн) РС(Я)", "Государственное Собрание (Ил Тумэн) Республики Саха (Якутия)"),
    ("irnitu_abbreviation", "Меморандум подписал ректор ИРНИТУ Иван Петров.",
     "ИРНИТУ", "Иркутский национальный исследовательский технический университет"),
    ("gitis_abbreviation", "Режиссер окончил ГИТИС в 2015 году.", "ГИТИС", "Российский институт театрального искусства — ГИТИС"),
    # legal forms: a city's prefix, a form before a numbered school, spelled-out forms
    ("spb_prefix_of_legal_form", "Контракт подписало СПб ГУП «Пассажиравтотранс» в пятницу.",
     "СПб ГУП «Пассажиравтотранс»", "СПб ГУП «Пассажиравтотранс»"),
    ("legal_form_before_numbered_school", "Соглашение подписали администрация и МБОУ гимназия № 3 в среду.",
     "МБОУ гимназия № 3", "МБОУ гимназия № 3"),
    ("spelled_joint_stock_company", "Акционерное общество «Уральский турбинный завод» выпустило новую турбину.",
     "Акционерное общество «Уральский турбинный завод»", "АО «Уральский турбинный завод»"),
    ("spelled_state_institution", "Контракт заключило областное казенное учреждение «Свердловскавтодор».",
     "областное казенное учреждение «Свердловскавтодор»", "Областное казенное учреждение «Свердловскавтодор»"),
]


@pytest.mark.parametrize("case,text,mention,name", NAMED, ids=[c[0] for c in NAMED])
def test_canonical_names(parser, case, text, mention, name):
    assert by_mention(parser, text).get(mention) == name


NOT_ORGANIZATIONS = [
    # ``Текст: …, фото: …`` under the dateline names the authors: people, no credited body
    ("author_byline_under_dateline",
     "Университет открыл новую лабораторию\nТомск, 04.09.2026\nТекст: Анна Смирнова, фото: Олег Иванов\n\n"
     "Томский государственный университет открыл лабораторию.",
     "Текст: Анна Смирнова, фото: Олег Иванов"),
    # a ship's or a floating plant's quoted name is a thing's
    ("floating_plant_name",
     "В Певеке работает плавучая атомная теплоэлектростанция «Академик Ломоносов», сообщили в компании.",
     "Академик Ломоносов"),
    ("icebreaker_name", "Ледокол «Капитан Хлебников» вышел из порта Мурманск.", "Капитан Хлебников"),
]


@pytest.mark.parametrize("case,text,name", NOT_ORGANIZATIONS, ids=[c[0] for c in NOT_ORGANIZATIONS])
def test_not_organizations(parser, case, text, name):
    assert name not in {o.name for o in parser.parse(text).organizations}


def test_byline_authors_are_people(parser):
    text = ("Университет открыл новую лабораторию\nТомск, 04.09.2026\nТекст: Анна Смирнова, фото: Олег Иванов\n\n"
            "Томский государственный университет открыл лабораторию.")
    assert {"Анна Смирнова", "Олег Иванов"} <= {p.name for p in parser.parse(text).people}
