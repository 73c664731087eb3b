"""Pure scoring functions shared by the benchmark scripts (no models, no corpora).

Spans are ``(start, end)`` pairs of character offsets, end exclusive. Every matching here is
one-to-one and greedy: candidate (gold, predicted) pairs are ranked by a weight (the overlap
length for spans, a similarity for records) and taken best first while both sides are free.
Records to compare are the small dataclasses below (:class:`Facts`), built by the readers
(``corpora.py``), the baseline adapters (``baselines.py``) and ``quality.py`` for pressparse.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

SpanT = tuple[int, int]
Lemmatize = Callable[[str], Sequence[str]]

AGREE = 0.5  # lemma Jaccard at which two names, titles or actions "mostly agree"


# ---------------------------------------------------------------- counts


@dataclass
class Score:
    """True positives, false positives, false negatives; P, R, F1 derived."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp


def score_of(pairs: Sequence[tuple[int, int]], n_gold: int, n_pred: int) -> Score:
    return Score(tp=len(pairs), fp=n_pred - len(pairs), fn=n_gold - len(pairs))


# ---------------------------------------------------------------- matching


def greedy_match(
    gold: Sequence, pred: Sequence, weight: Callable[[object, object], float]
) -> list[tuple[int, int]]:
    """One-to-one matching: pairs with weight > 0, heaviest first; returns (gold i, pred j)."""
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            w = weight(g, p)
            if w > 0:
                candidates.append((-w, i, j))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def overlap(a: SpanT, b: SpanT) -> int:
    """Characters shared by two spans (0 when they do not overlap)."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def any_overlap(a: Iterable[SpanT], b: Iterable[SpanT]) -> bool:
    b = list(b)
    return any(overlap(x, y) for x in a for y in b)


def overlap_weight(g: SpanT, p: SpanT) -> float:
    """The overlap length, less a tie-breaker (< 1) for extents further apart."""
    shared = overlap(g, p)
    if not shared:
        return 0.0
    distance = abs(g[0] - p[0]) + abs(g[1] - p[1])
    return shared - distance / (1 + distance)


def match_spans(gold: Sequence[SpanT], pred: Sequence[SpanT], mode: str = "exact") -> list[tuple[int, int]]:
    """``exact``: equal offsets; ``overlap``: any shared character, larger overlaps first."""
    if mode == "exact":
        return greedy_match(gold, pred, lambda g, p: 1.0 if g == p else 0.0)
    if mode == "overlap":
        # prefer the largest overlap, then the closest extents
        return greedy_match(gold, pred, overlap_weight)
    raise ValueError(f"mode is exact or overlap, not {mode!r}")


def score_spans(gold: Sequence[SpanT], pred: Sequence[SpanT], mode: str = "exact") -> Score:
    """P/R/F1 counts of predicted spans against gold spans (duplicates removed first)."""
    gold, pred = sorted(set(gold)), sorted(set(pred))
    return score_of(match_spans(gold, pred, mode), len(gold), len(pred))


WORD = re.compile(r"\w+|[^\w\s]")


def token_spans(text: str) -> list[SpanT]:
    return [m.span() for m in WORD.finditer(text)]


def score_tokens(text: str, gold: Sequence[SpanT], pred: Sequence[SpanT]) -> Score:
    """naeval's measure: each token is inside a span of the type or not (IO tags), scored per token."""
    def inside(spans: Sequence[SpanT]) -> list[bool]:
        return [any(s <= a and b <= e for s, e in spans) for a, b in tokens]

    tokens = token_spans(text)
    g, p = inside(gold), inside(pred)
    return Score(
        tp=sum(x and y for x, y in zip(g, p)),
        fp=sum(y and not x for x, y in zip(g, p)),
        fn=sum(x and not y for x, y in zip(g, p)),
    )


def drop_overlapping(spans: Iterable[SpanT]) -> list[SpanT]:
    """Keep the earliest (then longest) span of each overlapping group, as naeval does."""
    kept: list[SpanT] = []
    for span in sorted(set(spans), key=lambda s: (s[0], -s[1])):
        if not kept or kept[-1][1] <= span[0]:
            kept.append(span)
    return kept


def flat_ceiling(spans: Iterable[SpanT]) -> int:
    """The most gold spans a system with flat output (no two predicted spans overlap) can match
    one to one: the largest set of pairwise disjoint spans, taken greedily by their end. Nested
    gold (``министерство культуры`` inside ``министерство культуры Польши``) caps such a system."""
    count, end = 0, None
    for start, stop in sorted(set(spans), key=lambda s: (s[1], s[0])):
        if end is None or start >= end:
            count, end = count + 1, stop
    return count


# ---------------------------------------------------------------- lemmas


def jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    a, b = set(a), set(b)
    return len(a & b) / len(a | b) if a | b else 0.0


def agree(a: str | None, b: str | None, lemmatize: Lemmatize, threshold: float = AGREE) -> float:
    """Lemma Jaccard of two phrases when it reaches ``threshold``, else 0."""
    if not a or not b:
        return 0.0
    j = jaccard(lemmatize(a), lemmatize(b))
    return j if j >= threshold else 0.0


def plain_lemmas(text: str) -> list[str]:
    """A lemmatizer for tests and fallbacks: lowercased words, ё as е."""
    return [w.lower().replace("ё", "е") for w in re.findall(r"\w+", text)]


# ---------------------------------------------------------------- document records


@dataclass
class Entity:
    """An organization, person or place: its name and every mention span."""

    key: str  # unique within one Facts: "org1", "per2", "loc3", or a gold name
    name: str
    spans: list[SpanT] = field(default_factory=list)
    kind: str | None = None  # places: country/region/city/district/other


@dataclass
class Role:
    person: str  # Entity.key of the person
    title: str
    organization: str | None = None  # Entity.key of the organization
    span: SpanT | None = None
    spans: list[SpanT] = field(default_factory=list)  # every phrase stating the role (span first)


@dataclass
class Date:
    spans: list[SpanT]  # a prediction has one span; a gold date every occurrence of its text
    value: str | None
    text: str = ""


@dataclass
class Obligation:
    action: str
    parties: list[str] = field(default_factory=list)  # Entity keys
    span: SpanT | None = None


@dataclass
class Agreement:
    kind: str
    subject: str | None = None
    parties: list[str] = field(default_factory=list)
    signatories: list[str] = field(default_factory=list)


@dataclass
class Facts:
    """What one system found in (or the gold says about) one document."""

    text: str
    organizations: list[Entity] = field(default_factory=list)
    people: list[Entity] = field(default_factory=list)
    places: list[Entity] = field(default_factory=list)
    roles: list[Role] | None = field(default_factory=list)  # None: not attempted
    dates: list[Date] = field(default_factory=list)
    obligations: list[Obligation] | None = field(default_factory=list)  # None: not attempted
    agreements: list[Agreement] | None = field(default_factory=list)
    durations: list[SpanT] = field(default_factory=list)  # lengths of time: NEREL DATE, not the press dates
    unresolved_dates: list[SpanT] = field(default_factory=list)  # dates needing a publication date: NEREL DATE too

    def spans(self, coarse: str) -> list[SpanT]:
        """Every predicted span of a coarse type: ORG, PER, LOC, DATE (dates, unresolved dates and
        durations; adjacent unresolved ones join like dates of one value: ``в среду, 9 июня``)."""
        if coarse == "DATE":
            unresolved = [Date([s], UNRESOLVED) for s in self.unresolved_dates]
            return joined_dates(self.dates) + joined_dates(unresolved) + self.durations
        group = {"ORG": self.organizations, "PER": self.people, "LOC": self.places}[coarse]
        return [s for e in group for s in e.spans]


JOIN_GAP = 3  # "В среду, 27 марта 2019 года": at most ", " between two mentions of one date
UNRESOLVED = "?"  # the shared value of unresolved dates: adjacent ones would resolve to one value


def joined_dates(dates: Sequence[Date]) -> list[SpanT]:
    """Date spans, with adjacent mentions of the same value joined into one (NEREL annotates
    ``В среду, 27 марта 2019 года`` as one DATE; pressparse gives the weekday and the date)."""
    items = sorted(((s, d.value) for d in dates for s in d.spans), key=lambda item: item[0])
    out: list[tuple[SpanT, str | None]] = []
    for span, value in items:
        if out and value is not None and out[-1][1] == value and 0 <= span[0] - out[-1][0][1] <= JOIN_GAP:
            out[-1] = ((out[-1][0][0], span[1]), value)
        else:
            out.append((span, value))
    return [span for span, _ in out]


def entity_weight(lemmatize: Lemmatize) -> Callable[[Entity, Entity], float]:
    """Overlapping mentions beat agreeing names; both rank by name agreement."""
    def weight(g: Entity, p: Entity) -> float:
        names = jaccard(lemmatize(g.name), lemmatize(p.name))
        if any_overlap(g.spans, p.spans):
            return 2.0 + names
        return names if names >= AGREE else 0.0

    return weight


def match_entities(gold: Sequence[Entity], pred: Sequence[Entity], lemmatize: Lemmatize) -> list[tuple[int, int]]:
    return greedy_match(gold, pred, entity_weight(lemmatize))


def key_map(gold: Sequence[Entity], pred: Sequence[Entity], pairs: Iterable[tuple[int, int]]) -> dict[str, str]:
    """Predicted entity key -> matched gold entity key."""
    return {pred[j].key: gold[i].key for i, j in pairs}


@dataclass
class DocScores:
    """Per-field counts of one document (fields a system does not attempt stay None)."""

    fields: dict[str, Score | None] = field(default_factory=dict)
    exact_names: dict[str, Score] = field(default_factory=dict)  # tp = exact canonical name, of matched
    errors: dict[str, tuple[list, list]] = field(default_factory=dict)  # field -> (missed gold, spurious pred)


def distinct_dates(dates: Sequence[Date]) -> list[Date]:
    """One date per distinct (surface string, value), with all its spans: the press gold lists
    each distinct date string once (``press/SOURCES.md``), so a repeated date is no extra item."""
    merged: dict[tuple[str, str | None], Date] = {}
    for d in dates:
        key = (d.text, d.value)
        if key in merged:
            merged[key].spans.extend(d.spans)
        else:
            merged[key] = Date(list(d.spans), d.value, d.text)
    return list(merged.values())


def score_document(gold: Facts, pred: Facts, lemmatize: Lemmatize) -> DocScores:
    """Document-level scores of ``pred`` against ``gold`` (see quality.py's docstring)."""
    out = DocScores()
    keys: dict[str, str] = {}

    def record(name: str, g: Sequence, p: Sequence, pairs: list[tuple[int, int]]) -> None:
        out.fields[name] = score_of(pairs, len(g), len(p))
        gi = {i for i, _ in pairs}
        pj = {j for _, j in pairs}
        out.errors[name] = ([x for i, x in enumerate(g) if i not in gi], [x for j, x in enumerate(p) if j not in pj])

    for name in ("organizations", "people", "places"):
        g, p = getattr(gold, name), getattr(pred, name)
        pairs = match_entities(g, p, lemmatize)
        record(name, g, p, pairs)
        keys.update(key_map(g, p, pairs))
        out.exact_names[name] = Score(tp=sum(g[i].name == p[j].name for i, j in pairs), fp=0,
                                      fn=sum(g[i].name != p[j].name for i, j in pairs))
        if name == "places":  # over the places the system gives a kind
            kinds = [(g[i].kind, p[j].kind) for i, j in pairs if p[j].kind is not None]
            out.exact_names["place kinds"] = Score(tp=sum(a == b for a, b in kinds), fp=0,
                                                   fn=sum(a != b for a, b in kinds))

    def role_weight(with_org: bool) -> Callable[[Role, Role], float]:
        def weight(g: Role, p: Role) -> float:
            if keys.get(p.person) != g.person:
                return 0.0
            if with_org and (g.organization is None or keys.get(p.organization or "") != g.organization):
                return 0.0
            return agree(g.title, p.title, lemmatize)

        return weight

    if pred.roles is None or gold.roles is None:
        out.fields["roles"] = out.fields["roles with organization"] = None
    else:
        record("roles", gold.roles, pred.roles, greedy_match(gold.roles, pred.roles, role_weight(False)))
        g_org = [r for r in gold.roles if r.organization]
        p_org = [r for r in pred.roles if r.organization]
        record("roles with organization", g_org, p_org, greedy_match(g_org, p_org, role_weight(True)))

    def date_weight(with_value: bool) -> Callable[[Date, Date], float]:
        def weight(g: Date, p: Date) -> float:
            if with_value and g.value != p.value:
                return 0.0
            return max((overlap(a, b) for a in g.spans for b in p.spans), default=0)

        return weight

    dates = distinct_dates(pred.dates)
    record("date spans", gold.dates, dates, greedy_match(gold.dates, dates, date_weight(False)))
    record("date values", gold.dates, dates, greedy_match(gold.dates, dates, date_weight(True)))

    if pred.obligations is None or gold.obligations is None:
        out.fields["obligations"] = out.fields["obligations with parties"] = None
    else:
        def obligation_weight(with_parties: bool) -> Callable[[Obligation, Obligation], float]:
            def weight(g: Obligation, p: Obligation) -> float:
                if with_parties and {keys.get(k, "?" + k) for k in p.parties} != set(g.parties):
                    return 0.0
                return agree(g.action, p.action, lemmatize)

            return weight

        go, po = gold.obligations, pred.obligations
        record("obligations", go, po, greedy_match(go, po, obligation_weight(False)))
        record("obligations with parties", go, po, greedy_match(go, po, obligation_weight(True)))

    if pred.agreements is None or gold.agreements is None:
        out.fields["agreements"] = None
    else:
        def agreement_weight(g: Agreement, p: Agreement) -> float:
            if g.kind.lower() != p.kind.lower():
                return 0.0
            parties = bool(g.parties) and {keys.get(k, "?" + k) for k in p.parties} == set(g.parties)
            subject = agree(g.subject, p.subject, lemmatize)
            return (1.0 if parties else 0.0) + subject

        def agreement_sides(g: Agreement, p: Agreement) -> float:
            """Kind and the very parties and signatories (the strict reading of a signing)."""
            if g.kind.lower() != p.kind.lower() or {keys.get(k, "?" + k) for k in p.parties} != set(g.parties):
                return 0.0
            return 1.0 if {keys.get(k, "?" + k) for k in p.signatories} == set(g.signatories) else 0.0

        ga, pa = gold.agreements, pred.agreements
        record("agreements", ga, pa, greedy_match(ga, pa, agreement_weight))
        record("agreements with parties and signatories", ga, pa, greedy_match(ga, pa, agreement_sides))
    return out
