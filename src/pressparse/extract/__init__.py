"""One module per result field; each stage reads the analysis and what earlier stages found."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..result import (Agreement, DateMention, DurationMention, Obligation, Organization, Person, Place,
                      UnresolvedDate)


@dataclass(slots=True)
class Found:
    """What the stages have found so far, in stage order (later stages may read earlier ones)."""

    title: str | None = None
    source: str | None = None
    places: list[Place] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    unresolved_dates: list[UnresolvedDate] = field(default_factory=list)
    durations: list[DurationMention] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    obligations: list[Obligation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
