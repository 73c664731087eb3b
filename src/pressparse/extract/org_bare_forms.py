"""A company's kind abbreviated (``УК``, ``МП``) before a place and a quoted name is that company's
name (``МП г. Омска «Электрический транспорт»``), and written alone (``генеральному директору УК``)
it is the one company of that kind the text names: no company of its own. ``УК РФ`` (the criminal
code) is no company at all and never reaches here as one."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .inflect import fold, stem
from .org_context import Candidate, best

# ``МП г. Омска «``, ``МУП города Тулы «``, ``МП Омского района «``: a form, a place, a quoted name
FORM_PLACE_QUOTE = re.compile(r"\b([А-ЯЁ]{2,6}) (?:(?:г\.|города|с\.|пос\.) ?)?[А-ЯЁ][\w-]+"
                              r"(?: (?:района|округа|области|края))? ?«")


@cache
def kinds() -> dict[str, tuple[str, ...]]:
    """``УК`` -> the stems of ``управляющая компания``; the legal forms' own expansions too."""
    from ..data import legal_forms, read_rows

    out = {f.abbr: tuple(stem(w) for w in re.findall(r"[\w-]+", f.full)) for f in legal_forms() if " " not in f.abbr}
    out.update({row[0]: tuple(stem(w) for w in row[1].split()) for row in read_rows("company_kinds") if len(row) >= 2})
    return out


def join_bare_forms(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    text = analysis.text
    for m in FORM_PLACE_QUOTE.finditer(text):  # rare: a text scan, not a token loop
        if m.group(1) not in kinds():
            continue
        q = m.end() - 1
        near = [k for k, cs in groups.items() if not k.startswith("media:")
                and any(c.start in (q, q + 1) and not c.nested for c in cs)]
        if len(near) != 1 or best(groups[near[0]]).name.startswith(m.group(1)):
            continue
        target = near[0]
        stop = max(c.stop for c in groups[target] if c.start in (q, q + 1))
        stop += text[stop : stop + 1] == "»"  # the quoted name's own closing quote
        top = best(groups[target])
        for cs in groups.values():  # ``МП`` and the quoted name inside are no mentions of their own
            cs[:] = [c for c in cs if not (m.start() <= c.start and c.stop <= stop)]
        for c in groups[target]:
            c.short_name = c.short_name or top.name
        full = text[m.start() : stop]
        groups[target].append(Candidate(m.start(), stop, full, top.kind, top.short_name or top.name, top.place,
                                        key=target, rank=top.rank))
    for key in [k for k, cs in groups.items() if not cs]:
        del groups[key]
    for key in [k for k, cs in groups.items() if all(text[c.start : c.stop] in kinds() for c in cs)]:
        abbr = text[groups[key][0].start : groups[key][0].stop]
        if any(text[c.start : c.stop] != abbr for c in groups[key]):
            continue
        fitting = [k for k, o in groups.items() if k != key and not k.startswith("media:") and is_of_kind(abbr, best(o).name)]
        if len(fitting) == 1:
            groups[fitting[0]].extend(groups.pop(key))


def is_of_kind(abbr: str, name: str) -> bool:
    """``УК`` of ``ООО «Энгельсская управляющая компания»`` (its kind's words in its name) or of
    ``ООО «УК Жилсервис»`` (the abbreviation heads its quoted name), or ``МУП`` of ``МУП «Водоканал»``."""
    if name.startswith(abbr + " ") or re.search(r"«" + re.escape(abbr) + r"\b", name):
        return True
    words = [stem(w) for w in re.findall(r"[\w-]+", fold(name))]
    want = kinds()[abbr]
    return any(tuple(words[i : i + len(want)]) == want for i in range(len(words)))
