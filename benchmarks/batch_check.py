"""Batch runs at scale: completeness, equality with single-document parsing, throughput,
memory, kill + --resume, and Dask/Spark agreement with the local run.

    python benchmarks/batch_check.py [--count 2000] [--cluster-docs 60] [--no-dask] [--no-spark]

Synthetic releases (benchmarks/synthetic_releases.py) are written to a temporary folder with
one binary file among them; nothing of the shared press texts is used.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic_releases import write_releases  # noqa: E402

PRESSPARSE = [sys.executable, "-m", "pressparse"]


def snapshot(where: Path) -> None:
    """Run every step on one copy of the code: the tree may change while the check runs."""
    source = Path(__file__).resolve().parent.parent / "src" / "pressparse"
    shutil.copytree(source, where / "pressparse", ignore=shutil.ignore_patterns("__pycache__"))
    sys.path.insert(0, str(where))
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(where), os.environ.get("PYTHONPATH")]))


def cli(*args: str) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run([*PRESSPARSE, *args], capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise SystemExit(f"pressparse {' '.join(args)} failed: {done.stderr}")
    return time.perf_counter() - started, done.stderr.strip().splitlines()[-1]


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def main() -> None:
    options = argparse.ArgumentParser()
    options.add_argument("--count", type=int, default=2000)
    options.add_argument("--cluster-docs", type=int, default=60)
    options.add_argument("--sample", type=int, default=200, help="docs checked against Parser.parse")
    options.add_argument("--no-throughput", action="store_true")
    options.add_argument("--no-dask", action="store_true")
    options.add_argument("--no-spark", action="store_true")
    args = options.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="pressparse-batch-"))
    snapshot(tmp / "code")
    folder = tmp / "releases"
    paths = write_releases(folder, args.count)
    ids = sorted(p.relative_to(folder).as_posix() for p in paths)
    import pressparse

    assert Path(pressparse.__file__).is_relative_to(tmp), pressparse.__file__
    report: dict[str, object] = {"documents": len(paths), "cores": os.cpu_count(),
                                 "load_average_before": os.getloadavg()}

    # 1. the whole folder on all cores
    out = tmp / "all.jsonl"
    seconds, summary = cli(str(folder), "-o", str(out))
    results = load(out)
    got = [r["id"] for r in results]
    failed = [r for r in results if "error" in r]
    report["all_cores"] = {"seconds": round(seconds, 1), "docs_per_s": round(len(paths) / seconds, 1),
                           "summary": summary}
    report["every_id_once"] = sorted(got) == ids and len(got) == len(set(got))
    report["in_input_order"] = got == [r["id"] for r in results]
    report["failures"] = [(r["id"], r["error"]) for r in failed]
    report["peak_worker_mb"] = float(re.search(r"peak worker memory (\d+) MB", summary).group(1))

    # 2. identical to single-document parsing: Parser.parse in this process, and the CLI on a few
    from pressparse import Parser
    from pressparse.io.read import complete, read_path

    parser = Parser()
    by_id = {r["id"]: r for r in results}
    sample = random.Random(1).sample([i for i in ids if i != "part0/broken.txt"], min(args.sample, len(ids) - 1))
    mismatched = []
    for id in sample:
        source = read_path(folder / id)
        doc = complete(parser.parse(source.text, id=id), source).to_dict()
        if doc != by_id[id]:
            mismatched.append(id)
    for id in sample[:3]:
        done = subprocess.run([*PRESSPARSE, str(folder / id), "--compact", "--id", id],
                              capture_output=True, text=True, check=True)
        if json.loads(done.stdout) != by_id[id]:
            mismatched.append(f"cli:{id}")
    report["single_document_equal"] = {"checked": len(sample) + 3, "mismatched": mismatched}

    # 3. one process, for throughput
    if not args.no_throughput:
        one = tmp / "one.jsonl"
        seconds_one, summary_one = cli(str(folder), "-o", str(one), "--jobs", "1")
        report["one_process"] = {"seconds": round(seconds_one, 1),
                                 "docs_per_s": round(len(paths) / seconds_one, 1), "summary": summary_one}
        report["speedup_all_cores"] = round(seconds_one / seconds, 2)
        report["one_process_output_identical"] = one.read_bytes() == out.read_bytes()

    # 4. SIGKILL halfway, then --resume: the output equals the uninterrupted run's
    part = folder / "part1"
    reference, resumed = tmp / "ref.jsonl", tmp / "resumed.jsonl"
    cli(str(part), "-o", str(reference))
    total = len(load(reference))
    killed = subprocess.Popen([*PRESSPARSE, str(part), "-o", str(resumed), "-q"], start_new_session=True)
    while (resumed.read_bytes().count(b"\n") if resumed.exists() else 0) < total // 2:
        time.sleep(0.05)
    os.kill(killed.pid, signal.SIGKILL)
    killed.wait()
    at_kill = resumed.read_bytes().count(b"\n")
    _, summary_resume = cli(str(part), "-o", str(resumed), "--resume")
    report["kill_resume"] = {"documents": total, "lines_at_kill": at_kill, "resume": summary_resume,
                             "equal": resumed.read_bytes() == reference.read_bytes()}

    # 5. Dask and Spark on the same documents as the local run
    cluster_ids = [i for i in ids if i != "part0/broken.txt"][: args.cluster_docs]
    pairs = [(id, read_path(folder / id).text) for id in cluster_ids]
    local = [by_id[id] for id in cluster_ids]
    if not args.no_dask:
        report["dask_equal"] = dask_check(pairs, local)
    if not args.no_spark:
        report["spark_equal"] = spark_check(pairs, local)
    report["load_average_after"] = os.getloadavg()
    print(json.dumps(report, ensure_ascii=False, indent=2))
    shutil.rmtree(tmp)


def dask_check(pairs, local) -> dict:
    import dask.bag as db
    from distributed import Client, LocalCluster

    from pressparse.dask import parse_bag

    started = time.perf_counter()
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster):
        results = parse_bag(db.from_sequence(pairs, npartitions=4)).compute()
    # a cp1251 file's decoding warning comes from reading it, not from parsing
    return {"equal": strip(results) == strip(local), "seconds": round(time.perf_counter() - started, 1)}


def spark_check(pairs, local) -> dict:
    os.environ["PYSPARK_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    from pressparse.spark import parse_spark

    started = time.perf_counter()
    spark = (SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false")
             .config("spark.driver.host", "127.0.0.1").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    try:
        df = spark.createDataFrame(pairs, "id string, text string").repartition(4)
        rows = parse_spark(df, id_column="id").collect()
    finally:
        spark.stop()
    order = {id: n for n, (id, _) in enumerate(pairs)}
    results = sorted((json.loads(r.result) for r in rows), key=lambda r: order[r["id"]])
    return {"equal": strip(results) == strip(local), "seconds": round(time.perf_counter() - started, 1)}


def strip(results: list[dict]) -> list[dict]:
    return [{**r, "warnings": [w for w in r.get("warnings", []) if not w.startswith("decoded as")]}
            for r in results]


if __name__ == "__main__":
    main()
