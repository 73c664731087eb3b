"""The body a signer signs for: the organization of the person's role, else the body the title
before the name names (``секретарь облизбиркома Марина Колосова``, ``директор Калининской АЭС
Денис Ступин``), else the government of the territory a head's title names (``губернатор
Новосибирской области`` -> the region's government, when the text names it)."""

from __future__ import annotations

from collections.abc import Callable

from .clauses import CLAUSE_STARTS, Syntax, lemma
from .obligation_parties import bodies_of

TITLE_BREAKS = {",", ";", ":", ".", "!", "?", "(", ")"}  # a dash stays: "руководитель X — главный пристав"
TITLE_REACH = 25  # tokens: a title longer than this is no title


def signer_body(syntax: Syntax, person_id: str) -> str | None:
    """The organization id the person signs for, if the text gives one."""
    person = next((e.record for e in syntax.entities if e.id == person_id), None)
    roles = getattr(person, "roles", ())
    for role in roles:
        if role.organization:
            return role.organization
    for role in roles:  # "губернатор Тверской области": the region's government, if named
        bodies = territory_bodies(syntax, role.mention.start, role.mention.end)
        if bodies:
            return bodies[0]
    for e in syntax.entities:
        if e.id == person_id:
            body = title_body(syntax, e.start)
            if body:
                return body
    return None


def territory_bodies(syntax: Syntax, start: int, end: int) -> list[str]:
    """Governments of the first place a title names (a place may run past a cut title:
    ``Глава Республики Саха`` of ``Республики Саха (Якутия)``)."""
    places = [e for e in syntax.entities if e.kind == "loc" and e.start < end and start < e.end
              and syntax.entity_at(e.start, e.end, "org") is None]
    return bodies_of(syntax, places[:1]) if places else []


def title_body(syntax: Syntax, start: int) -> str | None:
    """The body named in the title right before a name starting at offset ``start``: the first
    organization after the title's first position word, else its territory's government."""
    token = syntax.analysis.token_at(start)
    if token is None:
        return None
    first = syntax.units[syntax.unit_of[token.index]][0]
    tokens = syntax.tokens
    head = None  # the leftmost position word of the title
    i = token.index - 1
    while i >= max(first, token.index - TITLE_REACH):
        t = tokens[i]
        inside = syntax.entity_at(t.start, t.stop)
        if inside is None and t.text == ")":  # "директор станции (филиал АО «X») Денис Ступин"
            opening = next((j for j in range(i - 1, max(first, i - 12) - 1, -1) if tokens[j].text == "("), None)
            if opening is not None:
                i = opening - 1
                continue
        if inside is None and (t.text in TITLE_BREAKS or t.text.lower() in CLAUSE_STARTS or t.text.lower() == "и"):
            break
        if inside is not None and inside.kind == "per":
            break
        if t.pos == "VERB" and t.feats.get("VerbForm") == "Fin":
            break
        if inside is None and t.pos == "NOUN" and t.feats.get("Animacy") == "Anim":
            head = i
        i -= 1
    if head is None:
        return None
    lo, hi = tokens[head].stop, start
    orgs = syntax.entities_in(lo, hi, "org")
    if orgs:
        return orgs[0].id
    named = word_bodies(syntax)  # "секретарь облизбиркома": a case form the organizations missed
    for t in tokens[head + 1 : token.index]:
        if syntax.entity_at(t.start, t.stop) is None and t.lemma.lower() in named:
            return named[t.lemma.lower()]
    bodies = territory_bodies(syntax, lo, hi)
    return bodies[0] if bodies else None


def word_bodies(syntax: Syntax) -> dict[str, str]:
    """Organizations named by one word somewhere (``облизбирком``, ``Минсельхоз``), by its lemma."""
    out: dict[str, str] = {}
    for e in syntax.entities:
        if e.kind != "org":
            continue
        words = syntax.analysis.tokens_in(e.start, e.end)
        if len(words) == 1 and words[0].pos in ("NOUN", "PROPN"):
            out.setdefault(words[0].lemma.lower(), e.id)
    return out


TITLE_WORDS = ("NOUN", "ADJ", "PROPN")
COUNTER_REACH = 8  # tokens between "с" and the person: "с губернатором Пермского края Дмитрием Махониным"


def counter_signers(syntax: Syntax, first: int, last: int) -> list[str]:
    """``подписал с губернатором края Дмитрием Махониным``: the person a signer signs with."""
    tokens = syntax.tokens
    out = []
    for i in range(first, last - 1):
        if tokens[i].text.lower() not in ("с", "со") or tokens[i + 1].feats.get("Case") != "Ins":
            continue
        # "с ООО «X»": a body, the counterparties' rule
        e = person_after(syntax, i + 1, last, lambda j: tokens[j].pos in TITLE_WORDS and not (
            j == i + 1 and syntax.entity_at(tokens[j].start, tokens[j].stop, "org") is not None))
        out += [e.id] if e is not None else []
    return out


def person_after(syntax: Syntax, j: int, last: int, passes: Callable[[int], bool]):  # type: ignore[no-untyped-def]
    """The person whose mention starts within ``COUNTER_REACH`` tokens from ``j``, every token before
    it ``passes`` (the words of a title), or None."""
    tokens = syntax.tokens
    for k in range(j, min(last, j + COUNTER_REACH)):
        e = syntax.entity_at(tokens[k].start, tokens[k].stop, "per")
        if e is not None and e.start == tokens[k].start:
            return e
        if not passes(k):
            return None
    return None


def side_signers(syntax: Syntax, first: int, last: int) -> list[str]:
    """``со стороны компании — генеральный директор Павел Дубровин``, ``от компании — директор X``: the
    signer of an elliptical side."""
    tokens, norm = syntax.tokens, syntax.analysis.norm
    out = []
    for i in range(first, last - 2):
        word = tokens[i].text.lower()
        if not (word in ("с", "со") and lemma(tokens[i + 1]) == "сторона" or word == "от" and i > first
                and tokens[i - 1].text == ","):
            continue
        dash = next((j for j in range(i + 2, min(last, i + 8)) if norm[tokens[j].start] in "—-"), None)
        if dash is None or any(t.pos in ("VERB", "AUX") or t.text in ",;." for t in tokens[i + 2 : dash]):
            continue
        e = person_after(syntax, dash + 1, last, lambda j: tokens[j].text not in ",;.")
        out += [e.id] if e is not None else []
    return out


def coordinated_signers(syntax: Syntax, people: list[str], first: int, last: int) -> list[str]:
    """``подписали ... Артем Сульдин и генеральный директор «Рузхиммаша» Вячеслав Прокин``: a signer
    joined by "и" or a comma through a title the parser did not attach."""
    tokens = syntax.tokens
    out = list(people)
    lo, hi = tokens[first].start, tokens[last - 1].stop
    for e in [e for e in syntax.entities if e.kind == "per" and e.id in people and lo <= e.start < hi]:
        end = e.end
        while True:
            after = syntax.analysis.token_at(end) or next((t for t in tokens if t.start >= end), None)
            i = after.index if after is not None else last
            if i >= last or tokens[i].text not in ("и", ","):
                break
            found = person_after(syntax, i + 1, last, lambda j: tokens[j].pos in TITLE_WORDS or tokens[j].text in "«»\"")
            if found is None:
                break
            if found.id not in out:
                out.append(found.id)
            end = found.end
    return out
