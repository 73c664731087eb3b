"""People and roles against the press gold: ``python benchmarks/people_check.py [--shared DIR] [-v]``.

People match when they share a mention string; the name must then equal the gold name. Roles
compare per matched person: the title (``title F1``), and the title with an organization that
shares a mention or the name with the gold organization (``title+org F1``).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def fold(s: str | None) -> str:
    return (s or "").lower().replace("ё", "е").strip()


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def same_org(gold_name: str | None, gold_orgs: dict, pred_id: str | None, pred_orgs: dict) -> bool:
    if gold_name is None or pred_id is None:
        return gold_name is None and pred_id is None
    pred = pred_orgs.get(pred_id)
    if pred is None:
        return False
    gold_mentions = {fold(m) for m in gold_orgs.get(gold_name, {}).get("mentions", [])} | {fold(gold_name)}
    pred_mentions = {fold(m.text) for m in pred.mentions} | {fold(pred.name)}
    return bool(gold_mentions & pred_mentions)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    from pressparse import Parser

    parser = Parser()
    press = Path(args.shared) / "press"
    people = [0, 0, 0]
    names_ok = names_all = 0
    titles = [0, 0, 0]
    with_org = [0, 0, 0]
    errors: list[str] = []
    for gold_path in sorted(press.glob("*.gold.json")):
        doc_id = gold_path.name[: -len(".gold.json")]
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = gold_path.with_name(doc_id + ".txt").read_text(encoding="utf-8")
        doc = parser.parse(text, id=doc_id)
        pred_orgs = {o.id: o for o in doc.organizations}
        gold_orgs = {o["name"]: o for o in gold["organizations"]}
        free = list(doc.people)
        for g in gold["people"]:
            gm = {fold(m) for m in g["mentions"]}
            match = next((p for p in free if gm & {fold(m.text) for m in p.mentions}), None)
            g_titles = [(fold(r["title"]), r.get("organization")) for r in g.get("roles", [])]
            if match is None:
                people[2] += 1
                titles[2] += len(g_titles)
                with_org[2] += len(g_titles)
                errors.append(f"{doc_id}: missed person {g['name']}")
                continue
            free.remove(match)
            people[0] += 1
            names_all += 1
            if match.name == g["name"]:
                names_ok += 1
            else:
                errors.append(f"{doc_id}: name {match.name!r} != gold {g['name']!r}")
            p_roles = list(match.roles)
            unmatched = list(p_roles)
            for title, org in g_titles:
                r = next((r for r in unmatched if fold(r.title) == title), None)
                if r is None:
                    titles[2] += 1
                    with_org[2] += 1
                    errors.append(f"{doc_id}: {g['name']}: missed role {title!r}")
                    continue
                unmatched.remove(r)
                titles[0] += 1
                if same_org(org, gold_orgs, r.organization, pred_orgs):
                    with_org[0] += 1
                else:
                    with_org[1] += 1
                    with_org[2] += 1
                    got = pred_orgs[r.organization].name if r.organization in pred_orgs else None
                    errors.append(f"{doc_id}: {g['name']}: {title!r} org {got!r} != gold {org!r}")
            for r in unmatched:
                titles[1] += 1
                with_org[1] += 1
                errors.append(f"{doc_id}: {g['name']}: extra role {r.title!r} ({r.mention.text!r})")
        for p in free:
            people[1] += 1
            titles[1] += len(p.roles)
            with_org[1] += len(p.roles)
            errors.append(f"{doc_id}: extra person {p.name!r} {[m.text for m in p.mentions]}")
    for label, (tp, fp, fn) in (("people", people), ("role titles", titles), ("title+org", with_org)):
        p, r, f = f1(tp, fp, fn)
        print(f"{label:12} P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={tp} fp={fp} fn={fn})")
    print(f"name == gold: {names_ok}/{names_all} = {names_ok / max(1, names_all):.3f}")
    if args.verbose:
        print("\n".join(errors))


if __name__ == "__main__":
    main()
