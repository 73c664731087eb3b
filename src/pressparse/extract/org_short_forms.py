"""Short forms of a full name written elsewhere in the text: ``ФГБУ «АМП Каспийского моря»`` of
``ФГБУ «Администрация морских портов Каспийского моря»``, ``УФПС Кировской области`` of ``Управление
федеральной почтовой связи Кировской области — филиал ...``, ``ТЮЗа`` of ``... театр юного зрителя ...``,
``Могилевский облисполком`` of ``Могилевский областной исполнительный комитет``, ``Фонд капремонта``
of ``Фонд капитального ремонта ...``, ``Пари НН`` of ``... «Пари Нижний Новгород»``.

A short form keeps the full name's words in order, but writes a run of two or more of them as their
initials (``АМП``) or as their word starts run together (``облисполком``, ``капремонта``,
``теруправление``). One body written twice is one organization, named by its full name.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .inflect import fold, stem
from .org_aliases import syllables_fit
from .org_context import Candidate, best

WORD = re.compile(r"«|[\w][\w.-]*")
# a full name may open with adjectives a short form leaves out (``Ярославский государственный`` before
# ``театр юного зрителя``, ``Баренцево-Беломорское`` before ``территориальное управление``)
ADJECTIVE = re.compile(r"[\w-]+(?:ый|ий|ой|ая|яя|ое|ее)$")
SMALL = frozenset("и в по на при".split())
ENDING = re.compile(r"[а-яё]{1,3}$")


def merge_short_forms(analysis: Any, groups: dict[str, list[Candidate]]) -> None:
    """Each group whose name or mention is a short form of exactly one other group's name joins it."""

    names = {k: best(cs).name for k, cs in groups.items() if cs}
    full = {k: words(name) for k, name in names.items()}  # each name's words once, not once per pair
    for key in list(groups):
        cs = groups.get(key)
        if not cs:
            continue
        own = words(best(cs).name)
        texts = {analysis.text[c.start : c.stop] for c in cs if c.rank < 9}
        if not any(is_short(x) for x, _ in own) and any(spelled_out(t) for t in texts):
            continue  # ``Фонд развития промышленности`` written out: no short form of a longer name
        # a short form of a name the group is written by (``Норникель`` of ``ПАО «ГМК «Норильский никель»``) is its own
        shorts = [w for w in map(words, {best(cs).name} | texts) if any(is_short(x) for x, _ in w)
                  and not any(shortens(w, words(t)) for t in texts)]
        if not shorts:
            continue
        targets = [k for k, name in names.items() if k != key and k in groups
                   and any(shortens(w, full[k]) for w in shorts) and not other_territory(best(cs).name, name)]
        if len(targets) == 1 and not letters_of(texts, names[targets[0]]):
            top = best(groups[targets[0]]).rank
            for c in cs:
                c.rank = max(c.rank, top + 1)  # the full name the text writes out stays the name
                if c.short_name is None and is_short(analysis.text[c.start : c.stop]):
                    c.short_name = analysis.text[c.start : c.stop]  # ``ЗСК``: later steps spell units' names with it
            groups[targets[0]].extend(groups.pop(key))
            names.pop(key, None)


def letters_of(texts: set[str], name: str) -> bool:
    """``ЗСК`` alone of ``Законодательное Собрание Краснодарского края``: the body abbreviations' own
    step (org_legislature) joins it and spells the names that hold it (``Комитет ЗСК по ...``)."""
    from .organizations import fits

    return all(re.fullmatch(r"[А-ЯЁ]{2,6}", t) for t in texts) and any(fits(t, name) for t in texts)


@lru_cache(maxsize=1 << 14)
def spelled_out(text: str) -> bool:
    """Two or more words and none of them a short one: a name the text writes out."""
    found = WORD.findall(text)
    return len([w for w in found if w != "«"]) >= 2 and not any(is_short(w) for w in found)


@lru_cache(maxsize=1 << 14)  # names and mentions recur within a text and across texts
def words(text: str) -> tuple[tuple[str, str], ...]:
    """(written, folded) words of a name; ``«`` kept as a word, since a short form may start after it."""
    return tuple((w, fold(w)) for w in WORD.findall(text))


@lru_cache(maxsize=1 << 14)
def is_short(word: str) -> bool:
    """An abbreviation (``АМП``, ``ТЮЗа``, ``НН``) or a run-together word (``облисполком``)."""
    letters = ENDING.sub("", word)
    return 2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha() or len(word) >= 9 and word.isalpha()


@lru_cache(maxsize=1 << 16)  # pure, on the immutable word tuples of ``words``; the same names recur across texts
def shortens(short: tuple[tuple[str, str], ...], full: tuple[tuple[str, str], ...]) -> bool:
    """Do ``short``'s words follow ``full``'s in order, one or more of them standing for a run of two
    or more of ``full``'s words, from the full name's start, a quote's start or past its first adjectives?"""
    short = [w for w in short if w[0] != "«"]
    if not short or len(full) <= len(short):
        return False
    return any(fit(short, 0, full, s, False) for s in starts_of(full))


@lru_cache(maxsize=1 << 14)
def starts_of(full: tuple[tuple[str, str], ...]) -> tuple[int, ...]:
    """Where a short form may start in a full name: its start, past a quote, past its first adjectives."""
    starts = {0} | {i + 1 for i, (w, _) in enumerate(full) if w == "«"}
    for s in list(starts):
        j = s
        while j < len(full) and ADJECTIVE.fullmatch(full[j][1]):
            j += 1
            starts.add(j)
    return tuple(sorted(starts))


def fit(short: list, i: int, full: list, j: int, shortened: bool) -> bool:
    if i == len(short):
        return shortened
    written, low = short[i]
    if not any(f != "«" for _, f in full[j:]):
        return False
    if full[j][0] == "«":
        return fit(short, i, full, j + 1, shortened)
    if i > 0 and full[j][1] in SMALL:
        return fit(short, i, full, j + 1, shortened)  # ``связи и информации``: a short form drops ``и``
    if stem(low)[:5] == stem(full[j][1])[:5] and len(low) > 2:
        if fit(short, i + 1, full, j + 1, shortened):
            return True
    letters = ENDING.sub("", written)
    if letters.isupper() and 2 <= len(letters) <= 6:
        run = [f for _, f in full[j:] if f not in ("«", "и")]
        if len(run) >= len(letters) and "".join(f[0] for f in run[: len(letters)]).upper() == fold(letters).upper():
            taken, k = 0, j
            while taken < len(letters):
                if full[k][0] not in ("«", "и"):
                    taken += 1
                k += 1
            if fit(short, i + 1, full, k, True):
                return True
    # a run-together word starts with its first word's first three letters (syllables_fit): test that first,
    # as most pairs fail there and the fit below is recursive
    if (written.islower() or written[:1].isupper() and written[1:].islower()) and low[:3] == full[j][1][:3]:
        for n in range(2, 5):
            run = [f for _, f in full[j : j + n]]
            if len(run) == n and "«" not in run and any(syllables_fit(x, run) and not syllables_fit(x, run[:-1]) for x in {low, stem(low)}):
                if fit(short, i + 1, full, j + n, True):
                    return True
    # a short form may leave out the full name's middle words before its place (``Фонд капремонта
    # Пермского края`` of ``Фонд капитального ремонта общего имущества ... в Пермском крае``)
    if shortened and i > 0:
        return fit(short, i, full, j + 1, shortened)
    return False


def other_territory(name: str, other: str) -> bool:
    """``УМВД России по Липецкой области`` and ``... по городу Липецку``: two offices of one service,
    each named by its own territory, are no short form of each other."""
    ours, theirs = name.rpartition(" по ")[2], other.rpartition(" по ")[2]
    return " по " in name and " по " in other and fold(ours) != fold(theirs)


def join_known_shorts(groups: dict[str, list[Candidate]]) -> None:
    """``Курултая`` (natasha's span, keyed by its stem) is the one gazetteer body of the text whose
    short name it is (``Государственное Собрание – Курултай Республики Башкортостан``)."""
    from .org_abbreviated import join_group

    shorts: dict[str, set[str]] = {}
    for key, cs in groups.items():
        if key.startswith("body:"):
            for c in cs:
                if c.short_name:
                    shorts.setdefault(fold(c.short_name), set()).add(key)
    for key in [k for k in groups if ":" not in k]:
        names = {fold(c.name) for c in groups[key]}
        targets = {t for n in names for t in shorts.get(n, ())}
        if len(names) == 1 and len(targets) == 1:
            join_group(groups, key, targets.pop())
