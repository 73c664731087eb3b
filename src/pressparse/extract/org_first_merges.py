"""The first merges of organization candidates grouped by key: abbreviations that fit a full name
(``КемГУ``), a name's start (``Совета Республики``), a gazetteer body a written name starts, and
names cut short (``Прокуратура Центрального района`` of ``... г. Барнаула``). Used by
:mod:`.organizations` in that order."""

from __future__ import annotations

from .inflect import stem
from .org_context import Candidate, best
from .org_merges import merge_quoted_abbreviations

TERRITORY_STEMS = frozenset(stem(w) for w in "район округ область край поселение".split())
INSTITUTION_STEMS = frozenset(stem(w) for w in "университет институт академия колледж техникум училище".split())
RANK_STEMS = frozenset(stem(w) for w in "государственный национальный исследовательский федеральный".split())



def merge_abbreviations(groups: dict[str, list[Candidate]]) -> dict[str, list[Candidate]]:
    """``КемГУ`` joins ``Кемеровский государственный университет`` when its letters fit."""
    from .organizations import fits

    for key in [k for k in groups if k.startswith("abbr:")]:
        abbr = key[5:]
        targets = [k for k in groups if not k.startswith("abbr:") and fits(abbr, best(groups[k]).name)]
        if len(targets) == 1:
            for c in groups.pop(key):
                c.short_name = abbr
                groups[targets[0]].append(c)
    return groups


def merge_prefixes(groups: dict[str, list[Candidate]]) -> dict[str, list[Candidate]]:
    """``Совета Республики`` joins ``Совет Республики Национального собрания ...``."""
    for key in [k for k in groups if k.startswith("prefix:")]:
        prefix = key[7:]
        targets = [k for k in groups if not k.startswith("prefix:") and k.startswith(prefix + " ")]
        cs = groups.pop(key)
        if len(targets) == 1:
            for c in cs:
                c.short_name = c.short_name or c.name
            groups[targets[0]].extend(cs)
        else:
            groups.setdefault(prefix, []).extend(cs)
    return groups


def merge_known(groups: dict[str, list[Candidate]]) -> dict[str, list[Candidate]]:
    """``Омского государственного университета`` joins the gazetteer's ``Омский государственный
    университет имени Ф. М. Достоевского`` (found as ``ОмГУ``) when it is the one name it starts."""
    from .org_context import name_key
    from .organizations import fits

    known = {k: name_key(best(cs).name) for k, cs in groups.items() if k.startswith("body:")}
    shorts = {k: [w for c in cs if c.short_name for w in c.short_name.replace("«", " ").replace("»", " ").split()]
              for k, cs in groups.items() if k.startswith("body:")}
    for key in [k for k in groups if not k.startswith(("body:", "media:"))]:
        name = best(groups[key]).name
        # ``Фонд развития промышленности Ивановской области``: the known name and a territory name the
        # region's own namesake, which the federal body's abbreviation (``ФРП``) fits no less
        targets = [k for k, full in known.items() if full == key or full.startswith(key + " ")
                   or any(fits(w, name) for w in shorts[k]) and not key.startswith(full + " ")]
        if len(targets) == 1 and len(key.split()) >= 2:
            full = known[targets[0]]
            if full != key and not full.startswith(key + " ") and len(key.split()) >= 3:
                # only the abbreviation fits: the name the text writes out wins over the gazetteer's
                # (``Курского ... университета (КГМУ)`` is no ``Казанский ...``)
                top = best(groups[key]).rank
                for c in groups[targets[0]]:
                    c.rank = max(c.rank, top + 1)
            groups[targets[0]].extend(groups.pop(key))
    return groups


def merge_truncated(groups: dict[str, list[Candidate]]) -> dict[str, list[Candidate]]:
    """``Прокуратура Центрального района`` joins ``Прокуратура Центрального района г. Барнаула``,
    ``Законодательное Собрание`` the one ``Законодательное Собрание Оренбургской области``."""
    plain = [k for k in groups if ":" not in k]
    for key in sorted(plain, key=len):
        if len(key.split()) < 2 or key not in groups:
            continue
        longer = [k for k in groups if k != key and shortened(key, k.split(":")[-1])]
        if len(longer) == 1:
            groups[longer[0]].extend(groups.pop(key))
    return merge_quoted_abbreviations(groups)


def shortened(key: str, full: str) -> bool:
    """``Прокуратура Центрального района`` of ``... г. Барнаула``; ``Приволжский технологический
    университет`` of ``Приволжский государственный технологический университет``."""
    if full.startswith(key + " "):
        return True
    words, others = key.split(), full.split()
    if len(others) <= len(words) or words[0] != others[0]:
        return False
    if words[-1] != others[-1] and not (len(words) >= 3 and words[-1] in TERRITORY_STEMS):
        return False  # ``Администрация Рамонского района`` of ``... муниципального района Воронежской области``
    rest = iter(others)
    if not all(w in rest for w in words):
        return False
    # ``Тамбовский государственный университет`` is no shortened ``... технический университет``: a word
    # an institution's name adds beyond its rank (``государственный``) names another institution
    return words[-1] not in INSTITUTION_STEMS or all(w in words or w in RANK_STEMS for w in others[: len(others) - 1])
