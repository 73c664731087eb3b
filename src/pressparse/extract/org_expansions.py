"""Late merges of a body named twice, once as the text writes it and once from an abbreviation or
a colloquial name spelled out: ``Облизбирком`` (``Областная избирательная комиссия ...``) and
``Избирательная комиссия Тверской области``; ``ТИК`` (given the document's region) and
``Территориальная избирательная комиссия Ржевского округа``; ``Минкультуры Коми`` and
``Министерство культуры, туризма и архивного дела Республики Коми``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .inflect import fold, stem
from .org_context import Candidate, name_key
from .org_bodies import known_name

# a level adjective repeats the territory noun of the name's tail: ``Областная ... области``
LEVEL_ADJECTIVES = {"областн": "област", "краев": "кра", "республиканск": "республик", "окружн": "округ",
                    "городск": "город", "районн": "район"}
WORD = re.compile(r"[\w-]+")
# a group's brand (``Агрохолдинг «ЭкоНива»``) and its legal name (``АО «ЭкоНива-АПК Холдинг»``) share
# the quoted name and the kind of group
GROUP_ROOTS = ("холдинг", "групп", "корпорац", "концерн")
BRANDED = re.compile(r"^(?P<descriptor>[А-ЯЁа-яё-]+) «(?P<name>[^«»]+)»$")
# a plant's abbreviation and its words: ``Калининская АЭС`` is ``Калининская атомная станция``
PLANT_WORDS = {"аэс": ("атомн", "станц"), "гэс": ("гидро", "станц")}
PLANT_STEMS = {"атомн": "атомн", "станц": "станц", "электр": "станц", "гидро": "гидро"}
LEGAL = re.compile(r"^[А-ЯЁ]{2,5} «(?P<name>[^«»]+)»$")


def merge_expansions(analysis: Any, groups: dict[str, list[Candidate]], places: Any = ()) -> dict[str, list[Candidate]]:
    """Spelled-out abbreviations and colloquial names join the one body the text writes in full."""
    kinds = {p.id: p.kind for p in places}
    TOPS.clear()
    try:
        for key in list(groups):
            if key not in groups:
                continue
            # a brand is written, its legal name is the name all the same; so is ``АЭС`` of ``атомная станция``
            target = holding(groups, key) or spelled_plant(groups, key) or same_office(groups, key) or initials(groups, key)
            if target is None and not written(analysis, groups[key]):
                target = level_free(groups, key) or same_head(groups, key, kinds) or fuller(analysis, groups, key)
            if target is not None:
                join(groups, key, target)
    finally:
        TOPS.clear()
    return groups


# the best candidate of each group during one merge, keyed by the list's id; only ``join`` changes
# ranks and it grows the target list, so a length change invalidates (the entry holds the list alive)
TOPS: dict[int, tuple[list[Candidate], int, Candidate]] = {}


def best(candidates: list[Candidate]) -> Candidate:
    """``organizations.best``, memoized for the running merge."""
    hit = TOPS.get(id(candidates))
    if hit is not None and hit[0] is candidates and hit[1] == len(candidates):
        return hit[2]
    top = min(candidates, key=lambda c: (c.rank, -len(c.name)))
    TOPS[id(candidates)] = (candidates, len(candidates), top)
    return top


def join(groups: dict[str, list[Candidate]], key: str, target: str) -> None:
    top = best(groups[target]).rank
    for c in groups[key]:
        c.short_name = c.short_name or (c.name if " " not in c.name else None)
        c.rank = max(c.rank, top + 1)  # the name the text writes stays
    groups[target].extend(groups.pop(key))


@lru_cache(maxsize=1 << 14)  # the same names are compared pair by pair; callers never mutate the list
def words_of(name: str) -> list[str]:
    return [fold(w)[:5] for w in WORD.findall(name)]


def written(analysis: Any, candidates: list[Candidate]) -> bool:
    """Does some mention write the group's name word for word (in any case)?"""
    name = [w[:4] for w in words_of(best(candidates).name)]
    return any([w[:4] for w in words_of(analysis.text[c.start : c.stop])] == name for c in candidates if c.rank < 9)


def others(groups: dict[str, list[Candidate]], key: str) -> list[tuple[str, Candidate]]:
    return [(k, best(cs)) for k, cs in groups.items() if k != key and cs and not k.startswith("media:")]


def level_free(groups: dict[str, list[Candidate]], key: str) -> str | None:
    """``Областная избирательная комиссия Тверской области`` is ``Избирательная комиссия Тверской области``."""
    full = [fold(w) for w in WORD.findall(best(groups[key]).name)]
    level = next((LEVEL_ADJECTIVES[w] for w in LEVEL_ADJECTIVES if full and full[0].startswith(w)), None)
    if level is None or len(full) < 4 or not any(w.startswith(level) for w in full[2:]):
        return None
    rest = [w[:5] for w in full[1:]]
    targets = [k for k, top in others(groups, key) if words_of(top.name) == rest]
    return targets[0] if len(targets) == 1 else None


def same_head(groups: dict[str, list[Candidate]], key: str, kinds: dict[str, str]) -> str | None:
    """``ТИК``, given the document's region, is the one territorial commission the text names
    with its own territory: the same words before the territory."""
    cs = groups[key]
    top = best(cs)
    if top.place is None or top.rank < 3 or kinds.get(top.place) != "region":
        return None
    words = words_of(top.name)
    head = words[: len(words) - len(words_of(place_tail(top)))] if place_tail(top) else []
    if len(head) < 2:
        return None
    targets = [k for k, other in others(groups, key) if kinds.get(other.place or "") in ("district", "city")
               and words_of(other.name)[: len(head)] == head and len(words_of(other.name)) > len(head)
               and not words_of(other.name)[len(head)].startswith("по")]
    return targets[0] if len(targets) == 1 else None


def place_tail(candidate: Candidate) -> str:
    """The territory words ending the name (the genitive tail after the body's head words)."""
    words = candidate.name.split()
    tail = [w for w in words[1:] if w[:1].isupper()]
    if not tail:
        return ""
    first = words.index(tail[0], 1)
    return " ".join(words[first:])


def fuller(analysis: Any, groups: dict[str, list[Candidate]], key: str) -> str | None:
    """``Министерство культуры Республики Коми`` (from ``Минкультуры Коми``) is the one body of the
    same territory whose written name holds all its words in order, the same first and last."""
    top = best(groups[key])
    words = words_of(top.name)
    if len(words) < 3:
        return None
    targets = []
    for k, other in others(groups, key):
        longer = words_of(other.name)
        if len(longer) <= len(words) or longer[0] != words[0] or longer[-1] != words[-1] \
                or top.place is not None and other.place is not None and other.place != top.place:
            continue
        rest = iter(longer)
        if not all(w in rest for w in words):
            continue
        extra = [w for w in WORD.findall(other.name) if fold(w)[:5] not in words]
        if any(w[:1].isupper() for w in extra):
            continue  # ``Администрация Ленинского района города ...``: another, named body
        targets.append(k)
    return targets[0] if len(targets) == 1 else None


def holding(groups: dict[str, list[Candidate]], key: str) -> str | None:
    """``Агрохолдинг «ЭкоНива»`` is the one ``АО «ЭкоНива-АПК Холдинг»`` of the text: its legal name."""
    m = BRANDED.match(best(groups[key]).name)
    root = next((r for r in GROUP_ROOTS if m and r in fold(m.group("descriptor"))), None)
    if m is None or root is None:
        return None
    brand = fold(m.group("name"))
    targets = []
    for k, other in others(groups, key):
        legal = LEGAL.match(other.name)
        inner = fold(legal.group("name")) if legal else ""
        if inner.startswith(brand) and inner[len(brand) : len(brand) + 1] in ("-", " ") and root in inner[len(brand) :]:
            targets.append(k)
    return targets[0] if len(targets) == 1 else None


def plant_words(name: str) -> tuple[str, ...]:
    """``Калининская атомная электростанция`` -> (``калин``, ``атомн``, ``станц``)."""
    out: list[str] = []
    for w in WORD.findall(fold(name)):
        if w in PLANT_WORDS:
            out += PLANT_WORDS[w]
        elif "станц" in w:  # ``электростанция``, ``гидроэлектростанция``
            out += ["гидро", "станц"] if w.startswith("гидро") else ["станц"]
        else:
            out.append(PLANT_STEMS.get(w[:5], w[:5]))
    return tuple(out)


def spelled_plant(groups: dict[str, list[Candidate]], key: str) -> str | None:
    """``Калининская АЭС`` joins the text's ``Калининская атомная станция``; a bare ``АЭС`` the one
    plant of the text."""
    name = best(groups[key]).name
    words = [fold(w) for w in WORD.findall(name)]
    if not any(w in ("аэс", "гэс") for w in words):
        return None
    bases = {k: other.name.split(" — ")[0] for k, other in others(groups, key)}  # ``... — филиал ...``
    plants = [k for k, base in bases.items() if plant_words(base)[-1:] == ("станц",) and len(base.split()) <= 3]
    if words in (["аэс"], ["гэс"]):
        return plants[0] if len(plants) == 1 else None
    sig = plant_words(name)
    targets = [k for k in plants if plant_words(bases[k]) == sig and not {"аэс", "гэс"} & set(WORD.findall(fold(bases[k])))]
    return targets[0] if len(targets) == 1 else None


def same_office(groups: dict[str, list[Candidate]], key: str) -> str | None:
    """``Отделение Соцфонда по Бурятии`` is the ``Отделение Фонда пенсионного и социального страхования
    Российской Федерации по Республике Бурятия`` of the text: one office, its service by a short name."""
    parts = best(groups[key]).name.split(" по ")
    if len(parts) != 2 or len(parts[0].split()) != 2:
        return None
    unit, service = parts[0].split()
    entry = known_name(service)
    if entry is None:
        return None
    territory = {stem(fold(w)) for w in parts[1].split()}
    targets = []
    for k, other in others(groups, key):
        full = other.name.split(" по ")
        if len(full) == 2 and full[0].split()[0] == unit and name_key(" ".join(full[0].split()[1:])) == name_key(entry.name) \
                and territory <= {stem(fold(w)) for w in full[1].split()}:
            targets.append(k)
    return targets[0] if len(targets) == 1 else None


def initials(groups: dict[str, list[Candidate]], key: str) -> str | None:
    """``РАЛХ`` is the one ``Республиканское агентство лесного хозяйства`` of the text: its words' initials."""
    abbr = best(groups[key]).name
    if not (3 <= len(abbr) <= 6 and abbr.isalpha() and abbr.isupper()) or any(" " in c.name for c in groups[key]):
        return None
    targets = [k for k, other in others(groups, key)
               if "".join(w[0] for w in re.findall(r"[А-ЯЁа-яё]+", other.name) if len(w) > 2 or w[0].isupper()).upper() == abbr]
    return targets[0] if len(targets) == 1 else None
