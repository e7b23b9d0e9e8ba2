"""A diff whose LOCAL takes up near nothing of NATIONAL says so (pilotplans/diff/direction.py ``overlap_note``), whether
or not the programmes of the two are known: `diff national-2020 <大连's 自贸 general requirements>` printed 0 same /
122 dropped and no word that the two are different programmes (``unrelated_note`` needs both programmes known)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from pilotplans.cli import app

PLANS = Path(__file__).parent / "fixtures" / "plans"


def diff(curated, local: Path):
    return CliRunner().invoke(app, ["diff", "national-2020", str(local), "-f", "csv", "--db",
                                    f"sqlite:///{curated / 'pilotplans.db'}"])


def test_a_plan_of_another_programme_taking_up_nothing_is_said_to_share_near_nothing(curated):
    result = diff(curated, PLANS / "dalian-general-requirements.docx")
    assert (result.exit_code, result.stderr) == (0, (
        "note: dalian-general-requirements takes up 0 of the 122 measures of national-2020: the two plans share near "
        "nothing (plans of different programmes or places?), and its dropped measures say only that, not what "
        "dalian-general-requirements left out of national-2020\n"))


def test_a_plan_implementing_national_2020_is_not_said_to_share_near_nothing(curated):
    # near miss: 成都's plan takes up part of national-2020 and drops the rest
    result = diff(curated, PLANS / "chengdu-2020-tasks.txt")
    assert (result.exit_code, result.stderr) == (0, "")


UNSEEN = Path(__file__).parent / "fixtures" / "diff_unseen"


def diff_against(curated, national: str, local: Path):
    return CliRunner().invoke(app, ["diff", national, str(local), "-f", "csv", "--db",
                                    f"sqlite:///{curated / 'pilotplans.db'}"])


def test_a_small_plan_drawing_its_measures_from_national_is_not_said_to_share_near_nothing(curated):
    # 南京's 2025 task list of three measures, two of them national-2025's: 2 of national-2025's 152 (under 5%) were
    # said to be "near nothing (plans of different programmes or places?)"
    result = diff_against(curated, "national-2025", UNSEEN / "nanjing-2025-default-scope.txt")
    assert (result.exit_code, result.stderr) == (0, "")


def test_a_small_plan_of_another_round_sharing_nothing_is_still_said_to_share_near_nothing(curated):
    # near miss: the same three measures against national-2020, none of them taken up; the file is read with the
    # programme its title names (服务业扩大开放综合试点), as its stored copy would be, so the note that says the two are
    # unrelated is the programmes' (test_cli_trial_analyst50.py), which the note of sharing near nothing then leaves
    result = diff_against(curated, "national-2020", UNSEEN / "nanjing-2025-default-scope.txt")
    assert result.exit_code == 0
    assert result.stderr == ("note: national-2020 (service-trade) and nanjing-2025-default-scope (service-opening) are "
                             "plans of different programmes: neither implements the other, and the links say only how "
                             "alike the measures of nanjing-2025-default-scope are to those of national-2020, not what one "
                             "did with the other's\n")


# The rule itself (direction.shares_near_nothing), which a diff's note and a lineage step's share: the small plan of the
# test above now meets the programmes' note first, so its firing is kept here, beside its near misses.

def test_a_small_plan_taking_up_none_of_a_large_one_shares_near_nothing():
    from pilotplans.diff.direction import shares_near_nothing

    assert shares_near_nothing(0, 122, 0, 3) is True  # 南京's three measures against national-2020's 122


def test_a_small_plan_drawing_most_of_its_measures_from_a_large_one_shares_them():
    # near miss: 2 of national-2025's 152 are under 5% of them, but 2 of 南京's 3 measures are not
    from pilotplans.diff.direction import shares_near_nothing

    assert shares_near_nothing(2, 152, 2, 3) is False


def test_a_plan_with_no_measures_to_take_up_is_never_said_to_share_near_nothing():
    from pilotplans.diff.direction import shares_near_nothing

    assert shares_near_nothing(0, 0, 0, 3) is False
