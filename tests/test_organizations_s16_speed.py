"""Organization rules that read the token index instead of scanning every token (session 16's
speed work): what they find must stay what the scan found."""

from __future__ import annotations

import pytest

from pressparse.extract.org_ner import legal_forms_set


def test_every_legal_form_starts_with_a_capital():
    # org_references.add_legal_forms tries only the index's capitalized tokens: a form starting
    # with a digit or a lower-case letter would be skipped silently
    assert all(form[:1].isupper() for form in legal_forms_set())


@pytest.mark.parametrize("text, name", [
    # org_regional.find_federal: the tokens of lemma ``федеральный`` from the index
    ("Решение поддержало федеральное правительство.", "Правительство Российской Федерации"),
    # add_legal_forms: a bare legal form refers to the one organization named with it
    ("МУП «Водоканал» отремонтировал сети. Директору МУП объявили выговор.", "МУП «Водоканал»"),
])
def test_found_by_the_index(parser, text, name):
    orgs = parser.parse(text).organizations
    assert name in [o.name for o in orgs]


def test_bare_legal_form_is_a_mention(parser):
    doc = parser.parse("МУП «Водоканал» отремонтировал сети. Директору МУП объявили выговор.")
    org = next(o for o in doc.organizations if o.name == "МУП «Водоканал»")
    assert any(m.text == "МУП" for m in org.mentions)


def test_federal_government_before_a_country_is_not_russian(parser):
    doc = parser.parse("Федеральное правительство Германии одобрило закон.")
    assert "Правительство Российской Федерации" not in [o.name for o in doc.organizations]
