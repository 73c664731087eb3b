"""Whether two mentions name one kind of document: ``договор`` and ``контракт`` are one, a headline
words an agreement loosely, ``мировое соглашение`` is a kind of ``соглашение``."""

from __future__ import annotations

CONTRACTS = {"договор", "контракт"}  # one document, named either way
HEADLINE_KINDS = {"соглашение", "договор"}  # a headline may call an agreement either


def loosely(title: str, body: str) -> bool:
    """A headline's kind may name the body's agreement: the same kind, or ``договор`` for an
    ``соглашение`` (and back), or the bare kind of the body's (``контракт`` for ``муниципальный
    контракт``, not for a supplementary agreement): a headline words it loosely."""
    return same_kind(title, body) or {title, body} <= HEADLINE_KINDS \
        or narrows(body, title) and not body.startswith("дополнительн")  # "контракт" for a "муниципальный контракт"


def narrows(specific: str, generic: str) -> bool:
    """``мировое соглашение`` is a kind of ``соглашение``, ``меморандум о намерениях`` of ``меморандум``."""
    return specific.endswith(" " + generic) or specific.startswith(generic + " ")


def same_kind(a: str, b: str) -> bool:
    """``меморандум`` and ``меморандум о взаимопонимании`` name one document; ``соглашение`` and
    ``дополнительное соглашение`` do not."""
    if {a, b} <= CONTRACTS:
        return True
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")
