"""Prose task lists: which numbered paragraphs are measures, headings or neither, and what each
measure carries. Documents from tests/fixtures/plans (their answers are checked field by field in
test_plan_answers.py); a few outlines are built here to show one rule alone."""

from __future__ import annotations

import pytest

from pilotplans.errors import NoTaskTable
from pilotplans.ingest.pipeline import read_document
from pilotplans.layout import Cell, Grid, Layout, Paragraph, Row, Where
from pilotplans.parsers.interpret import DocumentHints, interpret
from pilotplans.parsers.interpret.run_in import next_cut
from pilotplans.schema.models import SourceFile
from tests.conftest import FIXTURES, codes

PLANS = FIXTURES / "plans"
FORMS = PLANS / "forms"


@pytest.fixture(scope="module")
def brackets():
    return read_document(FORMS / "form-brackets.txt")


@pytest.fixture(scope="module")
def conventions():
    return read_document(FORMS / "form-conventions.txt")


def outline(*lines: str):
    """The Document of a layout whose paragraphs are ``lines`` (one per line of a text file)."""
    layout = Layout(source="outline.txt", format="text", blocks=tuple(
        Paragraph(text=line, where=Where(line_start=i, line_end=i)) for i, line in enumerate(lines, start=1)))
    source = SourceFile(path="outline.txt", name="outline.txt", sha256="0" * 64, format="text", size=0)
    return interpret(layout, source, DocumentHints(id="outline"))


def test_a_task_list_is_one_table_of_kind_task_list_titled_by_the_plan(brackets):
    [table] = brackets.tables
    assert (table.kind, table.title, table.columns, table.roles) == ("task_list", "泉州市推进服务贸易高质量发展实施方案", [], [])


def test_headings_have_levels_and_parents(brackets):
    headings = brackets.tables[0].headings
    assert [(h.position, h.number_raw, h.title, h.level, h.parent) for h in headings] == [
        (1, "二、", "重点任务", 1, None),
        (2, "（一）", "深化服务领域改革", 2, 1),
        (3, "（二）", "扩大特色服务出口", 2, 1),
    ]
    measure = brackets.measures[3]
    assert (measure.heading, measure.heading_number, measure.heading_title) == (3, 2, "扩大特色服务出口")


def test_sections_without_owners_are_neither_measures_nor_headings(conventions):
    assert [h.title for h in conventions.tables[0].headings] == ["主要任务", "壮大服务外包产业", "发展文化贸易"]
    assert not any(m.text.startswith("坚持") for m in conventions.measures)


def test_a_measure_is_traced_to_its_paragraph_and_lines(brackets):
    source = brackets.measures[0].source
    assert (source.file, source.format, source.table, source.row, source.paragraph, source.line_start, source.line_end) == (
        "form-brackets.txt", "text", 1, None, 13, 13, 13)


def test_an_item_continued_over_lines_spans_them():
    document = read_document(FORMS / "form-ascii-extraction.txt")
    source = document.measures[1].source
    assert (source.paragraph, source.line_start, source.line_end) == (6, 6, 8)


def test_numbering_that_starts_again_under_a_new_heading_is_no_gap_nor_repeat(conventions):
    assert [m.number for m in conventions.measures] == [1, 2, 1, 2]
    assert not {"number_duplicate", "number_gap", "number_out_of_order"} & {c for m in conventions.measures for c in codes(m)}


def test_a_gap_in_running_numbers_is_reported():
    document = outline(
        "一、重点任务",
        "1.建设服务平台。（责任单位：市商务局）",
        "2.完善统计制度。（责任单位：市统计局）",
        "二、保障措施",
        "4.培育市场主体。（责任单位：市商务局）",
    )
    assert [m.number for m in document.measures] == [1, 2, 4]
    assert codes(document.measures[2]) == ["number_gap"]


def test_an_item_beside_measures_without_its_own_responsibility_is_flagged():
    document = read_document(FORMS / "form-ordinal-remark.txt")
    measure = document.measures[1]
    assert (measure.text, measure.responsibility, measure.departments) == ("支持平台企业拓展海外市场。", None, [])
    assert codes(measure) == ["responsibility_missing"]


def test_an_item_with_owners_inside_is_a_heading_and_its_own_bracket_is_reported():
    document = outline(
        "（一）推进服务外包发展。（责任单位：市商务局）",
        "1.建设示范园区。（责任单位：市商务局）",
        "2.培育龙头企业。（责任单位：市经信局）",
    )
    assert [h.title for h in document.tables[0].headings] == ["推进服务外包发展"]
    assert [m.text for m in document.measures] == ["建设示范园区。", "培育龙头企业。"]
    assert [w.code for w in document.warnings] == ["responsibility_on_heading"]


def test_sub_items_of_a_measure_are_part_of_its_text():
    document = outline(
        "一、重点任务",
        "1.优化营商环境。（责任单位：市营商局）",
        "（1）推行“一网通办”；",
        "（2）压缩企业开办时间。",
        "2.培育市场主体。（责任单位：市市场监管局）",
    )
    assert [m.text for m in document.measures] == ["优化营商环境。（1）推行“一网通办”；（2）压缩企业开办时间。", "培育市场主体。"]


def test_a_bracket_on_the_last_sub_item_of_an_item_ending_in_a_colon_is_the_items():
    document = outline(
        "1.建设跨境电商试验区，重点做好以下工作：",
        "（1）培育产业园区；",
        "（2）建设海外仓。（责任单位：市商务局）",
        "2.培育市场主体。（责任单位：市市场监管局）",
    )
    assert [(m.number_raw, m.text, m.responsibility) for m in document.measures] == [
        ("1.", "建设跨境电商试验区，重点做好以下工作：（1）培育产业园区；（2）建设海外仓。", "市商务局"),
        ("2.", "培育市场主体。", "市市场监管局"),
    ]


def test_a_bracket_on_the_only_item_under_a_title_stays_with_that_item():
    document = outline(
        "1.放宽服务业市场准入",
        "（1）允许外资设立演出经纪机构。（责任单位：市文广旅局）",
    )
    assert [(m.number_raw, m.heading_path) for m in document.measures] == [("（1）", ["放宽服务业市场准入"])]


def test_a_paragraph_after_an_item_ended_by_its_bracket_is_not_its_text():
    document = outline(
        "1.建设服务平台。（责任单位：市商务局）",
        "某市商务局",
        "2022年5月6日",
    )
    assert document.measures[0].text == "建设服务平台。"
    assert document.date.isoformat() == "2022-05-06"


def test_the_documents_conventions_are_kept_and_applied(conventions):
    assert [(c.kind, c.role, c.body) for c in conventions.conventions] == [
        ("first_lead", None, None), ("others_role", "assist", None), ("added_body", "carry_out", "各县（市、区）政府"),
    ]
    first = conventions.measures[0]
    assert [(d.raw, d.column, d.role) for d in first.departments] == [
        ("市商务局", "responsibility", "lead"), ("市经信局", "responsibility", "assist"),
        ("市科技局", "responsibility", "assist"), ("各县（市、区）政府", "convention", "carry_out"),
    ]
    assert first.cooperating is None


def test_a_remark_after_the_bodies_is_the_measures_remark_and_names_no_body():
    document = read_document(PLANS / "wuxi-remark-bracket.txt")
    first = document.measures[0]
    assert first.remarks == "具体任务均涉及各区，下同"
    assert [d.raw for d in first.departments] == ["市商务局", "市发展改革委", "各区"]


def test_the_dropped_label_is_kept_beside_the_responsibility(brackets):
    assert [(m.responsibility_label, m.responsibility) for m in brackets.measures] == [
        (None, "牵头单位：市商务局；责任单位：市发展改革委、市市场监管局"),
        ("责任单位", "市商务局、市统计局"),
        (None, "市商务局、市财政局"),
        (None, "牵头单位：市卫生健康委；责任单位：市中医药管理局"),
        ("牵头单位", "市委宣传部"),
    ]


def test_a_leader_is_a_person_and_never_a_body():
    document = read_document(FORMS / "form-field-lines.txt")
    measure = document.measures[0]
    assert measure.leader == "张建国"
    assert "张建国" not in [d.raw for d in measure.departments]


def test_traditional_characters_are_kept_and_reported():
    measure = read_document(FORMS / "form-traditional.txt").measures[1]
    assert measure.responsibility == "市交通運輸局牽頭，溫州港口管理局、市商務局配合"
    assert "traditional_chars" in codes(measure)


def test_a_task_table_wins_over_the_numbered_paragraphs_above_it():
    document = read_document(FORMS / "form-table-and-list.txt")
    assert [t.kind for t in document.tables] == ["tasks"]
    assert [m.text for m in document.measures] == ["培育服务贸易企业，建立重点企业库。", "建设服务贸易公共服务平台。"]


def test_the_bundled_approval_reads_its_table_not_its_narrative(national2018):
    assert [t.kind for t in national2018.tables] == ["opening_measures", "tasks"]
    assert national2018.conventions == []


def test_table_measures_have_their_heading_as_path(national2020, national2018):
    assert national2020.measures[0].heading_path == ["全面探索完善管理体制"]
    assert all(m.heading_path == ([m.heading_title] if m.heading_title else []) for m in national2018.measures)


def test_two_items_a_reader_printed_as_one_paragraph_are_read_apart():
    document = outline(
        "一、重点任务",
        "（1）实施人才政策。〔牵头单位：省委人才局；责任单位：相关单位〕（2）鼓励建立企业年金。〔责任单位：省人社厅〕",
    )
    assert [(m.number, m.text, m.responsibility) for m in document.measures] == [
        (1, "实施人才政策。", "牵头单位：省委人才局；责任单位：相关单位"), (2, "鼓励建立企业年金。", "省人社厅"),
    ]


def test_a_field_line_run_into_its_item_is_read_as_a_field_line():
    document = outline(
        "1.建设区域性公共服务平台。牵头单位:发展改革委",
        "完成时限:长期坚持",
    )
    assert [(m.text, m.responsibility, m.deadline) for m in document.measures] == [("建设区域性公共服务平台。", "发展改革委", "长期坚持")]


def test_a_heading_run_into_the_paragraph_before_it_opens_its_section():
    document = outline(
        "一、总体要求",
        "（一）基本原则。坚持改革创新，在重点领域率先取得突破。二、重点任务",
        "（三）推进金融领域国际合作",
        "1.支持开展跨境贸易融资。（责任单位：市金融局）",
    )
    assert document.measures[0].heading_path == ["重点任务", "推进金融领域国际合作"]


def test_numbered_sub_items_inside_a_sentence_are_not_cut_out():
    document = outline(
        "（一）扩大开放",
        "1.推进重点领域开放，主要包括：（一）建设数字服务平台。（二）培育龙头企业。（责任单位：市商务局）",
    )
    assert [m.text for m in document.measures] == ["推进重点领域开放，主要包括：（一）建设数字服务平台。（二）培育龙头企业。"]


def test_a_plan_boxed_in_a_table_of_one_column_is_read(tmp_path):
    page = tmp_path / "boxed.html"
    page.write_text(
        "<html><head><meta charset='utf-8'></head><body><table><tr><td>"
        "<p>某市服务贸易工作方案</p><p>一、重点任务</p>"
        "<p>1.建设服务平台。（责任单位：市商务局）</p><p>2.完善统计制度。（责任单位：市统计局）</p>"
        "</td></tr></table></body></html>", encoding="utf-8")
    document = read_document(page)
    assert [(m.number, m.text, m.responsibility, m.heading_path) for m in document.measures] == [
        (1, "建设服务平台。", "市商务局", ["重点任务"]), (2, "完善统计制度。", "市统计局", ["重点任务"]),
    ]


def test_sections_without_measures_count_in_the_numbering_of_headings(brackets):
    assert [(h.number_raw, h.warnings) for h in brackets.tables[0].headings] == [("二、", []), ("（一）", []), ("（二）", [])]
    assert brackets.warnings == []


def test_a_gap_in_the_numbering_of_headings_is_reported():
    document = outline(
        "一、重点任务",
        "（一）扩大开放",
        "1.建设服务平台。（责任单位：市商务局）",
        "（三）优化环境",
        "2.完善统计制度。（责任单位：市统计局）",
    )
    assert [(h.number_raw, codes(h)) for h in document.tables[0].headings] == [("一、", []), ("（一）", []), ("（三）", ["heading_gap"])]


def read_lines(tmp_path, *lines: str):
    """The Document read from a text file of ``lines``, departments resolved."""
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read_document(path)


def departments(document):
    return [[(d.raw, d.role, d.column) for d in m.departments] for m in document.measures]


def test_conventions_in_the_first_bracket_concern_every_measure():
    document = read_document(PLANS / "shapes" / "shape-convention-in-first-bracket.txt")
    assert [(c.kind, c.body, c.from_measure) for c in document.conventions] == [
        ("first_lead", None, None), ("added_body", "各县市区人民政府(管委会)", None)]
    assert [c.text for c in document.conventions] == [
        "排名第一的为牵头单位,下同。", "本条及以下责任单位均包括各县市区人民政府(管委会),不再重复列举"]


def test_a_convention_stated_in_a_later_bracket_leaves_the_measures_before_it_alone(tmp_path):
    document = read_lines(
        tmp_path,
        "一、重点任务",
        "1.建设服务平台。（责任单位：市商务局、市财政局）",
        "2.完善统计制度。（责任单位：市统计局、市商务局。排名第一的为牵头单位，下同。本条及以下责任单位均包括各区县政府，不再重复列举）",
        "3.培育市场主体。（责任单位：市市场监管局、市商务局）",
    )
    assert [(c.kind, c.from_measure) for c in document.conventions] == [("first_lead", 2), ("added_body", 2)]
    assert departments(document) == [
        [("市商务局", "carry_out", "responsibility"), ("市财政局", "carry_out", "responsibility")],
        [("市统计局", "lead", "responsibility"), ("市商务局", "carry_out", "responsibility"), ("各区县政府", "carry_out", "convention")],
        [("市市场监管局", "lead", "responsibility"), ("市商务局", "carry_out", "responsibility"), ("各区县政府", "carry_out", "convention")],
    ]


def test_a_convention_in_a_paragraph_between_sections_concerns_the_measures_below_it(tmp_path):
    document = read_lines(
        tmp_path,
        "一、深化改革",
        "1.建设服务平台。（责任单位：市商务局）",
        "二、扩大开放",
        "以下各项任务，各区县政府负责落实，不再列出。",
        "2.完善统计制度。（责任单位：市统计局）",
    )
    assert departments(document) == [
        [("市商务局", "carry_out", "responsibility")],
        [("市统计局", "carry_out", "responsibility"), ("各区县政府", "carry_out", "convention")],
    ]


def test_a_convention_adds_no_body_a_measure_names_itself(tmp_path):
    document = read_lines(
        tmp_path,
        "一、深化改革",
        "除专门列出外，以下任务均涉及各区县政府，不再重复。",
        "1.建设服务平台。（责任单位：市商务局、各区县政府）",
        "2.完善统计制度。（责任单位：市统计局）",
    )
    assert departments(document) == [
        [("市商务局", "carry_out", "responsibility"), ("各区县政府", "carry_out", "responsibility")],
        [("市统计局", "carry_out", "responsibility"), ("各区县政府", "carry_out", "convention")],
    ]


def test_a_convention_in_a_closing_note_concerns_every_measure(tmp_path):
    document = read_lines(
        tmp_path,
        "一、重点任务",
        "1.建设服务平台。（责任单位：市商务局、市财政局）",
        "2.完善统计制度。（责任单位：市统计局、市商务局）",
        "注：责任单位中排在首位的为牵头单位。",
    )
    assert [[(d.raw, d.role) for d in m.departments] for m in document.measures] == [
        [("市商务局", "lead"), ("市财政局", "carry_out")], [("市统计局", "lead"), ("市商务局", "carry_out")]]


def test_the_first_lead_convention_leaves_a_named_lead_alone(tmp_path):
    document = read_lines(
        tmp_path,
        "第一责任单位为牵头单位，下同。",
        "1.建设服务平台。（市财政局、市商务局牵头，市统计局配合）",
        "2.完善统计制度。（市统计局、市商务局按职责分工负责）",
    )
    assert [[(d.raw, d.role) for d in m.departments] for m in document.measures] == [
        [("市财政局", "lead"), ("市商务局", "lead"), ("市统计局", "assist")],
        [("市统计局", "lead"), ("市商务局", "carry_out")],
    ]


def test_a_bracket_alone_on_its_line_after_sub_items_is_the_items():
    document = outline(
        "1.完善应急预案体系",
        "(1)修订总体应急预案；",
        "(2)编制专项应急预案。",
        "（责任单位：市应急管理局）",
        "2.加强应急队伍建设。（责任单位：市应急管理局）",
    )
    assert [(m.number_raw, m.text, m.responsibility, codes(m)) for m in document.measures] == [
        ("1.", "完善应急预案体系(1)修订总体应急预案；(2)编制专项应急预案。", "市应急管理局", []),
        ("2.", "加强应急队伍建设。", "市应急管理局", []),
    ]


def test_a_bracket_alone_after_sub_items_with_their_own_stays_with_the_last():
    document = outline(
        "1.完善应急预案体系",
        "(1)修订总体应急预案。（责任单位：市应急管理局）",
        "(2)编制专项应急预案。",
        "（责任单位：市交通运输局）",
    )
    assert [(m.number_raw, m.heading_path, m.responsibility) for m in document.measures] == [
        ("(1)", ["完善应急预案体系"], "市应急管理局"), ("(2)", ["完善应急预案体系"], "市交通运输局")]


def test_a_bracket_alone_after_the_only_item_of_a_section_stays_with_that_item():
    document = outline(
        "一、重点任务",
        "1.建设服务平台。",
        "（责任单位：市商务局）",
    )
    assert [(m.number_raw, m.heading_path, m.responsibility) for m in document.measures] == [("1.", ["重点任务"], "市商务局")]


def test_the_notices_numbered_paragraphs_are_not_headings_of_the_plan():
    document = read_document(PLANS / "shapes" / "shape-notice-paragraphs.txt")
    assert [h.title for h in document.tables[0].headings] == ["发展现代物流", "发展科技服务"]
    assert document.tables[0].title == "湘潭市现代服务业提质增效行动方案"


def test_an_attachment_label_starts_the_outline_again():
    document = outline(
        "一、高度重视。各地要认真组织实施。",
        "附件",
        "（一）扩大开放",
        "1.建设服务平台。（责任单位：市商务局）",
    )
    assert document.measures[0].heading_path == ["扩大开放"]


def test_a_date_line_among_the_measures_does_not_start_the_outline_again():
    document = outline(
        "一、重点任务",
        "1.建设服务平台。（责任单位：市商务局）",
        "2024年6月30日",
        "2.完善统计制度。（责任单位：市统计局）",
    )
    assert [m.heading_path for m in document.measures] == [["重点任务"], ["重点任务"]]


def test_a_section_titled_like_a_plan_does_not_start_the_outline_again():
    document = outline(
        "现将《某市服务业发展若干措施》印发给你们。",
        "某市服务业发展若干措施",
        "一、重点任务",
        "1.建设服务平台。（责任单位：市商务局）",
        "保障措施",
        "2.完善统计制度。（责任单位：市统计局）",
    )
    assert [m.heading_path for m in document.measures] == [["重点任务"], ["重点任务"]]


def test_a_first_heading_run_into_the_preamble_is_read_apart():
    document = outline(
        "为推进试点任务落地见效，制定如下实施方案。一、完善管理体制",
        "（1）落实展品进出境便利措施。（责任单位：海口海关）",
        "（2）取消拍卖许可。（责任单位：省商务厅）二、扩大对外开放",
        "（1）落实技术进出口便利化措施。（责任单位：省商务厅）",
    )
    assert [(m.number_raw, m.heading_path, m.text) for m in document.measures] == [
        ("（1）", ["完善管理体制"], "落实展品进出境便利措施。"), ("（2）", ["完善管理体制"], "取消拍卖许可。"),
        ("（1）", ["扩大对外开放"], "落实技术进出口便利化措施。"),
    ]


def test_a_sentence_before_a_numbered_sentence_stays_one_paragraph():
    document = outline(
        "一、重点任务",
        "1.建设服务平台。一、二级平台同步建设，分步推进。（责任单位：市商务局）",
    )
    assert [m.text for m in document.measures] == ["建设服务平台。一、二级平台同步建设，分步推进。"]


def test_a_heading_whose_first_siblings_were_lost_is_no_sub_item():
    document = outline(
        "（1）落实展品进出境便利措施。（责任单位：海口海关）",
        "二、扩大对外开放",
        "（1）落实技术进出口便利化措施。（责任单位：省商务厅）",
    )
    assert [(m.text, m.heading_path) for m in document.measures] == [
        ("落实展品进出境便利措施。", []), ("落实技术进出口便利化措施。", ["扩大对外开放"])]
    assert [codes(h) for h in document.tables[0].headings] == [["heading_gap"]]


def test_measures_numbered_through_the_sections_stay_under_their_headings():
    document = outline(
        "一、深化改革",
        "1.建设服务平台。（责任单位：市商务局）",
        "2.完善统计制度。（责任单位：市统计局）",
        "二、扩大开放",
        "3.培育市场主体。（责任单位：市市场监管局）",
    )
    assert [m.heading_path for m in document.measures] == [["深化改革"], ["深化改革"], ["扩大开放"]]


def test_measures_numbered_on_from_an_earlier_part_stay_inside_their_heading():
    document = outline(
        "（三）扩大对外开放",
        "55、落实技术进出口便利化措施。（责任单位：省商务厅）",
        "56、推动设立外资演出经纪机构。（责任单位：省旅文厅）",
    )
    assert [m.heading_path for m in document.measures] == [["扩大对外开放"], ["扩大对外开放"]]


def test_field_lines_after_sub_items_are_the_items():
    document = outline(
        "一、健全应急体系",
        "1.完善应急预案体系",
        "(1)修订总体应急预案；",
        "(2)编制专项应急预案。",
        "牵头单位：市应急管理局",
        "2.加强应急队伍建设",
        "牵头单位：市应急管理局",
    )
    assert [(m.number_raw, m.heading_path, m.text, m.responsibility) for m in document.measures] == [
        ("1.", ["健全应急体系"], "完善应急预案体系(1)修订总体应急预案；(2)编制专项应急预案。", "市应急管理局"),
        ("2.", ["健全应急体系"], "加强应急队伍建设", "市应急管理局"),
    ]


def test_a_plans_title_ending_with_the_short_name_its_notice_cites_ends_the_notice():
    document = outline(
        "现将《实施方案》印发给你们，并就有关事项通知如下：",
        "一、各责任单位要制定具体工作措施。",
        "二、从下季度开始，各责任单位要按季度报送进展。",
        "湘潭市现代服务业提质增效实施方案",
        "（一）发展现代物流",
        "1.建设区域性物流枢纽。（责任单位：市发展改革委）",
    )
    assert document.measures[0].heading_path == ["发展现代物流"]


def test_a_heading_that_opens_with_a_year_is_a_heading():
    document = outline(
        "一、2023年全区经济社会发展的主要预期目标",
        "（一）地区生产总值增长7%以上",
        "责任单位：区发展和改革局",
        "二、2023年全区重点工作任务",
        "1.全年完成固定资产投资增长10%。（责任单位：区发展和改革局）",
    )
    assert [(m.number_raw, m.heading_path) for m in document.measures] == [
        ("（一）", ["2023年全区经济社会发展的主要预期目标"]), ("1.", ["2023年全区重点工作任务"])]


def test_a_task_printed_as_labelled_lines_is_a_measure_with_the_labelled_text():
    document = outline(
        "一、优化政务服务",
        "工作任务：推行企业开办一日办结。",
        "牵头单位：区行政审批局",
        "完成时限：2023年6月底",
        "具体措施：推广惠企政策免申即享。",
        "牵头单位：区发展改革局",
    )
    assert [(m.number, m.heading_path, m.text, m.responsibility, m.deadline) for m in document.measures] == [
        (None, ["优化政务服务"], "推行企业开办一日办结。", "区行政审批局", "2023年6月底"),
        (None, ["优化政务服务"], "推广惠企政策免申即享。", "区发展改革局", None),
    ]


def test_a_cards_number_printed_before_its_label_numbers_it():
    document = outline(
        "一、扩大对外开放",
        "1.",
        "重点工作：支持跨境电商综合试验区建设。",
        "牵头单位：区发展改革局",
        "2.主要任务：推进综合保税区扩区。",
        "牵头单位：区商务局",
    )
    assert [(m.number_raw, m.heading_path, m.text) for m in document.measures] == [
        ("1.", ["扩大对外开放"], "支持跨境电商综合试验区建设。"), ("2.", ["扩大对外开放"], "推进综合保税区扩区。")]


def test_a_numbered_item_after_a_card_is_no_part_of_it():
    document = outline(
        "一、优化政务服务",
        "工作任务：推行企业开办一日办结。",
        "牵头单位：区行政审批局",
        "二、强化要素保障",
        "1.建立重点项目用地保障清单。（责任单位：区自然资源局）",
    )
    assert [(m.number_raw, m.heading_path) for m in document.measures] == [(None, ["优化政务服务"]), ("1.", ["强化要素保障"])]


def test_a_labelled_sentence_that_names_nobody_is_no_measure():
    document = outline(
        "一、总体要求",
        "主要任务：到2025年，建成服务贸易强市。",
        "二、重点任务",
        "1.建设服务平台。（责任单位：市商务局）",
    )
    assert [(m.number_raw, m.heading_path, m.text) for m in document.measures] == [("1.", ["重点任务"], "建设服务平台。")]


def _grid(*rows: list[str]) -> Grid:
    return Grid(rows=tuple(Row(cells=tuple(Cell(paragraphs=tuple(text.split("\n"))) for text in row)) for row in rows))


def _layout_document(*blocks):
    layout = Layout(source="cards.html", format="html", blocks=tuple(Paragraph(text=b) if isinstance(b, str) else b for b in blocks))
    source = SourceFile(path="cards.html", name="cards.html", sha256="0" * 64, format="html", size=0)
    return interpret(layout, source, DocumentHints(id="cards"))


def test_a_table_of_labels_and_values_is_read_as_a_card():
    document = _layout_document(
        "一、扩大对外开放",
        _grid(["1.\n重点工作", "支持跨境电商综合试验区建设。"], ["牵头单位", "区发展改革局"], ["配合单位", "区商务局"]),
        _grid(["2.\n重点工作：", "推进综合保税区扩区。"], ["牵头单位：", "区商务局"]),
    )
    assert [(m.number_raw, m.heading_path, m.text, m.responsibility, m.cooperating) for m in document.measures] == [
        ("1.", ["扩大对外开放"], "支持跨境电商综合试验区建设。", "区发展改革局", "区商务局"),
        ("2.", ["扩大对外开放"], "推进综合保税区扩区。", "区商务局", None),
    ]


def test_a_table_of_labels_that_names_nobody_is_no_card():
    with pytest.raises(NoTaskTable):
        _layout_document("一、扩大对外开放", _grid(["工作任务", "支持跨境电商综合试验区建设。"], ["完成时限", "2023年底"]))


def test_a_cards_rows_of_labels_outside_the_vocabulary_are_passed_over():
    document = _layout_document(
        _grid(["重点工作：", "支持综合保税区扩区。"], ["牵头单位：", "区商务局"],
              ["年度阶段性工作目标：", "第一季度：完成方案。"], ["第二季度：完成申报。"],
              ["进展落实情况：", "1.已报省政府。\n2.已完成论证。"]),
    )
    assert [(m.number, m.text, m.responsibility, m.deadline) for m in document.measures] == [
        (None, "支持综合保税区扩区。", "区商务局", None)]


def test_a_card_with_more_rows_of_unknown_labels_than_known_ones_is_no_card():
    with pytest.raises(NoTaskTable):
        _layout_document(_grid(["重点工作", "支持综合保税区扩区。"], ["牵头单位", "区商务局"],
                               ["年度目标", "完成方案。"], ["工作进展", "已报省政府。"], ["存在问题", "无。"]))


def test_a_row_of_two_sentences_is_no_label_a_card_passes_over():
    with pytest.raises(NoTaskTable):
        _layout_document(_grid(["重点工作", "支持综合保税区扩区。"], ["牵头单位", "区商务局"],
                               ["我区已于今年完成方案编制。", "已报省政府。"]))


def test_a_card_flattened_into_the_lines_of_a_paragraph_is_read():
    document = _layout_document(
        "一、扩大对外开放",
        "1.重点工作: | 支持跨境电商综合试验区建设。 |\n牵头单位: | 区发展改革局 |\n完成时限: | 2023年12月底 |",
    )
    assert [(m.number_raw, m.text, m.responsibility, m.deadline) for m in document.measures] == [
        ("1.", "支持跨境电商综合试验区建设。", "区发展改革局", "2023年12月底")]


def test_a_numbered_label_in_a_table_of_labels_and_values_numbers_the_card():
    document = _layout_document(
        "一、扩大对外开放",
        _grid(["（一）重点工作", "支持跨境电商综合试验区建设。"], ["牵头单位", "区发展改革局"]),
        _grid(["（二）重点工作", "推进综合保税区扩区。"], ["牵头单位", "区商务局"]),
    )
    assert [(m.number_raw, m.heading_path, m.text) for m in document.measures] == [
        ("（一）", ["扩大对外开放"], "支持跨境电商综合试验区建设。"), ("（二）", ["扩大对外开放"], "推进综合保税区扩区。")]


def test_a_line_of_cells_that_labels_nothing_is_read_as_printed():
    document = outline(
        "一、重点任务",
        "1.建设服务平台 | 统筹推进 |",
        "（责任单位：市商务局）",
    )
    assert [m.text for m in document.measures] == ["建设服务平台 | 统筹推进 |"]


def test_a_cards_task_label_groups_the_texts_labelled_as_measures_inside_it():
    document = outline(
        "重点工作：推进跨境电商综合试验区建设",
        "具体措施：培育一批跨境电商龙头企业。",
        "牵头单位：区商务局",
        "具体措施：建设跨境电商公共海外仓。",
        "牵头单位：区发展改革局",
        "重点工作：推进综合保税区扩区",
        "具体措施：完善保税物流功能。",
        "牵头单位：区商务局",
    )
    assert [(m.heading_path, m.text, m.responsibility) for m in document.measures] == [
        (["推进跨境电商综合试验区建设"], "培育一批跨境电商龙头企业。", "区商务局"),
        (["推进跨境电商综合试验区建设"], "建设跨境电商公共海外仓。", "区发展改革局"),
        (["推进综合保税区扩区"], "完善保税物流功能。", "区商务局"),
    ]


def test_an_information_row_above_the_list_is_not_its_title():
    document = outline(
        "发布机构 区人民政府办公室 文    号 某政办〔2023〕1号",
        "一、重点任务",
        "1.建设服务平台。（责任单位：区商务局）",
    )
    assert (document.tables[0].title, document.doc_no) == (None, "某政办〔2023〕1号")


def test_an_item_numbered_on_with_other_punctuation_by_a_slip_is_a_sibling():
    document = outline(
        "一、推动重点领域开放",
        "1.扩大科技服务开放。（责任单位：市科技局）",
        "2.推进电信服务开放。（责任单位：市通信管理局）",
        "3、优化通关流程。（责任单位：市税务局）",
        "4.加强人才保障。（责任单位：市人社局）",
    )
    assert [(m.number_raw, m.text, m.responsibility, m.heading_path) for m in document.measures] == [
        ("1.", "扩大科技服务开放。", "市科技局", ["推动重点领域开放"]),
        ("2.", "推进电信服务开放。", "市通信管理局", ["推动重点领域开放"]),
        ("3、", "优化通关流程。", "市税务局", ["推动重点领域开放"]),
        ("4.", "加强人才保障。", "市人社局", ["推动重点领域开放"]),
    ]


def test_items_in_the_other_punctuation_that_start_at_one_are_sub_items():
    document = outline(
        "一、推动重点领域开放",
        "1.扩大科技服务开放：",
        "1、支持外资研发中心。（责任单位：市科技局）",
        "2、建设国际合作平台。（责任单位：市商务局）",
        "2.推进电信服务开放。（责任单位：市通信管理局）",
    )
    assert [(m.number_raw, m.heading_path) for m in document.measures] == [
        ("1、", ["推动重点领域开放", "扩大科技服务开放"]), ("2、", ["推动重点领域开放", "扩大科技服务开放"]),
        ("2.", ["推动重点领域开放"])]


def test_a_convention_after_a_lead_in_adds_only_its_bodies_to_the_later_measures():
    # the remark of the first bracket names the measures it concerns (以下政策措施均需…) before its bodies
    document = outline(
        "一、落实财税政策",
        "1.设立工业强市专项引导资金。（责任单位：市工信局、市财政局等有关部门。以下政策措施均需各县区人民政府、园区管委会落实，不再单独列出）",
        "2.成立数字化转型工作专班。（责任单位：市工信局）",
    )
    assert [(c.body, c.from_measure) for c in document.conventions] == [("各县区人民政府、园区管委会", None)]
    from pilotplans.normalizers.links import normalise_document

    assert [(d.raw, d.column) for d in normalise_document(document).measures[1].departments] == [
        ("市工信局", "responsibility"), ("各县区人民政府", "convention"), ("园区管委会", "convention"),
    ]


def test_a_heading_that_names_the_owners_of_its_items_gives_them_to_each():
    document = outline(
        "一、强化科技创新（区科技局牵头）",
        "以深化科技体制改革为牵引，推进创新链产业链深度融合。",
        "（一）建设科创平台。推进平台、高校和企业结对合作。",
        "（二）支持研发投入。对研发费用增长的企业给予补助。",
        "二、扩大有效投资（区发改局牵头）",
        "（一）加快重大项目建设。全年实施重点项目100个以上。",
        "（二）强化要素保障。优先保障重大项目用地。",
    )
    assert [h.title for h in document.tables[0].headings] == ["强化科技创新", "扩大有效投资"]
    assert [(m.number_raw, m.heading_title, m.text, m.responsibility) for m in document.measures] == [
        ("（一）", "强化科技创新", "建设科创平台。推进平台、高校和企业结对合作。", "区科技局牵头"),
        ("（二）", "强化科技创新", "支持研发投入。对研发费用增长的企业给予补助。", "区科技局牵头"),
        ("（一）", "扩大有效投资", "加快重大项目建设。全年实施重点项目100个以上。", "区发改局牵头"),
        ("（二）", "扩大有效投资", "强化要素保障。优先保障重大项目用地。", "区发改局牵头"),
    ]
    assert [w.message for w in document.measures[0].warnings if w.code == "responsibility_on_heading"] == [
        "the responsibility (区科技局牵头) is printed on the heading 一、强化科技创新, whose items print none"]


def test_a_heading_with_one_item_owns_it_when_a_sibling_of_its_style_owns_several():
    # 木兰县优化营商环境工作方案 (木环组发〔2019〕1号): each （一） names the overall lead of the
    # items under it, and （二） has one item only; 3. is a measure, not the text of （二）
    document = outline(
        "二、任务分工",
        "(一)构建法治环境保障体系(总牵头单位:县委依法治县委员会办公室)",
        "1.各级领导干部要切实增强法治、规则、契约意识,依法处理问题、化解矛盾。",
        "2.深入推进严格规范公正文明执法,全面推行行政执法公示制度。",
        "(二)构建政务服务保障体系(总牵头单位:县营商局)",
        "3.深化“放管服”改革,推进审批服务便民化。",
    )
    assert [(m.number_raw, m.heading_title, m.text, m.responsibility) for m in document.measures] == [
        ("1.", "构建法治环境保障体系", "各级领导干部要切实增强法治、规则、契约意识,依法处理问题、化解矛盾。", "县委依法治县委员会办公室"),
        ("2.", "构建法治环境保障体系", "深入推进严格规范公正文明执法,全面推行行政执法公示制度。", "县委依法治县委员会办公室"),
        ("3.", "构建政务服务保障体系", "深化“放管服”改革,推进审批服务便民化。", "县营商局"),
    ]


def test_a_chapter_heading_with_one_item_owns_it():
    # 婺城区 若干政策举措 (SOURCES.md): 一、 names its lead, an introduction follows, then its items;
    # with one item only, that item was read as the text of a measure 一、 run into its title
    document = outline(
        "一、强化科技创新（区科技局牵头）",
        "以深化科技体制改革为牵引，推进创新链产业链深度融合。",
        "（一）建设科创平台。推进平台、高校和企业结对合作。",
    )
    assert [(m.number_raw, m.heading_title, m.text, m.responsibility) for m in document.measures] == [
        ("（一）", "强化科技创新", "建设科创平台。推进平台、高校和企业结对合作。", "区科技局牵头")]
    assert [w.code for w in document.measures[0].warnings] == ["responsibility_on_heading"]


def test_a_chapter_item_that_is_a_sentence_keeps_its_one_item_as_its_text():
    document = outline(
        "一、加强统筹协调。建立联席会议制度。（市商务局牵头）",
        "（一）每季度召开一次会议。",
    )
    assert [(m.number_raw, m.text, m.responsibility) for m in document.measures] == [
        ("一、", "加强统筹协调。建立联席会议制度。（一）每季度召开一次会议。", "市商务局牵头")]


def test_a_heading_with_one_item_stays_a_measure_when_no_sibling_of_its_style_owns_several():
    document = outline(
        "一、重点任务",
        "（一）推进贸易便利化（牵头单位：市商务局）",
        "1.优化通关流程。",
        "（二）发展数字贸易（牵头单位：市工信局）",
        "1.培育数字贸易企业。",
    )
    assert [(m.number_raw, m.text, m.responsibility) for m in document.measures] == [
        ("（一）", "推进贸易便利化1.优化通关流程。", "市商务局"),
        ("（二）", "发展数字贸易1.培育数字贸易企业。", "市工信局"),
    ]


def test_a_measure_whose_sentence_carries_the_owners_keeps_its_sub_items_as_its_text():
    document = outline(
        "二、重点任务",
        "1.建设跨境电商产业园。（市商务局牵头）",
        "（1）引进平台企业。",
        "（2）培育服务商。",
    )
    assert [(m.number_raw, m.text, m.responsibility) for m in document.measures] == [
        ("1.", "建设跨境电商产业园。（1）引进平台企业。（2）培育服务商。", "市商务局牵头"),
    ]
    assert not [w for w in document.measures[0].warnings if w.code == "responsibility_on_heading"]


def test_an_item_with_owners_beside_measures_of_its_style_keeps_its_sub_items_as_its_text():
    # 2. and 3. are measures standing alone: 1. is one of them, not a heading over (1) and (2)
    document = outline(
        "一、重点任务",
        "1.推进贸易便利化（市商务局牵头）",
        "（1）优化通关流程，压缩整体通关时间。",
        "（2）提升口岸效率，推广提前申报。",
        "2.发展数字贸易。（责任单位：市工信局、市商务局）",
        "3.培育外贸主体。（责任单位：市商务局）",
    )
    assert [(m.number_raw, m.text, m.responsibility) for m in document.measures] == [
        ("1.", "推进贸易便利化（1）优化通关流程，压缩整体通关时间。（2）提升口岸效率，推广提前申报。", "市商务局牵头"),
        ("2.", "发展数字贸易。", "市工信局、市商务局"),
        ("3.", "培育外贸主体。", "市商务局"),
    ]
    assert not [w for m in document.measures for w in m.warnings if w.code == "responsibility_on_heading"]


def test_a_bracket_wrapped_over_lines_by_the_extraction_is_read_whole():
    document = outline(
        "一、提升政务服务效能",
        "1.加大简政放权力度。承接好省下放行政许可事项，推进相对集中行政许可权改革试点。（牵头单位：州行政审批服务局；",
        "责任单位：州司法局、州委编办，各县市人民政府、经开区管委会，6月底完成）",
        "2.开办企业一窗通办。实现开办企业全流程1个环节、1天办结。（",
        "牵头单位：州市场监管局）",
    )
    assert [(m.number_raw, m.text, m.responsibility, m.deadline) for m in document.measures] == [
        ("1.", "加大简政放权力度。承接好省下放行政许可事项，推进相对集中行政许可权改革试点。",
         "牵头单位：州行政审批服务局；责任单位：州司法局、州委编办，各县市人民政府、经开区管委会", "6月底完成"),
        ("2.", "开办企业一窗通办。实现开办企业全流程1个环节、1天办结。", "州市场监管局", None),
    ]


def test_a_field_line_after_a_bracket_that_holds_text_is_still_a_field_line():
    # the open bracket holds a parenthesis of the text (名称申报、…), not the start of a field line
    document = outline(
        "一、提升政务服务效能",
        "1.开办企业一窗通办。实现开办企业全流程（名称申报、企业登记",
        "牵头单位：州市场监管局",
    )
    assert [(m.text, m.responsibility) for m in document.measures] == [
        ("开办企业一窗通办。实现开办企业全流程（名称申报、企业登记", "州市场监管局"),
    ]


def test_field_lines_run_into_the_next_item_are_read_apart():
    # a page that lost its line breaks: each item's field lines run into the next item's number
    document = outline(
        "一、主要预期目标",
        "1.地区生产总值增长6%左右。牵头单位:区发改局责任单位:经济开发区,全区经济运行各专班"
        "2.一般公共预算收入增长8%左右。牵头单位:区财政局责任单位:各街道,税务局完成时限:2023年12月底",
    )
    assert [(m.number_raw, m.text, m.responsibility, m.deadline) for m in document.measures] == [
        ("1.", "地区生产总值增长6%左右。", "牵头单位:区发改局；责任单位:经济开发区,全区经济运行各专班", None),
        ("2.", "一般公共预算收入增长8%左右。", "牵头单位:区财政局；责任单位:各街道,税务局", "2023年12月底"),
    ]


def test_a_figure_in_a_field_line_is_not_the_next_items_number():
    document = outline(
        "一、保障措施",
        "1.加大资金投入。设立专项资金。",
        "责任单位：市财政局安排资金2.5亿元",
        "2.强化人才支撑。引进高层次人才。（责任单位：市人社局）",
    )
    assert [(m.number_raw, m.responsibility) for m in document.measures] == [
        ("1.", "市财政局安排资金2.5亿元"), ("2.", "市人社局"),
    ]


def test_a_number_inside_a_headings_title_is_not_its_first_item():
    document = outline(
        "一、构建1.5小时经济圈",
        "1.完善交通网络。（责任单位：市交通局）",
        "二、打造1小时通勤圈",
        "1.优化公交线路。（责任单位：市公交集团）",
    )
    assert [h.title for h in document.tables[0].headings] == ["构建1.5小时经济圈", "打造1小时通勤圈"]
    assert [(m.number_raw, m.heading_title) for m in document.measures] == [
        ("1.", "构建1.5小时经济圈"), ("1.", "打造1小时通勤圈"),
    ]


def test_a_headings_title_run_into_its_first_item_is_read_apart():
    document = outline(
        "一、提升政务服务效能1.加大简政放权力度。承接好省下放事项。（牵头单位：州审批局）"
        "2.推动政务服务导则落实。完善便民服务大厅功能。（牵头单位：州政务服务中心）",
        "二、优化市场环境",
        "（一）开办企业领域。1.提升登记便利度。实现1天办结。（牵头单位：州市场监管局）",
    )
    assert [h.title for h in document.tables[0].headings] == ["提升政务服务效能", "优化市场环境", "开办企业领域"]
    assert [(m.number_raw, m.heading_title, m.responsibility) for m in document.measures] == [
        ("1.", "提升政务服务效能", "州审批局"), ("2.", "提升政务服务效能", "州政务服务中心"),
        ("1.", "开办企业领域", "州市场监管局"),
    ]
    assert not [w for m in document.measures for w in m.warnings if w.code == "number_gap"]


def test_a_first_heading_run_into_the_preamble_and_its_first_item_is_read_apart():
    # a page that lost every line break (鞍山市立山区 2023): …制定分工方案如下。一、…目标1.努力…
    document = outline(
        "为做好今年政府工作，现就全区2023年重点工作，制定分工方案如下。一、经济社会发展的主要预期目标"
        "1.努力实现地区生产总值增长6.2%左右。牵头单位:区发改局责任单位:立山经济开发区"
        "2.规模以上工业增加值增长5%左右。牵头单位:区工信局",
    )
    assert [(m.number_raw, m.heading_title, m.text, m.responsibility) for m in document.measures] == [
        ("1.", "经济社会发展的主要预期目标", "努力实现地区生产总值增长6.2%左右。", "牵头单位:区发改局；责任单位:立山经济开发区"),
        ("2.", "经济社会发展的主要预期目标", "规模以上工业增加值增长5%左右。", "区工信局"),
    ]


def test_numbers_inside_a_quoted_term_of_a_run_on_headings_title_are_no_items():
    # “1、2、3” is the term's, not the first item under 一、
    document = outline(
        "为做好今年工作，制定分工方案如下。一、实施“1、2、3”提升工程1.建设服务平台。牵头单位:区商务局"
        "2.完善物流体系。牵头单位:区发改局",
    )
    assert [(m.number_raw, m.heading_title, m.text, m.responsibility) for m in document.measures] == [
        ("1.", "实施“1、2、3”提升工程", "建设服务平台。", "区商务局"),
        ("2.", "实施“1、2、3”提升工程", "完善物流体系。", "区发改局"),
    ]


def test_a_numbered_sentence_run_into_a_sentence_is_no_heading_over_an_item():
    document = outline(
        "一、重点任务",
        "1.建设服务平台。一、二级平台同步建设，（1）号楼先行。（责任单位：市商务局）",
    )
    assert [(m.number_raw, m.text) for m in document.measures] == [("1.", "建设服务平台。一、二级平台同步建设，（1）号楼先行。")]


def test_a_list_whose_first_item_is_lost_warns_that_it_starts_past_one():
    document = outline(
        "一、提升政务服务效能",
        "2.推动政务服务导则落实。完善便民服务大厅功能。（牵头单位：州政务服务中心）",
        "3.推行承诺制。扩大承诺制审批范围。（牵头单位：州审批局）",
    )
    assert [(m.number_raw, [w.message for w in m.warnings if w.code == "number_gap"]) for m in document.measures] == [
        ("2.", ["measure 1 is missing (the numbering starts at 2)"]), ("3.", []),
    ]


def test_a_numbering_that_goes_on_after_items_of_another_style_does_not_warn():
    document = outline(
        "一、重点任务",
        "1.建设服务平台。（责任单位：市商务局）",
        "2.培育市场主体。",
        "（1）引进龙头企业。（责任单位：市投促局）",
        "（2）培育本土企业。（责任单位：市工信局）",
        "3.优化营商环境。（责任单位：市发改委）",
    )
    assert [m.number_raw for m in document.measures] == ["1.", "（1）", "（2）", "3."]
    assert not [w for m in document.measures for w in m.warnings if w.code == "number_gap"]


def test_field_labels_printed_in_lenticular_brackets_are_field_lines():
    document = outline(
        "一、深化流通体制改革",
        "1.提高流通管理效能。理顺区县商务部门职能。",
        "【牵头单位】市商务局",
        "【配合单位】市委编办、市发改委、各区县政府",
        "2.规范市场秩序。严厉打击制售假冒伪劣商品行为。【牵头单位】市市场监管局【配合单位】市公安局",
    )
    assert [(m.number_raw, m.text, m.responsibility, m.cooperating) for m in document.measures] == [
        ("1.", "提高流通管理效能。理顺区县商务部门职能。", "市商务局", "市委编办、市发改委、各区县政府"),
        ("2.", "规范市场秩序。严厉打击制售假冒伪劣商品行为。", "市市场监管局", "市公安局"),
    ]


def test_other_words_in_lenticular_brackets_are_no_field_line():
    document = outline(
        "一、深化流通体制改革",
        "1.提高流通管理效能。理顺区县商务部门职能。（责任单位：市商务局）",
        "【典型案例】某区推行一窗通办。",
    )
    assert [(m.text, m.responsibility) for m in document.measures] == [
        ("提高流通管理效能。理顺区县商务部门职能。", "市商务局"),
    ]


def test_a_headings_title_is_its_own_line_not_the_sentence_after_it():
    document = outline(
        "二、主要指标",
        "到2025年，全市经济社会发展主要指标如下：",
        "1.地区生产总值年均增长7%以上。（预期性指标，牵头单位：市发改委；责任单位：市统计局）",
        "2.常住人口城镇化率达到65%。（预期性指标，牵头单位：市发改委；责任单位：市公安局）",
        "三、重点任务一是加快推进服务业扩大开放综合",
        "试点工作",
        "1.建设服务平台。（责任单位：市商务局）",
    )
    assert [h.title for h in document.tables[0].headings] == ["主要指标", "重点任务一是加快推进服务业扩大开放综合试点工作"]


def test_a_word_before_a_brackets_labelled_lists_is_its_remark_and_a_convention_after_a_comma_applies():
    document = outline(
        "二、主要指标",
        "1.地区生产总值年均增长7%以上。（预期性指标，牵头单位：市发改委；责任单位：市统计局，以下均需各县市区落实，不再逐一列出）",
        "2.常住人口城镇化率达到65%。（约束性指标，牵头单位：市发改委；责任单位：市公安局）",
    )
    first, second = document.measures
    assert (first.responsibility, first.remarks) == (
        "牵头单位：市发改委；责任单位：市统计局，以下均需各县市区落实，不再逐一列出", "预期性指标；以下均需各县市区落实，不再逐一列出")
    assert (second.responsibility, second.remarks) == ("牵头单位：市发改委；责任单位：市公安局", "约束性指标")
    assert [(c.kind, c.body) for c in document.conventions] == [("added_body", "各县市区")]


def test_a_body_before_a_brackets_labelled_lists_stays_a_body():
    document = outline(
        "二、主要任务",
        "1.建设服务平台。（市商务局，配合单位：市财政局）",
    )
    assert [(m.responsibility, m.cooperating, m.remarks) for m in document.measures] == [("市商务局", "市财政局", None)]


def test_a_numbering_that_goes_on_under_the_next_heading_does_not_warn():
    document = outline(
        "一、完善管理体制",
        "1.建立联席会议制度。（市商务局牵头）",
        "2.健全统计监测体系。（市统计局牵头）",
        "二、扩大对外开放",
        "3.推进服务业重点领域开放。（市发改委牵头）",
        "4.便利人员往来。（市公安局牵头）",
    )
    assert [m.number_raw for m in document.measures] == ["1.", "2.", "3.", "4."]
    assert not [w for m in document.measures for w in m.warnings if w.code == "number_gap"]


def test_a_web_pages_footer_copied_with_the_text_continues_no_item():
    document = outline(
        "一、重点任务",
        "1.营造公平准入环境。定期公布项目机会清单。",
        "牵头单位：市发改委",
        "完成时限：2024年6月底前",
        "【打印本页】【关闭窗口】",
        "主办单位：某某市人民政府办公厅　承办单位：某某市大数据局",
        "网站标识码：6101000035　陕ICP备05001581号",
    )
    assert [(m.responsibility, m.deadline) for m in document.measures] == [("市发改委", "2024年6月底前")]


def test_a_field_line_after_an_item_with_field_lines_still_joins_it_without_a_page_end():
    document = outline(
        "一、重点任务",
        "1.营造公平准入环境。定期公布项目机会清单。",
        "牵头单位：市发改委",
        "完成时限：2024年6月底前",
        "配合单位：市财政局",
    )
    assert [(m.responsibility, m.cooperating, m.deadline) for m in document.measures] == [("市发改委", "市财政局", "2024年6月底前")]


def test_a_title_printed_after_a_dash_between_items_is_a_sub_heading_of_them():
    document = outline(
        "一、深化改革，释放发展活力",
        "——在推进产业转型上保持定力",
        "1、加快园区建设，提高工业用地集约利用水平。（牵头单位：区经信局；责任单位：开发区管委会）",
        "2、发展开放型经济，培育外贸主体。（责任单位：区商务局）",
        "——在推进“放管服”改革上精准发力",
        "3、推进“四办”改革，优化审批流程。（牵头单位：区行政审批局）",
        "二、改善民生",
        "4、扩大就业。（责任单位：区人社局）",
    )
    assert [h.title for h in document.tables[0].headings] == [
        "深化改革，释放发展活力", "在推进产业转型上保持定力", "在推进“放管服”改革上精准发力", "改善民生"]
    assert [(m.number_raw, m.heading_title, m.responsibility) for m in document.measures] == [
        ("1、", "在推进产业转型上保持定力", "牵头单位：区经信局；责任单位：开发区管委会"),
        ("2、", "在推进产业转型上保持定力", "区商务局"),
        ("3、", "在推进“放管服”改革上精准发力", "区行政审批局"),
        ("4、", "改善民生", "区人社局"),
    ]
    assert not [w for m in document.measures for w in m.warnings if w.code == "number_gap"]


def test_dash_lines_that_continue_a_lead_in_or_say_a_sentence_are_no_sub_headings():
    document = outline(
        "一、发展目标",
        "到2025年，全区主要目标如下：",
        "——产业结构持续优化",
        "——营商环境显著改善",
        "二、重点任务",
        "1、加快园区建设。（责任单位：区经信局）",
        "——这一年，园区产值突破百亿元。",
        "2、发展开放型经济。（责任单位：区商务局）",
    )
    assert [h.title for h in document.tables[0].headings] == ["重点任务"]
    assert [(m.number_raw, m.heading_title) for m in document.measures] == [("1、", "重点任务"), ("2、", "重点任务")]


@pytest.mark.parametrize(("text", "reads"), [
    ("推进简政放权,释放发展活力", True),
    ("优审批、强监管，提升项目审批质效", True),
    ("严格落实制度,开展监督,实施评查,加强考核", False),
    ("到2025年,全市服务贸易进出口额达到300亿美元。", False),
    ("总体要求：坚持稳中求进", False),
])
def test_a_heading_title_may_be_phrases_joined_by_commas_but_no_sentence(text, reads):
    from pilotplans.parsers.headings import looks_like_phrased_title

    assert looks_like_phrased_title(text) is reads


def test_a_later_heading_run_into_a_sentence_opens_nothing_without_its_first_item():
    document = outline(
        "某市实施方案已经市政府同意。二、推进改革,各单位要抓好落实。",
        "1.推进审批提速。（责任单位：市政务服务局）",
    )
    assert [(m.number_raw, m.heading_title, m.responsibility) for m in document.measures] == [
        ("1.", None, "市政务服务局")]


BREAKDOWN = FIXTURES / "notices" / "task-breakdown-under-breadcrumbs.txt"


def test_a_first_lead_convention_naming_the_lead_or_the_gatherer_is_read_from_a_field_lines_bracket():
    # 丽水市 市政府工作报告重点工作责任分解(2023年): 责任单位:X、Y…(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)
    document = read_document(BREAKDOWN)
    assert [(c.kind, c.from_measure) for c in document.conventions] == [("first_lead", 2)]
    assert [c.text for c in document.conventions] == ["除标注“分别牵头”外,列第一位为牵头或汇总单位,下同"]
    assert [[(d.raw, d.role) for d in m.departments] for m in document.measures] == [
        [("市发改委", "carry_out")],
        [("市发改委", "lead"), ("市经信局", "carry_out"), ("市财政局", "carry_out")],
        [("市人力社保局", "lead"), ("市农业农村局", "lead")],
        [("市商务局", "lead"), ("市税务局", "carry_out")],
    ]


def test_a_lead_or_gatherer_phrase_that_is_no_convention_leaves_the_list_as_printed(tmp_path):
    document = read_lines(
        tmp_path,
        "一、重点任务",
        "1.建设服务平台。（责任单位：市商务局、市财政局。市商务局为汇总单位）",
        "2.完善统计制度。（责任单位：市统计局、市商务局）",
    )
    assert document.conventions == []
    assert [[(d.raw, d.role) for d in m.departments] for m in document.measures] == [
        [("市商务局", "carry_out"), ("市财政局", "carry_out")], [("市统计局", "carry_out"), ("市商务局", "carry_out")]]


def test_a_page_printed_as_one_line_is_read_from_the_first_heading_after_its_site_words():
    # 丽水市 2023 责任分解 as a page that lost its line breaks: breadcrumbs, title and 信息来源 run
    # into 一、, field lines into the next item and into the next heading, measures numbered on
    document = read_document(FIXTURES / "notices" / "task-breakdown-one-line-page.txt")
    assert [(m.number_raw, m.heading_path, m.text, m.responsibility) for m in document.measures] == [
        ("1.", ["全市经济社会发展主要预期目标"], "生产总值增长6%以上。", "市发改委"),
        ("2.", ["全市经济社会发展主要预期目标"], "研发投入强度达到2.3%。", "市科技局"),
        ("3.", ["全市经济社会发展主要预期目标"], "外贸出口增长5%。", "市商务局、市税务局"),
        ("4.", ["重点抓好三方面工作", "全力以赴稳增长"], "实施招商引资行动,每年招引亿元以上制造业项目100个。", "市招商办、市发改委"),
    ]


def test_a_numeral_before_a_comma_in_a_pages_words_opens_no_heading(tmp_path):
    document = read_lines(tmp_path, "当前位置:首页第一、二批试点经验推广一、重点任务1.建设服务平台。（责任单位：市商务局）")
    assert [(m.heading_path, m.text, m.responsibility) for m in document.measures] == [
        (["重点任务"], "建设服务平台。", "市商务局")]


def test_a_field_line_run_into_an_items_text_without_a_full_stop_is_read_apart():
    # 蔡甸区 2023 目标任务责任分解 as a page that lost its line breaks: (一)地区生产总值增长7%以上责任单位:…(二)…
    document = read_document(FIXTURES / "notices" / "district-targets-one-line-page.txt")
    assert [(m.number_raw, m.text, m.responsibility) for m in document.measures] == [
        ("(一)", "地区生产总值增长7%以上", "区发展和改革局"),
        ("(二)", "规上工业增加值增长12%以上", "区科技和经信局"),
        ("(三)", "固定资产投资增长10%以上", "区发展和改革局"),
    ]


def test_a_label_inside_an_items_sentence_is_no_field_line(tmp_path):
    document = read_lines(tmp_path, "一、重点任务", "1.完善考核办法,考核结果报送牵头单位:市考核办备案。（责任单位：市商务局）")
    assert [(m.text, m.responsibility) for m in document.measures] == [
        ("完善考核办法,考核结果报送牵头单位:市考核办备案。", "市商务局")]


def test_measures_whose_numbers_carry_a_flag_are_measures_numbered_as_printed():
    # 黄埔区 打造国际一流营商环境行动方案 (2022): 1* .开展… / 2*.开展… mark its new measures
    document = read_document(FIXTURES / "notices" / "starred-measures.txt")
    assert [(m.number_raw, m.number, m.heading_path[-1], m.responsibility, codes(m)) for m in document.measures] == [
        ("1* .", 1, "企业开办、经营及退出", "区市场监管局", []),
        ("2*.", 2, "企业开办、经营及退出", "区市场监管局、区政务服务数据管理局", []),
        ("3.", 3, "企业开办、经营及退出", "区发展改革局", []),
    ]


def test_a_one_line_pages_headings_run_into_measures_numbered_through_them_are_read_apart(tmp_path):
    document = read_lines(
        tmp_path,
        "一、稳增长1.实施招商引资行动。责任单位:市招商办2.扩大有效投资。责任单位:市发改委"
        "二、促开放3.发展跨境电商。责任单位:市商务局")
    assert [(m.number_raw, m.heading_path, m.text, m.responsibility) for m in document.measures] == [
        ("1.", ["稳增长"], "实施招商引资行动。", "市招商办"),
        ("2.", ["稳增长"], "扩大有效投资。", "市发改委"),
        ("3.", ["促开放"], "发展跨境电商。", "市商务局"),
    ]


def test_a_field_label_longer_than_eight_characters_run_into_a_one_line_pages_text_is_cut_off_whole(tmp_path):
    document = read_lines(
        tmp_path,
        "一、重点任务1.推进项目建设增长7%以上牵头单位及配合单位:区发展和改革局、区财政局。"
        "2.建设服务平台。责任单位:区商务局")
    assert [(m.number_raw, m.text, m.responsibility) for m in document.measures] == [
        ("1.", "推进项目建设增长7%以上", "区发展和改革局、区财政局"),
        ("2.", "建设服务平台。", "区商务局"),
    ]


def test_a_long_field_label_inside_a_sentence_that_goes_on_is_the_texts_own(tmp_path):
    document = read_lines(
        tmp_path,
        "一、重点任务1.推进项目建设，报送牵头单位及配合单位:区发展和改革局备案，按月通报。（责任单位：区商务局）"
        "2.建设服务平台。责任单位:区商务局")
    assert [(m.number_raw, m.text, m.responsibility) for m in document.measures] == [
        ("1.", "推进项目建设，报送牵头单位及配合单位:区发展和改革局备案，按月通报。", "区商务局"),
        ("2.", "建设服务平台。", "区商务局"),
    ]


# 运城市突发事件应急体系建设“十三五”规划责任分解 (2017): an item's bracket printed after its
# sub-items, on a line of its own
YUNCHENG_LINES = (
    "一、具体建设任务",
    "1.完善应急预案体系",
    "(1)加强应急预案管理,规范应急预案编制。",
    "(2)推进政府及其部门应急预案“精编化”。",
    "(3)加强应急预案演练,完善演练管理制度。",
    "(责任单位:市直各有关单位、各县(市、区)人民政府)",
    "2.健全应急管理体制和运行机制",
    "(1)深入推进应急管理办事机构建设。",
    "(2)健全应急联动机制。",
    "(责任单位:市应急办)",
)


def _reading_codes(measure) -> list[str]:
    """A measure's warnings about how it was read (its bodies' resolution aside: no place here)."""
    return [c for c in codes(measure) if c != "department_unresolved"]


def _readings(document):
    return [(m.number_raw, m.heading_path, m.text, m.responsibility, _reading_codes(m)) for m in document.measures]


def test_an_items_bracket_after_its_sub_items_on_a_one_line_page_is_the_items_as_on_the_multi_line_page(tmp_path):
    (tmp_path / "one").mkdir()
    one_line = read_lines(tmp_path / "one", "".join(YUNCHENG_LINES))
    assert _readings(one_line) == [
        ("1.", ["具体建设任务"], "完善应急预案体系(1)加强应急预案管理,规范应急预案编制。(2)推进政府及其部门应急预案“精编化”。"
         "(3)加强应急预案演练,完善演练管理制度。", "市直各有关单位、各县(市、区)人民政府", []),
        ("2.", ["具体建设任务"], "健全应急管理体制和运行机制(1)深入推进应急管理办事机构建设。(2)健全应急联动机制。", "市应急办", []),
    ]
    assert _readings(one_line) == _readings(read_lines(tmp_path, *YUNCHENG_LINES))


def test_sub_items_with_brackets_of_their_own_on_a_one_line_page_keep_them(tmp_path):
    document = read_lines(
        tmp_path,
        "一、具体建设任务1.完善应急预案体系(1)加强应急预案管理。(责任单位:市应急办)(2)推进应急预案精编化。"
        "(责任单位:市司法局)(3)加强应急预案演练。(责任单位:市直各有关单位)")
    assert [(m.number_raw, m.text, m.responsibility) for m in document.measures] == [
        ("(1)", "加强应急预案管理。", "市应急办"),
        ("(2)", "推进应急预案精编化。", "市司法局"),
        ("(3)", "加强应急预案演练。", "市直各有关单位"),
    ]


def test_a_bracket_on_the_last_sub_items_own_line_stays_the_sub_items(tmp_path):
    document = read_lines(
        tmp_path, "一、具体建设任务", "1.完善应急预案体系", "(1)加强应急预案管理。", "(2)推进应急预案精编化。(责任单位:市应急办)")
    assert [(m.number_raw, m.responsibility, _reading_codes(m)) for m in document.measures] == [
        ("(1)", None, ["responsibility_missing"]), ("(2)", "市应急办", []),
    ]


def test_a_one_line_pages_title_run_into_a_series_of_items_numbered_at_sentences_ends_is_read_apart(tmp_path):
    # 兰州市争取国家支持重点事项分工方案, printed as one line: its title runs into 1、 with nothing between
    document = read_lines(
        tmp_path,
        "兰州市争取国家支持重点事项分工方案1、在兰州设立综合配套改革试验区事宜由杨志武副市长负责，市发改委牵头，相关部门配合，"
        "尽快完成实施方案。2、大气污染防治对策研究项目由吴继德副市长负责，市环保局牵头，相关部门配合，细化分工。"
        "3、兰州城市轨道交通项目由吴继德副市长负责，市建设局牵头，市发改委配合，修改完善项目建设方案。")
    assert [(m.number_raw, m.responsibility) for m in document.measures] == [
        ("1、", "市发改委牵头，相关部门配合"), ("2、", "市环保局牵头，相关部门配合"), ("3、", "市建设局牵头，市发改委配合")]


def test_a_one_line_pages_first_heading_run_into_its_text_is_read_apart_when_its_bracket_closes_before_the_next(tmp_path):
    # 云南省人民政府关于进一步促进全省经济持续平稳发展的意见, printed as one line: 一、's title runs into its text
    document = read_lines(
        tmp_path,
        "云南省人民政府关于进一步促进全省经济持续平稳发展的意见各州、市、县、区人民政府：现提出以下意见：一、推进重大项目建设"
        "建立健全领导联系重点项目制度，确保一批重大工程项目开工建设。（省发展改革委、财政厅牵头；各州、市人民政府配合）"
        "二、加强城市基础设施投入省财政筹措3亿元资金支持城市重大基础设施建设。（省住房城乡建设厅牵头）")
    assert [(m.number_raw, m.text, m.responsibility) for m in document.measures] == [
        ("一、", "推进重大项目建设建立健全领导联系重点项目制度，确保一批重大工程项目开工建设。",
         "省发展改革委、财政厅牵头；各州、市人民政府配合"),
        ("二、", "加强城市基础设施投入省财政筹措3亿元资金支持城市重大基础设施建设。", "省住房城乡建设厅牵头"),
    ]


def test_two_numbers_in_a_sentence_with_no_owner_between_them_cut_no_line():
    text = "某某市工作方案1、加强组织领导。2、落实责任分工。"
    assert next_cut(text, [], {}) == len(text)


def test_a_series_is_read_from_the_one_after_a_colon_not_a_numeral_inside_a_word():
    text = "关于统一、规范管理的意见：一、加强组织领导建立联席会议制度。（市政府办牵头）二、落实责任分工。（市发改委牵头）"
    assert next_cut(text, [], {}) == text.index("：") + 1


def test_the_last_figure_of_a_number_run_into_a_heading_opens_no_item(tmp_path):
    document = read_lines(tmp_path, "一、重点工作31.实施项目。责任单位:市发改委")
    assert [(m.number_raw, m.text) for m in document.measures] == [("一、", "重点工作31.实施项目。")]


def test_a_sites_footer_run_into_the_last_item_of_a_one_line_page_leaves_the_item(tmp_path):
    # 南府办〔2021〕12号 as a page that lost its line breaks, its footer run into the last bracket
    document = read_lines(
        tmp_path,
        "南宁市推进服务贸易创新发展实施方案一、重点任务（一）推进服务贸易便利化。建立服务贸易统计监测体系。（责任单位：市商务局、市统计局）"
        "（二）加强金融支持。鼓励金融机构创新产品。（责任单位：市金融办、人民银行南宁中心支行）"
        "主办单位：南宁市人民政府办公室　承办单位：南宁市大数据发展局网站标识码：4501000001　桂ICP备05001234号")
    assert [(m.number_raw, m.text, m.responsibility) for m in document.measures] == [
        ("（一）", "推进服务贸易便利化。建立服务贸易统计监测体系。", "市商务局、市统计局"),
        ("（二）", "加强金融支持。鼓励金融机构创新产品。", "市金融办、人民银行南宁中心支行"),
    ]


def test_a_last_items_own_host_line_run_into_it_is_no_footer(tmp_path):
    document = read_lines(tmp_path, "一、重点任务（一）建设服务平台。（责任单位：市商务局）（二）完善统计制度。主办单位：市统计局")
    assert [(m.number_raw, m.responsibility) for m in document.measures] == [("（一）", "市商务局"), ("（二）", "市统计局")]


# Plans written as articles (若干规定: 第一章 总则 / 第一条 … / 第二章 … / 第二条 …（牵头责任单位：…）):
# the shape of 湘阴县进一步优化营商环境的若干规定 (SOURCES.md; tests/fixtures/plans/pingjiang-article-rules.txt).

def test_chapters_hold_articles_and_the_articles_are_the_measures():
    document = outline(
        "第一章  总  则",
        "第一条  为提升行政效能，优化营商环境，制定本规定。",
        "第二章  推进政务服务改革",
        "第二条  推进“一件事”一窗办。设立综合受理窗口。（牵头责任单位：县政务服务中心；责任单位：各相关单位）",
        "第三条  推进政务服务事项网上办。（牵头责任单位：县政务服务中心；责任单位：各相关单位）",
    )
    assert [(m.number_raw, m.heading_path, m.text) for m in document.measures] == [
        ("第二条", ["推进政务服务改革"], "推进“一件事”一窗办。设立综合受理窗口。"),
        ("第三条", ["推进政务服务改革"], "推进政务服务事项网上办。"),
    ]
    # 第一条 (the general provision) precedes 第二条: no measure is missing, the article not read is said
    assert [[w.code for w in m.warnings] for m in document.measures] == [["items_skipped"], []]


def test_a_measure_going_on_from_items_that_name_no_owner_says_so():
    # 1. and 2. print no owners (their owners lost, or printed where no reader looks): they are not
    # measures, and 3. says the numbering went on from them instead of nothing at all. (The owners
    # printed first in brackets, 1.【区政务服务中心】推行…, are read since prose4: test_prose_leftovers.py)
    document = outline(
        "一、提升政务服务效能",
        "1.推行一网通办。",
        "2.推行告知承诺制。",
        "二、降低企业成本",
        "3.推行减税降费。（责任单位：区税务局）",
        "4.降低用电成本。（责任单位：区发改局）",
    )
    assert [(m.number_raw, [w.message for w in m.warnings]) for m in document.measures] == [
        ("3.", ["the numbering goes on from items up to 2 printed before, which name no owner and are not read as "
                "measures (a section of targets, or measures whose owners are printed otherwise?)"]),
        ("4.", [])]


def test_a_numbering_that_starts_at_one_among_the_measures_skips_nothing():
    document = outline(
        "一、主要目标",
        "到2025年，全区市场主体达到10万户。",
        "二、重点任务",
        "1.推行减税降费。（责任单位：区税务局）",
        "2.降低用电成本。（责任单位：区发改局）",
    )
    assert [[w.code for w in m.warnings] for m in document.measures] == [[], []]


def test_parts_keep_their_numbered_chapters_under_them():
    document = outline(
        "第一部分  重点任务",
        "一、推进政务服务改革",
        "1.推进一窗办。（责任单位：县政务服务中心）",
        "第二部分  保障措施",
        "一、加强组织领导",
    )
    assert [(m.number_raw, m.heading_path) for m in document.measures] == [("1.", ["重点任务", "推进政务服务改革"])]


# A list whose automatic numbers a copy lost: its measures are paragraphs without numbers, each
# ending with its owners (tests/fixtures/plans/pingjiang-article-rules.txt has none; the shape is
# described in SOURCES.md).

def test_unnumbered_paragraphs_with_owners_of_their_own_are_measures():
    # the first was read into the heading's title and the second lost, with no warning
    document = outline(
        "一、提升政务服务效能",
        "推行一网通办。实现高频事项全程网办。（责任单位：区政务服务中心）",
        "推行告知承诺制。扩大承诺审批范围。（责任单位：区司法局）",
        "二、降低企业成本",
        "落实减税降费政策。（责任单位：区税务局）",
    )
    assert [h.title for h in document.tables[0].headings] == ["提升政务服务效能", "降低企业成本"]
    assert [(m.number_raw, m.heading_title, m.text, m.responsibility) for m in document.measures] == [
        (None, "提升政务服务效能", "推行一网通办。实现高频事项全程网办。", "区政务服务中心"),
        (None, "提升政务服务效能", "推行告知承诺制。扩大承诺审批范围。", "区司法局"),
        (None, "降低企业成本", "落实减税降费政策。", "区税务局"),
    ]
    assert [[w.code for w in m.warnings if w.code == "number_missing"] for m in document.measures] == [["number_missing"]] * 3


def test_an_unnumbered_paragraph_with_owners_beside_numbered_measures_is_one_of_them():
    document = outline(
        "一、提升政务服务效能",
        "1.推行一网通办。（责任单位：区政务服务中心）",
        "同时，完善帮办代办机制。（责任单位：区司法局）",
        "2.推行告知承诺制。（责任单位：区市场监管局）",
    )
    assert [(m.number_raw, m.text, m.responsibility) for m in document.measures] == [
        ("1.", "推行一网通办。", "区政务服务中心"), (None, "同时，完善帮办代办机制。", "区司法局"),
        ("2.", "推行告知承诺制。", "区市场监管局")]


def test_an_unnumbered_paragraph_naming_no_owner_after_a_measure_stays_out_of_the_measures():
    document = outline(
        "一、提升政务服务效能",
        "1.推行一网通办。（责任单位：区政务服务中心）",
        "各单位要加强协调配合，确保任务落地。",
        "2.推行告知承诺制。（责任单位：区市场监管局）",
    )
    assert [(m.number_raw, m.text) for m in document.measures] == [("1.", "推行一网通办。"), ("2.", "推行告知承诺制。")]


def test_a_convention_after_a_comma_in_a_bracket_of_owners_is_its_remark(tmp_path):
    # gov.cn opinions: （税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同）
    document = read_lines(
        tmp_path,
        "一、主要任务",
        "1.完善铁水联运。新增港区铁路专用线。（市交通运输局、市发展改革委负责，排在第一位的部门为牵头部门，下同）",
        "2.优化内河航道。实施航道整治工程。（市水利局、市交通运输局负责）",
    )
    assert [(m.text, m.responsibility) for m in document.measures] == [
        ("完善铁水联运。新增港区铁路专用线。", "市交通运输局、市发展改革委负责，排在第一位的部门为牵头部门，下同"),
        ("优化内河航道。实施航道整治工程。", "市水利局、市交通运输局负责"),
    ]
    assert [[(d.raw, d.role) for d in m.departments] for m in document.measures] == [
        [("市交通运输局", "lead"), ("市发展改革委", "carry_out")], [("市水利局", "lead"), ("市交通运输局", "carry_out")]]


def test_a_clause_after_a_comma_that_states_no_convention_leaves_the_bracket_unread(tmp_path):
    document = read_lines(
        tmp_path,
        "一、主要任务",
        "1.完善铁水联运。新增港区铁路专用线。（市交通运输局、市发展改革委负责，确保取得实效）",
        "2.优化内河航道。实施航道整治工程。（市水利局、市交通运输局负责）",
    )
    first = document.measures[0]
    assert (first.text, first.responsibility, first.departments) == (
        "完善铁水联运。新增港区铁路专用线。（市交通运输局、市发展改革委负责，确保取得实效）", None, [])
    assert "responsibility_missing" in codes(first)


def test_a_clause_after_the_lists_saying_how_the_owners_report_is_the_bracket_s_remark(tmp_path):
    # （X、Y负责，按季度报送进展情况）: gave no owners (responsibility_missing); the clause is no body
    document = read_lines(
        tmp_path,
        "一、主要任务",
        "1.完善铁水联运。新增港区铁路专用线。（市交通运输局、市发展改革委负责，按季度报送进展情况）",
        "2.优化内河航道。实施航道整治工程。（牵头单位：市水利局；责任单位：各区政府，每月25日前向市政府报送进展）",
    )
    assert [(m.text, m.responsibility, m.remarks, [(d.raw, d.role) for d in m.departments]) for m in document.measures] == [
        ("完善铁水联运。新增港区铁路专用线。", "市交通运输局、市发展改革委负责", "按季度报送进展情况",
         [("市交通运输局", "carry_out"), ("市发展改革委", "carry_out")]),
        ("优化内河航道。实施航道整治工程。", "牵头单位：市水利局；责任单位：各区政府", "每月25日前向市政府报送进展",
         [("市水利局", "lead"), ("各区政府", "carry_out")])]
    assert not {"responsibility_missing"} & {c for m in document.measures for c in codes(m)}


def test_an_unnumbered_task_whose_bracket_states_a_convention_stays_a_measure(tmp_path):
    # gov.cn work plans: 优化…协作。…（生态环境部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出）
    document = read_lines(
        tmp_path,
        "一、主要任务",
        "（一）提升通关效率。推行提前申报模式。（濂江海关牵头，市商务局参与）",
        "强化口岸协作，完善会商机制。建立联络员制度。（市商务局指导，各区政府负责落实。以下均需各区政府落实，不再列出）",
        "推进单证电子化。推广电子提单。（濂江海关指导）",
    )
    assert [(m.number_raw, m.text) for m in document.measures] == [
        ("（一）", "提升通关效率。推行提前申报模式。"),
        (None, "强化口岸协作，完善会商机制。建立联络员制度。"),
        (None, "推进单证电子化。推广电子提单。"),
    ]
    assert [[(d.raw, d.role) for d in m.departments] for m in document.measures] == [
        [("濂江海关", "lead"), ("市商务局", "assist")],
        [("市商务局", "support"), ("各区政府", "carry_out")],
        [("濂江海关", "support"), ("各区政府", "carry_out")],
    ]


def test_a_convention_printed_in_brackets_of_its_own_stays_a_note_and_names_no_bracket(tmp_path):
    document = read_lines(
        tmp_path,
        "一、主要任务",
        "（一）提升通关效率。推行提前申报模式。（市商务局负责）",
        "（各区政府负责落实，不再列出）",
        "（二）推进单证电子化。推广电子提单。（濂江海关负责）",
    )
    assert [m.text for m in document.measures] == ["提升通关效率。推行提前申报模式。", "推进单证电子化。推广电子提单。"]
    assert [(c.kind, c.body, c.from_measure) for c in document.conventions] == [("added_body", "各区政府", 2)]
    assert [[(d.raw, d.role) for d in m.departments] for m in document.measures] == [
        [("市商务局", "carry_out")], [("濂江海关", "carry_out"), ("各区政府", "carry_out")]]


def test_a_bracket_alone_after_a_heading_s_items_closes_each_of_them(tmp_path):
    # 一、重点任务 / 1. 2. / （县商务局负责，按季度报送进展）: the two items were read as one measure,
    # the heading's title and the items' numbers run into its text
    document = read_lines(
        tmp_path,
        "一、重点任务",
        "1.举办促消费活动，激发消费潜力。",
        "2.培育夜间经济，打造特色街区。",
        "（县商务局负责，按季度报送进展）",
        "二、保障措施",
        "1.加快项目建设。（县发改局负责）",
    )
    assert [(m.number_raw, m.heading_title, m.text, m.responsibility, m.remarks) for m in document.measures] == [
        ("1.", "重点任务", "举办促消费活动，激发消费潜力。", "县商务局负责", "按季度报送进展"),
        ("2.", "重点任务", "培育夜间经济，打造特色街区。", "县商务局负责", "按季度报送进展"),
        ("1.", "保障措施", "加快项目建设。", "县发改局负责", None)]
    assert [w.message for w in document.measures[0].warnings if w.code == "responsibility_on_heading"] == [
        "the responsibility (县商务局负责) is printed after the items of the heading 一、重点任务, whose items print none"]


def test_a_bracket_alone_after_a_measure_s_sub_items_stays_the_measure_s(tmp_path):
    # 1.完善应急预案体系 / (1) (2) / （责任单位：…）: the sub-items are the measure's text, as before
    document = read_lines(
        tmp_path,
        "一、重点任务",
        "1.完善应急预案体系",
        "(1)修订总体预案。",
        "(2)编制专项预案。",
        "（责任单位：县应急局）",
        "2.加强队伍建设。（责任单位：县消防救援大队）",
    )
    assert [(m.number_raw, m.text, m.responsibility) for m in document.measures] == [
        ("1.", "完善应急预案体系(1)修订总体预案。(2)编制专项预案。", "县应急局"),
        ("2.", "加强队伍建设。", "县消防救援大队")]


def _two_parts(second_header: list[str]) -> list[tuple]:
    document = _layout_document(_grid(
        ["序号", "具体举措", "责任单位"],
        ["1", "推进服务贸易创新发展。", "市商务局"],
        ["附件2\n某市服务业扩大开放任务清单", "", ""],
        second_header,
        ["1", "扩大服务业对外开放。", "市发改委"],
    ))
    titles = {table.index: (table.attachment, table.title) for table in document.tables}
    return [(m.table, titles.get(m.table), m.number, m.text, m.responsibility) for m in document.measures]


def test_a_row_of_other_labels_inside_a_grid_starts_a_second_table_under_its_title():
    # a PDF without rules prints two tables on one page as one grid: the title row above the
    # second header is that table's caption, not a row of the first
    assert _two_parts(["序号", "主要任务", "牵头单位"]) == [
        (1, (None, None), 1, "推进服务贸易创新发展。", "市商务局"),
        (2, ("附件2", "某市服务业扩大开放任务清单"), 1, "扩大服务业对外开放。", "市发改委"),
    ]


def test_the_same_header_printed_again_inside_a_grid_starts_no_second_table():
    document = _layout_document(_grid(
        ["序号", "具体举措", "责任单位"],
        ["1", "推进服务贸易创新发展。", "市商务局"],
        ["序号", "具体举措", "责任单位"],
        ["2", "扩大服务业对外开放。", "市发改委"],
    ))
    assert [(m.table, m.number, m.responsibility) for m in document.measures] == [(1, 1, "市商务局"), (1, 2, "市发改委")]
    assert len(document.tables) == 1


def test_a_label_and_a_title_in_cells_of_their_own_above_a_header_of_other_labels_are_its_caption():
    document = _layout_document(_grid(
        ["序号", "具体举措", "责任单位"],
        ["1", "推进服务贸易创新发展。", "市商务局"],
        ["附件2", "某市服务业扩大开放任务清单", ""],
        ["序号", "主要任务", "牵头单位"],
        ["1", "扩大服务业对外开放。", "市发改委"],
    ))
    assert [(t.index, t.attachment, t.title) for t in document.tables] == [(1, None, None), (2, "附件2", "某市服务业扩大开放任务清单")]
    assert [(m.table, m.number, m.responsibility) for m in document.measures] == [(1, 1, "市商务局"), (2, 1, "市发改委")]


def test_a_numbered_measure_with_no_owner_above_a_header_of_other_labels_stays_a_measure():
    # the measures' number printed in their text: the row above the second header holds one
    # filled cell, a measure (a number, a closed sentence), not the second table's caption
    document = _layout_document(_grid(
        ["具体举措", "责任单位"],
        ["1、推进服务贸易创新发展。", "市商务局"],
        ["2、扩大服务业对外开放。", ""],
        ["主要任务", "牵头单位"],
        ["1、扩大服务业对外开放。", "市发改委"],
        ["2、优化营商环境。", "市司法局"],
    ))
    assert [(m.table, m.number, m.text, m.responsibility) for m in document.measures] == [
        (1, 1, "推进服务贸易创新发展。", "市商务局"), (1, 2, "扩大服务业对外开放。", None),
        (2, 1, "扩大服务业对外开放。", "市发改委"), (2, 2, "优化营商环境。", "市司法局")]
    assert [(t.index, t.title) for t in document.tables] == [(1, None), (2, None)]


def test_a_header_of_other_labels_right_below_a_measure_with_no_owner_starts_a_table_of_its_own():
    # 序号/主要任务/牵头单位 has the roles of 序号/具体举措/责任单位: it is still no row going on from
    # the measure above (whose owner is blank), but a second table's header
    document = _layout_document(_grid(
        ["序号", "具体举措", "责任单位"],
        ["1", "推进服务贸易创新发展。", "市商务局"],
        ["2", "扩大服务业对外开放。", ""],
        ["序号", "主要任务", "牵头单位"],
        ["1", "扩大服务业对外开放。", "市发改委"],
    ))
    assert [(m.table, m.number, m.text, m.responsibility) for m in document.measures] == [
        (1, 1, "推进服务贸易创新发展。", "市商务局"), (1, 2, "扩大服务业对外开放。", None),
        (2, 1, "扩大服务业对外开放。", "市发改委")]
