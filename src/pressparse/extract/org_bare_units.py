"""Units the text names with no owner after them: ``начальник отдела контроля закупок``,
``руководивший правовым управлением``, ``под кафедру госпитальной хирургии``; and the district
election commission of the one constituency the text names (``в окружную избирательную комиссию``
of ``по Ржевскому одномандатному избирательному округу № 14``).
"""

from __future__ import annotations

import re
from typing import Any

from .inflect import capitalize_first, genitive, to_nominative
from .org_cases import owner_case
from .org_context import Candidate, best, name_key
from .token_index import token_index

# unit nouns that name a department when a field follows (``отдела кадров``); ``сектор экономики``
# or ``отделение полиции`` are no department of the text's body, and a lab or chair is more often
# equipped or founded (``оснастит лабораторию бурения``) than an organization the text deals with
BARE_UNITS = frozenset("отдел управление".split())
# words before a unit that make it a future one (``о создании ... отдела``), no organization yet
CREATION_LEMMAS = frozenset("создание создать создавать открытие открыть организовать сформировать".split())
# adjectives that make a unit of ``управление`` with no field (``правовым управлением``)
UNIT_ADJECTIVES = frozenset("""правовой юридический финансовый кадровый контрольный организационный
    аналитический информационный хозяйственный экономический бюджетный контрольно-ревизионный""".split())
# a field's own preposition phrase: ``отдел надзора в сфере водных ресурсов``
FIELD_PREPOSITIONS = (("в", "сфера"), ("в", "область"))
MAX_FIELD = 7
# bodies whose departments a release names bare (``отдела контроля закупок`` of an УФАС)
MAIN_KINDS = frozenset(("federal_body", "regional_body", "municipal_body"))
# a field noun's own preposition: ``контроля за обращением``, ``надзора за соблюдением``
FIELD_OBJECTS = frozenset("контроль надзор учет учёт работа взаимодействие".split())
# a bare body noun ending a unit's field is its owner (``отдел ... управления``)
OWNER_NOUNS = frozenset("управление администрация министерство департамент инспекция".split())

CONSTITUENCY = re.compile(
    r"по\s+(?P<name>[А-ЯЁ][а-яё-]+\s+одномандатн\w+\s+избирательн\w+\s+округу\s+№\s*\d+)")
DISTRICT_COMMISSION = re.compile(r"\bокружн(?:ая|ой|ую|ою)\s+(?:избирательн\w+\s+)?комисси\w+")


def add_bare_units(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    """Add the unowned units and the district election commission (each its own organization)."""
    taken = [(c.start, c.stop) for cs in groups.values() for c in cs]
    found = list(bare_units(analysis, taken, groups)) + list(district_commissions(analysis, taken))
    for c in found:
        longer = [k for k in groups if k.startswith(c.key + " ")]
        # ``начальник управления социальной защиты`` of the text's ``Управление социальной защиты города Калуги``
        groups.setdefault(longer[0] if len(longer) == 1 else c.key, []).append(c)


def bare_units(analysis: Any, taken: list[tuple[int, int]], groups: dict[str, list[Candidate]]) -> Any:
    tokens = analysis.tokens
    people = [(s.start, s.stop) for s in analysis.spans if s.type == "PER"]
    for i in token_index(analysis).with_lemma(BARE_UNITS):  # the tokens the lemma test below lets through
        token = tokens[i]
        if token.lemma not in BARE_UNITS or token.pos != "NOUN" or not token.text.islower():
            continue
        first = i
        while first > 0 and tokens[first - 1].pos == "ADJ" and tokens[first - 1].text.islower() \
                and tokens[first - 1].feats.get("Case", token.feats.get("Case")) == token.feats.get("Case"):
            first -= 1
        if first > 0 and tokens[first - 1].text.lower() in ("в", "во", "под", "при") and token.lemma == "управление":
            continue  # ``под управлением``, ``в управлении``: managing, or a vague place
        if any(t.lemma in CREATION_LEMMAS for t in tokens[max(0, first - 4) : first]):
            continue
        stop = field_end(tokens, i)
        if first > 0 and tokens[first - 1].pos == "NOUN" and tokens[first - 1].feats.get("Animacy") == "Anim" \
                and stop < len(tokens) and tokens[stop].pos == "ADP" and tokens[stop].text.islower():
            continue  # ``начальник отдела договорных отношений с предприятиями ...``: a title the field runs on in
        adjectives = {t.lemma for t in tokens[first:i]}
        if stop == i + 1 and not adjectives & UNIT_ADJECTIVES:
            continue  # ``отдел``, ``кафедра``: no name of their own (``контрольно-ревизионный отдел`` has one)
        if token.lemma == "управление" and stop > i + 1 and tokens[i + 1].feats.get("Case") != "Gen":
            continue
        if first != i and not adjectives & UNIT_ADJECTIVES and token.lemma == "управление":
            continue  # ``государственное управление``: a field of study
        start, end = tokens[first].start, tokens[stop - 1].stop
        if any(a < end and start < b for a, b in taken):
            continue
        if stop < len(tokens) and tokens[stop].text[:1].isupper() and tokens[stop].pos in ("PROPN", "NOUN", "ADJ") \
                and not any(a <= tokens[stop].start < b for a, b in people):
            continue  # an owner named after it the other rules did not take: not a bare unit
        name = capitalize_first(f"{to_nominative(analysis, tokens[first : i + 1])}{analysis.text[token.stop : end]}")
        owner = owner_of(groups, tokens[stop - 1]) if stop - 1 > i else None
        if owner is not None:  # ``отдел камеральных проверок управления``: of the text's one ``Управление ...``
            name = f"{name.rsplit(' ', 1)[0]} {genitive(owner)}"
        elif (own := main_body(groups)) is not None:  # ``начальник отдела контроля закупок`` of the release's office
            owner_name = genitive(own)
            if owner_name.startswith("Администрации "):  # ``отдел ... администрации города``: a common noun
                owner_name = owner_case(analysis, owner_name)
            name = f"{name} {owner_name}"
        yield Candidate(start, end, name, "other", key=name_key(name), rank=6)


def owner_of(groups: dict[str, list[Candidate]], token: Any) -> str | None:
    """The one organization whose name starts with the bare body noun ending the field."""

    if token.lemma not in OWNER_NOUNS:
        return None
    head = token.lemma.capitalize()
    names = {best(cs).name for cs in groups.values() if best(cs).name.startswith(head + " ")}
    return names.pop() if len(names) == 1 else None


def main_body(groups: dict[str, list[Candidate]]) -> str | None:
    """The release's own government body, whose unit a department with no owner is: the one named
    first, and named again."""

    ranked = [(min(c.start for c in cs), len(cs), best(cs)) for cs in groups.values() if cs]
    if not ranked:
        return None
    _, count, top = min(ranked, key=lambda r: r[0])
    return top.name if top.kind in MAIN_KINDS and count >= 2 else None


def field_end(tokens: list[Any], i: int) -> int:
    """The token after the unit's field: genitive words (``контроля закупок``) and an ``в сфере ...``."""
    j = i + 1
    while j < len(tokens) and j - i <= MAX_FIELD:
        t = tokens[j]
        if t.text.islower() and t.pos in ("ADJ", "NOUN") and t.feats.get("Case") == "Gen" \
                and t.feats.get("Animacy") != "Anim":
            j += 1
        elif j > i + 1 and j + 1 < len(tokens) and (t.text.lower(), tokens[j + 1].lemma) in FIELD_PREPOSITIONS:
            j += 2
        elif j > i + 1 and t.text in ("за", "по", "с") and tokens[j - 1].lemma in FIELD_OBJECTS and j + 1 < len(tokens) \
                and tokens[j + 1].text.islower() and tokens[j + 1].pos == "NOUN" \
                and tokens[j + 1].feats.get("Case") == ("Ins" if t.text in ("за", "с") else "Dat"):
            j += 2  # ``отдел контроля за обращением лекарственных средств``
        elif j > i + 1 and t.text == "и" and j + 1 < len(tokens) and tokens[j + 1].text.islower() \
                and tokens[j + 1].pos in ("ADJ", "NOUN") and tokens[j + 1].feats.get("Case") == "Gen" \
                and tokens[j + 1].lemma not in BARE_UNITS and tokens[j + 1].feats.get("Animacy") != "Anim":
            j += 1  # ``отдел статистики цен и финансов``; not ``отдела кадров и бухгалтерии``
        else:
            break
    while j > i + 1 and tokens[j - 1].pos != "NOUN":
        j -= 1
    return j


def district_commissions(analysis: Any, taken: list[tuple[int, int]]) -> Any:
    constituencies = {re.sub(r"\s+", " ", m.group("name")) for m in CONSTITUENCY.finditer(analysis.text)}
    if len(constituencies) != 1:
        return
    m = CONSTITUENCY.search(analysis.text)
    words = analysis.tokens_in(m.start("name"), m.end("name"))
    name = f"Окружная избирательная комиссия {genitive(to_nominative(analysis, words))}"
    for d in DISTRICT_COMMISSION.finditer(analysis.text):
        if d.start() > 0 and analysis.text[d.start() - 1].isalpha():
            continue
        if not any(a < d.end() and d.start() < b for a, b in taken):
            yield Candidate(d.start(), d.end(), name, "other", key=name_key(name), rank=6)
