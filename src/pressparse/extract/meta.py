"""The release's headline and the agency or press service credited for it."""

from __future__ import annotations

import re

from ..analysis import Analysis
from . import Found

MAX_TITLE = 300

# "(с) ИА Русский Запад/ам", "© РИА Новости"; photo credits are not the source
COPYRIGHT = re.compile(r"^\s*(?:\([сcСC]\)|©)\s*(?![Фф]ото)(?P<name>[^\s/|][^/\n|]*?)\s*(?:/.*)?$", re.M)
# "Источник: PenzaNews"; a bare address is no name
CREDIT = re.compile(r"^\s*(?:источник|по материалам)\s*:\s*(?P<name>[^\n]+?)\s*$", re.I | re.M)
# "Автор: Редакция «ГОСНОВОСТИ» | 10.08.2015"
EDITORIAL = re.compile(r"^\s*Автор:\s*Редакция\s*«(?P<name>[^»\n]+)»", re.I | re.M)
# "Пенза, 17 сентября 2020. PenzaNews." and "17 февраля 2017 Управление информации ..."
MONTHS = r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
DATELINE = re.compile(
    r"^\s*(?:[А-ЯЁ][\w-]+,\s*)?(?:\d{1,2}\s+" + MONTHS + r"\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{2,4})"
    r"(?:\s*г(?:ода|\.)?)?[.,]?\s+(?P<name>[^\n.]{2,80}?)(?P<end>\.?\s*$|\.\s)",
    re.I | re.M,
)
# a signature line at the end: "Пресс-служба губернатора Томской области", "Пресс-центр ОАО «РЖД»"
SIGNATURE = re.compile(
    r"^\s*(?P<name>(?:пресс-служба|пресс-центр|пресс-секретариат|информационная служба)\s[^\n.!?]{3,100}?)\.?\s*$",
    re.I | re.M,
)
# a byline before a bar in the head: "Пресс-служба губернатора Амурской области | 12 сентября 2023"
BYLINE = re.compile(
    r"^\s*(?P<name>(?:пресс-служба|пресс-центр|пресс-секретариат|информационная служба)\s[^|\n]{3,100}?)\s*\|",
    re.I | re.M,
)
# a lower-case word with a verb ending: "пресс-служба ведомства сообщила о ..." is a sentence
VERB_LIKE = re.compile(r"(?<![\w-])[а-яё]+(?:ла|ли|ло|ет|ит|ют|ят|ат)\b")
# a line that is only a quoted name: a credited agency ("«ИТАР-ТАСС Сибирь»")
QUOTED_LINE = re.compile(r"^\s*«(?P<name>[^«»\n]{2,60})»\s*$", re.M)
URL = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
# "Текст: Ксения Рябова, фото: Денис Ли" under the dateline: the authors, no credited body
AUTHORS = re.compile(r"^(?:текст|фото|автор|авторы|фотограф|корреспондент)\b\s*:", re.I)


def extract_meta(analysis: Analysis, found: Found) -> None:
    """Fill ``found.title`` and ``found.source``."""
    text = analysis.norm
    found.title = find_title(analysis.text)
    found.source = find_source(text, found.title)


def find_title(text: str) -> str | None:
    lines = [line.strip() for line in text.splitlines()]
    content = [i for i, line in enumerate(lines) if line]
    if len(content) < 2:
        return None
    first = lines[content[0]]
    if len(first) > MAX_TITLE or not any(c.isalpha() for c in first):
        return None
    if first.endswith((".", ":", ";")) and len(first) > 120:
        return None
    return first


def find_source(text: str, title: str | None) -> str | None:
    for pattern in (COPYRIGHT, EDITORIAL):
        for match in pattern.finditer(text):
            name = clean(match.group("name"))
            if name:
                return name
    head = text[:600]
    for match in BYLINE.finditer(head):
        name = clean(match.group("name"))
        if name and not VERB_LIKE.search(name):
            return name
    for match in DATELINE.finditer(head):
        name = clean(match.group("name"))
        if name and name[0].isupper() and is_credit(name, match.group("end").strip() == "") and not is_place(name) \
                and not AUTHORS.match(name):
            return name
    for match in CREDIT.finditer(text):
        name = clean(match.group("name"))
        if name:
            return name
    signature = find_signature(text)
    if signature:
        return signature
    quoted = [clean(m.group("name")) for m in QUOTED_LINE.finditer(text)]
    quoted = [q for q in quoted if q and q != title]
    if len(quoted) >= 1 and text.count("\n") > 2:
        return quoted[-1]
    return None


def find_signature(text: str) -> str | None:
    """The last line, when it is a press service's signature (not the title, not a sentence)."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return None
    match = SIGNATURE.match(lines[-1])
    name = clean(match.group("name")) if match else None
    if not name or len(name.split()) > 10 or VERB_LIKE.search(name):
        return None
    return name


def is_place(name: str) -> bool:
    """``14 февраля 2025 года, Сочи``: the city after the date is where, not who."""
    from .gazetteer import places_by_name
    from .inflect import fold

    return fold(name) in places_by_name()


def is_credit(name: str, line_end: bool) -> bool:
    words = name.split()
    if line_end:
        return len(words) <= 6
    # "..., 17 сентября 2020. PenzaNews. Текст": only a short capitalized name, not a sentence
    return len(words) <= 3 and all(w[0].isupper() for w in words)


def clean(name: str) -> str | None:
    name = name.strip(" .,;:\"'")
    if name.startswith("«") and name.endswith("»"):
        name = name[1:-1]
    name = name.strip(" «") if name.count("«") > name.count("»") else name  # a stray opening quote
    if not name or URL.match(name) or not any(c.isalpha() for c in name):
        return None
    if re.fullmatch(r"[\w.-]+\.(?:ru|com|рф|net|org)", name, re.I):
        return None
    return name
