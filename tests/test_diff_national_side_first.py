"""Of two columns saying one thing of each side, NATIONAL's comes first in every file diff writes (round 56).

Every pair of the diff's columns named national before local (`national`, `local`; `national_text`, `local_text`;
`national_bodies`, `local_bodies` …) but the evidence of the relation, written `local_covered`, `national_covered`: a
reader scanning the header for a side's columns met the local one first there alone. It follows the rule now, in the
CSV (its header naming the sides in any words), the JSON keys and the API's links.
"""

from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from pilotplans.cli import app


def diff(curated, *args: str) -> str:
    result = CliRunner().invoke(app, ["diff", *args, "--db", f"sqlite:///{curated / 'pilotplans.db'}"])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_the_csv_gives_national_covered_before_local_covered(curated):
    header = next(csv.reader(io.StringIO(diff(curated, "national-2020", "xiamen-2020", "-f", "csv").lstrip("\ufeff"))))
    assert header[-6:] == ["national_covered", "local_covered", "reason", "clauses", "national_label", "local_label"]


def test_two_rounds_csv_names_the_sides_by_round_in_the_same_order(curated):
    header = next(csv.reader(io.StringIO(diff(curated, "national-2018", "national-2020", "-f", "csv").lstrip("\ufeff"))))
    assert header[-6:] == ["2018_covered", "2020_covered", "reason", "clauses", "2018_label", "2020_label"]


def test_the_jsonl_keys_give_national_covered_before_local_covered(curated):
    first = json.loads(diff(curated, "national-2020", "xiamen-2020", "-f", "jsonl").splitlines()[0])
    keys = list(first)
    assert keys[keys.index("national_owners"):keys.index("reason")] == [
        "national_owners", "local_owners", "national_covered", "local_covered"]


def test_every_pair_of_side_columns_names_national_first():
    from pilotplans.diff.render import CSV_COLUMNS

    sided = [c.partition("_")[2] for c in CSV_COLUMNS if c.startswith("national_")]
    pairs = [(CSV_COLUMNS.index(f"national_{rest}"), CSV_COLUMNS.index(f"local_{rest}")) for rest in sided
             if f"local_{rest}" in CSV_COLUMNS]
    assert [rest for rest in sided if f"local_{rest}" in CSV_COLUMNS] == [
        "text", "document", "position", "heading", "responsibility", "bodies", "owners", "covered", "label"]
    assert all(national < local for national, local in pairs)


def test_the_api_s_link_lists_national_covered_first():
    from pilotplans.diff.models import Link

    fields = list(Link.model_fields)
    assert fields.index("national_covered") + 1 == fields.index("local_covered")
