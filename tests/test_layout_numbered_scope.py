"""National 2025 list (seed 002): numbered rows under 一、… headings, a scope column sometimes missing or glued."""

from tests.conftest import by_number, codes


def test_152_tasks_present_with_144_to_146_missing(national2025):
    assert [m.number for m in national2025.measures] == list(range(1, 144)) + list(range(147, 156))


def test_gap_is_a_warning_on_the_document_and_on_147(national2025):
    assert "measures 144–146 are missing" in next(w.message for w in national2025.warnings if w.code == "number_gap")
    assert "number_gap" in codes(by_number(national2025)[147])


def test_fourteen_headings(national2025):
    headings = national2025.tables[0].headings
    assert [h.number for h in headings] == list(range(1, 15))
    assert (headings[12].number_raw, headings[12].title) == ("十三、", "统筹推进对接国际高标准经贸规则工作")


def test_headings_printed_in_any_column(national2025):
    measures = by_number(national2025)
    assert measures[33].heading_number == 3  # 三、 printed in the second column
    assert measures[140].heading_number == 13  # 十三、 printed in the third column


def test_scope_glued_to_the_text_of_127_is_moved_to_its_scope(national2025):
    measure = by_number(national2025)[127]
    assert measure.scope == "海南"
    assert measure.text.endswith("促进数据跨境安全有序流动。")
    assert "scope_glued_to_text" in codes(measure)


def test_rows_without_a_scope_cell(national2025):
    measure = by_number(national2025)[81]
    assert measure.text == "加强知识产权服务业集聚区建设，推进知识产权服务业同先进制造业深度融合。"
    assert measure.scope is None


def test_scope_column(national2025):
    assert by_number(national2025)[4].scope == "上海"
    assert by_number(national2025)[140].scope == "天津、上海、重庆、海南"


def test_traditional_characters_are_reported(national2025):
    warning = next(w for w in by_number(national2025)[57].warnings if w.code == "traditional_chars")
    assert "當→当" in warning.message
    assert "當地" in by_number(national2025)[57].text  # the wording is kept


def test_stray_space_inside_124_is_kept_and_reported(national2025):
    measure = by_number(national2025)[124]
    assert "和地 区" in measure.text
    assert "stray_space" in codes(measure)


def test_title_split_over_two_lines(national2025):
    assert national2025.title == "加快推进服务业扩大开放综合试点工作方案"


def test_notes_under_the_table(national2025):
    assert len(national2025.notes) == 3
    assert national2025.notes[1].startswith("2.如无特别说明，新一轮试点任务适用范围均为天津、上海、重庆")
