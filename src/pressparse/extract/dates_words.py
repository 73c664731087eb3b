"""The word tables of the dates layer, read once from ``data/dates_words.tsv``."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..data import load_tsv


@cache
def dates_words() -> dict[str, dict[str, str]]:
    """kind -> {form: value}, in file order (``month``, ``weekday``, ``day``, ``shift``...)."""
    words: dict[str, dict[str, str]] = {}
    for row in load_tsv("dates_words"):
        words.setdefault(row["kind"], {})[row["form"]] = row["value"]
    return words


@lru_cache(maxsize=65536)  # keyed by words: bounded
def lookup(kind: str, word: str) -> str | None:
    """The value of ``word`` of ``kind``; stems (months, ordinals...) match a word's start."""
    table = dates_words()[kind]
    word = word.lower().replace("ё", "е")
    if word in table:
        return table[word]
    for form, value in sorted(table.items(), key=lambda item: -len(item[0])):
        if re.match(form.replace("ё", "е"), word):
            return value
    return None


def alternation(kind: str) -> str:
    """The forms of ``kind`` as a regex alternation, longest first."""
    return "|".join(sorted(dates_words()[kind], key=len, reverse=True))
