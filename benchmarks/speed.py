"""Speed and memory of pressparse, with natasha's NER pipeline on the same texts as reference.

Usage::

    python benchmarks/speed.py --shared ../shared [--limit N] [--repeat 3] [--markdown FILE]
    python benchmarks/speed.py --jsonl FILE [--text-field text] [--limit N]

Texts: factRuEval-2016 test and the press folder by default, or any JSON Lines file. In one
process: model load time (first ``load_models()``, and natasha's own NER models built apart),
then after one warm-up pass, ``--repeat`` timed passes (medians reported) of

* pressparse, timed stage by stage as ``Parser.parse_one`` runs them: ``analyze``
  (segmentation, morphology, syntax, NER), the dateline, then each stage of
  ``pressparse.parser.STAGES``;
* natasha's NER pipeline alone (``Doc.segment`` + ``Doc.tag_ner``), the reference.

Peak resident memory (``ru_maxrss``) is read after the pressparse passes, before natasha's own
models are built. Batch throughput (``Parser.pipe(..., n_process=N)`` with 1 and all cores)
runs when ``pressparse.batch`` exists and is skipped otherwise.
"""

from __future__ import annotations

import argparse
import importlib.util
import inspect
import json
import os
import platform
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpora  # noqa: E402


def read_texts(args: argparse.Namespace) -> list[str]:
    if args.jsonl:
        texts = []
        with open(args.jsonl, encoding="utf-8") as file:
            for line in file:
                if line.strip():
                    texts.append(json.loads(line)[args.text_field])
                    if args.limit and len(texts) >= args.limit:
                        break
        return texts
    texts = [text for _, text in corpora.iter_texts(args.shared)]
    return texts[: args.limit] if args.limit else texts


def pressparse_pass(texts: list[str]) -> dict[str, float]:
    """One pass over the texts; seconds per stage, mirroring ``Parser.parse_one``."""
    from pressparse.analysis import analyze, load_models
    from pressparse.extract import Found
    from pressparse.extract.published import find_published
    import pressparse.parser
    from pressparse.parser import STAGES

    settle = getattr(pressparse.parser, "settle_memory", lambda: None)  # older checkouts lack it

    models = load_models()
    times: dict[str, float] = {"analyze": 0.0, "published": 0.0}
    times.update({stage.__name__: 0.0 for _, stage in STAGES})
    clock = time.perf_counter
    for text in texts:
        if not text.strip():
            continue
        t0 = clock()
        analysis = analyze(text, models)
        t1 = clock()
        analysis.published = find_published(analysis)
        times["published"] += clock() - t1
        times["analyze"] += t1 - t0
        found = Found()
        for field, stage in STAGES:
            t = clock()
            try:
                records = stage(analysis, found)
            except Exception:  # a broken layer costs what it cost; the parser would warn
                records = []
            if field:
                setattr(found, field, list(records))
            times[stage.__name__] += clock() - t
        settle()  # as Parser.parse_one does after a document: a no-op after the first
    return times


def natasha_pass(texts: list[str], segmenter, ner) -> dict[str, float]:
    from natasha import Doc

    started, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(ner)
    return {"wall": time.perf_counter() - started, "cpu": time.process_time() - cpu}


def batch_available() -> bool:
    if importlib.util.find_spec("pressparse.batch") is None:
        return False
    from pressparse import Parser

    return "n_process" in inspect.signature(Parser.pipe).parameters


def batch_pass(texts: list[str], n_process: int) -> float:
    from pressparse import Parser

    started = time.perf_counter()
    for _ in Parser().pipe(texts, n_process=n_process):
        pass
    return time.perf_counter() - started


def rate(x: float) -> str:
    return f"{x:.2f}" if x < 10 else f"{x:.1f}"


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)] + ["| " + " | ".join(r) + " |" for r in rows]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"), help="the folder with corpora/ and press/")
    ap.add_argument("--jsonl", type=Path, help="read the texts from this JSON Lines file instead")
    ap.add_argument("--text-field", default="text")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-batch", action="store_true", help="skip the batch throughput")
    ap.add_argument("--batch-repeat", type=int, default=1, help="timed passes per batch setting (each loads the models)")
    ap.add_argument("--markdown", type=Path, help="also write the tables to this file")
    args = ap.parse_args(argv)

    texts = read_texts(args)
    load_average = os.getloadavg()
    import pressparse.parser

    chunk_chars = getattr(pressparse.parser, "CHUNK_CHARS", None)
    if chunk_chars and any(len(t) > chunk_chars for t in texts):  # the parser would chunk these; the mirror does not
        print(f"warning: texts longer than {chunk_chars} characters are timed unchunked", file=sys.stderr)
    chars = sum(len(t) for t in texts)
    log = lambda msg: print(msg, file=sys.stderr)  # noqa: E731

    started = time.perf_counter()
    from pressparse.analysis import load_models

    load_models()
    load_seconds = time.perf_counter() - started
    log(f"models loaded in {load_seconds:.1f} s; warm-up pass over {len(texts)} texts")
    pressparse_pass(texts)
    passes, cpu_times = [], []
    for i in range(args.repeat):
        cpu = time.process_time()
        passes.append(pressparse_pass(texts))
        cpu_times.append(time.process_time() - cpu)
        log(f"pressparse pass {i + 1}: {sum(passes[-1].values()):.1f} s")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    stages = {name: statistics.median(p[name] for p in passes) for name in passes[0]}
    total = statistics.median(sum(p.values()) for p in passes)

    started = time.perf_counter()
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter

    segmenter, ner = Segmenter(), NewsNERTagger(NewsEmbedding())
    natasha_load = time.perf_counter() - started
    natasha_pass(texts, segmenter, ner)
    natasha_runs = [natasha_pass(texts, segmenter, ner) for _ in range(args.repeat)]
    natasha_total = statistics.median(r["wall"] for r in natasha_runs)
    cpu_ratio = statistics.median(cpu_times) / statistics.median(r["cpu"] for r in natasha_runs)
    log(f"natasha NER: {natasha_total:.1f} s")

    batch_rows = []
    if not args.no_batch and batch_available():
        for n in sorted({1, os.cpu_count() or 1}):
            seconds = statistics.median(batch_pass(texts, n) for _ in range(args.batch_repeat))
            batch_rows.append([str(n), f"{seconds:.1f}", rate(len(texts) / seconds), f"{chars / seconds:,.0f}"])
            log(f"batch n_process={n}: {seconds:.1f} s")

    out = [
        f"Texts: {len(texts)} documents, {chars:,} characters"
        f" ({'--jsonl ' + str(args.jsonl) if args.jsonl else 'factRuEval-2016 test + press releases'});"
        f" {os.cpu_count()} cores, Python {platform.python_version()}, {platform.machine()};"
        f" medians of {args.repeat} passes after a warm-up pass.",
        "",
    ]
    out += table(
        ["", "load (s)", "docs/s", "chars/s", "ms/doc"],
        [
            ["pressparse (full parse)", f"{load_seconds:.1f}", rate(len(texts) / total), f"{chars / total:,.0f}", f"{1000 * total / len(texts):.1f}"],
            ["natasha NER (segment + NER)", f"{natasha_load:.1f}", rate(len(texts) / natasha_total), f"{chars / natasha_total:,.0f}", f"{1000 * natasha_total / len(texts):.1f}"],
        ],
    )
    out += [
        "",
        f"pressparse / natasha time: **{total / natasha_total:.2f}x** wall clock, {cpu_ratio:.2f}x CPU time;"
        f" peak resident memory of the pressparse process: **{peak_mb:,.0f} MB**."
        f" Load average when the run started: {load_average[0]:.1f} ({os.cpu_count()} cores).",
        "",
    ]
    out += table(
        ["stage", "ms/doc", "share"],
        [[name, f"{1000 * s / len(texts):.2f}", f"{100 * s / total:.1f}%"] for name, s in stages.items()],
    )
    if batch_rows:
        out += ["", f"Batch throughput (`Parser.pipe(texts, n_process=N)`, model loading in the workers included; median of {args.batch_repeat}):", ""]
        out += table(["n_process", "seconds", "docs/s", "chars/s"], batch_rows)
    else:
        out += ["", "Batch throughput: skipped (`pressparse.batch` / `Parser.pipe(n_process=...)` not available" + (", or --no-batch)." if args.no_batch else ").")]
    text = "\n".join(out) + "\n"
    print(text)
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
