"""The prose31 blind round (tests/fixtures/prose-blind31/KEY.md and key.toml, written before the reader ran): ten
pages of places, levels and kinds earlier rounds hold least (宁夏's news copy of a 自治区 work plan, 青海's task list of
fields and its masked notice, 新疆's 2006 division run into one line, 甘肃's 2012 notice and a 2010 news report, 2007–2010
notices and a report), read as the key says, and the faults of kind the round found:

- a task list's last heading, the page ending inside its item, was read as no heading over measures: a heading naming
  no owner after the headings over measures was read only between two of them (a closing section, 三、保障措施 / 1. 2.,
  numbers no measures). One whose items number on from the measures' last number (二、… / 2. after 一、… / 1.…) is
  one of the task part's headings, its items measures missing their owners (pilotplans/parsers/interpret/tasklist.py
  ``_numbers_on_after_headings_over_measures``).
- a signature a copy masked (``(略) 人民政府办公厅``) was read as the issuer: a name printing a copy's elision mark in a
  bracket (tasklist.toml ``elision_marks``) is no name the page gives (pilotplans/parsers/metadata.py ``elided``).
"""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.interpret.tasklist import heading_title
from pilotplans.parsers.metadata import elided
from pilotplans.parsers.text.run_in_header import run_in_header
from tests.conftest import FIXTURES
from tests.page_metadata import lines_metadata, owners, page_metadata, read_text, refusal_cause

BLIND = FIXTURES / "prose-blind31"
NINGXIA = BLIND / "ningxia-2019-region-office-yinchuan-metro-work-plan-news-copy-traditional-owners-bracketed-lead-and-assist-cut.txt"
HAIDONG = BLIND / "haidong-2020-city-office-lanxi-city-cluster-task-list-result-and-owner-fields-cut.txt"
TIANJIN = FIXTURES / "prose-blind29" / "tianjin-2006-municipality-eleventh-five-year-outline-division-notice-owners-bracketed-run-on-cut.txt"
JIAXING = FIXTURES / "prose-blind29" / "jiaxing-2006-city-eleventh-five-year-outline-breakdown-table-printed-as-prose-first-and-main-owners-cut.txt"
QINGHAI = BLIND / "qinghai-2023-province-office-lake-demonstration-work-plan-masked-no-owners-cut.txt"
REFUSED = [BLIND / name for name in (
    "yili-2006-autonomous-prefecture-eleventh-five-year-outline-division-notice-one-line-no-owners-cut.txt",
    "heze-2009-city-office-investment-project-measures-law-site-articles-no-owners-cut.txt",
    "qinghai-2023-province-office-lake-demonstration-work-plan-masked-no-owners-cut.txt",
    "gansu-2012-province-economic-reform-key-work-opinions-forwarded-site-chrome-no-owners-cut.txt",
    "taian-2007-city-work-report-division-notice-attachment-title-no-owners-cut.txt",
    "yangling-2010-district-government-work-report-review-no-owners-cut.txt",
    "gansu-2010-news-state-council-division-plan-report-traditional-garbled-no-task-list-cut.txt",
    "neimenggu-undated-autonomous-region-matching-funds-measures-articles-mid-page-no-owners-cut.txt",
)]


# --- the round's reading ----------------------------------------------------------------------------------------

def test_pages_naming_no_task_s_owner_are_refused():
    assert [refusal_cause(path).startswith("no task table or task list found") for path in REFUSED] == [True] * len(REFUSED)


def test_a_news_report_of_a_plan_is_refused_as_one():
    assert refusal_cause(REFUSED[6]).startswith(
        "no task table or task list found: a news report about 《关于进一步支持甘肃经济社会发展若干意见重点工作分工方案》")


def test_a_bracket_closing_an_item_after_its_bullets_leads_and_assists():
    # (一)道路暢通工程。… / ?…; ×4 / 進一步規范…。(自治區交通運輸廳牽頭,自治區發展改革委、…、寧東管委會配合)
    measure = read_document(NINGXIA).measures[0]
    assert (measure.number, measure.heading_path, owners(measure)) == (1, ["基礎設施互聯互通"], [
        ("自治區交通運輸廳", "lead"), ("自治區發展改革委", "assist"), ("自然資源廳", "assist"), ("銀川市", "assist"),
        ("石嘴山市", "assist"), ("吳忠市人民政府", "assist"), ("寧東管委會", "assist")])


def test_a_responsible_field_s_places_share_the_department_closing_the_list():
    # 责任单位:海东市、兰州市、临夏州发展改革部门 / 人:三市州发展改革部门主要负责同志 (a person: no owner)
    measure = read_document(HAIDONG).measures[0]
    assert [(d.raw, d.role, d.id) for d in measure.departments] == [
        ("海东市", "carry_out", "630200-development_reform_commission"),
        ("兰州市", "carry_out", "620100-development_reform_commission"),
        ("临夏州发展改革部门", "carry_out", "622900-development_reform_commission")]


# --- a last heading whose items number on from the measures' ------------------------------------------------

def test_the_last_heading_numbering_its_items_on_holds_measures_missing_their_owners():
    # 二、重大基础设施互联互通方面 / 2. 积极配合…。 / 工作成果:…可 (the page cut), after 一、 / 1. / 责任单位:…
    measures = read_document(HAIDONG).measures
    assert [(m.number, m.heading_path, [w.code for w in m.warnings]) for m in measures] == [
        (1, ["重点规划衔接融合方面"], []),
        (2, ["重大基础设施互联互通方面"], ["responsibility_missing"])]


_TASKS = ("关于印发某某市重点任务清单的通知\n一、推进规划衔接\n1. 做好重大规划的有效衔接。\n责任单位:市发展改革委\n"
          "2. 推进国土空间规划编制。\n责任单位:市自然资源局\n")


def test_a_closing_section_numbering_its_items_afresh_holds_no_measures(tmp_path):
    # 三、保障措施 / 1.加强组织领导。: a section after the tasks, its items numbered from 1, no measures
    document = read_text(tmp_path, _TASKS + "二、保障措施\n1. 加强组织领导。各单位要高度重视。\n")
    assert [(m.number, m.heading_path) for m in document.measures] == [(1, ["推进规划衔接"]), (2, ["推进规划衔接"])]


def test_a_last_heading_numbering_its_items_afresh_holds_no_measures_either(tmp_path):
    # 二、推进设施互通 / 1.…: numbered afresh, no evidence the heading is one of the task part's
    document = read_text(tmp_path, _TASKS + "二、推进设施互通\n1. 积极配合开展铁路改造前期工作。\n")
    assert [(m.number, m.heading_path) for m in document.measures] == [(1, ["推进规划衔接"]), (2, ["推进规划衔接"])]


def test_a_closing_section_acting_on_a_plan_section_numbering_on_holds_no_measures(tmp_path):
    # 二、强化组织保障 / 3.加强组织领导。: numbered on through the plan, but a closing section by its name (…组织保障)
    document = read_text(tmp_path, _TASKS + "二、强化组织保障\n3. 加强组织领导，建立工作专班。\n")
    assert [(m.number, m.heading_path) for m in document.measures] == [(1, ["推进规划衔接"]), (2, ["推进规划衔接"])]


def test_a_last_heading_numbering_its_items_on_is_read_in_a_plan_written_out(tmp_path):
    document = read_text(tmp_path, _TASKS + "二、推进设施互通\n3. 积极配合开展铁路改造前期工作。\n")
    assert [(m.number, m.heading_path) for m in document.measures][2:] == [(3, ["推进设施互通"])]


# --- a signature a copy masked ------------------------------------------------------------------------------

def test_a_masked_signature_names_no_issuer():
    # 青政办〔2023〕28号 / … / (略) 人民政府办公厅 / 2023年3月24日
    metadata = page_metadata(QINGHAI)
    assert (metadata.issuer, metadata.doc_no, str(metadata.date)) == (None, "青政办〔2023〕28号", "2023-03-24")


def test_a_copy_s_elision_mark_in_a_bracket_is_told_from_a_name_s_own_bracket():
    assert [elided("(略) 人民政府办公厅"), elided("（省略）市人民政府"), elided("某某开发区管理委员会（筹）")] == [True, True, False]


def test_a_signature_with_a_bracket_of_its_own_is_read_as_printed():
    metadata = lines_metadata("关于印发某某方案的通知", "各有关单位：", "现将方案印发给你们。", "临港开发区管理委员会（筹）",
                              "2023年3月24日")
    assert metadata.issuer == "临港开发区管理委员会（筹）"


# --- left from earlier rounds: a heading's title run into its sentence --------------------------------------------

def test_a_heading_s_title_run_into_a_clause_of_reference_ends_before_it():
    # prose-blind29 天津: 二、责任主体及工作分工按照上述原则,明确落实《纲要》中…的责任主体及其工作分工。
    measure = read_document(TIANJIN).measures[0]
    assert measure.heading_path == ["责任主体及工作分工", "主要目标", "主要指标的责任部门"]


def test_a_reference_word_no_comma_closes_a_clause_after_cuts_no_title():
    # the same heading with no comma after 按照上述原则: no clause of reference is told from the title's own words
    text = "责任主体及工作分工按照上述原则明确落实《纲要》中带有约束性的主要目标和重点任务、重大工程的责任主体及其工作分工。"
    assert heading_title(text) == text


def test_a_reference_word_opening_the_text_leaves_no_title_before_it():
    text = "按照上述原则明确落实《纲要》中带有约束性的主要目标和重点任务、重大工程的责任主体，确保各项工作落到实处。"
    assert heading_title(text) == text


# --- left from earlier rounds: a table run into one line -----------------------------------------------------------

def test_a_table_run_into_one_line_is_refused_as_one():
    # prose-blind29 嘉兴: …分解落实方案工作重点序号主要工作任务第一责任单位主要责任单位一、主要发展指标1地区生产总值…
    assert refusal_cause(JIAXING).startswith(
        "no task table or task list found: a table run into one line (paragraph 1): its header's labels "
        "序号/主要工作任务/第一责任单位/主要责任单位 and its rows' cells are printed with no mark between them")


def test_the_title_before_a_table_run_into_one_line_is_the_page_s_and_names_its_place():
    metadata = page_metadata(JIAXING)
    assert (metadata.title, metadata.level, metadata.region) == (
        "《嘉兴市国民经济和社会发展第十一个五年规划纲要》主要目标任务分解落实方案", "municipal", "嘉兴")


def test_a_title_citing_another_place_s_plan_is_its_issuer_s():
    # the cited plan's place (北京) is no place of the page's: its issuer's (天津) is
    metadata = lines_metadata("《北京市推进国际消费中心城市建设行动计划》任务分解表", "各有关单位：", "现将任务分解表印发给你们。",
                              "天津市商务局", "2023年3月24日")
    assert (metadata.issuer, metadata.level, metadata.region) == ("天津市商务局", "municipal", "天津")


def test_a_title_naming_its_own_place_after_the_plan_it_cites_is_that_place_s():
    metadata = lines_metadata("《河北省国土空间规划》石家庄市实施方案", "为贯彻落实规划，制定本方案。")
    assert (metadata.level, metadata.region) == ("municipal", "石家庄")


def test_a_title_carrying_out_a_cited_plan_without_breaking_it_down_names_no_place():
    # an implementing rule of a province's regulation may be any place's in it: no place is guessed
    metadata = lines_metadata("《浙江省数字经济促进条例》实施细则", "为贯彻落实条例，制定本细则。")
    assert (metadata.level, metadata.region) == (None, None)


def test_a_header_printed_apart_or_a_sentence_naming_its_labels_is_no_table_run_into_a_line():
    assert [run_in_header("序号 主要工作任务 第一责任单位 主要责任单位"),
            run_in_header("请按序号填写主要工作任务和责任单位，于月底前报送。"),
            run_in_header("序号主要工作任务第一责任单位主要责任单位")] == [None, None, None]
