"""Result records: JSON form, round trips, pickling, and the committed JSON Schema."""

from __future__ import annotations

import json
import pickle

import pytest

from pressparse.result import (
    Agreement,
    DateMention,
    Document,
    Mention,
    Obligation,
    Organization,
    Person,
    Place,
    Role,
    UnresolvedDate,
)
from pressparse.schema import schema_json

from conftest import ROOT

TEXT = "Губернатор Иван Петров и ПАО «Ромашка» подписали соглашение 5 мая 2024 года в Туле."


def m(text: str, occurrence: str | None = None) -> Mention:
    start = TEXT.index(occurrence or text)
    return Mention(text=text, start=start, end=start + len(text))


SAMPLE = Document(
    id="sample.txt",
    title="Соглашение",
    published="2024-05-05",
    organizations=(
        Organization(id="org1", name="ПАО «Ромашка»", short_name="Ромашка", kind="company",
                     mentions=(m("ПАО «Ромашка»"),)),
    ),
    people=(
        Person(id="per1", name="Иван Петров", first="Иван", last="Петров",
               roles=(Role(title="губернатор", mention=m("Губернатор")),),
               mentions=(m("Иван Петров"),)),
    ),
    dates=(DateMention(id="date1", text="5 мая 2024 года", start=TEXT.index("5 мая"),
                       end=TEXT.index("5 мая") + 15, value="2024-05-05", precision="day"),),
    places=(Place(id="loc1", name="Тула", kind="city", mentions=(m("Туле"),)),),
    obligations=(
        Obligation(parties=("per1", "org1"), action="сотрудничать", modality="agreement",
                   agreement="agr1", mention=m("подписали")),
    ),
    agreements=(
        Agreement(id="agr1", kind="соглашение", parties=("per1", "org1"), signatories=("per1",),
                  date="2024-05-05", place="loc1", mention=m("соглашение")),
    ),
    warnings=("test",),
)

# no publication date: "9 июня" and "в понедельник" have no value
UNDATED_TEXT = "В понедельник мэр открыл мост, 9 июня начнётся ремонт дороги."
UNDATED = Document(
    id="undated.txt",
    unresolved_dates=(
        UnresolvedDate(id="udate1", text="В понедельник", start=0, end=13, kind="weekday"),
        UnresolvedDate(id="udate2", text="9 июня", start=31, end=37, kind="day_month"),
    ),
)

CONTRACT_FIELDS = [
    (Document, ["schema_version", "id", "title", "published", "source", "organizations", "people",
                "dates", "places", "obligations", "agreements", "warnings"]),
    (Organization, ["id", "name", "short_name", "kind", "place", "mentions"]),
    (Person, ["id", "name", "first", "middle", "last", "roles", "mentions"]),
    (Role, ["title", "organization", "acting", "status", "mention"]),
    (DateMention, ["id", "text", "start", "end", "value", "precision", "inferred"]),
    (UnresolvedDate, ["id", "text", "start", "end", "kind", "resolve"]),
    (Place, ["id", "name", "kind", "parent", "mentions"]),
    (Obligation, ["parties", "action", "modality", "agreement", "deadline", "issued_by", "mention"]),
    (Agreement, ["id", "kind", "subject", "parties", "signatories", "date", "place", "status", "mention"]),
    (Mention, ["text", "start", "end"]),
]


@pytest.mark.parametrize("record, names", CONTRACT_FIELDS, ids=lambda x: getattr(x, "__name__", ""))
def test_contract_fields_present(record, names):
    from dataclasses import fields

    have = [f.name for f in fields(record)]
    assert set(names) <= set(have)


def test_to_dict_is_contract_json():
    data = SAMPLE.to_dict()
    assert data["schema_version"] == "1"
    assert data["people"][0]["roles"][0] == {
        "title": "губернатор", "organization": None, "acting": False, "status": "current",
        "mention": {"text": "Губернатор", "start": 0, "end": 10},
        "mentions": [{"text": "Губернатор", "start": 0, "end": 10}],
    }
    assert isinstance(data["agreements"][0]["parties"], list)


def test_to_json_keeps_cyrillic():
    assert "Ромашка" in SAMPLE.to_json()
    assert "\\u" not in SAMPLE.to_json()


@pytest.mark.parametrize("doc", [SAMPLE, UNDATED, Document(), Document(warnings=("empty text",))])
def test_json_round_trip(doc):
    assert Document.from_json(doc.to_json()) == doc
    assert Document.from_dict(json.loads(doc.to_json(indent=2))) == doc


@pytest.mark.parametrize("doc", [SAMPLE, UNDATED, Document()])
def test_pickle_round_trip(doc):
    assert pickle.loads(pickle.dumps(doc)) == doc


def test_records_are_frozen():
    with pytest.raises(AttributeError):
        SAMPLE.title = "другое"  # type: ignore[misc]


def test_sample_offsets_hold():
    for mention in [SAMPLE.organizations[0].mentions[0], SAMPLE.places[0].mentions[0], SAMPLE.dates[0]]:
        assert TEXT[mention.start:mention.end] == mention.text


def test_committed_schema_is_current():
    committed = (ROOT / "schema" / "document.schema.json").read_text(encoding="utf-8")
    assert committed == schema_json(), "run: pressparse schema > schema/document.schema.json"


def test_schema_validates_sample():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(schema_json())
    jsonschema.validate(SAMPLE.to_dict(), schema)
    broken = SAMPLE.to_dict()
    broken["places"][0]["kind"] = "planet"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_unresolved_dates_in_json_and_schema():
    jsonschema = pytest.importorskip("jsonschema")
    data = UNDATED.to_dict()
    assert data["unresolved_dates"][1] == {
        "id": "udate2", "text": "9 июня", "start": 31, "end": 37, "kind": "day_month", "resolve": "published"}
    for u in UNDATED.unresolved_dates:
        assert UNDATED_TEXT[u.start:u.end] == u.text
    schema = json.loads(schema_json())
    jsonschema.validate(data, schema)
    data["unresolved_dates"][0]["kind"] = "someday"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)
    old = UNDATED.to_dict()
    del old["unresolved_dates"]  # output written before the field: reads back with none
    assert Document.from_dict(old).unresolved_dates == ()
