"""Shapes of real published plans no test had read (tests/fixtures/unseen-pages/SOURCES.md), each
read right now where it was read wrong or refused: a row of a page's information table that alone
could open a sentence, a mirror site's pinyin glosses inside a label or after an item's numeral, a
heading that names the lead of every item under it."""

from __future__ import annotations

import pytest

from pilotplans.ingest.pipeline import read_document
from pilotplans.normalizers.numbers import find_item_marker
from pilotplans.normalizers.segment import find_labels
from pilotplans.parsers.columns import read_label
from pilotplans.parsers.metadata import _info_rows
from tests.conftest import FIXTURES

PAGES = FIXTURES / "unseen-pages"


# --- an information table's row after another: 有效性 失效 -------------------------------------

def test_a_row_of_one_label_apart_from_its_value_after_a_row_is_no_part_of_the_title():
    # 有效性 失效 (one label, no colon, its value apart) was read as a line of the document and the
    # title began with it: 有效性失效金政发〔2021〕1号关于印发…的通知, with exit 0
    # (the 文号 run into the title's 关于 is the 文号, no part of the title: meta47)
    document = read_document(PAGES / "info-row-after-info-rows.txt")
    assert document.title == "关于印发2021年金乡县政府重要工作事项责任分工的通知"
    assert (document.doc_no, document.issuer, str(document.date)) == ("金政发〔2021〕1号", "金乡县人民政府", "2021-02-10")
    assert [(m.number, m.responsibility, m.leader) for m in document.measures] == [
        (1, "县发展和改革局", "赵某某"), (2, "县发展和改革局、县住房和城乡建设局", "钱某某")]


def test_a_row_is_read_so_only_right_after_a_row_and_never_a_sentence():
    texts, rows, breaks = _info_rows(["索  引  号 jnsjxx/2021-00428 公开方式 主动公开", "有效性 失效", "关于印发某某方案的通知"])
    assert (texts, [[f.label for f in row] for row in rows], breaks) == (
        ["关于印发某某方案的通知"], [["索  引  号", "公开方式"], ["有效性"]], frozenset())
    # no row before it: a line of the document
    assert _info_rows(["有效性 失效", "关于印发某某方案的通知"]) == (["有效性 失效", "关于印发某某方案的通知"], [], frozenset())
    # a sentence after a row stays one
    sentence = "时间 紧任务重，各单位要抓紧落实。"
    assert _info_rows(["索  引  号 jnsjxx/2021-00428", sentence]).texts == [sentence]


def test_the_lines_a_table_s_rows_stood_right_before_are_returned_and_nothing_passed_in_changes():
    # breaks were added to a set passed in; they are returned, the lines given left as they were
    lines = ["政府信息公开", "索  引  号 jnsjxx/2021-00428", "某市人民政府关于印发某某方案的通知", "各区人民政府:"]
    found = _info_rows(lines)
    assert (found.texts, found.breaks) == (["政府信息公开", "某市人民政府关于印发某某方案的通知", "各区人民政府:"], frozenset({1}))
    assert lines[1] == "索  引  号 jnsjxx/2021-00428" and _info_rows(lines) == found
    assert _info_rows(["某市人民政府关于印发某某方案的通知", "各区人民政府:"]).breaks == frozenset()


# --- pinyin glosses inside a label and after a numeral ---------------------------------------

def test_a_glossed_label_opens_its_list_and_a_glossed_numeral_its_heading():
    # 責(zé)任單位: stayed in the list (its first body unresolved: '責(zé)任單位:市公務(wù)員局'), and
    # 一(yī)、 opened no heading: every measure stood under none, with exit 0
    document = read_document(PAGES / "glossed-labels-and-numerals.txt")
    assert [(h.number_raw, h.title) for h in document.tables[0].headings] == [
        ("一、", "健全政務(wù)誠信記錄"), ("二、", "實(shí)施失信懲戒")]
    assert [(m.number, m.heading_title, m.responsibility) for m in document.measures] == [
        (1, "健全政務(wù)誠信記錄", "市公務(wù)員局、市發(fā)展改革委"),
        (2, "健全政務(wù)誠信記錄", "牽(qiān)頭單位:市發(fā)展改革委;責(zé)任單位:各區(qū)政府"),
        (3, "實(shí)施失信懲戒", "市發(fā)展改革委、各區(qū)政府")]
    assert [(d.raw, d.id, d.role) for d in document.measures[1].departments] == [
        ("市發(fā)展改革委", "310000-development_reform_commission", "lead"),
        ("各區(qū)政府", "310000-subordinate-people_government", "carry_out")]
    assert document.measures[0].departments[0].raw == "市公務(wù)員局"


def test_labels_are_found_in_the_printed_text_past_glosses_and_as_before_without():
    text = "牽(qiān)頭單位:市科技局;責(zé)任單位:市財政局"
    spans = find_labels(text, read_label, longest=8)
    assert [(text[s.start:s.end], s.label.role) for s in spans] == [
        ("牽(qiān)頭單位:", "responsibility"), ("責(zé)任單位:", "responsibility")]
    plain = "牵头单位:市科技局;责任单位:市财政局"
    assert [(s.start, s.end) for s in find_labels(plain, read_label, longest=8)] == [(0, 5), (10, 15)]


def test_a_numeral_s_gloss_is_read_past_and_nothing_else_is_a_marker():
    marker = find_item_marker("一(yī)、實施創新驅動發展戰略")
    assert (marker.style, marker.number.raw, marker.number.value, marker.end) == ("cn", "一、", 1, 6)
    marker = find_item_marker("（二(èr)）培育新興産業")
    assert (marker.number.value, "（二(èr)）培育新興産業"[marker.end:]) == (2, "培育新興産業")
    assert find_item_marker("十(shí)分重要的工作") is None
    assert find_item_marker("一(a)、") is None  # a bracketed letter, no gloss


# --- a heading naming the lead of its items --------------------------------------------------

def test_a_heading_naming_who_leads_its_items_gives_them_that_lead():
    # 一、县示范区管委会牵头工作(3项) / 1. 2. 3. printing no owner: refused as a text without a task list
    document = read_document(PAGES / "lead-named-in-heading.txt")
    assert [(m.number, m.heading_title, m.responsibility) for m in document.measures] == [
        (1, "县示范区管委会牵头工作(3项)", "县示范区管委会牵头"),
        (2, "县示范区管委会牵头工作(3项)", "县示范区管委会牵头"),
        (3, "县示范区管委会牵头工作(3项)", "县示范区管委会牵头"),
        (4, "县发展和改革局牵头工作(2项)", "县发展和改革局牵头"),
        (5, "县发展和改革局牵头工作(2项)", "县发展和改革局牵头"),
        (6, "县商务局牵头工作(2项)", "县商务局牵头"),
        (7, "县商务局牵头工作(2项)", "县商务局牵头")]
    assert {(d.raw, d.role) for m in document.measures for d in m.departments} == {
        ("县示范区管委会", "lead"), ("县发展和改革局", "lead"), ("县商务局", "lead")}
    assert [w.message for w in document.measures[5].warnings if w.code == "responsibility_on_heading"] == [
        "the responsibility (县商务局牵头) is printed on the heading 三、县商务局牵头工作(2项), whose items print none"]


def test_a_heading_naming_no_body_before_its_words_or_over_items_with_owners_gives_none(tmp_path):
    import pytest

    from pilotplans.errors import PilotplansError

    plain = tmp_path / "plain.txt"
    plain.write_text("某县重点工作任务清单\n一、重点牵头工作(2项)\n1.建设养殖基地。\n2.争取专项资金。\n", "utf-8")
    with pytest.raises(PilotplansError, match="no task table or task list found"):
        read_document(plain)
    owned = tmp_path / "owned.txt"
    owned.write_text("某县重点工作任务清单\n一、县商务局牵头工作(2项)\n1.培育商贸企业。(责任单位:县财政局)\n"
                     "2.举办促消费活动。(责任单位:县文旅局)\n", "utf-8")
    document = read_document(owned)
    assert [(m.responsibility, [w.code for w in m.warnings if w.code == "responsibility_on_heading"])
            for m in document.measures] == [("县财政局", []), ("县文旅局", [])]
    # the heading's own lead, which no item carries, is said
    assert [w.message for w in document.warnings if w.code == "responsibility_on_heading"] == [
        "item 一、 carries a responsibility (县商务局牵头) and has items with their own inside; read as a heading "
        "whose owners no measure carries: 县商务局牵头工作(2项)…"]


def test_a_lead_heading_stating_more_items_than_it_holds_is_warned_and_one_stating_as_many_is_not(tmp_path):
    text = (PAGES / "lead-named-in-heading.txt").read_text("utf-8")
    short = tmp_path / "short.txt"
    short.write_text(text.replace("3.建设两个劳动密集型产业园。\n", ""), "utf-8")
    headings = read_document(short).tables[0].headings
    assert [(h.title, [(w.code, w.message) for w in h.warnings]) for h in headings] == [
        ("县示范区管委会牵头工作(3项)", [("count_mismatch", "the heading 一、县示范区管委会牵头工作(3项) states 3 items "
                                                      "and 2 are printed under it")]),
        ("县发展和改革局牵头工作(2项)", []), ("县商务局牵头工作(2项)", [])]
    assert all(not h.warnings for h in read_document(PAGES / "lead-named-in-heading.txt").tables[0].headings)


# --- a site's section name over the information rows -----------------------------------------

def test_a_line_over_the_information_rows_is_no_part_of_the_title_under_them():
    # 政府信息公开 / 索 引 号: … (the rows) / 白城市…的通知: with the rows taken out, the section's name ran
    # into the title and the issuer (政府信息公开白城市洮北区人民政府), with exit 0
    document = read_document(PAGES / "section-name-over-info-rows.txt")
    assert (document.title, document.issuer, document.doc_no, str(document.date), document.region) == (
        "白城市洮北区人民政府关于印发白城市洮北区国民经济和社会发展第十四个五年规划纲要任务清单的通知",
        "白城市洮北区人民政府", "白洮政发〔2021〕29号", "2021-12-02", "洮北区")
    assert [(m.number, m.responsibility) for m in document.measures] == [
        (1, "区水利局"), (2, "区林业局、各乡镇人民政府"), (3, "区农业农村局、开发区管委会")]


def test_a_title_wrapped_over_lines_runs_on_unless_a_table_stood_between():
    from pilotplans.parsers.metadata import _title

    lines = ["某市人民政府办公室关于印发", "某市促进消费实施方案的通知"]
    assert _title(lines) == "某市人民政府办公室关于印发某市促进消费实施方案的通知"
    assert _title(["政府信息公开", "某市人民政府办公室关于印发某市促进消费实施方案的通知"], {1}) == (
        "某市人民政府办公室关于印发某市促进消费实施方案的通知")
    assert _title([*lines, "各区人民政府:"], {2}) == "某市人民政府办公室关于印发某市促进消费实施方案的通知"  # a break elsewhere


# --- a heading's run-in title of two phrases ---------------------------------------------------

def test_a_heading_s_run_in_title_of_phrases_joined_by_a_comma_is_its_title():
    from pilotplans.parsers.interpret.tasklist import heading_title

    # 三、加强督导,健全推进机制。市发展改革委负责…。 with items under it: the whole paragraph was the title
    assert heading_title("加强督导,健全推进机制。市发展改革委负责《方案》工作任务的统一督导调度。") == "加强督导,健全推进机制"
    assert heading_title("加强组织领导。市政府成立工作专班。") == "加强组织领导"
    # four phrases, or one too long, are a sentence: the text stays whole
    sentence = "坚持稳中求进,深化改革,扩大开放,优化服务。其余事项另行部署。"
    assert heading_title(sentence) == sentence


# --- Chinese text in UTF-8 shown as Windows-1252 ---------------------------------------------

def test_a_page_of_utf8_shown_as_windows_1252_is_refused_with_its_cause():
    import pytest

    from pilotplans.errors import UnreadableFile

    # ä¿¡æ¯å称:å¸‚æ”¿åºœ…: refused as a text without a task list, the cause unsaid
    with pytest.raises(UnreadableFile) as refused:
        read_document(PAGES / "utf8-shown-as-latin.txt")
    assert str(refused.value).endswith(
        "Chinese text in UTF-8 shown as Windows-1252/Latin-1 characters (mojibake: ä¸\u00ad for 中), "
        "not mended: save the page again in its own encoding")


def test_latin_letters_beside_chinese_or_a_few_quoted_are_no_mojibake():
    from pilotplans.ingest.detect import mojibake_cause

    assert mojibake_cause("市商务局牵头，Café Müller 等外资企业参与。" * 20) is None
    assert mojibake_cause("页面乱码示例：ä¸­ 即“中”。" * 5) is None  # Chinese beside them
    assert mojibake_cause("Présentation générale de l'économie chinoise, été " * 30) is None  # French, no lead bytes run
    # an accented letter before a Windows-1252 quote or dash (café’s, comité—) is one such character, never
    # the two a Chinese character's bytes mostly show as: no mojibake (was refused as one)
    assert mojibake_cause("The café’s terrace — André’s résumé “é” comité—la société " * 12) is None


# --- a notice's numbered paragraphs over the plan's items -------------------------------------

def test_items_after_a_numbered_paragraph_of_the_notice_stand_under_no_heading_and_are_warned():
    # 一、…对照《方案》…。 二、…。 三、加强督导,健全推进机制。…。 / 1. …(牵头单位:…): the items stood under the
    # notice's paragraph 三 as their heading, with exit 0 and nothing said; then they were warned, still
    # under it. The paragraphs before it, alike and holding nothing, and the plan's short name (《方案》)
    # say it is the notice's: the items stand under no heading, and the paragraph is no heading
    document = read_document(PAGES / "notice-paragraphs-then-items.txt")
    assert document.tables[0].headings == []
    assert [(m.number, m.heading, m.heading_title, m.heading_path,
             [w.message for w in m.warnings if w.code == "heading_is_notice_paragraph"]) for m in document.measures] == [
        (n, None, None, [], ["printed after 三、加强督导,健全推进机制。市发展改革委负责…, a paragraph like the numbered "
                             "paragraphs before it, which hold no measure: read as the notice's requirements, not the "
                             "measure's heading (the plan's own title or headings lost in the copy?)"]) for n in (1, 2)]


def test_a_notice_s_paragraph_leading_into_the_items_after_it_stays_their_heading_and_is_warned(tmp_path):
    # 三、…。具体任务如下： introduces the items: they may be its own, so it stays their heading, warned as before
    text = (PAGES / "notice-paragraphs-then-items.txt").read_text("utf-8").replace(
        "市发展改革委负责《方案》工作任务的统一调度。", "市发展改革委负责《方案》工作任务的统一调度。具体任务如下：")
    document = _write_and_read(tmp_path, text)
    assert [(m.number, m.heading_title, [w.message for w in m.warnings if w.code == "heading_is_notice_paragraph"])
            for m in document.measures] == [
        (n, "加强督导,健全推进机制", ["read under 三、加强督导,健全推进机制。市发展改革委负责…, a paragraph like the numbered "
                                     "paragraphs before it, which hold no measure: a notice's requirements, the plan's own "
                                     "title or headings lost in the copy?"]) for n in (1, 2)]


def _write_and_read(tmp_path, text: str):
    path = tmp_path / "plan.txt"
    path.write_text(text, "utf-8")
    return read_document(path)


def test_a_plan_s_own_paragraphs_over_its_items_or_a_titled_heading_are_not_warned(tmp_path):
    own = tmp_path / "own.txt"
    own.write_text("某市促进消费实施方案\n一、指导思想。以扩大内需为导向。坚持稳中求进。\n二、工作目标。到2025年,消费规模稳步扩大。"
                   "市场活力明显增强。\n三、重点任务。围绕重点领域发力。具体如下。\n1.培育商圈。(责任单位:市商务局)\n"
                   "2.发展夜间经济。(责任单位:市文旅局)\n", "utf-8")
    titled = tmp_path / "titled.txt"
    titled.write_text((PAGES / "notice-paragraphs-then-items.txt").read_text("utf-8").replace(
        "三、加强督导,健全推进机制。市发展改革委负责《方案》工作任务的统一调度。", "三、重点任务"), "utf-8")
    for path in (own, titled):
        assert [w.code for m in read_document(path).measures for w in m.warnings
                if w.code == "heading_is_notice_paragraph"] == []


# --- an area named by its host's level alone ----------------------------------------------------

def test_an_area_named_by_its_host_s_level_alone_is_the_host_s_own():
    import datetime as dt

    from pilotplans.normalizers.resolve import make_context, resolve_body

    # 县示范区管委会 in a county's list was the committee of an area called 县示范区: 沁县县示范区管理委员会
    qinxian = make_context(region="沁县", level="municipal", date=dt.date(2025, 5, 18))
    found = resolve_body("县示范区管委会", qinxian)
    assert (found.id, found.name) == ("140430-zone_committee-示范区", "沁县示范区管理委员会")
    # an area with a name of its own keeps it
    found = resolve_body("县新材料产业园管委会", qinxian)
    assert (found.id, found.name) == ("140430-zone_committee-新材料产业园", "沁县新材料产业园管理委员会")


def test_an_area_named_by_a_level_not_its_host_s_own_is_not_the_host_s():
    import datetime as dt

    from pilotplans.normalizers.resolve import make_context, resolve_body

    def read(name: str, region: str) -> tuple[str | None, str | None]:
        found = resolve_body(name, make_context(region=region, level="municipal", date=dt.date(2025, 5, 18)))
        return found.id, found.name

    # 市示范区 in a county's plan is the city's, 县示范区 in a district's or a city's plan some county's,
    # 市示范区 in a province's some city's: none is the host's own 示范区 (all were, silently)
    assert read("市示范区管委会", "沁县") == (None, None)
    assert read("市示范区管委会", "洮北区") == (None, None)
    assert read("县示范区管委会", "洮北区") == (None, None)
    assert read("县示范区管委会", "白城市") == (None, None)
    assert read("市示范区管委会", "海南省") == (None, None)
    # the host's own level word: the host's own area
    assert read("区示范区管委会", "洮北区") == ("220802-zone_committee-示范区", "洮北区示范区管理委员会")
    assert read("市示范区管委会", "白城市") == ("220800-zone_committee-示范区", "白城市示范区管理委员会")


def test_a_lead_heading_over_items_some_naming_owners_is_warned_not_dropped(tmp_path):
    # 一、县商务局牵头工作 over items one of which prints its own lead (县文旅局牵头): the heading's lead was
    # dropped with nothing said (an item printing only a helper now takes the lead: test_round39_leftovers.py)
    partial = tmp_path / "partial.txt"
    partial.write_text("某县重点工作任务清单\n一、县商务局牵头工作(3项)\n1.培育商贸企业。\n2.举办促消费活动。(县文旅局牵头)\n"
                       "3.发展夜间经济。\n", "utf-8")
    document = read_document(partial)
    # the heading's lead leads the items printing no owner (prose-blind39's lead heads); item 2 keeps what it prints,
    # and the document says the lead is not read for it
    assert [(m.number, m.responsibility) for m in document.measures] == [
        (1, "县商务局牵头"), (2, "县文旅局牵头"), (3, "县商务局牵头")]
    assert [w.message for w in document.warnings if w.code == "responsibility_on_heading"] == [
        "item 一、 carries a responsibility (县商务局牵头) and has items with their own inside; read as the lead of its "
        "items that print no owner, not of those printing their own: 县商务局牵头工作(3项)…"]
    # a heading over ownerless items alone: no such warning
    whole = tmp_path / "whole.txt"
    whole.write_text("某县重点工作任务清单\n一、县商务局牵头工作(2项)\n1.培育商贸企业。\n2.举办促消费活动。\n", "utf-8")
    assert [w.code for w in read_document(whole).warnings if w.code == "responsibility_on_heading"] == []


def test_a_heading_s_run_in_title_keeps_the_sentences_after_it_as_its_description(tmp_path):
    # 一、加强组织领导,压实工作责任。市政府成立工作专班,统筹推进。 over items: the title was cut at its full
    # stop and the sentence after it dropped from the record, with nothing said
    plan = tmp_path / "plan.txt"
    plan.write_text("某市促进消费实施方案\n一、加强组织领导,压实工作责任。市政府成立工作专班,统筹推进。\n"
                    "1.培育商圈。(责任单位:市商务局)\n2.发展夜间经济。(责任单位:市文旅局)\n"
                    "二、优化消费环境\n3.规范市场秩序。(责任单位:市市场监管局)\n", "utf-8")
    headings = read_document(plan).tables[0].headings
    assert [(h.title, h.description) for h in headings] == [
        ("加强组织领导,压实工作责任", "市政府成立工作专班,统筹推进。"), ("优化消费环境", None)]


def test_a_plan_speaking_of_the_document_it_carries_out_by_a_short_name_is_not_warned(tmp_path):
    # a plan's own 一、总体要求。深入贯彻《意见》精神。… over 三、重点任务。…/ 1. 2.: 《意见》 names the document
    # the plan carries out, not one a notice issues; its items were warned heading_is_notice_paragraph
    own = tmp_path / "own.txt"
    own.write_text("某市贯彻落实《国务院关于促进消费的意见》实施方案\n"
                   "为贯彻落实《国务院关于促进消费的意见》(以下简称《意见》),制定本方案。\n"
                   "一、总体要求。深入贯彻《意见》精神。坚持稳中求进。\n二、工作目标。到2025年,消费规模稳步扩大。市场活力明显增强。\n"
                   "三、重点任务。围绕重点领域发力。具体如下。\n1.培育商圈。(责任单位:市商务局)\n2.发展夜间经济。(责任单位:市文旅局)\n",
                   "utf-8")
    assert [(m.number, [w.code for w in m.warnings if w.code == "heading_is_notice_paragraph"])
            for m in read_document(own).measures] == [(1, []), (2, [])]


def test_a_lead_heading_over_items_naming_owners_stating_another_count_is_warned(tmp_path):
    text = ("某县重点工作任务清单\n一、县商务局牵头工作(4项)\n1.培育商贸企业。\n2.举办促消费活动。(县文旅局配合)\n"
            "3.发展夜间经济。\n")
    short = tmp_path / "short.txt"
    short.write_text(text, "utf-8")
    assert [(w.code, w.message) for h in read_document(short).tables[0].headings for w in h.warnings] == [
        ("count_mismatch", "the heading 一、县商务局牵头工作(4项) states 4 items and 3 are printed under it")]
    right = tmp_path / "right.txt"
    right.write_text(text.replace("(4项)", "(3项)"), "utf-8")
    assert [w.code for h in read_document(right).tables[0].headings for w in h.warnings] == []


def test_a_heading_merely_mentioning_a_lead_names_none(tmp_path):
    # 一、建立牵头抓总机制 speaks of leading, it names no body leading its items: they keep their own
    plan = tmp_path / "plan.txt"
    plan.write_text("某县重点工作任务清单\n一、建立牵头抓总机制\n1.制定工作方案。(责任单位:县发展和改革局)\n"
                    "2.建立调度制度。(责任单位:县政府办公室)\n", "utf-8")
    document = read_document(plan)
    assert [(m.number, m.heading_title, m.responsibility) for m in document.measures] == [
        (1, "建立牵头抓总机制", "县发展和改革局"), (2, "建立牵头抓总机制", "县政府办公室")]
    assert [w.code for w in document.warnings if w.code == "responsibility_on_heading"] == []


def test_an_area_named_by_a_level_adjective_is_no_area():
    import datetime as dt

    from pilotplans.normalizers.resolve import make_context, resolve_body

    # 市级示范区 / 省级示范区 (zones of a level, a class of areas): 市 was split off as the city and the rest
    # read as an area called 级示范区 (白城市级示范区管理委员会, 吉林省级示范区管理委员会), with no warning
    baicheng = make_context(region="白城市", level="municipal", date=dt.date(2025, 5, 18))
    for name in ("市级示范区管委会", "省级示范区管委会"):
        found = resolve_body(name, baicheng)
        assert (found.id, found.name) == (None, None)
    found = resolve_body("市示范园区管委会", baicheng)
    assert (found.id, found.name) == ("220800-zone_committee-示范园区", "白城市示范园区管理委员会")


def test_a_lead_heading_s_count_in_chinese_numerals_is_read_and_checked(tmp_path):
    # 一、县商务局牵头工作（三项） over two items: the count is read as 3 whatever its numerals
    text = ("某县重点工作任务清单\n一、县商务局牵头工作（三项）\n1.培育商贸企业。\n2.举办促消费活动。\n"
            "二、县发改局牵头工作（十二项）\n1.加快项目建设。\n")
    short = tmp_path / "short.txt"
    short.write_text(text, "utf-8")
    document = read_document(short)
    assert [(m.number, m.responsibility) for m in document.measures] == [(1, "县商务局牵头"), (2, "县商务局牵头"), (1, "县发改局牵头")]
    assert [(w.code, w.message) for h in document.tables[0].headings for w in h.warnings] == [
        ("count_mismatch", "the heading 一、县商务局牵头工作（三项） states 三 items and 2 are printed under it"),
        ("count_mismatch", "the heading 二、县发改局牵头工作（十二项） states 十二 items and 1 are printed under it")]
    right = tmp_path / "right.txt"
    right.write_text(text.replace("（三项）", "（两项）").replace("（十二项）", "（一项）"), "utf-8")
    assert [w.code for h in read_document(right).tables[0].headings for w in h.warnings] == []


def test_a_lead_heading_s_lead_is_a_body_s_name_not_a_phrase_ending_in_a_generic_kind_word(tmp_path):
    # 一、强化部门牵头工作: 强化部门 ends like a body (部门) but names none; no lead is invented for its items
    text = ("某县重点工作任务清单\n一、强化部门牵头工作\n1.培育商贸企业。\n2.举办促消费活动。\n"
            "二、各有关部门牵头工作\n1.加快项目建设。\n2.强化要素保障。\n")
    path = tmp_path / "plan.txt"
    path.write_text(text, "utf-8")
    document = read_document(path)
    assert [(m.number_raw, m.responsibility, [w.code for w in m.warnings if w.code.startswith("responsibility")])
            for m in document.measures] == [
        ("一、", None, ["responsibility_missing"]),
        ("1.", "各有关部门牵头", ["responsibility_on_heading"]),
        ("2.", "各有关部门牵头", ["responsibility_on_heading"])]
    assert "强化部门" not in {d.raw for m in document.measures for d in m.departments}


# --- numbers alone on their lines; owners on a bare line after the text ---------------------------

def test_items_numbered_alone_on_their_lines_over_field_lines_are_read_as_a_prose_list():
    # 1 / 优化营商环境 / 深化…。 / 牵头单位:区发改局 / 责任单位:各街道: was refused as a flattened table; each
    # item's title line is kept apart from its paragraph by a line break (it ran in: 优化营商环境深化“放管服”…)
    document = read_document(PAGES / "numbers-alone-with-field-lines.txt")
    assert [(m.number, m.number_raw, m.heading_title, m.text, m.responsibility) for m in document.measures] == [
        (1, "1", "优化发展环境", "优化营商环境\n深化“放管服”改革，推进政务服务标准化、规范化、便利化。",
         "牵头单位:区发改局；责任单位:各街道"),
        (2, "2", "优化发展环境", "扩大有效投资\n加快重大项目建设，强化要素保障，推动项目早开工、早投产。",
         "牵头单位:区发改局；责任单位:区财政局、区自然资源局"),
        (3, "3", "促进消费和开放", "促进消费升级\n举办各类促消费活动，培育新型消费业态。",
         "牵头单位:区商务局；责任单位:各街道,区市场局"),
        (4, "4", "促进消费和开放", "推动外贸稳增长\n支持企业参加境内外展会，拓展国际市场。", "牵头单位:区商务局；责任单位:区财政局")]
    assert [(d.raw, d.role) for d in document.measures[0].departments] == [("区发改局", "lead"), ("各街道", "carry_out")]
    assert not {"number_gap", "number_duplicate", "responsibility_missing"} & {w.code for m in document.measures for w in m.warnings}


def test_numbers_alone_with_no_field_lines_after_them_stay_page_numbers(tmp_path):
    # short pages numbered 1, 2, 3 between items that print their owners in brackets: page numbers
    path = tmp_path / "pages.txt"
    path.write_text("某区促进消费工作方案\n一、重点任务\n1.举办促消费活动。（责任单位：区商务局）\n1\n"
                    "2.培育夜间经济。（责任单位：区文旅局）\n2\n3.完善商业网点。（责任单位：区商务局）\n3\n", "utf-8")
    document = read_document(path)
    assert [(m.number_raw, m.text, m.responsibility) for m in document.measures] == [
        ("1.", "举办促消费活动。", "区商务局"), ("2.", "培育夜间经济。", "区文旅局"), ("3.", "完善商业网点。", "区商务局")]


def test_a_bare_line_of_bodies_after_each_item_s_text_is_its_owners():
    # 1. / 举办…。 / 区商务局、区财政局 with no label, bracket or blank line: the bodies ran into the text
    document = read_document(PAGES / "body-line-after-item.txt")
    assert [(m.number, m.heading_title, m.text, m.responsibility) for m in document.measures] == [
        (1, "重点任务", "举办促消费活动，发放消费券，激发消费潜力。", "区商务局、区财政局"),
        (2, "重点任务", "培育夜间经济，打造特色街区。", "区商务局、区文旅局"),
        (3, "重点任务", "完善社区商业网点布局，推进一刻钟便民生活圈建设。", "区商务局"),
        (4, "保障措施", "加强统筹调度，按季度通报进展。", "区商务局")]


def test_a_signature_after_the_last_item_is_no_owners_line(tmp_path):
    text = (PAGES / "body-line-after-item.txt").read_text("utf-8").split("二、保障措施")[0]
    signed = tmp_path / "signed.txt"
    # item 3 prints no owners line; the plan's signature and date follow its text
    signed.write_text(text.removesuffix("区商务局\n") + "某区人民政府\n2023年3月1日\n", "utf-8")
    document = read_document(signed)
    assert [(m.number, m.text, m.responsibility, [w.code for w in m.warnings if w.code == "responsibility_missing"])
            for m in document.measures] == [
        (1, "举办促消费活动，发放消费券，激发消费潜力。", "区商务局、区财政局", []),
        (2, "培育夜间经济，打造特色街区。", "区商务局、区文旅局", []),
        (3, "完善社区商业网点布局，推进一刻钟便民生活圈建设。某区人民政府2023年3月1日", None, ["responsibility_missing"])]


def test_items_numbered_alone_read_so_without_blank_lines_between(tmp_path):
    text = (PAGES / "numbers-alone-with-field-lines.txt").read_text("utf-8").replace("\n\n", "\n")
    path = tmp_path / "dense.txt"
    path.write_text(text, "utf-8")
    assert [(m.number_raw, m.responsibility) for m in read_document(path).measures] == [
        ("1", "牵头单位:区发改局；责任单位:各街道"), ("2", "牵头单位:区发改局；责任单位:区财政局、区自然资源局"),
        ("3", "牵头单位:区商务局；责任单位:各街道,区市场局"), ("4", "牵头单位:区商务局；责任单位:区财政局")]


def test_items_numbered_alone_whose_owners_close_their_text_in_brackets(tmp_path):
    # 1 / 优化营商环境 / 深化…。（牵头单位：…） : the numbers were page numbers, the items unnumbered (number_missing)
    path = tmp_path / "brackets.txt"
    path.write_text("某区工作方案\n一、重点任务\n1\n优化营商环境\n深化改革，推进政务服务便利化。（牵头单位：区发改局；责任单位：各街道）\n"
                    "2\n扩大有效投资\n加快重大项目建设。（牵头单位：区发改局）\n3\n促进消费升级\n举办促消费活动。（区商务局牵头，各街道配合）\n",
                    "utf-8")
    document = read_document(path)
    assert [(m.number_raw, m.text, m.responsibility, [w.code for w in m.warnings if w.code == "number_missing"])
            for m in document.measures] == [
        ("1", "优化营商环境\n深化改革，推进政务服务便利化。", "牵头单位：区发改局；责任单位：各街道", []),
        ("2", "扩大有效投资\n加快重大项目建设。", "区发改局", []),
        ("3", "促进消费升级\n举办促消费活动。", "区商务局牵头，各街道配合", [])]


def test_items_numbered_alone_whose_owners_are_a_bare_last_line_and_a_table_s_two_owner_cells(tmp_path):
    # 1 / 优化营商环境 / 深化…。 / 区发改局、各街道: one line of bodies closing each item is its owners
    path = tmp_path / "bare.txt"
    text = ("某区工作方案\n一、重点任务\n1\n优化营商环境\n深化改革，推进政务服务便利化。\n区发改局、各街道\n"
            "2\n扩大有效投资\n加快重大项目建设。\n区发改局\n3\n促进消费升级\n举办促消费活动。\n区商务局\n")
    path.write_text(text, "utf-8")
    assert [(m.number_raw, m.text, m.responsibility) for m in read_document(path).measures] == [
        ("1", "优化营商环境\n深化改革，推进政务服务便利化。", "区发改局、各街道"),
        ("2", "扩大有效投资\n加快重大项目建设。", "区发改局"), ("3", "促进消费升级\n举办促消费活动。", "区商务局")]
    # two lines of bodies after each text (a 牵头单位 and a 配合单位 cell): a table's row, not read as owners
    import pytest

    from pilotplans.errors import PilotplansError

    cells = tmp_path / "cells.txt"
    cells.write_text(text.replace("区发改局、各街道\n", "区发改局\n各街道\n").replace("区发改局\n3", "区发改局\n区财政局\n3")
                     + "区市场局\n", "utf-8")
    # refused, and named as what it is: the rows of a table copied one cell per line
    with pytest.raises(PilotplansError, match=r"3 numbers stand alone on their lines in sequence \(1–3, from line 3\).*"
                                              r"a table copied one cell per line whose header is not recognised"):
        read_document(cells)


def test_an_item_numbered_alone_naming_no_owner_among_items_that_do_is_warned_not_dropped(tmp_path):
    text = (PAGES / "numbers-alone-with-field-lines.txt").read_text("utf-8")
    path = tmp_path / "missing.txt"
    path.write_text(text.replace("牵头单位:区商务局\n\n责任单位:各街道,区市场局\n", "", 1), "utf-8")
    assert [(m.number_raw, m.responsibility, [w.code for w in m.warnings if w.code == "responsibility_missing"])
            for m in read_document(path).measures] == [
        ("1", "牵头单位:区发改局；责任单位:各街道", []), ("2", "牵头单位:区发改局；责任单位:区财政局、区自然资源局", []),
        ("3", None, ["responsibility_missing"]), ("4", "牵头单位:区商务局；责任单位:区财政局", [])]
    # numbers alone a few lines apart in a plan whose lines name no owner: page numbers, no items
    pages = tmp_path / "pages.txt"
    pages.write_text("某区工作方案\n一、总体要求\n坚持稳中求进。\n1\n坚持系统观念。\n推动高质量发展。\n2\n坚持人民至上。\n3\n", "utf-8")
    import pytest

    from pilotplans.errors import PilotplansError

    with pytest.raises(PilotplansError, match="no task table or task list found"):
        read_document(pages)


# --- a notice issuing two plans, each under its title -----------------------------------------

def test_each_plan_a_notice_issues_is_a_task_list_of_its_own():
    # 现将《A方案》《B方案》印发给你们 / A方案 1. 2. 3. / B方案 1. 2.: B's items were read into A's list,
    # under A's title, numbered 1, 2 after A's 3, with exit 0 and no warning
    document = read_document(PAGES / "two-plans-one-notice.txt")
    assert [(t.index, t.kind, t.title, [(h.position, h.number, h.title) for h in t.headings]) for t in document.tables] == [
        (1, "task_list", "《政府工作报告》重点工作任务分工方案", [(1, 1, "推动文化旅游融合发展"), (2, 2, "做大做强工业经济")]),
        (2, "task_list", "统筹做好安全生产和经济社会发展相关工作责任分工方案", [(1, 1, "强化安全生产")])]
    assert [(m.table, m.position, m.number, m.heading, m.heading_title, m.responsibility) for m in document.measures] == [
        (1, 1, 1, 1, "推动文化旅游融合发展", "市文化广电旅游局、峨眉山市政府"),
        (1, 2, 2, 1, "推动文化旅游融合发展", "市文化广电旅游局"),
        (1, 3, 3, 2, "做大做强工业经济", "市经济和信息化局"),
        (2, 4, 1, 1, "强化安全生产", "市应急管理局"),
        (2, 5, 2, 1, "强化安全生产", "市应急管理局、市市场监管局")]
    assert [m.source.table for m in document.measures] == [1, 1, 1, 2, 2]
    assert not document.warnings and not any(m.warnings for m in document.measures)


def test_a_notice_issuing_one_plan_keeps_one_task_list_and_a_second_plan_naming_no_owner_adds_none(tmp_path):
    text = (PAGES / "two-plans-one-notice.txt").read_text("utf-8")
    one = tmp_path / "one.txt"
    one.write_text(text[:text.index("统筹做好安全生产和经济社会发展相关工作责任分工方案\n")], "utf-8")
    document = read_document(one)
    assert [(t.index, t.title) for t in document.tables] == [(1, "《政府工作报告》重点工作任务分工方案")]
    assert [(m.table, m.number) for m in document.measures] == [(1, 1), (1, 2), (1, 3)]
    # a plan's title printed again over its later items (a running header): the same list
    header = tmp_path / "header.txt"
    header.write_text(text.replace("  2.加强重点行业领域监管", "统筹做好安全生产和经济社会发展相关工作责任分工方案\n  2.加强重点行业领域监管"),
                      "utf-8")
    document = read_document(header)
    assert [(t.index, t.title) for t in document.tables] == [
        (1, "《政府工作报告》重点工作任务分工方案"), (2, "统筹做好安全生产和经济社会发展相关工作责任分工方案")]
    assert [(m.table, m.number) for m in document.measures] == [(1, 1), (1, 2), (1, 3), (2, 1), (2, 2)]
    # the second plan's items print no owner: no measure of its own, no second list
    bare = tmp_path / "bare.txt"
    bare.write_text(text.replace("(责任单位:市应急管理局)", "").replace("(责任单位:市应急管理局、市市场监管局)", ""), "utf-8")
    document = read_document(bare)
    assert [t.index for t in document.tables] == [1]
    assert [(m.table, m.number) for m in document.measures] == [(1, 1), (1, 2), (1, 3)]


# --- a notice whose plan's title line the page left out ---------------------------------------

def test_a_plan_printed_without_its_title_line_takes_the_title_its_notice_issues():
    # 现将《重庆市…工作方案》印发给你们 / signature / the plan's preamble, no title line: the title was None
    document = read_document(PAGES / "notice-without-plan-title.txt")
    assert (document.title, document.issuer, str(document.date), document.region) == (
        "重庆市服务业扩大开放综合试点工作方案", "重庆市人民政府", "2021-08-04", "重庆")
    assert [(m.number, m.responsibility) for m in document.measures] == [(1, "市科技局、市商务委"), (2, "市司法局")]


def test_the_issued_title_is_read_from_a_notice_s_sentence_only_for_one_plan_and_a_title_line_wins(tmp_path):
    from pilotplans.parsers.metadata import _issued_title

    assert _issued_title(["各区人民政府:", "《深化改革优化营商环境重点任务分工方案》已经区政府同意,现印发给你们。"]) == \
        "深化改革优化营商环境重点任务分工方案"
    assert _issued_title(["各县人民政府:", "现将《某某实施方案》(以下简称《方案》)印发给你们。"]) == "某某实施方案"
    # two plans side by side, a document cited as what the plan implements, a sentence past the opening
    assert _issued_title(["各区:", "现将《甲方案》《乙方案》印发给你们。"]) is None
    assert _issued_title(["为贯彻落实《国务院关于某某的意见》精神,制定本方案。"]) is None
    assert _issued_title(["一", "二", "三", "四", "现将《某某实施方案》印发给你们。"]) is None
    text = (PAGES / "notice-without-plan-title.txt").read_text("utf-8")
    titled = text.replace("为认真贯彻", "重庆市服务业扩大开放综合试点实施细则\n为认真贯彻")
    path = tmp_path / "titled.txt"
    path.write_text(titled, "utf-8")
    assert read_document(path).title == "重庆市服务业扩大开放综合试点实施细则"


# --- a labelled line after an item's owners that no label reads ------------------------------

def test_a_labelled_line_after_an_item_s_owners_that_no_field_reads_is_said_on_the_measure(tmp_path):
    # (一)… / 牵头单位:… / 责任单位:… / 工作职责:负责…: the duty line was left out of the record with no
    # word. The page's items are a task force's working groups (综合协调组), since prose4 left out as no
    # tasks (tests/test_prose_leftovers.py): the shape is read here with tasks in their place
    path = tmp_path / "tasks.txt"
    path.write_text(_AS_TASKS((PAGES / "labelled-line-after-owners.txt").read_text("utf-8")), "utf-8")
    document = read_document(path)
    assert [(m.number, m.text, m.responsibility, [(w.code, w.message) for w in m.warnings]) for m in document.measures] == [
        (1, "统筹协调优化营商环境工作。", "牵头单位:区政府办公室；责任单位:区发改局、区财政局,各镇街(园区)",
         [("field_unread", "a labelled line printed after this measure's owners is not read into it: "
                           "工作职责:负责统筹协调全区优化营商环境工作。")]),
        (2, "督导各项任务落实。", "牵头单位:区委督查室；责任单位:区统计局",
         [("field_unread", "a labelled line printed after this measure's owners is not read into it: "
                           "工作职责:负责督导各专项小组工作落实。")])]


def _AS_TASKS(text: str) -> str:
    return text.replace("综合协调组", "统筹协调优化营商环境工作。").replace("督导落实组", "督导各项任务落实。")


def test_lines_after_owners_that_a_field_reads_or_that_are_notes_footers_or_sentences_are_not_said(tmp_path):
    from pilotplans.parsers.interpret.outline import _unread_label_line

    text = _AS_TASKS((PAGES / "labelled-line-after-owners.txt").read_text("utf-8"))
    read = tmp_path / "read.txt"
    read.write_text(text.replace("工作职责:", "完成时限:"), "utf-8")
    assert [[w.code for w in m.warnings] for m in read_document(read).measures] == [[], []]
    assert [m.deadline for m in read_document(read).measures] == ["负责统筹协调全区优化营商环境工作", "负责督导各专项小组工作落实"]
    assert [_unread_label_line(line) for line in (
        "工作职责:负责督导。", "说明:本方案自印发之日起施行。", "备注：另行通知。", "联系电话：0535-1234567",
        "具体要求如下：", "为进一步做好工作，现将有关事项通知如下：各单位要…", "注：以上任务均需落实。")] == [
        True, False, False, False, False, False, False]


# --- a page showing its article's markup as text ----------------------------------------------

def test_an_article_whose_markup_a_site_escaped_reads_as_its_markup():
    # &lt;p&gt;各市、县人民政府:&lt;/p&gt;…: the page's text was one paragraph of <p> and </p>, refused as
    # holding no task list
    document = read_document(PAGES / "markup-shown-as-text.html")
    assert (document.title, document.doc_no, document.issuer, str(document.date)) == (
        "山西省激发重点群体活力带动城乡居民增收的实施方案", "晋政发〔2018〕13号", "山西省人民政府", "2018-03-27")
    assert [(m.number_raw, m.heading_title, m.text, m.responsibility) for m in document.measures] == [
        ("(一)", "重点任务", "技能人才激励计划。完善技能人才培养、评价、使用、激励机制。", "省人社厅牵头,省财政厅、省总工会配合"),
        ("(二)", "重点任务", "新型职业农民激励计划。加大新型职业农民培育力度。", "省农业厅牵头,省人社厅配合")]


def test_a_text_citing_a_tag_or_two_stays_as_printed(tmp_path):
    from pilotplans.parsers.html import read_html

    page = ("<html><body><p>网页正文用&lt;p&gt;标签分段,换行用&lt;br/&gt;。</p>"
            "<p>1.规范网页标记。(责任单位:市政务服务中心)</p></body></html>")
    texts = [b.text for b in read_html(page.encode("utf-8"), "cite.html").blocks]
    assert texts == ["网页正文用<p>标签分段,换行用<br/>。", "1.规范网页标记。(责任单位:市政务服务中心)"]


# --- an information table printed with bars, the notice, then a table with bars ---------------

def test_a_notice_after_an_information_table_printed_with_bars_ends_that_table():
    # 索引号: | … | / 各乡镇人民政府…: / 现将…。 / … / 序号 | 重点工作任务 | …: the notice's lines, which end
    # like sentences, were read as the first cell of one more row of the information table, and the
    # task table's header with them: refused as holding no task table
    document = read_document(PAGES / "info-pipes-then-notice-then-table.txt")
    assert [(m.number, m.text, m.leader, m.responsibility, m.cooperating) for m in document.measures] == [
        (1, "全年地区生产总值增长7.5%左右。", "王某", "区发改委", "区统计局"),
        (2, "规模以上工业增加值增长8%。", "李某", "区经信局", "各乡镇"),
        (3, "固定资产投资增长10%。", "王某", "区发改委", "区住建局、区自然资源局")]
    assert [t.title for t in document.tables] == ["谯城区2020年度政府工作报告重点工作任务分解表"]


def test_a_first_cell_wrapped_over_lines_and_a_one_cell_table_s_sentences_stay_in_their_table():
    from pilotplans.parsers.text.lines import Line
    from pilotplans.parsers.text.pipes import pipe_table_end

    def lines(text: str) -> list[Line]:
        return [Line(number=n, text=t) for n, t in enumerate(text.split("\n"), start=1)]

    wrapped = lines("重点任务 | 具体举措 | 责任单位 |\n推进服务业扩大开放\n综合试点 | 加强监管。 | 商务部 |\n此后一段。")
    assert pipe_table_end(wrapped, 0) == 3
    one_cell = lines("序号 |\n具体举措 |\n1 |\n坚持服务跟着项目走。\n全力服务重大项目落地见效。 |\n2 |\n盘活存量土地。 |")
    assert pipe_table_end(one_cell, 0) == 7
    prose = lines("索引号: | 123 | 信息分类: | 通知 |\n各区人民政府:\n现将方案印发给你们。\n序号 | 任务 | 责任单位 |")
    assert pipe_table_end(prose, 0) is None  # one line with bars before the prose: no table
    prose = lines("索引号: | 123 | 信息分类: | 通知 |\n标 题: | 关于印发某方案的通知 |\n各区人民政府:\n现将方案印发给你们。\n"
                  "序号 | 任务 | 责任单位 |")
    assert pipe_table_end(prose, 0) == 2


def test_a_notice_s_two_task_lists_round_trip_through_the_store(tmp_path):
    from pilotplans.store.db import load_documents, rebuild, sqlite_url

    document = read_document(PAGES / "two-plans-one-notice.txt")
    url = sqlite_url(tmp_path / "p.db")
    rebuild(url, [document])
    assert load_documents(url) == [document]


# --- review9: a plan's title over two lines, printed again whole as a running header -----------

_TWO_LINE_TITLE = ("各区人民政府，市政府有关部门：\n现将《重庆市服务业扩大开放综合试点工作方案》印发给你们，请认真贯彻执行。\n"
                   "重庆市人民政府\n2021年8月4日\n重庆市服务业扩大开放\n综合试点工作方案\n一、重点任务\n（一）推进投资便利化。\n"
                   "1.放宽外资准入。支持外商投资设立研发中心。（责任单位：市商务局）\n"
                   "2.优化服务。探索放宽律师事务所准入。（责任单位：市司法局）\n"
                   "重庆市服务业扩大开放综合试点工作方案\n"
                   "3.深化改革。推进人才服务。（责任单位：市人力社保局）\n（二）推进贸易便利化。\n"
                   "4.优化通关。推进单一窗口建设。（责任单位：重庆海关）\n")


def test_a_title_printed_over_two_lines_then_whole_as_a_running_header_begins_no_second_list(tmp_path):
    # the header was read as a second plan (table 2), its items cut from their headings
    path = tmp_path / "header.txt"
    path.write_text(_TWO_LINE_TITLE, "utf-8")
    document = read_document(path)
    assert [t.index for t in document.tables] == [1]
    assert [(m.table, m.number, m.heading_path) for m in document.measures] == [
        (1, 1, ["重点任务", "推进投资便利化"]), (1, 2, ["重点任务", "推进投资便利化"]),
        (1, 3, ["重点任务", "推进投资便利化"]), (1, 4, ["重点任务", "推进贸易便利化"])]
    # a second plan the notice cites still begins a list of its own, though its title starts as the first's
    two = tmp_path / "two.txt"
    two.write_text(_TWO_LINE_TITLE.replace("》印发", "》《重庆市服务业扩大开放综合试点工作方案实施细则》印发")
                   .replace("重庆市服务业扩大开放综合试点工作方案\n3.", "重庆市服务业扩大开放综合试点工作方案实施细则\n一、重点任务\n3."), "utf-8")
    document = read_document(two)
    # the first title whole since prose4 (it was its second line, 综合试点工作方案: tests/test_prose_leftovers.py)
    assert [(t.index, t.title) for t in document.tables] == [
        (1, "重庆市服务业扩大开放综合试点工作方案"), (2, "重庆市服务业扩大开放综合试点工作方案实施细则")]
    assert [(m.table, m.number, m.heading_path) for m in document.measures] == [
        (1, 1, ["重点任务", "推进投资便利化"]), (1, 2, ["重点任务", "推进投资便利化"]),
        (2, 3, ["重点任务"]), (2, 4, ["重点任务", "推进贸易便利化"])]


def test_an_attachment_s_items_are_placed_by_its_own_numbering_not_the_plan_s(tmp_path):
    # a part begun by an attachment label forgets the styles and numbers of the part before (as it
    # did before a notice's two plans were read apart): 2. numbered past 1 in a style the
    # attachment had not shown closes （1） rather than nesting in it
    path = tmp_path / "attachment.txt"
    path.write_text("某市营商环境改革试点实施方案\n一、重点任务\n1.优化审批。推进一网通办。（责任单位：市政务服务局）\n"
                    "2.放宽准入。推进证照分离。（责任单位：市市场监管局）\n附件\n某市营商环境改革试点任务清单\n一、重点任务\n"
                    "（1）推进审批改革\n2.压减时限。推进并联审批。（责任单位：市发展改革委）\n"
                    "3.优化服务。推进帮办代办。（责任单位：市政务服务局）\n", "utf-8")
    assert [(m.number, m.heading_path) for m in read_document(path).measures] == [
        (1, ["重点任务"]), (2, ["重点任务"]), (2, ["重点任务"]), (3, ["重点任务"])]


def test_a_plan_s_preamble_citing_what_it_implements_as_approved_gives_it_no_title(tmp_path):
    from pilotplans.parsers.metadata import _issued_title

    # 《X总体方案》已经国务院同意 … 制定本实施方案: the plan implements X; it was titled X (and placed in 天津 by it)
    cited = "《中国（天津）自由贸易试验区总体方案》已经国务院同意印发。"
    implementing = "为贯彻落实总体方案，结合我市实际，制定本实施方案。"
    assert _issued_title([cited + implementing]) is None
    assert _issued_title([cited, implementing]) is None
    path = tmp_path / "implementing.txt"
    path.write_text(cited + implementing + "\n一、重点任务\n（一）推进投资便利化。\n"
                    "1.放宽外资准入。支持外商投资设立研发中心。（责任单位：市商务局）\n"
                    "2.优化服务。探索放宽律师事务所准入。（责任单位：市司法局）\n", "utf-8")
    document = read_document(path)
    assert (document.title, document.region) == (None, None)
    # the notice's own sentence still names the plan it issues
    assert _issued_title(["各区人民政府：", cited.replace("国务院", "市政府") + "现印发给你们，请认真贯彻执行。"]) == \
        "中国（天津）自由贸易试验区总体方案"


# --- third round: a bracket's remark telling its list names bodies -----------------------------

def test_a_bracket_whose_remark_says_its_first_body_leads_is_a_list_of_owners_though_one_is_no_office():
    # (…、中储粮某市直属库。排名第一的为牵头单位，下同): the depot ends in no body's word, so the
    # bracket was no list: the first item had no owners (warned), and the convention was lost, so
    # the first bodies of the items after it were read carry_out instead of lead, silently
    document = read_document(PAGES / "convention-names-the-list.txt")
    assert [(m.number, [(d.raw, d.role) for d in m.departments]) for m in document.measures] == [
        (1, [("市发改委", "lead"), ("市农委", "carry_out"), ("市商务粮食局", "carry_out"),
             ("各县市区人民政府", "carry_out"), ("中储粮某市直属库", "carry_out")]),
        (2, [("各县市区人民政府", "lead"), ("市商务粮食局", "carry_out")]),
        (3, [("市农委", "lead"), ("市自然资源局", "carry_out")])]
    first = document.measures[0]
    assert (first.remarks, first.departments[-1].id) == ("排名第一的为牵头单位，下同", None)
    assert [w.code for w in first.warnings] == ["department_unresolved"]


def test_a_remark_makes_no_list_of_a_bracket_naming_few_bodies_or_stating_no_roles():
    from pilotplans.parsers.interpret.fields import read_bracket_content

    # no remark: a name that is no body's keeps the bracket from being a list, as before
    assert read_bracket_content("市发改委、中储粮某市直属库") is None
    # a remark on roles, but the list names no body
    assert read_bracket_content("粮食、棉花、油料。排名第一的为牵头单位，下同") is None
    # a remark that says nothing of the list's roles
    assert read_bracket_content("市发改委、中储粮某市直属库。具体任务均涉及各区，下同") is None
    # fewer than half the names bodies
    assert read_bracket_content("市发改委、中储粮某市直属库、国有粮食企业。排名第一的为牵头单位，下同") is None
    fields = read_bracket_content("市发改委、市农委、中储粮某市直属库。排名第一的为牵头单位，下同")
    assert (fields.segments[0].label, fields.segments[0].text, fields.remark) == (
        None, "市发改委、市农委、中储粮某市直属库。排名第一的为牵头单位，下同", "排名第一的为牵头单位，下同")


def test_the_convention_may_follow_the_list_after_a_comma_and_tells_it_names_bodies_so_too():
    from pilotplans.parsers.interpret.fields import read_bracket_content

    fields = read_bracket_content("市发改委、市农委、中储粮某市直属库，排名第一的为牵头单位，下同")
    assert (fields.segments[0].text, fields.remark) == (
        "市发改委、市农委、中储粮某市直属库，排名第一的为牵头单位，下同", "排名第一的为牵头单位，下同")
    # a comma clause stating it after words that name no body: no list
    assert read_bracket_content("粮食、棉花、油料，排名第一的为牵头单位，下同") is None


# --- third round: a legacy .doc shown as characters, cut before its directory ------------------

def test_a_word_binary_shown_as_characters_without_its_directory_is_refused_naming_it():
    from pilotplans.errors import UnreadableFile
    from pilotplans.ingest.detect import detect_format

    # the page's copy opens with the OLE signature as UTF-8 (ࡱ, then the header's '>') but shows
    # no stream names (Root Entry, WordDocument): it was refused as a text holding no task list
    data = (PAGES / "doc-signature-shown-as-text.txt").read_bytes()
    with pytest.raises(UnreadableFile, match="a legacy .doc/.wps binary whose bytes were saved as text"):
        detect_format(data, "attachment.txt")


def test_the_signature_s_character_elsewhere_or_without_the_version_byte_leaves_text_as_text():
    from pilotplans.ingest.detect import detect_format

    plan = "1.完善档案管理。统一电子文件格式。（责任单位：市档案馆）\n"
    assert detect_format(("\u0871" + plan).encode(), "plan.txt") == "text"  # no '>' after it
    assert detect_format((plan + "\u0871>" + plan).encode(), "plan.txt") == "text"  # not at the start


# --- third round: a heading naming the leader of its items -------------------------------------

def test_a_heading_naming_a_leader_by_name_and_post_gives_its_items_that_leader():
    # 一、张某某市长主抓重点工作 / 1. … 责任单位：…: the leader the heading names was read nowhere
    document = read_document(PAGES / "leader-named-in-heading.txt")
    assert [(m.number, m.heading_title, m.leader, m.responsibility) for m in document.measures] == [
        (1, "张某某市长主抓重点工作", "张某某市长", "财政局、发改局、经信局、商务局（列第一位者为牵头或汇总单位，下同）"),
        (2, "张某某市长主抓重点工作", "张某某市长", "发改局、财政局、税务局"),
        (3, "李某某副市长主抓重点工作", "李某某副市长", "建设局、自然资源局"),
        # an item naming its own leader keeps it
        (4, "李某某副市长主抓重点工作", "王某某副市长", "农业农村局")]
    assert all(m.warnings == [] for m in document.measures)


def test_a_heading_whose_words_before_the_ending_name_no_person_gives_no_leader(tmp_path):
    path = tmp_path / "headings.txt"
    path.write_text("某市2020年政府工作报告主要工作责任分解\n一、市发改委牵头重点工作\n1.推进项目建设。\n责任单位：市发改委\n"
                    "二、加强组织领导主抓重点工作\n2.完善督查机制。\n责任单位：市政府督查室\n"
                    "三、推动全市经济高质量发展的市长主抓重点工作\n3.优化营商环境。\n责任单位：市营商办\n", "utf-8")
    assert [(m.number, m.leader) for m in read_document(path).measures] == [(1, None), (2, None), (3, None)]


# --- third round: a plan's English translation -------------------------------------------------

def test_a_text_not_printed_in_chinese_is_refused_saying_so():
    from pilotplans.errors import NoTaskTable

    # a district's English site (These Opinions are formulated … / I. Guideline …): refused as a text
    # with no header row of 序号/责任单位 and no item naming its 责任单位, which says nothing of why
    with pytest.raises(NoTaskTable) as refused:
        read_document(PAGES / "english-translation.txt")
    assert refused.value.cause == (
        "no task list: the text is not printed in Chinese (469 Latin letters, 0 Chinese characters: a translation?); "
        "pilotplans reads plans printed in Chinese")


def test_a_chinese_text_quoting_english_without_a_task_list_is_refused_as_before(tmp_path):
    from pilotplans.errors import NoTaskTable

    path = tmp_path / "notice.txt"
    path.write_text("关于举办国际服务贸易论坛的通知\n各有关单位：\n论坛主题为“Opening Up for Shared Growth”，"
                    + "The forum will discuss trade in services and digital trade rules. " * 4
                    + "\n请各单位认真组织参加，于5月底前报送参会人员名单。\n", "utf-8")
    with pytest.raises(NoTaskTable) as refused:
        read_document(path)
    assert refused.value.cause.startswith("no task table or task list found (no header row")


def test_a_heading_whose_post_is_the_object_of_a_verb_names_no_leader(tmp_path):
    # 全力保障市委书记主抓重点工作 ends in a post and is short, but the post is what the heading's verb
    # serves, not a person named: the phrase was each item's leader, silently
    path = tmp_path / "headings.txt"
    path.write_text("某市2020年政府工作报告主要工作责任分解\n一、全力保障市委书记主抓重点工作\n1.推进项目建设。\n责任单位：市发改委\n"
                    "二、落实市长主抓重点工作\n2.完善督查机制。\n责任单位：市政府督查室\n", "utf-8")
    assert [(m.number, m.leader) for m in read_document(path).measures] == [(1, None), (2, None)]


def test_a_heading_naming_its_leader_by_post_then_name_or_by_post_alone_gives_that_leader(tmp_path):
    path = tmp_path / "headings.txt"
    path.write_text("某市2020年政府工作报告主要工作责任分解\n一、常务副市长张某某主抓重点工作\n1.推进项目建设。\n责任单位：市发改委\n"
                    "二、市长主抓重点工作\n2.完善督查机制。\n责任单位：市政府督查室\n"
                    "三、张某某市长、李某某副市长负责重点工作\n3.优化营商环境。\n责任单位：市营商办\n", "utf-8")
    assert [(m.number, m.leader) for m in read_document(path).measures] == [
        (1, "常务副市长张某某"), (2, "市长"), (3, "张某某市长、李某某副市长")]


def test_a_remark_naming_the_first_as_lead_makes_a_list_whose_first_and_half_its_names_are_bodies(tmp_path):
    from pilotplans.parsers.interpret.fields import read_bracket_content

    # the remark says the list ranks units and makes the first lead: the first must read as a body,
    # and half the names may be enterprises (a depot, grain firms) as a grain plan's lists are
    listed = "市发改委、市农委、各县市区政府、中储粮直属库、国有粮食企业、社会粮食经营主体，排名第一的为牵头单位，下同"
    assert read_bracket_content(listed).remark == "排名第一的为牵头单位，下同"
    # a first name that is no body's, or fewer than half the names bodies: no list
    assert read_bracket_content("中储粮直属库、国有粮食企业、市发改委。排名第一的为牵头单位，下同") is None
    assert read_bracket_content("市发改委、中储粮直属库、国有粮食企业。排名第一的为牵头单位，下同") is None
    # a two-name list was lost whole: the item had no owners and the convention was lost with it, so
    # the first body of each item after it read carry_out, silently
    path = tmp_path / "plan.txt"
    path.write_text("某市人民政府关于全面落实粮食安全责任制的实施意见\n各县市区人民政府：\n为保障全市粮食安全，现提出如下实施意见。\n"
                    "一、明确责任\n（一）增强意识。把粮食安全放在突出位置。（市粮食和物资储备局、中储粮某市直属库。排名第一的为牵头单位，下同）\n"
                    "（二）明确责任。县级政府承担主体责任。（市商务粮食局、市发改委）\n", "utf-8")
    assert [[(d.raw, d.role) for d in m.departments] for m in read_document(path).measures] == [
        [("市粮食和物资储备局", "lead"), ("中储粮某市直属库", "carry_out")],
        [("市商务粮食局", "lead"), ("市发改委", "carry_out")]]


def test_an_item_whose_remark_says_its_list_is_in_no_order_takes_no_lead_from_the_convention(tmp_path):
    # 排名第一的为牵头单位，下同 on the first item; a later item's own remark says its bodies are listed
    # in no order (排名不分先后): its first body was made lead by the convention, silently
    path = tmp_path / "plan.txt"
    path.write_text("某市人民政府关于全面落实粮食安全责任制的实施意见\n各县市区人民政府：\n为保障全市粮食安全，现提出如下实施意见。\n"
                    "一、明确责任\n（一）增强意识。把粮食安全放在突出位置。（市发改委、市农委、市粮食局。排名第一的为牵头单位，下同）\n"
                    "（二）加强建设。稳定播种面积。（市农委、市自然资源局。排名不分先后）\n"
                    "（三）加强储备。完善储备体系。（市财政局、市发改委）\n", "utf-8")
    assert [(m.remarks, [(d.raw, d.role) for d in m.departments]) for m in read_document(path).measures] == [
        ("排名第一的为牵头单位，下同", [("市发改委", "lead"), ("市农委", "carry_out"), ("市粮食局", "carry_out")]),
        ("排名不分先后", [("市农委", "carry_out"), ("市自然资源局", "carry_out")]),
        (None, [("市财政局", "lead"), ("市发改委", "carry_out")])]


def test_the_signature_s_bytes_inside_a_gbk_text_s_characters_leave_it_text():
    from pilotplans.errors import UnreadableFile
    from pilotplans.ingest.detect import detect_format

    # GBK 多 (B6 E0) before ” (A1 B1) prints E0 A1 B1 near the start, and '->' follows: the bytes
    # before the signature are a character's, not a BOM, spaces or bytes dropped: the plan was refused
    # as a Word binary saved as text
    plan = "“多”规合一->“一张图”管到底\n1.完善档案管理。统一电子文件格式。（责任单位：市档案馆）\n"
    assert detect_format(plan.encode("gbk"), "plan.txt") == "text"
    # the signature after a BOM and the replacement character for the dropped D0 CF still tells it
    data = b"\xef\xbb\xbf\xef\xbf\xbd\xef\xbf\xbd" + (PAGES / "doc-signature-shown-as-text.txt").read_bytes()
    with pytest.raises(UnreadableFile, match="a legacy .doc/.wps binary whose bytes were saved as text"):
        detect_format(data, "attachment.txt")


def test_a_chinese_page_of_links_is_not_called_a_translation(tmp_path):
    from pilotplans.errors import NoTaskTable

    # a notice's download page: its links' letters outnumber its Chinese twenty times over, but a
    # link is no English prose: it was refused as "not printed in Chinese (… a translation?)"
    path = tmp_path / "links.txt"
    path.write_text("关于印发实施方案的通知\n附件下载：\n" + "".join(
        f"http://www.example.gov.cn/zwgk/zcwj/attachments/download/implementationplan_file_{i}.docx\n" for i in range(1, 9)), "utf-8")
    with pytest.raises(NoTaskTable) as refused:
        read_document(path)
    # a notice whose plan is an attachment the page only links to: refused saying so, not as a translation
    assert refused.value.cause == ("no task table or task list found: the notice issues 《实施方案》 as an attachment "
                                   "the page does not hold — fetch the attachment (extract the notice's URL to follow "
                                   "its attachments)")
