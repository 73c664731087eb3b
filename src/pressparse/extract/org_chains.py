"""A unit named by its district and then by its parent's territorial branch: ``следственный отдел
по Кировскому району г. Астрахань СУ СК России по Астраханской области``, ``отделение судебных
приставов по Центральному району УФССП России по Забайкальскому краю`` is one name, as written."""

from __future__ import annotations

import re
from typing import Any

from .inflect import capitalize_first
from .org_context import Candidate, name_key

UNIT_NOUNS = frozenset("отдел отделение инспекция пункт группа".split())
# a company's sub-unit known by a quoted name: ``макрорегиона «Центр» АО «Почта России»``
QUOTED_UNITS = frozenset("макрорегион филиал дивизион подразделение дирекция отделение".split())


def join_parent_branches(analysis: Any, candidates: list[Candidate]) -> list[Candidate]:
    """Each district unit followed right away by its parent branch (an abbreviation ``по`` a
    region) takes the parent into its name; the parent is no mention of its own there."""
    by_start = {c.start: c for c in candidates if not c.nested}
    dropped: set[int] = set()
    for c in sorted(candidates, key=lambda c: c.start):
        if id(c) in dropped or " по " not in c.name or analysis.text[c.stop : c.stop + 1] != " ":
            continue
        parent = by_start.get(c.stop + 1)
        if parent is None or not (abbreviated_branch(analysis.text[parent.start : parent.stop])
                                  or genitive_office(analysis, parent)):
            continue
        first = analysis.token_at(c.start)
        if first is None or first.lemma not in UNIT_NOUNS and not any(
                t.lemma in UNIT_NOUNS for t in analysis.tokens[first.index + 1 : first.index + 3]):
            continue
        c.name = f"{c.name} {analysis.text[parent.start : parent.stop]}"
        c.key, c.stop = name_key(c.name), parent.stop
        dropped.add(id(parent))
    return [c for c in candidates if id(c) not in dropped]


def join_coded_units(analysis: Any, candidates: list[Candidate]) -> list[Candidate]:
    """``ФКУ ИК-5 УФСИН России по Республике Мордовия``: an institution known by a legal form and a
    numbered code (``ИК-5``, ``СИЗО-1``) before its parent branch is one name, as written."""
    if not CODE_DASH.search(analysis.norm):
        return candidates  # no ``-5`` anywhere: one literal search instead of a pattern tried at every offset
    from .org_ner import is_legal_form

    by_start = {c.start: c for c in candidates if not c.nested}
    for m in CODED.finditer(analysis.norm):  # rare: a text scan, not a token loop
        form = m.group(1)
        parent = by_start.get(m.end() + 1)
        if parent is None or not is_legal_form(form) or not abbreviated_branch(analysis.text[parent.start : parent.stop]):
            continue
        parent.name = analysis.text[m.start() : parent.stop]
        parent.start, parent.key, parent.kind, parent.short_name = m.start(), name_key(parent.name), "other", None
    return candidates


CODED = re.compile(r"\b([А-ЯЁ]{2,6}) ([А-ЯЁ]{2,5}-\d{1,3})\b")
CODE_DASH = re.compile(r"-\d")  # what every CODED match holds, found by a literal search


# ``отдела … по Самарской области Средне-Поволжского управления Ростехнадзора``: a parent office in the genitive
OFFICE_NOUNS = frozenset("управление департамент".split())


def genitive_office(analysis: Any, parent: Candidate) -> bool:
    """Does the parent's mention open (after at most one adjective) with an office noun in the genitive?"""
    tokens = analysis.tokens_in(parent.start, parent.stop)[:2]
    return analysis.text[parent.start : parent.start + 1].isupper() and any(
        t.lemma in OFFICE_NOUNS and t.feats.get("Case") == "Gen" for t in tokens)


def abbreviated_branch(written: str) -> bool:
    """``СУ СК России по Астраханской области``, ``УФССП России по ...``: a branch written short."""
    first = written.split(" ", 1)[0]
    return " по " in written and len(first) >= 2 and first.isupper()


def join_quoted_units(analysis: Any, candidates: list[Candidate]) -> list[Candidate]:
    """``макрорегиона «Центр» АО «Почта России»``: a quoted name after a sub-unit noun and before
    its company is that company's unit, named with it; the company is no mention of its own there."""
    text = analysis.text
    by_start = {c.start: c for c in candidates if not c.nested}
    dropped: set[int] = set()
    for c in candidates:
        if text[c.start - 1 : c.start] == "«" and text[c.stop : c.stop + 2] == "» " and "«" not in c.name:
            inner = analysis.token_at(c.start)
            noun = analysis.tokens[inner.index - 2] if inner is not None and inner.index >= 2 else None
            after, name = c.stop + 2, f"«{c.name}»"
        elif text[c.stop - 1 : c.stop + 1] == "» " and text[c.start : c.stop].count("«") == 1:
            noun, after, name = analysis.token_at(c.start), c.stop + 1, text[text.index("«", c.start) : c.stop]
        else:
            continue
        parent = by_start.get(after)
        if parent is None or noun is None or noun.lemma not in QUOTED_UNITS or not noun.text.islower() \
                or parent.kind != "company" or "«" not in parent.name or id(parent) in dropped:
            continue
        c.name = f"{capitalize_first(noun.lemma)} {name} {parent.name}"
        c.start, c.stop, c.key, c.kind = noun.start, parent.stop, name_key(c.name), "other"
        dropped.add(id(parent))
    return [c for c in candidates if id(c) not in dropped]
