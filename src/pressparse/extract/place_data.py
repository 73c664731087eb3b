"""The place gazetteers of :mod:`pressparse.data` as :class:`~.gazetteer.PlaceEntry` records.

The data records are read through their field names (``name``, ``aliases``, ``adjectives``,
``region``...), so a column added to a table does not break the matcher.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields, is_dataclass
from typing import Any

from .gazetteer import PlaceEntry

COUNTRY_OF_REGIONS = "Россия"
# field-name fragments: which fields hold other spellings, adjectives, the parent
NAME_FIELDS = ("alias", "variant", "informal", "short", "abbr", "names", "forms", "other", "official")
ADJECTIVE_FIELDS = ("adj",)
PARENT_FIELDS = ("parent", "region")
SEPARATORS = ("|", ";")


def load_places() -> Iterator[PlaceEntry]:
    try:
        from .. import data
    except ImportError:  # the gazetteers are optional: NER spans still give places
        return
    tables = (
        ("countries", "country", None),
        ("federal_districts", "region", COUNTRY_OF_REGIONS),
        ("regions", "region", COUNTRY_OF_REGIONS),
        ("cities", "city", None),
    )
    for table, kind, parent in tables:
        load = getattr(data, table, None)
        if load is None:
            continue
        for record in load():
            entry = to_entry(record, kind, parent)
            if entry is not None:
                yield entry
    yield from load_geo_names()
    yield from load_world_cities()


def to_entry(record: Any, kind: str, parent: str | None) -> PlaceEntry | None:
    name = first_string(record, ("name",))
    if not name:
        return None
    own_kind = first_string(record, ("kind", "type"))
    if own_kind in ("country", "region", "city", "district", "other"):
        kind = own_kind
    names = strings(record, NAME_FIELDS, exclude=("adj", "parent", "region", "genitive"))
    adjectives = strings(record, ADJECTIVE_FIELDS)
    given_parent = first_string(record, PARENT_FIELDS) if kind in ("city", "district") else None
    return PlaceEntry(
        name=name,
        kind=kind,
        parent=given_parent or (parent if name != parent else None),
        names=tuple(n for n in names if n != name),
        adjectives=tuple(adjectives),
    )


def field_names(record: Any) -> list[str]:
    if is_dataclass(record):
        return [f.name for f in fields(record)]
    return [n for n in dir(record) if not n.startswith("_")]


def first_string(record: Any, wanted: tuple[str, ...]) -> str | None:
    for name in wanted:
        value = getattr(record, name, None)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def strings(record: Any, fragments: tuple[str, ...], exclude: tuple[str, ...] = ()) -> list[str]:
    out: list[str] = []
    for name in field_names(record):
        if name == "name" or not any(f in name for f in fragments) or any(e in name for e in exclude):
            continue
        out.extend(split(getattr(record, name, None)))
    return list(dict.fromkeys(out))


def split(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        parts = [value]
        for sep in SEPARATORS:
            parts = [p for part in parts for p in part.split(sep)]
        return [p.strip() for p in parts if p.strip()]
    if isinstance(value, (tuple, list, frozenset, set)):
        return [s for v in value for s in split(v)]
    return []


def load_rows(name: str, kind: str | None = None, parent_field: str | None = None) -> Iterator[PlaceEntry]:
    """Entries of a place table: ``name``, ``aliases``, ``adjectives`` and a kind (fixed or the
    row's ``kind``) and, where given, the column that names the parent."""
    from ..data import load_tsv

    for row in load_tsv(name):
        entry = row.get("name", "").strip()
        if entry:
            yield PlaceEntry(
                name=entry,
                kind=kind or row.get("kind", "").strip() or "other",
                parent=(row.get(parent_field, "").strip() or None) if parent_field else None,
                names=tuple(n for n in split(row.get("aliases")) if n != entry),
                adjectives=tuple(split(row.get("adjectives"))),
            )


def load_geo_names() -> Iterator[PlaceEntry]:
    """Parts of the world, historical states, seas, rivers, mountains (``geo_names.tsv``)."""
    return load_rows("geo_names")


def load_world_cities() -> Iterator[PlaceEntry]:
    """Cities outside Russia (``world_cities.tsv``), their country as parent."""
    return load_rows("world_cities", kind="city", parent_field="country")
