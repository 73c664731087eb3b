"""Session 8 round 1: agreements in constructions press12 showed, in sentences of our own
(split from test_agreements.py, which is long enough)."""

from __future__ import annotations

import pytest

from test_agreements import run

SESSION8_AGREEMENTS = [
    # (name, text, records, expected (kind, subject, parties, signatories, date, status))
    (
        'earlier_document_is_a_second_agreement_of_the_same_sides',
        'Правительство Тульской области и Тульская епархия подписали соглашение о сотрудничестве. Прежний документ, '
        'заключенный в 2016 году, утратил силу.',
        {'orgs': [('Правительство Тульской области',), ('Тульская епархия',)]},
        [('соглашение', 'о сотрудничестве', ('org1', 'org2'), (), None, 'signed'),
         ('соглашение', None, ('org1', 'org2'), (), None, 'signed')],
    ),
    (
        'standing_contract_of_another_body',
        'Администрация города и АО «Мост» заключили контракт на ремонт набережной. Содержать набережную будет '
        'МУП «Горсвет», которое обслуживает освещение по договору с администрацией с 2019 года.',
        {'orgs': [('Администрация города', 'администрацией'), ('АО «Мост»',), ('МУП «Горсвет»',)]},
        [('контракт', 'на ремонт набережной', ('org1', 'org2'), (), None, 'signed'),
         ('договор', None, ('org1', 'org3'), (), None, 'signed')],
    ),
    (
        'regression_sale_contract_is_no_lease',
        'Управление провело аукцион. ООО «Вектор» обязано в течение пяти дней подписать с управлением договор '
        'купли-продажи, а оплатить лот – не позднее 20 декабря 2026 года. Также управление заключило с АО «Порт» '
        'договор аренды причала.',
        {'orgs': [('Управление', 'управлением', 'управление'), ('ООО «Вектор»',), ('АО «Порт»',)],
         'dates': [('20 декабря 2026 года', '2026-12-20')]},
        [('договор купли-продажи', None, ('org1', 'org2'), (), None, 'planned'),
         ('договор аренды', None, ('org1', 'org3'), (), None, 'signed')],
    ),
    (
        'regression_private_peoples_contracts_are_no_agreement',
        'Победители конкурса должны до 1 марта заключить с фондом договоры о предоставлении субсидии.',
        {'orgs': [('фондом',)]},
        [],
    ),
    (
        'plural_agreements_of_named_sides_stay',
        'Минспорт и АО «Арена» подписали соглашения о строительстве стадионов.',
        {'orgs': [('Минспорт',), ('АО «Арена»',)]},
        [('соглашение', 'о строительстве стадионов', ('org1', 'org2'), (), None, 'signed')],
    ),
]


@pytest.mark.parametrize("name, text, records, expected", SESSION8_AGREEMENTS, ids=[c[0] for c in SESSION8_AGREEMENTS])
def test_session8_agreements(analyze_text, name, text, records, expected):
    got = run(analyze_text, text, **records)
    assert [(a.kind, a.subject, a.parties, a.signatories, a.date, a.status) for a in got] == expected


# session 8 round 2: "А и председатель правления — ректор Б подписали": the parse cuts the subject
# at the dash and leaves the second signer's name out; the subject runs to the verb
SESSION8_R2_SIGNERS = [
    ("Вчера ректор Омского государственного университета Арсений Вольский и председатель правления — ректор "
     "Карагандинского университета имени академика Е.А. Букетова Ерлан Сейткалиев подписали меморандум о сотрудничестве.",
     ["Омский государственный университет имени Ф.М. Достоевского", "Карагандинский университет имени академика Е.А. Букетова"],
     ["Арсений Вольский", "Ерлан Сейткалиев"]),
    ("Директор ООО «Сибирский хлеб» Анна Кузьмина и председатель правления — генеральный директор "
     "АО «Новосибирский мясокомбинат» Глеб Орлов подписали договор о поставках.",
     ["ООО «Сибирский хлеб»", "АО «Новосибирский мясокомбинат»"], ["Анна Кузьмина", "Глеб Орлов"]),
]


@pytest.mark.parametrize("text, parties, signers", SESSION8_R2_SIGNERS)
def test_session8_r2_signers_across_a_dash(parser, text, parties, signers):
    doc = parser.parse(text)
    names = {o.id: o.name for o in doc.organizations} | {p.id: p.name for p in doc.people}
    assert [([names[i] for i in a.parties], [names[i] for i in a.signatories]) for a in doc.agreements] == [
        (parties, signers)]
