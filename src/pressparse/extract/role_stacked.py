"""Two titles of one person side by side with no comma: ``глава представительства США в регионе
помощник заместителя госсекретаря X``, ``наблюдатель от ОБСЕ португальский парламентарий X``,
``лидер партии (ZANU-PF) действующий президент X``.

News prose stacks a post with its body and a second post before the name; both are the name's when
they are in one case and the first names its body (a tail), so the second cannot be its object.

A foreign name the tagger reads as a nominative after a genitive title (``визит министра иностранных
дел Японии Сейджи Маехары``) is still the title's holder when the parse makes it the title's apposition.
"""

from __future__ import annotations

import re
from typing import Any

from .role_clergy import bishop

# the first title's body may end with its short name in brackets: ``... фронт" (ZANU-PF) действующий президент``
# and the second title's participle (``действующий``, ``нынешний`` stay outside the title's own words)
ABBREVIATION = re.compile(r"\s*(?:\([^()\n]{1,20}\))?\s*(?:[а-яё]+[иыо]й\s+)?")


def juxtaposed(analysis: Any, prev: Any, phrase: Any, text: str) -> bool:
    """``prev`` and ``phrase`` (``text`` between them) are titles of the name after ``phrase``."""
    if text.isspace() and bishop(analysis, phrase):
        return True  # ``глава митрополии митрополит X``: a bishop's title after a post
    if "\n" in text or not ABBREVIATION.fullmatch(text) or prev.plural or phrase.plural:
        return False
    if prev.case != "Nom" or phrase.case != "Nom" or prev.last <= prev.title_end:
        return False
    head = analysis.tokens[phrase.head]
    return head.feats.get("Case") in (None, "Nom")


def apposed(analysis: Any, phrase: Any, mention: Any) -> bool:
    """The parse heads the name's first word on the title's words as an apposition, and no verb follows
    the name (``Указом губернатора области Иван Петров назначен``: the name is the verb's subject)."""
    token, last = analysis.token_at(mention.start), analysis.token_at(mention.stop - 1)
    if token is None or last is None or token.rel != "appos" or not phrase.head <= token.head < phrase.last:
        return False
    after = analysis.tokens[last.index + 1] if last.index + 1 < len(analysis.tokens) else None
    return after is None or after.pos not in ("VERB", "AUX")
