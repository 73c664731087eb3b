"""National teams: ``сборная России``, ``российской сборной``, ``сборную Бразилии по футболу`` are
organizations named by their country (``Сборная России по футболу``)."""

from __future__ import annotations

from collections.abc import Iterator

from .inflect import genitive
from .org_context import Candidate, Context
from .org_units import complement_after
from .token_index import token_index


TEAMS = frozenset(("сборная",))


def find_teams(ctx: Context) -> Iterator[Candidate]:
    tokens = ctx.analysis.tokens
    for i in token_index(ctx.analysis).with_lemma(TEAMS):  # the tokens the lemma test below lets through
        token = tokens[i]
        if token.lemma != "сборная" or token.pos != "NOUN":
            continue
        start, country = token.start, None
        after = ctx.place_at.get(tokens[i + 1].start) if i + 1 < len(tokens) else None
        before = ctx.place_at.get(tokens[i - 1].start) if i > 0 else None
        if after is not None and after[1].kind == "country":
            stop, country = after
        elif before is not None and before[1].kind == "country" and before[0] == tokens[i - 1].stop \
                and tokens[i - 1].pos == "ADJ":
            start, stop, country = tokens[i - 1].start, token.stop, before[1]
        if country is None:
            continue
        end = complement_after(ctx.analysis, stop)
        sport = ctx.analysis.text[stop:end].strip()
        name = f"Сборная {genitive(country.name)}" + (f" {sport}" if sport else "")
        yield Candidate(start, end, name, "other", None, getattr(country, "id", None), rank=2)
