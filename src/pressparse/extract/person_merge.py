"""Mentions of one person merged: ``Андрей Воробьев``, ``Андрея Воробьева``, ``Воробьев``.

Full names merge when the surnames agree and the first names (or initials) are compatible;
namesakes with different first names stay apart. A lone surname (``Майстер``, ``Ивановой``) joins
the person of that surname mentioned nearest before it, then after it; a lone surname natasha
tagged PER and no full name claims becomes a person of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .inflect import stem as _stem
from .names import Name, has, parses, shape
from .person_spans import NameSpan

WORD = re.compile(r"[А-ЯЁA-Z][\w-]*")


@dataclass(slots=True)
class Cluster:
    """One person: mention spans and the name read from its best mention."""

    spans: list[NameSpan] = field(default_factory=list)
    best: NameSpan | None = None

    @property
    def name(self) -> Name:
        if self.best is None or self.best not in self.spans:
            self.best = max(self.spans, key=lambda s: (fullness(s.name), -s.start))
        return self.best.name

    def add(self, span: NameSpan) -> None:
        self.spans.append(span)
        if self.best is not None and (fullness(span.name), -span.start) > (fullness(self.best.name), -self.best.start):
            self.best = span

    @property
    def start(self) -> int:
        return min(s.start for s in self.spans)


def fullness(name: Name) -> int:
    first = 4 if name.first and not name.initials else (1 if name.first else 0)
    return first + (2 if name.middle and not name.initials else 0) + (1 if name.last else 0)


@lru_cache(maxsize=20000)
def stem(word: str) -> str:
    return _stem(word)


def fold(word: str | None) -> str:
    return (word or "").lower().replace("ё", "е")


def cluster_people(analysis: Any, spans: list[NameSpan], blocked: list[tuple[int, int]]) -> list[Cluster]:
    """Persons of the text in order of first mention."""
    clusters: list[Cluster] = []
    partial = []
    aliases = [s for s in spans if s.alias_of >= 0]
    for span in sorted(spans, key=lambda s: s.start):
        if span.alias_of >= 0:
            continue
        if span.name.last and span.name.first:
            target = next((c for c in clusters if compatible(c.name, span.name)), None) or next(
                (c for c in clusters if initials_match(analysis, c, span)), None)
            if target is None:
                clusters.append(Cluster([span]))
            else:
                target.add(span)
        else:
            partial.append(span)
    for span in partial:
        target = nearest(clusters, span, analysis.text[span.start : span.stop])
        if target is not None:
            target.add(span)
        elif span.ner:
            clusters.append(Cluster([span]))
    for span in aliases:  # the Latin spelling in brackets joins the name it follows
        target = next((c for c in clusters if any(s.start == span.alias_of for s in c.spans)), None)
        if target is not None:
            target.add(span)
    add_lone_surnames(analysis, clusters, spans, blocked)
    return sorted(clusters, key=lambda c: c.start)


def compatible(a: Name, b: Name) -> bool:
    """Same surname (gender kept), first names equal or one an initial of the other."""
    if fold(a.last) != fold(b.last):
        return False
    fa, fb = fold(a.first), fold(b.first)
    if a.initials or b.initials:
        if fa[:1] != fb[:1]:
            return False
    elif fa != fb:
        return False
    ma, mb = fold(a.middle), fold(b.middle)
    return not (ma and mb and ma[:1] != mb[:1])


def initials_match(analysis: Any, cluster: Cluster, span: NameSpan) -> bool:
    """``Ерохину М.В.`` then ``Марина Ерохина``: the surname form under initials was read in the
    other gender (``Ерохину`` is Ерохин's dative and Ерохина's accusative); the full name decides."""
    a, b = cluster.name, span.name
    if a.initials == b.initials:
        return False
    short = [s for s in cluster.spans if s.name.initials] if a.initials else [span]
    full = b if a.initials else a
    keys = set()
    for s in short:
        words = WORD.findall(analysis.text[s.start : s.stop])
        keys |= {k for w in words if len(w) > 2 for k in surname_keys(w)}
    if fold(full.last) not in keys:
        return False
    init = a if a.initials else b
    if fold(init.first)[:1] != fold(full.first)[:1]:
        return False
    mi, mf = fold(init.middle), fold(full.middle)
    return not (mi and mf and mi[:1] != mf[:1])


def nearest(clusters: list[Cluster], span: NameSpan, written: str = "") -> Cluster | None:
    """The person a partial mention refers to: same surname (or first name), nearest before."""
    name = span.name
    word = written.strip() or name.last or name.first or ""
    keys = surname_keys(word) | surname_keys(name.last or word)
    matches = [c for c in clusters if c.name.last and (fold(c.name.last) in keys or stem(c.name.last) == stem(word))]
    if not matches and not name.last:
        matches = [c for c in clusters if fold(c.name.first) == fold(name.first)]
    if not matches:
        return None
    if len(matches) == 1:
        return matches[0]
    before = [(max((s.start for s in c.spans if s.start < span.start), default=-1), c) for c in matches]
    best = max(before, key=lambda x: x[0])
    if best[0] >= 0:
        return best[1]
    return min(matches, key=lambda c: c.start)


@lru_cache(maxsize=20000)
def surname_keys(word: str) -> frozenset[str]:
    """Nominatives a surname form can stand for: ``Ивановой`` -> иванова; ``Путина`` -> путин, путина."""
    keys = {fold(word)}
    for p in parses(word):
        if "Surn" in p.tag or p.tag.POS in ("NOUN", "ADJF") and "sing" in p.tag:
            grams = {"nomn", "sing"}
            if p.tag.gender in ("masc", "femn") and ("Surn" in p.tag or p.tag.POS == "ADJF"):
                grams.add(p.tag.gender)
            form = p.inflect(grams)
            if form is not None:
                keys.add(fold(form.word))
    return frozenset(keys)


def known_name(word: str) -> bool:
    """A dictionary first name (the guesser's Name for ``Фаяда`` does not count)."""
    return any(p.is_known and "Name" in p.tag for p in parses(word))


@lru_cache(maxsize=20000)
def first_name_key(word: str) -> frozenset[str]:
    """Nominatives a first name form can stand for: ``Марка`` -> марк."""
    keys = set()
    for p in parses(word):
        if "Name" in p.tag and "sing" in p.tag:
            form = p.inflect({"nomn", "sing"})
            keys.add(fold(form.word if form is not None else p.word))
    return frozenset(keys)


def add_lone_surnames(analysis: Any, clusters: list[Cluster], spans: list[NameSpan],
                      blocked: list[tuple[int, int]]) -> None:
    """Capitalized words no span covers that are a known person's surname (``Воробьев дал ...``)
    or full first name (``Марк рассказал ...`` after ``Марк Смит``)."""
    lasts = {fold(c.name.last) for c in clusters if c.name.last}
    stems = {stem(c.name.last) for c in clusters if c.name.last and len(c.name.last) > 3}
    firsts = {fold(c.name.first) for c in clusters if c.name.first and not c.name.initials}
    if not lasts and not firsts:
        return
    taken = [(s.start, s.stop) for c in clusters for s in c.spans] + [(s.start, s.stop) for s in spans]
    for m in WORD.finditer(analysis.text):
        start, stop = m.start(), m.end()
        word = m.group().rstrip("-")
        stop = start + len(word)
        if any(a < stop and start < b for a, b in taken) or any(a <= start and stop <= b for a, b in blocked):
            continue
        first = first_name_key(word) & firsts
        if first:
            if WORD.match(analysis.text, stop + 1) and analysis.text[stop : stop + 1] == " ":
                continue  # ``Марк Твен``: another person's full name
            key = sorted(first)[0]
            name = Name(first=key, middle=None, last=None, gender=None, text=key)
        elif not (surname_keys(word) & lasts or stem(word) in stems) or known_name(word) and not has(word, "Surn"):
            continue
        else:
            name = Name(first=None, middle=None, last=shape(word, word), gender=None, text=shape(word, word))
        token = analysis.token_at(start)
        if token is not None and token.feats.get("Number") == "Plur" and fold(word) not in lasts:
            continue  # ``Рокфеллеров``: the family (``Ливанов`` as written is the person, not Ливан's plural)
        span = NameSpan(start, stop, name, False)
        target = nearest(clusters, span, word)
        if target is not None:
            target.add(span)
            taken.append((start, stop))
