"""The command line: one document, batches, formats, one-line errors, kill and --resume."""

from __future__ import annotations

import inspect
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pressparse.cli import main

TOMSK = ("Губернатор Томской области Владимир Мазур 3 марта 2024 года подписал соглашение "
         "с ПАО «Ростелеком» о развитии связи в Томске.\n")
KAZAN = ("Мэр Казани Ильсур Метшин провёл совещание. Он поручил администрации города "
         "подготовить программу ремонта дорог до 1 июня 2025 года.\n")
PRESSPARSE = [sys.executable, "-m", "pressparse"]


@pytest.fixture()
def files(tmp_path):
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "tomsk.txt").write_text(TOMSK, encoding="utf-8")
    (tmp_path / "in" / "sub" / "kazan.txt").write_bytes(KAZAN.encode("cp1251"))
    (tmp_path / "in" / "broken.txt").write_bytes(bytes(range(256)) * 4)
    return tmp_path


def stdin_bytes(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


# --- one document --------------------------------------------------------------------------

def test_single_file_pretty_json(files, capsys, parser):
    assert main([str(files / "in" / "tomsk.txt")]) == 0
    out = capsys.readouterr().out
    assert out.startswith('{\n  "schema_version": "1",')
    assert json.loads(out) == parser.parse(TOMSK, id="tomsk.txt").to_dict()


@pytest.mark.parametrize(
    "extra, check",
    [
        (["--compact"], lambda out, doc: out.count("\n") == 1 and doc["id"] is None),
        (["--id", "r7"], lambda out, doc: doc["id"] == "r7"),
        (["--published", "2024-03-03"], lambda out, doc: doc["published"] == "2024-03-03"),
        (["--with-text"], lambda out, doc: doc["text"] == TOMSK),
        ([], lambda out, doc: doc["text"] is None),
    ],
)
def test_single_stdin_options(monkeypatch, capsys, extra, check):
    stdin_bytes(monkeypatch, TOMSK.encode())
    assert main(["-", *extra]) == 0
    out = capsys.readouterr().out
    assert check(out, json.loads(out))


def test_single_legacy_encoding_keeps_warning(files, capsys):
    assert main([str(files / "in" / "sub" / "kazan.txt"), "--compact"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["id"] == "kazan.txt" and any("cp1251" in w for w in doc["warnings"])


def test_schema(capsys):
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "pressparse Document"


@pytest.mark.parametrize(
    "argv, message",
    [
        (["missing.txt"], "missing.txt: no such file or folder"),
        (["in/broken.txt"], "binary content, not a text"),
        (["in/tomsk.txt", "--published", "вчера"], "--published 'вчера': not an ISO 8601 date"),
        (["in", "--id", "x"], "--id names a single document"),
        (["in", "--jobs", "0"], "--jobs must be at least 1"),
        (["in", "--format", "parquet"], "Parquet output needs a file"),
        (["in", "--format", "csv", "--resume", "-o", "x.csv"], "--resume needs a JSON Lines output"),
        (["in/tomsk.txt", "--encoding", "nonsense"], "nonsense"),
    ],
)
def test_errors_are_one_line_exit_2(files, capsys, monkeypatch, argv, message):
    monkeypatch.chdir(files)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("pressparse: error: ") and message in err and err.count("\n") == 1


def test_no_traceback_from_the_real_command(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    done = subprocess.run([*PRESSPARSE, str(bad)], capture_output=True, text=True)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr == f"pressparse: error: {bad}: binary content, not a text\n"


# --- batches -------------------------------------------------------------------------------

def test_folder_batch_to_stdout_exit_1_on_failure(files, capsys, monkeypatch, parser):
    monkeypatch.chdir(files)
    assert main(["in", "--jobs", "1"]) == 1
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines()]
    assert [d["id"] for d in lines] == ["broken.txt", "tomsk.txt", "sub/kazan.txt"]
    assert lines[0]["error"].endswith("binary content, not a text")
    assert lines[1] == parser.parse(TOMSK, id="tomsk.txt").to_dict()
    assert "pressparse: 2 ok, 1 failed, 0 skipped" in captured.err


def test_stdin_jsonl_batch(monkeypatch, capsys):
    feed = [{"doc": "a", "body": TOMSK}, {"doc": "b", "body": KAZAN, "date": "2024-05-01"}]
    stdin_bytes(monkeypatch, "\n".join(json.dumps(r, ensure_ascii=False) for r in feed).encode())
    argv = ["-", "--stdin-jsonl", "--jobs", "1", "-q", "--text-field", "body", "--id-field", "doc",
            "--published-field", "date"]
    assert main(argv) == 0
    captured = capsys.readouterr()
    docs = [json.loads(line) for line in captured.out.splitlines()]
    assert [d["id"] for d in docs] == ["a", "b"] and docs[1]["published"] == "2024-05-01"
    assert captured.err == ""


def test_csv_to_file_with_errors_file(files, monkeypatch):
    monkeypatch.chdir(files)
    assert main(["in", "-o", "out.csv", "--errors", "bad.jsonl", "-q", "--jobs", "1"]) == 1
    assert (files / "out.csv").read_bytes().startswith(b"\xef\xbb\xbfdoc_id,")
    assert json.loads((files / "bad.jsonl").read_text())["id"] == "broken.txt"


def test_html_report_output(files, monkeypatch):
    report = pytest.importorskip("pressparse.io.report", reason="pressparse.io.report not built yet")
    assert hasattr(report, "render_report")
    monkeypatch.chdir(files)
    assert main(["in", "-o", "report.html", "-q", "--jobs", "1"]) == 1
    page = (files / "report.html").read_text(encoding="utf-8")
    assert "<html" in page.lower() and "Томской" in page


def test_html_page_input(files, capsys):
    from pressparse.io.read import read_path

    if "format" not in inspect.signature(read_path).parameters:
        pytest.skip("read_path has no HTML support yet")
    pytest.importorskip("trafilatura")
    page = files / "page.html"
    paragraphs = "".join(f"<p>{TOMSK}</p>" for _ in range(3))
    page.write_text(f"<html><head><title>Соглашение</title></head><body><article>"
                    f"{paragraphs}</article></body></html>", encoding="utf-8")
    assert main([str(page), "--compact", "--with-text"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert "Владимир Мазур" in doc["text"] and "<p>" not in doc["text"]


# --- killed and resumed --------------------------------------------------------------------

DOCS = 60


def test_sigkill_then_resume_equals_an_uninterrupted_run(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    # enough documents that the kill lands mid-run on a fast machine too (20 could all be written
    # between two polls of the output once the workers had loaded)
    for n in range(DOCS):
        text = (TOMSK if n % 2 else KAZAN).replace("2024", str(1900 + n))
        (folder / f"r{n:02d}.txt").write_text(text, encoding="utf-8")
    full, part = tmp_path / "full.jsonl", tmp_path / "part.jsonl"
    # the order of the output does not depend on --jobs: one process is enough for reference
    subprocess.run([*PRESSPARSE, str(folder), "-o", str(full), "--jobs", "1", "-q"], check=True)
    killed = subprocess.Popen([*PRESSPARSE, str(folder), "-o", str(part), "--jobs", "2", "--chunk-size", "1", "-q"],
                              start_new_session=True, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while lines(part) < 6 and time.monotonic() < deadline and killed.poll() is None:
            time.sleep(0.05)
        os.kill(killed.pid, signal.SIGKILL)
        killed.wait()
        assert session_ends(killed.pid, within=30), "workers outlived their killed parent"
    finally:
        try:
            os.killpg(killed.pid, signal.SIGKILL)  # its orphaned workers, if any
        except ProcessLookupError:
            pass
    assert 6 <= lines(part) < DOCS
    done = subprocess.run([*PRESSPARSE, str(folder), "-o", str(part), "--resume", "--jobs", "1"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert part.read_text(encoding="utf-8") == full.read_text(encoding="utf-8")
    assert f"{DOCS - int(done.stderr.split(' ok')[0].split()[-1])} skipped" in done.stderr


def session_ends(session: int, within: float) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.killpg(session, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.2)
    return False


def lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0
