"""SQLAlchemy 2.0 tables for the records of :mod:`pilotplans.schema`.

Portable types only (JSON, Text, Integer, Date), so the same models work on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class SourceColumns:
    """Provenance columns shared by every row read from a table."""

    src_file: Mapped[str] = mapped_column(String(255))
    src_format: Mapped[str] = mapped_column(String(8))
    src_table: Mapped[int | None] = mapped_column(Integer)
    src_row: Mapped[int | None] = mapped_column(Integer)
    src_page: Mapped[int | None] = mapped_column(Integer)
    src_x0: Mapped[float | None] = mapped_column(Float)
    src_top: Mapped[float | None] = mapped_column(Float)
    src_x1: Mapped[float | None] = mapped_column(Float)
    src_bottom: Mapped[float | None] = mapped_column(Float)
    src_line_start: Mapped[int | None] = mapped_column(Integer)
    src_line_end: Mapped[int | None] = mapped_column(Integer)
    src_paragraph: Mapped[int | None] = mapped_column(Integer)


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(120), primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    doc_no: Mapped[str | None] = mapped_column(String(120))
    issuer: Mapped[str | None] = mapped_column(Text)
    date: Mapped[dt.date | None] = mapped_column(Date)
    level: Mapped[str | None] = mapped_column(String(16))
    region: Mapped[str | None] = mapped_column(String(60))
    programme: Mapped[str | None] = mapped_column(String(60))
    round: Mapped[int | None] = mapped_column(Integer)
    parent: Mapped[str | None] = mapped_column(String(120))
    parent_doc_no: Mapped[str | None] = mapped_column(String(120))
    source_path: Mapped[str] = mapped_column(Text)
    source_name: Mapped[str] = mapped_column(String(255))
    source_sha256: Mapped[str] = mapped_column(String(64))
    source_format: Mapped[str] = mapped_column(String(8))
    source_size: Mapped[int] = mapped_column(Integer)
    notes: Mapped[list[str]] = mapped_column(JSON, default=list)

    tables: Mapped[list[TableRow]] = relationship(back_populates="document", cascade="all, delete-orphan", order_by="TableRow.index")
    measures: Mapped[list[MeasureRow]] = relationship(back_populates="document", cascade="all, delete-orphan", order_by="MeasureRow.position")
    warnings: Mapped[list[WarningRow]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="WarningRow.id",
        primaryjoin="and_(DocumentRow.id == WarningRow.document_id, WarningRow.measure_id.is_(None), WarningRow.heading_id.is_(None))",
        overlaps="warnings",
    )
    conventions: Mapped[list[ConventionRow]] = relationship(back_populates="document", cascade="all, delete-orphan", order_by="ConventionRow.position")


class ConventionRow(Base):
    """A reading a document states once for every item of its task list (第一责任单位为牵头单位 …)."""

    __tablename__ = "conventions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    role: Mapped[str | None] = mapped_column(String(16))
    body: Mapped[str | None] = mapped_column(Text)
    from_measure: Mapped[int | None] = mapped_column(Integer)

    document: Mapped[DocumentRow] = relationship(back_populates="conventions")


class TableRow(SourceColumns, Base):
    __tablename__ = "tables"
    __table_args__ = (UniqueConstraint("document_id", "index"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    index: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str | None] = mapped_column(Text)
    attachment: Mapped[str | None] = mapped_column(String(32))
    columns: Mapped[list[str]] = mapped_column(JSON)
    roles: Mapped[list[str]] = mapped_column(JSON)

    document: Mapped[DocumentRow] = relationship(back_populates="tables")
    headings: Mapped[list[HeadingRow]] = relationship(back_populates="table", cascade="all, delete-orphan", order_by="HeadingRow.position")


class HeadingRow(SourceColumns, Base):
    __tablename__ = "headings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_id: Mapped[int] = mapped_column(ForeignKey("tables.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    number_raw: Mapped[str | None] = mapped_column(String(32))
    number: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    level: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    parent_position: Mapped[int | None] = mapped_column(Integer)

    table: Mapped[TableRow] = relationship(back_populates="headings")
    warnings: Mapped[list[WarningRow]] = relationship(back_populates="heading", cascade="all, delete-orphan", order_by="WarningRow.id", overlaps="warnings")


class MeasureRow(SourceColumns, Base):
    __tablename__ = "measures"
    __table_args__ = (UniqueConstraint("document_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    table_index: Mapped[int] = mapped_column(Integer)
    heading_position: Mapped[int | None] = mapped_column(Integer)
    heading_title: Mapped[str | None] = mapped_column(Text)
    heading_number: Mapped[int | None] = mapped_column(Integer)
    heading_path: Mapped[list[str] | None] = mapped_column(JSON, default=list)
    number_raw: Mapped[str | None] = mapped_column(String(32))
    number: Mapped[int | None] = mapped_column(Integer, index=True)
    text: Mapped[str] = mapped_column(Text)
    responsibility: Mapped[str | None] = mapped_column(Text)
    responsibility_label: Mapped[str | None] = mapped_column(String(32))
    cooperating: Mapped[str | None] = mapped_column(Text)
    leader: Mapped[str | None] = mapped_column(Text)
    superior: Mapped[str | None] = mapped_column(Text)
    remarks: Mapped[str | None] = mapped_column(Text)
    scope: Mapped[str | None] = mapped_column(Text)
    sector: Mapped[str | None] = mapped_column(Text)
    regulations: Mapped[str | None] = mapped_column(Text)
    deadline: Mapped[str | None] = mapped_column(Text)
    scope_kind: Mapped[str | None] = mapped_column(String(16))

    document: Mapped[DocumentRow] = relationship(back_populates="measures")
    departments: Mapped[list[MeasureDepartmentRow]] = relationship(back_populates="measure", cascade="all, delete-orphan", order_by="MeasureDepartmentRow.position")
    regions: Mapped[list[MeasureRegionRow]] = relationship(back_populates="measure", cascade="all, delete-orphan", order_by="MeasureRegionRow.position")
    policies: Mapped[list[PolicyRowRow]] = relationship(back_populates="measure", cascade="all, delete-orphan", order_by="PolicyRowRow.position")
    warnings: Mapped[list[WarningRow]] = relationship(back_populates="measure", cascade="all, delete-orphan", order_by="WarningRow.id", overlaps="warnings")


class PolicyRowRow(SourceColumns, Base):
    __tablename__ = "policy_rows"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    measure_id: Mapped[int] = mapped_column(ForeignKey("measures.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    responsibility: Mapped[str | None] = mapped_column(Text)

    measure: Mapped[MeasureRow] = relationship(back_populates="policies")


class WarningRow(Base):
    __tablename__ = "warnings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    measure_id: Mapped[int | None] = mapped_column(ForeignKey("measures.id", ondelete="CASCADE"), index=True)
    heading_id: Mapped[int | None] = mapped_column(ForeignKey("headings.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(64), index=True)
    message: Mapped[str] = mapped_column(Text)

    document: Mapped[DocumentRow] = relationship(back_populates="warnings", overlaps="warnings")
    measure: Mapped[MeasureRow | None] = relationship(back_populates="warnings", overlaps="warnings")
    heading: Mapped[HeadingRow | None] = relationship(back_populates="warnings", overlaps="warnings")


class MeasureDepartmentRow(Base):
    """A body named by a measure, with its role (raw wording beside the resolved body)."""

    __tablename__ = "measure_departments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    measure_id: Mapped[int] = mapped_column(ForeignKey("measures.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    column: Mapped[str] = mapped_column(String(32))
    raw: Mapped[str] = mapped_column(Text)
    body_id: Mapped[str | None] = mapped_column(String(120), index=True)
    name: Mapped[str | None] = mapped_column(Text)
    role: Mapped[str | None] = mapped_column(String(16), index=True)
    role_phrase: Mapped[str | None] = mapped_column(Text)
    level: Mapped[str | None] = mapped_column(String(16))
    counterpart_id: Mapped[str | None] = mapped_column(String(120), index=True)
    counterpart_name: Mapped[str | None] = mapped_column(Text)
    region_id: Mapped[str | None] = mapped_column(String(60))
    via: Mapped[str] = mapped_column(String(16))
    flags: Mapped[list[str]] = mapped_column(JSON, default=list)

    measure: Mapped[MeasureRow] = relationship(back_populates="departments")


class MeasureRegionRow(Base):
    """A pilot area a measure applies to."""

    __tablename__ = "measure_regions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    measure_id: Mapped[int] = mapped_column(ForeignKey("measures.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    raw: Mapped[str] = mapped_column(Text)
    region_id: Mapped[str | None] = mapped_column(String(60), index=True)
    name: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(16))

    measure: Mapped[MeasureRow] = relationship(back_populates="regions")


class BodyRow(Base):
    """A body of the department registry: every central body, and the local bodies the documents name."""

    __tablename__ = "bodies"

    id: Mapped[str] = mapped_column(String(120), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    full_name: Mapped[str | None] = mapped_column(Text)
    level: Mapped[str | None] = mapped_column(String(16))
    region_id: Mapped[str | None] = mapped_column(String(60))
    counterpart_id: Mapped[str | None] = mapped_column(String(120))


class BodyAliasRow(Base):
    """A way a body is written: registered aliases and typos, and the forms the documents use."""

    __tablename__ = "body_aliases"
    __table_args__ = (UniqueConstraint("body_id", "alias"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    body_id: Mapped[str] = mapped_column(ForeignKey("bodies.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))


class RegionRow(Base):
    """A place of the gazetteer that the dataset refers to, with its administrative code."""

    __tablename__ = "regions"

    id: Mapped[str] = mapped_column(String(60), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    code: Mapped[str] = mapped_column(String(6))
    level: Mapped[str] = mapped_column(String(16))
    province_id: Mapped[str | None] = mapped_column(String(60))


class RoundMemberRow(Base):
    """Membership of a pilot area in a programme round (service-trade-2020 …)."""

    __tablename__ = "round_members"
    __table_args__ = (UniqueConstraint("round_id", "region_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    round_id: Mapped[str] = mapped_column(String(60), index=True)
    region_id: Mapped[str] = mapped_column(ForeignKey("regions.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
