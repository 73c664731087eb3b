"""Dates layer against the gold: P/R/F1 of date spans and values, and the layer's time share.

    python benchmarks/dates_check.py [PRESS_DIR] [--nerel PATH]

Press gold lists each distinct surface string once, so both sides are compared as sets of
``text`` (spans) and ``(text, value)`` (values) per document. ``--nerel`` adds the overlap
P/R/F1 of DATE entities of a NEREL JSON Lines file (any overlap counts; NEREL extents
include durations such as ``почти 20 лет`` that the contract does not count as dates).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import time


def prf(tp: int, n_pred: int, n_gold: int) -> str:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P={p:.3f} R={r:.3f} F1={f:.3f} (tp={tp} pred={n_pred} gold={n_gold})"


def timed(spent: list[float], fn):  # type: ignore[no-untyped-def]
    def run(*args):  # type: ignore[no-untyped-def]
        began = time.perf_counter()
        try:
            return fn(*args)
        finally:
            spent[0] += time.perf_counter() - began

    run.__name__ = fn.__name__
    return run


def check_press(folder: str) -> None:
    import pressparse.parser as pipeline
    from pressparse import Parser

    parser = Parser(strict=True)
    parser.parse("Прогрев: 8 июня 2017 года.")  # models load outside the timing
    layer = [0.0]
    pipeline.STAGES = tuple((f, timed(layer, s) if f == "dates" else s) for f, s in pipeline.STAGES)
    pipeline.find_published = timed(layer, pipeline.find_published)
    began = time.perf_counter()
    spans = [0, 0, 0]
    values = [0, 0, 0]
    published = [0, 0]
    for path in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        gold = json.load(open(path.replace(".txt", ".gold.json"), encoding="utf-8"))
        doc = parser.parse(open(path, encoding="utf-8").read(), id=os.path.basename(path))
        got_v = {(d.text, d.value) for d in doc.dates}
        gold_v = {(d["text"], d["value"]) for d in gold.get("dates", [])}
        got_s, gold_s = {t for t, _ in got_v}, {t for t, _ in gold_v}
        for acc, got, want in ((spans, got_s, gold_s), (values, got_v, gold_v)):
            acc[0] += len(got & want)
            acc[1] += len(got)
            acc[2] += len(want)
        published[0] += doc.published == gold.get("published")
        published[1] += 1
        for miss in sorted(gold_v - got_v):
            print(f"  {doc.id}: missed {miss}")
        for extra in sorted(got_v - gold_v):
            print(f"  {doc.id}: extra  {extra}")
    total = time.perf_counter() - began
    print(f"press spans : {prf(*spans)}")
    print(f"press values: {prf(*values)}")
    print(f"published   : {published[0]}/{published[1]} exact")
    print(f"dates layer (find_published + extract_dates): {layer[0]:.3f}s of {total:.2f}s Parser ({100 * layer[0] / total:.1f}%)")


def check_nerel(path: str) -> None:
    from pressparse.analysis import analyze, load_models
    from pressparse.extract import Found
    from pressparse.extract.dates import extract_dates
    from pressparse.extract.published import find_published

    models = load_models()
    tp_pred = n_pred = tp_gold = n_gold = 0
    spent = total = 0.0
    for line in open(path, encoding="utf-8"):
        record = json.loads(line)
        gold = [(e["start"], e["end"]) for e in record["entities"] if e.get("coarse") == "DATE"]
        began = time.perf_counter()
        analysis = analyze(record["text"], models)
        middle = time.perf_counter()
        analysis.published = find_published(analysis)
        pred = [(d.start, d.end) for d in extract_dates(analysis, Found())]
        ended = time.perf_counter()
        spent += ended - middle
        total += ended - began
        overlaps = lambda a, b: a[0] < b[1] and b[0] < a[1]  # noqa: E731
        tp_pred += sum(any(overlaps(p, g) for g in gold) for p in pred)
        tp_gold += sum(any(overlaps(g, p) for p in pred) for g in gold)
        n_pred += len(pred)
        n_gold += len(gold)
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"nerel DATE overlap: P={p:.3f} R={r:.3f} F1={f:.3f} (pred={n_pred} gold={n_gold})")
    print(f"dates layer time: {spent:.2f}s of {total:.2f}s analysis+dates ({100 * spent / total:.1f}%)")


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("press", nargs="?", default="/work/shared/press")
    args.add_argument("--nerel", help="a NEREL JSON Lines file, e.g. /work/shared/corpora/nerel/test.jsonl")
    options = args.parse_args()
    check_press(options.press)
    if options.nerel:
        check_nerel(options.nerel)


if __name__ == "__main__":
    main()
