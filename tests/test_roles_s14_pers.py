"""People and roles in news prose, session 14 (corpus helper ``pers``). Each row: the text, a person's
name, then what the layer must give."""

from __future__ import annotations

import pytest

SAID_AGAIN = [
# a post said again without the name is one more mention of the one holder's role
("Премьер-министр Израиля Беньямин Нетаньяху отказался от поездки. Как отметил премьер-министр, решение "
 "окончательное.", "Беньямин Нетаньяху", [("премьер-министр", ["Премьер-министр Израиля", "премьер-министр"])]),
("Министр иностранных дел Анна Смирнова прибыла в Минск. Министр провела переговоры.", "Анна Смирнова",
 [("министр иностранных дел", ["Министр иностранных дел", "Министр"])]),
# two holders of the post: the bare title names neither
("Министр финансов Анна Смирнова и министр культуры Ольга Лебедева выступили. Министр заявила, что бюджет "
 "принят.", "Анна Смирнова", [("министр финансов", ["Министр финансов"])]),
]


@pytest.mark.parametrize("text,name,roles", SAID_AGAIN)
def test_s14_post_said_again_is_a_mention_of_the_role(parser, text, name, roles):
    person = next(p for p in parser.parse(text).people if p.name == name)
    assert [(r.title, [m.text for m in r.mentions]) for r in person.roles] == roles


STACKED = [
# a post with its body, then a second post before the name, no comma: both are the name's
("Ранее в Тбилиси побывал глава представительства США в регионе помощник заместителя госсекретаря Мэтью "
 "Брайза.", "Мэтью Брайза", ["глава", "помощник заместителя госсекретаря"]),
# the first body's short name in brackets and the second post's participle between
("На пост претендуют лидер партии «Единство» (ЕП) действующий президент Роберт Мугабе и Морган Цвангираи.",
 "Роберт Мугабе", ["лидер", "президент"]),
# a foreign name the tagger reads as a nominative, parsed as the genitive title's apposition
("Японские СМИ сообщили об отмене визита в Москву министра иностранных дел Японии Сейджи Маехары.",
 "Сейджи Маехары", ["министр иностранных дел"]),
# the nominative subject after a genitive title stays another person
("Указом губернатора области Иван Петров назначен министром финансов.", "Иван Петров", ["министр финансов"]),
]


LISTED = [
# two plural professions over ``и`` introduce the list after ``, среди которых —``; home towns stay in it
("В Барнаул прилетели известные писатели и критики, среди которых — Павел Басинский и Михаил Павлов из "
 "Москвы, Василий Авченко из Владивостока.", "Василий Авченко", ["писатель", "критик"]),
("На форум приехали губернаторы, в том числе Иван Петров и Олег Смирнов.", "Олег Смирнов", ["губернатор"]),
]


DESCRIBED = [
# what the holder is (a party, a prize) between the title's verb and the name
("Режиссёром картины станет лауреат фестиваля «Кинотавр» Оксана Карас.", "Оксана Карас", ["режиссёр картины"]),
("Место спикера палаты занял республиканец Джон Бенер.", "Джон Бенер", ["спикер"]),
# ``выступить`` puts a title in the clause like ``стать``
("Операторами фильма выступили Михаил Агранович и Иван Петров.", "Иван Петров", ["оператор фильма"]),
]


YEARS = [
# a post's years after it still close the apposition
("Иван Петров, директор завода с 2015 года, подписал договор.", "Иван Петров", ["директор"]),
("В Пекине умер Ли Пэн, соратник Цзян Цзэминя, премьер Государственного совета Китая в 1988—1998 годах.",
 "Ли Пэн", []),
# the genitive name after a plain noun is that noun's, not the post's holder
("В Пекине умер Ли Пэн, соратник Цзян Цзэминя, премьер Государственного совета Китая в 1988—1998 годах.",
 "Цзян Цзэминь", []),
# a body's genitive chain before the next post of the same person
("В работе приняла участие Светлана Сутягина, председатель областной организации Профсоюза, член коллегии.",
 "Светлана Сутягина", ["председатель", "член коллегии"]),
]


TITLED = STACKED + LISTED + DESCRIBED + YEARS


@pytest.mark.parametrize("text,name,titles", TITLED)
def test_s14_titles_of_a_named_person(parser, text, name, titles):
    person = next(p for p in parser.parse(text).people if p.name == name)
    assert [r.title for r in person.roles] == titles
