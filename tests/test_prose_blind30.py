"""The prose30 blind round (tests/fixtures/prose-blind30/KEY.md and key.toml, written before the reader ran): eleven
pages of places, levels and kinds earlier rounds hold least (东北 divisions naming a 牵头领导 person over 牵头单位 and
责任单位 fields, 西北 divisions of 2010, a 盟's gazette, a 2011 district's unlabelled brackets), read as the key says,
and the faults of kind the round found:

- a 文号 whose year a site's copy prints in lenticular brackets (``(兰政发【2010】99号)`` under the title): no number
  was read, and with it the title went to the 方案 cited in 《》, the level and the place (pilotplans/doc_numbers.py
  ``_YEAR_AND_NUMBER``).
- a title printed over two lines whose first already ends as one (``2025年市《政府工作报告》任务分解`` / ``和责任分工方案``):
  the second line, a second kind of document joined on by a conjunction, was lost (pilotplans/parsers/metadata.py
  ``_goes_on_title``, ``JOINING_OPENING`` in titles.py).

Left from earlier rounds:

- prose-blind25's 漾濞 copy runs a task's fields into its name with no mark (``…实施意见责任单位:县文体局责任人:姜晓水
  主要任务:…``): the label was taken for the text's own words, a sentence going on after its value, and the page was
  refused. A label naming who does the item, its value run straight into a second label, is the item's fields run on
  (pilotplans/parsers/interpret/run_in.py ``_runs_on_into_label``), on the item's own line and on the line its text
  goes on to (``一、**县文。`` / ``化事业单位…实施意见责任单位:…``: a stray line break inside the task's name). A
  card's label of a task's text run straight into a value (``责任人:姜晓水主要任务:在巩固…``) ends the value: the task's
  text is kept as the measure's remark, labelled as printed, never read as the person's name (fields.py
  ``_without_run_in_card``).
- prose-blind29's 天津 division prints a title item (``1.主要指标的责任部门。``) over a paragraph running its targets on,
  each closed by its own bracket of leads: it was one measure owned by all six leads. The title item is a heading and
  each target an unnumbered measure under it (pilotplans/parsers/interpret/bracketed_targets.py).
"""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES
from pilotplans.parsers.interpret.fields import read_field_line
from pilotplans.parsers.interpret.run_in import next_cut
from tests.page_metadata import lines_metadata, owners, page_metadata, read_text, refusal_cause

BLIND = FIXTURES / "prose-blind30"
LANZHOU = BLIND / "lanzhou-2010-city-state-council-opinions-division-notice-principles-no-owners-cut.txt"
JINZHOU = BLIND / "jinzhou-2025-city-work-report-division-notice-fields-cut-at-first-item.txt"
HAICHENG = BLIND / "haicheng-2023-county-level-city-work-reports-division-lead-leader-lead-and-responsible-fields-cut.txt"
LIAONING = BLIND / "liaoning-2024-province-work-report-division-lead-leader-names-fields-cut.txt"
ZHENHAI = BLIND / "zhenhai-2011-district-work-report-task-division-owners-bracketed-unlabelled-first-leads-page-mark-cut.txt"
REFUSED = [BLIND / name for name in (
    "lanzhou-2010-city-state-council-opinions-division-notice-principles-no-owners-cut.txt",
    "zhangye-2010-city-state-council-opinions-division-notice-traditional-garbled-no-owners-cut.txt",
    "wuhan-2015-city-work-report-division-notice-site-chrome-no-owners-cut.txt",
    "jingzhou-2020-city-work-report-division-notice-targets-no-owners-cut.txt",
    "linyou-2016-county-office-agriculture-tasks-notice-site-chrome-no-owners-cut.txt",
    "yinchuan-2023-city-leading-group-office-three-year-action-plan-info-fields-no-owners-cut.txt",
    "xinganmeng-2020-league-administrative-office-gazette-measures-no-owners-cut.txt",
)]


# --- the round's reading ----------------------------------------------------------------------------------------

def test_pages_naming_no_task_s_owner_are_refused():
    assert [refusal_cause(path).startswith("no task table or task list found") for path in REFUSED] == [True] * len(REFUSED)


def test_a_lead_leader_is_a_person_and_no_owner():
    # 牵头领导:刘兴达 over 牵头单位:市发展和改革局 / 责任单位:各有关部门,各开发区、镇(街道)
    assert owners(read_document(HAICHENG).measures[0]) == [
        ("市发展和改革局", "lead"), ("各有关部门", "carry_out"), ("各开发区、镇(街道)", "carry_out")]


def test_a_lead_leader_s_spaced_name_is_no_owner_either():
    # 牵头领导:王 健 / 牵头单位:省财政厅 / 责任单位:省税务局等,各市人民政府,省沈抚示范区管委会
    assert owners(read_document(LIAONING).measures[1]) == [
        ("省财政厅", "lead"), ("省税务局", "carry_out"), ("各市人民政府", "carry_out"), ("省沈抚示范区管委会", "carry_out")]


def test_unlabelled_brackets_lead_with_their_first_body_as_the_notice_says():
    # 责任单位中排序第一单位为牵头单位: (区发改局、金融办) is 区发改局 leading, 金融办 carrying out
    measures = read_document(ZHENHAI).measures
    assert (len(measures), [owners(m) for m in measures[11:13]]) == (
        13, [[("区发改局", "lead"), ("金融办", "carry_out")], [("宁波化工区管委会", "lead")]])


# --- a 文号 with its year in lenticular brackets ----------------------------------------------------------------

def test_a_number_with_its_year_in_lenticular_brackets_is_the_page_s():
    # was: no 文号, the title the cited 方案's (贯彻落实<…>分工方案), no level and no place
    metadata = page_metadata(LANZHOU)
    assert (metadata.doc_no, metadata.title, metadata.level, metadata.region) == (
        "兰政发【2010】99号",
        "兰州市人民政府关于印发《贯彻落实<国务院办公厅关于进一步支持甘肃经济社会发展的若干意见>分工方案》的通知",
        "municipal", "兰州")


def test_a_labelled_field_in_lenticular_brackets_keeps_its_number():
    # 【發布文號】皖政〔2006〕61號: the label's brackets beside the number are no year's
    assert page_metadata(FIXTURES / "places-blind" / "anhui-2006-province-law-site-rows.txt").doc_no == "皖政〔2006〕61號"


# --- a title's second line joined on by a conjunction -----------------------------------------------------------

def test_a_title_s_second_line_opening_with_a_conjunction_goes_on_with_it():
    # was: 2025年市《政府工作报告》任务分解 (和责任分工方案 lost)
    assert page_metadata(JINZHOU).title == "2025年市《政府工作报告》任务分解和责任分工方案"


def test_a_sentence_opening_with_a_conjunction_under_a_title_is_no_part_of_it():
    metadata = lines_metadata("2025年市《政府工作报告》任务分解和责任分工方案", "和各县区政府共同推进落实")
    assert metadata.title == "2025年市《政府工作报告》任务分解和责任分工方案"


# --- left from prose-blind25: fields run into a task's name with no mark ----------------------------------------

YANGBI = FIXTURES / "prose-blind25" / "yangbi-autonomous-county-culture-reform-tasks-sample-site-copy-labelled-fields-run-on-cut.txt"


def test_fields_run_into_a_task_s_name_with_no_mark_name_its_owners():
    # was: refused (no numbered item naming its 责任单位); 责任人 are persons, no owner
    measures = read_document(YANGBI).measures
    assert [(m.number, owners(m)) for m in measures] == [
        (1, [("县人事局", "carry_out"), ("县文体局", "carry_out")]), (2, [("县文体局", "carry_out")])]


def test_a_run_on_task_s_name_ends_where_its_fields_begin():
    assert read_document(YANGBI).measures[1].text == "关于基础文化管站建设管理的实施意见"


def test_a_card_s_label_run_into_a_person_s_name_ends_it_and_the_task_s_text_is_kept_apart():
    # was: leader 姜晓水主要任务:在巩固…, the task's text read as the person's name
    measure = read_document(YANGBI).measures[1]
    assert (measure.leader, measure.remarks[:20]) == ("姜晓水", "主要任务:在巩固提高原有“两馆一站”建设")


def test_a_field_label_run_into_a_value_ends_nothing_unless_it_labels_a_task_s_text():
    # 时限要求 is a field of its own: read as one, as before; 主要目标, no label of a task's text, stays in the value
    fields = read_field_line("责任单位:县文体局责任人:姜晓水主要目标:达标时限要求:三年内")
    assert [(s.label.text, s.text) for s in fields.segments] == [
        ("责任单位", "县文体局"), ("责任人", "姜晓水主要目标:达标"), ("时限要求", "三年内")]


def test_a_line_going_on_inside_a_bracket_the_line_before_opened_keeps_its_labels_in_the_bracket():
    # 1.…研发中心。(牵头单位:市发改委、 / 市商务局；配合单位：市财政局）: the bracket's lists, no field run in
    first = read_document(FIXTURES / "prose-shapes" / "owner-lists-wrapped-over-lines.txt").measures[0]
    assert first.responsibility == "市发改委、市商务局"


def test_a_label_in_a_sentence_going_on_with_no_second_label_is_the_text_s():
    # 牵头单位: inside the text, a sentence after its value and no label run on after the value: no field line
    text = "（三）各单位于月底前报送牵头单位:市考核办备案。同时做好归档工作。"
    assert next_cut(text, [], {}) == len(text)


# --- left from prose-blind29: a title item over a run-on paragraph of bracketed targets ------------------------

TIANJIN = FIXTURES / "prose-blind29" / "tianjin-2006-municipality-eleventh-five-year-outline-division-notice-owners-bracketed-run-on-cut.txt"


def test_each_bracketed_target_under_a_title_item_is_a_measure_of_its_own():
    # was: one measure, 主要指标的责任部门。常住人口…, owned by all six leads
    measures = read_document(TIANJIN).measures
    assert [(m.number, m.text, owners(m)) for m in measures[:3]] == [
        (None, "常住人口控制在1150万人左右。", [("市人口计生委", "lead"), ("市公安局", "lead")]),
        (None, "万元地区生产总值能源消耗降低20%。", [("市经委", "lead")]),
        (None, "万元工业增加值取水量降低20%。", [("市节水办", "lead"), ("市经委", "lead")]),
    ]


def test_the_title_item_heads_its_targets():
    assert read_document(TIANJIN).measures[3].heading_path[1:] == ["主要目标", "主要指标的责任部门"]


def test_a_target_cut_before_its_bracket_closed_is_kept_naming_no_owner():
    last = read_document(TIANJIN).measures[-1]
    assert (len(read_document(TIANJIN).measures), last.text, owners(last)) == (6, "城市建成区绿化覆盖率达到40%以上。 (市建委、", [])


def test_an_item_printing_its_task_on_its_own_line_keeps_its_sentences_owners_as_one_measure():
    # （一）深化企业开办改革。拓展…（区市场局、区行政服务中心）。完善…（区市场局、区大数据中心）。…: one line, one measure
    first = read_document(FIXTURES / "plans" / "shapes" / "shape-sentence-brackets.txt").measures[0]
    assert (first.number, owners(first)) == (1, [("区市场局", "carry_out"), ("区行政服务中心", "carry_out"),
                                                  ("区大数据中心", "carry_out")])


# --- review: a numbered task over its paragraph is no title over targets ----------------------------------------

TASK_OVER_CLAUSES = """某市2024年重点工作任务分工方案
一、推进产业升级
1.加快重点项目建设。
加快建设新能源产业园（市发改委牵头），推进智能制造基地建设（市工信局牵头），确保年内开工。
2.优化营商环境。
深化“放管服”改革（市政务服务局牵头）。
"""

TASK_CLOSED_BY_AN_OWNERLESS_SENTENCE = """某市2024年重点工作任务分工方案
一、推进产业升级
1.加快重点项目建设。
加快建设新能源产业园。(市发改委牵头)推进智能制造基地建设。(市工信局牵头)以上项目确保年内开工。
2.优化营商环境。
深化“放管服”改革（市政务服务局牵头）。
"""


def test_a_task_s_clauses_owned_inside_its_sentence_stay_one_measure(tmp_path):
    # was: three unnumbered measures, '加快建设新能源产业园', '，推进智能制造基地建设', '，确保年内开工。' (no owner)
    first = read_text(tmp_path, TASK_OVER_CLAUSES).measures[0]
    assert (first.number, first.text, owners(first)) == (
        1, "加快重点项目建设。加快建设新能源产业园，推进智能制造基地建设，确保年内开工。",
        [("市发改委", "lead"), ("市工信局", "lead")])


def test_a_finished_sentence_naming_no_owner_after_the_brackets_keeps_the_item_one_measure(tmp_path):
    # was: its sentences parted, 以上项目确保年内开工。 a measure of its own naming no owner
    first = read_text(tmp_path, TASK_CLOSED_BY_AN_OWNERLESS_SENTENCE).measures[0]
    assert (first.number, first.text, owners(first)) == (
        1, "加快重点项目建设。加快建设新能源产业园。推进智能制造基地建设。以上项目确保年内开工。",
        [("市发改委", "lead"), ("市工信局", "lead")])


# --- review: a label a sentence names on the line its text goes on to is the text's words --------------------------

LABEL_IN_A_GOING_ON_SENTENCE = """某县2024年重点工作任务分工方案
一、重点任务
1.加强项目调度，
建立周调度机制，请各责任单位:于每月5日前报送进展情况
（责任单位：县发改局）
2.加强督促检查，
严格落实考核，定期向牵头单位:县政府办报告进展情况
（责任单位：县督查室）
"""


def test_a_label_named_by_a_sentence_on_its_item_s_second_line_is_no_field_line(tmp_path):
    # was: owners 于每月5日前报送进展情况 and 县政府办报告进展情况, the texts cut at 请各 / 定期向
    measures = read_text(tmp_path, LABEL_IN_A_GOING_ON_SENTENCE).measures
    assert [(m.text, owners(m)) for m in measures] == [
        ("加强项目调度，建立周调度机制，请各责任单位:于每月5日前报送进展情况", [("县发改局", "carry_out")]),
        ("加强督促检查，严格落实考核，定期向牵头单位:县政府办报告进展情况", [("县督查室", "carry_out")])]


# --- review: a card's label run into a value is the longest label listed whole, outside brackets ------------------

def test_a_card_s_label_run_into_a_body_s_name_leaves_the_name_whole():
    # was: 牵头单位 '市', the remark '工信局具体措施：…' (工信局具体措施 read as a label of a task's text)
    fields = read_field_line("牵头单位：市工信局具体措施：加快企业技改")
    assert ([(s.label.text, s.text) for s in fields.segments], fields.remark) == (
        [("牵头单位", "市工信局")], "具体措施：加快企业技改")


def test_a_task_s_word_in_a_bracket_of_the_value_is_the_value_s_own():
    # was: 责任单位 '市教育局、市人社局（年度', the remark '任务：新增学位3000个）'
    fields = read_field_line("责任单位：市教育局、市人社局（年度任务：新增学位3000个）")
    assert ([(s.label.text, s.text) for s in fields.segments], fields.remark) == (
        [("责任单位", "市教育局、市人社局（年度任务：新增学位3000个）")], None)


def test_a_deadline_s_value_naming_a_task_s_word_is_not_cut():
    # was: 完成时限 '按照', the remark '重点工作：分解表执行'; a deadline names no one, no card's label runs into it
    fields = read_field_line("责任单位：市发改委，完成时限：按照重点工作：分解表执行")
    assert ([(s.label.text, s.text) for s in fields.segments], fields.remark) == (
        [("责任单位", "市发改委"), ("完成时限", "按照重点工作：分解表执行")], None)


# --- review: a conjunction's character opening a word of its own joins no title ----------------------------------

def test_a_line_opening_with_a_place_named_from_a_conjunction_s_character_is_no_part_of_the_title():
    # was: 天津市优化营商环境三年行动方案和平区落实方案 (和平区, a district of 天津 and of 沈阳, read as 和 joining)
    assert lines_metadata("天津市优化营商环境三年行动方案", "和平区落实方案").title == "天津市优化营商环境三年行动方案"


def test_a_sentence_closed_by_a_notice_s_kind_under_a_title_is_no_part_of_it():
    # was: …分解方案及时报送工作进展情况的通知 (及时, an adverb, read as 及 joining)
    metadata = lines_metadata("某市2024年政府工作报告重点任务分解方案", "及时报送工作进展情况的通知")
    assert metadata.title == "某市2024年政府工作报告重点任务分解方案"


def test_a_joined_kind_of_document_goes_on_with_its_notice_s_ending():
    metadata = lines_metadata("关于印发某市2024年重点工作任务分解", "和责任分工方案的通知")
    assert metadata.title == "关于印发某市2024年重点工作任务分解和责任分工方案的通知"
