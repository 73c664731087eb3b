"""Writers of batch results: JSON Lines, JSON, CSV, Parquet, HTML.

Every writer takes result dicts (``Document.to_dict()``) one at a time. JSON Lines is written
and flushed line by line, so a run killed midway leaves a valid file holding every finished
document, which ``--resume`` continues. Failure records ``{"id", "error"}`` go into a JSON
Lines output, else to ``--errors FILE``, else to ``OUT.errors.jsonl`` next to the output.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from .tables import CSV_COLUMNS, csv_rows, flat_tables

FORMATS = ("jsonl", "json", "csv", "parquet", "html")
SUFFIXES = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv",
    ".parquet": "parquet", ".pq": "parquet", ".html": "html", ".htm": "html",
}
PARQUET_HINT = "Parquet output needs pyarrow: pip install 'pressparse[parquet]'"
ROW_GROUP = 1000  # documents per Parquet row group: bounds the memory a Parquet run holds


def output_format(output: str | None, format: str | None, default: str = "jsonl") -> str:
    """The output format: ``format`` if given, else the output's extension, else ``default``."""
    if format:
        if format not in FORMATS:
            raise ValueError(f"unknown output format {format!r} (one of {', '.join(FORMATS)})")
        return format
    if output:
        return SUFFIXES.get(Path(output).suffix.lower(), default)
    return default


class Writer:
    """Writes result dicts; ``needs_text``: the writer wants each document's text."""

    needs_text = False

    def __init__(self, path: str | None = None) -> None:
        self.path = path

    def write(self, result: dict[str, Any], *, keep_text: bool = False) -> None:
        raise NotImplementedError

    def write_failure(self, record: dict[str, Any]) -> None:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def paths(self) -> list[str]:
        return [self.path] if self.path else []


class JsonlWriter(Writer):
    """One JSON object a line, flushed at once. The file opens on the first write."""

    def __init__(self, path: str | None, *, append: bool = False, stream: IO[str] | None = None):
        super().__init__(path)
        self.append = append
        self.stream = stream
        self.owned = False

    def write(self, result: dict[str, Any], *, keep_text: bool = False) -> None:
        if self.stream is None:
            self.stream = open(self.path, "a" if self.append else "w", encoding="utf-8")
            self.owned = True
        self.stream.write(json.dumps(result, ensure_ascii=False) + "\n")
        self.stream.flush()

    write_failure = write

    def open(self) -> JsonlWriter:
        """Create (or truncate) the file now, so that an empty run leaves an empty file."""
        if self.stream is None and self.path:
            self.stream = open(self.path, "a" if self.append else "w", encoding="utf-8")
            self.owned = True
        return self

    def close(self) -> None:
        if self.owned and self.stream is not None:
            self.stream.close()
        self.stream = None


class JsonWriter(Writer):
    """A JSON array of the documents, one a line."""

    def __init__(self, path: str | None, stream: IO[str]):
        super().__init__(path)
        self.stream, self.count = stream, 0

    def write(self, result: dict[str, Any], *, keep_text: bool = False) -> None:
        self.stream.write(("[\n" if not self.count else ",\n") + json.dumps(result, ensure_ascii=False))
        self.count += 1

    def close(self) -> None:
        self.stream.write(("\n]\n" if self.count else "[]\n"))
        close_stream(self.stream)


class CsvWriter(Writer):
    """One row per entity (people: one per role); ``utf-8-sig`` so that Excel reads Cyrillic."""

    def __init__(self, path: str | None, stream: IO[str]):
        import csv

        super().__init__(path)
        self.stream = stream
        self.csv = csv.DictWriter(stream, CSV_COLUMNS, extrasaction="ignore", lineterminator="\r\n")
        self.csv.writeheader()

    def write(self, result: dict[str, Any], *, keep_text: bool = False) -> None:
        self.csv.writerows(csv_rows(result))
        self.stream.flush()

    def close(self) -> None:
        close_stream(self.stream)


class ParquetWriter(Writer):
    """One row per document with nested lists, or with ``flat`` one file per entity type:
    ``OUT.documents.parquet``, ``OUT.organizations.parquet``, ``OUT.people.parquet``,
    ``OUT.roles.parquet``, ``OUT.places.parquet``, ``OUT.dates.parquet``, ``OUT.durations.parquet``,
    ``OUT.unresolved_dates.parquet``,
    ``OUT.agreements.parquet``, ``OUT.obligations.parquet`` (each row with its ``doc_id``)."""

    def __init__(self, path: str, *, flat: bool = False):
        super().__init__(path)
        try:
            import pyarrow  # noqa: F401
            import pyarrow.parquet  # noqa: F401
        except ImportError:
            raise ValueError(PARQUET_HINT) from None
        from .arrow import document_arrow_schema, flat_arrow_schemas

        self.flat = flat
        if flat:
            stem = path[: -len(".parquet")] if path.endswith(".parquet") else path
            self.schemas = flat_arrow_schemas()
            self.files = {name: f"{stem}.{name}.parquet" for name in self.schemas}
        else:
            self.schemas = {"documents": document_arrow_schema()}
            self.files = {"documents": path}
        self.buffers: dict[str, list[dict]] = {name: [] for name in self.schemas}
        self.writers: dict[str, Any] = {}
        self.count = 0

    def write(self, result: dict[str, Any], *, keep_text: bool = False) -> None:
        tables = flat_tables(result) if self.flat else {"documents": [result]}
        for name, rows in tables.items():
            self.buffers[name].extend(rows)
        self.count += 1
        if self.count % ROW_GROUP == 0:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        for name, rows in self.buffers.items():
            if name not in self.writers:
                self.writers[name] = pq.ParquetWriter(self.files[name], self.schemas[name])
            if rows:
                self.writers[name].write_table(pa.Table.from_pylist(rows, self.schemas[name]))
            rows.clear()

    def close(self) -> None:
        self.flush()
        for writer in self.writers.values():
            writer.close()

    def paths(self) -> list[str]:
        return list(self.files.values())


class HtmlWriter(Writer):
    """One self-contained HTML report of all the documents (pressparse.io.report)."""

    needs_text = True

    def __init__(self, path: str | None, stream: IO[str]):
        try:
            from .report import render_report
        except ImportError:
            raise ValueError("HTML output is not available in this installation") from None
        super().__init__(path)
        self.render, self.stream, self.items = render_report, stream, []

    def write(self, result: dict[str, Any], *, keep_text: bool = False) -> None:
        from ..result import Document

        doc = Document.from_dict(result)
        text = doc.text or ""
        if not keep_text:
            doc = replace(doc, text=None)
        self.items.append((doc, text))

    def close(self) -> None:
        self.stream.write(self.render(self.items))
        close_stream(self.stream)


def open_writer(
    output: str | None, format: str, *, flat: bool = False, append: bool = False,
    stdout: IO[str] | None = None,
) -> Writer:
    """The writer of ``format`` into ``output`` (None: standard output)."""
    if format == "parquet":
        if not output:
            raise ValueError("Parquet output needs a file: -o OUT.parquet")
        return ParquetWriter(output, flat=flat)
    if format == "jsonl":
        if output:
            return JsonlWriter(output, append=append).open()
        return JsonlWriter(None, stream=stdout or sys.stdout)
    if append:
        raise ValueError("--resume needs a JSON Lines output (-o OUT.jsonl)")
    encoding = "utf-8-sig" if format == "csv" else "utf-8"
    stream = open(output, "w", encoding=encoding, newline="") if output else (stdout or sys.stdout)
    return {"json": JsonWriter, "csv": CsvWriter, "html": HtmlWriter}[format](output, stream)


def open_failures(
    writer: Writer, output: str | None, format: str, errors: str | None, *, append: bool = False
) -> Writer:
    """Where failure records go: ``errors``, else a JSON Lines output, else next to it."""
    if errors:
        return JsonlWriter(errors, append=append)
    if format == "jsonl":
        return writer
    if output:
        stem = os.path.splitext(output)[0]
        return JsonlWriter(f"{stem}.errors.jsonl", append=append)
    return JsonlWriter(None, stream=sys.stderr)


def resume_ids(output: str | None, format: str, errors: str | None = None) -> set[str]:
    """Ids already written (results and failures); a torn last line is cut off first."""
    if format != "jsonl" or not output:
        raise ValueError("--resume needs a JSON Lines output (-o OUT.jsonl)")
    ids: set[str] = set()
    for path in (output, errors):
        if path and os.path.exists(path):
            ids.update(read_ids(path))
    return ids


def read_ids(path: str) -> set[str]:
    cut_torn_line(path)
    ids = set()
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            try:
                ids.add(json.loads(line)["id"])
            except (ValueError, KeyError, TypeError):
                continue
    return ids


def cut_torn_line(path: str) -> None:
    """Drop a last line that a killed run left unfinished (no newline at its end)."""
    with open(path, "r+b") as handle:
        size = handle.seek(0, os.SEEK_END)
        if not size:
            return
        block = 1 << 16
        end = size
        while end > 0:
            start = max(0, end - block)
            handle.seek(start)
            data = handle.read(end - start)
            if end == size and data.endswith(b"\n"):
                return
            cut = data.rfind(b"\n")
            if cut >= 0:
                handle.truncate(start + cut + 1)
                return
            end = start
        handle.truncate(0)


def close_stream(stream: IO[str]) -> None:
    if stream in (sys.stdout, sys.stderr):
        stream.flush()
    else:
        stream.close()
