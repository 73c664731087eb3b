"""Organizations and places against the press gold and the NER corpora.

    python benchmarks/orgs_places_check.py [--press DIR] [--corpus factrueval|nerel|none] [--limit N] [-v]

Press gold (``*.gold.json``): a predicted entity matches a gold one when one of its mentions
overlaps an occurrence of one of the gold mention strings, or the names agree after lower-casing
(one-to-one, greedy). Prints P/R/F1, the share of matches whose canonical name equals the gold
(organizations) or whose kind does (places), and the false positives / negatives.

Corpora (``test.jsonl``, ``coarse`` ORG/LOC): overlap F1 of the mentions of the predicted
organizations / places against the gold spans, with natasha's raw NER spans as the baseline;
plus the same without one-adjective mentions (``pp-noadj``: the contract counts ``подмосковном``
as a mention of Московская область, the corpora do not), and the time of the two stages
relative to natasha's pipeline.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from pressparse.analysis import analyze, load_models
from pressparse.extract import Found
from pressparse.extract.meta import extract_meta
from pressparse.extract.organizations import extract_organizations
from pressparse.extract.places import extract_places

PRESS = Path("/work/shared/press")
CORPORA = Path("/work/shared/corpora")


def fold(s: str) -> str:
    return s.lower().replace("ё", "е").replace("“", "«").replace("”", "»").replace('"', "«")


def run_stages(text: str) -> tuple[object, Found, float, float]:
    t0 = time.perf_counter()
    analysis = analyze(text, load_models())
    t1 = time.perf_counter()
    found = Found()
    extract_meta(analysis, found)
    found.places = extract_places(analysis, found)
    found.organizations = extract_organizations(analysis, found)
    t2 = time.perf_counter()
    return analysis, found, t1 - t0, t2 - t1


def occurrences(text: str, strings: list[str]) -> list[tuple[int, int]]:
    spans = []
    for s in strings:
        start = text.find(s)
        while start >= 0:
            spans.append((start, start + len(s)))
            start = text.find(s, start + 1)
    return spans


def match(text: str, predicted: list, gold: list[dict]) -> list[tuple[int, int, bool]]:
    """Greedy one-to-one (pred index, gold index, names equal)."""
    pairs = []
    for i, p in enumerate(predicted):
        spans = [(m.start, m.end) for m in p.mentions]
        for j, g in enumerate(gold):
            same = fold(p.name) == fold(g["name"])
            hits = sum(1 for a, b in spans for c, d in occurrences(text, g["mentions"]) if a < d and c < b)
            if same or hits:
                pairs.append((same, hits, i, j))
    pairs.sort(reverse=True)
    used_p, used_g, out = set(), set(), []
    for same, _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j, same))
    return out


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def press(folder: Path, verbose: bool) -> None:
    totals = {k: [0, 0, 0, 0] for k in ("organizations", "places")}  # tp, pred, gold, agree
    errors: list[str] = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        doc = gold_path.name[: -len(".gold.json")]
        text = (folder / f"{doc}.txt").read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        _, found, _, _ = run_stages(text)
        for field in totals:
            predicted = getattr(found, field)
            golds = gold.get(field, [])
            pairs = match(text, predicted, golds)
            t = totals[field]
            t[0] += len(pairs)
            t[1] += len(predicted)
            t[2] += len(golds)
            for i, j, same in pairs:
                p, g = predicted[i], golds[j]
                if field == "organizations":
                    t[3] += same
                    if not same:
                        errors.append(f"{doc} ORG name  {p.name!r} != gold {g['name']!r}")
                else:
                    ok = p.kind == g.get("type", g.get("kind"))
                    t[3] += ok
                    if not ok:
                        errors.append(f"{doc} LOC kind  {p.name!r} {p.kind} != gold {g.get('type')}")
            matched_p = {i for i, _, _ in pairs}
            matched_g = {j for _, j, _ in pairs}
            tag = "ORG" if field == "organizations" else "LOC"
            for i, p in enumerate(predicted):
                if i not in matched_p:
                    errors.append(f"{doc} {tag} FP    {p.name!r} {[m.text for m in p.mentions][:3]}")
            for j, g in enumerate(golds):
                if j not in matched_g:
                    errors.append(f"{doc} {tag} FN    {g['name']!r} {g['mentions'][:3]}")
    for field, (tp, n_pred, n_gold, agree) in totals.items():
        p, r, f = prf(tp, n_pred, n_gold)
        what = "canonical name = gold" if field == "organizations" else "kind = gold"
        print(f"press {field:13s} P {p:.3f} R {r:.3f} F1 {f:.3f}  (tp {tp}, pred {n_pred}, gold {n_gold}); "
              f"{what}: {agree}/{tp} = {agree / tp if tp else 0:.3f}")
    if verbose:
        print("\n".join(errors))


def overlap_counts(pred: list[tuple[int, int]], gold: list[tuple[int, int]]) -> tuple[int, int]:
    """(predicted spans overlapping some gold span, gold spans overlapped by some prediction)."""
    p_ok = sum(1 for a, b in pred if any(a < d and c < b for c, d in gold))
    g_ok = sum(1 for c, d in gold if any(a < d and c < b for a, b in pred))
    return p_ok, g_ok


def adjective(analysis, start: int, stop: int) -> bool:
    """A one-adjective mention (``подмосковном``): the contract counts it, the NER corpora do not."""
    tokens = analysis.tokens_in(start, stop)
    return len(tokens) == 1 and tokens[0].pos == "ADJ"


def corpus(name: str, limit: int | None) -> None:
    path = CORPORA / name / "test.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    if limit:
        rows = rows[:limit]
    systems = ("pressparse", "pp-noadj", "natasha")
    counts = {(sys, t): [0, 0, 0, 0] for sys in systems for t in ("ORG", "LOC")}
    ner_time = stage_time = 0.0
    for row in rows:
        analysis, found, t_ner, t_stages = run_stages(row["text"])
        ner_time += t_ner
        stage_time += t_stages
        for t, records in (("ORG", found.organizations), ("LOC", found.places)):
            gold = [(e["start"], e["end"]) for e in row["entities"] if e.get("coarse") == t]
            ours = [(m.start, m.end) for r in records for m in r.mentions]
            theirs = [(s.start, s.stop) for s in analysis.spans if s.type == t]
            names = [(a, b) for a, b in ours if not adjective(analysis, a, b)]
            for sys, pred in (("pressparse", ours), ("pp-noadj", names), ("natasha", theirs)):
                p_ok, g_ok = overlap_counts(pred, gold)
                c = counts[(sys, t)]
                c[0] += p_ok
                c[1] += len(pred)
                c[2] += g_ok
                c[3] += len(gold)
    for (sys, t), (p_ok, n_pred, g_ok, n_gold) in counts.items():
        p = p_ok / n_pred if n_pred else 0.0
        r = g_ok / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{name} {t} {sys:10s} P {p:.3f} R {r:.3f} F1 {f:.3f}  (pred {n_pred}, gold {n_gold})")
    print(f"{name} time: natasha pipeline {ner_time:.1f}s, places+organizations {stage_time:.1f}s "
          f"(+{100 * stage_time / ner_time:.1f}%) over {len(rows)} documents")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--press", type=Path, default=PRESS)
    ap.add_argument("--corpus", default="factrueval", help="factrueval, nerel, all or none")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    load_models()
    run_stages("Разогрев: правительство Калининградской области.")  # gazetteer indexes load once
    press(args.press, args.verbose)
    names = ["factrueval", "nerel"] if args.corpus == "all" else [] if args.corpus == "none" else [args.corpus]
    for name in names:
        corpus(name, args.limit)


if __name__ == "__main__":
    main()
