"""An owners' bracket printed on a line of its own after an item's field lines (完成时限： / 2023年底前
/ （责任单位：市商务局）) is the item's: it opened a measure with no text of its own and was lost with
nothing said (tests/fixtures/prose-shapes/owners-bracket-after-field-lines.txt)."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.interpret.fields import read_bracket_alone
from tests.conftest import FIXTURES

FIXTURE = FIXTURES / "prose-shapes" / "owners-bracket-after-field-lines.txt"


def _read():
    return {m.number: m for m in read_document(FIXTURE).measures}


def _fields(measure):
    return (measure.text, measure.responsibility, measure.cooperating, measure.deadline,
            [(d.id, d.role) for d in measure.departments], [w.code for w in measure.warnings])


def test_an_owners_bracket_after_a_deadline_label_closing_the_line_and_its_value_is_the_item_s():
    # …研发中心。完成时限： / 2023年底前 / （责任单位：市商务局）: was no owner, responsibility_missing
    assert _fields(_read()[1]) == ("放宽外资准入，支持外商投资设立研发中心。", "市商务局", None, "2023年底前",
                                   [("420500-commerce_bureau", "carry_out")], [])


def test_an_owners_bracket_after_a_time_requirement_line_is_read_with_it():
    # 时间要求：… is a deadline label (it was kept in the text), the bracket below it the item's owners
    assert _fields(_read()[2]) == (
        "优化审批流程，推行告知承诺制。", "市政务服务和大数据管理局", "市市场监管局", "2024年6月底前",
        [("420500-big_data_bureau", "lead"), ("420500-market_regulation_bureau", "assist")], [])


def test_a_cooperating_bracket_after_an_owners_field_line_adds_to_it():
    # 责任单位：市商务局 / （配合单位：市经信局）: the bracket was lost
    assert _fields(_read()[3]) == ("推进数字贸易发展。", "市商务局", "市经信局", None,
                                   [("420500-commerce_bureau", "carry_out"),
                                    ("420500-industry_information_bureau", "assist")], [])


def test_a_bracket_naming_no_one_after_field_lines_is_the_item_s_remark():
    # （2024年6月底前完成阶段任务） after 完成时限：…: was lost with nothing said
    measure = _read()[4]
    assert (_fields(measure), measure.remarks) == (
        ("完善外资服务体系。", None, None, "2024年底前", [], ["responsibility_missing"]), "2024年6月底前完成阶段任务")


def test_a_publication_note_or_a_stated_convention_after_field_lines_is_no_remark(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(FIXTURE.read_text("utf-8").split("5.")[0].replace("（2024年6月底前完成阶段任务）", "（此件公开发布）")
                    + "5.优化外汇管理服务。\n责任单位：市商务局、市财政局\n（排名第一的为牵头单位，下同）\n", "utf-8")
    document = read_document(path)
    assert [(m.number, m.remarks) for m in document.measures] == [(1, None), (2, None), (3, None), (4, None), (5, None)]
    assert [(d.id, d.role) for d in document.measures[4].departments] == [
        ("420500-commerce_bureau", "lead"), ("420500-finance_bureau", "carry_out")]
    assert [c.kind for c in document.conventions] == ["first_lead"]


def test_only_a_line_that_is_one_owners_bracket_reads_as_one():
    assert [bool(read_bracket_alone(line)) for line in (
        "（责任单位：市商务局）", "（责任单位：市商务局）。", "推进数字贸易发展。（责任单位：市商务局）",
        "（2024年6月底前完成阶段任务）", "（责任单位：市商务局）2024年底前")] == [True, True, False, False, False]


def test_an_owners_bracket_run_into_a_deadline_field_line_is_the_item_s_owners():
    # 完成时限：2023年底前（责任单位：市商务局）: the bracket was read into the deadline, no owner read
    measures = _read()
    assert [_fields(measures[n]) for n in (5, 6)] == [
        ("优化外汇管理服务。", "市商务局", None, "2023年底前", [("420500-commerce_bureau", "carry_out")], []),
        ("推进跨境电商发展。", "市商务局", "市财政局", "2024年底前",
         [("420500-commerce_bureau", "lead"), ("420500-finance_bureau", "assist")], [])]


def test_a_bracket_naming_no_one_after_a_deadline_stays_in_it():
    assert _fields(_read()[7]) == ("健全服务贸易统计。", None, None, "2024年底前（按季度报送）", [], ["responsibility_missing"])
