"""The diff's outputs say the same thing (round 55, an analyst's pass over every output): the CSV's clause cells named
their sides `national` and `local` under a header naming them 2018 and 2020, where the HTML's clause table says 2018."""

from __future__ import annotations

import csv
import io

from typer.testing import CliRunner

from pilotplans.cli import app


def run(curated, *args: str):
    result = CliRunner().invoke(app, ["diff", *args, "--db", f"sqlite:///{curated / 'pilotplans.db'}"],
                                env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result


def csv_rows(curated, *args: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(run(curated, *args, "-f", "csv").stdout.lstrip("\ufeff"))))


def test_the_csv_s_clauses_name_their_sides_as_its_header_does(curated):
    rows = csv_rows(curated, "national-2018", "national-2020")
    sides = {part.split(" ")[0] for r in rows for part in r["clauses"].split("；") if part}
    assert sides == {"2018", "2020"}


def test_a_local_plan_s_csv_clauses_keep_national_and_local(curated):
    # near miss: a local plan against the plan above it is headed national and local
    rows = csv_rows(curated, "national-2020", "xiamen-2020")
    sides = {part.split(" ")[0] for r in rows for part in r["clauses"].split("；") if part}
    assert sides == {"national", "local"}
