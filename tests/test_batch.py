"""Batch runs: inputs enumerated lazily, the partition function, the process pool, writers."""

from __future__ import annotations

import io
import itertools
import json
import os

import pytest

from pressparse.batch import parse_partition, parse_row, run
from pressparse.io.inputs import Fields, is_batch, iter_rows
from pressparse.io.tables import csv_rows
from pressparse.io.write import cut_torn_line, output_format, resume_ids
from pressparse.pool import imap_partition

RELEASES = {
    "tomsk.txt": "Губернатор Томской области Владимир Мазур 3 марта 2024 года подписал "
    "соглашение с ПАО «Ростелеком» о развитии связи в Томске.\n",
    "sub/kazan.txt": "Мэр Казани Ильсур Метшин провёл совещание. Он поручил администрации "
    "города подготовить программу ремонта дорог до 1 июня 2025 года.\n",
    "sub/deep/perm.txt": "Министр образования Пермского края Раиса Кассина 12 сентября "
    "посетила новую школу в Перми.\n",
}
BINARY = bytes(range(256)) * 4


@pytest.fixture()
def folder(tmp_path):
    root = tmp_path / "in"
    for name, text in RELEASES.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (root / "sub" / "notes.md").write_text("не входит в выборку", encoding="utf-8")
    (root / "broken.txt").write_bytes(BINARY)
    return root


def expected(parser, id, text):
    return parser.parse(text, id=id).to_dict()


# --- inputs --------------------------------------------------------------------------------

def test_folder_ids_are_relative_paths_in_stable_order(folder):
    ids = [row["id"] for row in iter_rows([str(folder)])]
    assert ids == ["broken.txt", "tomsk.txt", "sub/kazan.txt", "sub/deep/perm.txt"]


def test_glob_selects_files(folder):
    assert [row["id"] for row in iter_rows([str(folder)], globs=["*.md"])] == ["sub/notes.md"]


def test_jsonl_in_a_folder_by_glob_uses_the_named_fields(folder):
    (folder / "sub" / "feed.jsonl").write_text('{"n": 5, "body": "Текст"}\n', encoding="utf-8")
    rows = list(iter_rows([str(folder)], globs=["*.jsonl"], fields=Fields("body", "n")))
    assert rows == [{"id": "5", "text": "Текст"}]


def test_file_given_by_name_keeps_the_name(folder):
    name = str(folder / "tomsk.txt")
    assert list(iter_rows([name])) == [{"id": name, "path": name, "format": "text"}]


@pytest.mark.parametrize(
    "line, row",
    [
        ('{"id": "r1", "text": "Текст", "published": "2024-05-05"}',
         {"id": "r1", "text": "Текст", "published": "2024-05-05"}),
        ('{"id": 17, "text": "Текст"}', {"id": "17", "text": "Текст"}),
        ('{"text": "Текст"}', {"id": "feed.jsonl:1", "text": "Текст"}),
        ('{"id": "r2", "body": "Текст"}', {"id": "r2", "error": "line 1: no text in field 'text'"}),
        ("[1, 2]", {"id": "feed.jsonl:1", "error": "line 1: not a JSON object"}),
    ],
)
def test_jsonl_records(tmp_path, line, row):
    path = tmp_path / "feed.jsonl"
    path.write_text(line + "\n\n", encoding="utf-8")
    os.chdir(tmp_path)
    assert list(iter_rows(["feed.jsonl"])) == [row]


def test_jsonl_named_fields_and_broken_line_on_stdin():
    data = '{"doc": "r1", "body": "Текст", "date": "2024-01-02"}\n{broken\n'.encode()
    rows = list(iter_rows(["-"], fields=Fields("body", "doc", "date"), stdin=io.BytesIO(data)))
    assert rows[0] == {"id": "r1", "text": "Текст", "published": "2024-01-02"}
    assert rows[1]["id"] == "-:2" and rows[1]["error"].startswith("line 2: not JSON")


@pytest.mark.parametrize(
    "inputs, kwargs, batch",
    [
        (["a.txt"], {}, False),
        (["-"], {}, False),
        (["-"], {"stdin_jsonl": True}, True),
        (["a.txt", "b.txt"], {}, True),
        (["feed.jsonl"], {}, True),
        (["a.txt"], {"format_in": "jsonl"}, True),
    ],
)
def test_batch_mode(inputs, kwargs, batch):
    assert is_batch(inputs, **kwargs) is batch


def test_rows_are_read_lazily():
    rows = ({"id": str(n), "text": "Текст"} for n in itertools.count())
    consumed = iter_rows(["-"], stdin=io.BytesIO(b""))
    assert list(consumed) == []
    # the pool never holds more than 2 * jobs chunks: an endless input still streams
    seen = []

    def endless():
        for row in rows:
            seen.append(row["id"])
            yield row

    first = list(itertools.islice(imap_partition(endless(), jobs=1, partition=echo), 5))
    assert [r["id"] for r in first] == ["0", "1", "2", "3", "4"] and len(seen) == 5


def echo(rows, **options):
    for row in rows:
        yield {"id": row["id"], "echo": True}


# --- the partition function ----------------------------------------------------------------

def test_partition_equals_single_parsing(parser):
    rows = [{"id": f"r{n}", "text": text} for n, text in enumerate(RELEASES.values())]
    assert list(parse_partition(rows)) == [expected(parser, r["id"], r["text"]) for r in rows]


@pytest.mark.parametrize(
    "row, error",
    [
        ({"id": "x", "error": "line 3: not JSON"}, "line 3: not JSON"),
        ({"id": "x", "text": "Текст", "published": "вчера"}, "ValueError"),
        ({"id": "x", "path": "/nonexistent/x.txt"}, "no such file"),
        ({"id": "x", "text": 42}, "TypeError: text must be str, not int"),
    ],
)
def test_failures_are_one_line_records(parser, row, error):
    result = parse_row(row, parser)
    assert set(result) == {"id", "error"} and result["id"] == "x"
    assert error in result["error"] and "\n" not in result["error"]


def test_binary_file_is_a_failure(tmp_path, parser):
    path = tmp_path / "bin.txt"
    path.write_bytes(BINARY)
    result = parse_row({"id": "bin.txt", "path": str(path)}, parser)
    assert result == {"id": "bin.txt", "error": f"{path}: binary content, not a text"}


def test_with_text_fills_text(parser):
    text = RELEASES["tomsk.txt"]
    assert parse_row({"id": "t", "text": text}, parser)["text"] is None
    assert parse_row({"id": "t", "text": text}, parser, with_text=True)["text"] == text


def test_doc_timeout_makes_a_failure_and_the_run_goes_on(parser):
    long_text = RELEASES["tomsk.txt"] * 400
    rows = [{"id": "long", "text": long_text}, {"id": "short", "text": "Мэр Казани выступил."}]
    results = list(parse_partition(rows, doc_timeout=2.0))
    assert results[0] == {"id": "long", "error": "timed out after 2 s"}
    assert results[1]["id"] == "short" and "error" not in results[1]


# --- runs ----------------------------------------------------------------------------------

def test_run_with_two_workers_keeps_order_and_records_failures(folder, tmp_path, parser):
    out = tmp_path / "out.jsonl"
    summary = run([str(folder)], str(out), jobs=2, chunk_size=1, progress=False)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["broken.txt", "tomsk.txt", "sub/kazan.txt", "sub/deep/perm.txt"]
    assert lines[0] == {"id": "broken.txt", "error": f"{folder / 'broken.txt'}: binary content, not a text"}
    for line in lines[1:]:
        assert line == expected(parser, line["id"], RELEASES[line["id"]])
    assert (summary.ok, summary.failed, summary.skipped) == (3, 1, 0)
    assert 0 < summary.peak_worker_rss_mb < 1500


def crash_on_marker(rows, **options):
    """A partition whose worker dies on one document, as on a segfault or an OOM kill."""
    for row in rows:
        if row["id"] == "crash":
            os._exit(1)
        yield {"id": row["id"], "ok": True}


@pytest.mark.parametrize("ordered", [True, False], ids=["ordered", "unordered"])
def test_crashed_worker_loses_only_its_document(ordered):
    rows = [{"id": str(n)} for n in range(6)] + [{"id": "crash"}] + [{"id": str(n)} for n in range(6, 12)]
    results = list(imap_partition(rows, jobs=2, chunk_size=3, ordered=ordered, partition=crash_on_marker))
    ids = [r["id"] for r in results]
    assert ids == [r["id"] for r in rows] if ordered else sorted(ids) == sorted(r["id"] for r in rows)
    crashed = [r for r in results if "error" in r]
    assert [r["id"] for r in crashed] == ["crash"] and "crashed" in crashed[0]["error"]


def die_after_marker(rows, **options):
    """A partition whose worker dies just after it returned a chunk: the pool is found broken
    with no chunk of its own lost."""
    import threading

    for row in rows:
        if row["id"] == "die-after":
            threading.Timer(0.1, os._exit, (1,)).start()
        yield {"id": row["id"], "ok": True}


def test_worker_dying_between_chunks_loses_nothing():
    rows = [{"id": "die-after"}] + [{"id": str(n)} for n in range(8)]
    results = list(imap_partition(rows, jobs=2, chunk_size=1, partition=die_after_marker))
    assert [r["id"] for r in results] == [r["id"] for r in rows]
    assert all(r.get("ok") for r in results)


def test_unordered_run_writes_every_id_once(folder, tmp_path):
    out = tmp_path / "out.jsonl"
    errors = tmp_path / "errors.jsonl"
    summary = run([str(folder)], str(out), jobs=1, ordered=False, errors=str(errors), progress=False)
    ids = sorted(json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines())
    assert ids == sorted(RELEASES) and summary.failed == 1
    assert json.loads(errors.read_text(encoding="utf-8"))["id"] == "broken.txt"


def test_resume_skips_what_is_written_and_cuts_a_torn_line(folder, tmp_path):
    out = tmp_path / "out.jsonl"
    run([str(folder)], str(out), jobs=1, progress=False)
    full = out.read_text(encoding="utf-8")
    lines = full.splitlines(keepends=True)
    out.write_text("".join(lines[:2]) + lines[2][:40], encoding="utf-8")  # killed mid-line
    summary = run([str(folder)], str(out), jobs=1, resume=True, progress=False)
    assert (summary.ok, summary.failed, summary.skipped) == (2, 0, 2)
    assert out.read_text(encoding="utf-8") == full


@pytest.mark.parametrize(
    "content, kept",
    [("", ""), ('{"id": 1}\n', '{"id": 1}\n'), ('{"id": 1}\n{"id"', '{"id": 1}\n'), ('{"id', "")],
)
def test_cut_torn_line(tmp_path, content, kept):
    path = tmp_path / "out.jsonl"
    path.write_text(content, encoding="utf-8")
    cut_torn_line(str(path))
    assert path.read_text(encoding="utf-8") == kept


def test_resume_needs_jsonl(tmp_path):
    with pytest.raises(ValueError, match="JSON Lines"):
        resume_ids(str(tmp_path / "out.csv"), "csv")


def test_pipe_in_processes_equals_in_process(parser):
    items = [(f"r{n}", text) for n, text in enumerate(RELEASES.values())]
    assert list(parser.pipe(items, n_process=2, batch_size=1)) == list(parser.pipe(items))


# --- writers -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "output, format, result",
    [(None, None, "jsonl"), ("a.csv", None, "csv"), ("a.PARQUET", None, "parquet"),
     ("a.json", None, "json"), ("a.htm", None, "html"), ("a.txt", None, "jsonl"),
     ("a.csv", "jsonl", "jsonl")],
)
def test_output_format(output, format, result):
    assert output_format(output, format) == result


PERSON_DOC = {
    "id": "d1", "title": "Т", "published": None, "source": None, "warnings": [],
    "organizations": [{"id": "org1", "name": "Правительство Томской области", "short_name": None,
                       "kind": "regional_body", "place": None,
                       "mentions": [{"text": "Правительства", "start": 0, "end": 13}]}],
    "people": [{"id": "per1", "name": "Иван Петров", "first": "Иван", "middle": None,
                "last": "Петров", "mentions": [{"text": "Иван Петров", "start": 20, "end": 31},
                                               {"text": "Петров", "start": 50, "end": 56}],
                "roles": [
                    {"title": "губернатор", "organization": None, "acting": True,
                     "status": "current", "mention": {"text": "врио губернатора", "start": 3, "end": 19}},
                    {"title": "председатель правительства", "organization": "org1", "acting": False,
                     "status": "appointed", "mention": {"text": "председатель", "start": 60, "end": 72}},
                ]}],
    "places": [], "dates": [], "agreements": [],
    "obligations": [{"parties": ["org1", "per1"], "action": "построить школу", "modality": "commitment",
                     "agreement": None, "deadline": None, "issued_by": None,
                     "mention": {"text": "обязуется построить школу", "start": 80, "end": 105}}],
}


def test_csv_rows_one_per_role():
    rows = csv_rows(PERSON_DOC)
    assert [(r["entity_type"], r.get("entity_id")) for r in rows] == [
        ("document", None), ("organization", "org1"), ("person", "per1"), ("person", "per1"),
        ("obligation", "obl1"),
    ]
    assert rows[2]["role_title"] == "губернатор" and rows[2]["acting"] == "true"
    assert rows[3]["role_organization_name"] == "Правительство Томской области"
    assert rows[3]["mentions"] == 2 and rows[3]["mention_texts"] == "Иван Петров; Петров"
    assert rows[4]["parties"] == "org1; per1" and rows[4]["action"] == "построить школу"
    assert {r["doc_id"] for r in rows} == {"d1"}


def test_csv_output_opens_in_excel(folder, tmp_path):
    out = tmp_path / "out.csv"
    summary = run([str(folder)], str(out), jobs=1, progress=False)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfdoc_id,entity_type,")
    assert "Томской".encode() in data
    assert summary.errors_path == str(tmp_path / "out.errors.jsonl")
    assert json.loads((tmp_path / "out.errors.jsonl").read_text())["id"] == "broken.txt"


def test_json_output_is_an_array(folder, tmp_path):
    out = tmp_path / "out.json"
    run([str(folder / "tomsk.txt"), str(folder / "sub")], str(out), jobs=1, progress=False)
    assert [d["id"] for d in json.loads(out.read_text(encoding="utf-8"))] == [
        str(folder / "tomsk.txt"), "kazan.txt", "deep/perm.txt"]


def test_parquet_nested_and_flat(folder, tmp_path, parser):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "out.parquet"
    run([str(folder)], str(out), jobs=1, progress=False)
    table = pq.read_table(out).to_pylist()
    assert [row["id"] for row in table] == ["tomsk.txt", "sub/kazan.txt", "sub/deep/perm.txt"]
    assert table[0] == expected(parser, "tomsk.txt", RELEASES["tomsk.txt"])
    summary = run([str(folder)], str(out), jobs=1, flat=True, progress=False)
    names = sorted(os.path.basename(p) for p in summary.outputs)
    assert names == sorted(f"out.{t}.parquet" for t in (
        "documents", "organizations", "people", "roles", "places", "dates", "durations", "unresolved_dates", "agreements",
        "obligations"))
    orgs = pq.read_table(tmp_path / "out.organizations.parquet").to_pylist()
    assert {o["doc_id"] for o in orgs} <= {"tomsk.txt", "sub/kazan.txt", "sub/deep/perm.txt"}
    assert orgs and all(o["mentions"] for o in orgs)


def test_parquet_without_pyarrow_says_what_to_install(tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ValueError, match=r"pip install 'pressparse\[parquet\]'"):
        run(["-"], str(tmp_path / "out.parquet"), stdin=io.BytesIO(b""), progress=False)
