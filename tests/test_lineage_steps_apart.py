"""A lineage step that is no step of one programme's rounds is said to be so on stderr (pilotplans/diff/direction.py
``lineage_step_note``): `lineage` followed national-2020 (service-trade) into national-2025 (service-opening) and
counted 116 dropped and 146 new without a word, while `diff national-2020 national-2025` says the two are plans of
different programmes."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from pilotplans.cli import app

DALIAN = Path(__file__).parent / "fixtures" / "plans" / "dalian-general-requirements.docx"


def lineage(curated, *args: str):
    return CliRunner().invoke(app, ["lineage", *args, "-f", "jsonl", "--db", f"sqlite:///{curated / 'pilotplans.db'}"])


def test_a_step_between_two_programmes_is_said_to_be_no_round_s(curated):
    # a lineage of every stored plan no longer takes this step (test_cli_trial_analyst50.py); -r names it
    result = lineage(curated, "-r", "2020", "-r", "2025")
    assert (result.exit_code, result.stderr) == (0, (
        "note: national-2020 (service-trade) and national-2025 (service-opening) are plans of different programmes: the "
        "step national-2020 → national-2025 says how alike their measures are, not what a next round made of the one "
        "before (its dropped and new are no round's)\n"))


def test_a_step_taking_up_near_nothing_is_said_to_be_no_round_s(curated):
    result = lineage(curated, "-r", "national-2020", "-r", str(DALIAN))
    assert (result.exit_code, result.stderr) == (0, (
        "note: dalian-general-requirements takes up 0 of the 122 measures of national-2020: the step national-2020 → "
        "dalian-general-requirements says how alike their measures are, not what a next round made of the one before "
        "(its dropped and new are no round's)\n"))


def test_two_rounds_of_one_programme_are_followed_without_a_note(curated):
    # near miss: 2018 → 2020, one programme's rounds, 9 of 48 measures taken up
    result = lineage(curated, "-r", "2018", "-r", "2020")
    assert (result.exit_code, result.stderr) == (0, "")
