"""The prose15 blind round (tests/fixtures/prose-blind15/KEY.md and key.toml, written before the reader
ran): six real published pages, read as the key says, and the faults of kind the round found:

- a city's 分解方案 names, in each item's bracket after its lead and responsible bodies, the body that
  provides the target's figure (``(牵头单位:市发改委;数据提供单位:市统计局)``): the label was unknown, so
  ``数据提供单位:市统计局`` was read as one more owner's name, leading. A remark's label (数据提供单位, 备注)
  inside an item's bracket opens a list that is the measure's remark, never its owners;
- a county-level city's policy groups name their lead in their heading (``一、科技创新政策(由市科技局牵头
  实施)``): 牵头实施 was no role phrase, so the bracket stayed in the heading's title. It leads, as 负责实施
  carries out;
- a county-level city's rules on a site whose headline runs the 文号 into a title printed without 关于
  (``凌政办发[2020]35号凌海市…实施细则的通知``): no 文号 was read. A 文号 opening a line whose rest is a whole
  title is the document's own;
- the 分解方案 after a news lead (``日前,成都市人民政府网站公布了《2022年〈政府工作报告〉…方案》``) named no place:
  its title names none and its bodies are written 市… only. A lead saying one place's government's site
  published the very document the page prints names its place, as the site's own name does;
- a mirror site's copy of a bureau's notice signs it with pinyin glosses in the name (``鶴山市農業(yè)農村局``):
  no issuer was read, the glosses failing a signature's form. They are left out of a signature, as they are
  of a title, 文号 and issuer printed in one."""

from __future__ import annotations

import pytest

from pilotplans.errors import NoTaskTable
from pilotplans.ingest.pipeline import read_document, read_layout
from pilotplans.layout import Paragraph
from pilotplans.parsers.metadata import read_metadata
from tests.conftest import FIXTURES
from tests.page_metadata import owners, read_text

BLIND = FIXTURES / "prose-blind15"
READ = ("jiande-2025-county-city-policy-groups-led-by-bureau-items-bracketed.txt",
        "chengdu-2022-city-news-over-division-plan-data-provider-label.txt",
        "nujiang-2022-prefecture-notice-over-plan-owners-with-counties.txt")


@pytest.mark.parametrize("name", sorted(p.name for p in BLIND.glob("*.txt") if p.name not in READ))
def test_pages_that_are_no_task_list_are_refused_in_one_line(name):
    with pytest.raises(NoTaskTable) as refused:
        read_document(BLIND / name)
    assert "\n" not in str(refused.value)


# --- the data provider's label --------------------------------------------------------------------------

def test_a_data_provider_s_list_in_an_item_s_bracket_is_its_remark_never_an_owner():
    # was: 数据提供单位:市统计局 read as a body's name, leading (carrying out beside a 责任单位)
    measures = read_document(BLIND / READ[1]).measures
    assert [(m.number, owners(m), m.remarks) for m in measures[:2]] == [
        (1, [("市发改委", "lead")], "数据提供单位:市统计局"),
        (2, [("市农业农村局", "lead"), ("市公园城市局", "carry_out")], "数据提供单位:市统计局")]
    assert measures[1].responsibility == "牵头单位:市农业农村局;责任单位:市公园城市局"


def test_an_item_whose_bracket_names_no_data_provider_keeps_no_remark():
    measures = read_document(BLIND / READ[1]).measures
    assert (measures[6].number, owners(measures[6]), measures[6].remarks) == (7, [("市商务局", "lead")], None)


def test_a_remark_s_list_beside_an_owner_s_list_is_the_remark(tmp_path):
    measures = read_text(tmp_path, "某市行动方案\n一、加强组织领导\n1.成立工作组。（责任单位：市商务局；备注：按季度报送进展）\n").measures
    assert [(owners(m), m.remarks) for m in measures] == [([("市商务局", "carry_out")], "备注：按季度报送进展")]


def test_a_bracket_holding_only_a_remark_s_list_stays_the_item_s_text(tmp_path):
    # quiet: no owner named, the bracket is no responsibility (the item is warned as before)
    measures = read_text(tmp_path, "某市行动方案\n一、加强组织领导\n1.成立工作组。（责任单位：市商务局）\n"
                               "2.建立台账。（备注：按季度报送）\n").measures
    assert [(m.text, owners(m), m.remarks) for m in measures] == [
        ("成立工作组。", [("市商务局", "carry_out")], None), ("建立台账。（备注：按季度报送）", [], None)]


# --- a group's lead in its heading ----------------------------------------------------------------------

def test_a_heading_naming_the_bureau_that_leads_its_carrying_out_is_titled_without_it():
    # was: the heading titled 科技创新政策(由市科技局牵头实施); its item 1 keeps its own bracket's owner
    measures = read_document(BLIND / READ[0]).measures
    assert [(m.number, m.heading_path, owners(m)) for m in measures] == [
        (1, ["科技创新政策"], [("市科技局", "carry_out")]), (2, ["科技创新政策"], [])]


def test_a_heading_naming_the_lead_of_items_that_name_none_gives_it_to_them(tmp_path):
    measures = read_text(tmp_path, "某市若干政策\n一、科技创新政策（由市科技局牵头实施）\n1.鼓励创新主体发展。\n"
                               "2.支持企业加大研发投入。\n").measures
    assert [(m.heading_path, owners(m)) for m in measures] == [
        (["科技创新政策"], [("市科技局", "lead")]), (["科技创新政策"], [("市科技局", "lead")])]


def test_a_body_carrying_out_an_item_is_read_as_before(tmp_path):
    # quiet: 负责实施 carries out, as ever
    measures = read_text(tmp_path, "某市行动方案\n一、加强组织领导\n1.成立工作组。（市商务局负责实施）\n").measures
    assert [owners(m) for m in measures] == [[("市商务局", "carry_out")]]


# --- the pages as the key reads them --------------------------------------------------------------------

def test_a_prefecture_s_plan_names_its_counties_beside_its_bureau():
    measures = read_document(BLIND / READ[2]).measures
    assert [(m.number, m.heading_path, owners(m)) for m in measures[:1]] == [
        (1, ["推进措施", "精心谋划,科学制定优质均衡发展方案"],
         [("州教育体育局", "carry_out"), ("各县市人民政府", "carry_out")])]


# --- a 文号 run into a headline without 关于 ---------------------------------------------------------------

def test_a_number_opening_a_headline_whose_rest_is_a_whole_title_is_the_document_s_own():
    # was: no 文号 (the title after it prints no 关于)
    path = BLIND / "linghai-2020-county-city-rules-square-bracket-number.txt"
    layout = read_layout(path.read_bytes(), str(path))
    assert read_metadata(list(layout.paragraphs)).doc_no == "凌政办发[2020]35号"


@pytest.mark.parametrize("line", ["国办发〔2020〕10号文件要求，各地抓好落实的通知", "国办发〔2020〕10号"])
def test_a_number_opening_a_sentence_or_standing_alone_is_read_as_before(line):
    # quiet: a sentence after the number (its punctuation) cites it; a number alone is read as ever
    metadata = read_metadata([Paragraph(text="某市人民政府关于印发某方案的通知"), Paragraph(text=line),
                              Paragraph(text="各区县人民政府：")])
    assert metadata.doc_no == (None if "要求" in line else "国办发〔2020〕10号")


def test_a_number_opening_the_headline_of_the_notice_issuing_the_page_s_title_is_its_own():
    # the headline alone prints the notice's title; the title read is the plan's it issues
    metadata = read_metadata([Paragraph(text=line) for line in [
        "凌政办发[2020]35号凌海市推进县域义务教育优质均衡发展督导评估规划实施细则的通知", "各乡镇人民政府：",
        "现将《凌海市推进县域义务教育优质均衡发展督导评估规划实施细则》印发给你们。"]])
    assert (metadata.title, metadata.doc_no) == ("凌海市推进县域义务教育优质均衡发展督导评估规划实施细则", "凌政办发[2020]35号")


def test_a_number_opening_a_headline_on_a_page_reading_no_title_is_its_own_in_the_notice_s_head():
    metadata = read_metadata([Paragraph(text=line) for line in [
        "首页>>政府文件", "凌政办发[2020]35号凌海市推进县域义务教育优质均衡发展督导评估规划实施方案", "时间:2020-09-29",
        "各乡镇人民政府：", "一、主要任务"]])
    assert (metadata.title, metadata.doc_no) == (None, "凌政办发[2020]35号")


def test_a_number_opening_a_title_below_the_notice_s_head_is_not_its_own():
    # quiet: a related link below the notice's head cites its number (the page's title read from it or not)
    metadata = read_metadata([Paragraph(text=line) for line in [
        "首页>>政府文件", "各乡镇人民政府：", "一、主要任务", "国发〔2020〕35号全面深化服务贸易创新发展试点总体方案"]])
    assert metadata.doc_no is None


@pytest.mark.parametrize("lines", [
    # a related link under the plan: another document's 文号 and title
    ["厦门市推进服务贸易创新发展试点工作实施方案", "国发〔2020〕35号全面深化服务贸易创新发展试点总体方案", "一、主要任务"],
    # the notice's own title forwarding a number: the number it prints is another's
    ["关于转发国办发〔2020〕35号文件的通知", "各区县人民政府："],
])
def test_a_number_opening_another_document_s_title_or_in_the_page_s_own_title_is_not_its_own(lines):
    # quiet: only the page's own title after its 文号 makes the 文号 its own (was: 国发〔2020〕35号, and
    # 关于转发国办发〔2020〕35号 as a 文号)
    metadata = read_metadata([Paragraph(text=line) for line in lines])
    assert metadata.doc_no is None


# --- a news lead naming the government's site that published the plan ----------------------------------

def test_a_lead_saying_a_government_s_site_published_the_plan_the_page_prints_places_it():
    # was: region none (warned region_unnamed)
    document = read_document(BLIND / READ[1])
    assert (document.region, document.level) == ("成都", "municipal")
    assert [w.message for w in document.warnings if w.code == "region_inferred"] == [
        "the document's metadata names no region; taken from its opening line's words 成都市人民政府网站公布了, "
        "which name 成都"]


@pytest.mark.parametrize("lead", ["日前,成都市人民政府网站公布了《2022年民生实事分解方案》。",
                                  "日前,成都日报网站公布了《某方案》。"])
def test_a_lead_citing_another_document_or_a_site_of_no_government_places_nothing(tmp_path, lead):
    # quiet: the title cited is not the page's, or the site is no place's government's
    document = read_text(tmp_path, f"{lead}\n某方案\n一、主要预期目标\n1.地区生产总值增长7%左右。(牵头单位:市发改委)\n")
    assert document.region is None


# --- a signature with a mirror's glosses ----------------------------------------------------------------

def test_a_signature_printed_with_pinyin_glosses_names_the_issuer_without_them():
    # was: no issuer
    path = BLIND / "heshan-2023-county-city-bureau-notice-pdf-attachment-garbled-contact.txt"
    layout = read_layout(path.read_bytes(), str(path))
    metadata = read_metadata(list(layout.paragraphs))
    assert (metadata.issuer, metadata.date.isoformat()) == ("鶴山市農業農村局", "2023-06-28")


def test_a_sentence_with_glosses_over_a_date_is_no_signature():
    # quiet: a line ending a sentence over the date signs nothing, glossed or not
    metadata = read_metadata([Paragraph(text="各鎮(zhèn)人民政府:"), Paragraph(text="請認真貫徹執(zhí)行。"),
                              Paragraph(text="2023年6月28日")])
    assert metadata.issuer is None
