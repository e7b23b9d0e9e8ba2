"""coverage given a plan on the wrong side — a local plan as --national, a national plan as --local — says which
side it is on and what each option names (pilotplans/diff/coverage.py ``_check_levels``), rather than that no plan
implements it; coverage --help names every way a plan is linked, the title it cites among them."""

from __future__ import annotations

from typer.testing import CliRunner

from pilotplans.cli import app


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def test_a_local_plan_given_as_national_is_said_to_be_local(curated):
    result = run("coverage", "-n", "xiamen-2020", "--db", f"sqlite:///{curated / 'pilotplans.db'}")
    assert (result.exit_code, result.stderr) == (1, (
        "error: xiamen-2020 is a municipal plan, not a national one: --national names a stored national plan "
        "(national-2018, national-2020, national-2025), --local the plans implementing it\n"))


def test_a_national_plan_given_as_local_alone_is_said_to_be_national(curated):
    result = run("coverage", "-l", "national-2020", "--db", f"sqlite:///{curated / 'pilotplans.db'}")
    assert (result.exit_code, result.stderr) == (1, (
        "error: national-2020: a national plan, not a local one: --local names a plan implementing a national plan, "
        "--national the national plan\n"))


def test_a_national_plan_given_as_local_against_a_named_national_plan_is_compared_as_named(curated):
    # one round's plan against another's: what the user named, as a diff of the two would be
    result = run("coverage", "-f", "table", "-n", "national-2020", "-l", "national-2018", "--db", f"sqlite:///{curated / 'pilotplans.db'}")
    assert (result.exit_code, result.stdout.splitlines()[0]) == (
        0, "national-2018 → national-2020: compared as named on the command line")


def test_coverage_help_names_the_title_a_plan_cites_among_the_ways_it_is_linked():
    result = run("coverage", "--help")
    assert "by the 文号 or the title it cites, by the manifest, or inferred from its measures" in " ".join(result.stdout.split())
