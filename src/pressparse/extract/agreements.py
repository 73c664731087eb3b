"""Agreements layer: agreements, memoranda, contracts and road maps signed or announced.

A release names one agreement many times (headline, lead, body, "документ"); mentions of the
same kind and subject are merged into one :class:`~pressparse.result.Agreement` that keeps the
richest subject and every party and signatory named in any of them. A document gets agreements
only if some clause reports a signing (``подписали``, ``подписание``, ``заключили``,
``скрепили подписями``, ``будет подписано``); "X в лице Y" gives party X and signatory Y.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..analysis import Analysis
from ..result import Agreement
from . import Found
from .agreement_parts import KindMention, find_kinds, phrase_end, subject_after
from .agreement_signing import is_planned, signing_cue
from .agreement_accords import Accord, find_accord
from .agreement_build import build, role_body
from .agreement_split import analogous, several, split_drafts
from .agreement_events import event_date, event_place
from .agreement_fill import fill_from_clause
from .agreement_replaced import inherit_sides, replaced
from .agreement_standing import private_sides, standing_sides
from .agreement_same import CONTRACTS, loosely, narrows, same_kind
from .agreement_sides import performers, subject_entities
from .clauses import Syntax, headline, lemma

ACCORD_REACH = 2  # an accord clause names the subject of an agreement up to 2 clauses later
SUPPLEMENT = "дополнительное соглашение"
GENERIC_KINDS = {"соглашение", "договор", "контракт"}  # a bare one refers back
SUBJECT_OVERLAP = 0.6
GENITIVE_SUBJECT = {"программа", "дорожная карта", "договор аренды", "договор поставки", "договор лизинга"}  # no "о"
CEREMONY = {"церемония", "подписание"}
ILLICIT = {"антиконкурентный", "картельный", "незаконный", "коррупционный"}  # a collusion, not an agreement
DRAFTING = {"подготовить", "готовить", "разработать", "разрабатывать", "составить", "доработать",
            "подготовка", "разработка"}  # a document being drafted is not yet an agreement


@dataclass(slots=True)
class Draft:
    kind: str
    start: int
    end: int
    subject: tuple[int, int] | None = None
    parties: list[str] = field(default_factory=list)
    signatories: list[str] = field(default_factory=list)
    date: str | None = None
    place: str | None = None
    signed: bool = False
    planned: bool = False
    subject_key: frozenset[str] | None = None
    signed_kind: bool = False  # the kind was read in a signing clause
    title: bool = False  # opened by the headline, which names the agreement loosely
    title_parties: list[str] = field(default_factory=list)  # sides the headline names: if the body names none
    counter: list[str] = field(default_factory=list)  # "с X и Y": the sides the signer signed with
    several: bool = False  # "соглашения", "два контракта": one document per counterparty
    successor: Draft | None = None  # the agreement that replaces this one
    third: list[str] = field(default_factory=list)  # "третьей стороной выступила X": besides the others
    seen: int = -1  # where the text last named it: a bare "документ" after it means this one


def extract_agreements(analysis: Analysis, found: Found) -> list[Agreement]:
    """Agreements the release reports as signed or to be signed, in order of first mention."""
    syntax = Syntax(analysis, found)
    units = syntax.units
    if not any(find_kinds(syntax, f, l) and signing_cue(syntax, f, l) for f, l in units):
        return []
    drafts: list[Draft] = []
    accords: list[Accord] = []
    in_title = headline(analysis, found, *units[0])
    together: list[Draft] = []  # agreements one clause named side by side ("договор о X и соглашение о Y")
    for number, (first, last) in enumerate(units):
        accord = find_accord(syntax, number, first, last)
        if accord:
            accords.append(accord)
        cue = signing_cue(syntax, first, last)
        signing = cue is not None
        mentions = [m for m in find_kinds(syntax, first, last)
                    if (not m.signed_only or signed_object(syntax, m, cue)) and not drafted(syntax, m, cue)
                    and not (m.first > 0 and lemma(syntax.tokens[m.first - 1]) in ILLICIT)]
        touched = []
        covered = -1  # a kind word inside another's subject ("о реализации программы ...") is no agreement
        for m in mentions:
            if m.first <= covered:
                continue
            draft = place_mention(syntax, drafts, m, last, title=number == 0 and in_title)
            if draft is not None:
                draft.seen = m.first
            if draft is not None and m.kind != "*":
                draft.parties += performers(syntax, first, m.first)
            if draft is not None and signing and m.kind != "*" and not draft.signed_kind:
                # the kind the body gives when it reports the signing (a headline says it loosely)
                if not narrows(draft.kind, m.kind):  # "энергосервисный контракт ... Контракт подписан"
                    draft.kind = m.kind
                draft.signed_kind = number > 0 or not in_title
            if draft is not None and signing and m.kind != "*":
                draft.several = draft.several or several(syntax, m)
            touched.append(draft)
            subject = subject_after(syntax, skip_between(syntax, m.last, last), last, m.kind in GENITIVE_SUBJECT, m.kind == SUPPLEMENT)
            if subject:
                covered = max(i for i in range(m.last, last) if syntax.tokens[i].start < subject[1])
        touched = [d for d in touched if d is not None]
        touched.sort(key=lambda d: d.successor is None)  # "на смену соглашению, которое подписали": its clause
        if not touched:
            continue
        named = len(touched[0].parties)
        fill_from_clause(syntax, touched[0], first, last, [d for d in drafts if d is not touched[0]])
        fresh = [d for i, d in enumerate(touched) if d.successor is None and all(d is not e for e in touched[:i])]
        plural = any(m.kind == "*" and syntax.tokens[m.head].feats.get("Number") == "Plur" for m in mentions)
        if plural and any(touched[0] is d for d in together):  # "Документы во вторник подписали X и Y": each of them
            fresh = together
        for other in fresh if signing and len(fresh) > 1 else ():
            if other is not touched[0]:
                fill_from_clause(syntax, other, first, last, [d for d in drafts if d is not other])
        together = fresh if len(fresh) > 1 else together
        if number == 0 and in_title:
            touched[0].title_parties += touched[0].parties[named:]
            del touched[0].parties[named:]
        for nxt in units[number + 1 : number + 3] if signing else ():  # "Документ предусматривает ... Подписи под
            kinds = find_kinds(syntax, *nxt)                              # ним поставили X и Y"
            if any(m.kind != "*" for m in kinds):
                break
            if not kinds:
                follow_ceremony(syntax, touched[0], *nxt)
        for draft in touched:
            for acc in accords:
                if 0 <= number - acc.unit <= ACCORD_REACH and draft.subject is None:
                    draft.subject = acc.subject
                if 0 <= number - acc.unit <= ACCORD_REACH:
                    draft.parties += acc.parties
                    draft.signatories += acc.signatories
    drafts = [d for d in drafts if read_any(d)]
    drafts = split_drafts(drafts, {e.id: role_body(syntax, e.id) for e in syntax.entities if e.kind == "per"})
    records = [build(analysis, syntax, n, d, drafts) for n, d in enumerate(drafts, 1)]
    order = {id(d): i for i, d in enumerate(drafts)}
    return inherit_sides(records, [order.get(id(d.successor)) for d in drafts])


def read_any(d: Draft) -> bool:
    """A mention that says nothing of its agreement (``работы ведутся по муниципальному контракту``)
    reports none; a supplementary agreement is announced by its mention alone, and one a new
    agreement replaces was concluded (its sides come from its successor)."""
    return d.signed or d.planned or bool(d.subject or d.parties or d.signatories or d.title_parties) or d.kind == SUPPLEMENT \
        or d.successor is not None  # "придет на смену соглашению 2021 года": one concluded before


def place_mention(syntax: Syntax, drafts: list[Draft], m: KindMention, last: int, title: bool = False) -> Draft | None:
    """Merge a mention into the draft it refers to, or open a new draft (the body's first mention
    of a kind the headline named is the headline's agreement, whatever words each uses)."""
    tokens = syntax.tokens
    subject = subject_after(syntax, skip_between(syntax, m.last, last), last, m.kind in GENITIVE_SUBJECT, m.kind == SUPPLEMENT)
    key = subject_key(syntax, subject)
    if m.kind == "*" and drafts and replaced(syntax, m):  # "Прежний документ ... истек": an earlier one, same kind
        drafts.append(Draft(drafts[-1].kind, tokens[m.first].start, tokens[m.last - 1].stop, successor=drafts[-1]))
        return drafts[-1]
    if m.kind == "*":
        return analogous(syntax, m, drafts) if drafts else None
    if drafts and replaced(syntax, m):  # "на смену соглашению 2019 года": an earlier one
        draft = Draft(m.kind, tokens[m.first].start, subject[1] if subject else tokens[m.last - 1].stop, successor=drafts[-1])
        take_subject(draft, subject, key, syntax.analysis.text)
        drafts.append(draft)
        return draft
    sides = standing_sides(syntax, m, [d.parties for d in drafts]) if key is None else []
    if sides:  # "которое обслуживает переправы по договору с министерством": another body's older contract
        drafts.append(Draft(m.kind, tokens[m.first].start, tokens[m.last - 1].stop, parties=sides, signed=True))
        return drafts[-1]
    for d in sorted(reversed(drafts), key=lambda d: d.successor is not None):  # a replaced one is past
        if same_kind(d.kind, m.kind) and overlap(key, d.subject_key):
            if d.kind != m.kind and same_kind(d.kind, m.kind) and not {d.kind, m.kind} <= CONTRACTS:
                d.kind = max(d.kind, m.kind, key=len)
            take_subject(d, subject, key, syntax.analysis.text)
            return d
    if m.kind in GENERIC_KINDS and key is None and drafts:
        return next((d for d in reversed(drafts) if d.successor is None), drafts[-1])  # "Соглашение", "контракт" alone: the agreement already named
    loose = [d for d in drafts if d.title and loosely(d.kind, m.kind)] if not title else []
    if len(loose) == 1 and sum(loosely(d.kind, m.kind) for d in drafts) == 1:
        loose[0].title = False  # "подписали меморандум о подготовке инженеров" in the headline
        loose[0].subject, loose[0].subject_key = None, None
        take_subject(loose[0], subject, key, syntax.analysis.text)
        return loose[0]
    if tokens[m.head].feats.get("Number") == "Plur" and (key is None or private_sides(syntax, m)):
        return None  # "договоры" in general, "победители должны подписать договоры": no one agreement
    draft = Draft(m.kind, tokens[m.first].start, subject[1] if subject else tokens[m.last - 1].stop, title=title)
    take_subject(draft, subject, key, syntax.analysis.text)
    drafts.append(draft)
    return draft


def signed_object(syntax: Syntax, m: KindMention, cue) -> bool:
    """A word like "программа" is an agreement only as what is signed: "подписали программу"."""
    if cue is None:
        return False
    head = syntax.tokens[m.head]
    return head.head == cue.index or cue.head == head.index


def drafted(syntax: Syntax, m: KindMention, cue) -> bool:
    """``договорились подготовить дорожную карту``: a document still to be written is a task (the
    obligations layer's), not an agreement, unless the clause also reports a signing."""
    head = syntax.tokens[m.head]
    if cue is not None or head.head < 0:
        return False
    verb = syntax.tokens[head.head]
    return lemma(verb) in DRAFTING and head.rel in ("obj", "nmod")


def overlap(a: frozenset[str] | None, b: frozenset[str] | None) -> bool:
    """Subjects that name one agreement: one's words are mostly the other's (or one is unknown)."""
    if not a or not b:
        return True
    return len(a & b) / min(len(a), len(b)) >= SUBJECT_OVERLAP


def follow_ceremony(syntax: Syntax, draft: Draft, first: int, last: int) -> None:
    """"Церемония прошла в Оренбурге", "Подписи поставили X и Y": the sentence after a signing may
    place it or name its signers."""
    if find_kinds(syntax, first, last):
        return
    if draft.place is None and any(lemma(t) in CEREMONY for t in syntax.tokens[first:last]):
        draft.place = event_place(syntax, first, last, subject_spans(syntax, first, last))
        if draft.date is None:
            draft.date = event_date(syntax, first, last)
    cue = signing_cue(syntax, first, last)
    if cue is not None and cue.pos in ("VERB", "ADJ") and not is_planned(syntax, cue):  # "Подпись поставил ректор X"
        draft.signatories += subject_entities(syntax, cue)[0]


def skip_between(syntax: Syntax, i: int, last: int) -> int:
    """Index after a "между X и Y" phrase or a bracketed short name (``контракт (СПИК) на ...``)
    starting at ``i`` (the subject may follow it)."""
    if i < last and syntax.tokens[i].text == "(":
        close = next((j for j in range(i + 1, min(last, i + 8)) if syntax.tokens[j].text == ")"), None)
        i = close + 1 if close is not None else i
    if i < last and syntax.tokens[i].text.lower() == "между":
        end = phrase_end(syntax, i + 1, last)
        while i < last and syntax.tokens[i].start < end:
            i += 1
    # "меморандум с Правительством области (и X) о поддержке ...": the other side, then the subject
    while i + 1 < last and syntax.tokens[i].text.lower() in ("с", "со", "и"):
        side = syntax.entity_at(syntax.tokens[i + 1].start, syntax.tokens[i + 1].stop, "org")
        if side is None or side.start < syntax.tokens[i + 1].start:
            break
        i += 1
        while i < last and syntax.tokens[i].start < side.end:
            i += 1
    return i


def subject_spans(syntax: Syntax, first: int, last: int) -> list[tuple[int, int]]:
    """The subjects of the agreements a clause names (places there are no signing places)."""
    out = []
    for m in find_kinds(syntax, first, last):
        subject = subject_after(syntax, skip_between(syntax, m.last, last), last, m.kind in GENITIVE_SUBJECT, m.kind == SUPPLEMENT)
        if subject:
            out.append(subject)
    return out


def take_subject(draft: Draft, subject: tuple[int, int] | None, key: frozenset[str] | None, text: str = "") -> None:
    """Keep the richest subject: the longest, and a headline in capitals only if nothing else."""
    if subject is None:
        return
    if draft.subject is None or richer(subject, draft.subject, text):
        draft.subject = subject
        draft.subject_key = key


def richer(new: tuple[int, int], old: tuple[int, int], text: str) -> bool:
    new_caps, old_caps = text[new[0] : new[1]].isupper(), text[old[0] : old[1]].isupper()
    if new_caps != old_caps:
        return old_caps
    return new[1] - new[0] > old[1] - old[0]


def subject_key(syntax: Syntax, subject: tuple[int, int] | None) -> frozenset[str] | None:
    """Content lemmas of a subject: "о строительстве комбината" -> {строительство, комбинат}."""
    if subject is None:
        return None
    words = frozenset(lemma(t) for t in syntax.analysis.tokens_in(*subject) if t.pos in ("NOUN", "PROPN", "ADJ"))
    return words or None
