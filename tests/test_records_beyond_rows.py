"""A table read into far more records than it prints rows is warned ``table_implausible`` on its document (told on
stderr by ``extract``; pilotplans/parsers/interpret/plausible.py, ``records_beyond_rows``): records from rows printing
nothing but a line of text (no number, every other cell blank) right after a record ending mid-sentence, the
sentence closing in one of them, as many as the rest and three at least, are a row's lines read one record a line (a
PDF table without rules between rows read by its printed lines). Over every fixture (stop 58) such records reach 2 of
a table's 43 and 1 of 5; packed cells of numbered measures reach 2.5 records a printed row, and their records carry
their numbers.

The table is a county bureau's real one (tests/fixtures/prose-blind22: 重點任務 | 工作內容 | 負責科室, no 序号), its
工作內容 cells cut into the lines of twenty characters a PDF column prints them in, one row a line, the other cells
printed on each row's first line only."""

from __future__ import annotations

from pathlib import Path

from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES

COUNTY = FIXTURES / "prose-blind22" / "county-bureau-20xx-open-government-points-traditional-then-pipe-table.txt"
HEADER = "重點任務 | 工作內容 | 負責科室 |"
LINE = 20  # characters a printed line of the text column holds


def _table_rows() -> list[tuple[str, str, str]]:
    lines = COUNTY.read_text(encoding="utf-8").splitlines()
    start = lines.index(HEADER) + 1
    return [tuple(c.strip() for c in line.split("|")[:3]) for line in lines[start:] if "|" in line]


def _page_with(tmp_path: Path, rows: list[str]) -> Path:
    """The county's page with its table's rows replaced by ``rows``."""
    lines = COUNTY.read_text(encoding="utf-8").splitlines()
    start = lines.index(HEADER) + 1
    end = start + len(_table_rows())
    page = tmp_path / "table.txt"
    page.write_text("\n".join([*lines[:start], *rows, *lines[end:]]) + "\n", encoding="utf-8")
    return page


def _printed_lines(text: str) -> list[str]:
    return [text[at:at + LINE] for at in range(0, len(text), LINE)]


def _implausible(page: Path) -> list[str]:
    return [w.message for w in read_document(page).warnings if w.code == "table_implausible"]


def test_a_table_read_one_record_per_printed_line_is_warned(tmp_path):
    rows, lone_rows = [], []
    for task, work, office in _table_rows():
        pieces = _printed_lines(work)
        rows.append(f"{task} | {pieces[0]} | {office} |")
        for piece in pieces[1:]:
            rows.append(f" | {piece} | |")
            lone_rows.append(len(rows) + 1)  # the header is the table's row 1
    page = _page_with(tmp_path, rows)
    document = read_document(page)
    assert len(document.measures) == len(rows) == 13
    assert len(lone_rows) == 8
    assert _implausible(page) == [
        "table 1 gives 13 records where it prints 5 rows at most: 8 come from rows printing nothing but a line of text "
        f"going on from the record above (rows {'、'.join(map(str, lone_rows[:5]))} and 3 more; every other cell blank, "
        "the text above ending mid-sentence) — lines of a row read as rows of their own (a table without rules between "
        "rows?); check the table against its source"]


def test_the_table_as_printed_is_not_warned():
    assert [m.text for m in read_document(COUNTY).measures] == [work for _, work, _ in _table_rows()]
    assert _implausible(COUNTY) == []


def test_whole_tasks_under_a_category_and_owner_printed_on_the_first_row_only_are_not_warned(tmp_path):
    # near miss: the table's category and office printed on its first row only (merged down, a copy printing a merged
    # cell's blanks), the four tasks below printing their text alone: rows of text alone, 4 against 1, but whole tasks,
    # each after a task closing its sentence (政務服務's cell, printing no 。, leaves one row after it counted)
    table = _table_rows()
    rows = [" | ".join(table[0]) + " |", *(f" | {work} | |" for _, work, _ in table[1:])]
    page = _page_with(tmp_path, rows)
    document = read_document(page)
    assert [m.text for m in document.measures] == [work for _, work, _ in table]
    assert {m.responsibility for m in document.measures} == {table[0][2]}
    assert _implausible(page) == []


def test_packed_cells_of_numbered_measures_are_not_warned():
    # near miss: 5 measures from 2 printed rows (a cell packing numbered measures), each carrying its number
    document = read_document(FIXTURES / "repairs" / "packed-lists-complete.txt")
    assert [m.number for m in document.measures if m.number is not None] == [1, 2, 3, 4, 5]
    assert _implausible(FIXTURES / "repairs" / "packed-lists-complete.txt") == []


def test_a_row_of_text_alone_now_and_then_is_not_warned():
    # near miss: national 2018's task table, 2 of its 43 records from rows printing nothing but their text
    assert _implausible(FIXTURES / "seeds" / "001_49e808efe8358f81.txt") == []


# Written near misses of a real shape: the county's table read right, its groups' short items printed one a row under
# the group's 重點任務 and 負責科室 printed on its first row only (a merged cell's blanks), as county tables list them.
SHORT_ITEMS = ["政策解讀 | 加強政策解讀 | 各責任科室 |", " | 創新解讀形式 | |", " | 豐富解讀內容 | |", " | 擴大解讀覆蓋面 | |",
               "迴應關切 | 及時迴應社會熱點 | 各業務科室 |", " | 規範來信來訪回覆 | |"]


def test_short_items_printing_no_mark_under_merged_cells_are_not_warned(tmp_path):
    # near miss: four rows of text alone against two, each after an item printing no mark — but no sentence closes in
    # any of them: whole items, not the lines of one
    page = _page_with(tmp_path, SHORT_ITEMS)
    assert [m.text for m in read_document(page).measures] == [
        "加強政策解讀", "創新解讀形式", "豐富解讀內容", "擴大解讀覆蓋面", "及時迴應社會熱點", "規範來信來訪回覆"]
    assert _implausible(page) == []


def test_short_sentences_under_merged_cells_are_not_warned(tmp_path):
    # near miss: the same items each a whole short sentence closed by 。: no row goes on from a sentence left open
    page = _page_with(tmp_path, [row.replace(" | 各", "。 | 各").replace(" | |", "。 | |") for row in SHORT_ITEMS])
    assert len(read_document(page).measures) == 6
    assert _implausible(page) == []
