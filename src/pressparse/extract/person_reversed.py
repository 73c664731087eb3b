"""Surname-first names NER misses or splits: ``исполняющий обязанности директора фонда Мехоношин
Дмитрий Андреевич`` (natasha: ORG ``Мехоношин`` + PER ``Дмитрий Андреевич``), ``управляющий
отделением № 8604 ПАО Сбербанк Ковальчук Игорь Андреевич`` (no span at all). Official texts put the
surname first before a full first name and patronymic; the patronymic makes the reading safe."""

from __future__ import annotations

import re
from typing import Any

from .names import has, is_patronymic, parses
from .person_patterns import is_first_name, not_common


def surname_first(analysis: Any) -> list[tuple[int, int, bool]]:
    """``Surname First Patronymic`` spans: a capitalized word with a surname reading and no other
    dictionary reading, then a first name and a patronymic that share a case with it."""
    from .person_spans import TITLE_WORD, after_kin

    tokens = analysis.tokens
    out = []
    for i in range(len(tokens) - 2):
        last, first, middle = tokens[i], tokens[i + 1], tokens[i + 2]
        if not all(TITLE_WORD.match(t.text) for t in (last, first, middle)):
            continue
        if first.start - last.stop != 1 or middle.start - first.stop != 1:
            continue
        if not (is_patronymic(middle.text) and is_first_name(first.text)) or is_first_name(last.text):
            continue
        if not (has(last.text, "Surn") and not_common(last.text)) or any(
                {"Geox", "Orgn", "Abbr"} & p.tag.grammemes for p in parses(last.text)):
            continue
        if not agreeing(last.text, first.text, middle.text):
            continue
        if after_kin(analysis.text, last.start):
            continue  # ``вдова Кравцова Ольга Николаевна``: the surname is the late husband's
        before = tokens[i - 1] if i else None
        if before is not None and TITLE_WORD.match(before.text) and is_first_name(before.text):
            continue  # ``губернатора Сергея Телегина Денис Андреевич``: the surname ends the name before
        out.append((last.start, middle.stop, True))
    return out


def agreeing(last: str, first: str, middle: str) -> bool:
    """Surname, first name and patronymic share a case and a gender (``Телегина`` is no surname of
    ``Денис Андреевич``)."""
    def forms(word: str, gram: str) -> set[tuple[str, str]]:
        return {(p.tag.case, p.tag.gender) for p in parses(word) if gram in p.tag and "sing" in p.tag}

    return bool(forms(last, "Surn") & forms(first, "Name") & forms(middle, "Patr"))


def without_lead(text: str, start: int, stop: int) -> int:
    """``руководитель ТУ Росрыболовства Андрей Викторович Кочергин``: natasha ran the body's words into
    the name; words before a full first name, patronymic and surname are not the person's."""
    words = list(re.finditer(r"[\w-]+", text[start:stop]))
    if len(words) >= 4 and is_first_name(words[-3].group()) and is_patronymic(words[-2].group()) and not (
            is_first_name(words[-4].group()) or is_patronymic(words[-4].group())):
        return start + words[-3].start()
    return start
