"""Posts told by a participle after a name: ``X, ранее руководивший ГКУ «Y»`` (руководитель),
``X, возглавлявшая компанию «Y»`` (руководитель), ``X, ранее заведовавшая терапевтическим отделением
больницы`` (заведующий терапевтическим отделением). The phrase begins at the participle, after a comma
or ``ранее``/``прежде``, so it attaches to the name before it as an apposition."""

from __future__ import annotations

from typing import Any

from .role_lexicon import fold
from .role_phrases import RolePhrase

# verb lemma -> title; a verb whose object is the unit it runs keeps that object in the title
TITLES = {"руководить": "руководитель", "возглавлять": "руководитель", "заведовать": "заведующий"}
KEEPS_OBJECT = frozenset({"заведовать"})
LEADS = frozenset({",", "ранее", "прежде"})
# ``, до сих пор возглавлявшая``, ``, с 2019 года ...``, ``, до сентября возглавлявший``, ``, до весны ...``,
# ``, последние шесть лет руководившая``, ``, несколько лет возглавлявший`` (a duration's quantifiers)
TIME_WORDS = frozenset("""пора время год месяц сей январь февраль март апрель май июнь июль август сентябрь
    октябрь ноябрь декабрь весна лето осень зима последний несколько много""".split())
DEMONSTRATIVES = frozenset({"этот", "это", "тот", "данный", "указанный"})  # ``возглавлявший это ведомство``


def participle_phrase(analysis: Any, i: int, end: int, name_starts: set[int], orgs: list) -> RolePhrase | None:
    """The role a participle at token ``i`` tells, or None."""
    from .role_reach import tail
    from .role_refs import references
    from .role_tails import field_np

    tokens = analysis.tokens
    token = tokens[i]
    # (the tagger may read a participle as an adjective: ``до этого заведовавший отделением``)
    opening = led(tokens, i) if i > 0 and (token.feats.get("VerbForm") == "Part" or token.pos == "ADJ" and (
        token.text[:1].islower() and participles(token))) else None
    if opening is None and i == analysis.sents[token.sent].first and i + 1 < end and (
            fold(tokens[i + 1].text) not in OBJECT_PRONOUNS) and (
            token.feats.get("VerbForm") == "Part" or token.pos in ("ADJ", "PROPN") and participles(token)):
        # ``Возглавлявший прокуратуру области X переведен ...``: the holder after the clause (the tagger
        # may read a capitalized participle as an adjective or a name)
        opening = i
    if opening is None:
        return pronoun_phrase(analysis, i, end, name_starts)
    lemma = fold(token.lemma)
    lemma = lemma[:-2] if lemma.endswith("ся") else lemma
    title = TITLES.get(lemma) or TITLES.get(verb_of(token))
    if title is None:
        return None
    title_end = i + 1
    if (TITLES.get(lemma) and lemma in KEEPS_OBJECT) or verb_of(token) in KEEPS_OBJECT:
        k = title_end
        while k < end and tokens[k].pos == "ADJ" and instrumental(tokens[k]):
            k += 1
        if k >= end or tokens[k].pos != "NOUN" or not instrumental(tokens[k]):
            return None
        k += 1
        while k < end and (np_end := field_np(analysis, k, end, name_starts, orgs)):
            k = np_end  # ``заведовавший отделением сосудистой хирургии больницы``: the unit's field stays
        title = " ".join([title] + [analysis.text[t.start : t.stop] for t in tokens[title_end:k]])
        title_end = k
    elif title == "руководитель" and (unit := unnamed_unit(analysis, title_end, end, orgs)):
        title, title_end = f"{title} {unit[0]}", unit[1]  # ``возглавлявший производственный комплекс предприятия``
    body = title_end + (title_end + 1 < end and fold(tokens[title_end].lemma) in DEMONSTRATIVES)
    last = tail(analysis, body, end, name_starts, orgs)
    keeps = lemma in KEEPS_OBJECT or verb_of(token) in KEEPS_OBJECT or " " in title
    if last == body and not keeps or not keeps and not any(a == tokens[body].start for a, _ in orgs) and not (
            opening == i and last == body + 1 and fold(tokens[body].lemma) in references()):
        return None  # ``руководивший предприятием``: no body named (``Возглавляющая ведомство X``: the one before)
    forms = [p.tag for p in participles(token)]  # the tagger may mistake a participle's case and tense
    past = any("past" in tag for tag in forms) or token.feats.get("Tense") == "Past"
    case = "Nom" if any("nomn" in tag for tag in forms) else token.feats.get("Case", "Nom")
    phrase = RolePhrase(opening, i, title_end, last, title, False, past, case, token.feats.get("Number") == "Plur")
    phrase.start = tokens[opening].start  # ``X, до сих пор возглавлявшая ...``: the clause after the comma
    phrase.title_stop = tokens[title_end - 1].stop
    phrase.stop = tokens[last - 1].stop
    return phrase


# ``Руководивший им до сентября X``: the body as a pronoun object
OBJECT_PRONOUNS = frozenset({"им", "ими", "ею", "ей", "его", "ее", "её", "их"})


def pronoun_phrase(analysis: Any, i: int, end: int, name_starts: set[int]) -> RolePhrase | None:
    """``Руководивший им до сентября X назначен ...``: a participle opening the sentence, a pronoun for
    the body it led, a time adverbial and the name: ``руководитель`` (of the body the pronoun means,
    ``pronoun_body``)."""
    tokens = analysis.tokens
    token = tokens[i]
    if token.feats.get("VerbForm") != "Part" or i != analysis.sents[token.sent].first or i + 2 >= end:
        return None
    lemma = fold(token.lemma)
    title = TITLES.get(lemma[:-2] if lemma.endswith("ся") else lemma) or TITLES.get(verb_of(token))
    if title is None or title == "заведующий" or fold(tokens[i + 1].text) not in OBJECT_PRONOUNS:
        return None
    k = i + 2
    while k < end and tokens[k].start not in name_starts and k - i <= 6 and (
            tokens[k].pos in ("ADV", "ADP", "NUM") or tokens[k].text.isdigit() or fold(tokens[k].lemma) in TIME_WORDS):
        k += 1
    if k >= end or tokens[k].start not in name_starts:
        return None
    phrase = RolePhrase(i, i, i + 1, k, title, False, True, "Nom", False)
    phrase.start, phrase.title_stop, phrase.stop = token.start, token.stop, tokens[k - 1].stop
    return phrase


def pronoun_body(analysis: Any, phrase: RolePhrase, organizations: list[Any]) -> str | None:
    """The body a pronoun after a sentence-opening participle means: the one named last before, in
    this sentence or the one before."""
    tokens = analysis.tokens
    if phrase.title_end >= len(tokens) or phrase.head != phrase.first or fold(
            tokens[phrase.title_end].text) not in OBJECT_PRONOUNS or tokens[phrase.head].feats.get("VerbForm") != "Part":
        return None
    begin = tokens[analysis.sents[max(0, tokens[phrase.head].sent - 1)].first].start
    named = [(m.start, o.id) for o in organizations for m in o.mentions if begin <= m.start < phrase.start]
    return max(named)[1] if named else None


def unnamed_unit(analysis: Any, k: int, end: int, orgs: list) -> tuple[str, int] | None:
    """``возглавлявший производственный комплекс предприятия``: an unnamed sub-unit (adjectives and a
    noun, no body's mention) of a body told by a reference word (``предприятия``, ``завода``): the unit
    in the genitive for the title, and the index after it."""
    from .names import parses
    from .role_refs import references

    tokens = analysis.tokens
    first = k
    while k < end and tokens[k].pos == "ADJ" and tokens[k].text[:1].islower():
        k += 1
    if k == first or k + 1 >= end or tokens[k].pos != "NOUN" or not tokens[k].text[:1].islower() or any(
            a <= tokens[j].start < b for j in range(first, k + 1) for a, b in orgs):
        return None
    after = tokens[k + 1]
    if after.feats.get("Case") != "Gen" or fold(after.lemma) not in references() or not after.text[:1].islower():
        return None
    words = []
    for t in tokens[first : k + 1]:
        found = [p for p in parses(t.text) if "accs" in p.tag or "nomn" in p.tag]
        form = found[0].inflect({"gent"}) if found else None
        if form is None:
            return None
        words.append(form.word)
    return " ".join(words), k + 1


def instrumental(token: Any) -> bool:
    """The object of ``заведовать`` (the tagger may read ``кафедрой`` as a genitive)."""
    from .names import parses

    return token.feats.get("Case") == "Ins" or any(p.tag.case == "ablt" for p in parses(token.text))


def participles(token: Any) -> list[Any]:
    from .names import parses

    return [p for p in parses(token.text) if p.tag.POS in ("PRTF", "PRTS")]


def verb_of(token: Any) -> str:
    """The infinitive of a participle (the tagger may give the participle itself as its lemma)."""
    found = participles(token)
    return fold(found[0].normal_form) if found else ""


def led(tokens: list[Any], i: int) -> int | None:
    """The first token of a participle clause after a comma or ``ранее``, a short time adverbial
    (``до сих пор``, ``с 2020 года``, ``до этого``) before the participle included; None if none opens it."""
    k = i - 1
    while k > 0 and i - k <= 5 and fold(tokens[k].text) not in LEADS and (
            tokens[k].pos in ("ADV", "ADP", "NUM") or tokens[k].text.isdigit() or fold(tokens[k].lemma) in TIME_WORDS
            or fold(tokens[k].text) in ("этого", "того") and fold(tokens[k - 1].text) in ("до", "после")):
        k -= 1
    if fold(tokens[k].text) not in LEADS:
        return None
    return k + 1


# ``Занимавший пост ROLE с 2014 года народный артист России X``: between the post and its holder a time
# adverbial and an honorary title may stand
HONORARY_WORDS = frozenset({"народный", "заслуженный", "почетный", "почётный"})


def post_held(analysis: Any, phrase: RolePhrase, m: Any) -> str | None:
    """``Занимавший пост ROLE ... X``, ``Занимающая должность ROLE X``: a participle of ``занимать``
    opening the sentence (or its clause after ``а``/``и``), the post, then its holder's name: ``former``
    for the past participle, ``current`` for the present one."""
    from .role_verbs import same_sentence, tokens_between

    tokens = analysis.tokens
    k = phrase.first - 2
    if phrase.case != "Gen" or k < 0 or fold(tokens[k + 1].lemma) not in ("должность", "пост"):
        return None
    verb = tokens[k]
    if "занимать" not in (fold(verb.lemma), verb_of(verb)) or not (
            verb.feats.get("VerbForm") == "Part" or participles(verb)):
        return None
    if k != analysis.sents[verb.sent].first and fold(tokens[k - 1].text) not in ("а", "и", "—"):
        return None
    if not same_sentence(analysis, phrase.stop, m.start) or not between_post_and_holder(
            tokens_between(analysis, phrase.stop, m.start)):
        return None
    forms = [p.tag for p in participles(verb)]
    past = any("past" in tag for tag in forms) or verb.feats.get("Tense") == "Past"
    return "former" if past else "current"


def between_post_and_holder(words: list[Any]) -> bool:
    """Only a time adverbial (``с 2014 года``, ``в 2015–2020 годах``) and an honorary title
    (``народный артист России``, ``заслуженный врач РФ``)."""
    k = 0
    while k < len(words):
        t = words[k]
        if t.pos in ("ADP", "NUM") or t.text.isdigit() or t.text in ("–", "-") or fold(t.lemma) in TIME_WORDS:
            k += 1
        elif fold(t.lemma) in HONORARY_WORDS and k + 1 < len(words) and words[k + 1].pos == "NOUN":
            k += 2
            while k < len(words) and words[k].text[:1].isupper() and words[k].feats.get("Case") == "Gen":
                k += 1  # ``России``, ``Российской Федерации``
        else:
            return False
    return True
