"""Session 12 (oblig): action extents press16 showed, in sentences of our own, run through the whole parser."""

from __future__ import annotations

import pytest


def actions(parser, text):
    return [o.action for o in parser.parse(text).obligations]


# (name, text, action expected among the obligations, action that must not be there)
CASES = [
    # "– не более чем за N дней" bounds the task itself; it is no comparison aside ("— на 200 млн больше, чем ...")
    ("dash_limit_not_more_than_stays_in_the_action",
     "Министерство строительства Омской области и АО «Омскстрой» подписали соглашение. "
     "Министерство будет рассматривать заявки застройщика в приоритетном порядке – не более чем за 10 рабочих дней.",
     "рассматривать заявки застройщика в приоритетном порядке – не более чем за 10 рабочих дней",
     "рассматривать заявки застройщика в приоритетном порядке"),
    ("dash_limit_not_less_than_stays_in_the_action",
     "Администрация Курска и ООО «Курскводоканал» подписали соглашение. "
     "Компания будет промывать сети в летний период – не менее чем два раза в месяц.",
     "промывать сети в летний период – не менее чем два раза в месяц",
     "промывать сети в летний период"),
]


@pytest.mark.parametrize("name,text,expected,absent", CASES, ids=[c[0] for c in CASES])
def test_action_extent(parser, name, text, expected, absent):
    got = actions(parser, text)
    assert expected in got
    assert absent not in got
