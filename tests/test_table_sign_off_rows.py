"""A notice's sign-off (its issuer, named after its place, and the date) printed in a table's last rows
is no row of the table (pilotplans.parsers.interpret.sign_off): it is read as the signature below the
tables, which dates the document; a last row holding a measure's owner and deadline stays the table's."""

import datetime as dt
from pathlib import Path

import pytest

from pilotplans.ingest.pipeline import read_document
from pilotplans.layout import Cell, Grid, Row
from pilotplans.parsers.interpret.sign_off import sign_off_lines

TABLES = Path(__file__).parent / "fixtures" / "tables"


def _read(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return read_document(path)


@pytest.mark.parametrize("name", [
    "sign-off-in-last-row-cells.html",  # | | | 深圳市南山区商务局 | 2021年3月1日 |: ran into measure 2's owners and deadline
    "sign-off-over-two-last-rows.html",  # the body's name, then the date, each a row: a measure of its own
    "sign-off-in-last-text-row.txt",  # a tab-separated table's last row: a measure, owned by 区统计局 carried down
])
def test_a_sign_off_in_a_table_s_last_rows_is_no_measure_and_dates_the_document(name):
    document = read_document(TABLES / name)
    assert [(m.text, m.responsibility) for m in document.measures] == [
        ("推动数字服务出口，支持企业承接国际服务外包业务。", "区商务局"), ("完善服务贸易统计，建立重点企业联系制度。", "区统计局")]
    assert (document.issuer, document.date) == ("深圳市南山区商务局", dt.date(2021, 3, 1))


def test_the_last_measure_keeps_its_deadline_when_the_sign_off_follows_it():
    document = read_document(TABLES / "sign-off-in-last-row-cells.html")
    assert [m.deadline for m in document.measures] == ["2021年12月", "2021年12月"]


def test_a_last_row_holding_an_owner_without_its_place_and_a_deadline_stays_the_table_s(tmp_path):
    text = (TABLES / "sign-off-in-last-row-cells.html").read_text("utf-8").replace(
        "<td>深圳市南山区商务局</td><td>2021年3月1日</td>", "<td>区财政局</td><td>2021年6月30日</td>")
    document = _read(tmp_path, "plan.html", text)
    assert document.date is None
    assert "区财政局" in document.measures[-1].responsibility  # the row is still read with the table


def _grid(*rows):
    return Grid(rows=tuple(Row(cells=tuple(Cell(paragraphs=(text,) if text else ()) for text in row)) for row in rows))


HEAD = ("序号", "具体举措", "责任单位")
ITEM = ("1", "推动数字服务出口。", "区商务局")


@pytest.mark.parametrize(("rows", "found"), [
    ((HEAD, ITEM, ("", "广州市人民政府办公厅 2023年1月20日", "")), (1, ("广州市人民政府办公厅 2023年1月20日",))),
    ((HEAD, ITEM, ("", "广州市人民政府办公厅", ""), ("", "2023年1月20日", "")), (2, ("广州市人民政府办公厅", "2023年1月20日"))),
    ((HEAD, ITEM, ("2", "广州市人民政府办公厅 2023年1月20日", "")), None),  # a number: a row of the table
    ((HEAD, ITEM, ("", "市商务局", "2023年12月31日")), None),  # an owner without its place, a deadline
    ((HEAD, ITEM, ("", "广州市商务局", "2023年12月")), None),  # a month's deadline, no signing date
    ((HEAD, ("", "广州市人民政府办公厅 2023年1月20日", "")), None),  # a header and one row: nothing to keep
])
def test_which_last_rows_are_a_sign_off(rows, found):
    assert sign_off_lines(_grid(*rows)) == found


def test_a_last_measure_s_second_owner_and_deadline_under_its_spanning_cells_stay_the_table_s(tmp_path):
    # measure 2's number and text span two rows; its second row names an owner after its place and a full
    # date: that measure's owner and deadline, no sign-off (the document prints no date of its own)
    text = (TABLES / "sign-off-in-last-row-cells.html").read_text("utf-8").replace(
        "<tr><td>2</td><td>完善服务贸易统计，建立重点企业联系制度。</td><td>区统计局</td><td>2021年12月</td></tr>\n"
        "<tr><td></td><td></td><td>深圳市南山区商务局</td><td>2021年3月1日</td></tr>",
        '<tr><td rowspan="2">2</td><td rowspan="2">完善服务贸易统计，建立重点企业联系制度。</td><td>区统计局</td>'
        "<td>2021年12月</td></tr>\n<tr><td>深圳市南山区商务局</td><td>2021年6月30日</td></tr>")
    assert 'rowspan="2"' in text
    document = _read(tmp_path, "plan.html", text)
    assert document.date is None
    assert "深圳市南山区商务局" in document.measures[-1].responsibility


def test_rows_under_a_cell_spanning_down_are_no_sign_off():
    spanning = Cell(paragraphs=("2",), merged_from="above")
    grid = Grid(rows=(*_grid(HEAD, ITEM).rows, Row(cells=(spanning, Cell(paragraphs=("广州市人民政府办公厅 2023年1月20日",)),
                                                          Cell(paragraphs=())))))
    assert sign_off_lines(grid) is None
    two = Grid(rows=(*_grid(HEAD, ITEM).rows, Row(cells=(spanning, Cell(paragraphs=("广州市人民政府办公厅",)), Cell(paragraphs=()))),
                     Row(cells=(Cell(paragraphs=()), Cell(paragraphs=("2023年1月20日",)), Cell(paragraphs=())))))
    assert sign_off_lines(two) is None
