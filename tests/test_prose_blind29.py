"""The prose29 blind round (tests/fixtures/prose-blind29/KEY.md and key.toml, written before the reader ran):
twelve pages of years, levels and kinds earlier rounds hold least (2006–2012 outline divisions naming their owners
in brackets after each target, a breakdown table printed as prose, autonomous regions' and an autonomous county's
pages, a county department's plan naming townships), read as the key says, and the faults of kind the round found:

- a piped information table whose last row prints nothing after a row of one labelled cell (``政策解读: |`` then
  ``|``): looking past the last row for a title row rebound the row's texts to the empty row's, and reading the
  page's metadata failed with an IndexError (pilotplans/parsers/info_rows.py ``grid_info_rows``).
- an autonomous county's work report whose speaker names the government with its term and no place (我代表自治縣九屆
  人民政府向大會報告工作): the issuer was read as 自治縣九屆人民政府, a wrong name. The term is no part of it, and a name
  with no place is the one the speaker's line above names in full (道真自治縣人民政府縣長 曾偉); its delivery line printed
  without the dash (2023年1月10日在…人民代表大會第二次會議上) dates it (pilotplans/parsers/metadata.py
  ``_speaker_s_government``, pilotplans/parsers/dates.py ``read_delivered_date``).

- a county department's plan whose task fronts its object before 由X负责 and a verb (3.养殖场补栏。对已建成存在缺栏问题的
  养殖场,由各乡镇负责指派专组专人,…): the page was refused as naming no owner. The fronted object is a topic before 由
  (``item_topic_openings``), and a 由 opening whose bodies are the subject of 负责 and a verb (``subject_role_phrases``)
  names them as carrying it out (openings.py ``_by_subject_run``).

Left from earlier rounds:

- prose-blind28's State Council division names each item's bodies inline after its topic (``(一)關於“…”的問題,由發展改革委
  會同中央農辦、…等部門研究提出落實意見``): the topic (``item_topic_openings`` in tasklist.toml, matched folded) now opens
  the run after it, a 由 run parted by 会同 (``with_words`` in roles.toml) is the item's responsibility as printed, and
  the responsibility reads X会同Y anywhere as X leading and Y assisting (pilotplans/normalizers/responsibility.py
  ``_with_groups``; pilotplans/parsers/interpret/openings.py ``_with_run``). The page was refused as cut before any
  measure names its owners, a wrong cause: they named them, unread.
- a body alone on its item's line, its duties under it opening with 负责, beside tasks (prose-blind27's quiet case with
  负责 on the next line): the responsibility was ``市公安局\n负责``; it is the body's name (openings.py
  ``subject_fields``).
"""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.normalizers.responsibility import parse_responsibility
from pilotplans.parsers.dates import read_delivered_date
from pilotplans.parsers.interpret.openings import opening_fields
from tests.conftest import FIXTURES
from tests.page_metadata import lines_metadata, owners, page_metadata, read_text, refusal_cause

BLIND = FIXTURES / "prose-blind29"
HANYIN = BLIND / "hanyin-2021-county-government-office-funds-measures-piped-info-table-no-owners-cut.txt"
REFUSED = [BLIND / name for name in (
    "shanghai-2011-municipality-twelfth-five-year-outline-division-notice-principles-no-owners-cut.txt",
    "guangxi-2020-autonomous-region-non-grain-farmland-work-plan-traditional-notice-measures-no-owners-cut.txt",
    "neimenggu-2024-autonomous-region-party-committee-and-government-rural-opinions-news-copy-no-owners-cut.txt",
    "hanyin-2021-county-government-office-funds-measures-piped-info-table-no-owners-cut.txt",
    "yanshan-2019-county-grassland-subsidy-project-plan-interpretation-no-owners.txt",
)]


# --- the round's reading ----------------------------------------------------------------------------------------

def test_pages_naming_no_task_s_owner_are_refused():
    assert [refusal_cause(path).startswith("no task table or task list found") for path in REFUSED] == [True] * len(REFUSED)


# --- an information table closed by an empty row ----------------------------------------------------------------

def test_an_information_table_closed_by_an_empty_row_reads_its_fields():
    # was: IndexError in grid_info_rows
    metadata = page_metadata(HANYIN)
    assert (metadata.doc_no, metadata.issuer, str(metadata.date)) == ("汉政办发〔2021〕88号", "汉阴县人民政府办公室", "2021-09-28")


def test_a_lone_labelled_row_over_the_empty_row_is_no_title():
    # 政策解读: is a label with no value, not the document's title printed as the table's last row
    assert page_metadata(HANYIN).title == "汉阴县人民政府办公室关于印发《汉阴县过渡期统筹整合使用财政涉农资金管理办法》的通知"


# --- left from prose-blind28: a State Council division naming its bodies inline, 由X会同Y ------------------------

STATE_COUNCIL = FIXTURES / "prose-blind28" / "state-council-2014-national-rural-reform-measures-division-traditional-info-fields-owners-inline-cut.txt"


def test_a_division_item_after_its_topic_names_the_body_before_hui_tong_as_lead_and_those_after_as_assisting():
    # was: refused as "cut before any measure names its owners" (关于"…"的问题,由X会同Y…研究提出落实意见 unread)
    measures = read_document(STATE_COUNCIL).measures
    assert [owners(m) for m in measures[:2]] == [
        [("發展改革委", "lead"), ("中央農辦", "assist"), ("農業部", "assist"), ("財政部", "assist"), ("科技部", "assist"),
         ("國土資源部", "assist"), ("水利部", "assist"), ("商務部", "assist"), ("統計局", "assist"), ("糧食局", "assist")],
        [("國土資源部", "lead"), ("農業部", "assist")]]


def test_the_hui_tong_responsibility_is_kept_as_printed_without_by_and_the_task_s_words():
    assert read_document(STATE_COUNCIL).measures[1].responsibility == "國土資源部會同農業部等部門"


def test_hui_tong_in_a_cell_reads_the_first_list_as_leading_and_a_carrying_out_phrase_after_the_second_as_assisting():
    assert [(m.raw, m.role) for m in parse_responsibility("市发改委会同市财政局、市商务局负责落实")] == [
        ("市发改委", "lead"), ("市财政局", "assist"), ("市商务局", "assist")]


def test_a_list_opening_with_hui_tong_after_the_lead_s_clause_is_left_as_it_read():
    # the lead named in a clause of its own before: 会同 opens the list (roles.toml list_prefixes), no role given
    assert [(m.raw, m.role) for m in parse_responsibility("市发改委牵头，会同市财政局")] == [("市发改委", "lead"), ("市财政局", None)]


def test_hui_tong_in_a_list_labelled_assisting_keeps_the_label_s_role_for_every_body():
    # review: X会同Y in a 配合单位 list read X as leading, a role the page does not print
    assert [(m.raw, m.role) for m in parse_responsibility("配合单位：市发改委会同市财政局")] == [
        ("市发改委", "assist"), ("市财政局", "assist")]


def test_hui_tong_in_a_cooperating_column_s_cell_keeps_the_column_s_role():
    assert [(m.raw, m.role) for m in parse_responsibility("市发改委会同市财政局", default_role="assist")] == [
        ("市发改委", "assist"), ("市财政局", "assist")]


def test_hui_tong_closing_a_list_with_nobody_after_it_names_no_lead():
    # review: 市发改委、市财政局会同 (cut after the word) read both bodies as leading
    assert [(m.raw, m.role) for m in parse_responsibility("市发改委、市财政局会同")] == [
        ("市发改委", None), ("市财政局会同", None)]


def test_an_opening_hui_tong_ends_its_last_body_where_the_registry_knows_it_not_inside_the_task_s_words():
    # review: 办 of 办法 ends as an office does, and the responsibility read 市发改委会同市财政局制定办
    assert [s.text for s in opening_fields("由市发改委会同市财政局制定办法。").segments] == ["市发改委会同市财政局"]


def test_an_opening_hui_tong_keeps_the_etc_closing_after_a_known_body():
    assert [s.text for s in opening_fields("由市发改委会同市财政局等部门制定办法。").segments] == ["市发改委会同市财政局等部门"]


def test_an_opening_hui_tong_led_by_no_body_names_nobody():
    assert opening_fields("由企业会同市商务局研究制定扶持办法。") is None


def test_a_topic_without_by_after_it_opens_no_run():
    assert opening_fields("关于“加强耕地保护”的问题，国土资源部要会同农业部研究。") is None


# --- an autonomous county's work report, its speaker naming the government with its term --------------------------

DAOZHEN = BLIND / "daozhen-2023-autonomous-county-government-work-report-traditional-review-no-owners-cut.txt"


def test_a_speaker_s_government_named_with_its_term_and_no_place_is_the_one_the_speaker_s_line_names_in_full():
    # was: issuer 自治縣九屆人民政府 (我代表自治縣九屆人民政府向大會報告工作: the term read into the name, no place)
    assert page_metadata(DAOZHEN).issuer == "道真自治縣人民政府"


def test_a_line_above_opening_with_no_place_completes_no_speaker_s_government():
    found = lines_metadata("政府工作报告", "根据县人民政府工作安排", "各位代表：", "现在，我代表县人民政府，向大会报告工作。")
    assert found.issuer is None


def test_a_delivery_line_printed_without_its_dash_dates_the_report():
    # was: no date (2023年1月10日在自治縣第九屆人民代表大會第二次會議上, alone on its line under the head)
    metadata = page_metadata(DAOZHEN)
    assert (str(metadata.date), metadata.level, metadata.region) == ("2023-01-10", "county", "道真自治县")


def test_a_dashless_line_of_a_date_and_a_meeting_that_is_no_congress_s_dates_nothing():
    assert read_delivered_date("2023年1月10日在市政府召开常务会议上") is None


def test_a_report_headline_closed_by_a_dash_and_whole_text_mark_gives_way_to_the_report_s_own_head():
    # the site's headline (…自治縣政府工作報告—全文) over the report's head (政府工作報告) and its delivery line
    assert page_metadata(DAOZHEN).title == "政府工作報告"


# --- a task's object fronted before 由X负责 and a verb -------------------------------------------------------------

HESHUI = BLIND / "heshui-2025-county-agriculture-bureau-special-industries-plan-info-fields-by-townships-cut.txt"


def test_by_bodies_responsible_and_a_verb_after_the_task_s_fronted_object_names_its_owners():
    # was: refused, no item naming its owner (3.养殖场补栏。对…的养殖场,由各乡镇负责指派专组专人,…)
    measures = read_document(HESHUI).measures
    assert [(m.number, m.heading_path, owners(m)) for m in measures] == [
        (1, ["奶羊产业", "重点工作"], []), (2, ["奶羊产业", "重点工作"], []), (3, ["奶羊产业", "重点工作"], [("各乡镇", "carry_out")])]


def test_by_a_body_s_officer_responsible_names_no_owner():
    # quiet: 负责人 is a person (subject_role_phrases), and 由所在乡镇通过… prints no role phrase
    assert opening_fields("补栏。对已建成的养殖场，由县商务局负责人联系企业。") is None
    assert opening_fields("盘活闲置养殖场。对闲置养殖场,由所在乡镇通过招商引资方式盘活。") is None


def test_by_a_noun_naming_no_body_responsible_names_no_owner():
    assert opening_fields("对新建项目，由企业负责运营管理。") is None


# --- left from prose-blind27: a body alone on its item's line, its duties under it opening with 负责 ------------------

def test_a_body_alone_on_its_item_s_line_over_duties_opening_with_fu_ze_is_the_responsibility_by_its_name(tmp_path):
    # was: responsibility '市公安局\n负责' (the line break and the duties' first word read into it)
    text = "三、重点任务\n（一）市公安局\n负责设置禁止通行标志。\n（二）强化宣传引导。（责任单位：市委宣传部）\n"
    measure = read_text(tmp_path, text).measures[0]
    assert (measure.responsibility, owners(measure)) == ("市公安局", [("市公安局", "carry_out")])


def test_a_body_opening_its_item_s_line_keeps_its_role_phrase_in_the_responsibility(tmp_path):
    # quiet: no line break parts the body from 负责
    text = "三、重点任务\n（一）区城管执法局负责联系市城管执法局，支持活动开展。\n（二）强化宣传引导。（责任单位：市委宣传部）\n"
    measure = read_text(tmp_path, text).measures[0]
    assert (measure.responsibility, owners(measure)) == ("区城管执法局负责", [("区城管执法局", "carry_out")])
