"""Read one file into a Document: detect → read into a Layout → interpret."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from pilotplans.errors import NO_TASKS_FOUND, NoTaskTable, UnreadableFile
from pilotplans.ingest.ids import ID_RULE, UNDECODED_NAME, id_fault, shown_as_typed
from pilotplans.ingest.limits import DEFAULT_LIMITS, Limits, check_file_size, check_layout, check_zip

if TYPE_CHECKING:  # imported where they are used: naming a file's id needs none of them
    from pilotplans.layout import Layout
    from pilotplans.parsers.interpret import DocumentHints
    from pilotplans.parsers.colons import PrintedColons
    from pilotplans.parsers.ocr import OcrSettings
    from pilotplans.parsers.pdf import PdfSettings
    from pilotplans.schema.models import Document, SourceFile

Progress = Callable[[int, int], None]


def read_layout(data: bytes, source: str, settings: PdfSettings | None = None, limits: Limits = DEFAULT_LIMITS, *,
                ocr: OcrSettings | None = None, progress: Progress | None = None) -> Layout:
    """The Layout of a file's bytes, whatever its format; ``settings`` tune the PDF reader; a
    DOCX whose parts would inflate beyond ``limits`` is refused before anything is inflated;
    ``ocr`` says which pages are read through OCR (scans, image files), ``progress`` hears of each
    page recognised. A colon printed as a look-alike (∶, ﹕, …) is read as ``：`` in every format
    (:mod:`pilotplans.parsers.colons`)."""
    return _read_layout_printed(data, source, settings, limits, ocr=ocr, progress=progress)[0]


def _read_layout_printed(data: bytes, source: str, settings: PdfSettings | None, limits: Limits, *,
                         ocr: OcrSettings | None, progress: Progress | None) -> tuple[Layout, PrintedColons | None]:
    """The Layout :func:`read_layout` gives, and where it read look-alike colons as ``：``, the page's text as
    folded and as printed (None where it printed none), so a record's wording can be given back as printed."""
    from pilotplans.parsers.colons import PrintedColons, layout_colons, layout_texts

    layout, text = _format_layout(data, source, settings, limits, ocr=ocr, progress=progress)
    if text is not None:  # a text, folded before its readers looked for labels (:func:`_format_layout`)
        printed, folded = text
        return layout, (PrintedColons(folded=folded, printed=printed) if folded != printed else None)
    folded_layout = layout_colons(layout)
    if folded_layout is layout:
        return layout, None
    return folded_layout, PrintedColons(folded=layout_texts(folded_layout), printed=layout_texts(layout))


def _format_layout(data: bytes, source: str, settings: PdfSettings | None, limits: Limits, *,
                   ocr: OcrSettings | None, progress: Progress | None) -> tuple[Layout, tuple[str, str] | None]:
    """The Layout the reader of the bytes' format makes of them, as :func:`read_layout` says, and a text
    file's decoded text as printed and with its look-alike colons folded, which its reader read (None for
    other formats)."""
    from pilotplans.ingest.detect import decode_text, detect_format

    fmt = detect_format(data, source)
    if fmt == "text":
        from pilotplans.parsers.text import read_text

        from pilotplans.parsers.colons import fold_colons

        decoded = decode_text(data, source)
        folded = fold_colons(decoded)  # folded once: read_text's own fold then finds none left (but between figures)
        return read_text(folded, source), (decoded, folded)
    if fmt == "html":
        from pilotplans.parsers.html import read_html

        return without_mojibake(read_html(data, source)), None
    if fmt == "docx":
        from pilotplans.parsers.docx import read_docx

        check_zip(data, source, limits)
        return without_mojibake(read_docx(data, source)), None
    if fmt == "xlsx":
        from pilotplans.parsers.workbook import read_workbook

        check_zip(data, source, limits)
        return without_mojibake(read_workbook(data, source)), None
    from pilotplans.parsers.ocr import DEFAULT_OCR, read_image
    from pilotplans.parsers.pdf import DEFAULT_SETTINGS, read_pdf

    if fmt == "image":
        from pilotplans.ingest.signatures import signatures

        kind = signatures().identify(data)
        return read_image(data, source, kind.name if kind else "image", settings or DEFAULT_SETTINGS, ocr or DEFAULT_OCR,
                          progress), None
    return without_mojibake(read_pdf(data, source, settings or DEFAULT_SETTINGS, ocr or DEFAULT_OCR, progress)), None


def sheets_hold_no_task_table(layout: Layout) -> str:
    """The refusal of a workbook none of whose sheets is a task table, naming the sheets read."""
    sheets = list(dict.fromkeys(block.where.sheet for block in layout.blocks if block.where.sheet is not None))
    return (f"no sheet of the workbook is a task table (sheets read: {'、'.join(sheets)}): no header row with "
            f"序号/具体举措/责任单位 or similar, and no numbered item naming its 责任单位/牵头单位")


def without_mojibake(layout: Layout) -> Layout:
    """``layout`` itself, unless its text is Chinese text in UTF-8 shown as Windows-1252/Latin-1
    characters (ä¸\u00ad for 中) as a whole: a page showing it so, saved as a web page, a DOCX or a PDF,
    holds those characters themselves. Raises :class:`UnreadableFile` saying so, as for a text file
    (:func:`~pilotplans.ingest.detect.mojibake_cause`), rather than look for a task list in them."""
    from pilotplans.ingest.detect import mojibake_cause, shows_leads

    text = "\n".join([*(p.text for p in layout.paragraphs),
                      *(cell.text for grid in layout.grids for row in grid.rows for cell in row.cells)])
    cause = mojibake_cause(text) if shows_leads(text) else None
    if cause is not None:
        raise UnreadableFile(layout.source, cause)
    return layout


def source_file(path: Path, data: bytes, fmt: str) -> SourceFile:
    from pilotplans.schema.models import SourceFile

    return SourceFile(path=str(path), name=path.name, sha256=hashlib.sha256(data).hexdigest(), format=fmt, size=len(data))  # type: ignore[arg-type]


def default_id(path: Path) -> str:
    """An id for a file the manifest does not list: its name without extension, spaces and all. A name
    the rule of ids refuses (:mod:`pilotplans.ingest.ids`: a backslash, a line break, a space at an end)
    raises :class:`UnreadableFile` saying so, as the manifest refuses such an id."""
    fault = id_fault(path.stem)
    if fault is not None:
        from pilotplans.ingest import MANIFEST_NAME

        # a name whose bytes are not UTF-8 cannot be written in a manifest either: renaming is the one way
        given = "" if fault == UNDECODED_NAME else f", or give it an id in a {MANIFEST_NAME} beside it"
        raise UnreadableFile(path, f"its name gives the document id {shown_as_typed(path.stem)}, which {fault}: {ID_RULE}; "
                                   f"rename the file{given}")
    return path.stem


def read_document(path: str | Path, hints: DocumentHints | None = None, settings: PdfSettings | None = None,
                  limits: Limits = DEFAULT_LIMITS, *, ocr: OcrSettings | None = None,
                  progress: Progress | None = None) -> Document:
    """The Document one file holds. Raises UnreadableFile (or NoTaskTable) with a one-line cause.
    ``settings`` tune the PDF reader (its tolerances and worker processes); a file beyond
    ``limits`` is refused (:mod:`pilotplans.ingest.limits`); ``ocr`` says which pages are read
    through OCR and how far that reading is trusted; ``progress`` hears of each page recognised."""
    path = Path(path)
    if path.is_dir():  # the OS says only "Is a directory"
        raise UnreadableFile(path, f"a folder, not a file: name the files in it ({path / '*'})")
    try:
        check_file_size(str(path), path.stat().st_size, limits)
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(path, f"cannot open: {exc.strerror or exc}") from exc
    return document_from_bytes(data, str(path), path, hints, settings, limits, ocr=ocr, progress=progress)


def document_from_bytes(data: bytes, source: str, path: Path, hints: DocumentHints | None = None,
                        settings: PdfSettings | None = None, limits: Limits = DEFAULT_LIMITS, *,
                        ocr: OcrSettings | None = None, progress: Progress | None = None) -> Document:
    """The Document the bytes ``data`` hold; ``source`` names them in errors (a file's path, a
    URL), ``path`` gives the recorded file's path and name (and the id, when ``hints`` give none);
    ``ocr`` and ``progress`` as for :func:`read_document`."""
    from pilotplans.ingest.plausibility import (carry_cautions, check_flattened, check_flattened_unread, check_garbled,
                                                 check_points_missing, check_rows, check_run_together, check_undecodable)
    from pilotplans.ingest.cut_cells import check_cut_cells
    from pilotplans.ingest.cut_values import check_cut_values
    from pilotplans.ingest.owner_levels import check_owner_levels
    from pilotplans.normalizers.links import normalise_document
    from pilotplans.parsers.interpret import DocumentHints, interpret

    check_file_size(source, len(data), limits)
    layout, colons = _read_layout_printed(data, source, settings, limits, ocr=ocr, progress=progress)
    check_layout(layout, limits)
    try:
        document = interpret(layout, source_file(path, data, layout.format), hints or DocumentHints(id=default_id(path)))
    except NoTaskTable as refused:
        if refused.cause == NO_TASKS_FOUND:  # no rule named the page: a table copied a cell a line, unrecognised?
            check_flattened_unread(layout, source)
            if layout.format == "xlsx":
                raise NoTaskTable(source, sheets_hold_no_task_table(layout)) from None
        raise
    check_flattened(layout, document)
    document = check_points_missing(check_run_together(check_rows(document)))
    level_given = hints is not None and hints.level is not None
    document = check_garbled(layout, check_undecodable(check_owner_levels(check_cut_values(check_cut_cells(normalise_document(document, level_given))))))
    document = carry_cautions(layout, document)
    if layout.doubts or any(m.source.ocr for m in document.measures):
        from pilotplans.ingest.confidence import flag_low_confidence
        from pilotplans.parsers.ocr import DEFAULT_OCR

        document = flag_low_confidence(document, layout.doubts, (ocr or DEFAULT_OCR).low_confidence)
    if colons is not None:  # read as ：, kept as printed (∶, ﹕ …)
        from pilotplans.ingest.printed import with_printed_colons

        document = with_printed_colons(document, colons)
    return document
