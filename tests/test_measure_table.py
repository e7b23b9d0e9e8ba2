"""The table of measures on a terminal (pilotplans.measure_table): the parts of a cell a reader copies
whole — a 文号, a body's name, a short aside in brackets of a responsibility — are never broken."""

from __future__ import annotations

from pilotplans.fit import wrap_keeping
from pilotplans.measure_table import whole_parts

OFFICE = "省服务贸易创新发展试点联席会议办公室"
DUTY = f"{OFFICE}（商务厅）牵头"


def parts(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return sorted(text[a:b] for a, b in spans)


def test_a_文号_in_a_text_is_kept_whole():
    text = "落实（国函〔2020〕111号）要求"
    assert parts(text, whole_parts(text)) == ["国函〔2020〕111号"]


def test_a_responsibility_keeps_the_bodies_it_names_and_its_aside_in_brackets_whole():
    assert parts(DUTY, whole_parts(DUTY, [OFFICE])) == sorted([OFFICE, "（商务厅）"])


def test_a_text_keeps_no_aside_in_brackets_whole():
    # prose, whose asides may be long: only its 文号 are kept whole
    text = "探索建立（民办成人）在线教育培训机构监管机制"
    assert whole_parts(text) == []


def test_a_responsibility_wrapped_breaks_before_its_aside_not_inside_it():
    assert wrap_keeping(DUTY, 40, whole_parts(DUTY, [OFFICE])) == f"{OFFICE}\n（商务厅）牵头"


def test_a_word_in_latin_letters_is_kept_whole():
    # （QDII） was folded as （Q / DII） and QDI / I, where rich's fold kept it whole
    text = "支持符合条件的机构申请合格境内机构投资者（QDII）、人民币"
    assert parts(text, whole_parts(text)) == ["QDII"]
    assert wrap_keeping(text, 44, whole_parts(text)) == "支持符合条件的机构申请合格境内机构投资者（\nQDII）、人民币"


def test_the_numbers_of_a_文号_are_not_parts_of_their_own():
    text = "落实（国函〔2020〕111号）要求，5G网络"
    assert parts(text, whole_parts(text)) == ["5G", "国函〔2020〕111号"]


def test_a_latin_run_longer_than_a_word_is_broken_where_the_line_ends():
    text = "见www.example-portal.gov.cn网站"
    assert whole_parts(text) == []


def _header_row_at(path: str, columns: str) -> tuple[str, str]:
    from pathlib import Path

    from typer.testing import CliRunner

    from pilotplans.cli import app

    fixture = Path(__file__).parent / "fixtures" / path
    result = CliRunner(env={"COLUMNS": columns}).invoke(app, ["extract", str(fixture), "-f", "table"])
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()[1], result.stderr


def test_an_empty_warnings_column_is_left_out_before_the_heading():
    # no measure of the page carries a warning: the empty column's 13 cells went to it while the heading
    # was left out and the text squeezed (a real 宝鸡 page read at 4 characters a line)
    # (at 110 columns: at 80 the heading goes too, the text left 6 characters a line beside it)
    header, said = _header_row_at("plans/guiyang-convention-districts.txt", "110")
    assert [h.strip() for h in header.strip("┃").split("┃")] == ["document", "no.", "heading", "text", "responsibility"]
    assert said.startswith("note: the table leaves out warnings to fit 110 columns")


def test_a_warnings_column_with_warnings_in_it_keeps_its_place_after_the_heading():
    # (at 100 columns: at 80 the warnings go too, the text left 5 characters a line beside them)
    header, said = _header_row_at("national-2025-service-opening.docx", "100")
    assert [h.strip() for h in header.strip("┃").split("┃")] == ["document", "no.", "text", "responsibility", "warnings"]
    assert said.startswith("note: the table leaves out heading to fit 100 columns")


def _header_widths_at(path: str, columns: str) -> tuple[list[str], str]:
    from pathlib import Path

    from rich.cells import cell_len
    from typer.testing import CliRunner

    from pilotplans.cli import app

    fixture = Path(__file__).parent / "fixtures" / path
    result = CliRunner(env={"COLUMNS": columns}).invoke(app, ["extract", str(fixture), "-f", "table"])
    assert result.exit_code == 0, result.output
    header = result.stdout.splitlines()[1].strip("┃").split("┃")
    return [f"{h.strip()}:{cell_len(h)}" for h in header], result.stderr


def test_a_heading_is_left_out_rather_than_the_text_read_six_characters_a_line():
    # at 120 columns the text had 12 cells (at 100, with the heading left out, 32): 加强省服务贸 / 易创新发展试 / …
    header, said = _header_widths_at("hainan-2020-plan.pdf", "120")
    assert header == ["document:18", "no.:5", "text:29", "responsibility:38", "warnings:24"]
    assert said.startswith("note: the table leaves out heading to fit 120 columns")


def test_a_heading_stays_where_the_text_beside_it_has_ten_characters_a_line():
    header, said = _header_widths_at("hainan-2020-plan.pdf", "140")
    assert header == ["document:18", "no.:5", "heading:24", "text:24", "responsibility:38", "warnings:24"]
    assert said == ""
