"""Bodies named by reference to another: ``ученым советом университета`` is the ``Ученый совет`` of
the one university of the document, ``аппарат полномочного представителя`` the office of the envoy
the document names; each an organization of its own."""

from __future__ import annotations

import re
from typing import Any

from .inflect import fold, genitive
from .org_cases import declined
from .org_context import Candidate, best, name_key
from .token_index import token_index
from .org_references import head_of

# adjectives that make ``совет`` an institution's own council
COUNCIL_ADJECTIVES = {"ученый": "Ученый", "научный": "Научный", "наблюдательный": "Наблюдательный",
                      "попечительский": "Попечительский"}
COUNCIL_OWNERS = frozenset("университет институт академия".split())


def add_councils(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    """``ученым советом университета``: the council of the one institution of that head noun."""

    tokens = analysis.tokens
    for k in token_index(analysis).with_lemma(("совет",)):  # most documents have none
        if not 1 <= k < len(tokens) - 1:
            continue
        adjective, council, owner = tokens[k - 1], tokens[k], tokens[k + 1]
        word = COUNCIL_ADJECTIVES.get(fold(adjective.lemma))
        if council.lemma != "совет" or word is None or owner.lemma not in COUNCIL_OWNERS \
                or owner.feats.get("Case") != "Gen" or not owner.text.islower():
            continue
        if k + 2 < len(tokens) and (tokens[k + 2].text[:1].isupper() or tokens[k + 2].text == "«"):
            continue  # ``ученый совет университета «...»``, ``... ИТМО``: named there, not a reference
        owners = [cs for cs in groups.values() if cs and head_of(best(cs).name) == owner.lemma]
        if len(owners) != 1:
            continue
        name = f"{word} совет {genitive(best(owners[0]).name)}"
        key = name_key(name)
        groups.setdefault(key, []).append(Candidate(adjective.start, owner.stop, name, "other", key=key, rank=5))


OFFICE = re.compile(r"\b[Аа]ппарат(?:а|у|ом|е)?\s+(?:полномочного\s+представителя|полпреда)\b(?!\s+Президента)")
ENVOY = re.compile(r"\b[Пп]олномочн\w*\s+представител\w*\s+Президента\s+(?:Российской\s+Федерации|РФ|России)"
                   r"\s+в\s+(\w+ом\s+федеральном\s+округе)")


def add_offices(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    """``в аппарат полномочного представителя``: the office of the envoy named in the document
    (``Полномочный представитель Президента Российской Федерации в Уральском федеральном округе``)."""
    if "олномочн" not in analysis.norm:
        return  # a substring test is cheap; the pattern, led by ``\b``, tries every offset
    envoys = {m.group(1) for m in ENVOY.finditer(analysis.norm)}
    if len(envoys) != 1:
        return
    name = f"Аппарат полномочного представителя Президента Российской Федерации в {envoys.pop()}"
    key = name_key(name)
    taken = [(c.start, c.stop) for cs in groups.values() for c in cs]
    for m in OFFICE.finditer(analysis.norm):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        groups.setdefault(key, []).append(Candidate(m.start(), m.end(), name, "federal_body", key=key, rank=5))


def add_attachments(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    """``Общественный совет при администрации``: a council whose name stops before ``при`` and a
    mention of another organization of the text is attached to it by name
    (``Общественный совет при Администрации города Ижевска``)."""

    starts = {c.start: key for key, cs in groups.items() for c in cs}
    for key, cs in groups.items():
        top = best(cs)
        if " при " in top.name or top.name.split()[-1] not in ATTACHED_HEADS:
            continue
        for c in cs:
            gap = analysis.norm[c.stop : c.stop + 5]
            owner = starts.get(c.stop + 5) if gap == " при " else None
            if owner is not None and owner != key:
                top.name = f"{top.name} при {declined(best(groups[owner]).name, 'loct')}"
                break


# the heads of bodies attached to another (``совет при губернаторе``), last in their short name
ATTACHED_HEADS = frozenset("совет палата комиссия".split())

