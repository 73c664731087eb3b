"""Organizations: bodies with their territory, gazetteer names, quoted and institution names,
media and natasha's ORG spans, merged into one record per organization.

Rules propose :class:`~.org_context.Candidate` mentions; overlapping ones are settled by rank and
length, candidates with one key are merged, and university abbreviations join their full names
(``КемГУ`` and ``Кемеровский государственный университет``). Bare references (``компания``,
``университета``) join the one organization they can refer to.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..analysis import Analysis
from ..result import Mention, Organization
from . import Found
from .inflect import fold
from .org_abbreviated import join_bare_federal, join_railways, spell_abbreviated
from .org_adjective_regions import merge_adjective_regions
from .org_aliases import add_aliases, merge_initials, merge_syllabic
from .org_short_forms import join_known_shorts, merge_short_forms
from .org_nested import drop_nested
from .org_bare_forms import join_bare_forms
from .org_bodies import find_bodies
from .org_church import join_churches, name_diocesan_units
from .org_city_branches import find_city_branches, merge_city_branches
from .org_chains import join_coded_units, join_parent_branches, join_quoted_units
from .org_branches import add_branches, merge_branch_names, merge_service_regions
from .org_context import Candidate, Context, best
from .org_colloquial_titles import name_colloquial_ministries
from .org_councils import add_attachments, add_councils, add_offices
from .org_expansions import merge_expansions
from .org_head_phrases import add_head_phrases
from .org_press_services import find_press_services
from .org_stat_offices import find_stat_offices
from .org_federal_branches import with_office_levels, with_organ_heads
from .org_legislature import add_committees, complete_owners, add_remit_first, merge_body_abbreviations
from .org_local_units import add_local_units
from .org_lone_bodies import add_lone_bodies
from .org_first_merges import merge_abbreviations, merge_known, merge_prefixes, merge_truncated
from .org_merges import federal_ministries, merge_same_names, merge_inner_quoted, merge_parent_forms, merge_person_named, merge_state_names, person_named
from .org_regional import add_field_bodies, find_federal, merge_colloquial
from .org_subunits import add_boards, merge_subunits
from .org_names import find_named
from .org_titles import join_quoted_titles
from .org_authorities import add_place_authorities, find_authorities
from .org_spelled import join_initials, merge_name_tails, merge_named_for
from .org_spelling import merge_city_halls, merge_city_okrugs, spell_territories
from .org_bare_units import add_bare_units
from .org_ner import from_ner
from .org_numbered import merge_numbered
from .org_references import add_bare_references
from .org_descriptor_refs import add_descriptor_references
from .org_unit_refs import join_office_heads, join_regional_mentions
from .org_unformed import add_unformed_names
from .org_units import add_owned_units, add_units, extend_organs
from .org_panels import drop_panels
from .org_railways import name_railways
from .org_parent_spelled import spell_parent_abbreviations
from .org_parliaments import merge_generic_parliaments
from .org_regional_offices import join_regional_offices
from .org_city_word import keep_city_capitals
from .org_factions import add_factions
from .org_parent_named import join_bare_parents, spell_parent_names
from .place_zones import overlaps


def extract_organizations(analysis: Analysis, found: Found) -> list[Organization]:
    """Every organization of the document, in order of first mention."""
    ctx = Context(analysis, found.places, found.source)
    # a name never runs over a line break (a headline into the dateline under it)
    candidates = join_quoted_titles(analysis, join_coded_units(analysis, join_parent_branches(analysis, join_initials(analysis, settle(drop_panels(analysis, with_office_levels(analysis, person_named(analysis, federal_ministries(analysis, [
        c for c in (*find_bodies(ctx), *find_named(ctx), *find_federal(ctx), *find_press_services(ctx), *find_city_branches(ctx), *find_stat_offices(ctx)) if "\n" not in analysis.text[c.start : c.stop]])))))))))
    candidates = with_organ_heads(analysis, candidates)
    taken = [(c.start, c.stop) for c in candidates]
    candidates += list(from_ner(ctx, taken))
    candidates += list(find_authorities(ctx, candidates, taken))
    groups = merge_inner_quoted(merge_name_tails(analysis, merge_truncated(merge_known(merge_prefixes(merge_abbreviations(group(join_churches(analysis, join_quoted_units(analysis, join_quoted_titles(analysis, candidates))))))))))
    groups = merge_named_for(merge_person_named(analysis, merge_state_names(groups)))
    groups = merge_reordered(merge_branch_names(merge_adjective_regions(merge_territory_adjectives(groups), analysis), analysis), analysis)
    add_aliases(analysis, groups, ctx.place_at)
    merge_initials(analysis, groups)
    merge_syllabic(groups)
    merge_short_forms(analysis, groups)  # ``ФГБУ «АМП ...»``, ``облисполком``: the full name's short forms
    join_known_shorts(groups)  # ``Курултая``: the gazetteer body whose short name it is
    add_branches(analysis, groups)
    merge_parent_forms(groups)
    merge_city_branches(analysis, groups)  # ``Тульское отделение Банка России`` is a branch by now
    merge_service_regions(analysis, groups)
    merge_numbered(groups)
    add_units(analysis, groups)
    extend_organs(analysis, groups)
    merge_colloquial(analysis, groups)  # before the committees: ``гордума`` is no legislature of its own
    merge_generic_parliaments(analysis, groups)  # ``областной парламент``: the legislature the text names
    merge_city_halls(groups)  # before the references: ``администрации`` is the city's one administration
    join_office_heads(groups)  # ``Отделение СФР`` is the fund's office the text writes out
    join_regional_mentions(analysis, groups)  # ``Оренбургский Соцфонд``: the office the text names
    join_regional_offices(analysis, groups)  # ``регионального управления``: the region's one office
    spell_abbreviated(groups)  # before the bare abbreviations: ``РЭК Свердловской области`` is no ``РЭК`` name
    join_bare_federal(groups, analysis.text)
    name_railways(analysis, groups)  # ``Северо-Кавказской железной дорогой``: the branch of ОАО «РЖД»
    join_railways(analysis, groups)
    join_bare_forms(analysis, groups)  # ``УК`` alone is the text's one management company
    merge_body_abbreviations(groups)
    add_remit_first(analysis, groups)
    add_committees(analysis, groups)
    complete_owners(groups)  # ``Комитет Народного Собрания по ...``: the legislature the text writes out
    add_field_bodies(ctx, groups)
    merge_subunits(analysis, groups)
    add_unformed_names(analysis, groups)  # ``Национальный парк «Таганай»`` of ``ФГБУ «Национальный парк «Таганай»»``
    name_colloquial_ministries(ctx, groups)  # ``минтруд`` as its minister's title names it
    add_bare_references(analysis, groups, ctx)
    add_descriptor_references(analysis, groups)  # ``газета «Коммерсантъ»`` ... ``издания``
    add_place_authorities(ctx, groups)
    add_head_phrases(analysis, groups)
    add_owned_units(analysis, groups)
    add_bare_units(analysis, groups)
    add_boards(analysis, groups)
    add_councils(analysis, groups)
    add_offices(analysis, groups)
    add_local_units(analysis, groups, ctx.region)
    add_lone_bodies(analysis, groups)  # last of the bare nouns: one that no named body took
    merge_expansions(analysis, groups, found.places)
    spell_territories(analysis, groups)
    merge_city_okrugs(groups)
    add_attachments(analysis, groups)
    merge_city_branches(analysis, groups)  # and one the units found later
    name_diocesan_units(groups)  # the units found last (``епархиальный отдел ...``)
    spell_parent_abbreviations(analysis, groups)  # ``Управление ... ДЗМ``: the parent the text writes out
    spell_parent_names(analysis, groups)  # ``Департамент ... Минстроя России``: the parent's canonical name
    join_bare_parents(analysis, groups)  # a headline's bare ``Ростехнадзор``: the one office the text names
    keep_city_capitals(analysis, groups)  # ``администрации Города Томска``: the text's capital, in every name
    add_factions(analysis, groups)  # ``фракции ЛДПР``: the party's faction in the text's legislature
    return to_records(analysis, drop_nested(merge_same_names(groups)))


def settle(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: the better rank first, then the longer."""
    chosen: list[Candidate] = []
    for c in sorted(candidates, key=lambda c: (c.rank, -(c.stop - c.start), c.start)):
        if not c.nested and not overlaps(c.start, c.stop, [(o.start, o.stop) for o in chosen]):
            chosen.append(c)
    outer = list(chosen)
    for c in candidates:
        # a quoted unit (``МУ МВД России «Орское»``) may end past the outer name before its quote joins it
        if c.nested and any(o.start < c.start and (c.stop <= o.stop or c.rank == 0 and c.start < o.stop) for o in outer):
            chosen.append(c)
    return chosen


def group(candidates: list[Candidate]) -> dict[str, list[Candidate]]:
    groups: dict[str, list[Candidate]] = {}
    for c in candidates:
        groups.setdefault(c.key, []).append(c)
    return groups


def merge_territory_adjectives(groups: dict[str, list[Candidate]]) -> dict[str, list[Candidate]]:
    """``Пермское УФАС`` joins ``Управление ... службы по Пермскому краю``: one body, its territory
    given once by an adjective and once by ``по``."""
    for key in [k for k in groups if ":" not in k]:
        top = best(groups[key])
        words = key.split()
        if top.place is None or len(words) < 2:
            continue
        body = " ".join(words[1:]) + " по "
        targets = [k for k, cs in groups.items() if k != key and k.split(":")[-1].startswith(body)
                   and best(cs).place == top.place]
        if len(targets) == 1:
            groups[targets[0]].extend(groups.pop(key))
    return groups


def merge_reordered(groups: dict[str, list[Candidate]], analysis: Analysis) -> dict[str, list[Candidate]]:
    """``Дума Ярославской области`` (from ``областная дума``) joins ``Ярославская областная дума``:
    the same words in another order and form are one name."""
    seen: dict[tuple[str, ...], str] = {}
    for key in [k for k in groups if not k.startswith("media:")]:
        words = [fold(w)[:5] for w in re.findall(r"[\w-]+", best(groups[key]).name)]
        if len(words) < 3:
            continue
        sig = tuple(sorted(words))
        if sig in seen and seen[sig] in groups:
            kept, joined = seen[sig], key
            if as_written(analysis, groups[joined]) and not as_written(analysis, groups[kept]):
                kept, joined = joined, kept
            top = best(groups[kept]).rank
            for c in groups[joined]:
                c.rank = max(c.rank, top + 1)  # the name as the text writes it stays
            groups[kept].extend(groups.pop(joined))
            seen[sig] = kept
        else:
            seen[sig] = key
    return groups


def as_written(analysis: Analysis, candidates: list[Candidate]) -> bool:
    """Is the group's name the words of one of its mentions, in their order?"""
    name = [w[:3] for w in re.findall(r"[\w-]+", fold(best(candidates).name))]
    return any([w[:3] for w in re.findall(r"[\w-]+", fold(analysis.text[c.start : c.stop]))] == name for c in candidates)


@lru_cache(maxsize=1 << 14)  # pure; asked for every abbreviation and name pair of a document
def fits(abbr: str, name: str) -> bool:
    """Does ``abbr`` (``КемГУ``, ``МичГАУ``, ``КГУ``) abbreviate ``name``?"""
    words = [w for w in name.split(" имени ")[0].split() if w[:1].isalpha()]
    for n in range(len(words), 1, -1):  # ``СибГУ``: ``Сибирский государственный университет науки ...``
        initials = "".join(w[0] for w in words[1:n]).upper()
        prefix = abbr[: len(abbr) - len(initials)]
        if abbr.endswith(initials) and prefix and fold(words[0]).startswith(fold(prefix)):
            return True
    return False


def to_records(analysis: Analysis, groups: dict[str, list[Candidate]]) -> list[Organization]:
    ordered = sorted(groups.values(), key=lambda cs: min(c.start for c in cs))
    records = []
    for i, cs in enumerate(ordered, 1):
        top = best(cs)
        name = top.name
        written = analysis.text[top.start : top.stop]
        if "—" in name and "–" in written and written.replace("–", "—") == name:
            name = written  # ``Кемеровской области – Кузбасса``: the dash the text writes
        elif " — " in name and not any("—" in analysis.text[c.start : c.stop] for c in cs) and any(" – " in analysis.text[c.start : c.stop] for c in cs):
            name = name.replace(" — ", " – ")  # ``Забайкальской железной дороги – филиала``: declined, same dash
        if name.endswith("»»") and not any("»»" in analysis.norm[c.start : c.stop] for c in cs):
            name = name[:-1]  # ``ООО «УК «Правобережная»``: nested quotes close once, as the text writes them
        if "ё" in name and not any("ё" in analysis.text[c.start : c.stop].lower() for c in cs):
            name = name.replace("ё", "е")  # ``Контрольно-счетной палате``: the text's spelling
        short = top.short_name or next((c.short_name for c in sorted(cs, key=lambda c: c.rank) if c.short_name), None)
        place = top.place or next((c.place for c in cs if c.place), None)
        spans = sorted({(c.start, c.stop) for c in cs})
        records.append(
            Organization(
                id=f"org{i}",
                name=name,
                short_name=short if short not in (top.name, name) else None,
                kind=top.kind if top.kind != "other" else next((c.kind for c in cs if c.kind != "other"), "other"),
                place=place,
                mentions=tuple(Mention(text=analysis.text[s:e], start=s, end=e) for s, e in spans),
            )
        )
    return records
