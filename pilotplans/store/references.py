"""The reference tables (bodies, body_aliases, regions, round_members), made anew from the
registry and what the stored measures name.

Every central body of the registry is listed, with its registered aliases and typos; local and
collective bodies are listed as the documents name them (the name of their first mention), with
the forms they were written in. The stored links are grouped by the database itself, so that
refreshing costs about the same for five documents as for a thousand.

A rebuild that carries documents over makes the tables again only when what they are made from
changed (:func:`references_key`): a change to one plan's wording leaves them as they are.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from pilotplans.store.bulk import insert_table
from pilotplans.store.statements import Statements, loaded, statements

if TYPE_CHECKING:
    from sqlalchemy import Connection

#: The build fact naming the key of the reference tables (:func:`references_key`).
REFERENCES_FACT = "references"
Mention = tuple[str, str, str | None, str | None, str | None, str | None]
"""A mention of a body: its id, as written, its name, level, region and counterpart."""


def refresh_reference_tables(connection: Statements | Connection, *, versions: str = "", kept: str | None = None) -> str | None:
    """Rebuild the bodies, aliases, regions and round tables (see the module docstring), unless
    they are those of key ``kept`` (:func:`references_key`, with the registry's and gazetteer's
    ``versions``): then they are left as they are. Returns the key of the tables made (None when
    a document stored without a build leaves them without one)."""
    db = statements(connection)
    key = references_key(db, versions)
    if key is not None and key == kept:
        return key
    _make_reference_tables(db)
    return key


def contribution_digest(mentions: Sequence[Sequence[str | None]], regions: Iterable[str | None]) -> str:
    """A digest of what a document gives the reference tables: its first ``mentions`` (:func:`first_forms`,
    in order) and the set of ``regions`` its measures name (by id)."""
    named = sorted({region for region in regions if region is not None})
    return hashlib.sha256(json.dumps([list(mentions), named], ensure_ascii=False).encode("utf-8")).hexdigest()


def references_key(db: Statements, versions: str) -> str | None:
    """A key of everything the reference tables are made from: the registry's and gazetteer's
    ``versions`` and each stored document's contribution (:func:`contribution_digest`, kept with its
    build) in reading order; None when a document has no build (stored by ``extract --db``).
    A thousand documents' digests are read in a few milliseconds; making the tables took a tenth
    of a second of a rebuild after one change (decoding every document's first mentions, writing
    every row again), which a change that names the same bodies and regions no longer pays."""
    digest = hashlib.sha256(versions.encode("utf-8"))
    for doc_id, contribution in db.rows(
            "SELECT documents.id, document_builds.references_digest FROM documents LEFT OUTER JOIN document_builds "
            "ON document_builds.document_id = documents.id ORDER BY documents.source_name, documents.id"):
        if contribution is None:
            return None
        digest.update(f"\0{doc_id}\0{contribution}".encode("utf-8"))
    return digest.hexdigest()


def forget_references_key(connection: Statements | Connection) -> None:
    """Take the key of the reference tables out of the build facts: they were made again outside a
    rebuild (``extract --db``), and the next rebuild must not take them for those of its key."""
    statements(connection).run('DELETE FROM build_info WHERE "key" = :key', {"key": REFERENCES_FACT})


def _make_reference_tables(connection: Statements) -> None:
    from pilotplans.normalizers.registry import load_registry

    for name in ("body_aliases", "bodies", "round_members", "regions"):
        connection.run(f"DELETE FROM {name}")
    registry = load_registry()

    central_rows = []
    central_aliases: dict[tuple[str, str], str] = {}
    for central in registry.central.values():
        central_rows.append(dict(id=central.id, name=central.name, full_name=central.full_name, level="central",
                                 region_id=None, counterpart_id=None))
        for alias, kind in [(central.name, "name"), (central.full_name, "full_name"), *((a, "alias") for a in central.aliases),
                            *((t.text, "typo") for t in central.typos)]:
            central_aliases.setdefault((central.id, alias), kind)
    insert_table(connection, "bodies", central_rows)

    # The mentions in reading order (documents by file name, as a rebuild reads them; measures and
    # mentions by position), whatever order they were stored in: carrying documents over from an
    # earlier rebuild makes the same tables as reading them all again. The first of each body and
    # of each form is picked from each document's first mention of each form, kept with its build
    # (:func:`first_forms`): a thousand documents' 67,000 mentions cost a fifth of a second to read
    # in order, their 26,000 first forms a few hundredths.
    first_mentions: dict[str, Mention] = {}
    forms: dict[tuple[str, str], None] = {}
    for mention in _mentions_in_order(connection):
        first_mentions.setdefault(mention[0], mention)
        forms.setdefault((mention[0], mention[1]), None)
    # Each other body once, as its first mention names it.
    insert_table(connection, "bodies", [
        dict(id=body_id, name=raw if name is None or name == "" else name, level=level, region_id=region_id,
             counterpart_id=counterpart_id)
        for body_id, raw, name, level, region_id, counterpart_id in first_mentions.values()
        if body_id not in registry.central
    ])
    insert_table(connection, "body_aliases", [dict(body_id=b, alias=a, kind=k) for (b, a), k in central_aliases.items()])
    # Each form a body was written in, in the order of its first use.
    insert_table(connection, "body_aliases", [dict(body_id=b, alias=a, kind="written")
                                              for b, a in forms if (b, a) not in central_aliases])

    gazetteer = registry.gazetteer
    wanted = {m for r in gazetteer.rounds.values() for m in r.members}
    wanted |= {i for (i,) in connection.rows("SELECT DISTINCT region_id FROM measure_regions WHERE region_id IS NOT NULL")}
    wanted |= {i for (i,) in connection.rows("SELECT DISTINCT region_id FROM bodies WHERE region_id IS NOT NULL")}
    wanted |= {gazetteer.region(i).province for i in list(wanted) if i in gazetteer.regions}
    insert_table(connection, "regions", [
        dict(id=region.id, name=region.name, code=region.code, level=region.level, province_id=region.province)
        for region in (gazetteer.region(i) for i in sorted(wanted) if i in gazetteer.regions)
    ])
    insert_table(connection, "round_members", [
        dict(round_id=pilot_round.id, region_id=m, position=i)
        for pilot_round in gazetteer.rounds.values()
        for i, m in enumerate(pilot_round.members, start=1) if m in gazetteer.regions
    ])


def first_forms(measures: Iterable[Mapping[str, Any]], links: Iterable[Mapping[str, Any]]) -> list[Mention]:
    """A document's first mention of each form of each body it names (body, as written, name,
    level, region, counterpart), in reading order (measures, then mentions, by position), from its
    ``measures`` and ``measure_departments`` rows: the mentions that can be a body's first or a
    form's first use in the whole dataset (see :func:`refresh_reference_tables`)."""
    position = {row["id"]: row["position"] for row in measures}
    named = sorted((row for row in links if row["body_id"] is not None),
                   key=lambda row: (position[row["measure_id"]], row["position"]))
    firsts: dict[tuple[str, str], Mention] = {}
    for row in named:
        firsts.setdefault((row["body_id"], row["raw"]), (row["body_id"], row["raw"], row["name"], row["level"],
                                                         row["region_id"], row["counterpart_id"]))
    return list(firsts.values())


def _mentions_in_order(connection: Statements) -> Iterator[Mention]:
    """The mentions of bodies that can be first (of a body, of a form) in reading order: from the
    documents' kept first forms, or from every stored mention when a document has none (one
    stored by ``extract --db``, without a build)."""
    kept = [loaded(mentions) for (mentions,) in connection.rows(
        "SELECT document_builds.mentions FROM documents LEFT OUTER JOIN document_builds "
        "ON document_builds.document_id = documents.id ORDER BY documents.source_name, documents.id")]
    if all(mentions is not None for mentions in kept):
        for mentions in kept:
            yield from (tuple(mention) for mention in mentions)  # type: ignore[misc]
        return
    # tens of thousands of rows read once, as the driver gives them, without a result object around each
    yield from connection.cursor_rows(
        "SELECT measure_departments.body_id, measure_departments.raw, measure_departments.name, measure_departments.level, "
        "measure_departments.region_id, measure_departments.counterpart_id FROM measure_departments "
        "JOIN measures ON measures.id = measure_departments.measure_id JOIN documents ON documents.id = measures.document_id "
        "WHERE measure_departments.body_id IS NOT NULL "
        "ORDER BY documents.source_name, documents.id, measures.position, measure_departments.position")
