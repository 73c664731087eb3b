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
