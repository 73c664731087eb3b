"""Session 8 round 1: obligations in constructions press12 showed, in sentences of our own
(split from test_obligations.py, which is long enough)."""

from __future__ import annotations

import pytest

from test_obligations import run  # the same hand-made records and earlier stages

SESSION8_OBLIGATIONS = [
    # (name, text, records, expected (action, modality, parties, agreement))
    (
        'regression_genitive_read_as_a_past_verb_stays_in_the_action',
        'Губернатор поручил департаменту до 1 марта утвердить перечень сел для газификации.',
        {'orgs': [('департаменту',)]},
        [('утвердить до 1 марта перечень сел для газификации', 'instruction', ('org1',), None)],
    ),
    (
        'regression_gapped_second_task_keeps_its_whole_term',
        'По договору подрядчик ООО «Кровля» обязан завершить кровлю до 1 мая 2027 года, а отделку фойе – до 30 сентября 2027 года.',
        {'orgs': [('ООО «Кровля»',)]},
        [('завершить кровлю до 1 мая 2027 года', 'requirement', ('org1',), None),
         ('завершить отделку фойе до 30 сентября 2027 года', 'requirement', ('org1',), None)],
    ),
    (
        'regression_place_list_the_parse_gave_the_first_task',
        'АО «Заря» и администрация района подписали соглашение. Стороны договорились совместно проводить ярмарки '
        'в школах, а также развивать сельский туризм в Кимрах, Торжке и селе Медное.',
        {'orgs': [('АО «Заря»',), ('администрация района',)]},
        [('совместно проводить ярмарки в школах', 'agreement', ('org1', 'org2'), 'agr1'),
         ('развивать сельский туризм в Кимрах, Торжке и селе Медное', 'agreement', ('org1', 'org2'), 'agr1')],
    ),
    (
        'regression_taken_task_keeps_the_conjunct_of_its_adjunct',
        'АО «Заря» и фонд «Развитие» подписали соглашение. Фонд, в свою очередь, возьмет на себя организацию '
        'бесплатных консультаций в библиотеках и домах культуры.',
        {'orgs': [('АО «Заря»',), ('фонд «Развитие»', 'Фонд')]},
        [('организовывать бесплатные консультации в библиотеках и домах культуры', 'commitment', ('org2',), 'agr1')],
    ),
    (
        'regression_second_addressee_after_a_with_an_adjective',
        'Мэр поручил департаменту строительства до 1 марта подготовить проект, а городскому комитету по '
        'благоустройству — провести торги.',
        {'orgs': [('департаменту строительства',), ('городскому комитету по благоустройству',)]},
        [('подготовить до 1 марта проект', 'instruction', ('org1',), None),
         ('провести торги', 'instruction', ('org2',), None)],
    ),
    (
        'future_auxiliary_shared_by_a_gapped_doer',
        'Университет и АО «Завод» подписали соглашение. По соглашению университет будет готовить инженеров для '
        'предприятия, а завод — организовывать практику для студентов.',
        {'orgs': [('Университет', 'университет'), ('АО «Завод»', 'завод')]},
        [('готовить инженеров для предприятия', 'commitment', ('org1',), 'agr1'),
         ('организовывать практику для студентов', 'commitment', ('org2',), 'agr1')],
    ),
    (
        'body_decision_with_a_term_is_a_task',
        'Министерство природных ресурсов сообщило о проверке. До 1 февраля ведомство примет решение о закрытии участка.',
        {'orgs': [('Министерство природных ресурсов', 'ведомство')], 'dates': [('1 февраля', '2027-02-01')]},
        [('принять до 1 февраля решение о закрытии участка', 'commitment', ('org1',), None)],
    ),
    (
        'regression_decision_without_a_term_narrates',
        'Министерство природных ресурсов сообщило о проверке. Ведомство примет решение о закрытии участка.',
        {'orgs': [('Министерство природных ресурсов', 'Ведомство')]},
        [],
    ),
    (
        'fronted_object_doer_after_the_infinitive',
        'Эту схему еще должно утвердить Министерство транспорта Тверской области.',
        {'orgs': [('Министерство транспорта Тверской области',)]},
        [('утвердить эту схему', 'requirement', ('org1',), None)],
    ),
    (
        'fronted_object_doer_after_the_infinitive_feminine',
        'Программу ремонта еще должна одобрить Региональная энергетическая комиссия.',
        {'orgs': [('Региональная энергетическая комиссия',)]},
        [('одобрить программу ремонта', 'requirement', ('org1',), None)],
    ),
    (
        'regression_shipyard_is_the_plant_side',
        'Министерство и АО «Судостроительный завод «Волга» заключили контракт. Верфь обязуется передать заказчику '
        'буксир до 1 июня 2027 года.',
        {'orgs': [('Министерство',), ('АО «Судостроительный завод «Волга»',)]},
        [('передать заказчику буксир до 1 июня 2027 года', 'commitment', ('org2',), 'agr1')],
    ),
    (
        'short_form_of_a_ministry_is_its_body',
        'На совещании выступил министр здравоохранения области. Палата и минздрав договорились провести выездные '
        'приемы в районах.',
        {'orgs': [('Общественная палата области', 'Палата'), ('Министерство здравоохранения области',
                                                           'министр здравоохранения области')]},
        [('провести выездные приемы в районах', 'agreement', ('org1', 'org2'), None)],
    ),
    (
        'duty_to_sign_is_an_obligation_of_nobody_named',
        'Победители конкурса должны до 1 марта заключить с фондом договоры о предоставлении субсидии.',
        {'orgs': [('фондом',)]},
        [('заключить до 1 марта с фондом договоры о предоставлении субсидии', 'requirement', (), None)],
    ),
    (
        'duty_to_sign_of_a_body',
        'Арендатор ООО «Склад» обязан в течение десяти дней подписать с управлением договор аренды.',
        {'orgs': [('ООО «Склад»',), ('управлением',)]},
        [('подписать в течение десяти дней с управлением договор аренды', 'requirement', ('org1',), 'agr1')],
    ),
]


@pytest.mark.parametrize("name, text, records, expected", SESSION8_OBLIGATIONS, ids=[c[0] for c in SESSION8_OBLIGATIONS])
def test_session8_obligations(analyze_text, name, text, records, expected):
    found = run(analyze_text, text, **records)
    assert [(o.action, o.modality, o.parties, o.agreement) for o in found] == expected


# session 8 round 2: "Курировать проект назначен X": a duty of the one appointed (the participle is
# no part of the action); an appointment to a post ("назначил X министром") is none
SESSION8_R2_APPOINTED = [
    ("task_before_appointed_deputy", "Курировать проект назначен заместитель губернатора Иван Петров.",
     dict(people=[("Иван Петров",)]), [("курировать проект", "requirement", ("per1",))]),
    ("task_before_appointed_minister", "Руководить оперативным штабом назначена министр здравоохранения Ольга Смирнова.",
     dict(people=[("Ольга Смирнова",)]), [("руководить оперативным штабом", "requirement", ("per1",))]),
    ("task_before_appointed_with_relative_clause",
     "Координировать строительство моста назначен первый вице-мэр Казани Олег Рябов, ранее возглавлявший управление дорог.",
     dict(people=[("Олег Рябов",)]), [("координировать строительство моста", "requirement", ("per1",))]),
    ("appointment_to_a_post_is_no_task", "Губернатор назначил Ивана Петрова министром в 2024 году.",
     dict(people=[("Ивана Петрова",)]), []),
]


# session 8 round 2: "Ход работ возьмет на контроль X": the fixed phrase stays with its verb
# ("взять на контроль ход работ"), and a colon after the doer ends the clause: a subject past it
# ("X: по его словам, депутаты будут ...") is another clause's, not the doer
SESSION8_R2_CONTROL = [
    ("fronted_object_after_control_phrase",
     "Мэрия и ООО «Строй» подписали договор. Ход работ также возьмет на контроль председатель городской Думы Павел Сизов.",
     dict(orgs=[("Мэрия",), ("ООО «Строй»",)], people=[("Павел Сизов",)]),
     [("взять на контроль ход работ", "commitment", ("per1",))]),
    ("fronted_object_after_personal_control",
     "Минстрой и АО «Мост» подписали контракт. Сроки строительства возьмет под личный контроль заместитель губернатора "
     "Олег Рябов.",
     dict(orgs=[("Минстрой",), ("АО «Мост»",)], people=[("Олег Рябов",)]),
     [("взять под личный контроль сроки строительства", "commitment", ("per1",))]),
    ("regression_colon_after_doer_cuts_the_second_subject",
     "Администрация и АО «Дорстрой» заключили контракт. Качество ремонта возьмет на контроль исполняющий обязанности "
     "главы района Игорь Лебедев: по его словам, депутаты будут ежемесячно выезжать на объекты.",
     dict(orgs=[("Администрация",), ("АО «Дорстрой»",)], people=[("Игорь Лебедев",)]),
     [("взять на контроль качество ремонта", "commitment", ("per1",))]),
    ("fronted_object_before_other_complement_keeps_its_place",
     "Минстрой и АО «Мост» подписали контракт. Первые 20 сел компания должна подключить к газу до конца года.",
     dict(orgs=[("Минстрой",), ("АО «Мост»", "компания")]),
     [("подключить первые 20 сел к газу до конца года", "requirement", ("org2",))]),
]


SESSION8_R2_CASES = SESSION8_R2_APPOINTED + SESSION8_R2_CONTROL


@pytest.mark.parametrize("name, text, records, expected", SESSION8_R2_CASES, ids=[c[0] for c in SESSION8_R2_CASES])
def test_session8_r2_table(analyze_text, name, text, records, expected):
    got = run(analyze_text, text, **records)
    assert [(o.action, o.modality, o.parties) for o in got] == expected
