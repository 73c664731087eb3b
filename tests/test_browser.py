"""The HTML report in a real headless Chromium: after its script ran, the tables and highlights hold.

Needs Debian's chromium (``apt-get install -y chromium``); skips where it is absent.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from conftest import FIXTURES
from pressparse.io.report import render_report
from test_report import SAMPLE, expected_keys, expected_rows, highlighted, read_page, sample_document

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed: apt-get install -y chromium")
RELEASE = FIXTURES / "inputs" / "release.txt"


def chromium(url: str, profile, *args: str) -> str:
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
        f"--user-data-dir={profile}", *args, url,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def batch(parser, tmp_path_factory):
    """A report of two releases: the fixture as parsed, and a hand-made result of every kind."""
    text = RELEASE.read_text(encoding="utf-8")
    items = [(parser.parse(text, id=RELEASE.name), text), (sample_document(), SAMPLE)]
    folder = tmp_path_factory.mktemp("report")
    path = folder / "report.html"
    path.write_text(render_report(items), encoding="utf-8")
    return items, path, folder


def test_rendered_dom_has_a_row_per_entity_and_a_highlight_per_mention(batch):
    items, path, folder = batch
    page = read_page(chromium(path.as_uri(), folder / "profile", "--dump-dom"))
    assert page.body_attrs.get("data-ready") == "1"  # the page's script ran
    assert page.rows == expected_rows(items[0][0], "d0") + expected_rows(items[1][0], "d1")
    found = highlighted(page)
    assert set(found) == expected_keys(items[0][0], "d0") | expected_keys(items[1][0], "d1")
    for n, (doc, text) in enumerate(items):
        for org in doc.organizations:
            for i, mention in enumerate(org.mentions):
                assert found[f"d{n}-{org.id}.m{i}"] == text[mention.start:mention.end]


@pytest.mark.parametrize("query", ["#d1-per1", "?click=d1-per1"], ids=["fragment", "click"])
def test_picking_a_person_highlights_the_mentions_and_the_row(batch, query):
    items, path, folder = batch
    page = read_page(chromium(path.as_uri() + query, folder / "profile", "--dump-dom"))
    assert page.body_attrs.get("data-picked") == "d1-per1"
    lit = [text for attrs, text in page.pieces if "hl" in attrs["class"].split()]
    # "Иван Кляйн", "Кляйн" and the role "мэр Томска" (two pieces: "мэр ", "Томска")
    assert "".join(lit) == "мэр ТомскаИван КляйнКляйн"
    assert int(page.body_attrs["data-picked-count"]) == len(lit)


def test_screenshot_renders(batch):
    items, path, folder = batch
    shot = folder / "shot.png"
    chromium(path.as_uri(), folder / "profile", f"--screenshot={shot}", "--window-size=1200,1600",
             "--hide-scrollbars")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
