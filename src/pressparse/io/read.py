"""Read a release from bytes or a file: decoding with a clear error for what is not text."""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path

CYRILLIC_ENCODINGS = ["cp1251", "koi8_r", "cp866", "mac_cyrillic"]


class InputError(Exception):
    """Input that cannot be read as a text: the message is one line for the user."""


@dataclass(slots=True)
class Source:
    text: str
    id: str | None = None
    warnings: list[str] = field(default_factory=list)


def read_path(path: str | Path, *, encoding: str | None = None) -> Source:
    """Read a text file; ``encoding`` overrides detection."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror or error}") from None
    source = decode(data, encoding=encoding, name=str(path))
    source.id = path.name
    return source


def decode(data: bytes, *, encoding: str | None = None, name: str = "input") -> Source:
    """Strict UTF-8 (BOM or not), UTF-16 with a BOM, then the Cyrillic code pages."""
    if encoding:
        try:
            return Source(data.decode(encoding))
        except (UnicodeDecodeError, LookupError) as error:
            raise InputError(f"{name}: cannot decode as {encoding}: {error}") from None
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(f"{name}: binary content, not a text")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Source(data.decode("utf-16"))
        except UnicodeDecodeError:
            raise InputError(f"{name}: broken UTF-16 text") from None
    try:
        return Source(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    return fallback(data, name)


def fallback(data: bytes, name: str) -> Source:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=CYRILLIC_ENCODINGS).best()
    if best is None:
        raise InputError(f"{name}: not UTF-8 and not a Cyrillic code page: cannot decode")
    return Source(str(best), warnings=[f"decoded as {best.encoding}, not UTF-8"])
