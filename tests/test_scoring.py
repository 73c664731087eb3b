"""The benchmark's scoring functions on hand-made gold and predictions (no models, no corpora)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from scoring import (  # noqa: E402
    Agreement,
    Date,
    Entity,
    Facts,
    Obligation,
    Role,
    Score,
    agree,
    drop_overlapping,
    flat_ceiling,
    greedy_match,
    jaccard,
    plain_lemmas,
    score_document,
    score_spans,
    score_tokens,
)


def prf(score: Score) -> tuple[float, float, float]:
    return (round(score.precision, 3), round(score.recall, 3), round(score.f1, 3))


@pytest.mark.parametrize(
    "gold, pred, mode, expected",
    [
        # identical spans
        ([(0, 5), (10, 15)], [(0, 5), (10, 15)], "exact", (1.0, 1.0, 1.0)),
        # a shifted boundary misses exact but counts in overlap
        ([(0, 5), (10, 15)], [(0, 5), (9, 15)], "exact", (0.5, 0.5, 0.5)),
        ([(0, 5), (10, 15)], [(0, 5), (9, 15)], "overlap", (1.0, 1.0, 1.0)),
        # one prediction covering two gold spans matches only one of them (one-to-one)
        ([(0, 5), (6, 10)], [(0, 10)], "overlap", (1.0, 0.5, 0.667)),
        # two predictions inside one gold span: one matches, the other is a false positive
        ([(0, 10)], [(0, 4), (5, 10)], "overlap", (0.5, 1.0, 0.667)),
        # touching spans do not overlap
        ([(0, 5)], [(5, 9)], "overlap", (0.0, 0.0, 0.0)),
        # duplicates count once
        ([(0, 5), (0, 5)], [(0, 5)], "exact", (1.0, 1.0, 1.0)),
        # empty cases: nothing predicted, nothing to find
        ([(0, 5)], [], "exact", (0.0, 0.0, 0.0)),
        ([], [(0, 5)], "overlap", (0.0, 0.0, 0.0)),
        ([], [], "exact", (0.0, 0.0, 0.0)),
    ],
)
def test_score_spans(gold, pred, mode, expected):
    assert prf(score_spans(gold, pred, mode)) == expected


def test_score_counts():
    score = score_spans([(0, 5), (10, 15), (20, 25)], [(0, 5), (30, 35)], "exact")
    assert (score.tp, score.fp, score.fn) == (1, 1, 2)
    assert (score + score).tp == 2


def test_overlap_prefers_the_larger_overlap():
    # the prediction (3, 12) overlaps both gold spans; it goes to (5, 12), which it covers more
    pairs = greedy_match([(0, 4), (5, 12)], [(3, 12)], lambda g, p: max(0, min(g[1], p[1]) - max(g[0], p[0])))
    assert pairs == [(1, 0)]


def test_greedy_match_is_one_to_one():
    pairs = greedy_match(["a", "a"], ["a", "a", "a"], lambda g, p: float(g == p))
    assert len(pairs) == 2
    assert len({i for i, _ in pairs}) == len({j for _, j in pairs}) == 2


def test_score_tokens_counts_tokens_not_spans():
    text = "Глава Сбербанка Герман Греф выступил"
    gold = [(16, 27)]  # Герман Греф
    pred = [(23, 27)]  # Греф
    assert prf(score_tokens(text, gold, pred)) == (1.0, 0.5, 0.667)


def test_drop_overlapping_keeps_earliest_longest():
    assert drop_overlapping([(5, 9), (0, 7), (0, 3), (10, 12)]) == [(0, 7), (10, 12)]


@pytest.mark.parametrize(
    "spans, expected",
    [
        ([], 0),
        ([(0, 5), (6, 9)], 2),
        ([(0, 20), (0, 12), (13, 20)], 2),  # a body and its two nested parts: the parts
        ([(0, 20), (0, 12)], 1),  # ``министерство культуры`` inside ``министерство культуры Польши``
        ([(0, 5), (0, 5), (3, 8)], 1),  # duplicates count once
    ],
)
def test_flat_ceiling_counts_pairwise_disjoint_spans(spans, expected):
    assert flat_ceiling(spans) == expected


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("министр социальной политики", "министр социальной политики", 1.0),
        ("заместитель министра", "заместитель главы", 0.0),  # 1/3 < 0.5
        ("министр финансов области", "министр финансов", 0.667),
        ("", "министр", 0.0),
        (None, "министр", 0.0),
    ],
)
def test_agree(a, b, expected):
    assert round(agree(a, b, plain_lemmas), 3) == expected


def test_jaccard_of_empty_sets_is_zero():
    assert jaccard([], []) == 0.0


TEXT = "Министерство финансов и губернатор Иван Петров подписали соглашение 5 мая 2024 года."


def gold_facts() -> Facts:
    return Facts(
        text=TEXT,
        organizations=[Entity("Министерство финансов", "Министерство финансов", [(0, 21)])],
        people=[Entity("Иван Петров", "Иван Петров", [(35, 46)])],
        roles=[Role("Иван Петров", "губернатор")],
        dates=[Date([(68, 83)], "2024-05-05", "5 мая 2024 года")],
        obligations=[Obligation("развивать сотрудничество", ["Министерство финансов", "Иван Петров"])],
        agreements=[Agreement("соглашение", "о сотрудничестве", ["Министерство финансов", "Иван Петров"])],
    )


def test_document_perfect_prediction():
    pred = Facts(
        text=TEXT,
        organizations=[Entity("org1", "Министерство финансов", [(0, 21)])],
        people=[Entity("per1", "Иван Петров", [(35, 46)])],
        roles=[Role("per1", "губернатор", None, (24, 34))],
        dates=[Date([(68, 83)], "2024-05-05")],
        obligations=[Obligation("развивать сотрудничество", ["org1", "per1"])],
        agreements=[Agreement("соглашение", "о сотрудничестве", ["per1", "org1"])],
    )
    result = score_document(gold_facts(), pred, plain_lemmas)
    for name in ("organizations", "people", "roles", "date spans", "date values", "obligations",
                 "obligations with parties", "agreements"):
        assert prf(result.fields[name]) == (1.0, 1.0, 1.0), name
    assert result.exact_names["people"].tp == 1


def test_document_partial_prediction():
    pred = Facts(
        text=TEXT,
        # matched by name agreement, not by span; the name differs from gold's
        organizations=[Entity("org1", "министерство финансов", [])],
        # overlapping mention, and a spurious second person
        people=[Entity("per1", "Петров", [(40, 46)]), Entity("per2", "Сидоров", [(0, 3)])],
        # a role of the wrong person does not count
        roles=[Role("per2", "губернатор")],
        # right span, wrong value
        dates=[Date([(68, 73)], "2023-05-05")],
        # right action, wrong parties
        obligations=[Obligation("развивать сотрудничество", ["org1"])],
        agreements=None,
    )
    result = score_document(gold_facts(), pred, plain_lemmas)
    assert prf(result.fields["organizations"]) == (1.0, 1.0, 1.0)
    assert result.exact_names["organizations"].tp == 0
    assert prf(result.fields["people"]) == (0.5, 1.0, 0.667)
    assert prf(result.fields["roles"]) == (0.0, 0.0, 0.0)
    assert prf(result.fields["date spans"]) == (1.0, 1.0, 1.0)
    assert prf(result.fields["date values"]) == (0.0, 0.0, 0.0)
    assert prf(result.fields["obligations"]) == (1.0, 1.0, 1.0)
    assert prf(result.fields["obligations with parties"]) == (0.0, 0.0, 0.0)
    assert result.fields["agreements"] is None  # not attempted


def test_document_empty_prediction():
    result = score_document(gold_facts(), Facts(text=TEXT), plain_lemmas)
    assert result.fields["people"].fn == 1
    assert prf(result.fields["people"]) == (0.0, 0.0, 0.0)


def test_date_spans_add_unresolved_dates_and_join_adjacent_ones():
    # "В среду, 9 июня" without a publication date: two unresolved mentions, one NEREL DATE
    facts = Facts(text="", dates=[Date([(40, 50)], "2019")], unresolved_dates=[(0, 7), (9, 15), (60, 66)],
                  durations=[(80, 88)])
    assert sorted(facts.spans("DATE")) == [(0, 15), (40, 50), (60, 66), (80, 88)]


def test_durations_under_a_day_are_no_nerel_date():
    # NEREL labels ``в течение 12 часов`` TIME (not scored), ``три года`` DATE
    from types import SimpleNamespace as NS

    from systems import document_facts

    doc = NS(organizations=[], people=[], places=[], dates=[], obligations=[], agreements=[], unresolved_dates=[],
             durations=[NS(start=0, end=8, value="P3Y"), NS(start=20, end=40, value="PT12H")])
    assert document_facts("", doc).spans("DATE") == [(0, 8)]


@pytest.mark.parametrize(
    "mention, name_words, at_start, expected",
    [
        ("российские", {"россия"}, False, True),  # an adjective: not scored on factRuEval
        ("Россия", {"россия"}, False, False),
        # regression: a city's instrumental whose best parse is an adjective was dropped
        ("Хабаровском", {"хабаровск"}, False, False),
        # a capitalized word inside a sentence is a name (``Поднебесная`` for Китай)
        ("Поднебесная", {"китай"}, False, False),
        ("Российский", {"россия"}, True, True),
    ],
)
def test_factrueval_adjectival_place_filter(mention, name_words, at_start, expected):
    from systems import adjectival

    assert adjectival(mention, name_words, at_start) is expected
