"""Organizations, session 16 (orgs helper): railway branches, a bank's gazetteer name, a federal
abbreviation with no region's namesake, in sentences of our own."""

from __future__ import annotations

import pytest


def by_mention(parser, text):
    """mention text -> the canonical name of its organization."""
    return {m.text: o.name for o in parser.parse(text).organizations for m in o.mentions}


NAMED = [
    # a bare railway in the instrumental is the branch, in the nominative, with its owner named
    ("railway_bare_instrumental_with_owner",
     "ОАО «РЖД» подписало договор. Перевозки будут организованы совместно – Южно-Уральской железной "
     "дорогой – и областью.",
     "Южно-Уральской железной дорогой", "Южно-Уральская железная дорога – филиал ОАО «РЖД»"),
    # a railway named only in a title's genitive is an organization too
    ("railway_only_in_former_post",
     "Соглашение с ОАО «РЖД» подписал губернатор. Ранее Иван Петров работал инженером Западно-Сибирской "
     "железной дороги.",
     "Западно-Сибирской железной дороги", "Западно-Сибирская железная дорога — филиал ОАО «РЖД»"),
    # without the owner named the railway keeps its bare name
    ("railway_without_owner_stays_bare",
     "Новые электрички получены от Красноярской железной дороги в прошлом месяце.",
     "Красноярской железной дороги", "Красноярская железная дорога"),
    # the bank's gazetteer canonical name is its short official one
    ("rosselkhozbank_short_official_name",
     "Россельхозбанк выдал кредиты аграриям области на сумму 2 млрд рублей.",
     "Россельхозбанк", "АО «Россельхозбанк»"),
    # ``МВД`` with no region in the text is the federal ministry, not a region's namesake
    # a headline's region adjective before a colloquial body is the body the text writes out
    ("region_adjective_headline_joins_body",
     "Пермский минздрав открыл новую поликлинику\n\nМинистерство здравоохранения Пермского края открыло "
     "поликлинику. В министерстве сообщили, что прием начнется в январе.",
     "Пермский минздрав", "Министерство здравоохранения Пермского края"),
    ("bare_federal_abbreviation_no_region",
     "Новые правила регистрации\n\nВ МВД сообщили, что с 1 марта изменятся правила регистрации автомобилей.",
     "МВД", "Министерство внутренних дел Российской Федерации"),
]


@pytest.mark.parametrize("case, text, mention, name", NAMED, ids=[c[0] for c in NAMED])
def test_canonical_name(parser, case, text, mention, name):
    assert by_mention(parser, text).get(mention) == name
