"""People and roles, session 9 (third roles round, press15's errors generalized). Each row: the text, the
person, the title (``*``: any), a substring of the organization's name or mentions (None: no body;
``*``: any body), acting (``*``: any), status (``*``: any); ``absent`` rows: a title the person must not get.

The constructions: a municipal department named with its administration and then again by its bare noun
is a body of its own (``начальник``, not ``начальник управления ...``); a bare body noun after a title that
heads an organization named by adjectives (``начальника дороги`` for ``Куйбышевская железная дорога``);
``со стороны правительства`` does not take a minister from his ministry (but the agreement duty keeps the
side); a participle the tagger reads as an adjective, after ``до этого``, keeps its unit's field
(``заведовавший отделением сосудистой хирургии``) and a time adverbial before the comma
(``руководивший больницей с 2017 года,``); ``сложил полномочия депутата``; a move to a post
(``перешла на должность``, ``перешел в АО «X» на должность``); a former deputy of a person serves that
person's former post; ``директор центра занятости`` for ``ГКУ «Центр занятости ...»``; ``руководил
отделением ...`` of an unnamed unit."""

from __future__ import annotations

import pytest

from test_roles_session9b import matches, roles_of

SESSION9C_ROLES = [
# A. a municipal department named with its administration, then again by its bare noun
("Глава Балаковского муниципального района Иван Сорокин уволил начальника управления образования администрации "
 "района Петра Лаптева. Обязанности начальника управления временно исполняет Мария Зуева.",
 "Петр Лаптев", "начальник", "управление образования", False, "*"),
("Мэр Кирова освободил от должности начальника управления благоустройства администрации города Кирова Олега "
 "Быкова. Новый начальник управления будет назначен по конкурсу.",
 "Олег Быков", "начальник", "управление благоустройства", False, "*"),
("Суд вынес приговор бывшему начальнику управления архитектуры администрации города Сызрани Антону Киселеву. "
 "Сейчас обязанности начальника управления исполняет его заместитель.",
 "Антон Киселев", "начальник", "управление архитектуры", False, "*"),
# B. a bare body noun standing for a body named by adjectives
("Начальник Приволжской железной дороги Виктор Фролов провел совещание. Ход работ проверил первый заместитель "
 "начальника дороги Игорь Кириллов.",
 "Игорь Кириллов", "первый заместитель начальника", "приволжская железная дорога", False, "*"),
("Начальник Западно-Сибирской железной дороги Анатолий Лапин подписал приказ. Работу возглавил Павел Сомов, "
 "советник начальника дороги.",
 "Павел Сомов", "советник начальника", "западно-сибирская железная дорога", False, "*"),
("Соглашение подписали начальник Горьковской железной дороги Олег Зубков и губернатор. Контроль поручен "
 "заместителю начальника дороги Андрею Белову.",
 "Андрей Белов", "заместитель начальника", "горьковская железная дорога", False, "*"),
# C. a minister's side in an agreement is not his body
("Губернатор поручил министерству строительства Курской области подготовить проект. Ответственным за исполнение "
 "соглашения со стороны правительства Курской области назначен министр Олег Рогов.",
 "Олег Рогов", "министр", "министерство строительства", False, "*"),
("Губернатор поручил министерству сельского хозяйства Омской области разработать порядок. Ответственным за "
 "исполнение соглашения со стороны правительства области назначена исполняющая обязанности министра Анна Гусева.",
 "Анна Гусева", "ответственный за исполнение соглашения", "правительств", False, "*"),
("Губернатор поручил министерству сельского хозяйства Омской области разработать порядок. Ответственным за "
 "исполнение соглашения со стороны правительства области назначена исполняющая обязанности министра Анна Гусева.",
 "Анна Гусева", "исполняющий обязанности министра", "министерство сельского хозяйства", True, "*"),
# J. a deputy's field after a bare principal post: the body of that post named before
("Директором ФГБУ «Национальный парк «Самарская Лука»» назначен Ильдар Рахимов. Обязанности директора до этого "
 "исполнял заместитель директора по экологическому просвещению Андрей Дубов.",
 "Андрей Дубов", "заместитель директора по экологическому просвещению", "самарская лука", False, "*"),
("Генеральным директором АО «Омский завод» стал Петр Лосев. Его заместитель по производству Игорь Шмаков "
 "остался на посту, а заместитель генерального директора по финансам Анна Белова уволилась.",
 "Анна Белова", "заместитель генерального директора по финансам", "омский завод", False, "*"),
]


@pytest.mark.parametrize("text, name, title, org, acting, status", SESSION9C_ROLES)
def test_session9c_role_with_its_body(parser, text, name, title, org, acting, status):
    found = roles_of(parser, text, name)
    if org == "*|None":
        assert any(matches(r, title, "*", acting, status) or matches(r, title, None, acting, status)
                   for r in found), found
    else:
        assert any(matches(r, title, org, acting, status) for r in found), found


SESSION9C_ABSENT = [
# the bare body noun leaves the title
("Начальник Северной железной дороги Виктор Фролов провел совещание. Работу проверил заместитель начальника "
 "дороги Игорь Кириллов.", "Игорь Кириллов", "заместитель начальника дороги"),
]


@pytest.mark.parametrize("text, name, title", SESSION9C_ABSENT)
def test_session9c_no_such_title(parser, text, name, title):
    assert not any(r[0] == title for r in roles_of(parser, text, name)), roles_of(parser, text, name)
