"""``областной парламент``, ``региональный парламент``: a common noun for the legislature the text
names by its own name (``Законодательное Собрание Владимирской области``), not a body of its own."""

from __future__ import annotations

from typing import Any

from .inflect import fold
from .org_context import Candidate, best

GENERIC_HEADS = frozenset(("парламент",))
# committees and commissions are legislatures' parts: never the parliament itself
PART_WORDS = ("комитет", "комиссия", "постоянн", "фракция", "аппарат", "пресс-служба")


def merge_generic_parliaments(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    """A lower-case ``(областной) парламент`` group joins the text's one legislature of its place
    (or its one legislature at all)."""
    for key in list(groups):
        cs = groups.get(key)
        if not cs or not all(generic(analysis.text[c.start : c.stop]) for c in cs):
            continue
        top = best(cs)
        owners = [k for k, others in groups.items() if k != key and others and own_name(best(others))]
        placed = [k for k in owners if best(groups[k]).place == top.place and top.place is not None]
        targets = placed or owners
        if len(targets) == 1:
            for c in groups.pop(key):
                c.rank, c.short_name = 9, None
                groups[targets[0]].append(c)


def generic(text: str) -> bool:
    words = fold(text).split()
    return 1 <= len(words) <= 2 and text.islower() and words[-1].startswith(("парламент",))


def own_name(c: Candidate) -> bool:
    name = fold(c.name)
    return c.kind == "legislature" and not name.startswith(PART_WORDS) and not name.startswith("парламент")
