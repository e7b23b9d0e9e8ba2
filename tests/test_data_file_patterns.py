"""A regular expression a data file gives that does not compile is one error line naming the file, the key and the
pattern — refusals.toml and tasklist.toml alike, by the one check both schemas call (pilotplans.patterns.valid_pattern)."""

from __future__ import annotations

import re

import pytest

from pilotplans.errors import PilotplansError, validated_data_file
from pilotplans.parsers.interpret.refusal_schema import RefusalsFile
from pilotplans.parsers.interpret.vocabulary_schema import _File
from pilotplans.patterns import valid_pattern

DATA = __import__("pathlib").Path(__file__).resolve().parent.parent / "pilotplans" / "data"


def test_a_pattern_that_compiles_is_returned_as_given():
    assert valid_pattern(r"^(?:记者|通讯员)[:：]") == r"^(?:记者|通讯员)[:：]"


def test_a_pattern_that_does_not_compile_is_named_in_the_error():
    with pytest.raises(ValueError, match=r"not a valid regular expression \(记者\(\)"):
        valid_pattern("记者(")


def test_the_refusals_file_as_shipped_is_valid():
    text = (DATA / "refusals.toml").read_text("utf-8")
    assert validated_data_file(RefusalsFile, text, "refusals.toml").opening_lines >= 1


def test_a_refusals_file_with_a_broken_pattern_is_one_line_naming_the_key_and_the_pattern():
    text = (DATA / "refusals.toml").read_text("utf-8").replace("[news]", "[news]\nbyline = [\"记者(\"]\n", 1)
    text = _without_second_key(text, "[news]", "byline")
    with pytest.raises(PilotplansError) as raised:
        validated_data_file(RefusalsFile, text, "refusals.toml")
    message = str(raised.value)
    assert (message.startswith("pilotplans/data/refusals.toml: news.byline: "), "(记者(" in message, "\n" in message) == (True, True, False)


def test_the_basis_verbs_are_written_into_both_rules_that_read_a_name_cited_as_a_basis():
    # one list (basis) for which 《X》 a line names as its plan (cited) and which it reports issued (news.reported_issue)
    # the shipped line replaced whatever verbs it lists (a replace of one spelling of it found nothing once 学习 joined it)
    text, replaced = re.subn(r"^basis = '.*'$", "basis = '(?:遵照)'", (DATA / "refusals.toml").read_text("utf-8"), count=1,
                             flags=re.MULTILINE)
    assert replaced == 1
    data = validated_data_file(RefusalsFile, text, "refusals.toml")
    assert ([p.startswith("(?<!(?:遵照)") for p in data.cited], ["(?!为|(?:遵照))" in p for p in data.news.reported_issue]) \
        == ([True, True], [True])


def test_a_refusals_file_with_a_broken_basis_is_one_line_naming_the_basis():
    text = (DATA / "refusals.toml").read_text("utf-8").replace("basis = '(?:根据|", "basis = '((?:根据|", 1)
    with pytest.raises(PilotplansError) as raised:
        validated_data_file(RefusalsFile, text, "refusals.toml")
    assert str(raised.value).startswith("pilotplans/data/refusals.toml: basis: ")


def test_a_tasklist_file_with_a_broken_pattern_is_one_line_naming_the_key_and_the_pattern():
    text = (DATA / "tasklist.toml").read_text("utf-8")
    key = "page_end"
    assert f"\n{key} = " in text
    start = text.index(f"\n{key} = ") + 1
    end = text.index("\n]", start) + 2  # the array closes on a line of its own (its patterns hold brackets)
    text = text[:start] + f'{key} = ["第(页"]' + text[end:]
    with pytest.raises(PilotplansError) as raised:
        validated_data_file(_File, text, "tasklist.toml")
    message = str(raised.value)
    assert (message.startswith(f"pilotplans/data/tasklist.toml: {key}: "), "(第(页" in message) == (True, True)


def _without_second_key(text: str, table: str, key: str) -> str:
    """``text`` with the table's original ``key = [...]`` removed, keeping the one inserted first under it."""
    head = text.index(table) + len(table)
    first = text.index(f"\n{key} = ", head)
    second = text.index(f"\n{key} = ", first + 1)
    # an array on lines of its own closes on a line of its own (its patterns hold brackets); else at its line's end
    opened_alone = text.startswith(f"\n{key} = [\n", second)
    end = text.index("\n]", second) + 2 if opened_alone else text.index("\n", second + 1)
    return text[:second] + text[end:]
