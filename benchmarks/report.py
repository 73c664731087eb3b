"""Assemble docs/benchmarks.md from the Markdown that quality.py and speed.py wrote.

Usage::

    python benchmarks/report.py --quality /tmp/q-factrueval.md /tmp/q-nerel.md /tmp/q-press.md \\
        --speed /tmp/speed.md --intro benchmarks/intro.md \\
        --commands "python benchmarks/quality.py ..." "python benchmarks/speed.py ..." \\
        [--out docs/benchmarks.md]

``--intro`` is a Markdown file with the prose (method notes, reading of the numbers) placed
between the header and the tables; ``--appendix`` files (measurements made by other scripts or
by hand, each with its own command and date: benchmarks/appendix/*.md) go last, as written.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
from datetime import datetime, timezone
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path


def package_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, {platform.system()} {platform.release()}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quality", type=Path, nargs="+", required=True, help="quality.py --markdown files, in order")
    ap.add_argument("--speed", type=Path)
    ap.add_argument("--commands", nargs="*", default=[])
    ap.add_argument("--summary", type=Path, help="Markdown with the headline numbers, placed first")
    ap.add_argument("--intro", type=Path)
    ap.add_argument("--appendix", type=Path, nargs="*", default=[], help="Markdown sections placed last, as written")
    ap.add_argument("--out", type=Path, default=Path("docs/benchmarks.md"))
    args = ap.parse_args(argv)

    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    versions = ", ".join(f"{n} {package_version(n)}" for n in ("pressparse", "natasha", "slovnet", "pymorphy3", "pullenti"))
    lines = [
        "# Benchmarks",
        "",
        f"Measured {now} on {machine()}; {versions}.",
        "",
        "Commands (from the repository root; `../shared` holds the evaluation data, which is not part of the project):",
        "",
        "```sh",
        *args.commands,
        "```",
        "",
    ]
    if args.summary:
        lines += ["## Headline", "", args.summary.read_text(encoding="utf-8").strip(), ""]
    if args.intro:
        lines += [args.intro.read_text(encoding="utf-8").strip(), ""]
    lines += ["## Quality", ""]
    for path in args.quality:
        lines += [path.read_text(encoding="utf-8").strip(), ""]
    if args.speed:
        lines += ["## Speed and memory", "", args.speed.read_text(encoding="utf-8").strip(), ""]
    for path in args.appendix:
        lines += [path.read_text(encoding="utf-8").strip(), ""]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
