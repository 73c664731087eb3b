"""Aliases in parentheses: ``Комитет защиты журналистов (КЗЖ)``, ``«Фольксваген» (Volkswagen)``,
``RCA (Radio Corporation of America)``, ``(Rassemblement pour le Mali, RPM)``: the bracketed
abbreviation or foreign name right after an organization's mention is another mention of it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .inflect import fold, stem
from .org_context import Candidate, best
from .org_words import GENERIC_ABBREVIATIONS

BRACKETS = re.compile(r"[ \t]*\(([^()\n]{2,90})\)")
ABBREVIATION = re.compile(r"[A-ZА-ЯЁ][A-ZА-ЯЁa-zа-яё0-9&-]{1,11}(?: [A-ZА-ЯЁ]{2,6}){0,2}")
LATIN_NAME = re.compile(r"[A-Z0-9][\w.&’'-]*(?: [\w.&’'-]+){0,7}", re.A)
# ``Управление ... по Красноярскому краю (Красноярскстат)``, ``АО «Технопарк ...» (Академпарк)``: a one-word short name
BRANCH_WORD = re.compile(r"[А-ЯЁ][а-яё]{5,}")
QUOTED_ALIAS = re.compile(r"[А-ЯЁ][а-яё]{3,11} «[А-ЯЁ][^«»]{2,40}»")
SPELLED = re.compile(r"[А-ЯЁ][а-яё-]+(?: [а-яёА-ЯЁ-]+){1,8}")


def add_aliases(analysis: Any, groups: dict[str, list[Candidate]], place_at: dict[int, Any]) -> None:
    """Each alias in brackets after a mention joins that mention's organization; an organization
    found only as that alias (``ФБК`` elsewhere) joins it too."""
    text = analysis.norm
    owner = {(c.start, c.stop): key for key, cs in groups.items() for c in cs}
    for key in list(groups):
        if key not in groups:
            continue
        for c in list(groups[key]):
            m = BRACKETS.match(text, c.stop)
            if m is None:
                continue
            offset = m.start(1)
            for n, part in enumerate(m.group(1).split(", ")[:2]):
                start, stop = offset, offset + len(part.rstrip())
                offset += len(part) + 2
                # ``ПАО «Автодизель» (Ярославский моторный завод, ...)``: an organization found as the
                # whole first part is another name of it
                named = n == 0 and owner.get((start, stop)) not in (None, key) and part[:1].isupper()
                if not (named or is_alias(part.strip(), analysis.text[c.start : c.stop])
                        or n == 0 and own_short(c) and BRANCH_WORD.fullmatch(part)) or start in place_at:
                    continue
                inside = {k for (a, b), k in owner.items() if start <= a and b <= stop}
                if inside:  # found already, as a name of its own: that organization is this one
                    for other in inside - {key}:
                        if other in groups:
                            groups[key].extend(groups.pop(other))
                    owner.update({span: key for span, k in owner.items() if k in inside})
                elif not any(a < stop and start < b for a, b in owner):
                    groups[key].append(Candidate(start, stop, c.name, c.kind, None, c.place, key=key, rank=9))
                    owner[(start, stop)] = key
                alias = analysis.text[start:stop]
                forms = {alias, stem(alias) if BRANCH_WORD.fullmatch(alias) else alias}
                if QUOTED_ALIAS.fullmatch(alias):
                    forms.add(stem(alias.split()[0]))  # ``Упрдоре`` alone, of ``(Упрдор «Холмогоры»)``
                for other in [k for k, cs in groups.items() if k != key and cs and all(
                        (written := analysis.text[o.start : o.stop]) in forms or stem(written) in forms for o in cs)]:
                    groups[key].extend(groups.pop(other))  # ``СНФ`` alone elsewhere, ``Красноярскстата`` declined
                if BRANCH_WORD.fullmatch(alias) and n == 0 and own_short(c):
                    add_declined(analysis, groups[key], alias, owner, key)


def own_short(c: Candidate) -> bool:
    """A name a one-word short name in brackets may follow: a branch ``по`` its territory, a company."""
    return " по " in c.name or c.kind == "company" and "«" in c.name


def add_declined(analysis: Any, cs: list[Candidate], alias: str, owner: dict, key: str) -> None:
    """``Свердловскстата`` elsewhere in the text: the branch's short name declined is its mention too."""
    top = cs[0]
    for m in re.finditer(rf"\b{re.escape(alias[:-1])}\w{{0,3}}\b", analysis.text):
        start, stop = m.span()
        if stem(m.group()) == stem(alias) and not any(a < stop and start < b for a, b in owner):
            cs.append(Candidate(start, stop, top.name, top.kind, None, top.place, key=key, rank=9))
            owner[(start, stop)] = key


def is_alias(part: str, mention: str) -> bool:
    """An abbreviation, a Latin name, or a spelled-out name of an abbreviated mention."""
    if not part or part in GENERIC_ABBREVIATIONS or part.isdigit():
        return False
    if ABBREVIATION.fullmatch(part) and sum(ch.isupper() for ch in part) >= 2:
        return True
    if QUOTED_ALIAS.fullmatch(part):
        return True  # ``(Упрдор «Холмогоры»)``: a short name and the body's quoted name
    if LATIN_NAME.fullmatch(part) and part[:1].isupper() and any(ch.isalpha() for ch in part):
        return True
    # ``ХДС (Христианско-демократический союз Германии)``: the full name of an abbreviation
    return mention.replace("-", "").isupper() and bool(SPELLED.fullmatch(part))


def merge_initials(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    """``ЯМЗ`` joins the one organization with a mention whose words it abbreviates
    (``Ярославский моторный завод``)."""
    for key in list(groups):
        cs = groups.get(key)
        texts = {analysis.text[c.start : c.stop] for c in cs or ()}
        # ``ТПП Томской области``: the abbreviation and its region, of ``Томская торгово-промышленная палата``
        word, _, rest = next(iter(texts)).partition(" ") if len(texts) == 1 else ("", "", "")
        if not ABBREVIATION_ONLY.fullmatch(word):
            continue
        targets = [k for k, others in groups.items() if k != key and any(
            not rest and (word in (initials(text := analysis.text[o.start : o.stop]), initials(text, compound=True))
                          or word in quoted_initials(o.name))
            or not rest and lead_initials(analysis.text[o.start : o.stop]) == word
            or initials(text := analysis.text[o.start : o.stop], local=True) == word
            and (not rest or stem(fold(text.split()[0])) == stem(fold(rest.split()[0]))) for o in others)]
        if len(targets) == 1:
            for c in cs:
                c.rank, c.short_name = 9, None  # not the gazetteer's ``ТПП РФ`` it was taken for
            groups[targets[0]].extend(groups.pop(key))


# ``ИЦиГ``: an institute's abbreviation keeps its lowercase ``и`` (``Институт цитологии и генетики``)
ABBREVIATION_ONLY = re.compile(r"[А-ЯЁ]{3,5}|[А-ЯЁ]{2,3}и[А-ЯЁ]{1,2}")


@lru_cache(maxsize=1 << 14)
def lead_initials(text: str) -> str:
    """``ИЯФ``, ``ИЦиГ``: the initials of a name's lowercase words up to its parent or eponym
    (``Института ядерной физики им. Г.И. Будкера СО РАН``, ``Института цитологии и генетики СО РАН``);
    a conjunction ``и`` stays lowercase. Three words at least, so a short head is no abbreviation."""
    words = text.split()
    lead = words[:1]
    for w in words[1:]:
        if not w[:1].islower() or w.rstrip(".") in ("им", "имени"):
            break
        lead.append(w)
    if len(lead) < 3 or not lead[0][:1].isupper():
        return ""
    return "".join("и" if w == "и" else w[0].upper() for w in lead)


@lru_cache(maxsize=1 << 15)  # pure; merge_initials asks it for every mention of every group, per abbreviation
def initials(text: str, local: bool = False, compound: bool = False) -> str:
    """The initials of a name's words; ``local``: after its leading territory adjective
    (``Томской торгово-промышленной палаты`` is ``ТПП``); ``compound``: a compound adjective gives
    two (``Дальневосточного академического симфонического оркестра`` is ``ДВАСО``)."""
    words = [w for w in re.split(r"[\s-]+", text) if w[:1].isalpha()]
    if local:
        if not words or not words[0][:1].isupper() or words[0][1:2].isupper():
            return ""
        words = words[1:]
    return "".join(w[0] + (second_root(w) if compound else "") for w in words).upper() if len(words) >= 3 else ""


# second roots of compound adjectives an abbreviation spells with their own letter: ``Дальневосточный`` ДВ,
# ``Западносибирский`` ЗС, ``Южноуральский`` ЮУ
COMPOUND_ROOTS = ("восточн", "западн", "северн", "южн", "сибирск", "уральск", "кавказск", "волжск", "азиатск",
                  "балтийск", "черноморск")


def second_root(word: str) -> str:
    low = fold(word)
    return next((root[0] for root in COMPOUND_ROOTS if low.find(root, 3) > 0), "")


# word starts that stand for two letters in an abbreviation: ``Многофункциональный центр`` is ``МФЦ``
COMBINING = ("много", "меж")


@lru_cache(maxsize=1 << 14)  # pure; an immutable set, as the cache hands one value to every caller
def quoted_initials(name: str) -> frozenset[str]:
    """``РКБ``, ``ТОКБ``: the initials of the leading words of a quoted name (``ГАУЗ «Республиканская
    клиническая больница Министерства ...»``), two or more words long."""
    if "«" not in name:
        return frozenset()
    words = [w for w in re.split(r"[\s-]+", name.split("«", 1)[1].rstrip("»")) if w[:1].isalpha()]
    found, plain, split = set(), "", ""
    for n, w in enumerate(words[:6]):
        plain += w[0].upper()
        low = w.lower()
        lead = next((c for c in COMBINING if low.startswith(c) and len(low) > len(c) + 3), None)
        split += w[0].upper() + low[len(lead)].upper() if lead else w[0].upper()
        if n >= 1:
            found |= {plain, split}
    return frozenset(found)


def merge_syllabic(groups: dict[str, list[Candidate]]) -> None:
    """``АО «Красмаш»`` joins ``АО «Красноярский машиностроительный завод»``: a one-word name made
    of the starts of the other name's words (``Крас-`` + ``маш-``), under the same legal form."""

    quoted = {k: best(cs).name for k, cs in groups.items() if cs and "«" in best(cs).name}
    for key, name in list(quoted.items()):
        form, _, inner = name.partition(" «")
        inner = inner.rstrip("»")
        if not form or " " in inner or "-" in inner or len(inner) < 5:
            continue
        targets = [k for k, other in quoted.items() if k != key and other.startswith(form + " «")
                   and syllables_fit(inner.lower(), [w.lower() for w in re.split(r"[\s-]+", other.partition(" «")[2].rstrip("»"))])]
        if len(targets) == 1 and key in groups and targets[0] in groups:
            for c in groups[key]:
                c.rank = max(c.rank, 5)
            groups[targets[0]].extend(groups.pop(key))
    # ``«Рузхиммаша»`` alone: the one company whose quoted name it is made of, in any case
    for key in [k for k, cs in groups.items() if cs and all(
            c.kind == "other" and " " not in c.name and "«" not in c.name and c.name[:1].isupper() and not c.name.isupper()
            for c in cs)]:
        word = stem(next(iter(groups[key])).name)
        if len(word) < 6:
            continue
        targets = [k for k, name in quoted.items() if k != key and k in groups and syllables_fit(
            word, [w.lower() for w in re.split(r"[\s-]+", name.partition(" «")[2].rstrip("»"))])]
        if len(targets) == 1:
            for c in groups[key]:
                c.rank = max(c.rank, 9)
            groups[targets[0]].extend(groups.pop(key))


def syllables_fit(word: str, words: list[str]) -> bool:
    """``красмаш`` = ``крас`` (красноярский) + ``маш`` (машиностроительный): two or more word starts
    of three letters or more, in order, the first from the first word."""
    def fit(rest: str, k: int, parts: int) -> bool:
        if not rest:
            return parts >= 2
        return any(rest[:n] == w[:n] and fit(rest[n:], j + 1, parts + 1)
                   for j, w in enumerate(words[k:], k) if j == 0 or parts
                   for n in range(3, min(len(rest), len(w)) + 1)) if k < len(words) else False

    return len(words) >= 2 and fit(word, 0, 0)
