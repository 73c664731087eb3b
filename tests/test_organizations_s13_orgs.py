"""Organizations, session 13 (orgs helper): what broke on press16-18, in sentences of our own."""

from __future__ import annotations

import pytest


def by_mention(parser, text):
    """mention text -> the canonical name of its organization."""
    return {m.text: o.name for o in parser.parse(text).organizations for m in o.mentions}


# a short form (initials or run-together word starts) of a full name the text writes out is one body
SHORT_FORMS = [
    ("initials_in_quotes",
     "ФГБУ «Администрация морских портов Балтийского моря» заключило договор. Пресс-релиз распространило "
     "ФГБУ «АМП Балтийского моря».",
     "ФГБУ «АМП Балтийского моря»", "ФГБУ «Администрация морских портов Балтийского моря»"),
    ("initials_with_territory",
     "Соглашение подписало Управление федеральной почтовой связи Тверской области — филиал АО «Почта России». "
     "В УФПС Тверской области работают 500 отделений.",
     "УФПС Тверской области", "Управление федеральной почтовой связи Тверской области — филиал АО «Почта России»"),
    ("run_together_words",
     "Гомельский областной исполнительный комитет и палата подписали меморандум. Гомельский облисполком направит "
     "делегацию в Смоленск.",
     "Гомельский облисполком", "Гомельский областной исполнительный комитет"),
]


@pytest.mark.parametrize("case,text,short,full", SHORT_FORMS, ids=[c[0] for c in SHORT_FORMS])
def test_short_forms(parser, case, text, short, full):
    assert by_mention(parser, text).get(short) == full


# a spelled-out short name is no short form of a longer body's name: two bodies
def test_spelled_out_federal_fund_stays(parser):
    text = ("Заем выдал Фонд развития промышленности (ФРП). Фонд развития промышленности Костромской области "
            "добавил еще 20 млн рублей.")
    names = by_mention(parser, text)
    assert names.get("Фонд развития промышленности Костромской области") == "Фонд развития промышленности Костромской области"
    assert names.get("ФРП") != "Фонд развития промышленности Костромской области"


NAMES = [
    # a regional legal form before the region's code (``КУ ВО``, ``ГУК ЯО``) is part of the name
    ("ku_before_region_code", "Она работала в КУ ВО «Управление автомобильных дорог Вологодской области».",
     "КУ ВО «Управление автомобильных дорог Вологодской области»"),
    ("guk_before_region_code", "Спектакль показал ГУК ЯО «Ярославский государственный театр юного зрителя».",
     "ГУК ЯО «Ярославский государственный театр юного зрителя»"),
]


@pytest.mark.parametrize("case,text,name", NAMES, ids=[c[0] for c in NAMES])
def test_names(parser, case, text, name):
    assert name in {o.name for o in parser.parse(text).organizations}


NOT_ORGANIZATIONS = [
    # a dateline's city in capitals is a place
    ("caps_dateline_city", "Сбер и правительство области подписали соглашение\n\nТУЛА, 27 ноября 2026 года\n"
     "Соглашение подписали в Туле.", "ТУЛА"),
    # a parent named only inside its unit's name is no organization of its own
    ("abbreviated_parent_inside_unit", "Делегацию возглавил директор Гомельского отделения БелТПП.", "БелТПП"),
]


@pytest.mark.parametrize("case,text,absent", NOT_ORGANIZATIONS, ids=[c[0] for c in NOT_ORGANIZATIONS])
def test_not_organizations(parser, case, text, absent):
    assert absent not in by_mention(parser, text)


def test_bracketed_short_name_with_quotes(parser):
    text = ("ФКУ «Управление автомобильной магистрали Москва – Санкт-Петербург Федерального дорожного агентства» "
            "(Упрдор «Россия») заключило контракт. В Упрдоре рассказали о сроках.")
    names = by_mention(parser, text)
    assert names.get("Упрдоре", "").startswith("ФКУ «Управление автомобильной магистрали")
    assert "Россия" not in set(names.values())
