"""An HTML page for people: the release with every mention highlighted, and tables of the facts.

The page is self-contained (inline CSS and JS, no network). Mentions may nest or cross (a role
phrase holds an organization, an obligation holds everything), so the text is cut at every
mention boundary and each piece is one ``<span>`` carrying all the mentions it belongs to;
ipymarkup's box markup cannot show crossing spans, hence this small renderer. Clicking a
table row (or opening the page with ``#d0-org1``) highlights that entity's mentions.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from ..result import Document

# type -> (legend label, table title)
TYPES = {
    "org": "организация",
    "per": "человек",
    "role": "должность",
    "date": "дата",
    "loc": "место",
    "obl": "обязательство",
    "agr": "соглашение",
}

CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:1em;color:#222}
h1{font-size:1.4em}h2{font-size:1.2em;margin-top:2em;border-top:1px solid #ccc;padding-top:.5em}
h3{font-size:1em;margin:1.2em 0 .3em}
.meta{color:#555}.warn{color:#a40}
.text{white-space:pre-wrap;border:1px solid #ddd;padding:1em;background:#fcfcfc}
.m{border-radius:2px;cursor:pointer}
.t-org{background:#cfe2ff}.t-per{background:#ffd6a5}.t-loc{background:#c7f0bd}
.t-date{background:#fdf6a3}
.t-role{border-bottom:2px solid #b5179e}
.t-obl{text-decoration:underline wavy #2a9d8f}
.t-agr{box-shadow:inset 0 -4px 0 #8e7cc3}
.hl{outline:2px solid #d00;background:#ffe066!important}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f2f2f2}tr[data-ref]{cursor:pointer}tr[data-ref]:hover{background:#f6f6ff}
tr.hl{outline:none;background:#ffe066}
.legend span{padding:0 .4em;margin-right:.4em}
"""

# clicking a row or a mention highlights the entity; #ref in the address does it on load
JS = r"""
function pick(ref){
  if(!/^[\w.-]+$/.test(ref)){return}
  document.querySelectorAll('.hl').forEach(function(e){e.classList.remove('hl')});
  var hits=document.querySelectorAll('.m[data-refs~="'+ref+'"]');
  hits.forEach(function(e){e.classList.add('hl')});
  document.querySelectorAll('tr[data-ref="'+ref+'"]').forEach(function(e){e.classList.add('hl')});
  document.body.setAttribute('data-picked',ref);
  document.body.setAttribute('data-picked-count',String(hits.length));
  if(hits.length&&hits[0].scrollIntoView){hits[0].scrollIntoView({block:'center'})}
}
document.addEventListener('click',function(e){
  var row=e.target.closest('tr[data-ref]');
  if(row){pick(row.getAttribute('data-ref'));return}
  var m=e.target.closest('.m[data-refs]');
  if(m){pick(m.getAttribute('data-refs').split(' ').pop())}
});
window.addEventListener('DOMContentLoaded',function(){
  if(location.hash.length>1){pick(decodeURIComponent(location.hash.slice(1)))}
  // test hook: ?click=d0-org1 clicks that row as a user would
  var q=new URLSearchParams(location.search).get('click');
  var row=q&&/^[\w.-]+$/.test(q)&&document.querySelector('tr[data-ref="'+q+'"]');
  if(row){row.click()}
  document.body.setAttribute('data-ready','1');
});
"""


@dataclass(frozen=True, slots=True)
class Hit:
    """One mention to highlight: ``ref`` is the entity it belongs to, ``key`` the mention."""

    start: int
    end: int
    type: str
    ref: str
    key: str
    label: str


def render_report(items: list[tuple[Document, str]]) -> str:
    """A self-contained HTML page of one release or a batch: ``(document, its text)`` pairs."""
    title = "pressparse" if len(items) != 1 else f"pressparse: {items[0][0].title or items[0][0].id or ''}"
    parts = [
        "<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n",
        f"<title>{escape(title)}</title>\n<style>{CSS}</style>\n<script>{JS}</script>\n</head>\n<body>\n",
        f"<h1>{escape(title)}</h1>\n", legend(),
    ]
    if len(items) > 1:
        parts.append("<ol class=\"toc\">")
        for n, (doc, _) in enumerate(items):
            parts.append(f"<li><a href=\"#doc{n}\">{escape(heading(doc, n))}</a></li>")
        parts.append("</ol>\n")
    for n, (doc, text) in enumerate(items):
        parts.append(section(doc, text or "", f"d{n}", n))
    parts.append("</body>\n</html>\n")
    return "".join(parts)


def heading(doc: Document, n: int) -> str:
    return doc.title or doc.id or f"документ {n + 1}"


def legend() -> str:
    cells = "".join(f"<span class=\"m t-{t}\">{escape(label)}</span>" for t, label in TYPES.items())
    return f"<p class=\"legend\">{cells}</p>\n"


def section(doc: Document, text: str, prefix: str, n: int) -> str:
    names = names_of(doc)
    head = [f"<section id=\"doc{n}\" class=\"doc\">\n<h2>{escape(heading(doc, n))}</h2>\n"]
    facts = [("id", doc.id), ("опубликовано", doc.published), ("источник", doc.source)]
    meta = "; ".join(f"{k}: {escape(v)}" for k, v in facts if v)
    if meta:
        head.append(f"<p class=\"meta\">{meta}</p>\n")
    for warning in doc.warnings:
        head.append(f"<p class=\"warn\">⚠ {escape(warning)}</p>\n")
    head.append(f"<div class=\"text\">{highlight(text, hits(doc, prefix, names))}</div>\n")
    head.append(tables(doc, prefix, names))
    head.append("</section>\n")
    return "".join(head)


def names_of(doc: Document) -> dict[str, str]:
    names: dict[str, str] = {}
    for group in (doc.organizations, doc.people, doc.places):
        for item in group:
            names[item.id] = item.name
    for date in doc.dates:
        names[date.id] = f"{date.text} ({date.value})"
    for agreement in doc.agreements:
        names[agreement.id] = agreement.kind
    return names


def hits(doc: Document, prefix: str, names: dict[str, str]) -> list[Hit]:
    """Every mention of the document, each tied to the entity it belongs to."""
    found: list[Hit] = []

    def add(start: int, end: int, type: str, ref: str, key: str, label: str) -> None:
        found.append(Hit(start, end, type, f"{prefix}-{ref}", f"{prefix}-{key}", f"{TYPES[type]}: {label}"))

    for type, group in (("org", doc.organizations), ("loc", doc.places), ("per", doc.people)):
        for item in group:
            for i, m in enumerate(item.mentions):
                add(m.start, m.end, type, item.id, f"{item.id}.m{i}", item.name)
    for person in doc.people:
        for i, role in enumerate(person.roles):
            for j, m in enumerate(role.mentions):
                key = f"{person.id}.r{i}" + (f".m{j}" if j else "")  # the first keeps its old key
                add(m.start, m.end, "role", person.id, key, f"{role.title} — {person.name}")
    for date in doc.dates:
        add(date.start, date.end, "date", date.id, date.id, f"{date.value}")
    for agreement in doc.agreements:
        m = agreement.mention
        add(m.start, m.end, "agr", agreement.id, agreement.id, agreement.kind)
    for i, obligation in enumerate(doc.obligations):
        m = obligation.mention
        add(m.start, m.end, "obl", f"obl{i + 1}", f"obl{i + 1}", f"{obligation.modality}: {obligation.action}")
    return found


def highlight(text: str, found: list[Hit]) -> str:
    """The text with each piece between mention boundaries wrapped with all its mentions."""
    valid = [h for h in found if 0 <= h.start < h.end <= len(text)]
    cuts = sorted({0, len(text), *(h.start for h in valid), *(h.end for h in valid)})
    starting: dict[int, list[Hit]] = {}
    for h in valid:
        starting.setdefault(h.start, []).append(h)
    active: list[Hit] = []
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        active = [h for h in active if h.end > a] + starting.get(a, [])
        piece = escape(text[a:b])
        if not active:
            out.append(piece)
            continue
        # outer mentions first, so the innermost (most specific) type is the last class
        ordered = sorted(active, key=lambda h: (h.start, -h.end))
        types = " ".join(dict.fromkeys(f"t-{h.type}" for h in ordered))
        refs = " ".join(dict.fromkeys(h.ref for h in ordered))
        keys = " ".join(h.key for h in ordered)
        label = "\n".join(dict.fromkeys(h.label for h in ordered))
        out.append(
            f"<span class=\"m {types}\" data-refs=\"{escape(refs)}\" data-keys=\"{escape(keys)}\" "
            f"title=\"{escape(label)}\">{piece}</span>"
        )
    return "".join(out)


def tables(doc: Document, prefix: str, names: dict[str, str]) -> str:
    name = lambda ref: names.get(ref, ref) if ref else ""  # noqa: E731
    roles = lambda p: "; ".join(  # noqa: E731
        role.title + (f" — {name(role.organization)}" if role.organization else "")
        + (" (врио)" if role.acting else "") + ("" if role.status == "current" else f" [{role.status}]")
        for role in p.roles
    )
    blocks = [
        ("Организации", ["id", "название", "сокращение", "вид", "место", "упоминаний"], [
            (o.id, [o.id, o.name, o.short_name, o.kind, name(o.place), len(o.mentions)]) for o in doc.organizations
        ]),
        ("Люди", ["id", "имя", "должности", "упоминаний"], [
            (p.id, [p.id, p.name, roles(p), len(p.mentions)]) for p in doc.people
        ]),
        ("Даты", ["id", "текст", "значение", "точность", "выведена"], [
            (d.id, [d.id, d.text, d.value, d.precision, "да" if d.inferred else ""]) for d in doc.dates
        ]),
        ("Места", ["id", "название", "вид", "входит в", "упоминаний"], [
            (p.id, [p.id, p.name, p.kind, name(p.parent), len(p.mentions)]) for p in doc.places
        ]),
        ("Обязательства", ["№", "вид", "стороны", "действие", "срок", "соглашение", "поручил"], [
            (f"obl{i + 1}", [i + 1, o.modality, ", ".join(map(name, o.parties)), o.action, name(o.deadline),
                             name(o.agreement), name(o.issued_by)])
            for i, o in enumerate(doc.obligations)
        ]),
        ("Соглашения", ["id", "вид", "предмет", "стороны", "подписали", "дата", "место", "статус"], [
            (a.id, [a.id, a.kind, a.subject, ", ".join(map(name, a.parties)),
                    ", ".join(map(name, a.signatories)), a.date, name(a.place), a.status])
            for a in doc.agreements
        ]),
    ]
    out = []
    for caption, header, rows in blocks:
        out.append(f"<h3>{escape(caption)} ({len(rows)})</h3>\n")
        if not rows:
            continue
        out.append("<table>\n<tr>" + "".join(f"<th>{escape(h)}</th>" for h in header) + "</tr>\n")
        for ref, cells in rows:
            tds = "".join(f"<td>{escape('' if c is None else str(c))}</td>" for c in cells)
            out.append(f"<tr data-ref=\"{escape(f'{prefix}-{ref}')}\">{tds}</tr>\n")
        out.append("</table>\n")
    return "".join(out)
