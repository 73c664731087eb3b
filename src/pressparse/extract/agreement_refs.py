"""Sides of an agreement told by a descriptive noun (``соглашение между вузом и комбинатом``,
``управление и банк заключили``): the one organization of that sort named before (role_refs.tsv),
the same reading the role layer gives ``директор комбината``."""

from __future__ import annotations

from .clauses import Syntax


def described_sides(syntax: Syntax, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, organization id) for each reference noun between ``start`` and ``end`` outside any
    named entity that stands for one organization named before it."""
    from .role_lexicon import fold
    from .role_refs import referred, references

    organizations = list({e.id: e.record for e in syntax.entities if e.kind == "org"}.values())
    out = []
    for t in syntax.tokens:
        if t.start < start or t.stop > end or t.pos != "NOUN" or not t.text[:1].islower():
            continue
        if syntax.entity_at(t.start, t.stop, "org", "per") is not None:
            continue
        word = fold(t.lemma)
        ref = references().get(word)
        if ref is None:
            continue
        found = referred(syntax.analysis, ref, organizations, t.start, word)
        if found is not None:
            out.append((t.start, found))
    return out
