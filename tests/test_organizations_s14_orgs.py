"""Organizations, session 14 (orgs helper): canonical names that differed from the gold on press5-19,
in sentences of our own."""

from __future__ import annotations

import pytest


def by_mention(parser, text):
    """mention text -> the canonical name of its organization."""
    return {m.text: o.name for o in parser.parse(text).organizations for m in o.mentions}


CANONICAL = [
    # a federal office's abbreviation spelled out: its body's full official name, the country's with it
    ("fsb_office_with_country",
     "Сотрудники УФСБ России по Удмуртской Республике задержали мошенника.",
     "УФСБ России по Удмуртской Республике",
     "Управление Федеральной службы безопасности Российской Федерации по Удмуртской Республике"),
    ("police_office_with_country",
     "Начальник УМВД России по Оренбургской области провел совещание.",
     "УМВД России по Оренбургской области",
     "Управление Министерства внутренних дел Российской Федерации по Оренбургской области"),
    ("investigators_office_with_country",
     "СУ СК России по Республике Мордовия возбудило уголовное дело.",
     "СУ СК России по Республике Мордовия",
     "Следственное управление Следственного комитета Российской Федерации по Республике Мордовия"),
    # a body whose official name has no country keeps none
    ("tax_office_without_country",
     "УФНС России по Омской области напомнило о сроках уплаты налогов.",
     "УФНС России по Омской области", "Управление Федеральной налоговой службы по Омской области"),
    # ``по г. Липецку``: the abbreviated city word belongs to the office's territory
    ("city_office_abbreviated_city_word",
     "Сотрудники УМВД России по г. Липецку задержали двух жителей Воронежа.",
     "УМВД России по г. Липецку",
     "Управление Министерства внутренних дел Российской Федерации по городу Липецку"),
    # a Rosstat office serving one region is a territorial body; one serving several an Управление
    ("stat_office_one_region",
     "По данным Смоленскстата, цены выросли на 5%.",
     "Смоленскстата", "Территориальный орган Федеральной службы государственной статистики по Смоленской области"),
    ("stat_office_two_regions",
     "По данным Краснодарстата, цены выросли на 5%.",
     "Краснодарстата",
     "Управление Федеральной службы государственной статистики по Краснодарскому краю и Республике Адыгея"),
]


# a unit's owner keeps the capital the text gives its name inside a sentence, else it is a common noun
OWNER_CASE = [
    ("owner_capitalized_in_text",
     "Мэр Омска поручил департаменту городского хозяйства до 1 марта смонтировать остановки. "
     "Департамент транспорта Администрации города Омска проверит работы. Администрация города Омска "
     "опубликовала план.",
     "департаменту городского хозяйства", "Департамент городского хозяйства Администрации города Омска"),
    ("owner_lower_case_in_text",
     "Администрация города Кирова заключила контракт. Мэр поручил департаменту финансов "
     "администрации города Кирова до 1 марта перечислить аванс.",
     "департаменту финансов администрации города Кирова", "Департамент финансов администрации города Кирова"),
]


# a city administration's unit named by its adjective alone keeps it, and its owner once
ADJECTIVE_UNITS = [
    ("legal_department_of_administration",
     "Администрация города Азова подала иск. «Решение законно», — сказал начальник правового управления "
     "администрации Денис Куликов.",
     "правового управления администрации", "Правовое управление администрации города Азова"),
    ("finance_department_capital_owner",
     "Дума одобрила бюджет Администрации города Пскова. Финансовому управлению администрации поручено "
     "ежемесячно информировать комитет.",
     "Финансовому управлению администрации", "Финансовое управление Администрации города Пскова"),
]


# an adjective-led institution's genitive field after its head noun is part of its name; a territory, a
# time or an owner body after it is not
FIELDS = [
    ("college_field", "Набор откроют в Тверском колледже транспорта и сервиса в марте.",
     "Тверском колледже транспорта и сервиса", "Тверской колледж транспорта и сервиса"),
    ("institute_field", "Худруком стал выпускник, окончивший Хабаровский государственный институт культуры.",
     "Хабаровский государственный институт культуры", "Хабаровский государственный институт культуры"),
    ("fund_field", "Оплату возьмет на себя Московский городской фонд обязательного медицинского страхования с 1 января.",
     "Московский городской фонд обязательного медицинского страхования",
     "Московский городской фонд обязательного медицинского страхования"),
]


def test_territory_after_legislature_is_no_field(parser):
    text = ("Уполномоченный выступила на сессии Законодательного Собрания края. Председатель Законодательного "
            "Собрания Красноярского края поручил комитету рассмотреть доклад.")
    names = by_mention(parser, text)
    assert names.get("Законодательного Собрания") == "Законодательное Собрание Красноярского края"


# parties by their registered names (capitals as the charters write them); a level word before an
# office's abbreviation in the nominative of the office noun
REGISTERED = [
    ("party_registered_capitals", "Кандидат от партии «Единая Россия» победил на выборах.",
     "партии «Единая Россия»", "Всероссийская политическая партия «ЕДИНАЯ РОССИЯ»"),
    ("party_renamed", "Кандидат партии «СПРАВЕДЛИВАЯ РОССИЯ – ПАТРИОТЫ – ЗА ПРАВДУ» снял свою кандидатуру.",
     "партии «СПРАВЕДЛИВАЯ РОССИЯ – ПАТРИОТЫ – ЗА ПРАВДУ»",
     "Политическая партия «СПРАВЕДЛИВАЯ РОССИЯ – ПАТРИОТЫ – ЗА ПРАВДУ»"),
    ("interdistrict_inspection_genitive", "Сотрудники Межрайонной ИФНС России № 4 по Омской области провели проверку.",
     "Межрайонной ИФНС России № 4 по Омской области", "Межрайонная ИФНС России № 4 по Омской области"),
    ("interdistrict_inspection_accusative", "Письмо направили в Межрайонную ИФНС России № 7 по Томской области.",
     "Межрайонную ИФНС России № 7 по Томской области", "Межрайонная ИФНС России № 7 по Томской области"),
]


def test_credited_press_service_without_its_date(parser):
    text = ("Расписание электричек изменится\n\nС 1 декабря АО «Краспригород» изменит расписание пригородных "
            "поездов.\n\nПресс-служба АО «Краспригород», 25 ноября 2026 г.")
    names = {o.name for o in parser.parse(text).organizations}
    assert "Пресс-служба АО «Краспригород»" in names
    assert not any("2026" in n for n in names)


NAMED = CANONICAL + OWNER_CASE + ADJECTIVE_UNITS + FIELDS + REGISTERED


@pytest.mark.parametrize("case,text,mention,name", NAMED, ids=[c[0] for c in NAMED])
def test_canonical_names(parser, case, text, mention, name):
    assert by_mention(parser, text).get(mention) == name
