"""Session 13 (oblig): obligation errors press16-18 showed, in sentences of our own, run through the whole parser."""

from __future__ import annotations

import pytest


def actions(parser, text):
    return [o.action for o in parser.parse(text).obligations]


AGREEMENT = "Администрация Курска и ООО «Курскводоканал» подписали концессионное соглашение. "

# (name, text, action that must not be among the obligations)
NONE_CASES = [
    # a condition states what may happen, not a commitment: neither the condition nor its consequence
    ("if_clause_future_verb_is_no_commitment",
     AGREEMENT + "Если концессионер сорвет сроки ремонта, администрация вправе расторгнуть соглашение.",
     "сорвать сроки ремонта"),
    ("if_clause_consequence_is_no_duty",
     AGREEMENT + "Если компания не выполнит показатели, часть субсидии ей придется вернуть в бюджет.",
     "вернуть часть субсидии в бюджет"),
    ("in_case_of_opening_the_sentence_is_no_duty",
     AGREEMENT + "В случае срыва показателей компания должна будет вернуть часть средств.",
     "вернуть часть средств"),
]


@pytest.mark.parametrize("name,text,absent", NONE_CASES, ids=[c[0] for c in NONE_CASES])
def test_no_obligation(parser, name, text, absent):
    got = actions(parser, text)
    assert not any(a.startswith(absent.split()[0]) and absent.split()[-1] in a for a in got), got


def parties_of(parser, text, action_start):
    doc = parser.parse(text)
    names = {o.id: o.name for o in doc.organizations} | {p.id: p.name for p in doc.people}
    return [[names.get(i, i) for i in o.parties] for o in doc.obligations if o.action.startswith(action_start)]


# (name, text, action start, parties expected for it)
PARTY_CASES = [
    # "по пятницам" is a dative with a preposition: no addressee of the second task, which keeps the first one's
    ("prepositional_dative_is_no_addressee",
     "Министр строительства Пермского края Елена Иванова поручила НО «Фонд капитального ремонта Пермского края» "
     "до 25 декабря представить в министерство график работ, а также еженедельно, по пятницам, публиковать "
     "на своем сайте сведения о ходе работ.",
     "публиковать", ["НО «Фонд капитального ремонта Пермского края»"]),
    # every press set's gold lists "будет курировать X" as the person's commitment
    ("will_supervise_is_a_persons_commitment",
     "Правительство Тверской области и ПАО «Ростелеком» подписали соглашение о сотрудничестве. "
     "Со стороны компании реализацию соглашения будет курировать директор Тверского филиала ПАО «Ростелеком» "
     "Олег Петрович Смирнов.",
     "курировать", ["Олег Петрович Смирнов"]),
]


@pytest.mark.parametrize("name,text,start,expected", PARTY_CASES, ids=[c[0] for c in PARTY_CASES])
def test_parties(parser, name, text, start, expected):
    assert expected in parties_of(parser, text, start)


# (name, text, action expected among the obligations): a task noun taken on is said as its verb
VERB_CASES = [
    ("cofinancing_taken_on_is_cofinance",
     AGREEMENT + "Администрация, в свою очередь, берет на себя софинансирование строительства водовода.",
     "софинансировать"),
    ("opening_taken_on_is_open",
     AGREEMENT + "Компания, в свою очередь, берет на себя открытие двух новых очистных сооружений.",
     "открыть"),
]


@pytest.mark.parametrize("name,text,verb", VERB_CASES, ids=[c[0] for c in VERB_CASES])
def test_task_noun_verb(parser, name, text, verb):
    got = actions(parser, text)
    assert any(a.startswith(verb + " ") for a in got), got


# (name, text, action expected among the obligations)
ACTION_CASES = [
    # a comma list of infinitives on one cue: each its own, and the term before the first one is every one's
    ("comma_list_cut_and_shared_term",
     "Правительство Курской области и ООО «Курская фарма» заключили специальный инвестиционный контракт. "
     "По условиям контракта ООО «Курская фарма» обязуется до 31 декабря 2029 года вложить в проект не менее 2 млрд рублей, "
     "создать 300 рабочих мест и освоить выпуск 10 препаратов.",
     "вложить до 31 декабря 2029 года в проект не менее 2 млрд рублей"),
    ("comma_list_second_gets_the_shared_term",
     "Правительство Курской области и ООО «Курская фарма» заключили специальный инвестиционный контракт. "
     "По условиям контракта ООО «Курская фарма» обязуется до 31 декабря 2029 года вложить в проект не менее 2 млрд рублей, "
     "создать 300 рабочих мест и освоить выпуск 10 препаратов.",
     "создать 300 рабочих мест до 31 декабря 2029 года"),
    # object first, doer last, both parsed as objects: the body named last is the doer
    ("object_first_doer_last_two_objects",
     AGREEMENT + "Ход реконструкции будет ежеквартально рассматривать Курский городской Совет.",
     "ежеквартально рассматривать ход реконструкции"),
]


@pytest.mark.parametrize("name,text,expected", ACTION_CASES, ids=[c[0] for c in ACTION_CASES])
def test_action(parser, name, text, expected):
    assert expected in actions(parser, text)
