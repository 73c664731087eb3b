"""Read a release from bytes or a file: decoding with a clear error for what is not text.

Order of trust: an explicit ``encoding``; a BOM (UTF-8, UTF-16); strict UTF-8; UTF-16 without
a BOM (Cyrillic in UTF-16 is unmistakable by its byte pattern); then the Cyrillic code pages
cp1251, KOI8-R, cp866 and Mac Cyrillic, chosen by charset-normalizer and checked by how
plausible the decoded Russian looks. A fallback is reported in ``Source.warnings``.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..result import Document

CYRILLIC_ENCODINGS = ["cp1251", "koi8_r", "cp866", "mac_cyrillic"]
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
# a text may hold a stray control character; binary content holds many
MAX_CONTROL_SHARE = 0.01
# what a Russian text is made of; anything else in a code-page decoding is suspicious
PLAIN = re.compile(r"[\sа-яёА-ЯЁ\x20-\x7e«»„“”‘’—–…№•°\u00a0]")
# "пРАВИТЕЛЬСТВО": a capital right after a small letter is what a wrong code page produces
CASE_FLIP = re.compile(r"[а-яё][А-ЯЁ]")
# "”ченые", "¬ологда": a capital read in the wrong code page is often punctuation glued to a word
GLUED = re.compile(r"[»…–—”’№¬√≈∆][а-яё]|[а-яё][«“„№]")
CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
COMMON = re.compile(r"[оеаинтсрвлОЕАИНТСРВЛ]")
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
SAMPLE = 200_000  # characters enough to judge a decoding


class InputError(Exception):
    """Input that cannot be read as a text: the message is one line for the user."""


@dataclass(slots=True)
class Source:
    """A decoded input: the text every offset will refer to, and what the reader noticed.

    ``title`` and ``published`` (ISO 8601) come from a web page's metadata; they are None
    for plain text. :func:`complete` copies them into a Document that lacks them.
    """

    text: str
    id: str | None = None
    warnings: list[str] = field(default_factory=list)
    title: str | None = None
    published: str | None = None


def read_path(path: str | Path, *, encoding: str | None = None, format: str | None = None) -> Source:
    """Read a file: a web page (``format="html"``, or a ``.html``/``.htm`` name) or a text.

    ``encoding`` overrides detection. Raises :class:`InputError` with a one-line message.
    """
    path = Path(path)
    if format not in (None, "html", "text", "txt"):
        raise InputError(f"{path}: unknown format {format!r}: use 'html' or 'text'")
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror or error}") from None
    if format == "html" or (format is None and path.suffix.lower() in HTML_SUFFIXES):
        page: bytes | str = decode(data, encoding=encoding, name=str(path)).text if encoding else data
        source = read_html(page, name=str(path))
    else:
        source = decode(data, encoding=encoding, name=str(path))
    source.id = path.name
    return source


def read_html(data: bytes | str, *, name: str = "input") -> Source:
    """A web page -> its main text, title and publication date (needs ``pressparse[html]``)."""
    from .html import read_html as read

    return read(data, name=name)


def decode(data: bytes, *, encoding: str | None = None, name: str = "input") -> Source:
    """Bytes -> text: ``encoding`` if given, else detection; :class:`InputError` if not a text."""
    if encoding:
        return checked(forced(data, encoding, name), name)
    if data.startswith(codecs.BOM_UTF8):
        return checked(strict(data[len(codecs.BOM_UTF8):], "utf-8", name, "broken UTF-8 text"), name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return checked(strict(data, "utf-16", name, "broken UTF-16 text"), name)
    # before UTF-8: Cyrillic UTF-16 is valid UTF-8 made of control characters
    wide = utf16_without_bom(data)
    if wide:
        try:
            source = Source(data.decode(wide), warnings=[f"decoded as {wide} without a BOM, not UTF-8"])
            return checked(source, name)
        except UnicodeDecodeError:
            pass
    try:
        return checked(Source(data.decode("utf-8")), name)
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise InputError(f"{name}: binary content, not a text")
    return checked(fallback(data, name), name)


def forced(data: bytes, encoding: str, name: str) -> Source:
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        raise InputError(f"{name}: unknown encoding {encoding!r}") from None
    if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    return strict(data, codec, name, f"cannot decode as {encoding}")


def strict(data: bytes, codec: str, name: str, problem: str) -> Source:
    try:
        return Source(data.decode(codec))
    except UnicodeDecodeError as error:
        raise InputError(f"{name}: {problem}: {error.reason} at byte {error.start}") from None
    except (LookupError, UnicodeError, ValueError) as error:  # "base64 is not a text encoding"
        raise InputError(f"{name}: {problem}: {one_line(error)}") from None


def utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte is 0x04 (Cyrillic) or 0x00 (ASCII)."""
    if len(data) < 8 or len(data) % 2:
        return None
    sample = data[:4096]
    for codec, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if sum(b in (0, 4) for b in high) >= 0.9 * len(high) and high.count(4) >= 0.2 * len(high):
            return codec
    return None


def fallback(data: bytes, name: str) -> Source:
    """The Cyrillic code page whose decoding reads most like Russian."""
    from charset_normalizer import from_bytes

    guess = from_bytes(data, cp_isolation=CYRILLIC_ENCODINGS).best()
    order = ([guess.encoding] if guess is not None else []) + CYRILLIC_ENCODINGS
    best: tuple[tuple[float, int], str, str] | None = None
    for codec in dict.fromkeys(order):  # charset-normalizer's pick wins ties
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        sample = text[:SAMPLE]
        # a code page decodes any bytes: noise shows as many characters no text has
        if len(PLAIN.sub("", sample)) > 0.05 * len(sample) + 2:
            continue
        # on a tie, more letters: "Ученые" in Mac Cyrillic is "“ченые" in cp1251
        score = (implausibility(sample), -len(CYRILLIC.findall(sample)))
        if best is None or score < best[0]:
            best = (score, codec, text)
    if best is None:
        raise InputError(f"{name}: not UTF-8 and not a Cyrillic code page: cannot decode")
    return Source(best[2], warnings=[f"decoded as {best[1]}, not UTF-8"])


def implausibility(text: str) -> float:
    """How unlike Russian a decoding reads: characters a Russian text would not have, capitals
    inside small-letter words, punctuation glued to letters, and too few of the commonest letters
    (a wrong code page permutes them: «оеаинтсрвл» are about 0.65 of the letters of a Russian
    text, under 0.45 in a wrong decoding)."""
    sample = text[:SAMPLE]
    letters = len(CYRILLIC.findall(sample))
    common = len(COMMON.findall(sample))
    rarity = letters * max(0.0, 0.5 - common / letters) if letters else 0.0
    return len(PLAIN.sub("", sample)) + len(CASE_FLIP.findall(sample)) + len(GLUED.findall(sample)) + rarity


def checked(source: Source, name: str) -> Source:
    """Refuse what decoded but is not a text: many control characters mean binary content."""
    text = source.text
    if text.startswith("\ufeff"):
        source.text = text = text[1:]
    sample = text[:SAMPLE]
    if len(CONTROL.findall(sample)) > MAX_CONTROL_SHARE * len(sample) + 1:
        raise InputError(f"{name}: binary content, not a text")
    return source


def one_line(error: Exception) -> str:
    return " ".join(str(error).split()) or type(error).__name__


def complete(doc: Document, source: Source) -> Document:
    """``doc`` with the reader's warnings first and the page's title and date where it lacks them."""
    return replace(
        doc,
        title=doc.title or source.title,
        published=doc.published or source.published,
        warnings=tuple(source.warnings) + tuple(doc.warnings),
    )
