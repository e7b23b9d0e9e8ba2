"""A document id holding spaces on the command line. A file the manifest does not name is stored under
its file name (``chengdu 2020 tasks.txt`` → ``chengdu 2020 tasks``), spaces and all: a message naming
such an id puts it in quotes, as the user gives it (a space at its end is seen, the list of stored ids
is read where each id begins and ends), and words too many after a value given say that a value with
spaces goes in quotes. An id without spaces is named as it is."""

from __future__ import annotations

import shutil

import pytest
from typer.testing import CliRunner

from pilotplans.cli import app
from pilotplans.errors import shown_id, shown_ids
from tests.conftest import SEEDS

CHENGDU = SEEDS.parent / "plans" / "chengdu-2020-tasks.txt"
HELD = "; it holds 'chengdu 2020 tasks', hainan-2020, national-2018, national-2020, national-2025, xiamen-2020\n"


@pytest.fixture(scope="module")
def spaced(curated, tmp_path_factory):
    """The curated database with the real Chengdu plan stored from a file whose name holds spaces."""
    folder = tmp_path_factory.mktemp("spaced")
    shutil.copy(curated / "pilotplans.db", folder / "pilotplans.db")
    shutil.copy(CHENGDU, folder / "chengdu 2020 tasks.txt")
    stored = CliRunner().invoke(app, ["extract", str(folder / "chengdu 2020 tasks.txt"), "--db", url(folder), "-f", "jsonl"])
    assert stored.exit_code == 0, stored.stderr
    return folder


def url(folder) -> str:
    return f"sqlite:///{folder / 'pilotplans.db'}"


def test_an_id_with_spaces_is_named_in_quotes():
    assert shown_id("chengdu 2020 tasks") == "'chengdu 2020 tasks'"


def test_an_id_with_a_comma_is_named_in_quotes():
    assert shown_ids(["plan,2", "xiamen-2020"]) == "'plan,2', xiamen-2020"


@pytest.mark.parametrize("value", ["national-2020", "成都市实施方案", "xiamen_2020.v2"])
def test_an_id_without_spaces_is_named_as_it_is(value):
    assert shown_id(value) == value


def test_an_id_with_spaces_is_stored_and_found_given_in_quotes(spaced):
    result = CliRunner().invoke(app, ["measures", "-d", "chengdu 2020 tasks", "-f", "jsonl", "--db", url(spaced)])
    assert (result.exit_code, len(result.stdout.splitlines())) == (0, 56)


def test_an_id_given_with_a_space_at_its_end_is_named_in_quotes_beside_the_stored_ones(spaced):
    result = CliRunner().invoke(app, ["measures", "-d", "chengdu 2020 tasks ", "--db", url(spaced)])
    assert (result.exit_code, result.stderr) == (1, "error: no document with id 'chengdu 2020 tasks ' in the database" + HELD)


def test_diff_names_an_id_with_spaces_it_cannot_find_in_quotes(spaced):
    result = CliRunner().invoke(app, ["diff", "national-2020", "chengdu 2020", "--db", url(spaced)])
    assert (result.exit_code, result.stderr) == (
        1, f"error: 'chengdu 2020': no such file, and no document with this id in {url(spaced)}" + HELD)


def test_an_id_parted_by_the_shell_is_told_to_go_in_quotes(spaced):
    result = CliRunner().invoke(app, ["measures", "-d", "chengdu", "2020", "tasks", "--db", url(spaced)], prog_name="pilotplans")
    assert (result.exit_code, result.stderr) == (
        2, "error: pilotplans measures: got unexpected extra argument(s) (2020 tasks) (a value holding spaces, as a document "
           "id made from a file's name, goes in quotes); usage: pilotplans measures [OPTIONS]\n")


def test_words_too_many_after_a_flag_alone_are_not_told_to_go_in_quotes():
    # --unresolved takes no value: "x" cannot be the rest of one
    result = CliRunner().invoke(app, ["departments", "--unresolved", "x"], prog_name="pilotplans")
    assert result.stderr == ("error: pilotplans departments: got unexpected extra argument(s) (x); "
                             "usage: pilotplans departments [OPTIONS]\n")


@pytest.mark.parametrize("args", [
    ["measures", "-f", "table", "x"],  # a choice: "x" cannot be the rest of "table"
    ["measures", "-n", "3", "x"],  # a number
    ["rebuild", "--workers", "2", "x"],
], ids=["choice", "number", "workers"])
def test_words_too_many_after_a_number_or_a_choice_are_not_told_to_go_in_quotes(args):
    result = CliRunner().invoke(app, args, prog_name="pilotplans")
    assert (result.exit_code, "got unexpected extra argument(s) (x);" in result.stderr, "quotes" in result.stderr) == (
        2, True, False)


@pytest.mark.parametrize("args", [
    ["search", "推进", "改革"],  # a query of two words
    ["measures", "--db", "my", "data.db"],  # a path
], ids=["query", "path"])
def test_words_too_many_after_a_text_or_a_path_are_told_to_go_in_quotes(args):
    result = CliRunner().invoke(app, args, prog_name="pilotplans")
    assert (result.exit_code, f"({args[-1]}) (a value holding spaces" in result.stderr) == (2, True)


@pytest.mark.parametrize(("value", "said"), [
    ("xi'an 2020 tasks", "\"xi'an 2020 tasks\""),  # a file named in pinyin: single quotes round it would end at its own
    ("xi'an-2020", "\"xi'an-2020\""),  # no space, but a shell reads the quote
    ("plan(1)", "'plan(1)'"),  # a copy's name as a file manager makes it
    ('a"b c', "'a\"b c'"),
])
def test_an_id_holding_a_mark_a_shell_reads_is_named_in_quotes_that_give_it_back_whole(value, said):
    import shlex

    assert (shown_id(value), shlex.split(said)) == (said, [value])


@pytest.fixture(scope="module")
def spaced_national(curated, tmp_path_factory):
    """The curated database with the 2025 national list stored from a file whose name holds spaces."""
    from tests.conftest import FIXTURES

    folder = tmp_path_factory.mktemp("spaced_national")
    shutil.copy(curated / "pilotplans.db", folder / "pilotplans.db")
    shutil.copy(FIXTURES / "national-2025-service-opening.docx", folder / "national 2025 list.docx")
    stored = CliRunner().invoke(app, ["extract", str(folder / "national 2025 list.docx"), "--db", url(folder), "-f", "jsonl"])
    assert stored.exit_code == 0, stored.stderr
    return folder


@pytest.mark.parametrize(("national", "named"), [("national 2025 list", "'national 2025 list'"),
                                                 ("national-2025", "national-2025")])
def test_coverage_names_a_national_plan_nothing_implements_as_a_command_line_takes_it(spaced_national, national, named):
    result = CliRunner().invoke(app, ["coverage", "--national", national, "--db", url(spaced_national)])
    assert (result.exit_code, result.stderr) == (
        1, f"error: no stored local plan implements {named}; name the plans with --national and --local\n")


def test_coverage_names_a_local_plan_with_spaces_in_quotes_where_it_says_how_it_was_linked(spaced):
    result = CliRunner().invoke(app, ["coverage", "-l", "chengdu 2020 tasks", "-f", "table", "--db", url(spaced)])
    assert (result.exit_code, result.stdout.splitlines()[0]) == (
        0, "'chengdu 2020 tasks' → national-2020: linked by the 文号 it cites (it cites 国函〔2020〕111号)")


def test_the_rebuild_names_a_plan_with_spaces_it_linked_to_no_national_plan_in_quotes():
    from pilotplans.ingest.unlinked import PlanFacts, unlinked_notes

    plans = [PlanFacts("national 2020", "national", None, "service-trade", None, None),
             PlanFacts("wuxi 2020 plan", "municipal", "无锡", "service-trade", None, None)]
    assert unlinked_notes(plans) == [
        "'wuxi 2020 plan': linked to no national plan (it cites no stored plan's 文号, and neither its measures nor its "
        "title match one clearly) though 'national 2020' is stored: name its parent in manifest.toml (parent = \"…\") "
        "if it implements one"]


def test_diff_names_plans_with_spaces_of_different_programmes_in_quotes():
    from pilotplans.diff.direction import unrelated_note
    from pilotplans.diff.models import DocumentRef

    national = DocumentRef(id="national 2025 list", level="national", programme="service-opening", round=2025)
    local = DocumentRef(id="chengdu 2020 tasks", level="municipal", region="成都", programme="service-trade", round=2020)
    assert unrelated_note(national, local) == (
        "note: 'national 2025 list' (service-opening) and 'chengdu 2020 tasks' (service-trade) are plans of different "
        "programmes: neither implements the other, and the links say only how alike the measures of 'chengdu 2020 tasks' "
        "are to those of 'national 2025 list', not what one did with the other's")


def test_lineage_names_rounds_with_spaces_given_newest_first_in_quotes():
    from pilotplans.diff.direction import rounds_order_note
    from pilotplans.diff.models import DocumentRef

    newer = DocumentRef(id="national 2020", level="national", round=2020)
    older = DocumentRef(id="national 2018", level="national", round=2018)
    assert rounds_order_note([newer, older], ["national 2020", "national 2018"]) == (
        "note: 'national 2020' (round 2020) is given before 'national 2018' (round 2018): the lineage follows "
        "the measures of 'national 2020' into 'national 2018', backwards; "
        "`pilotplans lineage -r 'national 2018' -r 'national 2020'` follows them forward")


def test_a_rebuild_names_a_stored_document_with_spaces_it_leaves_out_in_quotes(curated, tmp_path):
    shutil.copytree(SEEDS, tmp_path / "raw")
    shutil.copy(curated / "pilotplans.db", tmp_path / "pilotplans.db")
    shutil.copy(CHENGDU, tmp_path / "chengdu 2020 tasks.txt")
    stored = CliRunner().invoke(app, ["extract", str(tmp_path / "chengdu 2020 tasks.txt"), "--db", url(tmp_path), "-f", "csv"])
    assert stored.exit_code == 0, stored.output
    again = CliRunner().invoke(app, ["rebuild", "--raw", str(tmp_path / "raw"), "--out", str(tmp_path / "out"),
                                     "--db", url(tmp_path), "--workers", "1"])
    assert (again.exit_code, again.stderr.splitlines()[0]) == (
        0, f"note: 'chengdu 2020 tasks' was stored in the database and is not in {tmp_path / 'raw'}: the rebuild leaves it out")


def test_diff_names_a_plan_with_spaces_given_the_wrong_way_round_without_a_possessive_after_its_quotes():
    # it read "this says what 'xiamen 2020' did with 'xiamen 2024''s measures": the quote, then 's
    from pilotplans.diff.direction import reversed_note
    from pilotplans.diff.models import DocumentRef

    newer = DocumentRef(id="xiamen 2024", level="municipal", region="厦门", round=2024)
    older = DocumentRef(id="xi'an 2020", level="municipal", region="厦门", round=2020)
    assert reversed_note(newer, older, "xiamen 2024.txt", "xi'an 2020.txt") == (
        "note: 'xiamen 2024' (round 2024) is given as NATIONAL and \"xi'an 2020\" (round 2020) as LOCAL: this says what "
        "\"xi'an 2020\" did with the measures of 'xiamen 2024'; `pilotplans diff 'xi'\"'\"'an 2020.txt' 'xiamen 2024.txt'` "
        "says what 'xiamen 2024' did with those of \"xi'an 2020\"")


# The tables of the analysts' commands name ids as the messages do: an id with a space, in quotes, is not read as
# two words in a title, a count line or a column's header.

def test_diff_s_count_line_names_an_id_with_spaces_in_quotes(spaced):
    result = CliRunner().invoke(app, ["diff", "-f", "table", "national-2020", "chengdu 2020 tasks", "--db", url(spaced)],
                                env={"COLUMNS": "200"})
    assert (result.exit_code, result.stdout.splitlines()[0]) == (
        0, "national-2020 → 'chengdu 2020 tasks': 26 same, 11 adapted, 8 merged, 9 split, 6 local, 69 dropped")


def test_diff_s_count_line_names_plain_ids_as_they_are(spaced):
    result = CliRunner().invoke(app, ["diff", "-f", "table", "national-2020", "xiamen-2020", "--db", url(spaced)], env={"COLUMNS": "200"})
    assert (result.exit_code, result.stdout.splitlines()[0]) == (
        0, "national-2020 → xiamen-2020: 59 same, 15 adapted, 2 merged, 3 split, 10 local, 43 dropped")


def test_coverage_heads_a_plan_s_column_with_its_id_in_quotes(spaced):
    result = CliRunner().invoke(app, ["coverage", "-f", "table", "-n", "national-2020", "-l", "chengdu 2020 tasks", "-l", "xiamen-2020",
                                      "--db", url(spaced)], env={"COLUMNS": "200"})
    header = next(line for line in result.stdout.splitlines() if line.startswith("┃ no."))
    assert (result.exit_code, [cell.strip() for cell in header.strip("┃").split("┃")]) == (
        0, ["no.", "measure", "'chengd…tasks'", "xiamen-2020"])


def test_lineage_names_a_round_with_spaces_in_quotes_in_its_count_line_and_header(spaced, tmp_path):
    listed = tmp_path / "national 2025 list.txt"
    shutil.copy(SEEDS / "002_e688f04ce005bf43.txt", listed)
    result = CliRunner().invoke(app, ["lineage", "-f", "table", "-r", "2020", "-r", str(listed), "--db", url(spaced)], env={"COLUMNS": "200"})
    lines = result.stdout.splitlines()
    header = next(line for line in lines if line.startswith("┃"))
    assert (result.exit_code, lines[0], [cell.strip() for cell in header.strip("┃").split("┃")]) == (
        0, "national-2020 → 'national 2025 list': 1 carried, 5 changed, 0 merged, 0 split, 146 new, 116 dropped",
        ["national-2020", "→", "'national 2025 list'"])
