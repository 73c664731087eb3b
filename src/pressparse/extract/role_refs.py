"""Descriptive references to a body in a role phrase (``генеральный директор общества``,
``руководитель ведомства``, ``генеральный директор корпорации``): the one organization of that sort
named before the phrase (role_refs.tsv); the head noun of an organization's name; a unit named by
the first words of a body (``начальник управления социальной защиты``); the side in ``со стороны X``."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .inflect import stem
from .role_lexicon import fold, match_position, token_lemmas, word_kind
from .role_phrases import RolePhrase

# ``со стороны музея — X, от фонда — Y``: the sides of a signing
ON_SIDE_OF = re.compile(r"\b(?:со\s+стороны|(?<![\w-])(от))\s+", re.IGNORECASE)
SIDE_DASH = re.compile(r"\s*—\s*$")

@cache
def references() -> dict[str, tuple[str, frozenset[str]]]:
    """role_refs.tsv: reference word -> (organization kind or "", first words of names)."""
    from .. import data

    out = {}
    for row in data.load_tsv("role_refs"):
        kind = "" if row["kind"] == "-" else row["kind"]
        names = frozenset() if row["names"] == "-" else frozenset(row["names"].split())
        out[fold(row["word"])] = (kind, names)
    return out


def described(analysis: Any, phrase: RolePhrase, organizations: list[Any]) -> str | None:
    """``генеральный директор общества``, ``руководитель ведомства``: the one organization of that
    sort named before the phrase."""
    tokens = before_rank(analysis.tokens[phrase.title_end : phrase.last])
    if " по " in phrase.title:  # ``директором компании по животноводству``: the field is the title's
        tokens = next((tokens[:n] for n, t in enumerate(tokens) if n and fold(t.text) == "по"), tokens)
    if len(tokens) == 1 and tokens[0].text.isupper() and len(tokens[0].text) > 1:
        return legal_form(tokens[0].text, organizations, phrase.start)
    if not tokens or not tokens[0].text[:1].islower():
        return None
    adjectives = set()  # ``президент нижегородской палаты``: the adjectives pick the body among its sort
    while len(tokens) > 1 and tokens[0].pos == "ADJ" and tokens[0].text[:1].islower() and (
            fold(tokens[1].lemma) in references() or tokens[1].pos == "ADJ"):
        if fold(tokens[0].lemma) not in FUNCTIONS:
            adjectives.add(stem(tokens[0].text))
        tokens = tokens[1:]
    if adjectives:
        organizations = [o for o in organizations if all(adjective_in(a, o.name) for a in adjectives)]
    ref = references().get(fold(tokens[0].lemma)) or next(  # ``компании-инвестора``: its first part
        (references()[w] for w in sorted(token_lemmas(tokens[0])) if w in references()), None)
    if ref is None and not any(word_kind(t) != "stop" for t in tokens[1:]):
        return quoted_named(analysis, tokens[0], organizations, phrase.start) or one_word_named(
            analysis, tokens[0], organizations)
    if ref is None and len(tokens) > 1 and all(t.pos == "NOUN" and t.text[:1].islower() for t in tokens):
        return quoted_words(tokens, organizations, phrase.start)
    if ref is None or any(word_kind(t) != "stop" for t in tokens[1:]):
        return None
    return referred(analysis, ref, organizations, phrase.start, fold(tokens[0].lemma))


# adjectives telling a body's part in the deal, not words of its name (``генеральный директор подрядной
# организации``)
FUNCTIONS = frozenset({"подрядный", "генподрядный", "субподрядный", "управляющий", "ресурсоснабжающий",
                       "эксплуатирующий", "обслуживающий"})


def adjective_in(adjective: str, name: str) -> bool:
    """``пригородной компании`` -> ``АО «Краспригород»``, ``газораспределительной организации`` ->
    ``АО «Газпром газораспределение Псков»``: the adjective's stem is a word of the name, or its root
    (six letters at least) is inside one."""
    words = [stem(w) for w in re.findall(r"[\w-]+", name)]
    root = adjective[:6]
    return adjective in words or len(root) == 6 and any(root in w for w in words)


def referred(analysis: Any, ref: tuple[str, frozenset[str]], organizations: list[Any], start: int,
             word: str = "") -> str | None:
    """The one organization named before ``start`` that a reference word (``references()``) means."""
    kind, names = ref
    before = [o for o in organizations if any(m.start < start for m in o.mentions)]
    # ``генеральный директор корпорации``: a body whose own name has that noun wins over others of its kind
    named = {o.id for o in before if names and (body_of(o.name) in names or quoted_head(o.name) in names
                                                or called(analysis, o, names) or branch_of(o.name) in names
                                                or bare_named(analysis, o, names))}
    if len(named) == 1:
        return named.pop()
    if len(named) > 1:  # ``директор фонда`` after several funds: the text's subject, named most and first
        return subject(before, named, start)
    ids = {o.id for o in before if kind and o.kind == kind or body_of(o.name) in names}
    if len(ids) > 1 and kind and word:
        # ``генеральный директор корпорации X и учредитель компании Y``: a body named by another
        # reference noun (``АО «Корпорация ...»``) is meant by that noun, not by the generic one
        other = {o.id for o in before if o.id in ids and quoted_head(o.name) not in (None, word)
                 and quoted_head(o.name) in references()}
        ids = ids - other or ids
    if len(ids) > 1 and kind and (token := analysis.token_at(start)) is not None:
        # ``Директором АО «X» назначен Y, ранее возглавлявший бюро предприятия``: the one of its sort
        # named earlier in the same sentence, else in the sentence before (``Эксплуатировать суда будет
        # ООО «X». Генеральный директор перевозчика Y``)
        for sent in range(token.sent, max(-1, token.sent - 2), -1):
            begin = analysis.tokens[analysis.sents[sent].first].start
            near = {o.id for o in before if o.id in ids and any(begin <= m.start < start for m in o.mentions)}
            if near:
                break
        ids = near if len(near) == 1 else ids
    if len(ids) > 1 and kind:  # ``советник генерального директора компании`` after two companies
        return subject(before, ids, start)
    return ids.pop() if len(ids) == 1 else None


def subject(before: list[Any], ids: set[str], start: int) -> str:
    """Of several bodies a reference may mean, the text's subject: named most, then first."""
    return max((o for o in before if o.id in ids),
               key=lambda o: (sum(m.start < start for m in o.mentions), -min(m.start for m in o.mentions))).id


def legal_form(word: str, organizations: list[Any], start: int) -> str | None:
    """``директор МУП``: a bare legal form stands for the one body of that form named before."""
    ids = {o.id for o in organizations if o.name.startswith(word + " ") and any(m.start < start for m in o.mentions)}
    return ids.pop() if len(ids) == 1 else None


@cache
def rank_words() -> frozenset[str]:
    from .. import data

    return frozenset(fold(r["rank"]) for r in data.load_tsv("role_ranks"))


def before_rank(tokens: list[Any]) -> list[Any]:
    """``начальник главка генерал-майор внутренней службы X``: the rank after the body is no part of it."""
    for n, t in enumerate(tokens):
        if n and fold(t.lemma).split("-")[0] in rank_words():
            return tokens[:n]
    return tokens


DEMONSTRATIVES = frozenset({"этот", "это", "данный", "тот", "указанный"})


def body_named(analysis: Any, phrase: RolePhrase, organizations: list[Any]) -> str | None:
    """``бывший председатель Думы``, ``советник Председателя Правительства``, ``проректор технического
    университета``, ``заместитель председателя этого комитета``: a tail of one body noun (with its
    adjectives) refers to the one organization named before whose name has that head noun (and
    those adjectives)."""
    tokens = analysis.tokens[phrase.title_end : phrase.last]
    if tokens and fold(tokens[0].lemma) in DEMONSTRATIVES:
        tokens = tokens[1:]
    if not tokens or tokens[-1].pos not in ("NOUN", "PROPN") or tokens[-1].feats.get("Case") != "Gen" or not all(
            t.pos == "ADJ" and t.text[:1].islower() for t in tokens[:-1]):
        return None
    noun = fold(tokens[-1].lemma)
    adjectives = {stem(t.text) for t in tokens[:-1]}
    found = set()
    for org in organizations:
        if not any(m.start < phrase.start for m in org.mentions) or body_of(org.name) != noun:
            continue
        if adjectives <= {stem(w) for w in re.findall(r"[\w-]+", org.name)}:
            found.add(org.id)
    return found.pop() if len(found) == 1 else None


def called(analysis: Any, org: Any, names: frozenset[str]) -> bool:
    """``консорциума «Северный водород»`` with the organization named ``Северный водород``: the
    common noun right before a mention names its sort."""
    for m in org.mentions:
        token = analysis.token_at(m.start)
        if token is None or token.index == 0:
            continue
        k = token.index - 1
        if analysis.norm[analysis.tokens[k].start] == "«" and k > 0:
            k -= 1
        if fold(analysis.tokens[k].lemma) in names:
            return True
    return False


def bare_named(analysis: Any, org: Any, names: frozenset[str]) -> bool:
    """``Микрокредитная компания Хабаровский краевой фонд ...`` the text also calls ``фонд``: a
    one-word mention of the reference's noun."""
    for m in org.mentions:
        words = analysis.tokens_in(m.start, m.end)
        if len(words) == 1 and words[0].text[:1].islower() and fold(words[0].lemma) in names:
            return True
    return False


def quoted_named(analysis: Any, word: Any, organizations: list[Any], before: int) -> str | None:
    """``генеральный директор хлебокомбината``: the one organization named before whose quoted name
    has that head noun (``АО «Северный хлебокомбинат»``)."""
    lemma = fold(word.lemma)
    found = [org for org in organizations if any(m.start < before for m in org.mentions)
             and quoted_head(org.name) == lemma]
    if len(found) > 1:  # ``Калининская АЭС — филиал АО «Концерн ...»``: the parent's name inside a branch's
        found = [org for org in found if len(org.name.partition("«")[0].split()) <= 2]
    return found[0].id if len(found) == 1 else None


def quoted_words(words: list[Any], organizations: list[Any], before: int) -> str | None:
    """``директор центра занятости`` after ``ГКУ «Центр занятости населения области»``: the one
    organization named before whose quoted name begins with the tail's nouns."""
    wanted = [stem(t.text) for t in words]
    found = {o.id for o in organizations if any(m.start < before for m in o.mentions)
             and [stem(w) for w in re.findall(r"[\w-]+", o.name.partition("«")[2])[: len(wanted)]] == wanted}
    return found.pop() if len(found) == 1 else None


def one_word_named(analysis: Any, word: Any, organizations: list[Any]) -> str | None:
    """``председатель облизбиркома``: the one organization with a one-word mention of that lemma."""
    lemma = fold(word.lemma)
    found = {o.id for o in organizations for m in o.mentions if m.start != word.start
             and len(words := analysis.tokens_in(m.start, m.end)) == 1 and fold(words[0].lemma) == lemma}
    if not found:  # ``председатель облисполкома`` of ``Могилевский облисполком``: the noun after its adjectives
        from .role_mention_heads import adjectives_then

        found = {o.id for o in organizations for m in o.mentions if m.start != word.start
                 and adjectives_then(analysis.tokens_in(m.start, m.end), lemma)}
    return found.pop() if len(found) == 1 else None


def quoted_head(name: str) -> str | None:
    """The first noun of a quoted name, lemma: ``АО «Корпорация развития области»`` -> корпорация."""
    from .names import parses

    quoted = name.partition("«")[2]
    # (``«Кроноцкий государственный заповедник»``: a place-like adjective the dictionary guesses as a noun)
    nouns = [p for w in quoted.strip("»").split() for p in parses(w)[:1] if p.tag.POS == "NOUN" and not (
        "Geox" in p.tag and w[:1].isupper() and re.search(r"(?:ий|ый|ой|ая|ое)$", w))]
    return fold(nouns[0].normal_form) if nouns else None


def branch_of(name: str) -> str:
    """``Управление почтовой связи области — филиал АО «Почта России»``: the sort after the dash."""
    _, dash, rest = name.partition(" — ")
    return fold(rest.split()[0]) if dash and rest else ""


def body_of(name: str) -> str:
    from .names import parses

    words = name.split()
    if len(words) > 1 and words[0].isupper() and words[1][:1].islower():
        words = words[1:]  # ``МАОУ лицей № 7``: the legal form before the body's noun
    first = words[0] if words else ""
    options = parses(first)
    if options and options[0].tag.POS in ("ADJF", "PRTF") and not first.isupper():
        # ``Петрозаводский государственный университет``: the body is the first noun
        for word in words[1:6]:
            if word[:1] in "«\"":
                break
            found = parses(word)
            if found and found[0].tag.POS == "NOUN":
                return fold(found[0].normal_form)
    return fold(options[0].normal_form) if options else fold(first)


def same_words(words: list[Any], organizations: list[Any]) -> str | None:
    """``начальник управления социальной защиты`` when the text names ``Управление социальной защиты
    города Калуги``: the one organization whose name begins with the title's unit words."""
    wanted = [stem(t.text) for t in words]
    found = {o.id for o in organizations
             if [stem(w) for w in re.findall(r"[\w-]+", o.name)[: len(wanted)]] == wanted}
    return found.pop() if len(found) == 1 else None


POSSESSIVES = frozenset({"его", "ее", "её", "их"})


def possessed(analysis: Any, phrase: RolePhrase, organizations: list[Any]) -> str | None:
    """``ФГБУ «Администрация порта» ... Ее руководитель X``: a head post owned by a pronoun belongs to the
    body named last before it, in that sentence or the one before."""
    tokens = analysis.tokens
    if phrase.first == 0 or fold(tokens[phrase.first - 1].text) not in POSSESSIVES or phrase.last > phrase.title_end:
        return None
    found = match_position(tokens, phrase.head, phrase.title_end)
    if found is None or found[1] != "head" or found[0] != phrase.title_end:
        return None
    sent = tokens[phrase.head].sent
    begin = tokens[analysis.sents[max(0, sent - 1)].first].start
    mentions = [(m.start, o.id) for o in organizations for m in o.mentions if begin <= m.start < phrase.start]
    return max(mentions)[1] if mentions else None


def on_side_of(analysis: Any, phrase: RolePhrase, organizations: list[Any]) -> str | None:
    """``со стороны предприятия документ подписан директором X``: the side named earlier in the sentence."""
    sent = analysis.sents[analysis.tokens[phrase.head].sent]
    begin = analysis.tokens[sent.first].start
    found = None
    for m in ON_SIDE_OF.finditer(analysis.norm, begin, phrase.start):
        side = next((o.id for o in organizations for x in o.mentions if x.start == m.end()), None)
        token = analysis.token_at(m.end())
        if side is None and token is not None and token.text[:1].islower() and fold(token.lemma) in references():
            side = side_named(token, organizations, m.start())  # ``от фонда``
        elif side is None and token is not None and token.text[:1].isupper() and token.pos in ("NOUN", "PROPN"):
            # ``Со стороны Управления``: the one body named before with that head noun
            named = {o.id for o in organizations if body_of(o.name) == fold(token.lemma)
                     and any(x.start < m.start() for x in o.mentions)}
            side = named.pop() if len(named) == 1 else None
        if m.group(1) and (token is None or not SIDE_DASH.match(analysis.norm, token.stop, phrase.start)):
            continue  # ``от X``: a side only right before ``— ROLE``
        found = side if side is not None or not m.group(1) else found
    return found


def side_named(word: Any, organizations: list[Any], before: int) -> str | None:
    """``от фонда``: the one organization named before whose name has that head noun."""
    kind, names = references()[fold(word.lemma)]
    earlier = [o for o in organizations if any(m.start < before for m in o.mentions)]
    found = {o.id for o in earlier if body_of(o.name) in names or quoted_head(o.name) in names}
    if not found and kind:  # ``со стороны завода`` after ``АО «Фармстандарт»``: the one body of that kind
        found = {o.id for o in earlier if o.kind == kind}
        if len(found) > 1:  # ``Новым подрядчиком станет АО «X». ... со стороны подрядчика``: the one named last
            return max((x.start, o.id) for o in earlier if o.id in found for x in o.mentions if x.start < before)[1]
    return found.pop() if len(found) == 1 else None
