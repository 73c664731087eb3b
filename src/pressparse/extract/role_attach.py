"""Which person a role phrase belongs to, and the role's status.

Patterns, by priority:
  * verbs: ``X назначен(а) ROLE``, ``ROLE(Ins) назначен X``, ``назначил X ROLE(Ins)``,
    ``X является ROLE(Ins)``, ``ROLE будет/станет X`` (``исполнять обязанности министра будет X``),
    ``X освобожден от должности ROLE``;
  * the phrase right before the name: ``министр финансов Иван Иванов``;
  * apposition after the name: ``Иван Иванов, министр финансов, ...``, chained over commas.
A plural phrase (``заместители министра Иванов и Петров``) goes to every name of the list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from .names import parses
from .role_lexicon import fold, match_position, word_kind
from .role_phrases import RolePhrase

APPOSITION_GAP = re.compile(r"\s*(?:,|\(|[—–-](?=\s))\s*")
AND_GAP = re.compile(r"\s+и\s+")
DASH_GAP = re.compile(r"\s+[—–-]\s+|\s*,\s*")
LIST_GAP = re.compile(r"\s*(?:,|и)\s*", re.IGNORECASE)
DUTY_VERBS = frozenset({"исполнять", "исполнить"})
PRONOUNS = {"он": "Masc", "она": "Fem"}
HELD_VERBS = frozenset({"занимать", "работать", "служить", "трудиться", "являться", "стать", "становиться"})
PRONOUN_GAP = frozenset({"должность", "пост", "в", "на", "должности", "посту", "позицию"})
POST_WORDS = frozenset({"на", "должность", "пост", "от", "с", "со", "должности", "поста", "был", "была", "были",
                        "будет", "будут", "вновь", "официально", "временно", "свой", "свою", "своей", "своего"})


@dataclass(slots=True)
class Mention:
    start: int
    stop: int
    person: int  # index of the person


@dataclass(slots=True)
class Link:
    phrase: RolePhrase
    person: int
    status: str


def attach_roles(analysis: Any, phrases: list[RolePhrase], mentions: list[Mention]) -> list[Link]:
    """Links of role phrases to persons, at most one person per phrase (lists aside)."""
    mentions = sorted(mentions, key=lambda m: m.start)
    phrases = absorb_ranks(analysis, phrases)
    links: list[Link] = []
    appositive: dict[int, int] = {}  # phrase stop -> person, to chain ``X, ROLE1, ROLE2``
    pending: list[RolePhrase] = []  # ``заместитель председателя правительства –`` before ``министр ... X``
    for phrase in phrases:
        link = by_verb(analysis, phrase, mentions) or before_name(analysis, phrase, mentions) or after_name(
            analysis, phrase, mentions, appositive) or by_pronoun(analysis, phrase, mentions)
        if link is None:
            pending = pending + [phrase] if pending and stacked(analysis, pending[-1], phrase.start, phrase) else [
                phrase]
            continue
        anchor = phrase.start
        while pending and stacked(analysis, pending[-1], anchor, phrase) and pending[-1].case == phrase.case:
            prev = pending.pop()
            links.append(Link(prev, link.person, clause_status(analysis, prev)))
            anchor = prev.start
        pending = []
        links.append(link)
        if link.status == "chain":
            link.status = clause_status(analysis, phrase)
        if phrase.plural:
            links += list_members(analysis, phrase, mentions, link)
    return links


@cache
def ranks() -> tuple[str, ...]:
    from .. import data

    return tuple(fold(r["rank"]) for r in data.load_tsv("role_ranks"))


def is_rank(phrase: RolePhrase) -> bool:
    title = fold(phrase.title)
    return any(title == r or title.startswith(r + " ") for r in ranks())


def absorb_ranks(analysis: Any, phrases: list[RolePhrase]) -> list[RolePhrase]:
    """``начальник управления генерал-майор полиции Иван Иванов``: the rank between a position and
    the name is no role; the position reaches over it to the name."""
    out: list[RolePhrase] = []
    for phrase in phrases:
        prev = out[-1] if out else None
        text = gap(analysis, prev.stop, phrase.start) if prev else "\0"
        if prev and is_rank(phrase) and not is_rank(prev) and (
                text in ("", "\0") or text.isspace() and "\n" not in text):  # \0: inside the tail
            prev.stop, prev.last = max(prev.stop, phrase.stop), max(prev.last, phrase.last)
            continue
        out.append(phrase)
    return out


def stacked(analysis: Any, prev: RolePhrase, start: int, phrase: RolePhrase) -> bool:
    """``заместитель председателя – министр финансов X``; ``писатель, поэт и журналист X``: titles of
    one person. Over ``и`` only professions stack (``губернатор и министр X`` may be two people)."""
    text = gap(analysis, prev.stop, start)
    if DASH_GAP.fullmatch(text):
        return True
    return bool(AND_GAP.fullmatch(text)) and profession(analysis, prev) and profession(analysis, phrase)


def profession(analysis: Any, phrase: RolePhrase) -> bool:
    found = match_position(analysis.tokens, phrase.head)
    return found is not None and found[1] == "other" and not phrase.plural


def lead(analysis: Any, phrase: RolePhrase) -> int:
    """Where the phrase starts with its lowercase adjectives (``Оливер Кан (запасной вратарь)``,
    ``будет запасным вратарем``): they stand between the name or verb and the position."""
    tokens = analysis.tokens
    k = phrase.first
    while k > 0 and tokens[k - 1].pos == "ADJ" and tokens[k - 1].text[:1].islower() and (
            tokens[k - 1].feats.get("Case") in (None, phrase.case)) and phrase.first - k < 3:
        k -= 1
    return tokens[k].start


def gap(analysis: Any, a: int, b: int) -> str:
    return analysis.text[a:b] if a <= b else "\0"


def tokens_between(analysis: Any, a: int, b: int) -> list[Any]:
    return analysis.tokens_in(a, b) if a < b else []


def by_verb(analysis: Any, phrase: RolePhrase, mentions: list[Mention]) -> Link | None:
    # X (был) назначен (на должность) ROLE ; X является ROLE ; X освобожден от должности ROLE
    before = [m for m in mentions if m.stop <= phrase.start]
    if before:
        m = before[-1]
        words = past_relative(tokens_between(analysis, m.stop, lead(analysis, phrase)))
        status = verb_status(words, passive_only=True)
        if status and same_sentence(analysis, m.stop, phrase.start):
            return Link(phrase, m.person, status)
    after = [m for m in mentions if m.start >= phrase.stop]
    if after:
        m = after[0]
        words = before_title(analysis, tokens_between(analysis, phrase.stop, m.start))
        if words and same_sentence(analysis, phrase.stop, m.start):
            # ROLE(Ins) назначен X ; исполнять обязанности ROLE будет X ; в и.о. ROLE станет X
            lemmas = {fold(t.lemma) for t in words}
            if phrase.acting and duties_go_to(words):  # ``исполняет`` now; ``будет исполнять``, ``возложено``
                present = any(t.feats.get("Tense") == "Pres" and fold(t.lemma) in DUTY_VERBS for t in words)
                return Link(phrase, m.person, "current" if present else "appointed")
            passive = any(word_kind(t) == "appointed" and is_passive(t) for t in words)
            if phrase.case == "Ins" or passive or phrase.acting and lemmas & {"быть", "стать"}:
                status = verb_status(words, passive_only=phrase.case != "Ins", future=True)
                if status:
                    return Link(phrase, m.person, status)
    if before and phrase.case == "Ins":
        # назначил X ROLE(Ins)
        m = before[-1]
        if gap(analysis, m.stop, phrase.start).isspace():
            prev = tokens_between(analysis, max(0, m.start - 40), m.start)[-2:]
            if any(word_kind(t) == "appointed" for t in prev):
                return Link(phrase, m.person, "appointed")
    return None


def before_title(analysis: Any, words: list[Any]) -> list[Any]:
    """``ROLE(Ins) назначен судья высшей категории X``: the verb group before another title of X."""
    for k in range(1, len(words)):
        if match_position(analysis.tokens, words[k].index) and word_kind(words[k - 1]) == "appointed":
            rest = words[k:]
            if all(t.pos not in ("PUNCT", "VERB", "AUX") for t in rest):
                return words[:k]
            break
    return words


def past_relative(words: list[Any]) -> list[Any]:
    """``X, который выдвигался на должность ректора, назначен ROLE``: the words after the clause."""
    if len(words) > 2 and words[0].text == "," and fold(words[1].lemma) == "который":
        for k in range(2, len(words)):
            if words[k].text == ",":
                return words[k + 1 :]
    return words


def duties_go_to(words: list[Any]) -> bool:
    """``обязанности ROLE будет исполнять X``, ``исполнение обязанностей ROLE возложено на (ROLE) X``."""
    lemmas = [fold(t.lemma) for t in words]
    if lemmas and lemmas[0] in DUTY_VERBS:
        lemmas = lemmas[:1]
    elif lemmas[:1] == ["быть"] and lemmas[1:2] and lemmas[1] in DUTY_VERBS:
        lemmas = lemmas[:2]
    if set(lemmas) <= {"быть", "временно"} | DUTY_VERBS and DUTY_VERBS & set(lemmas):
        return len(lemmas) == len(words)
    if lemmas[:1] and lemmas[0] in ("возложить", "возлагать") and lemmas[1:2] == ["на"]:
        # the person after ``на``, maybe behind his own current position
        return all(t.pos not in ("VERB", "PUNCT", "SCONJ") for t in words[2:])
    return False


def by_pronoun(analysis: Any, phrase: RolePhrase, mentions: list[Mention]) -> Link | None:
    """``Ранее она занимала должность заместителя министра``: the last person of that gender
    named before the pronoun, in its sentence or the one before."""
    tokens = analysis.tokens
    first = analysis.sents[tokens[phrase.first].sent].first
    k = phrase.first - 1
    while k >= first and fold(tokens[k].text) in PRONOUN_GAP:
        k -= 1
    verbs = []
    while k >= first and (fold(tokens[k].lemma) in HELD_VERBS or fold(tokens[k].lemma) == "быть"
                          or word_kind(tokens[k]) == "appointed" and is_passive(tokens[k])):
        verbs.append(tokens[k])  # ``занимал``, ``был назначен``, ``стал``
        k -= 1
    if not verbs:
        return in_post(analysis, phrase, mentions)
    verb = verbs[-1]
    while k >= first and tokens[k].pos == "ADV":
        k -= 1
    if k < first or fold(tokens[k].text) not in PRONOUNS:
        if not elided_subject(tokens[first : k + 1], verb):
            return None
        # ``С 2017 года занимал должность проректора``: the subject is the person of the sentences before
        gender = verb.feats.get("Gender")
        anchor, earliest = tokens[first].start, analysis.sents[max(0, tokens[first].sent - 2)].first
    else:
        gender = PRONOUNS[fold(tokens[k].text)]
        anchor, earliest = tokens[k].start, analysis.sents[max(0, tokens[k].sent - 1)].first
    return held_by(analysis, phrase, mentions, verbs, anchor, earliest, gender)


def elided_subject(words: list[Any], verb: Any) -> bool:
    """No subject before a past verb of one gender (``В 2010 году занимал ...``)."""
    if verb.feats.get("Tense") != "Past" or verb.feats.get("Gender") not in ("Masc", "Fem"):
        return False
    return not any(t.pos in ("NOUN", "PROPN", "PRON") and t.feats.get("Case") == "Nom" or t.pos == "PUNCT"
                   and t.text not in (",",) for t in words)


def in_post(analysis: Any, phrase: RolePhrase, mentions: list[Mention]) -> Link | None:
    """``Она продолжит работу в вузе в должности президента``: ``в должности ROLE`` describes the
    clause's subject, a pronoun at the sentence's start."""
    tokens = analysis.tokens
    k = phrase.first
    if k < 2 or fold(tokens[k - 1].text) not in ("должности", "посту") or fold(tokens[k - 2].text) not in ("в", "на"):
        return None
    sent = analysis.sents[tokens[k].sent]
    words = [t for t in tokens[sent.first : k - 2] if t.pos != "ADV"]
    if not words or fold(words[0].text) not in PRONOUNS or any(t.pos == "PUNCT" for t in words):
        return None
    verbs = [t for t in words if t.pos == "VERB" and t.feats.get("VerbForm") == "Fin"]
    if not verbs:
        return None
    gender = PRONOUNS[fold(words[0].text)]
    earliest = analysis.sents[max(0, tokens[k].sent - 1)].first
    return held_by(analysis, phrase, mentions, verbs, words[0].start, earliest, gender)


def held_by(analysis: Any, phrase: RolePhrase, mentions: list[Mention], verbs: list[Any], anchor: int,
            earliest: int, gender: str | None) -> Link | None:
    """The last person of that gender named before ``anchor`` (from token ``earliest`` on)."""
    verb = verbs[-1]
    for m in reversed([m for m in mentions if m.stop <= anchor]):
        last = analysis.token_at(m.stop - 1)
        if last is None or last.index < earliest:
            return None
        if last.feats.get("Gender") in (gender, None):
            if any(word_kind(v) == "appointed" and is_passive(v) for v in verbs):
                return Link(phrase, m.person, "appointed")
            past = verb.feats.get("Tense") == "Past"
            status = ("appointed" if past else "current") if fold(verb.lemma) in ("стать", "становиться") else (
                "former" if past and fold(verb.lemma) != "являться" else "current")
            return Link(phrase, m.person, status)
    return None


def verb_status(words: list[Any], passive_only: bool, future: bool = False) -> str | None:
    """The status a short verb group gives (``назначена``, ``является``, ``будет``), if it is one."""
    status = None
    for t in words:
        low = fold(t.text)
        kind = word_kind(t)
        if kind in ("appointed", "dismissed"):
            if passive_only and not is_passive(t) and fold(t.lemma) not in ("стать", "уйти", "покинуть", "уволиться"):
                return None
            status = status or kind
        elif kind == "copula" or future and fold(t.lemma) in ("быть", "стать"):
            status = status or ("appointed" if future and fold(t.lemma) == "стать" else "current")
        elif low not in POST_WORDS and t.pos not in ("AUX", "ADV", "PUNCT"):
            return None
    if status == "current" and future and any(fold(t.text).startswith("буд") for t in words):
        return "appointed"
    return status


def is_passive(token: Any) -> bool:
    """``назначен``, ``назначена``, ``назначается``: the role describes the name after or before it."""
    low = fold(token.text)
    return token.feats.get("Voice") == "Pass" or token.feats.get("Variant") == "Short" or low.endswith(
        ("н", "на", "ны", "ся", "сь"))


def same_sentence(analysis: Any, a: int, b: int) -> bool:
    ta, tb = analysis.token_at(max(0, a - 1)), analysis.token_at(b)
    return ta is not None and tb is not None and ta.sent == tb.sent


def before_name(analysis: Any, phrase: RolePhrase, mentions: list[Mention]) -> Link | None:
    for m in mentions:
        if m.start >= phrase.stop:
            text = gap(analysis, phrase.stop, m.start)
            if text == "" or text.isspace() and text.count("\n") == 0 or status_between(analysis, text, phrase.stop):
                if governed(analysis, phrase, m):
                    return None
                return Link(phrase, m.person, "chain")
            return None
    return None


@cache
def statuses() -> frozenset[str]:
    from .. import data

    return frozenset(fold(r["title"]) for r in data.load_tsv("role_statuses"))


def status_between(analysis: Any, text: str, stop: int) -> bool:
    """``бывший министр спорта, олимпийский чемпион X``: a status (no role) between a role and the name."""
    if "\n" in text or not text.lstrip().startswith(",") or text.count(",") != 1:
        return False
    words = [t for t in tokens_between(analysis, stop, stop + len(text)) if t.text != ","]
    if not words or len(words) > 4 or not all(t.text[:1].islower() for t in words):
        return False
    return " ".join(fold(t.lemma) for t in words) in statuses()


def relative_before(analysis: Any, first: int) -> bool:
    """A kin noun before the phrase, over adjectives and stacked genitive titles
    (``дочь знаменитого писателя, актера и режиссера``)."""
    tokens = analysis.tokens
    k = first - 1
    while k >= 0 and first - k <= 8:
        t = tokens[k]
        if word_kind(t) == "relative":
            return True
        if not (t.pos == "ADJ" or t.text == "," or fold(t.text) == "и" or t.pos == "NOUN" and t.feats.get("Case") == "Gen"):
            return False
        k -= 1
    return False


def governed(analysis: Any, phrase: RolePhrase, mention: Mention) -> bool:
    """``помощник Хиллари Клинтон``, ``представителями Путина``: a genitive name after a phrase in
    another case is the position's principal, not its holder; ``дочь капитана X``: X is the relative."""
    if phrase.case == "Gen" and relative_before(analysis, phrase.first):
        return True  # ``супруга губернатора Анна Иванова``: the name is the relative's
    if phrase.acting or phrase.case not in ("Nom", "Ins", "Dat", "Loc"):  # animate Acc looks like Gen
        return False
    first = analysis.token_at(mention.start)
    cases = {t.feats.get("Case") for t in analysis.tokens_in(mention.start, mention.stop) if t.pos == "PROPN"}
    if first is None or cases != {"Gen"}:
        return False
    names = [p for p in parses(first.text) if "Name" in p.tag and "sing" in p.tag]  # a first name, surely genitive
    return bool(names) and not any(p.tag.case == "nomn" for p in names)


def after_name(analysis: Any, phrase: RolePhrase, mentions: list[Mention], appositive: dict[int, int]) -> Link | None:
    if phrase.plural:  # ``..., директора учреждений`` lists more people
        return None
    before = [m for m in mentions if m.stop <= phrase.start]
    candidates = [(m.stop, m.person) for m in before[-1:]] + sorted(appositive.items())[-1:]
    for stop, person in sorted(candidates, reverse=True):
        if not agrees(analysis, phrase, stop):
            continue
        text = gap(analysis, stop, lead(analysis, phrase))
        if stop in appositive and AND_GAP.fullmatch(text) and closes(analysis, phrase):
            appositive[phrase.stop] = person  # ``X - управляющий директор и совладелец компании``
            return Link(phrase, person, "chain")
        if APPOSITION_GAP.fullmatch(text) and closes(analysis, phrase):
            appositive[phrase.stop] = person
            return Link(phrase, person, "chain")
    return None


def agrees(analysis: Any, phrase: RolePhrase, stop: int) -> bool:
    """An apposition is in the name's case (``с Ивановым, министром``), or nominative."""
    token = analysis.token_at(stop - 1)
    case = token.feats.get("Case") if token is not None else None
    return phrase.case in ("Nom", case) or phrase.acting or case is None


def closes(analysis: Any, phrase: RolePhrase) -> bool:
    """An apposition ends at a comma, a bracket, a dash, a colon or the sentence end."""
    rest = analysis.text[phrase.stop : phrase.stop + 40].lstrip(" ")
    if rest[:2] == "и ":
        token = analysis.token_at(phrase.stop + analysis.text[phrase.stop:].index("и ") + 2)
        return token is not None and match_position(analysis.tokens, token.index) is not None
    return rest == "" or rest[0] in ",.;:()—–-!?\n"


def list_members(analysis: Any, phrase: RolePhrase, mentions: list[Mention], link: Link) -> list[Link]:
    out = []
    chain = [m for m in mentions if m.start >= phrase.stop]
    prev = chain[0] if chain else None
    for m in chain[1:]:
        if prev is None or not LIST_GAP.fullmatch(gap(analysis, prev.stop, m.start)):
            break
        if m.person != link.person:
            out.append(Link(phrase, m.person, link.status))
        prev = m
    return out


def clause_status(analysis: Any, phrase: RolePhrase) -> str:
    """former (бывший, экс-), dismissed (the clause's verb: уволен, покинул пост), else current."""
    if phrase.former:
        return "former"
    tokens = analysis.tokens
    head = tokens[phrase.head]
    seen = set()
    node = head
    for _ in range(4):
        if node.head < 0 or node.head in seen:
            break
        seen.add(node.head)
        node = tokens[node.head]
        if node.pos in ("VERB", "AUX", "NOUN"):
            kind = word_kind(node)
            if kind == "dismissed":
                return "dismissed"
            if node.pos == "VERB":
                break
    sent = analysis.sents[head.sent]
    for t in tokens[phrase.last : sent.last]:
        low = fold(t.text)
        if word_kind(t) == "dismissed" and t.pos == "VERB":
            if any(fold(x.text) in ("пост", "должность", "должности", "отставку", "поста")
                   for x in tokens[t.index : t.index + 4]):
                return "dismissed"
        if low == "отставку" and fold(tokens[t.index - 1].text) == "в":
            return "dismissed"
    return "current"
