"""The reading leftovers of round 36 and older (stop 57, mend37), each with the page where the rule fires and a
written near miss where it must stay quiet:

- a label's colon printed as a look-alike (``责任单位∶`` with U+2236 RATIO, ``牵头单位﹕`` with U+FE55 SMALL COLON,
  ``发文字号︰``…, listed in pilotplans/data/colons.toml) is read as ``：`` by every reader, folded once where a file's
  text is read (pilotplans/parsers/colons.py); between two figures (a ratio 1∶500, a time 9∶30, a score 3∶1) it
  stays as printed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.colons import fold_colons, look_alikes
from tests.conftest import FIXTURES
from tests.page_metadata import owners

WEIHAI = FIXTURES / "prose-blind10" / "weihai-2023-city-lead-then-responsible-carried-down.txt"
SUZHOU = FIXTURES / "prose-blind10" / "suzhou-2017-city-field-list-dated-a-year-late.txt"
LOOK_ALIKES = ["∶", "﹕", "︰", "︓", "꞉", "˸"]


def _printed_with(path: Path, colon: str, folder: Path) -> Path:
    """The real page at ``path`` as a site printing its colons as ``colon`` shows it (every colon but a time's)."""
    text = path.read_text("utf-8")
    out = "".join(colon if c in ":：" and not (text[i - 1:i].isdigit() and text[i + 1:i + 2].isdigit()) else c
                  for i, c in enumerate(text))
    written = folder / path.name
    written.write_text(out, "utf-8")
    return written


# --- a label's colon printed as a look-alike ------------------------------------------------------------------------

def test_the_data_file_lists_the_look_alikes():
    assert look_alikes() == frozenset(LOOK_ALIKES)


@pytest.mark.parametrize("colon", LOOK_ALIKES)
def test_owner_labels_with_a_look_alike_colon_are_read_as_with_the_colon(colon, tmp_path):
    # 威海's bracket (牵头单位:市行政审批服务局;责任单位:市直有关部门、单位,…) printed with ∶ reads the same owners
    first, second = read_document(_printed_with(WEIHAI, colon, tmp_path)).measures
    assert owners(first) == [("市行政审批服务局", "lead"), ("市直有关部门、单位", "carry_out"),
                             ("各区市政府", "carry_out"), ("开发区管委", "carry_out")]
    assert owners(second) == [("各区市政府", "carry_out"), ("开发区管委", "carry_out")]


@pytest.mark.parametrize("colon", ["∶", "﹕", "︰"])
def test_metadata_rows_with_a_look_alike_colon_are_read_as_with_the_colon(colon, tmp_path):
    # 苏州's law site's rows (发文文号∶苏府[2017]68号, 发文部门∶苏州市人民政府) as with ':'
    from tests.page_metadata import page_metadata

    metadata = page_metadata(_printed_with(SUZHOU, colon, tmp_path))
    assert (metadata.doc_no, metadata.issuer, metadata.date, metadata.region) == (
        "苏府[2017]68号", "苏州市人民政府", dt.date(2017, 6, 19), "苏州")


def test_a_look_alike_colon_after_a_label_is_folded_in_place():
    assert fold_colons("（牵头单位﹕市发改委；责任单位∶市财政局）") == "（牵头单位：市发改委；责任单位：市财政局）"


@pytest.mark.parametrize("printed", ["比例尺1∶500地形图", "上午9∶30召开", "以3∶1获胜", "按1 ∶ 2配套", "１∶５００"])
def test_a_ratio_a_time_or_a_score_keeps_its_character(printed):
    # between two figures (spaces aside) the character is no label's colon
    assert fold_colons(printed) == printed


def test_a_ratio_in_an_item_stays_printed_while_its_owner_label_is_read(tmp_path):
    page = tmp_path / "plan.txt"
    page.write_text("某市测绘工作实施方案\n"
                    "一、完成全市1∶500地形图更新。（责任单位∶市自然资源局）\n"
                    "二、上午9∶30前公开当日数据。（牵头单位﹕市大数据局）\n", "utf-8")
    first, second = read_document(page).measures
    assert "1∶500" in first.text and owners(first) == [("市自然资源局", "carry_out")]
    assert "9∶30" in second.text and owners(second) == [("市大数据局", "lead")]
