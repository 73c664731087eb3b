"""Result records of the output contract (../shared/CONTRACT.md, schema version 1).

Records are frozen, slotted dataclasses: they compare by value, pickle, and turn into the
contract's JSON with ``to_dict()`` / ``to_json()``; ``Document.from_dict()`` reads it back.
Lists of the contract are tuples here, so that a record is immutable all the way down.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from typing import Any, get_args, get_origin, get_type_hints

SCHEMA_VERSION = "1"


class Record:
    """Shared to_dict / from_dict for the contract's records."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """The record as plain JSON-ready Python values, in contract field order."""
        return {f.name: _dump(getattr(self, f.name)) for f in fields(self)}  # type: ignore[arg-type]

    def to_json(self, *, indent: int | None = None) -> str:
        """The record as a JSON string (UTF-8 text, Cyrillic kept as is)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Any:
        """Build the record back from ``to_dict()`` output; unknown keys are ignored."""
        hints = _hints(cls)
        values = {}
        for f in fields(cls):  # type: ignore[arg-type]
            if f.name in data:
                values[f.name] = _load(hints[f.name], data[f.name])
        return cls(**values)


def _dump(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, (tuple, list)):
        return [_dump(v) for v in value]
    return value


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = get_type_hints(cls)
    return _HINTS[cls]


def _load(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = get_origin(hint)
    if origin is tuple:
        (item, *_) = get_args(hint)
        return tuple(_load(item, v) for v in value)
    args = [a for a in get_args(hint) if a is not type(None)]
    if args and origin is not None:  # X | None
        return _load(args[0], value)
    if isinstance(hint, type) and issubclass(hint, Record):
        return hint.from_dict(value)
    return value


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention(Record):
    """A span of the document: ``document_text[start:end] == text``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Organization(Record):
    """A body, company, institution or media outlet, with all its mentions merged."""

    id: str
    name: str
    short_name: str | None = None
    kind: str = "other"
    place: str | None = None
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Role(Record):
    """A position a person holds: title without its organization, which is linked by id."""

    title: str
    organization: str | None = None
    acting: bool = False
    status: str = "current"
    mention: Mention
    # added to schema 1: every phrase that states this role (the same title and body said again),
    # in text order, ``mention`` first; where a text repeats ``министр X Иванов``, all of them
    mentions: tuple[Mention, ...] = ()

    def __post_init__(self) -> None:
        if not self.mentions:  # a role built from one phrase, or read from older JSON
            object.__setattr__(self, "mentions", (self.mention,))


@dataclass(frozen=True, slots=True, kw_only=True)
class Person(Record):
    """A named person with the name in the nominative and the roles the text gives."""

    id: str
    name: str
    first: str | None = None
    middle: str | None = None
    last: str | None = None
    roles: tuple[Role, ...] = ()
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class DateMention(Record):
    """A date or a date range with its ISO 8601 value."""

    id: str
    text: str
    start: int
    end: int
    value: str
    precision: str
    inferred: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class DurationMention(Record):
    """A length of time (``три года``, ``в течение 30 дней``) with its ISO 8601 duration."""

    id: str
    text: str
    start: int
    end: int
    value: str  # "P3Y", "P1Y6M", "P30D", "PT24H"
    bound: str = "exact"  # "about" (около), "at_least" (более), "at_most" (до, не более)


@dataclass(frozen=True, slots=True, kw_only=True)
class UnresolvedDate(Record):
    """A date the text states whose ISO value needs the publication date, which is unknown.

    ``9 июня`` with no year anywhere, ``в понедельник``, ``в прошлом году``: with a publication
    date (``published=``) the same expression is a :class:`DateMention` instead, never both."""

    id: str
    text: str
    start: int
    end: int
    kind: str  # "day_month" (9 июня), "month" (в июне), "weekday" (в понедельник), "relative" (вчера)
    resolve: str = "published"  # what would give it a value: the publication date (``published=``)


@dataclass(frozen=True, slots=True, kw_only=True)
class Place(Record):
    """A geographic place (not a body named after it)."""

    id: str
    name: str
    kind: str = "other"
    parent: str | None = None
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Obligation(Record):
    """Something parties undertake, agree on, intend, must do, or are instructed to do."""

    parties: tuple[str, ...] = ()
    action: str
    modality: str
    agreement: str | None = None
    deadline: str | None = None
    issued_by: str | None = None
    mention: Mention


@dataclass(frozen=True, slots=True, kw_only=True)
class Agreement(Record):
    """An agreement, memorandum or contract, signed or announced."""

    id: str
    kind: str
    subject: str | None = None
    parties: tuple[str, ...] = ()
    signatories: tuple[str, ...] = ()
    date: str | None = None
    place: str | None = None
    status: str = "signed"
    mention: Mention


@dataclass(frozen=True, slots=True, kw_only=True)
class Document(Record):
    """One result per input document."""

    schema_version: str = SCHEMA_VERSION
    id: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None
    organizations: tuple[Organization, ...] = ()
    people: tuple[Person, ...] = ()
    dates: tuple[DateMention, ...] = ()
    places: tuple[Place, ...] = ()
    obligations: tuple[Obligation, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    durations: tuple[DurationMention, ...] = ()  # added in schema version 1: lengths of time, not dates
    unresolved_dates: tuple[UnresolvedDate, ...] = ()  # added in schema version 1: dates needing a publication date
    warnings: tuple[str, ...] = field(default=())
    text: str | None = None  # the text the offsets refer to, when asked for (--with-text)

    @classmethod
    def from_json(cls, data: str) -> Document:
        """Read a Document back from ``to_json()`` output."""
        return cls.from_dict(json.loads(data))


RECORDS = (Mention, Organization, Role, Person, DateMention, DurationMention, UnresolvedDate, Place, Obligation,
           Agreement, Document)
