"""The prose21 blind round (tests/fixtures/prose-blind21/KEY.md and key.toml, written before the reader ran):
twelve pages (a city's 分解 with leader / lead / partner lines, an essay site's copy of a provincial plan, a
region's cross-border notice, district and zone papers, 督查 notices, a 解读 page, traditional and glossed
pages, information tables), read as the key says, and the faults of kind the round found:

- a copy cut right after its last item's title (``（二）明确开发区发展方向`` closing an essay site's copy of
  Gansu's 开发区 opinions) read that title as a measure missing its owners
  (pilotplans/parsers/interpret/tasklist.py ``_mark_cut_after_title``);
- a county site's information table opening rows with 公开责任部门, 公开目录 and 内容概述 was no information table
  at all, so a bulletin printing its title, date and office only there was read with none of them
  (pilotplans/data/info_rows.toml)."""

from __future__ import annotations

import pytest

from pilotplans.errors import NoTaskTable
from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES
from tests.page_metadata import owners, page_metadata, read_text

BLIND = FIXTURES / "prose-blind21"
GANSU = BLIND / "gansu-20xx-province-essay-site-six-plans-lead-partner-subject-bracket.txt"
WUHU = BLIND / "wuhu-2021-city-key-work-leader-lead-partner-lines-cut.txt"
ZIYANG = BLIND / "ziyang-2022-county-inspection-bulletin-info-table-no-tasks.txt"


# --- a copy cut right after its last item's title -------------------------------------------------------------

def test_a_copy_cut_after_its_last_item_s_title_reads_the_items_before_it_only():
    # was: two measures, the second 明确开发区发展方向 with no text and no owner (warned responsibility_missing)
    found = read_document(GANSU)
    assert [(m.number, m.heading_path, owners(m)) for m in found.measures] == [
        (1, ["优化开发区形态和布局"],
         [("省发展改革委", "lead"), ("省商务厅", "lead"), ("省科技厅", "lead"), ("各市州、县市区政府", "carry_out"),
          ("各开发区管委会", "carry_out"), ("省工信委", "assist"), ("省工商局", "assist"), ("省建设厅", "assist")])]
    assert [w.code for w in found.warnings if "明确开发区发展方向" in w.message] == ["item_unread"]


_OPINIONS = ("某省关于深入推进开发区建设的实施意见\n一、优化开发区形态和布局\n"
             "（一）优化开发区功能定位。坚持以培育壮大产业集群为核心。（牵头部门：省发展改革委；配合部门：省商务厅）\n")


def test_a_last_item_ending_its_title_with_a_stop_is_still_a_measure_missing_its_owners(tmp_path):
    # quiet: 明确开发区发展方向。 ends with its stop: its text is whole, and it names no owner
    found = read_text(tmp_path, _OPINIONS + "（二）明确开发区发展方向。\n")
    assert [(m.number, m.text, owners(m)) for m in found.measures][1:] == [(2, "明确开发区发展方向。", [])]
    assert "responsibility_missing" in [w.code for w in found.measures[1].warnings]


def test_a_last_item_printing_a_sentence_after_its_title_is_still_a_measure(tmp_path):
    # quiet: the page ends inside its sentence, not right after its title
    found = read_text(tmp_path, _OPINIONS + "（二）明确开发区发展方向。坚持错位发展\n")
    assert [m.number for m in found.measures] == [1, 2]


def test_a_title_alone_before_further_items_is_still_a_measure_missing_its_owners(tmp_path):
    # quiet: only the page's last item may have lost its text with the rest of the copy
    found = read_text(tmp_path, _OPINIONS + "（二）明确开发区发展方向\n"
                                        "（三）创新管理体制。推行大部门制。（牵头部门：省编办）\n")
    assert [(m.number, owners(m)) for m in found.measures] == [
        (1, [("省发展改革委", "lead"), ("省商务厅", "assist")]), (2, []), (3, [("省编办", "lead")])]


def test_a_list_of_titles_keeps_its_last_title_as_a_measure_missing_its_owners(tmp_path):
    # quiet: the items before it print titles alone as it does (a list of titles with owners in brackets), so its
    # text is whole — only an item whose siblings print sentences after their titles has lost its own
    found = read_text(tmp_path, "某县2023年重点工作任务清单\n一、经济发展\n1.推进工业园区扩区（县发改局）\n"
                            "2.实施项目攻坚年活动（县发改局）\n3.抓好招商引资\n")
    assert [(m.number, m.text, owners(m)) for m in found.measures] == [
        (1, "推进工业园区扩区", [("县发改局", "carry_out")]), (2, "实施项目攻坚年活动", [("县发改局", "carry_out")]),
        (3, "抓好招商引资", [])]
    assert "item_unread" not in [w.code for w in found.warnings]


def test_a_last_title_a_further_line_continues_is_still_a_measure(tmp_path):
    # quiet: a line after its title (the plan's date) shows the page goes on after it: it was not cut there
    found = read_text(tmp_path, _OPINIONS + "（二）明确开发区发展方向\n2023年3月1日\n")
    assert [m.number for m in found.measures] == [1, 2]
    assert "item_unread" not in [w.code for w in found.warnings]


def test_a_last_title_over_a_table_is_still_a_measure(tmp_path):
    # quiet: a DOCX printing the table of its projects under its last title goes on after the title: not cut
    import docx

    document = docx.Document()
    for line in _OPINIONS.splitlines() + ["（二）推进重点项目建设"]:
        document.add_paragraph(line)
    table = document.add_table(rows=3, cols=3)
    for row, cells in enumerate([["序号", "项目名称", "责任单位"], ["1", "数据中心建设", "省大数据局"],
                                 ["2", "产业园建设", "省工信厅"]]):
        for column, value in enumerate(cells):
            table.cell(row, column).text = value
    path = tmp_path / "plan.docx"
    document.save(path)
    found = read_document(path)
    assert [(m.number, m.text) for m in found.measures][1:] == [(2, "推进重点项目建设")]
    assert "item_unread" not in [w.code for w in found.warnings]


# --- the information table's rows of a county site --------------------------------------------------------------

def test_an_information_table_with_a_disclosure_office_row_gives_the_title_date_and_place():
    # was: no information table (its rows 公开责任部门, 内容概述 open with no label known): nothing read
    found = page_metadata(ZIYANG)
    assert (found.title, str(found.date), found.issuer, found.level, found.region) == (
        "2022年第八次县政府常务会议确定事项落实情况的通报", "2022-09-14", "紫阳县政府办公室", "county", "紫阳县")


def test_the_bulletin_on_a_meeting_s_decisions_is_refused():
    with pytest.raises(NoTaskTable):
        read_document(ZIYANG)


def test_a_disclosure_office_names_no_issuer_over_a_signature(tmp_path):
    # quiet: the document's own signature names its issuer; the site's disclosure office only stands in for none
    path = tmp_path / "notice.txt"
    path.write_text("文件名称 | 关于印发某方案的通知 | ||\n公开责任部门 | 紫阳县政府办公室 | 公开形式: | 主动公开 |\n"
                    "成文日期: | 2022年09月14日 | 公开日期: | 2022年09月15日 |\n关于印发某方案的通知\n各镇人民政府：\n"
                    "现将《某方案》印发给你们，请认真贯彻落实。\n紫阳县发展和改革局\n2022年9月14日\n", encoding="utf-8")
    assert page_metadata(path).issuer == "紫阳县发展和改革局"


def test_a_disclosure_office_names_no_issuer_over_the_table_s_own_issuer_row(tmp_path):
    # quiet: the table names the issuer (发布机构) in a row after the office answering for the page's disclosure;
    # was: the first row of either label read, 紫阳县政府办公室
    path = tmp_path / "notice.txt"
    path.write_text("文件名称 | 关于印发某方案的通知 | ||\n公开责任部门 | 紫阳县政府办公室 | 公开形式: | 主动公开 |\n"
                    "发布机构 | 紫阳县发展和改革局 | |\n成文日期: | 2022年09月14日 | 公开日期: | 2022年09月15日 |\n"
                    "关于印发某方案的通知\n各镇人民政府：\n现将《某方案》印发给你们，请认真贯彻落实。\n", encoding="utf-8")
    assert page_metadata(path).issuer == "紫阳县发展和改革局"


# --- the round's pages the reader read right from the start ---------------------------------------------------------

def test_leader_lead_and_partner_lines_give_the_lead_and_the_partners_never_the_leader():
    measures = read_document(WUHU).measures
    assert [(m.number, m.heading_path, owners(m)) for m in measures] == [
        (1, ["确保完成全年主要预期目标"], [("市发展和改革委员会", "lead"), ("市政府各部门", "assist"), ("各直属单位", "assist")]),
        (2, ["确保完成全年主要预期目标"], [("市财政局", "lead"), ("市发展和改革委员会", "assist"), ("市税务局", "assist"),
                                   ("人行芜湖", "assist")])]
