"""The prose26 blind round (tests/fixtures/prose-blind26/KEY.md and key.toml, written before the reader ran):
twelve pages (two provincial bureaus' plans, a county commission's progress table, a district bureau's table one
cell a line, a county bureau's list whose one 责任单位 label holds three roles, a city's measures whose note makes
the first owner the lead, and six pages rightly refused), read as the key says, and the faults of kind the round
found:

- 参加 (the bodies take part: 县教育和体育局…等有关部门参加) was no role phrase, so the list before it read as one
  body ``县医疗保障局等有关部门参加`` carrying the item out; it assists, as 参与 does (roles.toml).
- a convention naming its bodies 处室 (列第一的为牵头责任处室: a provincial bureau's divisions) was not read, and the
  condition it was stated for (若工作涉及多个处室的) was read as two more owners; the nouns of a bureau's
  divisions (处室, 科室, 股室) now name a convention's bodies, and a condition (若…的, tasklist.toml
  ``convention_conditions``) goes with the convention it opens (pilotplans/parsers/interpret/fields.py).
- a heading whose title is two phrases joined by a comma took the paragraph under it into its title; a title of two
  or three phrases is the heading's own line as a one-phrase title is (pilotplans/parsers/interpret/tasklist.py).
- a table printed one cell a line ended where its numbers jumped after headings (a bureau's extract of a
  district's list keeps the list's numbers: 3, then 68 under 六): the rows after the headings were lost, with
  nothing said. A row number later than the next in sequence, after headings, goes on with the table; the
  interpreter warns of the gap (pilotplans/parsers/text/cells.py ``_row_after_headings``)."""

from __future__ import annotations

from datetime import date

from pilotplans.ingest.pipeline import read_document
from pilotplans.normalizers.responsibility import parse_responsibility
from pilotplans.parsers.interpret.conventions import find_conventions
from pilotplans.parsers.text import read_text as read_text_layout
from tests.conftest import FIXTURES
from tests.page_metadata import owners, page_metadata, read_text, refusal_cause

BLIND = FIXTURES / "prose-blind26"
GUIZHOU = BLIND / "guizhou-2020-province-market-regulation-bureau-work-points-info-rows-owner-divisions-bracketed-first-leads-cut.txt"
SHAOGUAN = BLIND / "shaoguan-2019-city-measures-mixed-script-site-line-owners-bracketed-first-listed-leads-cut.txt"
QIAOCHENG = BLIND / "qiaocheng-2025-district-education-bureau-breakdown-table-cell-per-line-empty-heading-rows-cut.txt"
JINXIANG = BLIND / "jinxiang-2021-county-agriculture-bureau-rural-revitalization-list-owners-lead-join-carry-out-cut.txt"
REFUSED = [BLIND / name for name in (
    "haidong-2018-city-market-regulation-opinions-traditional-signature-date-only-no-owners-cut.txt",
    "xiqing-2018-district-economic-plan-info-rows-review-no-tasks-cut.txt",
    "xiqu-2016-town-level-district-work-plan-site-line-preamble-no-owners-cut.txt",
    "liaoyuan-2019-development-zone-year-end-meeting-news-no-tasks.txt",
    "nanning-2020-development-zone-committee-task-division-notice-requests-only-cut.txt",
    "new-area-2014-work-points-sample-site-copy-place-masked-no-owners-cut.txt",
)]


# --- the round's reading ----------------------------------------------------------------------------------------

def test_a_city_s_measures_read_the_first_listed_owner_as_the_lead_its_note_names():
    measures = read_document(SHAOGUAN).measures
    # item 2 is cut in its text, before its owners
    assert [(m.number, m.heading_path) for m in measures] == [(1, ["政策措施", "降低企業稅收負擔"])]
    assert owners(measures[0]) == [("市稅務局", "lead"), ("市財政局", "carry_out")]


def test_pages_naming_no_task_s_owner_are_refused():
    assert [refusal_cause(path).startswith("no task table or task list found") for path in REFUSED] == [True] * len(REFUSED)


def test_a_district_bureau_s_information_lines_give_its_title_issuer_and_date():
    metadata = page_metadata(QIAOCHENG)
    assert (metadata.title, metadata.issuer, metadata.date) == (
        "谯城区教育局2025年政府工作报告重点工作任务分解表", "谯城区教育局", date(2025, 6, 13))


# --- 参加: the bodies take part ----------------------------------------------------------------------------------

def test_a_county_bureau_s_list_reads_its_lead_its_partners_and_those_carrying_out():
    # was: 县教育和体育局 … carrying out, and 县医疗保障局等有关部门参加 one body carrying out (the list open: 等有关部门)
    measure = read_document(JINXIANG).measures[0]
    assert owners(measure) == [("县扶贫开发办", "lead"), ("县教育和体育局", "assist"), ("县卫生健康局", "assist"),
                               ("县住房和城乡建设局", "assist"), ("县民政局", "assist"), ("县医疗保障局", "assist"),
                               ("各镇街", "carry_out")]


def test_bodies_taking_part_assist():
    assert [(m.raw, m.role) for m in parse_responsibility("市发改委牵头,市财政局、市统计局参加", label="责任单位")] == [
        ("市发改委", "lead"), ("市财政局", "assist"), ("市统计局", "assist")]


def test_taking_part_in_an_item_s_own_sentence_stays_its_text(tmp_path):
    # quiet: 参加 in the task (企业参加展会) is what the task asks, not a role phrase of its owners
    measure = read_text(tmp_path, "一、扩大开放\n1.组织企业参加中国国际进口博览会。(责任单位:市商务局)\n").measures[0]
    assert (measure.text, owners(measure)) == ("组织企业参加中国国际进口博览会。", [("市商务局", "carry_out")])


# --- a convention naming a bureau's divisions, and the condition it is stated for -------------------------------------

def test_a_provincial_bureau_s_first_listed_division_leads_and_the_note_names_no_owner():
    # was: 标准化处 carrying out, and 若工作涉及多个处室的, 列第一的为牵头责任处室 and 下同 read as three more owners
    measure = read_document(GUIZHOU).measures[0]
    assert owners(measure) == [("标准化处", "lead"), ("省药监局相关处室", "carry_out"), ("各市〔州〕市场监管局", "carry_out"),
                               ("贵安新区市场监管局", "carry_out")]


def test_a_convention_may_name_its_bodies_divisions():
    assert [c.kind for c in find_conventions("若工作涉及多个处室的,列第一的为牵头责任处室,下同")] == ["first_lead"]


def test_a_sentence_naming_divisions_states_no_convention():
    # quiet: 处室 outside a convention's words (各处室按职责分工落实) says nothing of a list's order
    assert find_conventions("委机关各处室按职责分工落实,下同") == []


def test_a_clause_naming_a_body_before_a_convention_stays_an_owner(tmp_path):
    # quiet: only a condition (若…的) goes with the convention; a body before it is an owner still
    text = "一、强化监管\n1.强化标准助推。(责任单位:标准化处、质量处;各市州市场监管局,列第一的为牵头责任处室,下同)\n"
    assert owners(read_text(tmp_path, text).measures[0]) == [
        ("标准化处", "lead"), ("质量处", "carry_out"), ("各市州市场监管局", "carry_out")]


def test_a_condition_printed_without_its_if_goes_with_the_convention(tmp_path):
    # was: 涉及多个处室的 read as an owner carrying out: the condition was known only after 若, 如, 凡 or 对
    text = "一、强化监管\n1.强化标准助推。(责任单位:标准化处、信用监管处;涉及多个处室的,排在第一位的为牵头处室)\n"
    assert owners(read_text(tmp_path, text).measures[0]) == [("标准化处", "lead"), ("信用监管处", "carry_out")]


# --- a heading's title of two phrases ------------------------------------------------------------------------------

def test_a_heading_of_two_phrases_keeps_the_paragraph_under_it_out_of_its_title():
    # was: the heading's title ran on into 坚持以脱贫攻坚统揽市场监管工作,…影响力。
    assert read_document(GUIZHOU).measures[0].heading_path == ["持之以恒抓统揽,全力投入脱贫攻坚战"]


def test_a_heading_of_two_phrases_wrapped_over_two_lines_reads_whole(tmp_path):
    # quiet: the line ending with a comma is no title of its own; the phrases after it are the title's
    text = "一、坚持稳中求进,\n推动高质量发展\n1.做好标准工作。(责任单位:市发改委)\n"
    assert read_text(tmp_path, text).measures[0].heading_path == ["坚持稳中求进,推动高质量发展"]


def test_a_heading_sentence_a_text_wrapped_after_a_comma_is_not_cut_at_the_line_s_end(tmp_path):
    # quiet: the heading's line fills the text's width and the line after it is no wider: one sentence wrapped
    # (was: its title 深化商事制度改革,各市州要按照省委省政府, cut in the middle of a clause, as main does not)
    text = ("二、深化商事制度改革,各市州要按照省委省政府\n部署,持续优化营商环境,激发市场主体活力。\n"
            "1.推进企业开办便利化。(责任单位:市市场监管局)\n")
    assert read_text(tmp_path, text).measures[0].heading_path == [
        "深化商事制度改革,各市州要按照省委省政府部署,持续优化营商环境,激发市场主体活力。"]


def test_a_heading_of_two_phrases_over_a_wider_paragraph_keeps_it_out_of_its_title(tmp_path):
    # fires: the heading's line ends short of the paragraph's, as 贵州's does
    text = ("二、深化商事制度改革,持续优化营商环境\n全面推行企业开办全程网上办,压缩开办时间至3个工作日以内,激发市场主体活力。\n"
            "1.推进企业开办便利化。(责任单位:市市场监管局)\n")
    assert read_text(tmp_path, text).measures[0].heading_path == ["深化商事制度改革,持续优化营商环境"]


def test_a_docx_heading_of_two_phrases_over_a_short_paragraph_keeps_it_out_of_its_title(tmp_path):
    # fires whatever the widths: a DOCX paragraph is never a line a text extraction wrapped
    from docx import Document

    docx = Document()
    for paragraph in ("二、深化商事制度改革,持续优化营商环境", "坚持放管结合。", "1.推进企业开办便利化。(责任单位:市市场监管局)"):
        docx.add_paragraph(paragraph)
    docx.save(tmp_path / "plan.docx")
    assert read_document(tmp_path / "plan.docx").measures[0].heading_path == ["深化商事制度改革,持续优化营商环境"]


# --- a table one cell a line whose numbers jump after headings -------------------------------------------------------

def test_the_rows_after_headings_with_later_numbers_are_the_table_s():
    # was: rows 68 and 69 lost (the table ended after row 3, at the headings 二 to 六), with nothing said
    measures = read_document(QIAOCHENG).measures
    assert [(m.number, m.heading_path) for m in measures] == [
        (3, ["2025年经济社会发展的主要预期目标"]), (68, ["全力以赴惠民生、增福祉,加快社会事业发展"]),
        (69, ["全力以赴惠民生、增福祉,加快社会事业发展"])]
    assert owners(measures[2]) == [("区教育局", "lead"), ("区投资促进中心", "assist")]
    assert [(w.code, w.message) for w in measures[1].warnings] == [
        ("number_gap", "measures 4–67 are missing (the numbering jumps from 3 to 68)")]


_HEADER = "序号\n重点工作任务\n主要责任单位\n协同配合单位\n"
_ROW_3 = "3\n固定资产投资增长7.5%左右。\n区发改委\n区工信局、区住建局。\n"
_ROW_68 = "68\n持续推进学前教育普及普惠。\n区教育局\n各乡镇人民政府。\n"


def test_a_number_jumping_with_no_heading_before_it_ends_the_table():
    # quiet: a jump with no heading (a page's number, another list) is no evidence the rows go on
    grid = read_text_layout(_HEADER + "一、主要预期目标\n" + _ROW_3 + _ROW_68, "page.txt").grids[0]
    assert [row.cells[0].text for row in grid.rows] == ["序号", "一、主要预期目标", "3"]


def test_a_number_restarting_at_one_after_headings_goes_on_under_the_heading():
    # changed in prose27: a whole row numbered 1 again under the next heading, with no header or title of its own,
    # is the table numbered anew under each heading; ending the table there (this test's expectation until then)
    # lost the rows after it with nothing said. A second list prints its header or a title before its first row,
    # and still ends the table (tests/test_prose_blind27.py)
    restart = "1\n持续推进学前教育普及普惠。\n区教育局\n各乡镇人民政府。\n"
    grid = read_text_layout(_HEADER + "一、主要预期目标\n" + _ROW_3 + "二、社会事业\n" + restart, "page.txt").grids[0]
    assert [row.cells[0].text for row in grid.rows] == ["序号", "一、主要预期目标", "3", "二、社会事业", "1"]
