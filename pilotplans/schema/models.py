"""The typed records pilotplans produces: a Document, its Tables, Headings and Measures.

Every measure carries its provenance (:class:`SourceRef`) and the faults found while reading it
(:class:`Warning`). Raw wording is kept as printed; normalised values sit beside it.
"""

# No ``from __future__ import annotations`` here: pydantic would turn every field's annotation
# string back into a type when the classes are built, about 1.5 ms of every start-up.

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Level = Literal["national", "provincial", "municipal", "county"]
#: The levels of a local plan: a province's, a prefecture-level city's (or a municipality's), a county-level
#: division's (a county, a county-level city, a district, a banner).
LOCAL_LEVELS: tuple[Level, ...] = ("provincial", "municipal", "county")
SourceFormat = Literal["text", "docx", "html", "pdf", "image"]
TableKind = Literal["tasks", "opening_measures", "task_list", "progress_report"]
ConventionKind = Literal["first_lead", "others_role", "added_body"]


def empty_list() -> list:
    """A new empty list: the default of every list field below, as ``list`` would be. pydantic asks
    each default factory for its signature (whether it takes the validated data), and a built-in's
    (``list``'s) is read by tokenizing its text signature: some 20 million instructions of every
    start-up for these thirteen fields, where a function's is read at once."""
    return []


class Record(BaseModel):
    """Base of every record: strict about types, no unknown fields."""

    model_config = ConfigDict(strict=True, extra="forbid", validate_assignment=True)


class Warning(Record):  # noqa: A001 - the domain's own word for a fault found in a source
    """A fault found while reading a source, attached to the record that shows it."""

    code: str = Field(description="Stable machine-readable code, e.g. 'number_gap', 'traditional_chars'.")
    message: str = Field(description="What was found, in words a researcher can check against the source.")


class SourceRef(Record):
    """Where a record was read from."""

    file: str = Field(description="File name of the source (no directories).")
    format: SourceFormat
    table: int | None = Field(default=None, description="1-based index of the table in the document.")
    row: int | None = Field(default=None, description="1-based index of the row within its table, header included.")
    page: int | None = Field(default=None, description="1-based page number (PDF).")
    bbox: tuple[float, float, float, float] | None = Field(
        default=None, description="(x0, top, x1, bottom) in PDF points, origin at the top-left of the page."
    )
    line_start: int | None = Field(default=None, description="First source line (text sources), 1-based.")
    line_end: int | None = Field(default=None, description="Last source line (text sources), inclusive.")
    paragraph: int | None = Field(default=None, description="1-based index of the paragraph (block) in the layout where a prose item begins.")
    ocr: bool = Field(default=False, description="Read through OCR from an image of the page (a scan, or an image file).")
    confidence: float | None = Field(
        default=None, ge=0.0, le=1.0,
        description="OCR only: the lowest confidence (0–1) of the characters read into the record.")


class SourceFile(Record):
    path: str = Field(description="Path of the source file as given.")
    name: str = Field(description="File name without directories.")
    sha256: str
    format: SourceFormat
    size: int = Field(description="Size in bytes.")


class Heading(Record):
    """A task heading (试点任务 / 领域) that groups measures."""

    position: int = Field(description="1-based order of the heading within its table.")
    number_raw: str | None = Field(default=None, description="The number as printed, e.g. '（二）' or '十三、'.")
    number: int | None = Field(default=None, description="The number as an integer; inferred when not printed.")
    title: str = Field(description="Heading text without its number.")
    description: str | None = Field(default=None, description="Explanatory sentence printed under the heading.")
    level: int = Field(default=1, description="1 for an outermost heading, 2 for one inside it, and so on.")
    parent: int | None = Field(default=None, description="Position of the enclosing heading, None for an outermost one.")
    source: SourceRef
    warnings: list[Warning] = Field(default_factory=empty_list)


class PolicyRow(Record):
    """One 政策保障措施 row that hangs under a task (2018 layout)."""

    text: str
    responsibility: str | None = None
    source: SourceRef


class DepartmentLink(Record):
    """A body named in one of a measure's cells, with its role and the registry body it resolves to."""

    raw: str = Field(description="The name as written in the cell.")
    column: Literal["responsibility", "superior", "cooperating", "convention"] = Field(
        description="The cell it was read from, or 'convention' for a body a document-wide convention adds to every measure.")
    id: str | None = Field(default=None, description="Registry id; None when the name could not be resolved.")
    name: str | None = Field(default=None, description="Canonical name (short form for central bodies, official name for local ones).")
    role: str | None = Field(default=None, description="lead, carry_out, policy, support, joint, assist or coordinate.")
    role_phrase: str | None = Field(default=None, description="The role phrase as written (牵头, 负责推进 …).")
    level: str | None = Field(default=None, description="central, provincial, municipal, county or other.")
    counterpart: str | None = Field(default=None, description="Registry id of the central body a local body answers to.")
    counterpart_name: str | None = None
    region: str | None = Field(default=None, description="Gazetteer id of the place of a local body.")
    via: str = Field(description="How it was resolved: name, alias, typo, pattern, short_form, collective … or unresolved.")
    flags: list[str] = Field(default_factory=empty_list, description="typo, old_name, nonstandard, abbreviation …")


class RegionLink(Record):
    """A pilot area a measure applies to, and where that was read."""

    raw: str = Field(description="The place or phrase as written.")
    id: str | None = Field(default=None, description="Gazetteer id (administrative code); None if unresolved.")
    name: str | None = None
    source: Literal["responsibility", "scope", "default", "document"] = Field(
        description="responsibility cell, 适用范围 column, the list's default scope, or the local plan's own region."
    )


class Measure(Record):
    """One row of a task table, or one item of a prose task list: a numbered measure (具体举措) or
    an unnumbered task."""

    position: int = Field(description="1-based order of the measure within its document.")
    table: int = Field(description="1-based index of its table (or task list) in the document.")
    heading: int | None = Field(default=None, description="Position of its (innermost) heading within the table.")
    heading_title: str | None = None
    heading_number: int | None = None
    heading_path: list[str] = Field(default_factory=empty_list, description="Titles of the headings enclosing the measure, outermost first, numbers stripped.")
    number_raw: str | None = Field(default=None, description="The measure number as printed.")
    number: int | None = Field(default=None, description="The measure number as an integer, or None if unnumbered.")
    text: str = Field(description="The measure's wording as printed (page-break fragments rejoined).")
    responsibility: str | None = Field(default=None, description=(
        "The responsibility as printed (a cell, or a prose item's bracket or field lines without the bracket). Several "
        "labelled lists keep their labels (牵头单位：X；责任单位：Y); a single label is dropped (see responsibility_label)."))
    responsibility_label: str | None = Field(default=None, description=(
        "The label printed before a prose item's single responsibility list (or heading the only filled one of a table's "
        "牵头单位 and 责任单位 columns) and dropped from `responsibility` "
        "(责任单位, 牵头单位): it gives the bodies their role."))
    cooperating: str | None = Field(default=None, description="A separate 配合单位 / 协同责任单位 column or list.")
    leader: str | None = Field(default=None, description="A person or post named as responsible leader (责任领导, 牵头负责领导), as printed; never a body.")
    superior: str | None = Field(default=None, description="Xiamen's 上级制定政策保障措施或支持和指导部门 column.")
    remarks: str | None = Field(default=None, description="The 备注 column, or the remark printed after the bodies in a prose item's bracket.")
    scope: str | None = Field(default=None, description="The 适用范围 column as printed.")
    sector: str | None = Field(default=None, description="The 涉及行业 column (2018 attachment 2).")
    regulations: str | None = Field(default=None, description="The 现行相关规定 column (2018 attachment 2).")
    deadline: str | None = Field(default=None, description="The 完成时限 / 时限要求 column or field line, as printed.")
    policies: list[PolicyRow] = Field(default_factory=empty_list, description="政策保障措施 rows under a 2018 task.")
    departments: list[DepartmentLink] = Field(default_factory=empty_list, description="Bodies named in the responsibility columns.")
    regions: list[RegionLink] = Field(default_factory=empty_list, description="Pilot areas the measure applies to.")
    scope_kind: Literal["all", "listed", "qualified", "related", "subordinate", "none"] | None = Field(
        default=None, description="all pilot areas of the round, only the listed ones, qualified ones (unnamed), an unnamed related subset, subordinate areas, or none named.")
    source: SourceRef
    warnings: list[Warning] = Field(default_factory=empty_list)


class Table(Record):
    """A task table, or a prose task list (kind ``task_list``: numbered paragraphs with their
    responsibilities, read as a table without columns)."""

    index: int = Field(description="1-based index of the table in the document.")
    kind: TableKind
    title: str | None = Field(default=None, description="Caption printed above the table.")
    attachment: str | None = Field(default=None, description="Attachment label, e.g. '附件2'.")
    columns: list[str] = Field(description="Header labels as printed.")
    roles: list[str] = Field(description="Role given to each column (heading, number, text, responsibility, ...).")
    headings: list[Heading] = Field(default_factory=empty_list)
    source: SourceRef


class Convention(Record):
    """A reading a document states once for the items of its task list.

    ``first_lead``: the first body of a 责任单位 list leads (第一责任单位为牵头单位); ``others_role``:
    the other bodies of such a list take ``role`` (其他为配合单位 → assist); ``added_body``: ``body``
    is responsible for every measure though not listed (各区政府负责落实，不再列出 → carry_out).
    A convention read downwards (下同, 本条及以下, 以下各项任务) applies from the measure where it is
    stated: ``from_measure``.
    """

    kind: ConventionKind
    text: str = Field(description="The sentence stating it, as printed.")
    role: str | None = Field(default=None, description="others_role: the others' role; added_body: the body's role.")
    body: str | None = Field(default=None, description="added_body: the body (or list of bodies) as written.")
    from_measure: int | None = Field(default=None, description=(
        "Position of the first measure it applies to (stated in that measure's bracket or above it, after "
        "measures it does not concern); None when it applies to every measure."))

    def applies_to(self, position: int) -> bool:
        """Whether the convention concerns the measure at ``position``."""
        return self.from_measure is None or position >= self.from_measure


class Document(Record):
    id: str = Field(description="Stable identifier, e.g. 'national-2020'.")
    title: str | None = None
    doc_no: str | None = Field(default=None, description="文号, e.g. '琼商服〔2020〕150号'.")
    issuer: str | None = None
    date: dt.date | None = None
    level: Level | None = None
    region: str | None = Field(default=None, description="The region a local plan covers, e.g. '厦门'.")
    programme: str | None = Field(default=None, description="Pilot programme, e.g. 'service-trade'.")
    round: int | None = Field(default=None, description="Year of the programme round, e.g. 2020.")
    parent: str | None = Field(default=None, description="Id of the document this one implements.")
    parent_doc_no: str | None = Field(default=None, description="文号 of the parent, when the text cites it.")
    source: SourceFile
    tables: list[Table] = Field(default_factory=empty_list)
    measures: list[Measure] = Field(default_factory=empty_list)
    notes: list[str] = Field(default_factory=empty_list, description="Notes printed under the tables (注：…).")
    conventions: list[Convention] = Field(default_factory=empty_list, description="Readings stated once for every item (第一责任单位为牵头单位 …).")
    warnings: list[Warning] = Field(default_factory=empty_list)
