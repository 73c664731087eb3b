"""A duty assigned to a named person as a role: ``Ответственным за исполнение соглашения назначен
заместитель управляющего X``, ``X назначена ответственной за приемку работ`` -> ``ответственный за
исполнение соглашения``, held in the body of the person's post named in the same clause."""

from __future__ import annotations

import re
from typing import Any

from ..result import Mention, Role
from .role_verbs import Mention as Anchor

DUTY = re.compile(r"(?<![\w-])ответственн(?:ым|ой)\s+за\s+(?P<what>[^.,;:—()\n]{3,80}?)"
                  r"(?=\s+(?:со\s+стороны|от\s|назначен|определен|утвержден|стал|будет)|\s*[,.;]|$)",
                  re.IGNORECASE)
ASSIGNED_AFTER = re.compile(r"^(?:\s+(?:со\s+стороны|от)\s+[^.,;:]{1,60}?)?\s+(?:был\s+|была\s+)?(?:назначен|определен|"
                            r"утвержден)\w{0,2}\s", re.IGNORECASE)
ASSIGNED_BEFORE = re.compile(r"\s(?:был\s+|была\s+)?(?:назначен|определен|утвержден)\w{0,2}\s+$", re.IGNORECASE)


# ``ответственным за программу в министерстве``: the body the duty is held in, not part of the duty
HELD_IN = re.compile(r"\s+во?\s+(?P<body>[а-яё]+)$")


def responsible_roles(analysis: Any, anchors: list[Anchor], roles: list[list[Role]],
                      organizations: list[Any] = ()) -> list[tuple[int, Role]]:
    """(person index, role) pairs of duties assigned by ``назначен ответственным за ...``."""
    out = []
    anchors = sorted(anchors, key=lambda a: a.start)
    for m in DUTY.finditer(analysis.norm):
        after = ASSIGNED_AFTER.match(analysis.norm[m.end() :])
        holder = None
        if after:
            limit = sentence_end(analysis, m.start())
            later = [a for a in anchors if m.end() + after.end() <= a.start < limit]
            holder = later[0] if later else None
        elif ASSIGNED_BEFORE.search(analysis.norm[max(0, m.start() - 30) : m.start()]):
            begin = sentence_begin(analysis, m.start())
            earlier = [a for a in anchors if begin <= a.start and a.stop <= m.start()]
            holder = earlier[-1] if earlier else None
        if holder is None:
            continue
        lo, hi = min(m.start(), holder.start), max(m.end(), holder.stop)
        # ``X, прежде возглавлявший филиал Y, назначен ответственным``: a duty is held in a present post's body
        posts = [r for r in roles[holder.person] if lo <= r.mention.start < hi and r.organization
                 and r.status != "former"]
        what, org = analysis.text[m.start("what") : m.end("what")], posts[0].organization if posts else None
        held = HELD_IN.search(what)
        body = held and held_in(analysis, m.start("what") + held.start("body"), held.group("body"), organizations)
        if body:
            what, org = what[: held.start()], body
        mention = Mention(text=analysis.text[m.start() : m.end()], start=m.start(), end=m.end())
        out.append((holder.person, Role(title="ответственный за " + what, organization=org,
                                        status="appointed", mention=mention)))
    return out


def sentence_end(analysis: Any, offset: int) -> int:
    token = analysis.token_at(offset)
    return analysis.tokens[analysis.sents[token.sent].last - 1].stop if token is not None else offset


def sentence_begin(analysis: Any, offset: int) -> int:
    token = analysis.token_at(offset)
    return analysis.tokens[analysis.sents[token.sent].first].start if token is not None else offset


def held_in(analysis: Any, start: int, word: str, organizations: list[Any]) -> str | None:
    """``в министерстве``: the organization mentioned there, or the one such a word refers to."""
    from .role_lexicon import lemmas
    from .role_refs import references, referred

    mentioned = next((o.id for o in organizations for mm in o.mentions if mm.start == start), None)
    if mentioned:
        return mentioned
    ref = next((references()[w] for w in sorted(lemmas(word)) if w in references()), None)
    return referred(analysis, ref, list(organizations), start) if ref else None
