"""A successor told by ``его преемник``: the person who took the post of the one named before.

  * ``Глава района X ушел в отставку. Его преемник Y ...``: Y, named right after, holds X's present
    post (``successor_roles``);
  * ``X сам возглавлял отделение, а его преемник до назначения работал ROLE``: with no name after,
    the successor is the one other person the text gives a post in X's body; the words ``преемник``
    then stand for that person, so a role told of them attaches to that person (``successor_anchors``).
"""

from __future__ import annotations

import re
from typing import Any

from ..result import Mention, Role
from .role_successions import antecedent, base_title, present_post
from .role_verbs import Mention as Anchor

# ``Его преемник Y``, ``Ее преемница — Y``, ``Его преемником на этом посту назначен Y``
SUCCESSOR = re.compile(r"(?<![\w-])(?:его|ее|её)\s+(?P<word>преемни(?:ком|цей|к|ца))(?:\s+на\s+(?:этом\s+)?(?:посту|должности))?"
                       r"(?:\s+(?:стал|стала|станет|назначен|назначена|избран|избрана))?\s*[,—]?\s*", re.IGNORECASE)


def named_after(anchors: list[Anchor], m: re.Match[str]) -> Anchor | None:
    return next((a for a in anchors if a.start == m.end()), None)


def successor_roles(analysis: Any, anchors: list[Anchor], roles: list[list[Role]]) -> list[tuple[int, Role]]:
    """(person index, role) pairs: the successor named right after ``его преемник`` holds the post."""
    out = []
    anchors = sorted(anchors, key=lambda a: a.start)
    for m in SUCCESSOR.finditer(analysis.norm):
        after = named_after(anchors, m)
        if after is None:
            continue
        holder = antecedent(analysis, anchors, m.start(), after.person)
        post = left_post(roles[holder], m.start()) if holder is not None else None
        if post is None or any(r.title == base_title(post.title) and r.organization == post.organization or (
                post.organization and r.organization == post.organization) for r in roles[after.person]):
            continue
        stop = m.start("word") + len(m.group("word"))
        mention = Mention(text=analysis.text[m.start() : stop], start=m.start(), end=stop)
        out.append((after.person, Role(title=base_title(post.title), organization=post.organization, acting=False,
                                       status="current", mention=mention)))
    return out


def left_post(held: list[Role], before: int) -> Role | None:
    """The post a successor took from its holder: the present one, unless the holder was appointed away
    (``Ранее комитет возглавлял X, в сентябре назначенный заместителем Председателя Правительства. Его
    преемница Y``): then the last other post told before, the one X left."""
    post = present_post(held, before)
    if post is None or post.status != "appointed":
        return post
    left = [r for r in held if r.status != "appointed" and r.mention.start < before]
    return left[-1] if left else post


def successor_anchors(analysis: Any, anchors: list[Anchor], roles: list[list[Role]]) -> list[Anchor]:
    """Mentions ``преемник`` of the successor no name follows: the one person other than the
    predecessor with a present post in a body the predecessor held a post in."""
    out = []
    anchors = sorted(anchors, key=lambda a: a.start)
    for m in SUCCESSOR.finditer(analysis.norm):
        if named_after(anchors, m):
            continue
        holder = antecedent(analysis, anchors, m.start(), -1)
        if holder is None:
            continue
        bodies = {r.organization for r in roles[holder] if r.organization}
        others = {p for p, held in enumerate(roles) if p != holder and any(
            r.organization in bodies and r.status != "former" for r in held)}
        if len(others) == 1:
            out.append(Anchor(m.start("word"), m.start("word") + len(m.group("word")), others.pop()))
    return out
