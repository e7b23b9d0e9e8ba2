"""Each repair fires where the layout shows its fault, and stays quiet on a document without it.

The documents the repairs were made for are the bundled ones (tests/test_layout_*.py hold their
cases too); the small documents in tests/fixtures/repairs/ show the fault or its absence alone.
"""

from pathlib import Path

from pilotplans.ingest.pipeline import read_document
from tests.conftest import by_number, codes

REPAIRS = Path(__file__).parent / "fixtures" / "repairs"


def read(name: str):
    return read_document(REPAIRS / name)


def all_codes(document) -> set[str]:
    found = {w.code for w in document.warnings}
    for measure in document.measures:
        found |= set(codes(measure))
    for table in document.tables:
        for heading in table.headings:
            found |= set(codes(heading))
    return found


# -- a scope glued to the text (made for the 2025 list's measure 127)


def test_glued_scope_is_moved_where_the_table_has_a_scope_column(national2025):
    measure = by_number(national2025)[127]
    assert measure.scope == "海南"
    assert "scope_glued_to_text" in codes(measure)


def test_glued_scope_is_moved_in_another_table_with_a_scope_column():
    measure = read("scope-column-glued-place.txt").measures[0]
    assert (measure.text, measure.scope) == ("支持设立外商独资演出经纪机构。", "海南")
    assert codes(measure) == ["scope_glued_to_text"]


def test_text_ending_in_a_deadline_stays_whole_without_a_scope_column():
    measure = read("no-scope-column-glued-deadline.txt").measures[0]
    assert measure.text == "完善服务贸易统计制度。 2025年底前完成"
    assert measure.scope is None
    assert not {"scope_glued_to_text", "region_unresolved"} & set(codes(measure))


# -- a packed block's list of responsibilities one short (made for the national 2020 table, 113)


def test_list_one_short_takes_the_surplus_at_the_head_of_the_next_block(national2020):
    measure = by_number(national2020)[113]
    assert measure.responsibility == "中国出口信保公司和试点地区负责推进"
    assert "responsibility_list_shifted" in codes(measure)


def test_packed_blocks_whose_lists_match_are_paired_item_by_item():
    document = read("packed-lists-complete.txt")
    assert [m.responsibility for m in document.measures] == [
        "市商务局负责推进", "市金融局负责推进", "市统计局负责推进", "市市场监管局负责推进", "市发展改革委负责推进",
    ]
    assert not {"responsibility_list_shifted", "responsibility_missing", "responsibility_extra"} & all_codes(document)


def test_a_short_list_without_surplus_after_it_leaves_the_measure_without_responsibility():
    document = read("packed-list-short-without-surplus.txt")
    third, fourth = document.measures[2:4]
    assert third.responsibility is None
    assert "responsibility_missing" in codes(third)
    assert fourth.responsibility == "市市场监管局负责推进"
    assert "responsibility_list_shifted" not in all_codes(document)


# -- a policy row shifted into the task column (made for the 2018 approval's attachment 3)


def test_policy_row_in_the_task_column_is_demoted_in_the_2018_table(national2018):
    measure = next(m for m in national2018.measures if m.text.startswith("深入改革通关监管制度和模式"))
    assert measure.policies[5].text.startswith("大力支持多式联运监管中心建设")
    assert "cell_shifted" in codes(measure)


def test_task_the_narrative_does_not_name_is_demoted_to_a_policy_row():
    document = read("policy-table-stray-task.txt")
    assert [m.text for m in document.measures] == [
        "健全服务贸易工作协调机制。", "建立服务贸易发展绩效评价制度。", "有序放宽服务业市场准入。", "推动专业服务领域开放。",
    ]
    evaluation = document.measures[1]
    assert [p.text for p in evaluation.policies][-1] == "建设服务贸易公共服务平台。"
    assert "cell_shifted" in codes(evaluation)


def test_without_a_narrative_restating_the_tasks_every_task_stays_a_task():
    document = read("policy-table-without-narrative.txt")
    assert "建设服务贸易公共服务平台。" in [m.text for m in document.measures]
    assert "cell_shifted" not in all_codes(document)


def test_a_task_the_narrative_names_stays_a_task():
    document = read("policy-table-narrative-names-every-task.txt")
    assert "建设服务贸易公共服务平台。" in [m.text for m in document.measures]
    assert "cell_shifted" not in all_codes(document)


# -- a heading split around its number (made for the national 2020 table, headings 2 and 3)


def test_heading_split_around_its_number_is_read_and_reported(national2020):
    heading = national2020.tables[0].headings[1]
    assert (heading.number_raw, heading.title) == ("（二）", "探索扩大对外开放")
    assert codes(heading) == ["heading_scrambled"]


def test_headings_printed_number_first_are_not_reported():
    headings = read("headings-in-order.txt").tables[0].headings
    assert [(h.number_raw, h.title) for h in headings[:2]] == [("（一）", "全面探索完善管理体制"), ("（二）", "全面探索扩大对外开放")]
    assert not any("heading_scrambled" in codes(h) for h in headings)


def test_heading_cell_listing_numbered_items_is_not_read_as_a_scrambled_heading():
    heading = read("headings-in-order.txt").tables[0].headings[2]
    assert heading.title == "数字服务"
    assert heading.description == "（一）培育数字贸易企业。\n（二）建设数字服务出口基地。"
    assert "heading_scrambled" not in codes(heading)
