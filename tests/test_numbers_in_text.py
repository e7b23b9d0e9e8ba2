"""A table without a 序号 column that prints each measure's number at the start of its text
(（67）…) gives its records those numbers; the evidence, most text cells opening with a rising
number, counted the header repeated on every page as a text cell. Rows tall enough to print one
or two a page (a column squeezed to a character a line: generated layout 21100058 as column_width
narrow first squeezed its 责任单位) repeat the header as often as they print a number, and every
record was read without its number, the (67) left in its text, exit 0."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES

TABLES = FIXTURES / "tables"


def test_numbers_opening_the_text_are_read_though_the_header_repeats_before_every_row():
    document = read_document(TABLES / "header-before-every-row.txt")
    assert [(m.number, m.text[:8], m.responsibility) for m in document.measures] == [
        (67, "开展体育消费试点", "市体育局，市外办"), (68, "建设数字贸易平台", "市工信局，市科技局"),
        (69, "落实服务贸易技术", "市科技局，市商务局"), (70, "发挥中央和地方外", "市商务局，市财政局"),
        (71, "开拓金融、保险、", "厦门仲裁委")]


def test_a_sub_item_opening_every_rows_text_is_still_no_measure_number():
    # every text opens with 1.: the numbers do not rise from row to row, the headers left out or not
    document = read_document(TABLES / "header-before-every-row-sub-items.txt")
    assert [(m.number, m.text[:4]) for m in document.measures] == [(None, "1.开展"), (None, "1.建设"), (None, "1.落实"), (None, "1.发挥")]


def _table(tmp_path, texts: list[str]):
    rows = "".join(f"<tr><td>{text}</td><td>市商务局</td></tr>" for text in texts)
    page = tmp_path / "long-list.html"
    page.write_text('<html><head><meta charset="utf-8"></head><body><p>某市服务贸易创新发展试点任务分工表</p>'
                    f"<table border=\"1\"><tr><td>具体举措</td><td>责任单位</td></tr>{rows}</table></body></html>",
                    encoding="utf-8")
    return read_document(page)


def test_numbers_of_four_figures_opening_the_text_go_on_from_three(tmp_path):
    # a list of 2,000 measures: the numbers past 999 were no item numbers, under 60% of the texts
    # then opened with one, and all 2,000 records were read without a number, with no warning
    document = _table(tmp_path, [f"{n}、推进服务贸易创新发展。" for n in range(1, 2001)])
    assert [m.number for m in document.measures] == list(range(1, 2001))
    assert document.measures[1500].text == "推进服务贸易创新发展。"
    assert not {w.code for m in document.measures for w in m.warnings} & {"number_missing", "number_gap"}


def test_a_year_opening_a_text_is_no_item_number(tmp_path):
    # the quiet side: 2025.6, 2025年 and 2025、2026年 open no item (a figure or a date unit follows)
    document = _table(tmp_path, ["1、推进服务贸易创新发展。", "2025.6前出台办法。", "2025年底前建成平台。",
                                 "2025、2026年分别建成平台。", *(f"{n}、推进。" for n in range(2, 7))])
    assert [(m.number, m.text) for m in document.measures] == [
        (1, "推进服务贸易创新发展。"), (None, "2025.6前出台办法。"), (None, "2025年底前建成平台。"),
        (None, "2025、2026年分别建成平台。"), *((n, "推进。") for n in range(2, 7))]
