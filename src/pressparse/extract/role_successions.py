"""Roles told by succession and by verbs of leading, read after the role phrases are attached.

  * a predecessor: ``X, сменившая на этом посту Y``, ``Он руководит станцией, сменив Y``, ``Его
    предшественница Y освобождена``: Y held X's present post (acting aside) as a former role;
  * a finite verb of leading with a named body right after it: ``Она ... до этого руководила
    Театром драмы``, ``Y, который возглавил Курскую АЭС``: ``руководитель`` of that body, unless the
    text already gives the person a title there (participles: ``role_participles``);
  * a role phrase as the subject of such a verb, its object before it: ``комиссию, которую
    возглавляет исполняющий обязанности председателя X``, ``Предприятием руководит директор X``:
    the body the role is held in (``led_body``).
"""

from __future__ import annotations

import re
from typing import Any

from types import SimpleNamespace

from ..result import Mention, Role
from .names import parses
from .role_head_posts import head_post
from .role_lexicon import fold
from .role_led_refs import TIME_WORDS, before_verb, object_before, referred_body, referred_object
from .role_titles import nominative
from .role_verbs import Mention as Anchor

# ``сменившая на этом посту``, ``сменив на должности``, ``сменила``: the name right after is the predecessor
SUCCEEDED = re.compile(r"(?<![\w-])смени(?:в|вш\w{1,3}|л|ла)(?:\s+на\s+(?:этом\s+|данном\s+|своем\s+|своём\s+)?"
                       r"(?:посту|должности))?\s+$", re.IGNORECASE)
# ``Его предшественница``, ``Ее предшественник на этом посту``
PREDECESSOR = re.compile(r"(?<![\w-])(?:его|ее|её)\s+предшественни(?:к|ца)(?:\s+на\s+(?:этом\s+)?(?:посту|должности))?"
                         r"\s*,?\s*$", re.IGNORECASE)
# ``назначенный после отставки Y``: Y held the post the person took
AFTER_LEAVING = re.compile(r"(?<![\w-])после\s+(?:отставки|ухода|увольнения|освобождения\s+от\s+должности)\s+$",
                           re.IGNORECASE)
# ``Ранее эту должность занимал``, ``Этот пост прежде занимала``: the name right after held it before
HELD_BEFORE = re.compile(r"(?<![\w-])(?:эту|данную)\s+должность|(?<![\w-])(?:этот|данный)\s+пост", re.IGNORECASE)
HELD_VERB = re.compile(r"\s+(?:(?:ранее|прежде|до\s+не(?:е|её|го))\s+)?занимал(?:а|и)?\s+$", re.IGNORECASE)
ACTING_PREFIX = re.compile(r"^(?:временно\s+)?исполняющ\w+\s+обязанности\s+", re.IGNORECASE)
LEADING = frozenset({"возглавлять", "возглавить", "руководить"})
RELATIVE = frozenset({"который"})

def succession_roles(analysis: Any, anchors: list[Anchor], roles: list[list[Role]],
                     organizations: list[Any]) -> list[tuple[int, Role]]:
    """(person index, role) pairs of predecessors and of finite verbs of leading."""
    anchors = sorted(anchors, key=lambda a: a.start)
    led = led_by_verb(analysis, anchors, roles, organizations)
    # ``сменила на посту Y, который возглавлял палату с 2020 года``: the verb of leading tells Y's post there
    return [(p, r) for p, r in predecessors(analysis, anchors, roles) if not any(
        q == p and x.organization == r.organization and x.title == "руководитель" for q, x in led)] + led


def predecessors(analysis: Any, anchors: list[Anchor], roles: list[list[Role]]) -> list[tuple[int, Role]]:
    out = []
    for anchor in anchors:
        before = analysis.norm[max(0, anchor.start - 60) : anchor.start]
        m = SUCCEEDED.search(before) or PREDECESSOR.search(before) or AFTER_LEAVING.search(before) or held_before(
            before)
        if m is None:
            continue
        start = anchor.start - len(before) + m.start()
        holder = antecedent(analysis, anchors, start, anchor.person)
        if holder is None:
            continue
        post = present_post(roles[holder], start)
        if post is None:
            continue
        title, org = spelt_post(base_title(post.title), post.organization, roles[holder])
        stop = start + len(m.group(0).rstrip(" ,"))
        mention = Mention(text=analysis.text[start:stop], start=start, end=stop)
        out.append((anchor.person, Role(title=title, organization=org, acting=False, status="former",
                                        mention=mention)))
        # ``Его предшественник X, руководивший региональной Госавтоинспекцией, ...``: the participle tells
        # the same post, already given
        roles[anchor.person][:] = [r for r in roles[anchor.person] if not (
            r.title == "руководитель" and analysis.norm[anchor.stop : r.mention.start].strip() == ",")]
    return out


def spelt_post(title: str, org: str | None, roles: list[Role]) -> tuple[str, str | None]:
    """``стал гендиректором предприятия, сменив Y`` after ``генеральный директор «Горэлектротранса»``: the
    post passed on is named spelt out, in the body the successor's spelt-out title names."""
    from .role_spelt import spell_title

    same = [r for r in roles if spell_title(base_title(r.title)) == spell_title(title)]
    longest = max(same, key=lambda r: len(base_title(r.title)), default=None)
    if longest is None:
        return title, org
    spelt = base_title(longest.title)
    return (spelt if len(spelt) > len(title) else title), org or longest.organization or next(
        (r.organization for r in same if r.organization), None)


def held_before(before: str) -> re.Match[str] | None:
    """``Ранее эту должность занимал`` right before a name."""
    posts = [m for m in HELD_BEFORE.finditer(before) if HELD_VERB.fullmatch(before[m.end() :])]
    return posts[-1] if posts else None


def base_title(title: str) -> str:
    """``исполняющий обязанности заместителя главы`` -> ``заместитель главы``: the full post, nominative."""
    rest = ACTING_PREFIX.sub("", title)
    if rest == title:
        return title
    words = rest.split()
    genitive = SimpleNamespace(feats={"Case": "Gen"})
    for k, word in enumerate(words):
        noun = k == len(words) - 1 or not any(p.tag.POS in ("ADJF", "PRTF") for p in parses(word))
        words[k] = nominative(genitive, word, adjective=not noun)
        if noun:
            break
    return " ".join(words)


def antecedent(analysis: Any, anchors: list[Anchor], start: int, other: int) -> int | None:
    """The person a succession clause is about: the nearest name before it, within two sentences."""
    token = analysis.token_at(start)
    if token is None:
        return None
    first = analysis.sents[max(0, token.sent - 2)]
    begin = analysis.tokens[first.first].start
    before = [a for a in anchors if begin <= a.start and a.stop <= start and a.person != other]
    return before[-1].person if before else None


def present_post(roles: list[Role], before: int) -> Role | None:
    """The person's post the successor took: the last one told before the clause that is not former."""
    told = [r for r in roles if r.status != "former" and r.mention.start < before]
    appointed = [r for r in told if r.status == "appointed"]  # ``назначен ROLE, ранее работавший ...``
    return (appointed or told)[-1] if told else None


def led_by_verb(analysis: Any, anchors: list[Anchor], roles: list[list[Role]],
                organizations: list[Any]) -> list[tuple[int, Role]]:
    out = []
    starts = {m.start: o for o in organizations for m in o.mentions}
    for token in analysis.tokens:
        if fold(token.lemma) not in LEADING or token.pos != "VERB" or token.feats.get("VerbForm") in (
                "Part", "Inf", "Conv"):
            continue
        after = analysis.token_at(token.stop + 1)
        org = starts.get(after.start) if after is not None and analysis.text[token.stop : after.start] == " " else None
        if org is None and after is not None and (past := body_past_modifier(analysis, after, starts)) is not None:
            after, org = past, starts[past.start]  # ``возглавлял упраздненное в 2024 году Министерство ...``
        if org is None or not (named(analysis.text[after.start : after.start + 40]) or proper_unit(org, after.start)):
            # ``В 2019–2024 годах службу возглавлял X``: the body before the verb, its head named right after
            org, person = object_before(analysis, anchors, token, organizations)
            if org is None:
                # ``До сентября Сухоруков сам возглавлял отделение``: a reference word after the verb, the
                # name its subject in the sentence; after a pronoun (``возглавляет ведомство``) no post of its own
                org, person = referred_object(analysis, anchors, token, after, organizations, lambda p: {
                    r.organization for r in roles[p] if r.status != "former"})
            if org is None:
                out += unnamed_unit_led(analysis, anchors, token, after, roles, starts)
                continue
        else:
            person = subject(analysis, anchors, token)
        tense = token.feats.get("Tense")
        took = tense == "Past" and token.feats.get("Aspect") == "Perf"  # ``возглавил``: took the post
        if person is None or any(r.organization == org.id and r.status != "former" for r in roles[person]):
            continue  # ``директор театра X. Она возглавляет театр``: the title is given (an earlier post there is not)
        status = "former" if tense == "Past" else "appointed" if tense == "Fut" else "current"
        mention = Mention(text=token.text, start=token.start, end=token.stop)
        prev = before_verb(analysis, token)
        a, b = next(((m.start, m.end) for m in org.mentions if m.start == after.start or m.end == prev.stop),
                    (prev.start, prev.stop))  # ``службу возглавлял``: a reference word stands for the body
        body = analysis.tokens_in(a, b)
        title = head_post(analysis, body[0].index, body[-1].index + 1, [(m.start, m.end) for m in org.mentions])
        out.append((person, Role(title=title, organization=org.id, status=status, mention=mention)))
    return out


def body_past_modifier(analysis: Any, first: Any, starts: dict[int, Any]) -> Any:
    """The first token of a named body after the verb's object modifiers: a participle with its time
    adverbial (``возглавлял упраздненное в 2024 году Министерство ...``, ``руководит созданным в 2020 году
    ГАУ «...»``) or a place abbreviation before the body's legal form (``руководил СПб ГКУ «...»``)."""
    tokens = analysis.tokens
    k = first.index
    while k < len(tokens) and k - first.index < 5 and tokens[k].sent == first.sent and tokens[k].start not in starts:
        t = tokens[k]
        if not (participle_like(t) or t.pos in ("ADP", "NUM") or t.text.isdigit() or fold(t.lemma) in (
                "год", "месяц") or k == first.index and t.text[:1].isupper() and len(t.text) <= 4 and t.text.isalpha()):
            return None
        k += 1
    if k >= len(tokens) or k == first.index or tokens[k].start not in starts or tokens[k].sent != first.sent:
        return None
    if not named(analysis.text[tokens[k].start : tokens[k].start + 40]):
        return None
    return tokens[k]


def participle_like(token: Any) -> bool:
    """A passive participle modifying the body (``упраздненное``, ``созданным``); lowercase only."""
    from .role_participles import participles

    return token.text.islower() and (token.feats.get("VerbForm") == "Part" or bool(participles(token)))


def unnamed_unit_led(analysis: Any, anchors: list[Anchor], verb: Any, obj: Any, roles: list[list[Role]],
                     starts: dict[int, Any]) -> list[tuple[int, Role]]:
    """``Ранее он руководил отделением ядерно-топливного цикла``: a subdivision named by its field only
    (common nouns, no proper name) gives its head ``руководитель``, in that unit if it is a body found."""
    from .role_lexicon import word_kind

    tokens = analysis.tokens
    if obj is None or obj.sent != verb.sent or not obj.text.islower() or word_kind(obj) not in ("unit", "stop") or (
            obj.feats.get("Case") not in ("Ins", "Acc")) or obj.index + 1 >= len(tokens):
        return []
    field = tokens[obj.index + 1]
    k = obj.index + 1
    while k < len(tokens) and tokens[k].pos == "ADJ":
        k += 1
    if k >= len(tokens) or tokens[k].pos != "NOUN" or tokens[k].feats.get("Case") != "Gen" or not field.text.islower():
        return []
    person = subject(analysis, anchors, verb)
    if person is None or any(r.title == "руководитель" or r.status != "former" and verb.feats.get("Tense") != "Past"
                             for r in roles[person]):
        return []  # ``Уполномоченный ... X. X возглавляет институт бизнес-омбудсмена``: the post told again
    status = "former" if verb.feats.get("Tense") == "Past" else "current"
    org = starts.get(obj.start)
    return [(person, Role(title="руководитель", organization=org.id if org else None, status=status,
                          mention=Mention(text=verb.text, start=verb.start, end=verb.stop)))]


def named(text: str) -> bool:
    return text[:1].isupper() or text[:1] in "«\""


def proper_unit(org: Any, start: int) -> bool:
    """``возглавлял отдел Госавтоинспекции МУ МВД России «Орское»``: a unit named with a proper name
    after its common noun (no bare reference like ``ведомство``)."""
    return any(m.start == start and " " in m.text and any(w[:1].isupper() or w[:1] == "«" for w in m.text.split()[1:])
               for m in org.mentions)


def subject(analysis: Any, anchors: list[Anchor], verb: Any) -> int | None:
    """Who leads: the name before the verb in its sentence (``X, который возглавил``), or, after a
    pronoun subject (``Она ... руководила``), the nearest name before it."""
    sent = analysis.sents[verb.sent]
    begin = analysis.tokens[sent.first].start
    inside = [a for a in anchors if begin <= a.start and a.stop <= verb.start]
    if inside:
        return inside[-1].person
    words = analysis.tokens[sent.first : verb.index]
    if not any(fold(t.text) in ("он", "она") for t in words):
        return None
    earlier = [a for a in anchors if a.stop <= begin]
    return earlier[-1].person if earlier else None


NOMINAL_APPOINTMENT = re.compile(r"(?<![\w-])(?:с|после)\s+(?:его\s+|ее\s+|её\s+)?назначени(?:ем|я)\s+$", re.IGNORECASE)


def appointed_by_noun(analysis: Any, phrase: Any, mentions: list[Anchor]) -> Any:
    """``X сложил полномочия в связи с назначением заместителем главы``: a post of the sentence's
    person named before, told by the noun ``назначение``."""
    from .role_verbs import Link

    if phrase.case != "Ins" or not NOMINAL_APPOINTMENT.search(analysis.norm[max(0, phrase.start - 40) : phrase.start]):
        return None
    sent = analysis.sents[analysis.tokens[phrase.head].sent]
    begin = analysis.tokens[sent.first].start
    before = [m for m in mentions if begin <= m.start and m.stop <= phrase.start]
    return Link(phrase, before[-1].person, "appointed") if before else None


def led_body(analysis: Any, first: int, organizations: list[Any]) -> str | None:
    """``..., которую с сентября возглавляет ROLE``, ``Предприятием руководит ROLE``: the body a role
    phrase starting at token ``first`` leads, as the object before the verb."""
    tokens = analysis.tokens
    k = first - 1
    if k < 0 or fold(tokens[k].lemma) not in LEADING or tokens[k].pos != "VERB":
        return None
    sent_first = analysis.sents[tokens[k].sent].first
    k -= 1
    while k >= sent_first and (fold(tokens[k].lemma) in TIME_WORDS or tokens[k].pos in ("NUM", "ADV")
                               or tokens[k].text.isdigit()):
        k -= 1
    if k < sent_first:
        return None
    obj = tokens[k]
    for org in organizations:
        if any(m.start <= obj.start and obj.stop <= m.end for m in org.mentions):
            return org.id
    if fold(obj.lemma) in RELATIVE and k - 1 >= sent_first and tokens[k - 1].text == ",":
        end = tokens[k - 1].start
        return next((o.id for o in organizations for m in o.mentions if m.end == end), None)
    return referred_body(obj, organizations)
