"""Spaces a scan shows beside a figure set in Chinese text are dropped from the recognised line.

A word processor sets a quarter em between Chinese text and a figure, which a text layer never
spells but a scan prints as a gap the recogniser reads as a space (bench/ocr_prose.py: the titles
of changsha-2012, guangdong-2021, xuzhou-2010, jiande-2025 and huzhou-2023 read 关于印发 2021 年…);
a figure's spaced print is read a digit at a time. The rule reads the characters beside each space
(pilotplans/parsers/ocr/figures.py); the glyphs' places play no part, so each line is laid out at
an even pitch.
"""

from __future__ import annotations

from pilotplans.parsers.ocr.figures import figure_spaces_dropped
from pilotplans.parsers.pdf.content import Glyph


def read(text: str, size: float = 14.0) -> list[Glyph]:
    return [Glyph(char, 100.0 + i * size, 100.0, 100.0 + (i + 1) * size, 100.0 + size, size, 0.99)
            for i, char in enumerate(text)]


def mended(text: str) -> str:
    return "".join(g.text for g in figure_spaces_dropped(read(text)))


def test_the_spaces_round_a_year_in_a_title_are_dropped():
    # guangdong-2021 (prose-blind14), its title as the scan read it
    assert mended("广东省人民政府关于印发 2021 年省《政府工作报告》") == "广东省人民政府关于印发2021年省《政府工作报告》"


def test_a_year_whose_digits_were_read_apart_is_one_figure():
    assert mended("2 0 2 4 年 3 月 5 日") == "2024年3月5日"


def test_a_percentage_read_apart_from_its_sign_is_one_figure():
    assert mended("增长 3 0 %，达到 2.5 亿元") == "增长30%，达到2.5亿元"


def test_an_article_s_number_between_its_characters_is_read_without_spaces():
    assert mended("依照第 1 条规定") == "依照第1条规定"


def test_a_range_of_years_in_brackets_loses_the_space_before_its_unit():
    # dalian-2025 (prose-blind10): 三年行动方案(2025-2027 年)
    assert mended("三年行动方案(2025-2027 年)的通知") == "三年行动方案(2025-2027年)的通知"


def test_a_date_line_opening_with_its_year_is_read_without_spaces():
    assert mended("2024 年 3 月 5 日") == "2024年3月5日"


def test_a_list_item_s_number_opening_its_line_keeps_its_space():
    # national-2020's items print as typed, 107 允许境外…: the number and the space after it
    assert mended("107 允许境外机构参与试点") == "107 允许境外机构参与试点"


def test_spaces_between_latin_words_and_a_figure_stay():
    assert mended("Made in China 2025") == "Made in China 2025"
    assert mended("举办 G20 峰会") == "举办 G20 峰会"
    assert mended("推进 5G 网络建设") == "推进 5G 网络建设"


def test_figures_of_several_digits_a_space_apart_stay_apart():
    # not a figure read a digit at a time: two numbers (a table's figures read on one line)
    assert mended("指标 2020 2021") == "指标2020 2021"
    assert mended("1 2 3") == "1 2 3"


def test_a_line_without_figures_is_left_as_read():
    line = read("市 财政局")
    assert figure_spaces_dropped(line) == tuple(line)
