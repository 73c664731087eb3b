"""A legislature's abbreviation and committees: ``ЗСК`` is the ``Законодательное Собрание
Краснодарского края`` the text names; ``комитета ЗСК по ...``, ``комитета городской Думы по ...``
and ``комитету по ...`` (the text's one legislature) are that legislature's committees, named
``Комитет <legislature in the genitive> по ...``.
"""

from __future__ import annotations

import re
from typing import Any

from .inflect import fold, genitive, stem, to_nominative
from .org_context import Candidate, best, name_key
from .place_zones import overlaps
from .token_index import token_index

ABBREVIATION = re.compile(r"[А-ЯЁ][А-ЯЁа-яё]{0,3}[А-ЯЁ]{1,4}")
OWNER_KINDS = frozenset(("legislature", "regional_body", "municipal_body"))
# words that may stand for the legislature right after ``комитета``
LEGISLATURE_WORDS = frozenset("дума собрание парламент хурал курултай гордума облдума заксобрание".split())
# a committee's remit: ``по вопросам здравоохранения``, ``по образованию, культуре и делам молодежи``
REMIT_POS = frozenset(("NOUN", "ADJ"))
MAX_REMIT = 12
# a legislature's committees; a commission only when standing (``постоянной комиссии по бюджету``)
COMMITTEE_NOUNS = frozenset(("комитет", "комиссия"))


def merge_body_abbreviations(groups: dict[str, list[Candidate]]) -> None:
    """``ЗСК`` (a name of its own letters only) joins the one body whose words it abbreviates;
    names holding it (``Комитет ЗСК по ...``) get the body's full name in the genitive."""
    from .organizations import best, fits

    for key in list(groups):
        if key not in groups:
            continue
        top = best(groups[key])
        abbr = top.name
        if not ABBREVIATION.fullmatch(abbr) or top.kind != "other" or sum(ch.isupper() for ch in abbr) < 2:
            continue
        targets = [k for k, cs in groups.items() if k != key and best(cs).kind in OWNER_KINDS
                   and " " in best(cs).name and fits(abbr, best(cs).name)]
        if len(targets) != 1:
            continue
        full = best(groups[targets[0]])
        for c in groups.pop(key):
            c.name, c.kind, c.key, c.rank, c.short_name = full.name, full.kind, targets[0], 9, abbr
            groups[targets[0]].append(c)
        for k, cs in groups.items():
            for c in cs:  # a signing press service stays as it signs (``Пресс-служба ГУФССП России ...``)
                if f" {abbr} " in f" {c.name} " and c.name != abbr and not k.startswith("media:"):
                    c.name = re.sub(rf"(?<!\w){abbr}(?!\w)", genitive(full.name), c.name)


def add_committees(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    """``комитета городской Думы по бюджету``, ``комитету по образованию``: a committee of the
    legislature named right after it, or of the text's one legislature."""

    legislatures = [k for k, cs in groups.items() if best(cs).kind == "legislature"]
    if not legislatures:
        return
    taken = [(c.start, c.stop) for cs in groups.values() for c in cs]
    committees = {k for k, cs in groups.items() if fold(best(cs).name).startswith("комитет")}
    tokens = analysis.tokens
    made: dict[str, set[str]] = {}
    for token in [tokens[i] for i in token_index(analysis).with_lemma(COMMITTEE_NOUNS)]:
        if token.lemma not in COMMITTEE_NOUNS or token.feats.get("Number") == "Plur":
            continue
        if overlaps(token.start, token.stop, taken):
            continue
        prev = tokens[token.index - 1] if token.index else None
        standing = prev is not None and prev.lemma == "постоянный" and prev.text.islower()
        if token.lemma == "комиссия" and not standing:
            continue  # ``комиссия по делам несовершеннолетних``: a city's commission as often as not
        k = token.index + 1
        owner, written = None, None
        mentioned = next((key for key in legislatures for c in groups[key]
                          if k < len(tokens) and c.start == tokens[k].start), None)
        if not token.text.islower() and mentioned is None:
            continue  # ``Комитет по ...`` capitalised: a name of its own, the body rules
        if mentioned is not None:  # ``комитета Думы города ... по``
            span = next(c for c in groups[mentioned] if c.start == tokens[k].start)
            owner, written = mentioned, None
            while k < len(tokens) and tokens[k].stop <= span.stop:
                k += 1
        else:
            j = k
            while j < len(tokens) and tokens[j].pos == "ADJ" and j - k < 2:
                j += 1
            if j < len(tokens) and tokens[j].lemma in LEGISLATURE_WORDS and tokens[j].feats.get("Case") == "Gen":
                written, k = tokens[k : j + 1], j + 1  # ``комитета городской Думы по``: the text's legislature
            fitting = [key for key in legislatures if written is None or all(
                stem(t.lemma) in {stem(fold(w)) for w in best(groups[key]).name.split()} for t in written)]
            if len(fitting) == 1:
                owner = fitting[0]
        if owner is None or k >= len(tokens) or fold(tokens[k].text) != "по":
            continue
        stop = remit_end(tokens, k + 1)
        if stop is None:
            continue
        if mentioned is None and written is None and committees:
            continue  # the text's committees are bodies of their own (``комитет по образованию`` of a city)
        remit = analysis.text[tokens[k].start : tokens[stop - 1].stop]
        owner_name = genitive(best(groups[owner]).name)
        if written is not None and len(owner_name.split()) > len(written):
            # ``комитета городской Думы по``: the legislature's words as written, its territory after
            owner_name = " ".join([t.text for t in written] + owner_name.split()[len(written) :])
        name = f"Комитет {owner_name} {remit}"
        start, end = token.start, tokens[stop - 1].stop
        if token.lemma == "комиссия" or prev is not None and prev.lemma == "постоянный" and mentioned is written is None:
            # ``Постоянная комиссия (Постоянный комитет) по бюджету ... Екатеринбургской городской Думы``
            lead = "Постоянная комиссия" if token.lemma == "комиссия" else "Постоянный комитет"
            name, start = f"{lead} {remit} {genitive(best(groups[owner]).name)}", prev.start
        groups.setdefault(name_key(name), []).append(
            Candidate(start, end, name, "legislature", place=best(groups[owner]).place, key=name_key(name), rank=2))
        taken.append((start, end))
        made.setdefault(owner, set()).add(name_key(name))
    for owner, keys in made.items():
        if len(keys) == 1:
            merge_contracted(groups, owner, keys.pop())


def merge_contracted(groups: dict[str, list[Candidate]], owner: str, committee: str) -> None:
    """``Комитет Госдумы`` (no remit) joins the one committee of the Duma the text names in full."""

    top = best(groups[owner])
    names = {stem(fold(w)) for w in (top.short_name or "").split()} | {stem(fold(top.name.split()[-1]))}
    for key in [k for k in groups if k != committee and k != owner]:
        words = best(groups[key]).name.split()
        if len(words) == 2 and fold(words[0]) == "комитет" and stem(fold(words[1])) in names:
            groups[committee].extend(groups.pop(key))


def remit_end(tokens: list[Any], k: int) -> int | None:
    """The index after ``вопросам здравоохранения и социальной защиты населения``."""
    j = k
    while j < len(tokens) and j - k < MAX_REMIT:
        t = tokens[j]
        if t.pos in REMIT_POS and t.text.islower() and t.feats.get("Case") != "Nom" and t.feats.get("Variant") != "Short" \
                or t.text == "," or t.pos == "CCONJ" and fold(t.text) == "и":  # ``... политике депутаты``: a subject
            j += 1
            continue
        break
    while j > k and (tokens[j - 1].text == "," or tokens[j - 1].pos == "CCONJ"):
        j -= 1
    return j if j > k else None


def add_remit_first(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    """``Комитет по бюджету и налогам Кировской городской Думы``, ``постоянной комиссии по ...
    городской Думы``: a committee named by its remit, then its legislature, is one body named as written."""

    owners = {c.start: (key, c) for key, cs in groups.items() if best(cs).kind == "legislature" for c in cs}
    if not owners:
        return
    tokens = analysis.tokens
    for token in [tokens[i] for i in token_index(analysis).with_lemma(COMMITTEE_NOUNS)]:
        if token.lemma not in COMMITTEE_NOUNS or token.feats.get("Number") == "Plur" \
                or token.index + 2 >= len(tokens) or fold(tokens[token.index + 1].text) != "по":
            continue
        k = token.index + 1
        stop = remit_end(tokens, k + 1) or k + 1
        j = next((j for j in range(k + 2, stop + 1) if j < len(tokens) and tokens[j].start in owners), None)
        if j is None or tokens[j].feats.get("Case") not in ("Gen", None):
            continue
        key, owner = owners[tokens[j].start]
        first = token.index - 1 if token.index and tokens[token.index - 1].lemma == "постоянный" else token.index
        start, end = tokens[first].start, owner.stop
        for cs in groups.values():  # the committee's truncated names give way
            if cs is not groups[key]:
                cs[:] = [c for c in cs if not (start <= c.start and c.stop <= end)]
        if len(groups[key]) > 1:  # the legislature inside the committee's name is no mention of its own
            groups[key].remove(owner)
        head = to_nominative(analysis, tokens[first : token.index + 1])
        name = f"{head} {analysis.text[tokens[k].start : end]}"
        groups.setdefault(name_key(name), []).append(
            Candidate(start, end, name, "legislature", place=owner.place, key=name_key(name), rank=2))
    for key in [key for key, cs in groups.items() if not cs]:
        del groups[key]


def complete_owners(groups: dict[str, list[Candidate]]) -> None:
    """``Комитет Народного Собрания по социальной политике`` where the text names the ``Народное
    Собрание Республики Дагестан``: the committee's legislature in full, its territory included."""

    owners = [genitive(best(cs).name).split() for cs in groups.values() if cs and best(cs).kind == "legislature"]
    owners = [words for words in owners if len(words) >= 3]
    for cs in groups.values():
        for c in cs:
            words = c.name.split()
            if not words or fold(words[0]) not in ("комитет", "комиссия", "постоянный", "постоянная"):
                continue
            lead = 2 if fold(words[0]).startswith("постоянн") else 1
            for full in owners:
                # the legislature's leading words, then the remit: ``Народного Собрания по ...``
                n = next((n for n in range(len(full) - 1, 1, -1) if words[lead : lead + n] == full[:n]), 0)
                if n and lead + n < len(words) and words[lead + n] == "по":
                    c.name = " ".join(words[:lead] + full + words[lead + n :])
                    break
