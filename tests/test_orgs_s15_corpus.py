"""Organizations, session 15 (corpus helper): bare references by descriptor in news prose
(``газета «Коммерсантъ»`` ... ``издания``) and capitalised short names (``члена Конгресса``), in
sentences of our own after the error classes of the factRuEval and NEREL development splits."""

from __future__ import annotations

import pytest


def mentions_of(parser, text, name):
    """The mention texts of the organization called ``name`` (None when there is none)."""
    for o in parser.parse(text).organizations:
        if o.name == name:
            return sorted(m.text for m in o.mentions)
    return None


REFERENCES = [
    # a newspaper named with its descriptor: ``издания``, ``Газета``, ``газеты`` refer back to it
    ("newspaper_by_descriptor",
     "Как пишет газета «Коммерсантъ», сделка сорвалась. По данным издания, покупатель отказался. "
     "Газета также пишет, что переговоры продолжатся.",
     "Коммерсантъ", ["Газета", "газета «Коммерсантъ»", "издания"]),
    # a channel named with ``телеканала`` before it: ``руководство телеканала``, ``доходы канала``
    ("channel_by_descriptor_before_name",
     "Акционеры спорят о судьбе телеканала World Fashion Channel. Руководство телеканала не собирается "
     "прерывать вещание. Владельцы крадут доходы канала.",
     "World Fashion Channel", ["World Fashion Channel", "канала", "телеканала"]),
    # a news agency: ``по данным агентства``
    ("news_agency",
     "Агентство Reuters сообщило об этом в понедельник. По данным агентства, переговоры продолжатся.",
     "Reuters", ["Reuters", "агентства"]),
    # a federal agency named too: ``агентства`` may be either, so it joins neither
    ("agency_with_federal_agency_named",
     "Росморречфлот и агентство Reuters сообщили о проекте. По данным агентства, работы начнутся весной.",
     "Reuters", ["Reuters"]),
    # an international agency: its capitalised short name mid-sentence and its bare noun
    ("international_agency_short_name",
     "Умер глава МАГАТЭ Юкия Амано. Об этом сообщил секретариат Агентства. "
     "За последнее десятилетие агентство достигло результатов.",
     "Международное агентство по атомной энергии", ["Агентства", "МАГАТЭ", "агентство"]),
    # a capitalised head mid-sentence is the short name of the one body so headed
    ("capitalised_short_name",
     "Член Конгресса США ранена. Обвинение касается покушения на убийство члена Конгресса.",
     "Конгресс США", ["Конгресса", "Конгресса США"]),
    # the alliance the gazetteer knows as one
    ("nato_alliance",
     "Страны НАТО собрались в Лиссабоне. Члены альянса договорились начать вывод войск.",
     "Организация Североатлантического договора", ["НАТО", "альянса"]),
    # a social network named by its platform name: ``социальной сети``, ``соцсети``
    ("social_network",
     "Фонд DST продолжает скупать акции Facebook. Инвесторы купили акции популярной социальной сети. "
     "Аудитория соцсети растет.",
     "Facebook", ["Facebook", "социальной сети", "соцсети"]),
    # a person's post: ``директору театра Игорю Лазареву`` leaves the person the actor
    ("post_before_person_name",
     "Министр осмотрела здание Большого театра. Она поручила директору театра Игорю Лазареву подготовить план.",
     "Большой театр", ["Большого театра"]),
    # ``издание`` followed by what is published is publishing, no outlet
    ("publishing_is_no_outlet",
     "Как пишет газета «Коммерсантъ», суд снял запрет на издание так называемых фетв.",
     "Коммерсантъ", ["газета «Коммерсантъ»"]),
    # a plural relative after the noun: several federations, no reference
    ("plural_relative_no_reference",
     "Федерация шахмат России поддержит его, а также федерации, которые его поддерживают.",
     "Федерация шахмат", ["Федерация шахмат"]),
    # two corporations named: ``корпорация`` stands for neither
    ("two_corporations_ambiguous",
     "Корпорация Philips и корпорация Siemens подали заявки. Корпорация хотела бы заняться медициной.",
     "Philips", ["Philips"]),
]


@pytest.mark.parametrize("text,name,expected", [c[1:] for c in REFERENCES], ids=[c[0] for c in REFERENCES])
def test_descriptor_references(parser, text, name, expected):
    assert mentions_of(parser, text, name) == expected


def test_place_in_name_is_no_short_name(parser):
    """``заместителем Мэра города Омска``: ``Омска`` is the city, though the first noun of
    ``МП г. Омска «Электрический транспорт»`` (press15/12)."""
    from pathlib import Path

    text = (Path(__file__).parent.parent / "fixtures/press15/12-omsk-gtlk-electric-buses.txt").read_text(encoding="utf-8")
    mentions = mentions_of(parser, text, "МП г. Омска «Электрический транспорт»")
    assert mentions is not None and "Омска" not in mentions
