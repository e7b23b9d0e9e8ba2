"""Column roles from the header vocabulary, for the headers plans print."""

import pytest

from pilotplans.layout import Cell, Row
from pilotplans.parsers.columns import read_header


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
])
def test_header_roles(labels, roles):
    assert read_header(header(*labels)).roles == roles


@pytest.mark.parametrize("labels", [("序号", "牵头单位", "配合单位"), ("姓名", "职务", "电话"), ("试点任务",)])
def test_tables_that_are_not_task_tables(labels):
    assert read_header(header(*labels)) is None
