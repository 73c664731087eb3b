"""Bodies named by their field alone, completed with the territory the text is about:
``министерства культуры`` in a release about a region's government is that region's ministry;
``департамента финансов`` where the text names one city administration is its department.
A colloquial name (``Краевой минтруд``) joins the body the text writes out in full.
"""

from __future__ import annotations

from typing import Any

from .inflect import capitalize_first, fold, genitive, stem, to_nominative
from .org_bare_units import UNIT_ADJECTIVES
from .org_cases import owner_case
from .org_context import Candidate, Context, as_known, best, name_key
from .org_territory import MAX_COMPLEMENT
from .place_zones import overlaps
from .org_references import head_of
from .org_data import abbreviations
from .org_bodies import known_name
from .token_index import token_index

# heads of a region's bodies named by their field (``министерство культуры``)
REGION_HEADS = frozenset(("министерство",))
# heads of a city administration's units (``департамент финансов``, ``управление образования``)
CITY_HEADS = frozenset(("департамент", "управление"))
FIELD_HEADS = REGION_HEADS | CITY_HEADS
EXECUTIVE_HEADS = frozenset(("правительство", "администрация"))


def add_field_bodies(ctx: Context, groups: dict[str, list[Candidate]]) -> None:
    """``министерства культуры`` (no territory) -> ``Министерство культуры <region>`` when the text
    names the region's executive; ``департамента финансов`` -> ``... администрации <city>`` when it
    names exactly one city administration and no regional executive."""

    analysis = ctx.analysis
    tokens = analysis.tokens
    tops = {k: best(cs) for k, cs in groups.items() if cs}
    region = ctx.region
    # the region's genitive as the text's executive is named (``Правительство Тверской области``)
    region_tail = next((t.name.split(" ", 1)[1] for t in tops.values() if region is not None and region.id is not None
                        and t.kind == "regional_body" and t.place == region.id and head_of(t.name) in EXECUTIVE_HEADS
                        and " " in t.name and fold(t.name.split()[0]) in EXECUTIVE_HEADS), None)
    executives = [t for t in tops.values() if t.kind == "regional_body" and head_of(t.name) in EXECUTIVE_HEADS]
    cities = [t for t in tops.values() if t.kind == "municipal_body" and head_of(t.name) in ("администрация", "мэрия")]
    city = cities[0] if len(cities) == 1 and not executives else None
    taken = [(c.start, c.stop) for cs in groups.values() for c in cs]
    for token in [tokens[i] for i in token_index(analysis).with_lemma(FIELD_HEADS)]:
        lemma = token.lemma
        if lemma not in REGION_HEADS and lemma not in CITY_HEADS:
            continue  # most tokens: no head of a field body (checked first, it is the cheap test)
        if not token.text.islower() or token.feats.get("Number") == "Plur" or overlaps(token.start, token.stop, taken):
            continue
        if lemma in REGION_HEADS and region_tail is not None:
            tail, place = region_tail, region.id
        elif lemma in CITY_HEADS and city is not None:
            tail = owner_case(analysis, genitive(city.name))
            place = city.place
        else:
            continue
        stop = field_end(ctx, token.index)
        if stop is None:
            continue
        end = stop  # ``управлению строительства администрации``: the field ends before the owner it names
        if end - 1 > token.index and fold(tokens[end - 1].text) == fold(tail.split()[0]):
            end -= 1
        first = token.index
        if lemma in CITY_HEADS and first > 0 and tokens[first - 1].lemma in UNIT_ADJECTIVES \
                and not overlaps(tokens[first - 1].start, tokens[first - 1].stop, taken):
            first -= 1  # ``правового управления администрации``: the unit named by its adjective
        if end - 1 == token.index and first == token.index:
            continue  # ``управлению администрации``: no field, no name of its own
        field = analysis.text[tokens[token.index + 1].start : tokens[end - 1].stop] if end - 1 > token.index else ""
        head = to_nominative(analysis, tokens[first : token.index + 1]) if first < token.index else lemma
        name = " ".join(w for w in (capitalize_first(head), field, tail) if w)
        prefix = fold(" ".join(w for w in (head, field) if w))
        if any(fold(t.name).startswith(prefix) and t.kind == "federal_body" for t in tops.values()):
            continue  # ``министерства финансов`` where the federal one is named: not the region's
        key = name_key(name)
        kind = "regional_body" if lemma in REGION_HEADS else "municipal_body"
        groups.setdefault(key, []).append(Candidate(tokens[first].start, tokens[stop - 1].stop, name, kind,
                                                    place=place, key=key, rank=3))
        taken.append((tokens[first].start, tokens[stop - 1].stop))


def field_end(ctx: Context, i: int) -> int | None:
    """The index after the body's field: lower-case genitive words (``экономического развития``),
    none of them a place or a territory noun (that is the territory rule's)."""
    tokens = ctx.analysis.tokens
    j = i + 1
    while j < len(tokens) and j - i <= MAX_COMPLEMENT and tokens[j].sent == tokens[i].sent:
        t = tokens[j]
        if t.start in ctx.place_at or not t.text.islower() and t.text not in (",",):
            break
        if t.pos in ("NOUN", "ADJ") and t.feats.get("Case") == "Gen" or t.pos == "CCONJ" and fold(t.text) == "и" \
                and j + 1 < len(tokens) and tokens[j + 1].feats.get("Case") == "Gen":
            j += 1
            continue
        break
    while j > i + 1 and tokens[j - 1].pos in ("CCONJ", "PUNCT"):
        j -= 1
    if j == i + 1 or not any(t.pos == "NOUN" for t in tokens[i + 1 : j]):
        return None
    from .org_words import TERRITORY_NOUNS

    if any(t.lemma in TERRITORY_NOUNS for t in tokens[i + 1 : j]) or j < len(tokens) and tokens[j].start in ctx.place_at:
        return None
    return j


def merge_colloquial(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    """``Краевой минтруд`` (a colloquial name the data expands to ``Министерство труда и
    социальной защиты ...``) joins the ``Министерство труда и социального развития ...`` the text
    writes out: the same head and first field word, the same territory."""

    table = abbreviations()
    for key in list(groups):
        cs = groups.get(key)
        if not cs or not all(colloquial(analysis.text[c.start : c.stop], table) for c in cs):
            continue
        top = best(cs)
        words = fold(top.name).split()[:2]
        targets = [k for k, others in groups.items() if k != key and others
                   and best(others).place == top.place and fold(best(others).name).split()[:2] == words
                   and not all(colloquial(analysis.text[c.start : c.stop], table) for c in others)]
        if not targets and all(" " not in analysis.text[c.start : c.stop].strip() for c in cs):
            targets = same_head(top.name, groups, key)  # ``гордуму``: the city's duma the text names
        if len(targets) == 1:
            for c in groups.pop(key):
                c.rank, c.short_name = 9, None
                groups[targets[0]].append(c)


def same_head(name: str, groups: dict[str, list[Candidate]], key: str) -> list[str]:
    """A one-word colloquial name given the document's region by default (``гордума`` ->
    ``Городская дума ... области``) is the one body whose name holds its words (``Екатеринбургская
    городская Дума``)."""

    words = name.split()
    lead = {stem(fold(w)) for w in words[: next((n for n, w in enumerate(words) if n and w[:1].isupper()), len(words))]}
    if len(lead) < 2:
        return []
    return [k for k, others in groups.items() if k != key and others
            and lead <= {stem(fold(w)) for w in best(others).name.split()} and best(others).name != name]


def colloquial(text: str, table: dict[str, str]) -> bool:
    words = fold(text).split()
    return 1 <= len(words) <= 2 and stem(words[-1]).startswith(colloquial_stems(table))


_STEMS: list[Any] = [None, ()]  # (table, stems): the table is loaded once, its stems computed once


def colloquial_stems(table: dict[str, str]) -> tuple[str, ...]:
    """Stems of the table's one-word colloquial names (five letters and more)."""
    if _STEMS[0] is not table:
        _STEMS[:] = [table, tuple(dict.fromkeys(stem(k) for k in table if len(k) >= 5 and " " not in k))]
    return _STEMS[1]


# ``федеральное правительство``: the country's government (a foreign one is named with its country)
FEDERAL_HEADS = {"правительство": "Правительство Российской Федерации", "кабмин": "Правительство Российской Федерации"}


def find_federal(ctx: Context) -> list[Candidate]:
    """``федерального правительства`` is Правительство Российской Федерации unless a country follows."""

    tokens, found = ctx.analysis.tokens, []
    for i in token_index(ctx.analysis).with_lemma(("федеральный",)):
        if i + 1 == len(tokens):
            break
        token, head = tokens[i], tokens[i + 1]
        if head.lemma not in FEDERAL_HEADS or not head.text.islower():
            continue
        after = tokens[head.index + 1] if head.index + 1 < len(tokens) else None
        if after is not None and (after.start in ctx.place_at or after.text[:1].isupper()):
            continue  # ``федеральное правительство Германии``
        entry = known_name(FEDERAL_HEADS[head.lemma])
        if entry is not None:
            found.append(as_known(Candidate(token.start, head.stop, entry.name, rank=1), entry))
    return found
