"""A federal body's office in a region written with the region in the genitive (``УФНС Омской
области``, ``ГУ МЧС Бурятии``, ``Роспотребнадзор Татарстана``) takes its official form: the office
``по`` the region in the dative (``Управление Федеральной налоговой службы по Омской области``)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .inflect import capitalize_first, fold, genitive
from .org_branches import federal_service
from .org_context import name_key

COUNTRY = " Российской Федерации"
# offices a federal body keeps in every region
OFFICE_HEADS = ("управление", "главное управление", "межрегиональное управление", "отделение",
                "межрайонная инспекция", "инспекция", "следственное управление", "территориальный орган")
# a federal body named bare before a region: its regional office (``МЧС Бурятии``)
OFFICES_OF = {"мчс": "Главное управление МЧС России"}
FEDERAL_MARK = re.compile(r"\b(?:[Фф]едеральн\w+ (?:\w+ )?служб\w+|России|МЧС|ФНС|ФССП|ФСИН|ФАС|ФСБ|СК|Росреестра|Роспотребнадзора"
                          r"|Росгвардии|Росприроднадзора|Ростехнадзора|Россельхознадзора|Росздравнадзора)\b")
UNITS = {"ГУ": "Главное управление", "МУ": "Межмуниципальное управление"}
# the data's lowercase expansions (``управление федеральной налоговой службы``): a federal service's
# own name is capitalized in an office's official name
SERVICE = re.compile(r"\bфедеральн(?=\w* (?:\w+ )?служб)")


def official(name: str) -> str:
    """The data's lowercase office name in its official spelling: the federal body it belongs to
    under its full name, the country's included where that name has it (``Управление Министерства
    внутренних дел Российской Федерации``, ``Управление Федеральной налоговой службы``)."""
    name = SERVICE.sub("Федеральн", name)
    folded = fold(name)
    for body, full in country_bodies().items():
        if folded.endswith(" " + body):
            return name[: len(name) - len(body)] + full
    return name


@cache
def country_bodies() -> dict[str, str]:
    """A federal body's genitive name without the country (folded) -> its full genitive name:
    ``министерства внутренних дел`` -> ``Министерства внутренних дел Российской Федерации``."""
    from .gazetteer import body_entries

    out = {}
    for entry in body_entries():
        if entry.kind == "federal_body" and not entry.regional and entry.name.endswith(COUNTRY):
            full = genitive(entry.name)
            if full.endswith(COUNTRY) and " " in full[: -len(COUNTRY)]:  # not a bare ``правительства``
                out.setdefault(fold(full[: -len(COUNTRY)]), full)
    return out


def office_name(head: str, entry: Any, head_tokens: list[Any], place: Any) -> str | None:
    """The official ``<office> по <region>`` name, or None where ``head`` is no federal office."""
    from .org_branches import federal_service
    from .org_cases import declined

    if place.kind != "region":
        return None
    words = head.split()
    if entry is not None and entry.short_name in OFFICES_OF:
        head = OFFICES_OF[entry.short_name]
    elif len(head_tokens) == 1 and proper(head_tokens[0]) and (service := federal_service(head_tokens[0], any_case=True)):
        head = f"Управление {genitive(service.name)}"  # ``Роспотребнадзор Татарстана``
    elif len(head_tokens) == 2 and proper(head_tokens[1]) and (service := federal_service(head_tokens[1])):
        head = f"{words[0]} {genitive(service.name)}"  # ``Управление Росреестра Курской области``
    elif words and words[0] in UNITS and len(words) >= 2 and words[1].isupper():
        head = " ".join([UNITS[words[0]], *words[1:], *(() if "России" in words else ("России",))])
    elif not (head.lower().startswith(OFFICE_HEADS) and FEDERAL_MARK.search(head)):
        return None
    return f"{official(capitalize_first(head))} по {declined(place.name, 'datv')}"


def proper(token: Any) -> bool:
    return token.text[:1].isupper() and not token.text.isupper()


# a level adjective before an office's abbreviation belongs to its name: ``Межрайонная ИФНС России № 5``
OFFICE_LEVELS = frozenset(("межрайонный", "межмуниципальный", "межрегиональный"))


def with_office_levels(analysis: Any, candidates: list) -> list:
    """``Межрайонная ИФНС России № 5 по Курской области``: the abbreviated office with its level word."""
    from .inflect import to_nominative

    for c in candidates:
        token = analysis.token_at(c.start)
        if token is None or token.index == 0 or not token.text.isupper() or c.nested:
            continue
        level = analysis.tokens[token.index - 1]
        if level.lemma not in OFFICE_LEVELS or level.sent != token.sent:
            continue
        lead = leveled(level, token) or to_nominative(analysis, [level, token]).split()[0]
        c.start, c.name = level.start, capitalize_first(f"{lead} {c.name}")  # the key stays: a bare later mention joins
    return candidates


def leveled(level: Any, abbr: Any) -> str | None:
    """``Межрайонной ИФНС`` -> ``Межрайонная``: the level word in the nominative, agreeing with the office
    noun its abbreviation stands for (``инспекция``), which the parse of the abbreviation does not know."""
    from .inflect import agree_nominative
    from .org_data import abbreviations
    from .org_institutions import noun_gender

    expansion = abbreviations().get(fold(abbr.text))
    gender = noun_gender(expansion) if expansion else None
    return agree_nominative(level, gender) if gender else None


# ``Территориальный орган Федеральной службы ... по ...``: the office's head noun NER and the body
# rules leave out (``орган`` alone is no body's name)
ORGAN_HEAD = re.compile(r"(?:[Тт]ерриториальн\w+|[Рр]егиональн\w+) орган\w*\s+$")


def with_organ_heads(analysis: Any, candidates: list) -> list:
    """``территориального органа Росздравнадзора по Иркутской области`` is the office
    ``Территориальный орган Федеральной службы по надзору в сфере здравоохранения по Иркутской области``."""

    for c in candidates:
        before = ORGAN_HEAD.search(analysis.norm[max(0, c.start - 40) : c.start])
        first = analysis.token_at(c.start)
        if before is None or c.nested or " по " not in c.name or first is None:
            continue
        service = federal_service(first, any_case=True)
        region = c.name.split(" по ", 1)[1]
        if service is not None:
            body = service.name
        elif c.name.startswith("Федеральн") and FEDERAL_MARK.match(c.name):
            body = c.name.split(" по ", 1)[0]
        else:
            continue
        c.start -= len(before.group(0))
        c.name = f"Территориальный орган {official(genitive(body))} по {region}"
        c.key = name_key(c.name)
    return candidates
