"""Bare references by descriptor, and capitalised short names: ``газета «Коммерсантъ»`` ... ``По данным издания`` ... ``Газета
также пишет``; ``телеканала World Fashion Channel`` ... ``руководство телеканала``; ``НАТО`` ...
``члены альянса``. A news text names an organization once with a descriptor noun (before the name
or as the head of its name) and then refers back to it with that noun alone.

A reference joins the one organization named before it whose descriptors it can stand for
(``descriptor_refs.tsv``); with two such, or none, it stays a common noun. ``агентство`` joins only a
media agency, and none where a government agency is named too (a federal ``агентство`` is the
bare references' rule's).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from .inflect import fold
from .org_context import Candidate, best
from .org_references import bare, first_in_sentence, head_of
from .org_words import PLATFORMS
from .place_zones import overlaps
from .token_index import token_index

MEDIA = "*"  # a descriptor that stands for every organization of the media kind
NETWORK = "соцсеть"  # ``социальная сеть``, the descriptor of a social network's company


@cache
def references() -> dict[str, frozenset[str]]:
    """Reference noun -> the descriptor lemmas it stands for."""
    from ..data import read_rows

    return {row[0]: frozenset(row[1].split()) for row in read_rows("descriptor_refs") if len(row) >= 2}


@cache
def reference_lemmas() -> frozenset[str]:
    return frozenset((*references(), "сеть"))


@cache
def known() -> dict[str, frozenset[str]]:
    """Canonical name -> the descriptors a well-known organization goes by (``НАТО``: ``альянс``)."""
    from ..data import read_rows

    return {row[0]: frozenset(row[1].split()) for row in read_rows("known_descriptors") if len(row) >= 2}


def add_descriptor_references(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    """Every bare reference noun that stands for exactly one organization named before it joins it."""
    refs = references()
    heads = {key: common_head(best(cs).name) for key, cs in groups.items() if cs}
    # the index serves the fixed word list only: a list of the document's own heads would be a new
    # list per document, and each new list empties the index's word memo for every later document
    fixed = reference_lemmas()
    found = set(token_index(analysis).with_lemma(fixed))
    extra = frozenset(heads.values()) - fixed
    if extra:
        found.update(i for i, t in enumerate(analysis.tokens) if t.lemma in extra)
    tokens = [analysis.tokens[i] for i in sorted(found)]
    if not tokens:
        return
    every = frozenset().union(*refs.values())
    described = {key: descriptors(analysis, cs, every) for key, cs in groups.items() if cs}
    first = {key: min(c.start for c in groups[key]) for key in described}
    taken = [(c.start, c.stop) for cs in groups.values() for c in cs]
    for token in tokens:
        lemma = phrase_lemma(analysis, token)
        # a capitalised ``Агентства``, ``Конгресса`` mid-sentence is the short name of the one body so headed
        capital = token.text[:1].isupper() and not token.text.isupper() and not first_in_sentence(analysis, token)
        if lemma not in refs and not capital or token.pos not in ("NOUN", "PROPN") or token.feats.get("Number") == "Plur":
            continue
        start = token.start if lemma == token.lemma else analysis.tokens[token.index - 1].start
        if overlaps(start, token.stop, taken) or not bare(analysis, token, strict=lemma == token.lemma):
            continue  # (``популярной социальной сети``: the adjective is the phrase's own)
        if not referring(analysis, token):
            continue
        if capital:
            keys = [k for k in described if first[k] < token.start and heads[k] == lemma]
        else:
            keys = [k for k, d in described.items() if first[k] < token.start and d & refs[lemma]]
        if lemma == "агентство" and (any(best(groups[k]).kind not in AGENCIES for k in keys) or governed(groups)):
            continue  # ``агентство`` of a federal agency is the bare references' rule's
        if len(keys) == 1:
            top = best(groups[keys[0]])
            groups[keys[0]].append(Candidate(start, token.stop, top.name, top.kind, key=keys[0], rank=9))
            taken.append((start, token.stop))


def descriptors(analysis: Any, cs: list[Candidate], every: frozenset[str]) -> set[str]:
    """The descriptor nouns of a group: its names' heads (``Федерация бобслея``), the noun written
    before a mention (``телеканала World Fashion Channel``, ``газета «Ведомости»``), the gazetteer's."""
    tokens = analysis.tokens
    top = best(cs)
    found = set(known().get(top.name, ()))
    if top.kind == "media" or top.key.startswith("media:"):
        found.add(MEDIA)
    if fold(top.name).lower() in PLATFORMS:
        found.add(NETWORK)  # ``Facebook`` ... ``популярной социальной сети``
    for c in cs:
        if c.rank >= 9:
            continue  # a reference is no descriptor of its own
        head = head_of(c.name)
        if head in every:
            found.add(head)
        token = analysis.token_at(c.start)
        if token is None:
            continue
        words = [t for t in analysis.tokens_in(c.start, c.stop)][:1]
        if words and words[0].pos == "NOUN" and words[0].lemma in every:
            found.add(words[0].lemma)  # ``газета «Ведомости»``: the descriptor inside the mention
        k = token.index - 1
        if k >= 0 and tokens[k].text in "«\"":
            k -= 1
        prev = tokens[k] if k >= 0 else None
        if prev is not None and prev.sent == token.sent and prev.pos == "NOUN" and phrase_lemma(analysis, prev) in every \
                and (prev.text.islower() or first_in_sentence(analysis, prev)):
            found.add(phrase_lemma(analysis, prev))
    return found


def common_head(name: str) -> str:
    """The head lemma of a name whose head is a common noun (``Конгресс США``, ``Международное
    агентство ...``); none where the first noun is a capitalised name inside (``МП г. Омска «...»``)
    or the name is that one word."""
    head = head_of(name)
    words = name.split("«")[0].split()
    if len(words) < 2:
        return ""  # ``Союз``, ``Барселона``: a one-word name repeated is no short form of it
    word = next((w for w in words if w[:1].isalpha() and not w.isupper() and w.lower().startswith(head[:3])), "")
    return head if word and (word.islower() or word == words[0]) else ""


def phrase_lemma(analysis: Any, token: Any) -> str:
    """``социальной сети`` reads as one noun, ``соцсеть``; any other token its own lemma."""
    prev = analysis.tokens[token.index - 1] if token.index else None
    if token.lemma == "сеть" and prev is not None and prev.lemma == "социальный":
        return NETWORK
    return token.lemma


# nouns that also name a product or an act: ``издание фетв`` is publishing, no media outlet
ACT_NOUNS = frozenset(("издание",))


def referring(analysis: Any, token: Any) -> bool:
    """Can the noun refer back: no name after it, no plural relative (``федерации, которые``), and an
    act noun only ends its phrase (``по данным издания,``; ``издание сообщило``)."""
    after = analysis.tokens[token.index + 1 : token.index + 3]
    if after and after[0].pos == "PROPN":
        return False  # ``директору театра Игорю Лазареву``: the person's post, the person acts
    if len(after) == 2 and after[0].text == "," and after[1].lemma == "который" and after[1].feats.get("Number") == "Plur":
        return False
    if token.lemma in ACT_NOUNS and after and after[0].sent == token.sent:
        return after[0].pos in ("PUNCT", "VERB", "AUX") and after[0].text not in "«\"("
    return True


# the kinds of agency a bare ``агентство`` may join: a news agency, an international one (МАГАТЭ)
AGENCIES = frozenset(("media", "international"))


def governed(groups: dict[str, list[Candidate]]) -> bool:
    """Does the text name a government agency (``Федеральное агентство ...``)?"""
    return any(best(cs).kind not in AGENCIES and "агентств" in best(cs).name.lower() for cs in groups.values() if cs)
