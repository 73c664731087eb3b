"""Agreements layer: kinds, subjects, parties, signatories, date, place, status, merging.

The earlier layers are replaced by hand-made records (``found``) whose mentions are located in
the test sentence, so these tables test this layer alone.
"""

from __future__ import annotations

import re

import pytest

from pressparse.extract import Found
from pressparse.extract.agreements import extract_agreements
from pressparse.result import DateMention, Mention, Organization, Person, Place


def mentions(text: str, surfaces: list[str]) -> tuple[Mention, ...]:
    out: list[Mention] = []
    for s in sorted(surfaces, key=len, reverse=True):
        for m in re.finditer(re.escape(s), text):
            if not any(o.start < m.end() and m.start() < o.end for o in out):
                out.append(Mention(text=s, start=m.start(), end=m.end()))
    assert out, surfaces
    return tuple(sorted(out, key=lambda m: m.start))


def make_found(text: str, orgs=(), people=(), places=(), dates=()) -> Found:
    """Records with mentions at every occurrence of their surface strings in ``text``."""
    found = Found()
    found.organizations = [Organization(id=f"org{i}", name=s[0], mentions=mentions(text, list(s)))
                           for i, s in enumerate(orgs, 1)]
    found.people = [Person(id=f"per{i}", name=s[0], mentions=mentions(text, list(s)))
                    for i, s in enumerate(people, 1)]
    found.places = [Place(id=f"loc{i}", name=s[0], kind=kind, mentions=mentions(text, list(s)))
                    for i, (kind, *s) in enumerate(places, 1)]
    found.dates = []
    for i, (surface, value) in enumerate(dates, 1):
        start = text.index(surface)
        precision = {4: "year", 7: "month", 10: "day"}[len(value.split("/")[0])]
        found.dates.append(DateMention(id=f"date{i}", text=surface, start=start, end=start + len(surface),
                                       value=value, precision=precision))
    return found


def run(analyze_text, text: str, **records):
    return extract_agreements(analyze_text(text), make_found(text, **records))


CASES = [
    # (name, text, records, expected fields of the agreements)
    (
        "orgs_sign_subject",
        "Министерство образования и компания «Ростелеком» подписали соглашение о сотрудничестве в сфере цифровизации школ.",
        dict(orgs=[("Министерство образования",), ("компания «Ростелеком»",)]),
        [dict(kind="соглашение", subject="о сотрудничестве в сфере цифровизации школ",
              parties=("org1", "org2"), signatories=(), status="signed")],
    ),
    (
        "abbreviation_between_place",
        "Вчера в Казани подписано допсоглашение между мэрией Казани и ООО «Тест».",
        dict(orgs=[("мэрией Казани",), ("ООО «Тест»",)], places=[("city", "Казани")]),
        [dict(kind="дополнительное соглашение", subject=None, parties=("org1", "org2"), place="loc1")],
    ),
    (
        "in_face_of",
        "Администрация города Твери в лице главы города Ивана Петрова и ООО «Вектор» в лице директора "
        "Сергея Орлова заключили договор о поставке медицинского оборудования.",
        dict(orgs=[("Администрация города Твери",), ("ООО «Вектор»",)],
             people=[("Ивана Петрова",), ("Сергея Орлова",)]),
        [dict(kind="договор", subject="о поставке медицинского оборудования",
              parties=("org1", "org2"), signatories=("per1", "per2"))],
    ),
    (
        # regression: the signers named in the next sentence without a document word were lost
        "signatures_put_next_sentence",
        "Управление и мэрия Рыбинска заключили соглашение об обмене данными. Подписи поставили "
        "руководитель управления Анна Козлова и мэр Дмитрий Рудаков.",
        dict(orgs=[("Управление",), ("мэрия Рыбинска",)], people=[("Анна Козлова",), ("Дмитрий Рудаков",)]),
        [dict(kind="соглашение", subject="об обмене данными", parties=("org1", "org2"),
              signatories=("per1", "per2"))],
    ),
    (
        # regression: the person signed with ("подписал с губернатором ... X") was lost
        "signed_with_person",
        "Министр Иван Петров подписал с губернатором края Олегом Сидоровым соглашение о расселении.",
        dict(people=[("Иван Петров",), ("Олегом Сидоровым",)]),
        [dict(kind="соглашение", subject="о расселении", parties=("per1", "per2"), signatories=("per1", "per2"))],
    ),
    (
        # regression: a signer without a body who signs "с ООО «X»" was no side
        "signer_without_body_and_counterparty",
        "Губернатор Олег Сидоров подписал с ООО «Вектор» соглашение о поставках.",
        dict(orgs=[("ООО «Вектор»",)], people=[("Олег Сидоров",)]),
        [dict(kind="соглашение", parties=("per1", "org1"), signatories=("per1",))],
    ),
    (
        # regression: a second signer after "и" and a long title with a rank was lost
        "coordinated_signer_after_rank",
        "Соглашение подписали врио начальника управления полковник внутренней службы Олег Сидоров и "
        "генеральный директор «Химмаша» Иван Петров.",
        dict(people=[("Олег Сидоров",), ("Иван Петров",)]),
        [dict(kind="соглашение", signatories=("per1", "per2"))],
    ),
    (
        # regression: the subject ran on through a signing participle and through a clause of its own
        "subject_stops_at_signing_participle",
        "Палаты подписали меморандум. Соглашение о партнерстве, подписанное палатами в 2019 году, истекло.",
        dict(),
        [dict(kind="меморандум"), dict(kind="соглашение", subject="о партнерстве")],
    ),
    (
        "subject_stops_at_clause",
        "В 2019 году палаты подписали соглашение о партнерстве, срок его действия истек.",
        dict(),
        [dict(kind="соглашение", subject="о партнерстве")],
    ),
    (
        # regression: "к концессионному соглашению" (an adjective before the amended document) made a second agreement
        "supplement_to_adjective_document",
        "Администрация и АО «Квадра» заключили дополнительное соглашение к концессионному соглашению о теплоснабжении.",
        dict(orgs=[("Администрация",), ("АО «Квадра»",)]),
        [dict(kind="дополнительное соглашение", subject="к концессионному соглашению о теплоснабжении",
              parties=("org1", "org2"))],
    ),
    (
        # regression (press11): "меморандум о взаимопонимании и сотрудничестве" is a memorandum with a coordinated subject
        "memorandum_coordinated_subject",
        "Палаты подписали меморандум о взаимопонимании и сотрудничестве.",
        dict(),
        [dict(kind="меморандум", subject="о взаимопонимании и сотрудничестве")],
    ),
    (
        # regression (press11): "они заключили соглашение" after a signing names the same sides
        "pronoun_sides_inherit",
        "Палата Курска и палата Ташкента подписали меморандум о сотрудничестве. В 2019 году они заключили "
        "соглашение о проведении выставок, но его срок истек.",
        dict(orgs=[("Палата Курска",), ("палата Ташкента",)]),
        [dict(kind="меморандум", parties=("org1", "org2")),
         dict(kind="соглашение", subject="о проведении выставок", parties=("org1", "org2"))],
    ),
    (
        # regression (press11): "Договор с ней" names the body told just before as the counterparty
        "pronoun_counterparty",
        "Новым подрядчиком станет АО «Вектор». Договор с ней на сумму 38 млн рублей подписан в среду.",
        dict(orgs=[("АО «Вектор»",)]),
        [dict(kind="договор", parties=("org1",))],
    ),
    (
        "planned_signing",
        "Соглашение о партнерстве между университетом и банком «Восток» будет подписано в ходе форума.",
        dict(orgs=[("университетом",), ("банком «Восток»",)]),
        [dict(kind="соглашение", subject="о партнерстве", parties=("org1", "org2"), status="planned")],
    ),
    (
        "people_only_are_parties",
        "Ректор университета Ольга Смирнова и директор завода Павел Кузнецов подписали меморандум о взаимопонимании.",
        dict(people=[("Ольга Смирнова",), ("Павел Кузнецов",)]),
        [dict(kind="меморандум о взаимопонимании", parties=("per1", "per2"), signatories=("per1", "per2"))],
    ),
    (
        "dated_event_sentence",
        "15 марта 2023 года в Самаре состоялось подписание соглашения о сотрудничестве между "
        "ПАО «Волга» и правительством области.",
        dict(orgs=[("ПАО «Волга»",), ("правительством области",)], places=[("city", "Самаре")],
             dates=[("15 марта 2023 года", "2023-03-15")]),
        [dict(kind="соглашение", subject="о сотрудничестве", date="2023-03-15", place="loc1",
              parties=("org1", "org2"))],
    ),
    (
        "deadline_is_not_signing_date",
        "Губернатор и ООО «Дом» подписали соглашение о строительстве жилья до 31 декабря 2026 года.",
        dict(orgs=[("ООО «Дом»",)], dates=[("31 декабря 2026 года", "2026-12-31")]),
        [dict(kind="соглашение", date=None)],
    ),
    (
        "no_signing_no_agreement",
        "Губернатор обсудил с главами районов исполнение дорожной карты по газификации.",
        dict(),
        [],
    ),
    (
        "roadmap_kind",
        "Стороны подписали дорожную карту по развитию туризма в регионе.",
        dict(),
        [dict(kind="дорожная карта", subject="по развитию туризма в регионе")],
    ),
    (
        "outcome_is_not_subject",
        "По итогам переговоров стороны подписали соглашение по итогам визита делегации.",
        dict(),
        [dict(kind="соглашение", subject=None)],
    ),
    (
        "contract_with_counterparty",
        "Министерство здравоохранения края заключило контракт с ООО «Медтехника» на поставку томографов.",
        dict(orgs=[("Министерство здравоохранения края",), ("ООО «Медтехника»",)]),
        [dict(kind="контракт", parties=("org1", "org2"))],
    ),
    (
        "regression_list_of_sides_with_namesake_person",
        "Университет имени академика И.П. Павлова, колледж «Альфа» и АО «Заря» подписали меморандум о сотрудничестве.",
        dict(orgs=[("Университет имени академика И.П. Павлова",), ("колледж «Альфа»",), ("АО «Заря»",)],
             people=[("И.П. Павлова",)]),
        [dict(kind="меморандум", parties=("org1", "org2", "org3"), signatories=())],
    ),
    (
        "regression_branch_owner_is_no_side",
        "Курское отделение № 8596 ПАО Сбербанк и АО «Заря» подписали соглашение о кредитовании.",
        dict(orgs=[("Курское отделение",), ("ПАО Сбербанк",), ("АО «Заря»",)]),
        [dict(kind="соглашение", parties=("org1", "org3"))],
    ),
    (
        "regression_subject_after_bracketed_short_name",
        "Правительство края и ООО «Вектор» заключили специальный инвестиционный контракт (СПИК) на производство тракторов.",
        dict(orgs=[("Правительство края",), ("ООО «Вектор»",)]),
        [dict(kind="специальный инвестиционный контракт", subject="на производство тракторов", parties=("org1", "org2"))],
    ),
    (
        "regression_road_map_to_be_drafted_is_no_agreement",
        "Стороны договорились подготовить дорожную карту. Соглашение о сотрудничестве планируется подписать в мае.",
        {},
        [dict(kind="соглашение", status="planned")],
    ),
    (
        "regression_collusion_is_no_agreement",
        "Компании заключили антиконкурентное соглашение и поддерживали цены на торгах.",
        {},
        [],
    ),
    (
        "regression_typed_contract_keeps_its_type",
        "Фонд развития промышленности и ООО «Искра» заключили договор займа на 80 млн рублей.",
        dict(orgs=[("Фонд развития промышленности",), ("ООО «Искра»",)]),
        [dict(kind="договор займа", parties=("org1", "org2"))],
    ),
    (
        "regression_signers_after_the_verb_cut_at_a_dash",
        "Договор о партнерстве в понедельник подписали Смирнова А.П. и заместитель главы города — "
        "начальник управления образования Олег Петрович Васильев.",
        dict(people=[("Смирнова А.П.",), ("Олег Петрович Васильев",)]),
        [dict(kind="договор", signatories=("per1", "per2"))],
    ),
    (
        "regression_party_count_is_no_kind",
        "Правительство области, администрация города и ПАО «Банк» подписали трехстороннее соглашение о развитии "
        "цифровых сервисов.",
        dict(orgs=[("Правительство области",), ("администрация города",), ("ПАО «Банк»",)]),
        [dict(kind="соглашение", subject="о развитии цифровых сервисов", parties=("org1", "org2", "org3"))],
    ),
    (
        "regression_contractor_working_under_contract_is_a_party",
        "Ремонт ведет ООО «Мостострой» по муниципальному контракту, который администрация города заключила с "
        "подрядчиком в марте.",
        dict(orgs=[("ООО «Мостострой»",), ("администрация города",)]),
        [dict(kind="муниципальный контракт", parties=("org1", "org2"), status="signed")],
    ),
    (
        "regression_planned_memorandum_side_before_subject",
        "Осенью университет планирует заключить меморандум с Правительством края о подготовке инженерных кадров.",
        dict(orgs=[("университет",), ("Правительством края",)]),
        [dict(kind="меморандум", subject="о подготовке инженерных кадров", parties=("org1", "org2"),
              status="planned")],
    ),
    (
        "regression_members_of_a_consortium_are_its_founders",
        "Институт и ООО «Катализ» подписали договор о создании консорциума «Полимер». В мае участники консорциума "
        "планируют заключить меморандум с администрацией города о поддержке стартапов.",
        dict(orgs=[("Институт",), ("ООО «Катализ»",), ("администрацией города",)]),
        [dict(kind="договор", subject="о создании консорциума «Полимер»", parties=("org1", "org2")),
         dict(kind="меморандум", subject="о поддержке стартапов", parties=("org1", "org2", "org3"),
              status="planned")],
    ),
    (
        "regression_term_of_agreement_is_part_of_subject",
        "Минтранс и ООО «Автолайн» подписали соглашение о развитии пригородных перевозок на 2025–2027 годы.",
        dict(orgs=[("Минтранс",), ("ООО «Автолайн»",)], dates=[("2025–2027 годы", "2025/2027")]),
        [dict(subject="о развитии пригородных перевозок на 2025–2027 годы")],
    ),
    (
        "regression_count_after_na_is_part_of_subject",
        "Минсельхоз и ООО «Нива» подписали соглашение о строительстве фермы на 1200 голов в Заречном районе.",
        dict(orgs=[("Минсельхоз",), ("ООО «Нива»",)]),
        [dict(subject="о строительстве фермы на 1200 голов в Заречном районе")],
    ),
    (
        "regression_signing_date_after_subject_is_not_subject",
        "Соглашение о сотрудничестве 12 марта подписали фонд «Рассвет» и администрация района.",
        dict(orgs=[("фонд «Рассвет»",), ("администрация района",)], dates=[("12 марта", "2025-03-12")]),
        [dict(subject="о сотрудничестве", parties=("org1", "org2"))],
    ),
    (
        "regression_signers_after_the_verb_with_no_parsed_subject",
        "Правительство края и корпорация «Техмаш» подписали соглашение о сотрудничестве. Документ в среду в Перми "
        "подписали врио министра промышленности края Кирилл Андреевич Лосев и управляющий директор корпорации "
        "Гурьянов Станислав Игоревич.",
        dict(orgs=[("Правительство края",), ("корпорация «Техмаш»",)],
             people=[("Кирилл Андреевич Лосев",), ("Гурьянов Станислав Игоревич",)]),
        [dict(parties=("org1", "org2"), signatories=("per1", "per2"))],
    ),
    (
        "regression_passive_signer_in_the_instrumental",
        "Договор поставки фонд и завод подписали 5 мая в Туле, со стороны завода документ подписан директором "
        "Олегом Мамонтовым.",
        dict(orgs=[("фонд",), ("завод",)], people=[("Олегом Мамонтовым",)]),
        [dict(kind="договор поставки", signatories=("per1",))],
    ),
    (
        "regression_subject_after_counterparty_and_adjective",
        "Администрация района заключила муниципальный контракт с ООО «Дорстрой» на капитальный ремонт моста.",
        dict(orgs=[("Администрация района",), ("ООО «Дорстрой»",)]),
        [dict(kind="муниципальный контракт", subject="на капитальный ремонт моста", parties=("org1", "org2"))],
    ),
    (
        "regression_programme_subject_is_its_genitive",
        "Мэр города и посол подписали программу культурного и научного сотрудничества до 2028 года.",
        dict(people=[("Мэр города",), ("посол",)], dates=[("2028 года", "2028")]),
        [dict(kind="программа", subject="культурного и научного сотрудничества до 2028 года")],
    ),
    (
        "regression_counterparties_after_subject_are_not_the_subject",
        "Университет подписал соглашения о целевом обучении с АО «Тест» и ООО «Проба».",
        dict(orgs=[("Университет",), ("АО «Тест»",), ("ООО «Проба»",)]),
        [dict(kind="соглашение", subject="о целевом обучении", parties=("org1", "org2")),
         dict(kind="соглашение", subject="о целевом обучении", parties=("org1", "org3"))],
    ),
    (
        "regression_one_contract_per_counted_contractor_named_next",
        "Управление благоустройства заключило муниципальные контракты на озеленение скверов с тремя подрядчиками. "
        "ООО «Сад» высадит липы, АО «Флора» — клены, ООО «Луг» засеет газоны.",
        dict(orgs=[("Управление благоустройства",), ("ООО «Сад»",), ("АО «Флора»",), ("ООО «Луг»",)]),
        [dict(kind="муниципальный контракт", subject="на озеленение скверов", parties=("org1", other))
         for other in ("org2", "org3", "org4")],
    ),
    (
        "regression_singular_contract_with_two_sides_stays_one",
        "Фонд заключил договор с АО «Тест» и ООО «Проба» о строительстве школы.",
        dict(orgs=[("Фонд",), ("АО «Тест»",), ("ООО «Проба»",)]),
        [dict(kind="договор", parties=("org1", "org2", "org3"))],
    ),
    (
        "regression_subject_stops_at_the_signer_after_it",
        "Контракты на содержание 12 парков ГБУ «Зеленстрой» города Тулы в пятницу заключило с двумя фирмами: "
        "ООО «Сад» и ООО «Луг».",
        dict(orgs=[("ГБУ «Зеленстрой»",), ("ООО «Сад»",), ("ООО «Луг»",)], places=[("city", "Тулы")]),
        [dict(kind="контракт", subject="на содержание 12 парков", parties=("org1", other)) for other in ("org2", "org3")],
    ),
    (
        "memorandum_title_and_body_merge",
        "Город и ПАО «Тест» подписали меморандум\n\nМэрия города и ПАО «Тест» подписали меморандум о "
        "взаимопонимании в сфере развития общественного транспорта.",
        dict(orgs=[("Мэрия города",), ("ПАО «Тест»",)]),
        [dict(kind="меморандум о взаимопонимании", subject="в сфере развития общественного транспорта")],
    ),
    (
        "regression_analogous_document_is_another_agreement_of_the_same_subject",
        "Управление и АО «Порт» подписали соглашение об обмене данными. Ранее Управление подписало "
        "аналогичный документ с ООО «Терминал».",
        dict(orgs=[("Управление",), ("АО «Порт»",), ("ООО «Терминал»",)]),
        [dict(subject="об обмене данными", parties=("org1", "org2")),
         dict(subject="об обмене данными", parties=("org1", "org3"))],
    ),
    (
        "regression_three_sides_between_with_commas_then_the_subject",
        "В министерстве подписано соглашение между Минздравом, Фондом ОМС и АО «Страховщик» об "
        "информировании пациентов больницы «Центр».",
        dict(orgs=[("Минздравом",), ("Фондом ОМС",), ("АО «Страховщик»",), ("больницы «Центр»",)]),
        [dict(subject="об информировании пациентов больницы «Центр»", parties=("org1", "org2", "org3"))],
    ),
    (
        "regression_supplement_names_the_agreement_it_amends_which_is_no_agreement_of_its_own",
        "Управление и МФЦ подписали дополнительное соглашение к договору о взаимодействии.",
        dict(orgs=[("Управление",), ("МФЦ",)]),
        [dict(kind="дополнительное соглашение", subject="к договору о взаимодействии", parties=("org1", "org2"))],
    ),
    (
        "regression_acting_abbreviation_in_the_signers_is_no_subject_phrase",
        "Подписи под соглашением о сотрудничестве поставили министр Иван Петров, и.о. главы администрации "
        "Ольга Смирнова и директор фонда Павел Котов.",
        dict(people=[("Иван Петров",), ("Ольга Смирнова",), ("Павел Котов",)]),
        [dict(signatories=("per1", "per2", "per3"))],
    ),
    (
        "regression_lease_contract_takes_a_genitive_subject",
        "В ноябре компания заключит с АО «Сети» договор аренды сетей в поселке сроком на пять лет.",
        dict(orgs=[("АО «Сети»",)]),
        [dict(kind="договор аренды", subject="сетей в поселке")],
    ),
    (
        "regression_settlement_keeps_its_kind_and_the_litigants_are_its_sides",
        "Суд утвердил мировое соглашение по иску МУП г. Вологды «Водоканал» к ООО «Трасса» о взыскании неустойки. "
        "Мировое соглашение подписали директор Иван Орлов и директор Петр Сидоров.",
        dict(orgs=[("МУП г. Вологды «Водоканал»",), ("ООО «Трасса»",)], people=[("Иван Орлов",), ("Петр Сидоров",)]),
        [dict(kind="мировое соглашение", parties=("org1", "org2"), signatories=("per1", "per2"),
              subject="по иску МУП г. Вологды «Водоканал» к ООО «Трасса» о взыскании неустойки")],
    ),
    (
        "regression_bare_contract_in_the_signing_clause_keeps_the_typed_kind",
        "Главным вопросом стал энергосервисный контракт на замену уличных фонарей. "
        "Контракт подписан 3 марта главой поселка Иваном Орловым.",
        dict(people=[("Иваном Орловым",)]),
        [dict(kind="энергосервисный контракт", subject="на замену уличных фонарей")],
    ),
    (
        "regression_signing_not_done_is_no_agreement",
        "Администрация уже согласовала с ООО «Альфа» проект контракта, но подписать его не успела.",
        dict(orgs=[("ООО «Альфа»",)]),
        [],
    ),
    (
        "regression_contract_named_as_context_is_no_agreement",
        "ООО «Альфа» и АО «Бета» подписали соглашение о поставках щебня. Работы ведутся по муниципальному контракту.",
        dict(orgs=[("ООО «Альфа»",), ("АО «Бета»",)]),
        [dict(kind="соглашение", parties=("org1", "org2"))],
    ),
    (
        "regression_replaced_agreement_is_another_one_of_the_same_sides",
        "Правительство Алтайского края и Правительство Томской области подписали соглашение о сотрудничестве. "
        "Документ придет на смену соглашению, которое регионы подписали в 2015 году. Согласно тексту соглашения, "
        "стороны обменяются делегациями.",
        dict(orgs=[("Правительство Алтайского края",), ("Правительство Томской области",)]),
        [dict(subject="о сотрудничестве", parties=("org1", "org2")),
         dict(kind="соглашение", subject=None, parties=("org1", "org2"), status="signed")],
    ),
    (
        "regression_place_inside_the_subject_is_not_the_signing_place",
        "Вчера правительство края и ООО «Соя» подписали соглашение о строительстве завода в Белогорске.",
        dict(orgs=[("правительство края",), ("ООО «Соя»",)], places=[("city", "Белогорске")]),
        [dict(subject="о строительстве завода в Белогорске", place=None)],
    ),
    (
        "regression_place_named_after_a_hall",
        "18 февраля в Мраморном дворце Санкт-Петербурга галерея «Альфа» и музей «Бета» подписали меморандум о сотрудничестве.",
        dict(orgs=[("галерея «Альфа»",), ("музей «Бета»",)], places=[("city", "Санкт-Петербурга")],
             dates=[("18 февраля", "2026-02-18")]),
        [dict(place="loc1", date="2026-02-18")],
    ),
    (
        "regression_a_week_is_no_signing_day",
        "На прошлой неделе управление и МУП «Автобус» подписали договор о подвозе школьников.",
        dict(orgs=[("управление",), ("МУП «Автобус»",)], dates=[("На прошлой неделе", "2026-11-16/2026-11-22")]),
        [dict(date=None)],
    ),
    (
        "regression_signing_after_a_session_takes_its_day",
        "В пятницу на заседании Думы депутаты приняли бюджет. После заседания председатель Думы Иван Орлов "
        "и глава палаты Анна Белова подписали соглашение о взаимодействии.",
        dict(people=[("Иван Орлов",), ("Анна Белова",)], dates=[("В пятницу", "2026-09-25")]),
        [dict(date="2026-09-25")],
    ),
    (
        "regression_signing_at_the_same_occasion_takes_the_previous_day",
        "3 марта министерство и ООО «Альфа» подписали соглашение о поставках. "
        "Здесь же ООО «Бета» и ООО «Гамма» подписали соглашение о перевозках грузов.",
        dict(orgs=[("министерство",), ("ООО «Альфа»",), ("ООО «Бета»",), ("ООО «Гамма»",)],
             dates=[("3 марта", "2026-03-03")]),
        [dict(date="2026-03-03"), dict(subject="о перевозках грузов", date="2026-03-03")],
    ),
    (
        "regression_third_side_named_on_its_own",
        "ООО «Альфа» и АО «Бета» подписали соглашение о пригородных перевозках. "
        "Третьей стороной документа выступило ОАО «Дорога».",
        dict(orgs=[("ООО «Альфа»",), ("АО «Бета»",), ("ОАО «Дорога»",)]),
        [dict(parties=("org1", "org2", "org3"))],
    ),
    (
        "regression_body_in_a_bracketed_remark_is_no_side",
        "Завод ПАО «Мотор» (входит в госкорпорацию «Ростех») и университет «Альфа» подписали соглашение о подготовке кадров.",
        dict(orgs=[("ПАО «Мотор»",), ("госкорпорацию «Ростех»",), ("университет «Альфа»",)]),
        [dict(parties=("org1", "org3"))],
    ),
]


@pytest.mark.parametrize("name, text, records, expected", CASES, ids=[c[0] for c in CASES])
def test_agreement_table(analyze_text, name, text, records, expected):
    found = run(analyze_text, text, **records)
    assert len(found) == len(expected), [a.to_dict() for a in found]
    for agreement, fields in zip(found, expected):
        for key, value in fields.items():
            assert getattr(agreement, key) == value, (key, agreement.to_dict())


def test_mentions_merge_into_one_agreement(analyze_text):
    text = (
        "Подписано допсоглашение между АО «Север» и мэрией города\n\n"
        "В рамках форума состоялось подписание допсоглашения между АО «Север» и мэрией города "
        "о совместной реализации программы озеленения улиц.\n\n"
        "Свои подписи под документом поставили генеральный директор АО «Север» Пётр Иванов "
        "и мэр Анна Соколова."
    )
    found = run(analyze_text, text, orgs=[("АО «Север»",), ("мэрией города",)],
                people=[("Пётр Иванов",), ("Анна Соколова",)])
    assert len(found) == 1
    (agreement,) = found
    assert agreement.kind == "дополнительное соглашение"
    assert agreement.subject == "о совместной реализации программы озеленения улиц"
    assert agreement.parties == ("org1", "org2")
    assert agreement.signatories == ("per1", "per2")
    assert agreement.mention.text.startswith("допсоглашение")


def test_supplement_inherits_parties_of_main_agreement(analyze_text):
    text = (
        "Глава района Олег Петров подписал Соглашение о сотрудничестве между администрацией района "
        "и АО «Руда» на 2024-2026 годы. Ежегодные мероприятия будут утверждаться в рамках "
        "дополнительного соглашения."
    )
    found = run(analyze_text, text, orgs=[("администрацией района",), ("АО «Руда»",)],
                people=[("Олег Петров",)], dates=[("2024-2026 годы", "2024/2026")])
    assert [a.kind for a in found] == ["соглашение", "дополнительное соглашение"]
    main, supplement = found
    assert main.signatories == ("per1",) and main.parties == ("org1", "org2") and main.date is None
    assert main.subject == "о сотрудничестве"
    assert supplement.parties == ("org1", "org2") and supplement.status == "planned"


def test_accord_clause_gives_subject(analyze_text):
    text = (
        "Правительство Омской области в лице губернатора Виталия Хоценко и правительство Томской области "
        "в лице губернатора Владимира Мазура договорились о развитии туристических маршрутов. "
        "Соглашение главы регионов скрепили подписями."
    )
    found = run(analyze_text, text,
                orgs=[("Правительство Омской области",), ("правительство Томской области",)],
                people=[("Виталия Хоценко",), ("Владимира Мазура",)])
    assert len(found) == 1
    assert found[0].subject == "о развитии туристических маршрутов"
    assert found[0].parties == ("org1", "org2")
    assert found[0].signatories == ("per1", "per2")


def test_signers_bodies_are_the_parties(analyze_text):
    from pressparse.result import Role

    text = ("Министр сельского хозяйства области Иван Орлов и директор ООО «Нива» Анна Белова "
            "подписали соглашение о строительстве элеватора.")
    found = make_found(text, orgs=[("ООО «Нива»",)], people=[("Иван Орлов",), ("Анна Белова",)])
    # the ministry is named only through the minister's post, as the people layer links it
    found.organizations.insert(0, Organization(id="org0", name="Министерство сельского хозяйства"))
    found.people = [
        Person(id=p.id, name=p.name, mentions=p.mentions,
               roles=(Role(title="руководитель", organization=org, mention=p.mentions[0]),))
        for p, org in zip(found.people, ("org0", "org1"))
    ]
    (agreement,) = extract_agreements(analyze_text(text), found)
    assert agreement.signatories == ("per1", "per2")
    assert set(agreement.parties) == {"org0", "org1"}


def test_regression_each_counterparty_gets_its_own_agreement_and_signer(analyze_text):
    from pressparse.result import Role

    text = ("Ректор университета Иван Орлов подписал соглашения о практике студентов с АО «Тест» и ООО «Проба». "
            "Со стороны компаний документы подписали директор АО «Тест» Анна Белова и директор ООО «Проба» Олег Сидоров.")
    found = make_found(text, orgs=[("университета",), ("АО «Тест»",), ("ООО «Проба»",)],
                       people=[("Иван Орлов",), ("Анна Белова",), ("Олег Сидоров",)])
    found.people = [
        Person(id=p.id, name=p.name, mentions=p.mentions,
               roles=(Role(title="руководитель", organization=org, mention=p.mentions[0]),))
        for p, org in zip(found.people, ("org1", "org2", "org3"))
    ]
    first, second = extract_agreements(analyze_text(text), found)
    assert (first.parties, first.signatories) == (("org1", "org2"), ("per1", "per2"))
    assert (second.parties, second.signatories) == (("org1", "org3"), ("per1", "per3"))
    assert first.subject == second.subject == "о практике студентов"


def test_one_signer_without_body_keeps_people_as_parties(analyze_text):
    text = "Губернатор Иван Орлов и ректор Анна Белова подписали соглашение о подготовке кадров."
    found = run(analyze_text, text, people=[("Иван Орлов",), ("Анна Белова",)])
    assert found[0].parties == ("per1", "per2")


def test_headline_and_body_subjects_merge(analyze_text):
    text = ("Область и АО «Лес» подписали соглашение о строительстве комбината\n\n"
            "Губернатор и директор АО «Лес» подписали соглашение о реализации инвестиционного проекта "
            "по строительству деревообрабатывающего комбината. Церемония прошла в Вологде.")
    found = run(analyze_text, text, orgs=[("АО «Лес»",)], places=[("city", "Вологде")])
    assert len(found) == 1
    assert found[0].subject.startswith("о реализации инвестиционного проекта")
    assert found[0].place == "loc1"


def test_contract_and_agreement_words(analyze_text):
    text = ("Завод получил контракт на поставку металлоконструкций\n\n"
            "АО «Завод» и ООО «Мост» подписали договор на поставку металлоконструкций для моста. "
            "Сумма контракта превышает 3 млрд рублей. Стороны также подписали программу "
            "совместных мероприятий, а в документе упомянута программа модернизации.")
    found = run(analyze_text, text, orgs=[("АО «Завод»",), ("ООО «Мост»",)])
    assert [a.kind for a in found] == ["договор", "программа"]
    assert found[0].parties == ("org1", "org2")


def test_parser_runs_layer(parser):
    doc = parser.parse("Мэрия города и ООО «Лес» подписали соглашение о благоустройстве парков.")
    assert [a.kind for a in doc.agreements] == ["соглашение"]
    assert doc.agreements[0].subject == "о благоустройстве парков"


def test_regression_headline_agreement_merges_with_body_in_other_words(analyze_text):
    from pressparse.extract.meta import extract_meta

    text = ("Вуз и завод подписали меморандум о подготовке инженеров\n\nУниверситет «Альфа» и АО «Заря» подписали "
            "меморандум о сотрудничестве в подготовке инженерных кадров.")
    analysis = analyze_text(text)
    found = make_found(text, orgs=[("Университет «Альфа»",), ("АО «Заря»",)])
    extract_meta(analysis, found)
    (agreement,) = extract_agreements(analysis, found)
    assert (agreement.kind, agreement.subject, agreement.parties) == (
        "меморандум", "о сотрудничестве в подготовке инженерных кадров", ("org1", "org2"))


def test_regression_linear_subject_reads_past_initials(analyze_text):
    """When the parse loses a signing verb's subject, the linear reading stopped at the dot or the
    "А" of initials (``В.А. Орлов``) and lost every signer."""
    from pressparse.extract.agreement_sides import left_entities
    from pressparse.extract.clauses import Syntax

    text = ("Вчера министр культуры области Анна Петровна Лосева и директор ООО «Арт» В.А. Орлов подписали "
            "соглашение о гастрольной деятельности.")
    analysis = analyze_text(text)
    syntax = Syntax(analysis, make_found(text, people=[("Анна Петровна Лосева",), ("В.А. Орлов",)], orgs=[("ООО «Арт»",)]))
    verb = next(t for t in analysis.tokens if t.text == "подписали")
    assert [e.id for e in left_entities(syntax, verb)] == ["per1", "org1", "per2"]



def test_regression_headline_dogovor_names_the_body_soglashenie(analyze_text):
    """A headline's ``договор`` and the body's ``соглашение`` are one agreement, not two."""
    from pressparse.extract.meta import extract_meta

    text = ("Алтай и Томская область обновили договор о сотрудничестве\n\nПравительство Алтайского края и "
            "АО «Сибирь» заключили соглашение о торгово-экономическом и культурном сотрудничестве.")
    analysis = analyze_text(text)
    found = make_found(text, orgs=[("Правительство Алтайского края",), ("АО «Сибирь»",)])
    extract_meta(analysis, found)
    (agreement,) = extract_agreements(analysis, found)
    assert (agreement.kind, agreement.subject) == ("соглашение", "о торгово-экономическом и культурном сотрудничестве")


def test_regression_heads_sign_for_the_governments_the_text_names(analyze_text):
    """A governor and a head of a republic sign for their governments when the text names them
    (a place may run past the role's mention: ``Республики Алтай (Горный Алтай)``)."""
    from pressparse.result import Role

    text = ("Губернатор Томской области Иван Орлов и глава Республики Алтай (Горный Алтай) Петр Сидоров подписали "
            "соглашение о сотрудничестве. В переговорах участвовали члены правительства Томской области и "
            "правительства Республики Алтай (Горный Алтай).")
    found = make_found(text, people=[("Иван Орлов",), ("Петр Сидоров",)],
                       places=[("region", "Томской области"), ("region", "Республики Алтай (Горный Алтай)")])
    governments = [("правительства Томской области", "loc1"), ("правительства Республики Алтай (Горный Алтай)", "loc2")]
    found.organizations = [Organization(id=f"org{i}", name="Правительство " + s.split(" ", 1)[1], place=place,
                                        mentions=mentions(text, [s])) for i, (s, place) in enumerate(governments, 1)]
    for surface, person in (("Губернатор Томской области", 0), ("глава Республики Алтай", 1)):
        start = text.index(surface)
        p = found.people[person]
        found.people[person] = Person(id=p.id, name=p.name, mentions=p.mentions, roles=(Role(
            title=surface.split()[0].lower(), mention=Mention(text=surface, start=start, end=start + len(surface))),))
    (agreement,) = extract_agreements(analyze_text(text), found)
    assert agreement.parties == ("org1", "org2")
    assert agreement.signatories == ("per1", "per2")


def test_regression_title_before_the_name_gives_the_signers_body(analyze_text):
    """``секретарь облизбиркома Анна Белова``: the body of the title, in a case form the
    organizations layer did not list, is the side she signs for."""
    text = ("Облизбирком назначил выборы. Вчера секретарь облизбиркома Анна Белова и директор ООО «Вектор» "
            "Олег Котов подписали соглашение о взаимодействии.")
    found = run(analyze_text, text, orgs=[("Облизбирком",), ("ООО «Вектор»",)], people=[("Анна Белова",), ("Олег Котов",)])
    assert found[0].parties == ("org1", "org2")


def test_regression_regional_minister_signs_for_the_government_already_a_side(analyze_text):
    """The minister's ministry is no side of its own when the region's government already is."""
    from pressparse.result import Role

    text = ("Правительство Омской области подписало соглашение о перевозках. Документ подписали министр "
            "транспорта Омской области Иван Орлов и директор АО «Альфа» Олег Котов. Ранее министерство объявило конкурс.")
    found = make_found(text, orgs=[("Правительство Омской области",), ("АО «Альфа»",)],
                       people=[("Иван Орлов",), ("Олег Котов",)])
    found.organizations.append(Organization(id="org3", name="Министерство транспорта Омской области",
                                            mentions=mentions(text, ["министерство"])))
    found.people = [Person(id=p.id, name=p.name, mentions=p.mentions,
                           roles=(Role(title="руководитель", organization=org, mention=p.mentions[0]),))
                    for p, org in zip(found.people, ("org3", "org2"))]
    (agreement,) = extract_agreements(analyze_text(text), found)
    assert agreement.parties == ("org1", "org2")


# read on the whole pipeline, whose people carry roles (the hand-made records above do not)
SIGNERS = [
    # regression (press11): the signers two sentences after the signing ("Документ предусматривает ... Подписи под
    # ним поставили X и Y")
    ("Минстрой России и правительство Курской области подписали во вторник соглашение о расселении. Документ "
     "предусматривает выделение 1 млрд рублей. Подписи под ним поставили заместитель министра Ольга Сидорова и "
     "председатель правительства области Игорь Панов.", "о расселении", ["Ольга Сидорова", "Игорь Панов"]),
    # regression: the signer of an elliptical side ("со стороны компании — директор X") was lost
    ("Правительство Курской области и АО «СКМ» подпишут соглашение о поставках. Со стороны региона документ "
     "подпишет первый заместитель губернатора Курской области Ольга Сидорова, со стороны компании — генеральный "
     "директор АО «СКМ» Игорь Панов.", "о поставках", ["Ольга Сидорова", "Игорь Панов"]),
    ("Правительство Курской области и ПАО «Ростелеком» заключили соглашение о развитии связи. От имени правительства "
     "региона документ подписала вице-губернатор Ольга Сидорова, от компании — директор филиала Игорь Панов.",
     "о развитии связи", ["Ольга Сидорова", "Игорь Панов"]),
    # regression: a past verb the tagger read as an adjective ("скрепили") ran into the subject
    ("Соглашение о сотрудничестве скрепили подписями ректор университета Ольга Сидорова и генеральный директор "
     "АО «СКМ» Игорь Панов.", "о сотрудничестве", ["Ольга Сидорова", "Игорь Панов"]),
]


@pytest.mark.parametrize("text, subject, signers", SIGNERS)
def test_signers_on_pipeline(parser, text, subject, signers):
    doc = parser.parse("Курск, 12 ноября 2026 года\n\n" + text)
    names = {p.id: p.name for p in doc.people}
    assert doc.agreements[0].subject == subject
    assert [names[i] for i in doc.agreements[0].signatories] == signers
