"""People and roles, session 13 (roles helper). Each row: the text, then what the layer must give
(people's names, or a person's role titles with a word of the body's name or None)."""

from __future__ import annotations

import pytest

from test_roles_session9b import roles_of

NAMES = [
# press17 02: surname-first name split by NER (ORG ``Мехоношин`` + PER ``Дмитрий Андреевич``)
("О решении сообщил исполняющий обязанности генерального директора фонда Мехоношин Дмитрий Андреевич на "
 "совещании. «Мы трижды продлевали сроки», – пояснил Д.А. Мехоношин.", ["Дмитрий Андреевич Мехоношин"]),
# press17 04: a surname-first name NER misses after a branch's name
("Координировать проект будет управляющий Тульским отделением № 8604 ПАО Сбербанк Ковальчук Игорь Андреевич, в "
 "сентябре назначенный на эту должность.", ["Игорь Андреевич Ковальчук"]),
# press: a surname that ends the name before is no surname-first start of the next (gender disagrees)
("Распоряжением губернатора Омской области Сергея Телегина Денис Андреевич Колесников назначен министром.",
 ["Сергей Телегин", "Денис Андреевич Колесников"]),
# press18 12: an indeclinable first name the dictionary does not know, the surname in the instrumental
("Министр встретился с Эрдни Очировым. Эрдни Очиров пообещал помочь.", ["Эрдни Очиров"]),
]


@pytest.mark.parametrize("text,names", NAMES)
def test_s13_surname_first_and_indeclinable_names(parser, text, names):
    assert sorted(p.name for p in parser.parse(text).people) == sorted(names)


ROLES = [
# press17 03: the genitive title after ``Приказом`` is who issued the act; ``на эту должность`` points back
("В понедельник руководитель СУ СК России по Саратовской области Андрей Солодников представил нового "
 "заместителя руководителя управления. Приказом Председателя Следственного комитета Российской Федерации на эту должность назначен "
 "полковник юстиции Гущин Роман Евгеньевич.", "Роман Евгеньевич Гущин", [("заместитель руководителя", True)]),
# press17 05: a manner adverbial (``тайным голосованием``) is not the body; a quoted name after the other title
("Председателем Общественной палаты тайным голосованием избрана директор АНО «Ресурсный центр» Светлана "
 "Геннадьевна Мордвинова.", "Светлана Геннадьевна Мордвинова", [("председатель", True), ("директор", True)]),
# press9 07: the title's own instrumental object (``управляющий отделением``) is its body
("На церемонии присутствовал управляющий региональным филиалом банка Тимур Ахмеров.", "Тимур Ахмеров",
 [("управляющий", None)]),
# press17 05: a predecessor whose leading verb names the body gets ``руководитель`` only
("Председателем Общественной палаты Ульяновской области избрана Светлана Мордвинова. Мордвинова сменила на "
 "посту Валерия Ивановича Гусейнова, который возглавлял Общественную палату с 2020 года.",
 "Валерий Иванович Гусейнов", [("руководитель", True)]),
# press18 12: ``с главой республики Эрдни Очировым``: the surname's case, not the tagger's nominative
("В четверг министр вместе с главой Республики Калмыкия Эрдни Очировым осмотрел участки.", "Эрдни Очиров",
 [("глава", None)]),
]


@pytest.mark.parametrize("text,name,roles", ROLES)
def test_s13_role_attached_and_linked(parser, text, name, roles):
    got = [(t, o is not None if isinstance(b, bool) else o) for (t, o, _, _), (_, b) in zip(roles_of(parser, text, name), roles)]
    assert len(roles_of(parser, text, name)) == len(roles)
    assert got == [(t, b) for t, b in roles]


def test_s13_predecessor_gets_the_spelt_out_post(parser):
    # press16 02: ``стал гендиректором предприятия, сменив Y`` after ``генеральный директор «Горэлектротранса»``
    text = ("Контракт подписал генеральный директор СПб ГУП «Горэлектротранс» Вадим Лукин. Вадим Лукин стал "
            "гендиректором предприятия в прошлом году, сменив Сергея Никольского, который теперь работает советником "
            "губернатора.")
    got = roles_of(parser, text, "Сергей Никольский")
    assert [(t, o is not None) for t, o, _, _ in got] == [("генеральный директор", True), ("советник губернатора", False)]


MORE_ROLES = [
# press18 01: natasha ran the body's last word into the name
("Соглашение подписали руководитель Баренцево-Беломорского ТУ Росрыболовства Андрей Викторович Кочергин и "
 "губернатор.", "Андрей Викторович Кочергин", [("руководитель", True)]),
# press17 01: ``подрядной`` tells the company's part in the contract, no word of its name
("Подрядчиком выступает ООО «Вологодская мостостроительная компания». Документ подписали начальник "
 "управления Игорь Шестаков и генеральный директор подрядной организации Ломтева Марина Сергеевна.",
 "Марина Сергеевна Ломтева", [("генеральный директор", True)]),
# press18 05: ``Кроноцкий`` is a place adjective the dictionary guesses as a noun; the quoted name's noun is ``заповедник``
("ФГБУ «Кроноцкий государственный заповедник» и министерство подписали соглашение. Документ подписали директор "
 "заповедника Марина Геннадьевна Тюлькина и министр.", "Марина Геннадьевна Тюлькина", [("директор", True)]),
# press16 03: a participle's time adverbial between the acting title and the name; a leading verb after a
# former post in the same body
("Министерство экономики Республики Саха (Якутия) отвечает за завоз. Министерство экономики с 9 ноября возглавляет "
 "Егор Васильевич Захаров, прежде работавший заместителем министра. Исполнявший обязанности министра в сентябре – "
 "октябре Прокопий Саввинов вернулся к работе.", "Прокопий Саввинов", [("исполняющий обязанности министра", True)]),
("Министерство экономики Республики Саха (Якутия) отвечает за завоз. Министерство экономики с 9 ноября возглавляет "
 "Егор Васильевич Захаров, прежде работавший заместителем министра. Исполнявший обязанности министра в сентябре – "
 "октябре Прокопий Саввинов вернулся к работе.", "Егор Васильевич Захаров",
 [("руководитель", True), ("заместитель министра", True)]),
# press16 03: a comma inside the field list after ``по`` does not end the title
("Председатель постоянного комитета Ил Тумэна по бюджету, финансам и экономической политике Сардана Гаврильева "
 "напомнила о сроках.", "Сардана Гаврильева", [("председатель", False)]),
]


@pytest.mark.parametrize("text,name,roles", MORE_ROLES)
def test_s13_more_roles_attached_and_linked(parser, text, name, roles):
    got = roles_of(parser, text, name)
    assert [(t, o is not None) for t, o, _, _ in got] == roles


def test_s13_second_predicate_after_since_then_shares_the_pronoun(parser):
    # press17 03: ``С 2019 года он возглавлял отдел ..., а до этого работал ROLE``
    text = ("Приказом назначен полковник юстиции Гущин Роман Евгеньевич. С 2019 года он возглавлял следственный "
            "отдел по Ленинскому району г. Саратова, а до этого работал старшим следователем по особо важным делам.")
    titles = [t for t, _, _, _ in roles_of(parser, text, "Роман Евгеньевич Гущин")]
    assert "старший следователь по особо важным делам" in titles
