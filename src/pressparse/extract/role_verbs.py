"""Roles linked through a verb, and the records and token helpers of role linking (pronouns: role_pronouns).

  * ``X (был) назначен (на должность) ROLE``, ``X является ROLE(Ins)``, ``X освобожден от должности ROLE``;
  * ``ROLE(Ins) назначен X``, ``назначил X ROLE(Ins)``, ``обязанности ROLE будет исполнять X``.
"""

from __future__ import annotations

from typing import Any

from .role_lexicon import fold, match_position, word_kind
from .role_participles import post_held
from .role_phrases import RolePhrase
from .role_laid import LAY_ON, until_appointed
from .role_links import Link, Mention, gap, lead, same_sentence, tokens_between
from .role_reach import issuer, undecreed

DUTY_VERBS = frozenset({"исполнять", "исполнить"})
PRONOUNS = {"он": "Masc", "она": "Fem"}
POSSESSIVE = frozenset({"его", "ее", "её"})
HELD_VERBS = frozenset({"занимать", "работать", "служить", "трудиться", "являться", "стать", "становиться"})
YEARS = frozenset({"год", "лет", "месяц"})
MONTHS = frozenset({"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
                    "ноябрь", "декабрь"})
TIME_WORDS = frozenset({"год", "месяц", "лет", "с", "по", "до", "в"})
POST_WORDS = frozenset({"на", "в", "должность", "пост", "от", "с", "со", "должности", "поста", "был", "была", "были",
                        "будет", "будут", "вновь", "официально", "временно", "свой", "свою", "своей", "своего",
                        "полномочия"})  # ``X досрочно сложил полномочия депутата``


def by_verb(analysis: Any, phrase: RolePhrase, mentions: list[Mention]) -> Link | None:
    # X (был) назначен (на должность) ROLE ; X является ROLE ; X освобожден от должности ROLE
    before = [m for m in mentions if m.stop <= phrase.start]
    if before:
        m = before[-1]
        words = undecreed(past_relative(tokens_between(analysis, m.stop, lead(analysis, phrase))))
        status = verb_status(words, passive_only=True) or held_participle(words, phrase)
        if status == "current" and any(t.feats.get("VerbForm") == "Part" and t.feats.get("Tense") == "Past"
                                       for t in words):
            status = "former"  # ``X, ранее занимавший должность ROLE``
        if status == "current" and any(past_copula(t) for t in words):
            status = "former"  # ``X работал начальником управления``, ``X был министром``
        status = status or nominated(analysis, m, words)
        if status and same_sentence(analysis, m.stop, phrase.start) and not subject_after(analysis, phrase, mentions):
            return Link(phrase, m.person, status)
    after = [m for m in mentions if m.start >= phrase.stop]
    if after and (status := post_taken(analysis, phrase, after[0]) or post_given(analysis, phrase, after[0])
                  or post_held(analysis, phrase, after[0])):
        return Link(phrase, after[0].person, status)
    if after:
        m = after[0]
        words = before_title(analysis, undecreed(tokens_between(analysis, phrase.stop, m.start)), phrase.acting)
        if words and same_sentence(analysis, phrase.stop, m.start) and not issuer(analysis, phrase):
            # ROLE(Ins) назначен X ; исполнять обязанности ROLE будет X ; в и.о. ROLE станет X
            lemmas = {fold(t.lemma) for t in words}
            if phrase.acting and duties_go_to(words):  # ``исполняет`` now; ``будет исполнять``, ``возложено``
                present = any(t.feats.get("Tense") == "Pres" and fold(t.lemma) in DUTY_VERBS for t in words)
                return Link(phrase, m.person, "current" if present else "appointed")
            # ``от должности ROLE освобожден X`` as ``на должность ROLE назначен X``
            passive = any(word_kind(t) in ("appointed", "dismissed") and is_passive(t) for t in words)
            if phrase.case == "Ins" or passive or phrase.acting and lemmas & {"быть", "стать"}:
                status = verb_status(words, passive_only=phrase.case != "Ins", future=True)
                if status:
                    return Link(phrase, m.person, status)
    if after and (status := object_after(analysis, phrase, after[0])):
        return Link(phrase, after[0].person, status)
    if before and phrase.case == "Ins":
        # назначил X ROLE(Ins)
        m = before[-1]
        if gap(analysis, m.stop, phrase.start).isspace():
            prev = tokens_between(analysis, max(0, m.start - 40), m.start)[-2:]
            if any(word_kind(t) == "appointed" for t in prev):
                return Link(phrase, m.person, "appointed")
    return None


def past_copula(token: Any) -> bool:
    return token.feats.get("Tense") == "Past" and token.feats.get("VerbForm") == "Fin" and word_kind(token) == "copula" and (
        fold(token.lemma) not in ("оставаться", "остаться"))


def nominated(analysis: Any, m: Mention, words: list[Any]) -> str | None:
    """``согласовала кандидатуру X на пост ROLE``: the post X is put forward for."""
    before = analysis.token_at(m.start)
    if before is None or before.index == 0 or fold(analysis.tokens[before.index - 1].lemma) != "кандидатура":
        return None
    low = [fold(t.text) for t in words]
    return "appointed" if low in (["на", "пост"], ["на", "должность"]) else None


def post_taken(analysis: Any, phrase: RolePhrase, m: Mention) -> str | None:
    """``должность заместителя министра, курирующего ..., заняла X``: the post before the verb."""
    tokens = analysis.tokens
    if phrase.case != "Gen" or phrase.first == 0 or fold(tokens[phrase.first - 1].lemma) not in ("должность", "пост", "место"):
        return None
    words = undecreed(tokens_between(analysis, phrase.stop, m.start))  # (also without ``республиканец``)
    if words and words[0].text == ",":  # a participle clause on the post, closed by a comma
        closing = [k for k in range(1, len(words)) if words[k].text == ","]
        words = words[closing[0] + 1 :] if closing and participle(words[1:2]) else []
    if len(words) != 1 or fold(words[0].lemma) not in ("занять", "занимать") or not same_sentence(analysis, phrase.stop, m.start):
        return None
    if words[0].feats.get("Aspect") == "Perf":
        return "appointed"
    return "former" if words[0].feats.get("Tense") == "Past" else "current"  # ``пост ... занимал X``


def post_given(analysis: Any, phrase: RolePhrase, m: Mention) -> str | None:
    """``Освобождена от должности ROLE X``, ``Назначен на должность ROLE X``: a passive verb and the post
    before the role, its holder's name right after it (the subject after its predicate)."""
    tokens = analysis.tokens
    k = phrase.first - 1
    if phrase.case != "Gen" or k < 0 or fold(tokens[k].lemma) not in ("должность", "пост"):
        return None
    if not gap(analysis, phrase.stop, m.start).isspace() or not same_sentence(analysis, phrase.stop, m.start):
        return None
    sent = tokens[k].sent
    while k > 0 and tokens[k - 1].sent == sent and (fold(tokens[k - 1].text) in POST_WORDS or tokens[k - 1].pos == "ADV"
                                                    or word_kind(tokens[k - 1]) in ("appointed", "dismissed")
                                                    or fold(tokens[k - 1].lemma) == "занимать"):
        k -= 1  # back over the verb group: ``освобожден от занимаемой должности``
    words = [t for t in tokens[k : phrase.first] if fold(t.lemma) != "занимать"]
    verbs = [t for t in words if word_kind(t) in ("appointed", "dismissed")]
    return verb_status(words, passive_only=True) if verbs and all(t.pos != "NOUN" or t.index == phrase.first - 1
                                                                   for t in words[:-1]) else None


def object_after(analysis: Any, phrase: RolePhrase, m: Mention) -> str | None:
    """``Министерство назначило художественным руководителем филармонии дирижера X``: an active verb of
    appointing, the post in the instrumental, then its holder (maybe after a lowercase profession)."""
    tokens = analysis.tokens
    k = analysis.token_at(lead(analysis, phrase)).index - 1
    if phrase.case != "Ins" or k < 0 or word_kind(tokens[k]) != "appointed" or is_passive(tokens[k]):
        return None
    if tokens[k].pos != "VERB" or not same_sentence(analysis, phrase.stop, m.start):
        return None
    between = tokens_between(analysis, phrase.stop, m.start)
    if len(between) > 1 or between and not (between[0].pos == "NOUN" and between[0].text.islower()
                                            and between[0].feats.get("Case") in ("Acc", "Gen")):
        return None
    return "appointed"


def subject_after(analysis: Any, phrase: RolePhrase, mentions: list[Mention]) -> bool:
    """``На место Ивана Петрова стал директор департамента Олег Сидоров``: a nominative role with a
    name right after it names its own holder, not the name before the verb."""
    if phrase.case != "Nom" or phrase.acting:
        return False
    after = [m for m in mentions if m.start >= phrase.stop]
    return bool(after) and gap(analysis, phrase.stop, after[0].start) in (" ", "\xa0")


def before_title(analysis: Any, words: list[Any], acting: bool = False) -> list[Any]:
    """``ROLE(Ins) назначен судья высшей категории X``: the verb group before another title of X;
    ``исполнять обязанности ROLE будет (ее) заместитель X``: an acting post's."""
    for k in range(1, len(words)):
        # ``назначен бывший тренер сборной X``: a former-marked title too
        at = words[k].index + (fold(words[k].lemma) in ("бывший", "прежний") and k + 1 < len(words))
        if not match_position(analysis.tokens, at):
            continue
        cut = k - 1 if acting and fold(words[k - 1].text) in POSSESSIVE and k > 1 else k
        if word_kind(words[k - 1]) == "appointed" or acting and fold(words[cut - 1].lemma) in DUTY_VERBS | {"быть", "стать"}:
            rest = words[k:]
            # (a quoted name may follow the other title: ``избрана директор АНО «Ресурсный центр» X``)
            if all(t.pos not in ("PUNCT", "VERB", "AUX") or t.text in "«»\"" for t in rest):
                return words[:cut]
            break
    return words


def past_relative(words: list[Any]) -> list[Any]:
    """``X, который выдвигался на должность ректора, назначен ROLE``: the words after the clause."""
    if len(words) > 3 and words[0].text == "," and (close := next(
            (k for k in range(2, len(words)) if words[k].text == ","), 0)) and not any(
            t.pos in ("VERB", "AUX") or fold(t.lemma) == "который" for t in words[1:close]):
        return words[close + 1 :]  # ``X, бывший руководитель комитета, стал ROLE``: an apposition in commas
    if len(words) > 2 and words[0].text == "," and (fold(words[1].lemma) == "который" or participle(words[1:4])):
        for k in range(2, len(words)):
            if words[k].text == ",":
                return words[k + 1 :]
        if fold(words[1].text) == "который":  # ``X, который руководил клубом и теперь стал ROLE``: the last verb
            joints = [k for k in range(2, len(words)) if fold(words[k].text) in ("и", "а")]
            rest = words[joints[-1] + 1 :] if joints else words[2:]
            if rest and rest[-1].pos in ("VERB", "AUX") and (word_kind(rest[-1]) in ("appointed", "copula")
                                                              or fold(rest[-1].lemma) == "стать"):
                return rest
    return words


def held_participle(words: list[Any], phrase: RolePhrase) -> str | None:
    """``X, до июля 2025 года работавший заместителем председателя банка``: a participle of a post
    held, after time words; former in the past, current in the present."""
    if phrase.case != "Ins" or len(words) < 2 or words[0].text != "," or words[-1].feats.get("VerbForm") != "Part":
        return None
    verb = words[-1]
    if fold(verb.lemma) not in HELD_VERBS or not all(
            t.pos in ("ADV", "NUM", "ADP") or time_word(t) or t.text.isdigit() or fold(t.lemma) in MONTHS
            or fold(t.lemma) in ("это", "этот", "тот")  # ``до этого работавший``
            for t in words[1:-1]):
        return None
    return "former" if verb.feats.get("Tense") == "Past" else "current"


def participle(words: list[Any]) -> bool:
    """``X, ранее возглавлявший управление, назначен ROLE``: a participle opens the clause (after adverbs)."""
    for t in words:
        if t.feats.get("VerbForm") == "Part":
            return True
        if t.pos != "ADV" and not (fold(t.text) == "в" or fold(t.lemma) in MONTHS):  # ``, в октябре назначенный``
            return False
    return False


def duties_go_to(words: list[Any]) -> bool:
    """``обязанности ROLE будет исполнять X``, ``исполнение обязанностей ROLE возложено на (ROLE) X``,
    ``обязанности ROLE с апреля 2025 года исполняет X``."""
    words = until_appointed(words)
    while words and (words[0].pos in ("ADP", "NUM") or words[0].text.isdigit() or fold(words[0].lemma) in MONTHS
                     or fold(words[0].lemma) in YEARS):
        words = words[1:]
    lemmas = [fold(t.lemma) for t in words]
    if lemmas[:1] == ["временно"] and lemmas[1:2] and lemmas[1] in LAY_ON:
        words, lemmas = words[1:], lemmas[1:]  # ``временно возложены на X``
    if lemmas and lemmas[0] in DUTY_VERBS:
        lemmas = lemmas[:1]
    elif lemmas[:1] == ["быть"] and lemmas[1:2] and lemmas[1] in DUTY_VERBS:
        lemmas = lemmas[:2]
    if set(lemmas) <= {"быть", "временно"} | DUTY_VERBS and DUTY_VERBS & set(lemmas):
        return len(lemmas) == len(words)
    if lemmas[:1] and lemmas[0] in LAY_ON and lemmas[1:2] == ["на"]:
        # the person after ``на``, maybe behind his own current position
        return all(t.pos not in ("VERB", "PUNCT", "SCONJ") for t in words[2:])
    return False


def verb_status(words: list[Any], passive_only: bool, future: bool = False) -> str | None:
    """The status a short verb group gives (``назначена``, ``является``, ``будет``), if it is one."""
    status = None
    words = untimed(words)
    for n, t in enumerate(words):
        low = fold(t.text)
        kind = word_kind(t)
        if kind in ("appointed", "dismissed"):
            if passive_only and not is_passive(t) and fold(t.lemma) not in ("стать", "уйти", "покинуть", "уволиться",
                                                                              "занять", "покидать", "уходить",
                                                                              "назначение", "избрание",
                                                                              "сложить", "слагать"):
                return None
            status = status or kind
        elif kind == "copula" or future and fold(t.lemma) in ("быть", "стать"):
            status = status or ("appointed" if future and fold(t.lemma) == "стать" else "current")
        elif voted(t):
            continue  # ``избрана тайным голосованием``, ``большинством голосов``: how, not another word
        elif low not in POST_WORDS and t.pos not in ("AUX", "ADV", "PUNCT") and not (
                fold(t.lemma) in YEARS | MONTHS or n + 1 < len(words) and fold(words[n + 1].lemma) in YEARS):
            return None  # ``восемь лет была ROLE``: a duration is no other word
    if status == "current" and future and any(fold(t.text).startswith("буд") for t in words):
        return "appointed"
    return status


def voted(token: Any) -> bool:
    return token.text.islower() and (fold(token.lemma) == "голос" or token.pos in ("NOUN", "ADJ") and (
        token.feats.get("Case") == "Ins") and fold(token.lemma) in ("голосование", "тайный", "открытый", "большинство"))


def untimed(words: list[Any]) -> list[Any]:
    """The words without ``до этого``, ``до назначения``, ``после того``: a time adverbial of two words
    before the verb (``будет до назначения ROLE``: the noun governs the role, no adverbial)."""
    out, k = [], 0
    while k < len(words):
        if fold(words[k].text) in ("до", "после") and k + 2 < len(words) and words[k + 1].pos in ("NOUN", "PRON", "DET", "ADJ"):
            k += 2
            continue
        out.append(words[k])
        k += 1
    return out


def time_word(token: Any) -> bool:
    """``с 2016 по 2022 год``, ``восемь лет``: a time adverbial between a subject and its verb."""
    return token.pos == "NUM" or token.text.isdigit() or fold(token.lemma) in TIME_WORDS


def is_passive(token: Any) -> bool:
    """``назначен``, ``назначена``, ``назначается``: the role describes the name after or before it."""
    low = fold(token.text)
    return token.feats.get("Voice") == "Pass" or token.feats.get("Variant") == "Short" or low.endswith(
        ("н", "на", "ны", "ся", "сь"))
