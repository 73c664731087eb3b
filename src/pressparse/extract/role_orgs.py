"""The organization a role is held in, among those the organizations layer found.

In order: an organization mention in the phrase's tail (``заместитель главы Минпромторга РФ``);
the body before ``в лице`` (``правительство области в лице губернатора``); the body the position
heads, matched by its field and territory words (``министр социальной политики региона`` ->
``Министерство социальной политики ... области``, ``прокурор Пензенской области`` ->
``Прокуратура Пензенской области``); for a bare ``заместитель министра``, the ministry of the
nearest ``министр`` before it; a descriptive reference (``генеральный директор общества``,
``руководитель ведомства``) to the one organization of that sort named before; a deputy governor to
the region's government.

A department's own noun phrase in the title (``начальник департамента здравоохранения области``,
or a bare ``директор департамента`` when the text names one department) is a mention of that
department: the role links to it and its title drops the phrase (``начальник``): ``role_units``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .inflect import stem
from .role_lexicon import fold, lemmas, match_position, token_lemmas
from .role_phrases import RolePhrase
from .role_refs import body_named, body_of, described, on_side_of, possessed, references
from .role_org_names import deputy_field, has_stems
from .role_units import combined, own_unit, unit_elsewhere, unit_of_sentence

IN_PERSON_OF = re.compile(r"\s+в\s+лице\s*$", re.IGNORECASE)
GENERIC = frozenset({"регион", "область", "край", "республика", "район", "город", "округ", "страна", "рф", "россия"})
REGIONAL = frozenset({"регион", "область", "край", "республика", "округ"})  # ``министр ... области``: not federal
REGION_WORD = re.compile(r"\b(?:област|кра[яю]|республик|автономн\w+ округ)", re.IGNORECASE)
ELECTED = frozenset({"депутат", "сенатор"})
TITLE_PREFIXES = ("первый ", "временно исполняющий обязанности ", "исполняющий обязанности ")


@cache
def bodies() -> dict[str, frozenset[str]]:
    from .. import data

    table: dict[str, set[str]] = {}
    for row in data.load_tsv("role_orgs"):
        table.setdefault(fold(row["position"]), set()).add(fold(row["body"]))
    return {k: frozenset(v) for k, v in table.items()}


@cache
def bare_only() -> frozenset[str]:
    """Positions linked by the body they head only when the title has no words after it."""
    from .. import data

    return frozenset(fold(r["position"]) for r in data.load_tsv("role_orgs") if r["when"] == "bare")


def link_organization(analysis: Any, phrase: RolePhrase, organizations: list[Any],
                      earlier: list[tuple[str, str]]) -> str | None:
    """Id of the role's organization or None; ``earlier``: (position lemma, org id) seen before."""
    if not organizations:
        return None
    org = own_unit(analysis, phrase, organizations)
    if org:
        return org
    org = in_tail(analysis, phrase, organizations) or in_person_of(analysis, phrase, organizations)
    if org:
        return org
    org = described(analysis, phrase, organizations) or own_side(analysis, phrase, organizations) or possessed(
        analysis, phrase, organizations) or body_named(
        analysis, phrase, organizations)
    if org:
        return org
    position, fields, places = key_words(analysis, phrase)
    if position is None:
        return None
    wanted = title_body(phrase.title) or bodies().get(position)
    if position in bare_only() and phrase.last > phrase.title_end:
        wanted = None  # ``советник генерального директора компании``: not by the company's legal form
    if wanted:
        if title_body(phrase.title):
            fields = set()  # ``заместитель губернатора по ...``: the field is the deputy's, not the body's
        if title_body(phrase.title) and (tail_lemmas(analysis, phrase) & REGIONAL or "губернатор" in fold(phrase.title)):
            # ``заместитель главы региона``, ``вице-губернатор``: not a city's administration
            organizations = [o for o in organizations if o.kind != "municipal_body"]
        candidates = [o for o in territorial(analysis, phrase, organizations)
                      if (body_of(o.name) in wanted or fold(" ".join(o.name.split()[:2])) in wanted)
                      and has_stems(o.name, fields | places)]  # a two-word body: ``сенатор`` -> Совет Федерации
        if not fields and not places and not other_body(analysis, phrase):  # a bare ``заместитель министра``
            for lemma, org_id in reversed(earlier):  # refers back
                if lemma == position:
                    return org_id
            prior = [o for o in candidates if any(m.start < phrase.start or combined(analysis, phrase, m.start)
                                                  for m in o.mentions)]
            # ``заместитель губернатора`` with the region's one government named only later: still its body
            candidates = prior if prior or len(candidates) > 1 or not title_body(phrase.title) or (
                phrase.last > phrase.title_end) else candidates
        candidates = closest_words(analysis, phrase, candidates)
        if len(candidates) > 1 and not fields and not places:
            candidates = in_sentence(analysis, phrase, candidates)
        if len(candidates) == 1 or candidates and (fields or places):
            return nearest(candidates, phrase).id
    if not fields and not places and not other_body(analysis, phrase):
        for lemma, org_id in reversed(earlier):
            if lemma == position:
                return org_id
    return unit_elsewhere(analysis, phrase, organizations) or unit_of_sentence(analysis, phrase, organizations)


def own_side(analysis: Any, phrase: RolePhrase, organizations: list[Any]) -> str | None:
    """``со стороны правительства области назначен исполняющий обязанности министра X``: the side of a
    bare post that heads a body of its own sort (министр -> министерство) named in the text is that
    body's head, not the side's."""
    side = on_side_of(analysis, phrase, organizations)
    if side is None or phrase.last > phrase.title_end:
        return side
    position = key_words(analysis, phrase)[0]
    wanted = title_body(phrase.title) or bodies().get(position or "")
    if not wanted or position in bare_only():
        return side
    kind = {o.id: body_of(o.name) for o in organizations}
    if kind[side] not in wanted and any(k in wanted for k in kind.values()):
        return None
    return side


def title_body(title: str) -> frozenset[str] | None:
    """The body a compound title heads (``первый заместитель губернатора`` -> правительство)."""
    from .role_successions import base_title

    # ``исполняющий обязанности заместителя губернатора``: the held title, in the nominative
    low = fold(base_title(title))
    for prefix in TITLE_PREFIXES:
        if low.startswith(prefix):
            low = low[len(prefix):]
    for key, wanted in bodies().items():
        if (" " in key or "-" in key) and (low == key or low.startswith(key + " ")):
            return wanted
    return None


def other_body(analysis: Any, phrase: RolePhrase) -> bool:
    """``генеральный директор российской «дочки» китайского автоконцерна``: the tail describes a body
    of its own (a noun no territory, body or reference word), not the one named before."""
    from .role_lexicon import word_kind
    from .role_refs import before_rank

    tail = [t for t in before_rank(analysis.tokens[phrase.title_end : phrase.last]) if t.pos != "ADJ" and t.text != "«"]
    return bool(tail) and tail[0].pos == "NOUN" and tail[0].feats.get("Case") == "Gen" and (
        fold(tail[0].lemma) not in GENERIC and word_kind(tail[0]) != "stop" and fold(tail[0].lemma) not in references())


def tail_lemmas(analysis: Any, phrase: RolePhrase) -> set[str]:
    return {fold(t.lemma) for t in analysis.tokens[phrase.title_end : phrase.last]}


def territorial(analysis: Any, phrase: RolePhrase, organizations: list[Any]) -> list[Any]:
    """``министр здравоохранения области``: a regional body, not the federal ministry."""
    tail = analysis.tokens[phrase.title_end : phrase.last]
    lemmas = {fold(t.lemma) for t in tail}
    if lemmas & REGIONAL and not any(t.text[:1].isupper() for t in tail):
        # a federal body's regional office (``Прокуратура ... области``) stays: ``заместитель прокурора области``
        return [o for o in organizations if o.kind != "federal_body" or REGION_WORD.search(o.name)]
    return organizations


def in_sentence(analysis: Any, phrase: RolePhrase, candidates: list[Any]) -> list[Any]:
    """``Координировать работу будет министерство ..., уточнила министр X``: of several bodies a bare
    title may head, the one its own sentence names."""
    sent = analysis.sents[analysis.tokens[phrase.head].sent]
    begin, end = analysis.tokens[sent.first].start, analysis.tokens[sent.last - 1].stop
    named = [o for o in candidates if any(begin <= m.start and m.end <= end for m in o.mentions)]
    if named:
        return named
    # ``Она возглавляет пароходство ..., после того как прежний гендиректор X``: a reference word
    from .role_refs import referred

    ids = {o.id for o in candidates}
    meant = {referred(analysis, references()[fold(t.lemma)], candidates, t.start)
             for t in analysis.tokens[sent.first : sent.last] if fold(t.lemma) in references()
             and not (phrase.start <= t.start < phrase.stop)} & ids
    return [o for o in candidates if o.id in meant]


def closest_words(analysis: Any, phrase: RolePhrase, candidates: list[Any]) -> list[Any]:
    """Of several bodies, those whose names or mentions share the tail's words (``прокурор района``
    -> ``прокуратуры района``, not ``прокуратура Алтайского края``)."""
    if len(candidates) < 2:
        return candidates
    wanted = {stem(t.text) for t in analysis.tokens[phrase.title_end : phrase.last] if t.pos in ("NOUN", "ADJ", "PROPN")}
    if not wanted:
        return candidates

    def shared(org: Any) -> int:
        words = {stem(w) for text in [org.name, *(m.text for m in org.mentions)] for w in re.findall(r"[\w-]+", text)}
        return len(wanted & words)

    best = max(shared(o) for o in candidates)
    return [o for o in candidates if shared(o) == best] if best else candidates


def in_tail(analysis: Any, phrase: RolePhrase, organizations: list[Any]) -> str | None:
    best = None
    for org in organizations:
        for m in org.mentions:
            if phrase.title_stop <= m.start < phrase.stop and not forward_reference(m, org, phrase):
                if best is None or m.start < best[0]:
                    best = (m.start, org.id)
    return best[1] if best else None


def forward_reference(mention: Any, org: Any, phrase: RolePhrase) -> bool:
    """``руководитель ведомства`` refers back: not to a body first named after the phrase."""
    word = fold(mention.text)
    if not word.islower() or " " in word or not lemmas(word) & set(references()):
        return False
    named = [m for m in org.mentions if not (fold(m.text).islower() and lemmas(fold(m.text)) & set(references()))]
    return bool(named) and all(m.start > phrase.start for m in named)


def in_person_of(analysis: Any, phrase: RolePhrase, organizations: list[Any]) -> str | None:
    before = analysis.text[max(0, phrase.start - 20) : phrase.start]
    m = IN_PERSON_OF.search(before)
    if not m:
        return None
    end = phrase.start - (len(before) - m.start())
    for org in organizations:
        for mention in org.mentions:
            if mention.end == end:
                return org.id
    return None


def key_words(analysis: Any, phrase: RolePhrase) -> tuple[str | None, set[str], set[str]]:
    """The last position word of the title, its field-word stems, the tail's place stems."""
    tokens = analysis.tokens
    position, fields, kind, inside, deputy = None, set(), None, 0, False
    for k in range(phrase.head, phrase.title_end):
        if k < inside:
            continue  # the rest of a position of several words
        found = match_position(tokens[: phrase.title_end], k)
        if found and not (position and found[1] == "other"):  # ``министр энергетики``: a field, not ``энергетик``
            lemmas = token_lemmas(tokens[k]) & set(bodies())
            whole = " ".join(fold(t.lemma) for t in tokens[k : found[0]])  # ``главного врача``
            position = whole if whole in bodies() else min(lemmas) if lemmas else fold(tokens[k].lemma)
            fields, kind = set(), found[1]
            deputy = deputy or kind == "deputy"
            inside = found[0] if whole in bodies() else 0
            continue
        if (kind == "deputy" or deputy) and fold(tokens[k].text) == "по":
            # ``проректор по учебной работе``, ``заместитель директора по научной работе``: a deputy's own
            # field, not the body's name
            break
        if tokens[k].pos in ("NOUN", "ADJ", "PROPN") and len(tokens[k].text) > 2:
            fields.add(stem(tokens[k].text))
    places = set()
    for t in tokens[phrase.title_end : phrase.last]:
        if position in ELECTED and fold(t.text) in ("от", "по") or deputy and deputy_field(tokens, t.index):
            break  # ``депутат от Тобольского избирательного округа``: the constituency, not the body's territory
        if t.text[:1].isupper() and t.pos in ("ADJ", "PROPN", "NOUN") and fold(t.lemma) not in GENERIC:
            places.add(stem(t.text))
    return position, fields, places



def nearest(candidates: list[Any], phrase: RolePhrase) -> Any:
    def distance(org: Any) -> int:
        return min(abs(m.start - phrase.start) for m in org.mentions) if org.mentions else 10**9

    return min(candidates, key=distance)
