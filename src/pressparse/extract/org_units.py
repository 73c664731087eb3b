"""Units of a named organization: ``Судейский комитет ФИФА``, ``философский факультет МГУ``,
``кафедрой социальных коммуникаций РГГУ``, ``секретариат МАГАТЭ``: a unit noun (its adjectives
and complement before) governing an organization found by name is an organization of its own,
its mention holding the owner's.
"""

from __future__ import annotations

from typing import Any

from .inflect import to_nominative
from .org_context import Candidate, name_key

# nouns of an organization's parts and organs; a body's own departments are the body rules' work
UNIT_NOUNS = frozenset("""комитет совет факультет кафедра секретариат отдел отделение бюро политбюро
    президиум штаб сектор лаборатория департамент управление филиал представительство""".split())
MAX_BETWEEN = 6  # words between the unit noun and the owner: ``отдела корпоративных серверов и сетей``


def add_units(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    tokens = analysis.tokens
    taken = sorted((c.start, c.stop) for cs in groups.values() for c in cs)
    found: list[Candidate] = []
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
            name = f"{to_nominative(analysis, unit[: head + 1])} {analysis.text[unit[head + 1].start if head + 1 < len(unit) else c.start : stop]}".strip()
            found.append(Candidate(start, stop, name, "other", key=name_key(name), rank=5))
    for c in found:
        groups.setdefault(c.key, []).append(c)


def unit_before(analysis: Any, start: int) -> int | None:
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
            if between and tokens[k + 1].feats.get("Case") not in ("Gen", None):
                return None
            while k > 0 and tokens[k - 1].pos == "ADJ" and tokens[k - 1].feats.get("Case") == token.feats.get("Case"):
                k -= 1
            return k
        if token.feats.get("Animacy") == "Anim":
            return None  # ``совета директоров``, ``совета ветеранов``: a body of people, no unit
        if not (token.text.islower() and (token.pos in ("ADJ", "NOUN") and token.feats.get("Case") == "Gen"
                                          or token.pos == "CCONJ")):
            return None
        k -= 1
        between += 1
    return None


def complement_after(analysis: Any, stop: int) -> int:
    """``комитета Совета Федерации по экономической политике``: the unit's ``по`` complement."""
    tokens = analysis.tokens
    following = analysis.tokens_in(stop, stop + 4)
    if not following or following[0].text != "по":
        return stop
    k = following[0].index
    j = k + 1
    while j < len(tokens) and j - k <= MAX_BETWEEN and tokens[j].text.islower() \
            and (tokens[j].pos in ("ADJ", "NOUN") or tokens[j].pos == "CCONJ" and j + 1 < len(tokens)):
        j += 1
    while j > k + 1 and tokens[j - 1].pos == "CCONJ":
        j -= 1
    return tokens[j - 1].stop if j > k + 1 else stop
