"""One rule for what every listing prints without -f (pilotplans/cli.py ``_auto``): a table on a terminal, JSONL when
standard output is piped or redirected — as `extract` always did. `measures` piped printed its record view (one
measure) or a table wrapped to 160 columns, a record parted over lines, while `extract` piped printed JSONL. A
CliRunner's standard output is no terminal: these tests are the pipe."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from pilotplans.cli import app


def run(curated, *args: str):
    return CliRunner().invoke(app, [*args, "--db", f"sqlite:///{curated / 'pilotplans.db'}"])


def test_one_measure_piped_is_one_json_line(curated):
    result = run(curated, "measures", "-d", "national-2020", "-n", "113")
    lines = result.stdout.splitlines()
    assert (result.exit_code, len(lines), json.loads(lines[0])["responsibility"]) == (0, 1, "中国出口信保公司和试点地区负责推进")


def test_the_documents_piped_are_one_json_line_each(curated):
    result = run(curated, "documents")
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [
        "hainan-2020", "national-2018", "national-2020", "national-2025", "xiamen-2020"]


def test_a_diff_piped_is_one_json_line_a_link(curated):
    result = run(curated, "diff", "national-2020", "xiamen-2020", "--relation", "same")
    links = [json.loads(line) for line in result.stdout.splitlines()]
    assert {link["relation"] for link in links} == {"same"}


def test_a_listing_written_to_a_file_of_no_format_s_extension_is_the_table(curated, tmp_path):
    # near miss: -o names a file, not a pipe, and .txt names no format: the table a terminal shows
    result = run(curated, "measures", "-d", "national-2020", "-n", "113", "-o", str(tmp_path / "113.txt"))
    assert (result.exit_code, (tmp_path / "113.txt").read_text(encoding="utf-8").split()[:2]) == (0, ["document", "national-2020"])


def test_a_format_asked_for_is_printed_piped(curated):
    # near miss: -f table, piped, is the table
    result = run(curated, "documents", "-f", "table")
    assert result.stdout.split()[:3] == ["id", "level", "region"]


@pytest.mark.parametrize("args", [["search", "跨境数据", "--limit", "2"], ["departments", "-d", "xiamen-2020"],
                                  ["regions", "-d", "xiamen-2020"], ["lineage", "-m", "national-2020:59"]],
                         ids=["search", "departments", "regions", "lineage"])
def test_every_other_listing_piped_is_one_json_record_a_line(curated, args):
    result = run(curated, *args)
    lines = result.stdout.splitlines()
    assert result.exit_code == 0 and lines
    assert all(isinstance(json.loads(line), dict) for line in lines)
