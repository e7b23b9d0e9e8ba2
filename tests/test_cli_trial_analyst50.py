"""What a policy researcher's afternoon with the CLI found (round 50), and the three leftovers of round 49: a table
written to a file was fitted to the terminal that ran the command; a diff of two stored plans and of their files said
different notes; a lineage crossed from one pilot programme into another."""

from __future__ import annotations

from typer.testing import CliRunner

from pilotplans.cli import app


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
