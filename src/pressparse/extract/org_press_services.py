"""A press service signing the release on a line of its own is an organization, whatever the
dateline around it: ``Пресс-служба УФСИН России по Республике Мордовия``, ``25.11.2026 | Пресс-служба
...``, ``КРАСНОДАР, 20 ноября 2026 г. — Пресс-служба ...``, ``Мария Кольцова, пресс-служба ПНИПУ``.
A press service a sentence cites (``сообщила пресс-служба губернатора``, ``Источник: пресс-служба
...``) credits its body and is none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .inflect import capitalize_first, fold
from .org_context import Candidate, Context

# the service, after the line's start or a byline separator, up to the line's end or a trailing date
SIGNED = re.compile(
    r"(?m)(?:^|(?<=[|—,.] ))(?P<name>[Пп]ресс-(?:служба|центр) [^\n|,]*?[^\s|,.])"
    r" *(?:[,|] *(?:\d{1,2}[./ ][^\n]{0,30})|\.)? *$")
CREDITS = ("источник", "фото", "по данным", "по информации", "сообщает", "сообщила", "сообщили")
MAX_LINE = 160


def find_press_services(ctx: Context) -> Iterator[Candidate]:
    """Every press service that signs the release on a line of its own."""
    norm = ctx.analysis.norm
    if "ресс-служба" not in norm and "ресс-центр" not in norm:
        return  # a substring test is cheap; the pattern, led by no literal, tries every offset
    for m in SIGNED.finditer(norm):
        start, stop = m.start("name"), m.end("name")
        line_start = norm.rfind("\n", 0, start) + 1
        line_end = norm.find("\n", stop)
        line = norm[line_start : line_end if line_end >= 0 else len(norm)]
        lead = fold(norm[line_start:start])
        if len(line) > MAX_LINE or any(word in lead for word in CREDITS):
            continue
        name_tokens = ctx.analysis.tokens_in(start, stop)
        if any(t.pos in ("VERB", "AUX") for t in name_tokens) or len(name_tokens) < 2:
            continue  # ``пресс-служба сообщила``: a sentence, no signature
        if lead.strip() and not signature_lead(ctx, line_start, start):
            continue
        text = ctx.analysis.text[start:stop]
        yield Candidate(start, stop, capitalize_first(text), "other", None, rank=-1, key="media:" + fold(norm[start:stop]))


def signature_lead(ctx: Context, start: int, stop: int) -> bool:
    """What stands before the service on its line is a dateline or a person's name: no verb."""
    tokens = ctx.analysis.tokens_in(start, stop)
    return not any(t.pos in ("VERB", "AUX") for t in tokens) and len(tokens) <= 12
