"""The JSON Schema of Document, generated from the result records' fields and types."""

from __future__ import annotations

import json
import types
from dataclasses import fields
from typing import Any, Union, get_args, get_origin, get_type_hints

from .result import RECORDS, SCHEMA_VERSION, Document, Record

ENUMS = {
    ("Organization", "kind"): [
        "federal_body", "regional_body", "municipal_body", "legislature", "court", "company",
        "ngo", "education", "media", "international", "other",
    ],
    ("Role", "status"): ["current", "appointed", "dismissed", "former"],
    ("DateMention", "precision"): ["year", "month", "day", "minute"],
    ("DurationMention", "bound"): ["exact", "about", "at_least", "at_most"],
    ("UnresolvedDate", "kind"): ["day_month", "month", "weekday", "relative"],
    ("UnresolvedDate", "resolve"): ["published"],
    ("Place", "kind"): ["country", "region", "city", "district", "other"],
    ("Obligation", "modality"): ["commitment", "agreement", "intention", "requirement", "instruction"],
    ("Agreement", "status"): ["signed", "planned"],
    ("Document", "schema_version"): [SCHEMA_VERSION],
}


def document_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every ``Document.to_dict()`` satisfies."""
    defs = {cls.__name__: record_schema(cls) for cls in RECORDS if cls is not Document}
    schema = record_schema(Document)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "pressparse Document",
        "description": f"pressparse output contract, schema version {SCHEMA_VERSION}",
        **schema,
        "$defs": defs,
    }


def record_schema(cls: type) -> dict[str, Any]:
    hints = get_type_hints(cls)
    properties = {}
    for f in fields(cls):
        prop = type_schema(hints[f.name])
        if (cls.__name__, f.name) in ENUMS:
            prop = with_enum(prop, ENUMS[cls.__name__, f.name])
        properties[f.name] = prop
    return {
        "type": "object",
        "properties": properties,
        "required": [f.name for f in fields(cls)],
        "additionalProperties": True,  # the contract lets fields be added
        **({"description": cls.__doc__.strip().splitlines()[0]} if cls.__doc__ else {}),
    }


def type_schema(hint: Any) -> dict[str, Any]:
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(hint) if a is not type(None)]
        inner = type_schema(args[0])
        return {"anyOf": [inner, {"type": "null"}]}
    if origin is tuple:
        return {"type": "array", "items": type_schema(get_args(hint)[0])}
    if isinstance(hint, type) and issubclass(hint, Record):
        return {"$ref": f"#/$defs/{hint.__name__}"}
    simple = {str: "string", int: "integer", bool: "boolean", float: "number"}
    return {"type": simple[hint]}


def with_enum(prop: dict[str, Any], values: list[str]) -> dict[str, Any]:
    if "anyOf" in prop:
        return {"anyOf": [{**prop["anyOf"][0], "enum": values}, {"type": "null"}]}
    return {**prop, "enum": values}


def schema_json() -> str:
    return json.dumps(document_schema(), ensure_ascii=False, indent=2) + "\n"

