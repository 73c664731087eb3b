"""Dask: parse a bag of texts or a DataFrame text column on a cluster (extra ``dask``).

    import dask.bag as db
    from pressparse.dask import parse_bag
    results = parse_bag(db.from_sequence(pairs, npartitions=64)).compute()   # result dicts

Each worker process builds its Parser once (``pressparse.batch.get_parser``); only the module
functions travel to the workers, never the models. Run workers with ``threads_per_worker=1``
(the parsing is CPU bound and holds the GIL). ``doc_timeout`` is not applied on Dask workers.
"""

from __future__ import annotations

import json
from typing import Any

from .batch import parse_partition
from .parser import unpack


def parse_bag(bag, *, with_text: bool = False):
    """A bag of texts, ``(id, text)`` / ``(id, text, published)`` tuples or dicts -> a bag of
    result dicts (``Document.to_dict()``), or failure dicts ``{"id", "error"}``, in order."""
    return bag.map_partitions(bag_partition, with_text=with_text)


def bag_partition(items, *, with_text: bool = False) -> list[dict[str, Any]]:
    return list(parse_partition(map(to_row, items), with_text=with_text))


def to_row(item: Any) -> dict[str, Any]:
    try:
        id, text, published = unpack(item)
    except TypeError as error:
        return {"id": None, "error": str(error)}
    return {"id": id, "text": text, "published": published}


def parse_dataframe(
    frame,
    *,
    text_column: str = "text",
    id_column: str | None = None,
    published_column: str | None = None,
    result_column: str = "result",
    with_text: bool = False,
):
    """A Dask DataFrame with a text column -> the same with ``result_column``: the result (or
    failure) as a JSON string. Ids come from ``id_column``, else from the index."""
    import pandas as pd

    meta = frame._meta.assign(**{result_column: pd.Series([], dtype=object)})
    return frame.map_partitions(
        frame_partition, text_column=text_column, id_column=id_column,
        published_column=published_column, result_column=result_column, with_text=with_text,
        meta=meta,
    )


def frame_partition(
    part, *, text_column: str, id_column: str | None, published_column: str | None,
    result_column: str, with_text: bool = False, doc_timeout: float | None = None,
):
    """One pandas partition -> the same with the JSON results (used by Dask and Spark)."""
    import pandas as pd

    rows = frame_rows(part, text_column, id_column, published_column)
    results = [
        json.dumps(result, ensure_ascii=False)
        for result in parse_partition(rows, with_text=with_text, doc_timeout=doc_timeout)
    ]
    return part.assign(**{result_column: pd.Series(results, index=part.index, dtype=object)})


def frame_rows(part, text_column: str, id_column: str | None, published_column: str | None):
    ids = part[id_column] if id_column else part.index
    published = part[published_column] if published_column else [None] * len(part)
    for id, text, when in zip(ids, part[text_column], published):
        yield {
            "id": None if missing(id) else str(id),
            "text": "" if missing(text) else text,
            "published": None if missing(when) else str(when),
        }


def missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value)
