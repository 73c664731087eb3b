"""Mixed-case abbreviations that spell a word: ``ВолГУ`` written small is ``Волгу`` (the river),
so its gazetteer key needs a token written with inner capitals."""

from __future__ import annotations

from functools import lru_cache

from .inflect import fold

CASED = "^"  # key prefix of the mixed-case abbreviations that a token must write with capitals


@lru_cache(maxsize=65536)
def spells_word(word: str) -> bool:
    """Is ``word`` a mixed-case abbreviation (``ВолГУ``, ``УрФУ``) whose letters, written small,
    are a form of a common word or name (``Волгу``, ``Урфу``)? Such a key needs the capitals."""
    if "-" in word or word.isupper() or not word[-2:].isupper():
        return False  # ``МегаФон``, ``РусГидро``: a company's styling, written small as often
    return plain_word(fold(word))


@lru_cache(maxsize=1 << 14)
def plain_word(small: str) -> bool:
    """Is ``small`` a form of a dictionary word or name, not only an abbreviation (``волгу``, ``могу``)?"""
    from ..analysis.morph import morph_analyzer

    return morph_analyzer().word_is_known(small) and any(
        not {"Abbr", "Orgn"} & set(str(p.tag).replace(" ", ",").split(",")) for p in morph_analyzer().parse(small)
        if p.word == small and p.tag.POS is not None)


def cased(text: str) -> bool:
    """A token in mixed case (``ВолГУ``), no hyphen; not all capitals: ``МОСТ ЧЕРЕЗ ВОЛГУ`` is a headline."""
    return "-" not in text and not text.isupper() and any(c.isupper() for c in text[1:])
