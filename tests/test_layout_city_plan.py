"""Another city's plan in a layout none of the bundled documents uses.

序号 | 重点任务 | 具体措施 | 牵头单位 | 配合单位 | 完成时限, section rows ``一、…`` spanning the table,
the 重点任务 cell merged over its measures: written with python-docx, read back through extract.
"""

import pytest

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.interpret import DocumentHints

SECTIONS = [
    ("一、扩大服务业对外开放", [
        ("推进金融开放", [("支持外资银行在青岛设立分支机构。", "青岛银保监局", "市地方金融监管局", "2021年底前"),
                          ("推动跨境人民币结算便利化。", "人民银行青岛市中心支行", "市商务局、青岛海关", "持续推进")]),
        ("提升贸易便利化水平", [("优化进出口通关流程，压缩整体通关时间。", "青岛海关", "市商务局", "2021年6月底前")]),
    ]),
    ("二、完善保障措施", [
        ("加强组织领导", [("建立试点工作联席会议制度。", "市商务局", "各区（市）政府", "2021年3月底前")]),
    ]),
]


@pytest.fixture(scope="module")
def qingdao(tmp_path_factory):
    from docx import Document

    docx = Document()
    docx.add_paragraph("青岛市人民政府关于印发青岛市全面深化服务贸易创新发展试点实施方案的通知")
    docx.add_paragraph("青政发〔2021〕3号")
    docx.add_paragraph("附件")
    docx.add_paragraph("青岛市全面深化服务贸易创新发展试点任务分工表")
    rows = 1 + sum(1 + sum(len(items) for _, items in tasks) for _, tasks in SECTIONS)
    table = docx.add_table(rows=rows, cols=6)
    for cell, label in zip(table.rows[0].cells, ["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"]):
        cell.text = label
    index, number = 1, 0
    for section, tasks in SECTIONS:
        row = table.rows[index].cells
        row[0].merge(row[5]).text = section
        index += 1
        for task, items in tasks:
            first = index
            for text, lead, helpers, deadline in items:
                number += 1
                cells = table.rows[index].cells
                cells[0].text, cells[2].text, cells[3].text, cells[4].text, cells[5].text = str(number), text, lead, helpers, deadline
                index += 1
            merged = table.cell(first, 1).merge(table.cell(index - 1, 1)) if index - first > 1 else table.cell(first, 1)
            merged.text = task
    path = tmp_path_factory.mktemp("qingdao") / "qingdao.docx"
    docx.save(path)
    return read_document(path, DocumentHints(id="qingdao-2021", level="municipal", region="青岛", programme="service-trade", round=2020))


def test_metadata(qingdao):
    assert (qingdao.doc_no, qingdao.issuer) == ("青政发〔2021〕3号", "青岛市人民政府")


def test_measures_with_their_task_as_heading(qingdao):
    assert [(m.number, m.heading_title) for m in qingdao.measures] == [
        (1, "推进金融开放"), (2, "推进金融开放"), (3, "提升贸易便利化水平"), (4, "加强组织领导"),
    ]


def test_side_columns(qingdao):
    measure = qingdao.measures[1]
    assert (measure.responsibility, measure.cooperating, measure.deadline) == (
        "人民银行青岛市中心支行", "市商务局、青岛海关", "持续推进")


def test_another_citys_bodies_resolve(qingdao):
    names = {d.raw: (d.name, d.counterpart_name) for m in qingdao.measures for d in m.departments}
    assert names["青岛银保监局"][1] == "银保监会"
    assert names["人民银行青岛市中心支行"][1] == "人民银行"
    assert names["青岛海关"][1] == "海关总署"
    assert names["市商务局"] == ("青岛市商务局", "商务部")
    assert not [w for m in qingdao.measures for w in m.warnings if w.code.endswith("unresolved")]
