"""The prose12 blind round (tests/fixtures/prose-blind12/KEY.md and key.toml, written before the reader
ran): eight real published pages, read as the key says, and the faults of kind the round found:

- a site's tool with a badge marking it new (``适老版-新``, the elderly-friendly version) over the title:
  joined to it as the title's first line;
- a title copied from a table's cell with its rule (``…工作要点的通知 |``): no title was read;
- a document site's listing of a file (``…行動計劃方案(2021-2022年)(18頁).docx``) over the file's text run
  on in one line: the file's name, its only title line, was no title (its extension and page count);
- a town's notice run on in one line with its attachment line between its last sentence and its
  signature (``…执行。 附件:X 温州市鹿城区山福镇人民政府 2020年10月22日 X …``): no issuer, date or place
  was read; and its sentence ``制定《X》,现印发给你们`` named no title."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.errors import NoTaskTable
from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.notice_lines import run_on_lines
from pilotplans.parsers.titles import without_cell_rule
from tests.conftest import FIXTURES
from tests.page_metadata import lines_metadata as _lines
from tests.page_metadata import page_metadata

BLIND = FIXTURES / "prose-blind12"


def _metadata(name: str):
    return page_metadata(BLIND / name)


# --- the pages as the key reads them ------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(p.name for p in BLIND.glob("*.txt")))
def test_pages_naming_no_owner_are_refused_in_one_line(name):
    with pytest.raises(NoTaskTable) as refused:
        read_document(BLIND / name)
    assert "\n" not in str(refused.value)


def test_the_notice_under_the_site_s_badged_tool_keeps_its_own_title():
    metadata = _metadata("liupanshui-2020-city-figures-date-broken-cited-numbers.txt")
    assert (metadata.title, metadata.doc_no, metadata.level, metadata.region) == (
        "市人民政府办公室关于印发健康六盘水行动推进方案的通知", None, "municipal", "六盘水")


@pytest.mark.parametrize("tool", ["适老版-新", "适老版 NEW", "适老化版", "无障碍 适老版-新"])
def test_a_site_s_tool_badged_new_is_no_part_of_the_title(tool):
    assert _lines(tool, "市人民政府办公室关于印发健康六盘水行动推进方案的通知").title == (
        "市人民政府办公室关于印发健康六盘水行动推进方案的通知")


def test_a_title_opening_with_the_tool_s_word_stays_whole():
    assert _lines("适老化改造实施方案").title == "适老化改造实施方案"


def test_a_title_copied_from_a_table_cell_is_read_without_the_cell_s_rule():
    metadata = _metadata("shaoxing-2017-city-commission-summary-before-points.txt")
    assert (metadata.title, metadata.issuer, metadata.date, metadata.region) == (
        "绍兴市卫生计生委关于印发2016年绍兴市卫生计生工作总结和2017年绍兴市卫生计生工作要点的通知",
        "绍兴市卫生计生委", dt.date(2017, 2, 22), "绍兴")


@pytest.mark.parametrize("line", ["｜某市关于印发某某实施方案的通知｜", "| 某市关于印发某某实施方案的通知"])
def test_a_title_between_cell_rules_is_read_without_them(line):
    assert _lines(line).title == "某市关于印发某某实施方案的通知"


@pytest.mark.parametrize("line", ["索引号 | 001008003001086/2020-42401 | ||", "标 题 | 关于印发某某实施方案的通知 | 文号 |", "|"])
def test_a_row_of_several_cells_is_no_cell_s_text(line):
    assert without_cell_rule(line) == line


def test_a_document_site_s_file_name_gives_the_title_without_extension_and_page_count():
    metadata = _metadata("zhucheng-2021-county-city-document-site-traditional-run-on.txt")
    assert (metadata.title, metadata.issuer, metadata.date, metadata.region) == (
        "諸城市重大突發事件應急保障體系建設行動計劃方案(2021-2022年)", None, None, "诸城")


@pytest.mark.parametrize(("line", "title"), [
    ("2021年重大民生实事项目目标任务责任分解表.docx", "2021年重大民生实事项目目标任务责任分解表"),
    ("某市服务业发展实施方案（12页）.PDF", "某市服务业发展实施方案"),
    ("某市服务业发展实施方案.wps", "某市服务业发展实施方案"),
])
def test_a_file_s_name_is_read_as_the_title_it_names(line, title):
    assert _lines(line).title == title


@pytest.mark.parametrize(("line", "title"), [
    ("附件1.docx", None),  # an attachment's label, named as a file: still no title
    ("某市服务业发展实施方案(2021-2022年)", "某市服务业发展实施方案(2021-2022年)"),  # no file: as printed
    ("某市2021.docx版本说明", None),  # an extension inside a line ends no file's name
])
def test_lines_that_are_no_file_s_name_keep_their_reading(line, title):
    assert _lines(line).title == title


def test_a_link_to_a_file_over_the_notice_s_own_title_leaves_that_title_and_issuer():
    metadata = _lines("某县数字经济试点实施方案.pdf", "某县人民政府关于印发某县数字经济试点实施方案的通知",
                      "各乡镇人民政府：")
    assert (metadata.title, metadata.issuer) == ("某县人民政府关于印发某县数字经济试点实施方案的通知", "某县人民政府")


def test_a_town_s_notice_run_on_in_one_line_is_signed_after_its_attachment_line():
    metadata = _metadata("shanfu-2020-town-info-table-one-line-plan.txt")
    assert (metadata.title, metadata.doc_no, metadata.issuer, metadata.date, metadata.level, metadata.region) == (
        "山福镇突发公共事件总体应急预案(修订)", "鹿山政〔2020〕72号", "温州市鹿城区山福镇人民政府", dt.date(2020, 10, 22),
        "township", "鹿城区")  # the town's own plan (read county before the township level existed)


_SENTENCE = "为做好某项工作," + "进一步加强组织领导和统筹协调," * 8 + "经研究,制定《某镇某某工作方案》,现印发给你们,请认真贯彻执行。"


def test_a_signature_after_the_notice_s_attachment_line_parts_a_run_on_line():
    line = f"{_SENTENCE} 附件:某镇某某工作方案 某市某区某镇人民政府 2021年3月5日 某镇某某工作方案 一、工作目标 到年底完成。"
    assert run_on_lines([line])[1:3] == ["某市某区某镇人民政府 2021年3月5日", "某镇某某工作方案"]


def test_a_deadline_after_an_attachment_line_signs_nothing():
    line = f"{_SENTENCE} 附件:某镇某某工作方案 各村委会 2021年3月5日前报送镇党政办。"
    assert run_on_lines([line]) == [line]


@pytest.mark.parametrize(("sentence", "title"), [
    ("经研究,制定《某镇某某工作方案》,现印发给你们,请认真贯彻执行。", "某镇某某工作方案"),
    ("根据《某省某某条例》,结合实际,制定本方案。", None),  # a plan citing what it implements: no title of it
    ("经研究,制定《某镇甲方案》《某镇乙方案》,现印发给你们。", None),  # two plans: no one title
])
def test_the_plan_a_notice_says_it_made_and_issues_is_the_title(sentence, title):
    assert _lines("各村:", sentence).title == title
