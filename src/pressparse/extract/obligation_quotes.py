"""Quoted speech for the obligations layer: ``«...»`` spans long enough to be speech.

A quotation does not cross a paragraph break: a nested title that closes only once (``закон «О
внесении изменений в Закон «О поддержке ...».``) ends at its last ``»`` in the paragraph instead of
swallowing the rest of the release; a quote left open with no ``»`` (a text cut off mid-quote)
runs to the paragraph's end.
"""

from __future__ import annotations

MIN_LENGTH = 40


def speech_spans(norm: str, min_length: int = MIN_LENGTH) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    depth, start, closed = 0, 0, -1  # closed: the last "»" of the open quotation

    def keep(end: int) -> None:
        if end - start >= min_length:
            spans.append((start, end))

    for i, c in enumerate(norm):
        if c == "«":
            if depth == 0:
                start, closed = i, -1
            depth += 1
        elif c == "»" and depth:
            depth -= 1
            closed = i
            if depth == 0:
                keep(i + 1)
        elif c == "\n" and depth:
            keep(closed + 1 if closed >= 0 else i)
            depth = 0
    if depth:
        keep(closed + 1 if closed >= 0 else len(norm))
    return spans
