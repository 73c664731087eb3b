"""A body's ad hoc panel (``Конкурсная комиссия министерства ...``) is no organization; the body
inside its name is one."""

from __future__ import annotations

from typing import Any

from .org_context import Candidate
from .org_words import PANEL_ADJECTIVES


def drop_panels(analysis: Any, candidates: list[Candidate]) -> list[Candidate]:
    """``Конкурсная комиссия министерства ...``: a body's ad hoc panel is no organization; the body
    inside its name is one, on its own."""
    panels = [c for c in candidates if is_panel(analysis, c)]
    for c in candidates:
        if c.nested and any(p.start <= c.start and c.stop <= p.stop for p in panels):
            c.nested = False
    dropped = {id(p) for p in panels}
    return [c for c in candidates if id(c) not in dropped]


def is_panel(analysis: Any, c: Candidate) -> bool:
    """Does ``c`` start at ``комиссия`` right after a panel's adjective, or at that adjective?"""
    first = analysis.token_at(c.start)
    if first is None or first.index + 1 >= len(analysis.tokens):
        return False
    if first.lemma in PANEL_ADJECTIVES:
        return analysis.tokens[first.index + 1].lemma == "комиссия"
    return first.lemma == "комиссия" and first.index > 0 and analysis.tokens[first.index - 1].lemma in PANEL_ADJECTIVES
