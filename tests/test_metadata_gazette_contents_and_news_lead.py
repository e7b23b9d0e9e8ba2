"""A gazette's issue printing its contents list and a task table copied one label a line, and a news story
quoting a province's notice after its dateline (tests/fixtures/prose-blind18, pilotplans.parsers.metadata): the
contents' entries, the table's labels and the issue's masthead are no title; the masthead's publisher places
the text; the notice the story names is its title and its issuer the notice's."""

from pathlib import Path

from pilotplans.ingest.pipeline import read_layout
from pilotplans.layout import Paragraph
from pilotplans.parsers.metadata import read_metadata

ROUND = Path(__file__).parent / "fixtures" / "prose-blind18"


def _page_metadata(path: Path):
    layout = read_layout(path.read_bytes(), str(path))
    return read_metadata(list(layout.paragraphs), grids=layout.grids, site=layout.site)


def _lines_metadata(*lines: str):
    return read_metadata([Paragraph(text=line) for line in lines])


def test_a_gazette_s_contents_and_a_header_copied_a_label_a_line_give_no_title_its_masthead_the_place():
    # before: 咸宁市人民政府主办2020年第2号(总第55号)目录市政府文件市人民政府关于印发…办法的通知, read as the title
    found = _page_metadata(ROUND / "xianning-2020-city-gazette-contents-over-task-table-one-cell-a-line.txt")
    assert (found.title, found.issuer, found.region, found.level) == (None, None, "咸宁", "municipal")


def test_a_plan_s_title_over_its_own_contents_list_stays_its_title():
    found = _lines_metadata("某市数字经济发展规划", "目录", "第一章 发展基础", "第二章 总体要求", "第一章 发展基础",
                            "数字经济是…。")
    assert found.title == "某市数字经济发展规划"


def test_the_labels_of_a_header_copied_a_label_a_line_are_no_title():
    found = _lines_metadata("重点工作", "主要", "任务", "工作措施", "责任单位", "备注", "一、加大财政金融支持力度")
    assert found.title is None  # before: 重点工作主要任务工作措施, ending as a title does (…措施)


def test_a_title_whose_second_line_is_one_label_keeps_it():
    found = _lines_metadata("某市2023年政务公开", "工作要点", "为深入贯彻…,制定本要点。")
    assert found.title == "某市2023年政务公开工作要点"


def test_a_gazette_s_masthead_does_not_place_a_text_whose_title_names_its_issuer():
    found = _lines_metadata("咸宁市人民政府主办2020年第2号(总第55号)", "嘉鱼县人民政府关于印发2020年重点工作方案的通知",
                            "各乡镇人民政府,县政府各部门:")
    assert (found.issuer, found.region, found.level) == ("嘉鱼县人民政府", "嘉鱼县", "county")


def test_a_story_naming_the_notice_after_its_dateline_gives_its_title_and_issuer():
    # 新安晚报安徽网大皖新闻讯据安徽省人民政府网消息,近日,安徽省人民政府发布关于年重点工作及责任分解的通知。 (before: no
    # title, no issuer, the region unknown)
    found = _page_metadata(ROUND / "anhui-20xx-province-news-year-digits-dropped-leader-lead-partner-lines.txt")
    assert (found.title, found.issuer, found.region, found.level) == (
        "关于年重点工作及责任分解的通知", "安徽省人民政府", "安徽", "provincial")


def test_a_story_after_its_dateline_naming_no_document_names_no_issuer():
    found = _lines_metadata("新安晚报安徽网大皖新闻讯据安徽省人民政府网消息,近日,安徽省人民政府召开常务会议,研究部署重点工作。",
                            "会议指出,要确保完成全年主要预期目标。")
    assert (found.title, found.issuer) == (None, None)


def test_a_plan_s_preamble_citing_a_notice_it_implements_on_its_next_line_gives_no_title_or_issuer():
    # before: 关于促进跨境电子商务健康发展的通知, issued by 国务院办公厅, national — the notice the plan carries out
    found = _lines_metadata("近日,国务院办公厅发布关于促进跨境电子商务健康发展的通知。",
                            "为贯彻落实上述通知精神,结合我市实际,制定本方案。", "一、主要任务")
    assert (found.title, found.issuer, found.level) == (None, None, None)


def test_a_plan_s_preamble_written_with_the_variant_zhiding_gives_no_title_or_issuer():
    # 特制订本方案 (制订 for 制定, as a real plan wrote 特制订本规划): before, the notice the plan carries out was the
    # page's title, 国务院办公厅 its issuer and the county's plan national, silently
    found = _lines_metadata("近日，国务院办公厅发布关于进一步优化营商环境降低市场主体制度性交易成本的通知。",
                            "为贯彻落实通知精神，进一步降低我县市场主体制度性交易成本，特制订本方案。", "一、总体要求")
    assert (found.title, found.issuer, found.level) == (None, None, None)


def test_a_story_whose_next_line_sets_out_nothing_still_gives_the_notice_it_names():
    # the same lead over a line that is no plan's preamble: the story's notice is its title, as before
    found = _lines_metadata("近日，国务院办公厅发布关于进一步优化营商环境降低市场主体制度性交易成本的通知。",
                            "通知提出，要进一步清理规范行政审批中介服务。", "一、总体要求")
    assert (found.title, found.issuer, found.level) == (
        "关于进一步优化营商环境降低市场主体制度性交易成本的通知", "国务院办公厅", "national")


def test_the_document_s_own_title_over_its_number_right_after_the_contents_is_its_title():
    # before: no title and no issuer, the document's title read as the contents' last entry
    found = _lines_metadata("咸宁市人民政府主办2020年第3号(总第56号)", "目录", "市政府文件",
                            "市人民政府关于印发咸宁市城市生活垃圾处理收费管理办法的通知",
                            "市人民政府办公室关于印发咸宁市老旧小区改造实施方案的通知",
                            "咸宁市人民政府关于印发咸宁市城市生活垃圾处理收费管理办法的通知", "咸政发〔2020〕3号",
                            "各县、市、区人民政府,市政府各部门:")
    assert (found.title, found.issuer) == ("咸宁市人民政府关于印发咸宁市城市生活垃圾处理收费管理办法的通知", "咸宁市人民政府")


def test_the_document_s_own_title_over_two_lines_over_its_addressees_right_after_the_contents_is_its_title():
    found = _lines_metadata("目录", "市政府文件", "市人民政府办公室关于印发咸宁市老旧小区改造实施方案的通知",
                            "咸宁市人民政府关于印发咸宁市城市生活垃圾", "处理收费管理办法的通知",
                            "各县、市、区人民政府,市政府各部门:")
    assert found.title == "咸宁市人民政府关于印发咸宁市城市生活垃圾处理收费管理办法的通知"
