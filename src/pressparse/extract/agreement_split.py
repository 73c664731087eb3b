"""Several documents in one mention: ``подписал соглашения с АО «X» и ООО «Y»``, ``заключило
контракты с двумя подрядчиками. АО «X» ..., ООО «Y» ...`` give one agreement per counterparty
(each with the side that signed them all), not one agreement of all the bodies named."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .clauses import Syntax, lemma
from .agreement_parts import KindMention
from .agreement_signing import signing_cue
from .agreement_subject import COUNTS, counted_group

if TYPE_CHECKING:
    from .agreements import Draft


def several(syntax: Syntax, m: KindMention) -> bool:
    """The agreement noun names more than one document: plural (``соглашения``, ``контракты``) or
    counted (``два контракта``)."""
    head = syntax.tokens[m.head]
    if head.feats.get("Number") == "Plur" and not (head.feats.get("Case") == "Gen" and counted_by(syntax, m.first) == 1):
        return True
    return (counted_by(syntax, m.first) or 0) >= 2


def counted_by(syntax: Syntax, i: int) -> int | None:
    """The count right before token ``i`` (``два``, ``3``), if any."""
    if i == 0:
        return None
    t = syntax.tokens[i - 1]
    if t.text.isdigit():
        return int(t.text)
    return COUNTS.get(lemma(t))


def counted_counterparties(syntax: Syntax, first: int, last: int, taken: list[str]) -> list[str]:
    """``заключило с двумя подрядчиками``: a counted group of counterparties in a signing clause
    takes the bodies the text names right after it (in the same clause or the next one) when
    exactly that many new ones are named there."""
    if signing_cue(syntax, first, last) is None:
        return []
    tokens = syntax.tokens
    for i in range(first, last - 2):
        count = counted_group(syntax, i, last)
        if not count:
            continue
        noun = tokens[i + 2]
        rest = syntax.entities_in(noun.stop, tokens[last - 1].stop, "org")
        unit = syntax.unit_of[i]
        if not rest and unit + 1 < len(syntax.units):
            nxt = syntax.units[unit + 1]
            rest = syntax.entities_in(tokens[nxt[0]].start, tokens[nxt[1] - 1].stop, "org")
        named = list(dict.fromkeys(e.id for e in rest if e.id not in taken))
        if len(named) == count:
            return named
    return []


def split_drafts(drafts: list[Draft], bodies: dict[str, str | None]) -> list[Draft]:
    """One draft per counterparty for a mention of several documents; ``bodies``: each signer's
    organization, which puts a counterparty's signer into its own agreement only."""
    out: list[Draft] = []
    for d in drafts:
        counter = list(dict.fromkeys(d.counter))
        if not d.several or len(counter) < 2:
            out.append(d)
            continue
        common = [p for p in d.parties if p not in counter]
        for side in counter:
            signers = [s for s in d.signatories if bodies.get(s) not in counter or bodies.get(s) == side]
            out.append(replace(d, parties=common + [side], signatories=signers, counter=[side], several=False))
    return out


ANALOGOUS = {"аналогичный", "подобный", "такой", "схожий"}  # "аналогичный документ": another one, same subject


def analogous(syntax: Syntax, m: KindMention, drafts: list[Draft]) -> Draft:
    """The agreement a bare ``документ`` refers to: the last one, or with ``аналогичный`` before it
    a new one of the same kind and subject (``Ранее ДВТУ подписало аналогичный документ с X``)."""
    live = [d for d in drafts if d.successor is None] or drafts[-1:]  # not one replaced
    last = max(reversed(live), key=lambda d: d.seen)  # "Мировое соглашение подписали ... документ": the one just named
    if m.first == 0 or lemma(syntax.tokens[m.first - 1]) not in ANALOGOUS:
        return last
    token = syntax.tokens[m.first]
    copy = replace(last, start=syntax.tokens[m.first - 1].start, end=token.stop, parties=[], signatories=[],
                   date=None, place=None, signed=False, planned=False, title=False, title_parties=[], counter=[],
                   several=False)
    drafts.append(copy)
    return copy
