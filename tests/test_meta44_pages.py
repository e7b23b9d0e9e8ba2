"""Metadata faults the last session left (title, issuer, 文号), each a silent misreading met on a real page
(tests/fixtures/meta44 and the fixtures named), each with a case where the rule must stay quiet."""

from __future__ import annotations

from pathlib import Path

from tests.page_metadata import lines_metadata, page_metadata, read_text

FIXTURES = Path(__file__).parent / "fixtures"
ROUND = FIXTURES / "meta44"


# --- a bulletin's title: 关于…的通报, …情况通报 ----------------------------------------------------------------------

def test_a_bulletin_titled_by_its_matter_and_情况通报_is_the_title():
    # before: no title — 通报 was no kind of document a title ends with, so the page read none
    found = page_metadata(FIXTURES / "prose-blind22" / "guanyun-2019-county-quarterly-bulletin-site-footer-no-tasks.txt")
    assert found.title == "2019年县政府工作报告三季度完成情况通报"


def test_a_bulletin_titled_关于_的通报_is_the_title():
    # before: no title (关于印发2022年《政府工作报告》主要任务上半年落实情况的通报, the page's headline and its head)
    found = page_metadata(ROUND / "shouxian-2022-county-inspection-office-bulletin-of-progress.txt")
    assert found.title == "关于印发2022年《政府工作报告》主要任务上半年落实情况的通报"


def test_a_sentence_saying_it_reports_is_no_bulletin_s_title():
    # quiet: 通报 is a verb in a notice's sentence (现将有关情况通报如下：, here wrapped before 如下) and a site's
    # section's bare name (督查通报): neither ends a title, so the bulletin's own title under them is read
    found = lines_metadata("督查通报", "县政府督查室对重点工作落实情况进行了专项督查，现将有关情况通报", "如下：",
                           "2019年县政府工作报告三季度完成情况通报", "各乡镇人民政府，县直各部门：")
    assert found.title == "2019年县政府工作报告三季度完成情况通报"



def test_a_sentence_reporting_its_matter_s_情况_wrapped_before_如下_is_no_title():
    # quiet (review): 通报 is the sentence's verb also where words stand between 将 and 情况 (现将督查情况通报 / 如下：):
    # before, the page read 督查通报县政府督查室对…现将督查情况通报 as its title, and a page with no title line read
    # 现将2019年三季度重点工作督查情况通报
    found = lines_metadata("督查通报", "县政府督查室对重点工作落实情况进行了专项督查，现将督查情况通报", "如下：",
                           "各乡镇人民政府，县直各部门：")
    assert found.title is None
    found = lines_metadata("各乡镇人民政府，县直各部门：", "现将2019年三季度重点工作督查情况通报", "如下：", "一、总体情况")
    assert found.title is None


def test_a_bulletin_under_a_sentence_reporting_its_matter_s_情况_is_the_title():
    # fires (review): the bulletin's own …情况通报 under such a sentence is still its title
    found = lines_metadata("督查通报", "现将2019年三季度重点工作督查情况通报", "如下：",
                           "2019年县政府工作报告三季度完成情况通报", "各乡镇人民政府，县直各部门：")
    assert found.title == "2019年县政府工作报告三季度完成情况通报"


# --- a title opening with 关于 names no place before its first 市 --------------------------------------------------

def test_a_title_opening_关于_印发_市_names_no_place():
    # before: region 关于印发, level municipal — the place pattern read 关于印发 as a city's name before the 市 of the
    # city's own body the title names (市政务服务中心), a title printing no issuer
    found = lines_metadata("关于印发市政务服务中心建设方案的通知", "各县、市、区人民政府，市直有关部门：")
    assert (found.title, found.region, found.level) == ("关于印发市政务服务中心建设方案的通知", None, None)


def test_a_title_opening_with_its_city_still_names_it():
    # quiet: a title opening with its issuer's city (咸宁市人民政府关于…) is placed by it as before
    found = lines_metadata("咸宁市人民政府关于印发市政务服务中心建设方案的通知", "各县、市、区人民政府，市直有关部门：")
    assert (found.region, found.level) == ("咸宁", "municipal")


# --- words in the issuer's place that name no body (a mirror's spam script) --------------------------------------

_XIANNING = FIXTURES / "prose-blind22" / "xianning-2015-city-office-notice-issuer-overwritten-by-spam-cut.txt"


def test_words_naming_no_body_a_gap_before_the_title_s_关于_are_no_part_of_the_title():
    # before: title 江南体育官方网站入关于转发… — the words a spam script printed where the site printed 市人民政府办公室
    # were kept as the title's first words
    found = page_metadata(_XIANNING)
    assert found.title == "关于转发市政务服务中心管理办公室《咸宁市政府大数据中心建设方案》的通知"


def test_a_signature_and_a_publisher_row_ending_with_the_same_words_name_no_issuer():
    # before: issuer 咸宁江南体育官方网站入 (the signature, and 发文单位, printing the spam's words after the place):
    # no body is named, so none is the issuer; the notice is still placed by its 文号 (咸政办发: 咸宁's series)
    found = page_metadata(_XIANNING)
    assert (found.issuer, found.doc_no, found.region, found.level) == (None, "咸政办发〔2015〕21号", "咸宁", "municipal")


def test_a_mirror_printing_its_words_for_a_place_s_name_invents_nothing():
    # quiet: the spam standing for the city's name (365bet…市人民政府) in the headline and the source row, with no
    # title line of the notice: no title, issuer or place is read from the script's words
    found = page_metadata(ROUND / "wuhu-2021-city-office-notice-place-overwritten-by-spam-cut.txt")
    assert (found.title, found.issuer, found.region) == (None, None, None)


def test_a_place_a_gap_before_关于_stays_the_title_s_first_words():
    # quiet: a place's name (岳阳市) printed a gap before 关于 names who issues it: kept, and it places the title
    found = lines_metadata("岳阳市 关于进一步优化营商环境的若干措施", "为进一步优化营商环境，制定以下措施。")
    assert (found.title, found.region) == ("岳阳市关于进一步优化营商环境的若干措施", "岳阳")


def test_a_body_a_gap_before_关于_stays_the_issuer():
    # quiet: a body's name a gap before 关于 (the last of 成都's four joint issuers, printed so) is an issuer
    found = lines_metadata("成都市住房和城乡建设局 关于印发成都市城市社区嵌入式服务设施建设工程实施方案的通知",
                           "各区(市)县政府(管委会),市级有关部门,有关单位:")
    assert (found.issuer, found.region) == ("成都市住房和城乡建设局", "成都")


def test_a_body_the_registry_lacks_a_gap_before_关于_and_signing_alone_stays_the_issuer():
    # quiet (review): a body whose name ends in no ending the vocabulary lists (湖南大学, 岳阳日报社, 金鹗山社区,
    # 洞庭湖博物馆) a gap before 关于 and signing the notice alone is its issuer — the spam rule read its name off the
    # title and dropped the signature (title 关于印发实施方案的通知, issuer None)
    for body in ("湖南大学", "岳阳日报社", "金鹗山社区", "洞庭湖博物馆"):
        found = lines_metadata(f"{body} 关于印发实施方案的通知", "各有关单位：", "现将实施方案印发给你们，请认真贯彻执行。",
                               body, "2023年5月6日")
        assert (found.title, found.issuer) == (f"{body}关于印发实施方案的通知", body)


def test_a_body_the_registry_lacks_a_gap_before_关于_with_no_signature_stays_the_title_s():
    # quiet (review): nothing else on the page prints the words for its issuer: the title keeps them as printed
    found = lines_metadata("湖南大学 关于印发实施方案的通知", "各学院、各部门：")
    assert found.title == "湖南大学关于印发实施方案的通知"


def test_words_the_signature_prints_after_the_place_s_name_are_taken_off_the_title():
    # fires (review): the script's words on the title's line and after the place's name in the signature (岳阳 + the
    # words, where the site printed 岳阳市人民政府办公室): no part of the title, and no issuer
    found = lines_metadata("江南体育官方网站入 关于印发实施方案的通知", "各县、市、区人民政府：",
                           "现将实施方案印发给你们，请认真贯彻执行。", "岳阳江南体育官方网站入", "2023年5月6日")
    assert (found.title, found.issuer) == ("关于印发实施方案的通知", None)


# --- a title printing no issuer, its own 文号 after a gap closing the line ----------------------------------------

_ZIYANG = ("各镇人民政府，县直各单位：", "现将《紫阳县优化营商环境实施方案》印发给你们，请认真贯彻落实。")


def test_a_title_without_its_issuer_closed_by_its_number_is_the_title_and_the_number_its_own():
    # before: title 紫阳县优化营商环境实施方案 (the plan the line names, read as what the notice issues) and no 文号 —
    # a title run into its number was read only after its issuer's name (…局关于…的通知 紫发改发〔2023〕3号)
    found = lines_metadata("关于印发紫阳县优化营商环境实施方案的通知 紫发改发〔2023〕3号", *_ZIYANG)
    assert (found.title, found.doc_no) == ("关于印发紫阳县优化营商环境实施方案的通知", "紫发改发〔2023〕3号")


def test_a_title_closed_by_its_number_after_no_break_spaces_is_read_so_too():
    # fires (review): a page saved as text keeps its &nbsp; (\xa0) between the title and its number: before, the plan
    # it names was read as the title and no 文号
    found = lines_metadata("关于印发紫阳县优化营商环境实施方案的通知\xa0\xa0紫发改发〔2023〕3号", *_ZIYANG)
    assert (found.title, found.doc_no) == ("关于印发紫阳县优化营商环境实施方案的通知", "紫发改发〔2023〕3号")


def test_a_title_and_number_after_no_break_spaces_going_on_cite_them():
    # quiet (review): the same line going on after the number is a sentence citing it
    found = lines_metadata("关于印发紫阳县优化营商环境实施方案的通知\xa0紫发改发〔2023〕3号精神", *_ZIYANG)
    assert found.doc_no is None


def test_a_reply_s_title_without_its_issuer_closed_by_its_number_is_read_so_too():
    # the kind is the title's, whatever kind of document it names (a wiki's summary line of a reply: 关于…的批复 国函…)
    found = lines_metadata("关于同意某某省撤销某某地区设立地级某某市的批复 国函〔1992〕194号", "某某省人民政府：",
                           "你省关于撤销某某地区设立地级某某市的请示收悉。现批复如下：")
    assert (found.title, found.doc_no) == ("关于同意某某省撤销某某地区设立地级某某市的批复", "国函〔1992〕194号")


def test_a_title_and_number_going_on_as_a_sentence_cite_them():
    # quiet: words after the number (…3号要求，…) make the line a sentence citing the notice: no title, no 文号 of it
    found = lines_metadata("关于印发紫阳县优化营商环境实施方案的通知 紫发改发〔2023〕3号要求，现将有关事项通知如下：",
                           *_ZIYANG)
    assert (found.title, found.doc_no) == ("紫阳县优化营商环境实施方案", None)


# --- a news lead saying who issued a notice, and what for, over the document it speaks of ---------------------------

_TIANJIN = FIXTURES / "prose-blind22" / "tianjin-2020-city-work-report-division-news-copy-fullstop-numbers-cut.txt"
_TIANJIN_HEAD = ("关于落实国务院《政府工作报告》", "重点工作的任务分工",
                 "为全面贯彻党的十九大精神，结合本市实际，提出如下任务分工：")


def test_a_lead_saying_who_issued_a_notice_for_the_title_s_matter_names_its_issuer_and_place():
    # before: no issuer, no region — 天津 is named only by the news lead (刚刚,天津市人民政府印发通知,落实国务院《政府工作
    # 报告》。), which names no title in 《》, so no lead rule read it; its purpose is words of the title under it
    found = page_metadata(_TIANJIN)
    assert (found.title, found.issuer, found.region) == (
        "关于落实国务院《政府工作报告》重点工作的任务分工", "天津市人民政府", "天津")


def test_a_lead_whose_purpose_is_no_words_of_the_title_names_no_issuer():
    # quiet: a lead over another document than the one it speaks of (its purpose not in the page's title) names
    # neither its issuer nor its place
    found = lines_metadata("刚刚,天津市人民政府印发通知,落实国务院《政府工作报告》。", "关于做好2020年春耕生产工作的意见",
                           "为做好春耕生产，结合本市实际，提出如下意见：")
    assert (found.issuer, found.region) == (None, None)


def test_a_lead_naming_no_body_as_the_issuer_names_none():
    # quiet: words that end as no body's name does before 印发通知 (记者从天津市获悉) name no issuer
    found = lines_metadata("刚刚,记者从天津市获悉印发通知,落实国务院《政府工作报告》。", *_TIANJIN_HEAD)
    assert (found.issuer, found.region) == (None, None)


def test_a_lead_whose_purpose_stands_inside_another_place_s_plan_title_names_no_issuer():
    # quiet (review): the lead's purpose (部署重点工作) is words of the title but not its matter after 关于 — the title
    # names 岳阳市's plan; before, the page read issuer 国务院, level national
    found = lines_metadata("近日，国务院印发通知，部署重点工作。", "关于印发岳阳市部署重点工作实施方案的通知", "一、总体要求")
    assert (found.issuer, found.level) == (None, None)


def test_a_lead_whose_purpose_opens_the_matter_of_a_plan_it_issues_names_its_issuer():
    # fires (review): the purpose opening the matter after 关于印发 (关于印发推进放管服改革实施方案的通知) is the notice's
    found = lines_metadata("近日，岳阳市人民政府印发通知，推进放管服改革。", "关于印发推进放管服改革实施方案的通知", "一、总体要求")
    assert (found.issuer, found.region) == ("岳阳市人民政府", "岳阳")


# --- a Party office and a government office named by their level word, run together ------------------------------

_DISTRICT_NOTICE = ("各街道党工委、办事处，区直各单位：", "现将《区优化营商环境实施方案》印发给你们，请认真贯彻落实。")


def test_a_party_office_and_a_government_office_by_their_level_word_run_together_are_two_issuers():
    # before: issuer 中共区委办公室区人民政府办公室, one name no body bears (meta43 read the two only a gap apart)
    found = lines_metadata("中共区委办公室区人民政府办公室关于印发《区优化营商环境实施方案》的通知", *_DISTRICT_NOTICE)
    assert (found.issuer, found.region, found.level) == ("中共区委办公室、区人民政府办公室", None, "county")


def test_a_party_committee_and_a_government_of_two_levels_run_together_stay_as_printed():
    # quiet: a district's Party office before a city's government office (区… / 市…) are no committee and government
    # of one level: nothing tells where one ends, the name stays as printed
    found = lines_metadata("中共区委办公室市人民政府办公室关于印发《区优化营商环境实施方案》的通知", *_DISTRICT_NOTICE)
    assert found.issuer == "中共区委办公室市人民政府办公室"


# --- a signature under a last item naming a district several cities bear ----------------------------------------

_BAOSHAN_PLAN = ("宝山区人民政府办公室关于印发宝山区优化营商环境若干措施的通知\n各街道办事处，区直各单位：\n"
                 "现将《宝山区优化营商环境若干措施》印发给你们，请认真贯彻落实。\n宝山区优化营商环境若干措施\n"
                 "一、优化审批服务。推行企业开办一日办结，实现全程网上办理。（责任单位：区行政审批局）\n"
                 "二、强化要素保障。建立重点项目用地保障机制，加快土地供应。（责任单位：区自然资源局）\n"
                 "三、加强督促落实。各单位要明确责任分工，定期报送工作进展\n")


def test_a_signature_naming_a_district_two_cities_bear_under_a_last_item_is_no_part_of_its_text(tmp_path):
    # before: the last item's text ran on into 宝山区人民政府办公室2023年5月6日 — a signature was a body opening with a
    # place the gazetteer settles, and 宝山区 is 上海's and 双鸭山's: which one, a signature need not tell
    document = read_text(tmp_path, _BAOSHAN_PLAN + "宝山区人民政府办公室\n2023年5月6日\n")
    assert document.measures[-1].text == "加强督促落实。各单位要明确责任分工，定期报送工作进展"


def test_an_owner_named_by_its_level_word_over_a_date_under_a_last_item_stays_the_item_s(tmp_path):
    # quiet: 区商务局 / 2023年12月31日 opens with no place's name: the item's owner and deadline (meta43's near miss)
    document = read_text(tmp_path, _BAOSHAN_PLAN + "区商务局\n2023年12月31日\n")
    assert document.measures[-1].text == "加强督促落实。各单位要明确责任分工，定期报送工作进展区商务局2023年12月31日"


def test_an_owner_opening_with_a_short_name_several_places_bear_under_a_last_item_stays_the_item_s(tmp_path):
    # quiet (review): 中山大学附属医院 opens with 中山 (a short name several divisions bear) but is no place's body:
    # the item's owner and deadline as meta43 read them — before, the branch took it for a signature and cut it off
    for owner in ("中山大学附属医院", "长安汽车集团"):
        document = read_text(tmp_path, _BAOSHAN_PLAN + f"{owner}\n2023年12月31日\n")
        assert document.measures[-1].text.endswith(f"定期报送工作进展{owner}2023年12月31日")


def test_a_signature_naming_a_district_several_cities_bear_in_full_still_signs(tmp_path):
    # fires (review): 朝阳区 written with its level word (北京's or 长春's) signs as 宝山区 does
    document = read_text(tmp_path, _BAOSHAN_PLAN + "朝阳区人民政府办公室\n2023年5月6日\n")
    assert document.measures[-1].text == "加强督促落实。各单位要明确责任分工，定期报送工作进展"


# --- a gazette's masthead over the title ------------------------------------------------------------------------

_SHENYANG_NOTICE = ("各区、县（市）人民政府，市政府各部门：", "现将《沈阳市某某实施方案》印发给你们，请认真贯彻落实。")


def test_a_gazette_s_name_and_its_issue_over_the_title_are_no_lines_of_it():
    # before: title 沈阳市人民政府公报第3号沈阳市人民政府关于印发…的通知 — the masthead and its issue, each a title's
    # part by its characters, ran on into the title under them
    found = lines_metadata("沈阳市人民政府公报", "第3号", "沈阳市人民政府关于印发沈阳市某某实施方案的通知", *_SHENYANG_NOTICE)
    assert (found.title, found.issuer) == ("沈阳市人民政府关于印发沈阳市某某实施方案的通知", "沈阳市人民政府")


def test_a_gazette_s_name_with_its_issue_on_its_line_is_no_line_of_the_title():
    found = lines_metadata("沈阳市人民政府公报2020年第3期", "沈阳市人民政府关于印发沈阳市某某实施方案的通知",
                           *_SHENYANG_NOTICE)
    assert found.title == "沈阳市人民政府关于印发沈阳市某某实施方案的通知"


def test_a_league_s_gazette_masthead_over_its_source_row_leaves_the_decision_s_title():
    # quiet: a real masthead (兴安盟行政公署公报2019年1-3期(总第52期)) over the page's source row and the red head: the
    # decision's title under them, as before
    found = page_metadata(FIXTURES / "places-blind" / "xinganmeng-2019-league-page-time-row-no-signature.txt")
    assert found.title == "兴安盟行政公署关于表彰奖励乌力格尔艺术保护传承发展突出贡献者的决定"


def test_an_order_s_name_over_its_number_is_no_gazette():
    # quiet: 沈阳市人民政府令 / 第3号 is the order's number (meta43), no masthead: read as the 文号 as before
    found = lines_metadata("沈阳市人民政府令", "第3号", "沈阳市某某管理办法", "第一条 为加强管理，制定本办法。")
    assert (found.title, found.doc_no) == ("沈阳市某某管理办法", "沈阳市人民政府令第3号")


# --- an order whose maker's name is long ------------------------------------------------------------------------

_XINJIANG_RULES = ("新疆维吾尔自治区某某管理办法", "第一条 为加强管理，制定本办法。")


def test_an_autonomous_region_s_order_on_two_lines_is_its_number_and_its_government_the_maker():
    # before: title 新疆维吾尔自治区人民政府令第3号新疆维吾尔自治区某某管理办法, no 文号, no issuer — an order's number
    # was read only after a maker's name of ten characters at most (新疆维吾尔自治区人民政府 has twelve)
    found = lines_metadata("新疆维吾尔自治区人民政府令", "第3号", *_XINJIANG_RULES)
    assert (found.title, found.doc_no, found.issuer) == (
        "新疆维吾尔自治区某某管理办法", "新疆维吾尔自治区人民政府令第3号", "新疆维吾尔自治区人民政府")


def test_a_long_maker_s_order_cited_under_a_plan_s_head_is_no_number_of_it():
    # quiet: the order's lines listed under a plan's head as a law it rests on are cited (meta43's near miss, with a
    # long maker's name): no 文号, no maker
    found = lines_metadata("某市优化营商环境实施方案", "为贯彻落实以下法规，制定本方案。", "《新疆维吾尔自治区优化营商环境条例》",
                           "新疆维吾尔自治区人民政府令", "第722号", "一、总体要求")
    assert (found.title, found.doc_no, found.issuer) == ("某市优化营商环境实施方案", None, None)


def test_a_sentence_running_its_words_into_a_long_maker_s_order_gives_no_number():
    # quiet (review): a wrapped sentence's line citing an order (认真贯彻落实湖南省人民政府令第3号: thirteen before 令,
    # within the branch's twenty) is no 文号 of the rules under the title, and its words no maker — before, 文号
    # 认真贯彻落实湖南省人民政府令第3号, issuer 认真贯彻落实湖南省人民政府
    for line in ("认真贯彻落实湖南省人民政府令第3号", "为贯彻执行湖南省人民政府令第3号"):
        found = lines_metadata("岳阳市优化营商环境实施办法", line, "第一条 为了优化营商环境，制定本办法。")
        assert (found.doc_no, found.issuer) == (None, None)


def test_a_long_maker_s_order_line_over_its_rules_is_still_its_number():
    # fires (review): the autonomous region's order printed whole on its line is the rules' number, its government the maker
    found = lines_metadata("新疆维吾尔自治区人民政府令第3号", "新疆维吾尔自治区优化营商环境办法",
                           "第一条 为了优化营商环境，制定本办法。")
    assert (found.doc_no, found.issuer) == ("新疆维吾尔自治区人民政府令第3号", "新疆维吾尔自治区人民政府")
