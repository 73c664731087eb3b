"""obligations layer (first version in progress)."""

from __future__ import annotations

from ..analysis import Analysis
from . import Found


def extract_obligations(analysis: Analysis, found: Found) -> list:
    return []
