"""Parser: loads the models once per process and runs the stages in a fixed order."""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, datetime
from typing import Any, Callable, Union

from .analysis import Analysis, analyze, load_models
from .analysis.chunk import parse_chunked, truncate
from .extract import Found
from .extract.agreements import extract_agreements
from .extract.dates import extract_dates
from .extract.dates_durations import extract_durations
from .extract.dates_unresolved import extract_unresolved_dates
from .extract.meta import extract_meta
from .extract.obligations import extract_obligations
from .extract.organizations import extract_organizations
from .extract.people import extract_people
from .extract.places import extract_places
from .extract.published import find_published, format_published, parse_published
from .result import Document

log = logging.getLogger(__name__)

Stage = Callable[[Analysis, Found], Any]

# (field of Found the stage fills, stage); later stages read what earlier ones found
STAGES: tuple[tuple[str | None, Stage], ...] = (
    (None, extract_meta),
    ("places", extract_places),
    ("organizations", extract_organizations),
    ("people", extract_people),
    ("dates", extract_dates),
    ("unresolved_dates", extract_unresolved_dates),
    ("durations", extract_durations),
    ("agreements", extract_agreements),
    ("obligations", extract_obligations),
)

Published = Union[str, date, datetime, None]
Item = Union[str, tuple, dict]

MIN_CYRILLIC_SHARE = 0.3
MAX_CHARS = 5_000_000  # longer texts are cut, with a warning
CHUNK_CHARS = 100_000  # longer texts are parsed in pieces, to bound memory


class Parser:
    """Russian press release -> :class:`~pressparse.result.Document`.

    Models load lazily on first use and are shared by every Parser of the process.
    ``strict=True`` lets a failing stage raise instead of turning into a warning.
    ``freeze_gc=True`` (the default) freezes, after the first document, what parsing loaded
    (models, gazetteers, caches) out of the cyclic garbage collector's scans (see
    :func:`settle_memory`); pass False to leave the process's collector alone.
    A text longer than ``chunk_chars`` is parsed in paragraph-aligned pieces and merged; one
    longer than ``max_chars`` is cut at a paragraph boundary first, with a warning.
    """

    def __init__(
        self, *, strict: bool = False, max_chars: int = MAX_CHARS, chunk_chars: int = CHUNK_CHARS,
        freeze_gc: bool = True,
    ) -> None:
        self.strict = strict
        self.freeze_gc = freeze_gc
        self.max_chars = max_chars
        self.chunk_chars = chunk_chars

    def parse(self, text: str, *, id: str | None = None, published: Published = None) -> Document:
        """Parse one text; ``published`` (ISO string, date or datetime) overrides the dateline."""
        return next(self.pipe([{"id": id, "text": text, "published": published}]))

    def pipe(
        self, items: Iterable[Item], *, batch_size: int = 32, n_process: int = 1
    ) -> Iterator[Document]:
        """Parse many texts, yielding Documents in input order.

        An item is a text, an ``(id, text)`` or ``(id, text, published)`` tuple, or a dict with
        ``text`` and optional ``id`` and ``published``. ``n_process`` > 1 parses in that many
        worker processes (-1: all cores), ``batch_size`` documents at a time, each worker
        loading the models once; a document that fails there raises ValueError.
        """
        if n_process != 1:
            yield from pipe_processes(items, batch_size=batch_size, n_process=n_process)
            return
        for item in items:
            id, text, published = unpack(item)
            yield self.parse_one(text, id=id, published=published)

    def parse_one(self, text: str, *, id: str | None, published: Published) -> Document:
        warnings: list[str] = []
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        if not text.strip():
            return Document(id=id, warnings=("empty text",))
        if len(text) > self.max_chars:
            text, cut = truncate(text, self.max_chars)
            warnings.append(f"text longer than {self.max_chars} characters: the last {cut} were not parsed")
        if len(text) > self.chunk_chars:
            def piece(chunk: str, when: Published) -> Document:
                return self.parse_one(chunk, id=id, published=when)

            doc = parse_chunked(text, self.chunk_chars, piece, published)
            return replace(doc, id=id, warnings=tuple(warnings + [w for w in doc.warnings if w not in warnings]))
        if cyrillic_share(text) < MIN_CYRILLIC_SHARE:
            warnings.append("text does not look Russian: results are best effort")
        analysis = analyze(text, load_models())
        given = parse_published(published) if published is not None else None
        analysis.published = given or find_published(analysis)
        found = Found()
        for field, stage in STAGES:
            try:
                records = stage(analysis, found)
            except Exception as error:  # one broken layer must not lose the document
                if self.strict:
                    raise
                log.exception("stage %s failed", stage.__name__)
                warnings.append(f"{stage.__name__} failed: {error!r}")
                continue
            if field:
                setattr(found, field, list(records))
        if self.freeze_gc:
            settle_memory()
        return Document(
            id=id,
            title=found.title,
            published=format_published(analysis.published),
            source=found.source,
            organizations=tuple(found.organizations),
            people=tuple(found.people),
            dates=tuple(found.dates),
            places=tuple(found.places),
            obligations=tuple(found.obligations),
            agreements=tuple(found.agreements),
            durations=tuple(found.durations),
            unresolved_dates=tuple(found.unresolved_dates),
            warnings=tuple(warnings + found.warnings),
        )


_settled = False


def settle_memory() -> None:
    """Move every object alive now into the collector's permanent generation, once per process.

    After the first document the models, gazetteers, tries and word caches (some 80,000 objects)
    are built and live as long as the process; each full collection would walk them all again,
    which cost about 15% of parsing time. Frozen objects are still freed by reference counting.
    """
    global _settled
    if not _settled:
        _settled = True
        gc.freeze()


def pipe_processes(items: Iterable[Item], *, batch_size: int, n_process: int) -> Iterator[Document]:
    from .pool import cpu_count, imap_partition

    rows = ({"id": id, "text": text, "published": published}
            for id, text, published in map(unpack, items))
    jobs = cpu_count() if n_process < 1 else n_process
    for result in imap_partition(rows, jobs=jobs, chunk_size=batch_size):
        if "error" in result:
            raise ValueError(f"document {result['id']}: {result['error']}")
        yield Document.from_dict(result)


def unpack(item: Item) -> tuple[str | None, str, Published]:
    if isinstance(item, str):
        return None, item, None
    if isinstance(item, dict):
        return item.get("id"), item.get("text", ""), item.get("published")
    if isinstance(item, tuple) and len(item) in (2, 3):
        id, text, *rest = item
        return (None if id is None else str(id)), text, (rest[0] if rest else None)
    raise TypeError("an item is a text, (id, text), (id, text, published) or a dict")


def cyrillic_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum("а" <= c.lower() <= "я" or c in "ёЁ" for c in letters) / len(letters)


_DEFAULT: Parser | None = None


def parse(text: str, *, id: str | None = None, published: Published = None) -> Document:
    """Parse one text with a process-wide default Parser."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Parser()
    return _DEFAULT.parse(text, id=id, published=published)
