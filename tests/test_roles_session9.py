"""People and roles, session 9 (constructions of the blind set press14): a post named between a
passive verb and its holder, earlier posts in apposition, a clause on the body between a role and
its holder, duties of several people, a reference word after a verb of leading, a deputy of a named
person, a word's synonym in brackets inside a unit's name."""

from __future__ import annotations

import pytest


def people(parser, text):
    doc = parser.parse(text)
    orgs = {o.id: o for o in doc.organizations}
    return {p.name: [(r.title, org_text(orgs.get(r.organization))) for r in p.roles] for p in doc.people}


def org_text(org) -> str | None:
    if org is None:
        return None
    return " | ".join([org.name, *(m.text for m in org.mentions)]).lower().replace("ё", "е")


def held(found, name, title, org):
    """The person holds ``title``; in a body whose name or mention has ``org`` (None: no body)."""
    return any(t == title and (o is None if org is None else o is not None and org in o) for t, o in found[name])


# ``Освобождена от должности ROLE X``, ``Назначен на должность ROLE X``: a passive verb and the post
# before the role, the holder's name right after it
SESSION9_POST_GIVEN = [
    ("Губернатор подписал указ о кадровых изменениях в Правительстве Тверской области. Освобожден от должности "
     "заместителя Председателя Правительства области Олег Игоревич Рябов.", "Олег Игоревич Рябов",
     "заместитель Председателя", "правительство тверской"),
    ("Назначен на должность министра финансов области Иван Петров.", "Иван Петров", "министр финансов", None),
    ("Освобожден от занимаемой должности министра финансов области Иван Петров.", "Иван Петров",
     "министр финансов", None),
    ("Вчера назначена на должность директора школы Анна Петрова.", "Анна Петрова", "директор", None),
    ("С поста главы района освобождена Анна Петрова.", "Анна Петрова", "глава", None),
]


@pytest.mark.parametrize("text, name, title, org", SESSION9_POST_GIVEN)
def test_session9_post_between_passive_verb_and_holder(parser, text, name, title, org):
    assert held(people(parser, text), name, title, org)


# ``назначена X, до сих пор заместитель главного врача Y``: an earlier post in apposition
SESSION9_EARLIER_APPOSITION = [
    ("Министром назначена Кулагина Ирина Сергеевна, до сих пор заместитель главного врача ГБУЗ «Областная "
     "клиническая больница».", "Ирина Сергеевна Кулагина", "заместитель главного врача", "областная клиническая"),
    ("Директором назначена Анна Петрова, до недавнего времени заместитель главного врача областной больницы.",
     "Анна Петрова", "заместитель главного врача", None),
    ("В команду вошел Иван Сидоров, в прошлом председатель областного суда.", "Иван Сидоров", "председатель", None),
    ("Ректором избран Олег Лаптев, до этого проректор АНО «Университет Иннополис».", "Олег Лаптев", "проректор",
     "иннополис"),
]


@pytest.mark.parametrize("text, name, title, org", SESSION9_EARLIER_APPOSITION)
def test_session9_earlier_post_in_apposition(parser, text, name, title, org):
    assert held(people(parser, text), name, title, org)


# ``заместитель директора ФРП, подведомственного Минпромторгу России, X``: a clause in commas on the body
SESSION9_BODY_CLAUSE = [
    ("«Проект важен для отрасли», — отметил заместитель директора ФРП, подведомственного Минпромторгу России, "
     "Никита Олегович Смагин.", "Никита Олегович Смагин", "заместитель директора", "развития промышленности"),
    ("По словам директора АО «Тулачермет», входящего в холдинг «Промышленно-металлургический холдинг», "
     "Андрея Сидорова, спрос растет.", "Андрей Сидоров", "директор", "тулачермет"),
    ("Сообщила руководитель фонда «Дом», созданного правительством края, Анна Петрова.", "Анна Петрова",
     "руководитель", "дом"),
    ("Как рассказал начальник управления, подчиненного министерству, Олег Петров, работы идут.", "Олег Петров",
     "начальник управления", None),
    ("Выступил ректор университета, основанного в 1918 году, Олег Смирнов.", "Олег Смирнов", "ректор", None),
]


@pytest.mark.parametrize("text, name, title, org", SESSION9_BODY_CLAUSE)
def test_session9_clause_on_the_body_between_role_and_holder(parser, text, name, title, org):
    assert held(people(parser, text), name, title, org)


def test_session9_adjective_on_the_role_is_no_body_clause(parser):
    found = people(parser, "Об этом сказал глава компании, известный в регионе, Иван Петров.")
    assert found["Иван Петров"] == []


# ``Ответственными за X назначены A и B``: the duty is each one's; an agreement's duty is held in a
# body only when the text names the side (``со стороны университета``)
SESSION9_RESPONSIBLE = [
    ("Ответственными за реализацию соглашения назначены заместитель начальника управления полковник полиции "
     "Игорь Вахрушев и декан юридического факультета Ольга Белова.",
     {"Игорь Вахрушев": "ответственный за реализацию соглашения", "Ольга Белова":
      "ответственный за реализацию соглашения"}),
    ("Ответственными за подготовку к паводку назначены начальник отдела Петр Сомов, инженер Олег Рыков и глава "
     "поселения Анна Котова.", {name: "ответственный за подготовку к паводку"
                               for name in ("Петр Сомов", "Олег Рыков", "Анна Котова")}),
    ("Начальник управления Олег Сомов и директор школы Анна Лыкова назначены ответственными за проведение "
     "олимпиады.", {name: "ответственный за проведение олимпиады" for name in ("Олег Сомов", "Анна Лыкова")}),
    ("Ответственными за исполнение договора со стороны университета назначены проректор Олег Сомов и декан "
     "Анна Лыкова.", {name: "ответственный за исполнение договора" for name in ("Олег Сомов", "Анна Лыкова")}),
]


@pytest.mark.parametrize("text, duties", SESSION9_RESPONSIBLE)
def test_session9_duty_of_several_people(parser, text, duties):
    found = people(parser, text)
    for name, title in duties.items():
        assert title in [t for t, _ in found[name]]


def test_session9_duty_list_stops_at_a_verb(parser):
    found = people(parser, "Ответственными за проект назначены Олег Сомов, который руководит отделом, и Анна Лыкова.")
    assert "ответственный за проект" in [t for t, _ in found["Олег Сомов"]]
    assert "ответственный за проект" not in [t for t, _ in found["Анна Лыкова"]]


def test_session9_agreement_duty_without_a_side_has_no_body(parser):
    found = people(parser, "Минцифры Смоленской области и ПАО «Ростелеком» подписали соглашение. Ответственным за "
                           "исполнение соглашения назначен исполняющий обязанности министра цифрового развития "
                           "Смоленской области Павел Гуревич.")
    assert held(found, "Павел Гуревич", "ответственный за исполнение соглашения", None)


# ``До сентября X сам возглавлял отделение``: a reference word after a verb of leading, its subject a name
SESSION9_LED_REFERENCE = [
    ("В церемонии участвовал управляющий Иркутским отделением № 8586 ПАО Сбербанк Денис Кравчук. До сентября "
     "Олег Сухоруков сам возглавлял отделение.", "Олег Сухоруков", "руководитель", "8586"),
    ("Правительство Тверской области и ООО «Альфа» подписали соглашение. Документ подписал директор ООО «Альфа» "
     "Олег Петров. В 2015–2019 годах компанию возглавлял Иван Сомов.", "Иван Сомов", "руководитель", "альфа"),
    ("В министерство здравоохранения Тверской области пришла Анна Котова. До 2024 года Котова возглавляла "
     "министерство.", "Анна Котова", "руководитель", "здравоохранения"),
]


@pytest.mark.parametrize("text, name, title, org", SESSION9_LED_REFERENCE)
def test_session9_reference_word_after_verb_of_leading(parser, text, name, title, org):
    assert held(people(parser, text), name, title, org)


# ``X работал заместителем Тарасенко``: the name after a bare staff title is whose deputy; the title
# is the deputy of the principal's post, in its body
SESSION9_STAFF = [
    ("Председатель Байкальского банка ПАО Сбербанк Вероника Тарасенко открыла офис. Денис Кравчук прежде работал "
     "заместителем Тарасенко.", "Денис Кравчук", "заместитель председателя", "байкальск"),
    ("Министр финансов Тверской области Ирина Котова представила бюджет. Доклад готовил Олег Рябов, который с 2022 "
     "года работает помощником Котовой.", "Олег Рябов", "помощник министра финансов", None),
    ("Губернатор Иван Петров встретился с Анной Сидоровой. Сидорова была советником Петрова.", "Анна Сидорова",
     "советник губернатора", None),
]


@pytest.mark.parametrize("text, name, title, org", SESSION9_STAFF)
def test_session9_deputy_of_a_named_person(parser, text, name, title, org):
    assert held(people(parser, text), name, title, org)


def test_session9_staff_title_is_not_the_principals(parser):
    found = people(parser, "Председатель Байкальского банка ПАО Сбербанк Вероника Тарасенко открыла офис. Его "
                           "преемник до назначения работал заместителем Тарасенко.")
    assert [t for t, _ in found["Вероника Тарасенко"]] == ["председатель"]


# ``начальник отдела контроля (надзора) в сфере связи управления X``: a synonym in brackets inside a unit's name
SESSION9_GLOSSED = [
    ("Проверку возглавил начальник отдела контроля (надзора) в сфере связи управления Андрей Лапин.",
     "Андрей Лапин", "начальник", "отдел контроля"),
    ("Выступил заместитель начальника отдела охраны (защиты) лесов департамента Иван Сидоров.",
     "Иван Сидоров", "заместитель начальника", "отдел охраны"),
    ("Отчет подготовил начальник отдела учета (регистрации) граждан администрации Олег Котов.",
     "Олег Котов", "начальник", "отдел учета"),
]


@pytest.mark.parametrize("text, name, title, org", SESSION9_GLOSSED)
def test_session9_synonym_in_brackets_inside_a_units_name(parser, text, name, title, org):
    assert held(people(parser, text), name, title, org)


# ``народный артист России``, ``заслуженный врач``: an honorary title is no role (like a rank)
SESSION9_HONORARY = [
    ("Концерт дал народный артист России Иван Петров.", "Иван Петров"),
    ("Занимавший пост директора с 2014 года заслуженный врач России Иван Петров покидает больницу.", "Иван Петров"),
    ("Медаль вручили заслуженному строителю Анне Котовой.", "Анна Котова"),
    ("Картину написал народный художник СССР Илья Глазунов.", "Илья Глазунов"),
]


@pytest.mark.parametrize("text, name", SESSION9_HONORARY)
def test_session9_honorary_title_is_no_role(parser, text, name):
    found = people(parser, text)
    assert not any(t in ("артист", "врач", "строитель", "художник") for t, _ in found[name])


def test_session9_member_after_narodny_stays(parser):
    assert "депутат" in [t for t, _ in people(parser, "На встречу пришел народный депутат Украины Олег Сомов.")[
        "Олег Сомов"]]


# ``назначило ROLE(Ins) [профессия] X``: an active verb of appointing, the holder after the post
SESSION9_APPOINTED_OBJECT = [
    ("Министерство культуры Хабаровского края назначило художественным руководителем КГБУК «Хабаровская краевая "
     "филармония» дирижера Тимофея Аркадьевича Ланского.", "Тимофей Аркадьевич Ланский", "художественный руководитель",
     "филармония"),
    ("Совет директоров назначил генеральным директором АО «Вега» Олега Петрова.", "Олег Петров",
     "генеральный директор", "вега"),
    ("Депутаты избрали председателем Думы города Ирину Котову.", "Ирина Котова", "председатель", None),
    ("Губернатор назначил министром здравоохранения края врача Анну Лыкову.", "Анна Лыкова", "министр здравоохранения",
     None),
]


@pytest.mark.parametrize("text, name, title, org", SESSION9_APPOINTED_OBJECT)
def test_session9_post_before_the_appointed_object(parser, text, name, title, org):
    assert held(people(parser, text), name, title, org)


# ``Он окончил вуз, а с 2019 года был ROLE``: verbs over ``, а`` share the pronoun
SESSION9_PRONOUN_OVER_A = [
    ("Тимофею Ланскому 44 года. Он окончил консерваторию, а с 2019 года был главным дирижером Новосибирского "
     "академического симфонического оркестра.", "Тимофей Ланский", "главный дирижер", "новосибирский"),
    ("Анне Котовой 50 лет. Она окончила медицинский институт, а затем работала главным врачом городской больницы.",
     "Анна Котова", "главный врач", None),
    ("Новый ректор Олег Сомов родился в Томске. Он окончил университет, а в 2010 году стал проректором.",
     "Олег Сомов", "проректор", None),
]


@pytest.mark.parametrize("text, name, title, org", SESSION9_PRONOUN_OVER_A)
def test_session9_pronoun_shared_over_a(parser, text, name, title, org):
    assert held(people(parser, text), name, title, org)
