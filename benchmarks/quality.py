"""Quality of pressparse against gold, with natasha and PullEnti in the same run.

Usage::

    python benchmarks/quality.py --shared ../shared [--corpus factrueval|nerel|press|all]
        [--split dev|test] [--limit N] [--show-errors N] [--no-baselines] [--markdown FILE]

It runs the installed ``pressparse`` package and prints Markdown tables. Every matching is
one-to-one and greedy (best candidate pair first). Cells read ``F1 (P / R)``.

Span level (factRuEval-2016, NEREL; ``corpora/README.md``)
    Predicted spans: every mention of pressparse's organizations (ORG), people (PER), places
    (LOC) and its dates (DATE, NEREL only). Gold: the full extents of the entities of each
    coarse type, **scored per type**, so nested gold counts in its own type (``Москвы`` is LOC
    inside the ORG ``мэрии Москвы``); predictions may nest too. *exact*: same offsets;
    *overlap*: any shared character. For factRuEval a second table scores the name-only
    extents natasha's naeval uses (whole Person mentions, ``org_name`` spans of Org,
    ``loc_name`` spans of Location/LocOrg, overlaps removed), also with naeval's per-token
    measure (a token is inside a span of the type or not), comparable to natasha's published
    factRuEval numbers. Predictions are not de-nested for it.

Roles (end to end from each system's own entities)
    Gold: factRuEval Occupation facts (Who + Position; Who + Where), NEREL WORKS_AS
    (PERSON -> PROFESSION) and WORKPLACE (PERSON -> ORGANIZATION); identical span pairs count
    once. A predicted (person, role) pair matches a gold one when any mention of the person
    overlaps a gold Who/arg1 mention and the role's mention overlaps the gold Position/arg2
    span. A predicted (person, organization) pair (the role's linked organization; one per
    person and organization) matches when the person overlaps as above and any mention of the
    organization overlaps a gold Where/arg2 mention.

Documents (``press/*.gold.json``; ``press/SOURCES.md``)
    Gold mentions are strings: all their occurrences in the text (not inside a longer word)
    are located. An organization, person or place matches when a predicted mention overlaps
    a gold one, or else when the lemmatized names mostly agree (lemma Jaccard >= 0.5);
    overlapping pairs are preferred. A role matches when it belongs to the matched person and
    the title lemmas mostly agree; *with organization* also needs its linked organization to
    be the one matched to the gold organization (gold roles without one are left out). A date
    span matches when the spans overlap; a date value when the span overlaps and the ISO values
    are equal. An obligation matches when the action lemmas mostly agree (Jaccard >= 0.5);
    *with parties* also needs the set of matched party names to equal gold's. An agreement
    matches when its kind is equal and the subject lemmas mostly agree or the matched parties
    equal gold's. Canonical names: of the matched entities, how many have exactly the gold
    name (places: also how many have the gold kind). Fields a system does not produce show --.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import baselines  # noqa: E402
import corpora  # noqa: E402
from scoring import (  # noqa: E402
    Agreement,
    Date,
    Entity,
    Facts,
    Obligation,
    Role,
    Score,
    any_overlap,
    flat_ceiling,
    greedy_match,
    score_document,
    score_of,
    score_spans,
    score_tokens,
)
from systems import System, lemmatize, predict, systems  # noqa: E402

MODES = ("exact", "overlap")


def cell(score: Score | None) -> str:
    if score is None:
        return "--"
    return f"{score.f1:.3f} ({score.precision:.3f} / {score.recall:.3f})"


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)] + ["| " + " | ".join(r) + " |" for r in rows]


def context(text: str, s: tuple[int, int], width: int = 40) -> str:
    left = text[max(0, s[0] - width):s[0]].replace("\n", " ")
    right = text[s[1]:s[1] + width].replace("\n", " ")
    return f"…{left}[[{text[s[0]:s[1]]}]]{right}…"


# ---------------------------------------------------------------- corpora


def role_pairs(facts: Facts, per_mention: bool = False) -> tuple[list, list]:
    """(person spans, role spans) and (person spans, organization spans) of a system's output.

    NEREL relates each mention of a position to its person (``министр X`` said twice is two
    WORKS_AS), so there each phrase stating a role is one pair; a factRuEval Occupation fact is
    said once per person and position, so there a role is one pair with all its phrases."""
    if facts.roles is None:
        return [], []
    people = {e.key: e for e in facts.people}
    orgs = {e.key: e for e in facts.organizations}
    positions, workplaces = {}, {}
    for r in facts.roles:
        person = people.get(r.person)
        if person is None:
            continue
        said = r.spans or ([r.span] if r.span else [])
        for where in (said if per_mention else [said[0]] if said else []):
            positions.setdefault((r.person, where), (person.spans, [where] if per_mention else said))
        if r.organization in orgs:
            workplaces.setdefault((r.person, r.organization), (person.spans, orgs[r.organization].spans))
    return list(positions.values()), list(workplaces.values())


def match_pairs(gold: list, pred: list) -> Score:
    pairs = greedy_match(gold, pred, lambda g, p: float(any_overlap(g[0], p[0]) and any_overlap(g[1], p[1])))
    return score_of(pairs, len(gold), len(pred))


def evaluate_corpus(args, runs: dict[str, System], corpus: str, split: str, out: list[str], timings: dict) -> None:
    docs = corpora.read_corpus(args.shared, corpus, split, args.limit)
    texts = [d["text"] for d in docs]
    preds = predict(runs, texts, f"{corpus}/{split}", timings, args.cache)
    names = list(runs)
    types = corpora.TYPES[corpus]
    title = {"factrueval": "factRuEval-2016", "nerel": "NEREL v1.1"}[corpus]
    out += ["", f"### {title} {split}: spans ({len(docs)} documents, full gold extents)", ""]
    rows = []
    for coarse in types:
        for mode in MODES:
            scores = {n: Score() for n in names}
            gold_total = ceiling = 0
            for i, doc in enumerate(docs):
                gold = corpora.gold_spans(doc, coarse)
                gold_total += len(set(gold))
                ceiling += flat_ceiling(gold)
                for n in names:
                    scores[n] = scores[n] + score_spans(gold, preds[n][i].spans(coarse), mode)
            flat = f"{ceiling / gold_total:.3f}" if gold_total else "--"
            rows.append([coarse, mode, str(gold_total), flat] + [cell(scores[n]) for n in names])
    out += table(["type", "match", "gold", "flat recall ceiling"] + names, rows)

    if corpus == "factrueval":
        out += ["", f"### {title} {split}: spans, name-only extents (naeval)", ""]
        rows = []
        for coarse in types:
            for mode in MODES + ("token",):
                scores = {n: Score() for n in names}
                for i, doc in enumerate(docs):
                    gold = corpora.name_only_spans(doc)[coarse]
                    for n in names:
                        pred = preds[n][i].spans(coarse)
                        s = score_tokens(doc["text"], gold, pred) if mode == "token" else score_spans(gold, pred, mode)
                        scores[n] = scores[n] + s
                rows.append([coarse, mode] + [cell(scores[n]) for n in names])
        out += table(["type", "match"] + names, rows)

    rows = []
    for label, which in (("person - position", 0), ("person - organization", 1)):
        scores: dict[str, Score | None] = {n: Score() for n in names}
        gold_total = 0
        for i, doc in enumerate(docs):
            gold = corpora.gold_roles(doc, corpus)[which]
            gold_total += len(gold)
            for n in names:
                if preds[n][i].roles is None:
                    scores[n] = None
                elif scores[n] is not None:
                    scores[n] = scores[n] + match_pairs(gold, role_pairs(preds[n][i], corpus == "nerel")[which])
        rows.append([label, str(gold_total)] + [cell(scores[n]) for n in names])
    relation = "Occupation" if corpus == "factrueval" else "WORKS_AS / WORKPLACE"
    out += ["", f"### {title} {split}: roles ({relation})", ""] + table(["pair", "gold"] + names, rows)

    if args.show_errors and "pressparse" in preds:
        show_span_errors(docs, preds["pressparse"], types, args.show_errors, f"{corpus}/{split}")
        show_role_errors(docs, preds["pressparse"], corpus, args.show_errors, f"{corpus}/{split}")


def show_role_errors(docs: list[dict], preds: list[Facts], corpus: str, n: int, label: str) -> None:
    """Unmatched (person, position) and (person, organization) pairs, each with its sentence."""

    def show(text: str, who: list, target: list) -> str:
        t = target[0]
        w = min(who, key=lambda s: abs(s[0] - t[0]))  # the mention nearest the role
        lo, hi = min(w[0], t[0]), max(w[1], t[1])
        if hi - lo > 160:
            return f"{text[w[0]:w[1]]!r} -> {context(text, t)}"
        return f"{text[w[0]:w[1]]!r} -> {text[t[0]:t[1]]!r}: {context(text, (lo, hi), 30)}"

    for pair, which in (("person - position", 0), ("person - organization", 1)):
        missed, spurious = [], []
        for doc, facts in zip(docs, preds):
            gold = corpora.gold_roles(doc, corpus)[which]
            pred = role_pairs(facts, corpus == "nerel")[which]
            pairs = greedy_match(gold, pred, lambda g, p: float(any_overlap(g[0], p[0]) and any_overlap(g[1], p[1])))
            gi, pj = {i for i, _ in pairs}, {j for _, j in pairs}
            missed += [(doc["id"], show(doc["text"], *g)) for i, g in enumerate(gold) if i not in gi]
            spurious += [(doc["id"], show(doc["text"], *p)) for j, p in enumerate(pred) if j not in pj]
        print(f"\n## pressparse {label} {pair}: {len(spurious)} false positives, {len(missed)} false negatives")
        for what, items in (("FP", spurious), ("FN", missed)):
            for doc_id, ctx in items[:n]:
                print(f"  {what} {doc_id}: {ctx}")


def show_span_errors(docs: list[dict], preds: list[Facts], types, n: int, label: str) -> None:
    from scoring import match_spans

    for coarse in types:
        missed, spurious = [], []
        for doc, facts in zip(docs, preds):
            gold = sorted(set(corpora.gold_spans(doc, coarse)))
            pred = sorted(set(facts.spans(coarse)))
            pairs = match_spans(gold, pred, "overlap")
            gi, pj = {i for i, _ in pairs}, {j for _, j in pairs}
            missed += [(doc["id"], context(doc["text"], g)) for i, g in enumerate(gold) if i not in gi]
            spurious += [(doc["id"], context(doc["text"], p)) for j, p in enumerate(pred) if j not in pj]
        print(f"\n## pressparse {label} {coarse}: {len(spurious)} false positives, {len(missed)} false negatives (overlap)")
        for what, items in (("FP", spurious), ("FN", missed)):
            for doc_id, ctx in items[:n]:
                print(f"  {what} {doc_id}: {ctx}")


# ---------------------------------------------------------------- press releases

FIELDS = (
    "organizations", "people", "roles", "roles with organization", "date spans", "date values",
    "places", "obligations", "obligations with parties", "agreements", "agreements with parties and signatories",
)


def evaluate_press(args, runs: dict[str, System], out: list[str], timings: dict) -> None:
    items = corpora.read_press(args.shared, args.limit)
    texts = [text for _, text, _ in items]
    preds = predict(runs, texts, "press", timings, args.cache)
    names = list(runs)
    totals: dict[str, dict[str, Score | None]] = {n: {f: Score() for f in FIELDS} for n in names}
    exact: dict[str, dict[str, Score]] = {n: {} for n in names}
    gold_counts = {f: 0 for f in FIELDS}
    for i, (doc_id, text, gold_json) in enumerate(items):
        gold = corpora.press_facts(text, gold_json)
        for n in names:
            result = score_document(gold, preds[n][i], lemmatize)
            for f in FIELDS:
                s = result.fields.get(f)
                if n == names[0] and s is not None:
                    gold_counts[f] += s.gold
                totals[n][f] = None if s is None or totals[n][f] is None else totals[n][f] + s
            for f, s in result.exact_names.items():
                exact[n][f] = exact[n].get(f, Score()) + s
            if args.show_errors and n == "pressparse":
                show_document_errors(doc_id, text, result, args.show_errors)
    out += ["", f"### Press releases: documents ({len(items)} releases)", ""]
    out += table(["field", "gold"] + names, [[f, str(gold_counts[f])] + [cell(totals[n][f]) for n in names] for f in FIELDS])
    rows = []
    for f in ("organizations", "people", "places", "place kinds"):
        label = "place kind right" if f == "place kinds" else f"{f}: canonical name exact"
        rows.append([label] + [share(exact[n].get(f)) for n in names])
    out += ["", "Of the matched entities, the share with exactly the gold name (places: the gold kind):", ""]
    out += table(["", *names], rows)


def share(score: Score | None) -> str:
    if score is None or not score.gold:
        return "--"
    return f"{score.tp / score.gold:.3f} ({score.tp}/{score.gold})"


def show_document_errors(doc_id: str, text: str, result, n: int) -> None:
    def describe(x) -> str:
        if isinstance(x, Entity):
            return f"{x.name!r} {[text[s:e] for s, e in x.spans[:3]]}"
        if isinstance(x, Role):
            return f"{x.person}: {x.title!r} @ {x.organization}"
        if isinstance(x, Date):
            return f"{x.text!r} = {x.value}"
        if isinstance(x, Obligation):
            return f"{x.action!r} by {x.parties}"
        if isinstance(x, Agreement):
            return f"{x.kind} {x.subject!r} {x.parties}"
        return repr(x)

    for field_name, (missed, spurious) in result.errors.items():
        for what, items in (("FN", missed), ("FP", spurious)):
            for x in items[:n]:
                print(f"  {doc_id} {field_name} {what}: {describe(x)}")


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"), help="the folder with corpora/ and press/")
    ap.add_argument("--corpus", choices=("factrueval", "nerel", "press", "all"), default="all")
    ap.add_argument("--split", choices=("dev", "test"), help="default: dev and test")
    ap.add_argument("--limit", type=int, help="first N documents of each split")
    ap.add_argument("--show-errors", type=int, default=0, metavar="N", help="print N false positives and negatives of pressparse per type")
    ap.add_argument("--no-baselines", action="store_true", help="pressparse only")
    ap.add_argument("--markdown", type=Path, help="also write the tables to this file")
    ap.add_argument("--systems", default="pressparse,natasha,pullenti", help="comma-separated subset to run")
    ap.add_argument("--cache", type=Path, help="keep the baselines' outputs in this folder between runs")
    args = ap.parse_args(argv)

    runs = systems(args)
    out: list[str] = []
    timings: dict[str, list] = {}
    corpus_list = corpora.CORPORA if args.corpus == "all" else (() if args.corpus == "press" else (args.corpus,))
    for corpus in corpus_list:
        for split in [args.split] if args.split else ["dev", "test"]:
            evaluate_corpus(args, runs, corpus, split, out, timings)
    if args.corpus in ("press", "all"):
        evaluate_press(args, runs, out, timings)
    out += ["", "Speed in this run (one process, after a warm-up document; baselines read from --cache are not timed):", ""]
    out += table(["system", "documents", "docs/s"], [[n, str(d), (f"{d / s:.2f}" if d / s < 10 else f"{d / s:.1f}") if s else "--"] for n, (d, s) in timings.items()])
    if baselines.FALLBACKS:
        out += ["", f"PullEnti's ADDRESS analyzer failed on {len(baselines.FALLBACKS)} documents: they ran without it."]
    if baselines.FAILURES:
        out += ["", f"PullEnti failed on {len(baselines.FAILURES)} documents (scored as empty): {sorted(set(baselines.FAILURES))[:3]}"]
    text = "\n".join(out).strip() + "\n"
    print(text)
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
