"""What a newcomer's trial of README found on the command line: a bad option value is one error
line (exit 2), a database pilotplans does not store in is named so, a search cut by --limit or a
listing with nothing in it says so on stderr in every format."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from pilotplans.cli import app
from tests.conftest import SEEDS

XIAMEN = SEEDS / "003_0b1b6885711b46b3.txt"


def run(curated, *args: str):
    return CliRunner().invoke(app, [*args, "--db", f"sqlite:///{curated / 'pilotplans.db'}"])


def test_a_level_documents_does_not_take_is_one_error_line(curated):
    result = run(curated, "documents", "--level", "city")
    assert (result.exit_code, result.stdout, result.stderr) == (
        2, "", "error: --level: 'city' is not one of 'national', 'provincial', 'municipal', 'county', 'township'.\n")


def test_a_number_below_an_options_least_is_one_error_line():
    result = CliRunner().invoke(app, ["extract", "--workers", "0", str(XIAMEN)])
    assert (result.exit_code, result.stderr) == (2, "error: --workers: 0 is less than 1, the least it takes: give 1 or more\n")


@pytest.mark.parametrize("limit", ["0", "-3"])
def test_a_search_limited_to_no_hit_or_fewer_is_one_error_line_saying_the_least(curated, limit):
    # it read `--limit: Input should be greater than or equal to 1`, the validator's words
    result = run(curated, "search", "数据", "--limit", limit)
    assert (result.exit_code, result.stdout, result.stderr) == (
        2, "", f"error: --limit: {limit} is less than 1, the least it takes: give 1 or more\n")


def test_a_search_limited_to_one_hit_shows_one(curated):
    # near miss: the least limit is taken
    result = run(curated, "search", "跨境数据", "--limit", "1", "-f", "jsonl")
    assert (result.exit_code, len(result.stdout.splitlines()), result.stderr) == (
        0, 1, "note: 1 hit(s) (the first 1; --limit for more)\n")


def test_a_format_a_command_does_not_write_is_one_error_line(curated):
    result = run(curated, "search", "数据", "-f", "html")
    assert (result.exit_code, result.stderr) == (2, "error: --format: 'html' is not one of 'table', 'jsonl', 'json', 'csv', 'xlsx'.\n")


@pytest.mark.parametrize(("args", "said"), [
    (["extract"], "pilotplans extract: missing argument 'PATH_OR_URL...'; usage: pilotplans extract [OPTIONS] PATH_OR_URL..."),
    (["diff", "onlyone"], "pilotplans diff: missing argument 'LOCAL'; usage: pilotplans diff [OPTIONS] NATIONAL LOCAL"),
], ids=["extract", "diff"])
def test_a_missing_argument_is_one_line_naming_it_and_the_usage(args, said):
    # a box of usage lines before
    result = CliRunner().invoke(app, args, prog_name="pilotplans")
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", f"error: {said}\n")


@pytest.mark.parametrize(("args", "said"), [
    (["diff", "a", "b", "c"], "pilotplans diff: got unexpected extra argument(s) (c) (a value holding spaces, as a document id "
                              "made from a file's name, goes in quotes); usage: pilotplans diff [OPTIONS] NATIONAL LOCAL"),
    (["measures", "x"], "pilotplans measures: got unexpected extra argument(s) (x); usage: pilotplans measures [OPTIONS]"),
], ids=["diff", "measures"])
def test_an_argument_too_many_is_one_line_naming_it_and_the_usage(args, said):
    result = CliRunner().invoke(app, args, prog_name="pilotplans")
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", f"error: {said}\n")


@pytest.mark.parametrize(("args", "said"), [
    (["extract", "x.txt", "--format"], "pilotplans extract: option '--format' requires an argument; usage: pilotplans extract "
                                       "[OPTIONS] PATH_OR_URL..."),
    (["measures", "-d"], "pilotplans measures: option '-d' requires an argument; usage: pilotplans measures [OPTIONS]"),
], ids=["extract", "measures"])
def test_an_option_given_no_value_is_one_line_naming_it_and_the_command_s_usage(args, said):
    # a box of usage lines before, naming the program's usage rather than the command's
    result = CliRunner().invoke(app, args, prog_name="pilotplans")
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", f"error: {said}\n")


def test_a_command_that_does_not_exist_is_one_line_with_the_program_s_usage():
    result = CliRunner().invoke(app, ["bogus"], prog_name="pilotplans")
    assert (result.exit_code, result.stderr) == (2, "error: pilotplans: no such command 'bogus'; usage: pilotplans [OPTIONS] COMMAND [ARGS]...\n")


def test_a_command_misspelt_is_one_line_naming_the_closest_in_brackets():
    # "no such command 'extrct'. Did you mean 'extract'?; usage: …", a sentence inside the line
    result = CliRunner().invoke(app, ["extrct", "x.txt"], prog_name="pilotplans")
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", "error: pilotplans: no such command 'extrct' (did you mean "
                                                                "'extract'?); usage: pilotplans [OPTIONS] COMMAND [ARGS]...\n")


def test_a_program_called_with_nothing_still_shows_its_help():
    result = CliRunner().invoke(app, [], prog_name="pilotplans")
    assert "Usage:" in result.stdout and "error:" not in result.stderr


@pytest.mark.parametrize("url", ["mysql://me@localhost/plans", "mssql+pyodbc://me@localhost/plans"])
def test_a_database_pilotplans_does_not_store_in_is_named_unsupported(url):
    result = CliRunner().invoke(app, ["extract", str(XIAMEN), "--db", url])
    kind = url.split(":")[0].split("+")[0]
    assert (result.exit_code, result.stderr) == (1, f"error: {url}: pilotplans supports only SQLite and PostgreSQL databases, "
                                                    f"not {kind} (e.g. sqlite:///FILE or postgresql+psycopg://USER@HOST/DB)\n")


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "json"])
def test_a_search_cut_by_its_limit_says_so_in_every_format(curated, fmt):
    result = run(curated, "search", "数据", "--limit", "2", "-f", fmt)
    assert (result.exit_code, result.stderr) == (0, "note: 2 hit(s) (the first 2; --limit for more)\n")


def test_a_search_within_its_limit_says_nothing_in_a_file_format(curated):
    result = run(curated, "search", "数据", "--limit", "1000", "-f", "csv")
    assert (result.exit_code, result.stderr) == (0, "")
    assert len(result.stdout.splitlines()) > 3


def test_a_search_whose_limit_is_just_its_hits_is_not_called_cut(curated):
    every = len(run(curated, "search", "数据", "--limit", "1000", "-f", "jsonl").stdout.splitlines())
    result = run(curated, "search", "数据", "--limit", str(every), "-f", "table")
    assert result.stderr == f"{every} hit(s)\n"


@pytest.mark.parametrize(("args", "said"), [
    (["measures", "-d", "national-2020", "-n", "999"], "note: no measure matches\n"),
    (["documents", "--level", "county"], "note: no document matches\n"),
    (["departments", "-d", "national-2020", "--unresolved"], "note: no body matches\n"),
    (["search", "zzzqqq", "-f", "jsonl"], "note: no measure matches\n"),
])
def test_an_empty_listing_says_so_on_stderr(curated, args, said):
    result = run(curated, *args)
    assert (result.exit_code, result.stderr) == (0, said)


def test_a_listing_with_rows_says_no_such_word(curated):
    result = run(curated, "measures", "-d", "national-2020", "-n", "113", "-f", "csv")
    assert (result.exit_code, result.stderr) == (0, "")


def rebuilt(tmp_path):
    import shutil

    shutil.copytree(SEEDS, tmp_path / "raw")
    args = ["rebuild", "--raw", str(tmp_path / "raw"), "--out", str(tmp_path / "out"), "--workers", "1"]
    assert CliRunner().invoke(app, args).exit_code == 0
    return args


def test_a_rebuild_names_each_stored_document_it_leaves_out(tmp_path):
    # a plan stored by `extract --db` into the curated database vanished at the next rebuild, which
    # said only "carried over 5 (nothing changed)"
    args = rebuilt(tmp_path)
    url = f"sqlite:///{tmp_path / 'out' / 'pilotplans.db'}"
    stored = CliRunner().invoke(app, ["extract", str(SEEDS.parent / "plans" / "chengdu-2020-tasks.txt"), "--db", url, "-f", "csv"])
    assert stored.exit_code == 0, stored.output
    again = CliRunner().invoke(app, args)
    assert (again.exit_code, again.stderr) == (0, f"note: chengdu-2020 was stored in the database and is not in {tmp_path / 'raw'}: "
                                                  "the rebuild leaves it out\nread 0 document(s), carried over 5 (nothing changed)\n")
    listed = CliRunner().invoke(app, ["documents", "--db", url, "-f", "jsonl"])
    assert "chengdu-2020" not in listed.stdout


def test_a_rebuild_outside_the_pilotplans_folder_says_where_it_looked_and_how_to_name_the_folder(tmp_path, monkeypatch):
    # `cd /tmp && pilotplans rebuild` said only "data/raw: no such folder of source documents"
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["rebuild"])
    assert (result.exit_code, result.stderr) == (1, f"error: data/raw: no such folder of source documents in {tmp_path}: run the "
                                                    "rebuild in the pilotplans folder, or name the folder with --raw DIR\n")
    assert not (tmp_path / "data").exists()


def test_a_raw_folder_named_that_does_not_exist_is_named_alone(tmp_path):
    result = CliRunner().invoke(app, ["rebuild", "--raw", str(tmp_path / "raw"), "--out", str(tmp_path / "out")])
    assert (result.exit_code, result.stderr) == (1, f"error: {tmp_path / 'raw'}: no such folder of source documents\n")


def test_a_file_given_for_the_raw_folder_is_named_a_file_with_its_folder_and_extract_db(tmp_path):
    # "plan.txt: no such folder of source documents", of a file that exists
    plan = tmp_path / "plan.txt"
    shutil.copy(XIAMEN, plan)
    result = CliRunner().invoke(app, ["rebuild", "--raw", str(plan), "--out", str(tmp_path / "out")])
    assert (result.exit_code, result.stderr) == (1, f"error: {plan}: a file, not a folder of source documents: name its "
                                                    f"folder ({tmp_path}), or store the file alone with `pilotplans "
                                                    "extract FILE --db URL`\n")
    assert not (tmp_path / "out").exists()


def test_a_rebuild_over_its_own_documents_names_none_left_out(tmp_path):
    args = rebuilt(tmp_path)
    again = CliRunner().invoke(app, args)
    assert (again.exit_code, again.stderr) == (0, "read 0 document(s), carried over 5 (nothing changed)\n")


def test_lineage_takes_a_rounds_year_for_its_stored_national_plan(curated):
    by_year = run(curated, "lineage", "-r", "2020", "-r", "2025", "-f", "jsonl")
    by_id = run(curated, "lineage", "-r", "national-2020", "-r", "national-2025", "-f", "jsonl")
    assert by_year.exit_code == 0, by_year.output
    assert by_year.stdout == by_id.stdout
    assert {tuple(json.loads(line)["rounds"]) for line in by_year.stdout.splitlines()} == {("national-2020", "national-2025")}


def test_lineage_refuses_a_year_no_stored_national_plan_has_listing_the_rounds(curated):
    result = run(curated, "lineage", "-r", "2021")
    assert (result.exit_code, result.stderr) == (
        2, "error: round 2021: no stored national plan of this round; rounds: 2018 (national-2018), 2020 (national-2020), "
           "2025 (national-2025)\n")


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_the_version_is_printed_and_the_program_exits_0(flag):
    import pilotplans

    result = CliRunner().invoke(app, [flag])
    assert (result.exit_code, result.stdout, result.stderr) == (0, f"pilotplans {pilotplans.__version__}\n", "")


def test_the_version_printed_is_the_one_the_package_is_installed_as():
    import tomllib
    from pathlib import Path

    import pilotplans

    project = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text("utf-8"))["project"]
    assert pilotplans.__version__ == project["version"]


LONG_NAME = "xiamen-municipal-implementation-plan-for-deepening-services-trade-pilot-2020-final-version.txt"


@pytest.mark.parametrize(("columns", "shown"), [("80", "│ xiamen-mun…l-version │ 1   │"), ("100", "│ xiamen-munic…inal-version │ 1   │")])
def test_a_table_of_a_document_with_a_long_id_fits_the_terminal(tmp_path, columns, shown):
    # a notice saved under a long file name gets that name as its id, which pushed the table to 106
    # columns on a terminal of 100 and to 240 on one of 80
    from rich.cells import cell_len

    (tmp_path / LONG_NAME).write_bytes(XIAMEN.read_bytes())
    result = CliRunner(env={"COLUMNS": columns}).invoke(app, ["extract", str(tmp_path / LONG_NAME), "-f", "table"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert max(cell_len(line) for line in lines) == int(columns)
    assert next(line for line in lines if line.startswith("│ xiamen")).startswith(shown)


def test_a_table_of_a_document_with_a_short_id_shows_it_whole(curated):
    result = CliRunner(env={"COLUMNS": "80"}).invoke(app, ["measures", "-f", "table", "-d", "xiamen-2020", "--db", f"sqlite:///{curated / 'pilotplans.db'}"])
    assert next(line for line in result.stdout.splitlines() if line.startswith("│ xiamen")).startswith("│ xiamen-2020 │ 1   │")


@pytest.mark.parametrize("local", ["xiamen-2020", str(SEEDS.parent / "plans" / "chengdu-2020-tasks.txt")], ids=["stored", "file"])
def test_a_diff_table_fits_the_terminal(curated, local):
    # it was drawn 160 columns wide whatever the terminal, stored or read on the fly
    from rich.cells import cell_len

    result = CliRunner(env={"COLUMNS": "100"}).invoke(app, ["diff", "-f", "table", "national-2020", local, "--db", f"sqlite:///{curated / 'pilotplans.db'}"])
    assert result.exit_code == 0, result.output
    assert max(cell_len(line) for line in result.stdout.splitlines()) == 100


@pytest.mark.parametrize(("args", "name", "begins"), [
    (["measures", "-d", "xiamen-2020"], "gaps.xlsx", b"PK\x03\x04"),
    (["measures", "-d", "xiamen-2020"], "gaps.csv", "\ufeffdocument,doc_title,".encode()),
    (["documents"], "documents.json", b'[\n  {\n    "id": "hainan-2020",'),
    (["search", "数据", "--limit", "1"], "hits.jsonl", b'{"document": '),
    (["diff", "national-2020", "xiamen-2020"], "diff.csv", "\ufeffnational,".encode()),
    (["extract", str(XIAMEN)], "xiamen.xlsx", b"PK\x03\x04"),
    (["lineage", "-r", "2020", "-r", "2025"], "lineage.jsonl", b'{"'),
    (["lineage", "-r", "2020", "-r", "2025"], "lineage.csv", "\ufeffnational-2020:no.,".encode()),
    (["lineage", "-r", "2020", "-r", "2025"], "lineage.XLSX", b"PK"),
], ids=["measures-xlsx", "measures-csv", "documents-json", "search-jsonl", "diff-csv", "extract-xlsx", "lineage-jsonl",
        "lineage-csv", "lineage-xlsx"])
def test_an_output_file_without_a_format_is_written_in_the_format_its_extension_names(curated, tmp_path, args, name, begins):
    # `-o gaps.xlsx` wrote the terminal table's text, and extract's `-o plan.csv` JSONL, under those names.
    # On a copy of the database: `extract --db` stores the notice, and the curated database is every test's.
    shutil.copy(curated / "pilotplans.db", tmp_path / "pilotplans.db")
    result = run(tmp_path, *args, "-o", str(tmp_path / name))
    assert result.exit_code == 0, result.output
    assert (tmp_path / name).read_bytes().startswith(begins)


@pytest.mark.parametrize("args", [["-o", "measures.txt"], ["-f", "table", "-o", "measures.csv"]], ids=["no-format-named", "format-asked"])
def test_an_output_file_keeps_the_table_when_its_extension_names_no_format_or_one_is_asked(curated, tmp_path, args):
    result = run(curated, "measures", "-d", "xiamen-2020", *args[:-1], str(tmp_path / args[-1]))
    assert result.exit_code == 0, result.output
    assert (tmp_path / args[-1]).read_text("utf-8").startswith("┏━")


@pytest.mark.parametrize("args", [["lineage", "-r", "2020", "-r", "2025"], ["diff", "national-2020", "xiamen-2020"]],
                         ids=["lineage-json", "diff-json"])
def test_an_output_file_named_json_gets_the_records_as_one_json_array(curated, tmp_path, args):
    # `lineage -o lineage.csv` wrote the terminal table's text under a CSV's name, silently; a .json file was then
    # refused (round 52: written, as every listing writes one)
    import json

    result = run(curated, *args, "-o", str(tmp_path / "out.json"))
    jsonl = run(curated, *args, "-f", "jsonl")
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "out.json").read_text("utf-8")) == [json.loads(line) for line in jsonl.stdout.splitlines()]


def test_an_output_file_naming_a_format_the_command_does_not_write_is_kept_when_a_format_is_asked(curated, tmp_path):
    result = run(curated, "lineage", "-r", "2020", "-r", "2025", "-f", "jsonl", "-o", str(tmp_path / "lineage.json"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "lineage.json").read_text("utf-8").startswith('{"')


def test_the_documents_listing_of_a_document_with_a_long_id_fits_the_terminal(curated, tmp_path):
    # the quick start's `extract FILE --db` stores a notice under its file name: `documents` then gave
    # that id the whole of an 80-column terminal, and no room to any other column
    import shutil

    from rich.cells import cell_len

    shutil.copy(curated / "pilotplans.db", tmp_path / "pilotplans.db")
    url = f"sqlite:///{tmp_path / 'pilotplans.db'}"
    (tmp_path / LONG_NAME).write_bytes(XIAMEN.read_bytes())
    assert CliRunner().invoke(app, ["extract", str(tmp_path / LONG_NAME), "--db", url, "-o", str(tmp_path / "o.jsonl")]).exit_code == 0
    result = CliRunner(env={"COLUMNS": "80"}).invoke(app, ["documents", "-f", "table", "--db", url])
    lines = result.stdout.splitlines()
    assert max(cell_len(line) for line in lines) <= 80
    row = next(line for line in lines if line.startswith(" xiamen-mun")).split()
    assert (row[0], row[1].startswith("munic")) == ("xiamen-mun…l-version", True)  # its level beside it, folded or not


DOC_NOS = ["琼商服〔2020〕150号", "国函〔2018〕79号", "国函〔2020〕111号"]


@pytest.mark.parametrize(("columns", "headers", "left_out"), [
    ("80", ["id", "level", "文号", "measures", "title"], "date, warnings, programme, round, region, parent"),
    ("60", ["id", "level", "文号", "measures"], "date, warnings, programme, round, region, parent, title"),  # the title was cropped to "t", unsaid
    ("100", ["id", "level", "region", "parent", "文号", "measures", "title"], "date, warnings, programme, round"),
    ("160", ["id", "level", "region", "programme", "round", "parent", "文号", "date", "measures", "warnings", "title"], None),
])
def test_the_documents_table_fits_the_terminal_with_each_文号_whole(curated, columns, headers, left_out):
    # on 100 columns 国函〔2020〕111号 was folded into 国函〔2020 / 〕111号, and on 80 each date and level too
    from rich.cells import cell_len

    result = CliRunner(env={"COLUMNS": columns}).invoke(app, ["documents", "-f", "table", "--db", f"sqlite:///{curated / 'pilotplans.db'}"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert max(cell_len(line) for line in lines) <= int(columns)
    assert lines[0].split() == headers
    assert len(lines) == 1 + 5  # one line a document: nothing wrapped
    assert all(any(doc_no in line for line in lines) for doc_no in DOC_NOS)
    said = "" if left_out is None else (f"note: the table leaves out {left_out} to fit {columns} columns (a wider "
                                        "terminal, or -f csv or -f xlsx -o FILE, shows them)\n")
    assert result.stderr == said


def test_the_documents_table_cuts_a_title_to_the_room_left_with_an_ellipsis(curated):
    result = CliRunner(env={"COLUMNS": "100"}).invoke(app, ["documents", "-f", "table", "--db", f"sqlite:///{curated / 'pilotplans.db'}"])
    row = next(line for line in result.stdout.splitlines() if line.startswith(" hainan-2020"))
    assert row.split()[-1] == "海南省服务贸易创…"


def test_the_documents_table_on_a_wide_terminal_shows_a_long_title_whole(curated):
    # the title was cut to 16 characters before the fit gave it the room left, so a wide terminal showed no more
    from pilotplans import Dataset

    titles = {d.id: d.title for d in Dataset(f"sqlite:///{curated / 'pilotplans.db'}").documents()}
    doc_id, title = max(titles.items(), key=lambda item: len(item[1] or ""))
    assert len(title) > 16
    result = CliRunner(env={"COLUMNS": "400"}).invoke(app, ["documents", "--db", f"sqlite:///{curated / 'pilotplans.db'}"])
    assert result.exit_code == 0, result.output
    assert any(title in line for line in result.stdout.splitlines())


def test_the_documents_listing_in_a_file_format_leaves_out_no_column_whatever_the_terminal(curated, tmp_path):
    result = run(curated, "documents", "-o", str(tmp_path / "documents.csv"))
    assert result.exit_code == 0, result.output
    header = (tmp_path / "documents.csv").read_text("utf-8-sig").splitlines()[0]
    assert header == "id,level,region,programme,round,parent,文号,date,measures,warnings,title"


def test_the_version_is_read_from_the_installed_package_not_kept_by_hand():
    # it was a second copy of pyproject.toml's version, kept equal by the test above
    from importlib.metadata import version

    import pilotplans

    assert "__version__" not in vars(pilotplans)
    assert pilotplans.__version__ == version("pilotplans")


def test_importing_pilotplans_reads_no_package_metadata():
    # the version is read when asked (--version), not by every command's start-up
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", "import sys, pilotplans; print('importlib.metadata' in sys.modules)"],
                          capture_output=True, text=True, check=True)
    assert done.stdout == "False\n"


def test_the_version_of_a_package_not_installed_is_an_error_saying_how_to_install_it(monkeypatch):
    from importlib import metadata

    def not_installed(name):
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "version", not_installed)
    result = CliRunner().invoke(app, ["--version"])
    assert (result.exit_code, result.stdout, result.stderr) == (
        1, "", "error: pilotplans.__version__: pilotplans is not installed, and its version is the installed package's: "
               "run pip install . (or pip install -e .) in the pilotplans folder\n")


@pytest.mark.parametrize(("fmt", "kind"), [("csv", "a CSV"), ("jsonl", "JSONL"), ("json", "JSON")])
def test_measures_pilotplans_wrote_given_back_to_extract_are_named_its_own_output(tmp_path, fmt, kind):
    # extract of rebuild's measures.csv said "the notice issuing 《船舶营业运输证》 ends before the plan's text"
    written = tmp_path / f"xiamen.{fmt}"
    assert CliRunner().invoke(app, ["extract", str(XIAMEN), "-o", str(written)]).exit_code == 0
    result = CliRunner().invoke(app, ["extract", str(written)])
    assert (result.exit_code, result.stderr) == (
        1, f"error: {written}: {kind} of measures pilotplans wrote (its own output), not a source document: "
           + ("open it in Excel, or read the document it was made from\n" if fmt == "csv" else "read the document it was made from\n"))


def test_the_layout_generator_imports_without_pytest():
    # docs/reading.md's `python -m tests.layouts SEED --out DIR --check` died with "No module named 'pytest'"
    # where only pilotplans was installed: its sources read the seeds through tests/conftest.py
    import subprocess
    import sys
    from pathlib import Path

    done = subprocess.run([sys.executable, "-c", "import sys; sys.modules['pytest'] = None; import tests.layouts.sources"],
                          capture_output=True, text=True, cwd=Path(__file__).parents[1])
    assert (done.returncode, done.stderr) == (0, "")


@pytest.mark.parametrize(("command", "columns", "headers", "left_out"), [
    # the documents go before a body's name is cut: at 100 columns 中国（福建）自由贸易试验区厦门片区管理… beside them
    ("departments", "100", ["id", "name", "mentions", "measures"], "written as, roles, counterpart, level, documents"),
    ("departments", "110", ["id", "name", "mentions", "measures", "documents"], "written as, roles, counterpart, level"),
    ("departments", "160", ["id", "name", "level", "mentions", "measures", "documents"], "written as, roles, counterpart"),
    # the counts were cropped by the terminal, unsaid: "ment" and no measures
    ("departments", "60", ["id", "name", "mentions", "measures"], "written as, roles, counterpart, level, documents"),
    ("regions", "80", ["code", "name", "measures", "named", "in", "a", "list", "documents"], None),
])
def test_the_departments_and_regions_tables_fit_the_terminal_breaking_no_header_id_or_count(curated, command, columns, headers,
                                                                                          left_out):
    # on 100 columns departments folded its headers (coun/terp/art, menti/ons) and counts (11/0) into slivers
    from rich.cells import cell_len

    result = CliRunner(env={"COLUMNS": columns}).invoke(app, [command, "-f", "table", "--db", f"sqlite:///{curated / 'pilotplans.db'}"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert max(cell_len(line) for line in lines) <= int(columns)
    assert lines[0].split() == headers
    said = "" if left_out is None else (f"note: the table leaves out {left_out} to fit {columns} columns (a wider "
                                        "terminal, or -f csv or -f xlsx -o FILE, shows them)\n")
    assert result.stderr == said
    first = lines[1].split()
    # 试点地区 (the pilot areas as a party, most mentioned) comes after every department since round 52
    assert first[:2] == (["mofcom", "商务部"] if command == "departments" else ["460000", "海南省"])


@pytest.mark.parametrize("columns", ["80", "100", "160"])
def test_the_departments_table_breaks_no_body_s_name_over_lines(curated, columns):
    # at 80 columns 中共海南省委外事工作委员会办公室 was shown as 中共海南省委外事工 / 作委员会办公室
    result = CliRunner(env={"COLUMNS": columns}).invoke(app, ["departments", "-f", "table", "--db", f"sqlite:///{curated / 'pilotplans.db'}"])
    names = {body["name"] for body in map(json.loads, run(curated, "departments", "-f", "jsonl").stdout.splitlines())}
    rows = result.stdout.splitlines()[1:]
    assert all(not row.startswith(" " * 3) for row in rows)  # no row runs on to a second line
    shown = [row.split()[1] for row in rows]
    assert all(name in names or (name.endswith("…") and any(n.startswith(name[:-1]) for n in names)) for name in shown)


@pytest.mark.parametrize(("columns", "shown"), [
    # the documents column cut it to 中国（福建）自由贸易试验区厦门片区管理… at 100 and 中国（福建）自由贸… at 80
    ("120", "中国（福建）自由贸易试验区厦门片区管理委员会"),
    ("100", "中国（福建）自由贸易试验区厦门片区管理委员会"),
    ("80", "中国（福建）自由贸易试验区厦门…"),
])
def test_the_departments_table_cuts_a_name_only_when_the_terminal_cannot_show_it_whole(curated, columns, shown):
    result = CliRunner(env={"COLUMNS": columns}).invoke(app, ["departments", "-f", "table", "--db", f"sqlite:///{curated / 'pilotplans.db'}"])
    row = next(line for line in result.stdout.splitlines() if "中国（福建）" in line)
    assert row.split()[1] == shown


@pytest.mark.parametrize(("columns", "row"), [
    ("80", "│ #47 探索创新技术…  │ split   │ 46 支持试点地区所…  │ dropped │               │"),
    ("120", "│ #47 探索创新技术贸易管理模式。 │ split   │ 46 支持试点地区所在省（自治区、直辖市）人民政…  │ dropped │               │"),
])
def test_a_lineage_row_keeps_each_measure_s_number_beside_its_words_on_one_line(curated, columns, row):
    # below 122 columns the number was wrapped apart from its words: "46" over "支持试点地区所在省…"
    from rich.cells import cell_len

    result = CliRunner(env={"COLUMNS": columns}).invoke(app, ["lineage", "-f", "table", "-r", "2018", "-r", "2020", "-r", "2025", "--measure", "national-2018:#47", "--db",
                                                              f"sqlite:///{curated / 'pilotplans.db'}"])
    lines = result.stdout.splitlines()
    assert max(cell_len(line) for line in lines) <= int(columns)
    assert [line for line in lines if line.startswith("│")] == [row, row.replace("46 支持试点地区所…  ", "114 探索创新技术贸… ")
                                                                 .replace("46 支持试点地区所在省（自治区、直辖市）人民政…  ",
                                                                          "114 探索创新技术贸易管理模式，完善技术进出口监… ")]


def test_a_lineage_on_a_terminal_too_narrow_for_its_rounds_ids_folds_them_rather_than_crop_the_table(curated):
    # on 60 columns the three rounds' columns at their ids' width made the table wider than the terminal,
    # which cut off national-2025 and the steps' last letters ("droppe") with no word of it
    from rich.cells import cell_len

    result = CliRunner(env={"COLUMNS": "60"}).invoke(app, ["lineage", "-f", "table", "-r", "2018", "-r", "2020", "-r", "2025", "--measure", "national-2018:#47", "--db",
                                                           f"sqlite:///{curated / 'pilotplans.db'}"])
    lines = result.stdout.splitlines()
    rows = [line for line in lines if line.startswith("│")]
    assert max(cell_len(line) for line in lines) <= 60
    assert [[cell.strip() for cell in row.split("│")[1:-1]][1::2] for row in rows] == [["split", "dropped"]] * 2
    assert all(row.endswith("│") for row in rows)


def test_a_rebuild_lists_its_documents_in_columns_whatever_the_length_of_their_ids(tmp_path):
    # an id longer than 16 characters (a file's name) pushed its line's counts out of the column
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "national.txt").write_bytes(SEEDS.joinpath("000_e0aac6ab09a0c8fd.txt").read_bytes())
    (raw / "chengdu-lead-responsible.docx").write_bytes((SEEDS.parent / "plans" / "chengdu-lead-responsible.docx").read_bytes())
    (raw / "厦门市全面深化服务贸易创新发展试点任务.txt").write_bytes(XIAMEN.read_bytes())
    result = CliRunner().invoke(app, ["rebuild", "--raw", str(raw), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    from rich.cells import cell_len

    lines = [line for line in result.stdout.splitlines() if " measures " in line]
    assert len(lines) == 3
    assert len({cell_len(line.partition(" measures ")[0]) for line in lines}) == 1


NATIONAL_BODY = "国务院服务贸易发展部际联席会议办公室"  # the longest name a national-2020 responsibility gives


@pytest.mark.parametrize(("columns", "headers", "left_out"), [
    ("80", ["document", "no.", "text", "responsibility"], "heading, warnings"),
    ("100", ["document", "no.", "text", "responsibility"], "heading, warnings"),
    ("160", ["document", "no.", "heading", "text", "responsibility", "warnings"], None),
])
def test_the_measures_table_fits_the_terminal_with_each_header_and_body_name_whole(curated, columns, headers, left_out):
    # on 80 columns the header was folded into "responsibili" / "ty", the table cropped at the
    # terminal's edge, and the body's name folded as 国务院服务贸 / 易发展部际联…
    from rich.cells import cell_len

    result = CliRunner(env={"COLUMNS": columns}).invoke(app, ["measures", "-f", "table", "-d", "national-2020", "--db", f"sqlite:///{curated / 'pilotplans.db'}"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert max(cell_len(line) for line in lines) == int(columns)
    assert lines[1].strip("┃").split("┃") and [h.strip() for h in lines[1].strip("┃").split("┃")] == headers
    assert sum(NATIONAL_BODY in line for line in lines) == 1  # measure 1's responsibility, on one line
    said = "" if left_out is None else (f"note: the table leaves out {left_out} to fit {columns} columns (a wider "
                                        "terminal, or -f csv or -f xlsx -o FILE, shows them)\n")
    assert result.stderr == said


def test_the_measures_table_keeps_an_aside_in_brackets_of_a_responsibility_whole(curated):
    # 省服务贸易创新发展试点联席会议办公室（商务厅）牵头 was folded as …（商 / 务厅）…
    result = CliRunner(env={"COLUMNS": "80"}).invoke(app, ["measures", "-d", "hainan-2020", "--db", f"sqlite:///{curated / 'pilotplans.db'}"])
    assert result.exit_code == 0, result.output
    assert any("（商务厅）牵头" in line for line in result.stdout.splitlines())


def test_a_measures_table_of_a_document_whose_names_fit_keeps_every_column(curated):
    # (at 110 columns: at 100 the heading is left out rather than the text read six characters a line beside it)
    result = CliRunner(env={"COLUMNS": "110"}).invoke(app, ["measures", "-f", "table", "-d", "xiamen-2020", "--db", f"sqlite:///{curated / 'pilotplans.db'}"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert [h.strip() for h in result.stdout.splitlines()[1].strip("┃").split("┃")] == [
        "document", "no.", "heading", "text", "responsibility", "warnings"]


def test_a_number_past_the_measures_prints_the_note_alone(curated):
    # an empty frame of headers was printed beside the note
    result = CliRunner(env={"COLUMNS": "80"}).invoke(app, ["measures", "-d", "national-2020", "-n", "999", "--db",
                                                          f"sqlite:///{curated / 'pilotplans.db'}"])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "note: no measure matches\n")


def test_an_option_a_command_does_not_take_is_one_line_listing_those_it_takes():
    result = CliRunner().invoke(app, ["extract", str(XIAMEN), "--bogus"], prog_name="pilotplans")
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", (
        "error: pilotplans extract has no option --bogus; it takes --format, --output, --db, --timeout, --max-mb, "
        "--workers, --pdf-workers, --pdf-setting, --ocr, --ocr-workers, --help\n"))


def test_an_option_close_to_one_a_command_takes_is_one_line_naming_it():
    result = CliRunner().invoke(app, ["measures", "--documen", "xiamen-2020"], prog_name="pilotplans")
    assert (result.exit_code, result.stderr) == (2, "error: pilotplans measures has no option --documen: did you mean --document?\n")


def test_an_option_the_program_does_not_take_is_one_line_too():
    result = CliRunner().invoke(app, ["--bogus"], prog_name="pilotplans")
    assert (result.exit_code, result.stderr) == (2, "error: pilotplans has no option --bogus; it takes --version, --help\n")


@pytest.mark.parametrize(("pair", "said"), [
    (["hainan-2020", "national-2020"],
     "note: hainan-2020 (provincial) is given as NATIONAL and national-2020 (national) as LOCAL: this says what "
     "national-2020 did with the measures of hainan-2020; `pilotplans diff national-2020 hainan-2020 --db sqlite:///{db}` says what "
     "hainan-2020 did with those of national-2020\n"),
    (["national-2020", "national-2018"],
     "note: national-2020 (round 2020) is given as NATIONAL and national-2018 (round 2018) as LOCAL: this says what "
     "national-2018 did with the measures of national-2020; `pilotplans diff national-2018 national-2020 --db sqlite:///{db}` says "
     "what national-2020 did with those of national-2018\n"),
], ids=["local-first", "newer-round-first"])
def test_a_diff_of_plans_given_the_wrong_way_round_says_so(curated, pair, said):
    # `diff hainan-2020 national-2020` printed "70 same, … 13 local, 7 dropped", the national measures
    # counted as the local plan's own, without a word; the diff it advises names the --db given (run() gives one)
    result = run(curated, "diff", *pair, "-f", "csv")
    assert (result.exit_code, result.stderr) == (0, said.format(db=curated / "pilotplans.db"))


@pytest.mark.parametrize("pair", [["national-2020", "hainan-2020"],
                                  ["national-2020", str(SEEDS.parent / "plans" / "chengdu-2020-tasks.txt")]],
                         ids=["national-then-local", "national-then-city-file"])
def test_a_diff_of_plans_given_the_right_way_round_says_nothing_of_it(curated, pair):
    # (two rounds given oldest first are said to be rounds, what local and dropped count there:
    # tests/test_cli_trial_analyst51.py)
    result = run(curated, "diff", *pair, "-f", "csv")
    assert (result.exit_code, result.stderr) == (0, "")


def _unrelated(first: str, second: str, why: str) -> str:
    return (f"note: {why}: neither implements the other, and the links say only how alike the measures of {second} are to "
            f"those of {first}, not what one did with the other's\n")


@pytest.mark.parametrize(("pair", "said"), [
    # it said "national-2025 (round 2025) is given as NATIONAL …: this says what national-2020 did with national-2025's"
    (["national-2025", "national-2020"], _unrelated("national-2025", "national-2020", "national-2025 (service-opening) and "
                                                    "national-2020 (service-trade) are plans of different programmes")),
    (["national-2020", "national-2025"], _unrelated("national-2020", "national-2025", "national-2020 (service-trade) and "
                                                    "national-2025 (service-opening) are plans of different programmes")),
    (["hainan-2020", "national-2025"], _unrelated("hainan-2020", "national-2025", "hainan-2020 (service-trade) and "
                                                  "national-2025 (service-opening) are plans of different programmes")),
], ids=["newer-programme-first", "older-programme-first", "local-first"])
def test_a_diff_of_plans_of_different_programmes_says_they_are_unrelated(curated, pair, said):
    result = run(curated, "diff", *pair, "-f", "csv")
    assert (result.exit_code, result.stderr) == (0, said)


@pytest.mark.parametrize(("pair", "said"), [
    # it said "xiamen-2020 (municipal) is given as NATIONAL and hainan-2020 (provincial) as LOCAL", though 厦门 is in 福建
    # (two plans of national-2020, peers: the second note names their coverage, test_cli_trial_analyst50.py)
    (["xiamen-2020", "hainan-2020"], _unrelated("xiamen-2020", "hainan-2020", "xiamen-2020 (厦门) and hainan-2020 (海南) are "
                                                "plans of places neither of which lies in the other")
     + "note: xiamen-2020 and hainan-2020 both implement national-2020: `pilotplans coverage -n national-2020 -l xiamen-2020 "
       "-l hainan-2020 --db sqlite:///{db}` sets what each did with its measures side by side\n"),
    (["hainan-2020", str(SEEDS.parent / "plans" / "chengdu-2020-tasks.txt")],
     _unrelated("hainan-2020", "chengdu-2020", "hainan-2020 (海南) and chengdu-2020 (成都) are plans of places neither of "
                "which lies in the other")),
], ids=["city-before-another-province", "province-before-another-province-s-city"])
def test_a_diff_of_plans_of_places_neither_in_the_other_says_they_are_unrelated(curated, pair, said):
    result = run(curated, "diff", *pair, "-f", "csv")
    assert (result.exit_code, result.stderr) == (0, said.replace("{db}", str(curated / "pilotplans.db")))


def test_a_city_s_plan_and_its_province_s_are_not_called_unrelated():
    from pilotplans.diff.direction import unrelated_note
    from pilotplans.diff.models import DocumentRef

    province = DocumentRef(id="fujian-2020", level="provincial", region="福建", programme="service-trade", round=2020)
    city = DocumentRef(id="xiamen-2020", level="municipal", region="厦门", programme="service-trade", round=2020)
    assert (unrelated_note(province, city), unrelated_note(city, province)) == (None, None)


def test_a_plan_linked_to_the_other_as_its_parent_is_not_called_unrelated():
    from pilotplans.diff.direction import unrelated_note
    from pilotplans.diff.models import DocumentRef

    national = DocumentRef(id="national-2020", level="national", programme="service-trade", round=2020)
    local = DocumentRef(id="plan", level="municipal", region="厦门", programme="service-opening", parent="national-2020")
    assert unrelated_note(national, local) is None


def test_a_plan_whose_programme_or_place_is_not_known_is_not_called_unrelated():
    from pilotplans.diff.direction import unrelated_note
    from pilotplans.diff.models import DocumentRef

    assert unrelated_note(DocumentRef(id="national-2020", level="national", programme="service-trade"),
                          DocumentRef(id="plan", level="municipal", region="厦门")) is None
    assert unrelated_note(DocumentRef(id="a", level="municipal", region="厦门"), DocumentRef(id="b", level="municipal")) is None


def test_a_lineage_given_a_newer_round_first_says_it_follows_the_measures_backwards(curated):
    # `lineage -r 2020 -r 2018` printed "110 dropped, 38 new" as if 2018 came after 2020, without a word
    result = run(curated, "lineage", "-r", "2020", "-r", "2018", "-f", "jsonl")
    assert (result.exit_code, result.stderr) == (0, (
        "note: national-2020 (round 2020) is given before national-2018 (round 2018): the lineage follows the measures of "
        f"national-2020 into national-2018, backwards; `pilotplans lineage -r 2018 -r 2020 --db sqlite:///{curated}/pilotplans.db` "
        "follows them forward\n"))


def test_a_lineage_given_a_local_plan_before_its_national_one_names_the_national_one_first_to_follow_them_forward(curated):
    # the order "forward" was sorted by round alone: both of 2020, it named the order given
    result = run(curated, "lineage", "-r", "hainan-2020", "-r", "national-2020", "-f", "jsonl")
    assert (result.exit_code, result.stderr) == (0, (
        "note: hainan-2020 (provincial) is given before national-2020 (national): the lineage follows the measures of "
        "hainan-2020 into national-2020, backwards; `pilotplans lineage -r national-2020 -r hainan-2020 "
        f"--db sqlite:///{curated}/pilotplans.db` follows them forward\n"))


def test_a_lineage_whose_forward_order_is_not_known_asks_for_the_rounds_oldest_first():
    from pilotplans.diff.direction import rounds_order_note
    from pilotplans.diff.models import DocumentRef

    newer = DocumentRef(id="national-2020", level="national", round=2020)
    older = DocumentRef(id="national-2018", level="national", round=2018)
    unknown = DocumentRef(id="plan", round=2019)
    assert rounds_order_note([newer, older, unknown], ["2020", "2018", "plan.txt"]) == (
        "note: national-2020 (round 2020) is given before national-2018 (round 2018): the lineage follows the measures of "
        "national-2020 into national-2018, backwards; give the rounds oldest first")


def test_a_lineage_given_its_rounds_oldest_first_says_nothing_of_their_order(curated):
    # 2018 → 2020: one programme's rounds (2020 → 2025 crosses programmes, which tests/test_lineage_steps_apart.py says)
    result = run(curated, "lineage", "-r", "2018", "-r", "2020", "-f", "jsonl")
    assert (result.exit_code, result.stderr) == (0, "")


def test_a_plan_whose_level_is_not_known_is_not_called_the_wrong_way_round():
    from pilotplans.diff.direction import reversed_note
    from pilotplans.diff.models import DocumentRef

    assert reversed_note(DocumentRef(id="plan", level=None, round=2025), DocumentRef(id="national-2020", level="national", round=2020),
                         "plan.docx", "national-2020") is None


@pytest.mark.parametrize("args", [["measures", "-f", "table", "-d", "national-2020", "-n", "113"], ["documents", "-f", "table"],
                                  ["search", "-f", "table", "数据", "--limit", "3"]],
                         ids=["detail", "documents", "search"])
def test_a_listing_without_borders_ends_its_lines_at_their_last_character(curated, args):
    # a measure's detail piped to a file was padded with spaces to 160 columns a line
    result = CliRunner(env={"COLUMNS": "160"}).invoke(app, [*args, "--db", f"sqlite:///{curated / 'pilotplans.db'}"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) > 3 and all(line == line.rstrip() for line in lines)


@pytest.mark.parametrize(("args", "said"), [
    (["documents", "--level", "county"], "note: no document matches\n"),
    (["departments", "-d", "national-2020", "--unresolved"], "note: no body matches\n"),
    (["search", "zzzqqq"], "note: no measure matches\n"),
])
def test_an_empty_table_prints_the_note_alone(curated, args, said):
    # each printed a line of headers over nothing beside its note (search: "0 hit(s)", unlike its other formats)
    result = CliRunner(env={"COLUMNS": "120"}).invoke(app, [*args, "--db", f"sqlite:///{curated / 'pilotplans.db'}"])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", said)


@pytest.mark.parametrize(("args", "said"), [
    (["measures", "-d", "national-2020", "-n", "999"], "note: no measure matches\n"),
    (["documents", "--level", "county"], "note: no document matches\n"),
    (["search", "zzzqqq"], "note: no measure matches\n"),
])
def test_an_empty_table_asked_into_a_file_empties_the_file(curated, tmp_path, args, said):
    # the file was left as it was: an earlier run's table, read as this one's
    output = tmp_path / "table.txt"
    output.write_text("an earlier run's table\n", "utf-8")
    result = run(curated, *args, "-o", str(output))
    assert (result.exit_code, result.stderr, output.read_text("utf-8")) == (0, f"wrote {output}\n{said}", "")


def test_an_empty_listing_in_a_file_format_still_writes_its_file(curated, tmp_path):
    # a CSV of headers alone is a file a script reading it expects
    result = run(curated, "documents", "--level", "county", "-o", str(tmp_path / "none.csv"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "none.csv").read_text("utf-8-sig") == "id,level,region,programme,round,parent,文号,date,measures,warnings,title\n"


def test_a_folder_given_to_extract_is_named_a_folder(tmp_path):
    # the error said only "cannot open: Is a directory"
    (tmp_path / "plans").mkdir()
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "plans"), str(XIAMEN), "-f", "jsonl"])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"error: {tmp_path / 'plans'}: a folder, not a file: name the files in it ({tmp_path / 'plans' / '*'})"
    assert result.stdout.splitlines()  # the other file is still read


def test_a_missing_file_given_to_extract_still_says_it_cannot_be_opened(tmp_path):
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "plan.docx")])
    assert (result.exit_code, result.stderr) == (1, f"error: {tmp_path / 'plan.docx'}: cannot open: No such file or directory\n")


def test_the_list_of_commands_shows_each_summary_as_one_sentence_not_its_docstring_s_lines():
    # rebuild's summary was cut after "measures.jsonl," (its docstring's line end) whatever the terminal
    result = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "200", "NO_COLOR": "1"})
    lines = result.output.splitlines()
    assert any("Rebuild the curated dataset (database with its search index, measures.csv, measures.jsonl, measures.xlsx) "
               "from the raw folder." in line for line in lines)
    assert any("Full-text search over measure text, headings, responsibility and remarks of every document, word by word "
               "in Chinese, best first, the matching words marked in a snippet." in line for line in lines)


def test_a_command_s_own_help_keeps_its_whole_docstring():
    result = CliRunner().invoke(app, ["diff", "--help"], env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert ("Every link has a relation (same, adapted, merged, split, local, dropped; of two rounds of one plan, added in "
            "place of local)") in " ".join(result.output.split())


# `coverage -o coverage.json` wrote its CSV under a JSON file's name, silently; it was then refused (round 47), and
# is written as JSON since coverage takes every listing's formats (round 53); a .txt file holds the table, as a listing's
@pytest.mark.parametrize(("name", "begins"), [("coverage.csv", "\ufeffnational_document,".encode()), ("coverage.xlsx", b"PK\x03\x04"),
                                              ("coverage.json", b'[\n  {\n    "national_document": "national-2020",'),
                                              ("coverage.JSONL", b'{"national_document": "national-2020", "number": 1,'),
                                              ("coverage.txt", "hainan-2020 → national-2020: linked by the 文号".encode())])
def test_coverage_into_a_file_of_its_formats_or_of_none_is_written(curated, tmp_path, name, begins):
    result = run(curated, "coverage", "-n", "national-2020", "-o", str(tmp_path / name))
    assert result.exit_code == 0, result.output
    assert (tmp_path / name).read_bytes().startswith(begins)


def test_a_database_named_by_its_path_is_refused_naming_its_url(curated):
    # `--db data/curated/pilotplans.db` said only "not a database URL (e.g. sqlite:///FILE …)"
    path = curated / "pilotplans.db"
    result = CliRunner().invoke(app, ["documents", "--db", str(path)])
    assert (result.exit_code, result.stderr) == (1, f"error: {path}: not a database URL; as a URL, this file is sqlite:///{path}\n")


def test_a_newer_plan_of_one_city_given_before_an_older_one_of_that_city_is_called_the_wrong_way_round():
    from pilotplans.diff.direction import reversed_note
    from pilotplans.diff.models import DocumentRef

    newer = DocumentRef(id="xiamen-2024", level="municipal", region="厦门", round=2024)
    older = DocumentRef(id="xiamen-2020", level="municipal", region="厦门", round=2020)
    assert reversed_note(newer, older, "xiamen-2024", "xiamen-2020") == (
        "note: xiamen-2024 (round 2024) is given as NATIONAL and xiamen-2020 (round 2020) as LOCAL: this says what "
        "xiamen-2020 did with the measures of xiamen-2024; `pilotplans diff xiamen-2020 xiamen-2024` says what "
        "xiamen-2024 did with those of xiamen-2020")


def test_two_cities_plans_of_different_years_are_peers_not_rounds_given_the_wrong_way_round():
    # diff xiamen-2020 chengdu-2018 was said to give "a newer round first", though neither city's plan
    # is a round of the other's
    from pilotplans.diff.direction import reversed_note
    from pilotplans.diff.models import DocumentRef

    assert reversed_note(DocumentRef(id="xiamen-2020", level="municipal", region="厦门", round=2020),
                         DocumentRef(id="chengdu-2018", level="municipal", region="成都", round=2018),
                         "xiamen-2020", "chengdu-2018") is None


COMMANDS = ["rebuild", "extract", "documents", "measures", "diff", "coverage", "lineage", "search", "departments",
            "regions", "serve", "check"]


def help_of(*args: str) -> str:
    return CliRunner().invoke(app, [*args, "--help"], prog_name="pilotplans", env={"COLUMNS": "120"}).stdout


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_names_what_goes_in_each_place_in_words_never_a_python_type(command):
    # typer's own: "--db <str>", "--full <bool>", "-d <list[str]>", "diff {NATIONAL} {LOCAL}", "N [x>=1]"
    shown = help_of(*([command] if command else []))
    assert [p for p in ("<", ">", "{", "}", "list[", "x>=") if p in shown] == []


@pytest.mark.parametrize(("command", "usage"), [
    ("diff", "Usage: pilotplans diff [OPTIONS] NATIONAL LOCAL"),
    ("extract", "Usage: pilotplans extract [OPTIONS] PATH_OR_URL..."),
    ("search", "Usage: pilotplans search [OPTIONS] QUERY"),
])
def test_the_usage_line_names_the_arguments_by_their_words(command, usage):
    assert usage in [line.strip() for line in help_of(command).splitlines()]


@pytest.mark.parametrize(("command", "option", "metavar"), [
    ("rebuild", "--raw", "DIR"),
    ("rebuild", "--db", "URL"),
    ("extract", "--output", "FILE"),
    ("extract", "--ocr", "auto|always|never"),
    ("documents", "--level", "national|provincial|municipal|county|township"),
    ("measures", "--document", "ID"),
    ("measures", "--number", "NUMBER"),
    ("search", "--limit", "N [1 or more]"),
    ("rebuild", "--workers", "N [1 or more]"),
    ("extract", "--pdf-workers", "N [1 or more]"),
    ("lineage", "--measure", "DOC:LABEL"),
    ("measures", "--implements", "NATIONAL:LABEL"),
    ("serve", "--port", "N"),
])
def test_an_option_is_followed_by_the_word_for_its_value(command, option, metavar):
    line = next(line for line in help_of(command).splitlines() if f" {option} " in line)
    words = [word for word in line.split(option, 1)[1].split() if not word.startswith("-")]  # after -d, -o
    assert " ".join(words[:len(metavar.split())]) == metavar


@pytest.mark.parametrize("command", ["rebuild", "departments", ""])
def test_a_flag_shows_no_placeholder_for_a_value_it_does_not_take(command):
    flags = {"rebuild": "--full", "departments": "--unresolved", "": "--version"}
    line = next(line for line in help_of(*([command] if command else [])).splitlines() if f" {flags[command]} " in line)
    words = line.split(flags[command], 1)[1].split()
    assert words[0] in ("-V", "Read", "Only", "Print")


# 商务部 is named in two documents' responsibility cells (national-2018, national-2020); xiamen-2020's 上级部门 column,
# naming it too, lists none of xiamen's own bodies (departments --superior lists them)
@pytest.mark.parametrize(("columns", "mofcom", "hainan"), [
    ("106", "2", "1"),
    ("120", "2", "hainan-2020"),
    ("160", "national-2018,national-2020", "hainan-2020"),
])
def test_the_departments_table_shows_the_documents_that_fit_after_their_count_never_an_id_cut(curated, columns, mofcom,
                                                                                               hainan):
    # below 180 columns the documents were left out: "the table leaves out written as, roles, documents"
    import re

    result = CliRunner(env={"COLUMNS": columns}).invoke(app, ["departments", "-f", "table", "--db", f"sqlite:///{curated / 'pilotplans.db'}"])
    lines = result.stdout.splitlines()
    assert lines[0].split()[-1] == "documents"
    last = {line.split()[0]: re.split(r"\s{2,}", line.strip())[-1] for line in lines[1:]}
    assert (last["mofcom"], last["460000-commerce_bureau"]) == (mofcom, hainan)


def test_a_wide_departments_table_wraps_the_documents_beside_the_roles_as_before(curated):
    result = CliRunner(env={"COLUMNS": "200"}).invoke(app, ["departments", "-f", "table", "--db", f"sqlite:///{curated / 'pilotplans.db'}"])
    lines = result.stdout.splitlines()
    at = next(k for k, line in enumerate(lines) if line.split()[0] == "mofcom")
    assert [line.split()[-2 if k == 0 else 0] for k, line in enumerate(lines[at:at + 2])] == [
        "national-2018,", "national-2020"]


def diff_at(curated, columns: str, *args: str):
    return CliRunner(env={"COLUMNS": columns}).invoke(app, ["diff", "-f", "table", "national-2020", "xiamen-2020", *args, "--db",
                                                            f"sqlite:///{curated / 'pilotplans.db'}"])


def test_a_narrow_diff_table_folds_no_header_or_value_of_its_links(curated):
    # at 80 columns: "relatio / n", "ownershi / p" and "consiste / nt" over two lines
    lines = diff_at(curated, "80").stdout.splitlines()
    at = next(k for k, line in enumerate(lines) if line.strip() == "links")
    assert [cell.strip() for cell in lines[at + 2].strip("┃").split("┃")] == ["national", "local", "relation", "score",
                                                                               "national text", "local text"]
    assert [cell.strip() for cell in lines[at + 4].strip("│").split("│")][:4] == ["2", "1", "same", "1.00"]


def test_a_narrow_diff_table_says_which_columns_of_links_it_leaves_out(curated):
    assert diff_at(curated, "80").stderr == ("note: the table leaves out region, ownership to fit 80 columns (a wider terminal, "
                                             "or -f csv or -f xlsx -o FILE, shows them)\n")


def test_a_wide_diff_table_leaves_out_nothing(curated):
    result = diff_at(curated, "160")
    assert (result.stderr, "┃ ownership  ┃ region    ┃" in result.stdout) == ("", True)


def test_a_diff_heading_keeps_its_number_beside_its_words_on_one_line(curated):
    # at 80 columns "(4)" stood on its own line, 全面探索创新发展新模式 below it
    rows = [line for line in diff_at(curated, "80").stdout.splitlines() if line.startswith("│ (4)")]
    assert [row.split("│")[1].strip() for row in rows] == ["(4) 全面探索创新发展新…"]


STORED = "hainan-2020, national-2018, national-2020, national-2025, xiamen-2020"


@pytest.mark.parametrize(("args", "said"), [
    (["diff", "national-2020", "shanghai-2020"], "shanghai-2020: no such file, and no document with this id in sqlite:///{db}"),
    (["coverage", "-n", "shanghai-2020"], "no document with id shanghai-2020 in the database"),
    (["measures", "-d", "shanghai-2020"], "no document with id shanghai-2020 in the database"),
], ids=["diff", "coverage", "measures"])
def test_a_document_the_database_does_not_hold_is_named_beside_the_ids_it_holds(curated, args, said):
    # "no document with this id in sqlite:///…", and coverage's with no hint where to look
    result = run(curated, *args)
    db = curated / "pilotplans.db"
    assert (result.exit_code, result.stderr) == (1, f"error: {said.format(db=db)}; it holds {STORED}\n")


def test_a_database_of_many_documents_names_how_many_and_the_first_beside_an_id_it_does_not_hold():
    from pilotplans.errors import what_is_stored

    ids = [f"plan-{n:02}" for n in range(12)]
    assert what_is_stored(ids) == ("; it holds 12 documents (plan-00, plan-01, plan-02, plan-03, plan-04, plan-05, plan-06, "
                                   "plan-07, …: see `pilotplans documents`)")


def test_an_empty_database_says_it_holds_no_document_yet():
    from pilotplans.errors import what_is_stored

    assert what_is_stored([]) == "; it holds no document yet"


def search_at(curated, columns: str):
    return CliRunner(env={"COLUMNS": columns}).invoke(app, ["search", "跨境数据", "--limit", "4", "-f", "table", "--db",
                                                            f"sqlite:///{curated / 'pilotplans.db'}"])


def test_a_narrow_search_table_keeps_each_word_found_whole_on_its_line(curated):
    # at 80 columns "«数据跨" ended a line and "境»" began the next
    from rich.cells import cell_len

    lines = search_at(curated, "80").stdout.splitlines()
    snippets = [line[35:] for line in lines[1:]]
    assert all(s.count("«") == s.count("»") for s in snippets) and max(cell_len(line) for line in lines) <= 80
    assert snippets[:2] == ["探索«跨境数据»流动分类监管模式，开展", "«数据跨境»传输安全管理试点。"]


def test_a_search_table_as_wide_as_its_snippets_wraps_none(curated):
    lines = search_at(curated, "120").stdout.splitlines()
    assert lines[1] == " national-2020  76   16.39  text   探索«跨境数据»流动分类监管模式，开展«数据跨境»传输安全管理试点。"


@pytest.mark.parametrize(("args", "said"), [
    (["measures", "-n", "abc"], "--number: 'abc' is not a whole number"),
    (["extract", "--timeout", "soon", "x.txt"], "--timeout: 'soon' is not a number"),
], ids=["whole-number", "number"])
def test_a_word_where_a_number_goes_is_named_in_one_line(args, said):
    # "--number: Input should be a valid integer, unable to parse string as an integer", the word not named
    result = CliRunner().invoke(app, args)
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", f"error: {said}\n")


@pytest.fixture(scope="module")
def five_local_plans(curated, tmp_path_factory):
    """A copy of the curated database with three more local plans of national-2020 stored."""
    folder = tmp_path_factory.mktemp("five")
    shutil.copy(curated / "pilotplans.db", folder / "pilotplans.db")
    plans = SEEDS.parent / "plans"
    stored = CliRunner().invoke(app, ["extract", *(str(plans / name) for name in (
        "chengdu-2020-tasks.txt", "wuhan-2020-tasks.txt", "jinan-two-tables-one-grid.txt")),
        "--db", f"sqlite:///{folder / 'pilotplans.db'}", "-f", "jsonl", "--workers", "1"])
    assert stored.exit_code == 0, stored.stderr
    return folder


def coverage_at(folder, columns: str):
    return CliRunner(env={"COLUMNS": columns}).invoke(app, ["coverage", "-f", "table", "-n", "national-2020", "--db",
                                                            f"sqlite:///{folder / 'pilotplans.db'}"])


def test_a_narrow_coverage_table_leaves_out_the_last_plans_rather_than_fold_every_cell(five_local_plans):
    # at 80 columns with five plans: "adapte / d 1", "measur / e", "chengd / u-2020"
    from rich.cells import cell_len

    result = coverage_at(five_local_plans, "80")
    lines = result.stdout.splitlines()
    header = next(line for line in lines if line.startswith("┃ no."))
    assert [cell.strip() for cell in header.strip("┃").split("┃")] == ["no.", "measure", "chengdu-2020", "hainan-2020",
                                                                      "jinan-t…e-grid"]
    assert max(cell_len(line) for line in lines) <= 80
    assert result.stderr.endswith("note: the table leaves out wuhan-2020, xiamen-2020 to fit 80 columns (a wider terminal, "
                                  "or -o FILE.csv or -o FILE.xlsx, shows them)\n")


def test_a_coverage_table_wide_enough_shows_every_plan_and_says_nothing(five_local_plans):
    result = coverage_at(five_local_plans, "200")
    header = next(line for line in result.stdout.splitlines() if line.startswith("┃ no."))
    assert [cell.strip() for cell in header.strip("┃").split("┃")][2:] == ["chengdu-2020", "hainan-2020", "jinan-t…e-grid",
                                                                          "wuhan-2020", "xiamen-2020"]
    assert "note: the table leaves out" not in result.stderr


def test_a_query_outside_the_pilotplans_folder_says_where_to_run_it(tmp_path, monkeypatch):
    # "no database yet; run `pilotplans rebuild` first", and a rebuild there has no data/raw to read
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["documents"])
    assert (result.exit_code, result.stderr) == (1, f"error: data/curated/pilotplans.db: no database yet in {tmp_path}: run "
                                                    "the command in the pilotplans folder (after `pilotplans rebuild`), "
                                                    "or pass --db URL\n")


def test_a_query_in_a_folder_with_sources_and_no_database_says_to_rebuild(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data" / "raw").mkdir(parents=True)
    result = CliRunner().invoke(app, ["documents"])
    assert (result.exit_code, result.stderr) == (1, "error: data/curated/pilotplans.db: no database yet; run `pilotplans "
                                                    "rebuild` first (or pass --db URL)\n")


def test_extract_reads_the_file_a_file_address_names(tmp_path):
    # "file:/tmp/…/计划 a.txt: cannot open: No such file or directory"
    from urllib.parse import quote

    plan = tmp_path / "计划 a.txt"
    shutil.copy(XIAMEN, plan)
    result = CliRunner().invoke(app, ["extract", f"file://{quote(str(plan))}", "-f", "jsonl"])
    assert (result.exit_code, len(result.stdout.splitlines())) == (0, 88)


@pytest.mark.parametrize(("source", "said"), [
    ("ftp://example.com/a.pdf", "ftp:// addresses are not fetched, only http:// and https:// ones (or give a file's path)"),
    ("www.gov.cn/zhengce/notice.html", "no such file; a web address? begin it with http:// or https:// "
                                       "(http://www.gov.cn/zhengce/notice.html)"),
], ids=["ftp", "no-scheme"])
def test_extract_of_an_address_it_cannot_fetch_says_why_and_reads_the_other_sources(source, said):
    # "ftp:/example.com/a.pdf: cannot open: No such file or directory", the address's // lost
    result = CliRunner().invoke(app, ["extract", source, str(XIAMEN), "-f", "jsonl"])
    assert (result.exit_code, len(result.stdout.splitlines())) == (1, 88)
    assert f"error: {source}: {said}\n" in result.stderr


def test_a_file_whose_name_begins_file_colon_is_read_itself_not_the_file_its_rest_names(tmp_path, monkeypatch):
    # extract 'file:plan.txt' read plan.txt, another file than the one named
    monkeypatch.chdir(tmp_path)
    shutil.copy(XIAMEN, tmp_path / "file:plan.txt")
    (tmp_path / "plan.txt").write_text("另一个文件", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", "file:plan.txt", "-f", "jsonl"])
    assert result.exit_code == 0, result.stderr
    assert {json.loads(line)["source"]["file"] for line in result.stdout.splitlines()} == {"file:plan.txt"}
