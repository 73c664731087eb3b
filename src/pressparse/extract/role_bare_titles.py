"""Academic titles and statuses alone are no role (role_bare_titles.tsv): the gold of press16 04
(``академик РАН``), press19 02 (``профессор``) and press19 04 (``индивидуальный предприниматель``).
They are dropped after attaching, so a post before them still reaches the name
(``заведующий кафедрой ..., профессор X``)."""

from __future__ import annotations

from functools import cache

from .role_lexicon import fold


@cache
def bare_titles() -> frozenset[str]:
    from .. import data

    return frozenset(fold(r["title"]) for r in data.load_tsv("role_bare_titles"))


def bare_title(title: str) -> bool:
    return fold(title) in bare_titles()
