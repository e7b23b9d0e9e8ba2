"""Heading and measure numbers in every form the documents print them."""

import pytest

from pilotplans.normalizers.numbers import (
    chinese_to_int, find_heading_marker, find_item_marker, item_marker_at, marker_style, numbered_item, parse_measure_number,
    split_numbered_items,
)


@pytest.mark.parametrize(("text", "raw", "value"), [
    ("(一) 全面探索完善管理体制", "(一)", 1),
    ("（二）全面探索扩大对外开放", "（二）", 2),
    ("一、支持电信服务及相关数字产业开放发展", "一、", 1),
    ("十三、统筹推进对接国际高标准经贸规则工作", "十三、", 13),
    ("第三部分 保障措施", "第三部分", 3),
    ("第二十一条 附则", "第二十一条", 21),
    ("（１２）全角数字", "（１２）", 12),
])
def test_heading_numbers(text, raw, value):
    number, _, _ = find_heading_marker(text)
    assert (number.raw, number.value) == (raw, value)


def test_a_heading_number_must_open_the_text_unless_asked():
    assert find_heading_marker("探索扩大对外开放（二）") is None
    assert find_heading_marker("探索扩大对外开放（二）", anywhere=True)[0].value == 2


@pytest.mark.parametrize(("cell", "value"), [("12", 12), ("１２", 12), ("12.", 12), ("12、", 12), ("(7)", 7), ("③", 3), ("⑳", 20)])
def test_measure_numbers(cell, value):
    assert parse_measure_number(cell).value == value


@pytest.mark.parametrize("cell", ["", "序号", "一、", "12项", "2020年"])
def test_cells_that_hold_no_measure_number(cell):
    assert parse_measure_number(cell) is None


@pytest.mark.parametrize(("cell", "value"), [("　１２　", 12), ("（１２）", 12), ("12．", 12), ("⑴", 1)])
def test_a_cell_without_chinese_characters_is_normalised_and_read(cell, value):
    assert parse_measure_number(cell).value == value


@pytest.mark.parametrize("cell", ["12 允许", "支持试点地区开展12项", "１２项", "（一）"])
def test_a_cell_holding_chinese_characters_holds_no_measure_number(cell):
    assert parse_measure_number(cell) is None


@pytest.mark.parametrize(("text", "value"), [("十", 10), ("二十一", 21), ("一百零五", 105), ("两", 2), ("１５５", 155), ("十a", None)])
def test_chinese_numerals(text, value):
    assert chinese_to_int(text) == value


def test_several_measures_in_one_cell_are_split():
    items = split_numbered_items(("107 允许境外知名仲裁机构设立业务机构。", "108 试点地区非公立医疗机构实行市场调节价；", "保障在营营利性医疗机构先行先试。"))
    assert [(n.value, t) for n, t in items] == [
        (107, "允许境外知名仲裁机构设立业务机构。"),
        (108, "试点地区非公立医疗机构实行市场调节价；\n保障在营营利性医疗机构先行先试。"),
    ]


def test_one_numbered_paragraph_is_not_a_packed_cell():
    assert split_numbered_items(("107 允许境外知名仲裁机构设立业务机构。",)) is None
    assert numbered_item("107 允许境外知名仲裁机构设立业务机构。")[0].value == 107
    assert numbered_item("示制度。") is None


@pytest.mark.parametrize(("text", "style", "raw", "value", "rest"), [
    ("一、主要目标", "cn", "一、", 1, "主要目标"),
    ("十三、统筹推进", "cn", "十三、", 13, "统筹推进"),
    ("一、2023年全区重点工作任务", "cn", "一、", 1, "2023年全区重点工作任务"),
    ("（一）提升政务服务效能", "cn_paren", "（一）", 1, "提升政务服务效能"),
    ("(二)做大海洋服务贸易", "cn_paren", "(二)", 2, "做大海洋服务贸易"),
    ("1.全年新增市场主体", "digit_dot", "1.", 1, "全年新增市场主体"),
    ("1．放宽服务业市场准入", "digit_dot", "1．", 1, "放宽服务业市场准入"),
    ("1﹒推进综合保税区建设", "digit_dot", "1﹒", 1, "推进综合保税区建设"),
    ("２．全角数字", "digit_dot", "２．", 2, "全角数字"),
    ("1、拓展国际物流服务", "digit_comma", "1、", 1, "拓展国际物流服务"),
    ("（1）支持外商投资", "digit_paren", "（1）", 1, "支持外商投资"),
    ("(2)组织企业参展", "digit_paren", "(2)", 2, "组织企业参展"),
    ("3）完善统计", "digit_half_paren", "3）", 3, "完善统计"),
    ("①建设数据中心", "circled", "①", 1, "建设数据中心"),
    ("第二部分 重点任务", "ordinal", "第二部分", 2, "重点任务"),
    ("1* .开展“一证多址”改革", "digit_dot", "1* .", 1, "开展“一证多址”改革"),  # 黄埔 flags its new measures
    ("2*.开展企业住所标准化登记", "digit_dot", "2*.", 2, "开展企业住所标准化登记"),
    ("3＊、推进市场准入效能评估", "digit_comma", "3＊、", 3, "推进市场准入效能评估"),
])
def test_item_markers_and_their_styles(text, style, raw, value, rest):
    marker = find_item_marker(text)
    assert (marker.style, marker.number.raw, marker.number.value, text[marker.end:]) == (style, raw, value, rest)


@pytest.mark.parametrize("text", ["2023年全市新增", "1.5倍以上", "一是加强领导", "十分重要", "（2020年）", "各区县政府",
                                  "2*3米以上的展位", "5*.5倍", "★重点任务"])
def test_paragraphs_that_open_with_no_item_marker(text):
    assert find_item_marker(text) is None


@pytest.mark.parametrize(("text", "style"), [
    ("（三）优化监管模式", "cn_paren"), ("三、优化监管模式", "cn"), ("1.完善应急预案体系", "digit_dot"),
    ("①建立台账", "circled"), ("优化监管模式", None), ("2023年12月底前", None),
])
def test_a_marker_style_is_the_style_of_the_item_marker_opening_the_text(text, style):
    assert marker_style(text) == style


@pytest.mark.parametrize("line, at, raw", [
    ("…确保完成全年目标任务二、重点工作1.实施…", "二、", "二、"),
    ("…重点工作31.实施科技创新行动", "31.", "31."),
    ("…三年行动计划第一部分 总体要求", "第一部分", "第一部分"),
])
def test_an_item_marker_at_a_place_in_a_line_that_ran_on(line, at, raw):
    assert item_marker_at(line, line.index(at), 400).number.raw == raw


@pytest.mark.parametrize("line, at", [
    ("…重点工作31.实施科技创新行动", "1."),  # the 1 of 31
    ("…完成第十一、十二项", "一、"),  # the 一 of 十一
    ("…三年行动计划第一部分", "一部分"),  # the 一 of 第一
    ("…确保完成全年目标任务", "目标"),
    ("…重点工作 1.实施", " 1."),  # the space before a number: the number opens the item
])
def test_no_item_marker_opens_inside_another_number_or_a_sentence(line, at):
    assert item_marker_at(line, line.index(at), 400) is None


def test_runs_in_sequence_are_numbers_going_on_one_by_one_a_few_places_apart():
    from pilotplans.normalizers.numbers import runs_in_sequence

    # 1, 2, 3 four lines apart, then a page number 7 far on, then 1, 2 on lines next to each other
    found = [(0, 1), (4, 2), (8, 3), (40, 7), (50, 1), (51, 2)]
    assert runs_in_sequence(found, farthest=12, fewest=2) == [[0, 1, 2]]
    assert runs_in_sequence(found, farthest=12, fewest=4) == []


def test_a_cell_numbering_its_measures_in_their_text_packs_them_in_sequence():
    # a text cell of 2.… / 3.…, a line going on under 2.: two measures (rows' cells numbering measures in their text)
    items = split_numbered_items(("2.推进平台建设；", "完善配套政策。", "3.加快项目落地。"), number_of=find_item_marker,
                                 in_sequence=True)
    assert [(number.raw, number.value, text) for number, text in items] == [
        ("2.", 2, "推进平台建设；\n完善配套政策。"), ("3.", 3, "加快项目落地。")]


def test_a_cell_whose_later_numbers_do_not_go_on_from_its_own_packs_no_measures():
    # 3.…： / 1.… / 2.…: the 1. and 2. are the sub-points of 3., no list of the cell's own
    assert split_numbered_items(("3.优化营商环境：", "1.压减审批时限；", "2.推行告知承诺。"), number_of=find_item_marker,
                                in_sequence=True) is None
