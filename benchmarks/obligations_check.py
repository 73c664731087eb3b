"""Obligations and agreements against the gold of a press folder.

    python benchmarks/obligations_check.py [/work/shared/press] [--oracle] [-v]

Runs ``pressparse.Parser`` over every ``*.txt`` with a ``*.gold.json`` and prints precision,
recall and F1 of obligations and agreements, the share of matched records whose parties (and
signatories) are right, and the errors. ``--oracle`` feeds the gold organizations, people,
places and dates to the two layers instead of the upstream stages' output, to measure these
layers alone.

Matching: an obligation matches when the lemma Jaccard of the actions is >= 0.5 or the
predicted clause overlaps the gold clause (its ``text`` located in the document); an agreement
when the kinds are equal. A predicted party id is right when one of its record's names or
mentions is one of the gold entity's name or mentions (case-insensitive).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

AGREE = 0.5
WORD = re.compile(r"[\w-]+")


def lemmas(text: str) -> set[str]:
    from pressparse.analysis.morph import morph_analyzer

    morph = morph_analyzer()
    return {morph.parse(w.lower())[0].normal_form.replace("ё", "е") for w in WORD.findall(text)}


def jaccard(a: str, b: str) -> float:
    x, y = lemmas(a), lemmas(b)
    return len(x & y) / len(x | y) if x | y else 0.0


def gold_names(gold: dict) -> dict[str, set[str]]:
    """Gold entity name -> its lower-case surface strings."""
    out: dict[str, set[str]] = {}
    for key in ("organizations", "people", "places"):
        for e in gold.get(key, []):
            names = {e["name"].lower(), *(m.lower() for m in e.get("mentions", []))}
            if e.get("short_name"):
                names.add(e["short_name"].lower())
            out[e["name"]] = names
    return out


def record_names(doc) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for rec in (*doc.organizations, *doc.people, *doc.places):
        names = {rec.name.lower(), *(m.text.lower() for m in rec.mentions)}
        if getattr(rec, "short_name", None):
            names.add(rec.short_name.lower())
        out[rec.id] = names
    return out


def same_parties(pred: tuple[str, ...], gold: list[str], rnames: dict, gnames: dict) -> bool:
    if len(pred) != len(gold):
        return False
    left = list(gold)
    for pid in pred:
        hit = next((g for g in left if rnames.get(pid, set()) & gnames.get(g, {g.lower()})), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


def oracle_found(text: str, gold: dict):
    """Found with the gold entities as records, mentions located at every occurrence."""
    from pressparse.extract import Found
    from pressparse.result import DateMention, Mention, Organization, Person, Place, Role

    def mentions(strings):
        out = []
        for s in sorted(set(strings), key=len, reverse=True):
            for m in re.finditer(re.escape(s), text):
                if not any(o.start < m.end() and m.start() < o.end for o in out):
                    out.append(Mention(text=s, start=m.start(), end=m.end()))
        return tuple(sorted(out, key=lambda m: m.start))

    found = Found()
    found.organizations = [Organization(id=f"org{i}", name=o["name"], mentions=mentions(o["mentions"]))
                           for i, o in enumerate(gold.get("organizations", []), 1)]
    org_ids = {o.name: o.id for o in found.organizations}
    found.people = [Person(id=f"per{i}", name=p["name"], mentions=mentions(p["mentions"]),
                           roles=tuple(Role(title=r["title"], organization=org_ids.get(r.get("organization")),
                                            mention=Mention(text="", start=0, end=0)) for r in p.get("roles", [])))
                    for i, p in enumerate(gold.get("people", []), 1)]
    found.places = [Place(id=f"loc{i}", name=p["name"], kind=p.get("type", "other"), mentions=mentions(p["mentions"]))
                    for i, p in enumerate(gold.get("places", []), 1)]
    dates = []
    for d in gold.get("dates", []):
        start = text.find(d["text"])
        if start >= 0:
            precision = {4: "year", 7: "month", 10: "day"}.get(len(d["value"].split("/")[0]), "minute")
            dates.append(DateMention(id=f"date{len(dates) + 1}", text=d["text"], start=start,
                                     end=start + len(d["text"]), value=d["value"], precision=precision))
    found.dates = dates
    return found


def run(folder: Path, oracle: bool):
    from pressparse import Parser
    from pressparse.analysis import analyze, load_models
    from pressparse.extract.agreements import extract_agreements
    from pressparse.extract.meta import extract_meta
    from pressparse.extract.obligations import extract_obligations
    from pressparse.extract.published import find_published
    from pressparse.result import Document

    parser = Parser()
    for path in sorted(folder.glob("*.txt")):
        gold_path = path.with_name(path.stem + ".gold.json")
        if not gold_path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if oracle:
            analysis = analyze(text, load_models())
            analysis.published = find_published(analysis)
            found = oracle_found(text, gold)
            extract_meta(analysis, found)
            found.agreements = extract_agreements(analysis, found)
            found.obligations = extract_obligations(analysis, found)
            doc = Document(organizations=tuple(found.organizations), people=tuple(found.people),
                           places=tuple(found.places), dates=tuple(found.dates),
                           agreements=tuple(found.agreements), obligations=tuple(found.obligations))
        else:
            doc = parser.parse(text, id=path.stem)
        yield path.stem, text, gold, doc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", nargs="?", default="/work/shared/press")
    ap.add_argument("--oracle", action="store_true", help="gold entities and dates as upstream input")
    ap.add_argument("-v", "--verbose", action="store_true", help="print matched records too")
    args = ap.parse_args(argv)
    ob = {"tp": 0, "fp": 0, "fn": 0, "parties": 0}
    ag = {"tp": 0, "fp": 0, "fn": 0, "parties": 0, "signatories": 0}
    for name, text, gold, doc in run(Path(args.folder), args.oracle):
        gnames, rnames = gold_names(gold), record_names(doc)
        # obligations
        golds = gold.get("obligations", [])
        pairs = []
        for gi, g in enumerate(golds):
            gs = text.find(g["text"])
            ge = gs + len(g["text"])
            for pi, p in enumerate(doc.obligations):
                score = jaccard(p.action, g["action"])
                overlap = gs >= 0 and p.mention.start < ge and gs < p.mention.end
                if score >= AGREE or overlap:
                    pairs.append((score + (0.5 if overlap else 0), gi, pi))
        used_g, used_p = set(), set()
        for _, gi, pi in sorted(pairs, reverse=True):
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            g, p = golds[gi], doc.obligations[pi]
            ok = same_parties(p.parties, g["parties"], rnames, gnames)
            ob["tp"] += 1
            ob["parties"] += ok
            if args.verbose or not ok:
                print(f"{name} OBL {'ok ' if ok else 'PARTIES'} {p.action!r} parties={p.parties} gold={g['parties']}")
        for gi, g in enumerate(golds):
            if gi not in used_g:
                ob["fn"] += 1
                print(f"{name} OBL MISSED {g['text']!r}")
        for pi, p in enumerate(doc.obligations):
            if pi not in used_p:
                ob["fp"] += 1
                print(f"{name} OBL EXTRA [{p.modality}] {p.mention.text!r} -> {p.action!r} {p.parties}")
        # agreements
        golds = gold.get("agreements", [])
        used_p = set()
        for g in golds:
            cands = [(jaccard(p.subject or "", g.get("subject") or ""), i) for i, p in enumerate(doc.agreements)
                     if i not in used_p and p.kind == g["kind"]]
            if not cands:
                ag["fn"] += 1
                print(f"{name} AGR MISSED {g['kind']} {g.get('subject')!r}")
                continue
            _, i = max(cands)
            used_p.add(i)
            p = doc.agreements[i]
            okp = same_parties(p.parties, g["parties"], rnames, gnames)
            oks = same_parties(p.signatories, g["signatories"], rnames, gnames)
            ag["tp"] += 1
            ag["parties"] += okp
            ag["signatories"] += oks
            if args.verbose or not (okp and oks) or (p.subject or None) != g.get("subject") or p.date != g.get("date"):
                print(f"{name} AGR {p.kind!r} subj={p.subject!r} gold_subj={g.get('subject')!r}\n"
                      f"      parties={p.parties} ok={okp} gold={g['parties']}\n"
                      f"      signatories={p.signatories} ok={oks} gold={g['signatories']}\n"
                      f"      date={p.date} gold={g.get('date')} place={p.place} gold={g.get('place')} status={p.status}")
        for i, p in enumerate(doc.agreements):
            if i not in used_p:
                ag["fp"] += 1
                print(f"{name} AGR EXTRA {p.kind!r} {p.subject!r} {p.mention.text!r}")
    for label, s, extra in (("obligations", ob, ("parties",)), ("agreements", ag, ("parties", "signatories"))):
        p = s["tp"] / (s["tp"] + s["fp"]) if s["tp"] + s["fp"] else 0.0
        r = s["tp"] / (s["tp"] + s["fn"]) if s["tp"] + s["fn"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        shares = " ".join(f"{k}_right={s[k]}/{s['tp']}" for k in extra)
        print(f"{label}: P={p:.3f} R={r:.3f} F1={f:.3f} (tp={s['tp']} fp={s['fp']} fn={s['fn']}) {shares}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
