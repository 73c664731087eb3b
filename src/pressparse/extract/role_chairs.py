"""A post in a teaching department, held in its university: ``заведующий кафедрой программной
инженерии`` names no organization of its own (the кафедра is a title word, press19 A 02, press20 11,
press21 04), so the role is the university's. Where the organizations layer found the кафедра as a
body (press7), the role keeps it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..result import Role
from .role_lexicon import fold

UNIT_WORDS = ("кафедр",)  # the title word of a university's teaching department


def chair_universities(roles: list[Role], organizations: list[Any]) -> list[Role]:
    """The person's roles, a department post with no body linked to the university: the one of the
    person's other posts, else the one university the text names before the post."""
    schools = [o for o in organizations if o.kind == "education"]
    out = []
    for role in roles:
        if role.organization is None and any(w in fold(role.title) for w in UNIT_WORDS):
            own = {r.organization for r in roles if r.organization} & {o.id for o in schools}
            before = {o.id for o in schools if any(m.start < role.mention.start for m in o.mentions)}
            body = own or before
            if len(body) == 1:
                role = replace(role, organization=body.pop())
        out.append(role)
    return out
