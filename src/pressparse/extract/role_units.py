"""Subdivisions in role titles: the department a title names itself (``начальник департамента
здравоохранения области`` -> that department, title ``начальник``), a unit named elsewhere
(``член коллегии``), the one body of the sentence (``декан химического факультета``) and the body
of a combined title (``вице-мэр — начальник департамента ... мэрии``)."""

from __future__ import annotations

import re
from typing import Any

from .role_lexicon import fold, word_kind
from .role_phrases import RolePhrase
from .role_refs import body_of, same_words

COMBINED = re.compile(r"\s+—\s+\w")


def combined(analysis: Any, phrase: RolePhrase, start: int) -> bool:
    """``вице-мэр — начальник департамента ... мэрии Новосибирска``: a combined title names the
    body of its first part in the second part's tail."""
    between = analysis.norm[phrase.stop : start]
    return bool(COMBINED.match(between)) and len(between) < 160 and not re.search(r"[.,;\n]", between)


def own_unit(analysis: Any, phrase: RolePhrase, organizations: list[Any]) -> str | None:
    """``начальник департамента здравоохранения области``: the department the title names itself,
    when no other body follows it (``управления ... администрации города`` stays with the
    administration). The phrase's title loses the department's words."""
    tokens = analysis.tokens
    starts = {m.start: o.id for o in organizations for m in o.mentions}
    for k in range(phrase.head + 1, phrase.title_end):
        if word_kind(tokens[k]) != "unit":
            continue
        a = k
        while a - 1 > phrase.head and tokens[a - 1].pos == "ADJ":
            a -= 1
        if a < k and tokens[a].start in starts:
            k = a  # ``врио начальника Межмуниципального отдела МВД «X»``: the unit's mention starts at its adjective
        org = starts.get(tokens[k].start)
        if org is None and k == phrase.title_end - 1 and not tail_named(analysis, phrase):
            org = only_body(tokens[k], organizations, phrase.start)
        if org is None and a < k == phrase.title_end - 1 and not tail_named(analysis, phrase):
            # ``начальник главного управления`` with ``Главное управление МЧС ...`` named: its first words
            org = adjective_named(tokens[a : k + 1], organizations) or same_words(tokens[a : k + 1], organizations)
        if org is None and k < phrase.title_end - 1 and not tail_named(analysis, phrase):
            org = same_words(tokens[k : phrase.title_end], organizations)
        if org is None and fold(tokens[k].lemma) in GENERIC_UNITS and k + 1 < len(tokens):
            # ``руководитель территориального органа Росздравнадзора по ...``: the generic noun describes
            # the body named right after it
            org = starts.get(tokens[k + 1].start)
        if org is None:
            return None
        inside = max((m.end for o in organizations if o.id == org for m in o.mentions
                      if m.start == tokens[k].start), default=tokens[k].start)
        # ``отдела по образованию администрации района``: the administration inside the department's
        # own mention is part of its name, not another body
        others = [o for a, o in starts.items() if max(inside, tokens[k].start + 1) <= a < phrase.stop and o != org
                  and not in_name(analysis, a, org, organizations)]
        nested = [o for a, o in starts.items() if tokens[k].start < a < inside and o != org]
        if fold(tokens[k].lemma) == "комитет" and all(m.end < inside - 1 for o in organizations if o.id in nested
                                                       for m in o.mentions if tokens[k].start < m.start < inside):
            # ``комитета Госдумы по ...``: a parliament's committee with its parliament inside its name
            # is the role's body (the project sets' gold; the shared gold keeps a ``постоянная
            # комиссия`` in the title)
            nested = []
        if nested and all(phrase.start <= m.start < phrase.stop for o in organizations if o.id == org
                          for m in o.mentions) and not any(told_alone(analysis, o, phrase) for o in organizations
                                                           if o.id in nested) and not heads_unit(analysis, phrase, tokens[k]) and not recurs(
                analysis, tokens[k], organizations):
            return None  # named only here, with its administration: the office stays in the title
        if others:
            return None
        cut_title(analysis, phrase, a)  # the unit with its adjectives
        return org
    return None


def told_alone(analysis: Any, org: Any, phrase: RolePhrase) -> bool:
    """``управления ... ДЗМ`` with ``ДЗМ`` the release's own body, named outside any title: its named
    units are bodies of their own (the project sets' sub-unit rule). A parent named only in titles
    (``администрации г. Искитим`` in an agenda, ``Члена Президиума Совета Республики``) keeps the
    office in the title (the shared gold)."""
    from .role_lexicon import lexicon, token_lemmas

    starts = lexicon().first_words
    for m in org.mentions:
        if phrase.start <= m.start < phrase.stop:
            continue
        before = analysis.token_at(m.start)
        prev = analysis.tokens[before.index - 1] if before is not None and before.index else None
        if prev is None or not (word_kind(prev) == "unit" or token_lemmas(prev) & starts):
            return True
    return False


def recurs(analysis: Any, unit: Any, organizations: list[Any]) -> bool:
    """``начальника управления ЖКХ администрации района ... обязанностей начальника управления``: a unit
    the text names again by its bare noun, after its full name, is a body of its own."""
    spans = [(m.start, m.end) for o in organizations for m in o.mentions]
    return any(fold(t.lemma) == fold(unit.lemma) and not any(a <= t.start < b for a, b in spans)
               for t in analysis.tokens[unit.index + 1 :])


def heads_unit(analysis: Any, phrase: RolePhrase, unit: Any) -> bool:
    """``декан факультета ... ЮУрГУ``: a post whose own body is that unit (role_orgs.tsv) heads it, even
    named with its parent only here."""
    from .role_orgs import bodies, key_words

    position = key_words(analysis, phrase)[0]
    return fold(unit.lemma) in bodies().get(position or "", ())


def in_name(analysis: Any, start: int, org: str, organizations: list[Any]) -> bool:
    """``директор департамента ... мэрии`` with ``Департамент ... мэрии города Ярославля`` found: the
    city hall after the unit's words is part of the department's own name, not another body."""
    from .inflect import stem

    name = next(o.name for o in organizations if o.id == org)
    text = next(m.text for o in organizations for m in o.mentions if m.start == start)
    words = {stem(w) for w in re.findall(r"[\w-]+", name)}
    return all(stem(w) in words for w in re.findall(r"[\w-]+", text))


def tail_named(analysis: Any, phrase: RolePhrase) -> bool:
    return any(t.text[:1].isupper() or t.text == "«" for t in analysis.tokens[phrase.title_end : phrase.last])


def only_body(token: Any, organizations: list[Any], before: int) -> str | None:
    """``директор департамента``: the one organization named ``Департамент ...`` in the text."""
    lemma = fold(token.lemma)
    found = {o.id for o in organizations if body_of(o.name) == lemma
             and any(m.start < before for m in o.mentions)}
    if len(found) > 1 and lemma in RECENT_UNITS:
        # ``начальник УМВД ... нового начальника Управления ГИБДД ... обязанности начальника управления``:
        # of several offices of that noun, the one named last
        spans = [(m.start, m.end) for o in organizations for m in o.mentions]
        told = [(m.start, o.id) for o in organizations if o.id in found for m in o.mentions if m.start < before
                and not any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end) for a, b in spans)]
        return max(told)[1] if told else None  # a parent inside a unit's name (``отдел ... МУ МВД «X»``) is not told
    return found.pop() if len(found) == 1 else None


GENERIC_UNITS = frozenset({"орган"})
RECENT_UNITS = frozenset({"управление", "отдел", "департамент", "комитет"})


def adjective_named(words: list[Any], organizations: list[Any]) -> str | None:
    """``председатель бюджетного комитета`` with ``Постоянный комитет по бюджету и налогам`` in the
    text: the one body of that noun whose name has the adjectives' roots."""
    noun, roots = fold(words[-1].lemma), [fold(t.text)[:5] for t in words[:-1]]
    if any(len(r) < 5 for r in roots):
        return None
    found = {o.id for o in organizations if body_of(o.name) == noun and all(
        any(fold(w).startswith(r) for w in re.findall(r"[\w-]+", o.name)) for r in roots)}
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
    found = {o.id for o in organizations for m in o.mentions if begin <= m.start and m.end <= phrase.start
             and not unit_mention(analysis, m)}  # a department named before belongs to the body too
    if phrase.last == phrase.title_end:
        # ``член правления — первый заместитель генерального директора ПАО «X»``: the combined title's body,
        # before another body named earlier in the sentence
        after = sorted((m.start, o.id) for o in organizations for m in o.mentions if m.start >= phrase.stop)
        if after and combined(analysis, phrase, after[0][0]):
            return after[0][1]
    return found.pop() if len(found) == 1 else None


def unit_mention(analysis: Any, mention: Any) -> bool:
    """``отдела международных связей``: a mention of a subdivision (its first word a unit)."""
    token = analysis.token_at(mention.start)
    return token is not None and word_kind(token) == "unit"
