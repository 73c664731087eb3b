"""A body named by the common noun of its own name: ``порт обязуется`` after ``АО «Восточный
Порт»``, ``федерация берет на себя`` in an agreement with ``Федерация лыжных гонок ...``,
``поручил больнице`` after ``... клиническая больница``, ``банк`` for ``... ПАО Сбербанк``,
``водоканал`` for ``Горводоканала``.

The noun stands for the one organization whose name holds it (an agreement's sides first); of
several, the ones named before the noun (a reference points back); still several: nobody.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..analysis.doc import Token
from ..data import read_rows
from .clauses import Syntax, lemma
from .obligation_refs import SIDE_WORDS, TERRITORIES, names, organizations

# nouns too vague to pick a body by name ("орган", "организация" head many names)
VAGUE = {"орган", "организация", "структура", "учреждение", "сторона", "партнер", "группа", "отдел", "служба",
         "управление", "министерство", "комитет", "департамент", "ведомство", "администрация", "правительство"}
WORD = re.compile(r"[а-яa-z]+")


def body_by_word(syntax: Syntax, head: Token, sides: tuple[str, ...] = ()) -> list[str]:
    """The organization a singular common noun names by its own name's word (see the module)."""
    word = lemma(head).replace("ё", "е")
    if head.feats.get("Number") == "Plur" or head.feats.get("Animacy") == "Anim" or len(word) < 4:
        return []
    if head.pos != "NOUN" and not (head.pos in ("PROPN", "ADJ") and opens_sentence(syntax, head) and noun_word(syntax, head)):
        return []  # a capitalized "Федерация обязуется" is tagged a name ("Пароходство" an adjective)
    if word in VAGUE or word in TERRITORIES or word in SIDE_WORDS:
        return []
    orgs = organizations(syntax)
    own = [r for r in orgs if r.id in sides]
    pool = own or orgs  # sides that are the signers, not bodies: any body of the release
    fits = [r for r in pool if holds(syntax, names(r), word)]
    full = short_forms().get(word)
    if not fits and full:  # "палата и минздрав договорились": the ministry of health named in full
        fits = [r for r in pool if full in names(r)]
    if len(fits) > 1 or not own:
        fits = [r for r in fits if min(m.start for m in r.mentions) < head.start]
    return [fits[0].id] if len(fits) == 1 else []


def noun_word(syntax: Syntax, head: Token) -> bool:
    parses = syntax.analysis.vocab(head.text)
    return bool(parses) and parses[0].pos == "NOUN"


def opens_sentence(syntax: Syntax, head: Token) -> bool:
    return any(s.first == head.index for s in syntax.analysis.sents)


def holds(syntax: Syntax, text: str, word: str) -> bool:
    """A name word of the noun's lemma (``больницы`` ~ ``больница``, not ``дорожного`` ~
    ``дорога``) or a compound that ends with the noun (``сбербанк``)."""
    return any((len(w) > len(word) and w.endswith(word)) or word in normals(syntax, w)
               or any(len(n) > len(word) and n.endswith(word) for n in normals(syntax, w)) for w in WORD.findall(text))


_NORMALS: dict[str, frozenset[str]] = {}


def normals(syntax: Syntax, word: str) -> frozenset[str]:
    out = _NORMALS.get(word)
    if out is None:
        if len(_NORMALS) >= 100_000:  # keyed by words: bounded over millions of releases
            _NORMALS.clear()
        out = _NORMALS[word] = frozenset(p.normal.replace("ё", "е") for p in syntax.analysis.vocab(word))
    return out


@lru_cache(maxsize=None)
def short_forms() -> dict[str, str]:
    """``минздрав`` -> ``министерство здравоохранения`` (``data/abbreviations.tsv``)."""
    return {row[0].replace("ё", "е"): row[1].replace("ё", "е") for row in read_rows("abbreviations.tsv") if " " not in row[0]}


@lru_cache(maxsize=None)
def trades() -> dict[str, tuple[str, ...]]:
    return {row[0]: tuple(row[1].split(",")) for row in read_rows("obligation_trades.tsv")}


def side_by_trade(syntax: Syntax, head: Token, sides: tuple[str, ...]) -> list[str]:
    """``энергетики обязуются`` in an agreement of a grid company and a district: the one side
    whose name says it is of that trade (``data/obligation_trades.tsv``)."""
    if head.pos not in ("NOUN", "PROPN") or len(sides) < 2:  # "Верфь обязуется": a capital read as a name
        return []
    # the tagger may read "энергетики" as the field's genitive: a plural reading of a trade will do
    # (a thing's singular too: "верфь обязуется" of a shipbuilding plant)
    words = [p.normal.replace("ё", "е") for p in syntax.analysis.vocab(head.text.lower()) if "plur" in p.tag or "inan" in p.tag]
    stems = next((trades()[w] for w in words if w in trades()), None)
    if stems is None:
        return []
    records = {r.id: r for r in organizations(syntax)}
    fit = [i for i in sides if i in records and any(s in names(records[i]) for s in stems)]
    return fit if len(fit) == 1 else []
