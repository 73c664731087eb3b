"""Descriptive references to a party: ``компания``, ``ведомство``, ``вуз``, ``законодательный
орган``, ``ответчик`` (the one matching organization of the document) and posts without a name
(``врио министра``, ``главе города``: the person who holds the post).

Organizations are matched on their kind and name; a bare record the organizations layer left
unresolved (``Министерство``, ``Общественная палата``) gives way to the full name it begins.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..analysis.doc import Token
from .clauses import Entity, Syntax, lemma

# words that stand for a company; the organization words name their own kind of body
COMMERCIAL = {"компания", "предприятие", "корпорация", "холдинг", "концерн", "инвестор", "застройщик",
              "подрядчик", "оператор", "концессионер", "авиакомпания", "агрохолдинг", "общество",
              "поставщик", "ответчик", "производитель", "госкорпорация", "банк", "генподрядчик", "субподрядчик",
              "генпроектировщик", "проектировщик", "госкомпания", "резидент", "арендатор", "провайдер"}
LOOSE = {"организация", "партнер", "группа", "исполнитель", "фонд", "организатор"}  # a company if there is one, else any body
BODY_STEMS = {
    "министерство": ("министерств", "мин"),
    "ведомство": ("министерств", "департамент", "служб", "агентств", "комитет", "управлени", "инспекци",
                  "надзор", "мин", "рос", "казначейств"),
    "департамент": ("департамент",),
    "комитет": ("комитет",),
    "управление": ("управлени",),
    "отдел": ("отдел",),
    "служба": ("служб",),
    "агентство": ("агентств",),
    "университет": ("университет", "вуз"),
    "вуз": ("университет", "институт", "академи", "консерватори", "вуз"),
    "институт": ("институт",),
    "академия": ("академи",),
    "колледж": ("колледж", "техникум"),
    "техникум": ("техникум", "колледж"),
    "администрация": ("администрац", "мэрия"),
    "мэрия": ("мэрия", "администрация город"),
    "управа": ("управа",),
    "правительство": ("правительств",),
    "кабмин": ("правительств", "кабинет"),
    "главк": ("главн",),
    "прокуратура": ("прокуратур",),
    "суд": ("суд",),
    "палата": ("палат",),
    "дума": ("дума",),
    "собрание": ("собрани",),
    "завод": ("завод",),  # a plant is the company only when its name says so
    "комбинат": ("комбинат",),
    "орган": (),  # named by its adjective: "законодательный орган"
    "пароходство": ("пароходств",),  # "Пароходство берет на себя доставку": the shipping company named before
    "аэропорт": ("аэропорт",),
    "отделение": ("отделени",),  # a bank's branch ("отделение планирует")
    "филиал": ("филиал",),
    "перевозчик": ("авиакомпан", "перевоз", "автоколонн", "автотранс", "авиалини"),  # "перевозчик обязуется"
    "авиаперевозчик": ("авиакомпан", "перевоз", "авиалини"),
}
TERRITORIES = {"область", "регион", "край", "республика", "округ", "город", "район", "муниципалитет", "страна"}
KIND_WORDS = {"законодательный": "legislature", "представительный": "legislature", "судебный": "court"}
STATE_HEADS = ("министерств", "правительств", "администрац", "департамент", "комитет", "управлени", "служб",
               "агентств", "мэри", "дума", "собрани", "инспекци", "прокуратур", "суд", "минист", "губернатор")
GENERIC_BODIES = COMMERCIAL | LOOSE | set(BODY_STEMS)
SIDE_WORDS = {"сторона", "подписант", "участник", "партнер", "партнеры"}  # plural: the agreement's sides
LEGAL_FORM = re.compile(r"^(ООО|ОАО|ЗАО|ПАО|АО|НАО|МУП|ГУП|ФГУП|ИП|компания|корпорация|концерн|холдинг)\b", re.IGNORECASE)
ACTING = re.compile(r"^(временно\s+)?исполняющ\w*\s+обязанност\w*\s+|^(врио|и\.\s?о\.)\s+", re.IGNORECASE)
# a compound post noun -> the head of its full title ("главврач" holds the role "главный врач")
COMPOUND_POSTS = {"главврач": "врач", "гендиректор": "директор", "главред": "редактор", "замминистра": "заместитель",
                  **dict.fromkeys(("замглавы", "замгубернатора", "замдиректора", "зампред"), "заместитель")}
ACTING_WORDS = {"врио", "и.о.", "и.о", "исполнять", "исполняющий"}


def is_company(record) -> bool:
    if getattr(record, "kind", "") == "company":
        return True
    return getattr(record, "kind", "other") == "other" and bool(LEGAL_FORM.search(str(getattr(record, "name", ""))))


def names(record) -> str:
    return f"{getattr(record, 'name', '')} {getattr(record, 'short_name', '') or ''}".lower().replace("ё", "е")


def generic_body(syntax: Syntax, head: Token, sides: tuple[str, ...] = ()) -> list[str]:
    """The organization a descriptive noun stands for: one of the agreement's sides if exactly one
    fits, else among those named before it a company by salience (``компания`` is the release's
    main company) or the latest body of the kind (``ведомство`` is the ministry just named)."""
    word = lemma(head)
    from .obligation_party_kinds import speaker_body  # it reads this module's name helpers

    spoken = speaker_body(syntax, head, lambda r: fits_word(syntax, head, word, r) or (word == "ведомство" and not is_company(r)))
    if spoken:  # "По его словам, ведомство планирует": the speaker's body
        return spoken
    orgs = organizations(syntax)
    fits = [r for r in orgs if fits_word(syntax, head, word, r)]
    if not fits and word in LOOSE:
        fits = orgs
    stems = [lemma(k)[:5] for k in syntax.kids(head.index, "nmod") if k.pos == "NOUN" and k.feats.get("Case") == "Gen"
             and lemma(k) not in TERRITORIES and not syntax.entity_at(k.start, k.stop, "loc")]
    if stems:  # "департаменту строительства": the department of that name, or none known
        named = [r for r in fits if all(s in names(r) for s in stems)]
        fits = named or (fits if word in COMMERCIAL | LOOSE else [])  # "организатор питания": what it does
    if not fits:
        return []
    headed = [r for r in fits if head_word(r).startswith(BODY_STEMS.get(word) or ("\0",))]
    fits = headed or fits  # "управление": "Управление X" before "Отдел Управления X" (a part of it)
    unit_end = syntax.unit_span(head.index)[1]  # "компания заключит договор с АО «Б»": not АО «Б»
    partners = {e.id for e in syntax.entities if head.stop <= e.start < unit_end}
    fits = [r for r in fits if r.id not in partners] or fits
    own = [r for r in fits if r.id in sides]
    if len(own) == 1:
        return [own[0].id]
    if not own and word in LOOSE:  # "организация обязана" in a ministry's grant to a society: the non-state side
        civil = [r for r in orgs if r.id in sides and not names(r).startswith(STATE_HEADS)]
        if len(civil) == 1 and len(sides) > 1:
            return [civil[0].id]
    # a link the earlier stage made from this very noun to a body named later says nothing of "before"
    first_seen = {r.id: min((m.start for m in r.mentions if m.start != head.start), default=head.start) for r in fits}
    before = [r for r in fits if first_seen[r.id] < head.start]
    if not before:
        return [fits[0].id] if len(fits) == 1 else []
    if word in COMMERCIAL or word in LOOSE:
        named = [r for r in before if word[:6] in names(r)]  # "корпорация": the company called so
        # "компания", "инвестор": not a body whose own name calls it another thing ("Корпорация развития", "фонд")
        plain = [r for r in before if not any(w[:6] in names(r).split("«")[-1] for w in COMMERCIAL | LOOSE if w != word)]
        before = named or plain or before
        best = max(before, key=lambda r: (sum(m.start < head.start for m in r.mentions), -first_seen[r.id]))
        return [best.id]
    latest = max(before, key=lambda r: max(m.start for m in r.mentions if m.start < head.start))
    return [latest.id]


def head_word(record) -> str:
    """The noun a name opens with, past a leading adjective (``Федеральное агентство ...``)."""
    words = names(record).split()
    if len(words) > 1 and words[0].endswith(("ое", "ая", "ый", "ий", "ой")):
        return words[1]
    return words[0] if words else ""


def fits_word(syntax: Syntax, head: Token, word: str, record) -> bool:
    if word in COMMERCIAL:
        return is_company(record)
    if word in LOOSE:
        return is_company(record)
    from .obligation_party_kinds import level_fits  # it reads this module's name helpers

    if not level_fits(syntax, head, record):  # "федеральное ведомство": not the region's ministry
        return False
    text = names(record)
    adjectives = [lemma(k) for k in syntax.kids(head.index, "amod")]
    if "надзорный" in adjectives:  # "надзорное ведомство": a prosecutor's office or an inspectorate
        return any(s in text for s in ("прокуратур", "надзор", "инспекци"))
    for adj in adjectives:  # "законодательный орган", "налоговая служба"
        kind = KIND_WORDS.get(adj)
        if kind and getattr(record, "kind", "") == kind:
            return True
    if word == "орган":
        return any(adj[:6] in text for adj in adjectives if len(adj) > 6)
    stems = BODY_STEMS.get(word, (word[:6],))
    if not any(s in text for s in stems if len(s) > 3) and not any(text.startswith(s) for s in stems):
        return False
    return True


def organizations(syntax: Syntax) -> list:
    seen: dict[str, object] = {}
    for e in syntax.entities:
        if e.kind == "org" and e.id not in seen:
            seen[e.id] = e.record
    return list(seen.values())


def canonical(syntax: Syntax, ids: list[str], sides: tuple[str, ...] = ()) -> list[str]:
    """A bare record (``Министерство``, ``Общественная палата``) -> the one organization whose
    name it begins (``Министерство сельского хозяйства ...``), preferring the agreement's sides."""
    orgs = {r.id: r for r in organizations(syntax)}
    out = []
    for i in ids:
        record = orgs.get(i)
        if record is None:
            out.append(i)
            continue
        name = record.name.lower().replace("ё", "е").strip()
        longer = [r for r in orgs.values() if r.id != i and r.name.lower().replace("ё", "е").startswith(name + " ")]
        own = [r for r in longer if r.id in sides]
        pick = own if len(own) == 1 else longer
        out.append(pick[0].id if len(pick) == 1 else i)
    return list(dict.fromkeys(out))


# --- posts --------------------------------------------------------------------------------

def post_of(syntax: Syntax, head: Token) -> tuple[str, bool] | None:
    """``врио министра`` -> (министр, acting); ``главе`` -> (глава, False); ``исполняющей
    обязанности министра`` -> (министр, acting)."""
    word = COMPOUND_POSTS.get(lemma(head), lemma(head))
    if word in ACTING_WORDS or head.text.lower() in ACTING_WORDS:
        last = syntax.units[syntax.unit_of[head.index]][1]
        for i in range(head.index + 1, min(head.index + 4, last)):
            t = syntax.tokens[i]
            if t.pos == "NOUN" and lemma(t) not in ("обязанность", "полномочие"):
                return lemma(t), True
        return None
    if head.pos in ("NOUN", "PROPN") and word in posts() and head.feats.get("Number") != "Plur":
        return word, False  # not "14 гроссмейстеров", "руководителям районов": many people
    return None


@lru_cache(maxsize=None)
def posts() -> frozenset[str]:
    """Nouns that name a post (``министр``, ``глава``): the heads of the role titles' table."""
    from ..data import positions

    out = set()
    for position in positions():
        out.update(w for w in position.title.lower().split() if len(w) > 2)
    return frozenset(out | {"глава", "губернатор", "мэр", "министр", "директор", "руководитель", "начальник",
                            "председатель", "ректор", "прокурор", "заместитель", "замминистра"})


def title_head(syntax: Syntax, title: str) -> str:
    """The post noun of a role title: ``временно исполняющий обязанности министра экономики`` -> министр."""
    rest = ACTING.sub("", title.strip().lower())
    for word in rest.split():
        parses = syntax.analysis.vocab(word)
        if parses and parses[0].pos == "ADJ":
            continue
        return (parses[0].normal if parses else word).replace("ё", "е")
    return ""


def person_by_post(syntax: Syntax, head: Token) -> list[str]:
    """The person who holds the post a noun names: an acting holder named by ``исполнение
    обязанностей ... возложено на X`` first, then a role with that title, the latest one named
    before (a dismissed or former holder only when nobody else fits)."""
    post = post_of(syntax, head)
    if post is None:
        return []
    word, acting = post
    if acting and word in acting_holders(syntax):
        return [acting_holders(syntax)[word]]
    people = {}
    for e in syntax.entities:
        if e.kind == "per":
            people.setdefault(e.id, e)
    matches = []
    for pid, e in people.items():
        for role in getattr(e.record, "roles", ()):
            if title_head(syntax, role.title) != word:
                continue
            rank = (role.status not in ("dismissed", "former"), bool(role.acting) == acting or not acting)
            matches.append((rank, pid))
            break
    if not matches:
        return []
    best = max(rank for rank, _ in matches)
    chosen = [pid for rank, pid in matches if rank == best]
    before = [pid for pid in chosen if first_mention(syntax, pid) < head.start]
    pool = before or chosen
    return [max(pool, key=lambda pid: latest_mention(syntax, pid, head.start))] if before else [pool[0]]


def first_mention(syntax: Syntax, pid: str) -> int:
    return min(e.start for e in syntax.entities if e.id == pid)


def latest_mention(syntax: Syntax, pid: str, limit: int) -> int:
    return max((e.start for e in syntax.entities if e.id == pid and e.start < limit), default=-1)


def acting_holders(syntax: Syntax) -> dict[str, str]:
    """Post lemma -> person put in charge of it: ``исполнение обязанностей министра возложено на
    X``, ``обязанности министра будет исполнять X``."""
    cached = getattr(syntax, "_acting_holders", None)
    if cached is not None:
        return cached
    out: dict[str, str] = {}
    for t in syntax.tokens:
        if lemma(t) not in ("возложить", "возлагать", "исполнять", "исполнить") or t.pos != "VERB":
            continue
        duty = next((k for k in syntax.kids(t.index, "obj", "nsubj", "nsubj:pass")
                     if lemma(k) in ("обязанность", "исполнение")), None)
        if duty is None:
            continue
        post = next((i for i in syntax.subtree(duty.index) if syntax.tokens[i].pos == "NOUN"
                     and syntax.tokens[i].feats.get("Animacy") == "Anim"), None)
        if post is None:
            continue
        holder = [k for k in syntax.kids(t.index, "obl", "nsubj") if k.index > t.index]
        for k in holder:
            idx = syntax.subtree(k.index)
            people = syntax.entities_in(syntax.tokens[min(idx)].start, syntax.tokens[max(idx)].stop, "per")
            if people:
                out.setdefault(lemma(syntax.tokens[post]), people[-1].id)
                break
    syntax._acting_holders = out  # type: ignore[attr-defined]
    return out


def drop_nested(syntax: Syntax, entities: list[Entity]) -> list[Entity]:
    """``управлению благоустройства администрации города``: the outer body, not the one inside it."""
    return [e for e in entities if not any(o is not e and o.kind == "org" and o.start <= e.start and e.end <= o.end
                                           and (o.end - o.start) > (e.end - e.start) for o in entities)]
