"""A diff's words for plans neither of which is the other's local plan (round 54). Two plans implementing one plan —
peers, hainan-2020 (provincial) and xiamen-2020 (a city's), both national-2020's — were headed `national` and `local`
(their levels differ) and their reasons said "the national cell", "no national measure carries it"; a diff of two rounds
said "the national cell" of the earlier round's cell. Peers are now named by their ids, and a rounds diff's ownership
reasons name the earlier plan's cell. A local plan against the plan above it keeps `national` and `local`."""

from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from pilotplans.cli import app
from tests.conftest import curated_copy


def run(curated, *args: str):
    return CliRunner().invoke(app, ["diff", *args, "--db", f"sqlite:///{curated / 'pilotplans.db'}"],
                              env={"COLUMNS": "200"})


def links_header(table: str) -> list[str]:
    """The header of the table of links: the line after its title, its cells."""
    lines = table.splitlines()
    at = next(k for k, line in enumerate(lines) if line.strip() in ("links",))
    return [cell.strip() for cell in lines[at + 2].strip("┃").split("┃")]


def records(curated, *args: str) -> list[dict]:
    return [json.loads(line) for line in run(curated, *args, "-f", "jsonl").stdout.splitlines()]


def run_at(url: str, *args: str):
    return CliRunner().invoke(app, ["diff", *args, "--db", url], env={"COLUMNS": "200"})


def records_at(url: str, *args: str) -> list[dict]:
    return [json.loads(line) for line in run_at(url, *args, "-f", "jsonl").stdout.splitlines()]


def test_peers_of_two_levels_head_their_table_s_columns_by_their_ids(curated):
    result = run(curated, "hainan-2020", "xiamen-2020", "-f", "table")
    assert links_header(result.stdout) == ["hainan-2020", "xiamen-2020", "relation", "score", "ownership", "region",
                                           "hainan-2020 text", "xiamen-2020 text"]


def test_peers_head_their_csv_s_columns_by_their_ids(curated):
    result = run(curated, "hainan-2020", "xiamen-2020", "-f", "csv")
    header = next(csv.reader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    assert header[:7] == ["hainan-2020", "xiamen-2020", "relation", "score", "ownership", "hainan-2020_text",
                          "xiamen-2020_text"]


def test_a_provincial_plan_against_the_plan_above_it_keeps_national_and_local(curated):
    # near miss: hainan-2020 implements national-2020 (its parent): one is the other's local plan
    result = run(curated, "national-2020", "hainan-2020", "-f", "table")
    assert links_header(result.stdout) == ["national", "local", "relation", "score", "ownership", "region",
                                           "national text", "local text"]


def test_peers_reasons_name_each_plan(curated):
    by_pair = {(r["national"], r["local"]): r for r in records(curated, "hainan-2020", "xiamen-2020")}
    assert (by_pair[(None, 1)]["reason"], by_pair[(6, None)]["reason"], by_pair[(2, 2)]["ownership_reason"]) == (
        "no measure of hainan-2020 carries it", "no measure of xiamen-2020 carries it",
        "its 上级部门 column names 药监局; 市市场监管局 answers to 市场监管总局, which manages or hosts 药监局 — "
        "hainan-2020's cell names 省药品监管局（负责） → 药监局")


def test_a_local_plan_s_reasons_keep_the_national_cell(curated):
    # near miss: xiamen-2020 against the plan it implements
    by_pair = {(r["national"], r["local"]): r for r in records(curated, "national-2020", "xiamen-2020")}
    assert by_pair[(3, 2)]["ownership_reason"] == (
        "its 上级部门 column names 药监局; 市市场监管局 answers to 市场监管总局, which manages or hosts 药监局 — "
        "the national cell names 药监局（制订政策）")
    assert {r["reason"] for r in by_pair.values() if r["local"] is None} == {"no local measure takes it up"}


def test_two_rounds_ownership_reasons_name_the_earlier_plan_s_cell(curated):
    found = records(curated, "national-2018", "national-2020")
    by_pair = {(r["national_position"], r["local"]): r for r in found}
    assert (by_pair[(48, 16)]["ownership_reason"], by_pair[(6, 28)]["ownership_reason"]) == (
        "海关总署 is 海关总署; 商务部 is 商务部 — the earlier plan's cell names 商务部（支持和指导）、海关总署（支持和指导）",
        "the earlier plan's cell names no central body")
    assert [r["ownership_reason"] for r in found if "the national cell" in (r["ownership_reason"] or "")] == []


# ----------------------------------------------------------------------------- review of round 54
# A province's cell names the province's bodies (省药品监管局), not the ministries they answer to: the reason said
# "hainan-2020's cell names 药监局（负责）"; and a province's plan against a city plan implementing it (its parent) is no
# pair of peers, but its cell was "the national cell".

def test_a_peer_s_cell_that_names_no_body_answering_to_a_central_one_says_so(curated):
    # xiamen-2020's 75 names 市金融监管局 alone, which answers to no central body
    by_pair = {(r["national"], r["local"]): r for r in records(curated, "xiamen-2020", "hainan-2020")}
    assert by_pair[(75, 101)]["ownership_reason"] == (
        "xiamen-2020's cell names no body answering to a central one (市金融监管局)")


def test_a_peer_s_measure_naming_places_the_other_does_not_is_named_by_its_plan(curated):
    by_pair = {(r["national"], r["local"]): r for r in records(curated, "hainan-2020", "xiamen-2020")}
    assert by_pair[(21, 12)]["reason"] == "names “港澳台”, which hainan-2020's measure does not"


def test_a_local_plan_s_measure_naming_places_the_national_one_does_not_keeps_the_national_measure(curated):
    # near miss: xiamen-2020 against the plan it implements
    by_pair = {(r["national"], r["local"]): r for r in records(curated, "national-2020", "xiamen-2020")}
    assert by_pair[(23, 12)]["reason"] == "names “港澳台”, which the national measure does not"


def test_a_province_s_plan_against_a_city_plan_implementing_it_is_national_and_local_its_cell_the_province_s(
        curated, tmp_path):
    # xiamen-2020 recorded as implementing hainan-2020: a parent and its child, not peers — national and local, as a
    # national plan and its local plan; but hainan-2020's cell is no national one
    url = curated_copy(curated, tmp_path, "UPDATE documents SET parent = 'hainan-2020' WHERE id = 'xiamen-2020'")
    assert links_header(run_at(url, "hainan-2020", "xiamen-2020", "-f", "table").stdout) == [
        "national", "local", "relation", "score", "ownership", "region", "national text", "local text"]
    by_pair = {(r["national"], r["local"]): r for r in records_at(url, "hainan-2020", "xiamen-2020")}
    assert {r["reason"] for r in by_pair.values() if r["national"] is None or r["local"] is None} == {
        "no national measure carries it", "no local measure takes it up"}
    assert by_pair[(2, 2)]["ownership_reason"].endswith(" — hainan-2020's cell names 省药品监管局（负责） → 药监局")


def test_plans_with_no_recorded_parent_are_no_peers(curated, tmp_path):
    # near miss: a province's plan and a city's with no parent recorded: nothing says they implement one plan
    url = curated_copy(curated, tmp_path, "UPDATE documents SET parent = NULL WHERE id IN ('hainan-2020', 'xiamen-2020')")
    assert links_header(run_at(url, "hainan-2020", "xiamen-2020", "-f", "table").stdout)[:2] == ["national", "local"]
