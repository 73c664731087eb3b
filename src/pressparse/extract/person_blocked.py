"""Where a person mention may not stand: inside an organization's or a place's name, or made up of them."""

from __future__ import annotations


def inside(start: int, stop: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= start and stop <= b for a, b in spans)


def pieced(text: str, start: int, stop: int, spans: list[tuple[int, int]]) -> bool:
    """The words are two or more place or body names side by side (``сел Кага и Тирлян Белорецкого
    района``: NER's ``Тирлян Белорецкого`` is a village and the start of its district)."""
    parts = sorted((a, b) for a, b in spans if a < stop and start < b)
    if len(parts) < 2:
        return False
    at = start
    for a, b in parts:
        if text[at:a].strip():
            return False
        at = max(at, b)
    return at >= stop
