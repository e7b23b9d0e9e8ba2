"""Write Documents to a database and read them back, transactionally.

SQLite is the embedded default; any SQLAlchemy URL works (PostgreSQL included). A rebuild of a
SQLite file writes a new file beside the old one and replaces it only when everything is in;
on another database the whole rebuild is one transaction.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, Select, create_engine, delete, event, inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, selectinload

from pilotplans.errors import PilotplansError
from pilotplans.schema.models import (
    Convention, DepartmentLink, Document, Heading, Measure, PolicyRow, RegionLink, SourceFile, SourceRef, Table, Warning,
)
from pilotplans.store.models import (
    Base, BodyAliasRow, BodyRow, ConventionRow, DocumentRow, HeadingRow, MeasureDepartmentRow, MeasureRegionRow,
    MeasureRow, PolicyRowRow, RegionRow, RoundMemberRow, SourceColumns, TableRow, WarningRow,
)


class StoreError(PilotplansError):
    """The database could not be opened or written."""


def sqlite_url(path: str | Path) -> str:
    return f"sqlite:///{Path(path)}"


def shown_url(url: str) -> str:
    """``url`` as it may be printed: with any password masked."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return url


def _first_line(exc: BaseException) -> str:
    """The first line of an error's message, without SQLAlchemy's statement and background notes."""
    cause = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    lines = [line.strip() for line in str(cause).splitlines() if line.strip()]
    return lines[0] if lines else cause.__class__.__name__


def _sqlite_cause(path: Path) -> str | None:
    """Why SQLite cannot open or create the file at ``path``, when the file system tells."""
    from pilotplans.files import why_unwritable

    if path.is_dir():
        return "it is a folder, not a database file"
    if not path.parent.is_dir():
        return why_unwritable(path)
    if not path.exists():
        try:  # the file system's own answer (root is refused by some file systems, not by modes)
            handle, probe = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        except OSError as exc:
            return why_unwritable(path, exc)
        os.close(handle)
        os.unlink(probe)
        return None
    if not os.access(path, os.R_OK | os.W_OK):
        return f"permission denied on {path}"
    return None


def database_error(url: str, exc: BaseException, doing: str) -> StoreError:
    """One line naming the database (password masked) and the cause of ``exc``."""
    shown = shown_url(url)
    if isinstance(exc, NoSuchModuleError):
        return StoreError(f"{shown}: unknown kind of database {url.split(':', 1)[0]!r} (e.g. sqlite:///FILE or postgresql+psycopg://USER@HOST/DB)")
    if isinstance(exc, ArgumentError):
        return StoreError(f"{shown}: not a database URL (e.g. sqlite:///FILE or postgresql+psycopg://USER@HOST/DB)")
    if isinstance(exc, ImportError):
        hint = " (pip install 'pilotplans[postgres]')" if url.startswith("postgres") else ""
        return StoreError(f"{shown}: the database driver {exc.name or ''} is not installed{hint}")
    path = sqlite_path(url) if not isinstance(exc, ValueError) else None
    cause = _sqlite_cause(path) if path is not None and isinstance(exc, DBAPIError) else None
    return StoreError(f"{shown}: {doing}: {cause or _first_line(exc)}")


def _connect(engine: Engine, url: str) -> None:
    """Open and close one connection, so that an unreachable database is told apart from a
    failed write."""
    try:
        with engine.connect():
            pass
    except SQLAlchemyError as exc:
        doing = "cannot open the database" if engine.dialect.name == "sqlite" else "cannot connect to the database"
        raise database_error(url, exc, doing) from None


def _lacks_tables(exc: SQLAlchemyError) -> bool:
    """True when a query failed because the database has no pilotplans tables (SQLite, PostgreSQL)."""
    message = _first_line(exc).lower()
    return "no such table" in message or ("relation" in message and "does not exist" in message)


def open_engine(url: str) -> Engine:
    """An engine for ``url``, with SQLite foreign keys switched on."""
    try:
        engine = create_engine(url)
    except (SQLAlchemyError, ValueError, ImportError) as exc:
        raise database_error(url, exc, "cannot open the database") from None
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _foreign_keys(connection, _record) -> None:  # pragma: no cover - trivial
            cursor = connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()
    return engine


def sqlite_path(url: str) -> Path | None:
    """The file a sqlite URL points at, or None for other databases and in-memory SQLite;
    :class:`StoreError` for a string that is not a database URL."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:
        raise database_error(url, ArgumentError(str(exc)), "cannot open the database") from None
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


# ----------------------------------------------------------------------------- writing


def _source_columns(ref: SourceRef) -> dict[str, object]:
    bbox = ref.bbox or (None, None, None, None)
    return dict(
        src_file=ref.file, src_format=ref.format, src_table=ref.table, src_row=ref.row, src_page=ref.page,
        src_x0=bbox[0], src_top=bbox[1], src_x1=bbox[2], src_bottom=bbox[3],
        src_line_start=ref.line_start, src_line_end=ref.line_end, src_paragraph=ref.paragraph,
    )


def _document_row(document: Document) -> DocumentRow:
    row = DocumentRow(
        id=document.id, title=document.title, doc_no=document.doc_no, issuer=document.issuer, date=document.date,
        level=document.level, region=document.region, programme=document.programme, round=document.round,
        parent=document.parent, parent_doc_no=document.parent_doc_no,
        source_path=document.source.path, source_name=document.source.name, source_sha256=document.source.sha256,
        source_format=document.source.format, source_size=document.source.size, notes=list(document.notes),
    )
    for table in document.tables:
        table_row = TableRow(index=table.index, kind=table.kind, title=table.title, attachment=table.attachment,
                             columns=list(table.columns), roles=list(table.roles), **_source_columns(table.source))
        for heading in table.headings:
            heading_row = HeadingRow(document_id=document.id, position=heading.position, number_raw=heading.number_raw,
                                     number=heading.number, title=heading.title, description=heading.description,
                                     level=heading.level, parent_position=heading.parent, **_source_columns(heading.source))
            heading_row.warnings = [WarningRow(document_id=document.id, code=w.code, message=w.message) for w in heading.warnings]
            table_row.headings.append(heading_row)
        row.tables.append(table_row)
    for measure in document.measures:
        measure_row = MeasureRow(
            position=measure.position, table_index=measure.table, heading_position=measure.heading,
            heading_title=measure.heading_title, heading_number=measure.heading_number,
            heading_path=list(measure.heading_path),
            number_raw=measure.number_raw, number=measure.number, text=measure.text,
            responsibility=measure.responsibility, responsibility_label=measure.responsibility_label,
            cooperating=measure.cooperating, leader=measure.leader, superior=measure.superior,
            remarks=measure.remarks, scope=measure.scope, sector=measure.sector, regulations=measure.regulations,
            deadline=measure.deadline, scope_kind=measure.scope_kind, **_source_columns(measure.source),
        )
        measure_row.departments = [
            MeasureDepartmentRow(position=i, column=d.column, raw=d.raw, body_id=d.id, name=d.name, role=d.role,
                                 role_phrase=d.role_phrase, level=d.level, counterpart_id=d.counterpart,
                                 counterpart_name=d.counterpart_name, region_id=d.region, via=d.via, flags=list(d.flags))
            for i, d in enumerate(measure.departments, start=1)
        ]
        measure_row.regions = [
            MeasureRegionRow(position=i, raw=r.raw, region_id=r.id, name=r.name, source=r.source)
            for i, r in enumerate(measure.regions, start=1)
        ]
        measure_row.policies = [
            PolicyRowRow(position=i, text=p.text, responsibility=p.responsibility, **_source_columns(p.source))
            for i, p in enumerate(measure.policies, start=1)
        ]
        measure_row.warnings = [WarningRow(document_id=document.id, code=w.code, message=w.message) for w in measure.warnings]
        row.measures.append(measure_row)
    row.warnings = [WarningRow(document_id=document.id, code=w.code, message=w.message) for w in document.warnings]
    row.conventions = [ConventionRow(position=i, kind=c.kind, text=c.text, role=c.role, body=c.body,
                                     from_measure=c.from_measure)
                       for i, c in enumerate(document.conventions, start=1)]
    return row


def save_documents(session: Session, documents: Iterable[Document], *, replace: bool = True) -> None:
    """Add ``documents`` in the session's transaction, replacing any stored under the same id."""
    for document in documents:
        if replace:
            existing = session.get(DocumentRow, document.id)
            if existing is not None:
                session.delete(existing)
                session.flush()
        session.add(_document_row(document))
    session.flush()
    refresh_reference_tables(session)


def refresh_reference_tables(session: Session) -> None:
    """Rebuild the bodies, aliases, regions and round tables from the registry and the stored links.

    Every central body of the registry is listed, with its registered aliases and typos; local and
    collective bodies are listed as the documents name them, with the forms they were written in.
    """
    from pilotplans.normalizers.registry import load_registry

    for table in (BodyAliasRow, BodyRow, RoundMemberRow, RegionRow):
        session.execute(delete(table))
    registry = load_registry()
    bodies: dict[str, BodyRow] = {}
    aliases: dict[tuple[str, str], str] = {}
    for central in registry.central.values():
        bodies[central.id] = BodyRow(id=central.id, name=central.name, full_name=central.full_name, level="central")
        for alias, kind in [(central.name, "name"), (central.full_name, "full_name"), *((a, "alias") for a in central.aliases),
                            *((t.text, "typo") for t in central.typos)]:
            aliases.setdefault((central.id, alias), kind)
    links = session.execute(select(MeasureDepartmentRow.body_id, MeasureDepartmentRow.name, MeasureDepartmentRow.level,
                                   MeasureDepartmentRow.region_id, MeasureDepartmentRow.counterpart_id, MeasureDepartmentRow.raw)
                            .where(MeasureDepartmentRow.body_id.is_not(None)).order_by(MeasureDepartmentRow.id))
    for body_id, name, level, region_id, counterpart_id, raw in links:
        if body_id not in bodies:
            bodies[body_id] = BodyRow(id=body_id, name=name or raw, level=level, region_id=region_id, counterpart_id=counterpart_id)
        aliases.setdefault((body_id, raw), "written")
    session.add_all(bodies.values())
    session.flush()
    session.add_all(BodyAliasRow(body_id=b, alias=a, kind=k) for (b, a), k in aliases.items())
    gazetteer = registry.gazetteer
    wanted = {m for r in gazetteer.rounds.values() for m in r.members}
    wanted |= {i for (i,) in session.execute(select(MeasureRegionRow.region_id).where(MeasureRegionRow.region_id.is_not(None))).all()}
    wanted |= {b.region_id for b in bodies.values() if b.region_id}
    wanted |= {gazetteer.region(i).province for i in list(wanted) if i in gazetteer.regions}
    for region_id in sorted(wanted):
        if region_id in gazetteer.regions:
            region = gazetteer.region(region_id)
            session.add(RegionRow(id=region.id, name=region.name, code=region.code, level=region.level, province_id=region.province))
    session.flush()
    for pilot_round in gazetteer.rounds.values():
        session.add_all(RoundMemberRow(round_id=pilot_round.id, region_id=m, position=i)
                        for i, m in enumerate(pilot_round.members, start=1) if m in gazetteer.regions)
    session.flush()


@contextmanager
def transaction(url: str) -> Iterator[Session]:
    """A session whose work is committed on success and rolled back on any error."""
    engine = open_engine(url)
    try:
        _connect(engine, url)
        Base.metadata.create_all(engine)
        with Session(engine) as session, session.begin():
            yield session
    except SQLAlchemyError as exc:
        raise database_error(url, exc, "cannot write the database") from None
    finally:
        engine.dispose()


def outdated_tables(session: Session) -> list[str]:
    """The tables (``table.column``) of the database that lack a column this version writes: a
    database written by an older pilotplans."""
    inspector = inspect(session.connection())
    missing: list[str] = []
    for table in Base.metadata.sorted_tables:
        if not inspector.has_table(table.name):
            continue
        present = {column["name"] for column in inspector.get_columns(table.name)}
        missing.extend(f"{table.name}.{column.name}" for column in table.columns if column.name not in present)
    return missing


def store_documents(url: str, documents: Iterable[Document]) -> list[Document]:
    """Add or replace ``documents`` in the database at ``url``, in one transaction. A local plan
    without a parent is first linked to a stored national plan — by the 文号 it cites, else by
    its best match (:mod:`pilotplans.ingest.parents`) — and takes its round. Returns what was stored."""
    from pilotplans.ingest.parents import link_parents

    with transaction(url) as session:
        missing = outdated_tables(session)
        if missing:
            raise StoreError(f"{shown_url(url)}: the database was written by an older pilotplans (no {', '.join(missing[:3])}); "
                             f"run `pilotplans rebuild --db {shown_url(url)}` to rebuild it")
        documents = link_parents(documents, _stored_nationals(session))
        save_documents(session, documents)
    return documents


def _stored_nationals(session: Session) -> list[Document]:
    """The national plans already in the database (the parents a new local plan may have)."""
    query = _documents_query().where(DocumentRow.level == "national")
    return [_document(row) for row in session.scalars(query)]


def rebuild(url: str, documents: Iterable[Document]) -> None:
    """Replace the whole dataset at ``url`` with ``documents``.

    For a SQLite file the new database is written to a temporary file in the same folder and
    moved over the old one only when complete, so a failure leaves the old file as it was.
    Elsewhere the tables are dropped, made anew and filled in one transaction.
    """
    documents = list(documents)
    target = sqlite_path(url)
    if target is None:
        with transaction(url) as session:
            # The tables are made anew, so that a database written by an older pilotplans gets
            # this version's columns; PostgreSQL changes its schema inside the transaction.
            connection = session.connection()
            Base.metadata.drop_all(connection)
            Base.metadata.create_all(connection)
            save_documents(session, documents, replace=False)
        return
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        from pilotplans.files import why_unwritable

        raise StoreError(f"{shown_url(url)}: cannot write the database: {why_unwritable(target, exc)}") from None
    os.close(handle)
    try:
        try:
            with transaction(sqlite_url(temporary)) as session:
                save_documents(session, documents, replace=False)
        except StoreError as exc:  # name the user's database, not the temporary file
            raise StoreError(str(exc).replace(shown_url(sqlite_url(temporary)), shown_url(url), 1)) from None
        from pilotplans.files import default_mode

        os.chmod(temporary, default_mode())
        try:
            os.replace(temporary, target)
        except OSError as exc:
            from pilotplans.files import why_unwritable

            raise StoreError(f"{shown_url(url)}: cannot write the database: {why_unwritable(target, exc)}") from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


# ----------------------------------------------------------------------------- reading


def _source_ref(row: SourceColumns) -> SourceRef:
    bbox = None
    if row.src_x0 is not None:
        bbox = (row.src_x0, row.src_top, row.src_x1, row.src_bottom)
    return SourceRef(file=row.src_file, format=row.src_format, table=row.src_table, row=row.src_row, page=row.src_page,
                     bbox=bbox, line_start=row.src_line_start, line_end=row.src_line_end, paragraph=row.src_paragraph)


def _warnings(rows: list[WarningRow]) -> list[Warning]:
    return [Warning(code=w.code, message=w.message) for w in rows]


def _document(row: DocumentRow) -> Document:
    tables = [
        Table(index=t.index, kind=t.kind, title=t.title, attachment=t.attachment, columns=list(t.columns), roles=list(t.roles),
              headings=[Heading(position=h.position, number_raw=h.number_raw, number=h.number, title=h.title,
                                description=h.description, level=h.level, parent=h.parent_position,
                                source=_source_ref(h), warnings=_warnings(h.warnings))
                        for h in t.headings],
              source=_source_ref(t))
        for t in row.tables
    ]
    measures = [
        Measure(position=m.position, table=m.table_index, heading=m.heading_position, heading_title=m.heading_title,
                heading_number=m.heading_number, heading_path=list(m.heading_path or []), number_raw=m.number_raw,
                number=m.number, text=m.text, responsibility=m.responsibility,
                responsibility_label=m.responsibility_label, cooperating=m.cooperating, leader=m.leader,
                superior=m.superior, remarks=m.remarks,
                scope=m.scope, sector=m.sector, regulations=m.regulations, deadline=m.deadline,
                scope_kind=m.scope_kind,
                departments=[DepartmentLink(raw=d.raw, column=d.column, id=d.body_id, name=d.name, role=d.role,
                                            role_phrase=d.role_phrase, level=d.level, counterpart=d.counterpart_id,
                                            counterpart_name=d.counterpart_name, region=d.region_id, via=d.via,
                                            flags=list(d.flags or [])) for d in m.departments],
                regions=[RegionLink(raw=r.raw, id=r.region_id, name=r.name, source=r.source) for r in m.regions],
                policies=[PolicyRow(text=p.text, responsibility=p.responsibility, source=_source_ref(p)) for p in m.policies],
                source=_source_ref(m), warnings=_warnings(m.warnings))
        for m in row.measures
    ]
    return Document(
        id=row.id, title=row.title, doc_no=row.doc_no, issuer=row.issuer, date=row.date, level=row.level,
        region=row.region, programme=row.programme, round=row.round, parent=row.parent, parent_doc_no=row.parent_doc_no,
        source=SourceFile(path=row.source_path, name=row.source_name, sha256=row.source_sha256, format=row.source_format, size=row.source_size),
        tables=tables, measures=measures, notes=list(row.notes or []),
        conventions=[Convention(kind=c.kind, text=c.text, role=c.role, body=c.body, from_measure=c.from_measure)
                     for c in row.conventions],  # type: ignore[arg-type]
        warnings=_warnings(row.warnings),
    )


def _documents_query() -> Select[tuple[DocumentRow]]:
    """Documents by id, with everything a Document holds loaded in a few queries."""
    return select(DocumentRow).order_by(DocumentRow.id).options(
        selectinload(DocumentRow.tables).selectinload(TableRow.headings).selectinload(HeadingRow.warnings),
        selectinload(DocumentRow.measures).selectinload(MeasureRow.policies),
        selectinload(DocumentRow.measures).selectinload(MeasureRow.warnings),
        selectinload(DocumentRow.measures).selectinload(MeasureRow.departments),
        selectinload(DocumentRow.measures).selectinload(MeasureRow.regions),
        selectinload(DocumentRow.warnings),
        selectinload(DocumentRow.conventions),
    )


def load_documents(url: str, ids: Iterable[str] | None = None) -> list[Document]:
    """The documents stored at ``url`` (all, or those with the given ids), ordered by id."""
    engine = open_engine(url)
    try:
        _connect(engine, url)
        with Session(engine) as session:
            query = _documents_query()
            if ids is not None:
                query = query.where(DocumentRow.id.in_(list(ids)))
            return [_document(row) for row in session.scalars(query)]
    except SQLAlchemyError as exc:
        if _lacks_tables(exc):
            raise StoreError(f"{shown_url(url)}: cannot read the database: it holds no pilotplans tables; run `pilotplans rebuild` first") from None
        raise database_error(url, exc, "cannot read the database") from None
    finally:
        engine.dispose()
