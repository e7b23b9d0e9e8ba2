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
        "no measure of hainan-2020 carries it", "xiamen-2020 does not take it up",
        "its 上级部门 column names 药监局; 市市场监管局 answers to 市场监管总局, which manages or hosts 药监局 — "
        "hainan-2020's cell names 药监局（负责）")


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
