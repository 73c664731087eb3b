"""Names the rules found in pieces, and names shortened by their first words.

``Микрокредитная компания Хабаровский краевой фонд поддержки малого предпринимательства (МКК
ХКФПМП)``: the words its bracketed initials spell are one name, whatever pieces the rules took of
it. ``Счетная палата Липецкой области`` in a headline is the text's ``Контрольно-счетная палата
Липецкой области``, ``Фонд поддержки малого предпринимательства`` its ``... краевой фонд поддержки
малого предпринимательства``: a name that is the end of one other name, as that name writes it.
"""

from __future__ import annotations

import re
from typing import Any

from .inflect import fold, stem, to_nominative
from .org_context import Candidate, best, name_key

INITIALS = re.compile(r"\(([А-ЯЁ]{2,8}(?: [А-ЯЁ]{2,8}){0,2})\)")
# words an abbreviation may leave out: ``Фонд развития промышленности`` is ``ФРП``, ``по делам`` often no letter
FUNCTION_WORDS = frozenset("и по в во при для на с со".split())
QUOTES = frozenset("«»")


def join_initials(analysis: Any, candidates: list[Candidate]) -> list[Candidate]:
    """The words before ``(МКК ХКФПМП)`` whose initials it spells are one organization when the
    rules found pieces of them: the pieces give way to the whole name."""
    for m in INITIALS.finditer(analysis.norm):  # rare: a text scan, not a token loop
        letters = m.group(1).replace(" ", "")
        before = analysis.token_at(m.start() - 2) if m.start() >= 2 else None
        if before is None or before.stop > m.start():
            continue
        first = spelled_start(analysis.tokens, before.index, letters)
        if first is None:
            continue
        start, stop = analysis.tokens[first].start, before.stop
        inside = [c for c in candidates if not c.nested and start <= c.start and c.stop <= stop]
        crossing = [c for c in candidates if not c.nested and c.start < stop and start < c.stop and c not in inside]
        if not inside or crossing or any(c.start == start and c.stop == stop for c in inside):
            continue
        name = to_nominative(analysis, analysis.tokens[first : before.index + 1])
        top = min(inside, key=lambda c: c.rank)
        kind = next((c.kind for c in sorted(inside, key=lambda c: c.start) if c.kind != "other"), "other")
        place = next((c.place for c in inside if c.place), None)
        joined = Candidate(start, stop, name, kind, m.group(1), place, key=name_key(name), rank=top.rank)
        candidates = [c for c in candidates if c not in inside] + [joined]
    return candidates


def spelled_start(tokens: list[Any], last: int, letters: str) -> int | None:
    """Index of the first token of the words ending at ``last`` that ``letters`` spell: each word
    its initial (a hyphenated word one per part, a compound like ``Микрокредитная`` one or two),
    function words and quotes with or without theirs; three words or more, a capital first."""
    def walk(k: int, n: int, words: int) -> int | None:
        if n == 0:
            return k + 1 if words >= 3 and tokens[k + 1].text[:1].isupper() else None
        if k < 0 or tokens[k].sent != tokens[last].sent:
            return None
        text = tokens[k].text
        if text in QUOTES:
            return walk(k - 1, n, words)
        if not text[:1].isalpha():
            return None
        parts = [p[:1].upper() for p in text.split("-") if p]
        options = []
        if letters[n - len(parts) : n] == "".join(parts) and len(parts) <= n:
            options.append(len(parts))
        if len(parts) == 1 and n >= 2 and letters[n - 2] == parts[0] and letters[n - 1].lower() in text[3:].lower():
            options.append(2)  # ``Микрокредитная`` = ``МК``: a compound's second stem
        for used in options:
            found = walk(k - 1, n - used, words + 1)
            if found is not None:
                return found
        if fold(text) in FUNCTION_WORDS:
            return walk(k - 1, n, words)
        return None

    return walk(last, len(letters), 0)


def merge_name_tails(analysis: Any, groups: dict[str, list[Candidate]]) -> dict[str, list[Candidate]]:
    """A name of two words or more that ends one other name as that name writes it (the same words
    in the same forms, from a small letter on) is that organization: ``Счётная палата ...`` of
    ``Контрольно-счётная палата ...``, ``Фонд поддержки ...`` of ``... краевой фонд поддержки ...``.
    Not ``Правительство ...`` of ``Аппарат Правительства ...``: a genitive is another body; nor a
    name the text writes of one it only abbreviates (``Облизбирком``): the written name stays."""
    from .organizations import as_written, best

    names = {k: best(cs).name for k, cs in groups.items() if cs}
    for key in [k for k in names if ":" not in k]:
        words = names[key].split()
        if len(words) < 2 or "«" in names[key]:
            continue
        tail = fold(" ".join(words))
        targets = [k for k, other in names.items() if k != key and k in groups and ends_with(other, tail)
                   and as_written(analysis, groups[k])]
        if len(targets) == 1 and key in groups:
            for c in groups[key]:
                c.rank = max(c.rank, best(groups[targets[0]]).rank + 1)
            groups[targets[0]].extend(groups.pop(key))
    return groups


def ends_with(name: str, tail: str) -> bool:
    """Does ``name`` end with the words of ``tail``, the first of them small in ``name``
    (``... краевой фонд поддержки``) or the second part of a hyphenated word (``Контрольно-счётная``)?"""
    folded = fold(name)
    if len(folded) <= len(tail) or not folded.endswith(tail):
        return False
    cut = len(name) - len(tail)
    return name[cut - 1] == "-" and name[cut].islower() or name[cut - 1] == " " and name[cut].islower()


NAMED_FOR = re.compile(r"\s(?:имени|им\.)\s")
SURNAME_ADJECTIVE = ("инск", "овск", "евск")  # the stem of ``Державинский``, ``Пироговский``


def merge_named_for(groups: dict[str, list[Candidate]]) -> dict[str, list[Candidate]]:
    """``Музей Эрьзи`` joins the one ``... музей изобразительных искусств имени С.Д. Эрьзи``: a head
    noun and the surname of the person an organization is named for (the merge key leaves the
    ``имени`` part out)."""

    for key in [k for k in groups if ":" not in k and len(k.split()) == 2]:
        head, surname = key.split()
        if head.endswith(SURNAME_ADJECTIVE):  # ``Державинский университет``: the surname's adjective first
            head, surname = surname, head
        targets = [k for k, cs in groups.items() if k != key and cs and head in k.split()
                   and (named := NAMED_FOR.split(best(cs).name, 1)[1:])
                   and (person := stem(named[0].split()[-1].strip("»")))
                   and (surname == person or surname.endswith(SURNAME_ADJECTIVE) and surname[:-2] == person)]
        if len(targets) == 1 and key in groups:
            for c in groups[key]:
                c.rank = max(c.rank, best(groups[targets[0]]).rank + 1)
            groups[targets[0]].extend(groups.pop(key))
    return groups
