"""Noun phrases into the nominative: ``правительством Калининградской области`` ->
``Правительство Калининградской области``.

Only the head noun and the words agreeing with it (adjectives and participles before it) are
inflected; genitive tails, prepositional tails and quoted names stay as written, so
``благотворительного центра «Верю в чудо»`` becomes ``Благотворительный центр «Верю в чудо»``.
:func:`genitive` declines a canonical name for a body's tail (``Республика Коми`` ->
``Республики Коми``). Also the key functions the gazetteer matchers share: :func:`fold`, :func:`stem`.

Public API for other layers: ``to_nominative(analysis, tokens) -> str``, ``genitive(name) -> str``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

# case endings, longest first; stripping them makes every form of a name share one key
ENDINGS = tuple(
    sorted(
        """ыми ими ами ями ого его ому ему ой ей ий ый ая яя ое ее ые ие ых их ым им ую юю ом ем
        ам ям ах ях ию ия ии ью ья ье ьи ов ев а я о е у ю ы и ь й""".split(),
        key=len,
        reverse=True,
    )
)
MIN_STEM = 3
NOUN_POS = {"NOUN", "PROPN"}
AGREEING_POS = {"ADJ", "DET", "NUM", "VERB"}  # VERB: participles (``ведущий``)
OC_CASE_NOM = "nomn"


@lru_cache(maxsize=1 << 18)  # called for nearly every token by every layer: a C-level cache hit is cheaper
def fold(word: str) -> str:
    """Lower case, ё -> е."""
    return word.lower().replace("ё", "е")


@lru_cache(maxsize=1 << 16)  # words repeat across tokens and documents; the endings loop is hot
def stem(word: str) -> str:
    """A crude inflection-free key: folded, with a case ending stripped from each hyphen part."""
    return "-".join(stem_part(part) for part in fold(word).split("-"))


# the endings by length, longest first: one set lookup per length instead of a loop over all
# (two endings of one length cannot both end a word, so the first match is the same)
ENDINGS_BY_LENGTH = tuple(
    (n, frozenset(e for e in ENDINGS if len(e) == n)) for n in sorted({len(e) for e in ENDINGS}, reverse=True)
)


def stem_part(part: str) -> str:
    for n, endings in ENDINGS_BY_LENGTH:
        if len(part) - n >= MIN_STEM and part[-n:] in endings:
            return part[:-n]
    return part


def to_nominative(analysis: Any, tokens: Sequence[Any]) -> str:
    """The phrase of ``tokens`` (consecutive tokens of ``analysis``) in the nominative.

    Spacing between tokens is kept as in the text; the first letter is upper-cased.
    """
    if not tokens:
        return ""
    words = nominative_words(tokens)
    return capitalize_first(join_words(analysis, tokens, words))


def nominative_words(tokens: Sequence[Any]) -> list[str]:
    """Each token's word, with the head noun and its agreeing words put into the nominative."""
    words = [t.text for t in tokens]
    head = find_head(tokens)
    if head is None:
        return words
    head_token = tokens[head]
    head_form = nominative_form(head_token, None)
    if head_form is None:
        return words
    words[head] = recover_shape(head_form.word, head_token.text)
    gender = head_form.tag.gender
    number = head_form.tag.number or "sing"
    for i in range(head - 1, -1, -1):
        token = tokens[i]
        if token.pos not in AGREEING_POS and not surname_adjective(tokens, i) or token.text.isupper() and len(token.text) > 1:
            break
        form = inflected_form(token.text, "ADJ", token.feats.get("Case"), token.lemma, (gender, number)) \
            if token.pos == "PROPN" else nominative_form(token, (gender, number))
        if form is not None:
            words[i] = recover_shape(form.word, token.text)
    return words


def agree_nominative(token: Any, gender: str | None, number: str = "sing") -> str:
    """An adjective token in the nominative agreeing with a noun of ``gender`` (pymorphy3 grammeme)."""
    form = nominative_form(token, (gender, number))
    return recover_shape(form.word, token.text) if form is not None else token.text


def find_head(tokens: Sequence[Any]) -> int | None:
    """The first noun outside quotes, after any leading agreeing words."""
    depth = 0
    for i, token in enumerate(tokens):
        if token.text in ("«", '"'):
            depth += 1
        elif token.text == "»":
            depth = max(0, depth - 1)
        elif depth == 0 and surname_adjective(tokens, i):
            continue
        elif depth == 0 and token.pos in NOUN_POS:
            return i
        elif depth == 0 and token.pos not in AGREEING_POS and token.pos != "PUNCT":
            return None
    return None


# a place's adjective the tagger reads as a surname (``Березовского сельского поселения``)
SURNAME_ADJECTIVE = re.compile(r"[А-ЯЁ][а-яё]+(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое)$")


def surname_adjective(tokens: Sequence[Any], i: int) -> bool:
    """A capitalized ``-ского`` PROPN before a lowercase word of its case: an adjective, not a surname."""
    token, after = tokens[i], tokens[i + 1] if i + 1 < len(tokens) else None
    return token.pos == "PROPN" and after is not None and after.pos in ("ADJ", "NOUN") and after.text.islower() \
        and SURNAME_ADJECTIVE.match(token.text) is not None and after.feats.get("Case") == token.feats.get("Case")


def nominative_form(token: Any, agree: tuple[str | None, str] | None) -> Any:
    """pymorphy3 parse of ``token`` inflected to the nominative (agreeing with ``agree``)."""
    word = token.text
    if word.isupper() and len(word) > 1:  # abbreviations do not decline
        return None
    return inflected_form(word, token.pos, token.feats.get("Case"), token.lemma, agree)


@lru_cache(maxsize=1 << 14)  # the same names recur in every document: parse and inflect a word once
def inflected_form(word: str, pos: str, case: str | None, lemma: str, agree: tuple[str | None, str] | None) -> Any:
    """:func:`nominative_form` by the token's fields (pymorphy3 parses are immutable)."""
    from ..analysis.morph import morph_analyzer

    parses = morph_analyzer().parse(word)
    if case == "Nom" and agree is None:
        return pick(parses, pos, case, lemma) or (parses[0] if parses else None)
    parse = pick(parses, pos, case, lemma)
    if parse is None:
        return None
    grams = {OC_CASE_NOM}
    if agree is not None:
        gender, number = agree
        if number == "plur":
            grams.add("plur")
        else:
            grams.add("sing")
            if gender and parse.tag.POS in ("ADJF", "PRTF"):
                grams.add(gender)
    elif "plur" in parse.tag:
        grams.add("plur")
    try:
        form = parse.inflect(grams)
    except ValueError:
        form = None
    return form


UD_TO_OC_POS = {"NOUN": {"NOUN"}, "PROPN": {"NOUN"}, "ADJ": {"ADJF", "PRTF"}, "VERB": {"PRTF"},
                "DET": {"ADJF", "NPRO"}, "NUM": {"ADJF", "NUMR"}}
UD_TO_OC_CASE = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt",
                 "Loc": "loct"}


def pick_parse(parses: Sequence[Any], token: Any) -> Any:
    """The parse agreeing with the tagger: same part of speech and case, lemma preferred."""
    return pick(parses, token.pos, token.feats.get("Case"), token.lemma)


def pick(parses: Sequence[Any], ud_pos: str, ud_case: str | None, lemma: str) -> Any:
    pos = UD_TO_OC_POS.get(ud_pos, set())
    case = UD_TO_OC_CASE.get(ud_case or "")
    lemma = fold(lemma)
    best, best_score = None, -1
    for parse in parses:
        if parse.tag.POS not in pos:
            continue
        score = 1
        if case and case in parse.tag:
            score += 2
        if fold(parse.normal_form) == lemma:
            score += 1
        if score > best_score:
            best, best_score = parse, score
    return best


def recover_shape(word: str, original: str) -> str:
    if original.count("-") == 1 and "-" not in word:  # pymorphy joins ``Южно-Уральского`` into ``южноуральский``
        prefix = original.split("-")[0]
        if word.lower().startswith(prefix.lower()) and len(word) > len(prefix):
            word = f"{word[:len(prefix)]}-{word[len(prefix):]}"
    if original.isupper() and len(original) > 1:
        return word.upper()
    if original[:1].isupper():
        if "-" in original:  # Кабардино-Балкарская
            return "-".join(
                p.capitalize() if o[:1].isupper() else p for p, o in zip(word.split("-"), original.split("-"))
            )
        return word[:1].upper() + word[1:]
    return word


def join_words(analysis: Any, tokens: Sequence[Any], words: Sequence[str]) -> str:
    parts = [words[0]]
    for prev, token, word in zip(tokens, tokens[1:], words[1:]):
        gap = analysis.text[prev.stop : token.start]
        parts.append(" " if gap and gap.isspace() else gap)
        parts.append(word)
    return "".join(parts).replace("\n", " ")


def capitalize_first(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


@lru_cache(maxsize=4096)
def genitive(name: str) -> str:
    """``Калининградская область`` -> ``Калининградской области``; ``Республика Коми`` ->
    ``Республики Коми``: the head noun and the adjectives before it decline, the rest stays."""
    from ..analysis.morph import morph_analyzer

    parts = re.split(r"( [–—-] )", name)
    if len(parts) > 1:  # a double name declines its second part as its first ends: ``Кемеровской области –
        # Кузбасса``, ``Государственного Собрания – Курултая Республики Башкортостан``, but ``Республики
        # Северная Осетия — Алания``; an abbreviation or a lower-case ``филиал …`` after the dash stays
        first = genitive(parts[0])
        declined = first.split()[-1] != parts[0].split()[-1]
        return first + "".join(part if i % 2 or not declined or not (part[:1].isupper() and part.split()[0][1:2].islower())
                               else genitive(part) for i, part in enumerate(parts[1:], 1))
    words = name.split()
    out = list(words)
    gender = None
    # the head is the first noun that cannot be an adjective (``Тверская`` is also a street's name)
    analyses = [morph_analyzer().parse(word) for word in words]
    adjectival = [any(p.tag.POS in ("ADJF", "PRTF") for p in parses) for parses in analyses]
    head = next((i for i, parses in enumerate(analyses) if not adjectival[i]
                 and any(p.tag.POS == "NOUN" and "nomn" in p.tag for p in parses)), None)
    for i, word in enumerate(words):
        parses = analyses[i]
        if head is not None and i != head:
            continue
        noun = next((p for p in parses if p.tag.POS == "NOUN" and "nomn" in p.tag), None)
        if noun is not None:
            form = noun.inflect({"gent", noun.tag.number or "sing"})
            out[i] = recover_shape(form.word, word) if form else word
            gender = noun.tag.gender
            for j in range(i):
                adj = next((p for p in morph_analyzer().parse(words[j]) if p.tag.POS in ("ADJF", "PRTF")), None)
                grams = {"gent", "sing"} | ({gender} if gender else set())
                inflected = adj.inflect(grams) if adj else None
                if inflected:
                    out[j] = recover_shape(inflected.word, words[j])
            break
    return " ".join(out)
