"""Every tolerance the PDF reader uses, in one frozen, validated object.

Lengths are PDF points unless the name ends in ``_em`` (a multiple of the text's font size) or
``_fraction`` (a share of a page or table dimension). Nothing in the reader compares geometry
against a number that is not one of these fields.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any


@dataclass(frozen=True)
class PdfSettings:
    """Tolerances of the PDF reader (see the module docstring for units)."""

    # ── ruling lines ──
    rule_snap: float = 3.0
    """Ruling lines this close (and segments this close end to end) are one line."""
    rule_max_thickness: float = 3.0
    """A filled rectangle thinner than this is a ruling line; a thicker one a box of 4 edges."""
    rule_min_length: float = 3.0
    """Shorter ruling segments (dots, ticks) are ignored."""
    rule_tolerance: float = 1.0
    """A rule this far above or below the gap between two lines still lies between them."""
    rule_overhang: float = 10.0
    """How far inside a table's text a rule may end and still separate its rows (cell padding)."""
    table_rule_width_fraction: float = 0.5
    """A horizontal rule at least this share of a text table's width belongs to the table."""
    frame_max_rows: int = 2
    """A ruled table of at most this many rows (a header rule, or none) whose row holds several
    lines in two cells or more rules its columns, not its rows: it is read as a text table."""
    table_rule_reach_em: float = 2.0
    """A horizontal rule this far above or below a text table's lines belongs to the table."""

    # ── glyphs into lines ──
    line_overlap: float = 0.5
    """Glyphs whose vertical extents overlap by this fraction of the smaller one share a line."""
    word_gap_em: float = 0.2
    """A gap this wide between two Latin/digit glyphs reads as a space (no space glyph needed)."""
    size_tolerance: float = 0.5
    """Lines whose font sizes differ by more than this are of different sizes."""
    wrap_slack_em: float = 0.05
    """A line left room for the next line's first word when its free end is at least that word's
    width less this much (glyph widths and justification are not exact)."""
    column_wrap_em: float = 1.5
    """A line of a table's column wrapped at its edge when it ends this close to the gutter after
    it (the next character did not fit; the gutter starts where the column's longest line ends)."""
    numbered_break_em: float = 0.95
    """A line opening with an item number starts a paragraph when the line before left this much
    room at its end."""
    edge_reach_em: float = 2.0
    """Where a column of lines is aligned is looked for among line ends this close to the
    outermost one (punctuation hanging into the margin does not count)."""
    lone_edge_em: float = 2.0
    """A right edge that one line ending a sentence alone reaches, this far or more short of the left
    margin mirrored across the page, is no edge: that line is a short paragraph's (a page of one-line
    paragraphs), and the text column ends at the mirrored margin."""

    # ── columns of a text table ──
    gutter_em: float = 0.7
    """A gap at least this wide inside a text line separates two columns of a text table."""
    gutter_slack: float = 0.9
    """A white column between segments counts as a gutter when it is this share of ``gutter_em``
    wide (segments' edges are not exact)."""
    known_gutter_em: float = 0.5
    """On a page continuing a text table, a gap this wide inside a text line separates two
    columns where the table's known column boundary runs through it."""
    aligned_gutter_em: float = 0.25
    """A narrower white column still separates two columns where the text after it starts at one
    left edge on ``min_text_table_rows`` lines or more (a table printed from HTML without borders
    leaves only its cells' padding between them); a text's own letters stand closer."""
    column_edge_tolerance: float = 0.5
    """A segment ending this far into a gutter still lies beside it."""
    column_tolerance: float = 4.0
    """Column boundaries of two page tables match within this distance (stitching)."""
    min_text_table_rows: int = 3
    """Lines with columns needed before aligned text is read as a table."""
    min_lines_beside: int = 2
    """Lines with text on both sides of a white column that make it a column boundary however
    few lines stand on one side of it."""
    run_gap_em: float = 2.5
    """Lines further apart than this are not parts of one text table."""
    table_line_gap_em: float = 1.0
    """A line this far below the last line of a text table (or less) may still belong to it."""
    stray_lines: int = 2
    """Lines without columns a text table may take at its head (a heading row on a continued
    page) or foot (a heading row closing a page)."""
    repeated_header_lines: int = 24
    """Lines a header repeated on a continued page may take (a label wrapping in a narrow
    column takes many: 上级制定政策保障措施或支持和指导部门 a character a line, eighteen)."""

    # ── rows of a text table ──
    row_gap_em: float = 0.2
    """Space over a column's line pitch between two of its lines that parts them (white space)."""
    table_margin: float = 1.0
    """A text table's outer row boundaries lie this far outside its text (without a rule)."""
    pitch_min_em: float = 0.8
    """Lines of one column nearer than this are not consecutive lines (for the line pitch)."""
    pitch_max_em: float = 2.5
    """Lines of one column further apart than this are not consecutive lines (line pitch)."""
    pitch_spread_em: float = 0.25
    """Distances this much over the shortest one between lines of a column still measure the
    line pitch."""
    pitch_fallback_em: float = 1.4
    """The line pitch taken when no column has two lines, in ems."""
    heading_indent_em: float = 1.0
    """A heading row spanning a text table starts this close to the table's left edge."""
    sparse_share: float = 0.5
    """A column with text in fewer than this share of a table's rows is sparse (a category merged
    over rows); one with text in at least this share is steady."""

    # ── rows of a text table: what a cut between two lines, and a row, costs (aligned/rows.py) ──
    cut_through_line: float = 4.0
    """Cutting a column between a wrapped line and the next."""
    cut_after_full_line: float = 1.5
    """Cutting after a line as long as the longest of a column never seen wrapping."""
    cut_between_paragraphs: float = 0.25
    """Cutting a column between two paragraphs."""
    fresh_line_bonus: float = 2.0
    """Taken off a cut before a line on which every column with text starts afresh."""
    white_in_row: float = 2.0
    """A row holding white space between two lines of one column."""
    number_offset: float = 3.0
    """A row whose number is off its place (top or centre), per line pitch."""
    number_misplaced: float = 2.0
    """Added when a row's number is off its place by more than ``number_slack``."""
    number_slack: float = 0.25
    """How far (a share of the line pitch) a number may be off its place by rounding."""
    stack_off_centre: float = 0.4
    """How far (a share of the line pitch) a centred row's cell stacking one character a line may
    sit off the centre of its row's text before its column is doubted: a character cut into the
    next row moves it half a line (:mod:`.aligned.stacks`)."""
    stack_pitch_slack: float = 0.02
    """How far (a share of the line pitch) a stack opening a row set at its top may begin from its row's
    other cells and still be level with them, and its step from the stack above may differ from the
    pitch and still keep it: a cell of its own begins level and breaks the pitch (rows 22.5 pt apart for
    lines 23.1 pt apart), a cell merged over both rows keeps the pitch (:mod:`.aligned.stacks`)."""
    own_row_reach: float = 0.4
    """How far (a share of its line height) a grid cell covering one row must run below its row's
    other cells for its text to have set the row's height: a cell merged over the rows after it and
    cut by a page break is cut where they end, no lower; one a line taller than a centred neighbour
    runs half a line below it; and how far the cell opening the next page must begin below its row's
    other text to be a cell of its own, not the rest of a cut one, printed from its part's top
    (:func:`.grids.carry_merges_over_break`)."""
    crop_reach_em: float = 0.1
    """A cell's last line is cropped by the rule (or painted edge) closing the cell under it when its
    glyphs reach this close to it, or past it: a cell's text keeps its padding off the edges, and a row
    too tall for the page's room (kept whole) is cut off at the edge (:mod:`.cropped`)."""
    cell_offset: float = 3.0
    """A numbered row whose columns' text does not sit the way the part's rows do (at their top,
    or centred), per line pitch and column off its place."""
    row_other_way: float = 1.0
    """A numbered row whose columns' text sits the other way than the part's rows (at the top
    in a part centring its rows, or the reverse)."""
    settled_margin: float = 2.0
    """A text table's numbered rows show clearly whether they sit at their top or centred when
    the two readings' costs differ by more than this; its part on the next page then reads the
    same way."""
    each_row: float = 0.1
    """Each row: of two equally good readings, the one with fewer rows."""
    row_after_numbers: float = 2.0
    """A row without a number after the last numbered row of a table part."""
    centred_row: float = 0.3
    """Each row (or block of a category column) read centred rather than from its top, where
    rows are counted to tell the two ways apart."""
    centred_part: float = 0.3
    """A table part read with its rows' text centred rather than starting at their top."""

    # ── page furniture ──
    margin_fraction: float = 0.15
    """Page headers and footers are looked for in this top and bottom fraction of a page."""
    furniture_apart: float = 0.8
    """A margin line is furniture only when it stands apart from the content by this share of
    its own height."""
    furniture_grid: float = 4.0
    """Running headers and footers repeat at the same place to within this many points."""
    running_furniture_pages: int = 3
    """A line repeated at the same place on this many pages is a running header or footer."""
    header_size_ratio: float = 1.2
    """On a document of one page, where no repeat shows a running header, a line reading like a
    title in the top margin, standing apart, over a title set at least this many times its size, is
    the page's header naming the plan, not its title: a title is set larger than the page header
    over it (:func:`.furniture.lone_page_header`). Official documents set the title at 2号 (22 pt)
    or 小二 (18 pt), their body at 3号 (16 pt), a page header commonly at 4号 (14 pt) or smaller."""
    page_number_centre_fraction: float = 0.1
    """A bare number whose centre is this share of the page width from the page's centre is a
    page number."""
    page_number_side_fraction: float = 0.25
    """A bare number within this share of the page width from a side edge is a page number."""

    # ── paragraphs outside tables ──
    paragraph_gap_em: float = 0.5
    """Extra space (over the usual space between lines) that separates paragraphs."""
    indent_em: float = 1.5
    """A line outside tables indented this much from the body's left edge starts a paragraph."""
    usual_gap_em: float = 1.5
    """Spaces between lines up to this are counted when the usual line spacing is measured."""

    # ── work ──
    processes: int = 1
    """Worker processes that read pages (pdfminer's layout analysis) in parallel; 1 reads
    them in this process."""
    parallel_min_pages: int = 8
    """Documents with fewer pages are read in this process whatever ``processes`` says."""

    def __post_init__(self) -> None:
        for spec in fields(self):
            value = getattr(self, spec.name)
            if spec.type == "int":
                if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                    raise ValueError(f"PdfSettings.{spec.name} must be a whole number >= 1, not {value!r}")
            elif isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                raise ValueError(f"PdfSettings.{spec.name} must be a positive number, not {value!r}")
        for name in ("line_overlap", "gutter_slack", "table_rule_width_fraction", "sparse_share", "number_slack",
                     "stack_off_centre", "stack_pitch_slack", "own_row_reach"):
            if getattr(self, name) > 1:
                raise ValueError(f"PdfSettings.{name} must be in (0, 1], not {getattr(self, name)!r}")
        for name in ("margin_fraction", "page_number_centre_fraction", "page_number_side_fraction"):
            if getattr(self, name) >= 0.5:
                raise ValueError(f"PdfSettings.{name} must be in (0, 0.5), not {getattr(self, name)!r}")

    @classmethod
    def names(cls) -> tuple[str, ...]:
        """The settings' names, in the order they are declared."""
        return tuple(spec.name for spec in fields(cls))

    def with_values(self, values: dict[str, str]) -> PdfSettings:
        """These settings with some replaced by values given as text (``{"gutter_em": "0.8"}``),
        each parsed by its field's type. Raises ValueError naming an unknown setting or a value
        that is not a number of the right kind."""
        changed: dict[str, Any] = {}
        types = {spec.name: spec.type for spec in fields(self)}
        for name, text in values.items():
            if name not in types:
                raise ValueError(f"unknown PDF setting {name!r} (known: {', '.join(self.names())})")
            try:
                changed[name] = int(text) if types[name] == "int" else float(text)
            except ValueError:
                kind = "a whole number" if types[name] == "int" else "a number"
                raise ValueError(f"PDF setting {name} must be {kind}, not {text!r}") from None
        return replace(self, **changed)


DEFAULT_SETTINGS = PdfSettings()
