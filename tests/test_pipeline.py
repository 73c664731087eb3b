"""The whole pipeline: fixtures keep the contract, and nothing needs pkg_resources."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import FIXTURES

RELEASES = sorted(FIXTURES.glob("*.txt"))


def check_offsets(text: str, doc: dict) -> list[str]:
    """Every mention points into the text, every reference names an existing id."""
    problems = []
    ids = set()

    def span(where, mention):
        if text[mention["start"]:mention["end"]] != mention["text"]:
            problems.append(f"{where}: {mention}")

    for field in ("organizations", "people", "places", "dates", "agreements"):
        for item in doc[field]:
            ids.add(item["id"])
    for field in ("organizations", "people", "places"):
        for item in doc[field]:
            for mention in item["mentions"]:
                span(field, mention)
            for role in item.get("roles", []):
                span("role", role["mention"])
                if role["organization"] and role["organization"] not in ids:
                    problems.append(f"role refers to {role['organization']}")
    for item in doc["dates"]:
        span("dates", item)
    for field in ("obligations", "agreements"):
        for item in doc[field]:
            span(field, item["mention"])
            for ref in list(item["parties"]) + list(item.get("signatories", [])):
                if ref not in ids:
                    problems.append(f"{field} refers to {ref}")
    return problems


@pytest.mark.parametrize("path", RELEASES, ids=lambda p: p.name)
def test_fixture_keeps_contract(parser, path):
    text = path.read_text(encoding="utf-8")
    doc = parser.parse(text, id=path.name)
    data = json.loads(doc.to_json())
    assert check_offsets(text, data) == []
    assert doc.warnings == ()
    jsonschema = pytest.importorskip("jsonschema")
    from pressparse.schema import document_schema

    jsonschema.validate(data, document_schema())


@pytest.mark.parametrize(
    "text, warning",
    [
        ("", "empty text"),
        ("   \n\t ", "empty text"),
        ("The Ministry of Finance signed an agreement on Monday.", "text does not look Russian"),
    ],
)
def test_bad_text_gives_warning(parser, text, warning):
    doc = parser.parse(text)
    assert any(w.startswith(warning) for w in doc.warnings)


def test_pipe_keeps_order_and_ids(parser):
    texts = [("a", "Губернатор Иван Петров посетил Тулу."), ("b", ""), ("c", "Мэр Казани выступил.")]
    docs = list(parser.pipe(texts))
    assert [d.id for d in docs] == ["a", "b", "c"]
    assert docs[1].warnings == ("empty text",)


@pytest.mark.parametrize(
    "published, expected",
    [("2017-06-08", "2017-06-08"), ("2017-06-08T18:16", "2017-06-08T18:16")],
)
def test_published_given_by_caller_wins(parser, published, expected):
    doc = parser.parse("01.01.2020 10:00\n\nГубернатор посетил школу.", published=published)
    assert doc.published == expected


BLOCKER = r"""
import sys
class Block:
    # setuptools 82+ and Python 3.12+ venvs without setuptools have no pkg_resources
    def find_spec(self, name, path=None, target=None):
        if name == "pkg_resources" or name.startswith(("pkg_resources.", "setuptools")):
            raise ModuleNotFoundError(f"No module named {name!r} (blocked by test)")
sys.meta_path.insert(0, Block())
import json, pathlib
from pressparse import Parser
text = pathlib.Path(sys.argv[1]).read_text(encoding="utf-8")
doc = Parser(strict=True).parse(text)
assert "pkg_resources" not in sys.modules
print(json.dumps({"people": len(doc.people), "places": len(doc.places), "dates": len(doc.dates),
                  "organizations": len(doc.organizations), "published": doc.published}))
"""


def test_runs_without_pkg_resources():
    # natasha's MorphVocab and yargy's default analyzer would need pkg_resources (natasha#138)
    path = FIXTURES / "agreement-tomsk.txt"
    result = subprocess.run([sys.executable, "-c", BLOCKER, str(path)], capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    counts = json.loads(result.stdout)
    assert counts["published"] == "2023-03-14T11:05"
    assert counts["people"] >= 2 and counts["places"] >= 1
    assert counts["organizations"] >= 2 and counts["dates"] >= 2


FREEZER = r"""
import gc, json, pathlib, sys
from pressparse import Parser
text = pathlib.Path(sys.argv[1]).read_text(encoding="utf-8")
parser = Parser(freeze_gc=sys.argv[2] == "1")
before = gc.get_freeze_count()
first = parser.parse(text)
frozen = gc.get_freeze_count()
second = parser.parse(text)
print(json.dumps({"before": before, "frozen": frozen, "after": gc.get_freeze_count(),
                  "same": first.to_dict() == second.to_dict()}))
"""


@pytest.mark.parametrize("freeze", [True, False])
def test_gc_freeze_once_after_first_document(freeze):
    # the models and tables built by the first parse are frozen out of the collector, once
    path = FIXTURES / "agreement-tomsk.txt"
    result = subprocess.run([sys.executable, "-c", FREEZER, str(path), "1" if freeze else "0"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    counts = json.loads(result.stdout)
    assert counts["before"] == 0 and counts["same"]
    if freeze:
        # frozen objects are still freed by reference counting; no second freeze adds more
        assert counts["frozen"] > 10_000 and counts["after"] <= counts["frozen"]
    else:
        assert counts["frozen"] == counts["after"] == 0
