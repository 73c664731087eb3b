"""Syntax helpers shared by the agreements and obligations layers.

They read the natasha dependency parse kept in :class:`~pressparse.analysis.Analysis` tokens:
children of a token, its subtree as a text span, clause units (sentences split again at line
breaks, since a headline often runs into the next line), and the records of earlier stages
whose mentions fall inside a span.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ..analysis import Analysis
from ..analysis.doc import Token

FUTURE_AUX = {"будет", "будут", "буду", "будем", "будете", "будешь"}
NEGATION = {"не", "ни"}
CLAUSE_STARTS = {"что", "который", "которая", "которое", "которые", "чтобы", "где", "когда", "а", "но"}
PLACE_RANK = {"city": 0, "district": 1, "other": 2, "region": 3, "country": 4}


def lemma(token: Token) -> str:
    """Lower-case lemma with ё folded; upper-case words (headlines) are lemmatized again."""
    value = token.lemma.lower()
    if token.text.isupper() and len(token.text) > 1:
        from ..analysis.morph import vocab

        parses = vocab()(token.text.lower())
        value = parses[0].normal if parses else token.text.lower()
    return value.replace("ё", "е")


@dataclass(slots=True)
class Entity:
    """A mention of an earlier stage's record: ``kind`` is ``org``, ``per`` or ``loc``."""

    id: str
    kind: str
    start: int
    end: int
    record: Any


DASHES = {"-", "–", "−", "‒", "―"}


class Syntax:
    """Children lists, clause units and entity mentions of one analysed document."""

    def __init__(self, analysis: Analysis, found: Any) -> None:
        self.analysis = analysis
        # the tree, units and lemmas depend on the text alone: the agreements and obligations layers share them
        base = analysis.memo.get("syntax")
        if base is None:
            base = analysis.memo["syntax"] = parse_tree(analysis)
        self.tokens, self.children, self.units, self.unit_of, self.lemmas, quotes = base
        self.entities = collect_entities(found)
        self.dates = list(found.dates)
        self.quotes = list(quotes)

    # --- tree ---------------------------------------------------------------------------
    def kids(self, i: int, *rels: str) -> list[Token]:
        out = [self.tokens[c] for c in self.children[i]]
        return [t for t in out if not rels or t.rel in rels or t.rel.split(":")[0] in rels]

    def subtree(self, i: int, skip: set[int] | None = None) -> list[int]:
        """Indices of ``i`` and its descendants inside its clause unit, sorted."""
        unit = self.unit_of[i]
        seen, stack = {i}, [i]
        while stack:
            j = stack.pop()
            for c in self.children[j]:
                if c not in seen and self.unit_of[c] == unit and not (skip and c in skip):
                    seen.add(c)
                    stack.append(c)
        return sorted(seen)

    def left_entities(self, token: Token, *kinds: str) -> list[Entity]:
        """Entities between the start of the clause and ``token``: a linear subject."""
        first = self.units[self.unit_of[token.index]][0]
        i = token.index - 1
        while i >= first:
            t = self.tokens[i]
            if t.text in ".;:!?" or t.text.lower() in CLAUSE_STARTS:
                break
            if t.text == "," and self.entity_at(t.start, t.stop) is None:
                break
            if t.pos == "VERB" and t.feats.get("VerbForm") == "Fin":
                break
            i -= 1
        start = self.tokens[i + 1].start if i + 1 < token.index else token.start
        return self.entities_in(start, token.start, *kinds)

    def future(self, token: Token) -> bool:
        """Future tense: a perfective future form, or a verb with будет/будут."""
        if token.feats.get("Tense") == "Fut":
            return True
        return any(k.text.lower() in FUTURE_AUX for k in self.kids(token.index, "aux"))

    def negated(self, token: Token) -> bool:
        """A particle не/ни right before the word or among its children."""
        if any(k.text.lower() in NEGATION for k in self.kids(token.index, "advmod")):
            return True
        i = token.index - 1
        while i >= 0 and self.tokens[i].pos == "AUX":
            i -= 1
        return i >= 0 and self.tokens[i].text.lower() in NEGATION

    def quoted(self, token: Token) -> bool:
        """Inside a long «...» quotation: direct speech, not the release's own statement."""
        return any(s <= token.start < e for s, e in self.quotes)

    # --- entities -----------------------------------------------------------------------
    def entities_in(self, start: int, end: int, *kinds: str) -> list[Entity]:
        return [e for e in self.entities if start <= e.start and e.end <= end and (not kinds or e.kind in kinds)]

    def entity_at(self, start: int, end: int, *kinds: str) -> Entity | None:
        """The entity whose mention overlaps [start, end)."""
        for e in self.entities:
            if e.start < end and start < e.end and (not kinds or e.kind in kinds):
                return e
        return None

    def unit_span(self, i: int) -> tuple[int, int]:
        first, last = self.units[self.unit_of[i]]
        return self.tokens[first].start, self.tokens[last - 1].stop


def parse_tree(analysis: Analysis) -> tuple:
    """Tokens (dashes unified), children lists, clause units, each token's unit, lemmas and speech quotes."""
    # a spaced hyphen or en dash (" - ", " – ") is the dash the rules read as "—"
    tokens = [replace(t, text="—") if t.text in DASHES and t.pos == "PUNCT" else t for t in analysis.tokens]
    children: list[list[int]] = [[] for _ in tokens]
    for token in tokens:
        if token.head >= 0:
            children[token.head].append(token.index)
    units = list(split_units(analysis))
    unit_of = [0] * len(tokens)
    for number, (first, last) in enumerate(units):
        for i in range(first, last):
            unit_of[i] = number
    return tokens, children, units, unit_of, [lemma(t) for t in tokens], quoted_spans(analysis.norm)


def split_units(analysis: Analysis):
    """Sentences as token ranges, split again where a line break separates two tokens."""
    tokens = analysis.tokens
    for sent in analysis.sents:
        first = sent.first
        for i in range(sent.first + 1, sent.last):
            if "\n" in analysis.text[tokens[i - 1].stop : tokens[i].start]:
                yield first, i
                first = i
        if first < sent.last:
            yield first, sent.last


def collect_entities(found: Any) -> list[Entity]:
    out: list[Entity] = []
    for kind, records in (("org", found.organizations), ("per", found.people), ("loc", found.places)):
        for record in records:
            for m in record.mentions:
                out.append(Entity(record.id, kind, m.start, m.end, record))
    out.sort(key=lambda e: (e.start, -e.end))
    return out


def quoted_spans(norm: str, min_length: int = 40) -> list[tuple[int, int]]:
    """«...» spans long enough to be speech rather than a name; an unclosed quote runs to the end."""
    spans, depth, start = [], 0, 0
    for i, c in enumerate(norm):
        if c == "«":
            if depth == 0:
                start = i
            depth += 1
        elif c == "»" and depth:
            depth -= 1
            if depth == 0 and i - start >= min_length:
                spans.append((start, i + 1))
    if depth and len(norm) - start >= min_length:
        spans.append((start, len(norm)))
    return spans


def span_text(analysis: Analysis, indices: list[int]) -> tuple[int, int]:
    """Character span from the first to the last token of ``indices``."""
    tokens = analysis.tokens
    return tokens[min(indices)].start, tokens[max(indices)].stop


def dedupe(ids: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(ids))


def headline(analysis: Analysis, found: Any, first: int, last: int) -> bool:
    """The first clause unit is the release's title line."""
    if not found.title or last - first < 1:
        return False
    text = analysis.text[analysis.tokens[first].start : analysis.tokens[last - 1].stop]
    return text.strip() == found.title.strip() or found.title.strip().startswith(text.strip())
