"""The diff's outputs say the same thing (round 55, an analyst's pass over every output). A measure with no partner
(an addition, a dropped measure) has no owners compared: the table and the HTML report leave its ownership and region
blank and count "owners of linked measures" only, but the CSV, the workbook and the JSONL said `unknown` and
`not_applicable` — a check that could not decide, and the mark of two national rounds —, so that 53 of
national-2020 → xiamen-2020's links read `unknown` in the CSV against the report's 1. And the CSV's clause cells named
their sides `national` and `local` under a header naming them 2018 and 2020, where the HTML's clause table says 2018."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter

from typer.testing import CliRunner

from pilotplans.cli import app


def run(curated, *args: str):
    result = CliRunner().invoke(app, ["diff", *args, "--db", f"sqlite:///{curated / 'pilotplans.db'}"],
                                env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result


def csv_rows(curated, *args: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(run(curated, *args, "-f", "csv").stdout.lstrip("\ufeff"))))


def records(curated, *args: str) -> list[dict]:
    return [json.loads(line) for line in run(curated, *args, "-f", "jsonl").stdout.splitlines()]


def test_the_csv_leaves_a_one_sided_link_s_ownership_and_region_blank(curated):
    rows = csv_rows(curated, "national-2020", "xiamen-2020")
    one_sided = {(r["relation"], r["ownership"], r["region"]) for r in rows if not r["national"] or not r["local"]}
    assert one_sided == {("local", "", ""), ("dropped", "", "")}


def test_the_csv_s_ownership_counts_are_the_report_s(curated, tmp_path):
    # the report's summary: "owners of linked measures: 78 consistent · 0 different · 1 unknown"; 53 links one-sided
    out = tmp_path / "xiamen.html"
    rows = csv_rows(curated, "national-2020", "xiamen-2020", "--html", str(out))
    assert Counter(r["ownership"] for r in rows) == {"consistent": 78, "unknown": 1, "": 53}
    assert "owners of linked measures: 78 consistent · 0 different · 1 unknown" in out.read_text("utf-8")


def test_the_jsonl_gives_a_one_sided_link_no_ownership_and_no_region(curated):
    found = records(curated, "hainan-2020", "xiamen-2020")
    assert {(r["relation"], r["ownership"], r["region"]) for r in found if r["national"] is None or r["local"] is None} \
        == {("local", None, None), ("dropped", None, None)}


def test_a_linked_measure_keeps_its_verdicts_in_the_jsonl(curated):
    # near miss: both sides present, the owners were compared
    by_pair = {(r["national"], r["local"]): r for r in records(curated, "national-2020", "xiamen-2020")}
    assert (by_pair[(3, 2)]["ownership"], by_pair[(3, 2)]["region"]) == ("consistent", "all")


def test_the_workbook_leaves_a_one_sided_link_s_ownership_blank(curated, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "rounds.xlsx"
    run(curated, "national-2018", "national-2020", "-o", str(out))
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[1]]
    at = {name: header.index(name) for name in ("relation", "ownership", "region")}
    seen = {(row[at["relation"]], row[at["ownership"]], row[at["region"]])
            for row in sheet.iter_rows(min_row=2, values_only=True) if row[at["relation"]] in ("added", "dropped")}
    assert seen == {("added", None, None), ("dropped", None, None)}


def test_the_csv_s_clauses_name_their_sides_as_its_header_does(curated):
    rows = csv_rows(curated, "national-2018", "national-2020")
    sides = {part.split(" ")[0] for r in rows for part in r["clauses"].split("；") if part}
    assert sides == {"2018", "2020"}


def test_a_local_plan_s_csv_clauses_keep_national_and_local(curated):
    # near miss: a local plan against the plan above it is headed national and local
    rows = csv_rows(curated, "national-2020", "xiamen-2020")
    sides = {part.split(" ")[0] for r in rows for part in r["clauses"].split("；") if part}
    assert sides == {"national", "local"}
