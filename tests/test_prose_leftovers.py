"""Leftovers of the prose, outline and metadata readers found on real pages (the shapes in
tests/fixtures/prose-shapes/SOURCES.md), each read by a rule: where the old reading was silently
wrong or refused, and the similar shape where the reading must stay as it was."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.errors import NoTaskTable
from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES

SHAPES = FIXTURES / "prose-shapes"
PAGES = FIXTURES / "unseen-pages"


def _write(tmp_path, text: str, name: str = "plan.txt"):
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


# --- d. a task force's working groups are no measures ----------------------------------------

def test_the_working_groups_of_a_task_force_are_left_out_of_the_measures_and_said():
    # （一）综合协调组 / 牵头单位：… / 成员单位：… / 工作职责：…: each group was stored as a measure (its
    # name the text, its lead the responsibility) beside the plan's tasks
    document = read_document(SHAPES / "task-force-groups-then-tasks.txt")
    assert [(m.number_raw, m.text, m.responsibility) for m in document.measures] == [
        ("1.", "放宽外资准入。支持外商投资设立研发中心。", "市商务局"),
        ("2.", "优化跨境结算。推进跨境人民币业务便利化。", "人民银行宜昌市分行")]
    assert [(w.code, w.message) for w in document.warnings if w.code == "working_groups_left_out"] == [
        ("working_groups_left_out", "2 numbered items are the working groups of a task force, each a group's name "
                                    "with its members and duties, not tasks: left out (综合协调组、政策保障组)")]


def test_a_page_of_working_groups_only_is_refused_as_an_organisation_plan():
    # 牟平区优化营商环境工作组织架构调整方案: its two groups were its only measures, exit 0
    with pytest.raises(NoTaskTable, match=r"an organisation plan: its numbered items are the working groups of a "
                                          r"task force \(综合协调组、督导落实组\)"):
        read_document(PAGES / "labelled-line-after-owners.txt")


def test_one_group_with_a_duty_line_is_a_group_and_a_task_setting_one_up_stays_a_measure(tmp_path):
    text = (SHAPES / "task-force-groups-then-tasks.txt").read_text("utf-8")
    lone = text[:text.index("（二）政策保障组")] + text[text.index("二、重点任务"):]
    document = read_document(_write(tmp_path, lone, "lone.txt"))
    assert [m.number for m in document.measures] == [1, 2]
    assert [w.message.endswith("left out (综合协调组)") for w in document.warnings if w.code == "working_groups_left_out"] == [True]
    # a task that sets up a group (a verb before its name), and a group's name with no duty line and
    # no other group beside it: measures, as before
    tasks = _write(tmp_path, "宜昌市推进服务业扩大开放综合试点实施方案\n一、重点任务\n"
                             "1.成立数字化转型工作专班。（责任单位：市经济和信息化局）\n"
                             "2.综合协调组\n（责任单位：市商务局）\n"
                             "3.放宽外资准入。支持外商投资设立研发中心。（责任单位：市商务局）\n", "tasks.txt")
    document = read_document(tasks)
    assert [(m.number, m.text) for m in document.measures] == [
        (1, "成立数字化转型工作专班。"), (2, "综合协调组"), (3, "放宽外资准入。支持外商投资设立研发中心。")]
    assert not [w for w in document.warnings if w.code == "working_groups_left_out"]
    # tasks printed without a full stop, whose last word holds 组 but names no group
    merged = _write(tmp_path, "宜昌市国企改革实施方案\n一、重点任务\n1.推进国有企业重组\n（责任单位：市国资委）\n"
                              "2.更新老旧发电机组\n（责任单位：市发展改革委）\n", "merged.txt")
    assert [(m.number, m.text) for m in read_document(merged).measures] == [(1, "推进国有企业重组"), (2, "更新老旧发电机组")]


# --- e. a city's plan issued by its province takes the city's region ---------------------------

_TWO_CITIES = SHAPES / "province-issues-two-cities-plans.txt"


def _one_city(tmp_path):
    text = _TWO_CITIES.read_text("utf-8")
    text = text[:text.index("株洲市承接产业转移示范区建设实施方案\n一、")].replace(
        "》《株洲市承接产业转移示范区建设实施方案》", "》")
    return _write(tmp_path, text, "one-city.txt")


def test_a_city_s_plan_issued_by_its_province_takes_the_city_s_region_and_bodies(tmp_path):
    # 湖南省人民政府关于印发《衡阳市…方案》的通知 / 衡阳市…方案 / （责任单位：市发改委…）: the plan
    # was placed in 湖南 (the notice's issuer), its 市发改委 read as no body of the province's
    document = read_document(_one_city(tmp_path))
    assert (document.issuer, document.region, document.level) == ("湖南省人民政府", "衡阳", "municipal")
    assert [(w.code, w.message) for w in document.warnings] == [
        ("region_inferred", "the region its metadata reads, 湖南, is its notice's; its plan's title names 衡阳市, "
                            "within it, whose plan it is: taken from the plan's title")]
    assert [[d.name for d in m.departments] for m in document.measures] == [
        ["衡阳市发展和改革委员会", "衡阳市工业和信息化局"], ["衡阳市政务服务中心"]]


def test_plans_of_two_cities_keep_the_province_s_region_and_say_so():
    document = read_document(_TWO_CITIES)
    assert (document.region, document.level) == ("湖南", "provincial")
    assert [(w.code, w.message) for w in document.warnings] == [
        ("plans_of_other_places", "its plans are those of 衡阳市、株洲市, places within 湖南, the region its notice "
                                  "gives and the one its bodies are read in: a body written with its level only "
                                  "(市发改委) is not placed")]


def test_a_plan_titled_after_its_notice_s_own_place_or_after_none_keeps_the_notice_s_region(tmp_path):
    text = _one_city(tmp_path).read_text("utf-8")
    own = _write(tmp_path, text.replace("衡阳市承接", "湖南省承接").replace("市发改委、市工信局", "省发展改革委")
                 .replace("市政务服务中心", "省政务服务中心"), "own.txt")
    document = read_document(own)
    assert (document.region, document.level, [w.code for w in document.warnings]) == ("湖南", "provincial", [])
    city = _write(tmp_path, text.replace("湖南省人民政府关于", "衡阳市人民政府关于").replace("湘政发", "衡政发")
                  .replace("湖南省人民政府\n", "衡阳市人民政府\n"), "city.txt")
    document = read_document(city)
    assert (document.region, document.level, [w.code for w in document.warnings]) == ("衡阳", "municipal", [])


# --- f. a progress report's table is no plan's task table --------------------------------------

def test_a_table_reporting_progress_is_a_progress_report_and_says_so():
    # 开化县…重点工作清单(一季度…执行落实情况) / 序号 | 工作事项 | 责任单位 | 进度安排 | 进展情况 | 完成情况:
    # read as a plan's task table (kind tasks), what it reports of each task dropped
    document = read_document(SHAPES / "progress-report-table.txt")
    assert [t.kind for t in document.tables] == ["progress_report"]
    assert [(w.code, w.message) for w in document.warnings if w.code == "progress_report"] == [
        ("progress_report", "table 1 reports the progress of tasks (its columns 进展情况、完成情况): read as a progress "
                            "report, its tasks as measures, what it reports of them not read")]
    assert [(m.number, m.text, m.responsibility, m.deadline) for m in document.measures] == [
        (1, "启动文化综合体建设。", "县建设局", "①2月上旬前,完成设计招标。②3月底前,完成图纸深化设计。"),
        (2, "支持银行、证券、保险业发展,壮大金融服务业。", "县金融服务中心", "①3月底前,召开金融联席会议。"),
        (3, "推进农村生活污水治理。", "县生态环境分局", "①6月底前,完成终端运维招标。")]


def test_a_task_table_with_a_schedule_stays_a_task_table(tmp_path):
    # the same table without its two progress columns: a plan's (进度安排 is the plan's schedule)
    text = (SHAPES / "progress-report-table.txt").read_text("utf-8")
    plan = "\n".join(line.rsplit(" | ", 2)[0] + " |" if " | " in line else line for line in text.splitlines())
    document = read_document(_write(tmp_path, plan, "plan.txt"))
    assert [t.columns for t in document.tables] == [["序号", "工作事项", "责任单位", "进度安排"]]
    assert [t.kind for t in document.tables] == ["tasks"]
    assert not [w for w in document.warnings if w.code == "progress_report"]
    assert [m.number for m in document.measures] == [1, 2, 3]


def test_a_title_may_end_with_a_bracketed_qualifier_of_a_report_s_length(tmp_path):
    # 开化县2023年度重点工作清单(一季度政府工作报告重点任务执行落实情况): a qualifier of 19 characters
    # after the kind of document was no title's: no title, no region (its bodies unplaced)
    document = read_document(SHAPES / "progress-report-table.txt")
    assert (document.title, document.region) == ("开化县2023年度重点工作清单(一季度政府工作报告重点任务执行落实情况)", "开化县")
    from pilotplans.parsers.titles import TITLE_END

    assert TITLE_END.search("某县重点工作清单（2023—2025年）") is not None
    # a bracket holding a sentence, or longer than a qualifier, ends no title
    assert TITLE_END.search("某县重点工作清单（以下简称清单，请各单位认真贯彻落实）") is None
    assert TITLE_END.search("某县重点工作清单（" + "落" * 25 + "）") is None


# --- g. a table's or task list's title printed over two lines is read whole ---------------------

def test_a_table_s_title_printed_over_two_lines_is_read_whole():
    # 宜昌市服务业扩大开放 / 综合试点重点任务分工表 over the table: its title was the second line only
    document = read_document(SHAPES / "two-line-title-over-table.txt")
    assert [(t.kind, t.title) for t in document.tables] == [("tasks", "宜昌市服务业扩大开放综合试点重点任务分工表")]
    assert document.title == "宜昌市服务业扩大开放综合试点重点任务分工表"


def test_a_task_list_s_title_printed_over_two_lines_is_read_whole(tmp_path):
    text = (SHAPES / "two-line-title-over-table.txt").read_text("utf-8")
    listed = text[:text.index("序号")].replace("重点任务分工表", "工作方案") + (
        "一、重点任务\n1.放宽外资准入。（责任单位：市商务局）\n2.优化跨境结算。（责任单位：市地方金融工作局）\n")
    document = read_document(_write(tmp_path, listed, "listed.txt"))
    assert [(t.kind, t.title) for t in document.tables] == [("task_list", "宜昌市服务业扩大开放综合试点工作方案")]


def test_a_title_under_a_whole_title_a_signature_or_an_attachment_label_is_read_alone(tmp_path):
    text = (SHAPES / "two-line-title-over-table.txt").read_text("utf-8")
    two_lines = "2023年3月1日\n宜昌市服务业扩大开放\n综合试点重点任务分工表\n"
    cases = [
        # the plan's title ends like one: the table's caption under it is a title of its own
        "2023年3月1日\n宜昌市服务业扩大开放综合试点实施方案\n重点任务分工表\n",
        # a signature right above the caption (no date between): a body's name, no half of a title
        "宜昌市人民政府办公室\n重点任务分工表\n",
        # a line above a caption that opens with its place, as a whole title does
        "2023年3月1日\n服务业扩大开放\n宜昌市综合试点重点任务分工表\n",
        # an attachment's label
        "2023年3月1日\n附件\n重点任务分工表\n",
    ]
    read = [[(t.title, t.attachment) for t in read_document(_write(tmp_path, text.replace(two_lines, case), f"{n}.txt")).tables]
            for n, case in enumerate(cases)]
    assert read == [[("重点任务分工表", None)], [("重点任务分工表", None)], [("宜昌市综合试点重点任务分工表", None)],
                    [("重点任务分工表", "附件")]]


def test_the_2020_task_table_s_title_printed_over_two_lines_in_its_pdf_is_read_whole():
    # the PDF prints the title over two lines (…试点任务、具体举措及 / 责任分工): its table was titled
    # 责任分工, its DOCX's 全面深化服务贸易创新发展试点任务、具体举措及责任分工
    assert [t.title for t in read_document(FIXTURES / "national-2020-tasks.pdf").tables] == [
        "全面深化服务贸易创新发展试点任务、具体举措及责任分工"]


def test_a_caption_a_table_above_is_no_first_half_of_the_next_table_s(tmp_path):
    # 深化…开放便利举措 / its table / 深化…任务及政策保障措施 / the task table (the 2018 approval's
    # attachments): the two captions, a table apart, stay apart
    path = _write(tmp_path, "深化服务贸易创新发展试点开放便利举措\n领域\t涉及行业\t开放便利举措\n金融服务\t银行业\t允许外商独资银行。\n"
                            "深化服务贸易创新发展试点任务及政策保障措施\n试点任务\t具体举措\t责任单位\n"
                            "完善管理体制\t加强统筹协调。\t商务部牵头推进\n完善管理体制\t强化决策机制。\t商务部牵头推进\n")
    assert [t.title for t in read_document(path).tables] == ["深化服务贸易创新发展试点开放便利举措", "深化服务贸易创新发展试点任务及政策保障措施"]


# --- a. the owners printed first, in lenticular or square brackets -----------------------------

def test_owners_printed_in_brackets_before_an_item_s_text_are_its_responsibility():
    # 1.【市商务局】放宽外资准入…: no item named its owners (a bracket only counted at the end), refused
    document = read_document(SHAPES / "owners-first-in-brackets.txt")
    assert [(m.number, m.text, m.responsibility) for m in document.measures] == [
        (1, "放宽外资准入，支持外商投资设立研发中心。", "市商务局"),
        (2, "优化跨境结算，推进跨境人民币业务便利化。", "市地方金融工作局、市商务局"),
        (3, "探索放宽律师事务所准入，支持港澳律师事务所设立代表机构。", "市司法局")]
    assert [[d.name for d in m.departments] for m in document.measures][0] == ["宜昌市商务局"]


def test_a_bracketed_heading_emphasis_or_label_before_an_item_s_text_is_no_owner(tmp_path):
    from pilotplans.parsers.interpret.fields import find_lead

    assert [find_lead(text) is None for text in (
        "【重点任务】推进投资便利化。", "【新增】放宽外资准入。", "【牵头单位】市商务局", "[2023年]完成设计招标。",
        "【市商务局】市财政局、市税务局")] == [True, True, True, True, True]
    text = "宜昌市服务业扩大开放综合试点实施方案\n一、重点任务\n1.【新增】放宽外资准入。（责任单位：市商务局）\n" \
           "2.【重点任务】优化跨境结算。（责任单位：市地方金融工作局）\n"
    document = read_document(_write(tmp_path, text))
    assert [(m.text, m.responsibility) for m in document.measures] == [
        ("【新增】放宽外资准入。", "市商务局"), ("【重点任务】优化跨境结算。", "市地方金融工作局")]


def test_owners_first_in_brackets_are_read_where_the_text_ends_with_a_word_naming_an_office(tmp_path):
    # 推行一网通办。 ends with 办, as an office's name does: still the item's text, its owner in brackets
    text = "某区优化营商环境实施方案\n一、提升政务服务效能\n1.【区政务服务中心】推行一网通办。\n2.【区司法局】推行告知承诺制。\n"
    assert [(m.text, m.responsibility) for m in read_document(_write(tmp_path, text)).measures] == [
        ("推行一网通办。", "区政务服务中心"), ("推行告知承诺制。", "区司法局")]


# --- b. a list of owners wrapped onto the next line is read whole ------------------------------

def test_a_list_of_owners_wrapped_onto_the_next_line_is_read_whole():
    # 牵头单位：市地方金融工作局、 / 市商务局: the second line was lost, silently (the bracket's list,
    # （牵头单位：市发改委、 / 市商务局；…）, was read whole already)
    document = read_document(SHAPES / "owner-lists-wrapped-over-lines.txt")
    assert [(m.number, m.responsibility, m.cooperating) for m in document.measures] == [
        (1, "市发改委、市商务局", "市财政局"), (2, "市地方金融工作局、市商务局", "市财政局、市税务局、市市场监管局"),
        (3, "市司法局", None)]
    assert [m.text for m in document.measures][1] == "优化跨境结算，推进跨境人民币业务便利化。"


def test_a_field_line_ending_its_list_takes_no_line_after_it(tmp_path):
    text = (SHAPES / "owner-lists-wrapped-over-lines.txt").read_text("utf-8")
    # the list ends on its line: the next line is no part of it; a list left open before the next
    # numbered item takes nothing of it
    ended = text.replace("牵头单位：市地方金融工作局、\n市商务局\n", "牵头单位：市地方金融工作局、市商务局\n")
    document = read_document(_write(tmp_path, ended, "ended.txt"))
    assert [(m.number, m.responsibility) for m in document.measures] == [
        (1, "市发改委、市商务局"), (2, "市地方金融工作局、市商务局"), (3, "市司法局")]
    sentence = text.replace("市市场监管局\n3.", "3.")
    document = read_document(_write(tmp_path, sentence, "sentence.txt"))
    assert [(m.number, m.cooperating) for m in document.measures] == [
        (1, "市财政局"), (2, "市财政局、市税务局"), (3, None)]


# --- c. a notice's title printed only in the page's information table --------------------------

def test_the_notice_an_information_table_titles_is_the_document_s_title_and_issuer():
    # 标 题: | 亳州市谯城区人民政府办公室关于印发2020年政府工作报告…分解表的通知 / 现将《谯城区2020年度…
    # 分解表》印发给你们: the plan's title (the attachment's) was the document's, no issuer read
    document = read_document(PAGES / "info-pipes-then-notice-then-table.txt")
    assert (document.title, document.issuer, document.region, document.date) == (
        "亳州市谯城区人民政府办公室关于印发2020年政府工作报告重点工作任务分解表的通知", "亳州市谯城区人民政府办公室",
        "谯城区", dt.date(2020, 4, 9))  # the page prints no 成文日期: its 发布日期, the day the site published it,
    assert [t.title for t in document.tables] == ["谯城区2020年度政府工作报告重点工作任务分解表"]
    assert [w.code for w in document.warnings] == ["date_published"]  # said so


def test_an_information_table_s_title_that_is_no_notice_of_the_plan_leaves_the_plan_s_title(tmp_path):
    text = (PAGES / "info-pipes-then-notice-then-table.txt").read_text("utf-8")
    other = text.replace("现将《谯城区2020年度政府工作报告重点工作任务分解表》印发给你们",
                         "现将《谯城区2020年度民生实事项目清单》印发给你们")
    document = read_document(_write(tmp_path, other, "other.txt"))
    # the issuer is the page's publisher, 发布机构 谯城区政府(办公室): the office named in brackets (prose-blind14)
    assert (document.title, document.issuer) == ("谯城区2020年度政府工作报告重点工作任务分解表", "谯城区政府办公室")
    plain = text.replace("亳州市谯城区人民政府办公室关于印发2020年政府工作报告重点工作任务分解表的通知",
                         "谯城区2020年度政府工作报告重点工作任务分解表")
    document = read_document(_write(tmp_path, plain, "plain.txt"))
    assert (document.title, document.issuer) == ("谯城区2020年度政府工作报告重点工作任务分解表", "谯城区政府办公室")


# --- h. a date line after each item is read in time linear in the list's length ----------------

def _dated_items(count: int, owners: bool = False):
    from pilotplans.layout import Layout, Paragraph, Where

    lines = ["某区工作方案", "一、重点工作"]
    for n in range(1, count + 1):
        lines += [f"{n}.推进第{n}项工作。" + ("（责任单位：区发改局）" if owners else ""), "2023年3月1日"]
    return Layout(source="dated.txt", format="text", blocks=tuple(
        Paragraph(text=text, where=Where(line_start=k, line_end=k)) for k, text in enumerate(lines, start=1)))


def test_whether_an_item_names_its_owners_is_asked_a_bounded_number_of_times_per_line(monkeypatch):
    # each date line asked it of every item read so far: 400 items, about 80,000 questions
    from pilotplans.parsers.interpret import outline

    asked = []
    assigns = outline.Item.assigns
    monkeypatch.setattr(outline.Item, "assigns", property(lambda item: asked.append(1) or assigns.fget(item)))
    outline.read_outline(_dated_items(400))
    assert len(asked) <= 4 * 400


def test_a_date_line_begins_a_part_only_while_no_item_names_its_owners():
    from pilotplans.parsers.interpret.outline import read_outline

    # no item names its owners: each date line is a notice's date and begins a part, as before
    assert [len(part) for part in read_outline(_dated_items(3)).parts] == [1, 1, 1]
    # the first item names its owners: the date lines after it are no notice's
    assert [len(part) for part in read_outline(_dated_items(3, owners=True)).parts] == [1]


def test_a_bracket_opened_half_width_and_closed_full_width_is_read():
    # (牵头单位:市发改委、 / 市商务局；配合单位：市财政局）: the pair was no bracket, the owners read as the
    # item's text (responsibility_missing)
    document = read_document(SHAPES / "brackets-of-mixed-widths.txt")
    assert [(m.text, m.responsibility, m.cooperating) for m in document.measures] == [
        ("放宽外资准入，支持外商投资设立研发中心。", "市发改委、市商务局", "市财政局"),
        ("优化跨境结算。", "市地方金融工作局", "市商务局"),
        ("探索放宽律师事务所准入（含港澳）。", "市司法局", None)]


def test_brackets_of_other_kinds_still_do_not_pair():
    from pilotplans.parsers.interpret.fields import find_tail

    assert find_tail("优化跨境结算。【牵头单位：市地方金融工作局）") is None
    assert find_tail("优化跨境结算。〔牵头单位：市地方金融工作局)") is None
    assert find_tail("优化跨境结算。(牵头单位：市地方金融工作局]") is None
    assert find_tail("优化跨境结算。(牵头单位：市地方金融工作局)").fields.value("responsibility") == "市地方金融工作局"


def test_a_page_s_information_line_or_its_value_above_a_table_is_no_caption(tmp_path):
    # 来源: / 开化县 / the table: the table was titled 开化县, the value of the page's 来源 line
    assert [t.title for t in read_document(SHAPES / "progress-report-table.txt").tables] == [None]
    text = (SHAPES / "progress-report-table.txt").read_text("utf-8")
    counted = _write(tmp_path, text.replace("开化县\n序号", "开化县\n浏览次数:\n序号"), "counted.txt")
    assert [t.title for t in read_document(counted).tables] == [None]
    # a caption under the page's lines is the table's, as before
    captioned = _write(tmp_path, text.replace("开化县\n序号", "开化县\n一季度重点工作进展表\n序号"), "captioned.txt")
    assert [t.title for t in read_document(captioned).tables] == ["一季度重点工作进展表"]


def test_a_progress_report_and_its_kind_round_trip_through_the_store(tmp_path):
    from pilotplans.store.db import load_documents, rebuild, sqlite_url

    document = read_document(SHAPES / "progress-report-table.txt")
    url = sqlite_url(tmp_path / "p.db")
    rebuild(url, [document])
    assert load_documents(url) == [document]
    assert [t.kind for t in load_documents(url)[0].tables] == ["progress_report"]


# --- review13 ----------------------------------------------------------------------------------

def test_tasks_setting_up_groups_printed_without_a_full_stop_stay_measures(tmp_path):
    # 成立…工作专班 / 组建…工作小组 with their owners and no full stop: two such tasks side by side
    # were left out as a task force's groups, silently but for a note
    plan = _write(tmp_path, "宜昌市推进服务业扩大开放综合试点实施方案\n一、重点任务\n"
                            "1.成立服务业扩大开放工作专班（牵头单位：市商务局）\n"
                            "2.组建产业链招商工作小组\n牵头单位：市招商局\n"
                            "3.优化跨境结算。推进跨境人民币业务便利化。（责任单位：市地方金融工作局）\n")
    document = read_document(plan)
    assert [(m.number, m.text, m.responsibility) for m in document.measures] == [
        (1, "成立服务业扩大开放工作专班", "市商务局"), (2, "组建产业链招商工作小组", "市招商局"),
        (3, "优化跨境结算。推进跨境人民币业务便利化。", "市地方金融工作局")]
    assert not [w for w in document.warnings if w.code == "working_groups_left_out"]


def test_a_province_s_own_plan_titled_after_a_city_it_concerns_keeps_the_province(tmp_path):
    # 湖北省人民政府关于印发《武汉城市圈同城化发展实施方案》 / （责任单位：省发改委、省经信厅）: the
    # province's plan for the ring around its capital was moved to 武汉, level municipal, silently
    text = _one_city(tmp_path).read_text("utf-8")
    ring = _write(tmp_path, text.replace("衡阳市承接产业转移示范区建设", "衡阳都市圈同城化发展")
                  .replace("市发改委、市工信局", "省发改委、省工信厅").replace("市政务服务中心", "省政务服务中心"), "ring.txt")
    document = read_document(ring)
    assert (document.region, document.level, [w.code for w in document.warnings]) == ("湖南", "provincial", [])
    assert [d.id for m in document.measures for d in m.departments][:1] == ["430000-development_reform_commission"]
    # the city's own bodies (市发改委) under the same title: the city's plan, as before
    city = _write(tmp_path, text.replace("衡阳市承接产业转移示范区建设", "衡阳都市圈同城化发展"), "city-ring.txt")
    document = read_document(city)
    assert (document.region, document.level, [w.code for w in document.warnings]) == ("衡阳", "municipal", ["region_inferred"])


def test_a_city_s_plan_naming_a_provincial_body_beside_its_own_takes_the_city(tmp_path):
    # 省商务厅 supporting beside 市发改委: the plan still the city's, its 省 body the province's
    text = _one_city(tmp_path).read_text("utf-8").replace("（责任单位：市政务服务中心）", "（责任单位：市政务服务中心，省商务厅指导）")
    document = read_document(_write(tmp_path, text, "mixed.txt"))
    assert (document.region, document.level, [w.code for w in document.warnings]) == ("衡阳", "municipal", ["region_inferred"])


def test_a_bracket_before_an_item_that_prints_its_owners_in_a_labelled_tail_is_its_topic(tmp_path):
    # 1.【海关】推进通关便利化。（责任单位：宜昌海关）: the topic was read as a first owner (海关；责任单位：
    # 宜昌海关) and cut from the text; the item names its owners itself, so the bracket is its text's
    text = ("宜昌市服务业扩大开放综合试点实施方案\n一、重点任务\n1.【海关】推进通关便利化。（责任单位：宜昌海关）\n"
            "2.【开发区】推进园区扩区。（牵头单位：市发改委；配合单位：市商务局）\n3.【市商务局】放宽外资准入。（配合单位：市财政局）\n")
    document = read_document(_write(tmp_path, text))
    assert [(m.text, m.responsibility, m.cooperating) for m in document.measures] == [
        ("【海关】推进通关便利化。", "宜昌海关", None), ("【开发区】推进园区扩区。", "市发改委", "市商务局"),
        ("放宽外资准入。", "市商务局", "市财政局")]


def test_a_bracket_before_an_item_whose_field_line_names_its_lead_is_its_topic(tmp_path):
    # the owners on a field line under the item (1.【开发区】推进园区扩区。 / 牵头单位：市发改委), or in a
    # bracket closing its second line: the bracket opening it was read as a first owner
    text = ("宜昌市服务业扩大开放综合试点实施方案\n一、重点任务\n1.【开发区】推进园区扩区。\n牵头单位：市发改委\n"
            "2.【海关】推进通关便利化，\n压缩整体通关时间。（责任单位：宜昌海关）\n"
            "3.【市商务局】放宽外资准入。\n配合单位：市财政局\n")
    document = read_document(_write(tmp_path, text))
    assert [(m.text, m.responsibility, m.cooperating) for m in document.measures] == [
        ("【开发区】推进园区扩区。", "市发改委", None), ("【海关】推进通关便利化，压缩整体通关时间。", "宜昌海关", None),
        ("放宽外资准入。", "市商务局", "市财政局")]


def test_a_short_line_or_a_schedule_label_above_a_caption_is_no_first_half_of_it(tmp_path):
    # 此件公开发布 / 加强组织领导 (a stamp, a heading's short line) or 附表1 above 重点任务分工表 were read
    # as its first half: the table titled 此件公开发布重点任务分工表, silently
    head = "宜昌市服务业扩大开放综合试点实施方案\n为加快推进综合试点，制定本方案。\n"
    table = "序号 | 重点任务 | 责任单位 |\n1 | 放宽外资准入。支持外商投资设立研发中心。 | 市商务局 |\n"
    read = [[t.title for t in read_document(_write(tmp_path, head + above + "重点任务分工表\n" + table, f"{n}.txt")).tables]
            for n, above in enumerate(("此件公开发布\n", "三、保障措施\n加强组织领导\n", "附表1\n"))]
    assert read == [["重点任务分工表"], ["重点任务分工表"], ["重点任务分工表"]]
    # a first half a title wrapped at a joining word, or as long as a title's line: read whole
    read = [[t.title for t in read_document(_write(tmp_path, head + above + table, f"w{n}.txt")).tables]
            for n, above in enumerate(("服务业扩大开放综合试点任务及\n责任分工\n", "服务业扩大开放综合试点\n重点任务分工表\n"))]
    assert read == [["服务业扩大开放综合试点任务及责任分工"], ["服务业扩大开放综合试点重点任务分工表"]]


def test_a_plan_s_table_with_an_empty_column_for_progress_to_be_reported_stays_a_task_table(tmp_path):
    # 序号 | 重点任务 | 责任单位 | 完成时限 | 完成情况, the last column blank in every row: a plan's form for
    # its owners to fill in, reported as a table reporting progress
    plan = _write(tmp_path, "宜昌市服务业扩大开放综合试点重点任务分工表\n序号 | 重点任务 | 责任单位 | 完成时限 | 完成情况 |\n"
                            "1 | 放宽外资准入。 | 市商务局 | 2023年底 |  |\n2 | 优化跨境结算。 | 市金融办 | 2023年底 |  |\n")
    document = read_document(plan)
    assert [(t.kind, t.columns) for t in document.tables] == [("tasks", ["序号", "重点任务", "责任单位", "完成时限", "完成情况"])]
    assert not [w for w in document.warnings if w.code == "progress_report"]
    # one row reporting: a report
    report = _write(tmp_path, plan.read_text("utf-8").replace("2023年底 |  |\n2", "2023年底 | 已完成 |\n2"), "report.txt")
    assert [t.kind for t in read_document(report).tables] == ["progress_report"]


def test_a_title_printed_under_its_information_label_alone_is_the_table_s_caption(tmp_path):
    # 标 题： / 宜昌市…分工表 over the table: the value of a title's label is a title, no site's value
    path = _write(tmp_path, "索引号：011/2023-00012\n标 题：\n宜昌市服务业扩大开放综合试点重点任务分工表\n"
                            "序号 | 重点任务 | 责任单位 |\n1 | 放宽外资准入。支持外商投资设立研发中心。 | 市商务局 |\n")
    assert [t.title for t in read_document(path).tables] == ["宜昌市服务业扩大开放综合试点重点任务分工表"]


def test_tasks_whose_last_word_names_a_group_but_no_group_prints_its_duties_stay_measures(tmp_path):
    # 强化…领导小组 / 优化…工作专班 with their owners, printed without a full stop: tasks about groups,
    # no task force's groups (none prints its duties or members); they were left out
    plan = _write(tmp_path, "宜昌市推进服务业扩大开放综合试点实施方案\n一、重点任务\n"
                            "1.强化试点工作领导小组\n牵头单位：市委办\n2.优化招商引资工作专班\n牵头单位：市商务局\n"
                            "3.优化跨境结算。\n牵头单位：市地方金融工作局\n")
    document = read_document(plan)
    assert [(m.number, m.text, m.responsibility) for m in document.measures] == [
        (1, "强化试点工作领导小组", "市委办"), (2, "优化招商引资工作专班", "市商务局"), (3, "优化跨境结算。", "市地方金融工作局")]
    assert not [w for w in document.warnings if w.code == "working_groups_left_out"]


# --- f. a county-level city's plan issued by its prefecture-level city -------------------------

_COUNTY_CITY = SHAPES / "prefecture-issues-county-city-plan.txt"


def test_a_county_level_city_s_plan_issued_by_its_prefecture_takes_the_county_level_city_s_region():
    # 衡阳市人民政府关于印发《耒阳市…方案》的通知: the plan and its 市发改委 are 耒阳市's, not 衡阳's
    document = read_document(_COUNTY_CITY)
    assert (document.issuer, document.region, document.level) == ("衡阳市人民政府", "耒阳市", "county")
    assert [(w.code, w.message) for w in document.warnings] == [
        ("region_inferred", "the region its metadata reads, 衡阳, is its notice's; its plan's title names 耒阳市, "
                            "within it, whose plan it is: taken from the plan's title")]
    assert [[d.name for d in m.departments] for m in document.measures] == [
        ["耒阳市发展和改革局", "耒阳市工业和信息化局"], ["耒阳市政务服务中心"]]


def test_plans_of_two_county_level_cities_keep_the_prefecture_s_region(tmp_path):
    text = _COUNTY_CITY.read_text("utf-8").replace("《耒阳市承接产业转移示范区建设实施方案》", "《耒阳市承接产业转移示范区建设实施方案》《常宁市承接产业转移示范区建设实施方案》")
    text += "常宁市承接产业转移示范区建设实施方案\n一、重点任务\n1.深化开放合作。推进铁海联运。（责任单位：市商务局）\n"
    document = read_document(_write(tmp_path, text, "two-county-cities.txt"))
    assert (document.region, document.level) == ("衡阳", "municipal")
    assert [(w.code, w.message) for w in document.warnings] == [
        ("plans_of_other_places", "its plans are those of 耒阳市、常宁市, places within 衡阳, the region its notice "
                                  "gives and the one its bodies are read in: a body written with its level only "
                                  "(市发改委) is not placed")]


def test_a_city_s_plan_its_province_issues_naming_its_bodies_in_traditional_characters_takes_the_city(tmp_path):
    # 市市場監管局 (a traditional page's 市市场监管局): the city's own market bureau, the plan its own
    # beside the 省商务厅 guiding it — not 市 run into 市 naming levels, read so before its text is folded
    text = _one_city(tmp_path).read_text("utf-8").replace("市发改委、市工信局", "市市場監管局").replace(
        "（责任单位：市政务服务中心）", "（责任单位：市市場監管局，省商务厅指导）")
    document = read_document(_write(tmp_path, text, "traditional.txt"))
    assert (document.region, document.level, [w.code for w in document.warnings]) == ("衡阳", "municipal", ["region_inferred"])
