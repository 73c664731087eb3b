"""People and roles, session 10 (press16's blind errors): the verbs and participles of leading a body
(``возглавлять``, ``руководить``) with words between them and the body. Each row: the text, the person, the
title, a substring of the organization's name or mentions (None: no body; ``*``: any body), acting, status.

The constructions: a time adverbial between the body and the verb (``Министерство ... с 9 ноября возглавляет
X``); a reference word with its field (``комитет по социальной политике возглавлял X``); a duration before a
participle (``X, последние шесть лет руководившая ГБУЗ «...»``); a participle clause or a place abbreviation
between the verb and the named body (``возглавлял упраздненное в 2024 году Министерство ...``,
``руководил СПб ГКУ «...»``)."""

from __future__ import annotations

import pytest

from test_roles_session9b import matches, roles_of

LEADING_ROLES = [
# A. a time adverbial between the body before the verb and the verb (press16 03)
("Министерство экономики Республики Саха (Якутия) с 9 ноября возглавляет Егор Захаров.",
 "Егор Захаров", "руководитель", "министерство экономики", False, "current"),
("Государственную инспекцию труда в Курской области с августа возглавляет Ирина Котова.",
 "Ирина Котова", "руководитель", "инспекци", False, "current"),
("Управление ветеринарии Курской области с 2021 года возглавляет Олег Смирнов.",
 "Олег Смирнов", "руководитель", "управление ветеринарии", False, "current"),
# B. a reference word with its field after ``по`` before the verb (press16 01)
("Доработкой занимался комитет Народного Собрания по социальной политике. Ранее комитет по социальной "
 "политике возглавлял Ахмед Рамазанов.", "Ахмед Рамазанов", "руководитель", "по социальной политике", False,
 "former"),
("Вопрос рассмотрел комитет Законодательного Собрания Пермского края по бюджету и налогам. До октября комитет "
 "по бюджету возглавлял Павел Орлов.", "Павел Орлов", "руководитель", "по бюджету", False, "former"),
("Проект поддержал комитет Государственного Совета Республики Татарстан по экологии. Прежде комитет по экологии "
 "возглавлял Рустам Галиев.", "Рустам Галиев", "руководитель", "по экологии", False, "former"),
# C. a duration before a participle after the name (press16 09)
("Новым министром здравоохранения назначена Мария Аркадьевна Белоусова, последние шесть лет руководившая "
 "ГБУЗ РК «Республиканская клиническая больница им. Н.А. Семашко».", "Мария Аркадьевна Белоусова",
 "руководитель", "семашко", False, "former"),
("Директором театра стал Илья Носов, несколько лет возглавлявший ГАУК «Театр юного зрителя».",
 "Илья Носов", "руководитель", "театр юного зрителя", False, "former"),
("Совет возглавит Анна Ким, последние два года руководившая АНО «Центр поддержки экспорта Приморского края».",
 "Анна Ким", "руководитель", "центр поддержки экспорта", False, "former"),
# D. a participle clause or a place abbreviation between the verb and the named body (press16 12, 02)
("Выступил Олег Кыпчаков. Ранее он возглавлял упраздненное в 2024 году Министерство природных ресурсов, "
 "экологии и туризма Республики Алтай.", "Олег Кыпчаков", "руководитель", "природных ресурсов", False, "former"),
("Выступил Артем Ефимов. До назначения он руководил СПб ГКУ «Дирекция транспортного строительства».",
 "Артем Ефимов", "руководитель", "дирекция транспортного строительства", False, "former"),
("Слово взяла Ольга Ли. С 2022 года она руководит созданным в 2020 году ГАУ «Центр развития туризма "
 "Камчатского края».", "Ольга Ли", "руководитель", "центр развития туризма", False, "current"),
("Выступил Иван Дроздов. Раньше он возглавлял ликвидированное ООО «Северные сети».",
 "Иван Дроздов", "руководитель", "северные сети", False, "former"),
]


@pytest.mark.parametrize("text,name,title,org,acting,status", LEADING_ROLES)
def test_session10_leading_verb_reaches_its_body(parser, text, name, title, org, acting, status):
    found = roles_of(parser, text, name)
    assert any(matches(r, title, org, acting, status) for r in found), found


# A successor takes the post its predecessor left: when the predecessor was appointed away, the post told
# before the appointment, not the new one (press16 01: ``Ранее комитет возглавлял X, в сентябре назначенный
# заместителем Председателя Правительства. Его преемница Y``). Each row: text, successor, title, body
# substring (None: no body), a title the successor must not get.
SUCCESSORS = [
("Ранее комитет Государственного Совета Республики Татарстан по экологии возглавлял Рустам Галиев, в сентябре "
 "назначенный министром экологии. Его преемница Нина Лосева руководит комитетом с 1 октября.",
 "Нина Лосева", "руководитель", "по экологии", "министр экологии"),
("Глава Ботлихского района Ахмед Омаров назначен министром сельского хозяйства Республики Дагестан. Его преемник "
 "Руслан Алиев приступит к работе в понедельник.", "Руслан Алиев", "глава", None, "министр сельского хозяйства"),
("Директор ГБУЗ «Областная больница № 3» Олег Панов назначен заместителем министра здравоохранения Челябинской "
 "области. Его преемником стал Игорь Рябов.", "Игорь Рябов", "директор", "областная больница",
 "заместитель министра здравоохранения"),
]


@pytest.mark.parametrize("text,name,title,org,wrong", SUCCESSORS)
def test_session10_successor_takes_the_post_left(parser, text, name, title, org, wrong):
    found = roles_of(parser, text, name)
    assert any(matches(r, title, org, False, "*") for r in found), found
    assert not any(r[0] == wrong for r in found), found
