"""Agreements, session 13b helper agr: sides of an agreement told by descriptive nouns
(``между вузом и комбинатом``, ``которое управление и ПАО X заключили``) resolve to the bodies
named before (press19 02, 08)."""

from __future__ import annotations

import pytest

# (name, text, expected [(kind, [party names])])
CASES = [
    ("between_descriptive_nouns",  # press19 02
     "ПАО «Магнитогорский металлургический комбинат» и Магнитогорский государственный технический университет "
     "развивают партнерство. Предыдущее соглашение о сотрудничестве между вузом и комбинатом было подписано в 2019 году.",
     [("соглашение", ["ПАО «Магнитогорский металлургический комбинат»",
                      "Магнитогорский государственный технический университет"])]),
    ("subject_descriptive_noun_left_out_by_parse",  # press19 08
     "Сотрудники Управления МВД России по Липецкой области задержали курьера. Часть средств удалось заблокировать "
     "благодаря соглашению об обмене информацией, которое управление и Липецкое отделение № 8593 ПАО Сбербанк "
     "заключили в марте 2025 года.",
     [("соглашение", ["Управление МВД России по Липецкой области", "Липецкое отделение № 8593 ПАО Сбербанк"])]),
]


def parties(result):
    names = {o.id: o.name for o in result.organizations}
    return [(a.kind, [names.get(p, p) for p in a.parties]) for a in result.agreements]


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_agreements_s13b_agr(parser, name, text, expected):
    assert parties(parser.parse(text)) == expected
