"""Spark: parse a DataFrame text column with ``mapInPandas`` (extra ``spark``).

    from pressparse.spark import parse_spark
    out = parse_spark(df, text_column="text", id_column="id", struct_column="doc")
    out.select("id", "doc.organizations.name").show()

The result is added as a JSON string column (``result``) and, with ``struct_column``, as a
struct typed by :func:`document_spark_schema` (derived from the contract's dataclasses; a
failed document has only ``id`` and ``error`` set). Each executor's Python worker builds one
Parser (``pressparse.batch.get_parser``) and keeps it while Spark reuses the worker
(``spark.python.worker.reuse``, on by default); the models are never shipped.
"""

from __future__ import annotations

import types
from dataclasses import fields
from functools import partial
from typing import Any, Union, get_args, get_origin, get_type_hints

from .dask import frame_partition
from .result import Document, Record


def parse_spark(
    df,
    *,
    text_column: str = "text",
    id_column: str | None = None,
    published_column: str | None = None,
    json_column: str = "result",
    struct_column: str | None = None,
    with_text: bool = False,
    doc_timeout: float | None = None,
):
    """``df`` with ``json_column`` (and ``struct_column`` if given) holding each row's result."""
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    schema = T.StructType([*df.schema.fields, T.StructField(json_column, T.StringType(), True)])
    run = partial(
        spark_batches, text_column=text_column, id_column=id_column,
        published_column=published_column, json_column=json_column, with_text=with_text,
        doc_timeout=doc_timeout,
    )
    out = df.mapInPandas(run, schema)
    if struct_column:
        out = out.withColumn(struct_column, F.from_json(F.col(json_column), document_spark_schema()))
    return out


def spark_batches(frames, *, json_column: str, doc_timeout: float | None = None, **options):
    """mapInPandas: pandas batches in, the same batches with the JSON column out."""
    for frame in frames:
        yield frame_partition(frame, result_column=json_column, doc_timeout=doc_timeout, **options)


def document_spark_schema():
    """The Spark StructType of a result (plus ``error``, set on failure records)."""
    from pyspark.sql import types as T

    struct = record_struct(Document)
    return T.StructType([*struct.fields, T.StructField("error", T.StringType(), True)])


def spark_type(hint: Any):
    from pyspark.sql import types as T

    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        (inner,) = [a for a in get_args(hint) if a is not type(None)]
        return spark_type(inner)
    if origin is tuple:
        return T.ArrayType(spark_type(get_args(hint)[0]), True)
    if isinstance(hint, type) and issubclass(hint, Record):
        return record_struct(hint)
    return {str: T.StringType(), int: T.LongType(), bool: T.BooleanType(), float: T.DoubleType()}[hint]


def record_struct(cls: type):
    from pyspark.sql import types as T

    hints = get_type_hints(cls)
    return T.StructType([T.StructField(f.name, spark_type(hints[f.name]), True) for f in fields(cls)])
