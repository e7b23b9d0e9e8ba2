"""Cutting a measure's wording into parts, comma clauses and listed items (pilotplans.diff.clauses)."""

from pilotplans.diff.clauses import clause_spans


def pieces(text: str) -> list[tuple[int, str, list[str]]]:
    return [(c.part, text[c.start:c.end], [text[a:b] for a, b in c.items]) for c in clause_spans(text)]


def test_sentences_and_semicolon_clauses_are_parts_and_commas_cut_clauses():
    text = "支持设立外资专业健康保险机构，开展国际商业医疗保险结算试点；探索商业保险参与基本医疗。创新保险产品。"
    assert [(p, t) for p, t, _ in pieces(text)] == [
        (0, "支持设立外资专业健康保险机构"), (0, "开展国际商业医疗保险结算试点"), (1, "探索商业保险参与基本医疗"), (2, "创新保险产品"),
    ]


def test_a_colon_opens_the_parts_it_explains():
    text = "实行进口研发用未注册医疗器械分级管理：对于产业园区内企业进口的器械，进行分级管理。"
    assert [p for p, _, _ in pieces(text)] == [0, 1, 1]


def test_nothing_is_cut_inside_quotes_or_brackets():
    text = "采取“流程再造、分类审批，提前介入”等举措，优化审批流程。"
    assert pieces(text) == [(0, "采取“流程再造、分类审批，提前介入”等举措", []), (0, "优化审批流程", [])]


def test_a_list_keeps_its_items_without_the_words_after_the_last_one():
    text = "发展基于工业互联网的大数据采集、存储、处理、分析和交易等跨境服务。"
    assert pieces(text)[0][2] == ["发展基于工业互联网的大数据采集", "存储", "处理", "分析", "交易"]


def test_a_clause_that_opens_a_list_stays_with_the_clause_it_illustrates():
    text = "建设区域性公共服务平台，如航运保险交易平台、二手车出口检测服务平台等。"
    assert pieces(text) == [(0, "建设区域性公共服务平台，如航运保险交易平台、二手车出口检测服务平台等",
                             ["航运保险交易平台", "二手车出口检测服务平台"])]


def test_a_clause_without_a_list_has_no_items():
    assert pieces("允许特定条件下租用外籍船舶从事临时运输。") == [(0, "允许特定条件下租用外籍船舶从事临时运输", [])]
