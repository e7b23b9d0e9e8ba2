"""A notice's sign-off printed in a table's last rows: the body that issues it and the date, in one row
(``| | 深圳市南山区商务局 | 2021年3月1日 |``) or in two (the body's name, then the date), as a page that
laid its signature out in the table's grid prints it. Such rows are no rows of the table: read as rows
they became a measure of their own (its text the body's name, its owner the date) or ran into the last
measure's owners and deadline. They are taken out of the grid and printed after it as the paragraphs
they are, where the metadata reads a signature printed below the tables (its issuer and date)."""

from __future__ import annotations

import dataclasses

from pilotplans.layout import Block, Grid, Layout, Paragraph, Row
from pilotplans.parsers.dates import read_date, signed_line
from pilotplans.normalizers.simplified import fold
from pilotplans.parsers.issuer_names import LEVEL_WORDS, ends_like_a_body

# A table keeps its header and at least one row: a grid of fewer rows is no task table with a sign-off.
_ROWS_KEPT_AT_LEAST = 2


def without_sign_offs(layout: Layout) -> Layout:
    """``layout`` with every table's sign-off rows (:func:`sign_off_lines`) printed after the table as
    paragraphs; the same layout when no table ends with one."""
    blocks: list[Block] = []
    for block in layout.blocks:
        found = sign_off_lines(block) if isinstance(block, Grid) else None
        if found is None:
            blocks.append(block)
            continue
        count, lines = found
        kept = block.rows[:-count]
        blocks.append(dataclasses.replace(block, rows=kept))
        blocks.extend(Paragraph(text=line, where=row.where) for line, row in zip(lines, block.rows[-len(lines):]))
    return layout if len(blocks) == len(layout.blocks) else dataclasses.replace(layout, blocks=tuple(blocks))


def sign_off_lines(grid: Grid) -> tuple[int, tuple[str, ...]] | None:
    """How many of ``grid``'s last rows are a sign-off, and its lines: a last row printing only a body
    named after its place and a full date (深圳市南山区商务局 2021年3月1日), or a row printing only such a
    body's name over a last row printing only a date. None for any other ending: a row holding a
    number or a sentence, an owner without its place (区商务局 2021年12月31日 is a measure's owner and
    deadline), a month's deadline (2021年12月), a row holding a cell spanning down into it from the row
    above (the last measure's number and text over its second owner and deadline: that measure's row)."""
    rows = grid.rows
    if len(rows) <= _ROWS_KEPT_AT_LEAST or _continues_above(rows[-1]):
        return None
    last = _texts(rows[-1])
    if not last:
        return None
    joined = " ".join(last)
    signed = signed_line(joined)
    if signed is not None and place_s_body(signed["issuer"]):
        return 1, (joined,)
    if len(last) != 1 or signed is not None or read_date(last[0]) is None or len(rows) <= _ROWS_KEPT_AT_LEAST + 1:
        return None
    above = _texts(rows[-2])
    if len(above) == 1 and not _continues_above(rows[-2]) and place_s_body(above[0]):
        return 2, (above[0], last[0])
    return None


def _continues_above(row: Row) -> bool:
    """Whether a cell of ``row`` is a copy of a cell spanning down from the row above (a measure's own row)."""
    return any(cell.merged_from == "above" for cell in row.cells)


def _texts(row: Row) -> list[str]:
    """The texts of a row's cells that print anything, each once (a merged cell's copies are its own)."""
    texts = ["".join(cell.paragraphs).strip() for cell in row.cells if cell.merged_from is None]
    return [text for text in texts if text]


def place_s_body(name: str) -> bool:
    """Whether ``name`` is a body's name opening with its place (深圳市南山区商务局, 广州市人民政府办公厅), also a place's
    name several divisions bear, written in full (宝山区人民政府办公室: 上海's 宝山区 or 双鸭山's): which of them it is, a
    signature need not tell to be one."""
    from pilotplans.normalizers.place import division_opening
    from pilotplans.normalizers.registry import load_registry

    name = name.strip()
    if not ends_like_a_body(name):
        return False
    gazetteer = load_registry().gazetteer
    found = division_opening(name, gazetteer)
    if found is not None:
        return found.end < len(name)
    # a division's name written in full ends with a level word (宝山区, 朝阳区, 长安区): a name opening with a place's
    # short name several divisions bear (中山, 长安, 黄山) may open a university's, a company's or a park's
    # (中山大学附属医院, 长安汽车集团, 黄山旅游集团), no place's body
    folded = fold(name)
    return any(len(ids) > 1 and not former and len(written) < len(folded) and written.endswith(LEVEL_WORDS)
               for written, ids, former in gazetteer.prefixes(folded))

