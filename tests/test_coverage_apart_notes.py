"""coverage says of a pair sharing nothing what diff says of it (round 56).

`diff national-2025 xiamen-2020` notes that the two are plans of different programmes, and a local plan taking up
near nothing of a national plan is noted as sharing near nothing with it; `coverage -n national-2025 -l xiamen-2020`
printed the same pair's column, 148 of 152 cells `dropped`, without a word. A plan linked to its national plan (by what
it cites, the manifest or its measures) is never so noted.
"""

from __future__ import annotations

from typer.testing import CliRunner

from pilotplans.cli import app
from tests.conftest import curated_copy


def stderr_of(url: str, *args: str) -> str:
    result = CliRunner().invoke(app, ["coverage", *args, "-f", "csv", "--db", url], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.stderr


def test_a_plan_named_against_a_national_plan_of_another_programme_is_noted_as_diff_notes_it(curated):
    stderr = stderr_of(f"sqlite:///{curated / 'pilotplans.db'}", "-n", "national-2025", "-l", "xiamen-2020")
    assert stderr == (
        "note: national-2025 (service-opening) and xiamen-2020 (service-trade) are plans of different programmes: "
        "neither implements the other, and the links say only how alike the measures of xiamen-2020 are to those of "
        "national-2025, not what one did with the other's\n")


def test_a_plan_of_no_known_programme_taking_up_near_nothing_is_noted_as_sharing_near_nothing(curated, tmp_path):
    url = curated_copy(curated, tmp_path, "UPDATE documents SET programme = NULL WHERE id = 'xiamen-2020'")
    stderr = stderr_of(url, "-n", "national-2025", "-l", "xiamen-2020")
    assert stderr == (
        "note: xiamen-2020 takes up 4 of the 152 measures of national-2025: the two plans share near nothing (plans of "
        "different programmes or places?), and its dropped cells say only that, not what xiamen-2020 left out of "
        "national-2025\n")


def test_plans_linked_to_their_national_plan_are_not_noted(curated):
    assert stderr_of(f"sqlite:///{curated / 'pilotplans.db'}", "-n", "national-2020") == ""


def test_a_plan_named_against_its_own_national_plan_is_not_noted(curated):
    stderr = stderr_of(f"sqlite:///{curated / 'pilotplans.db'}", "-n", "national-2020", "-l", "xiamen-2020")
    assert stderr == ""


def test_plans_named_against_an_earlier_round_of_their_programme_are_not_noted(curated):
    # review of round 56, a near miss: hainan-2020 and xiamen-2020 each take up 10 of national-2018's 48 tasks, over
    # 5%, and are of its programme; diff notes neither pair, so neither does coverage. Since round 57 coverage warns, as
    # diff does, that hainan-2020 cites the 2020 round's approval (tests/test_coverage_columns_and_notes.py): that
    # warning alone, no note of plans sharing nothing
    stderr = stderr_of(f"sqlite:///{curated / 'pilotplans.db'}", "-n", "national-2018", "-l", "hainan-2020",
                       "-l", "xiamen-2020")
    assert stderr.splitlines() == [
        "warning: hainan-2020 cites 国函〔2020〕111号 (the approval of 全面深化服务贸易创新发展试点, 2020) as the plan it carries "
        "out, not national-2018 (国函〔2018〕79号): the links say only how alike the measures of hainan-2020 are to those "
        "of national-2018, not what it did with them"]
