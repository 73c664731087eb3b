"""A legal form spelled out before a quoted name (``Акционерное общество «Сибирский химический
комбинат»``, ``областное казенное учреждение «Челябинскавтодор»``): a company's form the gold writes
by its abbreviation (``АО «…»``, press15 04), any other form in full, in the nominative, as the text
words it (press2 08, press20 12). A university's form (``федерального государственного бюджетного
образовательного учреждения высшего образования «…»``) is left to the caller: the name alone."""

from __future__ import annotations

from typing import Any

from .inflect import capitalize_first, stem, to_nominative

# the spelled company forms and their abbreviations, by the stems of their words
ABBREVIATED = {
    tuple(stem(w) for w in full.split()): short
    for full, short in (
        ("акционерное общество", "АО"),
        ("публичное акционерное общество", "ПАО"),
        ("непубличное акционерное общество", "АО"),
        ("открытое акционерное общество", "ОАО"),
        ("закрытое акционерное общество", "ЗАО"),
        ("общество с ограниченной ответственностью", "ООО"),
    )
}


def spelled_form_name(analysis: Any, start: int, quote: int, inner: str) -> str:
    """The canonical name of ``inner`` after the form spelled from ``start`` to ``quote``."""
    tokens = [t for t in analysis.tokens_in(start, quote) if t.pos != "PUNCT"]
    short = ABBREVIATED.get(tuple(stem(t.text) for t in tokens))
    if short is not None:
        return f"{short} «{inner}»"
    return f"{capitalize_first(to_nominative(analysis, tokens))} «{inner}»"
