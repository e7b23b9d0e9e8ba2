"""The prose11 blind round (tests/fixtures/prose-blind11/KEY.md and key.toml, written before the reader
ran): eight real published pages, read as the key says, and the faults of kind the round found:

- a bureau's own plan naming its sections as owners (``(责任科室:组干科、机关党委)``): 责任科室 was no
  label, so no item named an owner and the page was refused;
- a heading numbered in the capital numerals (``壹、`` ``(壹)``, 大写数字): no number was read, and the
  heading ran into the one above it;
- an information table's 文号 a mirror site glossed (``內(nèi)政辦發(fā)〔2012〕40號``): not read, and the notice's
  own number ended as a cited one;
- a title naming a place's Party committee and the same place's government run together
  (``中共宿州市委宿州市人民政府关于…``): kept as one issuer."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.errors import NoTaskTable
from pilotplans.ingest.pipeline import read_document, read_layout
from pilotplans.layout import Paragraph
from pilotplans.normalizers.numbers import chinese_to_int, find_heading_marker, find_item_marker
from pilotplans.parsers.dates import read_figures_date
from pilotplans.parsers.metadata import read_metadata
from tests.conftest import FIXTURES
from tests.page_metadata import read_text

BLIND = FIXTURES / "prose-blind11"


def _metadata(name: str):
    path = BLIND / name
    layout = read_layout(path.read_bytes(), str(path))
    return read_metadata(list(layout.paragraphs))


def _lines(*lines: str):
    return read_metadata([Paragraph(text=line) for line in lines])


def _owners(measure):
    return [(d.raw, d.role) for d in measure.departments]


# --- the pages as the key reads them ------------------------------------------------------------------

@pytest.mark.parametrize("name", ["binjiang-2023-district-policies-without-owners.txt",
                                  "neimenggu-2012-region-traditional-info-table.txt",
                                  "zhangzhou-2022-city-source-line-over-notice.txt",
                                  "huzhou-2018-city-essay-site-title-split.txt",
                                  "xiongan-2021-new-area-two-issuers.txt",
                                  "suzhou-anhui-2023-city-party-and-government-title-twice.txt"])
def test_pages_naming_no_owner_are_refused_in_one_line(name):
    with pytest.raises(NoTaskTable) as refused:
        read_document(BLIND / name)
    assert "\n" not in str(refused.value)


def test_the_district_s_policies_signed_by_its_government():
    metadata = _metadata("binjiang-2023-district-policies-without-owners.txt")
    assert (metadata.title, metadata.issuer, metadata.date, metadata.level, metadata.region) == (
        "关于推动经济高质量发展的若干政策", "杭州市滨江区人民政府", dt.date(2023, 4, 22), "county", "滨江区")


def test_the_city_s_plan_under_a_source_line_dated_by_its_signature():
    metadata = _metadata("zhangzhou-2022-city-source-line-over-notice.txt")
    assert (metadata.title, metadata.issuer, metadata.date, metadata.region) == (
        "漳州市贯彻落实扎实稳住经济一揽子政策措施实施方案", "漳州市人民政府", dt.date(2022, 6, 16), "漳州")


def test_an_essay_site_s_lead_in_is_no_title_and_the_split_title_is_joined():
    metadata = _metadata("huzhou-2018-city-essay-site-title-split.txt")
    assert (metadata.title, metadata.issuer, metadata.date, metadata.region) == (
        "湖州市打造实施乡村振兴战略示范区行动方案", None, None, "湖州")


def test_the_new_area_s_two_issuers_over_its_title():
    metadata = _metadata("xiongan-2021-new-area-two-issuers.txt")
    assert (metadata.doc_no, metadata.issuer, metadata.date, metadata.level, metadata.region) == (
        "雄安发〔2021〕5号", "中共河北雄安新区工作委员会、河北雄安新区管理委员会", dt.date(2021, 3, 15),
        "municipal", "雄安新区")


# --- a bureau's sections named as owners ------------------------------------------------------------------

def test_a_bureau_s_sections_named_under_their_label_own_its_item():
    # was: refused (no numbered item naming its 责任单位/牵头单位)
    document = read_document(BLIND / "wuhu-2024-city-bureau-sections-in-brackets.txt")
    first, second = document.measures
    assert (first.number, first.heading_path) == (1, ["加强党对教育工作的全面领导"])
    assert _owners(first) == [("组干科", "carry_out"), ("机关党委", "carry_out")]
    assert (second.number, _owners(second)) == (2, [])
    assert (document.level, document.region) == ("municipal", "芜湖")


@pytest.mark.parametrize(("label", "role"), [("牵头科室", "lead"), ("责任处室", "carry_out"), ("配合科室", "assist")])
def test_the_section_labels_give_the_roles_their_unit_labels_give(tmp_path, label, role):
    document = read_text(tmp_path, "某市教育局2024年工作要点\n一、加强党的建设\n"
                               f"1.加强思想理论武装。深化学习培训。（{label}：办公室）\n")
    assert _owners(document.measures[0]) == [("办公室", role)]


def test_a_sentence_naming_sections_is_no_label(tmp_path):
    document = read_text(tmp_path, "某市教育局2024年工作要点\n一、加强党的建设\n"
                               "1.明确责任科室，压实工作责任。（责任单位：市教育局）\n")
    assert _owners(document.measures[0]) == [("市教育局", "carry_out")]


# --- headings numbered in the capital numerals -------------------------------------------------------------

def test_a_heading_numbered_in_a_capital_numeral_is_read():
    # was: no number read, (壹)建立… ran into the heading above it
    marker = find_item_marker("(壹)建立復工復產督查服務機制")
    assert (marker.style, marker.number.value) == ("cn_paren", 1)
    assert find_heading_marker("壹、工作目標")[0].value == 1
    assert (chinese_to_int("拾贰"), chinese_to_int("貳拾陸")) == (12, 26)


@pytest.mark.parametrize("text", ["壹樓壹策處置方案", "参、加强组织领导", "拾遗补缺，完善制度"])
def test_capital_numerals_in_words_open_no_item(text):
    assert find_item_marker(text) is None


@pytest.mark.parametrize("text", ["陆、海、空联运通道基本建成", "陸、海、空聯運"])
def test_a_capital_numeral_opening_a_list_of_one_character_words_opens_no_item(text):
    # was: heading 6 (陆 is the word for land as well as a capital six)
    assert (find_item_marker(text), find_heading_marker(text)) == (None, None)


@pytest.mark.parametrize(("text", "value"), [("陆、加强组织保障", 6), ("伍、海洋经济", 5), ("拾、强化保障", 10)])
def test_a_capital_numeral_before_a_heading_s_words_is_still_read(text, value):
    assert find_item_marker(text).number.value == find_heading_marker(text)[0].value == value


def test_a_sentence_opening_with_a_list_of_one_character_words_keeps_the_items_heading(tmp_path):
    # was: 陆、海、空… read as heading 6 over item 2, its path lost
    document = read_text(tmp_path, "某市综合交通发展行动方案\n一、完善交通网络\n1.建设综合枢纽。（责任单位：市交通运输局）\n"
                               "陆、海、空联运通道基本建成，枢纽功能显著增强。\n2.完善铁路网络。（责任单位：市发展改革委）\n")
    assert [m.heading_path for m in document.measures] == [["完善交通网络"], ["完善交通网络"]]


def test_items_under_a_capital_numbered_heading_keep_its_path(tmp_path):
    document = read_text(tmp_path, "某省行动方案\n壹、工作目標\n目標明確。\n二、有序推進復工復產工作\n"
                               "(壹)建立督查服務機制\n1.成立工作組。(責任單位:省發展改革委)\n")
    measure = document.measures[0]
    assert (measure.number, measure.heading_path) == (1, ["有序推進復工復產工作", "建立督查服務機制"])


# --- a glossed 文号 in an information table ------------------------------------------------------------------

def test_an_information_table_s_glossed_number_is_read_without_its_glosses():
    # was: doc_no None, parent_doc_no 內政辦發〔2012〕40號
    metadata = _metadata("neimenggu-2012-region-traditional-info-table.txt")
    assert (metadata.doc_no, metadata.parent_doc_no) == ("內政辦發〔2012〕40號", "國辦發〔2011〕54號")
    assert (metadata.issuer, metadata.date, metadata.level, metadata.region) == (
        "內蒙古自治區人民政府辦公廳", dt.date(2012, 3, 22), "provincial", "内蒙古")


def test_an_information_table_s_glossed_value_that_is_no_number_is_not_read():
    metadata = _lines("文  號 無(wú)", "某市人民政府关于印发某方案的通知")
    assert metadata.doc_no is None


# --- a place's Party committee and government run together in a title -----------------------------------------

def test_a_party_committee_and_its_place_s_government_in_one_title_are_two_issuers():
    # was: 中共宿州市委宿州市人民政府
    metadata = _metadata("suzhou-anhui-2023-city-party-and-government-title-twice.txt")
    assert (metadata.doc_no, metadata.issuer, metadata.date, metadata.region) == (
        "宿发〔2023〕11号", "中共宿州市委、宿州市人民政府", None, "宿州")


@pytest.mark.parametrize(("title", "issuer"), [
    ("中共沙县县委沙县人民政府关于加快发展的意见", "中共沙县县委、沙县人民政府"),
    ("中共岳阳市委办公室岳阳市人民政府办公室关于印发某方案的通知", "中共岳阳市委办公室、岳阳市人民政府办公室"),
])
def test_the_committee_and_government_of_one_place_are_parted_where_the_place_is_named_again(title, issuer):
    assert _lines(title).issuer == issuer


@pytest.mark.parametrize(("title", "issuer"), [
    ("中共宿州市委办公室关于印发某方案的通知", "中共宿州市委办公室"),
    ("中共宿州市委宣传部关于印发某方案的通知", "中共宿州市委宣传部"),
])
def test_one_committee_s_body_is_no_pair(title, issuer):
    assert _lines(title).issuer == issuer


# --- a source's name before a colon over a notice's title --------------------------------------------------

@pytest.mark.parametrize("line", ["中国政府网：湖州市人民政府关于印发湖州市服务业发展实施方案的通知",
                                  "湖州新闻网:湖州市人民政府关于印发湖州市服务业发展实施方案的通知",
                                  "政策文件：湖州市人民政府关于印发湖州市服务业发展实施方案的通知"])
def test_a_source_s_name_before_a_colon_is_no_part_of_the_title(line):
    # was: no title read (the name and its colon kept it from reading as one)
    metadata = _lines(line, "各区县人民政府：", "现将方案印发给你们。", "湖州市人民政府", "2021年3月5日")
    assert (metadata.title, metadata.issuer, metadata.region) == (
        "湖州市人民政府关于印发湖州市服务业发展实施方案的通知", "湖州市人民政府", "湖州")


@pytest.mark.parametrize("line", ["附件：湖州市服务业发展实施方案", "关于印发方案的通知：湖州市服务业发展实施方案"])
def test_a_label_before_a_plan_s_name_gives_no_title(line):
    assert _lines(line).title is None


@pytest.mark.parametrize("label", ["附件", "附件一", "附件2"])
def test_an_attachment_s_label_before_a_notice_s_title_gives_no_title(label):
    # was: the attached (forwarded) notice's title and issuer read as this notice's (湖北省人民政府, not its signer)
    metadata = _lines("各区县人民政府：", "现将省政府文件转发给你们，请认真贯彻执行。",
                      f"{label}：湖北省人民政府关于印发湖北省服务业发展实施方案的通知", "某市人民政府", "2021年3月5日")
    assert (metadata.title, metadata.issuer) == (None, "某市人民政府")


# --- a notice's date whose 年月日 the copy lost ------------------------------------------------------------

def test_a_signature_date_left_as_figures_is_read_where_one_date_fits():
    # was: date None (the page's 发布时间 2024-03-28 is the site's, never the notice's)
    metadata = _metadata("wuhu-2024-city-bureau-sections-in-brackets.txt")
    assert (metadata.title, metadata.doc_no, metadata.date) == (
        "关于印发《芜湖市教育局2024年工作要点》的通知", None, dt.date(2024, 3, 27))


@pytest.mark.parametrize(("figures", "date"), [("2024327", dt.date(2024, 3, 27)), ("20231229", dt.date(2023, 12, 29)),
                                               ("2024131", dt.date(2024, 1, 31))])
def test_figures_run_together_read_as_the_one_date_they_can_be(figures, date):
    assert read_figures_date(figures) == date


@pytest.mark.parametrize("figures", ["2024111", "2024132", "12345678", "2024-03", "1234567"])
def test_figures_that_fit_two_dates_or_none_read_as_nothing(figures):
    assert read_figures_date(figures) is None


@pytest.mark.parametrize("figures", ["202412", "202401", "202410"])
def test_six_figures_that_may_be_a_year_and_month_read_as_nothing(figures):
    # was: 202412 read as 2024-01-02 (a period's 2024年12月 fits as well)
    assert read_figures_date(figures) is None


def test_six_figures_that_are_no_month_read_as_the_date_they_can_be():
    assert read_figures_date("202435") == dt.date(2024, 3, 5)


def test_figures_under_a_label_ending_in_a_colon_are_its_value_not_the_date():
    # was: 2062-08-11 from a telephone number printed under its label
    metadata = _lines("某市人民政府关于印发某方案的通知", "各区县人民政府：", "现将方案印发给你们。", "联系电话：",
                      "2062811", "某市人民政府")
    assert metadata.date is None


def test_figures_under_a_table_s_label_are_its_value_not_the_date():
    metadata = _lines("某市人民政府关于印发某方案的通知", "各区县人民政府：", "现将方案印发给你们。", "一、主要指标",
                      "地区生产总值（亿元）", "2025131", "某市人民政府")
    assert metadata.date is None


def test_figures_under_the_notice_s_last_sentence_are_its_date():
    metadata = _lines("某市人民政府关于印发某方案的通知", "各区县人民政府：", "现将方案印发给你们，请认真贯彻执行。",
                      "2024327", "（此件主动公开）")
    assert metadata.date == dt.date(2024, 3, 27)


def test_figures_under_the_signature_are_the_notice_s_date():
    metadata = _lines("某市人民政府关于印发某方案的通知", "各区县人民政府：", "现将方案印发给你们。", "某市人民政府",
                      "2024327")
    assert metadata.date == dt.date(2024, 3, 27)


def test_figures_below_a_printed_date_change_nothing():
    metadata = _lines("某市人民政府关于印发某方案的通知", "各区县人民政府：", "现将方案印发给你们。", "某市人民政府",
                      "2021年3月5日", "2024327")
    assert metadata.date == dt.date(2021, 3, 5)


# --- a page cut inside its only owner bracket ------------------------------------------------------------

def test_a_page_cut_inside_its_only_owner_bracket_reads_the_names_printed_whole_before_the_cut():
    # was refused as cut inside an owner bracket (its names may be cut: none read); the names before the
    # cut are whole (各市〔州〕 too: the 、 inside 縣〔市、區 stands in a mark still open), the one the cut falls
    # in (縣〔市、區、特) is lost, and the measure says so
    measures = read_document(BLIND / "guizhou-2022-province-news-over-plan-traditional.txt").measures
    assert [(m.number, m.heading_path, m.responsibility) for m in measures] == [
        (1, ["有序推進復工復產工作", "建立復工復產督查服務機制"], "省發展改革委,省直其他有關部門和單位,各市〔州〕")]
    cut = [w.message for w in measures[0].warnings if w.code == "responsibility_cut"]
    assert cut == ["the page ends inside this measure's owner bracket (`(責任單位:省發展改革委,省直其他有關部門和單位…`): "
                   "the names printed whole before the cut are read, `縣〔市、區、特` and whatever followed it "
                   "are lost — find the whole page"]


def test_a_page_cut_inside_its_owner_bracket_s_first_name_is_still_refused_saying_so(tmp_path):
    # quiet: nothing of the list is printed whole (its one name may be cut: 省 of 省发展改革委)
    with pytest.raises(NoTaskTable) as refused:
        read_text(tmp_path, "某市行动方案\n一、加强组织领导\n1.成立工作组。(责任单位:市发展\n")
    assert refused.value.cause.startswith("no task list: the page ends inside an item's owner bracket")


@pytest.mark.parametrize("last", ["1.成立工作组。(市政府办公室、市", "1.成立工作组。(责任", "1.成立工作组。(见附件",
                                  "1.成立工作组。(完成时限:2024年", "1.成立工作组。(牵头领导:王"])
def test_a_page_ending_in_a_bracket_without_a_whole_owner_label_is_not_called_cut_inside_owners(tmp_path, last):
    # the page is still refused as cut in a part of its plan (pilotplans/data/refusals.toml), never as cut
    # inside an owner bracket its last item does not open
    with pytest.raises(NoTaskTable) as refused:
        read_text(tmp_path, f"某市行动方案\n一、加强组织领导\n{last}\n")
    assert refused.value.cause == ("no task table or task list found: the page ends in its part `一、加强组织领导`, "
                                   "before any numbered measure of 《某市行动方案》 names its owners — the page is cut: "
                                   "find the page or attachment that holds the whole plan")


@pytest.mark.parametrize(("last", "owners"), [
    ("1.成立工作组。(牵头单位:市发展改革委,市", [("市发展改革委", "lead")]),
    ("1.成立工作组。（配合单位：市财政局、市", [("市财政局", "assist")]),
    ("1.成立工作组。（市发展改革委牵头，市财政局、市", [("市发展改革委", "lead")]),
])
def test_a_page_cut_inside_a_lead_s_a_partner_s_or_a_role_phrase_bracket_reads_its_whole_clauses(tmp_path, last, owners):
    # was refused as cut inside an owner bracket; a clause whose role phrase the cut lost (市财政局、市…配合)
    # names nobody yet, and is left out with the name the cut falls in
    measures = read_text(tmp_path, f"某市行动方案\n一、加强组织领导\n{last}\n").measures
    assert [(m.number, _owners(m), _responsibility_warnings(m)) for m in measures] == [
        (1, owners, ["responsibility_cut"])]


def test_a_measure_before_the_one_cut_in_its_bracket_keeps_its_own_owners_and_is_not_warned(tmp_path):
    measures = read_text(tmp_path, "某市行动方案\n一、加强组织领导\n1.成立工作组。(牵头单位:市商务局)\n"
                               "2.建立台账。(牵头单位:市发展改革委,市\n").measures
    assert [(_owners(m), _responsibility_warnings(m)) for m in measures] == [
        ([("市商务局", "lead")], []), ([("市发展改革委", "lead")], ["responsibility_cut"])]


def test_a_page_cut_right_after_a_name_s_stop_says_nothing_of_it_was_lost_but_what_followed(tmp_path):
    # the cut falls after 市商务局、: no name is cut, what followed is lost (was: "`` and whatever followed it")
    measures = read_text(tmp_path, "某市行动方案\n一、加强组织领导\n1.成立工作组。（责任单位：市发改委、市商务局、\n").measures
    assert [w.message for w in measures[0].warnings if w.code == "responsibility_cut"] == [
        "the page ends inside this measure's owner bracket (`（责任单位：市发改委、市商务局、`): the names printed whole "
        "before the cut are read, whatever followed them is lost — find the whole page"]


def test_a_page_ending_in_an_unclosed_bracket_no_measure_reads_warns_none_cut(tmp_path):
    # quiet: the bracket after the signature (a contact line, cut) names owners of no measure: the items read
    # as ever, none warned responsibility_cut (was: the last item warned, its own bracket whole)
    measures = read_text(tmp_path, "某市行动方案\n一、加强组织领导\n1.成立工作组。（责任单位：市商务局）\n"
                               "2.建立台账。（责任单位：市统计局）\n某市人民政府办公室\n2021年5月1日\n"
                               "（牵头单位：市商务局，联系人：张三，电话：\n").measures
    assert [(_owners(m), _responsibility_warnings(m)) for m in measures] == [
        ([("市商务局", "carry_out")], []), ([("市统计局", "carry_out")], [])]


def _responsibility_warnings(measure) -> list[str]:
    return [w.code for w in measure.warnings if w.code.startswith("responsibility")]


def test_a_body_s_name_before_a_colon_and_关于_is_the_title_s_issuer():
    metadata = _lines("湖州市人民政府：关于印发湖州市服务业发展实施方案的通知", "各区县人民政府：")
    assert (metadata.title, metadata.issuer) == ("湖州市人民政府关于印发湖州市服务业发展实施方案的通知", "湖州市人民政府")
