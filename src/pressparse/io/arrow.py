"""Arrow schemas of the result, derived from the contract's dataclasses (pressparse.result)."""

from __future__ import annotations

import types
from dataclasses import fields
from typing import Any, Union, get_args, get_origin, get_type_hints

from ..result import Document, Person, Record


def arrow_type(hint: Any):
    import pyarrow as pa

    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        (inner,) = [a for a in get_args(hint) if a is not type(None)]
        return arrow_type(inner)
    if origin is tuple:
        return pa.list_(arrow_type(get_args(hint)[0]))
    if isinstance(hint, type) and issubclass(hint, Record):
        return record_struct(hint)
    return {str: pa.string(), int: pa.int64(), bool: pa.bool_(), float: pa.float64()}[hint]


def record_fields(cls: type, skip: tuple[str, ...] = ()) -> list:
    import pyarrow as pa

    hints = get_type_hints(cls)
    return [pa.field(f.name, arrow_type(hints[f.name])) for f in fields(cls) if f.name not in skip]


def record_struct(cls: type):
    import pyarrow as pa

    return pa.struct(record_fields(cls))


def document_arrow_schema():
    """One row per document, the entity lists nested."""
    import pyarrow as pa

    return pa.schema(record_fields(Document))


def flat_arrow_schemas() -> dict[str, Any]:
    """The tables of ``--flat``: documents, one per entity type, and the people's roles."""
    import pyarrow as pa

    doc_id = pa.field("doc_id", pa.string())
    hints = get_type_hints(Document)
    schemas = {
        "documents": pa.schema(
            [doc_id] + [f for f in record_fields(Document) if not is_record_list(hints[f.name])]
        )
    }
    for name in ("organizations", "people", "places", "dates", "durations", "unresolved_dates", "agreements",
                 "obligations"):
        (cls,) = get_args(hints[name])[:1]
        extra = [pa.field("id", pa.string())] if name == "obligations" else []
        schemas[name] = pa.schema([doc_id, *extra, *record_fields(cls, skip=("roles",))])
    role = get_args(get_type_hints(Person)["roles"])[0]
    schemas["roles"] = pa.schema(
        [doc_id, pa.field("person_id", pa.string()), *record_fields(role)]
    )
    return schemas


def is_record_list(hint: Any) -> bool:
    if get_origin(hint) is not tuple:
        return False
    item = get_args(hint)[0]
    return isinstance(item, type) and issubclass(item, Record)
