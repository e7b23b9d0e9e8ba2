"""A notice's metadata read from its paragraphs, whether it heads a table or a prose task list."""

import datetime as dt

import pytest

from pilotplans.errors import PilotplansError
from pilotplans.layout import Cell, Grid, Paragraph, Row
from pilotplans.parsers.dates import read_date
from pilotplans.parsers.info_rows import build_labels, grid_info_rows, read_info_line
from pilotplans.parsers.metadata import read_metadata
from pilotplans.parsers.notice_lines import split_signature_run
from pilotplans.parsers.titles import without_glosses


def metadata(*lines: str):
    return read_metadata([Paragraph(text=line) for line in lines])


@pytest.mark.parametrize(("line", "date"), [
    ("2021年3月5日", dt.date(2021, 3, 5)),
    ("二〇二一年三月五日", dt.date(2021, 3, 5)),
    ("二〇二五年六月三十日", dt.date(2025, 6, 30)),
    ("二○二二年十二月一日", dt.date(2022, 12, 1)),
    ("烟台市商务局 2022年5月6日", dt.date(2022, 5, 6)),
    ("岳阳市人民政府办公室2025年7月13日", dt.date(2025, 7, 13)),
    ("截至2025年7月13日", None),
    ("苏州市人民政府办公室2021年3月8日印发", None),
    ("到2025年，全市服务贸易进出口额达到300亿美元。", None),
])
def test_dates(line, date):
    assert read_date(line) == date


def test_notice_in_traditional_characters():
    found = metadata("珠海市人民政府辦公室文件", "珠府辦〔2021〕9號",
                     "珠海市人民政府辦公室關於印發珠海市全面深化服務貿易創新發展試點實施方案的通知",
                     "各區人民政府（管委會），市府直屬各單位：", "珠海市人民政府辦公室", "2021年3月5日")
    assert (found.title, found.doc_no, found.issuer, found.date, found.level, found.region) == (
        "珠海市人民政府辦公室關於印發珠海市全面深化服務貿易創新發展試點實施方案的通知", "珠府辦〔2021〕9號",
        "珠海市人民政府辦公室", dt.date(2021, 3, 5), "municipal", "珠海")


def test_plan_without_a_notice_signed_at_its_end():
    found = metadata("嘉兴市数字贸易发展实施方案", "一、重点任务", "1、建设服务平台。（责任单位：市商务局）", "嘉兴市商务局", "二〇二三年三月一日")
    assert (found.title, found.doc_no, found.issuer, found.date) == ("嘉兴市数字贸易发展实施方案", None, "嘉兴市商务局", dt.date(2023, 3, 1))


def test_signature_and_date_on_one_line():
    found = metadata("烟台市服务贸易创新发展工作方案", "三、工作要求", "烟台市商务局 2022年5月6日")
    assert (found.issuer, found.date) == ("烟台市商务局", dt.date(2022, 5, 6))


def test_title_of_a_task_breakdown_table():
    assert metadata("太原市全面深化服务贸易创新发展试点工作任务分解表").title == "太原市全面深化服务贸易创新发展试点工作任务分解表"


def test_lines_of_one_paragraph_are_read_apart():
    found = metadata("鞍铁西政发〔2022〕3号\n铁西区人民政府关于印发铁西区优化营商环境重点任务分工方案的通知")
    assert (found.doc_no, found.issuer) == ("鞍铁西政发〔2022〕3号", "铁西区人民政府")


def test_a_title_never_runs_over_the_signature_date():
    found = metadata("各市(州)人民政府、省级有关部门(单位):", "四川省发展和改革委员会", "2022年10月18日", "四川省现代流通体系建设实施方案")
    assert (found.title, found.issuer) == ("四川省现代流通体系建设实施方案", "四川省发展和改革委员会")


def test_a_signature_run_into_the_plans_title_is_read_apart():
    found = metadata("益阳市人民政府办公室2025年6月18日(此件主动公开) 益阳市提振消费若干措施", "一、扩大汽车消费")
    assert (found.title, found.issuer, found.date) == ("益阳市提振消费若干措施", "益阳市人民政府办公室", dt.date(2025, 6, 18))


@pytest.mark.parametrize(("line", "parts"), [
    ("益阳市人民政府办公室2025年6月18日(此件主动公开) 益阳市提振消费若干措施",
     ["益阳市人民政府办公室2025年6月18日", "(此件主动公开)", "益阳市提振消费若干措施"]),
    ("益阳市人民政府办公室 2025年6月18日（此件公开发布）", ["益阳市人民政府办公室 2025年6月18日", "（此件公开发布）"]),
    ("2025年6月18日（此件主动公开）", ["2025年6月18日", "（此件主动公开）"]),
    ("(此件主动公开)益阳市提振消费若干措施", ["(此件主动公开)", "益阳市提振消费若干措施"]),
    ("（此件公开发布）", None),
    ("苏州市人民政府办公室2021年3月8日印发", None),
    ("益阳市人民政府办公室2025年6月18日", None),
    ("会议于2025年6月18日召开，研究部署重点工作。", None),
])
def test_lines_run_into_a_signature(line, parts):
    assert split_signature_run(line) == parts


@pytest.mark.parametrize("line", ["完成时限 2023年12月31日", "有效期至 2025年12月31日"])
def test_a_deadline_line_with_a_date_is_no_signature(line):
    found = metadata("某市促进消费若干措施", "一、扩大消费", "1.发展夜间经济（责任单位：市商务局）", line,
                     "某市人民政府", "2023年3月1日")
    assert (found.issuer, found.date) == ("某市人民政府", dt.date(2023, 3, 1))


def test_a_title_printed_over_two_lines_goes_on_after_a_title_word():
    assert metadata("湘潭市人民政府办公室关于印发湘潭市现代服务业提质增效行动方案", "的通知", "潭政办发〔2023〕4号").title == (
        "湘潭市人民政府办公室关于印发湘潭市现代服务业提质增效行动方案的通知")
    assert metadata("湘潭市服务业发展行动计划", "（2023—2025年）", "一、总体要求").title == "湘潭市服务业发展行动计划（2023—2025年）"


def test_a_notice_title_is_not_joined_to_the_plans_title_below_it():
    found = metadata("湘潭市人民政府关于印发湘潭市服务业发展行动计划的通知", "湘潭市服务业发展行动计划")
    assert found.title == "湘潭市人民政府关于印发湘潭市服务业发展行动计划的通知"


def test_a_signature_after_the_table_gives_the_issuer_and_date():
    found = read_metadata([Paragraph(text="武汉市全面深化服务贸易创新发展试点任务分工表")],
                          after=[Paragraph(text="武汉市商务局"), Paragraph(text="2021年4月16日")])
    assert (found.title, found.issuer, found.date) == ("武汉市全面深化服务贸易创新发展试点任务分工表", "武汉市商务局", dt.date(2021, 4, 16))


def test_a_signature_above_the_table_wins_over_lines_after_it():
    found = read_metadata([Paragraph(text="某市商务局关于印发某市任务分工表的通知"), Paragraph(text="某市商务局"), Paragraph(text="2021年3月5日")],
                          after=[Paragraph(text="某市发展改革委"), Paragraph(text="2022年1月1日")])
    assert (found.issuer, found.date) == ("某市商务局", dt.date(2021, 3, 5))


def test_a_place_before_关于_is_no_issuer():
    found = metadata("岳阳市关于进一步促进消费的若干措施", "一、扩大商品消费", "岳阳市人民政府", "2025年1月6日")
    assert (found.title, found.issuer) == ("岳阳市关于进一步促进消费的若干措施", "岳阳市人民政府")


def test_a_title_with_its_qualifier_on_the_same_line():
    assert metadata("某市促进服务消费行动方案（2023—2025年）", "一、丰富服务消费供给").title == "某市促进服务消费行动方案（2023—2025年）"
    assert metadata("关于加快发展数字经济的若干措施（试行）").title == "关于加快发展数字经济的若干措施（试行）"


def test_a_title_with_pinyin_glosses_is_the_title_without_them():
    # a mirror site's glosses are no part of the title, as they are none of its 文号 (kept as printed before)
    assert metadata("關于深化改革創新(xīn)促進數字經濟高質量發(fā)展的若幹措施", "一、夯實數字基礎設施").title == (
        "關于深化改革創新促進數字經濟高質量發展的若幹措施")


def test_a_title_s_own_brackets_are_no_glosses():
    assert metadata("關于印發數字經濟(DE)發展行動方案(2023)的通知", "一、總體要求").title == (
        "關于印發數字經濟(DE)發展行動方案(2023)的通知")


@pytest.mark.parametrize(("text", "without"), [
    ("創新(xīn)促進", "創新促進"), ("发(fā)展", "发展"), ("重(zhong)点", "重点"),
    ("数字经济(DE)发展", "数字经济(DE)发展"), ("行动方案(2023)", "行动方案(2023)"), ("若干措施（试行）", "若干措施（试行）"),
    ("国际贸易(trade)便利化", "国际贸易(trade)便利化"),
])
def test_pinyin_glosses_and_brackets_that_are_none(text, without):
    assert without_glosses(text) == without


def test_a_sentence_opening_the_document_is_no_title():
    assert metadata("为推动数字经济发展，制定本措施。", "一、夯实数字基础设施").title is None


def test_a_notice_dated_but_not_signed_has_no_issuer_from_its_title():
    found = metadata("关于印发某区优化营商环境重点任务分工方案的通知", "各街道办事处：", "2023年1月3日")
    assert (found.issuer, found.date) == (None, dt.date(2023, 1, 3))


def test_a_web_pages_information_rows_give_the_文号_issuer_and_date():
    found = metadata("索 引 号 MB1534522/2023-05475 发文日期 2023-01-03",
                     "发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号",
                     "关于印发2023年全区重点工作任务分工方案的通知")
    assert (found.title, found.doc_no, found.issuer, found.date, found.parent_doc_no) == (
        "关于印发2023年全区重点工作任务分工方案的通知", "蔡政办〔2023〕1号", "区人民政府办公室", dt.date(2023, 1, 3), None)


def test_information_rows_with_colons_one_pair_a_line():
    found = metadata("文号：蔡政办〔2023〕1号", "成文日期：2023年01月03日", "发文机关：蔡甸区人民政府办公室", "名称：蔡甸区重点工作任务分工方案")
    assert (found.title, found.doc_no, found.issuer, found.date) == (
        "蔡甸区重点工作任务分工方案", "蔡政办〔2023〕1号", "蔡甸区人民政府办公室", dt.date(2023, 1, 3))


def test_information_rows_printed_as_a_table():
    grid = Grid(rows=tuple(Row(cells=tuple(Cell(paragraphs=(text,)) for text in row)) for row in [
        ["索引号：", "MB1534522/2023-00812", "成文日期：", "2023-03-15"],
        ["发布机构：", "某区商务局", "文号：", "某商发〔2023〕6号"],
    ]))
    found = read_metadata([Paragraph(text="某区促进外贸若干措施")], grids=[grid])
    assert (found.title, found.doc_no, found.issuer, found.date) == ("某区促进外贸若干措施", "某商发〔2023〕6号", "某区商务局", dt.date(2023, 3, 15))


def test_what_the_document_prints_beats_its_information_rows():
    found = metadata("发布机构 区人民政府办公室 发文日期 2023-01-05", "某区人民政府关于印发某区方案的通知",
                     "某区人民政府", "2023年1月3日")
    assert (found.issuer, found.date) == ("某区人民政府", dt.date(2023, 1, 3))


def test_a_publication_date_is_not_the_documents_date():
    assert metadata("发布日期 2023-01-06", "某区方案").date is None


@pytest.mark.parametrize("line", [
    "发布机构要加强信息公开。",
    "文号为蔡政办〔2023〕1号的文件同时废止。",
    "名称变更后，由市场监管部门办理登记。",
    "某区优化营商环境重点任务分工方案",
])
def test_lines_that_are_no_information_rows(line):
    assert read_info_line(line) is None


def test_information_labels_that_are_not_toml_or_not_of_the_file_s_shape_are_refused_in_one_line_naming_it():
    from pilotplans.errors import PilotplansError

    with pytest.raises(PilotplansError) as refused:
        build_labels('[[label]\nfield = "doc_no"\n')
    assert str(refused.value).startswith("pilotplans/data/info_rows.toml: not valid TOML: ")
    with pytest.raises(PilotplansError) as refused:
        build_labels('[[label]]\nfield = "doc_no"\nphrases = "文号"\n')
    assert str(refused.value) == "pilotplans/data/info_rows.toml: label.0.phrases: Input should be a valid tuple"


def test_a_line_opening_with_no_labels_first_character_is_told_apart_without_the_labels_pattern():
    labels = build_labels('[[label]]\nfield = "doc_no"\nphrases = ["文 号"]\n[[label]]\nfield = "date"\nphrases = ["发文日期"]\n')
    assert labels.firsts == frozenset("文发")
    assert "pattern" not in vars(labels)  # compiled when a line needs it
    assert labels.pattern.match("文  号：蔡政办〔2023〕1号")["label"] == "文  号"


@pytest.mark.parametrize(("line", "kinds"), [
    ("某区优化营商环境重点任务分工方案", None),  # 某 opens no label: no pattern needed
    ("　文    号 蔡政办〔2023〕1号", ["doc_no"]),  # spaces before the label are not its first character
    ("發文日期：2023-01-03", ["date"]),  # a traditional first character is folded first
])
def test_the_first_character_of_a_line_decides_only_when_no_label_starts_with_it(line, kinds):
    found = read_info_line(line)
    assert (found and [f.kind for f in found]) == kinds


def test_a_table_of_other_cells_is_no_information_table():
    grid = Grid(rows=(Row(cells=(Cell(paragraphs=("序号",)), Cell(paragraphs=("具体举措",)))),
                      Row(cells=(Cell(paragraphs=("1",)), Cell(paragraphs=("建设服务平台。",))))))
    assert grid_info_rows(grid) is None


@pytest.mark.parametrize(("toml", "message"), [
    ('[[label]]\nfield = "doc_no"\nphrases = ["文号"]\n[[label]]\nfield = "other"\nphrases = ["文 号"]\n', "listed twice"),
    ('[[label]]\nfield = "number"\nphrases = ["序号"]\n', "label.0.field"),
    ('[[label]]\nfield = "date"\nphrases = []\n', "label.0.phrases"),
])
def test_the_information_labels_are_validated(toml, message):
    with pytest.raises(PilotplansError, match=message):
        build_labels(toml)


def test_information_rows_with_each_cell_on_a_line_of_its_own():
    found = metadata("索引号：", "MB1534522/2023-05475", "发文日期：", "2023-01-03", "发布机构：", "区人民政府办公室",
                     "主题词：", "2023年全区重点工作任务分工方案")
    assert (found.title, found.issuer, found.date) == ("2023年全区重点工作任务分工方案", "区人民政府办公室", dt.date(2023, 1, 3))


@pytest.mark.parametrize("title", ["关于加快5G网络建设的若干措施", "某市推进“互联网+政务服务”工作方案", "某市落实RCEP行动方案",
                                   "關於促進人工智能（AI）產業發展的若干措施"])
def test_a_title_with_latin_letters_or_a_plus(title):
    assert metadata(title, "为推动高质量发展，制定本方案。", "一、主要任务").title == title


def test_an_issuer_a_title_prints_without_its_place_is_placed_by_the_signature_naming_it_in_full():
    found = metadata(
        "区人民政府办公室关于印发重点任务责任分解方案的通知",
        "各街道办事处，区人民政府各部门：",
        "现将《重点任务责任分解方案》印发给你们，请认真贯彻落实。",
        "蔡甸区人民政府办公室",
        "2023年1月3日",
    )
    # the signature, the same body in full, places the notice (a district's government: a county's level) and
    # names its issuer (meta42: the title's 区人民政府办公室 named no place)
    assert (found.issuer, found.region, found.level) == ("蔡甸区人民政府办公室", "蔡甸区", "county")


def test_a_signature_naming_another_body_leaves_the_titles_issuer():
    found = metadata(
        "市商务局关于印发服务贸易创新发展实施方案的通知",
        "各区商务主管部门：",
        "现将《实施方案》印发给你们，请认真贯彻落实。",
        "某某市财政局",
        "2023年1月3日",
    )
    assert (found.issuer, found.region, found.level) == ("市商务局", None, "municipal")


def test_a_county_government_named_after_its_city_places_the_notice_in_the_county():
    found = metadata("金华市婺城区人民政府关于印发推动经济高质量发展若干政策举措的通知")
    assert (found.issuer, found.region, found.level) == ("金华市婺城区人民政府", "婺城区", "county")
    city = metadata("金华市人民政府关于印发推动经济高质量发展若干政策举措的通知")
    assert (city.region, city.level) == ("金华", "municipal")


def test_a_number_heading_a_title_in_a_run_on_line_is_the_documents_own():
    # a copied page's first line: 鲁政发〔2014〕20号《山东省人民政府关于深化预算管理制度改革的实施意见》
    found = read_metadata([Paragraph("鲁政发〔2014〕20号《山东省人民政府关于深化预算管理制度改革的实施意见》")])
    assert (found.doc_no, found.parent_doc_no) == ("鲁政发〔2014〕20号", None)


@pytest.mark.parametrize(("preamble", "number"), [
    ("为贯彻落实国办发〔2022〕10号关于加快服务贸易发展的要求，结合我市实际，制定本方案。", "国办发〔2022〕10号"),
    ("根据《服务贸易创新发展试点总体方案》（国函〔2020〕111号）关于深化改革的部署，制定本方案。", "国函〔2020〕111号"),
])
def test_a_number_a_sentence_cites_before_a_guanyu_of_its_own_is_no_number_of_the_document(preamble, number):
    # the 关于 after the number opens no title: the plan has no number of its own, and cites this one
    found = read_metadata([Paragraph("某市服务贸易创新发展实施方案"), Paragraph(preamble)])
    assert found.doc_no is None
    assert found.parent_doc_no is not None and found.parent_doc_no.endswith(number)


def test_a_web_sites_name_over_the_title_is_not_part_of_it():
    # 深圳市盐田区关于持续优化营商环境支持市场主体更好发展的若干措施 (2023), as its page prints it
    found = metadata("轻触这里", "关闭目录", "深圳市盐田区人民政府",
                     "深圳市盐田区关于持续优化营商环境支持市场主体更好发展的若干措施",
                     "来源:盐田区发展和改革局发布时间:2023-03-10")
    assert found.title == "深圳市盐田区关于持续优化营商环境支持市场主体更好发展的若干措施"


def test_issuers_names_over_the_rest_of_the_title_are_part_of_it():
    found = metadata("中共某市委办公室", "某市人民政府办公室", "关于印发某市优化营商环境实施方案的通知",
                     "各县（市、区）人民政府：")
    assert found.title == "中共某市委办公室某市人民政府办公室关于印发某市优化营商环境实施方案的通知"


@pytest.mark.parametrize("rest", ["转发市商务局关于推进服务贸易创新发展实施意见的通知", "批转市发展改革委关于深化改革实施方案的通知"])
def test_an_issuers_name_over_a_title_that_forwards_a_document_is_part_of_it(rest):
    found = metadata("某市人民政府办公厅", rest, "各区人民政府：")
    assert found.title == "某市人民政府办公厅" + rest


def test_a_web_pages_list_items_are_not_part_of_the_title():
    # 下陆区 2020年区政府重点工作责任分解 (黄石), its page's tools printed as a list above the title
    found = metadata("- 设为首页", "- 加入收藏", "- 无障碍阅读", "- 长者版",
                     "区人民政府办公室 关于印发2020年区政府重点工作责任分解的通知", "区人民政府办公室")
    assert (found.title, found.issuer) == ("区人民政府办公室关于印发2020年区政府重点工作责任分解的通知", "区人民政府办公室")


def test_a_web_pages_section_words_before_the_title_in_its_line_are_not_part_of_it():
    # 木环组发〔2019〕1号, its page's breadcrumb run into the title's line
    found = metadata("哈尔滨市木兰县人民政府 政策文件 关于印发《木兰县优化营商环境工作方案》的通知", "当前位置:")
    assert found.title == "关于印发《木兰县优化营商环境工作方案》的通知"


def test_an_issuers_name_apart_from_the_title_in_its_line_stays_in_it():
    found = metadata("某市商务局 某市发展和改革委员会 关于印发某市服务贸易发展规划的通知", "各县（市、区）：")
    assert found.title == "某市商务局某市发展和改革委员会关于印发某市服务贸易发展规划的通知"


def test_a_doc_number_a_mirror_site_glossed_is_read_without_its_glosses():
    # 湘西自治州 州政发〔2020〕5号 as a mirror site printed it, in traditional characters
    found = metadata("州政發(fā)〔2020〕5號", "各縣市人民政府、湘西經(jīng)開區(qū)管委會,州政府各局委、各直屬機構:",
                     "湘西自治州人民政府", "2020年2月22日")
    assert (found.doc_no, found.issuer, found.date) == ("州政發〔2020〕5號", "湘西自治州人民政府", dt.date(2020, 2, 22))


def test_a_doc_number_without_glosses_is_kept_as_printed():
    found = metadata("珠府辦〔2021〕9號", "珠海市人民政府辦公室關於印發珠海市全面深化服務貿易創新發展試點實施方案的通知")
    assert found.doc_no == "珠府辦〔2021〕9號"


@pytest.mark.parametrize(("sentence", "parent"), [
    ("为贯彻落实国办发〔2022〕10号文件精神，结合我市实际，制定本方案。", "国办发〔2022〕10号"),
    ("根据国务院办公厅国办发〔2022〕10号要求，制定本方案。", "国办发〔2022〕10号"),
    ("按照省政府鄂政办发〔2022〕10号要求，制定本方案。", "鄂政办发〔2022〕10号"),
])
def test_a_doc_number_a_sentence_cites_is_the_number_alone(sentence, parent):
    found = metadata("某市优化营商环境实施方案", sentence)
    assert (found.doc_no, found.parent_doc_no) == (None, parent)


@pytest.mark.parametrize(("sentence", "parent"), [
    ("根据和政发〔2022〕10号要求，制定本方案。", "和政发〔2022〕10号"),  # 和政县
    ("为和府办〔2022〕3号文件所列事项制定本方案。", "和府办〔2022〕3号"),  # 和平县
])
def test_a_cited_doc_number_whose_letters_open_with_a_conjunction_keeps_them(sentence, parent):
    found = metadata("某县优化营商环境实施方案", sentence)
    assert (found.doc_no, found.parent_doc_no) == (None, parent)


@pytest.mark.parametrize(("sentence", "parent"), [
    ("按照县政府办发〔2021〕5号文件要求，制定本方案。", "县政府办发〔2021〕5号"),
    ("根据市政府令〔2020〕3号，制定本方案。", "市政府令〔2020〕3号"),
])
def test_a_cited_doc_number_whose_letters_hold_a_lead_in_word_keeps_them(sentence, parent):
    # 政府 leads a sentence to a number (按照省政府鄂政办发…) but here is the number's own: 办发 or 令
    # after it names no issuer
    found = metadata("某县优化营商环境实施方案", sentence)
    assert (found.doc_no, found.parent_doc_no) == (None, parent)


def test_a_page_that_lost_its_line_breaks_keeps_its_own_number_opening_with_a_conjunction():
    found = metadata("和政县人民政府文件和政发〔2023〕2号和政县人民政府关于印发和政县优化营商环境实施方案的通知"
                     "各乡镇人民政府，县直各部门：现将《和政县优化营商环境实施方案》印发给你们，请认真贯彻落实。")
    assert found.doc_no == "和政发〔2023〕2号"


def test_a_doc_number_cited_in_brackets_keeps_its_letters():
    found = metadata("某市优化营商环境实施方案", "根据《深圳市人民政府关于印发市建设营商环境创新试点城市实施方案的通知》(深府〔2022〕13号),结合我区实际,提出以下措施。")
    assert found.parent_doc_no == "深府〔2022〕13号"


def test_a_deadline_in_a_page_that_lost_its_line_breaks_is_no_signature():
    line = ("某市优化营商环境实施方案为加快推进政府职能转变,制定本方案。一、重点任务1.推进审批提速。"
            "各区政府2023年12月31日前完成全部事项梳理,并报市政府备案。" + "持续优化审批流程,压减审批时限。" * 6)
    found = metadata(line)
    assert (found.issuer, found.date) == (None, None)


def test_an_information_table_copied_with_its_rules_is_read_without_them():
    # 亳州市谯城区 2020 重点工作任务分解表, its page's information table copied as text with its rules
    found = metadata(
        "索引号: | 11341602003166647K/202004-00328 | 信息分类: | 规范性文件 |",
        "发布机构: | 谯城区政府(办公室) | 主题分类: | 综合政务 / 公民 / 通知 |",
        "成文日期: | 发布日期: | 2020-04-09 08:44 | |",
        "发文字号: | 无 | 有 效 性: | 失效 |",
        "标 题: | 亳州市谯城区人民政府办公室关于印发2020年政府工作报告重点工作任务分解表的通知 | ||",
        "各乡镇人民政府、街道办事处,区政府各部门、各直属机构:",
    )
    assert (found.title, found.doc_no, found.date, found.region) == (
        "亳州市谯城区人民政府办公室关于印发2020年政府工作报告重点工作任务分解表的通知", None, dt.date(2020, 4, 9), "谯城区")
    assert found.date_published  # no 成文日期: the day the page published it, said so


def test_a_row_opening_with_a_rule_reads_its_label():
    assert [(f.kind, f.value) for f in read_info_line("| 文号 | 某政办〔2023〕1号 |")] == [("doc_no", "某政办〔2023〕1号")]


def test_a_sentence_with_a_rule_in_it_is_no_information_row():
    assert read_info_line("| 各责任单位要高度重视 | 抓好落实 |") is None


def test_a_number_cited_after_a_cited_title_is_not_the_notices_own():
    found = metadata("为贯彻落实《国务院办公厅关于印发某方案的通知》(国办发〔2022〕10号)精神，结合实际，制定本方案。")
    assert (found.doc_no, found.parent_doc_no) == (None, "国办发〔2022〕10号")


def test_an_issuer_printed_before_印发_in_the_title():
    # 兰政办发〔2015〕7号, its title over three lines
    found = metadata("兰州市人民政府办公厅", "印发关于加快推进全市第三产业跨越发展的", "实施意见的通知", "兰政办发〔2015〕7号",
                     "各县、区人民政府,市政府各部门,各有关单位:")
    assert (found.title, found.issuer, found.doc_no) == (
        "兰州市人民政府办公厅印发关于加快推进全市第三产业跨越发展的实施意见的通知", "兰州市人民政府办公厅", "兰政办发〔2015〕7号")


def test_a_title_with_a_range_of_years_written_with_a_tilde():
    # 苏州市人民政府 2024 跨境电商综合试验区三年行动计划, traditional characters
    found = metadata("蘇州市人民政府", "2024年4月8日", "(此件公開發布)",
                     "中國(蘇州)跨境電子商務綜合試驗區高質量發展三年行動計劃(2024~2026年)",
                     "為深入貫徹落實《國務院辦公廳關于加快發展外貿新業態新模式的意見》(國辦發〔2021〕24號),特制定以下行動計劃。")
    assert found.title == "中國(蘇州)跨境電子商務綜合試驗區高質量發展三年行動計劃(2024~2026年)"


def test_a_sites_note_in_brackets_is_no_part_of_the_title_below_it():
    # 天津市 2022 扎实稳住经济实施方案, as a site printed it with its note that the text is abridged
    found = metadata("天津市人民政府", "2022年5月30日", "(本文有删减)", "天津市贯彻落实《扎实稳住经济的一揽子政策措施》实施方案",
                     "为深入贯彻习近平新时代中国特色社会主义思想,制定本实施方案。")
    assert found.title == "天津市贯彻落实《扎实稳住经济的一揽子政策措施》实施方案"


def test_a_bracketed_qualifier_after_a_titles_first_line_stays_in_it():
    found = metadata("静安区全力打响“上海服务”品牌", "加快建设“国际静安”三年行动计划", "(2018—2020年)",
                     "为贯彻落实上海全力打响“四大品牌”的战略部署,特制定本行动计划。")
    assert found.title == "静安区全力打响“上海服务”品牌加快建设“国际静安”三年行动计划(2018—2020年)"


def test_an_issuer_without_its_place_is_placed_by_the_information_tables_full_name():
    # 下陆区 (黄石) 2020 重点工作责任分解: the title and signature leave the district out, the page's
    # information table names it (下陆区政府办公室, 政府 for 人民政府)
    found = metadata("名 称: 区人民政府办公室 关于印发2020年区政府重点工作责任分解的通知",
                     "索 引 号: 000014349/2020-105482 发布日期: 2020-06-28 发布机构: 下陆区政府办公室",
                     "区人民政府办公室 关于印发2020年区政府重点工作责任分解的通知", "各新区、区政府各部门、各市级垂管单位:")
    assert (found.issuer, found.level, found.region) == ("下陆区政府办公室", "county", "下陆区")  # its issuer too (meta42)


def test_an_information_tables_other_body_does_not_place_the_issuer():
    found = metadata("发布机构: 下陆区商务局", "区人民政府办公室关于印发2020年区政府重点工作责任分解的通知")
    assert (found.issuer, found.region) == ("区人民政府办公室", None)


def test_a_signature_wrapped_over_two_lines_is_read_whole():
    # 木环组发〔2019〕1号: 中共木兰县委木兰县人民政府 / 优化营商环境领导小组 / 2019年7月16日
    found = metadata("关于印发《木兰县优化营商环境工作方案》的通知", "木环组发〔2019〕1号",
                     "各乡镇党委、政府,县委、县政府各有关部门:", "现将《木兰县优化营商环境工作方案》印发给你们,请认真贯彻执行。",
                     "中共木兰县委木兰县人民政府", "优化营商环境领导小组", "2019年7月16日")
    assert found.issuer == "中共木兰县委木兰县人民政府优化营商环境领导小组"


@pytest.mark.parametrize(("signers", "issuer"), [
    # bodies signing one to a line over the date sign it jointly, listed (places-blind5's 苏州 page: a place's Party
    # committee over its government; the seventh unseen round's 肇庆 page: two bureaus) — never one name wrapped over
    # two lines, nor the second alone (half of the issuers)
    (("中共岳阳市委办公室", "岳阳市人民政府办公室"), "中共岳阳市委办公室、岳阳市人民政府办公室"),
    (("大连市商务局", "大连海关"), "大连市商务局、大连海关"),
    (("蔡甸区发展和改革局", "区人民政府办公室"), "蔡甸区发展和改革局、区人民政府办公室"),
    # two central bodies, naming no place (read as one name wrapped, 商务部海关总署)
    (("商务部", "海关总署"), "商务部、海关总署"),
])
def test_a_second_body_signing_on_the_line_below_is_not_read_as_a_wrapped_name(signers, issuer):
    found = metadata("关于印发某方案的通知", "现将《某方案》印发给你们,请认真贯彻执行。", *signers, "2023年3月1日")
    assert found.issuer == issuer


def test_a_sites_section_name_in_brackets_before_the_title_is_no_part_of_it():
    # 滁州市 2020 市政府重点工作及责任分解, its page's section printed before the title in its line
    found = metadata("【市政府重点工作及责任分解】滁州市人民政府关于2020年市政府重点工作及责任分解的通知",
                     "发布时间:2020-02-03 17:29", "各县、市、区人民政府,市政府各部门、各直属机构:")
    assert (found.title, found.issuer, found.region, found.date, found.date_published) == (
        "滁州市人民政府关于2020年市政府重点工作及责任分解的通知", "滁州市人民政府", "滁州", dt.date(2020, 2, 3), True)


def test_a_title_printed_as_a_citation_is_read_without_its_marks():
    # 京政办发〔2016〕26号 as a repost prints it: the title in 《》, the plan's own title in 〈〉 inside it
    found = metadata("《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》", "京政办发〔2016〕26号",
                     "各区人民政府,市政府各委、办、局,各市属机构:")
    assert found.title == "北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知"


def test_a_cited_plan_on_a_line_of_its_own_after_the_title_stays_cited():
    found = metadata("某市人民政府关于印发某市优化营商环境实施方案的通知", "《某市优化营商环境实施方案》", "各区人民政府:")
    assert found.title == "某市人民政府关于印发某市优化营商环境实施方案的通知"


def test_joint_issuers_apart_on_the_title_line_stay_in_it_in_any_form():
    found = metadata("某市商务局 市人行 关于印发某市跨境贸易便利化实施方案的通知", "各县（市、区）：")
    assert found.title == "某市商务局市人行关于印发某市跨境贸易便利化实施方案的通知"


def test_a_sites_section_opening_with_a_level_marker_is_no_issuer():
    found = metadata("某市人民政府 市政府文件 关于印发某市跨境贸易便利化实施方案的通知", "各县（市、区）：")
    assert found.title == "关于印发某市跨境贸易便利化实施方案的通知"


def test_a_law_cited_on_a_line_of_its_own_above_the_title_is_no_title():
    found = metadata("《中华人民共和国行政许可法》", "某市人民政府关于印发某市优化营商环境实施方案的通知", "各区人民政府:")
    assert found.title == "某市人民政府关于印发某市优化营商环境实施方案的通知"


def test_a_law_databases_fields_in_brackets_are_no_part_of_the_title():
    found = metadata("【法宝引证码】CLI.1.304262", "【时效性】尚未施行",
                     "某市人民政府办公厅关于印发某市突发事件应急体系建设规划责任分解的通知", "各县(市、区)人民政府:")
    assert found.title == "某市人民政府办公厅关于印发某市突发事件应急体系建设规划责任分解的通知"


def test_an_information_table_printed_as_a_list_with_values_below_their_labels():
    # 宣政秘〔2021〕14号: each label a list item, its value on the line below, the date with its time
    found = metadata("• 发布机构", "宣城市人民政府(办公室)", "• 发文日期", "2021-02-12 16:00", "• 发布文号",
                     "宣政秘〔2021〕14号", "• 信息名称", "宣城市人民政府关于印发2021年市政府工作报告目标任务分解表的通知",
                     "各县、市、区人民政府,市政府各部门、各直属机构:")
    assert (found.title, found.doc_no, found.date) == (
        "宣城市人民政府关于印发2021年市政府工作报告目标任务分解表的通知", "宣政秘〔2021〕14号", dt.date(2021, 2, 12))


@pytest.mark.parametrize("line", ["• 发布机构要及时公开办事指南。", "- 文号为依据"])
def test_a_list_item_that_says_a_sentence_is_no_information_row(line):
    assert read_info_line(line) is None


def test_a_doc_number_opening_a_run_on_line_before_the_addressees_is_the_notices_own():
    # 州政发〔2020〕5号 (湘西) on a page printed as one line, as a mirror site glossed it
    found = metadata("州政發(fā)〔2020〕5號各縣市人民政府、湘西經開區管委會,州政府各局委、各直屬機構:"
                     "《湘西自治州2020年深化“放管服”改革優化營商環境工作計劃》已經州人民政府第54次常務會議同意,現印發給你們。")
    assert (found.doc_no, found.parent_doc_no) == ("州政發〔2020〕5號", None)


def test_a_doc_number_opening_a_sentence_that_cites_it_is_not_the_notices_own():
    found = metadata("某市优化营商环境实施方案", "国办发〔2022〕10号文件要求，各地加快推进审批制度改革。")
    assert (found.doc_no, found.parent_doc_no) == (None, "国办发〔2022〕10号")


def test_a_sentence_opening_with_a_body_and_a_date_in_a_long_line_is_no_signature():
    # a page that lost its line breaks is parted at its signature (…请认真组织实施。某某办公室2021年4月10日
    # …); a sentence that opens with a body's name and a date (…。市政府2023年6月30日召开…) goes on after
    # it, where a signature ends the notice
    preamble = "为深入贯彻落实党中央、国务院关于优化营商环境的决策部署，持续激发市场主体活力，" * 5
    found = metadata("某市优化营商环境实施方案",
                     preamble + "。市政府2023年6月30日召开常务会议研究通过了本方案，请各单位认真贯彻执行。")
    assert (found.issuer, found.date) == (None, None)


def test_a_signature_in_a_long_line_after_the_sentence_issuing_the_plan_is_read_though_the_text_follows():
    # 京政办发〔2016〕26号 as a page that lost its line breaks printed it: the signature after the
    # notice's last sentence, the plan's text right after its date
    found = metadata("京政办发〔2016〕26号各区人民政府,市政府各委、办、局,各市属机构:《北京市2016年政务公开工作要点》"
                     "已经市政府同意,现印发给你们,请结合实际认真贯彻落实。北京市人民政府办公厅2016年5月28日"
                     "2016年是全面建成小康社会决胜阶段的开局之年,也是推进结构性改革的攻坚之年。今年政务公开工作的总体要求是:"
                     "深入贯彻《国务院办公厅关于印发2016年政务公开工作要点的通知》(国办发〔2016〕19号)精神。")
    assert (found.issuer, found.date) == ("北京市人民政府办公厅", dt.date(2016, 5, 28))


def test_a_task_breakdown_titled_under_a_web_pages_breadcrumbs_is_the_title():
    # 丽水市 市政府工作报告重点工作责任分解(2023年), its page's breadcrumbs above the title
    found = metadata("当前位置:首页", ">> 专题专栏 >> 归档专题 >> 2023市政府重点工作(已归档)",
                     "市政府工作报告重点工作责任分解(2023年)", "时间:2023-07-11 17:01 浏览次数: 信息来源: 某市政府")
    assert found.title == "市政府工作报告重点工作责任分解(2023年)"


def test_a_numbered_section_ending_in_a_breakdown_is_no_title():
    assert metadata("一、目标任务分解", "1.地区生产总值增长6%以上。").title is None


def test_an_information_table_closing_with_its_consultation_rows_is_read():
    # 谯城区 2020 重点工作任务分解表 notice: 政策咨询机关: | 政策咨询电话: under the 标 题 row
    grid = Grid(rows=tuple(Row(cells=tuple(Cell(paragraphs=(text,)) for text in row)) for row in [
        ["发布机构:", "谯城区政府(办公室)", "主题分类:", "综合政务 / 公民 / 通知"],
        ["标 题:", "亳州市谯城区人民政府办公室关于印发2020年政府工作报告重点工作任务分解表的通知", "", ""],
        ["政策咨询机关:", "政策咨询电话:"],
    ]))
    found = read_metadata([Paragraph(text="各乡镇人民政府、街道办事处:")], grids=[grid])
    assert (found.title, found.region) == ("亳州市谯城区人民政府办公室关于印发2020年政府工作报告重点工作任务分解表的通知", "谯城区")


def test_a_doc_number_printed_before_the_title_in_its_line_is_not_part_of_the_title():
    # 江汉区 江政办〔2020〕2 号, the page printing the number and the title on one line
    found = metadata("江政办〔2020〕2 号 区人民政府办公室关于印发2020年区政府工作报告确定的主要目标任务责任分解方案的通知",
                     "各街道办事处,区人民政府各部门,区属各单位:")
    assert (found.title, found.doc_no, found.issuer) == (
        "区人民政府办公室关于印发2020年区政府工作报告确定的主要目标任务责任分解方案的通知", "江政办〔2020〕2号", "区人民政府办公室")


def test_a_doc_number_before_the_title_cited_in_its_line_is_not_part_of_the_title():
    # 青办发〔2019〕29号 on a law database's page: the number, then the notice's title in 《》
    found = metadata("青办发〔2019〕29号《中共青海省委办公厅青海省人民政府办公厅印发〈关于鼓励引导人才向艰苦边远地区和基层一线流动的若干措施〉的通知》",
                     "青办发〔2019〕29号")
    assert (found.title, found.doc_no, found.region) == (
        "中共青海省委办公厅青海省人民政府办公厅印发〈关于鼓励引导人才向艰苦边远地区和基层一线流动的若干措施〉的通知", "青办发〔2019〕29号", "青海")


def test_a_doc_number_before_a_citation_in_a_sentence_leaves_no_title():
    assert metadata("国办发〔2020〕24号《意见》提出，要进一步优化营商环境。", "现将方案印发给你们。").title is None


def test_a_doc_number_before_a_sentence_leaves_no_title():
    assert metadata("宁政办发〔2021〕5号 各区人民政府,市府各委办局:", "现将方案印发给你们。").title is None


def test_a_headline_citing_the_title_cut_short_is_not_part_of_it():
    # 粤府办〔2023〕5号 on a mirror page: a headline 《… cut short above the notice's title over three lines
    found = metadata("《广东省进一步加大力度支持民间投资发展实施", "广东省人民政府办公厅关于印发广东省",
                     "进一步加大力度支持民间投资发展", "实施方案的通知", "粤府办〔2023〕5号")
    assert found.title == "广东省人民政府办公厅关于印发广东省进一步加大力度支持民间投资发展实施方案的通知"


def test_a_title_whose_citation_a_page_left_open_is_still_the_title():
    # 深发〔2013〕8号 as its page prints it, the closing 》 lost
    # (the space between its two issuers kept as printed, since places round 4)
    found = metadata("中共深圳市委 深圳市人民政府关于印发《深圳经济特区一体化建设三年实施计划(2013—2015年)的通知", "深发〔2013〕8号")
    assert found.title == "中共深圳市委 深圳市人民政府关于印发《深圳经济特区一体化建设三年实施计划(2013—2015年)的通知"


def test_a_notice_issued_with_the_party_committee_is_placed_in_its_city():
    found = metadata("中共深圳市委 深圳市人民政府关于印发《深圳经济特区一体化建设三年实施计划(2013—2015年)》的通知", "深发〔2013〕8号")
    assert (found.level, found.region) == ("municipal", "深圳")


def test_a_central_party_body_is_placed_nowhere():
    found = metadata("中共中央办公厅 国务院办公厅关于印发《某某改革方案》的通知", "厅字〔2020〕1号")
    assert (found.level, found.region) == ("national", None)


def test_a_date_a_web_page_followed_with_lost_spaces_is_read():
    # 内蒙古 口岸 notice: 2022年7月27日?????? before the contact line
    assert read_date("2022年7月27日??????") == dt.date(2022, 7, 27)
    assert read_date("2022年7月27日?前完成") is None


def test_a_title_run_into_its_pages_words_in_a_line_that_ran_on_is_the_title():
    # 芜湖市 2021 重点工作及责任分解, its page printed as one line
    line = ("芜湖市人民政府关于2021年重点工作及责任分解的通知发布时间:2021-04-01 09:11信息来源: 芜湖市人民政府阅读次数: "
            "字体:【各县市区人民政府,市政府各部门、各直属单位:" + "现将市政府2021年重点工作任务分解下达给你们,请认真组织实施。" * 6)
    found = metadata(line)
    assert (found.title, found.issuer, found.region) == ("芜湖市人民政府关于2021年重点工作及责任分解的通知", "芜湖市人民政府", "芜湖")


def test_a_title_run_into_the_plans_first_heading_in_a_line_that_ran_on_is_the_title():
    line = "营商环境创新2022年行动计划一、工作目标对标最高标准、最优水平、最佳实践," + "深入实施营商环境创新提升行动,聚焦重点领域和关键环节," * 8
    assert metadata(line).title == "营商环境创新2022年行动计划"


def test_a_title_run_into_the_notices_addressees_in_a_line_that_ran_on_is_the_title():
    # 云南省人民政府关于进一步促进全省经济持续平稳发展的意见, its page printed as one line
    line = ("云南省人民政府关于进一步促进全省经济持续平稳发展的意见各州、市、县、区人民政府，省直各委、办、厅、局：为认真贯彻落实"
            "中央经济工作会议精神，现提出以下意见：" + "一、推进重大项目建设建立健全领导联系重点项目制度。" * 12)
    found = metadata(line)
    assert (found.title, found.issuer, found.region) == ("云南省人民政府关于进一步促进全省经济持续平稳发展的意见", "云南省人民政府", "云南")


def test_a_title_followed_by_a_sentence_of_its_own_in_a_line_that_ran_on_ends_at_no_addressee():
    # 各 opening a sentence, not a list of addressees up to a colon: the title is not cut there
    line = "营商环境创新2022年行动计划各地要认真落实。" + "深入实施营商环境创新提升行动,聚焦重点领域和关键环节。" * 8
    assert metadata(line).title is None


def test_a_pages_words_before_an_issuer_in_a_line_that_ran_on_give_no_title():
    line = ("轻触这里关闭目录深圳市盐田区人民政府深圳市盐田区关于持续优化营商环境支持市场主体更好发展的若干措施来源:盐田区发展和改革局"
            "发布时间:2023-03-10  " + "为贯彻落实国家、省、市关于深化改革优化营商环境的决策部署,进一步对标最高标准," * 5)
    assert metadata(line).title is None


def test_an_unsigned_date_after_the_notices_last_sentence_in_a_line_that_ran_on_dates_it():
    # 房县 以控制成本为核心优化营商环境的具体措施, its page printed as one line
    line = ("各乡镇人民政府,县直各单位:《以控制成本为核心优化营商环境的具体措施》已经县政府同意,现印发给你们,请认真贯彻落实。"
            "2023年6月30日以控制成本为核心优化营商环境的具体措施为深入贯彻党的二十大精神," + "坚持以市场主体需求为导向、以控制成本为核心," * 5)
    found = metadata(line)
    assert (found.title, found.date, found.issuer) == ("以控制成本为核心优化营商环境的具体措施", dt.date(2023, 6, 30), None)


def test_a_date_in_a_sentence_of_a_line_that_ran_on_dates_nothing():
    line = "一、工作目标。" + "深入实施营商环境创新提升行动。2023年6月30日前完成清理工作,聚焦重点领域和关键环节," * 4
    assert metadata(line).date is None


def test_a_notices_title_run_into_anything_in_a_line_that_ran_on_is_the_title():
    # 蔡政办〔2023〕1号, its page printed as one line: the title twice, then the page's date and words
    line = ("区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知区人民政府办公室关于印发"
            "2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知2023-01-05 10:00 区人民政府办公室索 引 号 "
            "MB1534522/2023-05475 发文日期 2023-01-03" + "各街道办事处、乡人民政府,区人民政府各部门、各直属机构:" * 3)
    found = metadata(line)
    assert (found.title, found.issuer) == (
        "区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知", "区人民政府办公室")


def test_a_notice_that_forwards_a_notice_is_not_cut_inside_the_title_it_cites():
    line = ("某市人民政府办公室关于转发《省人民政府关于做好自由贸易试验区改革试点经验复制推广工作的通知》的通知"
            "各县(市、区)人民政府,市直各单位:" + "现将《省人民政府关于做好复制推广工作的通知》转发给你们,请认真贯彻执行。" * 4)
    assert metadata(line).title == "某市人民政府办公室关于转发《省人民政府关于做好自由贸易试验区改革试点经验复制推广工作的通知》的通知"


def test_the_office_a_page_names_as_its_source_issues_a_plan_that_prints_no_issuer():
    # 丽水市 市政府工作报告重点工作责任分解(2023年): 时间:… 浏览次数: 信息来源: 丽水市政府 under the title
    found = metadata("市政府工作报告重点工作责任分解(2023年)", "时间:2023-07-11 17:01 浏览次数: 信息来源: 丽水市政府",
                     "一、全市经济社会发展主要预期目标")
    assert (found.title, found.issuer, found.level, found.region) == (
        "市政府工作报告重点工作责任分解(2023年)", "丽水市政府", "municipal", "丽水")


@pytest.mark.parametrize("line", ["来源:大连日报  时间:2018-12-05", "信息来源: 中国政府网"])
def test_a_pages_source_that_is_no_office_issues_nothing(line):
    assert metadata("关于进一步优化营商环境的实施意见", line).issuer is None


def test_the_issuer_a_notice_prints_wins_over_the_pages_source():
    found = metadata("芜湖市人民政府关于2021年重点工作及责任分解的通知", "发布时间:2021-04-01 09:11 信息来源: 芜湖市发展和改革委员会")
    assert found.issuer == "芜湖市人民政府"


def test_an_information_table_at_the_head_of_a_line_that_ran_on_is_read():
    # 蔡政办〔2023〕1号, its page printed as one line
    line = ("区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知2023-01-05 10:00 "
            "区人民政府办公室索 引 号 MB1534522/2023-05475 发文日期 2023-01-03发布机构 区人民政府办公室 文    号 "
            "蔡政办〔2023〕1号分   类 政务公开 有 效 性 有效各街道办事处、乡人民政府,区人民政府各部门、各直属机构:"
            + "现将方案印发给你们,并就有关事项通知如下。" * 4)
    found = metadata(line)
    assert (found.doc_no, found.date) == ("蔡政办〔2023〕1号", dt.date(2023, 1, 3))


def test_words_of_a_line_that_ran_on_that_are_labels_only_by_chance_are_no_information_table():
    line = ("某区优化营商环境工作方案为推进改革,发文日期 2023-01-03以后的文件,发布机构 区人民政府办公室统一审核,"
            + "各部门要按照要求认真组织实施。" * 8)
    assert metadata(line).date is None


def test_a_title_holding_a_numeral_and_a_comma_run_into_the_plans_first_heading_is_the_title():
    # the 一、 of 统一、 stands before the heading's in the line; it ends no title
    line = ("某市人民政府办公室关于建立统一、规范的政务服务体系的实施意见一、总体要求。"
            + "各单位要加强组织领导,明确时间节点,确保各项任务落实到位。" * 8)
    assert metadata(line).title == "某市人民政府办公室关于建立统一、规范的政务服务体系的实施意见"


def test_a_line_that_ran_on_whose_numeral_and_comma_end_no_title_gives_none():
    line = "为建立统一、规范的政务服务体系,一、加强组织领导。" + "各单位要加强组织领导,明确时间节点,确保各项任务落实到位。" * 8
    assert metadata(line).title is None


@pytest.mark.parametrize("heading", ["（一）工作目标。", "1.工作目标。", "第一部分 总体要求。"])
def test_a_title_run_into_a_first_heading_numbered_in_any_style_in_a_line_that_ran_on_is_the_title(heading):
    line = "某市深化“放管服”改革优化营商环境实施方案" + heading + "各单位要加强组织领导,明确时间节点,确保各项任务落到实处。" * 8
    assert metadata(line).title == "某市深化“放管服”改革优化营商环境实施方案"


@pytest.mark.parametrize("heading", ["二、工作目标。", "（3）工作目标。", "十一、工作目标。"])
def test_a_title_run_into_a_number_that_opens_no_plan_in_a_line_that_ran_on_gives_none(heading):
    line = "某市深化“放管服”改革优化营商环境实施方案" + heading + "各单位要加强组织领导,明确时间节点,确保各项任务落到实处。" * 8
    assert metadata(line).title is None


@pytest.mark.parametrize("heading", ["第一部分 目标任务分解", "1）年度工作计划", "①重点项目清单"])
def test_a_section_numbered_in_any_style_ending_like_a_title_is_no_title(heading):
    assert metadata(heading, "1.地区生产总值增长6%以上。").title is None


def test_a_notices_own_number_and_red_head_opening_a_line_that_ran_on_are_not_part_of_the_title():
    # 鞍立政发〔2023〕2号 (立山区), its page printed as one line: the red head, the number, then the title
    line = ("鞍山市立山区人民政府文件鞍立政发〔2023〕2号立山区人民政府关于印发《立山区政府2023年重点工作任务分解和责任分工方案》的通知"
            "立山经济开发区,各街道办事处,各区直部门:" + "经区政府同意,现将方案印发给你们,请结合实际,认真贯彻落实。" * 4)
    found = metadata(line)
    assert (found.title, found.doc_no, found.issuer) == (
        "立山区人民政府关于印发《立山区政府2023年重点工作任务分解和责任分工方案》的通知", "鞍立政发〔2023〕2号", "立山区人民政府")


def test_a_title_printed_as_a_citation_after_the_notices_own_number_in_a_line_that_ran_on_is_the_title():
    # 武政办〔2021〕22号 on a law database's page printed as one line: 《title》 and the page's words after it
    line = ("武政办〔2021〕22号《武汉市人民政府办公厅关于印发市十四届人大六次会议1号议案办理工作方案的通知》浏览量: 时间:2024-01-10"
            + "为认真办理市十四届人大六次会议1号议案,特制订本方案。" * 6)
    assert metadata(line).title == "武汉市人民政府办公厅关于印发市十四届人大六次会议1号议案办理工作方案的通知"


def test_a_number_cited_in_a_sentence_opening_a_line_that_ran_on_heads_no_title():
    line = ("国办发〔2019〕39号和省政府办公厅关于印发行动方案的通知要求,各地加快推进审批制度改革,"
            + "各单位要加强组织领导,明确时间节点,确保各项任务落实到位。" * 6)
    assert metadata(line).title is None


def test_a_plans_title_after_the_publication_note_in_a_line_that_ran_on_is_read_apart():
    # 金乡县 2025年重要工作事项责任分工, its page printed as one line: the signature, the note, the plan's title
    line = ("各镇政府,各街道办事处,县政府各部门:为全面完成各项任务,县政府研究确定了《2025年金乡县政府重要工作事项责任分工》,"
            "现印发给你们,请认真落实。金乡县人民政府2025年2月28日(此件公开发布)2025年金乡县政府重要工作事项责任分工"
            "2025年是“十四五”规划的收官之年。" + "根据县人民代表大会的总体安排部署,现将责任分工如下。" * 4)
    found = metadata(line)
    assert (found.title, found.issuer, found.date) == ("2025年金乡县政府重要工作事项责任分工", "金乡县人民政府", dt.date(2025, 2, 28))


def test_a_publication_note_before_a_sentence_in_a_line_that_ran_on_gives_no_title():
    line = ("各镇政府,县政府各部门:《2025年某县政府重要工作事项责任分工》已经县政府同意,现印发给你们,请认真落实。"
            "某县人民政府2025年2月28日(此件公开发布)为全面完成县人民代表大会确定的各项任务,现将有关事项通知如下。"
            + "各单位要加强组织领导,确保各项任务落实到位。" * 4)
    assert metadata(line).title is None


def test_the_notice_title_a_pages_information_table_names_wins_over_the_title_of_the_plan_it_issues():
    # 下陆区 2020年区政府重点工作责任分解, its page printed as one line: the notice's title only in 名 称:
    found = metadata("名 称: 区人民政府办公室 关于印发2020年区政府重点工作责任分解的通知", "2020年6月28日",
                     "2020年区政府重点工作责任分解")
    assert found.title == "区人民政府办公室关于印发2020年区政府重点工作责任分解的通知"


def test_a_pages_information_table_naming_another_document_leaves_the_title_printed():
    found = metadata("名 称: 区人民政府办公室 关于印发2020年区政府工作规则的通知", "2020年6月28日",
                     "2020年区政府重点工作责任分解")
    assert found.title == "2020年区政府重点工作责任分解"


def test_a_notices_title_after_the_pages_words_closing_with_a_label_in_a_line_that_ran_on_is_the_title():
    # 厦府办〔2019〕10号 copied with its page's words, the page printed as one line
    line = ("首页 > 政务公开 > 政策文件【字体：大 中 小】 打印本页发布时间：2019-01-18 10:00 来源：本网 浏览次数："
            "厦门市人民政府办公厅关于印发聚焦企业关切进一步落实优化营商环境政策若干措施的通知厦府办〔2019〕10号"
            "各区人民政府,市直各委、办、局:" + "《若干措施》已经市政府同意,现印发给你们,请认真组织实施。" * 4)
    found = metadata(line)
    assert (found.title, found.doc_no, found.issuer) == (
        "厦门市人民政府办公厅关于印发聚焦企业关切进一步落实优化营商环境政策若干措施的通知", "厦府办〔2019〕10号", "厦门市人民政府办公厅")


def test_a_sentence_after_the_pages_words_closing_with_a_label_in_a_line_that_ran_on_gives_no_title():
    line = ("首页 > 政务公开 > 政策文件 发布时间：2019-01-18 10:00 来源：本网 浏览次数："
            "为进一步优化营商环境,现将有关事项通知如下。" + "各单位要加强组织领导,明确时间节点,确保各项任务落实到位。" * 6)
    assert metadata(line).title is None


@pytest.mark.parametrize("opening", ["", "首页 > 政策文件 来源：本网 浏览次数："])
def test_a_sentence_citing_a_notices_title_in_a_line_that_ran_on_gives_no_title(opening):
    line = (opening + "根据省政府办公厅关于印发优化营商环境行动方案的通知要求,结合我市实际,制定本方案。"
            + "各单位要加强组织领导,明确时间节点,确保各项任务落实到位。" * 6)
    found = metadata(line)
    assert (found.title, found.issuer, found.region) == (None, None, None)


def test_a_title_after_a_law_databases_fields_in_a_line_that_ran_on_is_the_title():
    # 运城市 “十三五”应急体系规划责任分解 on a law database's page printed as one line: 【label】value fields
    # run into the issuer's name
    line = ("【法宝引证码】CLI.1.304262【时效性】尚未施行运城市人民政府办公厅关于印发运城市突发事件应急体系建设“十三五”规划责任分解的通知"
            "各县(市、区)人民政府,各开发区管委会,市直各有关单位:" + "经市人民政府同意,现将《规划》责任分解印发给你们,请认真组织实施。" * 4)
    found = metadata(line)
    assert (found.title, found.issuer) == (
        "运城市人民政府办公厅关于印发运城市突发事件应急体系建设“十三五”规划责任分解的通知", "运城市人民政府办公厅")


def test_a_law_databases_fields_before_no_known_name_give_no_title():
    line = ("【法宝引证码】CLI.1.304262【时效性】尚未施行本网站关于调整栏目设置的通知"
            + "各单位要加强组织领导,明确时间节点,确保各项任务落实到位。" * 6)
    assert metadata(line).title is None


def test_a_place_without_its_level_before_the_title_in_a_line_that_ran_on_is_the_issuers():
    # 泰州 聚焦企业关切进一步优化营商环境行动方案, its page printed as one line: 泰州关于印发…的通知
    line = ("泰州关于印发聚焦企业关切进一步优化营商环境行动方案的通知为深入贯彻落实党中央、国务院和省委、省政府关于进一步优化营商环境的重要部署,"
            + "积极破解企业投资生产经营等全过程中的“堵点”“痛点”。" * 6)
    assert metadata(line).title == "泰州关于印发聚焦企业关切进一步优化营商环境行动方案的通知"


def test_words_that_name_no_place_before_a_title_in_a_line_that_ran_on_give_no_title():
    line = ("政策前沿关于印发聚焦企业关切进一步优化营商环境行动方案的通知为深入贯彻落实党中央、国务院和省委、省政府关于进一步优化营商环境的重要部署,"
            + "积极破解企业投资生产经营等全过程中的“堵点”“痛点”。" * 6)
    assert metadata(line).title is None


def test_a_glossed_doc_number_before_a_title_in_brackets_is_no_part_of_the_title():
    # 并政發〔2013〕30號 (太原) as a law database's mirror glossed it, over the title printed again
    found = metadata("并政發(fā)〔2013〕30號《太原市人民政府關(guān)于印發(fā)太原市綜合配套改革試驗實施方案的通知》",
                     "太原市人民政府關(guān)于印發(fā)太原市綜合配套改革試驗實施方案的通知", "各縣(市、區(qū))人民政府:")
    assert found.title == "太原市人民政府關于印發太原市綜合配套改革試驗實施方案的通知"


def test_a_glossed_doc_number_before_a_sentence_stays_in_its_line():
    found = metadata("并政發(fā)〔2013〕30號《太原市綜合配套改革試驗實施方案》已經市政府同意,現印發給你們。")
    assert found.title is None


def test_bodies_signing_side_by_side_are_listed_in_reading_order():
    # 青海省卫生厅 and five others (2009), two names to a line over the date
    found = metadata("关于印发青海省应对甲型H1N1流感流行应急预案(试行)的通知", "各有关单位:", "现印发给你们,请认真贯彻执行。",
                     "青海省卫生厅                        青海省发展和改革委员会",
                     "青海省公安厅                        青海省财政厅", "二○○九年五月一日")
    assert (found.issuer, found.level, found.region, found.date) == (
        "青海省卫生厅、青海省发展和改革委员会、青海省公安厅、青海省财政厅", "provincial", "青海", dt.date(2009, 5, 1))


def test_a_signature_with_one_name_is_not_read_as_columns():
    found = metadata("关于印发某方案的通知", "各有关单位:", "现印发给你们。", "青海省卫生厅", "二○○九年五月一日")
    assert found.issuer == "青海省卫生厅"


def test_an_information_tables_issuer_naming_the_web_site_gives_no_issuer():
    # 镇政发〔2024〕7号 (镇巴县): 发文机构 names the county's web site
    found = metadata("• 发文机构:", "县政府网站", "• 发文字号:", "镇政发〔2024〕7号", "第一章总则")
    assert (found.issuer, found.doc_no) == (None, "镇政发〔2024〕7号")


def test_an_information_tables_issuer_naming_a_body_gives_the_issuer():
    found = metadata("• 发文机构:", "县政府办公室", "• 发文字号:", "镇政发〔2024〕7号", "第一章总则")
    assert found.issuer == "县政府办公室"


def test_a_titles_own_number_in_brackets_after_it_is_read_apart():
    # 岳办发〔2017〕2号 (岳阳), printed after the notice's title in its line
    found = metadata("中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知(岳办发〔2017〕2号)",
                     "各县市区委、人民政府:")
    assert (found.title, found.doc_no) == (
        "中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知", "岳办发〔2017〕2号")


def test_a_number_in_brackets_after_a_cited_title_in_a_sentence_is_not_the_documents():
    found = metadata("根据国务院关于加强政务诚信建设的指导意见(国发〔2016〕76号)", "一、总体要求")
    assert (found.title, found.doc_no) == (None, None)


def test_a_titles_issuers_signing_one_to_a_line_are_listed():
    found = metadata("中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知",
                     "各县市区委、人民政府:", "现印发给你们。", "中共岳阳市委办公室", "岳阳市人民政府办公室", "2017年1月10日")
    assert (found.issuer, found.level, found.region) == ("中共岳阳市委办公室、岳阳市人民政府办公室", "municipal", "岳阳")


def test_a_titles_single_issuer_over_its_signature_stays_as_printed():
    found = metadata("岳阳市人民政府办公室关于印发某方案的通知", "各县市区人民政府:", "现印发给你们。",
                     "岳阳市人民政府办公室", "2017年1月10日")
    assert found.issuer == "岳阳市人民政府办公室"


def test_a_glossed_关于_after_the_issuer_still_gives_the_issuer():
    # 成都市人民政府辦公廳 (2001), as a mirror site glossed its title
    found = metadata("成都市人民政府辦公廳關(guān)于建立政府工作落實(shí)情況報告制度的通知", "各區(市)縣政府:")
    assert found.issuer == "成都市人民政府辦公廳"


def test_a_place_before_a_glossed_关于_is_no_issuer():
    assert metadata("岳陽市關(guān)于加快發(fā)展數字經濟的若干措施", "一、夯實基礎").issuer is None


def test_an_information_tables_date_with_its_time_of_day_gives_the_date():
    # 镇政发〔2024〕7号 (镇巴县): 发文日期 printed with the time
    found = metadata("• 发文日期:", "2024年04月06日 16:40", "• 发文字号:", "镇政发〔2024〕7号", "第一章总则")
    assert found.date == dt.date(2024, 4, 6)


def test_a_date_with_a_time_of_day_outside_an_information_table_is_no_date():
    assert metadata("某县人民政府关于印发某方案的通知", "2024年04月06日 16:40", "一、总则").date is None


@pytest.mark.parametrize(("title", "issuer"), [
    ("兰州市人民政府办公厅转发市商务局关于加快发展会展业意见的通知", "兰州市人民政府办公厅"),
    ("某市人民政府批转市发展改革委关于某试点工作方案的通知", "某市人民政府"),
])
def test_a_forwarding_notices_issuer_is_the_body_forwarding(title, issuer):
    assert metadata(title, "各县、区人民政府:").issuer == issuer


def test_a_title_opening_with_关于转发_names_no_issuer():
    assert metadata("关于转发市商务局关于加快发展会展业意见的通知", "各县、区人民政府:").issuer is None


_FORWARDED_TAIL = ("现将省环保专项行动联席会议办公室《关于国务院联合督查组对我省专项行动督查情况的通报》转发给你们,"
                   "希望你们针对通报中提出的问题,结合实际,认真研究,切实整改,确保环保专项行动真正落到实处,见到实效。" * 2)


def test_a_forwarding_notices_title_opening_a_page_printed_as_one_line():
    # 兰州 (2005), a law site printing the notice as one line
    found = metadata("兰州市人民政府办公厅转发省环保专项行动联席会议办公室关于国务院联合督查组对我省专项行动督查情况的通报的通知 "
                     "各县、区人民政府,市政府各有关部门: " + _FORWARDED_TAIL)
    assert (found.title, found.issuer) == (
        "兰州市人民政府办公厅转发省环保专项行动联席会议办公室关于国务院联合督查组对我省专项行动督查情况的通报的通知",
        "兰州市人民政府办公厅")


def test_page_words_before_转发_open_no_title_of_a_page_printed_as_one_line():
    found = metadata("首页政策文件栏目转发省环保专项行动联席会议办公室关于国务院联合督查组对我省专项行动督查情况的通报的通知 "
                     "各县、区人民政府,市政府各有关部门: " + _FORWARDED_TAIL)
    assert found.title is None


def test_a_news_report_of_a_plans_issuing_gives_its_title_and_issuers():
    # cq.gov.cn (2023): a news item opening the page, the plan's text after it
    found = metadata("近日,中共重庆市委办公厅、重庆市人民政府办公厅印发了《重庆市推进以区县城为重要载体的城镇化建设实施方案》,"
                     "并发出通知,要求各区县各部门结合实际认真抓好贯彻落实。", "一、总体要求")
    assert (found.title, found.issuer, found.region) == (
        "重庆市推进以区县城为重要载体的城镇化建设实施方案", "中共重庆市委办公厅、重庆市人民政府办公厅", "重庆")


def test_a_news_report_naming_no_body_as_issuer_gives_nothing():
    found = metadata("近日,记者从有关方面获悉并印发了《某市推进城镇化建设实施方案》,引起关注。", "一、总体要求")
    assert (found.title, found.issuer) == (None, None)


@pytest.mark.parametrize("opening", [
    "近日,国务院印发了《关于推进服务贸易创新发展的意见》。为贯彻落实文件精神,结合我市实际,制定本方案。",
    "近日,省人民政府办公厅印发了《关于推进服务贸易创新发展的实施意见》,为抓好贯彻落实,现提出如下工作方案。",
])
def test_a_plans_preamble_citing_the_document_it_implements_is_no_news_report(opening):
    # the cited document is the one the page's plan implements (制定本方案), not the page's own:
    # its title, issuer and level (national) were given to the plan
    found = metadata(opening, "一、总体要求")
    assert (found.title, found.issuer) == (None, None)


def test_a_flip_book_page_header_is_no_title():
    # a government site's flip-book export opens its first page with Page 1 - <the book's name>
    # and P. 1 (tests/fixtures/plans/ningxia-flipbook-pages.txt)
    found = read_metadata([Paragraph(t) for t in (
        "Page 1 - 加快发展数字贸易的实施意见", "P. 1", "宁夏回族自治区人民政府关于", "加快发展数字贸易的", "实施意见",
        "宁政发〔2024〕21 号", "各市、县(区)人民政府:")])
    assert (found.title, found.doc_no) == ("宁夏回族自治区人民政府关于加快发展数字贸易的实施意见", "宁政发〔2024〕21号")


def test_an_information_line_with_two_labels_gives_each_its_value():
    # 发文文号: X 发布机关: Y on one line (a city's 政府信息公开 page): 发布机关 is an issuer's label
    assert [(f.label, f.kind, f.value) for f in read_info_line("发文文号: 嘉政办发〔2023〕7号 发布机关: 市政府办公室")] == [
        ("发文文号", "doc_no", "嘉政办发〔2023〕7号"), ("发布机关", "issuer", "市政府办公室")]


def test_a_date_line_in_full_width_digits_is_read_as_its_ascii_form():
    assert read_date("２０１７年３月１日") == dt.date(2017, 3, 1)
    assert read_date("大竹县人民政府办公室 ２０１７年３月１日") == dt.date(2017, 3, 1)


def test_a_full_width_deadline_that_is_no_date_line_stays_none():
    assert read_date("２０１７年３月底前") is None


def test_a_copying_site_s_full_text_mark_after_a_cited_title_is_no_part_of_it():
    # places-blind4 (changchun): the line read no title, the mark after 》 keeping it from being one
    found = metadata("发改地区〔2016〕461号《国家发展改革委关于印发长春新区总体方案的通知》(全文)",
                     "吉林省人民政府,国务院有关部门、直属机构:")
    assert (found.title, found.doc_no) == ("国家发展改革委关于印发长春新区总体方案的通知", "发改地区〔2016〕461号")


def test_other_words_after_a_cited_title_keep_the_line_from_being_a_title():
    found = metadata("《国家发展改革委关于印发长春新区总体方案的通知》(解读)", "吉林省人民政府,国务院有关部门、直属机构:")
    assert found.title is None


def test_a_joint_title_keeps_the_spaces_between_its_issuers():
    # places-blind2 (成都): the four names were read run together into one word no body bears
    line = ("成都市发展和改革委员会 中共成都市委社会工作部 成都市规划和自然资源局 成都市住房和城乡建设局 "
            "关于印发成都市城市社区嵌入式服务设施建设工程实施方案的通知")
    found = metadata(line, "各区(市)县政府(管委会),市级有关部门,有关单位:")
    assert found.title == line


def test_a_title_whose_gaps_part_no_bodies_is_read_without_them():
    found = metadata("厦门市 人民政府关于印发 某某实施方案的通知", "各区人民政府:")
    assert found.title == "厦门市人民政府关于印发某某实施方案的通知"


def test_issuers_printed_run_together_stay_together_in_the_title():
    found = metadata("中共南京市委南京市人民政府关于促进南京片区高质量发展的意见", "一、推进全域投资便利化")
    assert found.title == "中共南京市委南京市人民政府关于促进南京片区高质量发展的意见"
