"""Fitting a listing's columns to the terminal (pilotplans.fit): no value broken, the flexible
column cut with "…", whole columns left out in the listing's order only when the rest cannot fit."""

from __future__ import annotations

from pilotplans.fit import (ColumnFit, Fitted, count_to_cells, cut_to_cells, fit_columns, share_evenly, wrap_keeping,
                            wrap_counted, wrap_to_cells)

HEADERS = ["id", "文号", "date", "title"]
COLUMNS = [["hainan-2020"], ["琼商服〔2020〕150号"], ["2020-11-06"], ["海南省服务贸易创新发展联席会议"]]
FIT = ColumnFit(flexible=("title",), flexible_min=8, leave_out=("date",))


def test_a_wide_terminal_keeps_every_column_and_the_whole_title():
    # widths 11, 19, 10, 30, each with 2 cells of padding: 78
    assert fit_columns(HEADERS, COLUMNS, 78, FIT) == Fitted((0, 1, 2, 3), (), {3: 30})


def test_the_title_gives_up_its_room_before_any_column_is_left_out():
    assert fit_columns(HEADERS, COLUMNS, 60, FIT) == Fitted((0, 1, 2, 3), (), {3: 12})


def test_a_column_is_left_out_only_when_the_title_at_its_least_does_not_fit():
    # 11 + 19 + 10 + 8 + 8 = 56 cells: one fewer leaves out the date, and the title takes its room
    assert fit_columns(HEADERS, COLUMNS, 56, FIT) == Fitted((0, 1, 2, 3), (), {3: 8})
    assert fit_columns(HEADERS, COLUMNS, 55, FIT) == Fitted((0, 1, 3), ("date",), {3: 19})


def test_a_value_is_cut_to_its_cells_with_an_ellipsis():
    assert (cut_to_cells("海南省服务贸易", 9), cut_to_cells("海南省", 6), cut_to_cells("abc", 2)) == ("海南省服…", "海南省", "a…")


def test_columns_sharing_the_room_each_get_their_least_then_a_share_of_what_they_still_want():
    fit = ColumnFit(flexible=("name", "documents"), flexible_min=6, leave_out=(), wrap=True)
    columns = [["460000"], ["海南省"], ["hainan-2020,national-2018,national-2020,national-2025"]]
    # code 6 (+2 padding, as each column): name wants 6 and gets it; documents, whose least is its widest item (14), takes the other 8
    assert fit_columns(["code", "name", "documents"], columns, 40, fit) == Fitted((0, 1, 2), (), {1: 6, 2: 22})


def test_a_list_wraps_after_its_separators_and_an_item_wider_than_a_line_is_folded():
    assert wrap_to_cells("hainan-2020,national-2018,national-2020", 28) == "hainan-2020,national-2018,\nnational-2020"
    assert wrap_to_cells("lead:6 assist:3", 9) == "lead:6\nassist:3"
    assert wrap_to_cells("中国出口信用保险公司", 8) == "中国出口\n信用保险\n公司"


def test_a_terminal_too_narrow_even_so_leaves_out_the_other_columns_from_the_last_never_cutting_one_unsaid():
    # 11 + 19 + 8 with 2 cells of padding each is 44: on 43 the table was cropped by the terminal, the
    # title then the 文号 cut off with no "…" and no word of it on stderr
    assert fit_columns(HEADERS, COLUMNS, 44, FIT) == Fitted((0, 1, 3), ("date",), {3: 8})
    assert fit_columns(HEADERS, COLUMNS, 43, FIT) == Fitted((0, 1), ("date", "title"), {})
    assert fit_columns(HEADERS, COLUMNS, 33, FIT) == Fitted((0,), ("date", "title", "文号"), {})


def test_a_wrapped_line_breaks_before_a_part_kept_whole_rather_than_inside_it():
    text = "根据国函〔2020〕111号执行"
    start = text.index("国函")
    assert wrap_keeping(text, 18, [(start, start + len("国函〔2020〕111号"))]) == "根据\n国函〔2020〕111号\n执行"


def test_a_wrapped_line_without_parts_kept_whole_breaks_where_it_is_full():
    assert wrap_keeping("根据国函〔2020〕111号执行", 18) == "根据国函〔2020〕11\n1号执行"


def test_a_wrapped_line_begins_with_no_closing_mark():
    # 商务局 fills a line of 6 cells: its 、 goes with it onto the next rather than begin a line
    assert wrap_keeping("商务局、财政局", 6) == "商务\n局、财\n政局"
    assert wrap_keeping("商务局、财政局", 8) == "商务局、\n财政局"


def test_a_part_wider_than_a_line_is_folded_within_it():
    assert wrap_keeping("国务院办公厅", 6, [(0, 6)]) == "国务院\n办公厅"


def test_an_even_share_gives_a_column_wanting_little_its_whole_want_and_the_others_the_same_width():
    assert share_evenly(60, {0: 8, 1: 8, 2: 30}, {0: 12, 1: 80, 2: 40}) == {0: 12, 1: 18, 2: 30}
    assert share_evenly(90, {0: 8, 1: 8, 2: 30}, {0: 12, 1: 80, 2: 40}) == {0: 12, 1: 39, 2: 39}


def test_a_character_wider_than_a_line_is_alone_on_its_line():
    assert wrap_keeping("商务局", 1) == "商\n务\n局"


NAMES = ColumnFit(flexible=(), flexible_min=6, leave_out=("level",), cut=("name",))
BODIES = [["gov"], ["中共海南省委外事工作委员会办公室"], ["provincial"], ["15"]]


def test_a_column_of_names_is_kept_whole_while_the_columns_left_out_make_room_for_it():
    # 3, 32, 10 and 8 ("measures") cells, each with 2 of padding: 61; without the level, 49
    headers = ["id", "name", "level", "measures"]
    assert fit_columns(headers, BODIES, 61, NAMES) == Fitted((0, 1, 2, 3), (), {})
    assert fit_columns(headers, BODIES, 49, NAMES) == Fitted((0, 1, 3), ("level",), {})


def test_a_column_of_names_wider_than_the_room_left_is_cut_to_it_rather_than_a_count_left_out():
    headers = ["id", "name", "level", "measures"]
    assert fit_columns(headers, BODIES, 40, NAMES) == Fitted((0, 1, 3), ("level",), {1: 23})


READABLE = ColumnFit(flexible=("heading", "text"), flexible_min=4, leave_out=("heading",), even=True, readable=10)
MEASURE = [["#1"], ["全面探索完善管理体制"], ["加强省服务贸易创新发展试点联席会议"]]


def test_a_column_to_leave_out_goes_while_the_text_beside_it_is_narrower_than_it_can_be_read():
    # "no." 3 cells and 2 of padding: at 28 the heading and the text share 19, the text 9 of them, below its 10
    assert fit_columns(["no.", "heading", "text"], MEASURE, 28, READABLE) == Fitted((0, 2), ("heading",), {2: 21})


def test_a_column_to_leave_out_stays_while_the_text_beside_it_can_be_read():
    assert fit_columns(["no.", "heading", "text"], MEASURE, 30, READABLE) == Fitted((0, 1, 2), (), {1: 11, 2: 10})


def test_a_list_that_fits_its_cells_is_shown_whole_on_one_line():
    assert count_to_cells("national-2018,national-2020", 27) == "national-2018,national-2020"


def test_a_list_too_long_for_its_cells_shows_its_count_the_items_that_fit_and_how_many_more():
    assert count_to_cells("national-2018,national-2020,xiamen-2020", 30) == "3: national-2018 …and 2 more"


def test_a_list_whose_first_item_does_not_fit_with_its_count_is_its_count_alone_never_an_item_cut():
    assert count_to_cells("national-2018,national-2020,xiamen-2020", 20) == "3"
    assert count_to_cells("hainan-2020", 9) == "1"


COUNTED = ColumnFit(flexible=("documents",), flexible_min=6, leave_out=("level",), cut=("name",), counted=("documents",))
LISTED = [["gov"], ["中共海南省委外事工作委员会办公室"], ["provincial"], ["national-2018,national-2020,xiamen-2020"]]


def test_a_list_counted_stays_beside_a_name_cut_with_what_the_name_leaves_it_at_least_its_header():
    # 3 + 2 and 9 ("documents") + 2 leave a 40-cell table 24 for the name: 22, cut, and its 2 of padding
    headers = ["id", "name", "level", "documents"]
    assert fit_columns(headers, LISTED, 40, COUNTED) == Fitted((0, 1, 3), ("level",), {1: 22, 3: 9})


def test_a_list_counted_takes_the_room_a_whole_name_leaves():
    headers = ["id", "name", "level", "documents"]
    # 3, 32 and 10 cells, each with 2 of padding, leave a 70-cell table 19 for the list: 17 and its padding
    assert fit_columns(headers, LISTED, 70, COUNTED) == Fitted((0, 1, 2, 3), (), {3: 17})


def test_a_list_counted_is_parted_at_its_commas_only_an_id_with_spaces_one_item():
    # a document id a file's name gave, "成都 服务贸易 方案", was counted as 3
    assert count_to_cells("成都 服务贸易 方案", 9) == "1"
    assert count_to_cells("成都 服务贸易 方案,xiamen-2020,hainan-2020", 34) == "3: 成都 服务贸易 方案 …and 2 more"


def test_a_list_counted_wraps_after_its_commas_only_keeping_an_id_with_spaces_on_one_line():
    # wrapped after a separator, "成都 服务贸易 方案" was broken at its spaces
    assert wrap_counted("成都 服务贸易 方案,xiamen-2020", 20) == "成都 服务贸易 方案,\nxiamen-2020"
    assert wrap_counted("national-2018,national-2020,xiamen-2020", 28) == "national-2018,national-2020,\nxiamen-2020"
