"""Prose items that name their owners inside their text rather than in one bracket at its end:
role phrases opening the item (由X副市长负责，Y牵头，Z配合，…) and a bracket closing each of its
sentences (…（区市场局、区行政服务中心）。…（区市场局）。). Documents from
tests/fixtures/plans/shapes (checked field by field in test_plan_answers.py); small outlines
show where each rule must stay quiet."""

from __future__ import annotations

import pytest

from pilotplans.errors import NoTaskTable
from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.interpret.openings import opening_fields
from tests.conftest import FIXTURES, codes
from tests.test_tasklist import outline

SHAPES = FIXTURES / "plans" / "shapes"


@pytest.fixture(scope="module")
def openings():
    return read_document(SHAPES / "shape-opening-role-phrases.txt")


@pytest.fixture(scope="module")
def sentences():
    return read_document(SHAPES / "shape-sentence-brackets.txt")


# Role phrases opening an item's text

def test_role_phrases_opening_an_items_paragraph_are_its_responsibility(openings):
    assert [(m.number_raw, m.responsibility) for m in openings.measures] == [
        ("1、", "市商务局牵头，相关部门配合"),
        ("2、", "市住建局牵头，市发改委、市财政局配合"),
        ("3、", "市发改委牵头，市工信局配合"),
        ("4、", "市交通运输局牵头"),
    ]


def test_the_lead_and_the_assisting_bodies_take_their_roles(openings):
    assert [(d.raw, d.role) for d in openings.measures[1].departments] == [
        ("市住建局", "lead"), ("市发改委", "assist"), ("市财政局", "assist")]


def test_a_vice_mayor_opening_the_item_is_its_leader_and_never_a_body(openings):
    assert [m.leader for m in openings.measures] == ["王海平副市长", "李文副市长", None, "张丽副市长"]
    assert not any("副市长" in d.raw for m in openings.measures for d in m.departments)


def test_the_text_of_such_an_item_is_its_title_and_its_whole_paragraph(openings):
    # the title line stays apart from the paragraph (it ran in: 老工业区搬迁改造项目由市发改委牵头…)
    assert openings.measures[2].text == "老工业区搬迁改造项目\n由市发改委牵头，市工信局配合，进一步修改完善搬迁改造实施方案。"


def test_a_body_said_to_do_something_later_in_the_sentence_is_no_owner(openings):
    # 场站运营由企业负责 closes measure 4: the run of role phrases ended at 尽快理清…
    assert [d.raw for d in openings.measures[3].departments] == ["市交通运输局"]


def test_the_opening_after_a_title_sentence_is_read_too():
    document = outline(
        "一、保障措施",
        "（一）加强组织领导。由市发改委牵头，市财政局、市商务局配合，建立联席会议制度。",
        "（二）强化督促检查。由市政府督查室牵头，定期通报工作进展。",
    )
    assert [(m.number_raw, m.responsibility) for m in document.measures] == [
        ("（一）", "市发改委牵头，市财政局、市商务局配合"),
        ("（二）", "市政府督查室牵头"),
    ]


def test_an_opening_whose_names_are_no_bodies_names_nobody():
    with pytest.raises(NoTaskTable):
        outline(
            "1、价格形成机制",
            "由市场决定，逐步放开竞争性环节价格。",
            "2、配套设施建设",
            "由企业负责，政府给予适当补贴。",
        )


def test_an_opening_naming_a_rules_parties_that_end_like_bodies_names_nobody():
    # 用人单位, 建设单位, 施工单位 end like bodies (单位) but are the parties a rule binds; none is a
    # name the registry knows, as one at least of a plan's owners is (市发改委, 相关部门, 各区)
    assert opening_fields("由用人单位负责，社保部门配合，按时足额缴纳社会保险费。") is None
    assert opening_fields("建设单位负责，施工单位配合，落实安全生产责任。") is None
    found = opening_fields("由市人社局负责，用人单位配合，按时足额缴纳社会保险费。")
    assert found is not None and [s.text for s in found.segments] == ["市人社局负责，用人单位配合"]


def test_a_single_role_clause_without_由_is_no_opening():
    assert opening_fields("市商务局牵头，建立服务贸易统计制度。") is None
    found = opening_fields("市商务局牵头，市统计局配合，建立服务贸易统计制度。")
    assert found is not None and [s.text for s in found.segments] == ["市商务局牵头，市统计局配合"]


def test_in_a_plan_of_brackets_an_item_opening_with_role_phrases_is_read_and_warned_as_prose():
    # its owners in its sentence, not in the plan's form (a bracket): read, and warned responsibility_in_prose
    # (it was warned responsibility_missing, its owners left unread)
    document = outline(
        "一、重点任务",
        "1.建设服务贸易公共服务平台。（责任单位：市商务局）",
        "2.由市发改委牵头，市统计局配合，完善服务贸易统计制度。",
    )
    measure = document.measures[1]
    assert (measure.responsibility, measure.leader) == ("市发改委牵头，市统计局配合", None)
    assert [c for c in codes(measure) if c.startswith("responsibility")] == ["responsibility_in_prose"]


# A bracket of owners closing each sentence of an item

def test_every_sentences_owners_make_the_responsibility_as_printed(sentences):
    assert sentences.measures[0].responsibility == "区市场局、区行政服务中心；区市场局、区大数据中心；区市场局"


def test_every_body_is_listed_once_among_the_departments(sentences):
    assert [(d.raw, d.role) for d in sentences.measures[0].departments] == [
        ("区市场局", "carry_out"), ("区行政服务中心", "carry_out"), ("区大数据中心", "carry_out")]


def test_two_wordings_of_one_body_are_two_mentions(tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text("某省优化营商环境实施方案\n一、深化改革\n"
                    "1.推进政务服务标准化。（责任单位：省发展改革委牵头，省政府各部门、各直属机构配合）\n"
                    "2.压减企业开办时间。（责任单位：省市场监管局）\n", encoding="utf-8")
    measure = read_document(plan).measures[0]
    assert [(d.raw, d.role) for d in measure.departments] == [
        ("省发展改革委", "lead"), ("省政府各部门", "assist"), ("各直属机构", "assist")]


def test_the_owners_brackets_leave_the_text_as_a_tail_does(sentences):
    assert sentences.measures[0].text == (
        "深化企业开办改革。拓展企业开办全程网办服务场景，推行电子营业执照跨场景应用。"
        "完善企业住所登记信息库，减少申请人线下跑动。为个体工商户提供集中登记地，提升登记便利度。")


def test_brackets_closing_sentences_that_name_no_owner_stay_in_the_text(sentences):
    assert [(m.text, m.responsibility) for m in sentences.measures[1:]] == [
        ("优化工程建设审批。推行工程建设项目联合验收（试行）。扩大告知承诺制适用范围。", "区建设管理委、区规划资源局"),
        ("提升涉企服务水平。制定涉企服务事项清单（2023—2025年）。将涉企服务延伸至基层（含各街道）。完善企业诉求快速响应机制。",
         "区营商办"),
    ]


def test_a_bodys_second_name_in_brackets_is_no_owners_bracket():
    document = outline(
        "一、重点任务",
        "1.支持区商务委（区口岸办）。推进跨境贸易通关便利化（区商务委）。",
    )
    measure = document.measures[0]
    assert (measure.text, measure.responsibility) == ("支持区商务委（区口岸办）。推进跨境贸易通关便利化。", "区商务委")


def test_a_list_of_owners_after_a_word_ending_like_a_body_is_read():
    document = outline(
        "一、重点任务",
        "1.建设一批便民服务站（区民政局、各街道办事处）。完善社区养老服务网络（区民政局）。",
    )
    measure = document.measures[0]
    assert (measure.text, measure.responsibility) == (
        "建设一批便民服务站。完善社区养老服务网络。", "区民政局、各街道办事处；区民政局")


def test_a_bracket_in_mid_sentence_is_no_owners_bracket():
    document = outline(
        "一、重点任务",
        "1.推动区市场局（区知识产权局）与各街道共建服务站（区市场局、各街道办事处）。",
    )
    measure = document.measures[0]
    assert measure.responsibility == "区市场局、各街道办事处"
    assert measure.text == "推动区市场局（区知识产权局）与各街道共建服务站。"


def test_owners_printed_after_a_sentences_full_stop_are_read_before_the_next_sentence():
    # gov.cn opinions: …准入环境。（市场监管总局负责）加强…。（体育总局、…负责）
    document = outline(
        "一、重点任务",
        "1.优化准入环境。推进商事制度改革。（区市场局负责）加强创业教育服务。（区人社局、区教育局负责）",
    )
    measure = document.measures[0]
    assert (measure.text, measure.responsibility) == (
        "优化准入环境。推进商事制度改革。加强创业教育服务。", "区市场局负责；区人社局、区教育局负责")


def test_a_bracket_after_a_full_stop_that_names_no_owner_stays_in_the_text():
    for aside in ("（2024年底前完成）", "（详见附件2）"):
        measure = outline("一、重点任务", f"1.优化准入环境。推进商事制度改革。{aside}加强创业教育服务。（区人社局负责）").measures[0]
        assert (measure.text, measure.responsibility) == (
            f"优化准入环境。推进商事制度改革。{aside}加强创业教育服务。", "区人社局负责")
