"""Branches named with their owner: ``Тульское отделение № 8604 ПАО Сбербанк``, ``Среднерусского
банка ПАО Сбербанк``, ``Северо-Западное межрегиональное управление Росприроднадзора``,
``филиалом ППК «Роскадастр» по Республике Башкортостан``. The branch and the owner written right
after it are one name; the owner inside is no mention of the owner (it is an organization only
where the text names it alone).
"""

from __future__ import annotations

import re
from typing import Any

from .gazetteer import BodyEntry
from .inflect import fold, genitive, stem
from .org_context import Candidate, best, name_key
from .org_stat_offices import own_short

# heads of a branch or territorial office of another organization
BRANCH_NOUNS = frozenset("отделение филиал представительство управление отдел банк офис дирекция".split())
TERRITORY_WORDS = frozenset("край область округ район республика".split())
NUMBER = re.compile(r" ?№ ?\d+[\w-]*")
DASH_TITLE = re.compile(r" — «[^«»\n]{2,60}(?:«[^«»\n]{2,60}»)?[^«»\n]{0,60}»")


def add_branches(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    starts: dict[int, tuple[str, Candidate]] = {}
    for key, cs in groups.items():
        for c in cs:
            if c.rank < 9 and not c.nested:
                starts.setdefault(c.start, (key, c))
    pairs = [(key, c) for key, cs in groups.items() for c in cs]
    moved: dict[str, str] = {}
    for key, c in pairs:
        last = analysis.token_at(c.stop - 1)
        if c.rank >= 9 or last is None or last.lemma not in BRANCH_NOUNS or last.text.isupper():
            continue
        m = NUMBER.match(analysis.norm, c.stop)
        number = m.group(0).strip() if m else ""
        at = (m.end() if m else c.stop) + 1
        if analysis.norm[at - 1 : at] != " " or at not in starts or starts[at][1] is c:
            continue
        owner_key, owner = starts[at]
        if owner_key == key or owner.kind not in ("company", "federal_body", "other", "bank"):
            continue
        stop = place_complement(analysis, owner.stop)
        if (title := DASH_TITLE.match(analysis.norm, stop)) is not None:
            # ``филиал ПАО «Россети Центр и Приволжье» — «Ивэнерго»``: the branch's own quoted name
            for cs in groups.values():
                cs[:] = [x for x in cs if not (stop <= x.start and x.stop <= title.end())]
            stop = title.end()
        name = " ".join(p for p in (c.name, number, analysis.text[owner.start : stop]) if p)
        # a known company's or federal body's branch holds its owner's name; an owner of unknown kind
        # (``отделения РФСХ``) stays an organization of its own
        for k, x in ((owner_key, owner), (key, c)) if owner.kind != "other" else ((key, c),):
            if x in groups.get(k, []):
                groups[k].remove(x)
        branch = Candidate(c.start, stop, name, c.kind, None, owner.place or c.place, key=name_key(name), rank=min(c.rank, 2))
        groups.setdefault(branch.key, []).append(branch)
        moved[key] = branch.key
    for key, target in moved.items():
        if key != target and key in groups:
            groups[target].extend(groups.pop(key))  # its other, shorter mentions
    for key in [k for k, cs in groups.items() if not cs]:
        del groups[key]


def place_complement(analysis: Any, stop: int) -> int:
    """``по Республике Башкортостан`` after the owner: the branch's territory."""
    following = analysis.tokens_in(stop, stop + 40)
    if not following or following[0].text != "по" or len(following) < 2:
        return stop
    k = following[1].index
    tokens = analysis.tokens
    if not tokens[k].text[:1].isupper() or tokens[k].feats.get("Case") not in ("Dat", None):
        return stop
    j = k + 1
    while j < len(tokens) and j - k < 4 and tokens[j].sent == tokens[k].sent \
            and (tokens[j].text[:1].isupper() or tokens[j].lemma in TERRITORY_WORDS):
        j += 1
    return tokens[j - 1].stop


def merge_service_regions(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    """``Росреестр Башкирии`` is the service's office in that region: it joins the one
    ``Управление Федеральной службы ... по Республике Башкортостан`` of the text."""

    spell_services(groups)
    for key in list(groups):
        top = best(groups[key])
        first = analysis.token_at(top.start)
        if top.place is None or first is None or " по " in top.name or analysis.token_at(top.stop - 1) is first:
            continue
        service = federal_service(first, any_case=True)
        if service is None:
            continue
        inner = f" {genitive(service.name)} по "
        targets = [k for k, cs in groups.items() if k != key and inner in best(cs).name and best(cs).place == top.place]
        if len(targets) == 1:
            for c in groups[key]:
                c.rank = 9
            groups[targets[0]].extend(groups.pop(key))


FIELD_BODIES = frozenset("Министерство Комитет Департамент Управление Агентство".split())
# ``Управление ФНС России по Омской области``: a federal service's office, its service spelled out
SERVICE_OFFICE = re.compile(r"^Управление ([А-ЯЁ]{2,6})(?: России| РФ)? по ([А-ЯЁ].*)$")


def spell_services(groups: dict[str, list[Candidate]]) -> None:
    """A federal service's office named with the service's abbreviation is named with the service's
    full name (``Управление Федеральной налоговой службы по Омской области``), as the ones the text
    writes out are."""
    from .org_bodies import known_name

    for cs in groups.values():
        for c in cs:
            if c.name.split()[0] in FIELD_BODIES and " ЖКХ " in f"{c.name} ":  # official names spell the field out
                c.name = re.sub(r"(?<!\w)ЖКХ(?!\w)", "жилищно-коммунального хозяйства", c.name)
            m = SERVICE_OFFICE.match(c.name)
            entry = known_name(m.group(1)) if m else None
            if entry is not None and entry.kind == "federal_body" and entry.name.startswith("Федеральная ") \
                    and entry.name.split()[-1] != "Федерации":
                c.name = f"Управление {genitive(entry.name)} по {m.group(2)}"
    # ``УФНС`` (the data's ``Управление федеральной налоговой службы`` with the document's region)
    # is that office where the text names it

    plain = {k: name_key(best(cs).name).replace(" по ", " ") for k, cs in groups.items() if cs}
    for key, sig in plain.items():
        cs = groups.get(key)
        if not cs or any(" " in c.name and c.rank < 9 and " по " in c.name for c in cs) or " по " in best(cs).name:
            continue
        targets = [k for k, other in plain.items() if k != key and other == sig and k in groups]
        if len(targets) == 1:
            for c in cs:
                c.rank = 9
            groups[targets[0]].extend(groups.pop(key))


def federal_service(token: Any, any_case: bool = False) -> BodyEntry | None:
    """The federal service a one-word short name in the genitive names (``Росреестра``); not an
    abbreviation in capitals (``МЧС``), which official names keep."""
    from .gazetteer import body_trie, longest_at, token_keys

    if not token.text[:1].isupper() or token.text.isupper() or not any_case and token.feats.get("Case") not in ("Gen", None):
        return None
    hit = longest_at(body_trie(), [token_keys(token)], 0)
    if hit is None or hit.last != 1:
        return None
    return next((e for e in hit.entries if not e.regional and e.kind == "federal_body"
                 and e.name.split()[0] in ("Федеральная", "Федеральное")), None)


def numbered(tokens: list[Any], j: int) -> bool:
    """``№ 7`` at token ``j``: an office's number (``Межрайонная ИФНС России № 4 по ...``)."""
    return j + 1 < len(tokens) and tokens[j].text == "№" and tokens[j + 1].text[:1].isdigit()


def qualified(analysis: Any, c: Candidate) -> bool:
    """An adjective right before the mention: ``Новгородский Росреестр``, ``регионального Росреестра``."""
    token = analysis.token_at(c.start)
    return token is not None and token.index > 0 and analysis.tokens[token.index - 1].pos == "ADJ" \
        and analysis.tokens[token.index - 1].stop + 1 == c.start


def merge_branch_names(groups: dict[str, list[Candidate]], analysis: Any) -> dict[str, list[Candidate]]:
    """A federal body named only bare (``РОСПОТРЕБНАДЗОР``) where the text names its one territorial
    branch (``Управление Роспотребнадзора по Камчатскому краю``) is that branch."""
    for key in [k for k in groups if k.startswith("body:")]:
        cs = groups[key]
        # one word, however declined (``Росгвардии`` in the headline, ``Росгвардия`` below) unless the
        # text qualifies it somewhere (``Новгородский Росреестр``, ``регионального Росреестра``): then
        # the bare word elsewhere may be the service itself (``приказом Росреестра``)
        written = {fold(analysis.text[c.start : c.stop]) for c in cs}
        if any(" " in w for w in written) or len({stem(w) for w in written}) != 1 \
                or len(written) > 1 and any(qualified(analysis, c) for c in cs):
            continue
        # ``МЧС`` of ``ГУ МЧС России по ...``: the country may stand between, the key spells it out
        word = analysis.text[cs[0].start : cs[0].stop]
        # ``СФР`` of ``Отделение Фонда пенсионного и социального страхования ... по ...``: the full name too
        branch = re.compile(rf" (?:{re.escape(stem(fold(word)))}|{re.escape(name_key(word))}|{re.escape(name_key(key[5:]))})(?: росс| рф)? по ")
        at = {k: min((found.start() for m in (k, *(name_key(analysis.text[c.start : c.stop]) for c in groups[k]))
                      if (found := branch.search(f" {m} "))), default=None)
              for k in groups if k != key and not k.startswith(("body:", "media:"))}
        # ``отдела ... МТУ Ространснадзора по ПФО``: a unit named with its branch is not that branch
        targets = [k for k, pos in at.items() if pos is not None and pos == min(p for p in at.values() if p is not None)]
        if len(targets) == 1 and not any(OWN_SHORT.match(analysis.text, c.stop) for c in groups[targets[0]]) \
                and not own_short(groups[targets[0]]):
            # a branch with a short name of its own (``... (Красноярскстат)``, ``Краснодарстата``) goes by it: the bare
            # federal name is the service itself
            for c in cs:
                c.rank, c.short_name = 9, None
            groups[targets[0]].extend(groups.pop(key))
    return groups


# a branch's own one-word short name in brackets: ``... по Красноярскому краю (Красноярскстат)``
OWN_SHORT = re.compile(r"\s*\([А-ЯЁ][а-яё]{5,}\)")
