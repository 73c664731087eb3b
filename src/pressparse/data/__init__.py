"""Gazetteers of pressparse as plain UTF-8 TSV files, and their loaders.

Every ``*.tsv`` here has a header line first; ``#`` lines and blank lines are comments.
``|``-separated list columns come back as tuples from the typed loaders. Names keep ``ё`` only
where it is the official spelling: matching code is expected to fold ``ё`` to ``е``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = [
    "Abbreviation", "Body", "BodyTemplate", "City", "Country", "District", "LegalForm", "Marker",
    "Position", "Region", "abbreviations", "acting_markers", "cities", "countries",
    "federal_bodies", "federal_districts", "legal_forms", "load_tsv", "positions", "read_rows",
    "regional_bodies", "regions",
]


def _lines(name: str) -> list[list[str]]:
    """Cells of the data lines of ``name``: ``#`` comments and blank lines skipped."""
    if not name.endswith(".tsv"):
        name += ".tsv"
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def load_tsv(name: str) -> list[dict[str, str]]:
    """Rows of ``name`` (``"regions"`` or ``"regions.tsv"``) as dicts keyed by the header.

    Comment (``#``) and blank lines are skipped; missing trailing cells become ``""``;
    ``|``-lists stay strings.
    """
    lines = _lines(name)
    if not lines:
        return []
    header = [c.strip() for c in lines[0]]
    return [dict(zip(header, cells + [""] * (len(header) - len(cells)))) for cells in lines[1:]]


@cache
def read_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a headerless word list (``modality.tsv``): stripped cells, comments and blanks skipped."""
    return tuple(tuple(cell.strip() for cell in cells) for cells in _lines(name))


def _list(value: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in value.split("|") if p.strip())


@dataclass(frozen=True)
class Region:
    """A federal subject: canonical name, other names, adjectives, capital, federal district."""

    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    capital: str
    district: str


@dataclass(frozen=True)
class City:
    """A city or town, its region (a :class:`Region` name), other names, population in thousands."""

    name: str
    region: str
    aliases: tuple[str, ...]
    population: int


@dataclass(frozen=True)
class Country:
    """A country by its common Russian short name, with other names and adjectives."""

    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]


@dataclass(frozen=True)
class District:
    """A federal district (``Центральный федеральный округ``, alias ``ЦФО``)."""

    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]


@dataclass(frozen=True)
class Body:
    """A named national body or organization; ``short_names[0]`` is the canonical short name."""

    name: str
    short_names: tuple[str, ...]
    kind: str

    @property
    def short_name(self) -> str | None:
        return self.short_names[0] if self.short_names else None


@dataclass(frozen=True)
class BodyTemplate:
    """A generic head (``правительство``) that names a body with a region or city in the genitive."""

    head: str
    kind: str
    level: str

    @property
    def name(self) -> str:
        return self.head


@dataclass(frozen=True)
class Abbreviation:
    """A colloquial body abbreviation (``минсоц``) and its lemma expansion."""

    abbr: str
    expansion: str
    kind: str


@dataclass(frozen=True)
class LegalForm:
    """A legal-form abbreviation (``ПАО``) with its full name and the organization kind it implies."""

    abbr: str
    full: str
    kind: str


@dataclass(frozen=True)
class Position:
    """A position title lemma (``губернатор``) and its kind: head, deputy, member, other."""

    title: str
    kind: str


@dataclass(frozen=True)
class Marker:
    """An acting (``врио``) or former (``экс-``) marker with its expansion."""

    marker: str
    expansion: str
    kind: str


@cache
def regions() -> list[Region]:
    """The 89 federal subjects of Russia."""
    return [
        Region(r["name"], _list(r["aliases"]), _list(r["adjectives"]), r["capital"], r["district"])
        for r in load_tsv("regions")
    ]


@cache
def cities() -> list[City]:
    """Cities and towns of Russia; ``(name, region)`` is unique, a bare name may repeat."""
    return [
        City(r["name"], r["region"], _list(r["aliases"]), int(r["population"] or 0))
        for r in load_tsv("cities")
    ]


@cache
def countries() -> list[Country]:
    """Countries of the world with Russian names."""
    return [Country(r["name"], _list(r["aliases"]), _list(r["adjectives"])) for r in load_tsv("countries")]


@cache
def federal_districts() -> list[District]:
    """The 8 federal districts."""
    return [
        District(r["name"], _list(r["aliases"]), _list(r["adjectives"])) for r in load_tsv("federal_districts")
    ]


@cache
def federal_bodies() -> list[Body]:
    """Federal bodies, state companies, universities, media and international organizations."""
    return [Body(r["name"], _list(r["short_names"]), r["kind"]) for r in load_tsv("federal_bodies")]


@cache
def regional_bodies() -> list[BodyTemplate]:
    """Generic regional / municipal / territorial body heads."""
    return [BodyTemplate(r["head"], r["kind"], r["level"]) for r in load_tsv("regional_bodies")]


@cache
def abbreviations() -> list[Abbreviation]:
    """Colloquial abbreviations of body names (``облдума`` -> ``областная дума``)."""
    return [Abbreviation(r["abbr"], r["expansion"], r["kind"]) for r in load_tsv("abbreviations")]


@cache
def legal_forms() -> list[LegalForm]:
    """Legal-form abbreviations (``ООО``, ``ФГБОУ ВО``...)."""
    return [LegalForm(r["abbr"], r["full"], r["kind"]) for r in load_tsv("legal_forms")]


@cache
def positions() -> list[Position]:
    """Position titles and professions used as roles."""
    return [Position(r["title"], r["kind"]) for r in load_tsv("positions")]


@cache
def acting_markers() -> list[Marker]:
    """Acting (``врио``, ``и. о.``) and former (``бывший``, ``экс-``) markers."""
    return [Marker(r["marker"], r["expansion"], r["kind"]) for r in load_tsv("acting")]
