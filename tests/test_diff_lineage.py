"""Lineage across the national rounds: 2018 tasks → 2020 measures → 2025 list (pilotplans.diff.lineage)."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from pilotplans.cli import app
from pilotplans.diff.lineage import Lineage, UnknownMeasure, history, lineage, to_jsonl
from pilotplans.diff.lineage_html import render_lineage_html
from pilotplans.diff.segment import Segmenter
from tests.conftest import SEED_FILES, SEEDS

runner = CliRunner()


@pytest.fixture(scope="module")
def rounds(national2018, national2020, national2025) -> Lineage:
    return lineage([national2018, national2020, national2025], segmenter=Segmenter(None))


def paths(result: Lineage) -> list[tuple[list[str | None], list[str | None]]]:
    return [([m.label if m else None for m in row.measures], list(row.steps)) for row in result.rows]


def test_every_measure_of_every_round_is_on_a_path(rounds, national2018, national2020, national2025):
    for k, document in enumerate((national2018, national2020, national2025)):
        on_paths = {row.measures[k].position for row in rounds.rows if row.measures[k] is not None}
        assert on_paths == {m.position for m in document.measures}


def test_a_2020_measure_has_its_2018_task_and_its_fate_in_2025(rounds):
    assert paths(history(rounds, "national-2020:28")) == [(["#6", "28", None], ["changed", "dropped"])]


def test_a_task_carried_by_two_measures_of_the_next_round_is_split(rounds):
    assert paths(history(rounds, "national-2018:#47")) == [
        (["#47", "46", None], ["split", "dropped"]), (["#47", "114", None], ["split", "dropped"])]


def test_a_measure_first_found_in_2020_is_new_there(rounds):
    assert paths(history(rounds, "2020:68")) == [([None, "68", "116"], ["new", "carried"])]


def test_a_round_may_be_named_by_its_year_and_an_unknown_measure_is_an_error(rounds):
    with pytest.raises(UnknownMeasure, match="national-2020 has no measure 999"):
        history(rounds, "2020:999")
    with pytest.raises(UnknownMeasure, match="no round 2016 among national-2018 \\(2018\\)"):
        history(rounds, "2016:1")


def test_a_measure_named_without_its_round_is_told_to_name_one(rounds):
    # "nonsense" and "59" were answered "no round ? among …", a round called "?"
    known = "national-2018 (2018), national-2020 (2020), national-2025 (2025)"
    for reference in ("nonsense", "59"):
        with pytest.raises(UnknownMeasure) as refused:
            history(rounds, reference)
        assert str(refused.value) == f"{reference}: names no round; write DOC:NUMBER (e.g. national-2020:59) with a round among {known}"
    with pytest.raises(UnknownMeasure) as refused:  # a round named stays answered as before
        history(rounds, "2016:1")
    assert str(refused.value) == f"2016:1: no round 2016 among {known}; write DOC:NUMBER, e.g. national-2020:59"


def test_counts_per_step_count_the_measures_of_the_earlier_round(rounds, national2018):
    first = rounds.counts()[0]
    assert sum(n for step, n in first.items() if step != "new") == len(national2018.measures)


def test_jsonl_has_one_object_per_path(rounds):
    lines = to_jsonl(history(rounds, "national-2020:28")).splitlines()
    row = json.loads(lines[0])
    assert (len(lines), row["rounds"], row["steps"]) == (1, ["national-2018", "national-2020", "national-2025"], ["changed", "dropped"])
    assert [m and m["label"] for m in row["measures"]] == ["#6", "28", None]


def test_html_is_one_self_contained_page_with_a_row_per_path(rounds):
    page = render_lineage_html(rounds)
    assert page.count('<tr class="path"') == len(rounds.rows)
    assert not re.search(r'(?:src|href)="(?:https?:)?//', page) and "Content-Security-Policy" in page


def test_cli_lineage_follows_one_measure_across_files(tmp_path):
    files = [str(SEEDS / SEED_FILES[i]) for i in ("national-2018", "national-2020", "national-2025")]
    target = tmp_path / "lineage.html"
    result = runner.invoke(app, ["lineage", *(a for f in files for a in ("--round", f)), "--measure", "national-2020:28",
                                 "--format", "jsonl", "--html", str(target)])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["steps"] for line in result.stdout.splitlines()] == [["changed", "dropped"]]
    assert target.read_text("utf-8").count('<tr class="path"') == 1


def test_cli_lineage_html_that_cannot_be_written_is_one_line(tmp_path):
    # --html into a folder that does not exist ended in a traceback (diff's --html and every --output say it in one line)
    files = [str(SEEDS / SEED_FILES[i]) for i in ("national-2018", "national-2020")]
    target = tmp_path / "missing" / "lineage.html"
    result = runner.invoke(app, ["lineage", "--round", files[0], "--round", files[1], "--measure", "national-2020:28", "--html", str(target)])
    assert (result.exit_code, result.stderr) == (1, f"error: {target}: cannot write: the folder {target.parent} does not exist\n")
    assert result.exception is None or isinstance(result.exception, SystemExit)
    written = tmp_path / "lineage.html"
    result = runner.invoke(app, ["lineage", "--round", files[0], "--round", files[1], "--measure", "national-2020:28", "--html", str(written)])
    assert (result.exit_code, result.stderr) == (0, f"wrote HTML lineage {written}\n")
    assert written.read_text("utf-8").count('<tr class="path"') == 1


def test_cli_lineage_names_an_unknown_measure(tmp_path):
    files = [str(SEEDS / SEED_FILES[i]) for i in ("national-2018", "national-2020")]
    result = runner.invoke(app, ["lineage", "--round", files[0], "--round", files[1], "--measure", "national-2020:999"])
    assert (result.exit_code, result.stderr) == (2, "error: national-2020:999: national-2020 has no measure 999 (its measures: 1–122)\n")


def test_a_measure_of_a_round_with_spaces_not_among_them_names_the_reference_and_the_round_in_quotes(rounds):
    # it read "chengdu 2020:5: no round chengdu 2020 among …": the round as three words, the reference's end lost
    known = "national-2018 (2018), national-2020 (2020), national-2025 (2025)"
    with pytest.raises(UnknownMeasure) as refused:
        history(rounds, "chengdu 2020:5")
    assert str(refused.value) == (f"'chengdu 2020:5': no round 'chengdu 2020' among {known}; write DOC:NUMBER, "
                                  "e.g. national-2020:59")
