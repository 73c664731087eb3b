"""People regressions found in session 13."""

import pytest

CASES = [
    # a short title said first and its spelt-out form later crashed ``dedupe`` (factRuEval test
    # book_3771): the replaced role was looked up in the list after it had been replaced
    ("short_title_then_spelt_out_crashed_dedupe",
     "Морозов называет нового главреда Елену Ямпольскую ставленницей учредителей. "
     "Главный редактор Елена Ямпольская ответила, что газета останется прежней.",
     "Елена Ямпольская", "главный редактор"),
]


@pytest.mark.parametrize("name, text, person, title", CASES, ids=[c[0] for c in CASES])
def test_people_s13_regressions(parser, name, text, person, title):
    people = {p.name: p for p in parser.parse(text).people}
    assert person in people
    assert [r.title for r in people[person].roles] == [title]
