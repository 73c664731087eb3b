"""Whether a role phrase after a name is its apposition: ``Иван Петров, министр финансов, ...``
agrees with the name in case and closes at a comma, a bracket, a dash or the sentence end."""

from __future__ import annotations

import re
from typing import Any

from .names import parses
from .role_lexicon import fold, match_position
from .role_phrases import RolePhrase
from .role_verbs import Link, Mention, gap

# ``X (группа «Метро»), Y``, ``X и Y из Москвы, Z``: a member's note or home town stays in the list
LIST_GAP = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:из\s+[А-ЯЁ][\w-]+\s*)?(?:,|[иИ])\s*")


def agrees(analysis: Any, phrase: RolePhrase, stop: int) -> bool:
    """An apposition is in the name's case (``с Ивановым, министром``), or nominative."""
    token = analysis.token_at(stop - 1)
    case = token.feats.get("Case") if token is not None else None
    if case == "Gen" and phrase.case == "Nom" and governed_name(analysis, token):
        return False  # ``Ли Пэн, соратник Цзян Цзэминя, премьер ...``: the genitive name is the noun's, not the post's
    # ``по словам X, генерального секретаря``: an animate noun's Acc is its Gen, the tagger picks either
    noun = next((t for t in analysis.tokens[phrase.head : phrase.title_end] if t.pos == "NOUN"), None)
    return phrase.case in ("Nom", case) or phrase.acting or case is None or noun is not None and (
        noun.feats.get("Case") == case or {case, phrase.case} == {"Acc", "Gen"} and noun.feats.get("Animacy") == "Anim")


def governed_name(analysis: Any, token: Any) -> bool:
    """The name ending at ``token`` follows a lowercase noun that governs it (``соратник X``, ``сын X``)."""
    k = token.index
    while k > 0 and analysis.tokens[k].pos == "PROPN":
        if analysis.tokens[k].feats.get("Case") != "Gen":
            return False  # ``участие Светлана Сутягина``: a nominative word, no genitive name
        k -= 1
    before = analysis.tokens[k]
    # (a genitive noun before it is a body's chain: ``организации Профсоюза, член коллегии``)
    return k < token.index and before.pos == "NOUN" and before.text[:1].islower() and before.feats.get("Case") != "Gen"


def closes(analysis: Any, phrase: RolePhrase) -> bool:
    """An apposition ends at a comma, a bracket, a dash, a colon or the sentence end (after a
    participle's time adverbial: ``X, руководивший больницей с 2017 года, ...``)."""
    stop = timed(analysis, phrase)
    rest = analysis.text[stop : stop + 40].lstrip(" ")
    if rest[:2] == "и ":
        token = analysis.token_at(stop + analysis.text[stop:].index("и ") + 2)
        return token is not None and (match_position(analysis.tokens, token.index) is not None
                                      or genitive_end(analysis, token))
    return rest == "" or rest[0] in ",.;:()—–-!?\n"


YEARS = re.compile(r"\d+|(?:18|19|20)\d\d\s*[–—-]\s*(?:18|19|20)?\d\d")


def years_after(tokens: list[Any], k: int) -> bool:
    """``X, премьер Госсовета в 1988—1998 годах, председатель ...``: a post's years after it."""
    return k + 1 < len(tokens) and fold(tokens[k].text) in ("с", "со", "в", "до") and bool(YEARS.fullmatch(tokens[k + 1].text))


def timed(analysis: Any, phrase: RolePhrase) -> int:
    """The end of a participle phrase (or a post, by its years) with the time adverbial after it (``с 2017 года``)."""
    from .role_participles import TIME_WORDS

    tokens = analysis.tokens
    if tokens[phrase.head].feats.get("VerbForm") != "Part" and not years_after(tokens, phrase.last):
        return phrase.stop
    k = phrase.last
    while k < len(tokens) and k - phrase.last < 5 and (tokens[k].pos in ("ADP", "NUM") or YEARS.fullmatch(tokens[k].text)
                                                        or fold(tokens[k].lemma) in TIME_WORDS):
        k += 1
    return tokens[k - 1].stop if k > phrase.last and fold(tokens[phrase.last].text) in ("с", "со", "до", "в") else phrase.stop


def genitive_end(analysis: Any, token: Any) -> bool:
    """``глава отдела по взаимоотношениям Церкви и общества,``: one lowercase genitive noun after ``и``
    ends the field the phrase stopped short of (at a body's name)."""
    tokens = analysis.tokens
    after = tokens[token.index + 1] if token.index + 1 < len(tokens) else None
    return (token.pos == "NOUN" and token.text[:1].islower() and token.feats.get("Case") == "Gen"
            and (after is None or after.text in (",", ".", ";", ")", "—") or after.sent != token.sent))


def holder_named(analysis: Any, phrase: RolePhrase) -> bool:
    """``X, ректор университета Иван Сергеевич Петров и ...``: a phrase ending in a nominative name
    the people layer missed is that name's title, not the apposition of the name before."""
    for span in analysis.spans:
        if span.type == "PER" and phrase.title_stop < span.start and span.stop == phrase.stop:
            tokens = analysis.tokens_in(span.start, span.stop)
            return len(tokens) > 1 and all(t.feats.get("Case") == "Nom" for t in tokens)
    return False


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


def body_clause(analysis: Any, phrase: RolePhrase, text: str) -> bool:
    """``заместитель директора ФРП, подведомственного Минпромторгу России, Никита Смагин``: a clause in
    commas on a word of the phrase (its participle or adjective agrees with a noun of the phrase in an
    oblique case) between the role and its holder."""
    if "\n" in text or text.count(",") != 2 or not text.lstrip().startswith(",") or not text.rstrip().endswith(","):
        return False
    tokens = [t for t in analysis.tokens_in(phrase.stop, phrase.stop + len(text)) if t.pos != "PUNCT"]
    if not tokens or len(tokens) > 7 or any(t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") != "Part"
                                            for t in tokens):
        return False
    first = tokens[0]
    cases = {CASES.get(p.tag.case) for p in parses(first.text) if {"ADJF", "PRTF"} & p.tag.grammemes}
    nouns = {t.feats.get("Case") for t in analysis.tokens[phrase.head + 1 : phrase.last] if t.pos in ("NOUN", "PROPN")}
    return first.text[:1].islower() and "Nom" not in cases and bool(cases & nouns - {None, "Nom"})


CASES = {"gent": "Gen", "datv": "Dat", "accs": "Acc", "ablt": "Ins", "loct": "Loc", "nomn": "Nom"}
