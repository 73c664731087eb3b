"""The dateline finder and the caller's publication date."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from pressparse.extract.published import find_published, format_published, parse_published

TITLE = "Губернатор подписал соглашение с компанией\n"
BODY = "\nГубернатор области и генеральный директор компании подписали соглашение о сотрудничестве.\n"

# (text, published ISO or None, dateline text)
DATELINES = [
    (TITLE + "\n08.06.2017 18:16    © Фото: пресс-служба\n" + BODY, "2017-06-08T18:16", "08.06.2017 18:16"),
    (TITLE + "\n10.08.2015 | 12:07\n" + BODY, "2015-08-10T12:07", "10.08.2015 | 12:07"),
    (TITLE + "Автор: Редакция \"Вести\" | 10.08.2015 | 12:07\n" + BODY, "2015-08-10T12:07", "10.08.2015 | 12:07"),
    # regression: a press service before the bar hid the dateline, and relative dates took a deadline's year
    (TITLE + "\nПресс-служба губернатора Тверской области | 12 сентября 2023\n" + BODY, "2023-09-12", "12 сентября 2023"),
    (TITLE + "\n06.02.2024, 17:12\n" + BODY, "2024-02-06T17:12", "06.02.2024, 17:12"),
    (TITLE + "15.01.2025 13:31\n" + BODY, "2025-01-15T13:31", "15.01.2025 13:31"),
    (TITLE + "1.06.2017\n" + BODY, "2017-06-01", "1.06.2017"),
    (TITLE + "\nПенза, 17 сентября 2020. PenzaNews. Прокурор области подписал соглашение.\n", "2020-09-17", "17 сентября 2020"),
    (TITLE + "\nНижний Новгород, 3 марта 2021. Губернатор провёл совещание.\n", "2021-03-03", "3 марта 2021"),
    (TITLE + "МОСКВА, 7 июня 2019 — РИА Новости. Правительство одобрило проект.\n", "2019-06-07", "7 июня 2019"),
    (TITLE + "\n7 июня 2019, 14:30\n" + BODY, "2019-06-07T14:30", "7 июня 2019, 14:30"),
    (TITLE + "\n7 июня 2019 года в 14:30\n" + BODY, "2019-06-07T14:30", "7 июня 2019 года в 14:30"),
    (TITLE + "\n2019-06-07\n" + BODY, "2019-06-07", "2019-06-07"),
    (TITLE + "\n2019-06-07 14:30\n" + BODY, "2019-06-07T14:30", "2019-06-07 14:30"),
    (TITLE + "\n31 января 2017\n" + BODY, "2017-01-31", "31 января 2017"),
    (TITLE + "\n«Наука в Сибири»\n№ 21 (2706)\n29 мая 2009 г.\n\n27 мая подписано соглашение.\n", "2009-05-29", "29 мая 2009 г."),
    (TITLE + "\n17 февраля 2017 Управление информации и медиакоммуникаций\nНакануне делегация побывала в городе.\n",
     "2017-02-17", "17 февраля 2017"),
    (TITLE + "Опубликовано: 12.03.2020\n" + BODY, "2020-03-12", "12.03.2020"),
    (TITLE + "Пресс-релиз от 12.03.2020\n" + BODY, "2020-03-12", "12.03.2020"),
    (TITLE + "Дата публикации: 5 апреля 2021 г.\n" + BODY, "2021-04-05", "5 апреля 2021 г."),
    (TITLE + "14:30, 12 марта 2020\n" + BODY, "2020-03-12T14:30", "14:30, 12 марта 2020"),
    (TITLE + "Четверг, 8 июня 2017\n" + BODY, "2017-06-08", "8 июня 2017"),
    (TITLE + "\n12.05.2021 | Пресс-служба администрации\n" + BODY, "2021-05-12", "12.05.2021"),
    (TITLE + "08.06.2017 Губернатор подписал соглашение с компанией\n" + BODY, "2017-06-08", "08.06.2017"),
    # regression: a place before a bullet and a time after a slash were no dateline parts (missed; relative dates drifted)
    (TITLE + "\nОмск • 5 марта 2024\n" + BODY, "2024-03-05", "5 марта 2024"),
    (TITLE + "\n5 марта 2024 / 09:20\n" + BODY, "2024-03-05T09:20", "5 марта 2024 / 09:20"),
    (TITLE + "\nНовости районной думы | среда, 5 марта 2025\n" + BODY, "2025-03-05", "5 марта 2025"),
    (TITLE + "\nОмск — 5 марта 2024\n" + BODY, "2024-03-05", "5 марта 2024"),
    # regression: a weekday after the date, an abbreviated one, or one without a comma hid the dateline
    (TITLE + "\n5 марта 2025, среда\n" + BODY, "2025-03-05", "5 марта 2025"),
    (TITLE + "\nср, 05.03.2025\n" + BODY, "2025-03-05", "05.03.2025"),
    (TITLE + "\nСреда 5 марта 2025 г., 10:15\n" + BODY, "2025-03-05T10:15", "5 марта 2025 г., 10:15"),
    # the dateline may also close a short release
    (TITLE + BODY + "Подробности позже.\n" * 9 + "\n12.05.2021\n", "2021-05-12", "12.05.2021"),
    # narration, not datelines
    (TITLE + "8 июня 2017 года на форуме в Красногорске состоялось подписание допсоглашения.\n", None, None),
    (TITLE + "7 июня 2019 года в правительстве региона состоялось заседание коллегии.\n", None, None),
    (TITLE + "7 июня 2019 года, в правительстве региона состоялось заседание коллегии.\n", None, None),
    (TITLE + "12 марта 2020 Губернатор подписал указ о поддержке малого бизнеса в регионе.\n", None, None),
    (TITLE + "С 30 августа по 1 сентября 2021 г. делегация посетит область.\n", None, None),
    (TITLE + "В 2019 году компания увеличила выпуск.\n", None, None),
    # regression: datelines the blind set press8 showed missed: a city with a period, a labelled message, a release
    # number or a rubric before the bar, a press service's credit with a comma, a weekday after "в", dashes
    (TITLE + "\nКурск. 12 ноября 2026 г.\n" + BODY, "2026-11-12", "12 ноября 2026 г."),
    (TITLE + "\nСообщение от 24.11.2026\n" + BODY, "2026-11-24", "24.11.2026"),
    (TITLE + "\nПресс-релиз № 148 | 26.11.2026\n" + BODY, "2026-11-26", "26.11.2026"),
    (TITLE + "\nНовости района / 19-11-2026\n" + BODY, "2026-11-19", "19-11-2026"),
    (TITLE + "\nПресс-служба Арбитражного суда Курской области, 19.11.2026\n" + BODY, "2026-11-19", "19.11.2026"),
    (TITLE + "\nОпубликовано в понедельник, 23 ноября 2026\n" + BODY, "2026-11-23", "23 ноября 2026"),
    # regression: a news agency's credit after the date with the lead on the same line
    (TITLE + "\nМОСКВА, 25 ноября 2026. /ТАСС/. Министр прибыл в край.\n" + BODY, "2026-11-25", "25 ноября 2026"),
    (TITLE + "\nПЕРМЬ, 25 ноября. /ТАСС/. Министр прибыл в край в 2026 году.\n" + BODY, "2026-11-25", "25 ноября"),
    # regression: year first with dots, as site engines print it (press10)
    (TITLE + "\n2026.11.25 16:40\n" + BODY, "2026-11-25T16:40", "2026.11.25 16:40"),
    # regression: a dateline without a year takes the year the text names: the one whose calendar has its weekday,
    # or without a weekday the only one; a headline "1 декабря — ..." stays no dateline
    (TITLE + "\nОмск, вторник, 24 ноября\n\nСезон 2026 года закрыт, план на 2027 год утвержден.\n", "2026-11-24",
     "24 ноября"),
    (TITLE + "\nОмск, 24 ноября\n\nСезон 2026 года закрыт.\n", "2026-11-24", "24 ноября"),
    # several years: the latest told outside deadlines, plans' targets and future events (press11)
    (TITLE + "\nОмск, 24 ноября\n\nСезон 2026 года закрыт, план на 2027 год утвержден.\n", "2026-11-24", "24 ноября"),
    (TITLE + "\nОмск, 24 ноября\n\nВ 2019 году палаты подписали соглашение. За январь–сентябрь 2026 года оборот вырос. "
     "В феврале 2027 года палата планирует провести выставку. Работы завершат до 1 марта 2028 года.\n",
     "2026-11-24", "24 ноября"),
    (TITLE + "\nОмск, 24 ноября\n\nРаботы завершат до 1 марта 2028 года, а выставка пройдет в 2029 году.\n",
     None, None),
    ("1 декабря — Всемирный день борьбы со СПИДом\n\nВ 2026 году акция прошла в школах.\n", None, None),
    # regression: a closing credit before the date, in a short release too, hid the dateline
    (TITLE + BODY + "\nОтдел коммуникаций Курской АЭС, 20 ноября 2026 года\n", "2026-11-20", "20 ноября 2026 года"),
    (TITLE + BODY + "Подробности позже.\n" * 9 + "\nПресс-служба завода, 20.11.2026\n", "2026-11-20", "20.11.2026"),
    (TITLE + BODY + "\nСрок подачи заявок истекает, 20 ноября 2026 года\n", None, None),
    # no year, no dateline
    (TITLE + "\n8 июня, 14:30\n" + BODY, None, None),
    (TITLE + BODY, None, None),
    (TITLE + BODY * 9 + "Итоги подведут 12.05.2021 на заседании.\n", None, None),
]


@pytest.mark.parametrize("text,published,line", DATELINES)
def test_find_published(analyze_text, text, published, line):
    found = find_published(analyze_text(text))
    assert format_published(found) == published
    if found is not None:
        assert text[found.start:found.end] == line


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2017-06-08", "2017-06-08"),
        ("2017-06-08T18:16", "2017-06-08T18:16"),
        ("2017-06-08 18:16", "2017-06-08T18:16"),
        ("2017-06-08T18:16:42+03:00", "2017-06-08T18:16"),
        ("08.06.2017 18:16", "2017-06-08T18:16"),
        ("08.06.2017", "2017-06-08"),
        ("8 июня 2017 года", "2017-06-08"),
        (date(2017, 6, 8), "2017-06-08"),
        (datetime(2017, 6, 8, 18, 16), "2017-06-08T18:16"),
        ("2017-02-30", None),
    ],
)
def test_parse_published(value, expected):
    assert format_published(parse_published(value)) == expected


@pytest.mark.parametrize("value", ["вчера", "2017", "not a date", "08.06"])
def test_parse_published_rejects(value):
    with pytest.raises(ValueError):
        parse_published(value)


def test_caller_published_wins_over_dateline(parser):
    text = TITLE + "\n08.06.2017 18:16\n" + BODY
    assert parser.parse(text, published="2020-01-02").published == "2020-01-02"
    assert parser.parse(text).published == "2017-06-08T18:16"
