"""Huge texts: cut at paragraph boundaries, parse piece by piece, merge into one Document.

Memory stays bounded by the chunk size: one chunk is analysed at a time and only its small
Document is kept. Offsets of a chunk's Document are shifted by the chunk's start, ids are
renumbered in order of first mention, and organizations, people and places of the same name
found in different chunks become one record.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

from ..result import (Agreement, DateMention, Document, DurationMention, Mention, Obligation, Organization, Person, Place,
                      UnresolvedDate)

# where a cut may fall, best first: a blank line, a line end, a sentence end, a space
BREAKS = ("\n\n", "\n", ". ", " ")


def cut_point(text: str, start: int, limit: int) -> int:
    """The end of the piece starting at ``start``: at most ``limit`` characters, cut nicely."""
    end = start + limit
    if end >= len(text):
        return len(text)
    floor = start + limit // 2  # never cut a piece down to less than half
    for mark in BREAKS:
        at = text.rfind(mark, floor, end)
        if at >= 0:
            return at + len(mark)
    return end


def split(text: str, max_chars: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of consecutive pieces of at most ``max_chars``, covering ``text``."""
    if max_chars < 1:
        raise ValueError("max_chars must be positive")
    start = 0
    while start < len(text):
        end = cut_point(text, start, max_chars)
        yield start, end
        start = end


def truncate(text: str, max_chars: int) -> tuple[str, int]:
    """``text`` cut to at most ``max_chars`` at a paragraph boundary, and how much was cut."""
    if len(text) <= max_chars:
        return text, 0
    end = cut_point(text, 0, max_chars)
    return text[:end], len(text) - end


ParseOne = Callable[[str, Any], Document]


def parse_chunked(text: str, max_chars: int, parse: ParseOne, published: Any = None) -> Document:
    """Parse ``text`` in pieces with ``parse(piece, published)`` and merge the results.

    The first piece's publication date (found in its dateline, or ``published``) is passed to
    the later pieces, so that their dates without a year resolve against it.
    """
    merger = Merger()
    for start, end in split(text, max_chars):
        if not text[start:end].strip():
            continue
        piece = parse(text[start:end], published)
        if published is None and piece.published:
            published = piece.published
        merger.add(piece, start)
    return merger.document()


class Merger:
    """Accumulates chunk Documents into one, renumbering ids and joining same-named entities."""

    def __init__(self) -> None:
        self.head: Document | None = None
        self.places: dict[str, Place] = {}  # by new id, in order of first mention
        self.orgs: dict[str, Organization] = {}
        self.people: dict[str, Person] = {}
        self.dates: list[DateMention] = []
        self.durations: list[DurationMention] = []
        self.unresolved_dates: list[UnresolvedDate] = []
        self.agreements: list[Agreement] = []
        self.obligations: list[Obligation] = []
        self.warnings: list[str] = []
        self.by_name: dict[tuple[str, str], str] = {}  # (kind, name) -> new id
        self.counts: dict[str, int] = {}

    def add(self, doc: Document, offset: int) -> None:
        if self.head is None:
            self.head = doc
        ids: dict[str, str] = {}
        remap = lambda old: ids.get(old, old) if old else old  # noqa: E731
        for place in doc.places:
            ids[place.id] = self.join("loc", place.name)
        for place in doc.places:
            new = ids[place.id]
            moved = replace(place, id=new, parent=remap(place.parent), mentions=shift(place.mentions, offset))
            self.places[new] = merged(self.places.get(new), moved)
        for org in doc.organizations:
            ids[org.id] = self.join("org", org.name)
            moved = replace(org, id=ids[org.id], place=remap(org.place), mentions=shift(org.mentions, offset))
            self.orgs[moved.id] = merged(self.orgs.get(moved.id), moved)
        for person in doc.people:
            ids[person.id] = self.join("per", person.name, person)
            roles = tuple(
                replace(r, organization=remap(r.organization), mention=move(r.mention, offset),
                        mentions=shift(r.mentions, offset))
                for r in person.roles
            )
            moved = replace(person, id=ids[person.id], roles=roles, mentions=shift(person.mentions, offset))
            self.people[moved.id] = merged(self.people.get(moved.id), moved)
        for date in doc.dates:
            ids[date.id] = new = f"date{len(self.dates) + 1}"
            self.dates.append(replace(date, id=new, start=date.start + offset, end=date.end + offset))
        for duration in doc.durations:
            self.durations.append(replace(duration, id=f"dur{len(self.durations) + 1}",
                                          start=duration.start + offset, end=duration.end + offset))
        for udate in doc.unresolved_dates:
            self.unresolved_dates.append(replace(udate, id=f"udate{len(self.unresolved_dates) + 1}",
                                                 start=udate.start + offset, end=udate.end + offset))
        for agreement in doc.agreements:
            ids[agreement.id] = new = f"agr{len(self.agreements) + 1}"
            self.agreements.append(replace(
                agreement, id=new, parties=tuple(map(remap, agreement.parties)),
                signatories=tuple(map(remap, agreement.signatories)), place=remap(agreement.place),
                mention=move(agreement.mention, offset),
            ))
        for obligation in doc.obligations:
            self.obligations.append(replace(
                obligation, parties=tuple(map(remap, obligation.parties)),
                agreement=remap(obligation.agreement), deadline=remap(obligation.deadline),
                issued_by=remap(obligation.issued_by), mention=move(obligation.mention, offset),
            ))
        self.warnings.extend(w for w in doc.warnings if w not in self.warnings)

    def join(self, kind: str, name: str, person: Person | None = None) -> str:
        """The new id of an entity: the one already known by that name, or the next one."""
        key = (kind, name)
        if key not in self.by_name and person is not None and person.last and not person.first:
            # "Филимонов" alone in a later chunk is the one full "Георгий Филимонов" seen before
            same = [p.id for p in self.people.values() if p.last == person.last]
            if len(same) == 1:
                return same[0]
        if key not in self.by_name:
            self.counts[kind] = self.counts.get(kind, 0) + 1
            self.by_name[key] = f"{kind}{self.counts[kind]}"
        return self.by_name[key]

    def document(self) -> Document:
        head = self.head or Document()
        return replace(
            head,
            places=tuple(self.places.values()),
            organizations=tuple(self.orgs.values()),
            people=tuple(self.people.values()),
            dates=tuple(self.dates),
            durations=tuple(self.durations),
            unresolved_dates=tuple(self.unresolved_dates),
            agreements=tuple(self.agreements),
            obligations=tuple(self.obligations),
            warnings=tuple(self.warnings),
        )


def move(mention: Mention, offset: int) -> Mention:
    return replace(mention, start=mention.start + offset, end=mention.end + offset)


def shift(mentions: tuple[Mention, ...], offset: int) -> tuple[Mention, ...]:
    return tuple(move(m, offset) for m in mentions)


def merged(old: Any, new: Any) -> Any:
    """One record from two of the same entity: first values win, mentions and roles add up."""
    if old is None:
        return new
    changes: dict[str, Any] = {"mentions": old.mentions + new.mentions}
    for name in ("short_name", "place", "parent", "first", "middle", "last"):
        if hasattr(old, name) and getattr(old, name) is None:
            changes[name] = getattr(new, name)
    if isinstance(old, Person):
        changes["roles"] = joined_roles(old.roles, new.roles)
    return replace(old, **changes)


def joined_roles(old: tuple, new: tuple) -> tuple:
    """The roles of two chunks: a role said again in the later chunk adds its mentions."""
    out = list(old)
    for role in new:
        same = next((i for i, r in enumerate(out) if (r.title, r.organization, r.acting, r.status)
                     == (role.title, role.organization, role.acting, role.status)), None)
        if same is None:
            out.append(role)
        else:
            out[same] = replace(out[same], mentions=out[same].mentions + role.mentions)
    return tuple(out)
