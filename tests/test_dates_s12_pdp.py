"""Dates, session 12 helper pdp: cases from the press sets' errors (press4, press13...)."""

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
CASES = [
    # press13 02/09, press4 05: a horizon of years from publication is a duration (press13 README), not a year
    ("Через два года эта проблема будет решена.", "2026-11-23", []),
    ("По прогнозу, через пять лет каждая третья новая машина будет электрической.", "2025-11-20", []),
    ("Через год завод выйдет на полную мощность.", "2026-11-23", []),
    # months and days from publication stay dates; years after a narrated event too
    ("Через три месяца завод выйдет на полную мощность.", "2026-11-23", [("Через три месяца", "2027-02")]),
    ("Завод построили в 1998 году, через два года его расширили.", None,
     [("1998 году", "1998"), ("через два года", "2000")]),
]


@pytest.mark.parametrize("text,published,expected", CASES)
def test_dates_s12_pdp(analyze_text, text, published, expected):
    assert dates_of(analyze_text, text, published) == expected


# press16 01: a reminder's present-tense "сегодня" is "nowadays", no date; a reported event today is the day
TODAY = [
    ("Депутат напомнил, что в горных селах сегодня не хватает 140 учителей.", []),
    ("Министр напомнила, что сегодня в регионе работают 12 центров.", []),
    ("Министр сообщил, что сегодня подписано соглашение.", [("сегодня", "2026-11-26")]),
    ("Депутат напомнил, что сегодня парламент принял закон.", [("сегодня", "2026-11-26")]),
]


@pytest.mark.parametrize("text,expected", TODAY)
def test_generic_today_s12_pdp(analyze_text, text, expected):
    assert dates_of(analyze_text, text, "2026-11-26") == expected


# press13 08: "до середины следующей недели" is vague (press13 README); the whole week stays a date
WEEKS = [
    ("Похолодание продлится как минимум до середины следующей недели.", []),
    ("Работы завершат на следующей неделе.", [("на следующей неделе", "2026-11-30/2026-12-06")]),
]


@pytest.mark.parametrize("text,expected", WEEKS)
def test_week_middle_s12_pdp(analyze_text, text, expected):
    assert dates_of(analyze_text, text, "2026-11-26") == expected
