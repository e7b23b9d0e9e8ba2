"""Shapes at the edge of the rules reading a bracket after an item's field lines or run into its
deadline (tests/test_prose_owners_after_field_lines.py): what such a bracket may be besides the
item's owners or remark — a closing note for the items above, a sub-heading, a page's or a notice's
note, an aside on the deadline — and must never be read as."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document

HEAD = "宜昌市服务业扩大开放综合试点实施方案\n一、重点任务\n"


def _read(tmp_path, body: str):
    path = tmp_path / "plan.txt"
    path.write_text(HEAD + body, "utf-8")
    return {m.number: m for m in read_document(path).measures}


def _owners(measure):
    return (measure.text, measure.responsibility, measure.cooperating, measure.deadline, measure.remarks,
            [(d.raw, d.role) for d in measure.departments], [w.code for w in measure.warnings])


def test_a_bracketed_closing_note_after_field_lines_names_the_owners_without_its_opening(tmp_path):
    # （以上任务由市商务局牵头，市财政局配合）: was read as item 2's own bracket, its body 以上任务由市商务局
    measures = _read(tmp_path, "1.放宽外资准入。\n完成时限：2023年底前\n2.推行告知承诺制。\n完成时限：2024年底前\n"
                               "（以上任务由市商务局牵头，市财政局配合）\n")
    assert [[(d.raw, d.role) for d in measures[n].departments] for n in (1, 2)] == [
        [("市商务局", "lead"), ("市财政局", "assist")], [("市商务局", "lead"), ("市财政局", "assist")]]


def test_an_owners_bracket_after_field_lines_is_still_the_item_s(tmp_path):
    measures = _read(tmp_path, "1.放宽外资准入。\n完成时限：2023年底前\n（牵头单位：市商务局；配合单位：市财政局）\n")
    assert _owners(measures[1]) == ("放宽外资准入。", "市商务局", "市财政局", "2023年底前", None,
                                    [("市商务局", "lead"), ("市财政局", "assist")], [])


def test_a_sub_heading_a_page_note_or_a_notice_s_labelled_note_after_field_lines_is_no_remark(tmp_path):
    # 【数字贸易】 heads the items below it; （此页无正文） is the page's; （信息公开形式：主动公开） and
    # （联系人：…） are the notice's: each was made the remark of the item above
    measures = _read(tmp_path, "1.放宽外资准入。\n责任单位：市商务局\n【数字贸易】\n2.推进数字贸易发展。\n责任单位：市商务局\n"
                               "（此页无正文）\n3.完善外资服务体系。\n责任单位：市商务局\n（信息公开形式：主动公开）\n"
                               "4.推进会展业发展。\n责任单位：市商务局\n（联系人：张三，电话：0717-6251234）\n")
    assert [(n, m.remarks) for n, m in measures.items()] == [(1, None), (2, None), (3, None), (4, None)]


def test_an_aside_or_a_labelled_remark_in_round_brackets_after_field_lines_is_the_item_s_remark(tmp_path):
    measures = _read(tmp_path, "1.放宽外资准入。\n责任单位：市商务局\n（2024年6月底前完成阶段任务）\n"
                               "2.推进数字贸易发展。\n责任单位：市商务局\n(备注：按季度报送进展)\n")
    assert [(n, m.remarks) for n, m in measures.items()] == [(1, "2024年6月底前完成阶段任务"), (2, "备注：按季度报送进展")]


def test_a_bracket_on_a_deadline_that_speaks_of_time_or_is_an_aside_stays_in_the_deadline(tmp_path):
    # （每年12月底前报送市商务局） says when to report, （以下简称市物流办） names a short name: each was
    # read as the item's owners (每年12月底前报送市商务局, 以下简称市物流办), the deadline cut short
    measures = _read(tmp_path, "1.推进数字贸易发展。（责任单位：市商务局）完成时限：2024年底前（每年12月底前报送市商务局）\n"
                               "2.推进物流发展。完成时限：2024年底前（以下简称市物流办）\n"
                               "3.健全机制。（责任单位：市商务局）完成时限：2024年底前（视国家部署）\n")
    assert [_owners(measures[n]) for n in (1, 2, 3)] == [
        ("推进数字贸易发展。", "市商务局", None, "2024年底前（每年12月底前报送市商务局）", None, [("市商务局", "carry_out")], []),
        ("推进物流发展。", None, None, "2024年底前（以下简称市物流办）", None, [], ["responsibility_missing"]),
        ("健全机制。", "市商务局", None, "2024年底前（视国家部署）", None, [("市商务局", "carry_out")], [])]


def test_a_bracket_of_owners_on_a_deadline_is_still_the_item_s(tmp_path):
    measures = _read(tmp_path, "1.推进金融开放。完成时限：持续推进（各区政府）\n"
                               "2.健全工作机制。完成时限：2024年底前（市财政局配合，2024年6月底前完成）\n"
                               "3.推进会展业发展。完成时限：2024年底前（责任单位：市商务局）\n")
    assert [(measures[n].responsibility, measures[n].cooperating, [(d.raw, d.role) for d in measures[n].departments])
            for n in (1, 2, 3)] == [
        ("各区政府", None, [("各区政府", "carry_out")]),
        ("市财政局配合", None, [("市财政局", "assist")]),
        ("市商务局", None, [("市商务局", "carry_out")])]


def test_a_bracketed_note_on_the_items_below_or_on_the_whole_part_is_not_the_item_above_s(tmp_path):
    # （以下任务由市商务局牵头…） speaks of the items after it, （本部分任务均由…） of the whole part: each
    # was read as the owners of the item above it, its body 以下任务由市商务局 / 本部分任务均由市商务局
    measures = _read(tmp_path, "1.放宽外资准入。\n责任单位：市财政局\n完成时限：2023年底前\n（以下任务由市商务局牵头，市财政局配合）\n"
                               "2.优化审批流程。\n完成时限：2024年底前\n3.推进数字贸易发展。\n责任单位：市财政局\n"
                               "（本部分任务均由市商务局牵头）\n")
    assert [[(d.raw, d.role) for d in measures[n].departments] for n in (1, 3)] == [
        [("市财政局", "carry_out")], [("市财政局", "carry_out")]]


def test_a_bracketed_note_on_the_whole_document_after_field_lines_is_no_item_s_remark(tmp_path):
    # （本方案由市商务局负责解释）, （本方案自印发之日起施行） speak of the plan: each was the remark of the item above
    measures = _read(tmp_path, "1.放宽外资准入。\n责任单位：市财政局\n（本方案由市商务局负责解释）\n"
                               "2.优化审批流程。\n责任单位：市财政局\n（本方案自印发之日起施行）\n"
                               "3.推进数字贸易发展。\n责任单位：市财政局\n（本方案由市商务局负责）\n")
    assert [(n, m.remarks, [(d.raw, d.role) for d in m.departments]) for n, m in measures.items()] == [
        (1, None, [("市财政局", "carry_out")]), (2, None, [("市财政局", "carry_out")]), (3, None, [("市财政局", "carry_out")])]


def test_a_second_bracket_alone_after_field_lines_adds_to_the_first(tmp_path):
    # （牵头单位：市商务局） / （配合单位：市财政局）: the second was lost with nothing said, the first read
    measures = _read(tmp_path, "1.推进数字贸易发展。\n完成时限：2024年底前\n（牵头单位：市商务局）\n（配合单位：市财政局）\n"
                               "2.完善外资服务体系。\n完成时限：2024年底前\n（牵头单位：市商务局）\n（2024年6月底前完成阶段任务）\n")
    assert [_owners(measures[n]) for n in (1, 2)] == [
        ("推进数字贸易发展。", "市商务局", "市财政局", "2024年底前", None, [("市商务局", "lead"), ("市财政局", "assist")], []),
        ("完善外资服务体系。", "市商务局", None, "2024年底前", "2024年6月底前完成阶段任务", [("市商务局", "lead")], [])]


def test_a_bracket_alone_after_an_item_ended_by_its_own_bracket_is_not_read_into_it(tmp_path):
    measures = _read(tmp_path, "1.推进数字贸易发展。（牵头单位：市商务局）\n完成时限：2024年底前\n（2024年6月底前完成阶段任务）\n")
    assert _owners(measures[1]) == ("推进数字贸易发展。", "市商务局", None, "2024年底前", None, [("市商务局", "lead")], [])
