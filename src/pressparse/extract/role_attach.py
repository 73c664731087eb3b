"""Which person a role phrase belongs to, and the role's status.

Patterns, by priority:
  * verbs: ``X назначен(а) ROLE``, ``ROLE(Ins) назначен X``, ``назначил X ROLE(Ins)``,
    ``X является ROLE(Ins)``, ``ROLE будет/станет X`` (``исполнять обязанности министра будет X``),
    ``X освобожден от должности ROLE``, and pronouns (``Ранее она занимала должность ROLE``):
    in ``role_verbs``;
  * the phrase right before the name: ``министр финансов Иван Иванов``;
  * apposition after the name: ``Иван Иванов, министр финансов, ...``, chained over commas.
A plural phrase (``заместители министра Иванов и Петров``) goes to every name of the list.
"""

from __future__ import annotations

import re
from typing import Any

from .names import parses
from .role_lexicon import fold, match_position, statuses, word_kind
from .role_phrases import RolePhrase, named_after
from .role_apposition import agrees, body_clause, closes, holder_named, list_members
from .role_announced import announced
from .role_moved import moved
from .role_ranks import RANK_ONLY, absorb_ranks
from .role_stacked import juxtaposed
from .role_pronouns import by_pronoun
from .role_principals import genitive_principal, governed, prepositional, principal_then_holder
from .role_successions import appointed_by_noun
from .role_titles import staff_of_name
from .role_verbs import Link, Mention, by_verb, gap, lead, tokens_between

EARLIER = r"до\s+сих\s+пор|до\s+недавнего\s+времени|до\s+этого|в\s+прошлом"
# ``X, ROLE``, ``X (ROLE)``, ``X — ROLE``, also over the name's spelling in brackets: ``X (Thomas Schäfer), ROLE``
# (``X, кандидат экономических наук, доцент кафедры``: a degree is no post, the post after it is X's)
APPOSITION_GAP = re.compile(r"\)?\s*(?:\([^()\n]{1,40}\)\s*)?(?:,\s*(?:доктор|кандидат)\s+[а-яё-]+\s+наук\s*)?"
                            r"(?:,|\(|[—–-](?=\s))\s*"
                            r"(?:(?:а\s+)?(?:ныне|теперь|сейчас|прежде|ранее|" + EARLIER + r")\s+)?", re.IGNORECASE)
# ``X, прежде заместитель начальника управления``, ``назначена X, до сих пор заместитель главного врача``:
# an earlier post in apposition
EARLIER_GAP = re.compile(r"\b(?:прежде|ранее|" + EARLIER + r")\s+$", re.IGNORECASE)
# ``X, один из основателей компании``: a plural phrase of one person
ONE_OF_GAP = re.compile(r"\s*,\s*од(?:ин|на|ного|ной|ному|ним|ном)\s+из\s+", re.IGNORECASE)
# ``руководитель Федерального агентства (Росмолодежь) X``: the body's short name between the role and the name
BRACKET_GAP = re.compile(r"\s*\([^()\n]{1,50}\)\s*")
AND_GAP = re.compile(r"\s+и\s+")
ONLY_DASH = re.compile(r"\s+[—–-]\s+")
# ``экс-губернатор области, а ныне сенатор X``: a former and a present title of one person
DASH_GAP = re.compile(r"\s+[—–-]\s+|\s*,\s*(?:(?:а\s+)?(?:ныне|теперь|сейчас)\s+)?", re.IGNORECASE)
NOW_GAP = re.compile(r"\b(?:ныне|теперь|сейчас)\s*$", re.IGNORECASE)
# ``музыканты X (группа «Метро»), Y и Z``: a member's note in brackets stays in the list
POSTS_GAP = re.compile(r"\s*,\s*|\s+(?:и|а\s+затем|затем|а\s+потом|потом)\s+")
# ``музыкантами группы — X, Y``, ``экс-президентов: X, Y``: a plural title introduces its list
PLURAL_GAP = re.compile(r"\s*(?::|—(?=\s)|,\s*(?:среди\s+(?:которых|них)|в\s+том\s+числе)\s*[:—]?)\s*")  # ``, среди которых —``


def attach_roles(analysis: Any, phrases: list[RolePhrase], mentions: list[Mention]) -> list[Link]:
    """Links of role phrases to persons, at most one person per phrase (lists aside)."""
    mentions = sorted((m for m in mentions if not named_after(analysis, m.start)), key=lambda m: m.start)
    phrases = [p for p in absorb_ranks(analysis, phrases) if not RANK_ONLY.match(fold(p.title))]
    links: list[Link] = []
    appositive: dict[int, int] = {}  # phrase stop -> person, to chain ``X, ROLE1, ROLE2``
    pending: list[RolePhrase] = []  # ``заместитель председателя правительства –`` before ``министр ... X``
    for n, phrase in enumerate(phrases):
        link = by_verb(analysis, phrase, mentions) or moved(analysis, phrase, mentions) or appointed_by_noun(
            analysis, phrase, mentions) or before_name(analysis, phrase, mentions) or (
            None if shared_ahead(analysis, phrase, phrases[n + 1 :], mentions) else after_name(
                analysis, phrase, mentions, appositive)) or by_pronoun(analysis, phrase, mentions) or announced(
            analysis, phrase, mentions) or (
            posts_listed(analysis, links[-1], phrase) if links else None)
        if link is None:
            pending = pending + [phrase] if pending and stacked(analysis, pending[-1], phrase.start, phrase) else [
                phrase]
            continue
        anchor = phrase.start
        # a plural title before a singular one (``представители власти, глава области X``) names others
        while pending and stacked(analysis, pending[-1], anchor, phrase) and pending[-1].case == phrase.case and (
                pending[-1].plural <= phrase.plural):
            prev = pending.pop()
            status = "former" if NOW_GAP.search(gap(analysis, prev.stop, anchor)) else clause_status(analysis, prev)
            links += [(own := Link(prev, link.person, status))] + (list_members(analysis, prev, mentions, own) if prev.plural else [])
            anchor = prev.start
        pending = []
        links.append(link)
        if link.status == "chain":
            link.status = clause_status(analysis, phrase)
        if phrase.plural:
            links += list_members(analysis, phrase, mentions, link)
    return links


def stacked(analysis: Any, prev: RolePhrase, start: int, phrase: RolePhrase) -> bool:
    """``заместитель председателя – министр финансов X``; ``писатель, поэт и журналист X``: titles of
    one person. Over ``и`` only professions stack (``губернатор и министр X`` may be two people)."""
    # ``лидер партии, народный депутат X``: the next title's own adjectives
    text = gap(analysis, prev.stop, lead(analysis, phrase) if start == phrase.start else start)
    if DASH_GAP.fullmatch(text) or juxtaposed(analysis, prev, phrase, text):
        return True  # no comma: a bishop's title after a post, a post with its body and another post
    return bool(AND_GAP.fullmatch(text)) and profession(analysis, prev, phrase.plural) and profession(analysis, phrase, prev.plural)


def posts_listed(analysis: Any, last: Link, phrase: RolePhrase) -> Link | None:
    """``работал министром, заместителем председателя Госсовета``: posts listed after a verb's one."""
    if last.phrase.case != "Ins" or last.phrase.plural or phrase.plural or not POSTS_GAP.fullmatch(
            gap(analysis, last.phrase.stop, phrase.start)):
        return None
    head = analysis.tokens[phrase.head]
    if phrase.case != "Ins" and not any("Fixd" in p.tag for p in parses(head.text)[:1]):
        return None  # an indeclinable ``зампредседателя`` shows no case
    return Link(phrase, last.person, last.status)


def counted(analysis: Any, phrase: RolePhrase) -> bool:
    """``играли девять шахматистов: X, Y``: a counted group introduces participants, not a title."""
    k = phrase.first - 1
    while k >= 0 and analysis.tokens[k].pos == "ADJ" and analysis.tokens[k].text[:1].islower():
        k -= 1
    return k >= 0 and (analysis.tokens[k].pos == "NUM" or analysis.tokens[k].text.isdigit())


def shared_ahead(analysis: Any, phrase: RolePhrase, rest: list[RolePhrase], mentions: list[Mention]) -> bool:
    """``актёры X и Y, спортсмен и актёр Z``: a profession stacked over ``и`` (any title over a dash) on
    one right before a name is that name's, not an apposition to the name before."""
    if rest and ONLY_DASH.fullmatch(gap(analysis, phrase.stop, rest[0].start)) and before_name(
            analysis, rest[0], mentions) is not None:
        return True  # ``X, заместитель генерального директора – директор по ... Y``: both posts are Y's
    return bool(rest) and bool(AND_GAP.fullmatch(gap(analysis, phrase.stop, rest[0].start))) and profession(
        analysis, phrase) and profession(analysis, rest[0]) and before_name(analysis, rest[0], mentions) is not None


def profession(analysis: Any, phrase: RolePhrase, plural: bool = False) -> bool:
    found = match_position(analysis.tokens, phrase.head)  # plural only beside a plural (``писатели и критики``)
    return found is not None and found[1] == "other" and (not phrase.plural or plural)


def before_name(analysis: Any, phrase: RolePhrase, mentions: list[Mention]) -> Link | None:
    for m in mentions:
        if m.start >= phrase.stop:
            text = gap(analysis, phrase.stop, m.start)
            if text == "" or text.isspace() and text.count("\n") == 0 or unclosed(analysis, phrase, text) or timed(
                    analysis, phrase, text) or status_between(
                    analysis, text, phrase.stop) or BRACKET_GAP.fullmatch(text) or body_clause(analysis, phrase, text) or framed(analysis, phrase, m, text) or (
                    phrase.plural and "\n" not in text and PLURAL_GAP.fullmatch(analysis.norm[phrase.stop : m.start])
                    and not counted(analysis, phrase)):
                if (holder := principal_then_holder(analysis, phrase, m, mentions)) is not None:
                    return Link(phrase, holder.person, "chain")
                if governed(analysis, phrase, m) or genitive_principal(analysis, phrase, m) or prepositional(
                        analysis, phrase, m) or staff_of_name(analysis, phrase):
                    return None
                return Link(phrase, m.person, "chain")
            return None
    return None


MONTH = r"(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*"
# ``Исполнявший обязанности министра в сентябре – октябре X``: the participle's time between title and name
TIME_GAP = re.compile(r"\s+(?:в|с|со|по|до)\s+(?:\d{4}(?:\s*[–—-]\s*\d{4})?\s*(?:год\w*|гг?\.)?|" + MONTH
                      + r"(?:\s*[–—-]\s*(?:по\s+)?" + MONTH + r")?(?:\s+\d{4}\s+года)?)\s+")


def timed(analysis: Any, phrase: RolePhrase, text: str) -> bool:
    first = analysis.tokens[phrase.first]
    participle = first.feats.get("VerbForm") == "Part" or any(p.tag.POS == "PRTF" for p in parses(first.text)[:1])
    return participle and bool(TIME_GAP.fullmatch(text))


def unclosed(analysis: Any, phrase: RolePhrase, text: str) -> bool:
    """``директор станции (филиал АО «X») Иван Петров`` with the tail ending inside the brackets."""
    inside = analysis.text[phrase.start : phrase.stop]
    return text.strip() == ")" and "\n" not in text and inside.count("(") > inside.count(")")


def framed(analysis: Any, phrase: RolePhrase, mention: Mention, text: str) -> bool:
    """``Другой заместитель министра, Иван Петров, напомнил ...``: a sentence's subject role with the
    name in commas after it."""
    if text.strip() != "," or "\n" in text or phrase.case != "Nom":
        return False
    tokens = analysis.tokens
    first = analysis.sents[tokens[phrase.head].sent].first
    if phrase.first - first > 2 or not all(t.pos in ("ADJ", "DET") for t in tokens[first : phrase.first]):
        return False
    after = analysis.text[mention.stop : mention.stop + 2].lstrip()
    return after.startswith(",")


def status_between(analysis: Any, text: str, stop: int) -> bool:
    """``бывший министр спорта, олимпийский чемпион X``: a status (no role) between a role and the name."""
    if "\n" in text or not text.lstrip().startswith(",") or text.count(",") != 1:
        return False
    words = [t for t in tokens_between(analysis, stop, stop + len(text)) if t.text != ","]
    if not words or len(words) > 4 or not all(t.text[:1].islower() for t in words):
        return False
    return " ".join(fold(t.lemma) for t in words) in statuses()


def after_name(analysis: Any, phrase: RolePhrase, mentions: list[Mention], appositive: dict[int, int]) -> Link | None:
    before = [m for m in mentions if m.stop <= phrase.start]
    if phrase.plural:  # ``..., директора учреждений`` lists more people; ``X, один из основателей`` does not
        if before and ONE_OF_GAP.fullmatch(gap(analysis, before[-1].stop, lead(analysis, phrase))) and closes(
                analysis, phrase):
            appositive[phrase.stop] = before[-1].person
            return Link(phrase, before[-1].person, "chain")
        return None
    candidates = [(m.stop, m.person) for m in before[-1:]] + sorted(appositive.items())[-1:]
    for stop, person in sorted(candidates, reverse=True):
        if not agrees(analysis, phrase, stop) or holder_named(analysis, phrase):
            continue
        text = gap(analysis, stop, lead(analysis, phrase))
        if stop in appositive and AND_GAP.fullmatch(text) and closes(analysis, phrase):
            appositive[phrase.stop] = person  # ``X - управляющий директор и совладелец компании``
            return Link(phrase, person, "chain")
        if APPOSITION_GAP.fullmatch(text) and closes(analysis, phrase):
            appositive[phrase.stop] = person
            return Link(phrase, person, "former" if EARLIER_GAP.search(text) else "chain")
    return None


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
