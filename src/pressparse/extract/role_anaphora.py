"""Role phrases that refer back to a person named before: ``Премьер-министр Израиля Беньямин Нетаньяху
... Как отметил премьер-министр, ...``, ``Кирсан Илюмжинов, президент ФИДЕ, ... выборы президента``.

News prose names a person once with the post and then says the post alone. A phrase no rule attached
to a name is one more mention of that post when exactly one person named earlier in the text holds a
post of the same title (and, where the phrase names a body, the same body). The role is not new: it
takes the earlier role's title, body and status, so the person's roles stay the same and the phrase is
one more place that states it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..result import Mention, Role
from .role_spelt import spell_title


def refer_back(analysis: Any, phrases: list[Any], starts: list[list[int]], roles: list[list[Role]],
               link: Any) -> list[list[Role]]:
    """``roles`` with the unattached ``phrases`` that restate one earlier person's post added.

    ``starts``: each person's mention starts; ``link(phrase)``: the body the phrase names, or None."""
    stated = [(r.mention.start, r.mention.end) for rs in roles for r in rs]
    out = [list(rs) for rs in roles]
    for phrase in phrases:
        if phrase.plural or any(a < phrase.stop and phrase.start < b for a, b in stated):
            continue
        key = spell_title(phrase.title)
        bare = phrase.last == phrase.title_end  # ``министр`` alone may restate ``министр финансов``
        held = [(i, r) for i, rs in enumerate(roles) if starts[i] and min(starts[i]) < phrase.start
                for r in rs if spell_title(r.title) == key or bare and spell_title(r.title).startswith(key + " ")]
        if not held:
            continue
        if phrase.last > phrase.title_end:  # ``президент Франции``: the same body, when the phrase names one
            body = link(phrase)
            held = [(i, r) for i, r in held if r.organization == body]
        if len({i for i, _ in held}) != 1:
            continue  # two holders of the title (or none of that body): whose is unclear
        person, role = held[0]
        mention = Mention(text=analysis.text[phrase.start : phrase.stop], start=phrase.start, end=phrase.stop)
        out[person].append(replace(role, mention=mention))
    return out
