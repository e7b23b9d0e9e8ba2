"""One rule joins the pieces of a text split by a line wrap or a page break, in every reader
(PDF cell and paragraph wraps, text extractions' page-break fragments) and in the interpreter
(cells broken by a page break): pilotplans.textutil.join_fragments / join_lines."""

import pytest

from pilotplans.textutil import join_fragments, join_lines

PAIRS = [
    (("在试点地区实行保险公司分支机构", "和高级管理人员准入方式改革"), "在试点地区实行保险公司分支机构和高级管理人员准入方式改革"),
    (("Agreement on Trade in", "Services (CPC 8671)"), "Agreement on Trade in Services (CPC 8671)"),
    (("General Agreement,", "Services"), "General Agreement, Services"),
    (("Trade in Services", "(CPC 8671)"), "Trade in Services (CPC 8671)"),
    (("实施144", "小时过境免签"), "实施144小时过境免签"),
    (("境外投资（QDLP", "）试点"), "境外投资（QDLP）试点"),
    (("cross-", "border data"), "cross-border data"),
    (("持股比例不超过50%", "的限制"), "持股比例不超过50%的限制"),
    (("引进外资", "WFOE"), "引进外资WFOE"),
    # a number among Chinese text cut by the wrap (平顶山 2013's 文号 in a cell printed in 三号, 1 | 1号)
    (("平政办〔2013〕1", "1号"), "平政办〔2013〕11号"),
    # a number after a Latin word, and one closing its line, keep the Latin rule's space
    (("ISO 9001", "2015版"), "ISO 9001 2015版"),
    (("第1", "2"), "第1 2"),
    # the cut number goes on with a half-width percent sign, a decimal point or a thousands' comma
    (("同比增长1", "5%以上"), "同比增长15%以上"),
    (("总投资1", "2.5亿元"), "总投资12.5亿元"),
    (("安排资金1", "0,000万元"), "安排资金10,000万元"),
    # a piece opening with an item's marker opens the next item: the number before it stays whole
    (("培育企业达到50", "2、推进园区建设"), "培育企业达到50 2、推进园区建设"),
    (("培育企业达到50", "2）推进园区建设"), "培育企业达到50 2）推进园区建设"),
    (("培育企业达到50", "2.推进园区建设"), "培育企业达到50 2.推进园区建设"),
]


@pytest.mark.parametrize("pieces, joined", PAIRS, ids=[joined for _, joined in PAIRS])
def test_two_pieces_join_by_the_one_rule(pieces, joined):
    assert join_fragments(*pieces) == joined


@pytest.mark.parametrize("pieces, joined", PAIRS, ids=[joined for _, joined in PAIRS])
def test_lines_of_a_paragraph_join_by_the_same_rule(pieces, joined):
    assert join_lines(pieces) == joined


def test_blank_lines_and_outer_spaces_add_nothing():
    assert join_lines(["  深化服务贸易", "", "创新发展 "]) == "深化服务贸易创新发展"
    assert join_fragments("", "  试点") == "试点"
