"""Models load once per test session; every layer's tests share these fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


@pytest.fixture(scope="session")
def parser():
    from pressparse import Parser

    return Parser(strict=True)


@pytest.fixture(scope="session")
def analyze_text():
    """text -> Analysis, with the shared models."""
    from pressparse.analysis import analyze, load_models

    models = load_models()
    return lambda text: analyze(text, models)
