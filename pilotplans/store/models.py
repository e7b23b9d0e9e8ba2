"""The database's tables, for the records of :mod:`pilotplans.schema`.

Plain SQLAlchemy Core tables (the store reads and writes whole tables at a time, never one ORM
object at a time: :mod:`pilotplans.store.bulk`, :mod:`pilotplans.store.read`). Portable types only
(JSON, Text, Integer, Boolean, Date), so the same tables work on SQLite and PostgreSQL.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (DDL, JSON, BigInteger, Boolean, Column, Date, Float, ForeignKey, Integer, LargeBinary, MetaData, String,
                        Table, Text, UniqueConstraint, event)
from sqlalchemy.types import TypeEngine, UserDefinedType

from pilotplans.store.search import FIELDS as SEARCH_FIELDS
from pilotplans.store.sqlite_schema import VIEWS  # noqa: F401 - the views it makes, named where the schema is kept

metadata = MetaData()


class TsVector(UserDefinedType[str]):
    """PostgreSQL's ``tsvector`` (the DDL of ``sqlalchemy.dialects.postgresql.TSVECTOR``), named
    without importing the PostgreSQL dialect, which a SQLite database never needs (a tenth of the
    tables' import)."""

    cache_ok = True

    def get_col_spec(self, **_kw: Any) -> str:
        return "TSVECTOR"


def source_columns() -> list[Column]:  # type: ignore[type-arg]
    """Provenance columns shared by every row read from a table."""
    return [
        Column("src_file", String(255), nullable=False),
        Column("src_format", String(8), nullable=False),
        Column("src_table", Integer),
        Column("src_row", Integer),
        Column("src_sheet", String(255)),
        Column("src_page", Integer),
        Column("src_x0", Float),
        Column("src_top", Float),
        Column("src_x1", Float),
        Column("src_bottom", Float),
        Column("src_line_start", Integer),
        Column("src_line_end", Integer),
        Column("src_paragraph", Integer),
        Column("src_ocr", Boolean, nullable=False, default=False),
        Column("src_confidence", Float),
    ]


def _serial_id() -> Column:  # type: ignore[type-arg]
    """A table's own key: an integer the database numbers."""
    return Column("id", Integer, primary_key=True, autoincrement=True)


def _owner(name: str, kind: TypeEngine[Any] | type[TypeEngine[Any]], table: str, **options: bool) -> Column:  # type: ignore[type-arg]
    """The row of ``table`` a row belongs to, deleted with it: required and indexed unless
    ``options`` say otherwise."""
    return Column(name, kind, ForeignKey(f"{table}.id", ondelete="CASCADE"), **{"nullable": False, "index": True, **options})


def _document_id(**options: bool) -> Column:  # type: ignore[type-arg]
    return _owner("document_id", String(120), "documents", **options)


def _measure_id(**options: bool) -> Column:  # type: ignore[type-arg]
    return _owner("measure_id", Integer, "measures", **options)


def _position() -> Column:  # type: ignore[type-arg]
    """The order of a row among its siblings (1-based)."""
    return Column("position", Integer, nullable=False)


# A document: its metadata and where it was read from.
documents = Table(
    "documents", metadata,
    Column("id", String(120), primary_key=True),
    Column("title", Text),
    Column("doc_no", String(120)),
    Column("doc_no_raw", String(120)),  # the 文号 as printed, where doc_no mends it
    Column("issuer", Text),
    Column("date", Date),
    Column("level", String(16)),
    Column("region", String(60)),
    Column("programme", String(60)),
    Column("round", Integer),
    Column("parent", String(120)),
    Column("parent_doc_no", String(120)),
    Column("citations", JSON),  # [{"title": …, "doc_no": …}]: what its text cites
    Column("source_path", Text, nullable=False),
    Column("source_name", String(255), nullable=False),
    Column("source_sha256", String(64), nullable=False),
    Column("source_format", String(8), nullable=False),
    Column("source_size", Integer, nullable=False),
    Column("notes", JSON, nullable=False, default=list),
)


# A reading a document states once for the items of its task list (第一责任单位为牵头单位 …): for
# every item, or (``from_measure``) from the measure at that position on.
conventions = Table(
    "conventions", metadata,
    _serial_id(),
    _document_id(),
    _position(),
    Column("kind", String(16), nullable=False),
    Column("text", Text, nullable=False),
    Column("role", String(16)),
    Column("body", Text),
    Column("from_measure", Integer),
    Column("table_index", Integer),  # a mark's note scoped to one table of several (Convention.table)
)


# A task table (or prose task list) of a document.
tables = Table(
    "tables", metadata,
    _serial_id(),
    _document_id(),
    Column("index", Integer, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("title", Text),
    Column("attachment", String(32)),
    Column("columns", JSON, nullable=False),
    Column("roles", JSON, nullable=False),
    UniqueConstraint('document_id', 'index'),
    *source_columns(),
)


# A task heading of a table.
headings = Table(
    "headings", metadata,
    _serial_id(),
    _owner("table_id", Integer, "tables"),
    _document_id(),
    _position(),
    Column("number_raw", String(32)),
    Column("number", Integer),
    Column("title", Text, nullable=False),
    Column("description", Text),
    Column("level", Integer, nullable=False, default=1, server_default="1"),
    Column("parent_position", Integer),
    *source_columns(),
)


# A measure (a row of a task table, or an item of a prose task list).
measures = Table(
    "measures", metadata,
    _serial_id(),
    _document_id(),
    _position(),
    Column("table_index", Integer, nullable=False),
    Column("heading_position", Integer),
    Column("heading_title", Text),
    Column("heading_number", Integer),
    Column("heading_path", JSON, default=list),
    Column("number_raw", String(32)),
    Column("number", Integer, index=True),
    Column("text", Text, nullable=False),
    Column("responsibility", Text),
    Column("responsibility_label", String(32)),
    Column("cooperating", Text),
    Column("leader", Text),
    Column("superior", Text),
    Column("remarks", Text),
    Column("scope", Text),
    Column("sector", Text),
    Column("regulations", Text),
    Column("deadline", Text),
    Column("scope_kind", String(16)),
    UniqueConstraint('document_id', 'position'),
    *source_columns(),
)


# A 政策保障措施 row under a 2018 task.
policy_rows = Table(
    "policy_rows", metadata,
    _serial_id(),
    _measure_id(),
    _position(),
    Column("text", Text, nullable=False),
    Column("responsibility", Text),
    *source_columns(),
)


# A fault found in a source: on a measure, on a heading, or (both empty) on the document.
warnings = Table(
    "warnings", metadata,
    _serial_id(),
    _document_id(),
    _measure_id(nullable=True),
    _owner("heading_id", Integer, "headings", nullable=True),
    Column("code", String(64), nullable=False, index=True),
    Column("message", Text, nullable=False),
)


# A body named by a measure, with its role (raw wording beside the resolved body).
measure_departments = Table(
    "measure_departments", metadata,
    _serial_id(),
    _measure_id(),
    _position(),
    Column("column", String(32), nullable=False),
    Column("raw", Text, nullable=False),
    Column("body_id", String(120), index=True),
    Column("name", Text),
    Column("role", String(16), index=True),
    Column("role_phrase", Text),
    Column("level", String(16)),
    Column("counterpart_id", String(120), index=True),
    Column("counterpart_name", Text),
    Column("region_id", String(60)),
    Column("via", String(16), nullable=False),
    Column("flags", JSON, nullable=False, default=list),
)


# A pilot area a measure applies to.
measure_regions = Table(
    "measure_regions", metadata,
    _serial_id(),
    _measure_id(),
    _position(),
    Column("raw", Text, nullable=False),
    Column("region_id", String(60), index=True),
    Column("name", Text),
    Column("source", String(16), nullable=False),
)


# A body of the department registry: every central body, and the local bodies the documents name.
bodies = Table(
    "bodies", metadata,
    Column("id", String(120), primary_key=True),
    Column("name", Text, nullable=False),
    Column("full_name", Text),
    Column("level", String(16)),
    Column("region_id", String(60)),
    Column("counterpart_id", String(120)),
)


# A way a body is written: registered aliases and typos, and the forms the documents use.
body_aliases = Table(
    "body_aliases", metadata,
    _serial_id(),
    _owner("body_id", String(120), "bodies"),
    Column("alias", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    UniqueConstraint('body_id', 'alias'),
)


# A place of the gazetteer that the dataset refers to, with its administrative code.
regions = Table(
    "regions", metadata,
    Column("id", String(60), primary_key=True),
    Column("name", Text, nullable=False),
    Column("code", String(6), nullable=False),
    Column("level", String(16), nullable=False),
    Column("province_id", String(60)),
)


# Membership of a pilot area in a programme round (service-trade-2020 …).
round_members = Table(
    "round_members", metadata,
    _serial_id(),
    Column("round_id", String(60), nullable=False, index=True),
    _owner("region_id", String(60), "regions"),
    _position(),
    UniqueConstraint('round_id', 'region_id'),
)


# How a document of a rebuilt dataset was made, so that the next rebuild can carry it over
# unread when nothing it depends on has changed (:mod:`pilotplans.ingest.dataset`): ``build_key``
# hashes the source file, its path, the manifest's hints for it and the version of what read it;
# ``linked`` names the fields linking it to its national plan filled in (``parent``, ``round``,
# ``programme``, ``warning``: a ``parent_inferred`` warning), so that the link can be made again
# when the national plans change; ``csv`` and ``jsonl`` are its measures as the exports print them;
# ``sheet`` is its sheet of ``measures.xlsx`` as the workbook's zip stores it (deflated XML, with
# its CRC-32, inflated size, rows under the header and columns: pilotplans.xlsx_parts.KeptSheet),
# copied into each new workbook as it is.
document_builds = Table(
    "document_builds", metadata,
    _document_id(primary_key=True, index=False),
    Column("build_key", String(64), nullable=False),
    Column("linked", JSON, nullable=False),
    # The first mention of each form of each body the document names, in reading order
    # (pilotplans.store.references.first_forms): the reference tables are made from these,
    # not from every stored mention.
    Column("mentions", JSON, nullable=False),
    # A digest of what the document gives the reference tables: its first mentions and the regions
    # its measures name (pilotplans.store.references.contribution_digest). The tables are made
    # again only when the digests of the documents, in reading order, changed.
    Column("references_digest", String(64), nullable=False),
    Column("sheet_crc", BigInteger, nullable=False),
    Column("sheet_size", BigInteger, nullable=False),
    Column("sheet_rows", Integer, nullable=False),
    Column("sheet_columns", Integer, nullable=False),
    # The size and SHA-256 of its chunks of measures.csv and measures.jsonl (pilotplans.store.exports):
    # the exports' digests are made from these, and a rebuild copies unchanged chunks from the
    # exports in place instead of reading them back from here.
    Column("csv_size", BigInteger, nullable=False),
    Column("csv_digest", String(64), nullable=False),
    Column("jsonl_size", BigInteger, nullable=False),
    Column("jsonl_digest", String(64), nullable=False),
    # The large columns last: SQLite reads a column stored after them by walking through their
    # overflow pages (the hundred megabytes of a thousand documents' exports and sheets, read
    # twice over by each rebuild after one change, when the small columns came after them).
    Column("csv", Text, nullable=False),
    Column("jsonl", Text, nullable=False),
    Column("sheet", LargeBinary, nullable=False),
)


# Facts about the last rebuild of the dataset: the version of each part of what read it
# (``version.reader`` …), the key of its national plans (``nationals``), the hashes of the exports
# it wrote (``exports.measures.csv``, ``exports.measures.jsonl``).
build_info = Table(
    "build_info", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)


# The words of each measure for full-text search, one row per measure (see pilotplans.store.search):
# each indexed field as its words separated by spaces, and on PostgreSQL the weighted tsvector of
# them all. SQLite indexes it with the FTS5 table measure_fts (external content, kept in step by
# triggers); PostgreSQL with a GIN index on ``vector``.
measure_search = Table(
    "measure_search", metadata,
    _measure_id(primary_key=True, autoincrement=False, index=False),
    _document_id(),
    *(Column(name, Text, nullable=False) for name, _weight in SEARCH_FIELDS),
    Column("vector", Text().with_variant(TsVector(), "postgresql")),
)
# The GIN index as its DDL (an ``Index`` with ``postgresql_using`` would import the PostgreSQL dialect
# to check that argument, on SQLite too).
event.listen(measure_search, "after_create", DDL("CREATE INDEX ix_measure_search_vector ON measure_search USING gin (vector)")
             .execute_if(dialect="postgresql"))

_COLUMNS = ", ".join(name for name, _ in SEARCH_FIELDS)
_NEW = ", ".join(f"new.{name}" for name, _ in SEARCH_FIELDS)
_OLD = ", ".join(f"old.{name}" for name, _ in SEARCH_FIELDS)
for _statement in (
    f"CREATE VIRTUAL TABLE measure_fts USING fts5({_COLUMNS}, content='measure_search', content_rowid='measure_id', "
    "tokenize='unicode61')",
    f"CREATE TRIGGER measure_search_added AFTER INSERT ON measure_search BEGIN "
    f"INSERT INTO measure_fts(rowid, {_COLUMNS}) VALUES (new.measure_id, {_NEW}); END",
    f"CREATE TRIGGER measure_search_deleted AFTER DELETE ON measure_search BEGIN "
    f"INSERT INTO measure_fts(measure_fts, rowid, {_COLUMNS}) VALUES ('delete', old.measure_id, {_OLD}); END",
    f"CREATE TRIGGER measure_search_updated AFTER UPDATE ON measure_search BEGIN "
    f"INSERT INTO measure_fts(measure_fts, rowid, {_COLUMNS}) VALUES ('delete', old.measure_id, {_OLD}); "
    f"INSERT INTO measure_fts(rowid, {_COLUMNS}) VALUES (new.measure_id, {_NEW}); END",
):
    event.listen(measure_search, "after_create", DDL(_statement).execute_if(dialect="sqlite"))
event.listen(measure_search, "before_drop", DDL("DROP TABLE IF EXISTS measure_fts").execute_if(dialect="sqlite"))

# One row per measure with the bodies and regions it names as JSON arrays (SQLite only): what
# `pilotplans serve` shows, so that Datasette can facet the measures by department and region
# (array facets) beside document, heading and scope, and search them through measure_fts.
MEASURE_BROWSE = (
    "CREATE VIEW IF NOT EXISTS measure_browse AS SELECT m.id, m.document_id, m.number, m.heading_title, m.text, "
    "m.responsibility, m.cooperating, m.remarks, m.scope_kind, "
    "(SELECT json_group_array(b.body) FROM (SELECT DISTINCT coalesce(md.name, md.raw) AS body FROM measure_departments md "
    "WHERE md.measure_id = m.id ORDER BY md.position) b) AS departments, "
    "(SELECT json_group_array(r.region) FROM (SELECT DISTINCT coalesce(mr.name, mr.raw) AS region FROM measure_regions mr "
    "WHERE mr.measure_id = m.id ORDER BY mr.position) r) AS regions, "
    "m.src_file, m.src_page, m.src_table, m.src_row FROM measures m"
)
event.listen(metadata, "after_create", DDL(MEASURE_BROWSE).execute_if(dialect="sqlite"))
event.listen(metadata, "before_drop", DDL("DROP VIEW IF EXISTS measure_browse").execute_if(dialect="sqlite"))


# The diff of each local plan against the national plan it implements, as a rebuild made it
# (pilotplans.store.plans): one row per link — a national measure and what the local plan made of
# it (its positions and numbers; either side empty for a local addition or a dropped measure), the
# relation, and the ownership check (are the local owners the national owners' counterparts?).
# ``plan_pairs`` keys each pair by both documents' build keys and the diff's version, so that an
# incremental rebuild diffs only the pairs that changed, and keys what the coverage sheet shows
# of the pair (``cells_key``: pilotplans.store.plans.cells_key), so that a rebuild whose diffs
# left every pair's cells as they were need not make the coverage sheet again.
plan_pairs = Table(
    "plan_pairs", metadata,
    _owner("national_document", String(120), "documents", primary_key=True, index=False),
    _owner("local_document", String(120), "documents", primary_key=True, index=False),
    Column("pair_key", String(64), nullable=False),
    Column("cells_key", String(64), nullable=False),
)

plan_links = Table(
    "plan_links", metadata,
    _serial_id(),
    _owner("national_document", String(120), "documents"),
    _owner("local_document", String(120), "documents"),
    _position(),
    Column("national_position", Integer),
    Column("national_number", Integer),
    Column("local_position", Integer),
    Column("local_number", Integer),
    Column("local_label", String(32)),
    Column("relation", String(16), nullable=False, index=True),
    Column("score", Float, nullable=False),
    Column("ownership", String(16), nullable=False),
    Column("ownership_reason", Text),
    Column("national_bodies", JSON, nullable=False, default=list),
    Column("local_bodies", JSON, nullable=False, default=list),
    Column("region_check", String(16), nullable=False),
    # what a diff's jsonl/csv print of the link beyond the two documents' measures and the columns
    # above: basis, ownership_via, superior_bodies, local/national_covered, reason, clauses
    # (pilotplans.store.plans.link_detail), as compact JSON text with its Chinese unescaped: a
    # third of the size of a JSON column's escaped text
    Column("detail", Text, nullable=False),
)
