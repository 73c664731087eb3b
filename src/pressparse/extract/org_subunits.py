"""Units named with the body they belong to, read as one organization:

- ``УУР МВД по Удмуртии``: a unit's abbreviation right before its body's mention;
- ``Межмуниципального отдела МВД России «Воткинский»``: a unit's quoted name after it;
- ``НГТУ НЭТИ``, ``Институт катализа СО РАН``: a trailing abbreviation that is part of the name;
- ``филиала ПАО «РусГидро» — «Саяно-Шушенская ГЭС»``: a branch with a name of its own;
- ``совет директоров компании``: a company's board.
"""

from __future__ import annotations

import re
from typing import Any

from .inflect import capitalize_first, fold, to_nominative
from .org_context import Candidate, best, name_key
from .token_index import token_index

# units of law-enforcement bodies written as an abbreviation before the body (``УУР МВД по ...``)
UNIT_EXPANSIONS = {
    "УУР": "Управление уголовного розыска",
    "ОУР": "Отдел уголовного розыска",
    "УЭБиПК": "Управление экономической безопасности и противодействия коррупции",
    "ОЭБиПК": "Отдел экономической безопасности и противодействия коррупции",
    "УНК": "Управление по контролю за оборотом наркотиков",
    "ОНК": "Отдел по контролю за оборотом наркотиков",
    "ЦПЭ": "Центр по противодействию экстремизму",
    "УГИБДД": "Управление Государственной инспекции безопасности дорожного движения",
}
# a regional branch of the Academy of Sciences: ``СО РАН``, ``УрО РАН``, ``ДВО РАН``
ACADEMY_BRANCHES = frozenset(("СО", "УрО", "ДВО"))
BOARDS = {("совет", "директор"): "Совет директоров", ("наблюдательный", "совет"): "Наблюдательный совет"}
# the words the rules start at, looked up in the document's token index instead of a scan
BOARD_STARTS = frozenset(first for first, _ in BOARDS)
UNIT_FOLDS = frozenset(unit.lower().replace("ё", "е") for unit in UNIT_EXPANSIONS)


def merge_subunits(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    merge_unit_abbreviations(analysis, groups)
    merge_quoted_units(analysis, groups)
    merge_trailing_abbreviations(analysis, groups)
    merge_named_branches(analysis, groups)


def owner_at(groups: dict[str, list[Candidate]], start: int) -> tuple[str, Candidate] | None:
    return next(((k, c) for k, cs in groups.items() for c in cs if c.start == start), None)


def only_mentions(groups: dict[str, list[Candidate]], key: str, text: str, word: str) -> bool:
    return all(text[c.start : c.stop] == word for c in groups[key])


def merge_unit_abbreviations(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    """``УУР МВД по Удмуртии`` is the criminal investigation department of that МВД."""
    text, tokens = analysis.text, analysis.tokens
    for i in token_index(analysis).with_fold(UNIT_FOLDS):
        token = tokens[i]
        unit = UNIT_EXPANSIONS.get(token.text)
        if unit is None or token.index + 1 >= len(tokens):
            continue
        body = owner_at(groups, tokens[token.index + 1].start)
        if body is None or body[1].kind != "federal_body" or text[token.stop : body[1].start] != " ":
            continue
        key, outer = body
        groups[key].remove(outer)
        if not groups[key]:
            del groups[key]
        for k in [k for k in groups if only_mentions(groups, k, text, token.text)]:
            del groups[k]  # ``УУР`` alone, taken for a name of its own
        written = text[token.start : outer.stop]
        name = f"{unit} {text[outer.start : outer.stop]}"
        groups.setdefault(name_key(name), []).append(
            Candidate(token.start, outer.stop, name, "federal_body", written, outer.place, key=name_key(name), rank=1))


def merge_quoted_units(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    """``Межмуниципального отдела МВД России «Воткинский»``: the adjective before the unit and its
    quoted name after it are the unit's name; the quoted word alone is no organization."""
    text, tokens = analysis.text, analysis.tokens
    for key in list(groups):
        for c in list(groups.get(key, ())):
            m = re.match(r"\s*«([^«»\n]{2,40})»", text[c.stop :])
            if m is None or c.kind != "federal_body" or "«" in c.name:
                continue
            quoted = m.group(1)
            first = analysis.token_at(c.start)
            lead = tokens[first.index - 1] if first is not None and first.index else None
            name = c.name
            start = c.start
            if lead is not None and lead.pos == "ADJ" and lead.text[:1].isupper() and lead.feats.get("Case") == first.feats.get("Case"):
                words = name.split(" ", 1)
                name = f"{to_nominative(analysis, [lead, first])}" + (f" {words[1]}" if len(words) > 1 else "")
                start = lead.start
            name = f"{capitalize_first(name)} «{quoted}»"
            stop = c.stop + m.end()
            for k in [k for k in groups if k != key and only_mentions(groups, k, text, quoted)]:
                del groups[k]
            groups[key].remove(c)
            if not groups[key]:
                del groups[key]
            groups.setdefault(name_key(name), []).append(
                Candidate(start, stop, name, c.kind, None, c.place, key=name_key(name), rank=1))


def merge_trailing_abbreviations(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    """``Новосибирский государственный технический университет НЭТИ`` where the text writes
    ``НГТУ НЭТИ``; ``Институт катализа СО РАН`` and ``ИК СО РАН`` are the institute's names."""

    text = analysis.text
    for key in list(groups):
        if key not in groups or key.startswith("body:"):
            continue  # a known organization after a name (``Института этнологии РАН``) is one of its own
        following = {k for c in groups[key] for k, cs in groups.items() if k != key
                     and any(p.stop == c.start - 1 and text[p.stop] == " " for p in cs)}
        for c in list(groups[key]):
            word = text[c.start : c.stop]
            if not word.isupper() or " " in word or not 2 <= len(word) <= 6:
                continue
            before = text[: c.start]
            for k, cs in groups.items():
                if k == key:
                    continue
                prev = next((p for p in cs if p.stop == c.start - 1 and before.endswith(" ")), None)
                if prev is None or not (any(text[o.start : o.stop].endswith(" " + word) for o in cs)
                                        or following == {k} and only_mentions(groups, key, text, word)
                                        and best(cs).kind == "education"):
                    continue  # ``НГТУ НЭТИ`` written whole, or ``ОПИ`` only ever after the one university
                prev.stop = c.stop  # ``... университет НЭТИ``: the written name goes on
                for o in cs:
                    if o.short_name and any(text[p.start : p.stop] == f"{o.short_name} {word}" for p in cs):
                        o.short_name = f"{o.short_name} {word}"  # ``НГТУ НЭТИ``
                old = best(cs).name
                if not old.endswith(" " + word):
                    for o in cs:
                        if o.name == old:
                            o.name = f"{old} {word}"
                groups[key].remove(c)
                break
        if not groups[key]:
            del groups[key]
    merge_academy_branches(analysis, groups)


def merge_academy_branches(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    """``СО РАН`` after an institute (``Институт катализа СО РАН``) or its initials (``ИК СО РАН``)
    is part of the institute's name, no mention of the Academy."""
    text, tokens = analysis.text, analysis.tokens
    institutes = [k for k, cs in groups.items() if any("институт" in fold(c.name) for c in cs)]
    for key in list(groups):
        for c in list(groups.get(key, ())):
            if text[c.start : c.stop] != "РАН":
                continue
            token = analysis.token_at(c.start)
            if token is None or token.index < 2 or tokens[token.index - 1].text not in ACADEMY_BRANCHES:
                continue
            lead = tokens[token.index - 2]
            owner = owner_ending(groups, institutes, lead.stop)
            if owner is not None:
                owner.stop = c.stop
            elif lead.text.isupper() and len(institutes) == 1 and initials_of(lead.text, groups[institutes[0]]):
                short = text[lead.start : c.stop]
                for k in [k for k in groups if k != key and only_mentions(groups, k, text, lead.text)]:
                    del groups[k]  # ``ИГ`` alone, taken for a name of its own
                for o in groups[institutes[0]]:
                    o.short_name = o.short_name or short
                groups[institutes[0]].append(Candidate(lead.start, c.stop, groups[institutes[0]][0].name,
                                                       groups[institutes[0]][0].kind, short, key=institutes[0], rank=9))
            else:
                continue
            groups[key].remove(c)
        if key in groups and not groups[key]:
            del groups[key]


def owner_ending(groups: dict[str, list[Candidate]], keys: list[str], stop: int) -> Candidate | None:
    return next((c for k in keys for c in groups[k] if c.stop == stop), None)


def initials_of(abbr: str, candidates: list[Candidate]) -> bool:
    """``ИК``: the first letters of ``Институт катализа`` (in the quotes of the name, if any)."""
    for c in candidates:
        name = c.name.split("«", 1)[1] if "«" in c.name else c.name
        words = [w for w in re.split(r"[\s«»]+", name) if w[:1].isalpha()]
        if len(words) >= len(abbr) and "".join(w[0] for w in words[: len(abbr)]).upper() == abbr.upper():
            return True
    return False


def merge_named_branches(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    """``филиала ПАО «РусГидро» — «Саяно-Шушенская ГЭС ...»``: the branch and its own name are one
    organization, named by both; the name alone (``Саяно-Шушенская ГЭС``) is its short name."""
    text = analysis.text
    for key in list(groups):
        for c in list(groups.get(key, ())):
            if not fold(c.name).startswith("филиал "):
                continue
            m = re.match(r"\s*—\s*«", text[c.stop :])
            if m is None:
                continue
            named = owner_at(groups, c.stop + m.end()) or owner_at(groups, c.stop + m.end() - 1)
            if named is None or named[0] == key:
                continue
            other_key, inner = named
            close = text.find("»", inner.stop - 1)
            stop = close + 1 if close != -1 and close - inner.stop <= 1 else inner.stop
            c.name = f"{c.name} — «{inner.name.strip('«»')}»"
            shorts = sorted((text[o.start : o.stop] for o in groups[other_key] if o is not inner), key=len)
            c.short_name = shorts[0] if shorts else None
            c.stop, c.rank = stop, min(c.rank, 1)
            for o in groups.pop(other_key):
                if o is not inner:
                    o.rank, o.name = 9, c.name
                    groups[key].append(o)


def add_boards(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    """``совет директоров компании`` (a reference to the text's company) is the company's board."""
    tokens = analysis.tokens
    for i in token_index(analysis).with_lemma(BOARD_STARTS):
        if i >= len(tokens) - 2:
            break
        token = tokens[i]
        board = BOARDS.get((token.lemma, tokens[token.index + 1].lemma))
        if board is None or not token.text.islower() and token.index != 0:
            continue
        prev = tokens[token.index - 1] if token.index else None
        if prev is not None and prev.pos == "NOUN" and token.feats.get("Case") == "Gen":
            continue  # ``председатель совета директоров АО ...``: a title, the company's
        company = owner_at(groups, tokens[token.index + 2].start)
        if company is None or company[1].kind != "company":
            continue
        key, ref = company
        name = f"{board} {ref.name}"
        groups[key].remove(ref)
        if not groups[key]:
            del groups[key]
        groups.setdefault(name_key(name), []).append(
            Candidate(token.start, ref.stop, name, "company", None, ref.place, key=name_key(name), rank=1))
