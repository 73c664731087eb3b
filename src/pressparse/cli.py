"""The ``pressparse`` command: one release or many in, JSON (or CSV, Parquet, HTML) out.

    pressparse release.txt                  pretty JSON of one release
    pressparse - < release.txt              standard input
    pressparse release.txt --compact        one line
    pressparse page.html                    an HTML page (its main text, title and date)
    pressparse DIR -o out.jsonl             a batch: every *.txt, *.html, *.htm under DIR
    pressparse a.txt b.txt feed.jsonl       a batch of files and JSON Lines records
    pressparse - --stdin-jsonl < feed.jsonl JSON Lines on standard input
    pressparse DIR -o out.jsonl --resume    go on where a killed run stopped
    pressparse schema                       the JSON Schema of the result

Several inputs, a folder, a JSON Lines file or ``--stdin-jsonl`` make a batch run. Exit status:
0 all documents parsed; 1 a batch finished but some documents failed (each is a failure record
``{"id", "error"}`` in the output or in --errors); 2 a usage or input error (one line on
stderr); 130 interrupted.
"""

from __future__ import annotations

import argparse
import os
import sys

EXIT_OK, EXIT_FAILED, EXIT_ERROR = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pressparse",
        description="Extract organizations, people and roles, dates, places, obligations and "
        "agreements from Russian press releases. 'pressparse schema' prints the JSON Schema.",
        epilog="Exit status: 0 ok, 1 some documents of a batch failed, 2 usage or input error.",
    )
    parser.add_argument(
        "inputs", nargs="+", metavar="INPUT",
        help="text or HTML files, folders, JSON Lines files, or - for standard input",
    )
    out = parser.add_argument_group("output")
    out.add_argument("-o", "--output", help="output file (default: standard output)")
    out.add_argument(
        "--format", choices=["jsonl", "json", "csv", "parquet", "html"],
        help="output format (default: from the -o extension; JSON for one document, "
        "JSON Lines for a batch)",
    )
    out.add_argument("--compact", action="store_true", help="one document's JSON on one line")
    out.add_argument("--with-text", action="store_true", help="fill each result's 'text' field")
    out.add_argument(
        "--flat", action="store_true",
        help="Parquet: one file per entity type (OUT.organizations.parquet, ...)",
    )
    out.add_argument("--errors", metavar="FILE", help="write failure records here (JSON Lines)")
    inp = parser.add_argument_group("input")
    inp.add_argument("--format-in", choices=["auto", "text", "html", "jsonl"], default="auto",
                     help="input format (default: from the extension; .html/.htm are pages)")
    inp.add_argument("--encoding", help="the input files' encoding (default: detect)")
    inp.add_argument("--published", help="publication date, ISO 8601 (overrides the dateline)")
    inp.add_argument("--id", help="the document id of a single input (default: the file name)")
    inp.add_argument("--glob", action="append", default=[], metavar="PATTERN",
                     help="file names to take from folders (repeatable; default: *.txt *.html *.htm)")
    inp.add_argument("--stdin-jsonl", action="store_true",
                     help="read standard input (-) as JSON Lines records")
    inp.add_argument("--text-field", default="text", help="JSON Lines field of the text")
    inp.add_argument("--id-field", default="id", help="JSON Lines field of the id")
    inp.add_argument("--published-field", default="published",
                     help="JSON Lines field of the publication date")
    run = parser.add_argument_group("batch run")
    run.add_argument("-j", "--jobs", type=int, metavar="N",
                     help="worker processes (default: all cores)")
    run.add_argument("--chunk-size", type=int, default=8, metavar="N",
                     help="documents sent to a worker at a time (default: 8)")
    run.add_argument("--unordered", action="store_true",
                     help="write results as they finish, not in input order")
    run.add_argument("--resume", action="store_true",
                     help="skip the ids already in the JSON Lines output and append the rest")
    run.add_argument("--doc-timeout", type=float, metavar="SECONDS",
                     help="time limit per document; one over it becomes a failure record")
    run.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from .pool import single_threaded_blas

    single_threaded_blas()  # before numpy loads: BLAS threads only slow the models down
    if argv[:1] == ["schema"]:
        from .schema import schema_json

        sys.stdout.write(schema_json())
        return EXIT_OK
    args = build_parser().parse_args(argv)
    try:
        return dispatch(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)  # no second error when Python flushes stdout
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except Exception as error:  # the user sees one line, never a traceback
        return fail(error)


def fail(error: BaseException | str) -> int:
    message = " ".join(str(error).split()) or type(error).__name__
    print(f"pressparse: error: {message}", file=sys.stderr)
    return EXIT_ERROR


def dispatch(args: argparse.Namespace) -> int:
    from .io.inputs import is_batch

    if args.published:
        from .extract.published import parse_published

        try:
            parse_published(args.published)
        except ValueError:
            return fail(f"--published {args.published!r}: not an ISO 8601 date")
    for name in args.inputs:
        if name != "-" and not os.path.exists(name):
            return fail(f"{name}: no such file or folder")
    if is_batch(args.inputs, stdin_jsonl=args.stdin_jsonl, format_in=args.format_in):
        if args.id:
            return fail("--id names a single document; a batch takes ids from the inputs")
        return run_batch(args)
    return run_single(args)


def run_single(args: argparse.Namespace) -> int:
    """One document: pretty JSON by default; any input error is a one-line exit 2."""
    from .batch import get_parser, parse_document
    from .io import write
    from .io.inputs import file_format
    from .io.read import InputError, decode

    (name,) = args.inputs
    try:
        if name == "-":
            if args.format_in == "html":
                return fail("HTML from standard input is not supported: give the page's file")
            source = decode(sys.stdin.buffer.read(), encoding=args.encoding, name="stdin")
            row = {"id": args.id or source.id, "text": source.text}
            warnings = list(source.warnings)
        else:
            row = {"id": args.id or os.path.basename(name), "path": name,
                   "encoding": args.encoding, "format": file_format(name, args.format_in)}
            warnings = []
        row["published"] = args.published
        format = write.output_format(args.output, args.format, default="json")
        doc = parse_document(row, get_parser(), with_text=args.with_text or format == "html")
    except InputError as error:
        return fail(error)
    if warnings:
        from dataclasses import replace

        doc = replace(doc, warnings=tuple(warnings) + doc.warnings)
    if format == "json":
        text = doc.to_json(indent=None if args.compact else 2) + "\n"
        if args.output:
            with open(args.output, "w", encoding="utf-8") as handle:
                handle.write(text)
        else:
            sys.stdout.write(text)
        return EXIT_OK
    writer = write.open_writer(args.output, format, flat=args.flat)
    writer.write(doc.to_dict(), keep_text=args.with_text)
    writer.close()
    return EXIT_OK


def run_batch(args: argparse.Namespace) -> int:
    from .batch import run
    from .io.inputs import Fields

    if args.jobs is not None and args.jobs < 1:
        return fail("--jobs must be at least 1")
    summary = run(
        args.inputs, args.output, format=args.format, jobs=args.jobs,
        chunk_size=args.chunk_size, ordered=not args.unordered, resume=args.resume,
        errors=args.errors, with_text=args.with_text, doc_timeout=args.doc_timeout,
        globs=args.glob, fields=Fields(args.text_field, args.id_field, args.published_field),
        format_in=args.format_in,
        encoding=args.encoding, published=args.published, flat=args.flat,
        progress=False if args.quiet else None,
    )
    if not args.quiet:
        line = (
            f"pressparse: {summary.ok} ok, {summary.failed} failed, {summary.skipped} skipped "
            f"in {summary.seconds:.1f} s ({summary.docs_per_second:.1f} docs/s), "
            f"peak worker memory {summary.peak_worker_rss_mb:.0f} MB"
        )
        if summary.failed and summary.errors_path:
            line += f"; failures in {summary.errors_path}"
        print(line, file=sys.stderr)
    return EXIT_FAILED if summary.failed else EXIT_OK
