"""Enumerate the documents of a batch run as rows, lazily: files, folders, JSON Lines, stdin.

A row is a small dict that a worker turns into a result (``pressparse.batch.parse_partition``):

    {"id": "sub/a.txt", "path": "/data/sub/a.txt", "format": "text"}   # read in the worker
    {"id": "r17", "text": "...", "published": "2024-05-05"}             # a JSON Lines record
    {"id": "feed.jsonl:3", "error": "line 3: not JSON"}                 # fails as it is

Files are read in the worker (through ``pressparse.io.read.read_path``) so that decoding runs in
parallel and a file that cannot be decoded becomes a failure record, not a stopped run.

Ids: a file inside a folder given -> its path relative to that folder (``sub/a.txt``, ``/``
separators); a file given by name -> the name as given; a JSON Lines record -> its id field,
else ``FILE:LINE`` (``-:LINE`` for standard input).
"""

from __future__ import annotations

import fnmatch
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

# what a folder walk picks up when no --glob is given; JSON Lines files inside folders are
# left out by default because output files (out.jsonl) often sit next to the inputs
DEFAULT_GLOBS = ("*.txt", "*.html", "*.htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm")
FORMATS_IN = ("auto", "text", "html", "jsonl")


@dataclass(frozen=True, slots=True)
class Fields:
    """Names of the JSON Lines fields that hold the text, the id and the publication date."""

    text: str = "text"
    id: str = "id"
    published: str = "published"


def is_batch(inputs: list[str], *, stdin_jsonl: bool = False, format_in: str = "auto") -> bool:
    """Several inputs, a folder, a JSON Lines file or JSON Lines on stdin mean a batch run."""
    if len(inputs) != 1 or stdin_jsonl or format_in == "jsonl":
        return True
    (name,) = inputs
    return name != "-" and (os.path.isdir(name) or name.lower().endswith(JSONL_SUFFIXES))


def iter_rows(
    inputs: Iterable[str],
    *,
    globs: Iterable[str] = (),
    fields: Fields = Fields(),
    format_in: str = "auto",
    encoding: str | None = None,
    published: str | None = None,
    stdin: IO[bytes] | None = None,
    exclude: Iterable[str | Path] = (),
) -> Iterator[dict[str, Any]]:
    """Yield one row per document of ``inputs`` in a stable order, never holding them all.

    ``-`` is standard input as JSON Lines. ``published`` (ISO) is the default publication date
    of every row that does not carry its own. ``exclude``: paths never read (the run's outputs).
    """
    globs = tuple(globs) or DEFAULT_GLOBS
    skip = {os.path.realpath(p) for p in exclude}
    for name in inputs:
        if name == "-":
            rows = jsonl_rows(stdin or sys.stdin.buffer, "-", fields)
        elif os.path.isdir(name):
            rows = folder_rows(name, globs, format_in, skip, fields)
        elif format_in == "jsonl" or (format_in == "auto" and name.lower().endswith(JSONL_SUFFIXES)):
            rows = file_jsonl_rows(name, fields)
        else:
            rows = iter([file_row(name, name, format_in)])
        for row in rows:
            if encoding and "path" in row:
                row["encoding"] = encoding
            if published and not row.get("published"):
                row["published"] = published
            yield row


def file_row(path: str | Path, id: str, format_in: str = "auto") -> dict[str, Any]:
    return {"id": id, "path": str(path), "format": file_format(str(path), format_in)}


def file_format(path: str, format_in: str = "auto") -> str:
    if format_in in ("text", "html"):
        return format_in
    return "html" if path.lower().endswith(HTML_SUFFIXES) else "text"


def folder_rows(
    root: str, globs: tuple[str, ...], format_in: str, skip: set[str], fields: Fields = Fields()
) -> Iterator[dict]:
    """Files under ``root`` matching ``globs``, depth first, names sorted in each folder."""
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            if not any(fnmatch.fnmatch(name, g) for g in globs):
                continue
            path = os.path.join(folder, name)
            if os.path.realpath(path) in skip:
                continue
            id = Path(os.path.relpath(path, root)).as_posix()
            if format_in in ("auto", "jsonl") and name.lower().endswith(JSONL_SUFFIXES):
                yield from file_jsonl_rows(path, fields, prefix=id)
            else:
                yield file_row(path, id, format_in)


def file_jsonl_rows(path: str, fields: Fields, prefix: str | None = None) -> Iterator[dict]:
    try:
        handle = open(path, "rb")
    except OSError as error:
        yield {"id": prefix or path, "error": f"cannot read: {error.strerror or error}"}
        return
    with handle:
        yield from jsonl_rows(handle, prefix or path, fields)


def jsonl_rows(handle: IO[bytes], name: str, fields: Fields) -> Iterator[dict]:
    """One row per non-blank line; a line that is not a JSON object fails on its own."""
    for number, line in enumerate(handle, 1):
        if not line.strip():
            continue
        fallback = f"{name}:{number}"
        try:
            record = json.loads(line)
        except (ValueError, UnicodeDecodeError) as error:
            yield {"id": fallback, "error": f"line {number}: not JSON: {one_line(error)}"}
            continue
        if not isinstance(record, dict):
            yield {"id": fallback, "error": f"line {number}: not a JSON object"}
            continue
        id = record.get(fields.id)
        row: dict[str, Any] = {"id": fallback if id is None else str(id)}
        text = record.get(fields.text)
        if not isinstance(text, str):
            row["error"] = f"line {number}: no text in field {fields.text!r}"
        else:
            row["text"] = text
        if record.get(fields.published) is not None:
            row["published"] = str(record[fields.published])
        yield row


def one_line(error: BaseException | str) -> str:
    """An error as one short line for a failure record."""
    text = " ".join(str(error).split())
    if not text and isinstance(error, BaseException):
        text = type(error).__name__
    return text[:500]
