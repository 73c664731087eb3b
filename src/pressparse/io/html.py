"""A web page -> the release it carries: main text without menus and footers, title, date.

trafilatura (the ``html`` extra) finds the main text and the page's metadata. The returned
text is what the parser reads and what every offset refers to: trafilatura's paragraphs
separated by blank lines, headed by the page's title when the body does not start with it.
"""

from __future__ import annotations

import json
import re

from .read import InputError, Source, checked, decode

# <meta charset="windows-1251"> or <meta http-equiv=... content="text/html; charset=koi8-r">
CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def read_html(data: bytes | str, *, name: str = "input") -> Source:
    """A web page (bytes or text) -> :class:`Source` with main text, title and ISO date."""
    try:
        import trafilatura
    except ImportError:
        raise InputError(f"{name}: reading HTML needs trafilatura: pip install pressparse[html]") from None
    warnings: list[str] = []
    if isinstance(data, bytes):
        page = decode_page(data, name)
        warnings = page.warnings
        markup = page.text
    else:
        markup = data
    if not markup.strip():
        return Source("", warnings=warnings)
    try:
        found = trafilatura.extract(
            markup, output_format="json", with_metadata=True, include_comments=False,
            include_tables=True, deduplicate=False,
        )
    except Exception as error:  # lxml or trafilatura on a broken page: one line for the user
        raise InputError(f"{name}: cannot read the page: {type(error).__name__}: {error}") from None
    if not found:
        return Source("", warnings=warnings + ["no main text found in the page"])
    meta = json.loads(found)
    title = clean(meta.get("title"))
    body = paragraphs(meta.get("text") or "")
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}" if body else title
    date = meta.get("date") or None
    published = date if date and ISO_DATE.match(date) else None
    return Source(body, warnings=warnings, title=title, published=published)


def decode_page(data: bytes, name: str) -> Source:
    """The page's declared charset when it decodes, else the text detection of :func:`decode`."""
    match = XML_ENCODING.match(data[:200]) or CHARSET.search(data[:4096])
    if match and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):  # a BOM outranks
        declared = match.group(1).decode("ascii", "replace")
        try:
            return checked(Source(data.decode(declared)), name)
        except (LookupError, UnicodeError, ValueError):
            pass  # a wrong or unknown declaration: detect
    return decode(data, name=name)


def paragraphs(text: str) -> str:
    """trafilatura's lines as paragraphs, as releases are written."""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


def clean(value: str | None) -> str | None:
    value = " ".join((value or "").split())
    return value or None
