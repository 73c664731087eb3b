"""A fused short form of a post spelt out, so that one person's ``генеральный директор`` and
``гендиректор`` of the same body are one role (``стал гендиректором предприятия`` after the signing
``генеральный директор «Горэлектротранса»``)."""

from __future__ import annotations

# the fused word in the case a title keeps it (nominative, or genitive after ``исполняющий обязанности``,
# ``заместитель``) -> its spelt-out words in the same case
SPELT = {
    "гендиректор": "генеральный директор", "гендиректора": "генерального директора",
    "главврач": "главный врач", "главврача": "главного врача",
    "главред": "главный редактор", "главреда": "главного редактора",
    "худрук": "художественный руководитель", "худрука": "художественного руководителя",
}


def spell_title(title: str) -> str:
    """The title with its fused short forms spelt out (lower-case comparison key)."""
    return " ".join(SPELT.get(w, w) for w in title.lower().split())
