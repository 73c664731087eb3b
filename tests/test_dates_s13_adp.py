"""Dates, session 13 helper adp: yearless datelines and month halves (press17, press18 errors)."""

from __future__ import annotations

import pytest

from pressparse.extract import Found
from pressparse.extract.dates import extract_dates
from pressparse.extract.published import find_published, parse_published


def dates_of(analyze_text, text: str, published: str | None):
    analysis = analyze_text(text)
    analysis.published = parse_published(published) if published else None
    return [(d.text, d.value) for d in extract_dates(analysis, Found())]


# (text, published, expected)
CASES = [
    # press17 06: a month's half is a day range, after a December dateline the next January
    ("Работы будут вестись со второй половины января.", "2026-12-03", [("второй половины января", "2027-01-16/2027-01-31")]),
    ("Отчет представят в первой половине марта 2027 года.", "2026-12-03", [("первой половине марта 2027 года", "2027-03-01/2027-03-15")]),
    ("Во второй половине февраля 2028 года стройка завершится.", None, [("второй половине февраля 2028 года", "2028-02-16/2028-02-29")]),
]


@pytest.mark.parametrize("text,published,expected", CASES)
def test_dates_s13_adp(analyze_text, text, published, expected):
    assert dates_of(analyze_text, text, published) == expected


# a dateline with no year takes it from the text's years told as past or present facts, not from
# duties, future auxiliaries or expiries; with none such, the earliest year named
DATELINES = [
    # press18 06: an expiry is no told year; "которые в 2026 году провели" is no deadline
    ("САМАРА, 8 декабря. Соглашение заменяет документ, заключенный в 2019 году. За 11 месяцев 2026 года "
     "поступило 684 обращения. Прокуратура проверит проверки, которые в 2026 году провели в городе. "
     "Срок ее полномочий истекает в марте 2029 года.", "2026-12-08"),
]


@pytest.mark.parametrize("text,expected", DATELINES)
def test_yearless_dateline_s13_adp(analyze_text, text, expected):
    assert str(find_published(analyze_text(text)).value.date()) == expected


# press18 05: a past verb puts a yearless month range before the publication;
# press17 10: a yearly quarter is no date
MORE = [
    ("Ранее она работала заместителем директора, а с января по март исполняла обязанности директора.", "2026-11-30",
     [("с января по март", "2026-01/2026-03")]),
    ("С января по март музей будет закрыт на ремонт.", "2026-11-30", [("С января по март", "2027-01/2027-03")]),
    ("Стороны договорились ежегодно во втором квартале подводить итоги.", "2026-11-27", []),
    ("Пилот стартует во втором квартале 2027 года.", "2026-11-27", [("втором квартале 2027 года", "2027-04/2027-06")]),
]


@pytest.mark.parametrize("text,published,expected", MORE)
def test_dates_tense_s13_adp(analyze_text, text, published, expected):
    assert dates_of(analyze_text, text, published) == expected


def test_running_month_range_stays_s13_adp(analyze_text):
    # a past verb over a range that began before the publication keeps the range that holds it
    assert dates_of(analyze_text, "С января по сентябрь поступило 40 заявлений.", "2017-06-08") == \
        [("С января по сентябрь", "2017-01/2017-09")]
