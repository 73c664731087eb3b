"""Agreements, session 13 helper adp: an object-first agreement whose clause subject the parse finds
inside the "о ..." phrase, a counterparty named by a body noun, a demonstrative pointer back, and an
administrative протокол (press17 01, press18 03, press18 01)."""

from __future__ import annotations

import pytest

# (name, text, expected [(kind, subject)])
CASES = [
    ("object_first_clause_subject_is_no_subject",  # press17 01
     "ФКУ «Упрдор «Холмогоры»» отремонтирует мост. Соглашение о взаимодействии по этому вопросу учреждение "
     "заключит с департаментом дорожного хозяйства Вологодской области до 15 декабря.",
     [("соглашение", "о взаимодействии")]),
    ("counterparty_body_noun_after_s",  # press18 03
     "ООО «Сейм Фарма» развивает производство. Договор о целевом обучении с медицинским университетом компания "
     "планирует заключить в январе.",
     [("договор", "о целевом обучении")]),
    ("counterparty_named_by_its_part",  # press18 10
     "Министерство транспорта Ростовской области и АО «СКППК» подписали договор на оказание услуг с владельцем "
     "инфраструктуры.",
     [("договор", "на оказание услуг")]),
    ("subject_with_instrumental_non_body_stays",
     "Администрация города и АО «Калужский турбинный завод» подписали соглашение о сотрудничестве в сфере "
     "обеспечения предприятий водой.",
     [("соглашение", "о сотрудничестве в сфере обеспечения предприятий водой")]),
    ("administrative_protocol_is_no_agreement",  # press18 01
     "Инспекторы Росрыболовства провели рейд. На капитанов двух судов составлены протоколы по части 2 статьи 8.37 КоАП РФ.",
     []),
]


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_agreements_s13_adp(parser, name, text, expected):
    assert [(a.kind, a.subject) for a in parser.parse(text).agreements] == expected
