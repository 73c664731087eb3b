"""Huge texts: paragraph-aligned pieces, offsets shifted, ids renumbered, same names merged."""

from __future__ import annotations

import json

import pytest

from conftest import FIXTURES
from pressparse import Parser
from pressparse.analysis.chunk import Merger, split, truncate
from pressparse.result import Document, Mention, Organization, Person, Place, Role
from test_pipeline import check_offsets

RELEASE = (FIXTURES / "inputs" / "release.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "text, limit, pieces",
    [
        ("абв\n\nгде\n\nжзи", 7, ["абв\n\n", "где\n\n", "жзи"]),  # blank lines first
        ("аб вг\nде жз\nий", 7, ["аб вг\n", "де жз\n", "ий"]),  # then line ends
        ("Раз. Два. Три.", 10, ["Раз. Два. ", "Три."]),  # then sentence ends
        ("абвгдежзий", 4, ["абвг", "дежз", "ий"]),  # a hard cut where nothing else fits
        ("", 5, []),
    ],
)
def test_split_cuts_at_the_best_boundary(text, limit, pieces):
    assert [text[a:b] for a, b in split(text, limit)] == pieces


def test_split_covers_a_long_text_in_bounded_pieces():
    text = "\n\n".join([RELEASE] * 30)
    spans = list(split(text, 5000))
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a == prev_b for (_, prev_b), (a, _) in zip(spans, spans[1:]))
    assert all(b - a <= 5000 for a, b in spans)
    assert all(text[a:b].endswith("\n\n") for a, b in spans[:-1])


@pytest.mark.parametrize(
    "text, limit, kept, cut",
    [
        ("абв\n\nгде\n\nжзи", 10, "абв\n\nгде\n\n", 3),
        ("абв", 9, "абв", 0),
    ],
)
def test_truncate(text, limit, kept, cut):
    assert truncate(text, limit) == (kept, cut)


def m(text: str, start: int) -> Mention:
    return Mention(text=text, start=start, end=start + len(text))


def test_merger_shifts_renumbers_and_joins_same_names():
    first = Document(
        title="Заголовок", published="2024-03-14",
        places=(Place(id="loc1", name="Вологда", mentions=(m("Вологде", 0),)),),
        organizations=(Organization(id="org1", name="Правительство", place="loc1", mentions=(m("Правительство", 10),)),),
        people=(Person(id="per1", name="Олег Мартынов", first="Олег", last="Мартынов", mentions=(m("Олег Мартынов", 30),)),),
    )
    second = Document(
        title="не заголовок",
        places=(Place(id="loc1", name="Тотьма", mentions=(m("Тотьме", 0),)),
                Place(id="loc2", name="Вологда", mentions=(m("Вологде", 8),))),
        organizations=(Organization(id="org1", name="Правительство", place="loc2", mentions=(m("Правительство", 20),)),),
        people=(Person(id="per1", name="Мартынов", last="Мартынов",
                       roles=(Role(title="директор", organization="org1", mention=m("директор", 40)),),
                       mentions=(m("Мартынов", 50),)),),
    )
    merger = Merger()
    merger.add(first, 0)
    merger.add(second, 1000)
    doc = merger.document()
    assert (doc.title, doc.published) == ("Заголовок", "2024-03-14")
    assert [(p.id, p.name, [x.start for x in p.mentions]) for p in doc.places] == [
        ("loc1", "Вологда", [0, 1008]), ("loc2", "Тотьма", [1000])]
    assert [(o.id, o.place, [x.start for x in o.mentions]) for o in doc.organizations] == [("org1", "loc1", [10, 1020])]
    (person,) = doc.people
    assert (person.id, person.name, [x.start for x in person.mentions]) == ("per1", "Олег Мартынов", [30, 1050])
    assert [(r.organization, r.mention.start) for r in person.roles] == [("org1", 1040)]


def test_chunked_parse_keeps_the_contract_and_finds_what_the_whole_does():
    text = "\n\n".join([RELEASE] * 4)
    whole = Parser(strict=True).parse(text)
    chunked = Parser(strict=True, chunk_chars=2000).parse(text)
    assert check_offsets(text, json.loads(chunked.to_json())) == []
    assert (chunked.title, chunked.published) == (whole.title, whole.published)
    for field in ("organizations", "people", "places"):
        assert {x.name for x in getattr(chunked, field)} == {x.name for x in getattr(whole, field)}
    assert len(chunked.dates) == len(whole.dates)


def test_too_long_text_is_cut_with_a_warning():
    text = "\n\n".join([RELEASE] * 3)
    doc = Parser(strict=True, max_chars=len(RELEASE) + 10).parse(text)
    cut = len(text) - len(RELEASE) - 2
    assert doc.warnings == (f"text longer than {len(RELEASE) + 10} characters: the last {cut} were not parsed",)
    assert all(m.end <= len(RELEASE) for o in doc.organizations for m in o.mentions)


def test_merger_joins_a_role_said_in_two_pieces():
    def piece(start):
        role = Role(title="директор", organization="org1", mention=m("директор", start))
        return Document(
            organizations=(Organization(id="org1", name="Правительство", mentions=(m("Правительство", 0),)),),
            people=(Person(id="per1", name="Олег Мартынов", roles=(role,), mentions=(m("Олег Мартынов", 20),)),),
        )

    merger = Merger()
    merger.add(piece(40), 0)
    merger.add(piece(40), 1000)
    (person,) = merger.document().people
    assert [(r.mention.start, [x.start for x in r.mentions]) for r in person.roles] == [(40, [40, 1040])]
