"""People found in session 16: a man's -ь surname read back from its case, a name reading every word
takes, no person made of place names, the dateline's town."""

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
    # press18 08: NER's ``Тирлян Белорецкого`` is a village and the first word of its district
    ("village_and_district_are_no_person",
     "Рекомендовано организовать подвоз учащихся из сел Кага и Тирлян Белорецкого района.", []),
    # a name beside a place stays a person
    ("name_before_place_kept", "В Белорецком районе побывал Иван Тирлянов.", ["Иван Тирлянов"]),
    # press19 05: the tagger read ``Марине Ткачук`` as a masculine nominative, a case Марина's name cannot take
    ("dative_name_tagged_nominative",
     "Министру здравоохранения Амурской области Марине Ткачук губернатор поручил до 1 марта 2027 года "
     "подготовить документацию.", ["Марина Ткачук"]),
]


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_people_s16(parser, name, text, expected):
    assert [p.name for p in parser.parse(text).people] == expected


DATELINE_TOWNS = [
    # press19 07: NER read the dateline's ``Владимир`` as a man after a title about the region
    ("dateline_town_that_is_a_first_name",
     "Многодетные семьи во Владимирской области смогут получить деньги вместо земельного участка\n"
     "Владимир, 26 ноября 2026 года\nДепутаты приняли закон.", ["Владимир"], []),
    # a byline with a man's name before the date stays a person
    ("byline_name_before_date_kept",
     "Владимир Петров, 26 ноября 2026 года\nДепутаты Законодательного Собрания приняли закон.", [], ["Владимир Петров"]),
]


@pytest.mark.parametrize("name, text, towns, people", DATELINE_TOWNS, ids=[c[0] for c in DATELINE_TOWNS])
def test_dateline_town_is_a_place(parser, name, text, towns, people):
    result = parser.parse(text)
    assert [p.name for p in result.places if p.kind == "city"] == towns
    assert [p.name for p in result.people] == people

