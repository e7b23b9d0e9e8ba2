"""The prose28 blind round (tests/fixtures/prose-blind28/KEY.md and key.toml, written before the reader ran):
twelve pages of levels and kinds earlier rounds hold least (a district's duty list whose every paragraph opens with
its body, a national division in traditional script copied through a big5 gateway, county, town, 街道, 厅 and
province pages naming no task's owner), read as the key says, and the faults of kind the round found:

- duties printed as paragraphs without numbers, each opening with the body that carries them out (``区住建局负责…``,
  ``区环保局要加强…``): the outline left them loose and the page was refused. A run of three or more such paragraphs,
  on a page whose task list reads no measure, is a duty list: each paragraph a measure its body carries out
  (pilotplans/parsers/interpret/duty_paragraphs.py).
- the same list run into one line inside the item introducing it, each body a sentence of its own before its duties
  (prose-blind27's straw-burning plan: ``…各组成单位及其职责如下:县环保局。负责…。县交通局、公路局。负责…``), refused
  before: after the introducing colon, three or more body sentences each followed by a 负责 sentence part the item
  into one unnumbered item a body (``read_duty_sentences``).
- an information table a converter printed a cell a line, a row of the document's state under its label
  (``時  效:`` / ``失效``): the value was left among the document's lines and read into the title over it
  (``失效國務院辦公廳關於…``) and into its issuer. A value that is a state (info_rows.toml ``state_values``) is the
  row's.
"""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.interpret.duty_paragraphs import opening_body
from tests.conftest import FIXTURES
from tests.page_metadata import owners, page_metadata, refusal_cause

BLIND = FIXTURES / "prose-blind28"
DISTRICT = BLIND / "district-village-environment-sample-site-copy-duties-bodies-open-paragraphs-cut.txt"
STATE_COUNCIL = BLIND / "state-council-2014-national-rural-reform-measures-division-traditional-info-fields-owners-inline-cut.txt"
REFUSED = [BLIND / name for name in (
    "xiangcheng-2021-county-party-and-government-township-duty-list-notice-attachments-not-printed-cut.txt",
    "longli-2018-county-rural-living-environment-three-year-plan-principles-no-owners-cut.txt",
    "qingyang-2023-county-health-commission-summary-and-next-year-arrangements-info-table-no-owners-cut.txt",
    "township-sample-site-traditional-environment-sanitation-plan-leading-group-placeholders-no-owners-cut.txt",
    "province-education-department-sample-site-copy-year-work-points-yearless-no-owners-cut.txt",
    "langxi-2024-county-party-and-government-rural-revitalisation-opinions-department-site-reprint-no-owners-cut.txt",
    "town-sample-site-beautiful-village-plan-first-of-collection-no-owners-cut.txt",
    "sichuan-2015-province-party-committee-and-government-rural-opinions-forum-run-on-no-owners-cut.txt",
    "city-sample-site-traditional-strengthen-subdistrict-work-opinions-duties-of-one-body-cut.txt",
)]
STRAW = FIXTURES / "prose-blind27" / "county-straw-burning-sample-site-copy-run-on-duties-bodies-open-sentences-cut.txt"
# a city's target list whose items close with a sponsor's label and a body as a sentence (主办单位:市财政局。)
XUZHOU = FIXTURES / "prose-blind17" / "xuzhou-2010-city-policy-site-sponsor-after-target.txt"
# a reply on a town's becoming a 街道, one paragraph of which opens with a body (你市有关各级政府要…)
FUJIAN_REPLY = FIXTURES / "places-blind8" / "fujian-2021-province-reply-on-district-town-property-news-copy.txt"
# an information table printing 有效性 with no value, the document's title on the line under it
JINXIANG = FIXTURES / "prose-blind26" / "jinxiang-2021-county-agriculture-bureau-rural-revitalization-list-owners-lead-join-carry-out-cut.txt"


# --- the round's reading ----------------------------------------------------------------------------------------

def test_pages_naming_no_task_s_owner_are_refused():
    assert [refusal_cause(path).startswith("no task table or task list found") for path in REFUSED] == [True] * len(REFUSED)


# --- a duty list printed as paragraphs, each opening with its body ----------------------------------------------

def test_each_paragraph_of_a_duty_list_is_a_measure_its_opening_body_carries_out():
    # was: refused, no numbered item naming its 责任单位
    measures = read_document(DISTRICT).measures
    assert [(m.number, m.heading_path, owners(m)) for m in measures] == [
        (None, [], [("区住建局", "carry_out")]),
        (None, [], [("区委农办", "carry_out")]),
        (None, [], [("规划分局", "carry_out")]),
        (None, [], [("区城管局", "carry_out")]),
        (None, [], [("区财政局", "carry_out")]),
        (None, [], [("区环保局", "carry_out")]),
        (None, [], [("区水利农机局", "carry_out")])]


def test_a_duty_paragraph_keeps_its_whole_text_its_body_the_subject_of_its_sentence():
    measure = read_document(DISTRICT).measures[5]
    assert measure.text.startswith("区环保局要加强工业污染源的环境管理,确保达标排放,")


def test_a_lone_paragraph_opening_with_a_body_makes_no_duty_list():
    # 你市有关各级政府要在党委领导下… is one paragraph of a reply: no run of three
    assert refusal_cause(FUJIAN_REPLY).startswith("no task table or task list found: a news report about")


def test_bodies_printed_as_sentences_of_their_own_after_a_colon_carry_out_the_duties_after_each():
    # was: refused, the list run into item 三's one line
    measures = read_document(STRAW).measures
    assert [(m.number, owners(m), m.text[:12]) for m in measures] == [
        (None, [("县环保局", "carry_out")], "负责对全县秸秆禁烧工作实"),
        (None, [("县交通局", "carry_out"), ("公路局", "carry_out")], "负责对全县辖区内国道、省"),
        (None, [("县农委", "carry_out")], "负责全县农作物秸秆综合利"),
        (None, [("县农机局", "carry_out")], "负责对收割机操作人员进行"),
        (None, [("县监察局", "carry_out")], "负责对全县秸秆禁烧工作的"),
        (None, [("县广电局", "carry_out")], "负责对全县农作")]


def test_a_body_printed_as_a_sentence_after_a_label_s_colon_stays_the_label_s():
    # 2.财政一般预算收入增长18%。主办单位:市财政局。: the sponsor's field line, no duty list
    measure = read_document(XUZHOU).measures[1]
    assert (measure.text, owners(measure)) == ("财政一般预算收入增长18%。", [("市财政局", "lead")])


# --- a row of the document's state printed under its label ------------------------------------------------------

def test_a_state_printed_under_its_label_is_no_part_of_the_title_under_it():
    # was: 失效國務院辦公廳關於落實…的通知, issued by 失效國務院辦公廳
    metadata = page_metadata(STATE_COUNCIL)
    assert (metadata.title, metadata.issuer, metadata.doc_no, metadata.date.isoformat()) == (
        "國務院辦公廳關於落實中共中央國務院關於全面深化農村改革加快推進農業現代化若干意見有關政策措施分工的通知",
        "國務院辦公廳", "國辦函〔2014〕31號", "2014-02-23")


def test_a_title_printed_under_a_state_label_left_empty_stays_the_title():
    # 有效性 / 2021年全县乡村振兴工作重点任务清单: the line under the empty label is no state, the document's own
    assert page_metadata(JINXIANG).title == "2021年全县乡村振兴工作重点任务清单"


def test_a_body_of_the_run_on_list_whose_duties_open_without_a_role_phrase_carries_out_its_own(tmp_path):
    # the straw page with one more body, its duty opening otherwise (县财政局。做好禁烧工作经费保障。): was read into
    # the duties of 县交通局 and 公路局, the body before it
    page = tmp_path / "straw-with-a-body-whose-duty-opens-without-fuze.txt"
    page.write_text(STRAW.read_text(encoding="utf-8").replace(
        "依法进行查处。县农委。", "依法进行查处。县财政局。做好禁烧工作经费保障。县农委。"), encoding="utf-8")
    measures = read_document(page).measures
    assert [(owners(m), m.text[-12:]) for m in measures[1:3]] == [
        ([("县交通局", "carry_out"), ("公路局", "carry_out")], "通平安的,依法进行查处。"),
        ([("县财政局", "carry_out")], "做好禁烧工作经费保障。")]


def test_a_body_opening_a_paragraph_with_yao_as_a_verb_opens_a_duty_paragraph():
    assert opening_body("区环保局要加强工业污染源的环境管理,确保达标排放。") == ("区环保局", True)


def test_a_body_s_news_column_or_key_points_open_no_duty_paragraph():
    # 要 opening a noun (要闻: a site's news column, 要点) says the body does nothing
    assert [opening_body(text) for text in ("区住建局要闻", "区环保局要点:工业污染源的环境管理。")] == [None, None]
