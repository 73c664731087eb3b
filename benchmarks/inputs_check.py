"""Folder check of real inputs: every file gets its result or a clear reason, encodings agree.

Builds a folder in a temporary directory (nothing generated is committed): the fixture release
in UTF-8, UTF-8 with BOM, UTF-16, cp1251, KOI8-R, cp866 and Mac Cyrillic, two web pages, an
empty and a blank file, binary files, and a large text made of fixture paragraphs. Each is read
with ``read_path`` and parsed; results of the encoded copies must equal the UTF-8 one.

    python benchmarks/inputs_check.py                 # the large text is 5 MB
    python benchmarks/inputs_check.py --big-mb 0.5 --max-chars 200000
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from pressparse import Parser
from pressparse.io.read import InputError, complete, read_path

ROOT = Path(__file__).resolve().parent.parent
INPUTS = ROOT / "fixtures" / "inputs"
# copies that must give the same result as their UTF-8 original
SAME_AS = {
    "release.utf8bom.txt": "release.txt", "release.utf16.txt": "release.txt",
    "release.cp1251.txt": "release.txt", "release.mac_cyrillic.txt": "release.txt",
    "release-plain.koi8_r.txt": "release-plain.txt", "release-plain.cp866.txt": "release-plain.txt",
    "release.cp1251.html": "release.html",
}


def build(folder: Path, big_mb: float) -> None:
    for path in INPUTS.iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b" \n\n\t\n")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(1).randbytes(2000))
    (folder / "noise.txt").write_bytes(bytes(b for b in random.Random(2).randbytes(3000) if b))
    (folder / "english.txt").write_text("The regional government signed an agreement with the company.\n")
    paragraphs = [p for f in sorted((ROOT / "fixtures").glob("*.txt")) + [INPUTS / "release.txt"]
                  for p in f.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    size, parts, rng = int(big_mb * 1_000_000), [], random.Random(3)
    while size > 0:
        part = rng.choice(paragraphs) + "\n\n"
        parts.append(part)
        size -= len(part.encode("utf-8"))
    (folder / "big.txt").write_text("".join(parts), encoding="utf-8")


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--big-mb", type=float, default=5.0, help="size of the large text in MB")
    options.add_argument("--max-chars", type=int, default=None, help="Parser(max_chars=...)")
    args = options.parse_args()
    parser = Parser() if args.max_chars is None else Parser(max_chars=args.max_chars)
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        build(folder, args.big_mb)
        results = {}
        for path in sorted(folder.iterdir(), key=lambda p: (p.name == "big.txt", p.name)):
            started = time.perf_counter()
            try:
                source = read_path(path)
            except InputError as error:
                print(f"{path.name:28} refused  {error}")
                continue
            doc = complete(parser.parse(source.text, id=source.id, published=source.published), source)
            results[path.name] = doc
            counts = " ".join(f"{f[:3]}={len(getattr(doc, f))}" for f in
                              ("organizations", "people", "places", "dates", "agreements", "obligations"))
            seconds = time.perf_counter() - started
            print(f"{path.name:28} ok {len(source.text):>9} chars {seconds:7.2f}s  {counts}  warnings={list(doc.warnings)}")
        for copy, original in SAME_AS.items():
            a, b = results.get(copy), results.get(original)
            same = a is not None and b is not None and replace(a, id=None, warnings=()) == replace(b, id=None, warnings=())
            failures += not same
            print(f"{copy:28} {'same as' if same else 'DIFFERS from'} {original}")
        for name in ("image.png", "noise.txt"):
            if name in results:
                failures += 1
                print(f"{name}: expected a refusal")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:.0f} MB; {'FAILED' if failures else 'all as expected'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
