"""Column roles from the header vocabulary, for the headers plans print."""

import pytest

from pilotplans.layout import Cell, Row
from pilotplans.parsers.columns import is_header_repeat, is_listed_label, longest_label, read_header, read_label


def header(*labels):
    return Row(cells=tuple(Cell(paragraphs=(label,) if label else ()) for label in labels))


@pytest.mark.parametrize(("labels", "roles"), [
    (("试点任务", "序号", "具体举措", "责任分工"), ("heading", "number", "text", "responsibility")),
    (("序号", "任务内容", "适用范围"), ("number", "text", "scope")),
    (("试点任务", "", "政策保障措施", "责任单位"), ("heading", "text", "policy", "responsibility")),
    (("领域", "涉及行业", "开放便利举措", "现行相关规定"), ("heading", "sector", "text", "regulations")),
    (("试点任务", "序号", "具体举措", "上级制定政策保障措施或支持和指导部门", "责任分工", "备注"),
     ("heading", "number", "text", "superior", "responsibility", "remarks")),
    (("序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"),
     ("number", "heading", "text", "responsibility", "cooperating", "deadline")),
    (("序号", "工作任务", "工作措施", "责任单位", "时间安排"), ("number", "heading", "text", "responsibility", "deadline")),
    (("序号", "重点任务", "责任单位"), ("number", "text", "responsibility")),
    (("类别", "序号", "任务内容", "牵头部门", "配合部门"), ("heading", "number", "text", "responsibility", "cooperating")),
    (("序号", "重点任务", "工作措施", "牵头单位", "配合单位", "责任领导", "完成时限"),
     ("number", "heading", "text", "responsibility", "cooperating", "leader", "deadline")),
    (("序号", "具体举措", "牵头单位", "协同责任单位", "时限要求"), ("number", "text", "responsibility", "cooperating", "deadline")),
    (("序号", "具体措施", "牵头单位", "责任单位", "配合单位"),
     ("number", "text", "responsibility", "responsibility", "cooperating")),
    (("序号", "具体措施", "责任单位", "责任部门"), ("number", "text", "responsibility", None)),
    (("序号", "具体措施", "牵头单位", "牵头部门"), ("number", "text", "responsibility", None)),
    # 数据提供单位 opens a remark inside an item's bracket only: a table's 备注 column stays its remarks
    (("序号", "工作任务", "牵头单位", "数据提供单位", "备注"), ("number", "text", "responsibility", None, "remarks")),
])
def test_header_roles(labels, roles):
    assert read_header(header(*labels)).roles == roles


@pytest.mark.parametrize("labels", [("序号", "牵头单位", "配合单位"), ("姓名", "职务", "电话"), ("试点任务",)])
def test_tables_that_are_not_task_tables(labels):
    assert read_header(header(*labels)) is None


@pytest.mark.parametrize(("label", "role", "body_role"), [
    ("牵头单位", "responsibility", "lead"), ("牽頭單位", "responsibility", "lead"), ("责任单位", "responsibility", "carry_out"),
    ("責任單位", "responsibility", "carry_out"), ("配合单位", "cooperating", "assist"), ("协同责任单位", "cooperating", "assist"),
    ("完成时限", "deadline", None), ("时限要求", "deadline", None), ("牵头负责领导", "leader", None), ("责任领导", "leader", None),
])
def test_labels_of_field_lines_come_from_the_header_vocabulary(label, role, body_role):
    found = read_label(label)
    assert (found.text, found.role, found.body_role) == (label, role, body_role)


def test_a_label_listed_whole_is_read_as_listed_not_by_another_roles_fragment():
    # 牵头单位及配合单位 is listed as a responsibility label; the 配合单位 it holds is a fragment of
    # the cooperating role's, checked first
    found = read_label("牵头单位及配合单位")
    assert (found.role, found.body_role) == ("responsibility", None)


def test_a_label_listed_nowhere_whole_is_still_read_by_its_fragment():
    found = read_label("区级配合单位")
    assert (found.role, found.body_role) == ("cooperating", "assist")


def test_the_longest_label_is_the_vocabularys():
    assert longest_label() == len("上级制定政策保障措施")


def test_a_task_label_opens_no_field_line():
    assert read_label("主要任务") is None


@pytest.mark.parametrize("label", ["具体举措", "牵头单位", "2023年具体举措", "序号（注：A类指责任目标）"])
def test_a_label_the_vocabulary_lists_whole_is_a_listed_label(label):
    assert is_listed_label(label) is True


@pytest.mark.parametrize("text", ["落实责任分工", "试点任务推进", "", "市商务局"])
def test_a_text_only_holding_a_label_is_no_listed_label(text):
    # a measure holding 责任分工 is no header line (the second-header cut stays quiet on it)
    assert is_listed_label(text) is False


def test_a_role_printed_in_two_columns_has_both_indexes_in_column_order():
    columns = read_header(header("序号", "具体措施", "牵头单位", "责任单位", "配合单位"))
    assert columns.indexes("responsibility") == [2, 3]
    assert columns.indexes("cooperating") == [4]


def test_a_role_the_header_does_not_print_has_no_index():
    columns = read_header(header("序号", "具体措施", "牵头单位", "责任单位", "配合单位"))
    assert columns.indexes("deadline") == []


def test_changing_the_indexes_given_leaves_the_next_answer_as_it_was():
    columns = read_header(header("序号", "具体措施", "牵头单位", "责任单位", "配合单位"))
    columns.indexes("responsibility").append(0)
    assert columns.indexes("responsibility") == [2, 3]


def test_a_beside_task_label_must_be_one_of_its_roles_phrases():
    from pilotplans.errors import PilotplansError
    from pilotplans.parsers.columns import build_vocabulary

    with pytest.raises(PilotplansError, match="role 'text' lists beside_task labels that are not among its phrases"):
        build_vocabulary('[[role]]\nname = "text"\nphrases = ["具体举措"]\nbeside_task = ["建设内容"]\n')


def test_a_list_of_decisions_reads_each_decision_s_name_as_its_text():
    # 重大行政决策事项目录: the decision's name (决策事项名称) was read by no role, each row warned text_missing
    labels = ("序号", "决策事项名称", "决策依据", "计划完成时间", "承办单位", "预期目标")
    assert read_header(header(*labels)).roles == ("number", "text", None, "deadline", "responsibility", None)


def test_a_task_label_after_the_measures_column_groups_nothing():
    # a heading column stands before the measures it groups: 预期目标 after them is read by no role
    assert read_header(header("序号", "具体措施", "责任单位", "重点任务")).roles == (
        "number", "text", "responsibility", None)


def test_a_task_label_before_the_measures_column_still_heads_them():
    assert read_header(header("序号", "重点任务", "具体措施", "责任单位")).roles == (
        "number", "heading", "text", "responsibility")


def test_a_header_s_labels_are_kept_without_whitespace_once_per_header():
    columns = read_header(header("序 号", "具体措施", "", "责任 单位"))
    assert columns.squashed == ("序号", "具体措施", "", "责任单位")
    assert columns.printed_labels == frozenset({"序号", "具体措施", "责任单位"})  # the blank column's none


def test_a_row_printing_the_labels_again_spaced_otherwise_repeats_the_header():
    columns = read_header(header("序 号", "具体措施", "", "责任 单位"))
    assert is_header_repeat(header("序号", "具体 措施", "", "责任单位"), columns)
    assert is_header_repeat(header("序", "具体", "", "责任"), columns)  # a wrapped header's first row


def test_a_measure_s_row_under_the_labels_repeats_no_header():
    columns = read_header(header("序 号", "具体措施", "", "责任 单位"))
    assert not is_header_repeat(header("1", "具体措施", "", "责任单位"), columns)
