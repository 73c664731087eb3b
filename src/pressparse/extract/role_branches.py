"""A company's officer who also heads its branch: ``вице-президент — директор макрорегионального
филиала «Центр» компании X``: the vice-president is the company's, the director the branch's. A
title of the company's board (``вице-президент``, ``председатель правления``) dashed to a branch's
post goes to the company the branch belongs to."""

from __future__ import annotations

from typing import Any

from .role_lexicon import fold

# titles only a whole company has, not its branch
COMPANY_TITLES = frozenset({"президент", "вице-президент", "правления"})


def branch_parent(analysis: Any, title: str, branch_id: str, other_mention: Any, organizations: list[Any]) -> str | None:
    """The company a branch (``branch_id``) belongs to, for a company title; None if not one."""
    from .role_refs import references, referred

    words = fold(title).split()
    branch = next((o for o in organizations if o.id == branch_id), None)
    if not words or words[-1] not in COMPANY_TITLES or branch is None or "филиал" not in fold(branch.name).split():
        return None
    others = [o for o in organizations if o.id != branch_id and "филиал" not in fold(o.name).split()]
    inside = [o for o in others if o.name in branch.name
              or any(other_mention.start <= m.start < other_mention.end for m in o.mentions)]
    if inside:
        return inside[0].id
    tail = analysis.tokens_in(other_mention.start, other_mention.end)
    last = tail[-1] if tail else None
    if last is None or not last.text[:1].islower() or (ref := references().get(fold(last.lemma))) is None:
        return None
    return referred(analysis, ref, others, other_mention.start)
