"""A place the text names in full once and shortened elsewhere: ``Волго-Каспийского канала`` beside
``Волго-Каспийском морском судоходном канале`` is one canal, named in full."""

from __future__ import annotations

from typing import Any


def merge_shortened(places: dict[str, Any]) -> None:
    """An unknown two-word place of kind ``other`` joins the one longer ``other`` place that starts
    with its first word and ends with its last (the middle words dropped)."""
    for key, place in list(places.items()):
        words = key.split()
        if place.known or place.kind != "other" or len(words) != 2:
            continue
        targets = [k for k, p in places.items() if k != key and p.kind == "other" and len(k.split()) > 2
                   and k.split()[0] == words[0] and k.split()[-1] == words[1]]
        if len(targets) == 1:
            places[targets[0]].spans.extend(places.pop(key).spans)


# an adjective-named town's oblique forms: ``до Межевого`` left as written beside ``Межевой``
OBLIQUE = ("ого", "его", "ому", "ему", "ым", "им")


def merge_oblique(places: dict[str, Any]) -> None:
    """An unknown one-word town left in an oblique adjective form (``Межевого``: the dictionary lacks
    it) joins the unknown town of the same stem named in the nominative (``Межевой``)."""
    for key, place in list(places.items()):
        if place.known or place.kind != "city" or " " in key or not key.endswith(OBLIQUE):
            continue
        stem = key[: -3 if key.endswith(OBLIQUE[:4]) else -2]
        targets = [k for k, p in places.items() if k != key and not p.known and p.kind == "city" and " " not in k
                   and k[:-2] == stem and k.endswith(("ой", "ый", "ий", "ое", "ее"))]
        if len(targets) == 1:
            places[targets[0]].spans.extend(places.pop(key).spans)
