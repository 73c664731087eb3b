"""How far the organization / territory words after a role's title reach (``Минпромторга РФ``,
``больницы имени Н.А. Семашко``, ``округа — Югры``): the tail a role is linked through."""

from __future__ import annotations

from typing import Any

from .names import parses
from .role_lexicon import fold, match_position, word_kind
from .role_tails import FIELD_PREPOSITIONS, is_genitive, new_line

TAIL_STOP_PUNCT = frozenset(",;:()!?[]\"")
MAX_TAIL = 25
NAMED_AFTER = frozenset({"имени", "им"})
DECREES = frozenset({"приказ", "указ", "распоряжение", "постановление", "решение"})


def tail(analysis: Any, j: int, end: int, name_starts: set[int], orgs: list) -> int:
    """The organization / territory words after the title, up to a name or a clause boundary."""
    tokens = analysis.tokens
    start = j
    quote = 0
    prepositional_run = False
    begin = tokens[start].start if start < end else 0
    if 0 < start < end:  # ``директора департамента строительства, госэкспертизы и ...``: a body begun in the title
        begin = min([begin] + [a for a, b in orgs if a <= tokens[start - 1].start < b and b > begin])
    while j < end and (j - start < MAX_TAIL or within(tokens[j].start, begin, orgs)):
        t = tokens[j]
        text = analysis.norm[t.start : t.stop]
        if t.start in name_starts or new_line(analysis, j) or fold(text).startswith("экс-") and not quote:
            break
        if within(t.start, begin, orgs):
            pass  # ``управляющий Отделением Фонда пенсионного и социального страхования ...``: one body's name
        elif text == "«":
            quote += 1
        elif text == "»":
            quote = max(0, quote - 1)
        elif quote:
            pass
        elif text in ("—", "-") and j > start and dashed_name(analysis, j, end, name_starts):
            pass
        elif text in ("—", "-") and j > start and j + 1 < end and analysis.norm[tokens[j - 1].start] == "»" and (
                analysis.norm[tokens[j + 1].start] == "«"):
            pass  # ``филиала ПАО «X» — «Y ГЭС»``: a branch's own name after its company's
        elif text == "," and any(x.pos == "ADP" for x in tokens[start:j]) and j + 1 < end and tokens[j + 1].text[:1].isupper() and (
                any(p.tag.POS == "ADJF" and p.tag.case == "loct" for p in parses(tokens[j + 1].text))):
            prepositional_run = True  # ``в округе Н., Заволжском и Кинешемском районах``: a list of territories
        elif text == "," and fields_listed(tokens, start, j, end):
            pass  # ``комитета по бюджету, финансам и экономической политике``: one field list
        elif text == "(" and j > 0 and (close := glossed(analysis, j, end)):
            j = close  # ``отдела контроля (надзора) в сфере связи``: a word's synonym in brackets inside the name
        elif text in TAIL_STOP_PUNCT or text in ("—", "-") and t.start > 0 and analysis.text[t.start - 1].isspace():
            break
        elif text == "." and not (j > start and (abbreviation(tokens[j - 1].text) or initial(analysis, j - 1))):
            break
        elif word_kind(t) in ("appointed", "dismissed", "copula") and not t.text[:1].isupper() or (
                word_kind(t) in ("appointed", "dismissed") and t.text.isupper()):
            break
        elif t.pos in ("VERB", "AUX", "PRON", "SCONJ", "ADV", "PART") and not starts_in(t.start, orgs):
            if not (t.pos == "VERB" and t.feats.get("VerbForm") == "Part" and t.text[:1].isupper()):
                break
        elif t.pos == "CCONJ" and not (prepositional_run and fold(t.text) == "и") and not paired(tokens, j, end, start):
            break
        elif fold(t.lemma) in DECREES and t.feats.get("Case") == "Ins" and t.text.islower() and j > start:
            break  # ``назначен директором национального парка приказом Минприроды``: the act, not the body
        elif t.feats.get("Case") == "Ins" and t.pos in ("NOUN", "ADJ") and t.text.islower() and j > start and not any(
                x.pos == "ADP" for x in tokens[start:j]) and not all(x.feats.get("Case") == "Ins" for x in tokens[start:j]):
            # ``Председателем палаты тайным голосованием избрана``: a manner adverbial, not the body
            # (``управляющий пермским отделением``: the title's own instrumental object goes on)
            break
        elif t.pos == "ADP" and dated(tokens, j + 1, end):
            break  # ``пост главного врача больницы с 2010 года X``: a time adverbial ends the body's name
        elif t.pos == "ADP":
            prepositional_run = fold(t.text) in FIELD_PREPOSITIONS or prepositional_run
        elif j > start and match_position(tokens, j, end) and not is_genitive(t):
            break
        j += 1
    while j > start and tokens[j - 1].pos in ("ADP", "CCONJ"):
        j -= 1
    return j


MONTHS = frozenset("""январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь
    декабрь""".split())


def undecreed(words: list[Any]) -> list[Any]:
    """The words between a title and its verb without the act before the verb (``директором парка
    приказом Минприроды России назначен X``, ``главы поселения решением районного Совета назначена X``)."""
    from .role_described import undescribed

    words = undescribed(words)  # ``капитаном стал полузащитник X``: what X is, between the verb and X
    if not words or fold(words[0].lemma) not in DECREES or words[0].feats.get("Case") != "Ins":
        return words
    k = 1
    while k < len(words) and (words[k].pos in ("ADJ", "NOUN", "PROPN") or words[k].text in ("«", "»")):
        k += 1
    return words[k:]


def fields_listed(tokens: list[Any], start: int, j: int, end: int) -> bool:
    """A comma inside the dative list after ``по`` (``по бюджету, финансам и ...``): the next word is a
    lowercase dative like the one after the preposition."""
    by = [k for k in range(start, j) if tokens[k].pos == "ADP"]
    if not by or fold(tokens[by[-1]].text) != "по" or j + 1 >= end:
        return False
    nxt = tokens[j + 1]
    return nxt.text.islower() and nxt.pos in ("NOUN", "ADJ") and nxt.feats.get("Case") == "Dat" and all(
        t.pos in ("NOUN", "ADJ", "CCONJ", "PUNCT") for t in tokens[by[-1] + 1 : j])


def issuer(analysis: Any, phrase: Any) -> bool:
    """``Приказом Председателя Следственного комитета на эту должность назначен X``: a genitive title
    right after the act in the instrumental names who issued it, not the post X takes."""
    if phrase.case != "Gen" or phrase.first == 0:
        return False
    act = analysis.tokens[phrase.first - 1]
    return fold(act.lemma) in DECREES and act.feats.get("Case") == "Ins"


def dated(tokens: list[Any], k: int, end: int) -> bool:
    """A year (``2014``, ``2014-го``) or a month's name at ``k``: a date after a preposition."""
    if k >= end:
        return False
    text = tokens[k].text
    return len(text) >= 4 and text[:4].isdigit() and text[:2] in ("19", "20") or fold(tokens[k].lemma) in MONTHS


def paired(tokens: list[Any], j: int, end: int, start: int) -> bool:
    """``театра оперы и балета``, ``музея истории и культуры``: ``и`` joining two lowercase genitive
    nouns after a body's noun goes on with the body's name."""
    if fold(tokens[j].text) != "и" or j - start < 2 or j + 1 >= end:
        return False
    prev, nxt = tokens[j - 1], tokens[j + 1]
    return all(t.pos == "NOUN" and t.text.islower() and t.feats.get("Case") == "Gen" for t in (prev, nxt, tokens[j - 2]))


def glossed(analysis: Any, j: int, end: int) -> int:
    """The ``)`` of a bracket right after a lowercase noun that holds one or two lowercase words in the
    noun's case, the name going on in lowercase after it; else 0."""
    tokens = analysis.tokens
    prev = tokens[j - 1]
    for close in (j + 2, j + 3):
        if close + 1 >= end or tokens[close].text != ")":
            continue
        inside = tokens[j + 1 : close]
        after = tokens[close + 1]
        if prev.pos == "NOUN" and prev.text.islower() and all(t.text.isalpha() and t.text.islower() for t in inside) and (
                inside[-1].pos == "NOUN" and inside[-1].feats.get("Case") == prev.feats.get("Case")) and (
                after.text.isalpha() and after.text.islower() and after.pos in ("ADP", "NOUN", "ADJ")):
            return close
    return 0


def dashed_name(analysis: Any, j: int, end: int, name_starts: set[int]) -> bool:
    """``округа — Югры``, ``ХМАО — Югре``: a dash inside a territory's double name, the part after
    it a capitalized noun in the case of the word before (a name after a dash is a holder)."""
    tokens = analysis.tokens
    if j + 1 >= end:
        return False
    prev, nxt = tokens[j - 1], tokens[j + 1]
    if nxt.start in name_starts or not nxt.text[:1].isupper() or nxt.pos not in ("PROPN", "NOUN"):
        return False
    if match_position(tokens, j + 1, end) or any(p.tag.POS == "NOUN" and "Name" in p.tag or "Surn" in p.tag
                                                 for p in parses(nxt.text)):
        return False
    if prev.feats.get("Case") is None or prev.text.isupper() or prev.feats.get("Case") == nxt.feats.get("Case"):
        return True
    cases = {p.tag.case for p in parses(prev.text)} & {p.tag.case for p in parses(nxt.text)}
    return bool(cases - {None})


def abbreviation(word: str) -> bool:
    return len(word) <= 3 and word.isalpha() and word.islower() or word in ("им", "г", "р.п", "пос")


def initial(analysis: Any, k: int) -> bool:
    """``больницы имени Н.А. Семашко``: an initial of a name inside a body's name."""
    tokens = analysis.tokens
    word = tokens[k].text
    if len(word) != 1 or not word.isupper():
        return False
    while k > 0 and (len(tokens[k].text) == 1 and tokens[k].text.isupper() or tokens[k].text == "."):
        k -= 1
    if k > 0 and fold(tokens[k].text) not in NAMED_AFTER and tokens[k].text[:1].islower() and tokens[k].pos == "NOUN":
        k -= 1  # ``имени академика Н.П. Лаверова``
    return fold(tokens[k].text) in NAMED_AFTER


def within(offset: int, begin: int, spans: list[tuple[int, int]]) -> bool:
    """Inside (not at the start of) an organization mention that starts at ``begin`` or later."""
    return any(begin <= a < offset < b for a, b in spans)


def starts_in(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= offset < b for a, b in spans)
