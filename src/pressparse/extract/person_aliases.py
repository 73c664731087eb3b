"""Names in brackets after a name are more mentions of it: the Latin spelling
(``Джоэл Саймон (Joel Simon)``) and a maiden name (``Екатерина Орлова (Смирнова)``)."""

from __future__ import annotations

import re
from typing import Any

from .names import Name
from .person_blocked import inside
from .person_spans import LOW, UP, NameSpan

CYRILLIC = re.compile(rf"[{UP}{LOW}]")
OPEN_BRACKET = re.compile(r"\s*[(\[]\s*")
CLOSE_BRACKET = re.compile(r"\s*[)\]]")
LATIN_WORD = r"[A-Z][^\W\d_]*(?:['’-][A-Za-z][^\W\d_]*)*\.?"
LATIN_ALIAS = re.compile(rf"\s*\(\s*((?:(?:al|el|de|da|van|von|le|la|di|del|der|bin|ibn)\s)?{LATIN_WORD}"
                         rf"(?:\s(?:(?:al|el|de|da|van|von|le|la|di|del|der|bin|ibn)\s)?{LATIN_WORD}){{0,3}})\s*\)")
# how a Russian name's first letter can be spelled in Latin
LATIN_STARTS = {
    "а": "a e", "б": "b", "в": "v w", "г": "g h", "д": "d", "е": "e ye je", "ё": "yo jo e", "ж": "zh j g",
    "з": "z s", "и": "i e y", "й": "y j i", "к": "k c q ch", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s c z", "т": "t", "у": "u w ou oo", "ф": "f ph v", "х": "h kh j x ch",
    "ц": "ts tz z c", "ч": "ch tsch tch c cz", "ш": "sh sch ch s", "щ": "shch sch", "э": "e a", "ю": "yu ju u",
    "я": "ya ja ia",
}


def mark_aliases(analysis: Any, spans: list[NameSpan], blocked: list[tuple[int, int]]) -> list[NameSpan]:
    """Mark (and add) the names in brackets after a name: ``Джоэл Саймон (Joel Simon)``.

    Such a mention (``alias_of``) joins the person it follows and never names it.
    """
    text = analysis.text
    out: list[NameSpan] = []
    for span in spans:
        prev = out[-1] if out else None
        written = text[span.start : span.stop]
        maiden = " " not in written and bool(prev and prev.name.first and prev.name.last) and bool(
            CLOSE_BRACKET.match(text, span.stop))
        if prev is not None and CYRILLIC.search(text[prev.start : prev.stop]) and (
                not CYRILLIC.search(written) or maiden) and OPEN_BRACKET.fullmatch(text[prev.stop : span.start]):
            # a Latin spelling or a maiden name: ``Екатерина Орлова (Смирнова)``
            span.alias_of = prev.alias_of if prev.alias_of >= 0 else prev.start
            span.name = Name(first=None, middle=None, last=written, gender=None, text=written)
        out.append(span)
        m = LATIN_ALIAS.match(text, span.stop)
        if (m is None or CYRILLIC.search(m.group(1)) or not CYRILLIC.search(written) or span.alias_of >= 0
                or any(s.start == m.start(1) for s in spans) or inside(m.start(1), m.end(1), blocked)):
            continue
        words = re.findall(r"[^\W\d_]+", written)
        latin = m.group(1).split()
        if len(latin) <= len(words) + 1 and sounds_alike(words[-1], latin[-1].split("-")[-1]):
            name = Name(first=None, middle=None, last=m.group(1), gender=None, text=m.group(1))
            out.append(NameSpan(m.start(1), m.end(1), name, False, span.start))
    return out


def sounds_alike(cyrillic: str, latin: str) -> bool:
    """The Latin word could spell the Cyrillic one: their first sounds agree (``Вольф``, ``Wolf``)."""
    options = LATIN_STARTS.get(cyrillic[:1].lower(), "")
    return any(latin.lower().startswith(o) for o in options.split())
