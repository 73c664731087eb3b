"""Organizations: bodies with territories, gazetteer names, companies, universities, media, merging."""

from __future__ import annotations

import pytest


def orgs_of(parser, text):
    return {o.name: o for o in parser.parse(text).organizations}


def mentions(org):
    return {m.text for m in org.mentions}


@pytest.mark.parametrize(
    "text, name, kind, mention",
    [
        # a body head + its region, city or district in the genitive
        ("Документ подписан с правительством Тверской области.", "Правительство Тверской области",
         "regional_body", "правительством Тверской области"),
        ("Средства выделила администрация Томской области.", "Администрация Томской области",
         "regional_body", "администрация Томской области"),
        ("Об этом сообщила администрация города Бийска.", "Администрация города Бийска",
         "municipal_body", "администрация города Бийска"),
        ("Заявку одобрила администрация г. Искитим.", "Администрация города Искитима",
         "municipal_body", "администрация г. Искитим"),
        ("Проект рассмотрело министерство образования Новосибирской области.",
         "Министерство образования Новосибирской области", "regional_body",
         "министерство образования Новосибирской области"),
        ("Закон принят Законодательным собранием Пензенской области.", "Законодательное собрание Пензенской области",
         "legislature", "Законодательным собранием Пензенской области"),
        ("Работы согласованы с администрацией Верхоянского района.", "Администрация Верхоянского района",
         "municipal_body", "администрацией Верхоянского района"),
        # informal region names become the official genitive
        ("Меморандум подписан Правительством Ямала.", "Правительство Ямало-Ненецкого автономного округа",
         "regional_body", "Правительством Ямала"),
        ("Правительство Коми выделило гранты.", "Правительство Республики Коми", "regional_body", "Правительство Коми"),
        # federal bodies from the gazetteer, abbreviations and their inflections
        ("Субсидии распределит Минпромторг России.", "Министерство промышленности и торговли Российской Федерации",
         "federal_body", "Минпромторг России"),
        ("Приказ Минобрнауки вступил в силу.", "Министерство науки и высшего образования Российской Федерации",
         "federal_body", "Минобрнауки"),
        ("Письмо направлено в Министерство сельского хозяйства Российской Федерации.",
         "Министерство сельского хозяйства Российской Федерации", "federal_body",
         "Министерство сельского хозяйства Российской Федерации"),
        # companies: legal form + quoted name, curly quotes included
        ("Договор заключен с ООО “Северный ветер”.", "ООО «Северный ветер»", "company", "ООО “Северный ветер”"),
        ("Инвестором стало АО «Тепловые сети Заречья».", "АО «Тепловые сети Заречья»", "company",
         "АО «Тепловые сети Заречья»"),
        ("Офис открыл ФГУП «Водоканал Заречья».", "ФГУП «Водоканал Заречья»", "company", "ФГУП «Водоканал Заречья»"),
        # a company the gazetteer knows gets its legal form + quoted name
        ("Сделку одобрила компания «Лукойл».", "ПАО «ЛУКОЙЛ»", "company", "компания «Лукойл»"),
        # a descriptor + quoted name
        ("Волонтеры благотворительного фонда «Теплый дом» помогли семьям.", "Благотворительный фонд «Теплый дом»",
         "ngo", "благотворительного фонда «Теплый дом»"),
        # universities and their abbreviations
        ("Лекцию прочел профессор Курганского государственного университета.", "Курганский государственный университет",
         "education", "Курганского государственного университета"),
        ("Грант получили ученые Курского ГАУ.", "Курский государственный аграрный университет", "education",
         "Курского ГАУ"),
        # the gazetteer's full name wins over the phrase
        ("Лекцию прочел профессор Омского государственного университета.",
         "Омский государственный университет имени Ф. М. Достоевского", "education",
         "Омского государственного университета"),
        # misspellings of gazetteer names
        ("Совещание провел Минпроторг России.", "Министерство промышленности и торговли Российской Федерации",
         "federal_body", "Минпроторг России"),
        # international bodies and foreign media from the gazetteer
        ("Еврокомиссия одобрила план.", "Европейская комиссия", "international", "Еврокомиссия"),
        ("Об этом сообщило агентство Рейтер.", "Reuters", "media", "Рейтер"),
        # a body credited as the source is that body, not media (regression: ``прокуратура ...`` was media)
        ("В Омске открыли школу.\n\nИсточник: прокуратура Алтайского края", "Прокуратура Алтайского края",
         "federal_body", "прокуратура Алтайского края"),
        # institutions known by a number
        ("Ремонт городской больницы № 2 завершен.", "Городская больница № 2", "other", "городской больницы № 2"),
        ("Ученики средней школы №12 победили.", "Средняя школа № 12", "education", "средней школы №12"),
        # regression: a branch's name keeps the abbreviation and country as written (was ``мчс``)
        ("Главное управление МЧС России по Томской области сообщило о пожаре.",
         "Главное управление МЧС России по Томской области", "federal_body",
         "Главное управление МЧС России по Томской области"),
        # regression: the federal service inside a branch's name is no organization of its own
        ("Управление Федеральной антимонопольной службы по Омской области возбудило дело.",
         "Управление Федеральной антимонопольной службы по Омской области", "federal_body",
         "Управление Федеральной антимонопольной службы по Омской области"),
        # regression: a police unit known by a quoted name (``МО`` and ``МВД`` were two ministries)
        ("Сотрудники МО МВД России «Каменский» задержали водителя.", "Межмуниципальный отдел МВД России «Каменский»",
         "federal_body", "МО МВД России «Каменский»"),
        # regression: a university council named by reference
        ("Ректор Вологодского государственного университета выступил. Кандидатуру одобрил ученый совет университета.",
         "Ученый совет Вологодского государственного университета", "other", "ученый совет университета"),
        # regression: the envoy's office named by reference
        ("Полномочный представитель Президента Российской Федерации в Сибирском федеральном округе провел "
         "совещание. Отчеты направят в аппарат полномочного представителя.",
         "Аппарат полномочного представителя Президента Российской Федерации в Сибирском федеральном округе",
         "federal_body", "аппарат полномочного представителя"),
        # regression: an official's credited press service is an organization (a body's is the body)
        ("В Омске открыли школу.\n\nПресс-служба губернатора Омской области", "Пресс-служба губернатора Омской области",
         "other", "Пресс-служба губернатора Омской области"),
        # regression: the gazetteer's ``администрация города`` kept the document's one city out of the
        # name, and the short adjective after it (``должна``) went into it
        ("Мэр Хабаровска выступил на сессии. Администрация города должна представить отчет.",
         "Администрация города Хабаровска", "municipal_body", "Администрация города"),
        # regression: a parent's abbreviation after an institution is part of its name (``РАН`` was apart)
        ("Сотрудники Уральского научного центра РАН провели экспедицию.",
         "Уральский научный центр Российской академии наук", "other", "Уральского научного центра РАН"),
    ],
)
def test_organization_name_kind_mention(parser, text, name, kind, mention):
    orgs = orgs_of(parser, text)
    assert name in orgs, list(orgs)
    assert orgs[name].kind == kind
    assert mention in mentions(orgs[name])


def test_body_place_is_its_territory(parser):
    doc = parser.parse("Соглашение подписали правительство Омской области и банк.")
    place = next(p for p in doc.places if p.name == "Омская область")
    org = next(o for o in doc.organizations if o.name == "Правительство Омской области")
    assert org.place == place.id


@pytest.mark.parametrize(
    "text, name, merged",
    [
        # inflections, РФ / России, the full name and the abbreviation are one organization
        ("Минпромторг РФ и Министерство промышленности и торговли России подписали план. "
         "Представитель Минпромторга рассказал о нем.",
         "Министерство промышленности и торговли Российской Федерации",
         {"Минпромторг РФ", "Министерство промышленности и торговли России", "Минпромторга"}),
        ("Ученые Омского государственного университета и ОмГУ провели конференцию.",
         "Омский государственный университет имени Ф. М. Достоевского", {"Омского государственного университета", "ОмГУ"}),
        ("Студенты Курганского государственного университета и КурГУ провели конференцию.",
         "Курганский государственный университет", {"Курганского государственного университета", "КурГУ"}),
        ("ПАО «Северсталь» отчиталось о прибыли. Компания «Северсталь» выплатит дивиденды.",
         "ПАО «Северсталь»", {"ПАО «Северсталь»", "Компания «Северсталь»"}),
        # a bare reference to the region's government is the document region's government
        ("Губернатор Курской области провел совещание. В правительстве региона обсудили дороги.",
         "Правительство Курской области", {"правительстве региона"}),
        # ``областное правительство``, ``областной минздрав``: the document region's bodies
        ("Губернатор Калужской области провел совещание. Областное правительство выделило средства.",
         "Правительство Калужской области", {"Областное правительство"}),
        ("В Пермском крае открыли школу. Краевое министерство образования сообщило об этом.",
         "Министерство образования Пермского края", {"Краевое министерство образования"}),
        ("Губернатор Калужской области провел совещание. Технику закупит областной минздрав.",
         "Министерство здравоохранения Калужской области", {"областной минздрав"}),
        # a regional abbreviation is the document region's body
        ("В Омской области открыли центр. Руководитель минсоца рассказала о планах.",
         "Министерство социальной политики Омской области", {"минсоца"}),
        # bare references join the one body of that kind (regression: ``Министерство`` was an org of its own)
        ("Министерство образования Курской области подписало соглашение. Министерство, в свою очередь, "
         "выделит гранты. Представитель ведомства рассказал о планах.",
         "Министерство образования Курской области", {"Министерство", "ведомства"}),
        # a body named only by its head's title and bare references
        ("Врио министра культуры Тульской области назначена Ольга Орлова. Ранее она руководила отделом "
         "ведомства и работала в министерстве с 2015 года.",
         "Министерство культуры Тульской области", {"ведомства", "министерстве"}),
        ("Прокурор Тамбовской области Иван Ершов подписал соглашение. Как сообщает пресс-служба надзорного "
         "ведомства, документ вступит в силу.", "Прокуратура Тамбовской области", {"надзорного ведомства"}),
        # a quoted abbreviation whose letters begin the full name's words
        ("АО «Северный трубный завод» начало стройку. АО «СТЗ» вложит 2 млрд рублей.",
         "АО «Северный трубный завод»", {"АО «СТЗ»"}),
        # a shortened name of the one longer name
        ("Сибирский технологический университет открыл лабораторию. Ученые Сибирского государственного "
         "технологического университета покажут ее гостям.", "Сибирский государственный технологический университет",
         {"Сибирский технологический университет"}),
        # regression: a bare ``Госкорпорация`` is the state corporation, not an organization of its own
        ("Госкорпорация «Росатом» подписала соглашение. Согласно документу, Госкорпорация построит терминал, "
         "а ООО «Порт» займется логистикой.", "Государственная корпорация по атомной энергии «Росатом»", {"Госкорпорация"}),
        # regression: a branch named by its region's adjective and by ``по`` is one body
        ("Управление Федеральной антимонопольной службы по Пермскому краю оштрафовало компанию. Пермское УФАС "
         "выдало предписание.", "Управление Федеральной антимонопольной службы по Пермскому краю", {"Пермское УФАС"}),
        # regression: a federal service named bare beside its one branch is that branch
        ("РОСПОТРЕБНАДЗОР ПРОВЕРИЛ ПЕКАРНЮ\n\nУправление Роспотребнадзора по Томской области провело проверку.",
         "Управление Федеральной службы по надзору в сфере защиты прав потребителей и благополучия человека по Томской "
         "области", {"РОСПОТРЕБНАДЗОР"}),
    ],
)
def test_merging(parser, text, name, merged):
    orgs = orgs_of(parser, text)
    assert name in orgs, list(orgs)
    assert merged <= mentions(orgs[name])
    assert sum(1 for o in orgs.values() if merged & mentions(o)) == 1


def test_every_occurrence_is_a_mention(parser):
    text = "Правительство Тульской области одобрило план. Позже правительство Тульской области его опубликовало."
    org = orgs_of(parser, text)["Правительство Тульской области"]
    assert len(org.mentions) == 2


def test_credited_media_is_an_organization(parser):
    text = "В Омске открыли школу.\n\nМэр города перерезал ленточку.\n\n(с) ИА Омская правда"
    doc = parser.parse(text)
    media = [o for o in doc.organizations if o.kind == "media"]
    assert [o.name for o in media] == ["ИА Омская правда"]


@pytest.mark.parametrize(
    "text, absent",
    [
        # events, national projects and job titles alone are no organizations
        ("Соглашение подписано на ПМЭФ-2019.", "ПМЭФ-2019"),
        ("Делегация приняла участие в Восточном экономическом форуме.", "Восточный экономический форум"),
        ("Губернатор региона поручил проверить школы.", "Правительство"),
        # a ministry's head, not the ministry
        ("Министр провел прием граждан в Омске.", "Министерство"),
        ("Мэр Омска открыл сквер.", "Мэрия"),
        # a capitalized head with a prepositional phrase is no name's start (regression)
        ("Суд по иску прокурора обязал компанию отремонтировать сети.", "Суд по"),
        # a bare ``суд`` inside a sentence is the institution in general
        ("Прокуратура Омской области обжаловала решение суда.", "Суд"),
        # regression: a sentence's capital makes no name of ``новый завод``
        ("«Новый завод даст региону работу», — сказал губернатор.", "Новый завод"),
        ("Управление Федеральной антимонопольной службы по Омской области возбудило дело.", "Федеральная"),
    ],
)
def test_not_organizations(parser, text, absent):
    names = [o.name for o in parser.parse(text).organizations]
    assert not any(n.startswith(absent) for n in names), names


def test_region_adjective_must_fit_the_region(parser):
    # ``краевое`` is no body of an ``область``
    names = [o.name for o in parser.parse("В Омской области тепло. Краевое правительство молчит.").organizations]
    assert "Правительство Омской области" not in names


def test_region_of_the_named_city(parser):
    # the region is not named, but the city's region names the body; no place is invented
    doc = parser.parse("В Перми открыли школу. Правительство края выделило 100 млн рублей.")
    assert [o.name for o in doc.organizations] == ["Правительство Пермского края"]
    assert [p.name for p in doc.places] == ["Пермь"]


def test_region_body_needs_a_known_region(parser):
    # ``правительство региона`` with no region named resolves to nothing
    assert parser.parse("Правительство региона выделило деньги на ремонт.").organizations == ()


@pytest.mark.parametrize(
    "text, name, mention",
    [
        # a territorial branch keeps the case ``по`` governs; ``ГУ`` spelled out, ``МВД России`` as written
        ("Пресс-служба ГУ МВД России по Новосибирской области сообщила о задержании.",
         "Главное управление МВД России по Новосибирской области",
         "ГУ МВД России по Новосибирской области"),
        ("В УМВД по городу Омску уточнили детали.", "Управление министерства внутренних дел по городу Омску",
         "УМВД по городу Омску"),
        # a national body's word before a region is that region's body
        ("Кабмин Татарстана одобрил программу.", "Кабмин Республики Татарстан", "Кабмин Татарстана"),
        # the governor's administration is the document region's
        ("В Калужской области прошла проверка, сообщило управление по работе со СМИ администрации губернатора.",
         "Управление по работе со СМИ администрации губернатора Калужской области",
         "управление по работе со СМИ администрации губернатора"),
        # a complement with a preposition's phrase and a listed complement
        ("Документ подписал Комитет по физической культуре и спорту Ленинградской области.",
         "Комитет по физической культуре и спорту Ленинградской области",
         "Комитет по физической культуре и спорту Ленинградской области"),
        ("Работы оплатит Министерство строительства, архитектуры и жилищного хозяйства Республики Бурятия.",
         "Министерство строительства, архитектуры и жилищного хозяйства Республики Бурятия",
         "Министерство строительства, архитектуры и жилищного хозяйства Республики Бурятия"),
        # a proper adjective before a court; ``г. Кирова`` declined in the text is kept
        ("Иск рассмотрел Ленинский районный суд г. Томска.", "Ленинский районный суд г. Томска",
         "Ленинский районный суд г. Томска"),
        # the text's capitals in a legislature's name are kept
        ("Закон принят Законодательным Собранием Пермского края.", "Законодательное Собрание Пермского края",
         "Законодательным Собранием Пермского края"),
        # nested quotes that close once
        ("Гарантию выдало АО «Корпорация «Развитие Севера».", "АО «Корпорация «Развитие Севера»»",
         "АО «Корпорация «Развитие Севера»"),
    ],
)
def test_body_phrases(parser, text, name, mention):
    orgs = orgs_of(parser, text)
    assert name in orgs, list(orgs)
    assert mention in mentions(orgs[name])


@pytest.mark.parametrize(
    "text, name",
    [
        # a country's adjective + a body: the country's body, the gazetteer's name where known
        ("Японское правительство выразило протест.", "Правительство Японии"),
        ("Решение приняло российское министерство финансов.", "Министерство финансов Российской Федерации"),
        ("Украинский парламент проголосовал против.", "Парламент Украины"),
    ],
)
def test_country_adjective_bodies(parser, text, name):
    assert name in orgs_of(parser, text)


def test_regression_plural_class_is_no_organization(parser):
    assert orgs_of(parser, "Американские компании ушли с рынка.") == {}


def test_body_inside_another_bodys_name(parser):
    # ``администрации губернатора`` inside ``управление ... администрации губернатора``: both bodies
    text = "В Калужской области прошла проверка, сообщило управление по работе со СМИ администрации губернатора."
    names = set(orgs_of(parser, text))
    assert "Администрация губернатора Калужской области" in names


def test_regression_clause_tagged_as_org(parser):
    # natasha tags ``Школы Верхоянья отремонтируют`` as ORG: a finite verb makes it no name
    assert orgs_of(parser, "Школы Верхоянья отремонтируют. Работы в районе начнутся летом.") == {}


def test_regression_mayor_is_no_mayors_office(parser):
    # ``мэра`` and ``мэрия`` share a short stem: matched by lemma, not stem
    assert orgs_of(parser, "Встреча мэра Омска с жителями прошла в парке.") == {}


def test_regression_dictionary_word_is_no_misspelling(parser):
    # ``Министр`` is one letter from ``минстр(ой)`` but a known word: no fuzzy match
    assert orgs_of(parser, "Министр рассказал о ремонте дорог.") == {}


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # an abbreviation in brackets after the name, and the same abbreviation later: one organization
        ("Заявление распространил Союз независимых фермеров (СНФ). Позже СНФ уточнил данные.",
         "Союз независимых фермеров", {"Союз независимых фермеров", "СНФ"}),
        # a Latin name in brackets after a quoted one
        ("Завод построит немецкий концерн «Фольксваген» (Volkswagen) под Калугой.", "Фольксваген", {"Volkswagen"}),
        # regression: natasha's span ``... Карелии (АЛПК)`` is two mentions, the name ends before the bracket
        ("Доклад подготовила Ассоциация лесопромышленников Карелии (АЛПК).", "Ассоциация лесопромышленников Карелии",
         {"Ассоциация лесопромышленников Карелии", "АЛПК"}),
        # a bare quoted name: its quotes are no part of the mention
        ("Об этом пишет газета «Вечерний курьер». По данным «Вечернего курьера», сделка сорвалась.",
         "Газета «Вечерний курьер»", {"Вечернего курьера"}),
        # a unit of an organization named by its owner is an organization of its own
        ("Решение принял Судейский комитет ФИФА.", "Судейский комитет Международной федерации футбола",
         {"Судейский комитет ФИФА"}),
        ("Он окончил философский факультет МГУ и работал в ООН.", "Философский факультет МГУ",
         {"философский факультет МГУ"}),
        # regression: ``областная дума`` and ``Ярославская областная дума`` are one body, named as written
        ("В Ярославской области обсудили бюджет. Председатель комитета областной думы по бюджету выступил. "
         "Ярославская областная дума приняла закон.", "Ярославская областная дума",
         {"Ярославская областная дума", "областной думы"}),
        # regression: a proper adjective before a body's head is part of its name (was ``суд Москвы``)
        ("Приговор вынес Хорошевский суд Москвы.", "Хорошевский суд города Москвы", {"Хорошевский суд Москвы"}),
        # a foreign body known by its building's name
        ("Заявление опубликовано в субботу Белым домом.", "Белый дом", {"Белым домом"}),
        # a national team named by its country, by the country's adjective, and bare
        ("Сборная России обыграла канадцев. Премьер поздравил сборную с победой.", "Сборная России",
         {"Сборная России", "сборную"}),
        ("Тренер российской сборной по хоккею оценил матч.", "Сборная России по хоккею", {"российской сборной по хоккею"}),
        # the unit's ``по`` complement is part of its name
        ("В Ярославской области обсудили бюджет. Председатель комитета областной думы по бюджету выступил.",
         "Комитет Думы Ярославской области по бюджету", {"комитета областной думы по бюджету"}),
    ],
)
def test_aliases_units_and_extents(parser, text, name, expected):
    assert_one_body(parser, text, name, expected)


@pytest.mark.parametrize(
    "text",
    [
        # quoted names of things in a list headed by the thing's noun
        "Шаттлы «Индевор» и «Атлантис» отправятся к станции в этом году.",
        "Премьера песни «Северный ветер» состоялась вчера.",
        # regression: a plural common word is not the one-word name of its singular (``Эксперт``)
        "Эксперты считают, что цены вырастут.",
        # the building where a body sits, as a place: ``в Белом доме``
        "Президент принимает коллегу в Белом доме.",
        # regression: a board of persons is no unit of its own
        "Об этом сообщил председатель совета директоров ПАО «Ромашка».",
    ],
)
def test_regression_not_organizations_either(parser, text):
    names = [o.name for o in parser.parse(text).organizations]
    assert all("Индевор" not in n and "Северный ветер" not in n and "Эксперт" not in n and "Совет" not in n
               and "Белый дом" not in n for n in names), names


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # a branch with its number and owner is one name; the owner inside is no mention of its own
        ("Кредит выдало Курское отделение № 8596 ПАО Сбербанк. Управляющий Курским отделением № 8596 ПАО Сбербанк "
         "Иван Котов подписал договор.", "Курское отделение № 8596 ПАО Сбербанк",
         {"Курское отделение № 8596 ПАО Сбербанк", "Курским отделением № 8596 ПАО Сбербанк"}),
        ("Проверку провело Приволжское межрегиональное управление Росприроднадзора.",
         "Приволжское межрегиональное управление Росприроднадзора", {"Приволжское межрегиональное управление Росприроднадзора"}),
        # parties by their customary names, not the registered ``Политическая партия «...»``
        ("Кандидата от КПРФ поддержали избиратели.", "Коммунистическая партия Российской Федерации", {"КПРФ"}),
        ("Второе место занял кандидат партии «Новые люди».", "Партия «Новые люди»", {"партии «Новые люди»"}),
        # regression: a headline's last words and the byline under it are two names, never one
        ("Депутаты обсудили бюджет Законодательного Собрания\n\nПресс-служба Избирательной комиссии Тверской области | 05.03.2025\n\n"
         "Законодательное Собрание Тверской области приняло закон.", "Пресс-служба Избирательной комиссии Тверской области",
         {"Пресс-служба Избирательной комиссии Тверской области"}),
        ("Вуз открыл Институт химической технологии\n\n05.03.2025, 10:00\n\nВ институте начались занятия.",
         "Институт химической технологии", {"Институт химической технологии"}),
        # ``<name> — филиал <owner>``: the branch's own name leads, the whole is one name
        ("Соглашение подписала Южно-Уральская железная дорога — филиал ОАО «РЖД».",
         "Южно-Уральская железная дорога — филиал ОАО «РЖД»", {"Южно-Уральская железная дорога — филиал ОАО «РЖД»"}),
        # a body adjective before a capitalised head in the nominative leads the name
        ("Партнером выступила Городская Управа города Твери.", "Городская Управа города Твери",
         {"Городская Управа города Твери"}),
        # a committee of a body written contracted: the owner spelled out
        ("Поправки одобрил комитет Госдумы по бюджету и налогам.", "Комитет Государственной Думы по бюджету и налогам",
         {"комитет Госдумы по бюджету и налогам"}),
        # a unit with its ``по`` field before its owner: one name in the text's order
        ("Председатель комитета по бюджету и экономике Тверской городской думы Иван Котов выступил.",
         "Комитет по бюджету и экономике Тверской городской думы", {"комитета по бюджету и экономике Тверской городской думы"}),
        # a descriptor with its field before the quoted name: all of it is the name
        ("Благотворительный фонд поддержки семей «Тёплый край» открыл приют. Фонд «Тёплый край» благодарит всех.",
         "Благотворительный фонд поддержки семей «Тёплый край»", {"Фонд «Тёплый край»"}),
        # ``филиалом <owner> по <region>``: the region is the branch's
        ("Работы выполнит совместно с филиалом ППК «Роскадастр» по Пермскому краю.",
         "Филиал ППК «Роскадастр» по Пермскому краю", {"филиалом ППК «Роскадастр» по Пермскому краю"}),
        # regression: a first name after a bank is no town (``Сбербанк Артём Петрович``)
        ("Договор подписал управляющий Курским отделением № 8596 ПАО Сбербанк Артём Петрович Котов.",
         "Курское отделение № 8596 ПАО Сбербанк", {"Курским отделением № 8596 ПАО Сбербанк"}),
        # a legal form alone refers to the text's one organization of that form
        ("Прокуратура проверила МУП «Горводоканал». Суд оштрафовал МУП на 100 тыс. рублей.",
         "МУП «Горводоканал»", {"МУП «Горводоканал»", "МУП"}),
        # a quoted name with initials inside (``имени Н.И. ...``), and its number alone later
        ("Главврачом ГБУЗ «Городская больница № 3 имени С.П. Боткина» назначен Иван Котов. Ранее он работал "
         "хирургом больницы № 3.", "ГБУЗ «Городская больница № 3 имени С.П. Боткина»", {"больницы № 3"}),
        # an organ of a legislature takes its ``по`` field listed with commas, and its short name joins it
        ("Комитет Госсовета Татарстана одобрил поправки. Заседание комитета Государственного Совета Республики "
         "Татарстан по бюджету, налогам и финансам прошло в среду.",
         "Комитет Государственного Совета Республики Татарстан по бюджету, налогам и финансам",
         {"Комитет Госсовета Татарстана"}),
        # a federal service's short name in its branch's name is spelled out; ``<service> <region>`` is that branch
        ("Росреестр Татарстана подвел итоги. Управление Росреестра по Республике Татарстан зарегистрировало 500 "
         "ипотек.", "Управление Федеральной службы государственной регистрации, кадастра и картографии по "
         "Республике Татарстан", {"Росреестр Татарстана", "Управление Росреестра по Республике Татарстан"}),
        # another name in brackets, and its initials elsewhere
        ("ПАО «Дизельмаш» (Курский дизельный завод, входит в холдинг) расширит цех. Сейчас КДЗ выпускает 900 "
         "моторов в год.", "ПАО «Дизельмаш»", {"Курский дизельный завод", "КДЗ"}),
        # a one-word name made of the starts of the full name's words
        ("АО «Омский моторостроительный завод» подписало договор. АО «Омскмотор» обязуется поставить двигатели.",
         "АО «Омский моторостроительный завод»", {"АО «Омскмотор»"}),
        # a district's region written after it is part of the body's name; the shorter mention joins it
        ("Проверку провела прокуратура Кировского района Самарской области. Прокуратура Кировского района "
         "внесла представление.", "Прокуратура Кировского района Самарской области", {"Прокуратура Кировского района"}),
        ("Совещание провел глава администрации Лискинского муниципального района Воронежской области. Специалисты "
         "администрации района проверили школы.", "Администрация Лискинского муниципального района Воронежской области",
         {"администрации района"}),
        # a university's field before ``имени`` is part of its name; its abbreviation joins it
        ("Договор подписали Уральский государственный университет путей и сообщения имени С.М. Кирова и УрГУ.",
         "Уральский государственный университет путей и сообщения имени С.М. Кирова", {"УрГУ"}),
    ],
)
def test_branches_forms_and_other_names(parser, text, name, expected):
    assert_one_body(parser, text, name, expected)


def assert_one_body(parser, text, name, expected):
    """``name`` is found with the ``expected`` mentions, and no other organization has any of them."""
    orgs = orgs_of(parser, text)
    assert name in orgs, list(orgs)
    assert expected <= mentions(orgs[name])
    assert sum(1 for o in orgs.values() if expected & mentions(o)) == 1


@pytest.mark.parametrize(
    "text, wrong",
    [
        # regression: a capital adjective before an organ of a named body makes no name of its own
        ("Заседание провел председатель Постоянной комиссии Законодательного Собрания Пермского края по бюджету.",
         "Постоянная"),
        # a court is named by its territory: ``суд <noun phrase> в <town>`` is a clause
        ("Прокуратура добилась через суд ремонта дороги в Кургане.", "Суд ремонта"),
        # a person's name in a capitals headline
        ("ИВАН КОТОВ НАЗНАЧЕН ГЛАВНЫМ ВРАЧОМ\n\nИван Котов возглавил больницу.", "ИВАН КОТОВ"),
        # a quoted park and a study field are no organizations
        ("Дороги построят в индустриальном парке «Северный».", "Северный"),
        ("Вузы откроют магистратуру по направлениям «Робототехника» и «Материаловедение».", "Материаловедение"),
        # a capitalised post is the person's, not a body
        ("Соглашение подписал заместитель Городского Головы Иван Котов.", "Голова"),
        # a legal form alone with no organization of that form in the text names nothing
        ("Директор МУП уволен.", "МУП"),
    ],
)
def test_regression_no_such_organization(parser, text, wrong):
    names = [o.name for o in parser.parse(text).organizations]
    assert not any(wrong in n for n in names), names
