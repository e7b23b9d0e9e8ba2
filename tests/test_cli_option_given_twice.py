"""An option taking one value given twice was its last value used alone, silently: a researcher's
``measures --warning number_gap --warning responsibility_list_shifted`` listed the second code's
measures as if the first had not been asked (analyst42). It is now one error line, exit 2; options
taking several values, and flags, may still be repeated."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from pilotplans.cli import app


def run(curated, *args: str):
    return CliRunner().invoke(app, [*args, "--db", f"sqlite:///{curated / 'pilotplans.db'}"], prog_name="pilotplans")


def test_an_option_of_one_value_given_twice_is_one_error_line(curated):
    result = run(curated, "measures", "--warning", "number_gap", "--warning", "responsibility_list_shifted")
    assert (result.exit_code, result.stdout, result.stderr) == (
        2, "", "error: pilotplans measures: option '--warning' is given 2 times; it takes one value, and only the last "
               "would count; usage: pilotplans measures [OPTIONS]\n")


def test_an_option_given_twice_by_its_short_name_is_named_by_its_long_one(curated):
    result = run(curated, "measures", "-d", "xiamen-2020", "-n", "3", "-n", "4")
    assert (result.exit_code, result.stderr) == (
        2, "error: pilotplans measures: option '--number' is given 2 times; it takes one value, and only the last "
           "would count; usage: pilotplans measures [OPTIONS]\n")


def test_an_option_taking_several_values_may_be_repeated(curated):
    result = run(curated, "measures", "-d", "xiamen-2020", "-d", "hainan-2020", "-n", "3", "-f", "jsonl")
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["document"] for line in result.stdout.splitlines()] == ["hainan-2020", "xiamen-2020"]


def test_a_flag_given_twice_is_still_the_flag(curated):
    result = run(curated, "departments", "--unresolved", "--unresolved", "-d", "national-2020")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "note: no body matches\n")
