"""Parties of obligations: a body named by the common noun of its own name, a speaker's aside
before the clause, a partner named with ``совместно с``.

Earlier layers are replaced by hand-made records located in the test text (as in
test_obligations.py); agreements come from the agreements layer run on the same records.
"""

from __future__ import annotations

import pytest

from pressparse.extract.agreements import extract_agreements
from pressparse.extract.meta import extract_meta
from pressparse.extract.obligations import extract_obligations
from test_agreements import make_found


def run(analyze_text, text: str, **records):
    analysis = analyze_text(text)
    found = make_found(text, **records)
    extract_meta(analysis, found)  # the headline
    found.agreements = extract_agreements(analysis, found)
    return extract_obligations(analysis, found)


CASES = [
    # (name, text, records, expected obligations: (action, parties))
    (
        "side_named_by_its_own_noun",
        "Управление ФНС по области и АО «Северный порт» заключили соглашение о сотрудничестве. "
        "По условиям соглашения порт обязуется до 1 мая построить новый склад.",
        dict(orgs=[("Управление ФНС по области",), ("АО «Северный порт»",)]),
        [("построить до 1 мая новый склад", ("org2",))],
    ),
    (
        "two_sides_so_named_before_the_noun_stay_the_sides",  # ambiguous: no one of them is picked
        "Таможня и АО «Северный порт» заключили соглашение, такое же ранее подписано с ООО «Южный порт». "
        "По условиям соглашения порт обязуется передавать таможне сведения о грузах.",
        dict(orgs=[("Таможня",), ("АО «Северный порт»",), ("ООО «Южный порт»",)]),
        [("передавать таможне сведения о грузах", ("org1", "org2", "org3"))],
    ),
    (
        "of_two_so_named_the_one_named_before_the_noun",
        "Таможня и АО «Северный порт» заключили соглашение. По условиям соглашения порт обязуется "
        "передавать таможне сведения о грузах. Ранее таможня подписала такое же соглашение с ООО «Южный порт».",
        dict(orgs=[("Таможня", "таможня"), ("АО «Северный порт»",), ("ООО «Южный порт»",)]),
        [("передавать таможне сведения о грузах", ("org2",))],
    ),
    (
        "federation_side_not_both",
        "Министерство спорта области и Федерация баскетбола области подписали соглашение о развитии спорта. "
        "Федерация обязуется провести в следующем году три турнира.",
        dict(orgs=[("Министерство спорта области",), ("Федерация баскетбола области",)]),
        [("провести в следующем году три турнира", ("org2",))],
    ),
    (
        "bank_noun_ends_a_compound_name",
        "Управление ФНС по области и отделение ПАО Сбербанк подписали соглашение. "
        "Банк обязуется разместить в своих офисах терминалы для подачи деклараций.",
        dict(orgs=[("Управление ФНС по области",), ("отделение ПАО Сбербанк",)]),
        [("разместить в своих офисах терминалы для подачи деклараций", ("org2",))],
    ),
    (
        "regression_adjective_stem_is_no_name_noun",  # "дорога" is not "дорожного хозяйства"
        "Министерство транспорта и дорожного хозяйства области и АО «Пригородная компания» подписали соглашение. "
        "Дорога обязуется обеспечить подачу составов.",
        dict(orgs=[("Министерство транспорта и дорожного хозяйства области",), ("АО «Пригородная компания»",)]),
        [("обеспечить подачу составов", ("org1", "org2"))],
    ),
    (
        "dative_body_named_by_its_noun",
        "ОГАУЗ «Областная клиническая больница» получит новое оборудование. Начальник департамента "
        "Иван Петров поручил больнице до 1 июня согласовать объемы помощи.",
        dict(orgs=[("ОГАУЗ «Областная клиническая больница»",)], people=[("Иван Петров",)]),
        [("согласовать до 1 июня объемы помощи", ("org1",))],
    ),
    (
        "speaker_aside_is_not_the_subject",
        "Как сообщил советник директора АО «Портовый терминал» Иван Петров, компания планирует "
        "вложить в цифровизацию около 600 млн рублей.",
        dict(orgs=[("АО «Портовый терминал»",)], people=[("Иван Петров",)]),
        [("вложить в цифровизацию около 600 млн рублей", ("org1",))],
    ),
    (
        "regression_body_noun_is_the_body_it_heads_not_a_part",  # not "отдел Управления", a part of it
        "Управление Роспотребнадзора по области провело проверку вместе с сотрудниками отдела Управления "
        "в городе Кинешма. Повторную проверку Управление проведет в январе.",
        dict(orgs=[("Управление Роспотребнадзора по области",), ("отдела Управления в городе Кинешма",)]),
        [("провести повторную проверку в январе", ("org1",))],
    ),
    (
        "organization_in_a_grant_agreement_is_the_non_state_side",  # not the company named in passing
        "Министерство культуры области и РОО «Союз театральных деятелей» подписали соглашение о субсидии. "
        "Среди партнеров проекта — АО «Северсталь». Отчет о расходах организация обязана сдать в министерство до 1 марта.",
        dict(orgs=[("Министерство культуры области",), ("РОО «Союз театральных деятелей»",), ("АО «Северсталь»",)]),
        [("сдать отчет о расходах в министерство до 1 марта", ("org2",))],
    ),
    (
        "addressee_with_a_joint_partner",
        "Вице-губернатор поручил министерству ЖКХ совместно с администрацией города до 1 марта "
        "проверить готовность котельных.",
        dict(orgs=[("министерству ЖКХ",), ("администрацией города",)]),
        [("проверить до 1 марта готовность котельных", ("org1", "org2"))],
    ),
]


@pytest.mark.parametrize("name, text, records, expected", CASES, ids=[c[0] for c in CASES])
def test_party_table(analyze_text, name, text, records, expected):
    found = run(analyze_text, text, **records)
    assert [(o.action, o.parties) for o in found] == expected
