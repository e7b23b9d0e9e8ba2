"""Read a Word document (DOCX) into a :class:`~pilotplans.layout.Layout`.

The body is walked in document order: each ``w:p`` becomes a :class:`Paragraph`, each ``w:tbl``
a :class:`Grid`. Merged cells are placed on the table's grid columns and expanded by
:func:`~pilotplans.layout.expand_spans`: a ``gridSpan`` cell is repeated in every column it covers
(copies ``merged_from="left"``), a ``vMerge`` continuation makes a rowspan of the cell it
continues, whose text it repeats (``merged_from="above"``). Columns a row leaves out
(``gridBefore``/``gridAfter``, short rows) are filled with empty cells, so every row of a grid
has the same width. Text rules: ``w:br`` and ``w:cr`` give ``"\\n"``, ``w:tab`` gives ``"\\t"``,
each paragraph is stripped at its ends and empty paragraphs are dropped; a table nested in a
cell is flattened into that cell's paragraphs, except in a table of one cell, a frame drawn round
what it holds, whose blocks are read as the body's; text boxes anchored in a paragraph follow it as
paragraphs of their own. Headers and footers are not part of the body and are never read.
DOCX has no pages, so every :class:`Where` is empty and ``Row.after_break`` is never set.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from itertools import islice
from typing import TYPE_CHECKING, Literal

from pilotplans.errors import UnreadableFile
from pilotplans.layout import MAX_GRID_COLUMNS, Block, Cell, Grid, Layout, Paragraph, Row, SpanningCell, expand_spans
from pilotplans.parsers.docx_numbering import ListNumbers
from pilotplans.parsers.wordml import child as _child
from pilotplans.parsers.wordml import properties as _properties
from pilotplans.parsers.wordml import w as _w
from pilotplans.patterns import compiled

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from lxml.etree import _Element

_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# python-docx's error for another main part (a pattern compiled by ``re`` only when a file fails)
_CONTENT_TYPE_ERROR = r"is not a Word file, content type is '([^']+)'"


# Containers that only wrap content (content controls, custom XML, smart tags, inserted runs).
_WRAPPERS = frozenset({_w("sdt"), _w("sdtContent"), _w("customXml"), _w("smartTag"), _w("ins")})
# Subtrees whose text is not printed in the paragraph itself (``w:rt`` is the small reading a
# ruby prints above its base text, not part of the sentence).
_NOT_PRINTED = frozenset(
    {_w("del"), _w("moveFrom"), _w("txbxContent"), _w("pPr"), _w("rPr"), _w("rt"), f"{{{_MC}}}Fallback"}
)
# Names the walk compares every element's tag with (made once, not per comparison).
_P, _TBL, _T, _TAB, _PTAB, _BR, _CR, _NO_BREAK_HYPHEN, _SYM, _TYPE, _R, _SDT = (
    _w(local) for local in ("p", "tbl", "t", "tab", "ptab", "br", "cr", "noBreakHyphen", "sym", "type", "r", "sdt"))
_ALT_CHUNK, _RPR = _w("altChunk"), _w("rPr")
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
# Break types that end a line (page and column breaks are layout, not text).
_LINE_BREAK_TYPES = frozenset({None, "textWrapping"})


class _TableTooWide(Exception):
    def __init__(self, columns: int) -> None:
        self.columns = columns


def read_docx(data: bytes, source: str) -> Layout:
    """The layout of the DOCX file ``data``; ``source`` names the file in errors and provenance."""
    document = _document(data, source)
    numbers = ListNumbers.read(_part_element(document, "numbering_part"), _styles_element(document))
    try:
        blocks = tuple(_body_blocks(document.element.body, numbers, _chunk_reader(document, source)))
    except _TableTooWide as wide:
        raise UnreadableFile(source, f"corrupt DOCX: a table reaches grid column {wide.columns:,}, beyond the "
                                     f"{MAX_GRID_COLUMNS:,} a table can have (a damaged tblGrid, gridSpan, gridBefore or gridAfter)") from None
    from pilotplans.parsers.text.cells import paragraph_tables

    # a table pasted as paragraphs, one cell to a paragraph (copied from a web page into Word)
    return Layout(source=source, format="docx", blocks=paragraph_tables(blocks, source))


def _part_element(document: DocxDocument, name: str) -> _Element | None:
    """The root element of an optional part of the package (numbering), or None if it has none."""
    try:
        return getattr(document.part, name).element
    except (KeyError, NotImplementedError, AttributeError, ValueError):
        return None


def _styles_element(document: DocxDocument) -> _Element | None:
    try:
        return document.styles.element
    except (KeyError, NotImplementedError, AttributeError, ValueError):
        return None


# Main parts of WordprocessingML packages python-docx does not open though their markup is a
# document's: macro-enabled documents (.docm) and templates (.dotx, .dotm), often renamed .docx.
_OTHER_WORD_MAIN_TYPES = (
    b"application/vnd.ms-word.document.macroEnabled.main+xml",
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
_DOCUMENT_MAIN_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
# Strict Open XML (ISO/IEC 29500 Strict, Word's "Strict Open XML Document") names its vocabularies
# http://purl.oclc.org/ooxml/<area>/<name> where a transitional DOCX has
# http://schemas.openxmlformats.org/<area>/2006/<name>; the elements the reader needs are the same.
_STRICT_NAMESPACE = re.compile(rb"http://purl\.oclc\.org/ooxml/(\w+)/(\w+)")


def _as_transitional_docx(data: bytes) -> bytes | None:
    """``data`` rewritten as an ordinary DOCX when it is a Word package python-docx does not open
    (a macro-enabled document, a template, Strict Open XML), else None."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = {info.filename: archive.read(info) for info in archive.infolist()}
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, KeyError):
        return None
    types = parts.get("[Content_Types].xml", b"")
    strict = _STRICT_NAMESPACE.search(parts.get("_rels/.rels", b"")) is not None
    other_type = next((t for t in _OTHER_WORD_MAIN_TYPES if t in types), None)
    if not strict and other_type is None:
        return None
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in parts.items():
            if name == "[Content_Types].xml" and other_type is not None:
                content = content.replace(other_type, _DOCUMENT_MAIN_TYPE)
            elif strict and name.endswith((".xml", ".rels")):
                content = _STRICT_NAMESPACE.sub(rb"http://schemas.openxmlformats.org/\1/2006/\2", content)
            archive.writestr(name, content)
    return buffer.getvalue()


def _document(data: bytes, source: str) -> DocxDocument:
    """The document, with a body, or :class:`UnreadableFile` naming the cause. A Word package
    python-docx does not open (:func:`_as_transitional_docx`) is opened as the DOCX it amounts to."""
    try:
        return _opened_document(data, source)
    except UnreadableFile:
        transitional = _as_transitional_docx(data) if data.startswith(b"PK") else None
        if transitional is None:
            raise
        return _opened_document(transitional, source)


def _opened_document(data: bytes, source: str) -> DocxDocument:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    if not data:
        raise UnreadableFile(source, "empty file (0 bytes), not a DOCX")
    if data.startswith(_OLE_MAGIC):
        raise UnreadableFile(
            source, "not a DOCX: an OLE compound file (a legacy .doc/.wps or a password-protected DOCX)"
        )
    if not data.startswith(b"PK"):
        raise UnreadableFile(source, "not a DOCX: the file is not a zip package")
    try:
        document = docx.Document(io.BytesIO(data))
    except etree.XMLSyntaxError as exc:
        raise UnreadableFile(source, f"corrupt DOCX: malformed XML in {_malformed_part(data)} ({exc})") from None
    except (KeyError, PackageNotFoundError) as exc:
        raise UnreadableFile(source, _missing_part(exc)) from None
    except zlib.error:
        raise UnreadableFile(source, "corrupt DOCX (damaged compressed data in the zip)") from None
    except (NotImplementedError, RuntimeError) as exc:
        raise UnreadableFile(source, f"unsupported DOCX zip package ({exc})") from None
    except ValueError as exc:
        if re.search(_CONTENT_TYPE_ERROR, str(exc)):
            raise UnreadableFile(source, f"not a Word document: {_wrong_content_type(exc)}") from None
        raise UnreadableFile(source, "corrupt or truncated DOCX (bad zip file)") from None
    except (zipfile.BadZipFile, EOFError, OSError, struct.error):
        raise UnreadableFile(source, "corrupt or truncated DOCX (bad zip file)") from None
    if document.element.body is None:
        raise UnreadableFile(source, "corrupt DOCX: the document part has no body")
    return document


def _malformed_part(data: bytes) -> str:
    """Which part of the package holds the malformed XML python-docx stumbled on (it does not
    say): the document part, else the first other XML part that does not parse."""
    from docx.oxml.parser import oxml_parser
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = [name for name in archive.namelist() if name.endswith((".xml", ".rels"))]
        names.sort(key=lambda name: name != "word/document.xml")
        for name in names:
            try:
                etree.fromstring(archive.read(name), oxml_parser)
            except etree.XMLSyntaxError:
                return "the document part" if name == "word/document.xml" else name
    return "the document part"


def _missing_part(exc: Exception) -> str:
    """The cause of a package lookup error: no OPC package at all, or a part missing from one."""
    match = re.search(r"no item named '([^']+)'", str(exc))
    if match is None or match.group(1) == "[Content_Types].xml":
        return "not a Word document: the zip package has no [Content_Types].xml"
    return f"corrupt DOCX: the zip package has no {match.group(1)}, which the package refers to"


def _wrong_content_type(exc: Exception) -> str:
    """What python-docx's content-type error says the main part is, in one phrase."""
    match = re.search(_CONTENT_TYPE_ERROR, str(exc))
    return f"its main part is {match.group(1)}" if match else str(exc)


ChunkReader = Callable[["_Element"], "tuple[Block, ...]"]


def _chunk_reader(document: DocxDocument, source: str) -> ChunkReader:
    """What reads the blocks of an embedded chunk (``w:altChunk``: a web page, text or another
    DOCX that Word imports when it opens the file, as systems that make DOCX from web pages do):
    the reader of its format; a chunk of another kind (RTF, MHTML) is refused, naming it, rather
    than its text silently left out."""

    def read(alt: _Element) -> tuple[Block, ...]:
        part = document.part.related_parts.get(alt.get(_R_ID) or "")
        if part is None:
            raise UnreadableFile(source, "corrupt DOCX: an embedded chunk (w:altChunk) names a part the package does not hold")
        kind = part.content_type
        if kind in ("text/html", "application/xhtml+xml"):
            from pilotplans.parsers.html import read_html

            return read_html(part.blob, source).blocks
        if kind == "text/plain":
            from pilotplans.ingest.detect import decode_text
            from pilotplans.parsers.colons import PrintedColons, fold_colons, printed_blocks
            from pilotplans.parsers.text import read_text

            # read folded (a label's ∶ as ：), as every text is, then written back as printed: the document's own fold
            # reads it again, and its records keep the printed character (ingest/printed.py)
            printed = decode_text(part.blob, source)
            folded = fold_colons(printed)
            blocks = read_text(folded, source).blocks
            return printed_blocks(blocks, PrintedColons(folded=folded, printed=printed)) if folded != printed else blocks
        if kind.endswith("wordprocessingml.document.main+xml") or kind.endswith("wordprocessingml.document"):
            return read_docx(part.blob, source).blocks
        raise UnreadableFile(source, f"its text is in an embedded chunk of type {kind} (w:altChunk), which is not read: "
                                     "open it in Word or WPS and save it as DOCX again")

    return read


def _body_blocks(body: _Element, numbers: ListNumbers, chunks: ChunkReader) -> Iterator[Block]:
    """Paragraphs and grids of the body, in document order."""
    carried: list[str] = []
    for element in _block_elements(body):
        if element.tag != _P and carried:
            yield from (Paragraph(text) for text in [_flushed(carried)] if text)
        if element.tag == _ALT_CHUNK:
            yield from chunks(element)
        elif element.tag == _TBL:
            frame = _frame_cell(element)
            if frame is not None:
                yield from _body_blocks(frame, numbers, chunks)
            else:
                yield _grid(element, numbers)
        else:
            for text in _paragraph_texts(element, numbers, carried):
                yield Paragraph(text)
    yield from (Paragraph(text) for text in [_flushed(carried)] if text)


def _flushed(carried: list[str]) -> str:
    """The text carried from paragraphs whose mark was deleted, emptying the carry."""
    text = "".join(carried).strip()
    carried.clear()
    return text


def _frame_cell(tbl: _Element) -> _Element | None:
    """The one cell of ``tbl`` if the table is a frame drawn round a table (one row of one cell
    holding a table: a box a plan's author put the attachment in), else None. What the frame
    holds is read as blocks of the body, so the table inside stays a grid."""
    rows = list(islice(_row_elements(tbl), 2))  # one row or more: the rows after the second are not read
    cells = list(_cell_elements(rows[0])) if len(rows) == 1 else []
    if len(cells) != 1 or _property(_properties(cells[0], "tcPr"), "gridSpan", default=1) > 1:
        return None
    return cells[0] if any(element.tag == _TBL for element in _block_elements(cells[0])) else None


def _block_elements(parent: _Element) -> Iterator[_Element]:
    """The ``w:p`` and ``w:tbl`` children of ``parent``, looking through wrapper elements."""
    for child in parent:
        if child.tag in (_P, _TBL, _ALT_CHUNK):
            yield child
        elif child.tag in _WRAPPERS and not _shows_placeholder(child):
            yield from _block_elements(child)


def _shows_placeholder(element: _Element) -> bool:
    """Whether ``element`` is a content control still showing its placeholder (``w:showingPlcHdr``:
    the grey prompt of a template, 单击或点击此处输入文字, that nobody filled in)."""
    if element.tag != _SDT:
        return False
    sdtPr = _child(element, "sdtPr")
    return sdtPr is not None and _is_on(_child(sdtPr, "showingPlcHdr"))


def _is_hidden(run: _Element) -> bool:
    """Whether the run ``run`` is hidden text (``w:vanish`` in its own properties), which Word
    neither shows nor prints. Only a ``w:vanish`` inside the paragraph hides a run here, so a
    paragraph holding none skips this check (:func:`_paragraph_texts`); a rule that reads hiding
    from a character style (``w:rStyle``) would have to drop that shortcut."""
    rPr = run[0] if len(run) else None  # a run's properties come first (the schema's order)
    return rPr is not None and rPr.tag == _RPR and _is_on(_child(rPr, "vanish"))


def _is_on(toggle: _Element | None) -> bool:
    """Whether a toggle property (``<w:vanish/>``, ``w:val="true"``) is present and not switched off."""
    return toggle is not None and toggle.get(_w("val"), "true") not in ("0", "false", "off")


def _paragraph_texts(p: _Element, numbers: ListNumbers, carried: list[str]) -> list[str]:
    """The non-empty, stripped texts of paragraph ``p``: its own (after the label its list
    numbering prints, which a numbered paragraph with no text prints alone: the 序号 cell of a
    table numbered by Word), then those of its text boxes. A paragraph whose mark was deleted
    with tracked changes (``w:pPr/w:rPr/w:del``) runs on into the next one, which takes its text
    (``carried``) as Word joins them, under the next one's numbering. Its properties are found
    once, and one look through it tells whether it holds a field, a text box or hidden text (most
    hold none of them)."""
    pPr = _properties(p, "pPr")
    plain = next(p.iter(_FLD_CHAR, _TXBX_CONTENT, _VANISH), None) is None
    if _mark_deleted(pPr):
        carried.append(_printed_text(p, plain))
        own, label = "", None
    else:
        label = numbers.label(pPr)
        carried.append(_printed_text(p, plain))
        own = _flushed(carried)
    texts = [f"{label}{own}".strip() if label else own]
    for box in () if plain else _text_boxes(p):
        texts.extend(_cell_like_paragraphs(box, numbers))
    return [text for text in texts if text]


def _mark_deleted(pPr: _Element | None) -> bool:
    """Whether the mark ending the paragraph of properties ``pPr`` is deleted (or moved away) with
    tracked changes; read where the schema puts the properties, first in the paragraph."""
    if pPr is None or pPr.getprevious() is not None:
        return False
    rPr = _child(pPr, "rPr")
    return rPr is not None and (_child(rPr, "del") is not None or _child(rPr, "moveFrom") is not None)


def _printed_text(element: _Element, plain: bool = False) -> str:
    """The text a paragraph prints, with line breaks as ``"\\n"`` and tabs as ``"\\t"``;
    ``plain``: it holds no complex field (no page number to leave out) and no ``w:vanish`` (no run
    of it is hidden)."""
    if plain:
        return "".join(_printed_pieces(element, frozenset(), hidden_runs=False))
    return "".join(_printed_pieces(element, _page_number_runs(element)))


# Fields whose result is where the text falls on the page (its page number, the page count), not
# what the text says: Word recomputes it at every layout, and in a measure it glues a stray digit on.
_PAGE_FIELDS = frozenset({"PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION"})
_FLD_CHAR, _INSTR_TEXT, _FLD_SIMPLE = _w("fldChar"), _w("instrText"), _w("fldSimple")
_TXBX_CONTENT, _VANISH = _w("txbxContent"), _w("vanish")


def _is_page_field(instruction: str) -> bool:
    words = instruction.split()
    return bool(words) and words[0].upper() in _PAGE_FIELDS


def _page_number_runs(p: _Element) -> frozenset[_Element]:
    """The runs of ``p`` that show the result of a page-number field written as a complex field
    (``w:fldChar`` begin, ``w:instrText``, separate, result runs, end), nested fields included."""
    if next(p.iter(_FLD_CHAR), None) is None:
        return frozenset()
    skipped: set[_Element] = set()
    fields: list[list] = []  # open fields, innermost last: [instruction, showing its result]
    for run in p.iter(_R):
        marks = [element for element in run if element.tag in (_FLD_CHAR, _INSTR_TEXT)]
        for mark in marks:
            if mark.tag == _INSTR_TEXT:
                if fields:
                    fields[-1][0] += mark.text or ""
                continue
            kind = mark.get(_w("fldCharType"))
            if kind == "begin":
                fields.append(["", False])
            elif kind == "separate" and fields:
                fields[-1][1] = True
            elif kind == "end" and fields:
                fields.pop()
        if not marks and any(shown and _is_page_field(instruction) for instruction, shown in fields):
            skipped.add(run)
    return frozenset(skipped)


def _printed_pieces(element: _Element, skipped: frozenset[_Element] = frozenset(), *,
                    hidden_runs: bool = True) -> Iterator[str]:
    """The pieces of text ``element`` prints, leaving out the runs ``skipped`` and, unless
    ``hidden_runs`` is False (``element`` holds no ``w:vanish``), each run marked hidden."""
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _NOT_PRINTED:
            continue
        if (tag == _R and ((hidden_runs and _is_hidden(child)) or child in skipped)) or (tag == _SDT and _shows_placeholder(child)):
            continue
        if tag == _FLD_SIMPLE and _is_page_field(child.get(_w("instr")) or ""):
            continue
        if tag == _T:
            yield _as_printed(child.text or "")
        elif tag == _TAB or tag == _PTAB:
            yield "\t"
        elif tag == _BR:
            if child.get(_TYPE) in _LINE_BREAK_TYPES:
                yield "\n"
        elif tag == _CR:
            yield "\n"
        elif tag == _NO_BREAK_HYPHEN:
            yield "-"
        elif tag == _SYM:
            yield _symbol(child)
        else:
            yield from _printed_pieces(child, skipped, hidden_runs=hidden_runs)


def _as_printed(text: str) -> str:
    """``text`` of a ``w:t`` as it prints: without the format characters that print nothing
    (soft hyphen, zero-width space, byte order mark, direction marks: Unicode category Cf, left
    in text by converters and pasted from web pages, where they split a body's name in two), and
    a no-break space as the space it prints."""
    if text.isascii():
        return text
    return _INVISIBLE.sub("", text).replace("\xa0", " ")


_INVISIBLE = compiled(r"\p{Cf}")


def _symbol(sym: _Element) -> str:
    """The character of a ``w:sym`` element (a code point in hex, possibly in the F0xx range)."""
    code = sym.get(_w("char")) or ""
    try:
        return chr(int(code, 16))
    except ValueError:
        return ""


def _text_boxes(p: _Element) -> Iterator[_Element]:
    """The outermost ``w:txbxContent`` elements anchored in ``p``, skipping fallback duplicates."""
    skip = (_TXBX_CONTENT, f"{{{_MC}}}Fallback")
    for box in p.iter(_TXBX_CONTENT):
        path = []
        for ancestor in box.iterancestors():
            if ancestor is p:
                break
            path.append(ancestor.tag)
        if not any(tag in skip for tag in path):
            yield box


def _cell_like_paragraphs(container: _Element, numbers: ListNumbers) -> list[str]:
    """The paragraphs of a cell or text box, nested tables flattened cell by cell."""
    texts: list[str] = []
    carried: list[str] = []
    for element in _block_elements(container):
        if element.tag != _P and carried:
            texts.append(_flushed(carried))
        if element.tag == _TBL:
            for row in _row_elements(element):
                for tc in _cell_elements(row):
                    texts.extend(_cell_like_paragraphs(tc, numbers))
        elif element.tag == _P:
            texts.extend(_paragraph_texts(element, numbers, carried))
    if carried:
        texts.append(_flushed(carried))
    return [text for text in texts if text]


# --- tables -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _PlacedCell:
    """One ``w:tc`` placed on the table grid."""

    column: int
    span: int
    vmerge: Literal["restart", "continue"] | None
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class _PlacedRow:
    """A table row's cells placed on the grid's columns, and the first column after them."""

    cells: tuple[_PlacedCell, ...]
    end: int  # first grid column after the row's cells and its gridAfter


def _grid(tbl: _Element, numbers: ListNumbers) -> Grid:
    """The table ``tbl`` as a grid with merged cells expanded (by :func:`expand_spans`)."""
    declared = _declared_width(tbl)
    placed = [_fitted(_placed_row(tr, numbers), declared) for tr in _row_elements(tbl)]
    width = max([declared, *(row.end for row in placed)], default=0)
    if width > MAX_GRID_COLUMNS:  # checked before anything is expanded
        raise _TableTooWide(width)
    rows = expand_spans(_spanning_cells(placed), len(placed), width)
    return Grid(tuple(Row(cells) for cells in rows))


def _fitted(row: _PlacedRow, declared: int) -> _PlacedRow:
    """``row`` with the spans of its cells cut back where they carry it past the table's declared
    grid while its cells would fit it a column each (a ``gridSpan`` left over from a merge that was
    undone): each cell then stays under the column it is printed in, the last ones under the last
    columns' labels, instead of a column no label names. A row with more cells than the grid has
    columns keeps its spans (it widens the table), and so does a row reaching further past the grid
    than the grid is wide: no leftover of a merge, but damage (refused past
    :data:`~pilotplans.layout.MAX_GRID_COLUMNS`)."""
    excess = row.end - declared
    before = row.cells[0].column if row.cells else 0
    if declared <= 0 or not 0 < excess <= declared or before + len(row.cells) + (row.end - _cells_end(row)) > declared:
        return row
    spans = [cell.span for cell in row.cells]
    for i in reversed(range(len(spans))):  # the rightmost spans give back their columns first
        given = min(spans[i] - 1, excess)
        spans[i] -= given
        excess -= given
    cells, column = [], before
    for cell, span in zip(row.cells, spans):
        cells.append(replace(cell, column=column, span=span))
        column += span
    return _PlacedRow(tuple(cells), column + (row.end - _cells_end(row)))


def _cells_end(row: _PlacedRow) -> int:
    """The first grid column after the row's cells (before its ``gridAfter``)."""
    return row.cells[-1].column + row.cells[-1].span if row.cells else row.end


def _spanning_cells(rows: list[_PlacedRow]) -> list[SpanningCell]:
    """The cells of the table with their spans: a ``gridSpan`` is a colspan, and a ``vMerge``
    continuation adds a row to the span of the cell that starts above it in the same grid column
    (with the same width) and is itself vertically merged (``vMerge`` restart or continue); a
    continuation with no merged cell above to continue starts a merge of its own, as in Word: a
    first cell marked ``<w:vMerge/>`` where ``w:val="restart"`` belonged does not swallow the
    header cell above it."""
    cells: list[SpanningCell] = []
    open_at: dict[int, int] = {}  # grid column → index in ``cells`` of the merged cell that may go on below
    for r, row in enumerate(rows):
        still_open: dict[int, int] = {}
        for placed in row.cells:
            above = open_at.get(placed.column)
            if placed.vmerge is None:
                cells.append(SpanningCell(r, placed.column, Cell(placed.paragraphs), colspan=placed.span))
                continue
            if placed.vmerge == "continue" and above is not None and cells[above].colspan == placed.span:
                cells[above] = replace(cells[above], rowspan=cells[above].rowspan + 1)
                still_open[placed.column] = above
                continue
            cells.append(SpanningCell(r, placed.column, Cell(placed.paragraphs), colspan=placed.span))
            still_open[placed.column] = len(cells) - 1
        open_at = still_open
    return cells


def _children(parent: _Element, tag: str) -> Iterator[_Element]:
    """The ``tag`` children of ``parent``, looking through wrappers (content controls, insertions)."""
    for element in parent:
        if element.tag == tag:
            yield element
        elif element.tag in _WRAPPERS and not _shows_placeholder(element):
            yield from _children(element, tag)


def _row_elements(tbl: _Element) -> Iterator[_Element]:
    """The rows of ``tbl``, less those deleted with tracked changes (``w:trPr/w:del``): the row
    Word shows struck through is gone from the document once the changes are accepted."""
    for tr in _children(tbl, _w("tr")):
        trPr = _child(tr, "trPr")
        if trPr is None or _child(trPr, "del") is None:
            yield tr


def _cell_elements(tr: _Element) -> Iterator[_Element]:
    return _children(tr, _w("tc"))


def _declared_width(tbl: _Element) -> int:
    """The number of grid columns declared by ``w:tblGrid``."""
    grid = _child(tbl, "tblGrid")
    return 0 if grid is None else len(grid.findall(_w("gridCol")))


def _placed_row(tr: _Element, numbers: ListNumbers) -> _PlacedRow:
    """The cells of ``tr`` with the grid column each starts at. The row's and each cell's
    properties are found once (the child look-ups are a good part of reading a table)."""
    trPr = _child(tr, "trPr")
    column = _property(trPr, "gridBefore", default=0)
    cells: list[_PlacedCell] = []
    for tc in _cell_elements(tr):
        tcPr = _properties(tc, "tcPr")
        span = max(_property(tcPr, "gridSpan", default=1), 1)
        cells.append(_PlacedCell(column, span, _vmerge(tcPr), tuple(_cell_like_paragraphs(tc, numbers))))
        column += span
    return _PlacedRow(tuple(cells), column + _property(trPr, "gridAfter", default=0))


def _property(properties: _Element | None, name: str, default: int) -> int:
    """The number a row's or cell's properties (``w:trPr``, ``w:tcPr``; None: none) give ``name``."""
    return _int_value(None if properties is None else _child(properties, name), default=default)


def _int_value(element: _Element | None, default: int) -> int:
    if element is None:
        return default
    try:
        return int(element.get(_w("val"), default))
    except ValueError:
        return default


def _vmerge(tcPr: _Element | None) -> Literal["restart", "continue"] | None:
    """``"restart"`` or ``"continue"`` for a vertically merged cell (of properties ``tcPr``), else None."""
    element = None if tcPr is None else _child(tcPr, "vMerge")
    if element is None:
        return None
    return "restart" if element.get(_w("val")) == "restart" else "continue"
