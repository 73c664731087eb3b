"""Role phrases: ``врио министра социальной политики региона``, ``заместитель главы Минпромторга РФ``.

A phrase is [former marker] [acting marker] POSITION [genitive positions] [field words] [tail].
The title is the position with its genitive positions (``заместитель главы``) and field words
(``министр строительства и ЖКХ``, ``начальник управления по работе с предприятиями``), in the
nominative; the tail is the organization or territory it stops at (``Минпромторга РФ``,
``региона``, ``благотворительного центра «Верю в чудо»``), kept for linking.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .role_lexicon import fold, lexicon, match_position, token_lemmas, word_kind
from .role_laid import laid_on_for_now
from .role_reach import starts_in, tail
from .role_tails import NOT_FIELDS, begins, chain, drop_stop_words, duty_verb_follows, prepositional
from .role_titles import join, lower_title, make_title

DEPUTY_ABBR = re.compile(r"(?P<first>перв\w{1,3}\s+)?зам\.\s?", re.IGNORECASE)  # ``зам. директора``
ACTING_VERB = re.compile(r"(?P<marker>(?:временно\s+)?исполн(?:ять|яет|яют|ял|яла|яли|явш\w{2,3}|ение|ения|ении)"
                         r"\s+обязанност\w*)", re.IGNORECASE)  # ``он исполнял обязанности ROLE``: a past acting role
# ``обязанности первого заместителя министра будет исполнять Мария Кузнецова``
# bodies named by their field: ``Федерального агентства по делам молодежи``, ``министерства по делам
# гражданской обороны``: the ``по ...`` words after them belong to the body's name, not the title
NAMED_BY_FIELD = frozenset({"агентство", "министерство", "служба", "комитет", "комиссия", "инспекция", "центр",
                            "фонд", "совет", "департамент", "управление"})
FIGURATIVE = frozenset({"с", "со", "за", "против"})
DUTIES = re.compile(r"(?P<marker>обязанност(?:и|ей))\b", re.IGNORECASE)


@dataclass(slots=True)
class RolePhrase:
    """A position phrase: tokens [first, last), title tokens [head, title_end)."""

    first: int
    head: int
    title_end: int
    last: int
    title: str
    acting: bool
    former: bool
    case: str  # UD case of the phrase's first word: Nom, Ins, Gen... ("Inf" for исполнять)
    plural: bool
    start: int = 0
    title_stop: int = 0
    stop: int = 0


def find_role_phrases(analysis: Any, names: list[tuple[int, int]], orgs: list[tuple[int, int]]) -> list[RolePhrase]:
    """Every role phrase of the text, in order; ``names`` and ``orgs`` are mention spans."""
    names = [(a, b) for a, b in names if not named_after(analysis, a)]
    name_starts = {a for a, _ in names}
    covered = {t.start for a, b in names for t in analysis.tokens_in(a, b)}
    out: list[RolePhrase] = []
    for sent in analysis.sents:
        tokens = analysis.tokens
        i = sent.first
        while i < sent.last:
            phrase = participle_phrase(analysis, i, sent.last, name_starts, orgs) or read_phrase(
                analysis, i, sent.last, name_starts, covered, orgs)
            if phrase is None:
                i += 1
                continue
            if not honorary(analysis, phrase):
                out.append(phrase)
            i = max(phrase.title_end, i + 1)
        del tokens
    return out


# ``народный артист России``, ``заслуженный строитель``: a profession after these is an honorary title, no
# post (like a rank); a member's title stays (``народный депутат``)
HONORARY = re.compile(r"(?:народн|заслуженн)[а-яё]{2,3}$", re.IGNORECASE)


def honorary(analysis: Any, phrase: RolePhrase) -> bool:
    tokens = analysis.tokens
    if phrase.first != phrase.head or phrase.head == 0 or not HONORARY.match(tokens[phrase.head - 1].text):
        return False
    found = match_position(tokens, phrase.head, phrase.title_end)
    return found is not None and found[1] == "other"


def participle_phrase(analysis: Any, i: int, end: int, name_starts: set[int], orgs: list) -> RolePhrase | None:
    from .role_participles import participle_phrase as read

    return read(analysis, i, end, name_starts, orgs)


def named_after(analysis: Any, start: int) -> bool:
    """``больница имени Н.И. Пирогова``, ``университет имени академика М.Ф. Решетнёва``: a name inside a
    body's name."""
    token = analysis.token_at(start)
    if token is None or token.index == 0:
        return False
    before = analysis.tokens[max(0, token.index - 2) : token.index]
    if fold(before[-1].text) in ("имени", "им"):
        return True
    if len(before) == 2 and before[1].text[:1].islower() and before[1].pos == "NOUN":
        before = before[:1]  # a rank or title between: ``имени академика``, ``им. генерала``
    return fold(before[-1].text) in ("имени", "им")


def after_named(tokens: list[Any], i: int) -> bool:
    """The word right after ``имени``/``им.`` begins a name (``университет им. Королева``)."""
    before = fold(tokens[i - 1].text) if i > 0 else ""
    return before == "имени" or before == "им" or before == "." and i > 1 and fold(tokens[i - 2].text) == "им"


def read_phrase(analysis: Any, i: int, end: int, name_starts: set[int], covered: set[int],
                orgs: list[tuple[int, int]]) -> RolePhrase | None:
    tokens = analysis.tokens
    lex = lexicon()
    first = i
    former = False
    token = tokens[i]
    if token_lemmas(token) & lex.former and i + 1 < end:
        former, i = True, i + 1
    elif fold(token.text).startswith("экс-"):
        former = True
    acting_text = None
    m = lex.acting.match(analysis.norm, tokens[i].start) or ACTING_VERB.match(analysis.norm, tokens[i].start)
    duties = False
    if m is None and (m := DUTIES.match(analysis.norm, tokens[i].start)):
        duties = True  # valid only when ``исполнять`` follows the phrase (checked below)
    if m and m.end() <= tokens[end - 1].stop:
        acting_text = m.group("marker")
        k = i
        while k < end and tokens[k].start < m.end():
            k += 1
        marked = tokens[i:k]
        case = next((t.feats["Case"] for t in marked if "Case" in t.feats and t.pos != "NOUN"), None) or (
            "Inf" if any(t.feats.get("VerbForm") == "Inf" for t in marked) else "Nom")
        i = k
    if i >= end or tokens[i].start in covered:
        return None
    deputy = None
    if acting_text is None and (d := DEPUTY_ABBR.match(analysis.norm, tokens[i].start)):
        deputy = "первый заместитель" if d.group("first") else "заместитель"
        k = i
        while k < end and tokens[k].start < d.end():
            k += 1
        case, i = "Nom", k
        if i >= end:
            return None
    found = match_position(tokens, i, end)
    if found is None or starts_in(tokens[i].start, orgs) and not begins(tokens[i].start, orgs):
        return None  # ``университет имени императора Петра I``: a name inside a body's name
    if after_named(tokens, i) or tokens[i].pos in ("ADP", "SCONJ", "CCONJ"):
        return None  # ``им. Королева``: a name, not a title; ``обязанности после того``: no ``посол``
    if i > 0 and fold(tokens[i - 1].text) == "в" and tokens[i].feats.get("Number") == "Plur" and tokens[i].feats.get(
            "Case") in ("Acc", "Nom"):
        return None  # ``кандидат в президенты``, ``баллотироваться в депутаты``: a post sought, not held
    if i > 0 and fold(tokens[i - 1].text) == "во" and fold(tokens[i].text) == "главе":
        return None  # ``делегация во главе с акимом X``: an idiom; the role is the word after ``с``
    head_end, _ = found
    if word_kind(tokens[i]) == "figurative" and head_end < end and fold(tokens[head_end].text) in FIGURATIVE:
        return None  # ``борец с коррупцией``, ``борец за права``: no sport
    head_end = drop_stop_words(tokens, i, head_end)
    head_token = tokens[i]
    if acting_text is None and deputy is None:
        case = head_token.feats.get("Case", "Nom")
        if head_token.pos not in ("NOUN", "PROPN", "ADJ", "VERB"):
            return None
    plural = head_token.feats.get("Number") == "Plur"
    if plural and case == "Dat" and acting_text is None and deputy is None:
        return None  # ``рассказала журналистам руководитель ведомства X``: an audience, not a title
    title_end = chain(analysis, head_end, end, name_starts, orgs)
    last = tail(analysis, title_end, end, name_starts, orgs)
    if duties and not duty_verb_follows(tokens, last, end):
        return None
    temporary = duties and title_end - 1 > head_end and fold(tokens[title_end - 1].text) == "временно"
    if temporary:  # ``обязанности заместителя по экономике временно исполняет``: not a field word
        last = title_end - 1 if last == title_end else last
        title_end -= 1
    title = make_title(analysis, i, title_end, acting_text, head_end)
    if not title:
        return None
    if (temporary or laid_on_for_now(tokens, last, end)) and title.startswith("исполняющий"):
        title = "временно " + title
    title += detached_field(analysis, title_end, last, orgs)
    if deputy:
        title = f"{deputy} {join(analysis, tokens[i:title_end], [t.text for t in tokens[i:title_end]])}"
        title = lower_title(title)
    phrase = RolePhrase(first, i, title_end, last, title, acting_text is not None, former, case, plural)
    phrase.start = tokens[first].start
    phrase.title_stop = tokens[title_end - 1].stop
    phrase.stop = tokens[last - 1].stop
    return phrase


TERRITORY_NOUNS = frozenset({"город", "район", "округ", "область", "край", "республика", "поселение", "городской"})


def detached_field(analysis: Any, title_end: int, last: int, orgs: list[tuple[int, int]] = ()) -> str:
    """``председатель комиссии Совета Республики по региональной политике``, ``заместитель губернатора
    Архангельской области по промышленной политике``: the ``по ...`` words of a committee or a deputy
    stay in the title when the body's or territory's name comes between."""
    tokens = analysis.tokens
    if title_end == 0 or not (word_kind(tokens[title_end - 1]) == "unit"
                              or match_position(tokens, title_end - 1, title_end)):
        return ""
    position = match_position(tokens, title_end - 1, title_end) is not None
    nouns = [t for t in tokens[title_end:last] if t.pos in ("NOUN", "PROPN")]
    if position and nouns and fold(nouns[0].lemma) in NAMED_BY_FIELD:
        return ""  # ``начальник Главного управления области по делам молодежи``: the body's own field
    for k in range(title_end + 1, last):
        # ``заместитель главы администрации района по строительству``: a deputy's field after a body
        # named by common nouns only
        named = any(t.text[:1].isupper() or t.text == "»" for t in tokens[title_end:k]) or position and all(
            word_kind(t) == "stop" for t in tokens[title_end:k])
        if fold(tokens[k].text) == "по" and named and (tokens[k - 1].text[:1].isupper() or tokens[k - 1].text == "»"
                                                      or word_kind(tokens[k - 1]) == "stop"
                                                      and fold(tokens[k - 1].lemma) not in NAMED_BY_FIELD
                                                      or whole_body(tokens, title_end, k, orgs)):
            if k + 1 < last and (fold(tokens[k + 1].lemma) in NOT_FIELDS or territory_after(tokens, k + 1, last)
                                 or tokens[k + 1].text[:1].isupper() and not tokens[k + 1].text.isupper()):
                return ""  # ``по данным``, ``по словам``: a source; ``УМВД России по городу Курску``: a territory
            end = prepositional(analysis, k, last, set(), [])
            if end == last:
                return " " + join(analysis, tokens[k:end], [t.text for t in tokens[k:end]])
            return ""
    return ""


def territory_after(tokens: list[Any], k: int, last: int) -> bool:
    """``по городскому округу``: a territory; ``по городскому хозяйству``: a field (the noun decides)."""
    while k < last and tokens[k].pos == "ADJ" and fold(tokens[k].lemma) not in TERRITORY_NOUNS - {"городской"}:
        k += 1
    return k < last and fold(tokens[k].lemma) in TERRITORY_NOUNS


def whole_body(tokens: list[Any], title_end: int, k: int, orgs: list[tuple[int, int]]) -> bool:
    """``заместителем начальника Северо-Кавказской железной дороги по пассажирским перевозкам``: the
    words before ``по`` are one organization mention the title heads, so ``по ...`` is the post's field
    (a body named by its field, ``управления по ...``, keeps it: checked by the caller's noun test)."""
    start, stop = tokens[title_end].start, tokens[k - 1].stop
    return any(a == start and b == stop for a, b in orgs) and not any(
        t.pos == "NOUN" and fold(t.lemma) in NAMED_BY_FIELD for t in tokens[title_end:k])

