"""Obligations layer: cues and modality, negation, coordination, passives, instructions, parties.

Earlier layers are replaced by hand-made records located in the test text; agreements come from
the agreements layer run on the same records (its own tables are in test_agreements.py).
"""

from __future__ import annotations

import pytest

from pressparse.extract.agreements import extract_agreements
from pressparse.extract.meta import extract_meta
from pressparse.extract.obligations import extract_obligations
from test_agreements import make_found

SIGNED = "АО «Заря» и администрация района подписали соглашение о сотрудничестве. "
SIDES = dict(orgs=[("АО «Заря»", "Компания", "компания"), ("администрация района",)])


def run(analyze_text, text: str, **records):
    analysis = analyze_text(text)
    found = make_found(text, **records)
    extract_meta(analysis, found)  # the headline
    found.agreements = extract_agreements(analysis, found)
    return extract_obligations(analysis, found)


CASES = [
    # (name, text, records, expected obligations: (action, modality, parties))
    (
        "sides_will_coordinated_infinitives",
        SIGNED + "Стороны будут развивать сотрудничество в сфере туризма и проводить совместные выставки.",
        SIDES,
        [("развивать сотрудничество в сфере туризма", "commitment", ("org1", "org2")),
         ("проводить совместные выставки", "commitment", ("org1", "org2"))],
    ),
    (
        "trailing_adjunct_left_out_of_action",
        SIGNED + "Стороны будут вести совместную работу по развитию туризма, на основе взаимной выгоды.",
        SIDES,
        [("вести совместную работу по развитию туризма", "commitment", ("org1", "org2"))],
    ),
    (
        "undertakes_to",
        "ООО «Мост» обязуется построить новую школу в поселке.",
        dict(orgs=[("ООО «Мост»",)]),
        [("построить новую школу в поселке", "commitment", ("org1",))],
    ),
    (
        "negated_commitment",
        SIGNED + "Компания не будет повышать тарифы для населения.",
        SIDES,
        [],
    ),
    (
        "not_planning",
        "ПАО «Банк» не планирует закрывать отделения в районе.",
        dict(orgs=[("ПАО «Банк»",)]),
        [],
    ),
    (
        "past_narration",
        SIGNED + "Компания построила школу и отремонтировала больницу.",
        SIDES,
        [],
    ),
    (
        "intention",
        "ПАО «Банк» намерено открыть три новых отделения в регионе.",
        dict(orgs=[("ПАО «Банк»",)]),
        [("открыть три новых отделения в регионе", "intention", ("org1",))],
    ),
    (
        "agreed_on_noun_phrase",
        SIGNED + "Стороны договорились о развитии сотрудничества в сфере образования.",
        SIDES,
        [("развивать сотрудничество в сфере образования", "agreement", ("org1", "org2"))],
    ),
    (
        "agreed_infinitive",
        SIGNED + "Также достигнута договоренность создавать рабочие места для выпускников.",
        SIDES,
        [("создавать рабочие места для выпускников", "agreement", ("org1", "org2"))],
    ),
    (
        "future_verb_of_party",
        SIGNED + "Компания продолжит модернизацию котельных в районе.",
        SIDES,
        [("продолжить модернизацию котельных в районе", "commitment", ("org1",))],
    ),
    (
        "passive_future_takes_context_parties",
        SIGNED + "Компания поможет благоустроить парк. Будет построен новый спортивный зал.",
        SIDES,
        [("помочь благоустроить парк", "commitment", ("org1",)),
         ("построить новый спортивный зал", "commitment", ("org1",))],
    ),
    (
        "passive_agent_sides",
        SIGNED + "Перечень объектов будет утвержден сторонами в рамках рабочей группы.",
        SIDES,
        [("утвердить перечень объектов в рамках рабочей группы", "commitment", ("org1", "org2"))],
    ),
    (
        "requirement_passive_without_party",
        "Дорожная карта должна быть выполнена в полном объеме.",
        dict(),
        [("выполнить дорожную карту в полном объеме", "requirement", ())],
    ),
    (
        "event_narration_in_future",
        SIGNED + "Делегация района примет участие в выставке.",
        SIDES,
        [],
    ),
    (
        "agreement_validity_is_not_obligation",
        SIGNED + "Соглашение будет действовать до конца года.",
        SIDES,
        [],
    ),
    (
        "noun_cue_obligations_to",
        SIGNED + "Компания берет на себя обязательства по строительству дороги к поселку.",
        SIDES,
        [("строить дорогу к поселку", "commitment", ("org1",))],
    ),
    (
        "intention_of_sides_noun",
        SIGNED + "В соглашении закреплено намерение сторон по созданию совместного предприятия.",
        SIDES,
        [("создавать совместное предприятие", "intention", ("org1", "org2"))],
    ),
    (
        "planned_signing_is_not_an_obligation",
        "Меморандум о намерениях по строительству завода будет подписан ООО «Агро» и мэрией на форуме.",
        dict(orgs=[("ООО «Агро»",), ("мэрией",)]),
        [],
    ),
    (
        "region_subject_stands_for_its_government",
        "Правительство Омской области и ПАО «Мост» подписали соглашение о партнерстве. "
        "Омская область обеспечит строительство подъездных путей.",
        dict(orgs=[("Правительство Омской области",), ("ПАО «Мост»",)],
             places=[("region", "Омской области", "Омская область")]),
        [("обеспечить строительство подъездных путей", "commitment", ("org1",))],
    ),
    (
        "headline_restates_body",
        "Мэр поручил отремонтировать дороги\n\nМэр Олег Белов поручил департаменту транспорта "
        "отремонтировать дороги в центре города.",
        dict(people=[("Олег Белов",)], orgs=[("департаменту транспорта",)]),
        [("отремонтировать дороги в центре города", "instruction", ("org1",))],
    ),
    (
        "quoted_duty_with_named_subject_counts",
        "«Все работы подрядчики обязаны выполнять без закрытия школ», — сказал министр.",
        dict(),
        [("выполнять без закрытия школ", "requirement", ())],
    ),
    (
        "past_duty",
        "Работы должны были завершиться в мае. ООО «Мост» должно было сдать объект в июне.",
        dict(orgs=[("ООО «Мост»",)]),
        [],
    ),
    (
        "question_is_not_commitment",
        SIGNED + "Пока неясно, будет ли компания строить второй корпус.",
        SIDES,
        [],
    ),
    (
        "coordinated_infinitive_hung_on_noun",
        SIGNED + "Стороны обязуются содействовать созданию новых производств и совместно разрабатывать меры поддержки.",
        SIDES,
        [("содействовать созданию новых производств", "commitment", ("org1", "org2")),
         ("совместно разрабатывать меры поддержки", "commitment", ("org1", "org2"))],
    ),
    (
        "territory_subject_is_its_government",
        "Минздрав России и правительство Курганской области подписали соглашение о модернизации больниц. "
        "Область обязуется обеспечить софинансирование программы.",
        dict(orgs=[("Минздрав России",), ("правительство Курганской области",)]),
        [("обеспечить софинансирование программы", "commitment", ("org2",))],
    ),
    (
        "quoted_speech_ignored",
        SIGNED + "«Мы будем строить новые дороги и мосты во всех поселках района», — сказал глава.",
        SIDES,
        [],
    ),
]


@pytest.mark.parametrize("name, text, records, expected", CASES, ids=[c[0] for c in CASES])
def test_obligation_table(analyze_text, name, text, records, expected):
    found = run(analyze_text, text, **records)
    got = [(o.action, o.modality, o.parties) for o in found]
    assert got == expected
    for o in found:
        assert text[o.mention.start : o.mention.end] == o.mention.text


def test_instruction_with_deadline(analyze_text):
    text = "Губернатор Иван Сергеев поручил министерству здравоохранения до 1 июля подготовить план модернизации больниц."
    found = run(analyze_text, text, people=[("Иван Сергеев",)], orgs=[("министерству здравоохранения",)],
                dates=[("1 июля", "2025-07-01")])
    assert len(found) == 1
    (o,) = found
    assert (o.action, o.modality, o.parties, o.issued_by, o.deadline) == (
        "подготовить план модернизации больниц", "instruction", ("org1",), "per1", "date1")
    assert o.agreement is None


def test_two_instructions_two_addressees(analyze_text):
    text = ("Мэр Олег Белов поручил департаменту финансов подготовить смету ремонта, "
            "а департаменту строительства - провести торги.")
    found = run(analyze_text, text, people=[("Олег Белов",)],
                orgs=[("департаменту финансов",), ("департаменту строительства",)])
    assert [(o.action, o.parties, o.issued_by) for o in found] == [
        ("подготовить смету ремонта", ("org1",), "per1"),
        ("провести торги", ("org2",), "per1"),
    ]


def test_role_noun_issuer_is_the_official_named_before(analyze_text):
    text = ("Губернатор Павел Малков провел совещание. По его итогам глава региона поручил "
            "министерству образования проверить готовность школ.")
    found = run(analyze_text, text, people=[("Павел Малков",)], orgs=[("министерству образования",)])
    assert [(o.modality, o.parties, o.issued_by) for o in found] == [("instruction", ("org1",), "per1")]


def test_provision_names_its_party(analyze_text):
    text = (SIGNED + "Соглашение предусматривает участие специалистов АО «Заря» в обучении студентов. "
            "Документ предусматривает реализацию мероприятий по развитию района.")
    found = run(analyze_text, text, **SIDES)
    assert [(o.action, o.parties) for o in found] == [("участвовать в обучении студентов", ("org1",))]
    assert found[0].agreement == "agr1"


def test_impersonal_plan_gives_agreement_parties(analyze_text):
    text = (SIGNED + "В ходе реализации соглашения планируется осуществлять обмен информацией, "
            "совместные проверки и проводить семинары для специалистов.")
    found = run(analyze_text, text, **SIDES)
    assert [o.action for o in found] == [
        "осуществлять обмен информацией, совместные проверки",
        "проводить семинары для специалистов",
    ]
    assert all(o.parties == ("org1", "org2") and o.modality == "agreement" for o in found)


def test_parser_runs_layer(parser):
    doc = parser.parse("ООО «Мост» обязуется построить новую школу в поселке.")
    assert [o.action for o in doc.obligations] == ["построить новую школу в поселке"]


def test_regression_cyclic_parse_does_not_recurse(analyze_text):
    """natasha can return heads that form a cycle; the layers must still terminate."""
    text = SIGNED + "Стороны будут развивать туризм и проводить выставки и ярмарки."
    analysis = analyze_text(text)
    infinitives = [t for t in analysis.tokens if t.feats.get("VerbForm") == "Inf"]
    first, second = infinitives[0], infinitives[1]
    first.head, first.rel = second.index, "conj"  # развивать <-> проводить
    second.head, second.rel = first.index, "conj"
    found = make_found(text, **SIDES)
    found.agreements = extract_agreements(analysis, found)
    assert isinstance(extract_obligations(analysis, found), list)
