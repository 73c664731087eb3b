"""The HTML report: every mention highlighted once per piece, a table row per entity, text escaped."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from pressparse.io.report import render_report
from pressparse.result import (
    Agreement, DateMention, Document, Mention, Obligation, Organization, Person, Place, Role,
)

SAMPLE = (
    "Мэрия Томска и ООО «Сибирский хлеб» подписали договор аренды\n\n"
    "3 апреля 2023 года мэр Томска Иван Кляйн и директор ООО «Сибирский хлеб» Анна Белова "
    "договорились, что компания до 1 сентября откроет пекарню в Томске. "
    "Кляйн пообещал <b>помочь</b> & \"ускорить\" согласования.\n"
)


def at(text: str, phrase: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Mention(text=phrase, start=start, end=start + len(phrase))


def sample_document(text: str = SAMPLE) -> Document:
    """A hand-made result with every kind of record, nested and crossing mentions included."""
    m = lambda phrase, nth=0: at(text, phrase, nth)  # noqa: E731
    obligation = m("компания до 1 сентября откроет пекарню в Томске")
    return Document(
        id="sample.txt",
        title="Мэрия Томска и ООО «Сибирский хлеб» подписали договор аренды",
        published="2023-04-03",
        places=(Place(id="loc1", name="Томск", kind="city", mentions=(m("Томска"), m("Томска", 1), m("Томске"))),),
        organizations=(
            Organization(id="org1", name="Мэрия Томска", kind="municipal_body", place="loc1",
                         mentions=(m("Мэрия Томска"),)),
            Organization(id="org2", name="ООО «Сибирский хлеб»", short_name="Сибирский хлеб", kind="company",
                         mentions=(m("ООО «Сибирский хлеб»"), m("ООО «Сибирский хлеб»", 1))),
        ),
        people=(
            Person(id="per1", name="Иван Кляйн", first="Иван", last="Кляйн",
                   roles=(Role(title="мэр", organization="org1", mention=m("мэр Томска")),),
                   mentions=(m("Иван Кляйн"), m("Кляйн", 1))),
            Person(id="per2", name="Анна Белова", first="Анна", last="Белова",
                   roles=(Role(title="директор", organization="org2", mention=m("директор ООО «Сибирский хлеб»")),),
                   mentions=(m("Анна Белова"),)),
        ),
        dates=(
            DateMention(id="date1", text="3 апреля 2023 года", start=m("3 апреля 2023 года").start,
                        end=m("3 апреля 2023 года").end, value="2023-04-03", precision="day"),
            DateMention(id="date2", text="до 1 сентября", start=m("до 1 сентября").start,
                        end=m("до 1 сентября").end, value="2023-09-01", precision="day", inferred=True),
        ),
        agreements=(
            Agreement(id="agr1", kind="договор", subject="аренды", parties=("org1", "org2"),
                      mention=m("договор аренды")),
        ),
        obligations=(
            Obligation(parties=("org2",), action="открыть пекарню в Томске", modality="agreement",
                       deadline="date2", mention=obligation),
            Obligation(parties=("per1",), action="помочь ускорить согласования", modality="commitment",
                       mention=m("пообещал <b>помочь</b> & \"ускорить\" согласования")),
        ),
        warnings=("decoded as cp1251, not UTF-8",),
    )


def expected_keys(doc: Document, prefix: str = "d0") -> set[str]:
    keys = set()
    for group in (doc.organizations, doc.places, doc.people):
        for item in group:
            keys |= {f"{prefix}-{item.id}.m{i}" for i in range(len(item.mentions))}
    for person in doc.people:
        keys |= {f"{prefix}-{person.id}.r{i}" for i in range(len(person.roles))}
    keys |= {f"{prefix}-{d.id}" for d in doc.dates} | {f"{prefix}-{a.id}" for a in doc.agreements}
    keys |= {f"{prefix}-obl{i + 1}" for i in range(len(doc.obligations))}
    return keys


def expected_rows(doc: Document, prefix: str = "d0") -> list[str]:
    rows = [f"{prefix}-{o.id}" for o in doc.organizations] + [f"{prefix}-{p.id}" for p in doc.people]
    rows += [f"{prefix}-{d.id}" for d in doc.dates] + [f"{prefix}-{p.id}" for p in doc.places]
    rows += [f"{prefix}-obl{i + 1}" for i in range(len(doc.obligations))]
    return rows + [f"{prefix}-{a.id}" for a in doc.agreements]


class Page(HTMLParser):
    """What a test reads back from a report: highlighted pieces, rows, visible text, scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[tuple[dict, str]] = []  # (attributes, text) of highlighted spans
        self.rows: list[str] = []
        self.body_attrs: dict = {}
        self.text_parts: list[str] = []
        self.scripts = 0
        self.links: list[str] = []
        self._span: dict | None = None
        self._in_text = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "body":
            self.body_attrs = attrs
        if tag == "script":
            self.scripts += 1
        if tag in ("link", "img", "iframe") or (tag == "script" and "src" in attrs):
            self.links.append(tag)
        if tag == "tr" and "data-ref" in attrs:
            self.rows.append(attrs["data-ref"])
        if tag == "div" and attrs.get("class") == "text":
            self._in_text += 1
        if tag == "span" and "data-keys" in attrs:
            self._span = attrs
            self.pieces.append((attrs, ""))

    def handle_endtag(self, tag):
        if tag == "span":
            self._span = None
        if tag == "div" and self._in_text:
            self._in_text -= 1

    def handle_data(self, data):
        if self._in_text:
            self.text_parts.append(data)
        if self._span is not None:
            attrs, text = self.pieces[-1]
            self.pieces[-1] = (attrs, text + data)


def read_page(html: str) -> Page:
    page = Page()
    page.feed(html)
    return page


def highlighted(page: Page) -> dict[str, str]:
    """mention key -> the text highlighted for it (pieces joined)."""
    found: dict[str, str] = {}
    for attrs, text in page.pieces:
        for key in attrs["data-keys"].split():
            found[key] = found.get(key, "") + text
    return found


def test_every_mention_is_highlighted_with_its_own_text():
    doc = sample_document()
    page = read_page(render_report([(doc, SAMPLE)]))
    found = highlighted(page)
    assert set(found) == expected_keys(doc)
    assert found["d0-per1.m0"] == "Иван Кляйн"
    assert found["d0-per2.r0"] == "директор ООО «Сибирский хлеб»"
    assert found["d0-obl2"] == "пообещал <b>помочь</b> & \"ускорить\" согласования"


def test_text_comes_back_unchanged_and_escaped():
    html = render_report([(sample_document(), SAMPLE)])
    page = read_page(html)
    assert "".join(page.text_parts) == SAMPLE
    assert "<b>помочь</b>" not in html and "&lt;b&gt;помочь&lt;/b&gt;" in html


def test_a_row_per_entity():
    doc = sample_document()
    page = read_page(render_report([(doc, SAMPLE)]))
    assert page.rows == expected_rows(doc)


@pytest.mark.parametrize(
    "phrase, types",
    [
        ("Иван Кляйн", {"t-per"}),
        ("мэр ", {"t-role"}),
        ("Томска", {"t-loc", "t-role"}),  # the place inside the role phrase "мэр Томска"
        ("до 1 сентября", {"t-date", "t-obl"}),
        ("договор аренды", {"t-agr"}),
    ],
)
def test_nested_mentions_carry_every_type(phrase, types):
    page = read_page(render_report([(sample_document(), SAMPLE)]))
    pieces = [set(attrs["class"].split()) - {"m"} for attrs, text in page.pieces if text == phrase]
    assert types in pieces


def test_self_contained_page():
    page = read_page(render_report([(sample_document(), SAMPLE)]))
    assert page.links == [] and page.scripts == 1


def test_batch_prefixes_ids_per_document():
    doc = sample_document()
    page = read_page(render_report([(doc, SAMPLE), (doc, SAMPLE)]))
    assert set(highlighted(page)) == expected_keys(doc, "d0") | expected_keys(doc, "d1")
    assert page.rows == expected_rows(doc, "d0") + expected_rows(doc, "d1")


def test_hostile_names_are_escaped():
    text = "Компания <img src=x onerror=alert(1)> открылась"
    doc = Document(organizations=(
        Organization(id="org1", name="<script>alert(1)</script>\"'", mentions=(at(text, "Компания"),)),
    ), title="</title><script>alert(2)</script>")
    html = render_report([(doc, text)])
    assert "<script>alert" not in html and "<img" not in html
    assert re.search(r"&lt;script&gt;alert\(1\)&lt;/script&gt;", html)


@pytest.mark.parametrize(
    "text, mention",
    [
        ("короткий", Mention(text="вне", start=5, end=40)),  # beyond the text
        ("короткий", Mention(text="", start=3, end=3)),  # empty
        ("", Mention(text="x", start=0, end=1)),  # no text at all
    ],
)
def test_broken_offsets_do_not_break_the_page(text, mention):
    doc = Document(organizations=(Organization(id="org1", name="X", mentions=(mention,)),))
    page = read_page(render_report([(doc, text)]))
    assert page.pieces == [] and page.rows == ["d0-org1"]


def test_empty_document_and_warning():
    doc = Document(id="empty.txt", warnings=("empty text",))
    html = render_report([(doc, "")])
    assert "empty text" in html and "empty.txt" in html
