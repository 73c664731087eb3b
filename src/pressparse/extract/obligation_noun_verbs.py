"""Actions named by a noun: ``об осуществлении сотрудничества`` -> ``осуществлять сотрудничество``.

The noun -> verb table is ``data/obligation_nouns.tsv``; the object in the genitive is put back
into the accusative the verb governs.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..analysis.doc import Token
from ..data import read_rows
from .clauses import Syntax, lemma
from .obligation_inflect import to_case

SPACES = re.compile(r"\s+")
RESULTS = {"готовить": "подготовить"}  # a document made once, not staff trained over time
TRAINEES = {"кадр", "кадры", "специалист", "персонал", "выпускник", "студент"}
# a noun's preposition its verb does without: "контроль за ходом работ" -> "контролировать ход работ"
DIRECT = {("контроль", "за"): "ablt", ("мониторинг", "за"): "ablt"}


@lru_cache(maxsize=None)
def verbs_of_nouns() -> dict[str, str]:
    return dict(read_rows("obligation_nouns.tsv"))


def nominal_action(syntax: Syntax, noun: Token, last: int, skip: set[int] = frozenset()) -> str | None:
    """``об осуществлении сотрудничества ...`` -> ``осуществлять сотрудничество ...`` (table nouns only)."""
    verb = verbs_of_nouns().get(lemma(noun))
    if verb is None:
        return None
    conj = [k for k in syntax.kids(noun.index, "conj") if lemma(k) in verbs_of_nouns() and k.index == noun.index + 2]
    start = noun.index + 1
    if conj:  # "о сохранении и расширении связей" -> "сохранять и расширять связи"
        verb = f"{verb} и {verbs_of_nouns()[lemma(conj[0])]}"
        start = conj[0].index + 1
    idx = [i for i in range(start, last + 1) if i not in skip]
    if not idx:
        return verb
    obj = next((syntax.tokens[i] for i in idx if syntax.tokens[i].pos in ("NOUN", "PROPN")
                and syntax.tokens[i].rel != "amod"), None)  # "капитального гранта": the adjective is no object
    if verb in RESULTS and obj is not None and obj.feats.get("Animacy") == "Inan" and lemma(obj) not in TRAINEES:
        verb = RESULTS[verb]  # "подготовка плана" -> "подготовить план", but "подготовка кадров" -> "готовить кадры"
    objects: set[int] = set()
    source = DIRECT.get((lemma(noun), syntax.tokens[idx[0]].text.lower()))
    if source and obj is not None and obj.index == idx[0] + 1 or obj is not None and obj.feats.get("Case") == "Gen":
        case = "Ins" if source else "Gen"
        heads = [obj] + [k for k in syntax.kids(obj.index, "conj") if k.feats.get("Case") == case]
        objects = {h.index for h in heads}
        objects |= {k.index for h in heads for k in syntax.kids(h.index, "amod", "det")}
        if any(syntax.kids(h.index, "nummod", "nummod:gov") for h in heads):
            objects = set()  # "всех трех проектов": a count governs its noun's case, left as written
        if source:
            idx = idx[1:]  # the preposition goes, its object becomes the verb's
    words = []
    for i in idx:
        t = syntax.tokens[i]
        word = (to_case(syntax, t, source or "gent") or t.text) if i in objects else t.text
        if "ё" not in t.text.lower():
            word = word.replace("ё", "е")  # the dictionary's "пролётные" for the text's "пролетных"
        words.append((t, word))
    tail = syntax.analysis.text
    out = verb
    prev = None
    for t, word in words:
        gap = tail[prev.stop : t.start] if prev is not None else " "
        out += (gap if prev is not None else " ") + word
        prev = t
    out = SPACES.sub(" ", out.replace(": ", " ")).replace(" ,", ",")
    return out.strip(" ,.;:")
