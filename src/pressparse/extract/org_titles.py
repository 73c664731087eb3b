"""A generic body title with its quoted proper name: ``Главное управление «Государственная
жилищная инспекция ...»`` is one organization, not a bare ``Главное управление`` beside the
quoted name; later bare ``Главного управления`` mentions join it."""

from __future__ import annotations

from typing import Any

from .org_context import Candidate

# heads of a title a quoted proper name follows
TITLE_HEADS = frozenset("управление департамент агентство центр учреждение дирекция".split())


def join_quoted_titles(analysis: Any, candidates: list[Candidate]) -> list[Candidate]:
    """Each title candidate followed by `` «...»`` holding another candidate becomes one with it."""
    by_start = {c.start: c for c in candidates if not c.nested}
    joined: dict[str, str] = {}  # the title's key -> the joined name's key
    drop: set[int] = set()
    for c in candidates:
        d = by_start.get(c.stop + 2)
        if d is None or c.nested or "«" in c.name or len(c.name.split()) > 3 or not title_head(analysis, c) \
                or not nominative(analysis, d):
            continue
        if analysis.norm[c.stop : c.stop + 2] != " «" or analysis.norm[d.stop : d.stop + 1] != "»":
            continue
        c.name = f"{c.name} «{analysis.text[d.start : d.stop]}»"
        c.stop, c.kind, c.place, c.rank = d.stop + 1, d.kind, d.place or c.place, min(c.rank, d.rank)
        joined.setdefault(c.key, d.key)
        c.key = d.key
        drop.add(id(d))
    for c in candidates:
        if id(c) not in drop and c.key in joined and "«" not in c.name:
            c.key = joined[c.key]  # a later bare ``Главного управления``
    return [c for c in candidates if id(c) not in drop]


def title_head(analysis: Any, c: Candidate) -> bool:
    tokens = analysis.tokens_in(c.start, c.stop)
    return bool(tokens) and tokens[-1].lemma in TITLE_HEADS and all(t.pos in ("ADJ", "NOUN") for t in tokens)


def nominative(analysis: Any, d: Candidate) -> bool:
    """The quoted proper name stands in the nominative; ``службе «Голоса Америки»`` names an owner."""
    head = next((t for t in analysis.tokens_in(d.start, d.stop) if t.pos in ("NOUN", "PROPN")), None)
    return head is not None and head.feats.get("Case") in ("Nom", None)
