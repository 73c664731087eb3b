"""Where the text names a person: natasha's PER spans, cleaned, plus rules for what NER misses.

Rules add initials (``В.В. Путин``, ``Путин В.В.``, ``А.Гусев``), ALL CAPS names
(``АЛЕКСЕЙ ПОПОВ``), first name + surname pairs by grammemes and words only a surname can be
(``Лужков``). natasha's spans are cut at brackets, commas and line ends and rejoined where it split
one name (``Ковалёва`` + ``Наталья Петровна``). PER spans that are not people (``МичГАУ``, a name
inside an organization's quoted name) are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .names import Name, has, is_patronymic, name_share, parses, read_name
from .person_blocked import inside, pieced
from .person_clergy import clergy_names
from .person_reversed import surname_first, without_lead
from .person_patterns import (LOW, UP, caps_names, cut, initials_names, is_first_name, is_initials,
                              not_common)
from .person_words import EPONYM, KIN, NAME_PREFIX, NAMED_AFTER, STREET_SUFFIX, TITLES

TITLE_WORD = re.compile(rf"[{UP}][{LOW}]+(?:-[{UP}][{LOW}]+)?$")
NOT_SURNAMES = frozenset({"Geox", "Orgn", "Abbr"})
SURNAME_SCORE = 0.9
ADJECTIVE_SURNAME = re.compile(r"(?:ск|цк)(?:ий|ая|ой|ого|ому|им|ом|ую)$")


@dataclass(slots=True)
class NameSpan:
    """A mention of a person with its name read in the nominative."""

    start: int
    stop: int
    name: Name
    ner: bool  # natasha tagged it PER (or a rule sure it is a person): it may stand alone
    alias_of: int = -1  # start of the mention this one spells in Latin: ``Томас Шефер (Thomas Schäfer)``


def find_name_spans(analysis: Any, blocked: list[tuple[int, int]]) -> list[NameSpan]:
    """Person mentions of the text, longest first where they overlap, in text order.

    ``blocked``: spans (organization and place names) that no person mention may lie inside.
    """
    raw: list[tuple[int, int, bool]] = []
    for span in analysis.spans:
        if span.type != "PER":
            continue
        # natasha runs a name into its Latin spelling in brackets, across lines and lists
        for line in re.finditer(r"[^\n()\[\];,•·|]+", analysis.text[span.start : span.stop]):
            start, stop = trim(analysis.text, span.start + line.start(), span.start + line.end())
            start = without_lead(analysis.text, with_first_name(analysis.text, start, stop), stop)
            for a, b in case_pieces(analysis.text, start, stop):
                raw.append((a, b, True))
    initials, cuts = initials_names(analysis.text)
    raw += initials
    raw += caps_names(analysis.text)
    raw += list(name_pairs(analysis))
    raw += lone_surnames(analysis)
    raw += surname_first(analysis)
    spans = []
    for start, stop, ner in merge(analysis.text, cut(analysis.text, raw, cuts)):
        start = after_titles(analysis, start, stop)
        start = after_eponym(analysis, start, stop)
        if inside(start, stop, blocked) and not ((start, stop) in blocked and full_name(analysis.text[start:stop])):
            continue
        if pieced(analysis.text, start, stop, blocked) and not full_name(analysis.text[start:stop]):
            continue
        if start >= stop or not is_person(analysis, start, stop) or EPONYM.search(analysis.norm, max(0, start - 40), start):
            continue
        name = read_name(analysis, start, stop)
        if name is not None and (name.last or name.first):
            spans.append(NameSpan(start, stop, name, ner))
    # ``митрополит Нектарий``: the title makes a one-word name a person, even one NER took for a place
    spans += [NameSpan(a, b, name, True) for a, b, name in clergy_names(analysis)
              if not any(s.start < b and a < s.stop for s in spans)]
    return sorted(spans, key=lambda s: s.start)


CASES = {"gen2": "gent", "acc2": "accs", "loc2": "loct"}
ALL_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct"})
PARTICLES = frozenset("аль эль ибн бин бен абу ван фон де ди дель ла ле".split())  # ``Абдаллы Аль Махмуда``


def case_pieces(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """A span cut where two neighbouring words cannot share a case: natasha runs two people
    together (``Сталину Вертинский``, ``Хельмута Риллинга Эдисон Денисов``); one name's words agree."""
    words = list(re.finditer(r"[\w.-]+", text[start:stop]))
    out, first = [], start
    for left, right in zip(words, words[1:]):
        a, b = name_cases(left.group()), name_cases(right.group())
        # only an oblique name before a nominative one: ``Сталину Вертинский``, not ``Абдул Вали``
        if "nomn" not in a and "nomn" in b and not (a & b):
            out.append((first, start + left.end()))
            first = start + right.start()
    out.append((first, stop))
    return [(a, b) for a, b in out if b > a]


def name_cases(word: str) -> frozenset[str]:
    """Cases a word of a person's name can be in, by its dictionary name parses (all for
    initials, undeclined words and words the dictionary knows as no name)."""
    if not word[:1].isupper() or "." in word or not re.search(r"[а-яё]", word) or word.lower() in PARTICLES:
        return ALL_CASES
    cases = set()
    for p in parses(word):
        case = p.tag.case
        if case is None or "sing" not in p.tag or not p.is_known or not {"Name", "Surn", "Patr"} & p.tag.grammemes:
            continue
        cases.add(CASES.get(case, case))
    return frozenset(cases) or ALL_CASES


FIRST_BEFORE = re.compile(r"([А-ЯЁ][а-яё]+) $")


def with_first_name(text: str, start: int, stop: int) -> int:
    """``ПАО Сбербанк Артём Геннадьевич Ворошилин``: natasha gave the first name to the body before;
    a span opening with a patronymic takes back the first name right before it."""
    from .names import is_patronymic

    first = re.match(r"[\w-]+", text[start:stop])
    m = FIRST_BEFORE.search(text, max(0, start - 30), start)
    if first and m and is_patronymic(first.group()) and is_first_name(m.group(1)):
        return m.start(1)
    return start


def after_titles(analysis: Any, start: int, stop: int) -> int:
    """Where the name starts after leading titles and positions: ``Принцу Филиппу`` -> ``Филиппу``;
    a span of titles only (``Папа``) comes back empty."""
    for m in re.finditer(r"[\w-]+", analysis.text[start:stop]):
        word = m.group().lower()
        if word not in TITLES and not any(p.normal_form in TITLES and p.tag.POS == "NOUN" for p in parses(word)) \
                and not position_word(analysis, start + m.start()):
            return start + m.start()
    return stop


EPONYM_NAME = re.compile(rf"(?:[{UP}]\.\s?){{1,2}}[{UP}][{LOW}-]+\s+(?=[{UP}][{LOW}-]+\s+[{UP}][{LOW}-]+$)")


def after_eponym(analysis: Any, start: int, stop: int) -> int:
    """``университета имени академика Е.А. Букетова Ерлан Сейткалиев``: natasha ran the eponym
    (initials and a surname) into the rector's name after it; the person starts after the eponym."""
    m = EPONYM_NAME.match(analysis.text, start, stop)
    return m.end() if m and EPONYM.search(analysis.norm, max(0, start - 40), start) else start


def position_word(analysis: Any, offset: int) -> bool:
    """``Император Акихито``, ``Нейрохирург Мэри Кобб``: a one-word position natasha put in the name."""
    from .role_lexicon import match_position

    token = analysis.token_at(offset)
    if token is None or not token.text[1:].islower() or has(token.text, "Surn") or has(token.text, "Name"):
        return False  # ``Судья``, ``Князев``: also a surname
    found = match_position(analysis.tokens, token.index, token.index + 1)
    return found is not None


def trim(text: str, start: int, stop: int) -> tuple[int, int]:
    while stop > start and not (text[stop - 1].isalnum() or text[stop - 1] == "."):
        stop -= 1
    while start < stop and not text[start].isalnum():
        start += 1
    return start, stop


def merge(text: str, raw: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """Union of overlapping spans, and of a name with initials right next to it (``Путин В.В.``)."""
    out: list[list[Any]] = []
    for start, stop, ner in sorted(raw):
        if out:
            last = out[-1]
            gap = text[last[1] : start]
            glue = start < last[1] or (gap.isspace() and "\n" not in gap and (
                is_initials(text[start:stop]) or is_initials(text[last[0] : last[1]])
                or one_name(text[last[0] : last[1]], text[start:stop]) and not after_kin(text, last[0])))
            if glue:
                last[1] = max(last[1], stop)
                last[2] = last[2] or ner
                continue
        out.append([start, stop, ner])
    return [(a, b, c) for a, b, c in out]


def one_name(left: str, right: str) -> bool:
    """Two touching pieces natasha split: ``Ковалёва`` + ``Наталья Петровна``, ``Иван`` + ``Петров``."""
    a, b = left.split(), right.split()
    words = a + b
    if min(len(a), len(b)) != 1 or len(words) > 3:
        return False
    if len(words) == 3:
        return is_patronymic(words[2]) or is_patronymic(words[1]) and is_first_name(words[0])
    return any(is_first_name(x) and not has(x, "Surn") and has(y, "Surn") for x, y in (words, words[::-1]))


def after_kin(text: str, start: int) -> bool:
    """``вдова Ельцина Наина Иосифовна``: the surname belongs to a relative, the name to the widow."""
    words = re.findall(rf"[{UP}{LOW}]+", text[max(0, start - 20) : start])
    return bool(words) and words[-1].lower() in KIN


def name_pairs(analysis: Any) -> list[tuple[int, int, bool]]:
    """First name + (patronymic) + surname by grammemes, for names natasha left out."""
    tokens = analysis.tokens
    out = []
    i = 0
    while i < len(tokens) - 1:
        t = tokens[i]
        # ``Владимира`` is a first name and a city: a name unless after ``город``
        city = has(t.text, "Geox") and (name_share(t.text) < 0.9 or i > 0 and (
            tokens[i - 1].text.lower().rstrip(".") in ("г", "город") or tokens[i - 1].lemma == "город"))
        if TITLE_WORD.match(t.text) and is_first_name(t.text) and not city:
            j = i + 1
            if j < len(tokens) - 1 and TITLE_WORD.match(tokens[j].text) and has(tokens[j].text, "Patr"):
                j += 1
            nxt = tokens[j]
            if (TITLE_WORD.match(nxt.text) and nxt.start - tokens[j - 1].stop == 1
                    and (has(nxt.text, "Surn") or not_common(nxt.text))
                    and not (NOT_SURNAMES & {g for p in parses(nxt.text) for g in p.tag.grammemes})):
                out.append((t.start, nxt.stop, False))
                i = j + 1
                continue
        i += 1
    return out


def lone_surnames(analysis: Any) -> list[tuple[int, int, bool]]:
    """A capitalized word that can only be a surname (``Лужков``), not in a street's or a body's name."""
    tokens = analysis.tokens
    out = []
    for i, t in enumerate(tokens):
        if not TITLE_WORD.match(t.text) or len(t.text) < 4 or surname_share(t.text) < SURNAME_SCORE:
            continue
        prev = tokens[i - 1] if i > 0 and tokens[i - 1].sent == t.sent else None
        nxt = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].sent == t.sent else None
        capital = prev is not None and prev.text[:1].isupper() and analysis.sents[t.sent].first != i - 1
        if prev is not None and (capital or prev.text in "«\"“„" or {
                prev.text.lower().rstrip("."), (prev.lemma or "").lower()} & NAMED_AFTER):
            continue
        if nxt is not None and (nxt.text[:1].isupper() or nxt.text in "»\"”"):
            continue
        out.append((t.start, t.stop, True))
    return out


def surname_share(word: str) -> float:
    """Weight of pymorphy3's singular surname parses; 0 when a parse is a place, a body or unknown,
    and for adjective-like surnames (``Лебединский`` also names a mine, ``Михайловский`` a theatre)."""
    options = parses(word)
    if not options or any(not p.is_known or {"Geox", "Orgn", "Name"} & p.tag.grammemes for p in options):
        return 0.0
    if ADJECTIVE_SURNAME.search(word.lower()):
        return 0.0
    return sum(p.score for p in options if "Surn" in p.tag and "sing" in p.tag)


def full_name(text: str) -> bool:
    """First name (patronymic) surname by the dictionary: a person even where a stage took it for
    an organization or a place (``ИГОРЬ ПЕТРОВ:`` heading an interview)."""
    words = text.split()
    if len(words) not in (2, 3) or name_share(words[0]) < 0.5 or not has(words[-1], "Surn"):
        return False
    return len(words) == 2 or is_patronymic(words[1])


def family(word: str) -> bool:
    """A surname only in the plural (``Шаймиевых``, ``Романовых``): a family, not one person."""
    options = parses(word)
    return any("Surn" in p.tag for p in options) and not any(
        "sing" in p.tag and {"Surn", "Name", "Patr"} & p.tag.grammemes for p in options)


def is_person(analysis: Any, start: int, stop: int) -> bool:
    """Not an abbreviation (``МичГАУ``), a quoted name or a lone common word."""
    text = analysis.text[start:stop]
    words = re.findall(r"[\w-]+", text)
    if not words:
        return False
    if any(w[1:] != w[1:].lower() and not w.isupper() and "-" not in w and not NAME_PREFIX.match(w) for w in words):
        return False  # ``МичГАУ``, ``КемГУ``, not ``МакКейн``
    if len(words) == 1:
        w = words[0]
        token = analysis.token_at(start)
        if token is not None and token.feats.get("Number") == "Plur":
            return False  # ``Рокфеллеров``: a family, not a person
        if w.isupper() and len(w) > 1 and not has(w, "Surn"):
            return False
        if family(w):
            return False  # ``клан Шаймиевых``
        if not (has(w, "Surn") or has(w, "Name") or not_common(w)):
            return False
    if all(not any(part[:1].isupper() for part in w.split("-")) for w in words):  # not ``аль-Барадеи``
        return False
    if any(STREET_SUFFIX.search(w) for w in words):
        return False  # ``Даунинг-стрит``
    if any(c.isdigit() for c in text):
        return False  # ``Ми-6``
    norm = analysis.norm
    return not (start > 0 and norm[start - 1] == "«" and norm.find("»", stop) in (stop, stop + 1))
