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
        close = quote_end(analysis, d.stop)
        if analysis.norm[c.stop : c.stop + 2] != " «" or close is None:
            continue
        c.name = f"{c.name} «{analysis.text[d.start : close]}»"
        c.stop, c.kind, c.place, c.rank = close + 1, d.kind, d.place or c.place, min(c.rank, d.rank)
        joined.setdefault(c.key, d.key)
        c.key = d.key
        # ``«Институт катализа ... Сибирского отделения Российской академии наук»``: the owner named
        # inside the quoted name is no mention of its own there
        drop.update(id(e) for e in candidates if d.start <= e.start and e.stop <= close)
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


def quote_end(analysis: Any, stop: int) -> int | None:
    """Offset of the ``»`` closing the quote a candidate ending at ``stop`` opens: right there, or
    after a genitive tail of the name (no verb, no other quote, no line break)."""
    norm = analysis.norm
    if norm[stop : stop + 1] == "»":
        return stop
    close = norm.find("»", stop, stop + 90)
    if close < 0 or any(ch in norm[stop:close] for ch in "«\n.;") and "им." not in norm[stop:close]:
        return None
    tail = analysis.tokens_in(stop, close)
    if not tail or any(t.pos in ("VERB", "AUX", "PRON", "SCONJ") for t in tail) or tail[0].feats.get("Case") not in ("Gen", None):
        return None
    return close
