"""The analysts' pass of round 53 over lineage: a lineage of every stored round took seven seconds on the bundled data
with nothing on a terminal to show for them (coverage has a progress bar for its diffs; lineage now tells one of each
step diffed), and a --measure naming no measure exited 1 where `measures --implements` naming none exits 2, as every
option naming something that does not exist."""

from __future__ import annotations

from typer.testing import CliRunner

from pilotplans.cli import app
from pilotplans.diff.lineage import lineage


def test_each_step_of_a_lineage_is_told_once_diffed(national2018, national2020):
    told = []
    lineage([national2018, national2020], on_diff=lambda name, done, total: told.append((name, done, total)))
    assert told == [("", 0, 1), ("national-2018 → national-2020", 1, 1)]


def test_a_lineage_told_of_its_steps_is_the_lineage_untold(national2018, national2020):
    assert lineage([national2018, national2020], on_diff=lambda *_: None) == lineage([national2018, national2020])


def run(curated, *args: str):
    return CliRunner().invoke(app, [*args, "--db", f"sqlite:///{curated / 'pilotplans.db'}"])


def test_a_measure_lineage_does_not_hold_exits_2_as_implements_does(curated):
    history = run(curated, "lineage", "-m", "2020:999")
    adopters = run(curated, "measures", "--implements", "2020:999")
    assert [(r.exit_code, r.stderr) for r in (history, adopters)] == [
        (2, "error: 2020:999: national-2020 has no measure 999 (its measures: 1–122)\n"),
        (2, "error: --implements 2020:999: national-2020 has no measure 999 (its measures: 1–122)\n")]


def test_a_measure_lineage_holds_is_followed(curated):
    # near miss: a measure of the round is followed, exit 0 (2018's #3 on 来华就医签证 became 2020's 59)
    import json

    result = run(curated, "lineage", "-m", "2020:59", "-f", "jsonl")
    paths = [json.loads(line) for line in result.stdout.splitlines()]
    assert (result.exit_code, [[m["label"] if m else None for m in path["measures"]] for path in paths]) == (
        0, [["#3", "59"]])
