"""People layer: names in the nominative with gender kept, parts, partial mentions merged."""

from __future__ import annotations

import pytest

from pressparse.extract import Found
from pressparse.extract.people import extract_people
from pressparse.extract.person_spans import lone_surnames


@pytest.fixture(scope="module")
def people_of(analyze_text):
    def run(text):
        analysis = analyze_text(text)
        people = extract_people(analysis, Found())
        for person in people:  # the contract: every mention is the text at its offsets
            for m in person.mentions:
                assert analysis.text[m.start : m.end] == m.text
        return people

    return run


NAMES = [
    # (text, name, first, middle, last)
    ("Заместитель министра финансов Гульназ Кадырова провела совещание.", "Гульназ Кадырова", "Гульназ", None, "Кадырова"),
    ("Письмо было направлено Гульназ Кадыровой в понедельник.", "Гульназ Кадырова", "Гульназ", None, "Кадырова"),
    ("Доклад Валентины Матвиенко был посвящен бюджету.", "Валентина Матвиенко", "Валентина", None, "Матвиенко"),
    ("Встреча губернатора Сергея Цивилева с инвесторами прошла в Кемерове.", "Сергей Цивилев", "Сергей", None, "Цивилев"),
    ("Приказ подписан министром просвещения Валерием Фальковым.", "Валерий Фальков", "Валерий", None, "Фальков"),
    ("Ректором назначен Алексей Юрьевич Попов.", "Алексей Юрьевич Попов", "Алексей", "Юрьевич", "Попов"),
    # regression: a capitalized position natasha put inside the name (``Император Акихито``)
    ("Император Акихито отрёкся от престола.", "Акихито", None, None, "Акихито"),
    ("Выступление Анжелики Майстер было кратким.", "Анжелика Майстер", "Анжелика", None, "Майстер"),
    ("Благодарность объявлена Софии Лагутинской и ее коллегам.", "София Лагутинская", "София", None, "Лагутинская"),
    ("Концерт посвящен Николаю Римскому-Корсакову.", "Николай Римский-Корсаков", "Николай", None, "Римский-Корсаков"),
    ("Награду получила Стелла Ивановна Штань.", "Стелла Ивановна Штань", "Стелла", "Ивановна", "Штань"),
    ("Президент компании Вагит Алекперов выступил на форуме.", "Вагит Алекперов", "Вагит", None, "Алекперов"),
    ("Поздравляем Екатерину Иванову с назначением.", "Екатерина Иванова", "Екатерина", None, "Иванова"),
    ("Иванов Иван Иванович назначен директором школы.", "Иван Иванович Иванов", "Иван", "Иванович", "Иванов"),
    ("В.В. Путин провел совещание с членами правительства.", "В.В. Путин", "В.", "В.", "Путин"),
    ("Совещание провел Путин В.В. в Кремле.", "В.В. Путин", "В.", "В.", "Путин"),
    ("Переговоры с губернатором области А.Гусевым прошли успешно.", "А.Гусев", "А.", None, "Гусев"),
    ("Член президиума М.Русый посетит область.", "М.Русый", "М.", None, "Русый"),
    ("ВРИО ДИРЕКТОРА ШКОЛЫ НАЗНАЧЕН АЛЕКСЕЙ ПОПОВ", "Алексей Попов", "Алексей", None, "Попов"),
    ("Фото предоставлено пресс-службой.\nАвтор: Ольга ПАВЛЮК.", "Ольга Павлюк", "Ольга", None, "Павлюк"),
    ("ИВАНОВ ИВАН ИВАНОВИЧ, министр финансов, выступил.", "Иван Иванович Иванов", "Иван", "Иванович", "Иванов"),
    ("Соглашение подписал Ростислав Гольдштейн, а по поручению Ростислава Гольдштейна работа продолжится.",
     "Ростислав Гольдштейн", "Ростислав", None, "Гольдштейн"),
    # regression: the indeclinable reading of ``Анне`` kept the dative
    ("Грамоту вручили Петровой Анне за многолетний труд.", "Анна Петрова", "Анна", None, "Петрова"),
    # regression: ``Сидоров`` is also Сидор's plural, so the name came out surname first
    ("Главный специалист Сидоров Иван выступил с докладом.", "Иван Сидоров", "Иван", None, "Сидоров"),
    # regression: a known surname's dative with no nominative reading was kept as a foreign nominative
    ("Поручение дано А. В. Беглову в понедельник.", "А.В. Беглов", "А.", "В.", "Беглов"),
    # regression: the initials ending a name took the next sentence's first word as a surname
    ("Отчет представила Семенова Н.Н. Письмо направлено в министерство.", "Н.Н. Семенова", "Н.", "Н.", "Семенова"),
    # regression: initials at a paragraph's end took the next paragraph's first word as a surname
    ("В совещании участвовал начальник управления Лаптев И.Г.\n\nПо данным ведомства, работы идут.",
     "И.Г. Лаптев", "И.", "Г.", "Лаптев"),
    # regression: natasha split the surname from the first name and patronymic
    ("Отчет представила заместитель директора Белова Ирина Андреевна.", "Ирина Андреевна Белова",
     "Ирина", "Андреевна", "Белова"),
    # regression: the two-letter initial ``Дж.`` was read as a first name ``Дж``
    ("Письмо подписал Дж.Смит из Лондона.", "Дж.Смит", "Дж.", None, "Смит"),
    # regression: a pope's number came out as ``Ii``
    ("В 1978 году папой избран Иоанн Павел II.", "Иоанн Павел II", "Иоанн", "Павел", "II"),
    # regression: a title natasha took into the name was read as the surname (``Елизавета Королева``)
    ("Королеве Елизавете вручили подарок.", "Елизавета", "Елизавета", None, None),
    # regression: a -ов surname pymorphy3 knows only as a village (``Пестову``) stayed in the dative
    ("Губернатор поручил главе района Олегу Пестову проверить работы.", "Олег Пестов", "Олег", None, "Пестов"),
    # regression: the tagger's genitive read ``Марина`` as Марин; the past verb's gender decides
    ("До назначения в министерство Валентина Серова три года была заместителем директора.", "Валентина Серова",
     "Валентина", None, "Серова"),
    # regression: natasha gave the first name to the bank's name before it: ``Олегович Серов``
    ("Документ подписал управляющий Курским отделением ПАО Сбербанк Артём Олегович Серов.",
     "Артём Олегович Серов", "Артём", "Олегович", "Серов"),
    # regression: the eponym's surname after ``им.`` was read as the word before a named-after person
    ("Выступил ректор Томского университета им. Куйбышева Олег Викторович Носков.",
     "Олег Викторович Носков", "Олег", "Викторович", "Носков"),
]


@pytest.mark.parametrize("text, name, first, middle, last", NAMES)
def test_name_in_nominative(people_of, text, name, first, middle, last):
    people = people_of(text)
    assert [(p.name, p.first, p.middle, p.last) for p in people] == [(name, first, middle, last)]


MERGED = [
    # (text, [(name, number of mentions)])
    ("Андрей Воробьев провел совещание. Воробьев отметил рост. Слова Андрея Воробьева поддержали.",
     [("Андрей Воробьев", 3)]),
    ("Министр Екатерина Иванова выступила на сессии. Ивановой задали много вопросов.", [("Екатерина Иванова", 2)]),
    ("Сергей Иванов и Петр Иванов подписали договор.", [("Сергей Иванов", 1), ("Петр Иванов", 1)]),
    ("Член президиума М.Русый посетит область. Михаил Русый встретится с губернатором.", [("Михаил Русый", 2)]),
    ("ВРИО РЕКТОРА НАЗНАЧЕН АЛЕКСЕЙ ПОПОВ\n\nРектором назначен Алексей Юрьевич Попов.", [("Алексей Юрьевич Попов", 2)]),
    ("Документ подписал Дмитрий Кобылкин.\n\nДМИТРИЙ КОБЫЛКИН, губернатор: «Мы довольны».", [("Дмитрий Кобылкин", 2)]),
    ("Анжелика Майстер выступила первой. Затем Майстер ответила на вопросы.", [("Анжелика Майстер", 2)]),
    # a lone first name joins the person of that first name mentioned nearest before
    ("Марк Смит работает на заводе. Марк рассказал журналистам о письмах.", [("Марк Смит", 2)]),
    ("Анна Иванова и Анна Петрова выступили. Анна рассказала о проекте.",
     [("Анна Иванова", 1), ("Анна Петрова", 2)]),
    # regression: the guesser's first-name reading of ``Хамадана`` kept the surname from joining
    ("Премьер-министр Тарик Хамадан выступил. Хамадана поддержали депутаты.", [("Тарик Хамадан", 2)]),
    # regression: a relative's surname in the genitive was glued to the name after it
    ("На открытии присутствовала вдова Кравцова Ольга Николаевна.", [("Кравцов", 1), ("Ольга Николаевна", 1)]),
    # regression: natasha's one span over a list in brackets became one person
    ("Голы забили Сёмин (Овечкин, Фёдоров) и Бернс.",
     [("Сёмин", 1), ("Овечкин", 1), ("Фёдоров", 1), ("Бернс", 1)]),
    # regression: initials between two surnames glued two people into ``В.П.О.Л. Кузнецов``
    ("Грамоты получили Смирнову В.П. Кузнецов О.Л. вручил награды.", [("В.П. Смирнов", 1), ("О.Л. Кузнецов", 1)]),
    # regression: a camel-cased surname was dropped as an abbreviation like ``МичГАУ``
    ("Сенатор Джеймс МакГрегор выступил против. МакГрегор заявил об этом.", [("Джеймс МакГрегор", 2)]),
    # regression: ``Ерохину М.В.`` (Ерохин's dative or Ерохина's accusative) and ``Марина Ерохина`` split
    ("Полномочия возложены на заместителя главы Ерохину М.В. Ранее Марина Ерохина руководила отделом.",
     [("Марина Ерохина", 2)]),
    ("Выступили И.П. Петров и Ирина Петрова.", [("И.П. Петров", 1), ("Ирина Петрова", 1)]),
    # regression: a surname that is also a country's plural (``Ливанов``: Ливан) was a place
    ("Ливанов раскритиковал ректоров.\n\nМинистр Дмитрий Ливанов выступил на совещании. Ливанов отвечал на вопросы.",
     [("Дмитрий Ливанов", 3)]),
    # regression: natasha ran two people in different cases into one (``Сталину Вертинский``)
    ("Песни Александра Вертинского нравились Сталину. Известно, что Сталину Вертинский писал письма.",
     [("Александр Вертинский", 2), ("Сталин", 2)]),
]


LATIN = [
    # (text, [(name, mentions)]): a Latin spelling in brackets is a mention of the same person
    ("Лекцию прочитал профессор Томас Вебер (Thomas Weber) из Берлина.",
     [("Томас Вебер", ["Томас Вебер", "Thomas Weber"])]),
    ("По словам вице-президента Клауса Штайнера (Klaus Steiner), проект окупится.",
     [("Клаус Штайнер", ["Клауса Штайнера", "Klaus Steiner"])]),
    ("Модератором был Иван Петров (Microsoft Research).", [("Иван Петров", ["Иван Петров"])]),
    # a maiden name in brackets is the same person
    ("Первое место заняла Екатерина Орлова (Смирнова).", [("Екатерина Орлова", ["Екатерина Орлова", "Смирнова"])]),
]


@pytest.mark.parametrize("text, expected", LATIN)
def test_name_in_brackets_is_a_mention(people_of, text, expected):
    assert [(p.name, [m.text for m in p.mentions]) for p in people_of(text)] == expected


@pytest.mark.parametrize("text, expected", MERGED)
def test_partial_mentions_merge(people_of, text, expected):
    assert [(p.name, len(p.mentions)) for p in people_of(text)] == expected


def test_mentions_keep_text_as_written(people_of):
    (person,) = people_of("Встреча с Гульназ Кадыровой прошла в Москве.")
    assert [m.text for m in person.mentions] == ["Гульназ Кадыровой"]


NOT_PEOPLE = [
    "Представители МичГАУ встретились с коллегами из КемГУ.",
    "Фонд «Вера Надежда Любовь» провел акцию в Москве.",
    "Офис находится на улице Гагарина, рядом с проспектом Ленина.",
    # regression: a surname only in the plural is a family
    "Поместье династии Шереметевых открыто для посетителей.",
    # regression: a foreign street natasha tags PER
    "Об этом сообщила Даунинг-стрит.",
    # regression: the person a body is named after was a person of the text (and took its head's role)
    "Соглашение подписали в СибГУ им. М.Ф. Решетнёва.",
    "Пациентов приняла больница имени академика Н.Н. Бурденко.",
    # regression: the namesake of a fund or a prize was a person of the text
    "Грант выделил благотворительный фонд Андрея Смирнова, а фонд Смирнова продлил программу.",
    # regression: a town in the locative or joined to another town read as a lone surname
    "Котельную в Толмачеве отремонтируют к зиме.",
    # regression: a party's clipped compound name natasha tags PER read as a lone surname
    "Об этом говорится в заявлении Нацфронта, распространенном в понедельник.",
]


def test_regression_bulleted_names_are_separate_people(people_of):
    people = people_of("Участники турнира: • Иван Соколов • Петр Смирнов • Анна Ушенина")
    assert [p.name for p in people] == ["Иван Соколов", "Петр Смирнов", "Анна Ушенина"]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_non_person_spans_are_dropped(people_of, text):
    assert people_of(text) == []


LONE_SURNAMES = [
    # a word only a surname can be stands alone; after a street or ``имени`` it names no one in the text
    ("Наконец Лебедев ответил на вопрос журналистов.", ["Лебедев"]),
    ("Встреча прошла на улице Лебедева в четверг.", []),
    ("Школа имени Лебедева отметила юбилей.", []),
]


@pytest.mark.parametrize("text, expected", LONE_SURNAMES)
def test_lone_surname_rule(analyze_text, text, expected):
    analysis = analyze_text(text)
    assert [analysis.text[a:b] for a, b, _ in lone_surnames(analysis)] == expected


def test_regression_gender_of_surname_follows_first_name(people_of):
    # ``Гульназ`` is not in the dictionary in the singular: the surname must not turn masculine
    (person,) = people_of("Заместитель главы Минпромторга РФ Гульназ Кадырова подписала документ.")
    assert person.name == "Гульназ Кадырова"


def test_regression_name_spans_do_not_cross_lines(people_of):
    # natasha joined a repeated headline name and the next line into one PER span
    (person,) = people_of("Евгений Евтушенко\n\nЕвгений Евтушенко родился в 1932 году.")
    assert (person.name, [m.text for m in person.mentions]) == ("Евгений Евтушенко", ["Евгений Евтушенко"] * 2)


def test_regression_family_name_is_no_person(people_of):
    # a plural surname (``семья Рокфеллеров``) joined the person as a partial mention
    (person,) = people_of("Дэвид Рокфеллер умер. Состояние семьи Рокфеллеров велико.")
    assert [m.text for m in person.mentions] == ["Дэвид Рокфеллер"]


def test_regression_headline_caps_name_after_verb(people_of):
    # the caps rule used to swallow ``НАЗНАЧЕН`` as a first word and miss the name
    (person,) = people_of("РЕКТОРОМ НАЗНАЧЕН АЛЕКСЕЙ ПОПОВ")
    assert person.name == "Алексей Попов"


def test_regression_caps_heading_name_taken_for_organization(parser):
    # another stage read the interview's heading ``ИГОРЬ ПЕТРОВ:`` as an organization and hid the person
    doc = parser.parse("ИГОРЬ ПЕТРОВ: «МЫ ГОТОВЫ»\n\nДелегацию возглавил Игорь Петров.")
    assert [(p.name, [m.text for m in p.mentions]) for p in doc.people] == [
        ("Игорь Петров", ["ИГОРЬ ПЕТРОВ", "Игорь Петров"])]


def test_regression_first_name_that_is_also_a_city(people_of):
    # ``Владимира`` is also the city's genitive: the first name + surname rule skipped it
    (person,) = people_of("Экскурсию для школьников в субботу провел Владимир Потанин.")
    assert person.name == "Владимир Потанин"


def test_regression_place_word_before_initials(people_of):
    # ``Казани К.С.`` was taken for a surname with initials and glued to the name after it
    (person,) = people_of("Выступая в Казани К.С. Орлов рассказал о проекте.")
    assert (person.name, [m.text for m in person.mentions]) == ("К.С. Орлов", ["К.С. Орлов"])


def test_regression_name_with_small_particle(people_of):
    # ``аль-Барадеи`` starts small and was dropped as an uncapitalized word
    (person,) = people_of("Теперь вновь в игре аль-Барадеи, сообщают дипломаты.")
    assert person.name == "аль-Барадеи"


def test_regression_town_joined_to_a_town_is_no_person(parser):
    # ``Петрова`` (the town Петрово) joined by ``и`` to a place read as a lone surname
    doc = parser.parse("Проверки прошли в школах Петрова и Кинешмы.")
    assert [p.name for p in doc.people] == []


@pytest.mark.parametrize(
    "span, pieces",
    [
        ("Сталину Вертинский", ["Сталину", "Вертинский"]),
        ("Иванова Ивана Петровича", ["Иванова Ивана Петровича"]),
        # regression: a particle and a homograph of a Russian case form cut foreign names
        ("Ахмеда бен Абдаллы Аль Махмуда", ["Ахмеда бен Абдаллы Аль Махмуда"]),
        ("Абдул Вали Сахми", ["Абдул Вали Сахми"]),
    ],
)
def test_name_span_cut_where_cases_disagree(span, pieces):
    from pressparse.extract.person_spans import case_pieces

    assert [span[a:b] for a, b in case_pieces(span, 0, len(span))] == pieces
