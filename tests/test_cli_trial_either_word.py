"""A researcher's trial (analyst42) asked for every measure mentioning 跨境 or 数据. ``measures -s``
given twice kept only the last string, silently (14 of Xiamen's measures hold either, 9 were
listed); ``search '跨境 OR 数据'`` searched for the word OR as well and said only that no measure
matches. Several ``-s`` now keep the measures holding any of them, as several ``-d`` keep any of
those documents; a search part that is OR alone is refused, naming what does the job."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from pilotplans.cli import app


def run(curated, *args: str):
    return CliRunner().invoke(app, [*args, "--db", f"sqlite:///{curated / 'pilotplans.db'}"])


def numbers(result) -> list[int]:
    assert result.exit_code == 0, result.output
    return [json.loads(line)["number"] for line in result.stdout.splitlines()]


def test_search_given_twice_keeps_the_measures_holding_either_string(curated):
    result = run(curated, "measures", "-d", "xiamen-2020", "-s", "跨境", "-s", "数据", "-f", "jsonl")
    assert numbers(result) == [3, 32, 33, 34, 50, 51, 52, 53, 57, 68, 79, 81, 82, 87]


def test_search_given_once_keeps_only_the_measures_holding_that_string(curated):
    result = run(curated, "measures", "-d", "xiamen-2020", "-s", "跨境", "-f", "jsonl")
    assert numbers(result) == [33, 34, 51, 52, 53, 57, 79, 81]


def test_a_search_query_asking_for_either_word_with_or_is_refused_naming_measures_s(curated):
    result = run(curated, "search", "跨境 OR 数据")
    assert (result.exit_code, result.stdout, result.stderr) == (
        2, "", "error: the query '跨境 OR 数据' asks for either word, which search does not do: every part of a query must "
               "match; search each word alone, or list the measures holding any of them with "
               "`pilotplans measures -s WORD -s WORD`\n")


def test_a_search_query_asking_for_either_word_with_a_bar_is_refused(curated):
    result = run(curated, "search", "跨境 | 数据")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith("error: the query '跨境 | 数据' asks for either word, which search does not do")


def test_a_search_query_holding_or_in_small_letters_is_searched_as_a_word(curated):
    result = run(curated, "search", "or", "-f", "jsonl")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "note: no measure matches\n")


def test_a_search_query_of_words_alone_still_needs_every_part(curated):
    result = run(curated, "search", "跨境 数据", "-d", "xiamen-2020", "--limit", "100", "-f", "jsonl")
    assert sorted(numbers(result)) == [51, 57, 81]
