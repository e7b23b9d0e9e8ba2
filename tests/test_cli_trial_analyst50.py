"""What a policy researcher's afternoon with the CLI found (round 50), and the three leftovers of round 49: a table
written to a file was fitted to the terminal that ran the command; a diff of two stored plans and of their files said
different notes; a lineage crossed from one pilot programme into another."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from pilotplans.cli import app

FIXTURES = Path(__file__).parent / "fixtures"


def run(curated, *args: str, columns: int = 160):
    return CliRunner().invoke(app, [*args, "--db", f"sqlite:///{curated / 'pilotplans.db'}"], env={"COLUMNS": str(columns)})


def header_cells(table: str) -> list[str]:
    """The headers of a framed table's header line (its second line)."""
    return [cell.strip() for cell in table.splitlines()[1].strip("┃").split("┃")]


# ----------------------------------------------------------------------------- a table in a file has no width

def test_a_table_of_measures_written_to_a_file_is_the_same_whatever_terminal_ran_it(curated, tmp_path):
    # on a terminal 60 columns wide the file lost the heading and warnings columns; on one 200 wide it kept them
    narrow, wide = tmp_path / "narrow.txt", tmp_path / "wide.txt"
    said = run(curated, "measures", "-d", "xiamen-2020", "-o", str(narrow), columns=60)
    run(curated, "measures", "-d", "xiamen-2020", "-o", str(wide), columns=200)
    assert (said.exit_code, said.stderr) == (0, f"wrote {narrow}\n")
    assert narrow.read_text("utf-8") == wide.read_text("utf-8")


def test_a_table_of_measures_written_to_a_file_leaves_out_no_column(curated, tmp_path):
    run(curated, "measures", "-d", "xiamen-2020", "-o", str(tmp_path / "t.txt"), columns=60)
    assert header_cells((tmp_path / "t.txt").read_text("utf-8")) == [
        "document", "no.", "heading", "text", "responsibility", "warnings"]


def test_a_table_of_measures_on_a_narrow_terminal_still_leaves_columns_out_and_says_so(curated):
    # near miss: on the terminal the table fits the terminal
    result = run(curated, "measures", "-d", "xiamen-2020", "-f", "table", columns=60)
    assert result.stderr == ("note: the table leaves out heading, warnings to fit 60 columns (a wider terminal, or "
                             "-f csv or -f xlsx -o FILE, shows them)\n")
    assert header_cells(result.stdout)[:2] == ["document", "no."]
    assert "heading" not in header_cells(result.stdout)


def test_a_listing_written_to_a_file_keeps_each_title_whole(curated, tmp_path):
    # documents -o docs.txt on a terminal 60 columns wide left out the title, date, round and region
    result = run(curated, "documents", "-o", str(tmp_path / "docs.txt"), columns=60)
    lines = (tmp_path / "docs.txt").read_text("utf-8").splitlines()
    assert (result.exit_code, lines[0].split()) == (
        0, ["id", "level", "region", "round", "文号", "date", "measures", "warnings", "title"])
    assert lines[1].split()[-1] == "海南省服务贸易创新发展联席会议办公室关于印发海南省全面深化服务贸易创新发展试点实施方案的通知"


def test_a_diff_table_written_to_a_file_is_the_same_whatever_terminal_ran_it(curated, tmp_path):
    narrow, wide = tmp_path / "narrow.txt", tmp_path / "wide.txt"
    run(curated, "diff", "national-2020", "xiamen-2020", "-f", "table", "-o", str(narrow), columns=70)
    run(curated, "diff", "national-2020", "xiamen-2020", "-f", "table", "-o", str(wide), columns=220)
    assert narrow.read_text("utf-8") == wide.read_text("utf-8")


# ----------------------------------------------------------------------------- a diff's notes, stored or read

CHENGDU_OPENING = FIXTURES / "plans" / "chengdu-lead-responsible.docx"  # 成都市服务业扩大开放综合试点实施方案, in no manifest

PROGRAMMES_NOTE = (
    "note: national-2020 (service-trade) and chengdu-lead-responsible (service-opening) are plans of different "
    "programmes: neither implements the other, and the links say only how alike the measures of "
    "chengdu-lead-responsible are to those of national-2020, not what one did with the other's\n")


def test_a_plan_given_as_a_file_is_said_to_be_of_another_programme_as_its_stored_copy_is(curated, tmp_path):
    # the stored copy took the programme its title names (服务业扩大开放综合试点) and was said to be of another
    # programme than national-2020; the same plan given as a file was read with no programme and said nothing
    shutil.copy(curated / "pilotplans.db", tmp_path / "pilotplans.db")
    run(tmp_path, "extract", str(CHENGDU_OPENING), "-f", "jsonl")
    stored = run(tmp_path, "diff", "national-2020", "chengdu-lead-responsible", "-f", "jsonl")
    read = run(tmp_path, "diff", "national-2020", str(CHENGDU_OPENING), "-f", "jsonl")
    assert (stored.stderr, read.stderr) == (PROGRAMMES_NOTE, PROGRAMMES_NOTE)


def test_a_plan_given_as_a_file_against_a_national_plan_of_its_own_programme_gets_no_note(curated):
    # near miss: national-2025 is a plan of 服务业扩大开放综合试点 too
    result = run(curated, "diff", "national-2025", str(CHENGDU_OPENING), "-f", "jsonl")
    assert (result.exit_code, result.stderr) == (0, "")
