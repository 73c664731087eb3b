"""A duty assigned to a named person as a role: ``Ответственным за исполнение соглашения назначен
заместитель управляющего X``, ``X назначена ответственной за приемку работ`` -> ``ответственный за
исполнение соглашения``, held in the body of the person's post named in the same clause."""

from __future__ import annotations

import re
from typing import Any

from ..result import Mention, Role
from .role_lexicon import fold
from .role_verbs import Mention as Anchor

DUTY = re.compile(r"(?<![\w-])ответственн(?P<plural>ыми|ым|ой)\s+за\s+(?P<what>[^.,;:—()\n]{3,80}?)"
                  r"(?=\s+(?:со\s+стороны|от\s|назначен|определен|утвержден|стал|будет)|\s*[,.;]|$)",
                  re.IGNORECASE)
ASSIGNED_AFTER = re.compile(r"^(?:\s+(?:со\s+стороны|от)\s+[^.,;:]{1,60}?)?\s+(?:был\s+|была\s+)?(?:назначен|определен|"
                            r"утвержден)\w{0,2}\s", re.IGNORECASE)
ASSIGNED_BEFORE = re.compile(r"\s(?:был\s+|была\s+)?(?:назначен|определен|утвержден)\w{0,2}\s+$", re.IGNORECASE)


# ``ответственным за исполнение соглашения``: an agreement binds both sides, so its duty is held in a body only
# when the text names the side (``со стороны фонда``), not in the body of the holder's post
AGREEMENT = re.compile(r"\b(?:соглашени|договор|контракт|меморандум)", re.IGNORECASE)
SIDE = re.compile(r"\bсо\s+стороны\b", re.IGNORECASE)
# ``X и Y``, ``X, Y и Z``: holders listed for a plural duty, each maybe after a title of their own
LISTED = re.compile(r"^(?:\s*,\s*|\s+и\s+)", re.IGNORECASE)

# ``ответственным за программу в министерстве``: the body the duty is held in, not part of the duty
HELD_IN = re.compile(r"\s+во?\s+(?P<body>[а-яё]+)$")


def responsible_roles(analysis: Any, anchors: list[Anchor], roles: list[list[Role]],
                      organizations: list[Any] = ()) -> list[tuple[int, Role]]:
    """(person index, role) pairs of duties assigned by ``назначен ответственным за ...``."""
    out = []
    anchors = sorted(anchors, key=lambda a: a.start)
    for m in DUTY.finditer(analysis.norm):
        after = ASSIGNED_AFTER.match(analysis.norm[m.end() :])
        holders = []
        plural = fold(m.group("plural")) == "ыми"
        if after:
            limit = sentence_end(analysis, m.start())
            later = [a for a in anchors if m.end() + after.end() <= a.start < limit]
            holders = listed(analysis, later) if plural else later[:1]
        elif ASSIGNED_BEFORE.search(analysis.norm[max(0, m.start() - 30) : m.start()]):
            begin = sentence_begin(analysis, m.start())
            earlier = [a for a in anchors if begin <= a.start and a.stop <= m.start()]
            holders = listed(analysis, earlier[::-1])[::-1] if plural else earlier[-1:]
        for holder in holders:
            out.append((holder.person, duty(analysis, m, holder, roles, organizations)))
    return out


def listed(analysis: Any, anchors: list[Anchor]) -> list[Anchor]:
    """The names of a list from its first (``X и декан факультета Y``): each next name after a comma or
    ``и`` with only its own title between, no verb."""
    out = anchors[:1]
    for a in anchors[1:]:
        prev = out[-1]
        lo, hi = sorted((prev.stop, a.start)) if prev.stop <= a.start else (a.stop, prev.start)
        between = analysis.norm[lo:hi]
        if a.person in [o.person for o in out] or not LISTED.match(between) or any(
                t.pos in ("VERB", "AUX") or t.text in (".", ";", ":") for t in analysis.tokens_in(lo, hi)):
            break
        out.append(a)
    return out


def duty(analysis: Any, m: Any, holder: Anchor, roles: list[list[Role]], organizations: list[Any]) -> Role:
    """The duty's role for one holder, held in the body of the holder's post named in the clause."""
    lo, hi = min(m.start(), holder.start), max(m.end(), holder.stop)
    # ``X, прежде возглавлявший филиал Y, назначен ответственным``: a duty is held in a present post's body
    posts = [r for r in roles[holder.person] if lo <= r.mention.start < hi and r.organization
             and r.status != "former"]
    what, org = analysis.text[m.start("what") : m.end("what")], posts[0].organization if posts else None
    held = HELD_IN.search(what)
    body = held and held_in(analysis, m.start("what") + held.start("body"), held.group("body"), organizations)
    if body:
        what, org = what[: held.start()], body
    begin = sentence_begin(analysis, m.start())
    side = SIDE.search(analysis.norm, begin, holder.start)
    if AGREEMENT.search(what) and not side:
        org = None
    elif AGREEMENT.search(what):
        # ``со стороны правительства области назначен исполняющий обязанности министра``: the side named,
        # not the body of the holder's post
        at = side.end() + len(analysis.norm[side.end() :]) - len(analysis.norm[side.end() :].lstrip())
        org = next((o.id for o in organizations for x in o.mentions if x.start == at), org)
    mention = Mention(text=analysis.text[m.start() : m.end()], start=m.start(), end=m.end())
    return Role(title="ответственный за " + what, organization=org, status="appointed", mention=mention)


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
