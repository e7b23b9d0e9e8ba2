"""What a policy researcher's afternoon with the CLI found (round 50), and the three leftovers of round 49: a table
written to a file was fitted to the terminal that ran the command; a diff of two stored plans and of their files said
different notes; a lineage crossed from one pilot programme into another."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
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
        0, ["id", "level", "region", "programme", "round", "parent", "文号", "date", "measures", "warnings", "title"])
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


# ----------------------------------------------------------------------------- a lineage keeps to one programme

def test_a_lineage_of_every_stored_plan_follows_one_programme_s_rounds_and_names_the_plan_left_out(curated):
    # it followed national-2020 (service-trade) into national-2025 (service-opening): 116 dropped, 146 new, no round's
    result = run(curated, "lineage", "-f", "table")
    assert (result.exit_code, result.stdout.splitlines()[0], result.stderr) == (
        0, "national-2018 → national-2020: 0 carried, 9 changed, 2 merged, 3 split, 106 new, 34 dropped",
        "note: the lineage follows the rounds of service-trade (national-2018, national-2020); national-2025 "
        "(service-opening) is a plan of another programme, no next round of them (`pilotplans lineage -r national-2018 "
        f"-r national-2020 -r national-2025 --db sqlite:///{curated / 'pilotplans.db'}` compares them all the same)\n")


def test_a_lineage_given_plans_of_two_programmes_with_r_follows_them_as_asked(curated):
    # near miss: -r names the plans to compare, and the step across programmes is said to be no round's
    result = run(curated, "lineage", "-f", "table", "-r", "2018", "-r", "2020", "-r", "2025")
    assert result.stdout.splitlines()[:2] == [
        "national-2018 → national-2020: 0 carried, 9 changed, 2 merged, 3 split, 106 new, 34 dropped",
        "national-2020 → national-2025: 1 carried, 5 changed, 0 merged, 0 split, 146 new, 116 dropped"]
    assert result.stderr.startswith("note: national-2020 (service-trade) and national-2025 (service-opening) are plans "
                                    "of different programmes")


def test_rounds_of_several_programmes_are_none_followed_by_default(national2018, national2020, national2025):
    from pilotplans.diff.direction import programme_rounds

    assert programme_rounds([national2018, national2020, national2025]) == ([national2018, national2020], [national2025])


def test_plans_of_no_known_programme_are_followed_together(national2018, national2025):
    # near miss: a programme not known claims none, so nothing is left out
    from pilotplans.diff.direction import programme_rounds

    unknown = national2025.model_copy(update={"programme": None})
    assert programme_rounds([national2018, unknown]) == ([national2018, unknown], [])


def test_a_plan_of_no_known_programme_makes_no_programme_s_rounds(national2018, national2020, national2025):
    # a plan claiming no programme was counted a round of each: with two service-trade plans and one service-opening
    # plan beside it, both programmes "had rounds stored" and the lineage was refused
    unknown = national2018.model_copy(update={"id": "national-2017", "round": 2017, "programme": None})
    from pilotplans.diff.direction import programme_rounds

    assert programme_rounds([unknown, national2018, national2020, national2025]) == (
        [unknown, national2018, national2020], [national2025])


def test_no_programme_with_two_rounds_stored_is_one_error_line(national2020, national2025):
    from pilotplans.diff.direction import programme_rounds
    from pilotplans.errors import PilotplansError

    with pytest.raises(PilotplansError) as refused:
        programme_rounds([national2020, national2025])
    assert str(refused.value) == (
        "lineage follows measures from one round of a programme to the next, and no programme has two national plans "
        "stored (service-opening: national-2025; service-trade: national-2020): a plan of another programme is no next "
        "round; name the plans with -r to compare them all the same")


# ----------------------------------------------------------------------------- which plans took up national measure N

def test_the_local_measures_taking_up_a_national_measure_are_listed_with_their_owners(curated):
    # which cities adopted national measure 76, and who owns it in each: coverage printed every measure's row and no
    # owner, and measures could not be asked for it
    result = run(curated, "measures", "--implements", "national-2020:76", "-f", "jsonl")
    found = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["document"], r["number"], r["responsibility"]) for r in found] == [
        ("hainan-2020", 72, "省委网信办负责推进。"), ("xiamen-2020", 51, "市委网信办，自贸委、市工信局、市商务局")]
    assert result.stderr == ("note: national-2020:76 (探索跨境数据流动分类监管模式，开展数据…): taken up by hainan-2020 "
                             "(same 72), xiamen-2020 (same 51)\n")


def test_a_local_measure_taking_up_a_national_one_is_told_by_its_place_not_its_number(curated, tmp_path):
    # a plan numbering each section's measures from 1 has several measures labelled 72: the one coverage links to
    # national-2020:76 is listed, not every measure carrying its number (hainan-2020's 73 renumbered 72 here)
    from tests.conftest import curated_copy

    url = curated_copy(curated, tmp_path, "UPDATE measures SET number = 72 WHERE document_id = 'hainan-2020' AND number = 73")
    result = CliRunner().invoke(app, ["measures", "--implements", "national-2020:76", "-f", "jsonl", "--db", url])
    found = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["document"], r["number"], r["position"]) for r in found] == [("hainan-2020", 72, 72), ("xiamen-2020", 51, 51)]


def test_the_measures_taking_up_a_national_one_read_through_the_api_are_those_the_cli_lists(curated):
    # Dataset.measures(implements=NATIONAL:NUMBER) asks taking_up itself; the CLI hands it the cells it asked for its note
    from pilotplans.api import Dataset

    found = Dataset(curated / "pilotplans.db").measures(implements="2020:76")
    assert [(r.document, r.number, r.responsibility) for r in found] == [
        ("hainan-2020", 72, "省委网信办负责推进。"), ("xiamen-2020", 51, "市委网信办，自贸委、市工信局、市商务局")]


def test_measures_implements_reads_the_coverage_documents_once(curated, monkeypatch):
    # the note and the listing were each made from their own coverage, and taking_up read the documents three times
    from pilotplans.api import Dataset

    reads = []
    real = Dataset._coverage_documents
    monkeypatch.setattr(Dataset, "_coverage_documents", lambda self: (reads.append(1), real(self))[1])
    result = run(curated, "measures", "--implements", "national-2020:76", "-f", "jsonl")
    assert (result.exit_code, len(result.stdout.splitlines()), len(reads)) == (0, 2, 1)


def test_a_national_measure_every_local_plan_dropped_lists_none(curated):
    # near miss: 31 (粤港澳大湾区内地9市's clinics) is dropped by both plans
    # (a file holds no measure then, only each plan's `dropped` row: round 52's --implements)
    result = run(curated, "measures", "--implements", "national-2020:31", "-f", "jsonl")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert (result.exit_code, [(r["relation"], r["document"], "number" in r) for r in rows], result.stderr) == (0, [
        ("dropped", "hainan-2020", False), ("dropped", "xiamen-2020", False)], (
        "note: national-2020:31 (允许在粤港澳大湾区内地9市开业的指定医…): taken up by no stored local plan; dropped by "
        "hainan-2020, xiamen-2020\n"))


def test_a_national_measure_every_local_plan_dropped_lists_no_measure_on_the_terminal(curated):
    # the terminal's table lists measures alone: none, and says so
    result = run(curated, "measures", "--implements", "national-2020:31", "-f", "table")
    assert (result.exit_code, result.stderr.splitlines()[-1]) == (0, "note: no measure matches")


def test_implements_naming_a_local_plan_is_one_error_line(curated):
    result = run(curated, "measures", "--implements", "xiamen-2020:3")
    assert (result.exit_code, result.stderr) == (2, (
        "error: --implements xiamen-2020:3: xiamen-2020: it is a municipal plan, not a national one (the national plans "
        "stored local plans implement: national-2020)\n"))


def test_the_history_of_a_measure_of_a_plan_left_out_says_why_it_is_no_round(curated):
    # lineage -m 2025:5 said "no round 2025 among national-2018, national-2020", as if no 2025 plan were stored
    result = run(curated, "lineage", "-m", "2025:5")
    assert (result.exit_code, result.stderr) == (2, (
        "error: 2025:5: no round 2025 among national-2018 (2018), national-2020 (2020); write DOC:NUMBER, e.g. "
        "national-2020:59; national-2025 (service-opening) is stored, a plan of another programme than the rounds "
        "followed, no next round of them: name the plans to follow with -r, oldest first\n"))


def test_the_history_of_a_measure_of_a_round_not_stored_says_only_the_rounds(curated):
    # near miss: no plan of 2017 is stored, left out or not
    result = run(curated, "lineage", "-m", "2017:5")
    assert (result.exit_code, result.stderr) == (2, (
        "error: 2017:5: no round 2017 among national-2018 (2018), national-2020 (2020); write DOC:NUMBER, e.g. "
        "national-2020:59\n"))


# ----------------------------------------------------------------------------- a round's year names its national plan

def test_coverage_takes_a_round_s_year_for_its_stored_national_plan(curated, tmp_path):
    # `coverage -n 2020` was "no document with id 2020", while lineage -r 2020 and --measure 2020:59 take the year
    by_year, by_id = tmp_path / "year.csv", tmp_path / "id.csv"
    result = run(curated, "coverage", "-n", "2020", "-o", str(by_year))
    run(curated, "coverage", "-n", "national-2020", "-o", str(by_id))
    assert result.exit_code == 0, result.output
    assert by_year.read_bytes() == by_id.read_bytes()


def test_coverage_of_a_round_s_year_reads_no_stored_document_whole_but_those_coverage_reads(curated, tmp_path, monkeypatch):
    # the year was looked up among every stored document read whole (local plans and all), not the national plans
    # coverage had read already
    from pilotplans.api import Dataset

    asked = []
    real = Dataset.documents
    monkeypatch.setattr(Dataset, "documents", lambda self, ids=None: (asked.append(ids), real(self, ids))[1])
    result = run(curated, "coverage", "-n", "2020", "-o", str(tmp_path / "c.csv"))
    assert (result.exit_code, None in asked) == (0, False)


def test_coverage_of_a_year_no_stored_national_plan_has_lists_the_rounds(curated):
    result = run(curated, "coverage", "-n", "2019")
    assert (result.exit_code, result.stderr) == (2, (
        "error: round 2019: no stored national plan of this round; rounds: 2018 (national-2018), 2020 (national-2020), "
        "2025 (national-2025)\n"))


# ----------------------------------------------------------------------------- comparing two cities' plans

def test_a_diff_of_two_local_plans_of_one_national_plan_points_at_their_coverage(curated):
    # diff hainan-2020 xiamen-2020 said only that neither implements the other: what the analyst comparing two places
    # wants — what each did with the national plan they both carry out — is the coverage of the two
    result = run(curated, "diff", "hainan-2020", "xiamen-2020", "-f", "jsonl")
    assert result.stderr.splitlines()[1] == (
        "note: hainan-2020 and xiamen-2020 both implement national-2020: `pilotplans coverage -n national-2020 -l "
        f"hainan-2020 -l xiamen-2020 --db sqlite:///{curated / 'pilotplans.db'}` sets what each did with its measures "
        "side by side")


HAINAN_FILE, XIAMEN_FILE = (FIXTURES / "seeds" / name for name in ("004_662d9067fb13adab.txt", "003_0b1b6885711b46b3.txt"))


def test_two_stored_plans_given_as_files_point_at_their_coverage_too(curated):
    # the files of hainan-2020 and xiamen-2020, both stored: the coverage command the note gives reads them
    result = run(curated, "diff", str(HAINAN_FILE), str(XIAMEN_FILE), "-f", "jsonl")
    assert "note: hainan-2020 and xiamen-2020 both implement national-2020: `pilotplans coverage" in result.stderr


def test_two_files_stored_in_no_database_get_no_coverage_command(tmp_path):
    # the two files diffed with no database: `coverage -n national-2020 -l hainan-2020 -l xiamen-2020` would only fail
    # (no such database), so the note pointing at it is not given; the note that neither implements the other is
    result = run(tmp_path, "diff", str(HAINAN_FILE), str(XIAMEN_FILE), "-f", "jsonl")
    assert (result.exit_code, "both implement" in result.stderr, "neither implements the other" in result.stderr) == (
        0, False, True)


def test_a_diff_of_a_local_plan_against_its_own_national_plan_points_at_nothing(curated):
    # near miss: national-2020 is xiamen-2020's parent, not its peer
    result = run(curated, "diff", "national-2020", "xiamen-2020", "-f", "jsonl")
    assert (result.exit_code, result.stderr) == (0, "")


# ----------------------------------------------------------------------------- a place named where an id is asked

def test_a_place_given_as_a_document_id_names_its_stored_plans(curated):
    # measures -d 厦门 listed the stored ids and left the analyst to guess which is 厦门's
    result = run(curated, "measures", "-d", "厦门市")
    assert (result.exit_code, result.stderr) == (1, (
        "error: no document with id 厦门市 in the database; it holds hainan-2020, national-2018, national-2020, "
        "national-2025, xiamen-2020; 厦门市 is a place: its plan is xiamen-2020\n"))


def test_a_place_of_no_stored_plan_given_as_a_document_id_names_the_places_plans_are_of(curated):
    # 上海 is a place, but no stored plan is 上海's: the places plans are of are named (round 51; the ids alone before)
    result = run(curated, "measures", "-d", "上海")
    assert (result.exit_code, result.stderr) == (1, (
        "error: no document with id 上海 in the database; it holds hainan-2020, national-2018, national-2020, "
        "national-2025, xiamen-2020; 上海 is a place no stored plan is of, nor of a place in it; stored plans are of 海南、"
        "厦门 (`pilotplans documents` lists them)\n"))


def _coverage_reads(monkeypatch) -> list[int]:
    """A 1 for each time the documents coverage needs are read from the database from now on."""
    from pilotplans.api import Dataset

    reads: list[int] = []
    real = Dataset._coverage_documents
    monkeypatch.setattr(Dataset, "_coverage_documents", lambda self: (reads.append(1), real(self))[1])
    return reads


def test_coverage_reads_the_coverage_documents_once_for_its_matrices_and_the_plans_it_lists_after_them(curated, monkeypatch):
    # the matrices and the list of the national plans no plan implements each read the documents
    from pilotplans.api import Dataset
    from pilotplans.diff.coverage import unlinked_table

    listed = unlinked_table(Dataset(curated / "pilotplans.db").plan_groups())
    reads = _coverage_reads(monkeypatch)
    result = run(curated, "coverage", "-f", "table")
    assert (result.exit_code, len(reads)) == (0, 1)
    assert listed == ("national-2018: no stored local plan implements it\n"
                      "national-2025: no stored local plan implements it\n")
    assert result.stdout.endswith(listed)


def test_coverage_of_one_national_plan_reads_them_once_and_lists_no_other_plan(curated, monkeypatch):
    reads = _coverage_reads(monkeypatch)
    result = run(curated, "coverage", "-n", "national-2020", "-f", "table")
    assert (result.exit_code, len(reads)) == (0, 1)
    assert "no stored local plan implements it" not in result.stdout
