"""Dates, session 10 (from the blind set press16): an agency's yearless dateline before a dash, a month
"since" in a verbless clause, counts of months in oblique cases, a season's adjective before ``сезон``, and
a deadline that recurs every year."""

from __future__ import annotations

import pytest

from pressparse.extract import Found
from pressparse.extract.dates import extract_dates
from pressparse.extract.published import parse_published


def dates_of(analyze_text, text: str, published: str | None):
    analysis = analyze_text(text)
    analysis.published = parse_published(published) if published else None
    return [(d.text, d.value) for d in extract_dates(analysis, Found())]


# (text, published, expected)
IN_TEXT = [
    # press16 08: "с октября заместитель ..." holds the post since a month gone by (was next October: the
    # main clause's future verb)
    ("Проект возглавит Марат Нуриев — бывший директор, а с октября заместитель генерального директора.",
     "2026-11-26", [("с октября", "2026-10")]),
    ("Отдел возглавит Ольга Петрова, с сентября — министр образования края.", "2026-11-26",
     [("с сентября", "2026-09")]),
    ("Алексей Смирнов, с августа начальник управления, представит отчет.", "2026-11-26", [("с августа", "2026-08")]),
    ("С января новый порядок вступит в силу.", "2026-11-26", [("С января", "2027-01")]),
    # press16 11: "девяти месяцев 2026 года" is January to September in any case (was the bare year)
    ("По итогам девяти месяцев 2026 года фонд профинансировал помощь.", "2026-11-26",
     [("девяти месяцев 2026 года", "2026-01/2026-09")]),
    ("Данные трех месяцев 2026 года опубликуют позже.", "2026-11-26", [("трех месяцев 2026 года", "2026-01/2026-03")]),
    ("Итоги восьми месяцев текущего года подведут в сентябре.", "2026-08-26",
     [("восьми месяцев текущего года", "2026-01/2026-08"), ("в сентябре", "2026-09")]),
    # press16 12: a season's adjective before "сезон" is the season (the start of one stays the year, press11)
    ("Директор пообещал открыть первые 40 номеров к летнему сезону 2027 года.", "2026-11-26",
     [("летнему сезону 2027 года", "2027-06/2027-08")]),
    ("Итоги весеннего сезона 2026 года подвели в мае.", "2026-11-26",
     [("весеннего сезона 2026 года", "2026-03/2026-05"), ("в мае", "2026-05")]),
    ("Рейсы зимнего сезона 2027 года продлят.", "2026-11-26", [("зимнего сезона 2027 года", "2026-12/2027-02")]),
    ("Парк намерен открыть тропу к началу летнего сезона 2027 года.", "2026-11-26", [("2027 года", "2027")]),
    # press16 07: a deadline that comes back every year names no one date
    ("Стороны договорились ежегодно до 1 марта утверждать план мероприятий.", "2026-11-26", []),
    ("Компания обязана каждый год не позднее 1 июня сдавать отчет.", "2026-11-26", []),
    ("Фонд ежегодно к 15 апреля публикует рейтинг, а отчет сдадут до 1 июня.", "2026-11-26",
     [("1 июня", "2027-06-01")]),
]


@pytest.mark.parametrize("text,published,expected", IN_TEXT)
def test_session10_dates(analyze_text, text, published, expected):
    assert dates_of(analyze_text, text, published) == expected


# (text, published, dates): press16 10: "Москва, 27 ноября — ..." is an agency's dateline (the year from the
# credit), so "в пятницу" is that day (was 2027-01-01, a Friday near the text's latest full date)
DATELINES = [
    ("Заголовок\nМосква, 27 ноября — Департамент открыл центр. Открытие прошло в пятницу. Второй корпус "
     "откроют к 1 января 2027 года.\n\n© Пресс-служба департамента, 2026", "2026-11-27",
     [("27 ноября", "2026-11-27"), ("в пятницу", "2026-11-27"), ("1 января 2027 года", "2027-01-01"),
      ("2026", "2026")]),
    ("Заголовок\nКазань, 3 марта — Министерство подписало соглашение.\n\n© Минздрав РТ, 2025", "2025-03-03",
     [("3 марта", "2025-03-03"), ("2025", "2025")]),
    ("1 декабря — Всемирный день борьбы со СПИДом\n\nВ городе прошла акция.", None, []),
]


@pytest.mark.parametrize("text,published,expected", DATELINES)
def test_session10_agency_dateline(parser, text, published, expected):
    doc = parser.parse(text)
    assert doc.published == published
    assert [(d.text, d.value) for d in doc.dates] == expected
