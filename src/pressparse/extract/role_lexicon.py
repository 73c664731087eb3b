"""The role layer's word lists: positions (``positions.tsv``), acting and former markers
(``acting.tsv``) and the words that end or extend a title (``role_words.tsv``), matched by lemma.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from .names import parses

ROLE_KINDS = ("head", "deputy", "member", "other")  # professions too, statuses aside (role_statuses.tsv)
PREFIXES = ("экс-", "вице-")


@dataclass(frozen=True, slots=True)
class Lexicon:
    phrases: dict[tuple[frozenset[str], ...], str]  # lemma sets of a position's words -> kind
    first_words: frozenset[str]  # lemmas that can start a position phrase
    by_first: dict[str, list[tuple[frozenset[str], ...]]]  # first-word lemma -> phrases, longest first
    longest: int
    words: dict[str, str]  # role_words.tsv: lemma -> kind
    acting: Any  # compiled regex of acting markers, group "marker"
    acting_expansion: dict[str, str]  # folded marker -> expansion
    former: frozenset[str]


def fold(word: str) -> str:
    return word.lower().replace("ё", "е")


@lru_cache(maxsize=50000)
def lemmas(word: str) -> frozenset[str]:
    """The folded word and every pymorphy3 normal form of it."""
    low = fold(word)
    out = {low}
    out.update(fold(p.normal_form) for p in parses(low))
    for prefix in PREFIXES:
        if low.startswith(prefix) and len(low) > len(prefix) + 2:
            out.update(fold(p.normal_form) for p in parses(low[len(prefix):]))
    head, dash, rest = low.partition("-")
    if dash and len(head) > 3 and len(rest) > 3 and not low.startswith(PREFIXES):
        # ``врач-реаниматолог``, ``писатель-фронтовик``: the first part names the position
        out.update(fold(p.normal_form) for p in parses(head) if p.tag.case in (None, "nomn") or p.tag.POS == "NOUN")
    return frozenset(out)


def token_lemmas(token: Any) -> frozenset[str]:
    return _token_lemmas(token.text, token.lemma)


@lru_cache(maxsize=50000)
def _token_lemmas(text: str, lemma: str) -> frozenset[str]:
    return lemmas(text) | {fold(lemma)}


@cache
def statuses() -> frozenset[str]:
    """Statuses that are no role (``студент``, ``олимпийский чемпион``): role_statuses.tsv."""
    from .. import data

    return frozenset(fold(r["title"]) for r in data.load_tsv("role_statuses"))


@cache
def lexicon() -> Lexicon:
    from .. import data

    phrases: dict[tuple[frozenset[str], ...], str] = {}
    extra = [data.Position(r["title"], r["kind"]) for r in data.load_tsv("role_positions")]
    for position in [*data.positions(), *extra]:
        if position.kind not in ROLE_KINDS or fold(position.title) in statuses():
            continue
        words = tuple(lemma_set(w) for w in position.title.split())
        phrases.setdefault(words, position.kind)
    first_words = frozenset(w for key in phrases for w in key[0])
    by_first: dict[str, list[tuple[frozenset[str], ...]]] = {}
    for key in sorted(phrases, key=len, reverse=True):
        for w in key[0]:
            by_first.setdefault(w, []).append(key)
    words = {fold(r["word"]): r["kind"] for r in data.load_tsv("role_words")}
    markers = [m for m in data.acting_markers() if m.kind == "acting"]
    expansion = {marker_key(m.marker): m.expansion for m in markers}
    alternatives = sorted({marker_pattern(m.marker) for m in markers}, key=len, reverse=True)
    acting = re.compile(r"(?<![\w.])(?P<marker>" + "|".join(alternatives) + r")(?![\w])", re.IGNORECASE)
    former = frozenset(fold(m.marker).rstrip("-.") for m in data.acting_markers() if m.kind == "former")
    return Lexicon(phrases, first_words, by_first, max(len(k) for k in phrases), words, acting, expansion, former)


def lemma_set(word: str) -> frozenset[str]:
    low = fold(word)
    return frozenset({low} | {fold(p.normal_form) for p in parses(low)[:1]})


def marker_key(marker: str) -> str:
    """``И. о.``, ``и.о`` -> ``и.о.``: letters and dots only, lowercase."""
    key = re.sub(r"\s+", "", fold(marker))
    return key if key.endswith(".") or "." not in key else key + "."


def marker_pattern(marker: str) -> str:
    parts = re.split(r"(\s+|\.)", fold(marker).strip())
    out = []
    for part in parts:
        if not part:
            continue
        if part == ".":
            out.append(r"\.\s?")
        elif part.isspace():
            out.append(r"\s*")
        else:
            stem = re.escape(part)
            # inflected participles: исполняющий / исполняющим / исполняющей
            if part.endswith(("ий", "ая")) and len(part) > 6:
                stem = re.escape(part[:-2]) + r"\w{1,3}"
            out.append(stem)
    return "".join(out).rstrip(r"\s?")


def word_kind(token: Any) -> str | None:
    """``unit``, ``stop``, ``domain``, ``appointed``, ``dismissed``, ``copula`` or None."""
    table = lexicon().words
    for lemma in sorted(token_lemmas(token)):
        kind = table.get(lemma)
        if kind:
            return kind
    return None


def match_position(tokens: list[Any], i: int, end: int | None = None) -> tuple[int, str] | None:
    """The longest position starting at ``tokens[i]`` and ending by ``end``: (index after it, kind)."""
    lex = lexicon()
    starts = token_lemmas(tokens[i]) & lex.first_words
    if not starts:
        return None
    end = len(tokens) if end is None else end
    keys = sorted({key for w in starts for key in lex.by_first[w]}, key=len, reverse=True)
    for key in keys:
        n = len(key)
        if i + n <= end and all(token_lemmas(tokens[i + k]) & key[k] for k in range(1, n)):
            if lex.phrases[key] == "other" and homograph(tokens[i], key[0]):
                continue
            return i + n, lex.phrases[key]
    return None


def homograph(token: Any, first: frozenset[str]) -> bool:
    """``критику политику Трампа``: a profession only by another parse of the word; the tagger's
    noun lemma (``политика``, ``критика``) names something else."""
    lemma = getattr(token, "lemma", None)
    if not lemma or getattr(token, "pos", None) != "NOUN" or "-" in token.text:
        return False
    return fold(lemma) not in first and fold(lemma) not in lexicon().first_words
