"""Government bodies: gazetteer names (misspellings included) and a body with its territory.

``правительством Калининградской области``, ``Минобразования НСО``, ``администрации г. Искитим``
are a body head followed by a place mention; ``правительства самого западного российского
региона`` is a head followed by a generic territory noun, resolved to the document's region.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .gazetteer import BodyEntry, body_trie, fuzzy_body, fuzzy_word, longest_at, place_adjective_trie
from .inflect import capitalize_first, fold, stem
from .org_branches import BRANCH_NOUNS
from .org_context import Candidate, Context, name_key, of_place
from .org_foreign import country_adjective_body, foreign_namesake, qualitative
from .org_namesakes import federal_namesake
from .org_heads import next_is_head, only_plural, organ_of_body, proper_head_end
from .org_words import BODY_ADJECTIVES, BODY_HEADS, BUDGET_FUNDS
from .org_territory import UNIT_ABBREVIATIONS, followed_by_territory, territorial, with_territory
from .org_territory_words import stop_index
from .org_service_units import unit_of_service
from .place_zones import keys_of
from .token_index import token_index

# ``областной минздрав`` is the document region's ministry when the region is an ``область``
# heads a region's adjective turns into the region's own body of a field (not ``агентство``, often a name)
LEVEL_HEADS = frozenset("департамент комитет управление министерство".split())
# a region written as its noun after a body's name (``Министерства финансов области``)
REGION_NOUNS = frozenset("область край республика".split())
REGION_ADJECTIVES = {"областной": "област", "краевой": "край", "республиканский": "республик", "окружной": "округ",
                     "региональный": ""}


# bodies named by their building: ``в Белом доме``, ``на Даунинг-стрит`` is the place itself
BUILDINGS = frozenset(("Белый дом", "Канцелярия премьер-министра Великобритании", "Букингемский дворец"))
PLACE_PREPOSITIONS = frozenset("в во на у около возле до к ко перед рядом".split())


def find_bodies(ctx: Context) -> Iterator[Candidate]:
    keys = keys_of(ctx.analysis)
    trie = body_trie()
    # most tokens start no body: only the few that may (``may_start``) are tried, in order
    candidates = token_index(ctx.analysis).body_starts
    i = 0
    for i0 in candidates:
        if i0 < i:
            continue
        i = i0
        found = body_at(ctx, i, trie, keys)
        if found is None:
            i += 1
            continue
        yield found[0]
        yield from nested_bodies(ctx, head_end_of(ctx, i, trie, keys), found[1], found[0], trie, keys)
        i = found[1]


def may_start(text: str, lemma: str, pos: str, keys: tuple) -> bool:
    """A capitalized word, a body word or gazetteer start, an adjective of a region or a country:
    a token that may start a body (a pure function of the token's spelling, kept per word by
    ``token_index``)."""
    if lemma in BODY_HEADS or lemma in BODY_ADJECTIVES or not body_trie().root.keys().isdisjoint(keys):
        return True
    if pos == "ADJ" and (lemma in REGION_ADJECTIVES or text.isupper()
                         or not place_adjective_trie().root.keys().isdisjoint(keys)):
        return True
    if text[:1].isupper():
        # a capitalized word no rule of ``body_at`` but the misspelling one can take
        return pos == "ADJ" or text.isupper() or lemma in REGION_ADJECTIVES \
            or (entry := fuzzy_word(text)) is not None and not entry.regional
    return False


def head_end_of(ctx: Context, i: int, trie: Any, keys: list) -> int:
    hit = longest_at(trie, keys, i)
    return hit.last if hit is not None else i + 1


def nested_bodies(ctx: Context, first: int, last: int, outer: Candidate, trie: Any, keys: list) -> Iterator[Candidate]:
    """A body named in another body's complement: ``Совета Республики ...`` in ``комиссии Совета ...``."""
    tokens = ctx.analysis.tokens
    for k in range(first, last):
        if tokens[k - 1].lemma in BODY_ADJECTIVES and tokens[k - 1].text.islower() \
                or tokens[k - 1].pos == "ADJ" and tokens[k - 1].start == outer.start:
            continue  # ``районный суд``, ``Хорошевский суд`` is the outer body's own head
        if tokens[k].lemma in BODY_HEADS and tokens[k].start < outer.stop and outer.rank < 6:
            prev = tokens[k - 1]
            # ``комитета Государственного Совета ...``: a capital adjective agreeing with the head leads its name
            lead = k - 1 if k - 1 > first - 1 and prev.pos == "ADJ" and prev.text[:1].isupper() and prev.text[1:].islower() \
                and prev.feats.get("Case") == tokens[k].feats.get("Case") and prev.start > outer.start else k
            found = with_territory(ctx, None, lead, k + 1)
            if tokens[k - 1].text in UNIT_ABBREVIATIONS and (unit := quoted_branch(ctx, k - 1, trie, keys)):
                unit[0].nested = True  # ``отдела Госавтоинспекции МУ МВД России «Орское»``: the unit, not the ministry
                yield unit[0]
                return
            if found is not None and found[0].stop == outer.stop and found[0].rank < 6:
                if " по " in found[0].name and tokens[outer_head(ctx, outer)].lemma in BRANCH_NOUNS:
                    return  # ``Управление Федеральной службы ... по Республике ...``: the service's branch, not the service
                found[0].nested = True
                yield found[0]
                return


def outer_head(ctx: Context, outer: Candidate) -> int:
    token = ctx.analysis.token_at(outer.start)
    tokens = ctx.analysis.tokens
    k = token.index if token is not None else 0
    while k + 1 < len(tokens) and tokens[k].pos == "ADJ":
        k += 1
    return k


def body_at(ctx: Context, i: int, trie: Any, keys: list) -> tuple[Candidate, int] | None:
    tokens = ctx.analysis.tokens
    token = tokens[i]
    hit = longest_at(trie, keys, i)
    if token.lemma in REGION_ADJECTIVES and token.text[1:].islower():
        found = region_adjective_body(ctx, i, hit, trie, keys)
        if found is not None:
            return found
    if token.pos == "ADJ" and token.text[1:].islower():
        found = country_adjective_body(ctx, i, trie, keys, known_name)
        if found is not None:
            return found
    if token.text.isupper() and 2 <= len(token.text) <= 4 and (hit is None or hit.last == i + 1):
        found = quoted_branch(ctx, i, trie, keys)
        if found is not None:
            return found
    if hit is not None and token.lemma == "фонд" and i > 0 and tokens[i - 1].lemma in BUDGET_FUNDS:
        return None  # ``из дорожного фонда Воронежской области``: a budget's fund, no body
    if hit is not None:
        # ``Фонды Прикамья``: a plural template head is a class of bodies, no one body
        regional = [e for e in hit.entries if e.regional] if not only_plural(tokens[hit.last - 1]) else []
        national = [e for e in hit.entries if not e.regional]
        if regional:
            found = with_territory(ctx, regional[0], i, hit.last, alone=not national)
            if found is not None:
                return found
        if national and (found := foreign_namesake(ctx, i, hit.last, national[0])) is not None:
            return found
        if national and followed_by_territory(ctx, hit.last):
            # ``Кабмин РТ``: a national body's word before a region names that region's body
            return with_territory(ctx, None, i, hit.last)
        if national and region_noun_after(tokens, hit.last):
            # ``в Министерстве финансов республики``: the document region's namesake, not the federal body
            found = with_territory(ctx, None, i, hit.last)
            if found is not None and not found[0].key.startswith("prefix:"):
                return found
        if national and is_proper_hit(tokens[hit.first : hit.last]) and not common_word_hit(ctx, tokens[i], hit, national[0]) \
                and not (national[0].name in BUILDINGS and i > 0 and tokens[i - 1].text.lower() in PLACE_PREPOSITIONS):
            last = country_tail(ctx, hit.last)
            return federal(ctx, national[0], i, last), last
        if regional:  # no region's body after all: the federal one written the same (``МВД``), if any
            return federal_namesake(ctx, i, hit, trie)
    if token.text in UNIT_ABBREVIATIONS and (unit := unit_of_service(ctx, i, trie, keys)) is not None:
        return unit
    if token.lemma in BODY_HEADS:
        return with_territory(ctx, None, i, i + 1)
    if token.lemma in BODY_ADJECTIVES and next_is_head(tokens, i):
        # ``Городская Управа города Калуги``: the complement starts after the head, in any case
        head = next(k for k in range(i + 1, i + 3) if tokens[k].lemma in BODY_HEADS)
        return with_territory(ctx, None, i, head + 1)
    if token.pos == "ADJ" and token.text[:1].isupper() and token.text[1:].islower() and i + 1 < len(tokens) \
            and tokens[i + 1].lemma in BODY_ADJECTIVES and tokens[i + 1].text.islower() and next_is_head(tokens, i + 1):
        # ``Центральный районный суд г. Барнаула``: a proper adjective leads the body's name
        head = next(k for k in range(i + 2, i + 4) if tokens[k].lemma in BODY_HEADS)
        found = with_territory(ctx, None, i, head + 1)
        if found is not None and not found[0].key.startswith("prefix:"):
            return found
    if token.pos == "ADJ" and token.text[:1].isupper() and token.text[1:].islower() and i + 1 < len(tokens) \
            and (head_end := proper_head_end(tokens, i + 1, trie, keys)) and tokens[i + 1].text.islower() \
            and not (opens_sentence(ctx, i) and qualitative(token)) \
            and token.start not in ctx.place_at and (token.feats.get("Case") == tokens[i + 1].feats.get("Case")
                                                     or ctx.analysis.text[token.start - 1 : token.start] == "\n"):
        # ``Хорошевский суд Москвы``, ``Национальная служба здравоохранения``, ``Молодежного парламента
        # области``: a proper adjective names the body
        found = with_territory(ctx, None, i, head_end)
        if found is not None and not found[0].key.startswith("prefix:") and not organ_of_body(tokens, i + 2, found[1]):
            return found
    if token.text[:1].isupper() and (entry := fuzzy_body(token)) is not None and not entry.regional:
        last = country_tail(ctx, i + 1)
        return federal(ctx, entry, i, last), last
    return None


def region_noun_after(tokens: list, j: int) -> bool:
    """``области``, ``края``, ``республики`` right after a name: its territory, written as a noun."""
    return j < len(tokens) and tokens[j].lemma in REGION_NOUNS and tokens[j].text.islower() \
        and tokens[j].feats.get("Case") == "Gen"


def quoted_branch(ctx: Context, i: int, trie: Any, keys: list) -> tuple[Candidate, int] | None:
    """``МУ МВД России «Иркутское»``, ``МО МВД России «Каменский»``: a unit of a federal body
    known by a quoted name; the body inside is no mention of its own."""
    tokens = ctx.analysis.tokens
    hit = longest_at(trie, keys, i + 1) if i + 1 < len(tokens) else None
    if hit is None or all(e.regional for e in hit.entries) or not tokens[i + 1].text.isupper():
        return None
    j = country_tail(ctx, hit.last)
    if j + 2 >= len(tokens) or tokens[j].text != "«":
        return None
    close = next((k for k in range(j + 1, min(j + 6, len(tokens))) if tokens[k].text == "»"), None)
    if close is None or close == j + 1:
        return None
    text = ctx.analysis.text
    name = f"{text[tokens[i].start : tokens[j - 1].stop]} «{text[tokens[j + 1].start : tokens[close - 1].stop]}»"
    unit = UNIT_ABBREVIATIONS.get(tokens[i].text)
    full = f"{unit} {name.split(' ', 1)[1]}" if unit else name
    return Candidate(tokens[i].start, tokens[close].stop, full, "federal_body", name if unit else None,
                     key=name_key(name), rank=0), close + 1


def known_name(name: str) -> BodyEntry | None:
    """The national gazetteer body spelled exactly ``name`` in some form, if any."""
    from .gazetteer import WORD, END, word_key

    node = body_trie().root
    for word in WORD.findall(name):
        node = node.get(word_key(word))
        if node is None:
            return None
    return next((e for e in node.get(END, []) if not e.regional), None)


def region_adjective_body(ctx: Context, i: int, hit: Any, trie: Any, keys: list) -> tuple[Candidate, int] | None:
    """``областного минздрава``, ``краевое правительство``: the document region's body."""
    from .inflect import to_nominative
    from .org_head_phrases import field_end

    tokens = ctx.analysis.tokens
    region = ctx.region
    word = REGION_ADJECTIVES[tokens[i].lemma]
    if region is None or word not in fold(region.name):
        return None
    if i > 0 and tokens[i - 1].pos == "ADJ" and tokens[i - 1].text[:1].isupper():
        return None  # ``Новгородская областная Дума``: a name of its own
    if hit is not None and any(e.regional for e in hit.entries):  # the template itself: ``областная дума``
        entry, first, head_end = next(e for e in hit.entries if e.regional), i, hit.last
    else:
        inner = longest_at(trie, keys, i + 1) if i + 1 < len(tokens) else None
        if inner is not None and any(e.regional for e in inner.entries):
            entry, first, head_end = next(e for e in inner.entries if e.regional), i + 1, inner.last
        elif i + 1 < len(tokens) and tokens[i + 1].lemma in BODY_HEADS and tokens[i + 1].lemma != "ведомство":
            # ``региональное ведомство`` is a reference to the region's one ministry (org_references), no name
            entry, first, head_end = None, i + 1, i + 2
        else:
            return None
    if with_territory(ctx, entry, first, head_end, alone=False) is not None:
        return None  # an explicit territory follows: the ordinary rule names it
    fielded = field_end(tokens, head_end) if head_end == first + 1 else head_end
    if fielded > head_end and tokens[first].lemma in LEVEL_HEADS:
        # ``Областной департамент общего образования``: the region's department of that field, named
        # as the region names its bodies (``Департамент общего образования Томской области``)
        name = capitalize_first(f"{to_nominative(ctx.analysis, tokens[first:fielded])} {of_place(region)}")
        return Candidate(tokens[i].start, tokens[fielded - 1].stop, name, "regional_body", None, region.id,
                         rank=1), fielded
    if fielded > head_end:  # ``Республиканского агентства лесного хозяйства``: a name of its own, as written
        return Candidate(tokens[i].start, tokens[fielded - 1].stop, to_nominative(ctx.analysis, tokens[i:fielded]),
                         "regional_body", None, region.id, rank=1), fielded
    candidate = territorial(ctx, entry, first, head_end, head_end, tokens[head_end - 1].stop, region, rank=1)
    words = candidate.name.split()
    if stem(words[0]) == stem(tokens[i].lemma):  # ``областное правительство`` -> ``Правительство ... области``
        candidate.name = capitalize_first(" ".join(words[1:]))
        candidate.key = name_key(candidate.name)
    candidate.start = tokens[i].start
    return candidate, head_end


def country_tail(ctx: Context, j: int) -> int:
    """``Минпроторгом РФ``: a country right after a federal body's name is part of the mention."""
    tokens = ctx.analysis.tokens
    if j < len(tokens) and tokens[j].start in ctx.place_at:
        stop, place = ctx.place_at[tokens[j].start]
        if place.kind == "country" and not (tokens[j].pos == "ADJ" and stop == tokens[j].stop):
            return stop_index(ctx, stop, j)
    return j


def is_proper_hit(tokens: list[Any]) -> bool:
    """A body's name, not a common phrase: capitalized."""
    return tokens[0].text[:1].isupper()


def opens_sentence(ctx: Context, i: int) -> bool:
    tokens = ctx.analysis.tokens
    return i == 0 or tokens[i - 1].sent != tokens[i].sent or tokens[i - 1].text in "«\"—-:"


def common_word_hit(ctx: Context, token: Any, hit: Any, entry: BodyEntry) -> bool:
    """A one-word name met as another word of its stem: ``Эксперты`` (not the magazine
    ``Эксперт``), ``Почти`` (not ``Почта``)."""
    if hit.last - hit.first != 1 or token.text.isupper():
        return False
    if token.pos not in ("NOUN", "PROPN", "X"):
        return True
    if token.feats.get("Number") != "Plur":
        return False
    words = [n for n in (entry.name, *entry.names) if n.isalpha()]
    return bool(words) and not any(p.feats.get("Number") == "Plur" for w in words for p in ctx.analysis.vocab(fold(w)))


def federal(ctx: Context, entry: BodyEntry, first: int, last: int) -> Candidate:
    tokens = ctx.analysis.tokens
    start, stop = tokens[first].start, tokens[last - 1].stop
    place = ctx.place_named(entry.place) if entry.place else None
    return Candidate(start, stop, entry.name, entry.kind, entry.short_name,
                     place.id if place else None, key="body:" + entry.name, rank=0)
