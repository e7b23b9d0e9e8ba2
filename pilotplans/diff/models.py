"""The typed result of comparing two plans: links between their measures.

A :class:`Link` joins a measure of the *source* plan (the national table, or the older round) to
a measure of the *derived* plan (a local implementation plan, or the newer round); either side is
None for a local addition or a dropped measure. :class:`DiffResult` holds every link of one
comparison with the two documents it compared. Renderers only read these values.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field

from pilotplans.relations import RELATIONS, ROUND_RELATIONS, Relation

if TYPE_CHECKING:
    from pilotplans.diff.rounds import Pairing


OwnershipStatus = Literal["consistent", "different", "unknown"]
ClauseStatus = Literal["carried", "changed", "dropped", "added", "light", "frame"]
RegionCheck = Literal["named", "all", "qualified", "not_named", "unknown", "not_applicable"]
Basis = Literal["similarity", "containment", "order", "clause", "none"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class CitedRef(_Frozen):
    """A document a plan's text cites (a frozen copy of its :class:`~pilotplans.schema.models.Citation`)."""

    title: str | None = Field(default=None, description="The title cited, as printed inside its 《》.")
    doc_no: str | None = Field(default=None, description="The 文号 cited.")


class DocumentRef(_Frozen):
    id: str
    title: str | None = None
    level: str | None = None
    region: str | None = None
    round: int | None = None
    doc_no: str | None = Field(default=None, description="文号, when known.")
    source_path: str | None = Field(default=None, description="Path of the source file as recorded when it was read.")
    programme: str | None = Field(default=None, description="Pilot programme, when known (service-trade).")
    parent: str | None = Field(default=None, description="Id of the document this one implements, when linked.")
    parent_doc_no: str | None = Field(default=None, description="文号 of the document this one cites as the one it carries out, when its text cites one.")
    citations: tuple[CitedRef, ...] = Field(default=(), description="The documents its text cites (titles, 文号), in the order printed.")


class MeasureSource(_Frozen):
    """Where a measure was read from (a frozen copy of its :class:`~pilotplans.schema.models.SourceRef`)."""

    file: str
    format: str
    table: int | None = None
    row: int | None = None
    page: int | None = None
    line_start: int | None = None
    line_end: int | None = None


class MeasureRef(_Frozen):
    """The measure a link points at, with what a reader needs to check it."""

    position: int = Field(description="1-based order of the measure in its document.")
    number: int | None = None
    number_raw: str | None = None
    heading_number: int | None = None
    heading_title: str | None = None
    text: str
    responsibility: str | None = None
    cooperating: str | None = Field(default=None, description="配合单位, when the table has that column.")
    superior: str | None = Field(default=None, description="上级部门 (Xiamen's 上级制定政策保障措施或支持和指导部门).")
    deadline: str | None = Field(default=None, description="完成时限.")
    remarks: str | None = Field(default=None, description="备注.")
    scope: str | None = Field(default=None, description="适用范围.")
    sector: str | None = None
    regulations: str | None = None
    policies: tuple[str, ...] = Field(default=(), description="政策保障措施 rows under a 2018 task.")
    owners: tuple[str, ...] = Field(default=(), description="The bodies its responsibility cell and 配合单位 column "
                                    "name, as written (银保监会; 市建设局、市发改委), without collectives (试点地区, 有关部门).")
    source: MeasureSource | None = None
    qualified_label: str | None = Field(default=None, description="The label shown where the bare one (number, or "
                                        "#position) repeats in its document: qualified by its headings' printed "
                                        "numbers (二、1), else also by its position (1#4) — :mod:`pilotplans.diff.labels`; "
                                        "None where the bare label names this measure alone.")

    def columns(self) -> list[tuple[str, str]]:
        """The side columns the measure's table has filled, as (label, value), in table order."""
        labels = (("责任", self.responsibility), ("配合单位", self.cooperating), ("上级部门", self.superior),
                  ("完成时限", self.deadline), ("适用范围", self.scope), ("涉及行业", self.sector),
                  ("现行相关规定", self.regulations), ("备注", self.remarks))
        out = [(label, value) for label, value in labels if value]
        out += [("政策保障措施", policy) for policy in self.policies]
        return out

    @property
    def bare_label(self) -> str:
        """The measure number, or ``#position`` for an unnumbered measure: :attr:`label` where no other measure of
        its document shares it (:func:`pilotplans.diff.labels.bare_label`)."""
        from pilotplans.diff.labels import bare_label

        return bare_label(self.number, self.position)

    @property
    def label(self) -> str:
        """The label the outputs show and ``--measure`` takes: the measure number, or ``#position`` for an
        unnumbered measure; qualified by its headings' printed numbers (``二、1``) where another measure of its
        document has that number (:attr:`qualified_label`)."""
        return self.qualified_label or self.bare_label


class BodyRef(_Frozen):
    """A body a measure names, with the central body it is or answers to (through the registry)."""

    raw: str = Field(description="The name as written.")
    column: str = Field(description="responsibility, cooperating or superior (上级部门).")
    role: str | None = None
    id: str | None = Field(default=None, description="Registry id; None when the name does not resolve.")
    name: str | None = None
    level: str | None = None
    central: str | None = Field(default=None, description="The central body it is, or its local counterpart answers to.")
    central_name: str | None = None


class Ownership(_Frozen):
    """Whether the local owners of a measure correspond to the national owners, and why.

    ``national``: the central bodies of the national cell, with their roles; ``superior``: the
    bodies of a local plan's 上级部门 column; ``local``: the local bodies of its responsibility
    and 配合 columns, each with its central counterpart. ``status`` is ``consistent`` when they
    share a body (``via``: ``superior_column``, ``same_body``, or ``supervising_body`` — 移民局
    and 公安部), ``different`` when every local body carrying the measure resolves and none
    corresponds, ``unknown`` otherwise (``resolver="unavailable"`` when the registry could not be
    loaded); ``reason`` says which bodies decided it. ``region`` says whether the national cell
    named the local plan's region: ``named``, ``all`` (试点地区, every pilot area),
    ``qualified`` (具备条件的试点地区, unnamed), ``not_named``, ``unknown`` (no region words),
    ``not_applicable`` (no local region, e.g. two national rounds).
    """

    status: OwnershipStatus = "unknown"
    reason: str | None = None
    national_bodies: tuple[str, ...] = ()
    local_bodies: tuple[str, ...] = ()
    superior_bodies: tuple[str, ...] = ()
    shared: tuple[str, ...] = ()
    via: Literal["superior_column", "same_body", "supervising_body"] | None = None
    national: tuple[BodyRef, ...] = ()
    local: tuple[BodyRef, ...] = ()
    superior: tuple[BodyRef, ...] = ()
    region: RegionCheck = "not_applicable"
    resolver: Literal["registry", "custom", "unavailable"] | None = Field(
        default=None, description="What resolved the bodies; None for a link with one side only.")


class ClauseLink(_Frozen):
    """One clause of a linked measure and how much of it the other measure carries.

    National clauses are ``carried``, ``changed`` or ``dropped``; local clauses ``carried``,
    ``changed`` or ``added``; a clause that weighs almost nothing is ``light``, a local plan's
    leading 落实…政策， is ``frame``. ``part`` numbers the co-equal parts (sentences and
    ；-clauses) from 1 (0 for a frame); ``partner`` lists the clauses of the other side (by
    ``index``) that carry it; ``missing_items`` the items of its list the other side lacks."""

    side: Literal["national", "local"]
    index: int
    part: int
    text: str
    status: ClauseStatus
    share: float = Field(description="Share of the clause's word weight found in the other measure's best clause or two.")
    partner: tuple[int, ...] = ()
    missing_items: tuple[str, ...] = ()


class Link(_Frozen):
    """One row of a diff.

    ``score`` is the similarity that decided the link (see ``basis``): the weighted-word cosine
    for a one-to-one link, the containment of the smaller text for a split part or a merged
    clause; for ``local`` (``added``) and ``dropped`` it is the best similarity found, which stayed below
    the threshold.
    """

    national: MeasureRef | None
    local: MeasureRef | None
    relation: Relation
    score: float
    basis: Basis = "none"
    national_covered: float | None = Field(default=None, description="Share of the national word weight the local measure carries.")
    local_covered: float | None = Field(default=None, description="Share of the local word weight the national measure carries.")
    reason: str | None = Field(default=None, description="Why the relation was given, naming the clauses that decided it.")
    clauses: tuple[ClauseLink, ...] = Field(default=(), description="The clause alignment of the two measures.")
    ownership: Ownership = Ownership()


def empty_dict() -> dict:
    """A new empty dict, as ``dict`` would make: a function's signature, which pydantic reads of every
    default factory, costs nothing to read, a built-in's is read by tokenizing its text (see
    :func:`pilotplans.schema.models.empty_list`)."""
    return {}


class DiffResult(_Frozen):
    national: DocumentRef
    local: DocumentRef
    links: tuple[Link, ...]
    settings: dict[str, float] = Field(default_factory=empty_dict, description="The thresholds this diff used.")
    rounds: bool = Field(default=False, description="The two are rounds of one plan (national-2018 → national-2020: "
                         ":func:`pilotplans.diff.rounds.rounds_of_one_plan`): a measure new in the later one is "
                         "``added``, not ``local``.")

    @property
    def relations(self) -> tuple[Relation, ...]:
        """The relations this diff's links may have, in order: a local plan's additions are ``local``, a later
        round's ``added``."""
        return ROUND_RELATIONS if self.rounds else RELATIONS

    def side_labels(self) -> tuple[str, str]:
        """The words naming the sides of the diff where a reader sees them (the table's columns, the CSV's and the
        workbook's headers, the HTML report): ``national`` and ``local`` for a plan and one of another level (a local
        plan against the plan above it); of two plans of one level — two rounds (national-2018 → national-2020), or
        two national plans of two programmes — neither side is local, and each is named by its plan: its round
        (``2018``, ``2020``) where both are known and differ, else its id; ``national`` and ``local`` still where even
        the ids are one (a file against the stored copy of its own plan). Two plans implementing one plan (peers:
        hainan-2020 and xiamen-2020, a province's and a city's, both national-2020's) are named by their ids whatever
        their levels: neither is the other's national or local side. The JSON keys keep ``national`` and
        ``local`` whatever the plans (NATIONAL's side and LOCAL's). Two rounds of one plan are named by their rounds even
        when both implement one plan (peers too): rounds win (:func:`pilotplans.diff.rounds.pairing`), as they do in the
        diff's relations and reasons."""
        first, second = self.national, self.local
        kind = self.pairing
        if kind == "rounds":
            return str(first.round), str(second.round)
        if kind == "peers":
            return first.id, second.id
        if kind == "levels":
            return "national", "local"
        if first.round is not None and second.round is not None and first.round != second.round:
            return str(first.round), str(second.round)
        return first.id, second.id

    @property
    def pairing(self) -> Pairing:
        """What the two plans are (:func:`pilotplans.diff.rounds.pairing`): ``rounds``, ``peers``, ``one_level`` or
        ``levels``."""
        from pilotplans.diff.rounds import pairing

        return pairing(self.national, self.local)

    def counts(self) -> dict[Relation, int]:
        """Number of links per relation, every relation of :attr:`relations` present (zero when absent)."""
        found = Counter(link.relation for link in self.links)
        return {relation: found.get(relation, 0) for relation in self.relations}

    def heading_counts(self) -> list[tuple[str, dict[Relation, int]]]:
        """Counts per relation under each heading, in document order: the national heading for
        links with a national side, the local heading for local additions."""
        order: list[str] = []
        table: dict[str, Counter[str]] = {}
        for link in sorted(self.links, key=_heading_sort_key):
            side = link.national or link.local
            assert side is not None
            prefix = "" if link.national is not None else f"{self.local.id}: "
            name = prefix + _heading_label(side)
            if name not in table:
                order.append(name)
                table[name] = Counter()
            table[name][link.relation] += 1
        return [(name, {r: table[name].get(r, 0) for r in self.relations}) for name in order]


def _heading_label(measure: MeasureRef) -> str:
    number = f"({measure.heading_number}) " if measure.heading_number is not None else ""
    return number + (measure.heading_title or "—")


def _heading_sort_key(link: Link) -> tuple[int, int]:
    if link.national is not None:
        return (0, link.national.position)
    assert link.local is not None
    return (1, link.local.position)
