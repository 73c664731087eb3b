"""Units of a named organization: ``Судейский комитет ФИФА``, ``философский факультет МГУ``,
``кафедрой социальных коммуникаций РГГУ``, ``секретариат МАГАТЭ``: a unit noun (its adjectives
and complement before) governing an organization found by name is an organization of its own,
its mention holding the owner's.
"""

from __future__ import annotations

from typing import Any

from .inflect import genitive, to_nominative
from .org_branches import BRANCH_NOUNS, place_complement
from .org_cases import owner_case
from .org_context import Candidate, best, name_key

# nouns of an organization's parts and organs; a body's own departments are the body rules' work
UNIT_NOUNS = frozenset("""комитет совет факультет кафедра секретариат отдел отделение бюро политбюро
    президиум штаб сектор лаборатория департамент управление филиал представительство""".split())
MAX_BETWEEN = 6  # words between the unit noun and the owner: ``отдела корпоративных серверов и сетей``


def add_units(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    tokens = analysis.tokens
    taken = sorted((c.start, c.stop) for cs in groups.values() for c in cs)
    found: list[Candidate] = []
    owned: list[Candidate] = []
    leads: list[tuple[str, str]] = []
    for cs in list(groups.values()):
        for c in cs:
            if c.rank >= 9 or c.nested:
                continue
            first = unit_before(analysis, c.start)
            if first is None:
                continue
            start = tokens[first].start
            if any(a < c.start and start < b for a, b in taken if (a, b) != (c.start, c.stop)):
                continue  # the unit is some other organization's name already
            stop = complement_after(analysis, c.stop)
            unit = [t for t in tokens[first:] if t.stop <= c.start]
            head = next(k for k, t in enumerate(unit) if t.lemma in UNIT_NOUNS)
            if managed(tokens, first, unit, head) and best(cs).kind == "company":
                continue  # ``дома в управлении ООО «...»``: managed by the company, no unit of it
            if unit[head].lemma in BRANCH_NOUNS and head + 1 == len(unit):
                # ``филиалом ППК «Роскадастр» по Республике Башкортостан``: the owner is part of the name
                stop = place_complement(analysis, stop)
                owned.append(c)
            between = analysis.text[unit[head + 1].start if head + 1 < len(unit) else c.start : c.start]
            owner = analysis.text[c.start : c.stop]
            if owner[:1].islower() and head + 1 == len(unit):
                owner = genitive(best(cs).name)  # ``комитета областной думы``: the duma by its name
            elif contracted(owner, cs):
                owner = genitive(best(cs).name)  # ``комитета Госдумы``: the owner spelled out
            name = f"{to_nominative(analysis, unit[: head + 1])} {between}{owner}{analysis.text[c.stop : stop]}".strip()
            lead = apposed(analysis, start, groups) if unit[0].text.islower() and unit[head].lemma in BRANCH_NOUNS else None
            if lead is not None:
                # ``Свердловская железная дорога — филиал ОАО «РЖД»``: the branch's own name leads
                name = f"{best(groups[lead[0]]).name} — {name[:1].lower()}{name[1:]}"
                start = lead[1].start
                leads.append((lead[0], name_key(name)))
                owned.append(lead[1])  # inside the branch's mention
                if analysis.norm[lead[1].stop : lead[1].stop + 2] == " (" and c in owned:
                    owned.remove(c)  # ``... станции (филиал АО «...»)``: the owner, bracketed, is named on its own
            found.append(Candidate(start, stop, name, "other", key=name_key(name), rank=5))
    for c in owned:
        for cs in groups.values():
            if c in cs:
                cs.remove(c)
    for key in [k for k, cs in groups.items() if not cs]:
        del groups[key]
    for c in found:
        groups.setdefault(c.key, []).append(c)
    for lead_key, key in leads:
        if lead_key in groups and lead_key != key:
            for c in groups[lead_key]:
                c.rank = max(c.rank, 6)
            groups[key].extend(groups.pop(lead_key))


def managed(tokens: list[Any], first: int, unit: list[Any], head: int) -> bool:
    """``в управлении``, ``под управлением``: the act of managing, not a department."""
    return head == 0 and unit[0].lemma == "управление" and first > 0 and tokens[first - 1].text.lower() in ("в", "во", "под")


def contracted(owner: str, cs: list[Candidate]) -> bool:
    """``Госдумы``, ``Мосгордумы``: one word, a known body's contracted name (not an abbreviation)."""

    top = best(cs)
    return len(owner.split()) == 1 and not owner.isupper() and owner[:1].isupper() and top.key.startswith("body:") \
        and len(top.name.split()) > 1 and not any(ch in top.name for ch in "«»")


def apposed(analysis: Any, start: int, groups: dict[str, list[Candidate]]) -> tuple[str, Candidate] | None:
    """The organization written right before ``— филиал ...`` or ``(филиал ...)`` (its group key and mention)."""
    gap = 3 if analysis.norm[start - 3 : start] == " — " else 2 if analysis.norm[start - 2 : start] == " (" else 0
    if not gap:
        return None
    for key, cs in groups.items():
        for c in cs:
            if c.stop == start - gap and c.rank < 9 and not c.nested:
                return key, c
    return None


# a field written as an abbreviation inside a unit's name, spelled out as official names do
FIELD_ABBREVIATIONS = {"ЖКХ": "жилищно-коммунального хозяйства"}


def add_owned_units(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    """``управлению ЖКХ администрации``, ``отдел камеральных проверок управления``: a unit whose owner
    is a bare reference to the text's one body (joined by the references) is a unit of that body."""

    tokens = analysis.tokens
    taken = [(c.start, c.stop) for cs in groups.values() for c in cs]
    found: list[Candidate] = []
    for cs in list(groups.values()):
        top = best(cs)
        for c in cs:
            owner = analysis.token_at(c.stop - 1)  # ``администрации``; ``городской администрации``
            lead = analysis.token_at(c.start)
            if lead is not None and lead is not owner and not (lead.index + 1 == getattr(owner, "index", -1) and lead.pos == "ADJ"):
                continue
            if c.rank < 9 or owner is None or not owner.text.islower() or owner.lemma == "ведомство":
                continue  # ``отдела ... ведомства``: a vague reference names no unit's owner
            first = unit_before(analysis, c.start, abbreviations=True)
            if first is None or any(a < c.start and tokens[first].start < b for a, b in taken if (a, b) != (c.start, c.stop)):
                continue
            unit = [t for t in tokens[first:] if t.stop <= c.start]
            head = next(k for k, t in enumerate(unit) if t.lemma in UNIT_NOUNS)
            if head + 1 == len(unit):
                continue  # ``отдела администрации``: no field, no name of its own
            field = " ".join(FIELD_ABBREVIATIONS.get(t.text, t.text) for t in unit[head + 1 :])
            owner_name = owner_case(analysis, genitive(top.name))
            name = f"{to_nominative(analysis, unit[: head + 1])} {field} {owner_name}"
            found.append(Candidate(tokens[first].start, c.stop, name, "other", key=name_key(name), rank=5))
    for c in found:
        groups.setdefault(c.key, []).append(c)


def unit_before(analysis: Any, start: int, abbreviations: bool = False) -> int | None:
    """Index of the first token of ``[adjectives] unit [genitive words]`` ending right before ``start``."""
    tokens = analysis.tokens
    after = analysis.token_at(start)
    if after is None:
        return None
    k = after.index - 1
    between = 0
    while k >= 0 and between <= MAX_BETWEEN:
        token = tokens[k]
        if token.lemma in UNIT_NOUNS and token.pos == "NOUN":
            if between and tokens[k + 1].feats.get("Case") not in ("Gen", None) and tokens[k + 1].text != "по":
                return None
            while k > 0 and tokens[k - 1].pos == "ADJ" and tokens[k - 1].feats.get("Case") == token.feats.get("Case"):
                k -= 1
            return k
        if token.pos == "CCONJ" and k == after.index - 1:
            return None  # ``управление и МУП «...»``: two bodies side by side, no unit of the second
        if token.feats.get("Animacy") == "Anim":
            return None  # ``совета директоров``, ``совета ветеранов``: a body of people, no unit
        if abbreviations and token.text in FIELD_ABBREVIATIONS:
            pass  # ``управления ЖКХ``
        elif not (token.text.islower() and (token.pos in ("ADJ", "NOUN") and token.feats.get("Case") == "Gen"
                                            or token.pos == "CCONJ" or field_word(tokens, k))):
            return None
        k -= 1
        between += 1
    return None


def field_word(tokens: list[Any], k: int) -> bool:
    """``по бюджету и экономике`` between a unit and its owner (``комитета по бюджету ... думы``)."""
    token = tokens[k]
    if token.text == "по":
        return k > 0 and tokens[k - 1].lemma in UNIT_NOUNS
    if token.pos not in ("ADJ", "NOUN") or token.feats.get("Case") != "Dat":
        return False
    j = k - 1
    while j >= 0 and tokens[j].text.islower() and tokens[j].text != "по" and tokens[j].pos in ("ADJ", "NOUN", "CCONJ"):
        j -= 1
    return j >= 0 and tokens[j].text == "по"


def complement_after(analysis: Any, stop: int) -> int:
    """``комитета Совета Федерации по экономической политике``: the unit's ``по`` complement."""
    tokens = analysis.tokens
    following = analysis.tokens_in(stop, stop + 4)
    if not following or following[0].text != "по" or following[0].start - stop > 1:
        return stop
    k = following[0].index
    j = k + 1
    case = tokens[k + 1].feats.get("Case") if k + 1 < len(tokens) else None
    while j < len(tokens) and j - k <= MAX_BETWEEN + 2 and (
            tokens[j].text.islower() and (tokens[j].pos in ("ADJ", "NOUN") or tokens[j].pos == "CCONJ" and j + 1 < len(tokens))
            or tokens[j].text == "," and listed_after(tokens, j, case)):
        j += 1
    while j > k + 1 and tokens[j - 1].pos == "CCONJ":
        j -= 1
    return tokens[j - 1].stop if j > k + 1 else stop


def listed_after(tokens: list[Any], j: int, case: str | None) -> bool:
    """``по экологии, природопользованию, аграрной ...``: a comma before another field in the same case."""
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return nxt is not None and nxt.text.islower() and nxt.pos in ("ADJ", "NOUN") \
        and (nxt.feats.get("Case") == case or nxt.feats.get("Case") not in ("Nom", "Acc", None))


# heads of a body's organs named with their field: ``комитет ... по экологии``
ORGAN_HEADS = frozenset("комитет комиссия".split())


def extend_organs(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    """``комитета Государственного Совета Республики Татарстан по экологии, ...``: an organ found
    with its body's territory takes the ``по`` field after it; a shorter name of the same organ
    (``Комитет Госсовета Татарстана``) joins it when it is the one such organ."""

    for key in list(groups):
        for c in list(groups.get(key, ())):
            first = analysis.token_at(c.start)
            if c.rank >= 9 or first is None or first.lemma not in ORGAN_HEADS or " по " in c.name:
                continue
            stop = complement_after(analysis, c.stop)
            if stop == c.stop:
                continue
            c.name = f"{c.name}{analysis.text[c.stop : stop]}"
            c.stop, c.key = stop, name_key(c.name)
            groups[key].remove(c)
            groups.setdefault(c.key, []).append(c)
    for key in [k for k, cs in groups.items() if not cs]:
        del groups[key]
    full = {k: expanded(k.split(" по ")[0]) for k, cs in groups.items() if " по " in best(cs).name}
    for key in [k for k in groups if k not in full and k.split()[0] in {"комитет", "комисс"}]:
        targets = [k for k, core in full.items() if core == expanded(key)]
        if len(targets) == 1 and key in groups:
            for c in groups[key]:
                c.rank = max(c.rank, 5)
            groups[targets[0]].extend(groups.pop(key))


def expanded(key: str) -> str:
    """A key with abbreviated words spelled out (``госсовет`` -> ``государствен совет``)."""
    from .inflect import stem
    from .org_data import abbreviations

    table = abbreviations()
    return " ".join(stem(w) for part in key.split() for w in table.get(part, part).split())
