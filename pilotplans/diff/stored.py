"""The table of a diff drawn from the diff a rebuild stored, when that diff is still current.

A rebuild keeps the links of every local plan against its national plan (``plan_links``, keyed in
``plan_pairs`` by both documents' build keys and the version of the diff:
:mod:`pilotplans.store.plans`). When ``pilotplans diff`` compares two stored documents whose pair
key is the one the current code would give them, the stored links are the links a new diff would
make, and the table (relation, score, ownership and region of each link, the counts), the JSONL and the
CSV are drawn from them with the two documents' measures — without cutting a word (loading the
segmenter's dictionary and aligning cost more than half of a cold ``diff``). Each stored link keeps
what the exported link carries beyond the measures (its basis, reasons, bodies, shares covered and
clause alignment: ``detail``), so the three are byte-identical to the computed diff's. The HTML
report (and a diff given ``--region``) is always computed.

The links rebuilt here carry what the table, JSONL and CSV print; they never leave this module.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from pilotplans.schema.models import Document

if TYPE_CHECKING:
    from pilotplans.diff.models import DiffResult

_PAIR = ("SELECT pair_key FROM plan_pairs WHERE national_document = :national AND local_document = :local")
_KEYS = "SELECT document_id, build_key FROM document_builds WHERE document_id IN (:national, :local)"
_VERSIONS = "SELECT key, value FROM build_info WHERE key IN ('version.registry', 'version.gazetteer')"
_LINKS = ("SELECT national_position, local_position, relation, score, ownership, region_check, ownership_reason, "
          "national_bodies, local_bodies, detail FROM plan_links WHERE national_document = :national AND local_document = :local ORDER BY position")


def current_links(url: str, national: str, local: str) -> list[Mapping[str, Any]] | None:
    """The stored links of ``local`` against ``national`` (document ids in the SQLite database at
    ``url``), in their order, when the stored diff is the one the current code would make of the
    stored documents (its key is current, and the registry and gazetteer the owners and regions
    were checked with are the package's); None when there is none, it is stale, or the database is
    not a SQLite file or holds no stored diffs (written by an older pilotplans)."""
    import sqlite3

    from pilotplans.ingest.versions import diff_version, file_part_versions
    from pilotplans.store.db import plain_sqlite_file, read_only
    from pilotplans.store.plans import pair_key
    from pilotplans.store.read import snapshot_rows

    if plain_sqlite_file(url) is None:
        return None
    ids = {"national": national, "local": local}
    try:
        with read_only(url) as snapshot:  # the key, the versions and the links of one build
            stored = snapshot_rows(snapshot, _PAIR, ids)
            if not stored:
                return None
            keys = {row["document_id"]: row["build_key"] for row in snapshot_rows(snapshot, _KEYS, ids)}
            built = {row["key"]: row["value"] for row in snapshot_rows(snapshot, _VERSIONS, {})}
            # the owners and regions of each link were checked against the registry and gazetteer of the build
            current = file_part_versions(("registry", "gazetteer"))
            if any(built.get(f"version.{part}") != value for part, value in current.items()):
                return None
            if national not in keys or local not in keys:
                return None
            if stored[0]["pair_key"] != pair_key(keys[national], keys[local], diff_version()):
                return None
            return snapshot_rows(snapshot, _LINKS, ids)
    except sqlite3.Error:
        return None


def stored_result(national: Document, local: Document, links: Sequence[Mapping[str, Any]]) -> DiffResult | None:
    """The diff of ``local`` against ``national`` as far as :mod:`pilotplans.diff.render` prints it
    (table, JSONL, CSV), from that diff's stored ``links`` (:func:`current_links`); None when a link
    names a measure the documents lack (then the stored diff is not theirs)."""
    from pilotplans.diff.models import ClauseLink, Link, Ownership
    from pilotplans.diff.labels import measure_labels
    from pilotplans.diff.refs import document_ref, measure_ref
    from pilotplans.diff.rounds import diff_result

    national_at = {m.position: m for m in national.measures}
    local_at = {m.position: m for m in local.measures}
    national_labels, local_labels = measure_labels(national), measure_labels(local)
    rows = []
    for link in links:
        n, m = link["national_position"], link["local_position"]
        if (n is not None and n not in national_at) or (m is not None and m not in local_at):
            return None
        detail = _json(link["detail"])
        owner = Ownership(status=link["ownership"], region=link["region_check"], reason=link["ownership_reason"],
                          national_bodies=tuple(_json(link["national_bodies"])), local_bodies=tuple(_json(link["local_bodies"])),
                          superior_bodies=tuple(detail["superior_bodies"]), via=detail["ownership_via"])
        rows.append(Link(national=measure_ref(national_at[n], national_labels) if n is not None else None,
                         local=measure_ref(local_at[m], local_labels) if m is not None else None,
                         relation=link["relation"], score=link["score"], basis=detail["basis"],
                         local_covered=detail["local_covered"], national_covered=detail["national_covered"],
                         reason=detail["reason"], clauses=tuple(ClauseLink.model_validate(c) for c in detail["clauses"]),
                         ownership=owner))
    return diff_result(document_ref(national), document_ref(local), rows)


def _json(value: Any) -> Any:
    """A JSON column's value: SQLite's driver hands the text over, SQLAlchemy the value."""
    import json

    return json.loads(value) if isinstance(value, str) else value


# ---------------------------------------------------------------------------------------------
# Coverage from the stored diffs
# ---------------------------------------------------------------------------------------------

_ALL_PAIRS = "SELECT national_document, local_document, pair_key FROM plan_pairs"
_ALL_KEYS = "SELECT document_id, build_key FROM document_builds"
_COVERAGE_LINKS = ("SELECT national_document, local_document, national_position, local_label, local_position, relation "
                   "FROM plan_links "
                   "ORDER BY national_document, local_document, position")
_HEADERS = "SELECT * FROM documents ORDER BY id"
_DOCUMENT_WARNINGS = ("SELECT * FROM warnings WHERE measure_id IS NULL "
                      "ORDER BY id")


def stored_headers(url: str) -> list[Document] | None:
    """Every document stored in the SQLite database at ``url`` with its metadata and its own
    warnings (how it was linked to its parent) but no tables or measures: what
    :func:`pilotplans.diff.coverage.plan_groups` sorts. None when ``url`` is no SQLite file."""
    from pilotplans.store import rows as r
    from pilotplans.store.db import plain_sqlite_file, read_faults, read_only
    from pilotplans.store.read import snapshot_rows, warnings_by_owner

    if plain_sqlite_file(url) is None:
        return None
    with read_faults(url):  # an empty, foreign or older database in one line naming it
        with read_only(url) as snapshot:
            warning_rows, document_rows = (snapshot_rows(snapshot, sql, {}) for sql in (_DOCUMENT_WARNINGS, _HEADERS))
        warnings = warnings_by_owner(warning_rows)[2]  # its headings' once, in a database of either layout
        return [r.document(row, tables=[], measures=[], conventions=[], warnings=warnings.get(row["id"], []))
                for row in document_rows]


def current_coverage_links(url: str) -> dict[tuple[str, str], list[Mapping[str, Any]]]:
    """The stored links of every pair (national id, local id) in the SQLite database at ``url``
    whose stored diff is the one the current code would make (see :func:`current_links`): each
    link's national position, local label and relation, in order. Empty when ``url`` is no SQLite
    file or holds no stored diffs."""
    import sqlite3

    from pilotplans.ingest.versions import diff_version
    from pilotplans.store.db import plain_sqlite_file, read_only
    from pilotplans.store.plans import pair_key
    from pilotplans.store.read import snapshot_rows

    if plain_sqlite_file(url) is None:
        return {}
    version = diff_version()
    try:
        with read_only(url) as snapshot:  # the keys and the links of one build
            keys = {row["document_id"]: row["build_key"] for row in snapshot_rows(snapshot, _ALL_KEYS, {})}
            current = {(row["national_document"], row["local_document"]) for row in snapshot_rows(snapshot, _ALL_PAIRS, {})
                       if row["national_document"] in keys and row["local_document"] in keys
                       and row["pair_key"] == pair_key(keys[row["national_document"]], keys[row["local_document"]], version)}
            found: dict[tuple[str, str], list[Mapping[str, Any]]] = {pair: [] for pair in current}
            for row in snapshot_rows(snapshot, _COVERAGE_LINKS, {}):
                links = found.get((row["national_document"], row["local_document"]))
                if links is not None:
                    links.append(row)
    except sqlite3.Error:
        return {}
    return found
