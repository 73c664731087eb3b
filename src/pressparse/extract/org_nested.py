"""Bodies named only inside another organization's name: ``БелТПП`` in ``Могилевского отделения
БелТПП``, ``управления Тульской области`` in ``министерству ... открытого управления Тульской области``.

A parent written inside its sub-unit's name is no organization of its own (the press gold's rule,
press15/01, press16/05): it is one when the text also names it on its own. The gold is split on a
city's administration or a quoted company named inside a unit's name (shared/13, press3/02,
press9/08, press15/12 list them; press16/05, press18/09-10 do not), so those stay, and so does a
body the gazetteer knows (``лаборатории Казанского федерального университета``: the university is one).
"""

from __future__ import annotations

from .org_context import Candidate, best

# heads of the parents the gold lists even when named only inside a unit's name
KEPT_HEADS = ("Администрация", "Мэрия")


def drop_nested(groups: dict[str, list[Candidate]]) -> dict[str, list[Candidate]]:
    """The groups with a mention outside every other group's mentions."""
    spans = {k: [(c.start, c.stop) for c in cs] for k, cs in groups.items()}
    kept = {}
    for key, cs in groups.items():
        others = [s for k, ss in spans.items() if k != key for s in ss]
        if cs and not key.startswith("body:") and not kept_inside(cs) and all(
                any(a <= c.start and c.stop <= b and (a, b) != (c.start, c.stop) for a, b in others) for c in cs):
            continue
        kept[key] = cs
    return kept


def kept_inside(cs: list[Candidate]) -> bool:
    """A city's administration or a quoted company: listed by the gold wherever it is named."""

    name = best(cs).name
    return "«" in name or name.startswith(KEPT_HEADS)
