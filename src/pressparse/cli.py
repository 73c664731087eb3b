"""The ``pressparse`` command: one release in, its JSON result out.

    pressparse release.txt            pretty JSON
    pressparse - < release.txt        standard input
    pressparse release.txt --compact  one line
    pressparse schema                 the JSON Schema of the result
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace

EXIT_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pressparse",
        description="Extract organizations, people and roles, dates, places, obligations and "
        "agreements from a Russian press release. 'pressparse schema' prints the JSON Schema.",
    )
    parser.add_argument("input", help="a text file, or - for standard input")
    parser.add_argument("--compact", action="store_true", help="print the JSON on one line")
    parser.add_argument("--encoding", help="the input's encoding (default: detect)")
    parser.add_argument("--published", help="publication date, ISO 8601 (overrides the dateline)")
    parser.add_argument("--id", help="the document id (default: the file name)")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["schema"]:
        from .schema import schema_json

        sys.stdout.write(schema_json())
        return 0
    args = build_parser().parse_args(argv)
    try:
        return run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # the user sees one line, never a traceback
        print(f"pressparse: error: {error}", file=sys.stderr)
        return EXIT_ERROR


def run(args: argparse.Namespace) -> int:
    from .io.read import InputError, Source, decode, read_path
    from .parser import Parser
    from .extract.published import parse_published

    try:
        if args.input == "-":
            source: Source = decode(sys.stdin.buffer.read(), encoding=args.encoding, name="stdin")
        else:
            source = read_path(args.input, encoding=args.encoding)
        published = parse_published(args.published) if args.published else None
    except (InputError, ValueError) as error:
        print(f"pressparse: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    doc = Parser().parse(source.text, id=args.id or source.id, published=published and args.published)
    if source.warnings:
        doc = replace(doc, warnings=tuple(source.warnings) + doc.warnings)
    sys.stdout.write(doc.to_json(indent=None if args.compact else 2) + "\n")
    return 0
