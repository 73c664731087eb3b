"""Parts of an agreement read off one clause: kind, subject, parties, signers, date, place.

Cue words live in ``data/agreement_kinds.tsv`` and ``data/agreement_cues.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..analysis.doc import Token
from ..data import read_rows
from ..result import DateMention
from .agreement_subject import (DEMONSTRATIVES, SIGNING_VERBS, actor_cut, clause_follows, counted_group,
                                counterparty_noun, past_verb, supplemented)
from .agreement_signing import signing_cue
from .clauses import Syntax, lemma

# the subject "о ..." of an agreement ends before these
SUBJECT_STOP_WORDS = {"между", "который", "которое", "которая", "которые", "что", "чтобы", "где", "когда", "сроком"}
CLAUSE_WORDS = {"а", "но", "который", "которое", "которая", "которые", "что", "чтобы", "где", "когда", "как"}
DATE_PREPS = {"на", "до", "с", "по", "к", "сроком"}


@dataclass(slots=True)
class KindMention:
    """An agreement noun phrase: tokens [first, last), its head, its kind (``*``: a bare reference)."""

    first: int
    last: int
    head: int
    kind: str
    signed_only: bool = False


@dataclass(slots=True)
class Signing:
    """What one clause unit says about signing: the cue and the sides it names."""

    cue: Token | None = None
    planned: bool = False
    parties: list[str] = field(default_factory=list)
    signatories: list[str] = field(default_factory=list)


@lru_cache(maxsize=None)
def kinds() -> tuple[tuple[tuple[str, ...], str, bool], ...]:
    rows = [(tuple(row[0].split()), row[1], row[2:] == ("signed",)) for row in read_rows("agreement_kinds.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lru_cache(maxsize=None)
def kinds_by_word() -> dict[str, tuple[tuple[tuple[str, ...], str, bool], ...]]:
    index: dict[str, list] = {}
    for row in kinds():
        index.setdefault(row[0][0], []).append(row)
    return {word: tuple(rows) for word, rows in index.items()}


def find_kinds(syntax: Syntax, first: int, last: int) -> list[KindMention]:
    """Agreement noun phrases in tokens [first, last), longest match first."""
    tokens = syntax.tokens
    lemmas = syntax.lemmas
    index = kinds_by_word()
    out: list[KindMention] = []
    i = first
    while i < last:
        for words, kind, signed_only in index.get(lemmas[i], ()):
            n = len(words)
            if i + n <= last and lemmas[i : i + n] == list(words):
                if n > 2 and words[1] == "о" and i + n < last and lemmas[i + n] == "и":
                    continue  # "меморандум о взаимопонимании и сотрудничестве": a subject, the kind is "меморандум"
                head = next((j for j in range(i, i + n) if not i <= tokens[j].head < i + n), i + n - 1)
                if tokens[head].pos not in ("NOUN", "PROPN", "VERB", "X"):
                    head = i + n - 1
                out.append(KindMention(i, i + n, head, kind, signed_only))
                i += n - 1
                break
        i += 1
    return out


def subject_after(syntax: Syntax, i: int, last: int, genitive: bool = False, supplement: bool = False) -> tuple[int, int] | None:
    """The "о ..." phrase starting at token ``i``: its character span, up to a clause boundary
    (``genitive``: a genitive phrase opens it too, ``программа культурного сотрудничества``;
    ``supplement``: so does the agreement it supplements, ``к договору о взаимодействии``)."""
    tokens = syntax.tokens
    if i >= last or not (opens_subject(syntax, i, last) or genitive and opens_genitive(syntax, i)
                         or supplement and supplemented(syntax, i, last)):
        return None
    end = i
    j = i + 1
    while j < last:
        t = tokens[j]
        low = t.text.lower()
        if t.text == "." and j + 1 < last and abbreviated(tokens[j - 1]):
            j += 1  # "по иску МУП г. Новосибирска", "им. Г.К. Борескова": no sentence ends here
            continue
        if t.text in "()" and syntax.entity_at(t.start, t.stop) is not None:
            j += 1  # "Правительством Республики Саха (Якутия)"
            continue
        if low in SUBJECT_STOP_WORDS or t.text in ".;:()[]—!?":
            break
        if low in ("и", "а") and j + 1 < last and coordinated_kind(syntax, j + 1, last):
            break  # "договор о целевом обучении и соглашение о создании кафедры": a second agreement
        if t.pos in ("VERB", "AUX") and (t.feats.get("VerbForm") in ("Fin", "Inf", "Conv") or t.feats.get("Variant") == "Short"):
            break
        if t.pos == "ADJ" and t.text.lower().endswith(("ли", "ла", "л")) and past_verb(syntax, t):
            break  # "о сотрудничестве скрепили подписями": the tagger's adjective is a past verb
        if low in DATE_PREPS and j + 1 < last and closes_subject(syntax, low, tokens[j + 1]):
            break
        if low in ("с", "со") and j + 1 < last and (syntax.entity_at(tokens[j + 1].start, tokens[j + 1].stop, "org")
                                                    or counterparty_noun(syntax, j + 1, last)):
            break  # "о целевом обучении с АО «Моторы»", "с медицинским университетом": the counterparty
        if t.pos == "ADP" and j + 1 < last and lemma(tokens[j + 1]) in DEMONSTRATIVES:
            break  # "о взаимодействии по этому вопросу": a pointer back to the text, not the subject
        if counted_group(syntax, j, last):
            break  # "с двумя подрядчиками": the counterparties, named next
        if t.pos != "ADP" and tokens[j - 1].pos != "ADP" and date_at(syntax, t) is not None:
            break  # "соглашение о сотрудничестве 10 февраля подписали": the signing date
        if t.text == "," and j + 1 < last:
            nxt = tokens[j + 1]
            if nxt.text.lower() in CLAUSE_WORDS or nxt.feats.get("VerbForm") in ("Fin", "Conv"):
                break
            if nxt.feats.get("VerbForm") == "Part" and lemma(nxt) in SIGNING_VERBS:
                break  # "о партнерстве, подписанное в 2019 году": the signing, not the subject
            if clause_follows(syntax, j + 1, last):
                break  # "о партнерстве, срок его действия истек": a clause of its own
        if t.pos != "PUNCT":
            end = j
        j += 1
    end = actor_cut(syntax, i, end, last)
    if end == i:
        return None
    said = syntax.analysis.norm[tokens[i].start : tokens[end].stop]
    while end + 1 < last and syntax.analysis.norm[tokens[end + 1].start] == "»" and said.count("«") > said.count("»"):
        end += 1  # the closing quote of a name: "о создании консорциума «Сибирский катализ»"
        said = syntax.analysis.norm[tokens[i].start : tokens[end].stop]
    return tokens[i].start, tokens[end].stop


def coordinated_kind(syntax: Syntax, i: int, last: int) -> bool:
    """An agreement noun (with its own "о ..." subject) opens at token ``i``: a second agreement
    coordinated with the first (``договор о X и соглашение о Y``), not more of the first's subject."""
    found = find_kinds(syntax, i, min(last, i + 4))
    if not found or found[0].first != i or found[0].kind == "*":
        return False
    after = found[0].last
    return after < last and opens_subject(syntax, after, last)


def abbreviated(token: Token) -> bool:
    """A short word or an initial a dot abbreviates (``г.``, ``им.``, ``ул.``, ``Г.``)."""
    word = token.text
    return word.isalpha() and (len(word) <= 3 and word.islower() or len(word) == 1)


NOT_SUBJECT = {"итог", "результат", "случай", "поручение", "приглашение", "инициатива", "линия", "время",
               "год", "срок", "период", "площадка", "форум", "встреча", "заседание", "церемония", "полях", "сумма"}


def opens_subject(syntax: Syntax, i: int, last: int) -> bool:
    """"о ...", "в сфере/области ...", "по + noun" start an agreement's subject."""
    tokens = syntax.tokens
    word = lemma(tokens[i])
    if word in ("о", "об", "обо"):
        return True
    nxt = lemma(tokens[i + 1]) if i + 1 < last else ""
    if word == "в" and nxt in ("сфера", "область"):
        return True
    if word == "на" and i + 1 < last:  # "контракт на (комплексное) благоустройство", not "на 2025-2029 годы"
        k = i + 1
        while k + 1 < last and tokens[k].pos == "ADJ":
            k += 1
        return tokens[k].pos == "NOUN" and lemma(tokens[k]) not in NOT_SUBJECT and not starts_date(syntax, tokens[i + 1])
    return word == "по" and tokens[i + 1].pos == "NOUN" and nxt not in NOT_SUBJECT if i + 1 < last else False


# a date the dates layer may have left unresolved: "до 1 сентября", "с 01.09.2025", "до 2030 г."
DATE_LIKE = re.compile(r"\d{1,2}(?:[./]\d{1,2}[./]\d{2,4}|\s+(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|"
                       r"октябр|ноябр|декабр))|\d{4}(?:\s*[-—]\s*\d{2,4})?\s*(?:г\.|год)", re.I)


def closes_subject(syntax: Syntax, prep: str, token: Token) -> bool:
    """Whether ``prep`` + a date at ``token`` ends a subject: a signing date or a deadline does; the
    term of the agreement (``на 2025–2027 годы``, ``до 2030 года``) and a count (``на 2400 голов``) do not."""
    found = date_at(syntax, token)
    if found is not None:
        return not (prep in ("на", "до") and found.precision == "year")
    return bool(DATE_LIKE.match(syntax.analysis.norm, token.start))


def date_at(syntax: Syntax, token: Token) -> DateMention | None:
    """The date mention that starts at ``token``."""
    return next((d for d in syntax.dates if d.start == token.start), None)


def opens_genitive(syntax: Syntax, i: int) -> bool:
    token = syntax.tokens[i]
    case = token.feats.get("Case")
    if case is None and token.pos == "ADJ" and token.head >= 0:  # "торгово-экономического": no case of its own
        case = syntax.tokens[token.head].feats.get("Case")
    return token.pos in ("ADJ", "NOUN") and case == "Gen" and date_at(syntax, token) is None


def starts_date(syntax: Syntax, token: Token) -> bool:
    if token.pos == "NUM" or token.text[:1].isdigit():
        return True
    return any(d.start == token.start for d in syntax.dates)


def between_parties(syntax: Syntax, first: int, last: int) -> list[str]:
    """Organizations or people after "между" up to the end of the coordinated noun phrase."""
    tokens = syntax.tokens
    for i in range(first, last):
        if tokens[i].text.lower() != "между":
            continue
        end = phrase_end(syntax, i + 1, last)
        found = syntax.entities_in(tokens[i].stop, end, "org", "per")
        orgs = [e.id for e in found if e.kind == "org"]
        people = [e.id for e in found if e.kind == "per"]
        if len(orgs) < 2:  # "между вузом и комбинатом": sides told by a descriptive noun
            from .agreement_refs import described_sides
            named = sorted([(e.start, e.id) for e in found if e.kind == "org"]
                           + described_sides(syntax, tokens[i].stop, end))
            orgs = list(dict.fromkeys(id for _, id in named))
        return orgs or people
    return []


def counterparties(syntax: Syntax, first: int, last: int) -> list[str]:
    """``заключило контракт с ООО «X»``: a body right after "с/со" in a signing clause."""
    cue = signing_cue(syntax, first, last)
    if cue is None:
        return []
    tokens = syntax.tokens
    out = []
    for i in range(first, last - 1):
        word = tokens[i + 1]  # an abbreviation ("АО", "ООО") does not decline: its tagged case is a guess
        if tokens[i].text.lower() in ("с", "со") and word.text.lower() in ("ней", "ним", "нею"):
            before = [e for e in syntax.entities if e.kind == "org" and e.end <= tokens[first].start]
            out += [before[-1].id] if before else []  # "Договор с ней подписан": the body told just before
            continue
        if tokens[i].text.lower() in ("с", "со") and (word.feats.get("Case") in ("Ins", None) or word.text.isupper()):
            e = syntax.entity_at(tokens[i + 1].start, tokens[i + 1].stop, "org")
            if e is not None and e.start >= tokens[i + 1].start:
                out.append(e.id)
                out += coordinated_orgs(syntax, e.end)
    return out


def coordinated_orgs(syntax: Syntax, end: int) -> list[str]:
    """Bodies joined to the one ending at ``end`` by "и"/commas: ``с АО «X» и ООО «Y»``."""
    out = []
    while True:
        gap = re.match(r"\s*(?:,|и)\s+", syntax.analysis.norm[end : end + 6])
        if gap is None:
            return out
        e = next((e for e in syntax.entities if e.kind == "org" and e.start == end + gap.end()), None)
        if e is None:
            return out
        out.append(e.id)
        end = e.end


def phrase_end(syntax: Syntax, i: int, last: int) -> int:
    """End offset of a coordinated noun phrase starting at token ``i`` (stops at о/на/verbs/commas)."""
    tokens = syntax.tokens
    end = tokens[min(i, last - 1)].stop
    j = i
    while j < last:
        t = tokens[j]
        low = t.text.lower()
        if low in ("о", "об", "на", "в", "по", "до", "с", "сроком") and not inside_entity(syntax, t):
            break
        if t.pos in ("VERB", "AUX") or t.text in ".;:(—":
            break
        if t.text == "," and not inside_entity(syntax, t) and not (j + 1 < last and inside_entity(syntax, tokens[j + 1])):
            break  # "между A, B и C": a comma before the next side goes on
        end = t.stop
        j += 1
    return end


def inside_entity(syntax: Syntax, token: Token) -> bool:
    return syntax.entity_at(token.start, token.stop, "org", "per") is not None


def in_face(syntax: Syntax, first: int, last: int) -> list[tuple[str, str | None]]:
    """``X в лице Y``: (party X, signatory Y) pairs."""
    tokens = syntax.tokens
    pairs: list[tuple[str, str | None]] = []
    for i in range(first + 1, last - 1):
        if tokens[i].text.lower() == "в" and tokens[i + 1].text.lower() == "лице":
            before = [e for e in syntax.entities_in(tokens[first].start, tokens[i].start, "org")
                      if e.end >= tokens[max(first, i - 8)].start]
            after = [e for e in syntax.entities_in(tokens[i + 1].stop, tokens[min(last - 1, i + 10)].stop, "per")]
            if before:
                pairs.append((before[-1].id, after[0].id if after else None))
    return pairs
