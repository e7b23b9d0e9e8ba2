"""The prose23 blind round (tests/fixtures/prose-blind23/KEY.md and key.toml, written before the reader ran):
twelve pages (a county's duties naming a lead and, after a semicolon, the bodies carrying them out; a 厅 with its
Party committee cut in its first point; a provincial opinion in glossed traditional characters; a high-tech
zone's office; a county-level city; a commission's ledger notice; a 督查 bulletin; pages cut before any task), read
as the key says, and the faults of kind the round and round 22's review found:

- a part's heading of the outermost rank closed by its stop (一、深入学习贯彻…,加强教育系统党的建设。) was no heading to
  the refusal, so a page cut in its first point under it was refused with the generic line, not as cut in that
  part (pilotplans/data/refusals.toml ``heading``);
- a note naming the mark of a lead with no verb before it (★为牵头单位，下同; 注：★为牵头单位) read no lead: the
  marked body carried the item out as listed (the ``marked_lead`` convention, tasklist.toml)."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES
from tests.page_metadata import lines_metadata, owners, page_metadata, read_text, refusal_cause, text_refusal_cause

BLIND = FIXTURES / "prose-blind23"
ANHUI = BLIND / "anhui-2015-province-education-party-committee-and-department-work-points-site-menu-cut.txt"
SHISHI = BLIND / "shishi-2025-county-level-city-office-notice-traditional-dashed-info-list-requests-only-cut.txt"
JINXIANG = BLIND / "jinxiang-2025-county-government-duties-piped-info-rows-lead-then-carry-after-semicolon-cut.txt"


# --- the round's reading ----------------------------------------------------------------------------------------

def test_a_county_s_duties_name_a_lead_and_after_a_semicolon_the_bodies_carrying_them_out():
    measures = read_document(JINXIANG).measures
    targets, industry = "2025年主要预期目标", "聚力强产业、壮集群,构筑经济增长新引擎"
    assert [(m.number, m.heading_path, owners(m)) for m in measures] == [
        (1, [targets], [("县发展和改革局", "lead")]), (2, [targets], [("县财政局", "lead")]),
        (3, [targets], [("县发展和改革局", "lead")]), (4, [targets], [("县工业和信息化局", "lead")]),
        (5, [targets], [("县商务局", "lead")]), (6, [targets], [("县发展和改革局", "lead")]),
        (7, [industry], [("县政府园区发展服务中心", "lead"), ("新材料产业园", "carry_out"), ("高端装备产业园", "carry_out"),
                         ("食品产业园", "carry_out"), ("商贸物流园", "carry_out")]),
        (8, [industry], [])]  # cut inside its owners' bracket (牵头单


# --- a part's heading closed by its stop --------------------------------------------------------------------------

def test_a_page_cut_in_its_first_point_under_a_part_closed_by_a_stop_is_refused_as_cut_in_that_part():
    # was: the generic line (no header row … and no numbered item naming its 责任单位/牵头单位)
    assert refusal_cause(ANHUI) == (
        "no task table or task list found: the page ends in its part `一、深入学习贯彻习近平总书记系列重要讲话…`, before any "
        "numbered measure of 《2015年工作要点》 names its owners — the page is cut: find the page or attachment that "
        "holds the whole plan")


_POINTS = ("某市人民政府关于印发某市2024年工作要点的通知\n各县区人民政府：\n现将《某市2024年工作要点》印发给你们，请认真贯彻落实。\n"
           "某市人民政府\n2024年1月5日\n某市2024年工作要点\n{part}\n1.认真学习贯彻党的二十大精神。把学习引向深入，纳入")


def test_a_part_closed_by_its_stop_is_the_part_a_cut_page_ends_in(tmp_path):
    assert text_refusal_cause(tmp_path, _POINTS.format(part="一、加强党的建设。")) == (
        "no task table or task list found: the page ends in its part `一、加强党的建设。`, before any numbered measure of "
        "《某市2024年工作要点》 names its owners — the page is cut: find the page or attachment that holds the whole plan")


def test_a_part_s_sentence_running_on_past_its_stop_is_no_heading(tmp_path):
    # quiet: 一、加强党的建设。围绕… is a paragraph numbered as a part, not its heading; the generic line stands
    assert text_refusal_cause(tmp_path, _POINTS.format(part="一、加强党的建设。围绕中心工作推进。")) == (
        "no task table or task list found (no header row with 序号/具体举措/责任分工 or similar, and no numbered item "
        "naming its 责任单位/牵头单位)")


_NOTICE = ("某市人民政府关于做好2024年安全生产工作的通知\n各县区人民政府：\n为做好安全生产工作，现将有关事项通知如下：\n"
           "一、加强组织领导，各地要成立领导小组，统筹推进工作。\n二、强化隐患排查，全面排查整治隐患，建立台账。\n"
           "三、请各单位于5月底前报送工作总结。\n{end}")


def test_a_part_closed_by_its_stop_with_no_numbered_item_under_it_is_no_heading(tmp_path):
    # quiet (review of prose23): a whole notice's last requirement, numbered as a part and closed by its stop, over
    # its signature — was refused as cut in its part `三、请各单位于5月底前报送工作总结。`; the generic line stands
    assert text_refusal_cause(tmp_path, _NOTICE.format(end="某市人民政府\n2024年5月1日\n")) == (
        "no task table or task list found (no header row with 序号/具体举措/责任分工 or similar, and no numbered item "
        "naming its 责任单位/牵头单位)")


def test_a_page_ending_on_a_part_closed_by_its_stop_is_not_called_cut_in_it(tmp_path):
    # quiet: nothing under 三、…。 shows it a heading; the page may end whole there
    assert text_refusal_cause(tmp_path, _NOTICE.format(end="")) == (
        "no task table or task list found (no header row with 序号/具体举措/责任分工 or similar, and no numbered item "
        "naming its 责任单位/牵头单位)")


# --- a lead's mark named with no verb before it -------------------------------------------------------------------

_MARKED = ("某市推进数字经济发展行动计划\n一、重点任务\n（一）推进智能制造。支持企业建设智能工厂。（责任单位：★经信局、科技局。"
           "{note}）\n（二）推进智慧农业。建设智慧农业平台。（责任单位：★农业农村局、经信局）\n{closing}")


def test_a_note_naming_the_mark_alone_gives_the_lead_to_each_marked_body(tmp_path):
    # was: 经信局 and 科技局 both carrying it out, the note unread
    found = read_text(tmp_path, _MARKED.format(note="★为牵头单位，下同", closing=""))
    assert [owners(m) for m in found.measures] == [
        [("经信局", "lead"), ("科技局", "carry_out")], [("农业农村局", "lead"), ("经信局", "carry_out")]]


def test_a_closing_note_naming_the_mark_alone_gives_the_lead_to_every_marked_body(tmp_path):
    found = read_text(tmp_path, _MARKED.format(note="按职责分工负责", closing="注：★为牵头单位。\n"))
    assert [owners(m) for m in found.measures] == [
        [("经信局", "lead"), ("科技局", "carry_out")], [("农业农村局", "lead"), ("经信局", "carry_out")]]


def test_a_note_naming_the_mark_of_something_else_gives_no_lead(tmp_path):
    # quiet: ★ marks a key task here, not a lead
    found = read_text(tmp_path, _MARKED.format(note="★为重点任务，下同", closing=""))
    assert [owners(m) for m in found.measures] == [
        [("经信局", "carry_out"), ("科技局", "carry_out")], [("农业农村局", "carry_out"), ("经信局", "carry_out")]]


def test_a_mark_printed_after_a_name_in_a_note_opens_no_lead_convention(tmp_path):
    # quiet: 经信局★为牵头单位 is a sentence about one body, not a note saying what the mark means
    found = read_text(tmp_path, _MARKED.format(note="经信局★为牵头单位", closing=""))
    assert [owners(m) for m in found.measures][1] == [("农业农村局", "carry_out"), ("经信局", "carry_out")]


def test_a_closing_note_saying_what_the_mark_stands_for_gives_the_lead_to_every_marked_body(tmp_path):
    # was (review of prose23): ★表示牵头单位 read no convention, so 经信局 and 农业农村局 carried out as listed
    found = read_text(tmp_path, _MARKED.format(note="按职责分工负责", closing="注：★表示牵头单位。\n"))
    assert [owners(m) for m in found.measures] == [
        [("经信局", "lead"), ("科技局", "carry_out")], [("农业农村局", "lead"), ("经信局", "carry_out")]]


def test_a_note_marking_the_tasks_a_lead_is_responsible_for_gives_no_lead(tmp_path):
    # quiet (review of prose23): ★ marks key tasks of the leads here — was read as the mark of a lead
    found = read_text(tmp_path, _MARKED.format(note="按职责分工负责", closing="注：★为牵头单位负责的重点任务。\n"))
    assert [owners(m) for m in found.measures] == [
        [("经信局", "carry_out"), ("科技局", "carry_out")], [("农业农村局", "carry_out"), ("经信局", "carry_out")]]


# --- a Fujian site's labels: 公文生成日期, 备注/文号 (review of prose23) -------------------------------------------------

def test_a_page_s_document_date_and_number_under_its_site_s_labels_are_read():
    # was: no 文号, and the date the page was published (2025-01-26) in place of the document's own
    found = page_metadata(SHISHI)
    assert (found.doc_no, found.date.isoformat()) == ("獅政辦〔2025〕1號", "2025-01-24")


def test_a_remark_under_the_remark_or_number_label_is_no_document_number():
    # quiet: 备注/文号 may hold a remark; only a value reading wholly as a 文号 is taken
    found = lines_metadata("發布機構:石獅市人民政府辦公室", "公文生成日期:2025-01-24",
                           "標題:石獅市人民政府辦公室關于做好某項工作的通知", "備注/文號:此件主动公开", "各鎮人民政府:")
    assert found.doc_no is None
