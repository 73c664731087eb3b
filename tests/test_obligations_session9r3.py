"""Session 9 round 3: one named doer among an agreement's two sides, in sentences of our own run through
the whole parser (parties given by name): a clause the parse left without a subject is read linearly --
a body named in a prepositional phrase after the doer is no doer, a lone body noun right before the verb
is the side it names -- and ``магистраль``/``дорога`` is the railway side."""

from __future__ import annotations

import pytest

from test_obligations_session9 import duties

# (name, text, expected (action, party names)) -- only the rows listed must be present, in order
CASES = [
    # press15 07: "КбшЖД за счет инвестиционной программы ОАО «РЖД» обязуется": the program's owner is no doer
    ("body_in_a_phrase_after_the_doer_is_no_doer",
     "Начальник Северной железной дороги Иван Петров и губернатор Ярославской области Михаил Евраев подписали "
     "соглашение. По условиям соглашения СЖД за счет инвестиционной программы ОАО «РЖД» обязуется в 2027 году "
     "отремонтировать вокзал в Ростове.",
     [("отремонтировать в 2027 году вокзал в Ростове", ("Северная железная дорога",))]),
    # press15 10: "управление обязуется", parsed as an object: the one side so named
    ("lone_body_noun_before_the_verb_is_its_side",
     "Управление Федеральной налоговой службы по Курской области и Союз промышленников Курской области заключили "
     "соглашение. В рамках соглашения управление обязуется ежеквартально проводить семинары для предпринимателей.",
     [("ежеквартально проводить семинары для предпринимателей", ("Управление Федеральной налоговой службы по Курской области",))]),
    ("lone_body_noun_before_the_verb_is_its_side_elsewhere",
     "Управление Росреестра по Тульской области и Нотариальная палата Тульской области подписали соглашение. "
     "В рамках документа управление обязуется до 1 марта 2027 года запустить горячую линию для нотариусов.",
     [("запустить до 1 марта 2027 года горячую линию для нотариусов", ("Управление Федеральной службы государственной регистрации, кадастра и картографии по Тульской области",))]),
    # press15 07: "Магистраль также берет на себя ...": the railway side
    ("trunk_line_is_the_railway_side",
     "Свердловская железная дорога и правительство Курганской области подписали соглашение. "
     "Магистраль обязуется до конца 2027 года отремонтировать платформы на станции Шадринск.",
     [("отремонтировать до конца 2027 года платформы на станции Шадринск", ("Свердловская железная дорога",))]),
    ("railway_noun_is_the_railway_side",
     "Правительство Омской области и Западно-Сибирская железная дорога заключили соглашение о пригородных перевозках. "
     "Железная дорога обязуется в 2027 году обновить вокзал в Таре.",
     [("обновить в 2027 году вокзал в Таре", ("Западно-Сибирская железная дорога",))]),
]


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_session9_r3_obligations(parser, name, text, expected):
    got = duties(parser, text)
    rest = iter(got)
    for row in expected:
        assert row in rest, (row, got)
