"""Rosstat's regional offices by their own short names: ``Краснодарстата``, ``Петростат``,
``руководитель Свердловскстата``. The name is no person's and no city's: it is the office
``Управление Федеральной службы государственной статистики по <the subjects it serves>`` (one subject:
``Территориальный орган ...``)
(``data/stat_offices.tsv``), and the bare ``Росстат`` of such a text is the federal service itself."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .inflect import fold
from .org_context import Candidate, Context

HEAD = " Федеральной службы государственной статистики по "
STAT_HINT = re.compile(r"[А-ЯЁ][а-яё-]*стат")
WRITTEN_OUT = re.compile(r"[Уу]правлени\w* Федеральной службы государственной статистики по ")
ENDINGS = ("", "а", "у", "ом", "е")  # ``Краснодарстат``, ``-стата``, ``-стату``, ``-статом``, ``-стате``


@cache
def stat_offices() -> dict[str, tuple[str, str]]:
    """Every written form (folded) -> (short name, official name)."""
    from ..data import load_tsv

    forms = {}
    for row in load_tsv("stat_offices"):
        short, coverage = row["short"].strip(), row["coverage"].strip()
        # one subject: a ``Территориальный орган`` (Смоленскстат); several since the mergers: an ``Управление``
        office = row.get("office", "").strip() or ("Управление" if " и " in coverage or "," in coverage else "Территориальный орган")
        for ending in ENDINGS:
            forms[fold(short + ending)] = (short, office + HEAD + coverage)
    return forms


def find_stat_offices(ctx: Context) -> Iterator[Candidate]:
    if "стат" not in ctx.analysis.text or not STAT_HINT.search(ctx.analysis.text):  # most texts: skip the token loop
        return
    table = stat_offices()
    for token in ctx.analysis.tokens:
        if token.text[:1].isupper() and "стат" in token.text and (hit := table.get(fold(token.text))):
            short, name = hit
            if name.startswith("Территориальный орган ") and WRITTEN_OUT.search(ctx.analysis.text):
                name = "Управление" + name[len("Территориальный орган") :]  # the office as the text writes it out
            yield Candidate(token.start, token.stop, name, "federal_body", short, rank=1)


def own_short(candidates: list[Candidate]) -> bool:
    """An office known by a -стат name of its own: a bare ``Росстат`` beside it is the service."""
    table = stat_offices()
    return any(c.short_name and fold(c.short_name) in table for c in candidates)
