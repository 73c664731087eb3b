"""Readers of the evaluation data: factRuEval-2016 and NEREL (JSON Lines) and the press folder.

The data lives outside the project (``--shared``, default ``../shared``: ``corpora/`` and
``press/``); see ``corpora/README.md`` and ``press/SOURCES.md`` there for the formats.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from scoring import Agreement, Date, Entity, Facts, Obligation, Role, SpanT, drop_overlapping

CORPORA = ("factrueval", "nerel")
TYPES = {"factrueval": ("PER", "ORG", "LOC"), "nerel": ("PER", "ORG", "LOC", "DATE")}


def read_jsonl(path: Path, limit: int | None = None) -> list[dict]:
    docs = []
    with open(path, encoding="utf-8") as file:
        for line in file:
            if line.strip():
                docs.append(json.loads(line))
                if limit is not None and len(docs) >= limit:
                    break
    return docs


def read_corpus(shared: Path, corpus: str, split: str, limit: int | None = None) -> list[dict]:
    return read_jsonl(Path(shared) / "corpora" / corpus / f"{split}.jsonl", limit)


def gold_spans(doc: dict, coarse: str) -> list[SpanT]:
    """Full extents of the gold entities of a coarse type (nested ones included)."""
    return [(e["start"], e["end"]) for e in doc["entities"] if e["coarse"] == coarse]


NAME_SPAN = {"Org": "org_name", "Location": "loc_name", "LocOrg": "loc_name"}


def name_only_spans(doc: dict) -> dict[str, list[SpanT]]:
    """factRuEval as natasha's naeval scores it: whole Person mentions, ``org_name`` spans of
    Org, ``loc_name`` spans of Location/LocOrg, overlaps removed (earliest, longest first)."""
    typed: dict[SpanT, str] = {}
    for e in doc["entities"]:
        if e["type"] == "Person":
            typed.setdefault((e["start"], e["end"]), "PER")
        elif e["type"] in NAME_SPAN:
            coarse = "ORG" if e["type"] == "Org" else "LOC"
            spans = [(s["start"], s["end"]) for s in e["spans"] if NAME_SPAN[e["type"]] in s["type"].split("|")]
            for span in drop_overlapping(spans):
                typed.setdefault(span, coarse)
    out: dict[str, list[SpanT]] = {"PER": [], "ORG": [], "LOC": []}
    for span in drop_overlapping(typed):
        out[typed[span]].append(span)
    return out


def gold_roles(doc: dict, corpus: str) -> tuple[list[tuple[list[SpanT], list[SpanT]]], list[tuple[list[SpanT], list[SpanT]]]]:
    """(person mentions, position spans) and (person mentions, organization mentions) pairs.

    factRuEval: Occupation facts (Who + Position; Who + Where, any Where type).
    NEREL: WORKS_AS PERSON -> PROFESSION; WORKPLACE PERSON -> ORGANIZATION.
    Duplicate pairs (same spans) count once.
    """
    by_id = {e["id"]: e for e in doc["entities"]}

    def spans(ids: list[str]) -> list[SpanT]:
        return sorted({(by_id[i]["start"], by_id[i]["end"]) for i in ids if i in by_id})

    positions: dict[tuple, tuple] = {}
    workplaces: dict[tuple, tuple] = {}
    for rel in doc["relations"]:
        args = rel["args"]
        if corpus == "factrueval" and rel["type"] == "Occupation":
            who = spans(args["Who"]["entity_ids"]) if "Who" in args else []
            if not who:
                continue
            for slot, into in (("Position", positions), ("Where", workplaces)):
                target = spans(args[slot]["entity_ids"]) if slot in args else []
                if target:
                    into.setdefault((tuple(who), tuple(target)), (who, target))
        elif corpus == "nerel" and rel["type"] in ("WORKS_AS", "WORKPLACE"):
            a1, a2 = by_id.get(args["arg1"]), by_id.get(args["arg2"])
            if not a1 or not a2 or a1["type"] != "PERSON":
                continue
            wanted = "PROFESSION" if rel["type"] == "WORKS_AS" else "ORGANIZATION"
            if a2["type"] != wanted:
                continue
            who, target = [(a1["start"], a1["end"])], [(a2["start"], a2["end"])]
            into = positions if rel["type"] == "WORKS_AS" else workplaces
            into.setdefault((tuple(who), tuple(target)), (who, target))
    return list(positions.values()), list(workplaces.values())


# ---------------------------------------------------------------- press releases


def read_press(shared: Path, limit: int | None = None) -> list[tuple[str, str, dict]]:
    """(name, text, gold) of every ``press/*.gold.json`` with its ``.txt``, sorted by name."""
    folder = Path(shared) / "press"
    out = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        name = gold_path.name[: -len(".gold.json")]
        text = (folder / f"{name}.txt").read_text(encoding="utf-8")
        out.append((name, text, json.loads(gold_path.read_text(encoding="utf-8"))))
    return out[:limit] if limit is not None else out


def locate(text: str, needle: str) -> list[SpanT]:
    """Every occurrence of ``needle`` in ``text`` that is not inside a longer word."""
    found = []
    start = text.find(needle)
    while needle and start >= 0:
        end = start + len(needle)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() and needle[0].isalnum()) and not (after.isalnum() and needle[-1].isalnum()):
            found.append((start, end))
        start = text.find(needle, start + 1)
    return found


def locate_all(text: str, needles: list[str]) -> list[SpanT]:
    return sorted({span for needle in needles for span in locate(text, needle)})


def press_facts(text: str, gold: dict) -> Facts:
    """The gold of one release as Facts; entity keys are the gold names (places: ``loc:`` + name)."""
    facts = Facts(text=text)
    for o in gold.get("organizations", []):
        facts.organizations.append(Entity(o["name"], o["name"], locate_all(text, o.get("mentions", []))))
    for p in gold.get("people", []):
        facts.people.append(Entity(p["name"], p["name"], locate_all(text, p.get("mentions", []))))
        for r in p.get("roles", []):
            facts.roles.append(Role(p["name"], r["title"], r.get("organization")))
    for pl in gold.get("places", []):
        facts.places.append(Entity("loc:" + pl["name"], pl["name"], locate_all(text, pl.get("mentions", [])), pl.get("type")))
    for d in gold.get("dates", []):
        facts.dates.append(Date(locate(text, d["text"]), d.get("value"), d["text"]))
    for ob in gold.get("obligations", []):
        spans = locate(text, ob.get("text", ""))
        facts.obligations.append(Obligation(ob["action"], list(ob.get("parties", [])), spans[0] if spans else None))
    for a in gold.get("agreements", []):
        facts.agreements.append(Agreement(a["kind"], a.get("subject"), list(a.get("parties", [])),
                                          list(a.get("signatories", []))))
    return facts


def iter_texts(shared: Path, limit: int | None = None) -> Iterator[tuple[str, str]]:
    """(id, text) of factRuEval test and the press folder: the speed benchmark's default texts."""
    for doc in read_corpus(shared, "factrueval", "test", limit):
        yield doc["id"], doc["text"]
    for name, text, _ in read_press(shared):
        yield name, text
