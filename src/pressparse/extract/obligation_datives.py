"""Addressees of an instruction: ``поручил министерству ...``, ``поручил ей ...``, ``администрации
... поручено``, with a partner named by ``совместно с`` (the obligations layer's datives)."""

from __future__ import annotations

from ..analysis.doc import Token
from .clauses import Entity, Syntax, lemma
from .obligation_party_words import body_by_word
from .obligation_addressees import addressee
from .obligation_refs import GENERIC_BODIES, canonical, drop_nested, generic_body, person_by_post


def pick(entities: list[Entity]) -> list[str]:
    """People if the phrase names people (their posts name bodies too), else organizations."""
    people = [e.id for e in entities if e.kind == "per"]
    if people:
        return list(dict.fromkeys(people))
    return list(dict.fromkeys(e.id for e in entities if e.kind == "org"))


def dative_parties(syntax: Syntax, verb: Token, lo: int, hi: int) -> list[str]:
    """Addressees of one instructed infinitive: ``поручил министерству ...`` (datives in (lo, hi))."""
    out: list[str] = []
    cases = ("Dat", "Acc") if lemma(verb) in ("обязать", "обязывать") else ("Dat",)  # "обязал компанию ..."
    kids = [k for k in syntax.kids(verb.index, "iobj", "obl", "obj", "amod", "xcomp")
            if (k.feats.get("Case") in cases or k.rel == "iobj") and k.feats.get("VerbForm") != "Inf"]
    if lemma(verb) in ("потребовать", "требовать"):  # "потребовал от подрядчика ..."
        kids += [k for k in syntax.kids(verb.index, "obl") if any(lemma(c) == "от" for c in syntax.kids(k.index, "case"))]
    later = [k.index for k in syntax.kids(verb.index, "xcomp", "conj", "csubj:pass") if k.index > hi and k.feats.get("VerbForm") == "Inf"]
    if later:  # "поручено до 1 марта представить ..., а департаменту — разработать ...": the later task's
        kids = [k for k in kids if not hi < k.index < max(later)]
    if any(lo < k.index < hi for k in kids):
        kids = [k for k in kids if lo < k.index < hi]
    elif lo > verb.index:  # "..., а управлению МЧС ... завершить": the parse hung the second addressee elsewhere
        toks = syntax.tokens
        # "..., а краевому министерству — включить": the part after "а" (the parse may hang it on the first task)
        low = next((j for j in range(lo + 1, hi - 1) if toks[j].text.lower() == "а" and toks[j - 1].text == ","), lo)
        tops = [t for t in syntax.tokens[low + 1 : hi] if t.pos in ("NOUN", "PROPN") and t.feats.get("Case") == "Dat"
                and not low < t.head < hi and not syntax.kids(t.index, "case")]  # not "по пятницам": no addressee
        own = any(toks[j].text.lower() == "а" and toks[j + 1].pos in ("NOUN", "PROPN", "ADJ") for j in range(lo + 1, hi - 1)) \
            and any(t.text == "—" for t in toks[lo + 1 : hi])
        if own and not tops:  # "..., а МУП «Б» — продлить ...": a name that does not decline
            named = gapped_addressee(syntax, lo, hi)
            if named:
                return canonical(syntax, named)
        kids = tops or ([] if own else kids)  # "..., а лесничим — ...": its own addressee, not the first one's
    for k in kids:
        idx = syntax.subtree(k.index)
        inside = drop_nested(syntax, syntax.entities_in(syntax.tokens[min(idx)].start, syntax.tokens[max(idx)].stop))
        ids = pick(inside)
        ids = relevel(syntax, k, ids)
        if not ids:  # "Министерству | энергетики": the parse split the name, its first word is ours
            named = syntax.entity_at(k.start, k.stop, "org", "per")
            ids = [named.id] if named is not None and named.start == k.start else []
        if not ids and lemma(k) in GENERIC_BODIES:
            ids = generic_body(syntax, k)
        if not ids and k.feats.get("Animacy") != "Anim":
            ids = body_by_word(syntax, k)  # "поручил больнице": the hospital named before
        if not ids and k.pos == "PRON" and lemma(k) in ("он", "она"):
            ids = addressee(syntax, k, verb)  # "поручил ей": the person just named, not the one who ordered
        if not ids and plural_dative(syntax, k):
            continue  # "главам районов поручено": a group of post holders, no one party
        out += ids or person_by_post(syntax, k)  # "поручил главе города", "исполняющей обязанности министра"
    if not out:  # "поручил исполняющей обязанности министра": the participle may hang anywhere
        for t in syntax.tokens[lo + 1 : hi]:
            if t.feats.get("Case") == "Dat" and lemma(t) == "исполнять":
                out += person_by_post(syntax, t)
                break
    if out:  # "поручил министерству совместно с администрацией города проверить"
        out += [i for i in joint_partners(syntax, lo, hi) if i not in out]
    return canonical(syntax, out)


def relevel(syntax: Syntax, k: Token, ids: list[str]) -> list[str]:
    """``специалистам регионального ведомства`` linked to a federal body: the body of that level."""
    from .obligation_party_kinds import level_fits

    for b in [k] + syntax.kids(k.index, "nmod"):
        named = syntax.entity_at(b.start, b.stop, "org")
        if lemma(b) in GENERIC_BODIES and named is not None and named.id in ids and not level_fits(syntax, b, named.record):
            return generic_body(syntax, b)
    return ids


def gapped_addressee(syntax: Syntax, lo: int, hi: int) -> list[str]:
    """The body or person named right after ``а`` and before the dash, if its head word can be a
    dative or is an abbreviation that does not decline (``МУП``, ``ООО``)."""
    toks = syntax.tokens
    a = next(j for j in range(lo + 1, hi - 1) if toks[j].text.lower() == "а")
    dash = next((j for j in range(a + 1, hi) if toks[j].text == "—"), None)
    if dash is None:
        return []
    found = [e for e in syntax.entities_in(toks[a + 1].start, toks[dash - 1].stop, "org", "per") if e.start == toks[a + 1].start]
    head = toks[a + 1]
    declines = any("datv" in p.tag for p in syntax.analysis.vocab(head.text.lower()))
    return [found[0].id] if found and (declines or head.text.isupper()) else []


def joint_partners(syntax: Syntax, lo: int, hi: int) -> list[str]:
    """The body named right after ``совместно с``/``вместе с`` between the addressee and the task
    (read linearly: the parse often hangs the adverb on a later verb)."""
    tokens = syntax.tokens
    for i in range(lo + 1, min(hi, len(tokens)) - 2):
        if lemma(tokens[i]) in ("совместно", "вместе") and lemma(tokens[i + 1]) in ("с", "со"):
            found = drop_nested(syntax, [e for e in syntax.entities_in(tokens[i + 2].start, tokens[hi - 1].stop, "org", "per")
                                         if e.start == tokens[i + 2].start or e.start == tokens[min(i + 3, hi - 1)].start])
            return pick(found)[:1]
    return []


def plural_dative(syntax: Syntax, k: Token) -> bool:
    """A plural noun (the tagger reads a capitalized ``Главам`` as a singular name)."""
    if k.feats.get("Number") == "Plur":
        return True
    parses = [p for p in syntax.analysis.vocab(k.text.lower()) if p.tag.POS == "NOUN" and "datv" in p.tag]
    return bool(parses) and all("plur" in p.tag for p in parses)


def adjacent_dative(syntax: Syntax, verb: Token) -> list[str]:
    """``администрации ... город Краснодар поручено``: the body named right before an impersonal
    ``поручено``/``предписано`` when the parse hung it elsewhere (its head word read as a dative)."""
    text = syntax.analysis.text
    near = [e for e in syntax.entities if e.kind in ("org", "per") and e.end <= verb.start and not text[e.end : verb.start].strip()]
    for e in drop_nested(syntax, near):
        head = next((t for t in syntax.analysis.tokens_in(e.start, e.end) if t.pos in ("NOUN", "PROPN")), None)
        if head is not None and any("datv" in p.tag for p in syntax.analysis.vocab(head.text.lower())):
            return [e.id]
    return []
