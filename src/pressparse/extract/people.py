"""People and their roles: names in the nominative, every mention, positions linked to bodies.

Names come from natasha's PER spans and rules (``person_spans``), are read into the nominative
(``names``), names in brackets after them are marked as their mentions (``person_aliases``) and
all are merged per person (``person_merge``). Role phrases (``role_phrases``) attach to
people (``role_attach``) and link to ``found.organizations`` (``role_orgs``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from types import SimpleNamespace
from typing import Any

from ..analysis import Analysis
from ..result import Mention, Person, Role
from . import Found
from .person_aliases import mark_aliases
from .person_filters import drop_non_people
from .person_merge import Cluster, cluster_people
from .person_spans import find_name_spans
from .role_anaphora import refer_back
from .role_attach import Mention as Anchor
from .role_attach import attach_roles
from .role_bare_titles import bare_title
from .role_chairs import chair_universities
from .role_branches import branch_parent
from .role_clergy import reach_see, see_body
from .role_duties import duties_roles
from .role_elected import elected_roles
from .role_lexicon import fold, lemma_set, lexicon, token_lemmas, word_kind
from .role_moved import moved_body
from .role_named_units import cut_named_unit
from .role_orgs import bodies, key_words, link_organization
from .role_personal import drop_personal
from .role_participles import pronoun_body
from .role_phrases import find_role_phrases
from .role_responsible import responsible_roles
from .role_successions import led_body, succession_roles
from .role_spelt import spell_title
from .role_successors import successor_anchors, successor_roles
from .role_titles import deputy_of, principal_title, staff_of_name

DASH = re.compile(r"\s*—\s*")


def extract_people(analysis: Analysis, found: Found) -> list[Person]:
    """Every named person of the document with roles, in order of first mention."""
    org_spans = [(m.start, m.end) for o in found.organizations for m in o.mentions]
    place_spans = [(m.start, m.end) for p in found.places for m in p.mentions]
    blocked = org_spans + place_spans
    spans = mark_aliases(analysis, find_name_spans(analysis, blocked), blocked)
    clusters = drop_non_people(analysis, cluster_people(analysis, spans, blocked), place_spans)
    anchors = [Anchor(s.start, s.stop, i) for i, c in enumerate(clusters) for s in c.spans]
    phrases = find_role_phrases(analysis, [(a.start, a.stop) for a in anchors], org_spans)
    phrases = reach_see(analysis, phrases, [(a.start, a.stop) for a in anchors])
    phrases = drop_personal(analysis, phrases, [(a.start, a.stop) for a in anchors], org_spans)
    roles = assign_roles(analysis, found, len(clusters), anchors, phrases)
    if more := successor_anchors(analysis, anchors, roles):
        # ``а его преемник до назначения работал ROLE``: once the successor is known, the words stand for him
        roles = assign_roles(analysis, found, len(clusters), sorted(anchors + more, key=lambda a: a.start), phrases)
    # ``Премьер-министр Израиля X ... Как отметил премьер-министр``: a post said again without the name
    roles = refer_back(analysis, phrases, [[s.start for s in c.spans] for c in clusters], roles,
                       lambda p: link_organization(analysis, p, found.organizations, []))
    return [to_person(analysis, f"per{i + 1}", c, roles[i]) for i, c in enumerate(clusters)]


def assign_roles(analysis: Analysis, found: Found, count: int, anchors: list[Anchor], phrases: list[Any]) -> list[list[Role]]:
    """Each person's roles: the phrases attached to their mentions, linked to bodies, and the roles told
    by succession, duties and elections."""
    roles: list[list[Role]] = [[] for _ in range(count)]
    earlier: list[tuple[str, str]] = []
    previous: Role | None = None
    staff: list[tuple[int, int, int]] = []
    for link in sorted(attach_roles(analysis, phrases, anchors), key=lambda link: link.phrase.start):
        phrase = link.phrase
        if bare_title(phrase.title, bodied(analysis, phrase)):
            continue  # ``профессор X``, ``академик РАН X``: a title, no post
        # ``Лапин ... занимает пост директора``: a bare title the person already holds keeps its body
        own = next((r.organization for r in roles[link.person] if r.title == phrase.title and r.organization), None)
        led = led_body(analysis, phrase.first, found.organizations) or moved_body(
            analysis, phrase, found.organizations) if phrase.last == phrase.title_end else None
        org = see_body(analysis, phrase, found.organizations) or pronoun_body(analysis, phrase, found.organizations) or (
            own if own and not bodied(analysis, phrase) else led or link_organization(
                analysis, phrase, found.organizations, earlier) or led_body(analysis, phrase.first, found.organizations))
        position = key_words(analysis, phrase)[0]
        head = analysis.tokens[phrase.head]
        if org and position and (position in token_lemmas(head) or position.startswith(fold(head.lemma))):
            earlier.append((position, org))  # not ``глава`` from ``заместитель главы``: a bare ``глава`` is another
        cut_named_unit(analysis, phrase, found.organizations)  # ``председатель комитета по ...``: its head word
        title = phrase.title
        if not org and (" " in title or DEPUTY_FUSED.match(title) or fold(title) in FUSED) and (
                phrase.last == phrase.title_end):
            org = held_before(title, roles)  # ``заместитель министра X ... Прежде — заместитель министра Y``
        deputy = deputy_of(analysis, phrase, previous.title) if previous else None
        if deputy and previous:
            title, org = deputy, org or previous.organization
        mention = Mention(text=analysis.text[phrase.start : phrase.stop], start=phrase.start, end=phrase.stop)
        role = Role(title=title, organization=org, acting=phrase.acting, status=link.status, mention=mention)
        roles[link.person].append(role)
        previous = role
        if staff_of_name(analysis, phrase):  # ``работал заместителем Тарасенко``: whose deputy
            principal = next((a.person for a in anchors if a.start == phrase.stop + 1 and a.person != link.person), None)
            if principal is not None:
                staff.append((link.person, len(roles[link.person]) - 1, principal))
    for person, k, principal in staff:
        if (deputy := principal_title(roles[person][k].title, SimpleNamespace(roles=roles[principal]),
                                      roles[person][k].status == "former")) is not None:
            roles[person][k] = replace(roles[person][k], title=deputy[0], organization=deputy[1])
    extra = succession_roles(analysis, anchors, roles, found.organizations) + responsible_roles(
        analysis, anchors, roles, found.organizations) + elected_roles(analysis, anchors, roles, found.organizations)
    # (a successor takes a post the verbs of leading told: ``Ранее комитет возглавлял X ... Его преемница Y``)
    extra += successor_roles(analysis, anchors, [r + [x for p, x in extra if p == i] for i, r in enumerate(roles)])
    extra += duties_roles(analysis, anchors, [r + [x for p, x in extra if p == i] for i, r in enumerate(roles)])
    for person, role in extra:
        roles[person].append(role)
    return [chair_universities(headship_once(chained_bodies(analysis, r, found.organizations)), found.organizations)
            for r in roles]


def headship_once(roles: list[Role]) -> list[Role]:
    """``Экс-директор комбината X, руководивший предприятием до марта``: a participle's ``руководитель``
    of a body the person's head post already names is that post."""
    from .role_head_posts import HEAD_POSTS

    def heads(role: Role) -> bool:
        words = fold(role.title).split()
        return bool(words) and words[-1] in HEAD_POSTS | {"врач"} and words[0] not in ("заместитель", "первый")

    return [r for r in roles if not (r.title == "руководитель" and r.organization and any(
        w in fold(r.mention.text) for w in ("руководивш", "возглавлявш")) and any(
        o is not r and o.organization == r.organization and o.title != r.title and heads(o) for o in roles))]


def held_before(title: str, roles: list[list[Role]]) -> str | None:
    """The body of the same bare title another person held before in the text (one body only)."""
    key = title_key(title)
    found = {r.organization for rs in roles for r in rs if title_key(r.title) == key and r.organization}
    return found.pop() if len(found) == 1 else None


DEPUTY_FUSED = re.compile(r"зам(?!еститель)(?=[а-яё]{3})")


# fused short forms of a post, spelt out: ``обязанности худрука исполнял X`` is the post of the
# ``художественный руководитель`` named before
FUSED = {"худрук": "художественный руководитель", "гендиректор": "генеральный директор", "главврач": "главный врач",
         "главред": "главный редактор", "завкафедрой": "заведующий кафедрой", "замглавы": "заместитель главы",
         "замминистра": "заместитель министра", "замгендиректора": "заместитель генерального директора"}


def title_key(title: str) -> tuple[str, ...]:
    """``замруководителя`` = ``исполняющий обязанности заместителя руководителя``, ``худрук`` =
    ``художественный руководитель``: the held post's word roots, a fused short form spelt out."""
    from .role_successions import base_title

    words = fold(base_title(title)).split()
    words = [w for word in words for w in FUSED.get(word, word).split()]
    words = DEPUTY_FUSED.sub("заместитель ", " ".join(words), count=1).split()
    return tuple(w[:6] for w in words)


def bodied(analysis: Analysis, phrase: Any) -> bool:
    """Words after the title that name a body: a capitalized or quoted word, or a body's noun."""
    return any(t.text[:1].isupper() or t.text == "«" or word_kind(t) in ("stop", "unit")
               for t in analysis.tokens[phrase.title_end : phrase.last])


def chained_bodies(analysis: Analysis, roles: list[Role], organizations: list[Any] = ()) -> list[Role]:
    """``статс-секретарь — заместитель министра культуры X``, ``заместителем губернатора — руководителем
    аппарата``: a bare title dashed to another title of the same person is held in that title's body
    (after it, only a title that heads no body of its own kind)."""
    out = list(roles)
    ordered = sorted(range(len(out)), key=lambda k: out[k].mention.start)
    for a, b in zip(ordered, ordered[1:]):
        if not DASH.fullmatch(analysis.norm[out[a].mention.end : out[b].mention.start]):
            continue
        for bare, other in ((a, b), (b, a)):
            role, org = out[bare], out[other].organization
            if role.organization or not org or len(role.mention.text.split()) != len(role.title.split()):
                continue
            if bare == b and (role.title.split()[0] in bodies() or not listed(role.title)):
                continue  # ``заместитель председателя правительства — министр финансов``: not the government's
            org = branch_parent(analysis, role.title, org, out[other].mention, list(organizations)) or org
            out[bare] = Role(title=role.title, organization=org, acting=role.acting, status=role.status,
                             mention=role.mention)
    return out


def listed(title: str) -> bool:
    """A position of the word lists as a whole (``руководитель аппарата``), no unit of its own."""
    return tuple(lemma_set(w) for w in title.split()) in lexicon().phrases


def to_person(analysis: Analysis, id: str, cluster: Cluster, roles: list[Role]) -> Person:
    name = cluster.name
    mentions = tuple(
        Mention(text=analysis.text[s.start : s.stop], start=s.start, end=s.stop)
        for s in sorted(cluster.spans, key=lambda s: s.start)
    )
    return Person(id=id, name=name.text, first=name.first, middle=name.middle, last=name.last,
                  roles=tuple(dedupe(roles)), mentions=mentions)


def dedupe(roles: list[Role]) -> list[Role]:
    """One role per (title, organization); a role with an organization absorbs the same title without.
    The merged role keeps every phrase that stated it in ``mentions``."""
    out: list[Role] = []
    said: list[list[Mention]] = []
    for role in sorted(roles, key=lambda r: r.mention.start):
        same = [r for r in out if spell_title(r.title) == spell_title(role.title) and (r.organization == role.organization
                                                              or not r.organization or not role.organization)]
        if not same:
            out.append(role)
            said.append([role.mention])
            continue
        k = out.index(same[0])
        kept = same[0]
        said[k].append(role.mention)
        if len(role.title) > len(kept.title):  # the spelt-out form is the title's name
            kept = out[k] = replace(kept, title=role.title)
        if role.organization and not kept.organization or kept.status == "current" and role.status != "current":
            out[k] = Role(title=kept.title, organization=role.organization or kept.organization,
                                        acting=kept.acting, status=role.status if role.status != "current"
                                        else kept.status, mention=kept.mention)
    # ``министр транспорта края X, ... назначен министром``: a bare one-word title in the body of a
    # fuller title of the same person is that post (its phrase is one more mention of it)
    kept_roles = []
    for i, r in enumerate(out):
        # (a title of several words only before a portfolio: ``заместитель главы`` of ``... по вопросам ЖКХ``)
        fuller = next((k for k, o in enumerate(out) if r.organization and o.organization == r.organization and (
            o.title.startswith(r.title + (" по " if " " in r.title else " ")))), None)
        if fuller is None:
            kept_roles.append(i)
        else:
            said[fuller] += said[i]
    return [replace(out[i], mentions=tuple(sorted(set(said[i]), key=lambda m: m.start))) for i in kept_roles]
