"""Print a plan as DOCX with python-docx, in the page layout its spec draws.

The DOCX is a published form on its own and the source LibreOffice prints each PDF from. A spec
leaves the page dimensions ``None`` unless its format is PDF; the DOCX then gets :data:`DEFAULTS`.
"""

from __future__ import annotations

import re
from pathlib import Path

import cn2an

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from tests.layouts.plan import Line, Plan, ProsePlan, TablePlan
from tests.layouts.spec import (
    A4_CM, CELL_MARGINS_CM, OTHER_COLUMN_EMS, PAGE_MARGIN_CM, TEXT_COLUMN_EMS, LayoutSpec, text_width_cm,
)

DEFAULTS = {"orientation": "portrait", "font": "Noto Serif CJK SC", "size": 10.5, "rules": "grid", "valign": "top",
            "header": "repeated", "row_break": "split", "furniture": "none", "frame": "rules", "shading": "none",
            "column_width": "weighted"}
"""The page layout of a DOCX whose spec leaves a page dimension unset."""


EDGES = ("top", "left", "bottom", "right", "insideH", "insideV")
RULES = {
    "grid": EDGES,
    "three-line": ("top", "bottom"),
    "horizontal": ("top", "bottom", "insideH"),
    "none": (),
}
"""The table borders each rule style draws (three-line adds the rule under the header row)."""
FRAMES = {
    "rules": (),
    "box": ("top", "left", "bottom", "right"),
    "columns": ("top", "left", "bottom", "right", "insideV"),
}
"""The borders each frame adds to the rules: none, a box round the table, or the box and a rule
between every two columns (columns ruled, rows not)."""
SHADES = {"header": "BFBFBF", "row": "E7E6E6"}
"""Cell fills: the header row's (``shading`` header or zebra) and every other body row's (zebra)."""


def _value(spec: LayoutSpec, name: str):
    value = getattr(spec, name)
    return DEFAULTS[name] if value is None else value


def _border(parent, edge: str, on: bool) -> None:
    element = OxmlElement(f"w:{edge}")
    element.set(qn("w:val"), "single" if on else "nil")
    if on:
        element.set(qn("w:sz"), "6")
        element.set(qn("w:space"), "0")
        element.set(qn("w:color"), "000000")
    parent.append(element)


def _table_borders(table, rules: str, frame: str) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in EDGES:
        _border(borders, edge, edge in RULES[rules] or edge in FRAMES[frame])
    table._tbl.tblPr.append(borders)


def _shade(row, fill: str) -> None:
    """Fill every cell of a row (a merged cell where the row holds its first part)."""
    for tc in row._tr.tc_lst:
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), fill)
        tc.get_or_add_tcPr().append(shading)


def _shade_rows(table, shading: str, with_header: bool) -> None:
    """The fills ``shading`` paints: none, the header row's, or the header's and every other row's."""
    if shading == "none":
        return
    rows = list(table.rows)
    if with_header:
        _shade(rows[0], SHADES["header"])
    if shading == "zebra":
        for row in rows[int(with_header)::2]:
            _shade(row, SHADES["row"])


def _rule_under(row) -> None:
    for cell in row.cells:
        tc_pr = cell._tc.get_or_add_tcPr()
        borders = tc_pr.find(qn("w:tcBorders"))
        if borders is None:
            borders = OxmlElement("w:tcBorders")
            tc_pr.append(borders)
        _border(borders, "bottom", True)


def _row_property(row, name: str) -> None:
    element = OxmlElement(f"w:{name}")
    element.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(element)


def _field(paragraph, instruction: str) -> None:
    """A field (PAGE, NUMPAGES) that LibreOffice computes when it prints."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text == instruction:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {instruction} "
        else:
            element = OxmlElement("w:t")
            element.text = text
        run._r.append(element)


def _furniture(document, furniture: str, running_title: str) -> None:
    section = document.sections[0]
    if furniture == "running-title":
        paragraph = section.header.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run(running_title)
        return
    if furniture == "none":
        return
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if furniture == "dash-page":
        paragraph.add_run("— ")
        _field(paragraph, "PAGE")
        paragraph.add_run(" —")
    else:
        paragraph.add_run("第")
        _field(paragraph, "PAGE")
        paragraph.add_run("页 共")
        _field(paragraph, "NUMPAGES")
        paragraph.add_run("页")


_LABELS = (  # a typed label and the numbering format Word prints it in
    (re.compile(r"^(?P<open>[（(]?)(?P<n>\d+)(?P<close>[）)]|[.、．]?)(?=\S)"), "decimal"),
    (re.compile(r"^(?P<open>[（(]?)(?P<n>[一二三四五六七八九十]+)(?P<close>[）)]|、)"), "chineseCounting"),
)


class _WordLists:
    """Word's list numbering for labels typed at the start of paragraphs: each label becomes an
    empty ``w:numPr`` paragraph prefix printed by Word. One list per label form (``%1.``, ``（%1）``,
    ``%1、``); where a list's next number is not one more than its last (a slice starting at 37, a
    restart, a gap in the source) a new instance starts it there (``w:startOverride``)."""

    def __init__(self, document) -> None:
        self.numbering = document.part.numbering_part.element
        self.lists: dict[tuple[str, str], tuple[int, int]] = {}  # (lvlText, format) → (numId, last number)
        self.next_id = 900

    def split(self, text: str) -> tuple[tuple[str, str, int] | None, str]:
        """((lvlText, format, number), rest) for a text opening with a label, else (None, text)."""
        for pattern, fmt in _LABELS:
            match = pattern.match(text)
            if match and (match["open"] or match["close"]):
                number = int(match["n"]) if fmt == "decimal" else int(cn2an.cn2an(match["n"], "smart"))
                return (f"{match['open']}%1{match['close']}", fmt, number), text[match.end():]
        return None, text

    def number(self, paragraph, label: tuple[str, str, int]) -> None:
        lvl_text, fmt, number = label
        num_id, last = self.lists.get((lvl_text, fmt), (None, None))
        if num_id is None or number != last + 1:
            num_id = self._instance(lvl_text, fmt, number)
        self.lists[(lvl_text, fmt)] = (num_id, number)
        num_pr = OxmlElement("w:numPr")
        for name, value in (("w:ilvl", "0"), ("w:numId", str(num_id))):
            element = OxmlElement(name)
            element.set(qn("w:val"), value)
            num_pr.append(element)
        paragraph._p.get_or_add_pPr().append(num_pr)

    def _instance(self, lvl_text: str, fmt: str, start: int) -> int:
        self.next_id += 1
        abstract, num = self.next_id, self.next_id + 1000
        self.numbering.insert(0, _xml(
            f'<w:abstractNum w:abstractNumId="{abstract}"><w:lvl w:ilvl="0"><w:start w:val="{start}"/>'
            f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{lvl_text}"/></w:lvl></w:abstractNum>'))
        self.numbering.append(_xml(f'<w:num w:numId="{num}"><w:abstractNumId w:val="{abstract}"/></w:num>'))
        return num


def _xml(markup: str):
    from docx.oxml import parse_xml

    return parse_xml(markup.replace(">", ' xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">', 1))


def _new_document(spec: LayoutSpec):
    document = new_docx()
    font, size = _value(spec, "font"), float(_value(spec, "size"))
    style = document.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(size)
    fonts = style.element.rPr.rFonts
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), font)
    style.paragraph_format.space_after = Pt(0)
    style.paragraph_format.space_before = Pt(0)
    section = document.sections[0]
    orientation = _value(spec, "orientation")
    width, height = A4_CM if orientation == "portrait" else A4_CM[::-1]
    if orientation == "landscape":
        section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(width), Cm(height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(PAGE_MARGIN_CM))
    return document, text_width_cm(orientation), size


def _paragraph(container, text: str, *, bold: bool = False, centre: bool = False, indent: float | None = None,
               size: float | None = None):
    paragraph = container.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if centre:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent:
        paragraph.paragraph_format.first_line_indent = Pt(indent)
    return paragraph


def _fill(cell, text: str, centre: bool, lists: _WordLists | None = None, bare: bool = False) -> None:
    """``text`` in ``cell``; with ``lists``, a label it opens with (a bare number where ``bare``:
    the number column) printed by Word's list numbering instead."""
    paragraph = cell.paragraphs[0]
    label, rest = lists.split(text) if lists else (None, text)
    if lists and bare and label is None and text.isdigit():
        label, rest = ("%1", "decimal", int(text)), ""
    paragraph.text = rest
    if label:
        lists.number(paragraph, label)
    if centre:
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def _ems(text: str) -> float:
    """The printed width of ``text`` in ems: a CJK character one, an ASCII one about half."""
    return sum(0.55 if ch.isascii() else 1.0 for ch in text)


NARROW_ROLES = ("responsibility", "cooperating", "superior", "leader", "deadline", "remarks", "scope")
"""The columns ``column_width=narrow`` may squeeze to about a character, its text wrapping at every one."""
NARROW_EMS = 1.2
NARROW_LINE_EMS = 1.5
"""The line pitch of a squeezed column's characters, in ems, to tell how many a page holds."""


def narrow_column(plan: TablePlan, page_lines: float = float("inf")) -> int | None:
    """The column a narrow layout squeezes: the last of its columns of :data:`NARROW_ROLES` whose
    longest cell, a character a line, fits on a page of ``page_lines`` lines (a row kept whole yet
    taller than a page is printed cut: its last characters lost, no reading could find them)."""
    return max((i for i, c in enumerate(plan.columns) if c.role in NARROW_ROLES
                and max((_ems(row[i]) for g in plan.groups for row in g.rows), default=0.0) <= page_lines), default=None)


def column_widths(plan: TablePlan, width_cm: float, size: float, narrow: bool = False,
                  height_cm: float = float("inf")) -> list[float]:
    """Column widths in cm sharing ``width_cm`` by the columns' weights, none narrower than its
    floor: the text column 10 characters, the number column its label and widest number, the others three
    characters (fewer where the page is too narrow: only a DOCX that is never printed). ``narrow``
    squeezes one column (:func:`narrow_column`, on pages ``height_cm`` high between the margins) to
    about a character, as tables printed with many columns do."""
    em_cm = size * 2.54 / 72
    squeezed = narrow_column(plan, height_cm / (NARROW_LINE_EMS * em_cm)) if narrow else None
    for ems in (OTHER_COLUMN_EMS, 2.0, 1.0):
        floors = []
        for index, column in enumerate(plan.columns):
            need = TEXT_COLUMN_EMS if column.role == "text" else ems
            if column.role == "number":
                need = max(_ems(text) for text in (column.label, *(row[index] for g in plan.groups for row in g.rows)))
            if index == squeezed:
                need = NARROW_EMS
            floors.append(need * em_cm + CELL_MARGINS_CM)
        pinned: set[int] = {squeezed} if squeezed is not None else set()
        while len(pinned) < len(floors):
            free = width_cm - sum(floors[i] for i in pinned)
            weight = sum(c.weight for i, c in enumerate(plan.columns) if i not in pinned)
            widths = [floors[i] if i in pinned else free * c.weight / weight for i, c in enumerate(plan.columns)]
            short = {i for i, w in enumerate(widths) if i not in pinned and w < floors[i]}
            if not short:
                return widths
            pinned |= short
    raise ValueError(f"{len(plan.columns)} columns do not fit in {width_cm:.1f} cm at {size} pt")


def _table(document, plan: TablePlan, spec: LayoutSpec, groups, with_header: bool, width_cm: float,
           lists: _WordLists | None = None):
    """One DOCX table holding ``groups`` (heading rows or a merged heading column as the spec says)."""
    columns = plan.columns
    numbered = {i for i, c in enumerate(columns) if c.role in ("heading", "number", "text")} if lists else set()
    heading_rows = spec.headings == "row"
    count = int(with_header) + sum(len(g.rows) + int(heading_rows) for g in groups)
    table = document.add_table(rows=count, cols=len(columns))
    rules, centre = _value(spec, "rules"), _value(spec, "valign") == "centre"
    _table_borders(table, rules, _value(spec, "frame"))
    table.autofit = False
    height_cm = (A4_CM[1] if _value(spec, "orientation") == "portrait" else A4_CM[0]) - 2 * PAGE_MARGIN_CM
    widths = [Cm(w) for w in column_widths(plan, width_cm, float(_value(spec, "size")),
                                           _value(spec, "column_width") == "narrow", height_cm)]
    for index, column in enumerate(table.columns):
        column.width = widths[index]
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width
        if _value(spec, "row_break") == "keep":
            _row_property(row, "cantSplit")
    index = 0
    if with_header:
        header = table.rows[0]
        for cell, column in zip(header.cells, columns):
            _fill(cell, column.label, centre)
        if _value(spec, "header") == "repeated":
            _row_property(header, "tblHeader")
        if rules == "three-line":
            _rule_under(header)
        index = 1
    heading_column = [c.role for c in columns].index("heading") if spec.headings == "column" else None
    for group in groups:
        if heading_rows:
            cells = table.rows[index].cells
            merged = cells[0].merge(cells[-1])
            _fill(merged, group.label, centre, lists)
            index += 1
        first = index
        for row, values in enumerate(group.rows):
            for column, (cell, text) in enumerate(zip(table.rows[index].cells, values)):
                if column != heading_column and group.span(row, column) == 1:
                    _fill(cell, text, centre, lists if column in numbered else None, columns[column].role == "number")
            index += 1
        for row, values in enumerate(group.rows):  # cells spanning the rows their value repeats down
            for column, text in enumerate(values):
                if column != heading_column and group.span(row, column) > 1:
                    merged = table.cell(first + row, column).merge(table.cell(first + row + group.span(row, column) - 1, column))
                    _fill(merged, text, centre)
        if heading_column is not None:
            merged = table.cell(first, heading_column).merge(table.cell(index - 1, heading_column))
            _fill(merged, group.label, centre, lists)
    _shade_rows(table, _value(spec, "shading"), with_header)
    return table


def _render_table(document, plan: TablePlan, spec: LayoutSpec, width_cm: float, lists: _WordLists | None) -> None:
    if spec.headings != "paragraph":
        _table(document, plan, spec, plan.groups, True, width_cm, lists)
        return
    for position, group in enumerate(plan.groups):
        _numbered_paragraph(document, group.label, lists, bold=True)
        _table(document, plan, spec, [group], position == 0 or _value(spec, "header") == "repeated", width_cm, lists)


def _render_prose(document, plan: ProsePlan, size: float, lists: _WordLists | None) -> None:
    for line in plan.lines[1:]:
        _render_line(document, line, size, lists)


def _render_division(document, plan: ProsePlan, spec: LayoutSpec, size: float, width_cm: float) -> None:
    """The table of the plan's tasks and owners after it: 附件 opening a page of its own where it is the
    plan's attachment (division_lines), its title centred, then the table (typed numbers, rules as a
    DOCX's defaults)."""
    if plan.division is None:
        return
    for position, line in enumerate(plan.division_lines):
        paragraph = _paragraph(document, line.text)
        if position == 0:
            paragraph.paragraph_format.page_break_before = True
    _paragraph(document, plan.division.title, bold=True, centre=True, size=size + 2)
    _table(document, plan.division, spec, list(plan.division.groups), True, width_cm)


def _render_line(document, line: Line, size: float, lists: _WordLists | None = None) -> None:
    bold = line.kind in ("section", "heading")
    _numbered_paragraph(document, line.text, lists if line.kind != "field" else None, bold=bold, indent=2 * size)


def _numbered_paragraph(document, text: str, lists: _WordLists | None, **style) -> None:
    label, rest = lists.split(text) if lists else (None, text)
    paragraph = _paragraph(document, rest, **style)
    if label:
        lists.number(paragraph, label)


def _render_cover(document, lines: tuple[Line, ...], size: float) -> None:
    """The covering notice: its number and title centred, the addressees flush left, its paragraphs
    indented, the signature and date flush right; 附件 (its last line) opens a new page over the plan."""
    for position, line in enumerate(lines):
        paragraph = _paragraph(document, line.text, bold=line.kind == "notice-title",
                               centre=line.kind in ("number", "notice-title"),
                               indent=2 * size if line.kind == "body" else None,
                               size=size + 4 if line.kind == "notice-title" else None)
        if line.kind == "sign":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if position == len(lines) - 1:
            paragraph.paragraph_format.page_break_before = True


def render_docx(plan: Plan, spec: LayoutSpec, path: Path) -> None:
    document, width_cm, size = _new_document(spec)
    _furniture(document, _value(spec, "furniture"), plan.running_title)
    _render_cover(document, plan.cover, size)
    for line in plan.title_lines or (plan.title,):
        _paragraph(document, line, bold=True, centre=True, size=size + 4)
    lists = _WordLists(document) if spec.list_numbering == "word" else None
    if isinstance(plan, TablePlan):
        _render_table(document, plan, spec, width_cm, lists)
    else:
        _render_prose(document, plan, size, lists)
        _render_division(document, plan, spec, size, width_cm)
    document.save(path)

