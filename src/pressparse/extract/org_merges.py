"""Merges and fixes of organization candidates: quoted abbreviations (``ПАО «КЗМК»``), names
with and without ``Государственный`` (``Русский музей``), bodies named after a person
(``фонд Владимира Потанина``)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .org_context import Candidate, as_known, name_key
from .inflect import fold
from .org_words import FEDERAL_ONLY
from .org_ner import is_legal_form


def best(candidates: list[Candidate]) -> Candidate:
    return min(candidates, key=lambda c: (c.rank, -len(c.name)))


QUOTED_ABBREVIATION = re.compile(r"^(?:[А-ЯЁA-Z]{2,6} )?«([А-ЯЁA-Z]{2,6})»$")


def merge_quoted_abbreviations(groups: dict[str, list[Candidate]]) -> dict[str, list[Candidate]]:
    """``ПАО «КЗМК»`` joins ``ПАО «Камский завод металлоконструкций»``: its letters begin the words."""
    for key in list(groups):
        m = QUOTED_ABBREVIATION.match(best(groups[key]).name)
        if m is None:
            continue
        abbr = m.group(1)
        targets = [k for k, cs in groups.items() if k != key and "«" in best(cs).name
                   and initials_fit(abbr, quoted_words(best(cs).name))]
        if len(targets) == 1:
            for c in groups[targets[0]]:
                c.short_name = abbr
            groups[targets[0]].extend(groups.pop(key))
    return groups


def quoted_words(name: str) -> list[str]:
    inner = name.split("«", 1)[1].rstrip("»")
    return [w for w in re.split(r"[\s-]+", inner) if w[:1].isalpha()]


def initials_fit(abbr: str, words: list[str]) -> bool:
    """Each word gives its first letter and maybe more of its letters, in order (``КЗМК``:
    ``Камский завод металлоконструкций``)."""
    if len(words) < 2:
        return False

    def fit(a: str, ws: list[str]) -> bool:
        if not ws:
            return not a
        if not a or a[0] != ws[0][0].upper():
            return False
        return any(subsequence(a[1 : 1 + k], ws[0][1:].upper()) and fit(a[1 + k :], ws[1:]) for k in range(len(a)))

    return fit(abbr.upper(), words)


def subsequence(part: str, word: str) -> bool:
    rest = iter(word)
    return all(ch in rest for ch in part)


# the first words official names add before a name the text also uses alone (``Русский музей``)
STATE_PREFIXES = ("государственн ", "федеральн ", "национальн ")


def merge_state_names(groups: dict[str, list[Candidate]]) -> dict[str, list[Candidate]]:
    """``Русский музей`` joins ``ФГБУК «Государственный Русский музей»``."""
    for key in [k for k in groups if ":" not in k and len(k.split()) >= 2]:
        targets = [k for k in groups if k != key and any(k.split(":")[-1] == p + key for p in STATE_PREFIXES)]
        if len(targets) == 1:
            short = best(groups[key]).name
            for c in groups[targets[0]]:
                if c.short_name is None and "«" in c.name:
                    c.short_name = short
            groups[targets[0]].extend(groups.pop(key))
    return groups


# bodies named after a person without ``имени``: ``фонд Владимира Потанина``
NAMED_AFTER = frozenset("фонд центр музей театр библиотека галерея".split())


def person_named(analysis: Any, candidates: list[Candidate]) -> list[Candidate]:
    """``фонд Владимира Потанина``: a first name and a surname after a body's noun are its name,
    no territory (``Фонд города Владимира``); the body's name takes them."""
    out = []
    for c in candidates:
        tokens = analysis.tokens_in(c.start, c.stop)
        after = analysis.tokens_in(c.stop, c.stop + 40)
        if len(tokens) > 1 and after and tokens[-2].lemma in NAMED_AFTER and is_person_name(tokens[-1], after[0]):
            continue
        if tokens and len(after) >= 2 and tokens[-1].lemma in NAMED_AFTER and is_person_name(after[0], after[1]) \
                and tokens[-1].text.islower() and not analysis.norm[c.stop : after[0].start].strip():
            c.name = f"{c.name} {analysis.text[after[0].start : after[1].stop]}"
            c.stop, c.key = after[1].stop, name_key(c.name)
        out.append(c)
    return out


def is_person_name(first: Any, second: Any) -> bool:
    """A capitalised first name and surname in one oblique case (``Владимира Потанина``)."""
    from ..analysis.morph import morph_analyzer

    if not (first.text[:1].isupper() and first.text[1:].islower() and second.text[:1].isupper() and second.text[1:].islower()):
        return False
    if first.feats.get("Case") in (None, "Nom") or first.feats.get("Case") != second.feats.get("Case"):
        return False
    morph = morph_analyzer()
    return any("Name" in p.tag for p in morph.parse(first.text)[:2]) and any("Surn" in p.tag for p in morph.parse(second.text)[:3])


def merge_person_named(analysis: Any, groups: dict[str, list[Candidate]]) -> dict[str, list[Candidate]]:
    """``Фонд Потанина`` joins ``Благотворительный фонд Владимира Потанина``."""
    for key in [k for k in groups if ":" not in k and len(k.split()) >= 2]:
        words = key.split()
        targets = [k for k, cs in groups.items() if k != key and k.split()[-1] == words[-1] and len(k.split()) > len(words)
                   and all(w in k.split() for w in words) and ends_with_person(best(cs).name)]
        if len(targets) == 1:
            groups[targets[0]].extend(groups.pop(key))
    return groups


def ends_with_person(name: str) -> bool:
    """``... фонд Владимира Потанина``: a first name and a surname end the name."""
    from ..analysis.morph import morph_analyzer

    words = name.split()
    if len(words) < 3 or not all(w[:1].isupper() and w[1:].islower() for w in words[-2:]):
        return False
    morph = morph_analyzer()
    return any("Name" in p.tag for p in morph.parse(words[-2])[:2]) and any("Surn" in p.tag for p in morph.parse(words[-1])[:3])


def federal_ministries(analysis: Any, candidates: list[Candidate]) -> list[Candidate]:
    """A bare ``МЧС`` completed with the document's region (``Министерство по чрезвычайным
    ситуациям Тюменской области``) is the federal ministry: it has no regional one; its regional
    unit is ``Главное управление МЧС России по ...``. ``МИД Грузии`` (a territory written) stays."""

    for c in candidates:
        word = analysis.text[c.start : c.stop]
        if fold(word) in FEDERAL_ONLY and c.key.startswith(name_key("министерство")):
            entry = federal_entries().get(fold(word))
            if entry is not None:
                as_known(c, entry)
    return candidates


@cache
def federal_entries() -> dict[str, Any]:
    """``мчс`` -> the federal ministry's gazetteer entry (short name ``МЧС России``)."""
    from .inflect import fold
    from .org_data import load_bodies
    from .org_words import FEDERAL_ONLY

    wanted = {f"{w} россии": w for w in FEDERAL_ONLY}
    return {wanted[fold(e.short_name)]: e for e in load_bodies()
            if not e.regional and e.short_name and fold(e.short_name) in wanted}


# the innermost quoted name of ``АО «Авиакомпания «Азимут»»``
INNER_QUOTE = re.compile(r"«[^«»]*«([^«»]+)»+$")


def merge_inner_quoted(groups: dict[str, list[Candidate]]) -> dict[str, list[Candidate]]:
    """``«Азимуту»`` joins ``АО «Авиакомпания «Азимут»»`` when it is the one company whose
    innermost quoted name it is; the bare name is a mention, never a company of its own."""
    inner: dict[str, list[str]] = {}
    for key, cs in groups.items():
        m = INNER_QUOTE.search(best(cs).name)
        if m and ":" not in key:
            inner.setdefault(name_key(m.group(1)), []).append(key)
    for key in [k for k in groups if k in inner and len(inner[k]) == 1]:
        target = inner[key][0]
        if target != key and target in groups and "«" not in best(groups[key]).name \
                and len(best(groups[key]).name.split()) <= 2:
            groups[target].extend(groups.pop(key))
    return groups


def merge_same_names(groups: dict[str, list[Candidate]]) -> dict[str, list[Candidate]]:
    """Two groups whose names came out the same (``Управление ФНС России по ...`` spelled out, and
    ``УФНС`` given the document's region) are one organization."""
    seen: dict[tuple[str, str | None], str] = {}
    for key in list(groups):
        top = best(groups[key])
        sig = (top.name, top.place)
        if sig in seen:
            groups[seen[sig]].extend(groups.pop(key))
        else:
            seen[sig] = key
    return groups


def merge_parent_forms(groups: dict[str, list[Candidate]]) -> dict[str, list[Candidate]]:
    """``Байкальский банк Сбербанка`` joins ``Байкальский банк ПАО Сбербанк``: a branch's name gives
    its parent with or without the parent's legal form, in its case or in the genitive. A leading
    form stays a word of the name (``АО «Восток»`` and ``ООО «Восток»`` are two companies)."""

    seen: dict[tuple[str, ...], str] = {}
    for key in [k for k in groups if not k.startswith("media:")]:
        written = re.findall(r"[\w-]+", best(groups[key]).name)
        words = tuple(fold(w)[:5] for i, w in enumerate(written) if i == 0 or not is_legal_form(w))
        if len(words) < 3 or words[0] == fold(written[0])[:5] and is_legal_form(written[0]):
            continue
        if words in seen and seen[words] in groups \
                and len(best(groups[seen[words]]).name.split()) != len(best(groups[key]).name.split()):
            kept, joined = seen[words], key
            if len(best(groups[joined]).name.split()) > len(best(groups[kept]).name.split()):
                kept, joined = joined, kept  # the name with the parent's form is the full one
            top = best(groups[kept]).rank
            for c in groups[joined]:
                c.rank = max(c.rank, top + 1)
            groups[kept].extend(groups.pop(joined))
            seen[words] = kept
        else:
            seen[words] = key
    return groups
