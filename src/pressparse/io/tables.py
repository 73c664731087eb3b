"""A result dict as table rows: one CSV row per entity, or one flat table per entity type."""

from __future__ import annotations

from typing import Any

# CSV: every entity is one row; a person has one row per role (or one without a role); each
# document has a first row of type "document" so that documents without entities still show
CSV_COLUMNS = [
    "doc_id", "entity_type", "entity_id", "name", "short_name", "kind",
    "first", "middle", "last",
    "role_title", "role_organization", "role_organization_name", "acting", "status",
    "place", "parent", "value", "precision", "inferred",
    "action", "modality", "parties", "signatories", "agreement", "deadline", "issued_by",
    "subject", "date", "text", "start", "end", "mentions", "mention_texts",
    "title", "published", "source", "warnings",
]

SEPARATOR = "; "  # between ids or mention texts in one CSV cell


def csv_rows(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """The CSV rows of one result dict."""
    id = doc.get("id")
    names = {o["id"]: o["name"] for o in doc.get("organizations", [])}
    rows = [{
        "entity_type": "document", "title": doc.get("title"), "published": doc.get("published"),
        "source": doc.get("source"), "warnings": " | ".join(doc.get("warnings", [])),
    }]
    for org in doc.get("organizations", []):
        rows.append({
            "entity_type": "organization", "entity_id": org["id"], "name": org["name"],
            "short_name": org.get("short_name"), "kind": org.get("kind"), "place": org.get("place"),
            **mentions(org.get("mentions", [])),
        })
    for person in doc.get("people", []):
        base = {
            "entity_type": "person", "entity_id": person["id"], "name": person["name"],
            "first": person.get("first"), "middle": person.get("middle"), "last": person.get("last"),
            **mentions(person.get("mentions", [])),
        }
        for role in person.get("roles", []) or [None]:
            if role is None:
                rows.append(base)
                continue
            rows.append({
                **base, "role_title": role["title"], "role_organization": role.get("organization"),
                "role_organization_name": names.get(role.get("organization")),
                "acting": flag(role.get("acting")), "status": role.get("status"),
                **span(role.get("mention")),
            })
    for place in doc.get("places", []):
        rows.append({
            "entity_type": "place", "entity_id": place["id"], "name": place["name"],
            "kind": place.get("kind"), "parent": place.get("parent"),
            **mentions(place.get("mentions", [])),
        })
    for date in doc.get("dates", []):
        rows.append({
            "entity_type": "date", "entity_id": date["id"], "value": date["value"],
            "precision": date.get("precision"), "inferred": flag(date.get("inferred")),
            **span(date),
        })
    for duration in doc.get("durations", []):
        rows.append({
            "entity_type": "duration", "entity_id": duration["id"], "value": duration["value"],
            "kind": duration.get("bound"), **span(duration),
        })
    for udate in doc.get("unresolved_dates", []):  # no value: kind says what it is, resolve what it needs
        rows.append({
            "entity_type": "unresolved_date", "entity_id": udate["id"], "kind": udate.get("kind"),
            **span(udate),
        })
    for agreement in doc.get("agreements", []):
        rows.append({
            "entity_type": "agreement", "entity_id": agreement["id"], "kind": agreement["kind"],
            "subject": agreement.get("subject"), "parties": ids(agreement.get("parties")),
            "signatories": ids(agreement.get("signatories")), "date": agreement.get("date"),
            "place": agreement.get("place"), "status": agreement.get("status"),
            **span(agreement.get("mention")),
        })
    for number, obligation in enumerate(doc.get("obligations", []), 1):
        rows.append({
            "entity_type": "obligation", "entity_id": f"obl{number}",
            "action": obligation["action"], "modality": obligation.get("modality"),
            "parties": ids(obligation.get("parties")), "agreement": obligation.get("agreement"),
            "deadline": obligation.get("deadline"), "issued_by": obligation.get("issued_by"),
            **span(obligation.get("mention")),
        })
    for row in rows:
        row["doc_id"] = id
    return rows


def mentions(items: list[dict]) -> dict[str, Any]:
    seen = list(dict.fromkeys(m["text"] for m in items))
    first = span(items[0]) if items else {}
    return {**first, "mentions": len(items), "mention_texts": SEPARATOR.join(seen)}


def span(mention: dict | None) -> dict[str, Any]:
    if not mention:
        return {}
    return {"text": mention["text"], "start": mention["start"], "end": mention["end"]}


def ids(values: list[str] | None) -> str:
    return SEPARATOR.join(values or [])


def flag(value: Any) -> str:
    return "true" if value else "false"


ENTITY_TABLES = ("organizations", "people", "places", "dates", "durations", "unresolved_dates", "agreements",
                 "obligations")


def flat_tables(doc: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """One result dict as rows of the flat Parquet tables, each row with its ``doc_id``."""
    id = doc.get("id")
    head = {k: v for k, v in doc.items() if k not in ENTITY_TABLES}
    tables: dict[str, list[dict[str, Any]]] = {"documents": [{**head, "doc_id": id}]}
    for name in ENTITY_TABLES:
        tables[name] = [{**item, "doc_id": id} for item in doc.get(name, [])]
    tables["roles"] = [
        {**role, "doc_id": id, "person_id": person["id"]}
        for person in doc.get("people", [])
        for role in person.get("roles", [])
    ]
    for number, obligation in enumerate(tables["obligations"], 1):
        obligation["id"] = f"obl{number}"
    return tables
