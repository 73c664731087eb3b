"""The body gazetteers of :mod:`pressparse.data` as :class:`~.gazetteer.BodyEntry` records.

Federal bodies get their usual spellings added (``... России``, ``... РФ``, the bare name), so
``Минпромторга РФ`` and ``Министерством промышленности и торговли России`` both hit the
Минпромторг entry. Regional bodies are templates completed with the region they belong to.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from .gazetteer import WORD, BodyEntry
from .inflect import fold, stem
from .place_data import first_string, strings

COUNTRY_TAILS = (" Российской Федерации", " России", " РФ")
NAME_FIELDS = ("alias", "variant", "abbr", "short", "names", "forms", "other")
STATE_KINDS = frozenset("federal_body legislature court".split())
INITIALS = re.compile(r"\b([А-ЯЁ])\. (?=[А-ЯЁ]\. [А-ЯЁ])")
COMMON_POS = frozenset("ADJF ADJS NUMR ADVB PRTF CONJ PREP NPRO PRCL".split())
KINDS = frozenset(
    "federal_body regional_body municipal_body legislature court company ngo education media international other".split()
)


def load_bodies() -> Iterator[BodyEntry]:
    data = source()
    if data is None:
        return
    heads = set()
    for table, kind, regional in (("regional_bodies", "regional_body", True), ("federal_bodies", "federal_body", False)):
        load = getattr(data, table, None)
        for record in load() if load else ():
            entry = to_entry(record, kind, regional)
            if entry is None:
                continue
            if regional:
                heads.add(stem_phrase(entry.name))
            else:  # a federal alias that is a regional head (``Правительство``) would take every region's body
                entry = without_names(entry, lambda n: stem_phrase(n) in heads or n.islower() or common_word(n))
            yield entry
    load = getattr(data, "abbreviations", None)
    for record in load() if load else ():
        # ``минсоц``: a regional body's colloquial name, completed with the region it belongs to
        abbr, full, kind = (first_string(record, (f,)) for f in ("abbr", "expansion", "kind"))
        if abbr and full:
            yield BodyEntry(name=full, short_name=abbr, kind=kind if kind in KINDS else "regional_body",
                            names=(abbr,), regional=True)


def stem_phrase(name: str) -> str:
    return " ".join(stem(w) for w in WORD.findall(name))


def common_word(name: str) -> bool:
    """``Первый``, ``Почта``: a one-word short name that is an ordinary word matches too much."""
    from ..analysis.morph import morph_analyzer

    if " " in name or name.isupper():
        return False
    analyzer = morph_analyzer()
    word = fold(name)
    if not analyzer.word_is_known(word):
        return False
    return analyzer.parse(word)[0].tag.POS in COMMON_POS


def common_noun(name: str) -> bool:
    from ..analysis.morph import morph_analyzer

    if " " in name or name.isupper():
        return False
    analyzer = morph_analyzer()
    word = fold(name)
    return analyzer.word_is_known(word) and any(
        p.tag.POS == "NOUN" and not {"Geox", "Name", "Surn", "Orgn", "Abbr"} & p.tag.grammemes for p in analyzer.parse(word)[:1])


def without_names(entry: BodyEntry, drop: Any) -> BodyEntry:
    from dataclasses import replace

    return replace(entry, names=tuple(n for n in entry.names if not drop(n)))


def source() -> Any:
    try:
        from .. import data
    except ImportError:
        return None
    return data


def to_entry(record: Any, kind: str, regional: bool) -> BodyEntry | None:
    name = first_string(record, ("name", "full_name"))
    if not name:
        return None
    own_kind = first_string(record, ("kind", "type"))
    short = None if regional else first_string(record, ("short_name", "short", "abbreviation"))
    names = [n for n in strings(record, NAME_FIELDS, exclude=("region", "place")) if n != name]
    if not regional:
        names = with_country_tails([name, *names])
    if own_kind == "company":
        # companies are named ``ПАО «ЛУКОЙЛ»``: legal form + quoted name, short name the bare one
        formal = next((n for n in names if "«" in n and n.split()[0].isupper()), None) or abbreviate_form(name)
        bare = next((n for n in names if "«" not in n), short)
        if formal and formal.split()[0] != "ГК":  # ``ГК`` is a group of companies too: a state corporation is spelled out
            name, short = formal, bare
        elif formal:
            short = bare
    return BodyEntry(
        name=INITIALS.sub(r"\1.", name),  # ``имени С.П. Королева``: initials unspaced, as releases write them
        short_name=short,
        kind=own_kind if own_kind in KINDS else kind,
        names=tuple(dict.fromkeys(n for n in names if n != name)),
        place="Россия" if not regional and (own_kind or kind) in STATE_KINDS else None,
        regional=regional,
    )


def abbreviate_form(name: str) -> str | None:
    """``Публичное акционерное общество «Полиметалл»`` -> ``ПАО «Полиметалл»``."""
    if "«" not in name:
        return None
    spelled, quoted = name.split("«", 1)
    by_full = {full.lower(): abbr for abbr, full in legal_forms().items() if full}
    abbr = by_full.get(spelled.strip().lower())
    return f"{abbr} «{quoted}" if abbr else None


def with_country_tails(names: list[str]) -> list[str]:
    """Each name with and without ``Российской Федерации`` / ``России`` / ``РФ``."""
    out = []
    for name in names:
        base = name
        for tail in COUNTRY_TAILS:
            if name.endswith(tail):
                base = name[: -len(tail)]
                break
        out.append(name)
        if base != name and common_noun(base):
            continue  # ``Банк`` of ``Банк России``: a bare ``Банк`` refers to the text's bank (org_references)
        if base != name or is_abbreviation(name):
            out.append(base)
            out.extend(base + tail for tail in COUNTRY_TAILS)
    return out


def is_abbreviation(name: str) -> bool:
    words = WORD.findall(name)
    return len(words) == 1 and not name.islower()


@cache
def abbreviations() -> dict[str, str]:
    """Folded abbreviation -> its expansion: university types (``гау`` -> ``государственный
    аграрный университет``) and the data's colloquial body names (``облдума`` -> ``областная дума``)."""
    from .org_words import UNIVERSITY_TYPES

    data = source()
    load = getattr(data, "abbreviations", None) if data is not None else None
    out: dict[str, str] = {fold(k): v for k, v in UNIVERSITY_TYPES.items()}
    for record in load() if load else ():
        abbr = first_string(record, ("abbr", "abbreviation", "short", "name", "short_name"))
        full = first_string(record, ("expansion", "full", "full_name", "meaning", "long", "text"))
        if abbr and full and abbr != full:
            out.setdefault(fold(abbr), full)
    return out


@cache
def legal_forms() -> dict[str, str]:
    """Legal form abbreviation (``ПАО``) -> its full name, as the data gives them."""
    data = source()
    load = getattr(data, "legal_forms", None) if data is not None else None
    out: dict[str, str] = {}
    for record in load() if load else ():
        abbr = first_string(record, ("abbr", "abbreviation", "short", "name", "short_name"))
        full = first_string(record, ("expansion", "full", "full_name", "meaning", "long", "text")) or ""
        if abbr:
            out[abbr] = full
    return out


@cache
def legal_form_kinds() -> dict[str, str]:
    """Legal form abbreviation -> the organization kind it implies (``АНО`` -> ``ngo``)."""
    data = source()
    load = getattr(data, "legal_forms", None) if data is not None else None
    return {abbr: kind for record in (load() if load else ())
            if (abbr := first_string(record, ("abbr",))) and (kind := first_string(record, ("kind",)))}
