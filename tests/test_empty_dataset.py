"""coverage and lineage of a pilotplans database holding too few documents say what it holds and how to add more,
rather than ask for options that cannot help (pilotplans/diff/coverage.py ``select``, pilotplans/api.py ``lineage``)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from pilotplans.cli import app
from tests.conftest import curated_copy


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def test_coverage_of_a_database_holding_no_document_says_so(curated, tmp_path):
    # the advice named the database: a bare `pilotplans rebuild` builds data/curated's, not the one given with --db
    url = curated_copy(curated, tmp_path, keeping=())
    result = run("coverage", "--db", url)
    assert (result.exit_code, result.stderr) == (1, (
        f"error: the database holds no document yet: store plans in it with `pilotplans extract FILE --db {url}`, or "
        f"build the dataset with `pilotplans rebuild --db {url}`\n"))


@pytest.mark.parametrize("keeping", [("national-2018", "national-2020"), ("national-2025", "xiamen-2020")],
                         ids=["national plans alone", "a local plan beside a national plan it does not implement"])
def test_coverage_of_a_database_holding_no_pair_asks_for_the_plans(curated, tmp_path, keeping):
    # a national plan is stored: naming the plans with --national and --local can help
    result = run("coverage", "--db", curated_copy(curated, tmp_path, keeping=keeping))
    assert (result.exit_code, result.stderr) == (1, (
        "error: no stored local plan implements any stored national plan; name the plans with --national and --local\n"))


@pytest.mark.parametrize(("keeping", "held"), [((), "none"), (("national-2020", "xiamen-2020"), "one, national-2020")],
                         ids=["no document", "one round"])
def test_lineage_of_a_database_holding_fewer_than_two_rounds_names_what_it_holds(curated, tmp_path, keeping, held):
    url = curated_copy(curated, tmp_path, keeping=keeping)
    result = run("lineage", "--db", url)
    assert (result.exit_code, result.stderr) == (1, (
        f"error: lineage follows measures from one national round to the next, and the database holds {held}: no two "
        f"national plans with a round to follow (store another round's plan with `pilotplans extract FILE --db {url}`, "
        "or name the plans with -r)\n"))


def test_lineage_of_a_database_holding_two_rounds_follows_them(curated, tmp_path):
    result = run("lineage", "-f", "table", "--db", curated_copy(curated, tmp_path, keeping=("national-2018", "national-2020")))
    assert (result.exit_code, result.stdout.splitlines()[0]) == (
        0, "national-2018 → national-2020: 0 carried, 9 changed, 2 merged, 3 split, 106 new, 34 dropped")


@pytest.mark.parametrize("options", [[], ["-l", "xiamen-2020"]], ids=["every plan", "-l"])
def test_coverage_of_a_database_holding_local_plans_alone_asks_for_their_national_plan(curated, tmp_path, options):
    # naming the plans with --national cannot help where no national plan is stored; -l alike
    url = curated_copy(curated, tmp_path, keeping=("hainan-2020", "xiamen-2020"))
    result = run("coverage", *options, "--db", url)
    assert (result.exit_code, result.stderr) == (1, (
        "error: the database holds no national plan, only local ones (hainan-2020, xiamen-2020): store the national "
        f"plan they implement with `pilotplans extract FILE --db {url}`, or build the dataset with "
        f"`pilotplans rebuild --db {url}`\n"))


@pytest.mark.parametrize(("given", "named", "what"), [("xiamen-2020", "xiamen-2020", "a municipal plan, not a national one"),
                                                      ("2020", "national-2020", "a national plan")],
                         ids=["a local plan", "one round"])
def test_lineage_of_one_plan_named_with_r_says_what_was_named_and_what_it_needs(curated, given, named, what):
    # `-r xiamen-2020` alone said "lineage needs at least two national plans (rounds)", naming neither the plan given
    # nor those stored
    result = run("lineage", "-r", given, "--db", f"sqlite:///{curated / 'pilotplans.db'}")
    assert (result.exit_code, result.stderr) == (1, (
        f"error: lineage follows measures from one national round to the next, and -r names one plan, {named} ({what}): "
        "name two national plans or more, oldest first (the stored ones: national-2018, national-2020, national-2025)\n"))
