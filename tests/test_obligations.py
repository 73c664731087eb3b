"""Obligations layer: cues and modality, negation, coordination, passives, instructions, parties.

Earlier layers are replaced by hand-made records located in the test text; agreements come from
the agreements layer run on the same records (its own tables are in test_agreements.py).
"""

from __future__ import annotations

from dataclasses import replace

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
        [("построить дорогу к поселку", "commitment", ("org1",))],  # a result: perfective
    ),
    (
        "intention_of_sides_noun",
        SIGNED + "В соглашении закреплено намерение сторон по созданию совместного предприятия.",
        SIDES,
        [("создать совместное предприятие", "intention", ("org1", "org2"))],
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
        [("выполнять все работы без закрытия школ", "requirement", ())],
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
        "agreed_on_a_result_is_perfective_and_drops_the_relative_clause",
        SIGNED + "Стороны договорились о строительстве нового спортзала, который откроется в мае.",
        SIDES,
        [("построить новый спортзал", "agreement", ("org1", "org2"))],
    ),
    (
        "regression_obliged_participle_is_a_requirement",
        "ООО «Мост» обязано до конца года отремонтировать мост через реку.",
        dict(orgs=[("ООО «Мост»",)]),
        [("отремонтировать до конца года мост через реку", "requirement", ("org1",))],
    ),
    (
        "gapped_second_part_keeps_the_verb",
        "ООО «Мост» обязуется поставить первую партию плит в мае, а всю остальную продукцию — до 1 октября.",
        dict(orgs=[("ООО «Мост»",)]),
        [("поставить первую партию плит в мае", "commitment", ("org1",)),
         ("поставить всю остальную продукцию до 1 октября", "commitment", ("org1",))],
    ),
    (
        "regression_term_after_coordinated_infinitives_is_shared",
        "Глава района потребовал от подрядчика завершить все работы и сдать школу до 25 августа.",
        dict(people=[("Глава района",)]),
        [("завершить все работы и сдать школу до 25 августа", "instruction", ())],
    ),
    (
        "regression_coordinated_future_verb_is_a_task_of_its_own",
        SIGNED + "Администрация района, в свою очередь, окажет помощь в подборе площадки и включит проект в региональную программу.",
        SIDES,
        [("оказать помощь в подборе площадки", "commitment", ("org2",)),
         ("включить проект в региональную программу", "commitment", ("org2",))],
    ),
    (
        "regression_object_hung_on_the_cue_stays_in_the_action",
        "ООО «Мост» обязано до 1 мая устранить нарушения и направить в инспекцию отчет о проделанной работе.",
        dict(orgs=[("ООО «Мост»",)]),
        [("устранить до 1 мая нарушения", "requirement", ("org1",)),
         ("направить в инспекцию отчет о проделанной работе", "requirement", ("org1",))],
    ),
    (
        "regression_second_instruction_keeps_its_own_term",
        "Мэр Олег Белов поручил департаменту финансов до 1 марта подготовить смету ремонта, "
        "а департаменту строительства в срок до 1 мая провести торги.",
        dict(people=[("Олег Белов",)], orgs=[("департаменту финансов",), ("департаменту строительства",)]),
        [("подготовить до 1 марта смету ремонта", "instruction", ("org1",)),
         ("провести в срок до 1 мая торги", "instruction", ("org2",))],
    ),
    (
        "regression_prescribed_is_an_instruction",
        "Компании ООО «Тепло» предписано до 1 декабря восстановить пожарную сигнализацию.",
        dict(orgs=[("ООО «Тепло»",)]),
        [("восстановить до 1 декабря пожарную сигнализацию", "instruction", ("org1",))],
    ),
    (
        "regression_dashed_aside_left_out_of_action",
        "ООО «Мост» обязано перечислить в бюджет полученный доход, — 2 млн рублей.",
        dict(orgs=[("ООО «Мост»",)]),
        [("перечислить в бюджет полученный доход", "requirement", ("org1",))],
    ),
    (
        "regression_amount_hung_on_the_first_infinitive_stays_with_the_second",
        "Компания «Злак» обязуется построить элеватор и ежегодно закупать у местных фермеров не менее 50 тысяч тонн зерна.",
        dict(orgs=[("Компания «Злак»",)]),
        [("построить элеватор", "commitment", ("org1",)),
         ("ежегодно закупать у местных фермеров не менее 50 тысяч тонн зерна", "commitment", ("org1",))],
    ),
    (
        "regression_demanded_from_the_contractor_names_the_contractor",
        "ООО «Гранит» ведет ремонт школы. Глава района потребовал от подрядчика сдать объект до 1 сентября.",
        dict(orgs=[("ООО «Гранит»",)]),
        [("сдать объект до 1 сентября", "instruction", ("org1",))],
    ),
    (
        "regression_department_addressed_by_its_head_noun",
        "В совещании участвовал отдел культуры администрации района. "
        "Отделу культуры поручено до 1 мая подготовить план праздника.",
        dict(orgs=[("отдел культуры администрации района",)]),
        [("подготовить до 1 мая план праздника", "instruction", ("org1",))],
    ),
    (
        "regression_quoted_duty_of_a_non_body_ignored",
        "Ремонт идет по графику. «Контроль будет ежедневным. Дети должны пойти в новую школу вовремя», — подчеркнул глава.",
        {},
        [],
    ),
    (
        "regression_plural_pronoun_is_the_bodies_named_before_and_fronted_term_kept",
        "Инспекция проверила ООО «Альфа» и ООО «Бета». "
        "Обеим компаниям выдано предписание: до 1 июня они должны устранить нарушения.",
        dict(orgs=[("ООО «Альфа»",), ("ООО «Бета»",)]),
        [("устранить до 1 июня нарушения", "requirement", ("org1", "org2"))],
    ),
    (
        "regression_passive_duty_keeps_its_postposed_subject",
        "На ремонт моста до 1 октября должны быть направлены 12 млн рублей из городского бюджета.",
        {},
        [("направить 12 млн рублей из городского бюджета", "requirement", ())],
    ),
    (
        "regression_necessary_adjective_is_an_impersonal_requirement",
        "Пени необходимо уплатить в течение 30 дней со дня получения уведомления.",
        {},
        [("уплатить пени в течение 30 дней со дня получения уведомления", "requirement", ())],
    ),
    (
        "regression_passive_requirement_borrows_no_party",
        "ООО «Мост» обязано отремонтировать дорогу к школе. "
        "По словам главы, работы на мосту должны быть завершены до начала паводка.",
        dict(orgs=[("ООО «Мост»",)]),
        [("отремонтировать дорогу к школе", "requirement", ("org1",)),
         ("завершить работы на мосту до начала паводка", "requirement", ())],
    ),
    (
        "regression_doer_after_the_verb_parsed_as_object",
        SIGNED + "Завод будет сопровождать Минпромторг России.",
        dict(orgs=[("АО «Заря»", "Компания", "компания"), ("администрация района",), ("Минпромторг России",)]),
        [("сопровождать завод", "commitment", ("org3",))],
    ),
    (
        "regression_planned_commissioning_is_the_company_part",
        SIGNED + "В 2026 году планируется ввести в эксплуатацию новый цех.",
        SIDES,
        [("ввести в эксплуатацию новый цех", "agreement", ("org1",))],
    ),
    (
        "regression_gapped_second_part_read_linearly",
        "ООО «Вектор» обязано завершить укладку плитки до 10 июня, а покраску фасада и благоустройство — до 1 сентября.",
        dict(orgs=[("ООО «Вектор»",)]),
        [("завершить укладку плитки до 10 июня", "requirement", ("org1",)),
         ("завершить покраску фасада и благоустройство до 1 сентября", "requirement", ("org1",))],
    ),
    (
        "regression_dative_doer_of_predstoit",
        "Департаменту транспорта предстоит до 1 мая подготовить новую схему маршрутов.",
        dict(orgs=[("Департаменту транспорта",)]),
        [("подготовить до 1 мая новую схему маршрутов", "requirement", ("org1",))],
    ),
    (
        "regression_fronted_infinitive_with_named_doer_after_auxiliary",
        SIGNED + "Контролировать выполнение соглашения будет министерство экономики края.",
        dict(orgs=[("АО «Заря»", "Компания", "компания"), ("администрация района",), ("министерство экономики края",)]),
        [("контролировать выполнение соглашения", "commitment", ("org3",))],
    ),
    (
        "regression_plural_kind_takes_on_obligation_is_the_sides_of_that_kind",
        "Колледж «Альфа», колледж «Бета» и АО «Заря» подписали соглашение о подготовке кадров. "
        "Колледжи берут на себя обязательство открыть новые учебные группы.",
        dict(orgs=[("Колледж «Альфа»",), ("колледж «Бета»",), ("АО «Заря»",)]),
        [("открыть новые учебные группы", "commitment", ("org1", "org2"))],
    ),
    (
        "regression_jointly_with_adds_a_party",
        "Управление дорог совместно с ООО «Мост» планирует завершить ремонт путепровода.",
        dict(orgs=[("Управление дорог",), ("ООО «Мост»",)]),
        [("завершить ремонт путепровода", "intention", ("org1", "org2"))],
    ),
    (
        "regression_court_order_term_before_dash",
        "Суд обязал ООО «Тепло» устранить утечки в течение месяца, а до 1 ноября — заменить изношенные трубы.",
        dict(orgs=[("ООО «Тепло»",)], dates=[("1 ноября", "2025-11-01")]),
        [("устранить утечки в течение месяца", "instruction", ("org1",)),
         ("заменить до 1 ноября изношенные трубы", "instruction", ("org1",))],
    ),
    (
        "regression_acting_participle_subject_names_the_person",
        "Исполняющий обязанности директора школы Иван Петров обязался до 1 сентября отремонтировать спортзал.",
        dict(people=[("Иван Петров",)]),
        [("отремонтировать до 1 сентября спортзал", "commitment", ("per1",))],
    ),
    (
        "regression_opening_a_credit_line_to_someone_is_a_commitment",
        SIGNED + "Компания откроет администрации района кредитную линию на 100 млн рублей.",
        SIDES,
        [("открыть администрации района кредитную линию на 100 млн рублей", "commitment", ("org1",))],
    ),
    (
        "regression_colon_list_left_out_of_action",
        SIGNED + "Администрация района предоставит компании льготы: снижение арендной платы и субсидию на проценты.",
        SIDES,
        [("предоставить компании льготы", "commitment", ("org2",))],
    ),
    (
        "regression_coordinated_future_with_own_auxiliary_split",
        SIGNED + "Компания передаст району технику на период ремонта и будет обслуживать новые котельные.",
        SIDES,
        [("передать району технику на период ремонта", "commitment", ("org1",)),
         ("обслуживать новые котельные", "commitment", ("org1",))],
    ),
    (
        "regression_term_not_shared_when_first_task_has_its_amount",
        "ООО «Вектор» обязуется вложить в производство 5 млрд рублей и создать 200 рабочих мест до конца 2026 года.",
        dict(orgs=[("ООО «Вектор»",)]),
        [("вложить в производство 5 млрд рублей", "commitment", ("org1",)),
         ("создать 200 рабочих мест до конца 2026 года", "commitment", ("org1",))],
    ),
    (
        "regression_government_future_announced_by_official",
        "Министр заявил журналистам, что правительство области организует бесплатную доставку школьников.",
        dict(orgs=[("правительство области",)]),
        [("организовать бесплатную доставку школьников", "commitment", ("org1",))],
    ),
    (
        "regression_partyless_passive_does_not_borrow_same_verb_doer",
        "Губернатор поручил управлению МЧС завершить проверку дамб. Работы на дамбах должны быть завершены до паводка.",
        dict(orgs=[("управлению МЧС",)]),
        [("завершить проверку дамб", "instruction", ("org1",)),
         ("завершить работы на дамбах до паводка", "requirement", ())],
    ),
    (
        "regression_company_word_is_the_company_called_so",
        "ПАО «Банк» и АО «Корпорация развития» подписали соглашение о кредитовании. ПАО «Банк» упоминается в отчетах банка. "
        "Корпорация обязуется построить дороги в индустриальном парке.",
        dict(orgs=[("ПАО «Банк»",), ("АО «Корпорация развития»",)]),
        [("построить дороги в индустриальном парке", "commitment", ("org2",))],
    ),
    (
        "regression_bare_first_verb_shares_the_object",
        "По словам директора, АНО «Перспектива» обязуется до 1 мая подобрать и подготовить 30 волонтеров.",
        dict(orgs=[("АНО «Перспектива»",)]),
        [("подобрать и подготовить до 1 мая 30 волонтеров", "commitment", ("org1",))],
    ),
    (
        "regression_second_task_hung_beside_the_first_on_the_cue",
        "АО «Ромашка» обязуется сохранить объем перевозок на уровне 2024 года и до 1 марта 2025 года "
        "обновить систему продажи билетов на 40 станциях.",
        dict(orgs=[("АО «Ромашка»",)], dates=[("1 марта 2025 года", "2025-03-01")]),
        [("сохранить объем перевозок на уровне 2024 года", "commitment", ("org1",)),
         ("обновить до 1 марта 2025 года систему продажи билетов на 40 станциях", "commitment", ("org1",))],
    ),
    (
        "regression_second_addressee_of_passive_instruction",
        "Правительству поручено до 1 августа 2025 года утвердить порядок предоставления компенсаций, "
        "а Министерству Российской Федерации по развитию Дальнего Востока и Арктики (Минвостокразвития России) — "
        "подготовить перечень отраслей, на которые распространяется мера.",
        dict(orgs=[("Министерство Российской Федерации по развитию Дальнего Востока и Арктики",
                    "Министерству Российской Федерации по развитию Дальнего Востока и Арктики", "Минвостокразвития России")]),
        [("утвердить до 1 августа 2025 года порядок предоставления компенсаций", "instruction", ()),
         ("подготовить перечень отраслей, на которые распространяется мера", "instruction", ("org1",))],
    ),
    (
        "regression_unnamed_body_still_holds_the_duty",
        "По решению совета мэрия поселка должна до 1 марта передать депутатам план благоустройства.",
        {},
        [("передать до 1 марта депутатам план благоустройства", "requirement", ())],
    ),
    # --- round 8: nested titles, split tasks, noun-form duties, bare references --------------
    (
        "regression_nested_title_quote_does_not_hide_the_rest_as_speech",
        "Депутаты приняли закон «О внесении изменений в Закон области «О поддержке многодетных семей». "
        "Министерство социальной защиты области обязано ежемесячно информировать комитет о числе получателей.",
        dict(orgs=[("Министерство социальной защиты области",)]),
        [("ежемесячно информировать комитет о числе получателей", "requirement", ("org1",))],
    ),
    (
        "regression_second_task_takes_no_object_of_the_first",
        "По условиям договора ООО «Дорстрой» обязано до 1 июня 2025 года завершить проектирование моста "
        "и до 1 сентября 2025 года получить положительное заключение экспертизы.",
        dict(orgs=[("ООО «Дорстрой»",)], dates=[("1 июня 2025 года", "2025-06-01"), ("1 сентября 2025 года", "2025-09-01")]),
        [("завершить до 1 июня 2025 года проектирование моста", "requirement", ("org1",)),
         ("получить до 1 сентября 2025 года положительное заключение экспертизы", "requirement", ("org1",))],
    ),
    (
        "regression_dative_addressee_of_impersonal_instruction_hung_elsewhere",
        "По итогам заседания администрации муниципального образования город Липецк поручено до 1 мая 2026 года "
        "представить в совет план ремонта дорог.",
        dict(orgs=[("администрации муниципального образования город Липецк",)]),
        [("представить до 1 мая 2026 года в совет план ремонта дорог", "instruction", ("org1",))],
    ),
    (
        "regression_second_addressee_is_not_the_first_tasks",
        "Администрации района поручено до 1 марта представить в совет отчет о ремонте, "
        "а управлению образования — до 15 января разработать график ремонта школ.",
        dict(orgs=[("Администрации района",), ("управлению образования",)]),
        [("представить до 1 марта в совет отчет о ремонте", "instruction", ("org1",)),
         ("разработать до 15 января график ремонта школ", "instruction", ("org2",))],
    ),
    (
        "regression_dative_name_split_by_the_parse",
        "Премьер поручил Министерству энергетики до 1 марта обеспечить подключение 300 зарядных станций вдоль трасс, "
        "а Минтрансу — до 15 января внести изменения в правила.",
        dict(orgs=[("Министерству энергетики",), ("Минтрансу",)]),
        [("обеспечить до 1 марта подключение 300 зарядных станций вдоль трасс", "instruction", ("org1",)),
         ("внести до 15 января изменения в правила", "instruction", ("org2",))],
    ),
    (
        "regression_two_joined_future_verbs_are_two_tasks_of_one_subject",
        SIGNED + "Администрация района, в свою очередь, обеспечит подготовку участков и до 1 марта 2026 года "
        "выдаст разрешения на строительство.",
        dict(SIDES, dates=[("1 марта 2026 года", "2026-03-01")]),
        [("обеспечить подготовку участков", "commitment", ("org2",)),
         ("выдать до 1 марта 2026 года разрешения на строительство", "commitment", ("org2",))],
    ),
    (
        "relative_clause_future_verb_takes_its_antecedent_as_object",
        SIGNED + "Стороны договорились создать рабочую группу, которую возглавит Иван Петров.",
        dict(SIDES, people=[("Иван Петров",)]),
        [("создать рабочую группу", "agreement", ("org1", "org2")),
         ("возглавить рабочую группу", "commitment", ("per1",))],
    ),
    (
        "noun_tasks_taken_on_one_each",
        SIGNED + "Компания берет на себя подготовку кадров и испытания нового оборудования.",
        SIDES,
        [("готовить кадры", "commitment", ("org1",)),
         ("обеспечить испытания нового оборудования", "commitment", ("org1",))],
    ),
    (
        "noun_tasks_laid_on_a_body",
        SIGNED + "На администрацию района возложены координация работы служб и подготовка нормативной базы.",
        SIDES,
        [("координировать работу служб", "commitment", ("org2",)),
         ("подготовить нормативную базу", "commitment", ("org2",))],
    ),
    (
        "unknown_task_nouns_kept_together_and_dashed_term_is_no_task",
        SIGNED + "Администрация района берет на себя изъятие земельных участков и перенос сетей — "
        "эти работы должны быть завершены до конца года.",
        SIDES,
        [("обеспечить изъятие земельных участков и перенос сетей", "commitment", ("org2",))],
    ),
    (
        "regression_bare_bank_is_the_side_so_named",
        "Администрация города и Курское отделение ПАО Сбербанк подписали соглашение. "
        "Банк обязуется до 1 июня запустить платформу обращений.",
        dict(orgs=[("Администрация города",), ("Курское отделение ПАО Сбербанк",),
                   ("Центрально-Черноземный банк ПАО Сбербанк", "Банк")]),
        [("запустить до 1 июня платформу обращений", "commitment", ("org2",))],
    ),
    (
        "plural_bare_reference_is_the_bodies_named_before",
        "Министерству образования и министерству здравоохранения края рекомендовано пересмотреть программы. "
        "Ведомства должны в течение месяца сообщить о принятых мерах.",
        dict(orgs=[("Министерству образования",), ("министерству здравоохранения края",)]),
        [("сообщить в течение месяца о принятых мерах", "requirement", ("org1", "org2"))],
    ),
    (
        "role_noun_general_contractor_is_the_company",
        "Работы ведет ООО «СтройМонтаж». Генподрядчик обязан до 1 июля завершить благоустройство территории.",
        dict(orgs=[("ООО «СтройМонтаж»",)]),
        [("завершить до 1 июля благоустройство территории", "requirement", ("org1",))],
    ),
    (
        "dative_pronoun_addressee_is_the_person_named_before",
        "Директором школы назначена Анна Смирнова. Глава города Петр Иванов поручил ей до 1 сентября "
        "подготовить школу к учебному году.",
        dict(people=[("Анна Смирнова",), ("Петр Иванов",)]),
        [("подготовить до 1 сентября школу к учебному году", "instruction", ("per1",))],
    ),
    (
        "named_people_after_fronted_narrated_verb_commit",
        SIGNED + "Курировать работу будут проректор университета Иван Петров и директор компании Олег Смирнов.",
        dict(SIDES, people=[("Иван Петров",), ("Олег Смирнов",)]),
        [("курировать работу", "commitment", ("per1", "per2"))],
    ),
    (
        "regression_pronoun_after_a_thing_subject_is_no_party",
        SIGNED + "Протяженность дороги составит 10 км, она свяжет поселок с трассой.",
        SIDES,
        [],
    ),
    (
        "regression_body_named_inside_a_sides_name_is_no_party",
        "Университет и Институт катализа Сибирского отделения Российской академии наук подписали соглашение. "
        "Стороны намерены подать совместную заявку на грант.",
        dict(orgs=[("Университет",), ("Институт катализа Сибирского отделения Российской академии наук",),
                   ("Российской академии наук",)]),
        [("подать совместную заявку на грант", "intention", ("org1", "org2"))],
    ),
    (
        "named_body_reported_to_do_a_future_task_without_agreement",
        "Министр транспорта доложил, что Федеральное дорожное агентство с 1 января включит требование "
        "о зарядных станциях во все новые концессии.",
        dict(orgs=[("Федеральное дорожное агентство",)]),
        [("включить требование о зарядных станциях во все новые концессии", "commitment", ("org1",))],
    ),
    (
        "named_body_future_task_without_agreement",
        "АО «Тепловик» заменит в этом году 12 км теплосетей в Заречном районе.",
        dict(orgs=[("АО «Тепловик»",)]),
        [("заменить в этом году 12 км теплосетей в Заречном районе", "commitment", ("org1",))],
    ),
    (
        "named_body_future_event_is_no_task",
        "ПАО «Автоваз» покажет новую модель на выставке в Москве, а в субботу ООО «Вектор» откроет магазин.",
        dict(orgs=[("ПАО «Автоваз»",), ("ООО «Вектор»",)]),
        [],
    ),
    (
        "bare_uprava_is_the_city_body_so_named",
        "Фонд «Добро» и Городская Управа города Калуги подписали соглашение о сотрудничестве. "
        "Управа предоставит фонду помещение для работы службы.",
        dict(orgs=[("Фонд «Добро»",), ("Городская Управа города Калуги",)]),
        [("предоставить фонду помещение для работы службы", "commitment", ("org2",))],
    ),
    (
        "regression_object_parsed_as_second_subject_of_the_cue",
        "Министр Анна Орлова сообщила, что министерство намерено до конца года открыть в Ачинске и Канске "
        "еще два социальных приюта.",
        dict(orgs=[("министерство",)], people=[("Анна Орлова",)]),
        [("открыть до конца года в Ачинске и Канске еще два социальных приюта", "intention", ("org1",))],
    ),
    (
        "regression_term_after_the_cue_of_a_fronted_infinitive",
        "Завершить ремонт школы подрядчик обязан до 1 сентября 2026 года.",
        dict(orgs=[("подрядчик",)]),
        [("завершить ремонт школы до 1 сентября 2026 года", "requirement", ("org1",))],
    ),
    (
        "quoted_speech_ignored",
        SIGNED + "«Мы будем строить новые дороги и мосты во всех поселках района», — сказал глава.",
        SIDES,
        [],
    ),
    (
        "instruction_to_sign_contracts_is_a_task",
        "Мэр поручил директору МУП «Водоканал» Олегу Смирнову до 1 мая заключить договоры подряда на ремонт сетей.",
        dict(orgs=[("МУП «Водоканал»",)], people=[("Олегу Смирнову",)]),
        [("заключить до 1 мая договоры подряда на ремонт сетей", "instruction", ("per1",))],
    ),
    (
        "promise_with_an_object_is_a_commitment",
        "Администрация района пообещала до конца года отремонтировать мост через реку.",
        dict(orgs=[("Администрация района",)]),
        [("отремонтировать до конца года мост через реку", "commitment", ("org1",))],
    ),
    (
        "gapped_part_with_its_own_infinitive_is_no_remnant",
        "Компания «Заря» обязуется открыть два офиса в районе, а ООО «Север» — с 1 марта выделить помещения.",
        dict(orgs=[("Компания «Заря»",), ("ООО «Север»",)]),
        [("открыть два офиса в районе", "commitment", ("org1",)),
         ("выделить с 1 марта помещения", "commitment", ("org2",))],
    ),
    (
        "relative_clause_of_a_thing_gives_no_obligation",
        SIGNED + "Компания подготовит перечень улиц, которые отремонтируют летом.",
        SIDES,
        [("подготовить перечень улиц, которые отремонтируют летом", "commitment", ("org1",))],
    ),
    (
        "noun_task_gapped_second_part_is_a_verb",
        "Компания «Заря» берет на себя разработку проекта, а ООО «Север» — ежемесячную отчетность перед жителями.",
        dict(orgs=[("Компания «Заря»",), ("ООО «Север»",)]),
        [("разработать проект", "commitment", ("org1",)),
         ("ежемесячно отчитываться перед жителями", "commitment", ("org2",))],
    ),
    (
        "object_hung_on_the_addressee_stays_in_the_task",
        "Глава района поручил начальникам отделов до 1 июня проверить все жилые дома с износом свыше 60 процентов.",
        dict(orgs=[]),
        [("проверить до 1 июня все жилые дома с износом свыше 60 процентов", "instruction", ())],
    ),
    (
        "unattached_term_closes_the_task",
        SIGNED + "Компания обязуется направлять отчеты администрации района не позднее чем за неделю до заседания.",
        SIDES,
        [("направлять отчеты администрации района не позднее чем за неделю до заседания", "commitment", ("org1",))],
    ),
    (
        "term_between_cue_and_infinitive_kept",
        SIGNED + "Стороны условились не позднее 1 марта создать рабочую группу.",
        SIDES,
        [("создать не позднее 1 марта рабочую группу", "agreement", ("org1", "org2"))],
    ),
    (
        "bare_pair_then_a_contrasted_task_of_its_own",
        "Суд обязал компанию «Бета» разработать и согласовать план работ в течение месяца, "
        "а завершить рекультивацию — до 1 октября 2028 года.",
        dict(orgs=[("компанию «Бета»",)]),
        [("разработать и согласовать план работ в течение месяца", "instruction", ("org1",)),
         ("завершить рекультивацию до 1 октября 2028 года", "instruction", ("org1",))],
    ),
    (
        "assignment_names_the_doer_in_a_second_subject",
        SIGNED + "Курировать проект будет заместитель главы района — начальник отдела Иван Петров.",
        dict(SIDES, people=[("Иван Петров",)]),
        [("курировать проект", "commitment", ("per1",))],
    ),
    (
        "future_task_under_an_adjunct_the_parse_made_the_head",
        SIGNED + "Администрация района, в свою очередь, будет без задержек выдавать разрешения на строительство и проинформирует жителей.",
        SIDES,
        [("выдавать без задержек разрешения на строительство", "commitment", ("org2",)),
         ("проинформировать жителей", "commitment", ("org2",))],
    ),
    (
        "aside_and_short_name_in_brackets_stay_inside_the_task",
        SIGNED + "Компания обязуется ежегодно направлять на стажировку в вузы края, прежде всего в Алтайский университет (АлтГУ), "
        "не менее 30 инженеров.",
        SIDES,
        [("ежегодно направлять на стажировку в вузы края, прежде всего в Алтайский университет (АлтГУ), не менее 30 инженеров",
          "commitment", ("org1",))],
    ),
    (
        "term_before_the_dash_of_a_gapped_task",
        "Инспекция выдала предписание: до 1 мая ООО «Север» обязано устранить протечки, а в течение 5 рабочих дней после этого — "
        "внести сведения в реестр и вновь представить отчет.",
        dict(orgs=[("Инспекция",), ("ООО «Север»",)]),
        [("устранить до 1 мая протечки", "requirement", ("org2",)),
         ("вновь представить отчет", "requirement", ("org2",)),
         ("внести в течение 5 рабочих дней после этого сведения в реестр", "requirement", ("org2",))],
    ),
    (
        "plan_prepared_is_perfective_and_fronted_task_taken_on",
        SIGNED + "Подготовку плана возьмет на себя администрация района.",
        SIDES,
        [("подготовить план", "commitment", ("org2",))],
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
    assert (o.action, o.modality, o.parties, o.issued_by, o.deadline) == (  # the term stays in the action
        "подготовить до 1 июля план модернизации больниц", "instruction", ("org1",), "per1", "date1")
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


# --- who undertakes it: descriptive references, posts, acting appointments -------------------

def detailed(text: str, found, kinds=None, roles=None):
    """Give the hand-made records kinds (``{org index: kind}``) and roles (``{person index:
    [(title, role phrase in the text, acting, status)]}``)."""
    from pressparse.result import Mention, Role

    kinds, roles = kinds or {}, roles or {}
    found.organizations = [replace(o, kind=kinds.get(i, o.kind)) for i, o in enumerate(found.organizations, 1)]
    people = []
    for i, p in enumerate(found.people, 1):
        made = []
        for title, phrase, acting, status in roles.get(i, ()):
            start = text.index(phrase)
            made.append(Role(title=title, acting=acting, status=status,
                             mention=Mention(text=phrase, start=start, end=start + len(phrase))))
        people.append(replace(p, roles=tuple(made)))
    found.people = people
    return found


def run_detailed(analyze_text, text: str, kinds=None, roles=None, **records):
    analysis = analyze_text(text)
    found = detailed(text, make_found(text, **records), kinds, roles)
    extract_meta(analysis, found)
    found.agreements = extract_agreements(analysis, found)
    return extract_obligations(analysis, found)


PARTY_CASES = [
    # (name, text, records, org kinds, roles, expected (action, modality, parties))
    (
        "regression_plural_post_holders_are_no_party",
        "Глава района Иван Петров провел совещание. "
        "Главам муниципальных округов поручено в срок до 10 мая обновить противопожарные полосы вокруг сел.",
        dict(people=[("Иван Петров",)]), {}, {1: [("глава", "Глава района", False, "current")]},
        [("обновить в срок до 10 мая противопожарные полосы вокруг сел", "instruction", ())],
    ),
    (
        "regression_compound_post_noun_is_the_holder_of_the_full_title",
        "Иван Петров назначен главным врачом больницы. Новый главврач должен до 1 мая представить план.",
        dict(people=[("Иван Петров",)]), {}, {1: [("главный врач", "главным врачом", False, "current")]},
        [("представить до 1 мая план", "requirement", ("per1",))],
    ),
    (
        "regression_acting_appointment_is_not_a_duty",
        "Министр Олег Иванов покинул пост. До 1 марта обязанности министра будет исполнять Петр Смирнов.",
        dict(people=[("Олег Иванов",), ("Петр Смирнов",)]), {}, {},
        [],
    ),
    (
        "regression_acting_duties_laid_on_is_not_a_duty",
        "Исполнение обязанностей директора будет возложено на Анну Белову.",
        dict(people=[("Анну Белову",)]), {}, {},
        [],
    ),
    (
        "object_verb_subject_order",
        SIGNED + "Мониторинг выполнения соглашения будут вести АО «Заря» и администрация района.",
        SIDES, {}, {},
        [("вести мониторинг выполнения соглашения", "commitment", ("org1", "org2"))],
    ),
    (
        "fronted_object_before_modal",
        "ООО «Мост» выиграло торги на ремонт школы. "
        "Ежемесячные отчеты о ходе работ компания обязана направлять в администрацию района.",
        dict(orgs=[("ООО «Мост»",), ("администрацию района",)]), {1: "company"}, {},
        [("направлять ежемесячные отчеты о ходе работ в администрацию района", "requirement", ("org1",))],
    ),
    (
        "agency_is_the_ministry_among_the_sides",
        "Министерство финансов края и ООО «Сигма» подписали соглашение о сотрудничестве. "
        "Ведомство обязуется выделить субсидию на обучение кадров.",
        dict(orgs=[("Министерство финансов края",), ("ООО «Сигма»",)]), {2: "company"}, {},
        [("выделить субсидию на обучение кадров", "commitment", ("org1",))],
    ),
    (
        "bare_record_gives_way_to_the_full_name",
        "Министерство сельского хозяйства края и ООО «Нива» подписали соглашение о сотрудничестве. "
        "Ведомство, в свою очередь, окажет компании содействие в получении субсидий.",
        dict(orgs=[("Министерство сельского хозяйства края",), ("ООО «Нива»",), ("Ведомство",)]), {2: "company"}, {},
        [("оказать компании содействие в получении субсидий", "commitment", ("org1",))],
    ),
    (
        "investor_is_the_company_among_the_sides",
        "Правительство области и АО «Вектор» подписали соглашение. Генподрядчиком станет ООО «Кирпич». "
        "Инвестор обязуется построить завод по переработке льна.",
        dict(orgs=[("Правительство области",), ("АО «Вектор»",), ("ООО «Кирпич»",)]), {2: "company", 3: "company"}, {},
        [("построить завод по переработке льна", "commitment", ("org2",))],
    ),
    (
        "company_is_the_most_mentioned_company",
        "ПАО «Север» заключило договор с АО «Юг». ПАО «Север» выпускает трубы. АО «Юг» строит дороги. "
        "Для выполнения заказа компания планирует нанять двести рабочих.",
        dict(orgs=[("ПАО «Север»",), ("АО «Юг»",)]), {1: "company", 2: "company"}, {},
        [("нанять двести рабочих", "intention", ("org1",))],
    ),
    (
        "contractors_without_a_company_name_nobody",
        "Департамент строительства объявил торги. Подрядчики обязаны завершить ремонт школ к осени.",
        dict(orgs=[("Департамент строительства",)]), {}, {},
        [("завершить ремонт школ к осени", "requirement", ())],
    ),
    (
        "plural_partners_are_the_sides",
        SIGNED + "Партнеры намерены совместно участвовать в выставках.",
        SIDES, {1: "company"}, {},
        [("совместно участвовать в выставках", "intention", ("org1", "org2"))],
    ),
    (
        "legislative_body_by_its_adjective",
        "Законодательное собрание края и Общественная палата края подписали соглашение. "
        "Законодательный орган обязуется направлять палате проекты законов.",
        dict(orgs=[("Законодательное собрание края",), ("Общественная палата края", "палате")]),
        {1: "legislature", 2: "ngo"}, {},
        [("направлять палате проекты законов", "commitment", ("org1",))],
    ),
    (
        "passive_repeating_a_duty_is_the_same_party",
        "Законодательное собрание края и Общественная палата края подписали соглашение. "
        "Собрание обязуется направлять палате проекты законов. Первые проекты будут направлены уже в марте.",
        dict(orgs=[("Законодательное собрание края", "Собрание"), ("Общественная палата края", "палате")]),
        {1: "legislature", 2: "ngo"}, {},
        [("направлять палате проекты законов", "commitment", ("org1",)),
         ("направить первые проекты уже в марте", "commitment", ("org1",))],
    ),
    (
        "passive_under_sides_agreed_that",
        "ООО «Нива» и администрация района подписали соглашение. Рабочие места будут созданы в течение года. "
        "Стороны также договорились, что половина сотрудников будет набрана из местных жителей.",
        dict(orgs=[("ООО «Нива»",), ("администрация района",)]), {1: "company"}, {},
        [("создать рабочие места в течение года", "commitment", ("org1",)),  # the investor's part
         ("набрать половину сотрудников из местных жителей", "agreement", ("org1", "org2"))],
    ),
    (
        "agentless_commissioning_is_the_investors",
        "Правительство края и АО «Лесхим» подписали соглашение о строительстве завода. "
        "Объем инвестиций составит 2 млрд рублей. Завод должен быть построен до конца 2026 года.",
        dict(orgs=[("Правительство края",), ("АО «Лесхим»",)]), {2: "company"}, {},
        [("построить завод до конца 2026 года", "requirement", ("org2",))],
    ),
    (
        "agentless_support_stays_with_the_sides",
        "Правительство края и АО «Лесхим» подписали соглашение о строительстве завода. "
        "Объем инвестиций составит 2 млрд рублей. Налоговые льготы будут предоставлены в течение года.",
        dict(orgs=[("Правительство края",), ("АО «Лесхим»",)]), {2: "company"}, {},
        [("предоставить налоговые льготы в течение года", "commitment", ("org1", "org2"))],
    ),
    (
        "acting_post_as_subject",
        "Временно исполняющим обязанности министра экономики назначен Денис Орлов. "
        "Врио министра должен в месячный срок подготовить план работы.",
        dict(people=[("Денис Орлов",)]), {},
        {1: [("временно исполняющий обязанности министра экономики",
              "Временно исполняющим обязанности министра экономики", True, "appointed")]},
        [("подготовить в месячный срок план работы", "requirement", ("per1",))],
    ),
    (
        "post_as_fronted_addressee",
        "В совещании участвовал глава района Иван Котов. Главе района губернатор поручил до 1 мая отремонтировать мост.",
        dict(people=[("Иван Котов",)]), {}, {1: [("глава", "глава района", False, "current")]},
        [("отремонтировать до 1 мая мост", "instruction", ("per1",))],
    ),
    (
        "acting_holder_as_addressee",
        "Исполнение обязанностей министра возложено на Анну Белову. "
        "Губернатор поручил исполняющей обязанности министра подготовить отчет о ремонте дорог.",
        dict(people=[("Анну Белову",)]), {}, {},
        [("подготовить отчет о ремонте дорог", "instruction", ("per1",))],
    ),
    (
        "pronoun_is_the_person_just_named",
        "Министром транспорта назначена Ирина Глушко. Она должна до 1 ноября обеспечить открытие моста.",
        dict(people=[("Ирина Глушко",)]), {}, {},
        [("обеспечить до 1 ноября открытие моста", "requirement", ("per1",))],
    ),
    (
        "regression_pronoun_future_of_a_post_is_not_a_commitment",
        "Заместителем министра назначена Ирина Глушко. Она будет курировать вопросы поддержки экспорта.",
        dict(people=[("Ирина Глушко",)]), {}, {},
        [],
    ),
    (
        "dative_body_inside_a_body_is_the_outer_one",
        "Мэр поручил управлению образования администрации города проверить готовность школ.",
        dict(orgs=[("управлению образования администрации города",), ("администрации города",)]), {}, {},
        [("проверить готовность школ", "instruction", ("org1",))],
    ),
]


@pytest.mark.parametrize("name, text, records, kinds, roles, expected", PARTY_CASES, ids=[c[0] for c in PARTY_CASES])
def test_party_table(analyze_text, name, text, records, kinds, roles, expected):
    found = run_detailed(analyze_text, text, kinds, roles, **records)
    assert [(o.action, o.modality, o.parties) for o in found] == expected


def test_governor_signs_for_the_named_regional_government(analyze_text):
    """The signer's role names a region whose government the text names: that body is the side."""
    text = ("Губернатор Тверской области Игорь Рудаков и председатель комитета Виктор Жук подписали программу "
            "сотрудничества. Ранее программу одобрило Правительство Тверской области. "
            "Стороны будут ежегодно проводить бизнес-миссии.")
    analysis = analyze_text(text)
    found = make_found(text, people=[("Игорь Рудаков",), ("Виктор Жук",)],
                       orgs=[("Правительство Тверской области",), ("комитета",)],
                       places=[("region", "Тверской области")])
    found = detailed(text, found, roles={1: [("губернатор", "Губернатор Тверской области", False, "current")],
                                         2: [("председатель", "председатель комитета", False, "current")]})
    found.people[1] = replace(found.people[1], roles=tuple(replace(r, organization="org2") for r in found.people[1].roles))
    found.agreements = extract_agreements(analysis, found)
    assert [a.parties for a in found.agreements] == [("org1", "org2")]
    assert [o.parties for o in extract_obligations(analysis, found)] == [("org1", "org2")]


def test_regression_addressee_is_not_the_issuer(analyze_text):
    """With no governor named, the person given the task must not become its issuer."""
    text = "Министру ЖКХ Ивану Сорокину губернатор поручил проверить управляющие компании региона."
    found = run_detailed(analyze_text, text, people=[("Ивану Сорокину",)])
    assert [(o.parties, o.issued_by) for o in found] == [(("per1",), None)]


ROUND11_CASES = [
    # (name, text, records, expected obligations: (action, modality, parties))
    (
        "regression_fronted_object_parsed_as_a_genitive_subject",
        SIGNED + "Первые 12 домов компания должна достроить до 1 мая, остальные — не позднее 1 октября.",
        SIDES,
        [("достроить первые 12 домов до 1 мая", "requirement", ("org1",)),
         ("достроить остальные не позднее 1 октября", "requirement", ("org1",))],
    ),
    (
        "regression_second_task_keeps_its_fronted_object",
        SIGNED + "Подрядчик обязан завершить кладку стен до 1 апреля, а кровлю сдать не позднее 10 июля 2027 года.",
        SIDES,
        [("завершить кладку стен до 1 апреля", "requirement", ("org1",)),
         ("сдать кровлю не позднее 10 июля 2027 года", "requirement", ("org1",))],
    ),
    (
        "regression_gapped_part_with_its_own_doer_after_a_bare_comma",
        "Администрация района заключила контракты с ООО «Север» и ООО «Юг». ООО «Север» построит 5 мостов "
        "в Северном районе, ООО «Юг» — 7 мостов в Южном районе.",
        dict(orgs=[("Администрация района",), ("ООО «Север»",), ("ООО «Юг»",)]),
        [("построить 5 мостов в Северном районе", "commitment", ("org2",)),
         ("построить 7 мостов в Южном районе", "commitment", ("org3",))],
    ),
    (
        "regression_task_noun_keeps_the_adjunct_hung_on_the_verb",
        SIGNED + "Компания берет на себя строительство дорог в 12 поселках с числом жителей от 50 до 300 человек.",
        SIDES,
        [("построить дороги в 12 поселках с числом жителей от 50 до 300 человек", "commitment", ("org1",))],
    ),
    (
        "regression_pronoun_after_a_body_noun_subject",
        "Правительство края, АО «Корпорация развития края» и ООО «Альфа» подписали соглашение. "
        "Корпорация развития отвечает за сети. Она обязана до конца года провести к площадке воду.",
        dict(orgs=[("Правительство края",), ("АО «Корпорация развития края»",), ("ООО «Альфа»",)]),
        [("провести до конца года к площадке воду", "requirement", ("org2",))],
    ),
    (
        "regression_investor_is_not_the_development_corporation",
        "Правительство края, АО «Корпорация развития края» и ООО «Альфа» подписали соглашение. "
        "Инвестор вложит в завод 2 млрд рублей.",
        dict(orgs=[("Правительство края",), ("АО «Корпорация развития края»", "корпорации"), ("ООО «Альфа»",)]),
        [("вложить в завод 2 млрд рублей", "commitment", ("org3",))],
    ),
    (
        "regression_present_guarantee_of_a_side_and_kabmin",
        "Правительство края и ООО «Альфа» подписали соглашение. Краевой кабмин гарантирует инвестору налоговые "
        "льготы на весь срок соглашения.",
        dict(orgs=[("Правительство края",), ("ООО «Альфа»",)]),
        [("гарантировать инвестору налоговые льготы на весь срок соглашения", "commitment", ("org1",))],
    ),
    (
        "regression_cue_read_linearly_when_the_parse_hangs_the_task_elsewhere",
        "Инспекция выдала компании «Бета» предписание, согласно которому она обязана до 1 марта 2027 года "
        "устранить нарушения в цехах, а до 1 апреля 2027 года — провести обучение персонала.",
        dict(orgs=[("Инспекция",), ("компании «Бета»",)]),
        [("устранить до 1 марта 2027 года нарушения в цехах", "requirement", ("org2",)),
         ("провести до 1 апреля 2027 года обучение персонала", "requirement", ("org2",))],
    ),
    (
        "regression_body_noun_subject_of_a_future_verb_outside_agreements",
        "Управление Росреестра по краю проверило 40 участков. По итогам проверки Управление направит материалы в прокуратуру.",
        dict(orgs=[("Управление Росреестра по краю",)]),
        [("направить материалы в прокуратуру", "commitment", ("org1",))],
    ),
    (
        "regression_narrated_verb_stated_as_a_term_of_the_agreement",
        SIGNED + "По соглашению компания в следующем году откроет в поселке учебный центр.",
        SIDES,
        [("открыть в поселке учебный центр", "commitment", ("org1",))],
    ),
    (
        "regression_demands_is_an_instruction",
        "Прокуратура района проверила школу. Надзорное ведомство требует в течение месяца устранить нарушения пожарной безопасности.",
        dict(orgs=[("Прокуратура района",)]),
        [("устранить в течение месяца нарушения пожарной безопасности", "instruction", ())],
    ),
    (
        "regression_task_noun_entrusted_to_a_person",
        SIGNED + "Контроль за исполнением соглашения поручен заместителю главы района Петру Ивановичу Смирнову.",
        dict(orgs=SIDES["orgs"], people=[("Петр Иванович Смирнов", "Петру Ивановичу Смирнову")]),
        [("контролировать исполнение соглашения", "instruction", ("per1",))],
    ),
    (
        "regression_plural_laymen_are_no_party",
        SIGNED + "Стипендиаты, в свою очередь, должны отработать на предприятии не менее двух лет.",
        SIDES,
        [("отработать на предприятии не менее двух лет", "requirement", ())],
    ),
    (
        "regression_plural_contractors_are_the_companies_named_before",
        "Администрация города заключила контракты с АО «Мост» и ООО «Дорога». АО «Мост» отремонтирует 10 улиц. "
        "Работы начнутся в мае. По условиям контрактов подрядчики обязаны завершить работы до 1 сентября.",
        dict(orgs=[("Администрация города",), ("АО «Мост»",), ("ООО «Дорога»",)]),
        [("отремонтировать 10 улиц", "commitment", ("org2",)),
         ("завершить работы до 1 сентября", "requirement", ("org2", "org3"))],
    ),
    (
        "regression_organizer_noun_is_the_company_and_fronted_term_lowercased",
        "Роспотребнадзор проверил ООО «Школьное питание». До устранения нарушений организатор питания должен "
        "ежедневно направлять в ведомство отчеты о качестве блюд.",
        dict(orgs=[("Роспотребнадзор",), ("ООО «Школьное питание»",)]),
        [("ежедневно направлять до устранения нарушений в ведомство отчеты о качестве блюд", "requirement", ("org2",))],
    ),
    (
        "regression_received_order_is_the_receivers_instruction",
        "Отдельное задание получил директор школы Олег Петрович Зуев: до 1 сентября отремонтировать спортзал.",
        dict(people=[("Олег Петрович Зуев",)]),
        [("отремонтировать до 1 сентября спортзал", "instruction", ("per1",))],
    ),
    (
        "regression_obliges_its_object",
        "Министерство строительства края подготовило законопроект. Закон обязывает Министерство строительства края "
        "до 1 июня 2027 года утвердить правила содержания подъездов.",
        dict(orgs=[("Министерство строительства края",)]),
        [("утвердить до 1 июня 2027 года правила содержания подъездов", "instruction", ("org1",))],
    ),
    (
        "regression_body_will_start_doing_with_an_object",
        "Министерство экологии края сообщило о паводке. Как сообщил министр, ведомство с понедельника начнет "
        "ежедневно публиковать уровни воды.",
        dict(orgs=[("Министерство экологии края",)]),
        [("начать ежедневно публиковать уровни воды", "commitment", ("org1",))],
    ),
]


@pytest.mark.parametrize("name, text, records, expected", ROUND11_CASES, ids=[c[0] for c in ROUND11_CASES])
def test_round11_table(analyze_text, name, text, records, expected):
    found = run(analyze_text, text, **records)
    assert [(o.action, o.modality, o.parties) for o in found] == expected
    for o in found:
        assert text[o.mention.start : o.mention.end] == o.mention.text


@pytest.mark.parametrize("text, pred, expected", [
    ("Компания вложит в проект не менее 9 млрд рублей.", "вложит", "рублей"),
    ("Завод сдаст корпус не позднее 1 июня 2027 года.", "сдаст", "года"),
    ("Компания вложит в проект средства, а затем откроет цех.", "вложит", "проект"),  # no number: left as is
    ("Компания вложит в проект до 5 млн рублей построит цех.", "вложит", "проект"),  # runs into a verb
])
def test_amount_after_the_phrase_is_kept(analyze_text, text, pred, expected):
    """The amount or term right after a phrase (the parse may hang it on a later verb) is the action's."""
    from pressparse.extract.clauses import Syntax
    from pressparse.extract.obligation_stretch import amount_end

    analysis = analyze_text(text)
    syntax = Syntax(analysis, make_found(text))
    verb = next(t for t in syntax.tokens if t.text == pred)
    noun = next(t for t in syntax.tokens if t.text in ("проект", "корпус"))
    last = syntax.units[syntax.unit_of[verb.index]][1]
    assert syntax.tokens[amount_end(syntax, verb, noun.index, last)].text == expected


ROUND12_CASES = [
    # (name, text, records, expected obligations: (action, modality, parties))
    (
        "regression_second_future_task_after_i_budet_is_its_own",
        "Министерство образования края и АО «Заря» подписали соглашение. Министерство, в свою очередь, предоставит "
        "под лабораторию отдельное здание и будет ежегодно принимать на стажировку не менее 100 студентов.",
        dict(orgs=[("Министерство образования края", "Министерство"), ("АО «Заря»",)]),
        [("предоставить под лабораторию отдельное здание", "commitment", ("org1",)),
         ("ежегодно принимать на стажировку не менее 100 студентов", "commitment", ("org1",))],
    ),
    (
        "regression_future_verb_misread_as_adjective_is_split_off",
        "Министерство образования края и АО «Заря» подписали соглашение. Согласно договору, компания направит "
        "в школы 15 инженеров и до 1 сентября оснастит лабораторию на 30 мест.",
        dict(orgs=[("Министерство образования края",), ("АО «Заря»", "компания")]),
        [("направить в школы 15 инженеров", "commitment", ("org2",)),
         ("оснастить лабораторию на 30 мест", "commitment", ("org2",))],
    ),
    (
        "regression_object_after_a_term_and_a_participle_is_kept",
        "Губернатор провел совещание. Кроме того, министерству строительства поручено до 1 июня 2027 года "
        "завершить приемку отремонтированных участков трассы М-5 «Урал».",
        dict(),
        [("завершить до 1 июня 2027 года приемку отремонтированных участков трассы М-5 «Урал»", "instruction", ())],
    ),
    (
        "regression_body_will_hold_an_inspection_is_no_narration",
        "Министерство экологии края проверило полигон. По словам министра, выездные проверки по программе "
        "министерство проведет в середине декабря.",
        dict(orgs=[("Министерство экологии края", "министерство")]),
        [("провести выездные проверки по программе в середине декабря", "commitment", ("org1",))],
    ),
    (
        "regression_body_will_hold_a_meeting_is_narration",
        "Министерство экологии края проверило полигон. В пятницу министерство проведет совещание с главами районов.",
        dict(orgs=[("Министерство экологии края", "министерство")]),
        [],
    ),
    (
        "regression_company_will_conclude_a_lease_with_a_counterparty",
        "Министерство энергетики края утвердило тариф. Кроме того, по словам директора, в декабре компания "
        "заключит с АО «Заря» договор аренды сетей сроком на три года.",
        dict(orgs=[("Министерство энергетики края",), ("АО «Заря»",), ("ООО «Свет»", "компания")],
             dates=[("в декабре", "2026-12")]),
        [("заключить в декабре с АО «Заря» договор аренды сетей сроком на три года", "commitment", ("org3",))],
    ),
    (
        "regression_reduction_taken_on_is_a_verb_with_its_target",
        "Министерство образования края и АО «Заря» подписали соглашение. Министерство, в свою очередь, берет "
        "на себя сокращение сроков выдачи лицензий до десяти дней.",
        dict(orgs=[("Министерство образования края", "Министерство"), ("АО «Заря»",)]),
        [("сократить сроки выдачи лицензий до десяти дней", "commitment", ("org1",))],
    ),
    (
        "regression_fronted_object_read_as_subject_and_gapped_term_without_dash",
        "Руководитель управления Анна Петрова напомнила, что заявки на получение субсидии фермеры должны "
        "подать не позднее 30 апреля, а уплатить взносы — до 15 июля.",
        dict(people=[("Анна Петрова",)]),
        [("подать заявки на получение субсидии не позднее 30 апреля", "requirement", ()),
         ("уплатить взносы до 15 июля", "requirement", ())],
    ),
    (
        "regression_gapped_task_keeps_the_object_hung_on_the_first_task",
        "Министерство здравоохранения края, АО «Заря» и больница подписали соглашение. Страховая компания обязуется "
        "до 1 декабря организовать в холле больницы пункт приема обращений, а министерство — ежемесячно передавать "
        "компании списки пациентов, выписанных из больницы.",
        dict(orgs=[("Министерство здравоохранения края", "министерство"), ("АО «Заря»", "Страховая компания")]),
        [("организовать до 1 декабря в холле больницы пункт приема обращений", "commitment", ("org2",)),
         ("ежемесячно передавать компании списки пациентов, выписанных из больницы", "commitment", ("org1",))],
    ),
    (
        "regression_gapped_task_keeps_a_frequency_hung_on_the_first_task",
        "Министерство финансов края и АО «Заря» подписали соглашение. По условиям соглашения банк обязуется "
        "разместить в 15 своих офисах терминалы для подачи заявлений, а министерство — проводить в отделениях "
        "банка консультации не реже двух раз в месяц.",
        dict(orgs=[("Министерство финансов края", "министерство"), ("АО «Заря»", "банк")]),
        [("разместить в 15 своих офисах терминалы для подачи заявлений", "commitment", ("org2",)),
         ("проводить в отделениях банка консультации не реже двух раз в месяц", "commitment", ("org1",))],
    ),
    (
        "regression_object_the_parse_gave_to_the_next_coordinated_verb",
        "ООО «Вектор» и администрация Твери подписали соглашение. Администрация, со своей стороны, предоставит "
        "«Вектору» льготные ставки арендной платы и до 1 марта 2027 года построит подъезд для грузовой техники.",
        dict(orgs=[("ООО «Вектор»", "Вектору"), ("администрация Твери", "Администрация")],
             dates=[("1 марта 2027 года", "2027-03-01")]),
        [("предоставить «Вектору» льготные ставки арендной платы", "commitment", ("org2",)),
         ("построить до 1 марта 2027 года подъезд для грузовой техники", "commitment", ("org2",))],
    ),
]


@pytest.mark.parametrize("name, text, records, expected", ROUND12_CASES, ids=[c[0] for c in ROUND12_CASES])
def test_round12_table(analyze_text, name, text, records, expected):
    found = run(analyze_text, text, **records)
    assert [(o.action, o.modality, o.parties) for o in found] == expected


ROUND13_CASES = [
    # (name, text, records, expected obligations: (action, modality, parties, agreement))
    (
        "regression_pronoun_object_spelled_as_the_thing_named_before",
        "Университет и АО «Заря» подписали соглашение. Университет обязуется ежегодно готовить методические "
        "рекомендации и направлять их в областное министерство образования.",
        dict(orgs=[("Университет",), ("АО «Заря»",)]),
        [("ежегодно готовить методические рекомендации", "commitment", ("org1",), "agr1"),
         ("направлять методические рекомендации в областное министерство образования", "commitment", ("org1",), "agr1")],
    ),
    (
        "regression_agreement_of_a_kind_is_the_latest_so_called",
        "Министерство экономики и АО «Заря» подписали соглашение о сотрудничестве. Кроме того, министерство и "
        "АО «Восток» подписали соглашение о строительстве завода. По соглашению компания обязуется построить "
        "завод до 2028 года.",
        dict(orgs=[("Министерство экономики", "министерство"), ("АО «Заря»",), ("АО «Восток»",)]),
        [("построить завод до 2028 года", "commitment", ("org3",), "agr2")],
    ),
    (
        "regression_gapped_side_named_by_a_place_adjective_alone",
        "Правительство Томской области и Правительство Омской области подписали соглашение. Томская сторона "
        "обязуется поставлять овощи в районы соседей, а омская — ежегодно направлять на учебу в вузы Томска 100 студентов.",
        dict(orgs=[("Правительство Томской области",), ("Правительство Омской области",)]),
        [("поставлять овощи в районы соседей", "commitment", ("org1",), "agr1"),
         ("ежегодно направлять на учебу в вузы Томска 100 студентов", "commitment", ("org2",), "agr1")],
    ),
    (
        "regression_gapped_plural_dative_names_no_party",
        "Министр Иван Петров поручил директору ГКУ «Лесхоз» Сергею Иванову до 1 мая заключить договоры аренды "
        "техники, а лесничим — до 1 июня обновить планы патрулирования.",
        dict(people=[("Иван Петров",), ("Сергею Иванову",)], orgs=[("ГКУ «Лесхоз»",)]),
        [("заключить до 1 мая договоры аренды техники", "instruction", ("per2",), None),
         ("обновить до 1 июня планы патрулирования", "instruction", (), None)],
    ),
]


@pytest.mark.parametrize("name, text, records, expected", ROUND13_CASES, ids=[c[0] for c in ROUND13_CASES])
def test_round13_table(analyze_text, name, text, records, expected):
    found = run(analyze_text, text, **records)
    assert [(o.action, o.modality, o.parties, o.agreement) for o in found] == expected


ROUND14_CASES = [
    # (name, text, records, expected obligations: (action, modality, parties, agreement))
    (
        "regression_tasks_listed_with_a_bare_comma_after_the_cue",  # "обязуется X, Y и Z": all three
        "Инвестор обязуется вложить в проект 3 млрд рублей, до конца 2027 года запустить производство упаковки "
        "мощностью 40 тонн в сутки и создать 300 рабочих мест.",
        dict(orgs=[("Инвестор",)]),
        [("вложить в проект 3 млрд рублей", "commitment", ("org1",), None),
         ("запустить до конца 2027 года производство упаковки мощностью 40 тонн в сутки", "commitment", ("org1",), None),
         ("создать 300 рабочих мест", "commitment", ("org1",), None)],
    ),
    (
        "regression_speakers_expectation_is_no_commitment",
        "АО «Заря» и администрация района подписали соглашение. «Мы рассчитываем, что компания построит завод "
        "за два года», — сказал глава района.",
        dict(orgs=[("АО «Заря»",), ("администрация района",)]),
        [],
    ),
    (
        "regression_paying_back_is_no_commitment",  # "окупится": an outcome, not an act
        "АО «Заря» и администрация района подписали соглашение. Компания окупит вложения за шесть лет, "
        "а технопарк окупится за пять лет.",
        dict(orgs=[("АО «Заря»", "Компания"), ("администрация района",), ("технопарк",)]),
        [("окупить вложения за шесть лет", "commitment", ("org1",), "agr1")],
    ),
    (
        "regression_things_of_a_company_enable_nothing",  # "проекты компании позволят": no one's duty
        "АО «Заря» и администрация района подписали соглашение. Как отметил глава района, проекты компании "
        "позволят закрыть потребность района в детских садах.",
        dict(orgs=[("АО «Заря»", "компании"), ("администрация района",)]),
        [],
    ),
    (
        "regression_future_verb_tagged_a_noun_after_a_contrast",  # "смонтирует" read as a noun
        "Университет и АО «Заря» подписали соглашение. Компания выделит 1500 кв. м складских площадей, а до "
        "1 октября 2027 года смонтирует в них линию розлива.",
        dict(orgs=[("Университет",), ("АО «Заря»", "Компания")]),
        [("выделить 1500 кв. м складских площадей", "commitment", ("org2",), "agr1"),
         ("смонтировать в них линию розлива", "commitment", ("org2",), "agr1")],
    ),
    (
        "regression_task_noun_transfer_with_recipient_and_gapped_refund",
        "Администрация города, правительство области и ООО «Водоресурс» подписали концессионное соглашение. "
        "Администрация города берет на себя передачу имущества МУП «Горводоканал» концессионеру до 1 июня "
        "2027 года, а правительство области — возмещение части затрат инвестора.",
        dict(orgs=[("Администрация города",), ("правительство области",), ("ООО «Водоресурс»",), ("МУП «Горводоканал»",)]),
        [("передать имущество МУП «Горводоканал» концессионеру до 1 июня 2027 года", "commitment", ("org1",), "agr1"),
         ("возместить часть затрат инвестора", "commitment", ("org2",), "agr1")],
    ),
    (
        "regression_gapped_addressee_whose_name_does_not_decline",  # "а МУП «Б» — ...": not nobody
        "Глава города Иван Петров поручил управлению ЖКХ до 1 мая провести обследование дворов, а МУП "
        "«Горсвет» — до 1 июня заменить фонари на набережной.",
        dict(orgs=[("управлению ЖКХ",), ("МУП «Горсвет»",)], people=[("Иван Петров",)]),
        [("провести до 1 мая обследование дворов", "instruction", ("org1",), None),
         ("заменить до 1 июня фонари на набережной", "instruction", ("org2",), None)],
    ),
    (
        "regression_bringing_utilities_is_a_task_summing_up_is_not",  # "подведет газ" vs "подведут итоги"
        "АО «Заря» и администрация района подписали соглашение. Администрация района предоставит компании "
        "участок площадью 5 га, а до 1 июля 2027 года подведет к нему газ. Через год стороны подведут итоги работы.",
        dict(orgs=[("АО «Заря»",), ("администрация района", "Администрация района")]),
        [("предоставить компании участок площадью 5 га", "commitment", ("org2",), "agr1"),
         ("подвести к нему газ", "commitment", ("org2",), "agr1")],
    ),
    (
        "regression_object_the_parse_made_a_second_root_stays_in_the_action",
        "По итогам фестиваля агентство намерено включить «Исток-2027» в федеральный грантовый конкурс следующего "
        "года, а областное министерство планирует в декабре провести отбор координаторов центров.",
        dict(orgs=[("агентство",), ("областное министерство",)]),
        [("включить «Исток-2027» в федеральный грантовый конкурс следующего года", "intention", ("org1",), None),
         ("провести в декабре отбор координаторов центров", "intention", ("org2",), None)],
    ),
]


@pytest.mark.parametrize("name, text, records, expected", ROUND14_CASES, ids=[c[0] for c in ROUND14_CASES])
def test_round14_table(analyze_text, name, text, records, expected):
    found = run(analyze_text, text, **records)
    assert [(o.action, o.modality, o.parties, o.agreement) for o in found] == expected


ROUND15_CASES = [  # session 7b: ways releases state duties that the development sets did not show
    (
        "regression_two_aspect_compensation_of_a_named_body_is_a_promise",
        "Минцифры России компенсирует операторам связи часть затрат на прокладку кабеля.",
        dict(orgs=[("Минцифры России",)]),
        [("компенсировать операторам связи часть затрат на прокладку кабеля", "commitment", ("org1",), None)],
    ),
    (
        "regression_guarantee_outside_an_agreement",
        "Администрация города Орла гарантирует подрядчику оплату выполненных работ.",
        dict(orgs=[("Администрация города Орла",)]),
        [("гарантировать подрядчику оплату выполненных работ", "commitment", ("org1",), None)],
    ),
    (
        "regression_body_noun_read_as_a_name_can_hold_a_duty",  # "Застройщик" tagged PROPN
        "Новости строительства. Застройщик обязан передать квартиры дольщикам до конца 2027 года.",
        dict(),
        [("передать квартиры дольщикам до конца 2027 года", "requirement", (), None)],
    ),
    (
        "regression_order_given_with_dano_poruchenie",
        "Новости. Министерству финансов Курской области дано поручение до 1 апреля подготовить поправки в бюджет.",
        dict(orgs=[("Министерству финансов Курской области",)]),
        [("подготовить до 1 апреля поправки в бюджет", "instruction", ("org1",), None)],
    ),
    (
        "regression_predpisanie_noun_frame_addressee_on_the_verb",
        "Новости. Инспекция выдала ООО «Молпром» предписание устранить нарушения до 1 декабря.",
        dict(orgs=[("Инспекция",), ("ООО «Молпром»",)]),
        [("устранить нарушения до 1 декабря", "instruction", ("org2",), None)],
    ),
    (
        "regression_body_supervising_after_the_verb",  # a person's post stays out ("она будет курировать")
        "Новости. Реализацию проекта будет курировать министерство строительства Курской области.",
        dict(orgs=[("министерство строительства Курской области",)]),
        [("курировать реализацию проекта", "commitment", ("org1",), None)],
    ),
    (
        "regression_dative_body_no_record_names",
        "Новости. Подрядчику предстоит до конца сентября уложить новый асфальт на 12 улицах.",
        dict(),
        [("уложить до конца сентября новый асфальт на 12 улицах", "requirement", (), None)],
    ),
    (
        "regression_obligations_plural_noun_and_no_double_for_take_on",
        "Новости. ООО «Техно» берет на себя обязательства по содержанию дороги в течение пяти лет. "
        "АО «Дорога» возьмет на себя обязательство по подготовке площадки.",
        dict(orgs=[("ООО «Техно»",), ("АО «Дорога»",)]),
        [("содержать дорогу в течение пяти лет", "commitment", ("org1",), None),
         ("подготовить площадку", "commitment", ("org2",), None)],
    ),
    (
        "regression_gapped_generic_body_is_not_the_first_doer",
        "Новости. ООО «Агрохолдинг» обязуется построить ферму, а администрация района — выделить участок.",
        dict(orgs=[("ООО «Агрохолдинг»",)]),
        [("построить ферму", "commitment", ("org1",), None),
         ("выделить участок", "commitment", (), None)],
    ),
]


@pytest.mark.parametrize("name, text, records, expected", ROUND15_CASES, ids=[c[0] for c in ROUND15_CASES])
def test_round15_table(analyze_text, name, text, records, expected):
    found = run(analyze_text, text, **records)
    assert [(o.action, o.modality, o.parties, o.agreement) for o in found] == expected


ROUND16_CASES = [  # session 7 round 2: press11's parties and split tasks, in sentences of our own
    (
        'regression_trade_noun_is_the_side_of_its_trade',
        'Филиал «Курскэнерго» и администрация Курчатовского района подписали соглашение. В рамках соглашения энергетики обязуются до 1 июля 2027 года построить в Курчатове новую подстанцию.',
        {'orgs': [('Филиал «Курскэнерго»',), ('администрация Курчатовского района',)]},
        [('построить до 1 июля 2027 года в Курчатове новую подстанцию', 'commitment', ('org1',), 'agr1')],
    ),
    (
        'regression_take_on_task_noun_hung_on_the_next_verb',
        'АО «Корпорация развития Курской области» и ООО «Агропак» подписали соглашение. Корпорация, со своей стороны, возьмет на себя подключение площадки к сетям водоснабжения и предоставит в аренду участок площадью 5 га.',
        {'orgs': [('АО «Корпорация развития Курской области»',), ('ООО «Агропак»',)]},
        [('подключить площадку к сетям водоснабжения', 'commitment', ('org1',), 'agr1'), ('предоставить в аренду участок площадью 5 га', 'commitment', ('org1',), 'agr1')],
    ),
    (
        'regression_contrast_take_on_with_self_hung_on_the_first_verb',
        'Министерство туризма и ФГБУ «Национальный парк «Алания»» подписали соглашение. По условиям документа Минтуризма обязуется до 1 мая 2027 года выделить средства на проектирование гостевого дома в селе Даргавс, а парк берет на себя обустройство пешеходной тропы протяженностью 4 км вдоль реки.',
        {'orgs': [('Министерство туризма', 'Минтуризма'), ('ФГБУ «Национальный парк «Алания»»',)]},
        [('выделить до 1 мая 2027 года средства на проектирование гостевого дома в селе Даргавс', 'commitment', ('org1',), 'agr1'), ('обустроить пешеходную тропу протяженностью 4 км вдоль реки', 'commitment', ('org2',), 'agr1')],
    ),
    (
        'regression_spaced_hyphen_is_a_gap_dash',
        'Министерство строительства и правительство Тверской области подписали соглашение. Согласно документу, регион обязан до 31 декабря 2027 года расселить 80 аварийных домов, а Фонд развития территорий - перечислить средства.',
        {'orgs': [('Министерство строительства',), ('правительство Тверской области',), ('Фонд развития территорий',)]},
        [('расселить до 31 декабря 2027 года 80 аварийных домов', 'requirement', ('org2',), 'agr1'), ('перечислить средства', 'requirement', ('org3',), 'agr1')],
    ),
    (
        'regression_staff_of_a_regional_body_not_the_federal_one',
        'Министерство природных ресурсов Российской Федерации провело совещание. Министр лесного хозяйства Самарской области поручил специалистам регионального ведомства подготовить предложения по новым маршрутам.',
        {'orgs': [('Министерство природных ресурсов Российской Федерации', 'регионального ведомства'), ('Министерство лесного хозяйства Самарской области', 'Министр лесного хозяйства Самарской области')]},
        [('подготовить предложения по новым маршрутам', 'instruction', ('org2',), None)],
    ),
    (
        'regression_staff_of_a_branch_will_do',
        'Управление Росреестра по Тверской области и администрация города Ржева подписали соглашение. Директор филиала ППК «Роскадастр» Иван Орлов сообщил, что специалисты филиала к 1 апреля 2027 года проведут обследования в садовых товариществах.',
        {'orgs': [('Управление Росреестра по Тверской области',), ('администрация города Ржева',), ('филиала ППК «Роскадастр»', 'филиала')]},
        [('провести обследования в садовых товариществах', 'commitment', ('org3',), 'agr1')],
    ),
    (
        'regression_order_noun_given_in_the_passive',
        'Новости. Проверка выявила нарушения в кафе ООО «Вкусный двор». Компании выдано предписание до 1 декабря заменить вытяжку и провести дезинфекцию.',
        {'orgs': [('ООО «Вкусный двор»',)]},
        [('заменить до 1 декабря вытяжку', 'instruction', ('org1',), None), ('провести дезинфекцию', 'instruction', ('org1',), None)],
    ),
    (
        'regression_quoted_order_to_a_group',
        'Новости. «Паводок показал слабые места. Поэтому главам поселений поручено до 1 апреля обновить планы эвакуации», — сказал начальник управления.',
        {},
        [('обновить до 1 апреля планы эвакуации', 'instruction', (), None)],
    ),
    (
        'regression_second_infinitive_parsed_as_a_complement',
        'АО «Корпорация развития» и ООО «Бумпром» подписали соглашение. Инвестор обязуется вложить в проект 1,2 млрд рублей и до конца 2028 года создать 90 рабочих мест.',
        {'orgs': [('АО «Корпорация развития»',), ('ООО «Бумпром»',)]},
        [('вложить в проект 1,2 млрд рублей', 'commitment', ('org2',), 'agr1'), ('создать 90 рабочих мест', 'commitment', ('org2',), 'agr1')],
    ),
    (
        "regression_comparison_after_a_dash_is_no_part_of_the_task",
        "ООО «Дорстрой» и администрация города подписали соглашение. Компания направит на ремонт мостов 300 млн рублей — "
        "на 50 млн больше, чем в прошлом году.",
        {'orgs': [('ООО «Дорстрой»', 'Компания'), ('администрация города',)]},
        [("направить на ремонт мостов 300 млн рублей", "commitment", ("org1",), "agr1")],
    ),
    (
        'regression_deverbal_noun_takes_its_own_verb',
        'АО «Сети» и администрация района подписали соглашение. Администрация района, в свою очередь, возьмет на себя оформление земельных участков под подстанции.',
        {'orgs': [('АО «Сети»',), ('администрация района', 'Администрация района')]},
        [('оформлять земельные участки под подстанции', 'commitment', ('org2',), 'agr1')],
    ),
]


@pytest.mark.parametrize("name, text, records, expected", ROUND16_CASES, ids=[c[0] for c in ROUND16_CASES])
def test_round16_table(analyze_text, name, text, records, expected):
    found = run(analyze_text, text, **records)
    assert [(o.action, o.modality, o.parties, o.agreement) for o in found] == expected


def test_regression_adjective_misread_as_a_future_verb_is_no_clause(analyze_text):
    """The tagger may read an unknown adjective (``кадастровая``) as a finite future verb."""
    from pressparse.extract.clauses import Syntax
    from pressparse.extract.obligation_clauses import State
    from pressparse.extract.obligation_future import future_clause

    text = "Управление и администрация подписали соглашение. Филиал, известный как кадастровая палата, проведет обследования."
    found = make_found(text, orgs=[("Управление",), ("администрация",), ("Филиал",)])
    found.agreements = extract_agreements(analyze_text(text), found)
    syntax = Syntax(analyze_text(text), found)
    feats = {"Aspect": "Perf", "Mood": "Ind", "Number": "Sing", "Person": "3", "Tense": "Fut", "VerbForm": "Fin"}
    word = next(t for t in syntax.tokens if t.text == "кадастровая")
    state = State(list(found.agreements), last_parties=["org1"], last_unit=syntax.unit_of[word.index])
    assert future_clause(syntax, state, replace(word, pos="VERB", feats=feats)) is None  # not the last doer's "task"
    verb = next(t for t in syntax.tokens if t.text == "проведет")
    assert future_clause(syntax, State(list(found.agreements)), verb) is not None


ROUND17_CASES = [  # session 8: a check assigned to a named person, in either word order
    (
        'supervisor_after_the_verb',
        'Управление выдало школе предписание. Исполнение предписания проконтролирует начальник отдела Иван Петров.',
        {'people': [('Иван Петров',)], 'orgs': [('Управление',)]},
        [('проконтролировать исполнение предписания', 'commitment', ('per1',), None)],
    ),
    (
        'supervisor_before_the_verb',
        'Управление выдало школе предписание. Начальник отдела Иван Петров проконтролирует исполнение предписания.',
        {'people': [('Иван Петров',)], 'orgs': [('Управление',)]},
        [('проконтролировать исполнение предписания', 'commitment', ('per1',), None)],
    ),
    (
        'regression_past_check_is_no_duty',
        'Прокуратура проконтролировала исполнение решения суда.',
        {'orgs': [('Прокуратура',)]},
        [],
    ),
]


@pytest.mark.parametrize("name, text, records, expected", ROUND17_CASES, ids=[c[0] for c in ROUND17_CASES])
def test_round17_table(analyze_text, name, text, records, expected):
    found = run(analyze_text, text, **records)
    assert [(o.action, o.modality, o.parties, o.agreement) for o in found] == expected
