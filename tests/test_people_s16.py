"""People names found in session 16: an unknown man's surname in -ь read back from its case."""

import pytest

CASES = [
    # press21 09: ``по словам Павла Гриня`` gave ``Павел Гриня``; pymorphy3 knows ``Гриня`` only as a
    # feminine noun, so the genitive -я of a soft masculine surname was kept as written
    ("soft_surname_genitive", "Министерство, по словам Павла Гриня, возьмет на себя оплату.", ["Павел Гринь"]),
    ("soft_surname_dative", "Слово предоставили Николаю Кисилю.", ["Николай Кисиль"]),
    # a vowel before -я: an indeclinable surname stays as written
    ("indeclinable_ia_surname_kept", "Встреча с Отаром Гогия прошла в Тбилиси.", ["Отар Гогия"]),
    # a woman's -ь surname does not decline
    ("womans_soft_surname_kept", "Награду получила Стелла Ивановна Штань.", ["Стелла Ивановна Штань"]),
]


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_people_s16(parser, name, text, expected):
    assert [p.name for p in parser.parse(text).people] == expected
