"""Print a real page saved as text (a blind round's fixture) in the forms notices are published in
— a site's HTML page, a DOCX, the PDF LibreOffice prints from that DOCX — and read each form back
against the text form's reading (bench/formats_agree.py, tests/test_real_pages_in_every_form.py).

html  a government site's page: a header and navigation, the page's lines as ``<p>`` paragraphs (or
      one ``<p>`` of ``<br>`` lines, as older CMSs print them), a footer;
docx  one paragraph a line, a section or part heading (一、 / （一） / 第一章) bold, a run of `` | ``
      rows a Word table, the page number in the footer (the page set-up of :mod:`.render_docx`);
pdf   that DOCX printed by LibreOffice (A4, Noto Serif CJK SC: page breaks fall where they fall,
      mid-item too).

A bureau's print (:func:`bureau_print`, bench/prose_blind_score.py ``--pdf``) sets the page as a 公文
is set instead: 三号 on GB/T 9704's margins, lines justified, headings in a sans face, the issuer's
name heading every page over the ``— N —`` footer; its PDF is scored against the round's key.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from html import escape
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm

from pilotplans.errors import NoTaskTable, PilotplansError
from pilotplans.ingest.pipeline import read_document, read_layout
from pilotplans.parsers.metadata import read_metadata
from tests.layouts.generate import print_pdfs, soffice
from tests.layouts.render_docx import _furniture, _new_document, _paragraph
from tests.layouts.render_html import INDENT
from tests.layouts.spec import LayoutSpec

META_FIELDS = ("title", "doc_no", "issuer", "date", "level", "region")
FORMS = ("html", "docx", "pdf")

HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[章部分节])")
HEADING_MAX = 40
"""A line opening with a section or part label (一、 / （一） / 第一章) and at most this long is a
heading, printed bold as sites and Word files print them."""


@dataclass(frozen=True)
class Block:
    """A paragraph line, or a run of table rows (each a list of cells)."""

    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()

    @property
    def heading(self) -> bool:
        return not self.rows and len(self.text) <= HEADING_MAX and bool(HEADING.match(self.text))


RULE_ROW = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")
"""A Markdown rule row (``|---|:--:|``): it draws the line under a header, no row of its own."""

NUMBER = re.compile(r"^\d{1,4}[.、]?$")
"""A row's number as its cell prints it."""

LABEL_MAX = 12
"""A header's label is short: 序号, 工作任务, 工作举措及实施计划 (nine characters)."""


def _is_row(line: str) -> bool:
    """A line of a table as the text form keeps it: cells joined by `` | ``."""
    return line.count(" | ") >= 1 or line.rstrip().endswith(" |")


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split(" | ")]


def _is_header(cells: Sequence[str]) -> bool:
    """A row of labels: every cell short and none printing a figure."""
    return all(len(cell) <= LABEL_MAX and not re.search(r"\d", cell) for cell in cells)


def _tables(rows: list[tuple[str, ...]]) -> list[tuple[tuple[str, ...], ...]]:
    """A run of rows cut into the tables it holds: a new table opens at a header row wider or
    narrower than the row above and as wide as the numbered row under it (an information table
    索引号 | … four cells wide, then the task table 序号 | 实事项目 | … five, its row 1 | …), and a
    table flattened one cell a line
    (every row a cell) is cut into rows as wide as its header."""
    cuts = [0] + [i for i in range(1, len(rows)) if len(rows[i]) != len(rows[i - 1]) and _is_header(rows[i])
                  and i + 1 < len(rows) and len(rows[i + 1]) == len(rows[i]) > 1 and bool(NUMBER.match(rows[i + 1][0]))]
    tables = [rows[a:b] for a, b in zip(cuts, [*cuts[1:], len(rows)])]
    return [tuple(_cell_a_line(table)) if all(len(row) == 1 for row in table) else tuple(table) for table in tables]


def _cell_a_line(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The rows of a table flattened one cell a line: as wide as its header (the cells before the first
    number, the header's first label 序号), where every row then opens with a rising number; else
    the cells as printed, one a row."""
    cells = [row[0] for row in rows]
    width = next((i for i, cell in enumerate(cells) if NUMBER.match(cell)), 0)
    if width < 2 or (len(cells) - width) % width or not _is_header(cells[:width]):
        return rows
    chunks = [tuple(cells[i:i + width]) for i in range(0, len(cells), width)]
    numbers = [chunk[0] for chunk in chunks[1:]]
    if not all(NUMBER.match(n) for n in numbers) or any(
            int(b.rstrip(".、")) <= int(a.rstrip(".、")) for a, b in zip(numbers, numbers[1:])):
        return rows
    return chunks


def blocks(text: str) -> list[Block]:
    """The page's non-blank lines, a run of two or more table rows a table block or several
    (:func:`_tables`; a bar alone on a line closes the line right above it, and a line opening with
    ``|`` right under a row not closed by one is that row going on: the saved text broke a cell's
    line there; under a closed row it is a row of its own, as Markdown prints each row between bars;
    a Markdown rule row is dropped)."""
    lines: list[str] = []
    joins = False
    for line in (line.strip() for line in text.splitlines()):
        if not line or RULE_ROW.match(line):
            joins = joins and bool(line)
            continue
        if joins and (line == "|" or line.startswith("|") and not lines[-1].endswith("|") and _is_row(lines[-1])):
            lines[-1] = lines[-1].rstrip(" |") + " " + line
        else:
            lines.append(line)
        joins = True
    out: list[Block] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _is_row(lines[j]):
            j += 1
        if j - i >= 2:
            out += [Block(rows=table) for table in _tables([tuple(_cells(line)) for line in lines[i:j]])]
            i = j
            continue
        out.append(Block(text=lines[i]))
        i += 1
    return out


SITE_TOP = ['<div class="header"><img src="/images/banner.jpg" alt="">', '<ul class="nav"><li><a href="/">首页</a></li>'
            '<li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/bsfw/">办事服务</a></li>'
            '</ul></div>', '<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>']
SITE_BOTTOM = ['<div class="footer"><p>主办单位：本站 版权所有</p><p>网站标识码：0000000000 <a href="#">网站地图</a></p></div>']


def render_html(page: list[Block], path: Path, br_lines: bool) -> None:
    """A site's page: header, the article (``<p>`` a line, or one ``<p>`` of ``<br>`` lines), footer."""
    article: list[str] = []
    lines: list[str] = []
    for block in page:
        if block.rows:
            if lines:
                article.append("<p>" + "<br>\n".join(lines) + "</p>")
                lines = []
            article.append('<table border="1" cellspacing="0" cellpadding="4">')
            article += ["<tr>" + "".join(f"<td><p>{escape(c)}</p></td>" for c in row) + "</tr>" for row in block.rows]
            article.append("</table>")
        elif br_lines:
            lines.append(INDENT + escape(block.text))
        else:
            text = escape(block.text)
            article.append(f"<p><strong>{text}</strong></p>" if block.heading else f'<p style="text-indent:2em">{text}</p>')
    if lines:
        article.append("<p>" + "<br>\n".join(lines) + "</p>")
    page_html = ["<!DOCTYPE html>", '<html lang="zh-CN">', '<head><meta charset="utf-8"><title>政务公开</title></head>',
                 "<body>", *SITE_TOP, '<div class="article">', *article, "</div>", *SITE_BOTTOM, "</body>", "</html>"]
    path.write_text("\n".join(page_html), encoding="utf-8")


DOCX_SPEC = LayoutSpec(seed=0, source="real", form="prose", format="docx", first=0, count=0,
                       font="Noto Serif CJK SC", size=14.0)
"""The page set-up: A4, 仿宋-sized (三号 is 16 pt; 14 pt keeps a page's worth of lines) Noto Serif CJK."""


@dataclass(frozen=True)
class Print:
    """How a page is set as a DOCX before LibreOffice prints it: the body's size, its lines justified
    (spread to both margins, as bureaus print: the gaps between characters grow) or ragged, the
    running header (the issuer's name; "" for none), the margins and the headings' face."""

    size: float = 14.0
    justified: bool = False
    header: str = ""
    margins_cm: tuple[float, float, float, float] | None = None
    """top, bottom, left, right; ``None`` for :mod:`.render_docx`'s."""
    heading_font: str = ""
    """The face a heading is set in, not bold ("" for the body's, bold)."""


PLAIN = Print()
"""The print bench/formats_agree.py has read since it began."""

BUREAU_MARGINS_CM = (3.7, 3.5, 2.8, 2.6)
"""A 公文's page: top, bottom, left and right margins of GB/T 9704 (22 lines of 28 characters in 三号)."""


def bureau_print(issuer: str) -> Print:
    """A bureau's print of a plan: 三号 (16 pt) on GB/T 9704's margins, lines justified, headings in a
    sans face (黑体's stand-in), ``issuer`` heading every page and ``— N —`` at every foot."""
    return Print(size=16.0, justified=True, header=issuer, margins_cm=BUREAU_MARGINS_CM,
                 heading_font="Noto Sans CJK SC")


def render_docx(page: list[Block], path: Path, style: Print = PLAIN) -> None:
    """One paragraph a line (headings bold, or in ``style``'s heading face; first-line indent two
    ems), a table a table, the page number in the footer (— N —) and ``style``'s running header."""
    document, _width, size = _new_document(replace(DOCX_SPEC, size=style.size))
    _furniture(document, "dash-page", "")
    if style.header:
        _furniture(document, "running-title", style.header)
    section = document.sections[0]
    if style.margins_cm:
        for side, cm in zip(("top_margin", "bottom_margin", "left_margin", "right_margin"), style.margins_cm):
            setattr(section, side, Cm(cm))
    for index, block in enumerate(page):
        if block.rows:
            if index and page[index - 1].rows:  # two tables one after the other: Word keeps them apart by a paragraph
                document.add_paragraph()
            columns = max(len(row) for row in block.rows)
            table = document.add_table(rows=len(block.rows), cols=columns)
            table.style = "Table Grid"
            for row, cells in zip(table.rows, block.rows):
                for cell, text in zip(row.cells, cells):
                    cell.paragraphs[0].text = text
            continue
        face = style.heading_font if block.heading else ""
        paragraph = _paragraph(document, block.text, bold=block.heading and not face,
                               indent=None if block.heading else 2 * size)
        if face:
            run = paragraph.runs[0]
            run.font.name = face
            run.element.rPr.rFonts.set(qn("w:eastAsia"), face)
        if style.justified and not block.heading:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    document.save(path)


def print_bureau_pdfs(pages: Sequence[tuple[Path, str]], out: Path) -> dict[Path, Path]:
    """Each page (its text and its issuer's name) as a bureau prints it (:func:`bureau_print`): its
    DOCX and the PDF LibreOffice prints from it (one call for all), named ``<round>--<page>`` in
    ``out``."""
    docx = {}
    for page, issuer in pages:
        docx[page] = out / f"{page.parent.name}--{page.stem}.docx"
        render_docx(blocks(page.read_text(encoding="utf-8")), docx[page], bureau_print(issuer))
    print_pdfs(list(docx.values()), out)
    return {page: path.with_suffix(".pdf") for page, path in docx.items()}


@dataclass
class Reading:
    """What the reader made of one form of a page."""

    meta: dict[str, str]
    refused: str = ""
    measures: list[tuple[str, str, frozenset[str]]] = field(default_factory=list)
    """(number as printed, text, owners) a measure."""


def meta_of(document: object) -> dict[str, str]:
    """The :data:`META_FIELDS` of a read document (or of the metadata read of a refused page) as text:
    a read value's ``value`` when it has one, "" for none."""
    meta = {}
    for key in META_FIELDS:
        value = getattr(document, key, None)
        value = getattr(value, "value", value)
        meta[key] = "" if value is None else str(value)
    return meta


def read(path: Path) -> Reading:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            document = read_document(path)
        except NoTaskTable:  # a refused page: its metadata as the reader reads the page's
            layout = read_layout(path.read_bytes(), str(path))
            return Reading(meta_of(read_metadata(list(layout.paragraphs), grids=layout.grids, site=layout.site)),
                           refused="NoTaskTable")
        except PilotplansError as error:
            return Reading({k: "" for k in META_FIELDS}, refused=type(error).__name__)
    meta = meta_of(document)
    measures = [(m.number_raw or "", m.text, frozenset(f"{d.raw}:{d.role}" for d in m.departments))
                for m in document.measures]
    return Reading(meta, measures=measures)


def differences(base: Reading, other: Reading) -> list[tuple[str, str]]:
    """(kind, detail) for every way ``other`` reads differently from ``base``."""
    out = [(f"meta:{k}", f"{base.meta[k]!r} → {other.meta[k]!r}") for k in META_FIELDS if base.meta[k] != other.meta[k]]
    if base.refused != other.refused:
        out.append(("refusal", f"{base.refused or 'read'} → {other.refused or 'read'}"))
    if len(base.measures) != len(other.measures):
        out.append(("count", f"{len(base.measures)} → {len(other.measures)}"))
    for i, (a, b) in enumerate(zip(base.measures, other.measures), 1):
        if a[0] != b[0]:
            out.append(("number", f"#{i}: {a[0]!r} → {b[0]!r}"))
        if a[1] != b[1]:
            same = re.sub(r"\s", "", a[1]) == re.sub(r"\s", "", b[1])
            out.append(("text-space" if same else "text", f"#{i}: {_cut(a[1], b[1])}"))
        if a[2] != b[2]:
            out.append(("owners", f"#{i}: {sorted(a[2] - b[2])} → {sorted(b[2] - a[2])}"))
    return out


def _cut(a: str, b: str) -> str:
    """Where two texts part: a few characters either side."""
    k = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return f"…{a[max(0, k - 12):k + 20]!r} → …{b[max(0, k - 12):k + 20]!r}"


def render_all(texts: Sequence[Path], out: Path) -> dict[Path, dict[str, Path]]:
    """Every page in every form, named ``<round>--<page>.<ext>`` in ``out`` (every other page's HTML
    in ``<br>`` lines; the PDFs printed in one LibreOffice call, none without LibreOffice)."""
    forms: dict[Path, dict[str, Path]] = {}
    docx = []
    for index, page in enumerate(texts):
        stem = f"{page.parent.name}--{page.stem}"
        content = blocks(page.read_text(encoding="utf-8"))
        forms[page] = {"text": page, "html": out / f"{stem}.html", "docx": out / f"{stem}.docx"}
        render_html(content, forms[page]["html"], br_lines=index % 2 == 1)
        render_docx(content, forms[page]["docx"])
        docx.append(forms[page]["docx"])
    if soffice() is not None:
        print_pdfs(docx, out)
        for entry in forms.values():
            entry["pdf"] = entry["docx"].with_suffix(".pdf")
    return forms

