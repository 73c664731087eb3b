"""Person names into the nominative with the gender kept: ``Валентины Матвиенко`` ->
``Валентина Матвиенко``, ``Гульназ Кадыровой`` -> ``Гульназ Кадырова``, ``А.Гусевым`` -> ``А.Гусев``.

A name is read from a span of the text: initials (``В.В.``) and words. Each word is classed as a
first name, patronymic or surname by pymorphy3 grammemes (Name/Patr/Surn) and its position; the
case comes from the tagger (names agree in case), the gender from the first name, else the
patronymic, else the surname's forms. A name already in the nominative is kept as written (only
ALL CAPS is re-cased), so foreign and indeclinable names (``Гульназ``, ``Майстер``) survive.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .person_surnames import CASE_FRIENDS, suffix_surname

UD_TO_OC_CASE = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
PIECE = re.compile(r"(?:Дж|[A-ZА-ЯЁ])\.|[\w][\w'’-]*", re.UNICODE)
ROMAN = re.compile(r"[IVXLC]+$")  # a monarch's or pope's number: ``Иоанн Павел II``
PARTICLES = frozenset("де да дер ван фон ди ибн бен оглы кызы аль эль ла ле".split())
FEMALE_PATRONYMIC = re.compile(r"(?:вн|чн|шн)(?:а|ы|е|у|ой|ою)$")
MALE_PATRONYMIC = re.compile(r"(?:вич|ич|ьич)(?:а|у|ем|е|ом)?$")


@dataclass(frozen=True, slots=True)
class Name:
    """A person's name in the nominative: parts, gender (``masc``/``femn``/None), full text."""

    first: str | None
    middle: str | None
    last: str | None
    gender: str | None
    text: str

    @property
    def initials(self) -> bool:
        """True when the first name is only an initial (``А.``)."""
        return bool(self.first) and self.first.endswith(".")


@dataclass(slots=True)
class Piece:
    text: str
    start: int
    stop: int
    case: str | None  # OpenCorpora case from the tagger
    gender: str | None
    initial: bool


@lru_cache(maxsize=50000)
def parses(word: str) -> tuple[Any, ...]:
    from ..analysis.morph import morph_analyzer

    return tuple(morph_analyzer().parse(word.lower()))


def read_name(analysis: Any, start: int, stop: int) -> Name | None:
    """The name written at ``analysis.text[start:stop]``, or None if it has no word."""
    pieces = split_pieces(analysis, start, stop)
    words = [p for p in pieces if not p.initial]
    inits = [p for p in pieces if p.initial]
    if not words or len(words) > 4:
        return None
    roles = classify(words, bool(inits))
    case, gender = reading(words, roles)
    subject = subject_gender(analysis, start, stop)
    if subject and (case, gender) != ("nomn", subject) and known_gender(words, roles) is None and all(
            can_be(p.text, r, "nomn", subject) for p, r in zip(words, roles)):
        case, gender = "nomn", subject  # ``Марина Ерохина была``: the tagger's genitive Марин loses
    forms = [nominative(p, r, case, gender) for p, r in zip(words, roles)]
    first = middle = last = None
    for form, role in zip(forms, roles):
        if role == "first":
            first = form
        elif role == "middle":
            middle = form if middle is None else f"{middle} {form}"
        else:
            last = form if last is None else f"{last} {form}"
    if inits:
        first = inits[0].text
        middle = "".join(p.text for p in inits[1:]) or middle
        initials = "".join(p.text for p in inits)
        gap = analysis.text[inits[-1].stop : words[-1].start]
        spaced = "" if gap == "" and words[-1].start >= inits[-1].stop else " "
        text = f"{initials}{spaced}{last}" if last else initials
    else:
        text = " ".join(x for x in (first, middle, last) if x)
    return Name(first=first, middle=middle, last=last, gender=gender, text=text)


def subject_gender(analysis: Any, start: int, stop: int) -> str | None:
    """The gender of the past-tense verb (or its copula) the name is the subject of, or None."""
    inside = analysis.tokens_in(start, stop)
    heads = [t for t in inside if not start <= analysis.tokens[t.head].start < stop] if inside else []
    if len(heads) != 1 or heads[0].head < 0 or heads[0].rel not in ("nsubj", "nsubj:pass", "appos"):
        return None
    head = heads[0].head
    sent = analysis.sents[heads[0].sent]
    for t in analysis.tokens[sent.first : sent.last]:
        if t.pos in ("VERB", "AUX") and t.feats.get("Number") == "Sing" and (
                t.index == head or t.head == head and t.rel in ("cop", "aux", "aux:pass")):
            gender = {"Masc": "masc", "Fem": "femn"}.get(t.feats.get("Gender", ""))
            if gender:
                return gender
    return None


def split_pieces(analysis: Any, start: int, stop: int) -> list[Piece]:
    pieces = []
    for m in PIECE.finditer(analysis.text, start, stop):
        word = m.group()
        token = analysis.token_at(m.start())
        feats = token.feats if token is not None else {}
        initial = word.endswith(".")
        if not initial and len(word) == 1 and word.isupper():
            initial, word = True, word + "."  # ``А Гусев`` with the dot lost
        pieces.append(Piece(word, m.start(), m.end(), UD_TO_OC_CASE.get(feats.get("Case", "")),
                            {"Masc": "masc", "Fem": "femn"}.get(feats.get("Gender", "")), initial))
    return pieces


def has(word: str, gram: str, case: str | None = None) -> bool:
    cases = CASE_FRIENDS.get(case, {case}) if case else None
    return any(gram in p.tag and (cases is None or p.tag.case in cases) for p in parses(word))


def classify(words: list[Piece], with_initials: bool) -> list[str]:
    """first / middle / last for each word, by grammemes and order."""
    n = len(words)
    if with_initials:
        return ["last"] * n if n == 1 else ["first"] * (n - 1) + ["last"]
    if n == 1:
        w = words[0].text
        return ["first"] if name_share(w) >= 0.5 and not has(w, "Surn") and not looks_caps_surname(w) else ["last"]
    is_patr = [is_patronymic(w.text) for w in words]
    if n == 2:
        a, b = words[0].text, words[1].text
        if is_patr[1] and not is_patr[0]:
            return ["first", "middle"]
        if name_share(a) < 0.5 <= name_share(b) and not has(b, "Surn"):
            return ["last", "first"]
        return ["first", "last"]
    if n == 3:
        if is_patr[2] and not is_patr[1]:
            return ["last", "first", "middle"]
        return ["first", "middle", "last"]
    return ["first", "middle", "middle", "last"]


def name_share(word: str) -> float:
    """How much of pymorphy3's parse weight says first name (``Сидоров`` is also Сидор's plural)."""
    return sum(p.score for p in parses(word) if "Name" in p.tag and "sing" in p.tag)


def looks_caps_surname(word: str) -> bool:
    return word.isupper() and len(word) > 1


def is_patronymic(word: str) -> bool:
    low = word.lower()
    return has(word, "Patr") or bool(FEMALE_PATRONYMIC.search(low) or MALE_PATRONYMIC.search(low))


def reading(words: list[Piece], roles: list[str]) -> tuple[str, str | None]:
    """(case, gender) under which the words agree best; the tagger breaks ties, then nominative.

    The gender is fixed first where the patronymic or the first name's lexeme tells it
    (``Гульназ`` is feminine whatever its case), so ``Гульназ Кадырова`` stays nominative.
    """
    gender = known_gender(words, roles)
    genders = (gender,) if gender else ("masc", "femn")
    case_votes = Counter(p.case for p in words if p.case)
    gender_votes = Counter(p.gender for p in words if p.gender)
    best: tuple[str, str | None] = ("nomn", gender)
    best_score = -1.0
    for case in ("nomn", "gent", "datv", "accs", "ablt", "loct"):
        for g in genders:
            fit = sum(can_be(p.text, role, case, g) for p, role in zip(words, roles))
            # a reading every word takes beats the tagger's votes for one some word cannot take
            # (``Министру … Марине Ткачук``, tagged masculine nominative, is Марина's dative)
            score = fit + (len(words) if fit == len(words) else 0)
            score += 0.3 * case_votes.get(case, 0) + 0.2 * gender_votes.get(g, 0)
            score += 0.25 if case == "nomn" else 0.0
            if score > best_score:
                best, best_score = (case, g), score
    case, g = best
    if gender is None and not any(can_be(p.text, r, case, g, strict=True) for p, r in zip(words, roles)):
        g = gender_votes.most_common(1)[0][0] if gender_votes else g
    return case, g


def known_gender(words: list[Piece], roles: list[str]) -> str | None:
    for piece, role in zip(words, roles):
        if role == "middle":
            low = piece.text.lower()
            if FEMALE_PATRONYMIC.search(low):
                return "femn"
            if MALE_PATRONYMIC.search(low):
                return "masc"
    for piece, role in zip(words, roles):
        if role == "first":
            genders = {gender_of(p) for p in parses(piece.text) if "Name" in p.tag} - {None}
            if len(genders) == 1:
                return genders.pop()
    return None


@lru_cache(maxsize=50000)
def can_be(word: str, role: str, case: str, gender: str | None, strict: bool = False) -> bool:
    """Has ``word`` a singular parse of its role in ``case`` that fits ``gender``?"""
    gram = {"first": "Name", "middle": "Patr", "last": "Surn"}[role]
    options = [p for p in parses(word) if p.tag.case == case and "sing" in p.tag and fits(p, gender)]
    if role == "last":
        if strict:
            return any(gram in p.tag or p.tag.POS == "ADJF" for p in options)
        # a word with no nominative reading may be a foreign nominative, unless it is a known
        # surname's oblique form (``Беглову``)
        return any(gram in p.tag or p.tag.POS in ("ADJF", "NOUN") for p in options) or (
            case == "nomn" and not any(p.tag.case == "nomn" or gram in p.tag for p in parses(word))) or (
            not strict and not any(gram in p.tag for p in parses(word))
            and suffix_surname(word, case, gender) is not None)
    typed = [p for p in parses(word) if gram in p.tag]
    if typed:
        return any(gram in p.tag for p in options)
    # a first name the dictionary does not know is read as indeclinable (``Эрдни Очировым``)
    return bool(options) or case == "nomn" or role == "first" and not any(p.is_known for p in parses(word))


def gender_of(parse: Any) -> str | None:
    gender = parse.tag.gender
    return gender if gender in ("masc", "femn") else None


def nominative(piece: Piece, role: str, case: str, gender: str | None) -> str:
    """The word in the nominative (shape restored), or as written when nothing fits."""
    word = piece.text
    if case != "nomn":
        if "-" in word and not any(p.tag.case == case for p in parses(word) if {"Surn", "Name"} & p.tag.grammemes):
            word = "-".join(inflect_word(part, role, case, gender) for part in word.split("-"))
        else:
            word = inflect_word(word, role, case, gender)
    return shape(word, piece.text)


def inflect_word(word: str, role: str, case: str, gender: str | None) -> str:
    cases = CASE_FRIENDS.get(case, {case})
    gram = {"first": "Name", "middle": "Patr", "last": "Surn"}[role]
    # a declinable reading first: ``Анне`` is Анна's dative before the indeclinable Анне
    options = sorted((p for p in parses(word) if p.tag.case in cases and "sing" in p.tag), key=lambda p: "Fixd" in p.tag)
    ranked = ([p for p in options if gram in p.tag and fits(p, gender)]
              + ([p for p in options if p.tag.POS == "ADJF" and fits(p, gender)] if role == "last" else [])
              + [p for p in options if p.tag.POS == "NOUN" and (gender is None or p.tag.gender == gender)])
    for parse in ranked:
        grams = {"nomn", "sing"}
        if gender and parse.tag.POS == "ADJF" or gram == "Surn" and gender and "Fixd" not in parse.tag:
            grams.add(gender)
        form = parse.inflect(grams)
        if form is not None:
            return form.word
    if role == "last" and not any("Surn" in p.tag for p in parses(word)):
        return suffix_surname(word, case, gender) or word
    return word


def fits(parse: Any, gender: str | None) -> bool:
    g = parse.tag.gender
    return gender is None or g is None or g == gender or "ms-f" in parse.tag


def shape(word: str, original: str) -> str:
    """Capitalize each hyphen part like a name (``ПАВЛЮК`` -> ``Павлюк``), keeping mixed case."""
    if "ё" not in original.lower():
        word = word.replace("ё", "е").replace("Ё", "Е")
    if ROMAN.match(original):
        return original
    parts, originals = word.split("-"), original.split("-")
    out = []
    for i, part in enumerate(parts):
        orig = originals[i] if i < len(originals) else part
        if orig.lower() in PARTICLES and i > 0 or orig.lower() in PARTICLES and orig.islower():
            out.append(part.lower())
        elif orig[:1].isupper() and not orig.isupper() and part.lower() == orig.lower():
            out.append(orig)  # as written: ``МакКейн``
        else:
            out.append(part[:1].upper() + part[1:].lower())
    return "-".join(out)
