"""Aliases in parentheses: ``Комитет защиты журналистов (КЗЖ)``, ``«Фольксваген» (Volkswagen)``,
``RCA (Radio Corporation of America)``, ``(Rassemblement pour le Mali, RPM)``: the bracketed
abbreviation or foreign name right after an organization's mention is another mention of it.
"""

from __future__ import annotations

import re
from typing import Any

from .org_context import Candidate
from .org_words import GENERIC_ABBREVIATIONS

BRACKETS = re.compile(r"[ \t]*\(([^()\n]{2,90})\)")
ABBREVIATION = re.compile(r"[A-ZА-ЯЁ][A-ZА-ЯЁa-zа-яё0-9&-]{1,11}(?: [A-ZА-ЯЁ]{2,6})?")
LATIN_NAME = re.compile(r"[A-Z0-9][\w.&’'-]*(?: [\w.&’'-]+){0,7}", re.A)
SPELLED = re.compile(r"[А-ЯЁ][а-яё-]+(?: [а-яёА-ЯЁ-]+){1,8}")


def add_aliases(analysis: Any, groups: dict[str, list[Candidate]], place_at: dict[int, Any]) -> None:
    """Each alias in brackets after a mention joins that mention's organization; an organization
    found only as that alias (``ФБК`` elsewhere) joins it too."""
    text = analysis.norm
    owner = {(c.start, c.stop): key for key, cs in groups.items() for c in cs}
    for key in list(groups):
        if key not in groups:
            continue
        for c in list(groups[key]):
            m = BRACKETS.match(text, c.stop)
            if m is None:
                continue
            offset = m.start(1)
            for part in m.group(1).split(", ")[:2]:
                start, stop = offset, offset + len(part.rstrip())
                offset += len(part) + 2
                if not is_alias(part.strip(), analysis.text[c.start : c.stop]) or start in place_at:
                    continue
                inside = {k for (a, b), k in owner.items() if start <= a and b <= stop}
                if inside:  # found already, as a name of its own: that organization is this one
                    for other in inside - {key}:
                        if other in groups:
                            groups[key].extend(groups.pop(other))
                    owner.update({span: key for span, k in owner.items() if k in inside})
                elif not any(a < stop and start < b for a, b in owner):
                    groups[key].append(Candidate(start, stop, c.name, c.kind, None, c.place, key=key, rank=9))
                    owner[(start, stop)] = key
                alias = analysis.text[start:stop]
                for other in [k for k, cs in groups.items() if k != key and cs
                              and all(analysis.text[o.start : o.stop] == alias for o in cs)]:
                    groups[key].extend(groups.pop(other))  # ``СНФ`` alone elsewhere in the text


def is_alias(part: str, mention: str) -> bool:
    """An abbreviation, a Latin name, or a spelled-out name of an abbreviated mention."""
    if not part or part in GENERIC_ABBREVIATIONS or part.isdigit():
        return False
    if ABBREVIATION.fullmatch(part) and sum(ch.isupper() for ch in part) >= 2:
        return True
    if LATIN_NAME.fullmatch(part) and part[:1].isupper() and any(ch.isalpha() for ch in part):
        return True
    # ``ХДС (Христианско-демократический союз Германии)``: the full name of an abbreviation
    return mention.replace("-", "").isupper() and bool(SPELLED.fullmatch(part))
