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
from typing import Any

from sqlalchemy import Connection, Select, delete, select

from pilotplans.store.bulk import insert_table
from pilotplans.store.models import metadata

_T = metadata.tables
#: The build fact naming the key of the reference tables (:func:`references_key`).
REFERENCES_FACT = "references"
Mention = tuple[str, str, str | None, str | None, str | None, str | None]
"""A mention of a body: its id, as written, its name, level, region and counterpart."""


def refresh_reference_tables(connection: Connection, *, versions: str = "", kept: str | None = None) -> str | None:
    """Rebuild the bodies, aliases, regions and round tables (see the module docstring), unless
    they are those of key ``kept`` (:func:`references_key`, with the registry's and gazetteer's
    ``versions``): then they are left as they are. Returns the key of the tables made (None when
    a document stored without a build leaves them without one)."""
    key = references_key(connection, versions)
    if key is not None and key == kept:
        return key
    _make_reference_tables(connection)
    return key


def contribution_digest(mentions: Sequence[Sequence[str | None]], regions: Iterable[str | None]) -> str:
    """A digest of what a document gives the reference tables: its first ``mentions`` (:func:`first_forms`,
    in order) and the set of ``regions`` its measures name (by id)."""
    named = sorted({region for region in regions if region is not None})
    return hashlib.sha256(json.dumps([list(mentions), named], ensure_ascii=False).encode("utf-8")).hexdigest()


def references_key(connection: Connection, versions: str) -> str | None:
    """A key of everything the reference tables are made from: the registry's and gazetteer's
    ``versions`` and each stored document's contribution (:func:`contribution_digest`, kept with its
    build) in reading order; None when a document has no build (stored by ``extract --db``).
    A thousand documents' digests are read in a few milliseconds; making the tables took a tenth
    of a second of a rebuild after one change (decoding every document's first mentions, writing
    every row again), which a change that names the same bodies and regions no longer pays."""
    documents, builds = _T["documents"], _T["document_builds"]
    digest = hashlib.sha256(versions.encode("utf-8"))
    for doc_id, contribution in connection.execute(
            select(documents.c.id, builds.c.references_digest)
            .select_from(documents.outerjoin(builds, builds.c.document_id == documents.c.id))
            .order_by(documents.c.source_name, documents.c.id)):
        if contribution is None:
            return None
        digest.update(f"\0{doc_id}\0{contribution}".encode("utf-8"))
    return digest.hexdigest()


def forget_references_key(connection: Connection) -> None:
    """Take the key of the reference tables out of the build facts: they were made again outside a
    rebuild (``extract --db``), and the next rebuild must not take them for those of its key."""
    facts = _T["build_info"]
    connection.execute(delete(facts).where(facts.c.key == REFERENCES_FACT))


def _make_reference_tables(connection: Connection) -> None:
    from pilotplans.normalizers.registry import load_registry

    for name in ("body_aliases", "bodies", "round_members", "regions"):
        connection.execute(delete(_T[name]))
    registry = load_registry()
    bodies = _T["bodies"]

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
    regions_named = _T["measure_regions"].c.region_id
    wanted |= set(connection.scalars(select(regions_named).where(regions_named.is_not(None)).distinct()))
    wanted |= set(connection.scalars(select(bodies.c.region_id).where(bodies.c.region_id.is_not(None)).distinct()))
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


def _mentions_in_order(connection: Connection) -> Iterator[Mention]:
    """The mentions of bodies that can be first (of a body, of a form) in reading order: from the
    documents' kept first forms, or from every stored mention when a document has none (one
    stored by ``extract --db``, without a build)."""
    documents, builds = _T["documents"], _T["document_builds"]
    kept = connection.execute(select(builds.c.mentions)
                              .select_from(documents.outerjoin(builds, builds.c.document_id == documents.c.id))
                              .order_by(documents.c.source_name, documents.c.id)).scalars().all()
    if all(mentions is not None for mentions in kept):
        for mentions in kept:
            yield from (tuple(mention) for mention in mentions)  # type: ignore[misc]
        return
    links, measures = _T["measure_departments"], _T["measures"]
    yield from _plain_rows(connection, select(links.c.body_id, links.c.raw, links.c.name, links.c.level, links.c.region_id,
                                              links.c.counterpart_id)
                           .select_from(links.join(measures, measures.c.id == links.c.measure_id)
                                        .join(documents, documents.c.id == measures.c.document_id))
                           .where(links.c.body_id.is_not(None))
                           .order_by(documents.c.source_name, documents.c.id, measures.c.position, links.c.position))


def _plain_rows(connection: Connection, query: Select[Any]) -> Iterator[tuple[Any, ...]]:
    """The rows of ``query`` (which takes no parameters) as the driver gives them: tens of
    thousands of rows read once, without a result object around each."""
    compiled = query.compile(dialect=connection.dialect)
    assert not compiled.params, "a query with parameters goes through connection.execute"
    cursor = connection.connection.cursor()
    try:
        cursor.execute(str(compiled))
        yield from cursor
    finally:
        cursor.close()
