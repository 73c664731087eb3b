"""Batch runs: many documents in, one result or failure record per document out.

The unit of work everywhere (the local process pool, Dask, Spark) is one function,
:func:`parse_partition`: rows in, result dicts out, with one cached Parser per process.

>>> from pressparse.batch import run
>>> summary = run(["releases/"], "out.jsonl", jobs=4)
>>> summary.ok, summary.failed, summary.skipped
"""

from __future__ import annotations

import signal
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import IO, Any

from .io.inputs import Fields, iter_rows, one_line
from .parser import Parser

_PARSER: Parser | None = None


def get_parser() -> Parser:
    """The process's Parser, with its models loaded: built once per worker, never pickled."""
    global _PARSER
    if _PARSER is None:
        from .analysis import load_models

        load_models()
        _PARSER = Parser()
    return _PARSER


class DocTimeout(BaseException):
    """A document ran past its time limit (a BaseException so that no stage swallows it)."""


def parse_partition(
    rows: Iterable[dict[str, Any]], *, with_text: bool = False, doc_timeout: float | None = None
) -> Iterator[dict[str, Any]]:
    """Rows -> result dicts (``Document.to_dict()``) or failure dicts ``{"id", "error"}``.

    A row has an ``id`` and either ``text`` (with optional ``published``) or ``path`` (with
    optional ``encoding`` and ``format``: ``text`` or ``html``), or an ``error`` already. One
    bad document never stops the partition. ``doc_timeout`` (seconds) applies where the
    partition runs in a process's main thread (the local pool, Spark); elsewhere it is ignored.
    """
    parser = get_parser()
    for row in rows:
        yield parse_row(row, parser, with_text=with_text, doc_timeout=doc_timeout)


def parse_row(
    row: dict[str, Any], parser: Parser, *, with_text: bool = False, doc_timeout: float | None = None
) -> dict[str, Any]:
    """One row -> its result dict, or its failure dict."""
    id = row.get("id")
    if row.get("error"):
        return failure(id, row["error"])
    try:
        with time_limit(doc_timeout):
            return parse_document(row, parser, with_text=with_text).to_dict()
    except DocTimeout:
        return failure(id, f"timed out after {doc_timeout:g} s")
    except Exception as error:  # a bad document is recorded and the run goes on
        return failure(id, describe(error))


def parse_document(row: dict[str, Any], parser: Parser, *, with_text: bool = False):
    """One row -> Document; raises on what cannot be read or parsed.

    A file is read with ``pressparse.io.read.read_path`` (encodings, HTML pages); its warnings,
    and a page's title and date where the text has none, go into the Document.
    """
    from .io.read import complete, read_path

    text = row.get("text")
    source = None
    if text is None:
        source = read_path(row["path"], encoding=row.get("encoding"), format=row.get("format") or "text")
        text = source.text
    # a web page's metadata date resolves the text's dates where no field gives one
    published = row.get("published") or (source.published if source is not None else None)
    doc = parser.parse(text, id=row.get("id"), published=published)
    if source is not None:
        doc = complete(doc, source)
    return replace(doc, text=text) if with_text else doc


def failure(id: Any, reason: str) -> dict[str, Any]:
    return {"id": id, "error": one_line(reason)}


def describe(error: BaseException) -> str:
    from .io.read import InputError

    if isinstance(error, InputError):
        return one_line(error)
    return one_line(f"{type(error).__name__}: {error}")


@contextmanager
def time_limit(seconds: float | None):
    """Raise DocTimeout in the block after ``seconds``, where a timer signal can be used."""
    usable = (
        seconds
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def alarm(signum, frame):
        raise DocTimeout

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass
class Summary:
    """What a run did: documents written, failed, skipped (already in the output on --resume)."""

    ok: int = 0
    failed: int = 0
    skipped: int = 0
    seconds: float = 0.0
    peak_worker_rss_mb: float = 0.0
    errors_path: str | None = None
    outputs: list[str] = field(default_factory=list)

    @property
    def docs_per_second(self) -> float:
        return (self.ok + self.failed) / self.seconds if self.seconds else 0.0


def run(
    inputs: Iterable[str],
    output: str | None = None,
    *,
    format: str | None = None,
    jobs: int | None = None,
    chunk_size: int = 8,
    ordered: bool = True,
    resume: bool = False,
    errors: str | None = None,
    with_text: bool = False,
    doc_timeout: float | None = None,
    globs: Iterable[str] = (),
    fields: Fields = Fields(),
    format_in: str = "auto",
    encoding: str | None = None,
    published: str | None = None,
    flat: bool = False,
    progress: bool | None = None,
    stdin: IO[bytes] | None = None,
    stdout: IO[str] | None = None,
) -> Summary:
    """Parse every document of ``inputs`` (files, folders, JSON Lines, ``-``) into ``output``.

    ``output`` None writes to standard output; the format comes from ``format`` or the
    extension (``jsonl`` by default). ``jobs`` worker processes (None: all cores). Failures go
    to ``errors`` if given, else into a JSON Lines output, else next to the output
    (``OUT.errors.jsonl``). ``resume`` skips the ids already in a JSON Lines output.
    """
    from .io import write
    from .pool import cpu_count, imap_partition

    inputs = list(inputs)
    format = write.output_format(output, format)
    jobs = jobs or cpu_count()
    done: set[str] = set()
    if resume:
        done = write.resume_ids(output, format, errors)
    started = time.perf_counter()
    summary = Summary()
    writer = write.open_writer(output, format, flat=flat, append=resume, stdout=stdout)
    failures = write.open_failures(writer, output, format, errors, append=resume)
    summary.errors_path = getattr(failures, "path", None)
    rows = iter_rows(
        inputs, globs=globs, fields=fields, format_in=format_in, encoding=encoding,
        published=published, stdin=stdin, exclude=[p for p in (output, errors) if p],
    )
    if done:
        rows = skip_done(rows, done, summary)
    bar = progress_bar(progress)
    stats: dict[str, float] = {}
    results = imap_partition(
        rows, jobs=jobs, chunk_size=chunk_size, ordered=ordered, stats=stats,
        with_text=with_text or writer.needs_text, doc_timeout=doc_timeout,
    )
    try:
        for result in results:
            if "error" in result and "schema_version" not in result:
                summary.failed += 1
                failures.write_failure(result)
            else:
                summary.ok += 1
                writer.write(result, keep_text=with_text)
            if bar is not None:
                bar.update(1)
                if summary.failed:
                    bar.set_postfix(failed=summary.failed, refresh=False)
    finally:
        results.close()  # on an error or Ctrl-C: the workers stop now
        if bar is not None:
            bar.close()
        if failures is not writer:
            failures.close()
        writer.close()
    summary.seconds = time.perf_counter() - started
    summary.peak_worker_rss_mb = stats.get("peak_rss_mb", 0.0)
    summary.outputs = writer.paths()
    return summary


def skip_done(rows: Iterator[dict], done: set[str], summary: Summary) -> Iterator[dict]:
    for row in rows:
        if row.get("id") in done:
            summary.skipped += 1
            continue
        yield row


def progress_bar(enabled: bool | None):
    """A tqdm bar on stderr when it is a terminal (or ``enabled``); None without tqdm."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(unit="doc", desc="pressparse", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)
