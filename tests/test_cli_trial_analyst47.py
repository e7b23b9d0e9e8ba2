"""What a policy researcher's trial of README's analyst sections found (round 47): a path given to diff that names
no file is said to name no file — no id holds a slash, yet it was looked up as an id among the stored ones."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from pilotplans.cli import app


def run(curated, *args: str):
    return CliRunner().invoke(app, [*args, "--db", f"sqlite:///{curated / 'pilotplans.db'}"])


def test_diff_of_a_path_naming_no_file_says_so_alone(curated, tmp_path):
    # "…: no such file, and no document with this id in sqlite:///…; it holds hainan-2020, …" of a path no id can be
    missing = tmp_path / "xiamen-tasks.docx"
    result = run(curated, "diff", "national-2020", str(missing))
    assert (result.exit_code, result.stderr) == (1, f"error: {missing}: no such file\n")


def test_diff_of_a_folder_named_as_a_path_says_it_is_a_folder(curated, tmp_path):
    result = run(curated, "diff", "national-2020", f"{tmp_path}/")
    assert (result.exit_code, result.stderr) == (1, f"error: {tmp_path}/: a folder, not a file\n")


@pytest.mark.parametrize(("given", "shown"), [("shanghai-2020", "shanghai-2020"), ("chengdu 2020", "'chengdu 2020'")],
                         ids=["an id", "an id with a space"])
def test_diff_of_a_name_that_may_be_an_id_still_lists_the_stored_ids(curated, given, shown):
    # near miss: no slash, so an id the database may hold
    result = run(curated, "diff", "national-2020", given)
    assert (result.exit_code, result.stderr) == (1, (
        f"error: {shown}: no such file, and no document with this id in sqlite:///{curated / 'pilotplans.db'}; it holds "
        "hainan-2020, national-2018, national-2020, national-2025, xiamen-2020\n"))


def test_lineage_of_a_plan_named_twice_with_r_is_refused_naming_it(curated):
    # `-r 2020 -r national-2020` printed national-2020 → national-2020: 122 carried, a lineage of nothing
    result = run(curated, "lineage", "-r", "2020", "-r", "national-2020")
    assert (result.exit_code, result.stderr) == (1, (
        "error: -r names national-2020 twice (2020, national-2020): a lineage follows each plan into the next round's, "
        "so name each plan once\n"))


def test_lineage_of_two_plans_each_named_once_follows_them(curated):
    # near miss: two rounds, each once
    result = run(curated, "lineage", "-f", "table", "-r", "2018", "-r", "national-2020")
    assert (result.exit_code, result.stdout.splitlines()[0]) == (
        0, "national-2018 → national-2020: 0 carried, 9 changed, 2 merged, 3 split, 106 new, 34 dropped")


def header_of(path) -> str:
    return path.read_text(encoding="utf-8-sig").splitlines()[0]


def test_coverage_of_a_local_plan_named_twice_gives_it_one_column(curated, tmp_path):
    # -l xiamen-2020 -l xiamen-2020 printed two xiamen-2020 columns, alike
    result = run(curated, "coverage", "-n", "national-2020", "-l", "xiamen-2020", "-l", "xiamen-2020", "-l", "hainan-2020",
                 "-o", str(tmp_path / "c.csv"))
    assert (result.exit_code, header_of(tmp_path / "c.csv")) == (0, (
        "national_document,number,position,heading_number,heading,text,xiamen-2020:relation,xiamen-2020:local,"
        "hainan-2020:relation,hainan-2020:local"))
