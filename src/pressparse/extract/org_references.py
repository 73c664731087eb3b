"""Bare references: ``компания``, ``университета``, ``ведомства``, ``мэрия``, ``Суд`` join the one
organization of the document they can refer to.

A reference noun names the heads it can stand for (``ведомство``: a ministry, a department, an
agency...). Where the document names no such body but a head of one (``министра экономики Омской
области``), the body is named from that title and the references are its mentions.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .inflect import capitalize_first, fold, stem
from .org_context import Candidate, best
from .org_words import BARE_NOUNS, GENERIC_DESCRIPTORS, TERRITORY_NOUNS
from .place_zones import overlaps
from .org_ner import is_legal_form
from .token_index import token_index

# a body-type reference noun -> the head nouns of the names it can refer to
BODY_REFERENCES = {
    "министерство": "министерство",
    "департамент": "департамент",
    "комитет": "комитет",
    "агентство": "агентство",
    "инспекция": "инспекция",
    "администрация": "администрация",
    "мэрия": "администрация мэрия",
    "муниципалитет": "администрация мэрия",
    "правительство": "правительство",
    "кабмин": "правительство",
    "суд": "суд",
    "прокуратура": "прокуратура",
    "дума": "дума",
    "парламент": "дума собрание парламент хурал курултай",
    "ведомство": "министерство департамент агентство служба комитет управление инспекция",
    "вуз": "университет институт академия",
    "предприятие": "предприятие завод комбинат фабрика компания",
    "надзорный": "прокуратура инспекция надзор",
}
# ``тренер сборной`` refers back to the one national team of the document
TEAM_NOUNS = frozenset(("сборная",))
# ``решение суда``, ``в суд``, ``собеседник агентства``: mostly the institution in general; a
# sentence that opens with ``Суд`` speaks of the court of the document
SUBJECT_ONLY = frozenset("суд агентство".split())
OTHER_DETERMINERS = frozenset("какой какая какое какого какому каком какую каким какой-то его ее её их свой своя свое своё "
                              "своего своей своему своим своем своём свою любой любого любому другой другого другому "
                              "другом другим другую каждый каждого каждому".split())
# ``обществу`` refers back to a company whose legal form is a society (ООО, АО, ПАО)
SOCIETY_FORMS = frozenset("ООО АО ПАО ОАО ЗАО НАО".split())
# a head's title names its body: ``министра экономики`` -> ``Министерство экономики``
# ``надзорное ведомство`` is the prosecutor's office (or a supervision service)
KIND_ADJECTIVES = {"надзорный": "надзорный"}
# ``региональное ведомство``: the one body of the document's region the noun can stand for
LEVEL_ADJECTIVES = frozenset("региональный областной краевой республиканский".split())
# ``городской администрации``: the one administration of a town (a district's: ``районной``)
LOCAL_ADJECTIVES = {"городской": "city", "районный": "district"}
LOCAL_HEADS = frozenset("администрация мэрия".split())
TITLE_BODIES = {"министр": "Министерство", "прокурор": "Прокуратура"}
TITLE_KINDS = {"прокурор": "federal_body"}  # prosecutors' offices are federal at every level
# the second half of a region's double name: ``Кемеровская область – Кузбасс``, ``... – Югра``
DOUBLE_NAME = re.compile(r" [–—-] [\w-]+")
# a reference noun -> the titles whose bodies it can refer to
TITLED = {"министерство": ("министр",), "ведомство": ("министр", "прокурор"), "прокуратура": ("прокурор",),
          "надзорный": ("прокурор",)}


def add_bare_references(analysis: Any, groups: dict[str, list[Candidate]], ctx: Any = None) -> None:
    """Every bare reference noun that can refer to exactly one organization joins it."""

    add_legal_forms(analysis, groups)
    taken = [(c.start, c.stop) for cs in groups.values() for c in cs]
    loose: dict[str, set[str]] = {}
    heads: dict[str, set[str]] = {}
    for key, cs in groups.items():
        top = best(cs)
        words = top.name.replace("«", " ").split()
        loose[key] = {stem(w) for w in words if w.islower() or w == words[0]}
        loose[key] |= {stem(h) for c in cs if c.rank < 9 and "«" not in c.name and (h := head_of(c.name))}
        if "национальный парк" in top.name.lower():
            loose[key].add(stem("нацпарк"))  # ``нацпарк``: the national park named before
        if top.kind == "company":
            loose[key] |= {stem(w) for w in GENERIC_DESCRIPTORS - {"госкорпорация"}}
        if any(state_corporation(c.name) for c in cs):
            loose[key].add(stem("госкорпорация"))  # only a state corporation is ``Госкорпорация``
        if any(state_company(c.name) or state_company(analysis.text[c.start : c.stop]) for c in cs):
            loose[key].add(stem("госкомпания"))  # ``Госкомпания``: the state company named before
        heads[key] = {head_of(top.name)} | {head_of(c.name) for c in cs if c.rank < 9 and "«" not in c.name}
        if top.kind == "company":
            heads[key] |= {"предприятие", "компания"}
            if "«" in top.name:  # ``АО «Красноярский машиностроительный завод»``: ``завода``
                heads[key].add(head_of(top.name.split("«", 1)[1].rstrip("»")))
            if words[0] in SOCIETY_FORMS:
                heads[key].add("общество")
    titled: dict[str, Candidate | None] = {}
    kinds = {p.id: p.kind for p in ctx.places} if ctx is not None else {}
    for token in [analysis.tokens[i] for i in token_index(analysis).with_lemma(REFERENCE_LEMMAS)]:
        lemma = token.lemma
        if lemma not in REFERENCE_LEMMAS or token.pos not in ("NOUN", "PROPN") or token.feats.get("Number") == "Plur":
            continue  # most tokens are no reference noun: the lemma check comes first
        body_like = lemma in BODY_REFERENCES or lemma == "общество"
        if body_like and not (token.text.islower() and lemma not in SUBJECT_ONLY or first_in_sentence(analysis, token)):
            continue
        if overlaps(token.start, token.stop, taken) or not bare(analysis, token, strict=body_like):
            continue
        start, stop, territory = token.start, token.stop, territory_after(analysis, token) if body_like else None
        prev = analysis.tokens[token.index - 1] if token.index else None
        if lemma == "ведомство" and prev is not None and prev.lemma in KIND_ADJECTIVES:
            start, lemma = prev.start, KIND_ADJECTIVES[prev.lemma]  # ``надзорного ведомства``
        regional = lemma == "ведомство" and prev is not None and prev.lemma in LEVEL_ADJECTIVES
        local = LOCAL_ADJECTIVES.get(prev.lemma) if lemma in LOCAL_HEADS and prev is not None and prev.text.islower() else None
        start = prev.start if regional or local else start
        title = titled_body(ctx, groups, lemma, titled, token) if body_like and ctx is not None else None
        if title is not None:
            keys = [title.key]  # the body whose head the text names: ``министра экономики``
            groups.setdefault(title.key, [])
        elif body_like:
            wanted = set(BODY_REFERENCES.get(lemma, lemma).split())
            keys = [k for k, h in heads.items() if h & wanted]
            if regional:  # ``региональное ведомство``: a body of the region, not a federal one
                keys = [k for k in keys if best(groups[k]).kind == "regional_body" and kinds.get(best(groups[k]).place or "") == "region"]
            if local is not None:
                keys = [k for k in keys if kinds.get(best(groups[k]).place or "") == local]
            if territory is not None:  # ``прокуратуры района``: the body of a district
                keys = [k for k in keys if kinds.get(best(groups[k]).place or "") == TERRITORY_NOUNS[territory.lemma]]
                stop = territory.stop
        else:
            keys = [k for k, h in loose.items() if stem(lemma) in h]
        if len(set(keys)) == 1:
            top = best(groups[keys[0]]) if groups[keys[0]] else title
            groups[keys[0]].append(Candidate(start, stop, top.name, top.kind, key=keys[0], rank=9))


# every lemma the loop of ``add_bare_references`` may take
REFERENCE_LEMMAS = frozenset((*BODY_REFERENCES, "общество", *BARE_NOUNS, *TEAM_NOUNS))


def add_legal_forms(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    """A legal form alone (``оштрафовал МУП``, ``директору ГБУЗ``) refers to the one organization of
    the text named with that form (``МУП «Водоканал»``)."""

    taken = [(c.start, c.stop) for cs in groups.values() for c in cs]
    tokens = analysis.tokens
    for i in token_index(analysis).capitalized:  # every legal form starts with a capital
        token = tokens[i]
        if not token.text.isupper() or not is_legal_form(token.text) or overlaps(token.start, token.stop, taken):
            continue
        after = tokens[token.index + 1] if token.index + 1 < len(tokens) else None
        if after is not None and (after.text in "«\"" or after.text[:1].isupper() and after.sent == token.sent):
            continue  # a form before a name no rule took
        keys = [k for k, cs in groups.items() if cs and best(cs).name.split()[0] == token.text]
        if len(keys) == 1:
            top = best(groups[keys[0]])
            groups[keys[0]].append(Candidate(token.start, token.stop, top.name, top.kind, key=keys[0], rank=9))


def state_corporation(name: str) -> bool:
    low = name.lower()
    return "государственная корпорация" in low or "госкорпорация" in low or name.startswith("ГК ")


def state_company(name: str) -> bool:
    low = name.lower()
    return "государственная компания" in low or "госкомпания" in low or name.startswith("ГК ")


def titled_body(ctx: Any, groups: dict[str, list[Candidate]], lemma: str,
                cache: dict[str, list[tuple[int, Candidate]]], token: Any) -> Candidate | None:
    """The body the titles of the document name for a reference noun: the one named, or where the
    titles name several, the one named last before the reference, at most two sentences back
    (``Министром экономики назначен ... Ведомство она возглавляла``)."""
    from .org_first_merges import shortened

    found: list[tuple[int, Candidate]] = []
    for title in TITLED.get(lemma, ()):
        if title not in cache:
            cache[title] = bodies_from_titles(ctx, title)
        found += cache[title]
    if len({c.key for _, c in found}) != 1:
        near = [(sent, c) for sent, c in found if c.start < token.start and token.sent - sent <= 2]
        sent_start = ctx.analysis.sents[token.sent].start
        if not near or any(sent_start <= c.start < token.start for cs in groups.values() for c in cs):
            return None  # a body named earlier in the sentence is the likelier referent (``… МЧС … ведомства``)
        found = [max(near, key=lambda sc: sc[1].start)]
    body = found[0][1]
    longer = [k for k in groups if k != body.key and shortened(body.key, k.split(":")[-1])]
    if body.key not in groups and len(longer) == 1:
        body.key = longer[0]  # ``прокурора района`` names ``Прокуратура ... района г. Барнаула``
    doubled = [k for k in groups if DOUBLE_NAME.fullmatch(body.key[len(k):]) and body.key.startswith(k)]
    if body.key not in groups and len(doubled) == 1:
        # ``прокурора Кемеровской области – Кузбасса``: the body the text names by its region's
        # short name (``прокуратуры Кузбасса``) takes the region's full double name
        for c in groups[doubled[0]]:
            c.name = body.name
        body.key = doubled[0]
    return body


def bodies_from_titles(ctx: Any, title_lemma: str) -> list[tuple[int, Candidate]]:
    """``министра экономики Омской области`` ... ``ведомства``: the bodies the titles name (the
    gazetteer's or the document's own where it is named too), each with its title's sentence."""
    from .org_bodies import known_name, with_territory
    from .org_context import name_key

    tokens = ctx.analysis.tokens
    bodies: list[tuple[int, Candidate]] = []
    for i in token_index(ctx.analysis).with_lemma((title_lemma,)):  # the tokens of the title's lemma
        token = tokens[i]
        body = TITLE_BODIES[title_lemma] if token.lemma == title_lemma else None
        if body is None or i + 1 >= len(tokens) or tokens[i + 1].feats.get("Case") != "Gen" \
                or token.feats.get("Number") == "Plur":  # ``Кабинета Министров ...``: a body's name, no title
            continue
        found = with_territory(ctx, None, i, i + 1)
        if found is None or found[0].key.startswith("prefix:"):
            continue
        title = found[0]
        name = capitalize_first(" ".join([body, *title.name.split()[1:]]))
        entry = known_name(name)
        key = "body:" + entry.name if entry is not None else name_key(name)
        bodies.append((token.sent, Candidate(
            title.start, title.stop, entry.name if entry else name,
            entry.kind if entry else TITLE_KINDS.get(title_lemma) or ("regional_body" if title.kind == "other" else title.kind),
            place=title.place, key=key, rank=9)))
    return bodies


@lru_cache(maxsize=65536)  # keyed by names: bounded over millions of releases
def head_of(name: str) -> str:
    """The head noun of an organization's name, as a lemma: ``Центральный районный суд`` -> ``суд``."""
    from ..analysis.morph import morph_analyzer

    analyzer = morph_analyzer()
    for word in name.split("«")[0].split():
        if word.isupper() or not word[:1].isalpha():
            continue
        parse = analyzer.parse(word.lower())[0]
        if parse.tag.POS == "NOUN":
            return parse.normal_form
    return ""


def territory_after(analysis: Any, token: Any) -> Any:
    """``района`` in ``прокуратуры района``: a generic territory noun that ends the reference."""
    k = token.index + 1
    nxt = analysis.tokens[k] if k < len(analysis.tokens) else None
    if nxt is None or nxt.lemma not in TERRITORY_NOUNS or not nxt.text.islower() or nxt.feats.get("Case") != "Gen":
        return None
    after = analysis.tokens[k + 1] if k + 1 < len(analysis.tokens) else None
    if after is not None and (after.text[:1].isupper() or after.pos == "ADJ"):
        return None  # ``района Отрадное``: a named territory
    return nxt


def first_in_sentence(analysis: Any, token: Any) -> bool:
    return analysis.sents[token.sent].first == token.index


def bare(analysis: Any, token: Any, strict: bool = False) -> bool:
    """Not the head of a longer name: no quoted name, genitive name or adjective around it."""
    nxt = analysis.tokens[token.index + 1] if token.index + 1 < len(analysis.tokens) else None
    prev = analysis.tokens[token.index - 1] if token.index > 0 else None
    if nxt is not None and (nxt.text == "«" or nxt.text.isupper() and len(nxt.text) > 1):
        return False
    if nxt is not None and nxt.pos == "PROPN" and not (strict and nxt.feats.get("Animacy") == "Anim"):
        return False  # ``университета Иннополис``; but ``руководитель ведомства Елена Брагина``
    if strict and nxt is not None and nxt.pos in ("NOUN", "ADJ") and nxt.feats.get("Case") == "Gen" \
            and territory_after(analysis, token) is None:
        return False  # ``министерство финансов``: a body of its own, not a reference
    if prev is not None and fold(prev.text) in OTHER_DETERMINERS:
        return False  # ``какому предприятию``, ``его правительство``: not the document's one
    if strict and prev is not None and prev.pos == "ADJ" and prev.text.islower() \
            and prev.lemma not in ("этот", "тот", "данный", *KIND_ADJECTIVES) \
            and not (token.lemma == "ведомство" and prev.lemma in LEVEL_ADJECTIVES) \
            and not (token.lemma in LOCAL_HEADS and prev.lemma in LOCAL_ADJECTIVES):
        return False  # ``районный суд``, ``японское министерство``
    return prev is None or prev.pos != "ADJ" or prev.text.islower() \
        or token.lemma == "ведомство" and prev.lemma in LEVEL_ADJECTIVES
