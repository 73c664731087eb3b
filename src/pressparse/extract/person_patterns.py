"""Names found by their shape: initials before or after a surname (``В.В. Путин``, ``Путин
В.В.``) and names in capitals (``АЛЕКСЕЙ ПОПОВ``), with the word tests they share."""

from __future__ import annotations

import re

from .names import has, parses

UP = "А-ЯЁ"
LOW = "а-яё"
SURNAME = rf"[{UP}][{LOW}]+(?:-[{UP}][{LOW}]+)?"
SP = r"[ \t\u00a0]"  # a name never crosses a line: "Лаптев И.Г.\n\nПо данным ..." is no "И.Г. По"
INITIAL = rf"(?:Дж|[{UP}])\."  # ``Дж.`` spells one sound of a foreign first name: ``Дж.Коми``
INITIALS_FIRST = re.compile(rf"(?<![\w.])(?:{INITIAL}{SP}?){{1,2}}{SP}?{SURNAME}")
INITIALS_AFTER = re.compile(rf"(?<![\w.]){SURNAME}{SP}[{UP}]\.{SP}?[{UP}]\.")
CAPS_WORD = rf"[{UP}]{{2,}}(?:-[{UP}]{{2,}})?"
CAPS_START = re.compile(rf"(?<![\w-])(?:{CAPS_WORD}|[{UP}][{LOW}]+)(?![\w-])")
CAPS_NEXT = re.compile(rf"[ \t]+({CAPS_WORD})(?![\w-])")
NAME_SCORE = 0.3  # share of pymorphy3's parses that must say Name for a word to start a name


def initials_names(text: str) -> tuple[list[tuple[int, int, bool]], list[int]]:
    """``В.В. Путин``, ``Путин В.В.``; in ``Семенова Н.Н. Письмо ...`` the initials end a name.

    Initials between two surnames (``Петрову А.А. Иванов``) end the first name and the second
    surname is another person: the offsets where such names must be cut come back too.
    """
    after = [(m.start(), m.end(), False) for m in INITIALS_AFTER.finditer(text) if surname_like(m.group().split()[0])]
    out = list(after)
    cuts = []
    for m in INITIALS_FIRST.finditer(text):
        word = re.search(rf"[{UP}][{LOW}-]+$", m.group())
        host = next((b for a, b, _ in after if a < m.start() < b), None)
        if host is not None:
            if surname_like(word.group()):
                out.append((m.start() + word.start(), m.end(), True))
                cuts.append(host)
            continue
        out.append((m.start(), m.end(), False))
    return out, cuts


def surname_like(word: str) -> bool:
    return has(word, "Surn") or not_common(word)


def cut(text: str, raw: list[tuple[int, int, bool]], cuts: list[int]) -> list[tuple[int, int, bool]]:
    """Spans split at the given offsets (a span natasha ran over two names)."""
    out = []
    for start, stop, ner in raw:
        for c in sorted(x for x in cuts if start < x < stop):
            out.append((start, c, ner))
            start = c
            while start < stop and text[start].isspace():
                start += 1
        out.append((start, stop, ner))
    return out


def is_initials(text: str) -> bool:
    return bool(re.fullmatch(rf"(?:[{UP}]\.\s?){{1,2}}", text.strip()))


def caps_names(text: str) -> list[tuple[int, int, bool]]:
    """``АЛЕКСЕЙ ПОПОВ``, ``Ольга ПАВЛЮК`` anywhere, headlines in capitals included."""
    out = []
    for m in CAPS_START.finditer(text):
        ends = []
        pos = m.end()
        for _ in range(2):
            nxt = CAPS_NEXT.match(text, pos)
            if not nxt:
                break
            pos = nxt.end()
            ends.append(pos)
        for end in reversed(ends):
            if caps_name(text[m.start() : end]):
                out.append((m.start(), end, False))
                break
    return out


def caps_name(text: str) -> bool:
    """``АЛЕКСЕЙ ПОПОВ``, ``Ольга ПАВЛЮК``: a first name, then a surname-like word."""
    words = text.split()
    if not is_first_name(words[0]):
        # ``ИВАНОВ ИВАН ИВАНОВИЧ``: surname first, then a first name and a patronymic
        if not (len(words) == 3 and is_first_name(words[1]) and has(words[2], "Patr") and words[0].isupper()):
            return False
    rest = [w for w in words[1:] if not is_first_name(w) or has(w, "Patr")] if len(words) == 3 else words[1:]
    return all(not_common(w) or has(w, "Surn") or has(w, "Patr") for w in rest)


def is_first_name(word: str) -> bool:
    options = parses(word)
    return sum(p.score for p in options if "Name" in p.tag) >= NAME_SCORE


def not_common(word: str) -> bool:
    """No dictionary parse other than a name: a guess, a surname or a name."""
    return all(not p.is_known or {"Name", "Surn", "Patr"} & p.tag.grammemes for p in parses(word))
