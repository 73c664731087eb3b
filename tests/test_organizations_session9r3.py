"""Organizations, session 9 round 3: a branch named with and without its owner's legal form, in
sentences of our own (press15 03 ``Свердловского филиала «Т Плюс»``, press14 07 ``Байкальский банк
Сбербанка``)."""

from __future__ import annotations

import pytest


def orgs_of(parser, text):
    return {o.name: o for o in parser.parse(text).organizations}


def mentions(org):
    return {m.text for m in org.mentions}


# the branch written once with its owner's legal form and once with the owner's bare quoted name is one
# branch; the owner named inside it is no organization of the text
BRANCH_BARE_OWNER = [
    ("Пермский филиал ПАО «Ростелеком» модернизирует сети. Директор Пермского филиала «Ростелеком» "
     "Иван Петров рассказал о планах.", "Пермский филиал ПАО «Ростелеком»",
     {"Пермский филиал ПАО «Ростелеком»", "Пермского филиала «Ростелеком»"}),
    ("Курский филиал АО «Почта России» открыл новое отделение. Работу Курского филиала «Почта России» "
     "проверили.", "Курский филиал АО «Почта России»",
     {"Курский филиал АО «Почта России»", "Курского филиала «Почта России»"}),
    ("В Тюменском филиале «Газпром» прошло совещание.", "Тюменский филиал ПАО «Газпром»",
     {"Тюменском филиале «Газпром»"}),
    ("Сотрудники Кировского филиала «Ростелеком» проложили кабель.", "Кировский филиал ПАО «Ростелеком»",
     {"Кировского филиала «Ростелеком»"}),
]


@pytest.mark.parametrize("text,name,expected", BRANCH_BARE_OWNER)
def test_branch_with_bare_owner_name(parser, text, name, expected):
    orgs = orgs_of(parser, text)
    assert name in orgs, list(orgs)
    assert expected <= mentions(orgs[name])
    assert not any(n.endswith("»") and n.startswith(("ПАО", "АО")) for n in orgs), list(orgs)


# a branch named with its owner in the genitive and with the owner's legal form is one branch; the owner
# written alone stays an organization of its own
BRANCH_OWNER_FORM = [
    ("Уральский банк Сбербанка выдал кредит. Председатель Уральского банка ПАО Сбербанк Петр Иванов "
     "подписал договор.", "Уральский банк ПАО Сбербанк",
     {"Уральский банк Сбербанка", "Уральского банка ПАО Сбербанк"}),
    ("Среднерусский банк ПАО Сбербанк запустил сервис. Клиенты Среднерусского банка Сбербанка оценили его.",
     "Среднерусский банк ПАО Сбербанк", {"Среднерусский банк ПАО Сбербанк", "Среднерусского банка Сбербанка"}),
    ("Волго-Вятский банк Сбербанка и правительство Нижегородской области подписали соглашение. "
     "Волго-Вятский банк ПАО Сбербанк вложит средства.", "Волго-Вятский банк ПАО Сбербанк",
     {"Волго-Вятский банк Сбербанка", "Волго-Вятский банк ПАО Сбербанк"}),
]


@pytest.mark.parametrize("text,name,expected", BRANCH_OWNER_FORM)
def test_branch_with_and_without_owner_form(parser, text, name, expected):
    orgs = orgs_of(parser, text)
    assert name in orgs, list(orgs)
    assert expected <= mentions(orgs[name])
    assert not any(n.endswith("Сбербанка") for n in orgs), list(orgs)


def test_two_banks_of_one_owner_stay_two(parser):
    orgs = orgs_of(parser, "Уральский банк Сбербанка и Сибирский банк ПАО Сбербанк подписали соглашение.")
    assert {"Уральский банк ПАО Сбербанк", "Сибирский банк ПАО Сбербанк"} <= set(orgs) \
        or {"Уральский банк Сбербанка", "Сибирский банк ПАО Сбербанк"} <= set(orgs), list(orgs)


# a company's kind abbreviated and written alone is the text's one company of that kind (press15 01
# ``УК``, 12 ``МП г. Омска «Электрический транспорт»``); the criminal code ``УК РФ`` is no company
BARE_KIND = [
    ("ООО «Курская управляющая компания» не подготовила дома к зиме. Прокурор внес директору УК "
     "представление.", "ООО «Курская управляющая компания»", {"УК"}),
    ("Жильцы пожаловались на ООО «УК Северный квартал». Руководство УК обещало устранить протечки.",
     "ООО «УК Северный квартал»", {"УК"}),
    ("Автобусы передадут МП г. Тулы «Тулгорэлектротранс». Предприятие «Тулгорэлектротранс» обучит водителей.",
     "МП г. Тулы «Тулгорэлектротранс»", {"МП г. Тулы «Тулгорэлектротранс»"}),
    ("Ремонт сетей выполнит МУП «Водоканал». Директор МУП рассказал о сроках.", "МУП «Водоканал»", set()),
]


@pytest.mark.parametrize("text,name,expected", BARE_KIND)
def test_bare_company_kind(parser, text, name, expected):
    orgs = orgs_of(parser, text)
    assert name in orgs, list(orgs)
    assert expected <= mentions(orgs[name])
    assert not {"УК", "МП", "МУП"} & set(orgs), list(orgs)


def test_criminal_code_is_no_company(parser):
    orgs = orgs_of(parser, "ООО «Омская управляющая компания» оштрафовали. Возбуждено дело по ст. 238 УК РФ.")
    assert all("УК РФ" not in m for o in orgs.values() for m in mentions(o)), list(orgs)
    assert "УК" not in orgs and "УК РФ" not in orgs


SFR_OFFICE = "Отделение Фонда пенсионного и социального страхования Российской Федерации по "

# a federal fund's name with the region's adjective (or ``регионального``) is the fund's regional office
# the text names (press15 08 ``Оренбургский Соцфонд``, ``регионального Соцфонда``)
REGIONAL_MENTION = [
    (SFR_OFFICE + "Курской области выплатило пособия. Курский Соцфонд принял 500 заявлений.",
     SFR_OFFICE + "Курской области", {"Курский Соцфонд"}),
    (SFR_OFFICE + "Тверской области открыло офис. Специалисты регионального Соцфонда консультируют граждан.",
     SFR_OFFICE + "Тверской области", {"регионального Соцфонда"}),
    (SFR_OFFICE + "Пермскому краю сообщило о выплатах. Пермский Соцфонд перечислил средства.",
     SFR_OFFICE + "Пермскому краю", {"Пермский Соцфонд"}),
]


@pytest.mark.parametrize("text,name,expected", REGIONAL_MENTION)
def test_regional_mention_of_federal_fund(parser, text, name, expected):
    orgs = orgs_of(parser, text)
    assert name in orgs, list(orgs)
    assert expected <= mentions(orgs[name])
