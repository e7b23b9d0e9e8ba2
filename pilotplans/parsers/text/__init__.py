"""Read text extractions of notices into a :class:`~pilotplans.layout.Layout`.

A text file may draw its tables in several ways; each is told from the content, never from the
file name, and each becomes the same :class:`~pilotplans.layout.Grid` of cells the other readers
produce, every row and cell keeping the lines it came from:

* tables drawn with rules (box-drawing characters or ASCII ``+---+``): :mod:`.boxes`;
* tables with ``|`` between cells (Markdown, web-page converters, one cell per line ending in
  `` |``): :mod:`.pipes`;
* tables copied from a web page flattened to one cell per line with nothing between cells, read
  only under a header of known column labels and rows opened by their numbers in sequence:
  :mod:`.cells`;
* everything else — paragraphs, and tables written with tabs (tab-separated rows, or one cell per
  line after a leading tab): :mod:`.tabs`.

A whole file that is a comma-separated table (a spreadsheet saved as CSV) is one table: :mod:`.commas`.

Tables aligned with spaces only (``pdftotext -layout``) are read as paragraphs: their columns
cannot be told from the gutters of a wrapped table reliably enough to be trusted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pilotplans.errors import UnreadableFile
from pilotplans.layout import Layout

if TYPE_CHECKING:
    from pilotplans.layout import Block
    from pilotplans.parsers.text.lines import Line

# The readers are imported by the functions that use them: a DOCX or HTML file reads its
# paragraphs pasted as a table through :mod:`.cells` alone, which opens this package, and had
# the drawn and piped tables' readers built for nothing.

__all__ = ["read_text"]


def read_text(text: str, source: str) -> Layout:
    """The Layout of a decoded text extraction; :class:`UnreadableFile` when it holds a table
    flattened to one cell per line whose rows cannot be told apart."""
    from pilotplans.parsers.text.cells import FlattenedTableError
    from pilotplans.parsers.text.lines import split_lines

    if "," in text and "\t" not in text:
        from pilotplans.parsers.text.commas import comma_blocks, comma_records

        records = comma_records(text)
        if records is not None:
            return Layout(source=source, format="text", blocks=tuple(comma_blocks(records)))
    try:
        blocks = text_blocks(split_lines(text))
    except FlattenedTableError as error:
        raise UnreadableFile(source, str(error)) from None
    return Layout(source=source, format="text", blocks=tuple(blocks))


def text_blocks(lines: list[Line]) -> list[Block]:
    """The blocks of ``lines`` in order: drawn and pipe tables where they stand, the lines between
    them read as paragraphs and tab-written tables."""
    from pilotplans.parsers.info_rows import split_leading_info_rows
    from pilotplans.parsers.text.boxes import box_table_end, read_box_table
    from pilotplans.parsers.text.cells import FlattenedTableError, TextEndUnclearError, cell_table_end, read_cell_table
    from pilotplans.parsers.text.kinded_cells import kinded_table_end, read_kinded_table
    from pilotplans.parsers.text.pipes import bordered_lines, pipe_table_end, read_pipe_table
    from pilotplans.parsers.text.tabs import tab_blocks
    from pilotplans.parsers.text.unnumbered_cells import read_unnumbered_table, unnumbered_table_end

    blocks: list[Block] = []
    plain: list[Line] = []
    i = 0
    while i < len(lines):
        end = box_table_end(lines, i)
        reader = read_box_table
        if end is None:
            end = pipe_table_end(lines, i)
            reader = read_pipe_table
        if end is None:
            try:
                end = cell_table_end(lines, i)
            except FlattenedTableError:
                if (end := kinded_table_end(lines, i)) is None:  # the kinds of its cells may tell its rows (below)
                    raise
                reader = read_kinded_table
            else:
                reader = read_cell_table
        if end is None:
            end = kinded_table_end(lines, i)
            reader = read_kinded_table
        if end is None:
            end = unnumbered_table_end(lines, i)
            reader = read_unnumbered_table
        if end is None:
            plain.append(lines[i])
            i += 1
            continue
        if reader is read_pipe_table and (unbarred := bordered_lines(lines[i:end])) is not None:
            plain.extend(unbarred)  # a page's borders around one line: that line, no table
            i = end
            continue
        if plain:
            blocks.extend(tab_blocks(plain))
            plain = []
        try:
            block = reader(lines[i:end])
        except FlattenedTableError as refusal:
            # rows a count of lines cannot tell: their cells' kinds may (a cell merged down rows, printed once);
            # not a row printing every cell whose text's end is unclear, which the kinds would settle by a guess
            if (reader is not read_cell_table or isinstance(refusal, TextEndUnclearError)
                    or (kinded := kinded_table_end(lines, i)) is None):
                raise
            end = kinded
            block = read_kinded_table(lines[i:end])
        blocks.extend(split_leading_info_rows(block) if reader is read_pipe_table else [block])
        i = end
    if plain:
        blocks.extend(tab_blocks(plain))
    return blocks
