"""Session 16 (deals): obligation parties, settlement sides and yearless dates press21 showed, in
texts of our own, run through the whole parser."""

from __future__ import annotations

import pytest


def names_of(doc):
    return {o.id: o.name for o in doc.organizations} | {p.id: p.name for p in doc.people}


# (name, text, action start, parties expected for it)
PARTY_CASES = [
    # a noun of the part a company plays names the one company among the sides, not all of them
    ("carrier_noun_is_the_one_company_side",
     "Администрация города Кирова и ООО «Кировский экспресс» заключили муниципальный контракт на перевозки "
     "пассажиров. Перевозчик обязуется до 1 марта 2027 года обновить подвижной состав.",
     "обновить", ["ООО «Кировский экспресс»"]),
    # a place adjective picks the side whose name holds the place
    ("place_adjective_picks_one_of_two_theatres",
     "Омский государственный академический театр драмы и Павлодарский областной драматический театр подписали "
     "соглашение о сотрудничестве. По соглашению омский театр обязуется в сентябре 2027 года привезти в Павлодар "
     "два новых спектакля.",
     "привезти", ["Омский государственный академический театр драмы"]),
    # the one who gives the order is not its addressee: "поручил ему" is the deputy named before
    ("dative_pronoun_is_not_the_instructor",
     "Руководитель управления Андрей Петрович Сидоров представил коллективу нового заместителя Романа "
     "Евгеньевича Гущина. Новый заместитель будет курировать кадровую работу. Андрей Сидоров поручил ему "
     "до 1 февраля 2027 года изучить все уголовные дела о хищениях.",
     "изучить", ["Роман Евгеньевич Гущин"]),
    ("dative_pronoun_before_passive_order",
     "Приказом ректора исполняющей обязанности проректора назначена Ольга Николаевна Сафронова. Ей поручено "
     "до 25 декабря представить программу развития технопарка.",
     "представить", ["Ольга Николаевна Сафронова"]),
]


@pytest.mark.parametrize("name,text,start,expected", PARTY_CASES, ids=[c[0] for c in PARTY_CASES])
def test_parties(parser, name, text, start, expected):
    doc = parser.parse(text)
    names = names_of(doc)
    assert expected in [[names.get(i, i) for i in o.parties] for o in doc.obligations if o.action.startswith(start)]


SETTLEMENT = (
    "Арбитражный суд утвердил мировое соглашение между администрацией Норильска и перевозчиком\n"
    "Норильск, 27 ноября 2026 года\n\nАрбитражный суд Красноярского края в среду утвердил мировое соглашение по "
    "иску администрации города Норильска к ООО «Северный экспресс» о взыскании неустойки. Мировое соглашение "
    "стороны подписали 20 ноября. Со стороны администрации документ подписал глава города Андрей Викторович "
    "Сухоруков, со стороны общества – генеральный директор Виталий Ринатович Ганиев."
)


def test_settlement_sides_are_the_litigants_and_document_is_the_one_just_named(parser):
    doc = parser.parse(SETTLEMENT)
    names = names_of(doc)
    got = [(a.kind, sorted(names[i] for i in a.parties), sorted(names[i] for i in a.signatories)) for a in doc.agreements]
    assert ("мировое соглашение", ["Администрация города Норильска", "ООО «Северный экспресс»"],
            ["Андрей Викторович Сухоруков", "Виталий Ринатович Ганиев"]) in got


# (name, text, date text, value)
DATE_CASES = [
    # the parse hangs "в феврале" on the first of two coordinated verbs; the future one beside it rules
    ("month_after_coordinated_future_verb",
     "Красноярск, 27 ноября 2026 года\n\n«Первые машины уже отгружены с завода и прибудут в Норильск в феврале "
     "по Енисею», – сообщил директор компании.",
     "в феврале", "2027-02"),
    # "будет подтверждено": the tagger reads "будет" as present
    ("half_year_under_future_passive",
     "Тимашевск, 11 декабря 2026 года\n\nЕсли краевое финансирование будет подтверждено в первом полугодии, "
     "строительство водовода начнется осенью.",
     "первом полугодии", "2027-01/2027-06"),
    # a participle's "будет" of its own is no future of the clause ("будет X, в сентябре назначенный")
    ("month_under_full_participle_stays_past",
     "Тула, 27 ноября 2026 года\n\nКоординировать проект со стороны банка будет управляющий отделением Игорь "
     "Андреевич Ковальчук, в сентябре назначенный на эту должность.",
     "в сентябре", "2026-09"),
]


@pytest.mark.parametrize("name,text,mention,value", DATE_CASES, ids=[c[0] for c in DATE_CASES])
def test_dates(parser, name, text, mention, value):
    assert (mention, value) in [(d.text, d.value) for d in parser.parse(text).dates]
