"""The body a signer signs for: the organization of the person's role, else the body the title
before the name names (``секретарь облизбиркома Марина Колосова``, ``директор Калининской АЭС
Денис Ступин``), else the government of the territory a head's title names (``губернатор
Новосибирской области`` -> the region's government, when the text names it)."""

from __future__ import annotations

from .clauses import CLAUSE_STARTS, Syntax
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
