"""Units named without their owner, completed with the document's one owner:

- ``горно-нефтяного факультета`` where the text names one university -> ``Горно-нефтяной
  факультет ПНИПУ`` (a faculty belongs to the university the release is about);
- ``единую дежурно-диспетчерскую службу`` where the text names one municipal administration ->
  ``Единая дежурно-диспетчерская служба Лужского муниципального района``;
- a bare ``правительство`` in a federal text (the State Duma, federal ministries, no regional
  executive) -> ``Правительство Российской Федерации``; in a text about one region's bodies
  (``Министерство экономики Республики Саха (Якутия)``) -> that region's ``Правительство``.
"""

from __future__ import annotations

import re
from typing import Any

from .inflect import genitive, stem, to_nominative
from .org_context import Candidate, best, name_key, of_place
from .place_zones import overlaps
from .token_index import token_index

FACULTY_NOUNS = frozenset(("факультет",))
GOVERNMENTS = frozenset(("правительство",))  # ``поручение правительству``
# a municipality's dispatch service: ``единая дежурно-диспетчерская служба``, ``ЕДДС``
DISPATCH = re.compile(r"(?i)\bедин\w+\s+дежурно-диспетчерск\w+\s+служб\w+|\bЕДДС\b")
FEDERAL_GOVERNMENT = "body:Правительство Российской Федерации"
FEDERAL_LEGISLATURES = ("Государственная Дума", "Совет Федерации")
# executives of a region or town: a bare ``правительство`` there is theirs
LOCAL_EXECUTIVES = frozenset("правительство администрация мэрия кабинет".split())
MUNICIPAL_STEMS = frozenset(stem(w) for w in "район округ поселение".split())


def add_local_units(analysis: Any, groups: dict[str, list[Candidate]], region: Any = None) -> None:
    tops = [best(cs) for cs in groups.values() if cs]
    taken = [(c.start, c.stop) for cs in groups.values() for c in cs]
    universities = [t for t in tops if t.kind == "education" and stem("университет") in name_key(t.name).split()]
    if len(universities) == 1:
        add_faculties(analysis, groups, universities[0], taken)
    # a district's administration may be read as the region's when the district is ambiguous
    territories = {territory_of(t.name) for t in tops if t.name.startswith("Администрация ")
                   and (t.kind == "municipal_body" or " района" in t.name)}
    territories.discard(None)
    if len(territories) == 1:
        add_dispatch(analysis, groups, territories.pop(), taken)
    if FEDERAL_GOVERNMENT not in groups and federal_text(tops):
        add_government(analysis, groups, taken, "Правительство Российской Федерации", "federal_body", None)
    elif regional_text(tops, region):
        add_government(analysis, groups, taken, f"Правительство {of_place(region)}", "regional_body", region.id)


def add_faculties(analysis: Any, groups: dict[str, list[Candidate]], university: Candidate,
                  taken: list[tuple[int, int]]) -> None:
    """``горно-нефтяного факультета``: adjectives and the faculty noun, no owner after it."""
    tokens = analysis.tokens
    owner = university.short_name or genitive(university.name)
    for token in [tokens[i] for i in token_index(analysis).with_lemma(FACULTY_NOUNS)]:
        if token.lemma not in FACULTY_NOUNS or not token.text.islower() or token.feats.get("Number") == "Plur":
            continue
        first = token.index
        while first > 0 and tokens[first - 1].pos == "ADJ" and tokens[first - 1].text.islower() \
                and tokens[first - 1].feats.get("Case") == token.feats.get("Case"):
            first -= 1
        if first == token.index or overlaps(tokens[first].start, token.stop, taken):
            continue  # ``факультета`` alone refers to no one faculty
        nxt = tokens[token.index + 1] if token.index + 1 < len(tokens) else None
        if nxt is not None and (nxt.text[:1].isupper() or nxt.text == "«"):
            continue  # ``факультета МГУ``, ``факультета «...»``: the unit rule's
        name = f"{to_nominative(analysis, tokens[first : token.index + 1])} {owner}"
        key = name_key(name)
        groups.setdefault(key, []).append(Candidate(tokens[first].start, token.stop, name, "education", key=key, rank=5))
        taken.append((tokens[first].start, token.stop))


def territory_of(name: str) -> str | None:
    """``Администрация Лужского муниципального района Ленинградской области`` -> ``Лужского
    муниципального района``: the municipality, without the region after it."""
    words = name.split()[1:]
    for k, word in enumerate(words):
        if stem(word.lower()) in MUNICIPAL_STEMS:
            return " ".join(words[: k + 1])
    return None


def add_dispatch(analysis: Any, groups: dict[str, list[Candidate]], territory: str, taken: list[tuple[int, int]]) -> None:
    for m in DISPATCH.finditer(analysis.norm):
        if overlaps(m.start(), m.end(), taken):
            continue
        after = analysis.norm[m.end() : m.end() + 40].lstrip()
        if after[:1].isupper() and not after.startswith(("В ", "На ", "По ")):
            continue  # a territory or name follows: the text names the service itself
        name = f"Единая дежурно-диспетчерская служба {territory}"
        key = name_key(name)
        short = "ЕДДС" if m.group().isupper() else None
        groups.setdefault(key, []).append(Candidate(m.start(), m.end(), name, "municipal_body", short, key=key, rank=5))
        taken.append((m.start(), m.end()))


def federal_text(tops: list[Candidate]) -> bool:
    """The text names a federal legislature or ministry and no region's or town's executive."""
    from .org_references import head_of

    if any(t.kind in ("regional_body", "municipal_body") and head_of(t.name) in LOCAL_EXECUTIVES for t in tops):
        return False
    return any(t.name.startswith(FEDERAL_LEGISLATURES) or t.kind == "federal_body" and "Российской Федерации" in t.name
               for t in tops)


def regional_text(tops: list[Candidate], region: Any) -> bool:
    """The text names its region's bodies and no executive of a region or a town: a bare
    ``правительство`` there is the region's (not the country's, whose text names its legislature)."""
    from .org_references import head_of

    if region is None or region.id is None or any(t.kind in ("regional_body", "municipal_body")
                                                  and head_of(t.name) in LOCAL_EXECUTIVES for t in tops):
        return False
    if any(t.name.startswith(FEDERAL_LEGISLATURES) or t.kind == "federal_body" and "Российской Федерации" in t.name
           for t in tops):
        return False
    return any(t.kind == "regional_body" and t.place == region.id for t in tops)


def add_government(analysis: Any, groups: dict[str, list[Candidate]], taken: list[tuple[int, int]],
                   name: str, kind: str, place: Any) -> None:
    """``обязывает правительство``, ``поручение правительству``: the country's (region's) government."""
    from .org_references import bare

    tokens = analysis.tokens
    for token in [tokens[i] for i in token_index(analysis).with_lemma(GOVERNMENTS)]:
        if token.lemma != "правительство" or not token.text.islower() or token.feats.get("Number") == "Plur":
            continue
        nxt = tokens[token.index + 1] if token.index + 1 < len(tokens) else None
        if nxt is not None and (nxt.text[:1].isupper() or nxt.pos in ("NOUN", "ADJ", "PROPN") and nxt.feats.get("Case") == "Gen"):
            continue  # ``правительство Москвы``, ``правительство региона``: a territory's
        if not bare(analysis, token) or overlaps(token.start, token.stop, taken):
            continue
        key = FEDERAL_GOVERNMENT if kind == "federal_body" else name_key(name)
        groups.setdefault(key, []).append(Candidate(token.start, token.stop, name, kind, None, place, key=key, rank=5))
        taken.append((token.start, token.stop))
