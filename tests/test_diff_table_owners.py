"""The table of ``pilotplans diff`` shows under each measure's text, after ↳, the bodies its responsibility cell
names (the national owners and the local ones), each name whole on a terminal of 100 columns; the JSONL, CSV and
workbook carry them as ``national_owners`` and ``local_owners``. national-2020 → xiamen-2020 (data/raw)."""

from __future__ import annotations

import io
import json
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from pilotplans.cli import app


def run(curated, *args: str, columns: str = "100"):
    return CliRunner(env={"COLUMNS": columns}).invoke(app, [*args, "--db", f"sqlite:///{curated / 'pilotplans.db'}"])


def _link_lines(stdout: str, opening: str) -> list[str]:
    """The lines of the link whose first line opens with ``opening``, up to the next link's."""
    lines = stdout.splitlines()
    at = next(k for k, line in enumerate(lines) if line.startswith(opening))
    end = next(k for k in range(at + 1, len(lines)) if not lines[k].startswith("│          │"))
    return lines[at:end]


def test_a_dropped_measure_shows_its_national_owners_each_name_whole(curated):
    result = run(curated, "diff", "-f", "table", "national-2020", "xiamen-2020")
    assert _link_lines(result.stdout, "│        7 │     — │") == [
        "│        7 │     — │ dropped  │  0.14 │            │           │ 进一步下放港澳  │                 │",
        "│          │       │          │       │            │           │ 服务提供者投资  │                 │",
        "│          │       │          │       │            │           │ 者设立旅行社的  │                 │",
        "│          │       │          │       │            │           │ 审批权限至试点  │                 │",
        "│          │       │          │       │            │           │ 地区所在省（自… │                 │",
        "│          │       │          │       │            │           │ ↳文化和旅游部、 │                 │",
        "│          │       │          │       │            │           │ 商务部、港澳办  │                 │",
    ]


def test_an_adapted_measure_shows_the_national_owner_beside_the_local_ones(curated):
    result = run(curated, "diff", "-f", "table", "national-2020", "xiamen-2020")
    assert _link_lines(result.stdout, "│        5 │     4 │")[-4:] == [
        "│          │       │          │       │            │           │ ↳住房城乡建设部 │ ↳市建设局、     │",
        "│          │       │          │       │            │           │                 │ 市发改委、      │",
        "│          │       │          │       │            │           │                 │ 市财政局、      │",
        "│          │       │          │       │            │           │                 │ 市资源规划局    │",
    ]


def test_a_cell_naming_only_collectives_shows_no_owners_line(curated):
    # national 43: 有关部门支持和指导；试点地区负责推进 names no body; 厦门 26: 市市场监管局、厦门海关
    result = run(curated, "diff", "-f", "table", "national-2020", "xiamen-2020")
    assert _link_lines(result.stdout, "│       43 │    26 │")[-3:] == [
        "│          │       │          │       │            │           │ 区有关产业园区… │ 业园区内科研机… │",
        "│          │       │          │       │            │           │                 │ ↳市市场监管局、 │",
        "│          │       │          │       │            │           │                 │ 厦门海关        │",
    ]


def test_the_jsonl_carries_the_owners_as_written(curated):
    result = run(curated, "diff", "national-2020", "xiamen-2020", "-f", "jsonl")
    links = {(link["national"], link["local"]): link for link in map(json.loads, result.stdout.splitlines())}
    assert [(links[pair]["national_owners"], links[pair]["local_owners"]) for pair in [(7, None), (5, 4), (43, 26)]] == [
        (["文化和旅游部", "商务部", "港澳办"], []),
        (["住房城乡建设部"], ["市建设局", "市发改委", "市财政局", "市资源规划局"]),
        ([], ["市市场监管局", "厦门海关"]),
    ]


def test_the_workbook_carries_the_owners_in_two_columns(curated, tmp_path):
    result = run(curated, "diff", "national-2020", "xiamen-2020", "-o", str(tmp_path / "diff.xlsx"))
    assert result.exit_code == 0, result.output
    sheet = load_workbook(io.BytesIO((tmp_path / "diff.xlsx").read_bytes())).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    at = {name: k for k, name in enumerate(rows[0])}
    dropped = next(row for row in rows[1:] if row[at["national"]] in (7, "7") and row[at["relation"]] == "dropped")
    assert (dropped[at["national_owners"]], dropped[at["local_owners"]]) == ("文化和旅游部；商务部；港澳办", None)


def test_on_a_narrow_terminal_no_owners_line_opens_with_the_separator(curated):
    # 13 cells: ↳文化和旅游部 fills its line, and the 、 after it went to open the next (、商务部、)
    result = run(curated, "diff", "-f", "table", "national-2020", "xiamen-2020", "--relation", "dropped", columns="80")
    assert _link_lines(result.stdout, "│        7 │     — │")[-3:] == [
        "│          │       │          │       │           │ ↳文化和旅游部 │            │",
        "│          │       │          │       │           │ 商务部、      │            │",
        "│          │       │          │       │           │ 港澳办        │            │",
    ]
    assert not [line for line in result.stdout.splitlines() if "│ 、" in line]


def test_a_name_wider_than_the_line_is_folded_and_the_next_joins_its_last_line():
    from pilotplans.diff.render import _wrapped_cell

    assert _wrapped_cell("文本\n↳中国人民银行厦门市中心支行、市商务局", 13) == "文本\n↳中国人民银行\n厦门市中心支\n行、市商务局"


def test_a_plan_with_a_separate_cooperating_column_has_its_cooperating_bodies_among_the_owners(curated):
    # 成都's 牵头单位 | 配合单位 columns: 市商务局 | 市发改委、市财政局、市统计局, the four the ownership check reads
    # (local_bodies), as a plan writing 市商务局牵头，市发改委、市财政局、市统计局配合 in one cell gives them
    chengdu = Path(__file__).parent / "fixtures" / "plans" / "chengdu-2020-tasks.txt"
    result = run(curated, "diff", "national-2020", str(chengdu), "-f", "jsonl")
    first = json.loads(result.stdout.splitlines()[0])
    assert (first["local"], first["local_owners"], first["local_bodies"]) == (
        1, ["市商务局", "市发改委", "市财政局", "市统计局"], ["mof", "mofcom", "nbs", "ndrc"])
