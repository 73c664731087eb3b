"""Imported by the pool's fork server: load the models once there, so that every worker forks
with them in memory (no start-up per worker, pages shared until written)."""

from __future__ import annotations

try:
    from .pool import single_threaded_blas

    single_threaded_blas()
    from .batch import get_parser

    get_parser()
except Exception:  # the workers load the models themselves and report what fails
    pass
