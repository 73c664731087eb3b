"""Dates (s15 placedates): a season is its months also as a deadline (press18 10, press20 01/05/12);
a year-less dateline takes the first year of a range told (``сезона 2026–2027 годов``) and, when
every year named lies ahead, the earliest of them (press17 12, press20 07)."""

from __future__ import annotations

import pytest

SEASONS = [
    ("Ростов-на-Дону, 8 декабря 2026 года\nКлиника откроется к лету следующего года.", "лету следующего года", "2027-06/2027-08"),
    ("Нововоронеж, 10 декабря 2026 года\nЕсли к лету 2027 года жители проголосуют, котельную закроют.", "лету 2027 года",
     "2027-06/2027-08"),
    ("Сатка, 4 декабря 2026 года\nДорогу отремонтируют к осени 2028 года.", "осени 2028 года", "2028-09/2028-11"),
]


@pytest.mark.parametrize("text,mention,value", SEASONS)
def test_season_deadline_is_the_season(parser, text, mention, value):
    assert (mention, value) in [(d.text, d.value) for d in parser.parse(text).dates]


YEARLESS = [
    # a range of years told: its first year (was the range's last, 2027)
    ("МОСКВА, 7 декабря. /ТАСС/. Министерство провело в понедельник совещание о прохождении отопительного "
     "сезона 2026–2027 годов. Регионам поручено до 25 декабря законтрактовать работы, запланированные на 2027 год. "
     "Минстрой до 1 февраля 2027 года распределит средства.", "2026-12-07"),
    # every year named is a plan or a forecast: the earliest (was no publication date)
    ("Сургут, 25 ноября. Депутаты на заседании в среду приняли бюджет на 2027 год и на плановый период 2028 и "
     "2029 годов. Ожидаемое исполнение бюджета в 2026 году составит 97,4%.", "2026-11-25"),
]


@pytest.mark.parametrize("text,published", YEARLESS)
def test_yearless_dateline_year(parser, text, published):
    assert parser.parse(text).published == published
