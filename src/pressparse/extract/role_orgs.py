"""The organization a role is held in, among those the organizations layer found.

In order: an organization mention in the phrase's tail (``заместитель главы Минпромторга РФ``);
the body before ``в лице`` (``правительство области в лице губернатора``); the body the position
heads, matched by its field and territory words (``министр социальной политики региона`` ->
``Министерство социальной политики ... области``, ``прокурор Пензенской области`` ->
``Прокуратура Пензенской области``); for a bare ``заместитель министра``, the ministry of the
nearest ``министр`` before it.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .inflect import stem
from .role_lexicon import fold, match_position, token_lemmas, word_kind
from .role_phrases import RolePhrase

IN_PERSON_OF = re.compile(r"\s+в\s+лице\s*$", re.IGNORECASE)
GENERIC = frozenset({"регион", "область", "край", "республика", "район", "город", "округ", "страна", "рф", "россия"})


@cache
def bodies() -> dict[str, frozenset[str]]:
    from .. import data

    table: dict[str, set[str]] = {}
    for row in data.load_tsv("role_orgs"):
        table.setdefault(fold(row["position"]), set()).add(fold(row["body"]))
    return {k: frozenset(v) for k, v in table.items()}


def link_organization(analysis: Any, phrase: RolePhrase, organizations: list[Any],
                      earlier: list[tuple[str, str]]) -> str | None:
    """Id of the role's organization or None; ``earlier``: (position lemma, org id) seen before."""
    if not organizations:
        return None
    org = in_tail(analysis, phrase, organizations) or in_person_of(analysis, phrase, organizations)
    if org:
        return org
    position, fields, places = key_words(analysis, phrase)
    if position is None:
        return None
    wanted = bodies().get(position)
    if wanted:
        candidates = [o for o in organizations if body_of(o.name) in wanted and has_stems(o.name, fields | places)]
        if len(candidates) == 1 or candidates and (fields or places):
            return nearest(candidates, phrase).id
    if not fields and not places:
        for lemma, org_id in reversed(earlier):
            if lemma == position:
                return org_id
    return unit_elsewhere(analysis, phrase, organizations)


def unit_elsewhere(analysis: Any, phrase: RolePhrase, organizations: list[Any]) -> str | None:
    """``член коллегии``: the body named after the same unit elsewhere (``коллегии министерства ...``)."""
    tokens = analysis.tokens
    last = tokens[phrase.title_end - 1]
    if word_kind(last) != "unit":
        return None
    starts = {m.start: o.id for o in organizations for m in o.mentions}
    lemma = fold(last.lemma)
    for t in tokens[:-1]:
        if t.index != last.index and fold(t.lemma) == lemma:
            org = starts.get(tokens[t.index + 1].start)
            if org:
                return org
    return None


def in_tail(analysis: Any, phrase: RolePhrase, organizations: list[Any]) -> str | None:
    best = None
    for org in organizations:
        for m in org.mentions:
            if phrase.title_stop <= m.start < phrase.stop:
                if best is None or m.start < best[0]:
                    best = (m.start, org.id)
    return best[1] if best else None


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
    position, fields = None, set()
    for k in range(phrase.head, phrase.title_end):
        found = match_position(tokens[: phrase.title_end], k)
        if found:
            lemmas = token_lemmas(tokens[k]) & set(bodies())
            position = min(lemmas) if lemmas else fold(tokens[k].lemma)
            fields = set()
            continue
        if tokens[k].pos in ("NOUN", "ADJ", "PROPN") and len(tokens[k].text) > 2:
            fields.add(stem(tokens[k].text))
    places = set()
    for t in tokens[phrase.title_end : phrase.last]:
        if t.text[:1].isupper() and t.pos in ("ADJ", "PROPN", "NOUN") and fold(t.lemma) not in GENERIC:
            places.add(stem(t.text))
    return position, fields, places


def body_of(name: str) -> str:
    from .names import parses

    first = name.split()[0] if name.split() else ""
    options = parses(first)
    return fold(options[0].normal_form) if options else fold(first)


def has_stems(name: str, stems: set[str]) -> bool:
    words = {stem(w) for w in re.findall(r"[\w-]+", name)}
    return all(s in words for s in stems)


def nearest(candidates: list[Any], phrase: RolePhrase) -> Any:
    def distance(org: Any) -> int:
        return min(abs(m.start - phrase.start) for m in org.mentions) if org.mentions else 10**9

    return min(candidates, key=distance)
