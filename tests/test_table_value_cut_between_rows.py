"""A cell's text cut across two neighbouring records of one column, its whole printed elsewhere in that column
(pilotplans/ingest/cut_values.py): one cell merged over both rows read as two. Warned ``cell_cut`` on both
records; quiet where either piece is printed elsewhere or the join nowhere.

tests/fixtures/tables/stacked-remark-merged-over-two-rows-touching-the-cell-above.pdf is generated layout 100318
(``python -m tests.layouts 100318`` drawn with ``cooperation=False``, as KNOWN_FAULTS of
tests/test_generated_layouts.py draws it): a three-line table in a box, rows centred, its 备注 column a character a
line; on page 2 备注 已有工作基础, merged over 122–123, touches 121's 年度重点任务 above it and each part sits at its
own row's middle, as cells of their own do: read 已有 / 工作基础, while 129–130's and 118's 已有工作基础 read whole."""

from __future__ import annotations

from pilotplans.ingest.cut_values import Run, check_cut_values, clause_cuts, cut_runs
from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES

STACKED_REMARK = FIXTURES / "tables" / "stacked-remark-merged-over-two-rows-touching-the-cell-above.pdf"


def test_two_cells_whose_texts_together_are_a_cell_printed_elsewhere_are_cut():
    runs = [Run(0, 0, "已有工作基础"), Run(3, 3, "已有"), Run(4, 5, "工作基础"), Run(6, 6, "长期任务")]
    assert cut_runs(runs) == [(runs[1], runs[2], runs[0])]


def test_a_piece_printed_elsewhere_too_is_no_cut():
    # 长期任务 over 已有工作基础… : 长期任务 is a remark of its own elsewhere, so the pair proves nothing
    runs = [Run(0, 0, "长期任务已有工作基础"), Run(2, 2, "长期任务"), Run(3, 3, "已有工作基础"), Run(5, 5, "长期任务")]
    assert cut_runs(runs) == []


def test_two_cells_whose_join_is_printed_nowhere_are_no_cut():
    runs = [Run(0, 0, "长期任务"), Run(1, 1, "拟先行先试"), Run(2, 2, "已有工作基础")]
    assert cut_runs(runs) == []


def test_cells_a_blank_parts_are_no_cut():
    # 已有 in record 3, a blank in record 4, 工作基础 in record 5: not neighbours
    runs = [Run(0, 0, "已有工作基础"), Run(3, 3, "已有"), Run(5, 5, "工作基础")]
    assert cut_runs(runs) == []


def test_a_stacked_remark_merged_over_two_rows_read_as_two_cells_is_warned_on_both():
    document = read_document(STACKED_REMARK)
    cut = {m.number: [w.message for w in m.warnings if w.code == "cell_cut"] for m in document.measures}
    message = ("remarks: '已有' in measure 122 and '工作基础' in measure 123 are printed nowhere else in the column, and"
               " together ('已有工作基础') are the cell of measure 118: one cell merged over both rows may have been read"
               " as two, cut between them")
    assert (cut[122], cut[123]) == ([message], [message])


def test_touching_remarks_of_their_own_are_not_warned():
    # 132's 长期任务 over 133's 拟先行先试, touching, each at its own row's middle: their join is printed nowhere
    document = read_document(STACKED_REMARK)
    remarks = {m.number: m.remarks for m in document.measures}
    assert (remarks[132], remarks[133]) == ("长期任务", "拟先行先试")
    assert [n for n in (132, 133) for m in document.measures if m.number == n
            for w in m.warnings if w.code == "cell_cut"] == []


MARKUP_PARTS = FIXTURES / "tables" / "remarks-printing-a-value-and-its-parts.html"
"""A made HTML task table whose 完成时限 prints 2025年6月底前 over 2025年 and 6月底前, and whose 备注 prints 已完成 over
已 and 完成: each a cell of its own in the markup, no rowspan."""


def test_cells_of_a_markup_table_whose_join_the_column_prints_are_its_own():
    # a DOCX or HTML table prints its cells: a cell merged over rows is a rowspan (vMerge) read over them, so
    # 已 / 完成 beside 已完成 are two cells as printed, no reading cut them (warned cell_cut before)
    document = read_document(MARKUP_PARTS)
    read = {m.number: (m.deadline, m.remarks) for m in document.measures}
    assert (read[2], read[3]) == (("2025年", "已"), ("6月底前", "完成"))
    assert [w.message for m in document.measures for w in m.warnings if w.code == "cell_cut"] == []


def test_a_cut_in_a_table_whose_numbers_repeat_names_its_records_by_their_place_too():
    # a table numbering each heading's measures from 1 prints measure 7 under two headings (layout 5900272:
    # 市政府分管副秘书 / 长 in 6 and 7 under （二）, the whole in 7 under （一）): the number alone names neither
    # record. Here 100318's reading (records 1–30, measures 115–147) numbered anew from 1 at 121
    document = read_document(STACKED_REMARK)
    renumbered = document.model_copy(update={"measures": [
        m.model_copy(update={"number": m.number - (120 if m.number > 120 else 114),
                             "warnings": [w for w in m.warnings if w.code != "cell_cut"]})
        for m in document.measures]})
    cut = [w.message for m in check_cut_values(renumbered).measures for w in m.warnings if w.code == "cell_cut"]
    assert cut == 2 * ["remarks: '已有' in measure 2 (record 8) and '工作基础' in measure 3 (record 9) are printed nowhere "
                       "else in the column, and together ('已有工作基础') are the cell of measure 4 (record 4): one cell "
                       "merged over both rows may have been read as two, cut between them"]


def test_a_cut_in_a_table_whose_numbers_name_one_record_each_names_them_by_number():
    cut = [w.message for m in check_cut_values(read_document(STACKED_REMARK)).measures for w in m.warnings
           if w.code == "cell_cut"]
    assert cut and all("(record " not in message for message in cut)


CUT_OWNER_WHOLE_ABOVE = FIXTURES / "tables" / "owner-name-cut-between-rows-printed-whole-above.txt"
"""A text (Markdown) table made of owner-name-cut-between-rows.html (rows 37–43 of the generated layout 3700224 as the
PDF reader once read them: 责任单位 住房城乡建设部、人力资源部社会保 for 39–40 and 障部、司法部 for 41–42) with a row 36 above
printing the cell whole (its text the 2025 national plan's, data/raw/002), and a 备注 column whose 已有 / 工作基础 in 38–39
join into 36's 已有工作基础."""

CUT_OWNER_BETWEEN_ITEMS = FIXTURES / "tables" / "owner-name-cut-between-items.txt"
"""The same owners as a prose task list (items with （责任单位：…） tails): 38's 住房城乡建设部、人力资源部社会保 and 39's
障部、司法部 join into 36's owners."""


def _cell_cut(path) -> dict[int | None, list[str]]:
    return {m.number: [w.message for w in m.warnings if w.code == "cell_cut"] for m in read_document(path).measures}


def test_a_pair_cut_cells_warned_is_warned_once_not_again_for_its_whole_printed_above():
    # cut_cells reads 人力资源部社会保 + 障部 as one name cut (40, 41); the runs 39–40 and 41–42 written together are
    # 36's cell too, which would warn 39–42 a second time
    found = _cell_cut(CUT_OWNER_WHOLE_ABOVE)
    named = ("responsibility: '人力资源部社会保' ending the cell of measure 40 and '障部' opening that of measure 41 name no"
             " body alone, and together ('人力资源部社会保障部') name 人力资源社会保障部: one cell merged over both rows may"
             " have been read as two, cut between them")
    owners = {n: [message for message in messages if message.startswith("responsibility:")] for n, messages in found.items()}
    assert [owners[n] for n in (39, 40, 41, 42)] == [[], [named], [named], []]


def test_another_column_of_the_records_cut_cells_warned_is_still_read_for_cuts():
    # 39 is in the responsibility pair cut_cells warned; its 备注 工作基础 under 38's 已有 is a cut of its own
    remarks = ("remarks: '已有' in measure 38 and '工作基础' in measure 39 are printed nowhere else in the column, and"
               " together ('已有工作基础') are the cell of measure 36: one cell merged over both rows may have been read"
               " as two, cut between them")
    found = _cell_cut(CUT_OWNER_WHOLE_ABOVE)
    assert (found[38], found[39]) == ([remarks], [remarks])


def test_a_prose_task_list_s_owners_joining_into_another_item_s_are_no_cut():
    # a prose item's owners are its tail's words, no cell a row's edge could cut
    document = read_document(CUT_OWNER_BETWEEN_ITEMS)
    assert [t.kind for t in document.tables] == ["task_list"]
    assert [(m.number, m.responsibility) for m in document.measures if m.number in (38, 39)] == [
        (38, "住房城乡建设部、人力资源部社会保"), (39, "障部、司法部")]
    assert [w.message for m in document.measures for w in m.warnings if w.code == "cell_cut"] == []


OWNER_SENTENCE_MERGED = FIXTURES / "tables" / "owner-sentence-merged-over-two-one-line-rows.pdf"
"""The generated layout 6700286 (seed 67's sample; ``python -m tests.layouts 6700286 --out DIR``: hainan-2020 98–109,
three-line rules in a box, landscape, AR PL UKai CN 14 pt, cells centred, the header repeated, heading paragraphs
between tables, numbers in the text restarting at each heading, owner cells merged down the rows). On page 2 the
table under 八、全面探索健全统计体系 holds two rows of one line each, （1） and （2）, and their 责任单位
省商务厅牵头，省服务贸易创新发展联席会议成员单位配合。, merged over both, prints its two lines at the middle of both rows,
each line at its own row's middle as a cell of its own sits: read 省商务厅牵头，省服务贸易创新发展 for （1） and
联席会议成员单位配合。 for （2）, silently before. Every other 责任单位 of the plan closes a sentence (…负责推进。), the
table's first part's (4) wrapping 负责推 / 进。 within its own row."""


def test_a_sentence_cell_stopping_short_over_one_closing_it_is_cut():
    runs = [Run(0, 0, "省商务厅负责推进。"), Run(1, 1, "省商务厅牵头，省服务贸易创新发展"), Run(2, 2, "联席会议成员单位配合。")]
    assert clause_cuts(runs, ["省委网信办负责推进。", "省财政厅负责推进。"]) == [(runs[1], runs[2])]


def test_a_column_of_bare_names_is_no_sentence_column():
    # no cell closes a sentence: a name without 。 is how every cell ends
    runs = [Run(0, 0, "省商务厅"), Run(1, 1, "省委网信办、省通信管理局"), Run(2, 2, "省财政厅。")]
    assert clause_cuts(runs, ["省财政厅", "省工信厅"]) == []


def test_a_column_with_another_cell_stopping_short_is_no_sentence_column():
    runs = [Run(0, 0, "省商务厅牵头，省服务贸易创新发展"), Run(1, 1, "联席会议成员单位配合。")]
    assert clause_cuts(runs, ["省委网信办负责推进。", "省财政厅负责推进。", "省工信厅等"]) == []


def test_a_column_of_too_few_sentences_says_nothing():
    runs = [Run(0, 0, "省商务厅牵头，省服务贸易创新发展"), Run(1, 1, "联席会议成员单位配合。")]
    assert clause_cuts(runs, ["省委网信办负责推进。"]) == []


def test_a_cell_stopping_short_over_a_blank_is_no_cut():
    runs = [Run(0, 0, "省商务厅牵头，省服务贸易创新发展"), Run(2, 2, "联席会议成员单位配合。")]
    assert clause_cuts(runs, ["省委网信办负责推进。", "省财政厅负责推进。", "省工信厅负责推进。"]) == []


def test_an_owner_sentence_merged_over_two_one_line_rows_read_as_two_is_warned_on_both():
    document = read_document(OWNER_SENTENCE_MERGED)
    message = ("responsibility: '省商务厅牵头，省服务贸易创新发展' in measure 1 (record 11) stops short of a sentence's end,"
               " over '联席会议成员单位配合。' in measure 2 (record 12), where every other cell of the column closes one:"
               " one cell merged over both rows may have been read as two, cut between them")
    assert [(m.position, [w.message for w in m.warnings if w.code == "cell_cut"])
            for m in document.measures if any(w.code == "cell_cut" for w in m.warnings)] == [
        (11, [message]), (12, [message])]


def test_an_owner_sentence_wrapping_within_its_own_row_is_read_whole_and_not_warned():
    # （4） of 七、 on page 2: 省委网信办、省工信厅、省公安厅、 / 省商务厅及有关行业主管部门负责推 / 进。 in one row
    document = read_document(OWNER_SENTENCE_MERGED)
    assert [(m.responsibility, [w for w in m.warnings if w.code == "cell_cut"]) for m in document.measures
            if m.position == 10] == [("省委网信办、省工信厅、省公安厅、省商务厅及有关行业主管部门负责推进。", [])]


def test_a_bare_name_among_sentences_begins_no_sentence_and_is_no_cut():
    # 省商务厅 is a cell of its own printed without 。, not the first line of a sentence: no clause mark in it
    runs = [Run(0, 0, "省商务厅负责推进。"), Run(1, 1, "省商务厅"), Run(2, 2, "联席会议成员单位配合。")]
    assert clause_cuts(runs, ["省委网信办负责推进。", "省财政厅负责推进。"]) == []


def test_a_list_of_names_or_a_date_among_sentences_is_no_cut():
    others = ["省委网信办负责推进。", "省财政厅负责推进。", "省工信厅负责推进。"]
    for bare in ("省商务厅、省财政厅", "持续推进", "2025年底前", "省商务厅（牵头）"):
        runs = [Run(0, 0, bare), Run(1, 1, "省商务厅负责推进。")]
        assert clause_cuts(runs, others) == [], bare


def test_a_sentence_cell_cut_after_a_list_mark_is_cut():
    # 省委网信办、省工信厅、 / 省公安厅负责推进。: a list mark leads on, no cell ends in one
    runs = [Run(0, 0, "省委网信办、省工信厅、"), Run(1, 1, "省公安厅负责推进。")]
    assert clause_cuts(runs, ["省商务厅负责推进。", "省财政厅负责推进。", "省工信厅负责推进。"]) == [(runs[0], runs[1])]


OWNER_SENTENCES_ONE_BARE = FIXTURES / "tables" / "owner-sentences-and-one-bare-name-cell.pdf"
"""A ruled table of five one-line rows (序号, 具体举措, 责任单位; python-docx, Table Grid, AR PL UKai CN 12 pt, converted
by LibreOffice 7): every 责任单位 a sentence (省商务厅负责推进。, 省地方金融监管局牵头，人民银行海口中心支行配合。) but
3's, printed 省商务厅 bare, a cell of its own over 4's 省知识产权局负责推进。; the .txt beside it prints the same
table as a pipe table."""


def test_a_bare_name_cell_of_its_own_among_sentence_cells_is_read_and_not_warned():
    document = read_document(OWNER_SENTENCES_ONE_BARE)
    assert [(m.number, m.responsibility) for m in document.measures if m.number in (3, 4)] == [
        (3, "省商务厅"), (4, "省知识产权局负责推进。")]
    assert [w.message for m in document.measures for w in m.warnings if w.code == "cell_cut"] == []


def test_a_bare_name_cell_among_sentence_cells_of_a_text_table_is_not_warned():
    # the same table as a pipe table in text: 省商务厅 a cell of its own over 省知识产权局负责推进。
    document = read_document(OWNER_SENTENCES_ONE_BARE.with_suffix(".txt"))
    assert [(m.number, m.responsibility) for m in document.measures if m.number in (3, 4)] == [
        (3, "省商务厅"), (4, "省知识产权局负责推进。")]
    assert [w.message for m in document.measures for w in m.warnings if w.code == "cell_cut"] == []
