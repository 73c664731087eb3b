"""Academic titles and statuses alone are no role (role_bare_titles.tsv): the gold of press16 04
(``академик РАН``), press19 02 (``профессор``) and press19 04 (``индивидуальный предприниматель``).
They are dropped after attaching, so a post before them still reaches the name
(``заведующий кафедрой ..., профессор X``). A teaching title whose phrase names its body is a post
(``профессор Университета Джорджа Вашингтона X``)."""

from __future__ import annotations

from functools import cache

from .role_lexicon import fold


@cache
def bare_titles() -> dict[str, bool]:
    """Folded title -> whether it is a post when its phrase names a body."""
    from .. import data

    return {fold(r["title"]): r.get("post") == "yes" for r in data.load_tsv("role_bare_titles")}


def bare_title(title: str, bodied: bool = False) -> bool:
    post = bare_titles().get(fold(title))
    return post is not None and not (post and bodied)
