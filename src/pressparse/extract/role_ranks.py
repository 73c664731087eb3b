"""Ranks next to a position: ``начальник управления генерал-майор полиции Иван Иванов`` (the rank is
no role; the position reaches over it) and a service rank alone (``полковник полиции X``: no role)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .role_lexicon import fold
from .role_phrases import RolePhrase
from .role_verbs import gap

# ``полковник полиции X``: a service rank alone is no position (``капитан морского порта`` is one)
RANK_ONLY = re.compile(r"(?:(?:старший|младший)\s+)?(?:генерал(?:-майор|-лейтенант|-полковник)?|маршал|"
                       r"(?:вице-|контр-)?адмирал|(?:под)?полковник|майор|капитан|лейтенант|прапорщик|старшина|"
                       r"сержант|(?:действительный\s+)?(?:государственный\s+)?советник\s+юстиции)"
                       r"(?:\s+(?:полиции|юстиции|милиции|авиации|запаса|(?:внутренней|медицинской|таможенной|"
                       r"налоговой)\s+службы|в\s+отставке|[1-3](?:-го)?\s+(?:класса|ранга)))*$")


DASH = re.compile(r"\s+—\s+")


@cache
def ranks() -> tuple[str, ...]:
    from .. import data

    return tuple(fold(r["rank"]) for r in data.load_tsv("role_ranks"))


def is_rank(phrase: RolePhrase) -> bool:
    title = fold(phrase.title)
    return any(title == r or title.startswith(r + " ") for r in ranks())


def absorb_ranks(analysis: Any, phrases: list[RolePhrase]) -> list[RolePhrase]:
    """``начальник управления генерал-майор полиции Иван Иванов``: the rank between a position and
    the name is no role; the position reaches over it to the name."""
    out: list[RolePhrase] = []
    for phrase in phrases:
        prev = out[-1] if out else None
        text = gap(analysis, prev.stop, phrase.start) if prev else "\0"
        if prev and is_rank(phrase) and not is_rank(prev) and (
                text in ("", "\0") or text.isspace() and "\n" not in text
                or DASH.fullmatch(text) and phrase.case == prev.case):  # \0: inside the tail
            # ``нового начальника управления — полковника полиции X``: a rank in apposition, same case
            prev.stop, prev.last = max(prev.stop, phrase.stop), max(prev.last, phrase.last)
            continue
        out.append(phrase)
    return out
