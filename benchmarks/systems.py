"""The systems quality.py compares: pressparse (the installed package) and the baselines,
run over texts with an optional cache of the baselines' outputs."""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import re
import sys
import time
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import baselines
from scoring import Agreement, Date, Entity, Facts, Obligation, Role

System = Callable[[str], Facts]


# ---------------------------------------------------------------- pressparse


def pressparse_system() -> System:
    from pressparse import Parser

    parser = Parser()

    def run(text: str) -> Facts:
        return document_facts(text, parser.parse(text))

    return run


def span(m) -> tuple[int, int]:
    return (m.start, m.end)


def document_facts(text: str, doc) -> Facts:
    """A pressparse Document as benchmark records."""
    facts = Facts(text=text)
    for o in doc.organizations:
        facts.organizations.append(Entity(o.id, o.name, [span(m) for m in o.mentions]))
    for p in doc.people:
        facts.people.append(Entity(p.id, p.name, [span(m) for m in p.mentions]))
        for r in p.roles:
            facts.roles.append(Role(p.id, r.title, r.organization, span(r.mention),
                                    [span(m) for m in getattr(r, "mentions", ())]))
    for pl in doc.places:
        facts.places.append(Entity(pl.id, pl.name, [span(m) for m in pl.mentions], pl.kind))
    for d in doc.dates:
        facts.dates.append(Date([(d.start, d.end)], d.value, d.text))
    # a length under a day (``в течение 12 часов``, ISO ``PT12H``) is NEREL TIME, which is not scored
    # (corpora README: TIME -> null; train+dev mark 109 such lengths TIME and 5 DATE)
    facts.durations = [(d.start, d.end) for d in getattr(doc, "durations", ()) if not d.value.startswith("PT")]
    facts.unresolved_dates = [(d.start, d.end) for d in getattr(doc, "unresolved_dates", ())]
    for ob in doc.obligations:
        facts.obligations.append(Obligation(ob.action, list(ob.parties), span(ob.mention)))
    for a in doc.agreements:
        facts.agreements.append(Agreement(a.kind, a.subject, list(a.parties), list(a.signatories)))
    return facts


@lru_cache(maxsize=None)
def lemma(word: str) -> str:
    from pressparse.analysis.morph import morph_analyzer

    return morph_analyzer().parse(word)[0].normal_form.replace("ё", "е")


def lemmatize(text: str) -> list[str]:
    return [lemma(w.lower()) for w in re.findall(r"\w+", text)]


# ---------------------------------------------------------------- running


def systems(args: argparse.Namespace) -> dict[str, System]:
    wanted = {s.strip().lower() for s in args.systems.split(",")}
    out: dict[str, System] = {}
    if "pressparse" in wanted:
        out["pressparse"] = pressparse_system()
    if not args.no_baselines:
        if "natasha" in wanted:
            out["natasha"] = baselines.natasha_facts
        if "pullenti" in wanted and baselines.pullenti_available():
            out["PullEnti"] = baselines.pullenti_facts
        elif "pullenti" in wanted:
            print("PullEnti not installed: its column is skipped", file=sys.stderr)
    return out


CACHE_VERSION = 1  # bump when an adapter in baselines.py changes its output


def load_cache(folder: Path | None, name: str) -> dict[str, Facts]:
    path = folder / f"{name}-v{CACHE_VERSION}.pickle" if folder else None
    if path and path.exists():
        with open(path, "rb") as file:
            cache = pickle.load(file)
        for facts in cache.values():  # written before Facts had every field: fill the defaults
            for name, value in (("durations", []), ("unresolved_dates", [])):
                if not hasattr(facts, name):
                    setattr(facts, name, value)
        return cache
    return {}


def save_cache(folder: Path | None, name: str, cache: dict[str, Facts]) -> None:
    """Merge into what is on disk (another run may have added to it), then replace atomically."""
    if folder:
        folder.mkdir(parents=True, exist_ok=True)
        merged = {**load_cache(folder, name), **cache}
        path = folder / f"{name}-v{CACHE_VERSION}.pickle"
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as file:
            pickle.dump(merged, file)
        os.replace(tmp, path)


def predict(runs: dict[str, System], texts: list[str], label: str, timings: dict, cache_dir: Path | None = None) -> dict[str, list[Facts]]:
    """Each system's Facts per text. Baselines (never pressparse) are read from / written to
    ``cache_dir`` when given, keyed by the text's SHA-1: they do not change between runs."""
    out = {}
    for name, run in runs.items():
        cache = load_cache(cache_dir, name) if name != "pressparse" else {}
        keys = [hashlib.sha1(t.encode("utf-8")).hexdigest() for t in texts]
        todo = [t for t, k in zip(texts, keys) if k not in cache]
        if todo:
            run(todo[0])  # warm-up: model loading is not timed
        started = time.perf_counter()
        for i, text in enumerate(todo, 1):
            cache[hashlib.sha1(text.encode("utf-8")).hexdigest()] = run(text)
            print(f"\r{label} {name}: {i}/{len(todo)}", end="", file=sys.stderr)
        seconds = time.perf_counter() - started
        if todo:
            print(file=sys.stderr)
            timings.setdefault(name, [0, 0.0])
            timings[name][0] += len(todo)
            timings[name][1] += seconds
            if name != "pressparse":
                save_cache(cache_dir, name, cache)
        out[name] = [cache[k] for k in keys]
        if label.startswith("factrueval"):
            out[name] = [name_only_places(f) for f in out[name]]
    return out


def name_only_places(facts: Facts) -> Facts:
    """factRuEval's places without their adjectival mentions, for every system alike.

    The contract counts ``российские компании`` as a mention of Россия, and NEREL (COUNTRY,
    CITY) and the press gold annotate such adjectives, but factRuEval annotates place *names*:
    on its dev split 108 of pressparse's 124 one-word adjectival mentions have no gold span.
    So on factRuEval only, a place mention that is one adjective (pymorphy3's best parse ADJF)
    and no word of the place's name (``Кипрское``: Кипр, not ``Южная``: Южная) is not scored.
    The result itself keeps them."""
    from dataclasses import replace

    places = []
    for e in facts.places:
        words = set(lemmatize(e.name))
        spans = [s for s in e.spans if not adjectival(facts.text[s[0]:s[1]], words, sentence_start(facts.text, s[0]))]
        places.append(replace(e, spans=spans))
    return replace(facts, places=places)


def adjectival(mention: str, name_words: set[str], at_sentence_start: bool = True) -> bool:
    """One adjective that is no form of the place's name. A word that can also be a form of the
    name's noun (``Хабаровском``: Хабаровск's instrumental) or a capitalized word inside a
    sentence (``Поднебесная``) names the place."""
    if not re.fullmatch(r"\w+(?:-\w+)*", mention):
        return False
    from pressparse.analysis.morph import morph_analyzer

    parses = morph_analyzer().parse(mention)
    if "ADJF" not in parses[0].tag or lemma(mention.lower()) in name_words:
        return False
    if any(p.tag.POS == "NOUN" and p.normal_form in name_words for p in parses):
        return False
    return not (mention[:1].isupper() and not at_sentence_start)


def sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t«\"")
    return not before or before[-1] in ".!?\n"
