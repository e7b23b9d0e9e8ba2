"""``pilotplans diff … --relation R`` (repeatable) keeps the links of those relations in the table, JSONL, CSV and
workbook; the counts stay every link's. national-2020 → xiamen-2020 (data/raw): 59 same, 15 adapted, 2 merged,
3 split, 10 local, 43 dropped."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from pilotplans.cli import app

COUNTS = "national-2020 → xiamen-2020: 59 same, 15 adapted, 2 merged, 3 split, 10 local, 43 dropped"


def run(curated, *args: str):
    return CliRunner(env={"COLUMNS": "100"}).invoke(app, [*args, "--db", f"sqlite:///{curated / 'pilotplans.db'}"])


def test_the_dropped_measures_alone_are_listed_with_their_national_owners(curated):
    result = run(curated, "diff", "national-2020", "xiamen-2020", "--relation", "dropped", "-f", "jsonl")
    links = [json.loads(line) for line in result.stdout.splitlines()]
    assert (len(links), {link["relation"] for link in links}) == (43, {"dropped"})
    assert [(link["national"], link["national_owners"]) for link in links[:3]] == [
        (7, ["文化和旅游部", "商务部", "港澳办"]), (8, ["交通运输部"]), (9, ["教育部"])]


def test_the_table_keeps_every_link_s_counts_and_titles_the_links_by_the_relations_kept(curated):
    result = run(curated, "diff", "-f", "table", "national-2020", "xiamen-2020", "--relation", "dropped")
    lines = result.stdout.splitlines()
    assert lines[0] == COUNTS
    at = next(k for k, line in enumerate(lines) if line.strip() == "links: dropped")
    assert [line.split("│")[1:4] for line in lines[at + 4:at + 10] if line.split("│")[1].strip()] == [
        ["        7 ", "     — ", " dropped  "], ["        8 ", "     — ", " dropped  "]]


def test_several_relations_are_kept_together(curated):
    result = run(curated, "diff", "national-2020", "xiamen-2020", "--relation", "local", "--relation", "dropped", "-f", "csv")
    rows = result.stdout.lstrip("\ufeff").splitlines()[1:]
    assert (len(rows), {row.split(",")[2] for row in rows}) == (53, {"local", "dropped"})


def test_without_the_option_every_link_is_listed(curated):
    result = run(curated, "diff", "national-2020", "xiamen-2020", "-f", "jsonl")
    assert len(result.stdout.splitlines()) == 59 + 15 + 2 + 3 + 10 + 43


def test_a_relation_that_does_not_exist_is_one_error_line(curated):
    result = run(curated, "diff", "national-2020", "xiamen-2020", "--relation", "removed")
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", (
        "error: --relation: 'removed' is not one of 'same', 'adapted', 'merged', 'split', 'local', 'added', 'dropped'.\n"))


def test_the_relations_the_option_takes_are_the_diff_s_own_list_in_its_order():
    from pilotplans.cli import DiffRelation
    from pilotplans.relations import ALL_RELATIONS

    assert [choice.value for choice in DiffRelation] == list(ALL_RELATIONS) == [
        "same", "adapted", "merged", "split", "local", "added", "dropped"]



def test_relations_no_link_has_are_said_so_in_one_note(curated):
    # national-2018 → national-2025: 0 same, 1 adapted, 0 merged, 0 split, 151 local, 47 dropped; the CSV would hold
    # its header alone, the table a frame of headers, read as a diff of nothing
    result = run(curated, "diff", "national-2018", "national-2025", "--relation", "merged", "--relation", "same", "-f", "csv")
    assert (result.exit_code, result.stdout.count("\n"), result.stderr.splitlines()[-1]) == (0, 1, (
        "note: no link matches --relation same --relation merged (of the 199 links of national-2018 → national-2025)"))


def test_a_relation_some_link_has_says_nothing_of_the_others(curated):
    result = run(curated, "diff", "national-2018", "national-2020", "--relation", "same", "--relation", "split", "-f", "csv")
    # 2 since 46, 114 ← #47 and 119 ← #41, which add content of their own, are adapted parts (diff53): 120 is split
    assert (result.exit_code, result.stdout.count("\n")) == (0, 2)
    assert "note: no link matches" not in result.stderr


def test_the_readme_s_note_of_no_link_matching_is_the_one_the_diff_prints(curated):
    # README's command table quotes the note for `diff national-2018 national-2020 --relation same`; it said 161 links
    # after 2020's measure 1 came to merge 2018's #7 and #8 and 109 to take #36 (160 links), and 158 since 42 takes #21
    # and 73 #29 as each other's best match (diff52), and 157 since 99 takes #16 (diff53: a clause illustrated by a
    # list is carried by its lead)
    from pathlib import Path

    result = run(curated, "diff", "national-2018", "national-2020", "--relation", "same", "-f", "csv")
    note = result.stderr.splitlines()[-1]
    assert (result.exit_code, note) == (
        0, "note: no link matches --relation same (of the 157 links of national-2018 → national-2020)")
    assert f"`{note}`" in (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
