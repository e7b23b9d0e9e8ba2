"""Numbers printed at the start of a text table's text: a table without a 序号 column whose text
column opens each row with the item's number (``21、允许…``, ``（22）根据…``, ``3.支持…``).

Such a number names its row as a 序号 cell would, but sits where the text starts: at the row's
top, or where a centred text cell begins. A line opens an item when its number goes on with the
numbering of the lines before it in the same style (``21、`` after ``20、``), or when it starts a
paragraph in its column (the line before ended its paragraph, or there is none) with a number
that may open an item there (the first, a higher one, or 1 again under a new heading). The
column and style with the longest such numbering are the table's, when it holds at least two
items. Numbers starting again at 1 in every row, beside one paragraph a row in the columns right
of theirs, are the points a cell lists (1. 2. within a task's measures): only the first of each
run opens a row (:func:`sub_points`).

A line of that column opening with a heading's number of another style (``三、``, ``（二）``) where
the items are numbered in digits is a heading printed between the items (a heading row across
the table whose text fits in the first column, or a heading paragraph between the table's
parts): it stands in a row of its own.
"""

from __future__ import annotations

from ....normalizers.numbers import find_item_marker
from ..settings import DEFAULT_SETTINGS, PdfSettings
from .pieces import FULL, GAP, RUNS, ItemNumbering, Piece, TablePieces, between

HEADING_STYLES = frozenset({"ordinal", "chapter", "section", "article", "cn", "cn_paren"})
"""Marker styles of headings (``第一部分``, ``三、``, ``（二）``), as opposed to items' digits."""

LIST_GOES_ON = frozenset("、，,")
"""Marks after which a list (of bodies, of places) goes on: a line ending on one runs on."""

ANNOUNCES = frozenset("：:")
"""Marks with which a line announces what follows it (``推进贸易便利化：``): the lines after it are
its points, not a heading (a heading never follows a line ending so), where they follow it at
the line pitch: a heading row below white space stands apart from the item above it."""


def item_numbering(table: TablePieces, settings: PdfSettings = DEFAULT_SETTINGS) -> ItemNumbering | None:
    """The numbering of items printed at the start of a table's text (see the module
    docstring), or None when the table has a 序号 column or no column numbers two items."""
    if table.number_column is not None:
        return None
    best: ItemNumbering | None = None
    for span in table.spans():
        if span[1] - span[0] != 1:
            continue
        for style, bands in column_numberings(table, table.column_pieces(span), settings).items():
            found = ItemNumbering(span[0], style, tuple(bands))
            if best is None or _rank(found) > _rank(best):
                best = found
    if best is None or len(best.bands) < 2:
        return None
    if sub_points(table, best, settings):  # each row opens with its first point
        ones = tuple(band for band in best.bands if _value(table, band, best.column) == 1)
        return ItemNumbering(best.column, best.style, ones, points=True)
    return best


def points_doubt(table: TablePieces) -> str | None:
    """What a reading of numbers as points a cell lists (:func:`sub_points`) leaves in doubt, in
    words, when a column left of theirs has text: a task (or category) cell beside each run of
    points looks the same as a category cell merged over items numbered anew under it, with a
    responsibility merged over them too; no rule, heading or cell of the page tells the two
    apart, and read as points, such items are merged into one record a run."""
    numbering = table.numbering
    if numbering is None or not numbering.points:
        return None
    if not any(p.col1 <= numbering.column and p.band >= numbering.bands[0] for p in table.pieces):
        return None
    return (f"numbers starting again at 1 in every row ({len(numbering.bands)} runs) were read as points listed "
            "within a cell, one record a run; if they are items numbered anew under each task of a merged "
            "column, these records each merge several items")


def sub_points(table: TablePieces, numbering: ItemNumbering, settings: PdfSettings = DEFAULT_SETTINGS) -> bool:
    """Whether the numbers a column's lines open with are sub-points of its cells (1. 2. within a
    task's measures), not the table's items: they start again at 1 (twice or more), and the columns
    right of theirs hold no more paragraphs than there are runs of numbers from 1, one of them as
    many (one responsibility a row, beside its points, at the row's top or centred over it), fewer
    than the numbers. Items of a table numbered anew under each heading have a cell of their own
    beside each of them, or a heading line (``二、``) between a run and the next: a responsibility
    merged over a heading's items prints one paragraph a run too."""
    column = numbering.column
    values = [_value(table, band, column) for band in numbering.bands]
    runs = values.count(1)
    if runs < 2 or values[0] != 1 or len(values) <= runs:
        return False
    restarts = [band for band, value in zip(numbering.bands, values) if value == 1][1:]
    headings = heading_lines(table, numbering, settings)
    if any(any(before < band < start for band in headings)
           for before, start in zip(numbering.bands, numbering.bands[1:]) if start in restarts):
        return False  # a heading printed right before a run from 1 restarts the items' numbering
    first = numbering.bands[0]  # the header above the items left out
    counts = [_paragraphs(table, [p for p in table.column_pieces((c, c + 1)) if p.band >= first], settings)
              for c in range(column + 1, _columns(table))]
    counts = [n for n in counts if n]
    return bool(counts) and max(counts) == runs


def _columns(table: TablePieces) -> int:
    return max((p.col1 for p in table.pieces), default=0)


def _paragraphs(table: TablePieces, pieces: list[Piece], settings: PdfSettings) -> int:
    """How many paragraphs a column's lines print (a line after white space, or after one that
    ended its paragraph, starts one)."""
    count, previous = 0, None
    for piece in pieces:
        if previous is None or between(table, previous, piece, settings) not in (RUNS, FULL):
            count += 1
        previous = piece
    return count


def _value(table: TablePieces, band: int, column: int) -> int | None:
    piece = next((p for p in table.by_band[band] if p.col0 == column), None)
    marker = find_item_marker(piece.segment.text) if piece is not None else None
    return marker.number.value if marker is not None else None


def _rank(numbering: ItemNumbering) -> tuple[int, bool, int]:
    return (len(numbering.bands), numbering.style not in HEADING_STYLES, -numbering.column)


def column_numberings(table: TablePieces, pieces: list[Piece],
                      settings: PdfSettings = DEFAULT_SETTINGS) -> dict[str, list[int]]:
    """For each marker style, the bands of a column's lines that open an item in that style: the
    next number of its numbering (or the one before its first), or a line starting a paragraph
    with the first number, a higher one, or 1 again (the line before a next number may have been
    full: a heading's)."""
    found: dict[str, list[int]] = {}
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    skipped: list[tuple[int, str, int]] = []
    previous: Piece | None = None
    for piece in pieces:
        starts = previous is None or between(table, previous, piece, settings) != RUNS
        previous = piece
        marker = find_item_marker(piece.segment.text)
        if marker is None:
            continue
        value, style = marker.number.value, marker.style
        going_on = style in last and value == last[style] + 1
        if going_on or starts and (style not in last or value == 1 or value > last[style]):
            found.setdefault(style, []).append(piece.band)
            first.setdefault(style, value)
            last[style] = value
        elif style not in last:
            skipped.append((piece.band, style, value))
    for band, style, value in reversed(skipped):  # the number before the first one found
        if style in first and value == first[style] - 1 and band < found[style][0]:
            found[style].insert(0, band)
            first[style] = value
    return found


def heading_lines(table: TablePieces, numbering: ItemNumbering | None,
                  settings: PdfSettings = DEFAULT_SETTINGS) -> set[int]:
    """Bands of lines in the items' column that open with a heading's number in a style other
    than the items' (the heading's wrapped lines included): each band holds that line alone."""
    if numbering is None or numbering.style in HEADING_STYLES:
        return set()
    column = numbering.column
    found: set[int] = set()
    pieces = [p for p in table.pieces if p.col0 == column]
    previous: Piece | None = None
    heading: Piece | None = None
    point: tuple[str, int] | None = None  # the style and number of the last point an item announced
    for piece in pieces:
        alone = len(table.by_band[piece.band]) == 1
        state = between(table, previous, piece, settings) if previous is not None else None
        # a cell's lines follow one another at the line pitch: a line below white space starts a row
        at_pitch = state is not None and state != GAP
        announced = at_pitch and previous is not None and previous.segment.text.rstrip()[-1:] in ANNOUNCES
        marker = find_item_marker(piece.segment.text) if state != RUNS or announced else None
        if marker is not None and marker.style in HEADING_STYLES and at_pitch and (
                announced or point == (marker.style, marker.number.value - 1)):
            point = (marker.style, marker.number.value)  # a point of the item above: ``（一）`` after ``…：``
            heading = None
        elif marker is not None and marker.style in HEADING_STYLES and (alone or (
                piece.col1 == column + 1  # its own cells right of it, not cells running on
                and all(p is piece or p.col0 > column and _starts_afresh(table, p, settings)
                        for p in table.by_band[piece.band]))):
            found.add(piece.band)
            heading, point = piece, None
        elif (alone and heading is not None and previous is heading and state == RUNS and piece.span == heading.span
              and find_item_marker(piece.segment.text) is None):
            found.add(piece.band)  # the heading's wrapped line
            heading = piece
        else:
            heading = None
            if marker is not None:  # the next item, or a line of a style the points do not go on in
                point = None
        previous = piece
    return found


def _starts_afresh(table: TablePieces, piece: Piece, settings: PdfSettings = DEFAULT_SETTINGS) -> bool:
    """Whether ``piece`` may start a cell on its line: its column's line above it, if any, does not
    run on into it, nor end on a mark after which a list goes on (``市商务局、``: no cell ends so)."""
    above = table.line_above(piece)
    return above is None or (between(table, above, piece, settings) != RUNS
                             and above.segment.text.rstrip()[-1:] not in LIST_GOES_ON)
