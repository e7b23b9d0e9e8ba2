"""Shapes of real published pages met in the fifth round of unseen pages (SOURCES.md, fifth round),
each read silently wrong before."""

from __future__ import annotations

from pathlib import Path

import pytest

from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES

PAGES = FIXTURES / "unseen-pages"


def _codes(measure) -> list[str]:
    return [w.code for w in measure.warnings]


# --- a page cut after a measure's leader line: 牵头负责领导：姚志。/ 牵头责任 ---------------------

def test_a_measure_naming_only_its_leader_among_measures_naming_bodies_is_warned():
    # the page ends after item 4's leader line, its body lines lost: read with no owner and no
    # warning before
    document = read_document(PAGES / "leader-line-then-page-cut.txt")
    last = document.measures[-1]
    assert (last.number, last.leader, last.responsibility) == (4, "姚志", None)
    assert _codes(last) == ["responsibility_missing"]


def test_measures_naming_their_leader_and_bodies_stay_unwarned():
    document = read_document(PAGES / "leader-line-then-page-cut.txt")
    assert [(m.number, m.leader, m.responsibility, _codes(m)) for m in document.measures[:3]] == [
        (1, "金力", "市发展改革委", []), (2, "金力", "市财政局", []), (3, "金力", "市发展改革委", [])]


def test_a_list_naming_only_leaders_is_not_warned_for_its_bodies(tmp_path: Path):
    page = tmp_path / "leaders-only.txt"
    page.write_text("某县人民政府关于2021年重点工作责任分工的通知\n一、稳住经济大盘\n1.地区生产总值增长6%。\n"
                    "责任领导:张三\n2.财政收入增长5%。\n责任领导:李四\n", encoding="utf-8")
    document = read_document(page)
    assert [(m.leader, _codes(m)) for m in document.measures] == [("张三", []), ("李四", [])]


def test_a_leader_only_measure_among_few_naming_bodies_is_warned_as_one_of_several(tmp_path: Path):
    # two of three measures name their leader alone: no copy lost the lines after their leaders' (the
    # warning said the measures beside them name their bodies, and that each body was printed nowhere)
    page = tmp_path / "leaders-mostly.txt"
    page.write_text("某县人民政府关于2021年重点工作责任分工的通知\n一、稳住经济大盘\n1.地区生产总值增长6%。\n"
                    "责任领导:张三\n2.财政收入增长5%。由县财政局牵头负责。\n责任领导:李四\n3.固定资产投资增长8%。\n"
                    "责任领导:李四\n牵头单位:县发展改革局\n", encoding="utf-8")
    document = read_document(page)
    assert [[w.message for w in m.warnings if w.code == "responsibility_missing"] for m in document.measures] == [
        ["only the leader of this measure (张三) is read, no body responsible for it, as in 2 of the list's 3 measures "
         "naming a leader, the others naming a body too (a body named in a shape not read, or lines lost in the copy)"],
        ["only the leader of this measure (李四) is read, no body responsible for it, as in 2 of the list's 3 measures "
         "naming a leader, the others naming a body too (a body named in a shape not read, or lines lost in the copy)"],
        []]


def test_a_leader_only_measure_among_most_naming_bodies_is_warned_as_cut():
    last = read_document(PAGES / "leader-line-then-page-cut.txt").measures[-1]
    assert [w.message for w in last.warnings] == [
        "only the leader of this measure (姚志) is read, no body responsible for it, while most measures of the list "
        "naming a leader name a body too (the lines after the leader's lost in the copy, or a body named in a shape "
        "not read)"]


# --- the page's tool for the text's size over a table: 字号: / 大 中 小 ------------------------

def test_the_font_size_tool_over_a_table_is_not_its_caption():
    # 大 中 小 (the page's buttons setting the text's size) was read as the table's caption
    document = read_document(PAGES / "font-size-tool-over-table.txt")
    assert document.tables[0].title == "济南市市中区人民政府2025年度重大行政决策事项目录"


def test_only_the_size_tool_s_own_words_are_page_furniture():
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    words = vocabulary()
    assert all(words.is_page_furniture(line) for line in ("大 中 小", "字号:", "【字体：大 中 小】", "字号：大|中|小"))
    assert not any(words.is_page_furniture(line) for line in ("大中小学", "大 中 小学校", "任 务 名 称", "字号"))


# --- a document site's page mark in a copy printed as one line: …开展。第1页共6页(二)举办“美 --------

def test_a_page_mark_after_the_last_sentence_ends_the_measure():
    # the measure's text ran on into the site's page mark and the next heading's first words
    document = read_document(PAGES / "page-mark-in-one-line-copy.txt")
    assert [m.number for m in document.measures] == [1, 2, 3]
    assert document.measures[2].text == "区城管执法局负责联系市城管执法局,支持活动的开展。"


def test_only_a_page_mark_numbering_the_page_and_the_pages_is_cut_at():
    from pilotplans.parsers.interpret.run_in import next_cut

    assert next_cut("支持活动的开展。第1页共6页(二)举办", [], {}) == len("支持活动的开展。")
    assert next_cut("第1页共6页(二)举办", [], {}) == len("第1页共6页")
    # a page named in the text, no mark of the document's pages: one line
    assert next_cut("支持活动的开展。第1页刊登活动安排", [], {}) == len("支持活动的开展。第1页刊登活动安排")
    assert next_cut("第1页共6页", [], {}) == len("第1页共6页")


def test_a_page_mark_inside_a_sentence_is_cut_out_of_the_measure_s_text(tmp_path: Path):
    # the page turned inside a sentence or after a body's name (…组织实施，第1页共6页同时…, …牵头负责第2页共6页，…):
    # the mark stayed in the measure's text, run into it
    from pilotplans.parsers.interpret.run_in import next_cut

    assert next_cut("全面负责活动的组织实施，第1页共6页同时区财政局给予支持。", [], {}) == len("全面负责活动的组织实施，")
    page = tmp_path / "page-mark-inside-a-sentence.txt"
    page.write_text("某区促进消费实施意见。一、加强领导。(一)举办服装展销会。1、此项活动由区商贸旅游局负责。"
                    "2、由区商贸旅游局牵头，全面负责活动的组织实施，第1页共6页同时区财政局给予支持。"
                    "3、由区商务局牵头负责第2页共6页，区财政局配合。", encoding="utf-8")
    document = read_document(page)
    assert [m.text for m in document.measures[1:]] == [
        "由区商贸旅游局牵头，全面负责活动的组织实施，同时区财政局给予支持。", "由区商务局牵头负责，区财政局配合。"]


# --- a refused page names the plan it issues or holds, never the one it cites as its basis ------

def _cause_of(path: Path) -> str:
    import pytest

    from pilotplans.errors import NoTaskTable

    with pytest.raises(NoTaskTable) as refused:
        read_document(path)
    return refused.value.cause


def test_a_page_issuing_a_plan_after_citing_its_basis_names_the_plan_issued():
    # 為深入貫徹落實…《關于促進消費擴容…的實施意見》…聯合印發《發改就業[2020]293號文件重點任務推進落實分工方案》:
    # the refusal named the basis as the plan the notice issued
    cause = _cause_of(PAGES / "article-issuing-a-plan-after-its-basis.txt")
    assert "《发改就业[2020]293号文件重点任务推进落实分工方案》" in cause
    assert "扩容" not in cause


def test_measures_after_a_cited_basis_are_not_said_to_be_the_basis_s():
    # 根据《2023年政府工作报告》主要工作安排，…制定…若干政策 / 1. 2. 3.: the measures were said to be the report's
    assert _cause_of(PAGES / "measures-after-a-cited-basis.txt") == (
        "no task table or task list found: the page holds only the first 3 numbered measures of the plan before it "
        "ends, none of them naming a body responsible (no 责任单位/牵头单位) — pilotplans reads plans that name who "
        "carries out each measure")


def test_a_name_cited_otherwise_is_still_the_page_s_plan():
    from pilotplans.parsers.interpret.refusal import _cited, vocabulary

    vocab = vocabulary()
    assert _cited(vocab, "现将《某市服务业扩大开放实施方案》印发给你们") == "某市服务业扩大开放实施方案"
    assert _cited(vocab, "根据《某省行动计划》，现将《某市实施方案》印发给你们") == "某市实施方案"
    assert _cited(vocab, "根据《某省行动计划》精神，结合实际，制定本方案。") is None


# --- a deadline's column labelled as planned: 计划完成时间 ------------------------------------

def test_the_planned_completion_column_is_the_deadline():
    # the column was noted as unread and the row's 2026年区“两会”后 lost
    document = read_document(PAGES / "font-size-tool-over-table.txt")
    assert [(m.responsibility, m.deadline) for m in document.measures] == [("区发展改革局", "2026年区“两会”后")]


def test_only_the_planned_completion_labels_join_the_deadline():
    from pilotplans.parsers.columns import role_of

    assert role_of("计划完成时间") == role_of("计划完成时限") == "deadline"
    assert role_of("计划") is None
    assert role_of("工作计划") != "deadline"


def test_a_basis_cited_with_its_issuer_between_is_not_the_page_s_plan():
    # 根据市政府《X》, 为贯彻落实国务院印发《X》: the verb citing a basis stands before the issuer's name, not
    # right before the 《: X was still named as the page's plan
    from pilotplans.parsers.interpret.refusal import _cited, vocabulary

    vocab = vocabulary()
    assert _cited(vocab, "根据市政府《2023年政府工作报告》主要工作安排，制定若干政策。") is None
    assert _cited(vocab, "为贯彻落实国务院印发《某某行动计划》精神，制定本方案。") is None
    assert _cited(vocab, "为深入贯彻落实国家发展改革委等23部委单位《某某实施意见》，制定本方案。") is None


def test_a_plan_issued_after_a_basis_verb_in_another_clause_is_still_named():
    from pilotplans.parsers.interpret.refusal import _cited, vocabulary

    vocab = vocabulary()
    assert _cited(vocab, "按照市政府要求，现将《某市实施方案》印发给你们") == "某市实施方案"
    assert _cited(vocab, "根据工作需要现将《某市实施方案》印发给你们") == "某市实施方案"
    assert _cited(vocab, "为贯彻落实《某省行动计划》，经市政府同意，市发展改革委印发《某市实施方案》") == "某市实施方案"


def test_measures_after_a_basis_cited_with_its_issuer_are_not_said_to_be_the_basis_s(tmp_path: Path):
    page = tmp_path / "basis-with-its-issuer.txt"
    text = (PAGES / "measures-after-a-cited-basis.txt").read_text(encoding="utf-8")
    page.write_text(text.replace("根据《", "根据市政府《", 1), encoding="utf-8")
    assert "《2023年政府工作报告》" not in _cause_of(page)


def test_measures_after_a_basis_the_page_implements_are_not_said_to_be_the_basis_s(tmp_path: Path):
    # 为深入实施《X》…制定…: 实施 cites X as the page's basis as 贯彻 does; the measures were said to be X's
    page = tmp_path / "basis-implemented.txt"
    text = (PAGES / "measures-after-a-cited-basis.txt").read_text(encoding="utf-8")
    page.write_text(text.replace("根据《", "为深入实施《", 1), encoding="utf-8")
    assert "《2023年政府工作报告》" not in _cause_of(page)


def test_a_plan_the_page_issues_for_its_addressees_to_implement_is_still_named():
    from pilotplans.parsers.interpret.refusal import _cited, vocabulary

    assert _cited(vocabulary(), "现将《某市实施方案》印发给你们，请认真组织实施") == "某市实施方案"


def test_a_deadline_label_said_planned_in_other_words_is_the_deadline():
    # 计划/预计/拟 before a deadline's label says the time is the planned one, whichever label follows:
    # 预计完成时间, 拟完成时限, 计划时间节点 were left unread as 计划完成时间 was
    from pilotplans.parsers.columns import is_listed_label, role_of

    labels = ("预计完成时间", "拟完成时间", "计划时间节点", "预计完成时限")
    assert [role_of(label) for label in labels] == ["deadline"] * 4
    assert all(is_listed_label(label) for label in labels)


def test_a_label_of_the_time_done_or_planned_otherwise_is_no_deadline():
    from pilotplans.parsers.columns import role_of

    assert [role_of(label) for label in ("实际完成时间", "计划开工时间", "计划投资", "预计")] == [None, None, None, None]


# --- a task card: 【推进措施】 / 1. 2. / 责任单位：X / 联系人：Y -----------------------------------

def test_the_owners_line_closing_a_task_card_owns_every_item_of_it():
    # the 责任单位 line, closed by the card's 联系人 line, was given to item 2 alone, item 1 warned missing
    document = read_document(PAGES / "task-card-owners-then-contact.txt")
    assert [(m.number, m.responsibility, "responsibility_missing" in _codes(m)) for m in document.measures] == [
        (1, "市市场监督管理局", False), (2, "市市场监督管理局", False)]


def test_a_contact_line_is_no_unread_field_of_the_card(tmp_path: Path):
    page = tmp_path / "card.txt"
    page.write_text("【推进措施】\n1.开展活动甲。\n2.开展活动乙。\n责任单位:市商务局\n联系人:张三\n", encoding="utf-8")
    assert [("field_unread" in _codes(m), m.responsibility) for m in read_document(page).measures] == [
        (False, "市商务局"), (False, "市商务局")]


def test_an_owners_line_after_the_last_item_of_a_plain_list_stays_its_own(tmp_path: Path):
    # no contact line closes it: the list's last item's own owners, the item before warned missing
    page = tmp_path / "plain.txt"
    page.write_text("1.地区生产总值增长6%。\n2.财政收入增长5%。\n责任单位:县财政局\n", encoding="utf-8")
    assert [(m.responsibility, _codes(m)[:1]) for m in read_document(page).measures] == [
        (None, ["responsibility_missing"]), ("县财政局", ["department_unresolved"])]


def test_a_contact_line_after_a_list_whose_items_name_owners_shares_none(tmp_path: Path):
    # item 1 names its own owners: a plain list, not a card; item 2 stays without
    page = tmp_path / "plain.txt"
    page.write_text("1.地区生产总值增长6%。\n责任单位:县统计局\n2.财政收入增长5%。\n3.税收增长。\n责任单位:县财政局\n"
                    "联系人:张三\n", encoding="utf-8")
    assert [m.responsibility for m in read_document(page).measures] == ["县统计局", None, "县财政局"]


def test_a_site_s_phone_line_after_a_plain_list_closes_no_card(tmp_path: Path):
    # a footer's 联系电话 (no person to ask) after a list's last owners line: the list was read as a card, item 1
    # given 县财政局 silently
    page = tmp_path / "plain-footer.txt"
    page.write_text("1.地区生产总值增长6%。\n2.财政收入增长5%。\n责任单位:县财政局\n联系电话：0373-1234567 传真：0373-1234568\n",
                    encoding="utf-8")
    assert [(m.responsibility, "responsibility_missing" in _codes(m)) for m in read_document(page).measures] == [
        (None, True), ("县财政局", False)]


# --- owners in a sentence of the item: 此项活动由X、Y、Z共同组织实施。 --------------------------------

def test_a_sentence_naming_the_item_before_its_owners_names_them():
    # 此项活动由区商贸旅游局、长延堡街办、华东服装城共同组织实施。 was warned responsibility_missing
    first = read_document(PAGES / "page-mark-in-one-line-copy.txt").measures[0]
    assert (first.responsibility, "responsibility_missing" in _codes(first)) == (
        "区商贸旅游局、长延堡街办、华东服装城共同组织实施", False)


def test_a_by_list_led_by_no_body_names_no_owners():
    from pilotplans.parsers.interpret.openings import opening_fields

    assert opening_fields("此项活动由企业、华东服装城共同组织实施。") is None
    assert opening_fields("此项活动由市场决定。") is None
    assert opening_fields("此项活动由区商务局、华东服装城共同组织实施。") is not None


def test_a_topic_that_is_no_demonstrative_opens_no_owners():
    from pilotplans.parsers.interpret.openings import opening_fields

    # the sentence's subject is a task, not the item itself: 由 is in passing
    assert opening_fields("促销活动由区商务局、华东服装城共同组织实施。") is None


# --- an item printing no bracket among items printing theirs, its owners in its sentence --------------

_MIXED = ("某县人民政府关于2021年重点工作责任分工的通知\n一、稳住经济大盘\n1.地区生产总值增长6%。（责任单位：县统计局）\n"
          "2.举办消费节活动。此项活动由县商务局、县财政局共同组织实施。\n3.财政收入增长5%。（责任单位：县财政局）\n"
          "4.加快项目建设，由县发改局牵头，县住建局配合。\n5.稳定就业。\n")


def _mixed(tmp_path: Path):
    page = tmp_path / "owners-in-prose-among-brackets.txt"
    page.write_text(_MIXED, encoding="utf-8")
    return read_document(page).measures


def test_owners_in_a_sentence_about_the_item_are_read_and_warned(tmp_path: Path):
    second = _mixed(tmp_path)[1]
    assert (second.responsibility, [w.code for w in second.warnings if w.code.startswith("responsibility")]) == (
        "县商务局、县财政局共同组织实施", ["responsibility_in_prose"])


def test_owners_closing_an_item_s_only_sentence_after_a_comma_are_read_and_warned(tmp_path: Path):
    fourth = _mixed(tmp_path)[3]
    assert (fourth.responsibility, [w.code for w in fourth.warnings if w.code.startswith("responsibility")]) == (
        "县发改局牵头，县住建局配合", ["responsibility_in_prose"])


@pytest.mark.parametrize("text", [
    "稳步推进改革试点，由点到面逐步推开。",  # 由 of a manner (由点到面), no body after it
    "完善收费标准，由企业自主决定。",  # a noun naming no body whose it is
    "建立联席会议制度，由分管副县长任召集人。",  # a post, no body
    "加快项目建设，由县发改局牵头，县住建局配合，确保年底完工。",  # the role clauses do not run to the sentence's end
])
def test_a_clause_after_a_comma_opening_with_by_names_no_owner_unless_wholly_role_clauses(text: str):
    from pilotplans.parsers.interpret.openings import closing_by_fields

    # the quiet side of closing_by_fields: a 由 after a comma is read only where bodies and role phrases close
    # the sentence whole
    assert closing_by_fields(text) is None


def test_an_item_naming_no_one_in_its_sentence_stays_missing_its_owners(tmp_path: Path):
    fifth = _mixed(tmp_path)[4]
    assert (fifth.responsibility, [w.code for w in fifth.warnings if w.code.startswith("responsibility")]) == (
        None, ["responsibility_missing"])


def test_the_items_printing_their_brackets_carry_no_prose_warning(tmp_path: Path):
    assert [(m.responsibility, _codes(m).count("responsibility_in_prose")) for m in _mixed(tmp_path)[::2][:2]] == [
        ("县统计局", 0), ("县财政局", 0)]


def test_a_decision_list_s_rows_read_the_decision_s_name_as_their_text():
    # 决策事项名称 read by no role: the row was read with no text (text_missing) under a heading of its name
    measure = read_document(PAGES / "font-size-tool-over-table.txt").measures[0]
    assert (measure.text, measure.heading_path, measure.responsibility, "text_missing" in _codes(measure)) == (
        "《济南市市中区国民经济和社会发展第十五个五年规划纲要》", [], "区发展改革局", False)


# --- a title ending in 事项目录 after its year: the year's list of decisions ----------------------------

def test_a_year_s_list_of_decisions_is_titled_by_its_line_and_placed():
    # …2025年度重大行政决策事项目录 read as no title: the document untitled and unplaced
    document = read_document(PAGES / "font-size-tool-over-table.txt")
    assert (document.title, document.region) == ("济南市市中区人民政府2025年度重大行政决策事项目录", "济南市市中区")
    assert document.measures[0].text == "《济南市市中区国民经济和社会发展第十五个五年规划纲要》"


def test_a_site_s_navigation_line_naming_a_catalogue_is_no_title():
    from pilotplans.parsers.titles import TITLE_END

    assert [bool(TITLE_END.search(line)) for line in (
        "济南市市中区人民政府2025年度重大行政决策事项目录", "信息公开目录", "政府信息公开事项目录", "主动公开事项目录")] == [
        True, False, False, False]


# --- a one-line copy's heading over its items: …活动。(一)举办“…”…活动。1、…2、…3、 ----------------------

def test_a_one_line_copy_keeps_the_heading_over_its_items():
    # the line was cut before 1、 only, (一)举办“穿靓幸福南城服装展销会”… left a loose line: the items under no heading
    measures = read_document(PAGES / "page-mark-in-one-line-copy.txt").measures
    assert [(m.number, m.heading_path[0].startswith("举办“穿靓幸福南城服装展销会”")) for m in measures] == [
        (1, True), (2, True), (3, True)]


_ENDS = ("。", "）", ")")


def test_a_series_opens_at_a_heading_printed_after_a_sentence_before_its_first_item():
    from pilotplans.parsers.interpret.run_in import _heading_over

    line = "制定本意见。(一)举办展销会从5月开始,组织展销活动。1、此项活动由区商务局组织实施。"
    assert _heading_over(line, line.index("1、"), "digit_comma", _ENDS) == line.index("(一)")


def test_a_heading_number_inside_a_sentence_opens_no_series():
    from pilotplans.parsers.interpret.run_in import _heading_over

    line = "要求加强(一)举办展销会从5月开始,组织展销活动。1、此项活动由区商务局组织实施。"
    assert _heading_over(line, line.index("1、"), "digit_comma", _ENDS) == line.index("1、")


def test_a_heading_parted_from_the_first_item_by_another_numbered_sentence_opens_no_series():
    from pilotplans.parsers.interpret.run_in import _heading_over

    line = "制定本意见。(一)举办展销会。(二)另一活动从5月开始。1、此项活动由区商务局组织实施。"
    assert _heading_over(line, line.index("1、"), "digit_comma", _ENDS) == line.index("1、")


def test_a_topic_before_several_role_clauses_is_no_part_of_the_first_body():
    # 该项工作由X牵头，Y配合: two clauses need no 由, so the run read from the topic took 该项工作由市发改委 as a body
    from pilotplans.parsers.interpret.openings import opening_fields

    for text in ("该项工作由市发改委牵头，市统计局配合。", "举办消费节活动。此项活动由市商务局牵头，市财政局配合。"):
        found = opening_fields(text)
        assert found is not None and found.value("responsibility") == text.split("由", 1)[1].rstrip("。")



@pytest.mark.parametrize("partner", ["企业", "各商家", "广大市民", "社会资本", "有关企业"])
def test_a_kind_of_party_beside_the_leading_body_is_no_partner(partner):
    # a partner is a name (华东服装城), not a kind of party: 由区商务局、企业共同组织实施 read 企业 as a body
    from pilotplans.parsers.interpret.openings import opening_fields

    assert opening_fields(f"此项活动由区商务局、{partner}共同组织实施。") is None
    assert opening_fields(f"此项活动由区商务局、{partner}共同参与。") is None


def _refusal(path) -> str:
    from pilotplans.errors import NoTaskTable

    with pytest.raises(NoTaskTable) as refused:
        read_document(path)
    return refused.value.cause


_NEWS = "no task table or task list found: a news report, not the plan itself — find the plan's own notice and read that"


def test_a_byline_sent_from_a_city_over_a_press_conference_held_is_news():
    # 全媒体记者高亚菲 发自北京 …国新办…举行发布会 (中国妇女报): kept the generic line
    assert _refusal(PAGES / "news-byline-sent-from-over-points.txt") == _NEWS


def test_a_byline_sent_from_a_city_alone_is_news(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("某市服务贸易发展势头良好\n本报记者高亚菲 发自北京 今年以来，我市服务贸易规模持续扩大，一批龙头企业加快成长，"
                    "数字贸易成为新的增长点。\n", "utf-8")
    assert _refusal(path) == _NEWS


def test_a_meeting_held_with_举行_alone_is_news(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("某市服务贸易工作推进会举行\n5月10日，市政府举行全市服务贸易工作推进会，部署下一阶段重点工作。\n"
                    "与会同志一致认为，要加快推进服务贸易创新发展。\n", "utf-8")
    assert _refusal(path) == _NEWS


def test_a_notice_convening_a_meeting_to_be_held_with_举行_is_no_news(tmp_path):
    # 定于…举行…推进会: a meeting to be held, as with 召开; the page keeps the generic line
    from pilotplans.errors import NoTaskTable

    path = tmp_path / "page.txt"
    path.write_text("关于举行全市服务贸易工作推进会的通知\n各区县人民政府，市政府各部门：\n"
                    "经市政府同意，定于2023年5月10日举行全市服务贸易工作推进会，现将有关事项通知如下：\n一、会议时间\n"
                    "2023年5月10日上午9:00\n二、参会人员\n各区县分管负责同志，市商务局负责同志。\n某市人民政府办公室\n"
                    "2023年5月6日\n", "utf-8")
    assert _refusal(path) == NoTaskTable("x").cause


def test_a_plan_s_reporters_sent_from_nowhere_are_no_byline(tmp_path):
    # 记者 in a plan's sentence, 发自 not after a name: a plan naming no owners stays so
    path = tmp_path / "page.txt"
    path.write_text("某市加快发展服务贸易实施方案\n为推进服务贸易高质量发展，为境外新闻记者采访提供便利，结合我市实际，制定本方案。\n"
                    "1.扩大服务业开放，支持外资企业发展。\n2.完善服务贸易统计，发自主品牌之力。\n3.优化营商环境，提升便利化水平。\n"
                    "某市人民政府\n2023年5月6日\n", "utf-8")
    assert "news report" not in _refusal(path)
