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
department: the role links to it and its title drops the phrase (``начальник``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .inflect import stem
from .role_lexicon import fold, lemmas, match_position, token_lemmas, word_kind
from .role_phrases import RolePhrase
from .role_refs import body_of, described, on_side_of, references, same_words

IN_PERSON_OF = re.compile(r"\s+в\s+лице\s*$", re.IGNORECASE)
COMBINED = re.compile(r"\s+—\s+\w")
GENERIC = frozenset({"регион", "область", "край", "республика", "район", "город", "округ", "страна", "рф", "россия"})
REGIONAL = frozenset({"регион", "область", "край", "республика", "округ"})  # ``министр ... области``: not federal
TITLE_PREFIXES = ("первый ", "временно исполняющий обязанности ", "исполняющий обязанности ")


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
    org = own_unit(analysis, phrase, organizations)
    if org:
        return org
    org = in_tail(analysis, phrase, organizations) or in_person_of(analysis, phrase, organizations)
    if org:
        return org
    org = described(analysis, phrase, organizations) or on_side_of(analysis, phrase, organizations)
    if org:
        return org
    position, fields, places = key_words(analysis, phrase)
    if position is None:
        return None
    wanted = title_body(phrase.title) or bodies().get(position)
    if wanted:
        if title_body(phrase.title):
            fields = set()  # ``заместитель губернатора по ...``: the field is the deputy's, not the body's
        candidates = [o for o in territorial(analysis, phrase, organizations)
                      if (body_of(o.name) in wanted or fold(" ".join(o.name.split()[:2])) in wanted)
                      and has_stems(o.name, fields | places)]  # a two-word body: ``сенатор`` -> Совет Федерации
        if not fields and not places:  # a bare ``заместитель министра`` refers back
            for lemma, org_id in reversed(earlier):
                if lemma == position:
                    return org_id
            candidates = [o for o in candidates if any(m.start < phrase.start or combined(analysis, phrase, m)
                                                       for m in o.mentions)]
        candidates = closest_words(analysis, phrase, candidates)
        if len(candidates) == 1 or candidates and (fields or places):
            return nearest(candidates, phrase).id
    if not fields and not places:
        for lemma, org_id in reversed(earlier):
            if lemma == position:
                return org_id
    return unit_elsewhere(analysis, phrase, organizations) or unit_of_sentence(analysis, phrase, organizations)


def combined(analysis: Any, phrase: RolePhrase, mention: Any) -> bool:
    """``вице-мэр — начальник департамента ... мэрии Новосибирска``: a combined title names the
    body of its first part in the second part's tail."""
    between = analysis.norm[phrase.stop : mention.start]
    return bool(COMBINED.match(between)) and len(between) < 160 and not re.search(r"[.,;\n]", between)


def title_body(title: str) -> frozenset[str] | None:
    """The body a compound title heads (``первый заместитель губернатора`` -> правительство)."""
    low = fold(title)
    for prefix in TITLE_PREFIXES:
        if low.startswith(prefix):
            low = low[len(prefix):]
    for key, wanted in bodies().items():
        if (" " in key or "-" in key) and (low == key or low.startswith(key + " ")):
            return wanted
    return None


def tail_lemmas(analysis: Any, phrase: RolePhrase) -> set[str]:
    return {fold(t.lemma) for t in analysis.tokens[phrase.title_end : phrase.last]}


def territorial(analysis: Any, phrase: RolePhrase, organizations: list[Any]) -> list[Any]:
    """``министр здравоохранения области``: a regional body, not the federal ministry."""
    tail = analysis.tokens[phrase.title_end : phrase.last]
    lemmas = {fold(t.lemma) for t in tail}
    if lemmas & REGIONAL and not any(t.text[:1].isupper() for t in tail):
        return [o for o in organizations if o.kind != "federal_body"]
    return organizations


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


def own_unit(analysis: Any, phrase: RolePhrase, organizations: list[Any]) -> str | None:
    """``начальник департамента здравоохранения области``: the department the title names itself,
    when no other body follows it (``управления ... администрации города`` stays with the
    administration). The phrase's title loses the department's words."""
    tokens = analysis.tokens
    starts = {m.start: o.id for o in organizations for m in o.mentions}
    for k in range(phrase.head + 1, phrase.title_end):
        if word_kind(tokens[k]) != "unit":
            continue
        org = starts.get(tokens[k].start)
        if org is None and k == phrase.title_end - 1 and not tail_named(analysis, phrase):
            org = only_body(tokens[k], organizations, phrase.start)
        if org is None and k < phrase.title_end - 1 and not tail_named(analysis, phrase):
            org = same_words(tokens[k : phrase.title_end], organizations)
        if org is None:
            return None
        inside = max((m.end for o in organizations if o.id == org for m in o.mentions
                      if m.start == tokens[k].start), default=tokens[k].start)
        # ``отдела по образованию администрации района``: the administration inside the department's
        # own mention is part of its name, not another body
        others = [o for a, o in starts.items() if max(inside, tokens[k].start + 1) <= a < phrase.stop and o != org]
        nested = [o for a, o in starts.items() if tokens[k].start < a < inside and o != org]
        if fold(tokens[k].lemma) == "комитет" and all(m.end < inside - 1 for o in organizations if o.id in nested
                                                       for m in o.mentions if tokens[k].start < m.start < inside):
            # ``комитета Госдумы по ...``: a parliament's committee with its parliament inside its name
            # is the role's body (the project sets' gold; the shared gold keeps a ``постоянная
            # комиссия`` in the title)
            nested = []
        if nested and all(phrase.start <= m.start < phrase.stop for o in organizations if o.id == org
                          for m in o.mentions):
            return None  # named only here, with its administration: the office stays in the title
        if others:
            return None
        cut_title(analysis, phrase, k)
        return org
    return None


def tail_named(analysis: Any, phrase: RolePhrase) -> bool:
    return any(t.text[:1].isupper() or t.text == "«" for t in analysis.tokens[phrase.title_end : phrase.last])


def only_body(token: Any, organizations: list[Any], before: int) -> str | None:
    """``директор департамента``: the one organization named ``Департамент ...`` in the text."""
    lemma = fold(token.lemma)
    found = {o.id for o in organizations if body_of(o.name) == lemma
             and any(m.start < before for m in o.mentions)}
    return found.pop() if len(found) == 1 else None


def cut_title(analysis: Any, phrase: RolePhrase, k: int) -> None:
    """Drop title tokens from ``k`` on (and the field words detached after them)."""
    from .role_titles import join

    tokens = analysis.tokens[k : phrase.title_end]
    suffix = fold(join(analysis, tokens, [t.text for t in tokens]))
    at = fold(phrase.title).rfind(suffix)
    if at > 0:
        phrase.title = phrase.title[:at].rstrip()


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


def unit_of_sentence(analysis: Any, phrase: RolePhrase, organizations: list[Any]) -> str | None:
    """``В состав делегации университета вошли: декан химического факультета ...``: a subdivision
    whose body is not named belongs to the one organization named earlier in the sentence."""
    tokens = analysis.tokens
    if not any(word_kind(t) == "unit" for t in tokens[phrase.head + 1 : phrase.title_end]):
        return None
    sent = analysis.sents[tokens[phrase.head].sent]
    begin = tokens[sent.first].start
    found = {o.id for o in organizations for m in o.mentions if begin <= m.start and m.end <= phrase.start}
    return found.pop() if len(found) == 1 else None


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
    position, fields, kind = None, set(), None
    for k in range(phrase.head, phrase.title_end):
        found = match_position(tokens[: phrase.title_end], k)
        if found:
            lemmas = token_lemmas(tokens[k]) & set(bodies())
            position = min(lemmas) if lemmas else fold(tokens[k].lemma)
            fields, kind = set(), found[1]
            continue
        if kind == "deputy" and fold(tokens[k].text) == "по":
            break  # ``проректор по учебной работе``: a deputy's own field, not the body's name
        if tokens[k].pos in ("NOUN", "ADJ", "PROPN") and len(tokens[k].text) > 2:
            fields.add(stem(tokens[k].text))
    places = set()
    for t in tokens[phrase.title_end : phrase.last]:
        if t.text[:1].isupper() and t.pos in ("ADJ", "PROPN", "NOUN") and fold(t.lemma) not in GENERIC:
            places.add(stem(t.text))
    return position, fields, places


def has_stems(name: str, stems: set[str]) -> bool:
    words = {stem(w) for w in re.findall(r"[\w-]+", name)} | initials(name)
    return all(s in words for s in stems)


def initials(name: str) -> set[str]:
    """``... Республики Татарстан`` -> {рт}: a territory's abbreviation in a title (``министр ... РТ``)."""
    runs = re.findall(r"(?:[А-ЯЁ][\w-]*\s+)+[А-ЯЁ][\w-]*", name)
    return {stem("".join(w[0] for w in run.split())) for run in runs}


def nearest(candidates: list[Any], phrase: RolePhrase) -> Any:
    def distance(org: Any) -> int:
        return min(abs(m.start - phrase.start) for m in org.mentions) if org.mentions else 10**9

    return min(candidates, key=distance)
