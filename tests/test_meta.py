"""Title and source of a release."""

from __future__ import annotations

import pytest

from pressparse.extract.meta import find_source, find_title

TITLES = [
    ("Губернатор посетил завод\n\nТекст новости.", "Губернатор посетил завод"),
    ("\n\n  Мэр открыл школу  \nТекст.", "Мэр открыл школу"),
    ("Одна строка без продолжения.", None),
    ("12.05.2020\nТекст.", None),
]


@pytest.mark.parametrize("text, expected", TITLES)
def test_title(text, expected):
    assert find_title(text) == expected


SOURCES = [
    ("Заголовок\n\nТекст.\n\n(с) ИА Русский Запад/ам", "ИА Русский Запад"),
    ("Заголовок\n© Фото: пресс-служба\nТекст.\n© РИА Новости", "РИА Новости"),
    ("Заголовок\n\nПенза, 17 сентября 2020. PenzaNews. Текст новости.", "PenzaNews"),
    # regression: a city after the date is the place of the dateline, not the credited source
    ("Заголовок\n\n14 февраля 2025 года, Сочи\n\nТекст новости.", None),
    ("Заголовок\nАвтор: Редакция «ГОСНОВОСТИ» | 10.08.2015 | 12:07\nТекст.", "ГОСНОВОСТИ"),
    ("Заголовок\n17 февраля 2017 Управление информации\nТекст.", "Управление информации"),
    ("Заголовок\n\nТекст.\n\nИсточник: Интерфакс", "Интерфакс"),
    ("Заголовок\n\nТекст.\n\nИсточник: https://example.ru", None),
    ("Заголовок\n\nТекст новости без подписи.\n\nЕще абзац.", None),
    # regression: a trailing press-service signature with no "Источник:" was missed
    ("Заголовок\n\nТекст новости.\n\nПресс-служба губернатора Томской области", "Пресс-служба губернатора Томской области"),
    ("Заголовок\n\nТекст.\nПресс-центр ОАО «РЖД».\n", "Пресс-центр ОАО «РЖД»"),
    # a press service named inside a sentence is no signature
    ("Заголовок\n\nКак сообщает пресс-служба министерства, работы завершены.\n\nЕще абзац.", None),
    ("Заголовок\n\nТекст.\n\nПресс-служба управления сообщила о задержании.", None),
    ("Пресс-служба ГУ МВД России по Новосибирской области", None),
    ("Заголовок\nПресс-служба губернатора Амурской области | 12 сентября 2023\nТекст.", "Пресс-служба губернатора Амурской области"),
]


@pytest.mark.parametrize("text, expected", SOURCES)
def test_source(text, expected):
    title = find_title(text)
    assert find_source(text, title) == expected
