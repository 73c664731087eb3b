"""Render the HTML report of a release and take a headless Chromium screenshot of it.

    python benchmarks/report_screenshot.py ../shared/press/kaliningrad-2017-06-08.txt docs/report.png

Needs Debian's chromium (apt-get install -y chromium). The text is read, never copied.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from pressparse import Parser
from pressparse.io.read import complete, read_path
from pressparse.io.report import render_report


def main(source_path: str, png: str, width: int = 1200, height: int = 3200) -> None:
    source = read_path(source_path)
    doc = complete(Parser().parse(source.text, id=source.id, published=source.published), source)
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(render_report([(doc, source.text)]), encoding="utf-8")
        chromium = shutil.which("chromium") or sys.exit("chromium not installed: apt-get install -y chromium")
        subprocess.run([
            chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
            f"--user-data-dir={tmp}/profile", f"--window-size={width},{height}",
            f"--screenshot={Path(png).resolve()}", page.as_uri(),
        ], check=True, capture_output=True, timeout=120)
    print(f"{png}: {Path(png).stat().st_size} bytes")


if __name__ == "__main__":
    main(*sys.argv[1:3])
