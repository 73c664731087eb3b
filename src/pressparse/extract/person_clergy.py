"""Clergy named by one name: ``митрополит Рязанский и Михайловский Нектарий``, ``владыка Нектарий``,
``епископа Выборгского Игнатия``. A monastic name is often no dictionary name (``нектарий`` is a
noun), so the title before it, not the word, says it is a person; the see's adjectives between the
title and the name belong to the title (role_clergy)."""

from __future__ import annotations

import re
from typing import Any

from .names import Name, parses

# monastic titles and the forms of address used for them (``владыка``); a priest's rank
# (``протоиерей``) comes with a full name and is a rank (role_ranks.tsv), not here
TITLE = (r"(?:митрополит|архиепископ|епископ|патриарх|архимандрит|игумен|иеромонах|иеродиакон|"
         r"игумень|игуменья|игумения|схиигумен|владык)[а-яё]{0,3}")
SEE = r"[А-ЯЁ][а-яё]+(?:ий|ый|ой|ого|ому|им|ом)"
CLERGY = re.compile(rf"(?<![\w-])(?P<title>(?i:{TITLE}))\s+(?P<see>{SEE}(?:\s+и\s+{SEE})?\s+)?"
                    rf"(?P<name>[А-ЯЁ][а-яё]{{2,}})(?![\w-])(?!\s+[А-ЯЁ][а-яё])")


def clergy_names(analysis: Any) -> list[tuple[int, int, Name]]:
    """(start, stop, name) of every one-word clergy name after a monastic title."""
    out = []
    for m in CLERGY.finditer(analysis.norm):
        word = m.group("name")
        if see_adjective(word):
            continue  # ``епископ Рязанский``: the see alone, no name
        gender = "femn" if m.group("title").lower().startswith(("игумень", "игумени")) else "masc"  # ``игуменья``
        name = nominative(word, gender)
        out.append((m.start("name"), m.end("name"), Name(first=name, middle=None, last=None, gender=gender, text=name)))
    return out


def see_adjective(word: str) -> bool:
    """``Рязанский``, ``Выборгского``: an adjective no name reading has."""
    options = parses(word)
    return any(p.tag.POS == "ADJF" for p in options) and not any("Name" in p.tag for p in options)


def nominative(word: str, gender: str = "masc") -> str:
    """``Нектарием`` -> ``Нектарий``, ``Игнатия`` -> ``Игнатий``: a name first, else a noun of the gender."""
    options = [p for p in parses(word) if p.tag.POS == "NOUN" and gender in p.tag]
    named = [p for p in options if "Name" in p.tag]
    best = (named or options)[:1]
    return best[0].normal_form.capitalize() if best else word


def see_words(analysis: Any, start: int) -> tuple[int, int] | None:
    """The span of the title and see before a clergy name starting at ``start``, or None."""
    for m in CLERGY.finditer(analysis.norm, max(0, start - 80), start + 40):
        if m.start("name") == start:
            return m.start(), m.start("name")
    return None
