"""A heading cell a page break cuts, printed centred in its part on the first page, keeps its rows
on the next.

A heading (类别) cell centred over its rows at no row's top reads as ended on its page (a cell a
page break cuts prints from its part's top, as LibreOffice prints it), and the next page's part
then starts its first heading's span at its first row. A printer that centres the cut cell's text
in its part on the first page (nothing beside the rows going on over the break) gives the same
look there; the next page tells the two apart: its first heading block sits centred over rows
below the rows going on, far from any span starting at the first row. That block is then read
where it sits, and the rows above it go on with the cell from the page before."""

from __future__ import annotations

from pilotplans.parsers.pdf import layout_from_pages
from tests.test_read_pdf import filler, rows_of, synthetic_page

HEADER = (100, [(70, "类别"), (150, "序号"), (200, "主要任务"), (420, "责任单位")])


def page(number: int, numbers: tuple[int, ...], headings: list[tuple[float, str]]):
    """A continued part of two-line rows 30 apart from 120, numbers and owners centred in their rows,
    the heading blocks at the given tops."""
    lines: dict[float, list[tuple[float, str]]] = {HEADER[0]: list(HEADER[1])}
    for k, n in enumerate(numbers):
        y = 120 + 30 * k
        lines.setdefault(y, []).append((200, filler(20)))
        lines.setdefault(y + 7.5, []).extend([(150, str(n)), (420, "市商务局")])
        lines.setdefault(y + 15, []).append((200, filler(6, "。")))
    for y, text in headings:
        lines.setdefault(y, []).append((70, text))
    return synthetic_page(number, sorted((y, sorted(p)) for y, p in lines.items()))


FIRST = page(1, (1, 2, 3, 4), [(142.5, "（一）开放"), (202.5, "（二）改革")])  # （二） centred over 3-4, at no row's top


def headings_read(second) -> list[tuple[str, str]]:
    return [(row[1], row[0]) for row in rows_of(layout_from_pages([FIRST, second], "parts.pdf"))]


def test_rows_going_on_over_the_break_keep_the_heading_centred_in_its_part_before():
    second = page(2, (5, 6, 7, 8), [(202.5, "（三）创新")])  # （三） centred over 7-8, nothing beside 5-6
    assert headings_read(second) == [
        ("1", "（一）开放"), ("2", "（一）开放"), ("3", "（二）改革"), ("4", "（二）改革"), ("5", "（二）改革"), ("6", "（二）改革"), ("7", "（三）创新"), ("8", "（三）创新")]


def test_a_heading_centred_over_every_row_of_the_next_part_takes_them_all():
    second = page(2, (5, 6, 7, 8), [(172.5, "（三）创新")])  # （三） centred over 5-8
    assert headings_read(second) == [
        ("1", "（一）开放"), ("2", "（一）开放"), ("3", "（二）改革"), ("4", "（二）改革"), ("5", "（三）创新"), ("6", "（三）创新"), ("7", "（三）创新"), ("8", "（三）创新")]
