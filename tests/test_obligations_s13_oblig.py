"""Session 13 (oblig): obligation errors press16-18 showed, in sentences of our own, run through the whole parser."""

from __future__ import annotations

import pytest


def actions(parser, text):
    return [o.action for o in parser.parse(text).obligations]


AGREEMENT = "Администрация Курска и ООО «Курскводоканал» подписали концессионное соглашение. "

# (name, text, action that must not be among the obligations)
NONE_CASES = [
    # a condition states what may happen, not a commitment: neither the condition nor its consequence
    ("if_clause_future_verb_is_no_commitment",
     AGREEMENT + "Если концессионер сорвет сроки ремонта, администрация вправе расторгнуть соглашение.",
     "сорвать сроки ремонта"),
    ("if_clause_consequence_is_no_duty",
     AGREEMENT + "Если компания не выполнит показатели, часть субсидии ей придется вернуть в бюджет.",
     "вернуть часть субсидии в бюджет"),
    ("in_case_of_opening_the_sentence_is_no_duty",
     AGREEMENT + "В случае срыва показателей компания должна будет вернуть часть средств.",
     "вернуть часть средств"),
]


@pytest.mark.parametrize("name,text,absent", NONE_CASES, ids=[c[0] for c in NONE_CASES])
def test_no_obligation(parser, name, text, absent):
    got = actions(parser, text)
    assert not any(a.startswith(absent.split()[0]) and absent.split()[-1] in a for a in got), got
