"""People told as the winners of an election: ``Среди избранных — X и Y``, ``Депутатами избраны X и Y``,
``Победу в округе № 3 одержал X`` -> ``депутат`` of the representative body the text names as the
election's (``выборов депутатов Собрания депутатов ... округа``, ``выборов в Законодательное
Собрание``), when the person does not hold that post already."""

from __future__ import annotations

import re
from typing import Any

from ..result import Mention, Role
from .role_verbs import Mention as Anchor

# ``выборов депутатов X``, ``выборы депутата X``, ``выборов в X``: the body right after
ELECTION = re.compile(r"(?<![\w-])выбор(?:ы|ов|ах|ам)\s+(?:(?:депутат(?:а|ов)|в)\s+)$", re.IGNORECASE)
# the clause that lists winners: every name after it in its sentence
WINNERS = re.compile(r"(?<![\w-])(?:среди\s+(?:избранных|победителей)(?:\s+депутатов)?\s*[—:-]|"
                     r"депутатами\s+(?:стали|избраны)|избраны\s+депутатами)\s", re.IGNORECASE)
# the one winner: the first name after it in its sentence
WINNER = re.compile(r"(?<![\w-])(?:победу(?:\s+в\s+[^.,;:]{1,40}?)?\s+одержал(?:а)?|депутатом\s+(?:избран(?:а)?|стал(?:а)?)|"
                    r"(?:избран(?:а)?|стал(?:а)?)\s+депутатом)\s", re.IGNORECASE)


def elected_roles(analysis: Any, anchors: list[Anchor], roles: list[list[Role]],
                  organizations: list[Any]) -> list[tuple[int, Role]]:
    """(person index, role) pairs of the winners of the election the text names."""
    bodies = elections(analysis, organizations)
    if not bodies:
        return []
    anchors = sorted(anchors, key=lambda a: a.start)
    out: list[tuple[int, Role]] = []
    for pattern, many in ((WINNERS, True), (WINNER, False)):
        for m in pattern.finditer(analysis.norm):
            token = analysis.token_at(m.start())
            if token is None:
                continue
            sent = analysis.sents[token.sent]
            stop = analysis.tokens[sent.last - 1].stop
            winners = [a for a in anchors if m.end() - 1 <= a.start < stop]
            if not many:
                winners = winners[:1]
            before = [(start, org) for start, org in bodies if start < m.start()]
            body = (before[-1] if before else bodies[0])[1]
            mention = Mention(text=m.group(0).strip(), start=m.start(), end=m.start() + len(m.group(0).rstrip()))
            for a in winners:
                if any(r.organization == body.id and r.title == "депутат" for r in roles[a.person]) or any(
                        p == a.person for p, _ in out):
                    continue
                out.append((a.person, Role(title="депутат", organization=body.id, acting=False, status="appointed",
                                           mention=mention)))
    return out


def elections(analysis: Any, organizations: list[Any]) -> list[tuple[int, Any]]:
    """(offset, body) of each election the text names, in order: an organization mention right after
    ``выборов депутатов`` / ``выборов в``."""
    out = []
    for org in organizations:
        for mention in org.mentions:
            if ELECTION.search(analysis.norm[max(0, mention.start - 40) : mention.start]):
                out.append((mention.start, org))
    return sorted(out, key=lambda pair: pair[0])
