"""Heading and measure numbers in every form the documents print them."""

import pytest

from pilotplans.normalizers.numbers import (
    chinese_to_int, find_heading_marker, numbered_item, parse_measure_number, split_numbered_items,
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
