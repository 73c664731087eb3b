"""Role titles in the nominative: ``заместителем министра транспорта`` -> ``заместитель министра
транспорта``; acting markers written out (``врио министра`` -> ``временно исполняющий обязанности
министра``); ``его заместитель`` after ``министр образования`` -> ``заместитель министра образования``.

Only the position's head words are put in the nominative (adjectives masculine, as titles are
written); the genitive dependents stay as in the text.
"""

from __future__ import annotations

import re
from typing import Any

from .names import parses
from .role_lexicon import fold, lexicon, match_position

OC_CASE = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}


def make_title(analysis: Any, i: int, title_end: int, acting_text: str | None, head_end: int) -> str:
    """The title in the nominative; an acting marker written out in front of the genitive."""
    tokens = analysis.tokens[i:title_end]
    words = [t.text for t in tokens]
    if words and fold(words[0]).startswith("экс-"):
        words[0] = words[0][4:]
    if acting_text is None:
        head_words = max(1, head_end - i)
        noun_at = next((k for k in range(head_words) if tokens[k].pos in ("NOUN", "PROPN")), head_words - 1)
        for k in range(noun_at + 1):
            words[k] = nominative(tokens[k], words[k], adjective=k < noun_at)
    text = join(analysis, tokens, words)
    text = lower_title(text)
    if acting_text is not None:
        text = f"{expand_acting(acting_text)} {text}"
    return text


def nominative(token: Any, word: str, adjective: bool = False) -> str:
    """One title word in the nominative singular (participles and adjectives masculine); before the
    head noun an adjective (``главного врача`` -> ``главный``, not the noun ``главное``)."""
    if word.isupper() and len(word) > 1 and not all(c.isalpha() for c in word):
        return word
    case = OC_CASE.get(token.feats.get("Case", ""), None)
    options = [p for p in parses(word) if p.tag.POS in ("NOUN", "ADJF", "PRTF")]
    if adjective:
        options = [p for p in options if p.tag.POS != "NOUN"] or options
    if case:
        options = [p for p in options if p.tag.case == case] or options
    for parse in options:
        grams = {"nomn", "sing"}
        if parse.tag.POS in ("ADJF", "PRTF"):
            grams.add("masc")
        form = parse.inflect(grams)
        if form is not None:
            out = form.word if "ё" in word.lower() else form.word.replace("ё", "е")
            return out.upper() if word.isupper() and len(word) > 1 else out
    return word


def join(analysis: Any, tokens: list[Any], words: list[str]) -> str:
    parts = [words[0]] if words else []
    for prev, token, word in zip(tokens, tokens[1:], words[1:]):
        gap = analysis.text[prev.stop : token.start]
        parts.append(" " if gap and gap.isspace() else gap)
        parts.append(word)
    return "".join(parts).replace("\n", " ").strip()


def lower_title(text: str) -> str:
    """First word lowercased; a title in capitals (a headline) lowercased except field abbreviations."""
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        table = lexicon().words
        return " ".join(w if table.get(fold(w)) == "domain" else w.lower() for w in text.split())
    first, _, rest = text.partition(" ")
    if not (first.isupper() and len(first) > 1):
        first = first.lower()
    return f"{first} {rest}".strip()


def expand_acting(marker: str) -> str:
    lex = lexicon()
    key = re.sub(r"\s+", "", fold(marker))
    for k in (key, key + "."):
        if k in lex.acting_expansion:
            return lex.acting_expansion[k]
    low = fold(marker)
    what = "полномочия" if "полномоч" in low else "должность" if "должност" in low else "обязанности"
    return ("временно " if low.startswith("времен") or low.startswith("вр") else "") + f"исполняющий {what}"


POSSESSIVES = frozenset({"его", "ее", "её", "их"})
ACTING_TITLE = re.compile(r"^(?:временно )?исполняющий обязанности ")
# titles that head no staff of their own: ``заместитель депутата`` is no post
NOT_PRINCIPALS = frozenset({"заместитель", "помощник", "советник", "депутат", "член", "сенатор", "секретарь",
                            "эксперт", "специалист", "консультант", "референт", "сотрудник"})


def deputy_of(analysis: Any, phrase: Any, previous_title: str) -> str | None:
    """``министр ... Иванов и его заместитель Петров``: ``заместитель министра ...`` for Петров."""
    tokens = analysis.tokens
    if phrase.first == 0 or fold(tokens[phrase.first - 1].text) not in POSSESSIVES:
        return None
    words = tokens[phrase.head : phrase.title_end]  # ``его (первый) заместитель``: one noun, its adjectives
    if not words or len(words) > 2 or phrase.acting or any(t.pos != "ADJ" for t in words[:-1]):
        return None
    if (found := match_position(tokens, phrase.head, phrase.title_end)) and found[1] == "head":
        return None  # ``Ее руководитель X``: a head of the body named before, not the person's superior
    if acting := ACTING_TITLE.match(previous_title):
        # ``исполнять обязанности начальника будет ее заместитель X``: the deputy of that post
        rest = previous_title[acting.end() :]
        principal = parses(rest.split()[0])
        if not rest or principal and fold(principal[0].normal_form) in NOT_PRINCIPALS:
            return None
        return f"{phrase.title} {rest}"
    head, _, rest = previous_title.partition(" ")
    if head in ("временно", "исполняющий") or head in NOT_PRINCIPALS:
        return None  # ``депутат X и ее заместитель Y``: ``ее`` is a body's, a deputy has no deputy
    options = [p for p in parses(head) if p.tag.POS == "NOUN" and p.tag.case == "nomn"]
    form = options[0].inflect({"gent", "sing"}) if options else None
    if form is None:
        return None
    return f"{phrase.title} {form.word} {rest}".strip()


# titles that name a person's staff: ``работал заместителем Тарасенко``: the name after is the principal
STAFF = frozenset({"заместитель", "помощник", "советник", "референт", "замещающий"})


def staff_of_name(analysis: Any, phrase: Any) -> bool:
    """``до назначения работал заместителем Тарасенко``: a bare staff title, the predicate of a verb right
    before it, with a name right after it: the name is whose deputy, the holder the verb's subject."""
    tokens = analysis.tokens
    if phrase.first == 0 or phrase.last != phrase.title_end or phrase.title_end - phrase.head != 1:
        return False
    if fold(tokens[phrase.head].lemma) not in STAFF or phrase.case != "Ins":
        return False
    verb = tokens[phrase.first - 1]
    return verb.pos in ("VERB", "AUX") and verb.sent == tokens[phrase.head].sent


def principal_title(title: str, principal: Any, former: bool = False) -> tuple[str, str | None] | None:
    """``заместитель`` of a person who is ``председатель`` of a body: ``заместитель председателя`` there.
    A former deputy (``до этого был заместителем X``) served X's former post, if X had one."""
    posts = [r for r in principal.roles if r.title.split()[0] not in NOT_PRINCIPALS and not ACTING_TITLE.match(r.title)]
    held = [r for r in posts if r.status == "former"] if former else []
    held = sorted(held or [r for r in posts if r.status != "former"], key=lambda r: not r.organization)
    if not held:
        return None
    head, _, rest = held[0].title.partition(" ")
    options = [p for p in parses(head) if p.tag.POS == "NOUN" and p.tag.case == "nomn"]
    form = options[0].inflect({"gent", "sing"}) if options else None
    return (f"{title} {form.word} {rest}".strip(), held[0].organization) if form else None
