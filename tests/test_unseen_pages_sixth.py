"""Shapes of real published pages met in the sixth round of unseen pages (SOURCES.md, sixth round),
each read wrong or refused with a wrong cause before."""

from __future__ import annotations

from pathlib import Path

import pytest

from pilotplans.errors import NoTaskTable
from pilotplans.ingest.pipeline import read_document, read_layout
from pilotplans.parsers.metadata import read_metadata
from tests.conftest import FIXTURES

PAGES = FIXTURES / "unseen-pages"


def _cause_of(path: Path) -> str:
    with pytest.raises(NoTaskTable) as refused:
        read_document(path)
    return refused.value.cause


def _title_of(path: Path) -> str | None:
    layout = read_layout(path.read_bytes(), str(path))
    return read_metadata(list(layout.paragraphs), grids=layout.grids, site=layout.site).title


# --- a site's toolbar and section name over the title: 无障碍阅读 关怀版 返回首页 / 政府信息公开 -------------

def test_the_site_s_toolbar_and_section_name_are_no_part_of_the_title_under_them():
    # the page's title was read 无障碍阅读关怀版返回首页政府信息公开聊城市…分工方案
    assert _title_of(PAGES / "interpretation-under-site-tools.txt") == (
        "聊城市政府副秘书长、办公室主任郭守印同志解读2020年市政府工作报告重点工作任务部门分工方案")


def test_only_lines_of_the_toolbar_s_or_the_section_s_own_words_are_page_furniture():
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    words = vocabulary()
    assert all(words.is_page_furniture(line) for line in (
        "无障碍阅读 关怀版 返回首页", "返回首页", "购物车", "我的足迹", "政府信息公开", "政务公开", "信息公开专栏"))
    assert not any(words.is_page_furniture(line) for line in (
        "政府信息公开工作年度报告", "2023年政务公开工作要点", "推进政府信息公开", "返回首页查看", "购物车补贴"))


def test_a_title_under_the_section_s_name_is_read_whole(tmp_path: Path):
    page = tmp_path / "plan-under-site-tools.txt"
    page.write_text("无障碍阅读 关怀版 返回首页\n政府信息公开\n聊城市2020年重点工作任务分工方案\n字号:\n打印整页 打印内容 分享\n"
                    "一、重点任务\n1.推进项目建设。加快重大项目落地。(牵头单位:市发展改革委)\n"
                    "2.扩大消费。开展促消费活动。(牵头单位:市商务局)\n", encoding="utf-8")
    document = read_document(page)
    assert (document.title, document.tables[0].title) == ("聊城市2020年重点工作任务分工方案", "聊城市2020年重点工作任务分工方案")


def test_a_line_of_the_page_s_print_and_share_tools_is_no_list_s_title(tmp_path: Path):
    # 打印整页 打印内容 分享 over the list: read as its title, then (cut after its first tool) 打印整页
    page = tmp_path / "tools-over-list.txt"
    page.write_text("某市2020年重点工作任务分工方案\n打印整页 打印内容 分享\n一、重点任务\n"
                    "1.推进项目建设。加快重大项目落地。(牵头单位:市发展改革委)\n", encoding="utf-8")
    assert read_document(page).tables[0].title == "某市2020年重点工作任务分工方案"


def test_print_tools_after_the_last_item_still_end_it(tmp_path: Path):
    page = tmp_path / "tools-after-list.txt"
    page.write_text("某市2020年重点工作任务分工方案\n一、重点任务\n1.推进项目建设。加快重大项目落地\n牵头单位:市发展改革委\n"
                    "2.扩大消费。开展促消费活动\n打印本页 关闭窗口 收藏\n", encoding="utf-8")
    assert [m.text for m in read_document(page).measures] == ["推进项目建设。加快重大项目落地", "扩大消费。开展促消费活动"]


# --- a 解读 opening 现将有关要点解读如下, its title naming the plan it interprets -----------------------

def test_a_page_opening_with_its_interpretation_s_sentence_is_refused_as_one():
    # refused as a plan cut in its part 三、…, named by the site's furniture and the interpreter's title
    cause = _cause_of(PAGES / "interpretation-under-site-tools.txt")
    assert "a policy interpretation (解读)" in cause
    assert "无障碍" not in cause


def test_a_plan_asking_for_interpretation_work_is_no_interpretation(tmp_path: Path):
    page = tmp_path / "plan-naming-interpretation.txt"
    page.write_text("某市优化营商环境工作方案\n为做好政策解读,制定本方案。\n一、总体要求\n(一)指导思想\n"
                    "做好政策解读,确保政策落地见效。\n", encoding="utf-8")
    assert "interpretation" not in _cause_of(page)


# --- a table of progress on a document site, printed as one line -----------------------------------

def test_a_page_titled_a_table_of_progress_is_a_report_though_it_recounts_a_meeting():
    # 上半年,市政府逐月召开经济运行分析调度会 in its first row: refused as news about the 实施意见 a row cites
    cause = _cause_of(PAGES / "progress-table-on-document-site.txt")
    assert "a report on the progress of a plan" in cause
    assert "实施意见" not in cause


def test_the_document_site_s_tools_are_no_part_of_its_title():
    assert _title_of(PAGES / "progress-table-on-document-site.txt") == "2022上半年重点工作进展情况统计表(政府)"


def test_only_a_title_naming_progress_makes_a_table_a_report():
    from pilotplans.parsers.interpret.refusal import vocabulary

    tables = vocabulary().progress_table
    assert all(any(p.search(title) for p in tables) for title in (
        "2022上半年重点工作进展情况统计表(政府)", "市政府2020年重点工作(预下达)一季度进展情况表", "重点任务完成情况汇总表"))
    assert not any(any(p.search(title) for p in tables) for title in (
        "2023年重点工作任务分解表", "重点工作任务责任分工表", "进展情况表明工作推进有力"))


# --- a meeting named before its verb: 全省商务工作会议在长沙召开。 -------------------------------------

def test_a_meeting_held_named_before_its_verb_is_news():
    # kept the generic line: only 召开…会 (a meeting after its verb) was a meeting held
    assert "a news report" in _cause_of(PAGES / "meeting-named-before-its-verb.txt")


def test_a_meeting_to_be_held_is_no_news():
    from pilotplans.parsers.interpret.refusal import vocabulary

    news = vocabulary().news_opening + vocabulary().reported_form
    assert any(p.search("2月27日,全省商务工作会议在长沙召开。") for p in news)
    assert not any(p.search("会议定于3月1日在长沙召开,请准时参加。") for p in news)


@pytest.mark.parametrize("preamble", [
    # …全会在北京召开,…: refused for its owners, never as news
    "党的二十届三中全会在北京召开,对全面深化改革作出部署。为贯彻落实全会精神,制定本方案。",
    # the 会 after the comma is the purpose clause's, no meeting held after 召开
    "2020年10月，党的十九届五中全会在北京召开，为贯彻落实全会精神，结合我市实际，制定本方案。",
    # a news lead's form, its day before the meeting, but the page sets out its own plan
    "2023年2月27日，全省商务工作会议在长沙召开。为贯彻落实会议精神，结合我市实际，制定本方案。",
])
def test_a_plan_recounting_a_meeting_in_its_preamble_is_no_news(tmp_path: Path, preamble: str):
    # a plan's preamble names the meeting it follows: refused for its owners, never as news
    page = tmp_path / "plan-after-a-meeting.txt"
    page.write_text(f"某市促进消费扩容提质实施方案\n{preamble}\n一、重点任务\n1.开展促消费活动。组织开展系列促消费活动。\n"
                    "2.发展夜间经济。打造夜间消费集聚区。\n3.促进汽车消费。落实汽车消费政策。\n", encoding="utf-8")
    assert "the page holds 3 numbered measures" in _cause_of(page)


def test_only_a_meeting_in_the_clause_of_its_verb_is_a_meeting_held():
    from pilotplans.parsers.interpret.refusal import vocabulary

    news = vocabulary().news_opening
    assert any(p.search("市政府召开全市服务贸易工作推进会，部署下一阶段重点工作。") for p in news)
    assert not any(p.search("党的十九届五中全会在北京召开，为贯彻落实全会精神，制定本方案。") for p in news)


def test_only_a_lead_naming_the_day_reports_a_meeting_held_before_its_verb():
    from pilotplans.parsers.interpret.refusal import vocabulary

    news = vocabulary().news_opening + vocabulary().reported_form
    assert any(p.search(line) for p in news for line in (
        "2月27日上午,全省商务工作会议在长沙召开,副省长出席。", "2023年2月27日,全省商务工作会议在长沙举行。"))
    assert not any(p.search(line) for p in news for line in (
        "2020年10月,党的十九届五中全会在北京召开,对“十四五”发展作出部署。",
        "中国国际进口博览会在上海举行,为放大溢出效应,结合我市实际,制定本方案。"))


# --- the page cut inside the last item's owner bracket, in its first name: (牵头单位:省市场 ------------

def test_a_bracket_cut_in_its_first_name_is_cut_off_the_measure_and_warned():
    # item 4's text ended …办理食品经营备案。(牵头单位:省市场, warned only responsibility_missing
    document = read_document(PAGES / "owner-bracket-cut-in-first-name.txt")
    last = document.measures[-1]
    assert (last.number, last.text[-12:], last.responsibility) == (4, "许可或办理食品经营备案。", None)
    assert [w.code for w in last.warnings] == ["responsibility_missing", "responsibility_cut"]
    assert [(m.number, m.responsibility) for m in document.measures[:3]] == [
        (1, "省市场监管局"), (2, "人民银行济南分行"), (3, "省市场监管局")]


def test_a_page_whose_only_bracket_is_cut_so_is_still_refused(tmp_path: Path):
    page = tmp_path / "only-bracket-cut.txt"
    page.write_text("某市2023年工作方案\n一、重点任务\n1.推进项目建设。加快重大项目落地。(牵头单位:市发\n", encoding="utf-8")
    assert "the page ends inside an item's owner bracket" in _cause_of(page)


def test_a_bracket_cut_after_a_whole_name_still_reads_that_name(tmp_path: Path):
    page = tmp_path / "bracket-cut-after-a-name.txt"
    page.write_text("某市2023年工作方案\n一、重点任务\n1.推进项目建设。加快重大项目落地。(牵头单位:市发展改革委)\n"
                    "2.扩大消费。开展促消费活动。(牵头单位:市商务局、市财\n", encoding="utf-8")
    last = read_document(page).measures[-1]
    assert (last.responsibility, "responsibility_cut" in [w.code for w in last.warnings]) == ("市商务局", True)


# --- a wiki's 解读, its infobox naming its kind: - 類別:解讀 -------------------------------------------

def test_a_page_whose_kind_field_says_interpretation_is_refused_as_one():
    # 海關總署解讀《…方案》是在…發布的解讀檔案 / - 類別:解讀: refused as a page reporting the plan issued
    cause = _cause_of(PAGES / "wiki-interpretation-by-its-kind-field.txt")
    assert "a policy interpretation (解读) of 《加快海关特殊监管区域整合最佳化方案》" in cause


def test_a_kind_field_naming_another_kind_is_no_interpretation():
    from pilotplans.parsers.interpret.refusal import vocabulary

    opening = vocabulary().interpretation_opening
    assert any(p.search(line) for p in opening for line in ("-类别:解读", "类别：政策解读"))
    assert not any(p.search(line) for p in opening for line in ("-类别:政策文件", "信息类别:通知", "类别:解读材料汇编"))


# --- a table of progress printed a cell a line: 序号 / 内容与要求 / 进展情况 / 责任单位 ----------------------

def test_a_cell_a_line_table_with_a_progress_column_is_said_to_report_progress():
    from pilotplans.errors import UnreadableFile

    with pytest.raises(UnreadableFile) as unread:
        read_document(PAGES / "progress-table-a-cell-a-line.txt")
    assert str(unread.value).endswith(
        "which column holds them cannot be told — its column 进展情况 reports work done: a report on a plan's "
        "progress, not the plan itself; read the plan it reports on")


def test_only_a_label_naming_progress_says_so():
    from pilotplans.parsers.interpret.refusal import reports_progress_in

    assert [reports_progress_in(labels) for labels in (
        ["序号", "内容与要求", "进展情况", "责任单位"], ["序号", "任务", "工作进展"], ["序号", "主要工作举措", "完成 情况"])] == [
        "进展情况", "工作进展", "完成 情况"]
    assert [reports_progress_in(labels) for labels in (
        ["序号", "主要工作举措", "责任单位", "完成时限"], ["序号", "工作进展安排", "推进措施"])] == [None, None]


# --- a 规划 cut in its table of contents: 目  录 / 第一章 规划背景 - 2 - / … / 第四节 构建以 ----------------

def test_a_page_ending_in_its_plan_s_contents_is_refused_as_cut_there():
    # kept the generic line (no header row…, no numbered item naming its 责任单位)
    cause = _cause_of(PAGES / "plan-cut-in-its-contents.txt")
    assert "the page ends in the table of contents (目录) of 《忻州市忻府区“十四五”“六最”营商环境建设规划》" in cause


def test_a_page_going_on_past_its_contents_is_not_said_to_end_in_them(tmp_path: Path):
    page = tmp_path / "contents-then-text.txt"
    page.write_text("某县“十四五”营商环境建设规划\n目  录\n第一章 规划背景 - 2 -\n第二章 总体要求 - 7 -\n"
                    "第三章 主要任务 - 10 -\n第四章 保障措施 - 26 -\n第一章 规划背景\n第一节 发展基础\n"
                    "“十三五”以来,全县营商环境持续优化。\n第二节 发展形势\n当前,营商环境建设面临新的形势。\n"
                    "第三节 面临挑战\n要素保障仍有短板。\n", encoding="utf-8")
    assert "目录" not in _cause_of(page)


def test_only_an_entry_with_its_page_is_a_contents_entry():
    from pilotplans.parsers.interpret.refusal import vocabulary

    entries = vocabulary().contents_entry
    assert all(any(p.match(line) for p in entries) for line in (
        "第一章规划背景-2-", "第三节建设目标-8-", "第二章总体要求……7"))
    assert not any(any(p.match(line) for p in entries) for line in (
        "第一章规划背景", "第二节发展形势", "第三条本办法自2024年1月1日起施行。", "第一章总则-第一条"))
