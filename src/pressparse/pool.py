"""A local process pool over :func:`pressparse.batch.parse_partition`.

Rows are consumed lazily and sent to the workers in chunks; at most ``2 * jobs`` chunks are in
flight, so memory stays flat however long the input. The models load once, in the fork server
the workers start from (each worker loads them itself where there is none). When a worker dies (killed, out of memory, a crash in native code) the chunks in
flight are re-run one document at a time in a fresh pool, so that only the document that
kills a worker is lost, as a failure record.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Any

Row = dict[str, Any]
CRASHED = "worker process crashed (killed or out of memory) while parsing this document"


def imap_partition(
    rows: Iterable[Row],
    *,
    jobs: int = 1,
    chunk_size: int = 8,
    ordered: bool = True,
    stats: dict[str, float] | None = None,
    partition: Callable[..., Iterator[Row]] | None = None,
    **options: Any,
) -> Iterator[Row]:
    """Results of ``partition(rows, **options)`` computed by ``jobs`` worker processes.

    Results come in input order, or as they finish with ``ordered=False``. ``jobs=1`` runs in
    this process. ``partition`` must be a module-level function (default: parse_partition).
    ``stats["peak_rss_mb"]`` receives the largest peak resident memory of a worker.
    """
    from .batch import parse_partition

    partition = partition or parse_partition
    stats = stats if stats is not None else {}
    if jobs <= 1:
        yield from partition(rows, **options)
        stats["peak_rss_mb"] = peak_rss_mb()
        return
    chunks = chunked(rows, chunk_size)
    pool = new_pool(jobs)
    pending: deque[tuple[Future, list[Row]]] = deque()
    try:
        while True:
            while len(pending) < 2 * jobs and (chunk := next(chunks, None)):
                pending.append((submit(pool, partition, chunk, options), chunk))
            if not pending:
                return
            if ordered:
                wait([pending[0][0]])
                ready = [pending.popleft()]
            else:
                finished, _ = wait([f for f, _ in pending], return_when=FIRST_COMPLETED)
                ready = [p for p in pending if p[0] in finished]
                for item in ready:
                    pending.remove(item)
            for position, (future, chunk) in enumerate(ready):
                if broken(future):
                    # the pool is gone: every chunk not finished is re-run, one row at a time
                    rest = ready[position:] + list(pending)
                    pending.clear()
                    shutdown(pool)
                    for fut, rows_of in rest:
                        if fut.done() and not broken(fut):
                            yield from take(fut, stats)
                        else:
                            yield from isolate(partition, rows_of, options, jobs, stats)
                    pool = new_pool(jobs)
                    break
                yield from take(future, stats)
    finally:
        shutdown(pool, wait=not sys.exc_info()[0])


def submit(pool: ProcessPoolExecutor, partition, rows: list[Row], options: dict) -> Future:
    """A chunk's future; a pool found broken at submission gives a broken future."""
    try:
        return pool.submit(run_chunk, partition, rows, options)
    except BrokenProcessPool as error:
        future: Future = Future()
        future.set_exception(error)
        return future


def take(future: Future, stats: dict[str, float]) -> list[Row]:
    results, rss = future.result()
    stats["peak_rss_mb"] = max(stats.get("peak_rss_mb", 0.0), rss)
    return results


def broken(future: Future) -> bool:
    """The future's pool died under it (a future cancelled with the pool counts too)."""
    return future.cancelled() or isinstance(future.exception(), BrokenProcessPool)


def isolate(partition, rows: list[Row], options: dict, jobs: int, stats) -> Iterator[Row]:
    """Run rows one by one, each in a pool of its own after a crash, to find the culprit."""
    pool = new_pool(1)
    try:
        for row in rows:
            future = submit(pool, partition, [row], options)
            if broken(future):
                shutdown(pool)
                pool = new_pool(1)
                yield {"id": row.get("id"), "error": CRASHED}
            else:
                yield from take(future, stats)
    finally:
        shutdown(pool)


def chunked(rows: Iterable[Row], size: int) -> Iterator[list[Row]]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, max(1, size))):
        yield chunk


def run_chunk(partition, rows: list[Row], options: dict) -> tuple[list[Row], float]:
    """In a worker: a chunk's results and the worker's peak memory so far."""
    return list(partition(rows, **options)), peak_rss_mb()


def peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux, bytes on macOS
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20


def init_worker(parent: int) -> None:
    """Ctrl-C is the parent's to handle; a worker ends when its parent is gone (SIGKILL).

    The models load on a worker's first chunk, once.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=watch_parent, args=(parent,), daemon=True).start()


def watch_parent(parent: int, every: float = 1.0) -> None:
    # a worker's queue holds both pipe ends, so it would never see the parent die on its own
    while True:
        time.sleep(every)
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:  # a recycled pid of another user: the parent is gone
            os._exit(1)


BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def single_threaded_blas() -> None:
    """One BLAS thread per process, unless the user chose otherwise.

    The models' small matrix products gain nothing from BLAS threads; on a busy machine the
    threads spin and make parsing several times slower, and with one worker per core they
    would only fight each other. Takes effect in processes that import numpy afterwards.
    """
    for name in BLAS_THREADS:
        os.environ.setdefault(name, "1")


def new_pool(jobs: int) -> ProcessPoolExecutor:
    single_threaded_blas()  # the fork server and its workers inherit it
    return ProcessPoolExecutor(
        max_workers=jobs, mp_context=context(), initializer=init_worker, initargs=(os.getpid(),)
    )


def context():
    """forkserver where there is one (no fork of a threaded parent), else spawn.

    The fork server loads the models once (pressparse.pool_preload), so each worker starts
    with them in memory.
    """
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["pressparse.pool_preload"])
        return ctx
    return multiprocessing.get_context("spawn")


def shutdown(pool: ProcessPoolExecutor, *, wait: bool = True) -> None:
    """Stop the pool; on an error or interrupt, end its workers at once."""
    if not wait:
        for process in list(getattr(pool, "_processes", {}).values()):
            if process.is_alive():
                process.terminate()
    pool.shutdown(wait=wait, cancel_futures=True)


def cpu_count() -> int:
    """Cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1
