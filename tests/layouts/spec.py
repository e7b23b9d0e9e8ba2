"""A layout as a point in the space of published layouts, drawn from a seed.

:class:`LayoutSpec` holds one value of every dimension that matters for its form and format, and
``None`` for the dimensions that do not (a prose plan has no rules; only a PDF shows its font), so
that a spec says exactly what was varied. :func:`draw_spec` draws it from a seed (each dimension
from its own stream, so adding a dimension leaves the others' draws alone) and
:func:`draw_sample` picks a sample that covers every value of every dimension and every form in
every format, then fills it with plain draws.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, fields
from typing import Any

SOURCES = ("national-2020", "national-2025", "xiamen-2020", "hainan-2020")
FONTS = ("Noto Serif CJK SC", "Noto Sans CJK SC", "WenQuanYi Zen Hei", "AR PL UMing CN", "AR PL UKai CN")

DIMENSIONS: dict[str, tuple[Any, ...]] = {
    "source": SOURCES,
    "form": ("table", "prose"),
    "format": ("docx", "html-utf8", "html-gb2312", "pdf"),
    # what a page shows (PDF)
    "orientation": ("portrait", "landscape"),
    "font": FONTS,
    "size": (9.0, 10.0, 10.5, 11.0, 12.0, 14.0),
    "furniture": ("none", "dash-page", "page-of-total", "running-title"),
    # tables
    "rules": ("grid", "three-line", "horizontal", "none"),
    "frame": ("rules", "box", "columns"),
    "shading": ("none", "header", "zebra"),
    "column_width": ("weighted", "narrow"),
    "valign": ("top", "centre"),
    "header": ("repeated", "once"),
    "row_break": ("split", "keep"),
    "columns": ("seq-resp", "lead-coop"),
    "column_order": ("standard", "shuffled"),
    "superior": (False, True),
    "remarks": (False, True),
    "scope": (False, True),
    "leader": (False, True),
    "headings": ("column", "row", "paragraph"),
    "number": ("column", "in-text"),
    # numbering, both forms
    "number_style": ("1", "1.", "1、", "（1）"),
    "heading_style": ("一、", "（一）"),
    # DOCX: numbers typed into the text, or printed by Word's list numbering (w:numPr)
    "list_numbering": ("typed", "word"),
    # prose
    "responsibility_form": ("bracket", "roles", "labelled", "fields"),
    "nesting": ("flat", "sectioned"),
    "numbering": ("continuous", "restart"),
    "punctuation": ("full-width", "ascii"),
    # the document around the plan, both forms
    "cover": ("none", "notice"),
    "title_lines": (1, 2),
    # tables: a cell an owner column repeats down consecutive rows of a heading printed once, spanning them
    "merge_owners": (False, True),
    # tables with a lead and a cooperating column: the cooperating cells as the source gives them (most rows name
    # co-owners) or sparse, as older plans print them (a co-owner in a row now and then, the column blank between)
    "cooperating_cells": ("given", "sparse"),
    # tables: the numbers the rows print — the source's (a slice of a plan keeps its measures' numbers), 1 at
    # each heading's first row (a plan numbering every task's measures anew: 序号 1 2 3 | 1 2 | …), or 1…N
    # across the headings (a local plan numbering the measures it keeps from 1)
    "table_numbering": ("source", "restart", "from-one"),
    # HTML: the page as a government site serves it (layout tables, an information table, a footer), and a
    # prose page's lines as paragraphs or as one paragraph of <br> lines
    "site": ("bare", "layout-tables"),
    # prose: a measure of several sentences printed as a lead line (…：) and its sub-points (（1）… or ①…)
    "sub_points": (False, True),
    # prose: the owners said in a sentence of the item's text, closing it (…。由X牵头，Y配合。) or opening it
    # (由X负责，…), instead of the responsibility_form's bracket or field lines
    "owner_sentence": ("none", "closing", "opening"),
    "html_lines": ("paragraphs", "br"),
    # prose: the tasks' owners given in a table after the plan (the prose's numbered tasks, then a table whose rows
    # name the same tasks with their owners), printed right after it or as its attachment (附件：X over the table on
    # a page of its own); the prose then names no owner
    "division_table": ("none", "table", "attachment"),
}
"""Every dimension and its values. A spec leaves a dimension ``None`` where it has no effect."""

PAGE_DIMENSIONS = ("orientation", "font", "size")
TABLE_DIMENSIONS = ("columns", "column_order", "superior", "remarks", "scope", "leader", "headings", "number",
                    "heading_style")
TABLE_PDF_DIMENSIONS = ("rules", "valign", "row_break", "shading")
NEWER_DIMENSIONS = {"frame": "rules", "shading": "none", "column_width": "weighted"}
"""Dimensions added after layouts were first drawn, each with the value that prints a layout as it was
printed before them (only what ``rules`` draws; no fill): :func:`draw_spec` with ``newer=False``
gives the layouts that once read wrongly these values, so that their seeds still print them."""
SHAPE_DIMENSIONS = {"cover": "none", "title_lines": 1, "merge_owners": False, "site": "bare", "html_lines": "paragraphs",
                    "sub_points": False, "owner_sentence": "none"}
"""Dimensions of the document's shape added after the layouts of NEWER_DIMENSIONS, each with the value
that prints a layout as before them (the plan alone, its title on one line, no cell spanning rows but
the heading column's): :func:`draw_spec` with ``shapes=False`` (or ``newer=False``) gives those layouts."""
COOPERATION_DIMENSIONS = {"cooperating_cells": "given"}
"""Dimensions added after the layouts of SHAPE_DIMENSIONS, each with the value that prints a layout as before
them (a cooperating column as the source gives it): :func:`draw_spec` with ``cooperation=False`` (or
``shapes=False``, ``newer=False``) gives those layouts: the traps and the layouts once read wrongly that
were drawn with the document's shapes print as they did."""
NUMBERING_DIMENSIONS = {"table_numbering": "source"}
"""Dimensions added after the layouts of COOPERATION_DIMENSIONS, each with the value that prints a layout as before
them (a table's rows numbered as the source numbers its measures): :func:`draw_spec` with ``numbering=False`` (or
``cooperation=False``, ``shapes=False``, ``newer=False``) gives those layouts."""
DIVISION_DIMENSIONS = {"division_table": "none"}
"""Dimensions added after the layouts of NUMBERING_DIMENSIONS, each with the value that prints a layout as before
them (a prose plan alone, its owners in its items): :func:`draw_spec` with ``division=False`` (or any older flag
false) gives those layouts."""
DIVISION_DRAWS = ("none", "none", "table", "attachment")
"""The draws of ``division_table``: half the prose plans name their owners in their items, as before it."""
PROSE_DIMENSIONS = ("responsibility_form", "nesting", "numbering", "punctuation")

MIN_MEASURES, MAX_MEASURES = 12, 40

A4_CM = (21.0, 29.7)
PAGE_MARGIN_CM = 2.2
CELL_MARGINS_CM = 0.5
"""Left and right cell margins (LibreOffice's 0.19 cm each) and a little room."""
TEXT_COLUMN_EMS, OTHER_COLUMN_EMS = 10.0, 3.0
"""The narrowest a table's text column and its other columns are printed, in characters."""


def text_width_cm(orientation: str) -> float:
    """The width between the margins of an A4 page."""
    width = A4_CM[0] if orientation == "portrait" else A4_CM[1]
    return width - 2 * PAGE_MARGIN_CM


def table_fits(columns: int, size: float, orientation: str) -> bool:
    """Whether a table of ``columns`` columns at ``size`` pt fits between the margins with its text
    column at least 10 characters wide and the others at least 3."""
    em_cm = size * 2.54 / 72
    needed = (TEXT_COLUMN_EMS + OTHER_COLUMN_EMS * (columns - 1)) * em_cm + CELL_MARGINS_CM * columns
    return needed <= text_width_cm(orientation)


def table_column_count(values: dict[str, Any]) -> int:
    """How many columns the table of a layout with these table dimensions prints."""
    return (int(values["headings"] == "column") + int(values["number"] == "column") + 1
            + (1 if values["columns"] == "seq-resp" else 3) + sum(bool(values[name]) for name in EXTRA_COLUMNS))


EXTRA_COLUMNS = ("superior", "remarks", "scope", "leader")


@dataclass(frozen=True)
class LayoutSpec:
    """One layout: the seed it was drawn from, the slice of the source it re-typesets, and the value
    of every dimension that has an effect (``None`` for the others)."""

    seed: int
    source: str
    form: str
    format: str
    first: int
    count: int
    orientation: str | None = None
    font: str | None = None
    size: float | None = None
    furniture: str | None = None
    rules: str | None = None
    frame: str | None = None
    shading: str | None = None
    column_width: str | None = None
    valign: str | None = None
    header: str | None = None
    row_break: str | None = None
    columns: str | None = None
    column_order: str | None = None
    superior: bool | None = None
    remarks: bool | None = None
    scope: bool | None = None
    leader: bool | None = None
    headings: str | None = None
    number: str | None = None
    number_style: str | None = None
    heading_style: str | None = None
    responsibility_form: str | None = None
    nesting: str | None = None
    numbering: str | None = None
    punctuation: str | None = None
    list_numbering: str | None = None
    cover: str | None = None
    title_lines: int | None = None
    merge_owners: bool | None = None
    cooperating_cells: str | None = None
    table_numbering: str | None = None
    site: str | None = None
    html_lines: str | None = None
    sub_points: bool | None = None
    owner_sentence: str | None = None
    division_table: str | None = None

    @property
    def name(self) -> str:
        """A file stem naming the layout by its seed."""
        return f"layout-{self.seed}"

    @property
    def is_pdf(self) -> bool:
        return self.format == "pdf"

    def effective(self) -> dict[str, Any]:
        """The dimensions this layout sets, with their values."""
        return {f.name: getattr(self, f.name) for f in fields(self)
                if f.name in DIMENSIONS and getattr(self, f.name) is not None}

    def describe(self) -> str:
        """One line: the seed, the slice and every value set, enough to regenerate the document."""
        values = " ".join(f"{k}={v}" for k, v in self.effective().items())
        return f"seed={self.seed} measures={self.first + 1}..{self.first + self.count} {values}"

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


def _stream(seed: int, name: str) -> random.Random:
    return random.Random(f"{seed}:{name}")


def _pick(seed: int, name: str, values: Sequence[Any] | None = None) -> Any:
    return _stream(seed, name).choice(tuple(values if values is not None else DIMENSIONS[name]))


def draw_slice(seed: int, headings: Sequence[int | None]) -> tuple[int, int]:
    """A run of 12–40 consecutive measures (``first``, ``count``) spanning at least two headings,
    given the heading of each measure of the source in order."""
    rng = _stream(seed, "slice")
    candidates = [
        (first, count)
        for count in range(MIN_MEASURES, min(MAX_MEASURES, len(headings)) + 1)
        for first in range(0, len(headings) - count + 1)
        if headings[first] != headings[first + count - 1]
    ]
    if not candidates:
        raise ValueError("the source has no run of 12–40 measures under two headings")
    count = rng.choice(sorted({c for _, c in candidates}))
    return rng.choice([c for c in candidates if c[1] == count])


def draw_spec(seed: int, headings_of: dict[str, Sequence[int | None]], newer: bool = True,
              shapes: bool = True, cooperation: bool = True, numbering: bool = True, division: bool = True) -> LayoutSpec:
    """The layout of ``seed``. ``headings_of`` gives, for each source document, the heading of each of
    its measures in order (to draw a slice under at least two headings). Without ``newer`` the
    dimensions of :data:`NEWER_DIMENSIONS`, :data:`SHAPE_DIMENSIONS`, :data:`COOPERATION_DIMENSIONS` and
    :data:`NUMBERING_DIMENSIONS` and :data:`DIVISION_DIMENSIONS` take their plain values; without ``shapes`` those
    of the last four; without ``cooperation`` those of the last three; without ``numbering`` those of the last two;
    without ``division`` those of :data:`DIVISION_DIMENSIONS` only."""
    source, form, fmt = _pick(seed, "source"), _pick(seed, "form"), _pick(seed, "format")
    first, count = draw_slice(seed, headings_of[source])
    values: dict[str, Any] = {}
    pdf = fmt == "pdf"
    if pdf:
        values.update({name: _pick(seed, name) for name in PAGE_DIMENSIONS})
    if fmt in ("pdf", "docx"):
        values["furniture"] = _pick(seed, "furniture")
    if fmt == "docx":
        values["list_numbering"] = _pick(seed, "list_numbering")
    if form == "table":
        values.update({name: _pick(seed, name) for name in TABLE_DIMENSIONS})
        if pdf:
            values.update({name: _pick(seed, name) for name in TABLE_PDF_DIMENSIONS})
            if values["rules"] != "grid":  # a grid rules the frame and the columns already
                values["frame"] = _pick(seed, "frame")
            values["column_width"] = _pick(seed, "column_width")
            if not newer:
                values.update({name: plain for name, plain in NEWER_DIMENSIONS.items() if name in values})
            if not table_fits(table_column_count(values), values["size"], values["orientation"]):
                values["orientation"] = "landscape"  # as publishers print a table too wide for a portrait page
        if pdf or values["headings"] == "paragraph":
            values["header"] = _pick(seed, "header")
        styles = DIMENSIONS["number_style"] if values["number"] == "column" else ("1.", "1、", "（1）")
        values["number_style"] = _pick(seed, "number_style", styles)
    else:
        values.update({name: _pick(seed, name) for name in PROSE_DIMENSIONS})
        values["number_style"] = _pick(seed, "number_style", ("1.", "1、", "（1）"))
        if values["nesting"] == "flat":
            values["heading_style"] = _pick(seed, "heading_style")
        if values["responsibility_form"] == "fields":
            values["leader"] = _pick(seed, "leader")
    values["cover"], values["title_lines"] = _pick(seed, "cover"), _pick(seed, "title_lines")
    if form == "table":
        values["merge_owners"] = _pick(seed, "merge_owners")
        if values["columns"] == "lead-coop":
            values["cooperating_cells"] = _pick(seed, "cooperating_cells")
        values["table_numbering"] = _pick(seed, "table_numbering")
    if form == "prose":
        values["sub_points"] = _pick(seed, "sub_points")
        values["owner_sentence"] = _pick(seed, "owner_sentence")
        values["division_table"] = _pick(seed, "division_table", DIVISION_DRAWS)
    if fmt.startswith("html"):
        values["site"] = _pick(seed, "site")
        if form == "prose":
            values["html_lines"] = _pick(seed, "html_lines")
    if not (newer and shapes):
        values.update({name: plain for name, plain in SHAPE_DIMENSIONS.items() if name in values})
    if not (newer and shapes and cooperation):
        values.update({name: plain for name, plain in COOPERATION_DIMENSIONS.items() if name in values})
    if not (newer and shapes and cooperation and numbering):
        values.update({name: plain for name, plain in NUMBERING_DIMENSIONS.items() if name in values})
    if not (newer and shapes and cooperation and numbering and division):
        values.update({name: plain for name, plain in DIVISION_DIMENSIONS.items() if name in values})
    if values.get("division_table", "none") != "none":  # the table says who: the items name no owner
        values["responsibility_form"] = values["leader"] = values["owner_sentence"] = None
    if values.get("owner_sentence", "none") != "none":  # the sentence says who, in place of a bracket or fields
        values["responsibility_form"] = values["leader"] = None
    return LayoutSpec(seed=seed, source=source, form=form, format=fmt, first=first, count=count, **values)


def _pairs(spec: LayoutSpec) -> set[tuple[str, Any]]:
    return {*spec.effective().items(), ("form and format", (spec.form, spec.format))}


def all_pairs() -> set[tuple[str, Any]]:
    """Every (dimension, value) a sample must cover, and every form in every format."""
    return ({(name, value) for name, values in DIMENSIONS.items() for value in values}
            | {("form and format", (form, fmt)) for form in DIMENSIONS["form"] for fmt in DIMENSIONS["format"]})


def uncovered(specs: Iterable[LayoutSpec]) -> set[tuple[str, Any]]:
    """The (dimension, value) pairs no spec of ``specs`` sets."""
    seen: set[tuple[str, Any]] = set()
    for spec in specs:
        seen |= _pairs(spec)
    return all_pairs() - seen


def draw_sample(count: int, seed: int, headings_of: dict[str, Sequence[int | None]], window: int = 64) -> list[LayoutSpec]:
    """``count`` layouts from seeds ``seed * 100_000 + k``: first, greedily, those that set values
    not yet covered (each pick the best of the next ``window`` draws), until every value of every
    dimension is covered; then plain draws in seed order. Ordered by seed."""
    base = seed * 100_000
    draws = (draw_spec(base + k, headings_of) for k in range(100_000))
    chosen: list[LayoutSpec] = []
    missing = all_pairs()
    while missing and len(chosen) < count:
        candidates = [next(draws) for _ in range(window)]
        best = max(candidates, key=lambda s: (len(_pairs(s) & missing), -s.seed))
        if not _pairs(best) & missing:
            break
        chosen.append(best)
        missing -= _pairs(best)
    taken = {s.seed for s in chosen}
    for spec in (draw_spec(base + k, headings_of) for k in range(100_000)):
        if len(chosen) >= count:
            break
        if spec.seed not in taken:
            chosen.append(spec)
    return sorted(chosen, key=lambda s: s.seed)
