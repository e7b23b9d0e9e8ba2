"""What a prose item says about who does it: the bracket ending it and the field lines after it.

Every form of tasklist.toml (bracket pairs, body endings, deadlines, page furniture, conventions)
and every field label role has an example here.
"""

from __future__ import annotations

import pytest

from pilotplans.errors import PilotplansError
from pilotplans.parsers.interpret.conventions import find_conventions
from pilotplans.parsers.interpret.fields import find_tail, join_labelled_lists, opens_field_line, read_card_text, read_field_line
from pilotplans.parsers.interpret.vocabulary import build_vocabulary, vocabulary
from pilotplans.data import __file__ as _data_init

DATA = __import__("pathlib").Path(_data_init).parent


def tail(text: str) -> dict | None:
    found = find_tail(text)
    if found is None:
        return None
    fields = found.fields
    return {
        "text": found.text, "responsibility": fields.value("responsibility"), "label": fields.label("responsibility"),
        "cooperating": fields.value("cooperating"), "deadline": fields.value("deadline"), "remark": fields.remark,
    }


def expect(text, responsibility, label=None, cooperating=None, deadline=None, remark=None):
    return {"text": text, "responsibility": responsibility, "label": label, "cooperating": cooperating,
            "deadline": deadline, "remark": remark}


@pytest.mark.parametrize(("item", "read"), [
    ("健全统筹机制。（责任单位：市商务局、市发展改革委）",
     expect("健全统筹机制。", "市商务局、市发展改革委", label="责任单位")),
    ("支持设立旅行社。〔牵头单位：市文广旅局；责任单位：市商务局〕",
     expect("支持设立旅行社。", "牵头单位：市文广旅局；责任单位：市商务局")),
    ("发展船舶管理服务。[责任单位:市交通运输局,威海海事局]",
     expect("发展船舶管理服务。", "市交通运输局,威海海事局", label="责任单位")),
    ("扩大服务业开放。〔责任单位：市商务局、市发展改革委按职责分工负责。具体任务均涉及各区，下同〕",
     expect("扩大服务业开放。", "市商务局、市发展改革委按职责分工负责。具体任务均涉及各区，下同", label="责任单位",
            remark="具体任务均涉及各区，下同")),
    ("推进港航服务集聚。（市港航管理中心牵头，宁波海事局、市地方金融管理局配合）",
     expect("推进港航服务集聚。", "市港航管理中心牵头，宁波海事局、市地方金融管理局配合")),
    ("推動港澳專業人士跨境執業。（市人力資源社會保障局、市住房城鄉建設局負責）",
     expect("推動港澳專業人士跨境執業。", "市人力資源社會保障局、市住房城鄉建設局負責")),
    ("建设数字贸易平台。(牵头单位:市商务局;配合单位:市大数据中心,市市场监管局)",
     expect("建设数字贸易平台。", "市商务局", label="牵头单位", cooperating="市大数据中心,市市场监管局")),
    ("完善统计监测体系（责任单位：市商务局、市统计局）。",
     expect("完善统计监测体系。", "市商务局、市统计局", label="责任单位")),
    ("建设公共服务平台。（市商务局、市财政局）",
     expect("建设公共服务平台。", "市商务局、市财政局")),
    ("优化审批服务。(牽頭單位:州行政審批服務局;責任單位:州司法局,各縣市人民政府,6月底完成)",
     expect("优化审批服务。", "牽頭單位:州行政審批服務局;責任單位:州司法局,各縣市人民政府", deadline="6月底完成")),
    ("深化商事改革。〔牵头单位：区政府办公室，责任单位：区政府有关部门、各街道(功能区)〕",
     expect("深化商事改革。", "牵头单位：区政府办公室，责任单位：区政府有关部门、各街道(功能区)")),
    ("推进通关便利。（牵头单位：市商务局\u3000责任单位：郑州海关、郑州片区管委会）",
     expect("推进通关便利。", "牵头单位：市商务局\u3000责任单位：郑州海关、郑州片区管委会")),
    # a deadline after an unlabelled list of owners (tests/fixtures/plans/jingzhou-role-brackets-deadlines.txt)
    ("推进科技服务开放。（市科技局负责，2024年底前完成）",
     expect("推进科技服务开放。", "市科技局负责", deadline="2024年底前完成")),
    ("推进金融服务开放。（市金融局牵头，市财政局配合，2024年6月底前）",
     expect("推进金融服务开放。", "市金融局牵头，市财政局配合", deadline="2024年6月底前")),
    ("推进专业服务开放。（市司法局、市商务局，2024年底前完成）",
     expect("推进专业服务开放。", "市司法局、市商务局", deadline="2024年底前完成")),
    ("完善外籍人才服务。（市人社局负责；持续推进）",
     expect("完善外籍人才服务。", "市人社局负责", deadline="持续推进")),
    # labels spaced out character by character, as a PDF justified them
    ("推进科技服务开放。（责 任 单 位：市科技局）",
     expect("推进科技服务开放。", "市科技局", label="责 任 单 位")),
    ("推进金融服务开放。（牵 头 单 位：市金融局；配 合 单 位：市财政局）",
     expect("推进金融服务开放。", "市金融局", label="牵 头 单 位", cooperating="市财政局")),
])
def test_responsibility_tails(item, read):
    assert tail(item) == read


@pytest.mark.parametrize("item", [
    "加强统筹协调（以下简称“领导小组”）。",
    "支持外资（含港澳台资）企业参与投资。",
    "落实《外商投资准入特别管理措施（负面清单）》（2021年版）。",
    "（各项任务责任单位中排在第一位的为牵头单位，其他为配合单位。）",
    "市商务局要会同有关部门加强督促检查（详见附件）。",
    # a deadline alone, or after words that name no body, assigns nobody
    "完成平台建设（2024年底前完成）。",
    "完成平台建设。（支持企业发展，2024年底前完成）",
    # spaced words before a colon that are no label
    "完成平台建设。（注 意 事 项：按期完成）",
])
def test_brackets_that_assign_nobody_are_no_tail(item):
    assert find_tail(item) is None


@pytest.mark.parametrize(("opener", "closer"), list(vocabulary().closers.items()))
def test_every_bracket_pair_closes_a_tail(opener, closer):
    assert tail(f"完善统计制度。{opener}责任单位：市统计局{closer}")["responsibility"] == "市统计局"


@pytest.mark.parametrize("ending", vocabulary().body_endings)
def test_every_body_ending_makes_a_bare_list(ending):
    assert tail(f"完善统计制度。（市统计{ending}、市商务局）")["responsibility"] == f"市统计{ending}、市商务局"


def test_a_long_item_in_brackets_is_not_a_body():
    assert find_tail("完善统计制度。（统筹推进全市服务贸易统计监测、运行分析和重点企业联系等各项工作的有关部门）") is None


@pytest.mark.parametrize(("line", "read"), [
    ("牵头单位：区市场监管局", [("responsibility", "lead", "区市场监管局")]),
    ("责任单位：各街道办事处", [("responsibility", "carry_out", "各街道办事处")]),
    ("協同責任單位：市發展改革委、市外事辦", [("cooperating", "assist", "市發展改革委、市外事辦")]),
    ("配合单位：区消防救援大队", [("cooperating", "assist", "区消防救援大队")]),
    ("时限要求：2023年12月底前", [("deadline", None, "2023年12月底前")]),
    ("完成时限: 长期坚持", [("deadline", None, "长期坚持")]),
    ("牵头负责领导：韦明（市政府副秘书长）", [("leader", None, "韦明（市政府副秘书长）")]),
    ("上级部门：省商务厅", [("superior", None, "省商务厅")]),
    ("牵头单位:市商务局  责任单位:市编办、市发改委", [("responsibility", "lead", "市商务局"), ("responsibility", "carry_out", "市编办、市发改委")]),
    # labels longer than eight characters
    ("牵头单位及配合单位:区发展和改革局", [("responsibility", None, "区发展和改革局")]),
    ("上级制定政策保障措施：省商务厅", [("superior", None, "省商务厅")]),
    # a label spaced out character by character
    ("牵 头 单 位：市文化旅游局", [("responsibility", "lead", "市文化旅游局")]),
    # a word qualifying a known label after the bodies' list (a 宁波 page's 项目责任人): the label's,
    # not the last body's (市公安局 项目)
    ("责任单位：市公安局 项目责任人：王伟标", [("responsibility", "carry_out", "市公安局"), ("leader", None, "王伟标")]),
    ("责任单位：市公安局，项目责任人：王伟标", [("responsibility", "carry_out", "市公安局"), ("leader", None, "王伟标")]),
    # quiet: the word before the label is a body's name (市经信局, the list's last), or a known label
    ("责任单位：市发改委 市经信局责任人：王伟标", [("responsibility", "carry_out", "市发改委 市经信局"), ("leader", None, "王伟标")]),
    ("责任单位：市公安局 配合单位：市财政局", [("responsibility", "carry_out", "市公安局"), ("cooperating", "assist", "市财政局")]),
    # quiet: the word before the label names a body the registry knows though it ends in no body's
    # ending (市妇联, 市科协): the list's last body, not the label's qualifier
    ("责任单位：市委宣传部 市妇联责任人：王伟标", [("responsibility", "carry_out", "市委宣传部 市妇联"), ("leader", None, "王伟标")]),
    ("责任单位：市科技局 市科协责任人：王伟标", [("responsibility", "carry_out", "市科技局 市科协"), ("leader", None, "王伟标")]),
])
def test_field_lines(line, read):
    fields = read_field_line(line)
    assert [(s.label.role, s.label.body_role, s.text) for s in fields.segments] == read


def test_a_qualified_label_is_printed_whole():
    fields = read_field_line("责任单位：市公安局 项目责任人：王伟标")
    assert [s.label.text for s in fields.segments] == ["责任单位", "项目责任人"]


@pytest.mark.parametrize("line", [
    "各牵头单位要细化工作措施，明确时间节点。",
    "说明：本方案自印发之日起施行。",
    "具体举措：建设公共服务平台",
    "2022年3月28日",
    "各区县牵头单位及配合单位：区发展和改革局",  # a run holding a label, longer than any label
    "各 区 县 牵 头 单 位：区发展和改革局",  # spaced words holding a label, opening with others
])
def test_lines_that_are_no_field_lines(line):
    assert read_field_line(line) is None


# The rest of a page printed as one line, after its first line: a few thousand characters.
PAGE_RUN_ON = "二、保障措施（一）加强组织领导。各牵头单位要细化工作措施，明确时间节点。" * 200


@pytest.mark.parametrize("line", ["牵头单位：区市场监管局。", "  【牵头单位】市商务局【配合单位】市财政局。", "協同責任單位：市發展改革委。"])
def test_a_field_line_opening_a_page_printed_as_one_line_is_told_from_its_opening(line):
    assert opens_field_line(line + PAGE_RUN_ON)


@pytest.mark.parametrize("line", ["各牵头单位要细化工作措施。", "具体举措：建设公共服务平台。", "（牵头单位：市商务局）"])
def test_a_page_printed_as_one_line_opening_with_no_field_line_opens_none(line):
    assert not opens_field_line(line + PAGE_RUN_ON)


def test_two_field_lines_keep_their_labels_joined_by_a_semicolon():
    fields = read_field_line("牵头单位：区住建局")
    fields.extend(read_field_line("责任单位：区自然资源分局、区营商局"))
    assert fields.value("responsibility") == "牵头单位：区住建局；责任单位：区自然资源分局、区营商局"
    assert fields.label("responsibility") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("6月底完成", True), ("2021年底前完成", True), ("长期坚持", True),
    ("市商务局", False), ("各县市人民政府", False),
])
def test_deadlines(text, expected):
    assert vocabulary().is_deadline(text) is expected


def test_every_deadline_pattern_has_an_example():
    examples = ["6月底完成", "2021年底前完成", "长期坚持", "2025—2027年", "年内持续推进"]
    assert [sum(1 for e in examples if p.match(e)) >= 1 for p in vocabulary().deadlines] == [True] * len(vocabulary().deadlines)


@pytest.mark.parametrize(("text", "expected"), [("- 2 -", True), ("— 3 —", True), ("第3页 共9页", True), ("3", True),
                                                ("2．推进", False), ("（三）", False),
                                                # a flip-book export's page marker and page header
                                                ("P. 2", True), ("P.12", True), ("Page 1 - 加快发展数字贸易的实施意见", True),
                                                ("P2P网络借贷风险专项整治。", False), ("Pages 1-3见附件", False)])
def test_page_furniture(text, expected):
    assert vocabulary().is_furniture(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("【打印本页】【关闭窗口】", True), ("[打印] [关闭]", True), ("扫一扫在手机打开当前页", True),
    ("上一篇：关于印发某某方案的通知", True), ("网站标识码：6101000035  陕ICP备05001581号", True),
    ("陕公网安备 61010402000093号", True), ("版权所有：某某市人民政府", True),
    ("打印", False), ("3.加强版权保护，维护版权所有人合法权益。", False), ("4.推进网站标识码规范管理。（市大数据局）", False),
    ("主办单位：市商务局", False),
])
def test_the_lines_of_a_web_pages_tools_and_footer_end_the_document(text, expected):
    assert vocabulary().is_page_end(text) is expected


CONVENTION_EXAMPLES = [
    ("第一责任单位为牵头单位，下同", [("first_lead", None, None)]),
    ("各项任务责任单位中排在第一位的为牵头单位，其他为配合单位。", [("first_lead", None, None), ("others_role", "assist", None)]),
    ("排名第一的为牵头单位，其余为责任单位。", [("first_lead", None, None), ("others_role", "carry_out", None)]),
    ("以下各项任务，各区（市、县）政府负责落实，不再列出。", [("added_body", "carry_out", "各区（市、县）政府")]),
    ("具体任务均涉及相关市(州)人民政府,不再做分工,下同", [("added_body", "carry_out", "相关市(州)人民政府")]),
    ("各县（市、区）人民政府为各项任务的责任单位，不再一一列出。", [("added_body", "carry_out", "各县（市、区）人民政府")]),
    ("排在第一位的為牽頭單位", [("first_lead", None, None)]),
    ("排名第一的为牵头单位,下同", [("first_lead", None, None)]),
    ("排名第一的单位牵头，其他单位配合。", [("first_lead", None, None), ("others_role", "assist", None)]),
    ("牵头单位为排在首位的单位。", [("first_lead", None, None)]),
    ("本条及以下责任单位均包括各县市区政府(管委会),不再重复列举", [("added_body", "carry_out", "各县市区政府(管委会)")]),
    ("以下任务均涉及各区县政府，不再重复。", [("added_body", "carry_out", "各区县政府")]),
    ("本条及以下任务均包含各县（市、区）人民政府。", [("added_body", "carry_out", "各县（市、区）人民政府")]),
    ("牵头单位列第一位。", [("first_lead", None, None)]),
    # the items the body is added to named before it (a lead-in, not part of the body)
    ("以下政策措施均需各县区人民政府、园区管委会落实,不再单独列出", [("added_body", "carry_out", "各县区人民政府、园区管委会")]),
    ("上述任务均由各区政府负责落实，不再列出。", [("added_body", "carry_out", "各区政府")]),
    ("自由贸易试验区管委会负责落实，不再列出。", [("added_body", "carry_out", "自由贸易试验区管委会")]),
    # the mark a list prints before its lead (（责任单位:☆經信局、科技局。標☆的為牽頭單位,下同。）, prose-blind22)
    ("標☆的為牽頭單位,下同。", [("marked_lead", None, "☆")]),
    ("带★号的为牵头部门。", [("marked_lead", None, "★")]),
    # the mark in quotes, or 号 with no 的 (review of prose22: both read no convention)
    ("标注“★”的为牵头单位。", [("marked_lead", None, "★")]),
    ("带*号为牵头单位。", [("marked_lead", None, "*")]),
    # the mark alone opening the note, in an item's bracket after its bodies or after 注：(review of prose22)
    ("（责任单位：★经信局、科技局。★为牵头单位，下同。）", [("marked_lead", None, "★")]),
    ("注：☆为牵头单位。", [("marked_lead", None, "☆")]),
    # the note's first of several numbered, or the mark said to stand for the lead (review of prose23: both read none)
    ("注：1.★为牵头单位；2.各项任务于年底前完成。", [("marked_lead", None, "★")]),
    ("注：★表示牵头单位。", [("marked_lead", None, "★")]),
    # the mirror: the marked bodies are the partners (加*号为配合部门; stop 58, tests/test_marked_partner_convention.py)
    ("加*号为配合部门", [("marked_role", "assist", "*")]),
    ("注：★表示配合单位。", [("marked_role", "assist", "★")]),
]


@pytest.mark.parametrize(("text", "read"), CONVENTION_EXAMPLES)
def test_conventions(text, read):
    assert [(c.kind, c.role, c.body) for c in find_conventions(text)] == read


def test_every_convention_phrasing_has_an_example():
    for convention in vocabulary().conventions:
        assert any(convention.pattern.search(text.replace("為", "为").replace("牽頭單位", "牵头单位"))
                   for text, _ in CONVENTION_EXAMPLES), convention.pattern.pattern


@pytest.mark.parametrize("text", [
    "各牵头单位要会同配合单位制定具体工作方案。", "各级政府负责落实。", "市商务局牵头，各成员单位配合。",
    "市商务局为第一牵头单位。", "本条任务包括各区县政府的配套措施。", "以下工作均包括两个方面。",
    "以上任务均涉及各区县政府。", "标★的为重点任务。", "标注“★”的为重点任务。", "★为重点任务。",
    "经信局★为牵头单位。",
    # the mark naming tasks a lead is responsible for, not the lead (review of prose23: read as marking the lead)
    "★为牵头单位负责的重点任务。", "注：标★的为牵头单位年度重点任务。",
])
def test_sentences_that_state_no_convention(text):
    assert find_conventions(text) == []


def _data_with(old: str, new: str) -> str:
    text = (DATA / "tasklist.toml").read_text("utf-8")
    assert old in text
    return text.replace(old, new, 1)


@pytest.mark.parametrize(("old", "new", "message"), [
    ('field_roles = ["responsibility"', 'field_roles = ["owner"', "unknown column role"),
    ('kind = "first_lead"', 'kind = "first_lead"\nrole = "assist"', "takes no role"),
    ("(?P<body>", "(?P<bodies>", "needs a group named `body`"),
    ('body_max_length = 30', 'body_max_length = 0', "body_max_length"),
    ('brackets = [["（", "）"]', 'brackets = [["（（", "）"]', "one opening and one closing character"),
    ('leader_posts = [\n  "省长"', 'leader_posts = [\n  " "', "leader_posts"),
    ('aside_openers = ["含"', 'aside_openers = [""', "aside_openers"),
])
def test_a_malformed_vocabulary_is_refused_naming_the_file(old, new, message):
    with pytest.raises(PilotplansError, match=message) as refused:
        build_vocabulary(_data_with(old, new))
    assert str(refused.value).startswith("pilotplans/data/tasklist.toml: ")


@pytest.mark.parametrize(("cell", "read"), [
    ("牵头单位：市商务局\n责任单位：市财政局", "牵头单位：市商务局；责任单位：市财政局"),
    ("牵头单位：市商务局责任单位：市财政局", "牵头单位：市商务局；责任单位：市财政局"),
    ("牵头单位：市商务局。责任单位：市财政局。", "牵头单位：市商务局。责任单位：市财政局。"),
    ("牵头单位：市商务局\u3000配合单位：市邮政管理局", "牵头单位：市商务局\u3000配合单位：市邮政管理局"),
    ("市商务局\n市财政局", "市商务局\n市财政局"),
    ("牵头单位：市商务局", "牵头单位：市商务局"),
])
def test_a_cells_labelled_lists_on_lines_of_their_own_are_joined_by_a_semicolon(cell, read):
    assert join_labelled_lists(cell) == read


def test_a_convention_in_brackets_after_a_field_lines_bodies_is_its_remark():
    fields = read_field_line("责任单位:市发改委、市财政局(第一责任单位为牵头单位,下同)")
    assert (fields.value("responsibility"), fields.remark) == ("市发改委、市财政局(第一责任单位为牵头单位,下同)", "第一责任单位为牵头单位,下同")


def test_a_convention_after_a_field_lines_bodies_with_a_deadline_run_in_after_it_is_its_remark():
    # 厦府办〔2019〕10号, its page printed as one line: the deadline's field follows the convention
    fields = read_field_line("责任单位:市发改委、市财政局(第一责任单位为牵头单位,下同)时限要求:持续推进")
    assert (fields.value("responsibility"), fields.value("deadline"), fields.remark) == (
        "市发改委、市财政局(第一责任单位为牵头单位,下同)", "持续推进", "第一责任单位为牵头单位,下同")


def test_a_bracket_in_a_field_lines_bodies_that_states_no_convention_is_no_remark():
    fields = read_field_line("责任单位:各县市区人民政府(管委会)时限要求:持续推进")
    assert (fields.value("responsibility"), fields.remark) == ("各县市区人民政府(管委会)", None)


def test_a_convention_in_brackets_inside_a_bracket_is_its_remark():
    assert tail("建设项目库。（责任单位：市发改委、市财政局（排在第一位的为牵头单位，下同））")["remark"] == "排在第一位的为牵头单位，下同"


@pytest.mark.parametrize("line", ["责任单位:各县市区人民政府(管委会)", "牵头单位：市商务局（市口岸办）"])
def test_a_bracket_in_a_bodys_name_is_no_remark(line):
    assert read_field_line(line).remark is None


@pytest.mark.parametrize(("line", "text"), [
    ("重点工作：支持跨境电商综合试验区建设。", "支持跨境电商综合试验区建设。"),
    ("工作任务: 推行企业开办一日办结", "推行企业开办一日办结"),
    ("任务内容：建立重点项目用地保障清单。", "建立重点项目用地保障清单。"),
    ("具体措施：开展银企对接专项活动。", "开展银企对接专项活动。"),
    ("主要任务：推进综合保税区扩区。", "推进综合保税区扩区。"),
    ("具體措施：推廣電子證照。", "推廣電子證照。"),
])
def test_a_tasks_labelled_text(line, text):
    assert read_card_text(line).text == text


@pytest.mark.parametrize("line", ["主要任务：", "责任单位：市商务局", "说明：本方案自印发之日起施行。",
                                  "重点工作进展情况要于每季度末报送市发展改革委。", "到2025年：建成服务贸易强市"])
def test_lines_that_label_no_tasks_text(line):
    assert read_card_text(line) is None


@pytest.mark.parametrize("item", [
    # 支持 and 主办 are role words now, and also the item's own verbs: a bracket of the item's own that
    # ends in one names no body and stays in its text
    "对新设立的研发机构给予奖励（市级财政给予支持）。",
    "建设公共服务平台（国家给予政策支持）",
    "推动企业上市融资（省、市予以支持）",
])
def test_a_bracket_of_the_item_s_own_ending_in_a_role_verb_is_no_tail(item):
    assert find_tail(item) is None


@pytest.mark.parametrize(("item", "text", "bracket"), [
    ("推动企业上市融资（区金融办牵头，市金融局支持）", "推动企业上市融资", "（区金融办牵头，市金融局支持）"),
    ("举办展会（区商务局主办，各街道协办）", "举办展会", "（区商务局主办，各街道协办）"),
    ("举办国际服务贸易论坛（由区政府主办）。", "举办国际服务贸易论坛。", "（由区政府主办）"),
])
def test_a_bracket_naming_bodies_before_support_or_host_is_the_tail(item, text, bracket):
    found = find_tail(item)
    assert found is not None and (found.text, found.bracket) == (text, bracket)


def test_a_body_list_reads_the_marks_of_the_vocabulary_it_is_given():
    from pilotplans.parsers.interpret.fields import _is_body_list

    words = build_vocabulary(_data_with('name_marks = "☆', 'name_marks = "#☆'))
    assert _is_body_list("区政府办#、区发改局", words)


def test_a_mark_the_vocabulary_does_not_list_keeps_a_list_from_reading_as_bodies():
    from pilotplans.parsers.interpret.fields import _is_body_list

    assert not _is_body_list("区政府办#、区发改局", vocabulary())
    assert _is_body_list("区政府办*、区发改局", vocabulary())


@pytest.mark.parametrize(("item", "read"), [
    ("☆经信局", ("☆", "经信局")),
    ("经信局*", ("*", "经信局")),
    ("经信局", (None, "经信局")),
    ("☆", (None, "☆")),
    ("5G基站", (None, "5G基站")),
])
def test_a_names_mark_is_taken_off_by_the_marks_given(item, read):
    from pilotplans.normalizers.segment import strip_mark

    assert strip_mark(item, "☆*") == read


def test_a_convention_closing_a_lists_last_clause_before_a_remark_after_a_full_stop_reads_both():
    # 嘉兴 2023 (prose-blind34): the list, its first-listed-leads clause after a comma, and after the full stop the
    # bodies every later list includes
    read = tail("依规加大减税降费力度。(市税务局、市财政局、市科技局,各县市、区政府,列第一位的为牵头单位,下同。"
                "以下均需各县市、区政府落实,不再列出)")
    assert read == expect("依规加大减税降费力度。", "市税务局、市财政局、市科技局,各县市、区政府,列第一位的为牵头单位,下同。"
                          "以下均需各县市、区政府落实,不再列出",
                          remark="列第一位的为牵头单位,下同；以下均需各县市、区政府落实,不再列出")


def test_a_list_whose_only_convention_follows_its_full_stop_keeps_that_remark_alone():
    read = tail("依规加大减税降费力度。(市税务局、市财政局。以下均需各县市、区政府落实,不再列出)")
    assert read["remark"] == "以下均需各县市、区政府落实,不再列出"


def test_a_remark_naming_an_owner_keeps_the_lists_clause_in_the_list():
    # review of mend35: taking the clause and the remark off the list would lose 市交通运输局, an owner the remark names
    assert tail("依规加大减税降费力度。(市商务局、市财政局,列第一位的为牵头单位,下同。市交通运输局配合)") is None


def test_a_remark_naming_no_body_after_the_lists_clause_reads_both():
    read = tail("依规加大减税降费力度。(市商务局、市财政局,列第一位的为牵头单位。2024年底前完成)")
    assert read["remark"] == "列第一位的为牵头单位；2024年底前完成"
