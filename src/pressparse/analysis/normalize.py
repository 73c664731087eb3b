"""Text normalization that keeps every offset: each character maps to exactly one character.

Models and rules see one spelling of spaces, quotes and dashes; results point into the
original text unchanged, because the normalized text has the same length.
"""

from __future__ import annotations

SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
OPEN_QUOTES = "\u201c\u201e\u201f\u2039"  # “ „ ‟ ‹
CLOSE_QUOTES = "\u201d\u203a"  # ” ›
APOSTROPHES = "\u2018\u2019\u201a\u201b\u02bc"

TABLE = str.maketrans(
    {
        **{c: " " for c in SPACES},
        **{c: "—" for c in DASHES if c not in "\u2010\u2011"},
        "\u2010": "-",
        "\u2011": "-",
        **{c: "«" for c in OPEN_QUOTES},
        **{c: "»" for c in CLOSE_QUOTES},
        **{c: "'" for c in APOSTROPHES},
    }
)


def normalize_text(text: str) -> str:
    """Spaces, dashes and quotes in one spelling each; ``len`` is unchanged."""
    text = text.translate(TABLE)
    if '"' in text:
        text = _pair_quotes(text)
    return text


def _pair_quotes(text: str) -> str:
    # ASCII quotes open after a space, a bracket or the start of a line, and close elsewhere
    chars = list(text)
    for i, c in enumerate(chars):
        if c == '"':
            before = chars[i - 1] if i else " "
            chars[i] = "«" if before.isspace() or before in "([{«—-/" else "»"
    return "".join(chars)
