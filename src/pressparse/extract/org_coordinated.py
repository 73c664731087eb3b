"""A territorial branch serving several territories: ``Управление ... по Красноярскому краю,
Республике Хакасия и Республике Тыва``, ``Отделение ... по Москве и Московской области``."""

from __future__ import annotations

from .inflect import fold
from .org_context import Candidate, Context, name_key

BRANCH_TERRITORIES = frozenset("region city district".split())


def listed_end(ctx: Context, k: int, case: str | None) -> int | None:
    """End of the territories listed after the first one (token ``k`` follows it), or None."""
    tokens = ctx.analysis.tokens
    end = None
    while k + 1 < len(tokens) and (tokens[k].text == "," or fold(tokens[k].text) == "и"):
        found = ctx.place_at.get(tokens[k + 1].start)
        if (found is None or found[1].kind not in BRANCH_TERRITORIES) and (zone := zone_end(tokens, k + 1, case)):
            return tokens[zone - 1].stop  # ``и Байкальской природной территории``
        if found is None or found[1].kind not in BRANCH_TERRITORIES or not (
                same_case(tokens[k + 1].feats.get("Case"), case) or may_be(tokens[k + 1].text, case)):
            break
        end = found[0]
        last = k + 1
        while last < len(tokens) and tokens[last].stop <= end:
            last += 1
        if tokens[k].text != ",":
            break  # ``и`` closes the list
        k = last
    return end


def with_listed(ctx: Context, candidate: Candidate, j: int, k: int) -> tuple[Candidate, int]:
    """``candidate`` (a body ``по`` the place at token ``j``, ending before token ``k``) over the
    further territories listed after that place."""
    tokens = ctx.analysis.tokens
    if j == 0 or fold(tokens[j - 1].text) != "по" or k >= len(tokens) or " по " not in candidate.name:
        return candidate, k
    end = listed_end(ctx, k, tokens[j].feats.get("Case"))
    if end is None:
        return candidate, k
    candidate.name += ctx.analysis.text[candidate.stop : end]
    candidate.key, candidate.stop = name_key(candidate.name), end
    while k < len(tokens) and tokens[k].stop <= end:
        k += 1
    return candidate, k


def same_case(case: str | None, first: str | None) -> bool:
    """``по краю, Республике Хакасия``: the dative and the locative share the ``-е`` form the tagger confuses."""
    return case is None or case == first or {case, first} <= {"Dat", "Loc"}


def zone_end(tokens: list, k: int, case: str | None) -> int:
    """End of ``Байкальской природной территории`` (adjectives and ``территория``) from ``k``, or 0;
    its ``-ой``/``-ии`` forms are the tagger's genitive as often as the dative."""
    oblique = ("Gen", "Dat", "Loc", None)
    n = k
    while n < len(tokens) and n - k < 4 and tokens[n].pos == "ADJ" and tokens[n].feats.get("Case") in oblique:
        n += 1
    ok = n > k and n < len(tokens) and tokens[n].lemma == "территория" and tokens[n].feats.get("Case") in oblique
    return n + 1 if ok and tokens[k].text[:1].isupper() else 0


PYMORPHY_CASES = {"Dat": "datv", "Loc": "loct", "Gen": "gent", "Ins": "ablt", "Acc": "accs", "Nom": "nomn"}


def may_be(word: str, case: str | None) -> bool:
    """``Курганской`` after ``по Свердловской области и``: a form of the case the tagger read otherwise."""
    from ..analysis.morph import morph_analyzer

    grammeme = PYMORPHY_CASES.get(case or "")
    return grammeme is not None and any(grammeme in p.tag for p in morph_analyzer().parse(word))
