"""An acting spell told after a post: ``X назначен заместителем главы. С июня он временно исполнял эти
обязанности`` -> ``временно исполняющий обязанности заместителя главы`` of the same body."""

from __future__ import annotations

import re
from typing import Any

from ..result import Mention, Role
from .names import parses
from .role_successions import antecedent, present_post
from .role_verbs import Mention as Anchor

THESE_DUTIES = re.compile(r"(?<![\w-])(?:(?P<temp>временно)\s+)?исполнял(?P<fem>а)?\s+(?:(?P<temp2>временно)\s+)?"
                          r"(?:эти|данные|указанные)\s+обязанности(?:\s+(?P<temp3>временно))?", re.IGNORECASE)


def duties_roles(analysis: Any, anchors: list[Anchor], roles: list[list[Role]]) -> list[tuple[int, Role]]:
    """(person index, role) pairs of ``он исполнял эти обязанности`` after the person's post."""
    out = []
    anchors = sorted(anchors, key=lambda a: a.start)
    for m in THESE_DUTIES.finditer(analysis.norm):
        holder = antecedent(analysis, anchors, m.start(), -1)
        if holder is None:
            continue
        post = present_post(roles[holder], m.start())
        if post is None or post.acting:
            continue
        held = genitive(post.title)
        if held is None:
            continue
        temporary = "временно " if m.group("temp") or m.group("temp2") or m.group("temp3") else ""
        mention = Mention(text=analysis.text[m.start() : m.end()], start=m.start(), end=m.end())
        out.append((holder, Role(title=f"{temporary}исполняющий обязанности {held}", organization=post.organization,
                                 acting=True, status="former", mention=mention)))
    return out


def genitive(title: str) -> str | None:
    """``главный врач по хирургии`` -> ``главного врача по хирургии``: the words up to the head noun."""
    words = title.split()
    for k, word in enumerate(words):
        options = [p for p in parses(word) if p.tag.case == "nomn"]
        if not options:
            return None
        form = options[0].inflect({"gent"})
        if form is None:
            return None
        words[k] = form.word
        if options[0].tag.POS == "NOUN":
            return " ".join(words)
    return None
