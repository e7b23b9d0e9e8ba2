"""The prose14 blind round (tests/fixtures/prose-blind14/KEY.md and key.toml, written before the reader
ran): eight real published pages, read as the key says, and the faults of kind the round found:

- a provincial 分工方案 prints under each item a line naming the province's leader (``分管省领导:林克庆``)
  and a line dividing the work among bodies (``部门分工:省发展改革委牵头,各地、各部门配合。``): neither
  label was known, so the two lines were read as one owner ``分管省领导:林克庆部门分工:省发展改革委`` and
  the cut item's ``部门分工:省财政厅牵头,`` gave none. 部门分工 is a label of the role phrases after it, as
  责任分工 is; the leader labels name the province's and the county's tier as they named the city's and
  the district's;
- a portal's page opens with its own title as a browser shows it, the site's name after a dash
  (``…部门分工的意见-湖南省人民政府门户网站``), over the title: the two lines were joined into the title. The
  site's name after the last dash or bar of a line ending like a title is no part of it;
- a city's progress notice (…部分目标任务完成情况) on a page whose information table names it (名称:) and its
  publisher as Anhui's sites print them (发布机构: 宣城市人民政府(办公室)): no title, issuer, level or place
  was read. A 名称 row may name a report (its title ends 情况, 报告, 通报, 总结), and a body's office named in
  brackets after it is that office (宣城市人民政府办公室);
- 湖南's 部门分工 opinion opens each item's bracket with the leaders answering for it by post
  (``(分管副省长、协管副秘书长负责,省发展改革委牵头,…``): no such bracket was read, and a plan printed so is
  refused whole. The posts before 负责 are the item's leader, the rest the bracket's bodies. The page's only
  bracket is cut by the excerpt, and its item prints its text as labelled parts (``(一)总体要求:…`` /
  ``主要预期目标:…``): it was refused, then read as a card under a heading 总体要求. The cut bracket is read up to
  its last whole clause (warned ``responsibility_cut``) and the labelled paragraph is the item's own."""

from __future__ import annotations

import pytest

from pilotplans.errors import NoTaskTable
from pilotplans.ingest.pipeline import read_document
from pilotplans.layout import Paragraph
from pilotplans.parsers.metadata import read_metadata
from pilotplans.parsers.titles import without_site_name
from tests.conftest import FIXTURES
from tests.page_metadata import owners, page_metadata

BLIND = FIXTURES / "prose-blind14"
READ = ("guangdong-2021-province-leader-line-over-division-line.txt",
        "hunan-2019-province-posts-and-bodies-in-one-bracket.txt",
        "shanxi-2016-province-news-site-copy-action-plan-points-no-owners.txt")


# --- the pages as the key reads them ------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(p.name for p in BLIND.glob("*.txt") if p.name not in READ))
def test_pages_that_are_no_task_list_are_refused_in_one_line(name):
    with pytest.raises(NoTaskTable) as refused:
        read_document(BLIND / name)
    assert "\n" not in str(refused.value)


# --- a leader's line over the line dividing the work --------------------------------------------------

def test_the_division_line_under_the_leader_line_gives_each_item_its_owners():
    # was: ('分管省领导:林克庆部门分工:省发展改革委', 'lead'), …; and no owner for the cut item 2
    measures = read_document(BLIND / READ[0]).measures
    assert [owners(m) for m in measures] == [
        [("省发展改革委", "lead"), ("各地", "assist"), ("各部门", "assist")],
        [("省财政厅", "lead")]]


def test_the_province_s_leader_is_read_as_the_item_s_leader_never_as_a_body():
    measures = read_document(BLIND / READ[0]).measures
    assert [m.leader for m in measures] == ["林克庆", "林克庆"]


@pytest.mark.parametrize("label", ["分管州领导", "牵头镇领导", "分管旗领导"])
def test_every_tier_s_leader_label_names_the_item_s_leader(tmp_path, label):
    # a prefecture's, a town's, a banner's plan as the province's prints it (was: the label line glued to
    # the next line's owners, '分管州领导:林克庆部门分工:省发展改革委')
    text = (BLIND / READ[0]).read_text("utf-8").replace("分管省领导:", f"{label}:")
    path = tmp_path / "tier.txt"
    path.write_text(text, "utf-8")
    measures = read_document(path).measures
    assert [(m.leader, owners(m)[0]) for m in measures] == [
        ("林克庆", ("省发展改革委", "lead")), ("林克庆", ("省财政厅", "lead"))]


def test_a_section_named_for_the_division_of_work_and_sentences_naming_leaders_stay_text():
    # quiet: 二、部门分工 and the sentences under it (部门分工明确…, 分管省领导要亲自抓…) are no field lines
    measures = read_document(FIXTURES / "prose-shapes" / "division-section-after-items.txt").measures
    assert [(m.number, owners(m), m.leader) for m in measures] == [
        (1, [("市商务局", "lead"), ("市财政局", "assist")], None),
        (2, [("市发展改革委", "carry_out")], None)]


# --- a page's own title closed by the site's name -----------------------------------------------------

def test_the_site_s_name_after_a_page_s_own_title_is_no_part_of_the_title():
    # was: '…部门分工的意见-湖南省人民政府门户网站湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见'
    metadata = page_metadata(BLIND / READ[1])
    assert (metadata.title, metadata.doc_no, metadata.issuer, metadata.level, metadata.region) == (
        "湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见", "湘政发〔2019〕1号", "湖南省人民政府",
        "provincial", "湖南")


def test_the_site_s_name_goes_from_after_the_last_dash_only():
    assert without_site_name("某某市关于印发2021-2025年行动方案的通知-某某市人民政府网") == (
        "某某市关于印发2021-2025年行动方案的通知")


@pytest.mark.parametrize("line", [
    "某某-政务服务网建设方案",  # what follows the dash is no site's name: a title of its own
    "某某市人民政府-门户网站首页",  # what stands before the dash ends like no title
    "2021-2025年某某市数字政府网站",  # a year's range, no title before it
])
def test_a_line_whose_dash_closes_no_title_with_a_site_s_name_stays_as_printed(line):
    assert without_site_name(line) == line


# --- a progress notice named by its page's information table ------------------------------------------

def test_a_progress_notice_is_named_and_placed_by_its_page_s_information_table():
    # was: title, issuer, level and region none
    metadata = page_metadata(BLIND / "xuancheng-2020-city-progress-notice-cited-number-broken.txt")
    assert (metadata.title, metadata.doc_no, metadata.issuer, metadata.level, metadata.region) == (
        "2020年1-11月份宣城市《政府工作报告》部分目标任务完成情况", None, "宣城市人民政府办公室", "municipal", "宣城")


def _rows(*rows: str):
    return read_metadata([Paragraph(text=row) for row in rows])


@pytest.mark.parametrize("publisher, issuer", [
    ("宣城市人民政府(办公室)", "宣城市人民政府办公室"),
    ("谯城区政府（办公室）", "谯城区政府办公室"),
    ("宣城市人民政府（试行）", None),  # quiet: the bracket names no office
    ("某某（办公室）", None),  # quiet: no body before the bracket
])
def test_a_publisher_naming_a_body_s_office_in_brackets_is_that_office(publisher, issuer):
    assert _rows(f"发布机构: {publisher} 主题分类: 综合政务", "名称: 关于某某工作的通知 文号:").issuer == issuer


def test_a_report_s_title_is_read_from_its_name_row_only():
    assert _rows("名称: 2020年某某市重点工作进展情况 文号:").title == "2020年某某市重点工作进展情况"
    # quiet: a line of the page's own text ending so names no title
    assert _rows("2020年某某市重点工作进展情况").title is None


def test_a_bulletin_s_title_is_read_from_its_name_row_as_a_report_s_is():
    # 简报 ends a report's title for the metadata as for a refused page (tasklist.toml report_title_endings)
    assert _rows("名称: 某某市自贸试验区建设工作简报 文号:").title == "某某市自贸试验区建设工作简报"


def test_a_report_s_name_row_yields_to_the_plan_a_news_report_names():
    # a news page's own headline (…推进情况) over its report of a plan: the plan's title, as when the row
    # names no report (was: the headline, over the plan the report names)
    report = "近日，某某市人民政府印发《某某市自由贸易试验区建设实施方案》。"
    assert _rows("标题: 我市试点工作推进情况 发布机构: 某某市商务局", report).title == "某某市自由贸易试验区建设实施方案"
    # fires still where the page's lines name nothing: the row's report
    assert _rows("标题: 我市试点工作推进情况 发布机构: 某某市商务局", "一、工作进展").title == "我市试点工作推进情况"


# --- leaders by post before the bodies in a bracket ------------------------------------------------------

POSTS = FIXTURES / "prose-shapes" / "posts-before-bodies-in-bracket.txt"


def test_posts_answering_for_an_item_before_its_bodies_are_its_leader():
    # was: no task list found (every bracket unread)
    measures = read_document(POSTS).measures
    assert [(m.leader, owners(m)) for m in measures[:2]] == [
        ("分管副省长、协管副秘书长", [("省发展改革委", "lead"), ("省工业和信息化厅", "assist"), ("省财政厅", "assist")]),
        ("分管副省长", [("省发展改革委", "lead"), ("省自然资源厅", "assist")])]


def test_a_bracket_opening_with_a_body_or_mixing_a_post_and_a_body_reads_as_before():
    # quiet: 省商务厅负责 names a body; 分管副省长、省商务厅负责 is no list of posts: the post stays an
    # unresolved name, warned, as before
    third, fourth = read_document(POSTS).measures[2:]
    assert (third.leader, owners(third)) == (None, [("省商务厅", "carry_out"), ("省财政厅", "assist")])
    assert (fourth.leader, owners(fourth)) == (
        None, [("分管副省长", "carry_out"), ("省商务厅", "carry_out"), ("省财政厅", "assist")])
    assert "department_unresolved" in [w.code for w in fourth.warnings]


# --- the cut bracket and the labelled parts ----------------------------------------------------------------

def test_an_item_printed_in_labelled_parts_and_cut_in_its_bracket_is_read_up_to_the_cut():
    # was refused: the page ends inside its only owner bracket, and 主要预期目标: read as a card of its own
    measures = read_document(BLIND / READ[1]).measures
    assert [(m.number, m.heading_path, m.leader, owners(m), [w.code for w in m.warnings]) for m in measures] == [
        (1, ["落实2019年经济社会发展总体要求和主要预期目标"], "分管副省长、协管副秘书长", [("省发展改革委", "lead")],
         ["responsibility_cut"])]
    assert "总体要求:以习近平" in measures[0].text and "主要预期目标:经济增长7.5%" in measures[0].text


def test_a_labelled_paragraph_after_an_item_s_labelled_part_is_the_item_s(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("某市行动方案\n一、加强组织领导\n（一）总体要求：以改革为动力，推进工作。\n"
                    "主要预期目标：经济增长7%。（市发展改革委牵头，市财政局配合）\n", encoding="utf-8")
    measures = read_document(path).measures
    assert [(m.number, m.heading_path, m.text) for m in measures] == [
        (1, ["加强组织领导"], "总体要求：以改革为动力，推进工作。主要预期目标：经济增长7%。")]


def test_a_card_under_a_numbered_title_stays_a_card(tmp_path):
    # quiet: （一）加快转型 prints a title, no labelled part: 重点工作：… is a card, the measure under it
    path = tmp_path / "plan.txt"
    path.write_text("某市行动方案\n一、加强组织领导\n（一）加快转型\n"
                    "重点工作：推进数字化转型。（市发展改革委牵头，市财政局配合）\n", encoding="utf-8")
    measures = read_document(path).measures
    assert [(m.number, m.heading_path, m.text) for m in measures] == [
        (None, ["加强组织领导", "加快转型"], "推进数字化转型。")]


def test_cards_under_a_numbered_title_with_a_colon_stay_cards(tmp_path):
    # quiet: （一）加快平台建设：… names no part of a plan (总体要求, 工作目标): the cards under it are its measures
    # (was: the first card's text run into the title's, its heading lost)
    path = tmp_path / "plan.txt"
    path.write_text("某市行动方案\n一、主要任务\n（一）加快平台建设：推进公共服务平台建设。\n"
                    "具体措施：建设服务贸易公共服务平台。（责任单位：市商务局）\n"
                    "具体措施：完善服务贸易统计监测机制。（责任单位：市统计局）\n", encoding="utf-8")
    measures = read_document(path).measures
    assert [(m.number, m.heading_path, m.text) for m in measures] == [
        (None, ["主要任务", "加快平台建设"], "建设服务贸易公共服务平台。"),
        (None, ["主要任务", "加快平台建设"], "完善服务贸易统计监测机制。")]
